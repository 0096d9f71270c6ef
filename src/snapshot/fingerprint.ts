import type { Environment } from './types.js'
import type { LockfileRecord } from './lockfiles/types.js'
import { sha256 } from '../hash.js'

/** Data files listed one by one in the parts, at most. */
export const MAX_DATA_PARTS = 50

/** What the fingerprint is computed from: everything that can change results, nothing that changes per run. */
export type FingerprintInput = Pick<Environment, 'hardware' | 'os' | 'gpu' | 'runner' | 'container' | 'toolchains' | 'data' | 'mathEnv'>

/**
 * The flat parts of the environment fingerprint. Run ids, host and runner names, times and
 * memory size are left out on purpose: two captures on the same machine must agree, and two
 * machines that compute the same way must too. An unavailable probe is one part ('unavailable')
 * without its reason, whose text may carry timings.
 */
export function fingerprintParts(env: FingerprintInput, lockfiles: LockfileRecord[]): Record<string, string> {
  const parts: Record<string, string> = {}
  const { hardware, os, gpu, container, runner } = env
  const python = env.toolchains.python

  if (hardware.status === 'ok') {
    parts['cpu.model'] = hardware.cpu.model
    parts['cpu.cores'] = `${hardware.cpu.physicalCores}/${hardware.cpu.logicalCores}`
    parts['cpu.flags'] = hardware.cpu.flags.join(' ')
  } else parts['cpu'] = 'unavailable'

  if (os.status === 'ok') {
    parts['os.distro'] = `${os.distro} ${os.release}`.trim()
    parts['os.kernel'] = os.kernel
    parts['os.arch'] = os.arch
  } else parts['os'] = 'unavailable'

  if (runner.imageOS || runner.imageVersion) parts['runner.image'] = `${runner.imageOS ?? ''} ${runner.imageVersion ?? ''}`.trim()
  if (runner.imageDataSha256) parts['runner.imageData'] = runner.imageDataSha256

  if (gpu.status === 'ok') {
    if (gpu.devices.length > 0) parts['gpu.devices'] = gpu.devices.map((d) => d.name).join(', ')
    if (gpu.driverVersion) parts['gpu.driver'] = gpu.driverVersion
    if (gpu.cudaDriverVersion) parts['gpu.cuda'] = gpu.cudaDriverVersion
    if (gpu.cudaToolkitVersion) parts['gpu.toolkit'] = gpu.cudaToolkitVersion
  } else parts['gpu'] = 'unavailable'

  if (container.status === 'ok') {
    const digests = container.images.map((i) => i.digest ?? `${i.reference} (unresolved)`).sort()
    if (digests.length > 0) parts['container.digests'] = digests.join(' ')
    if (container.jobImage) parts['container.jobImage'] = container.jobImage.digest ?? container.jobImage.reference
  } else parts['container'] = 'unavailable'

  for (const lock of [...lockfiles].sort((a, b) => (a.path < b.path ? -1 : 1))) parts[`lockfile:${lock.path}`] = lock.sha256
  // One part per data file while that stays readable; past that, one part for them all.
  if (env.data.length <= MAX_DATA_PARTS) for (const file of env.data) parts[`data:${file.path}`] = file.sha256
  else
    parts['data'] = sha256(
      env.data
        .map((f) => `${f.sha256}  ${f.path}`)
        .sort()
        .join('\n')
    )

  parts['node.version'] = env.toolchains.node
  if (python.status === 'ok') {
    parts['python.version'] = python.version
    const packages = python.distributions.map((d) => `${d.name.toLowerCase()}==${d.version}`).sort()
    parts['python.packages'] = sha256(packages.join('\n'))
    const torch = python.frameworks.torch
    if (torch) parts['python.torch'] = [torch.version, torch.cuda ?? '', torch.cudnn ?? ''].join(' ').trim()
    // The BLAS and the kernels it picked change float results; its thread count is in mathEnv when set.
    const blas = python.blas
    if (blas)
      parts['python.blas'] = [blas.library, blas.version ?? '', blas.coreType ?? '', blas.threading ?? '']
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim()
    if (python.conda) parts['python.conda'] = python.conda
  } else parts['python'] = 'unavailable'

  const math = Object.entries(env.mathEnv).sort(([a], [b]) => (a < b ? -1 : 1))
  if (math.length > 0) parts['mathEnv'] = math.map(([k, v]) => `${k}=${v}`).join(' ')
  return parts
}

/** sha256 over the parts in key order, one `key=value` line each: stable across key insertion order. */
export function fingerprintOf(parts: Record<string, string>): string {
  const keys = Object.keys(parts).sort()
  return sha256(keys.map((k) => `${k}=${parts[k]}`).join('\n'))
}
