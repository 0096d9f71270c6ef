import * as path from 'node:path'
import type { ContainerInfo, Environment, GpuInfo, Probed, PythonInfo, RunnerInfo } from './types.js'
import type { LockfileRecord } from './lockfiles/types.js'
import { detectLockfiles, expandLockfileGlobs, readLockfiles } from './lockfiles/index.js'
import { checkAgainstInstalled, describeMismatch, PYTHON_LOCK_FORMATS } from './ml-stack.js'
import { DEFAULT_PROBE_TIMEOUT_MS, DEFAULT_PYTHON_TIMEOUT_MS, unavailableReason, withDeadline } from './probe.js'
import { captureHardware } from './hardware.js'
import { captureGpu } from './gpu.js'
import { captureMathEnv, captureRunner } from './runner.js'
import { captureContainers } from './containers.js'
import { capturePython } from './python.js'
import { DEFAULT_DATA_DEADLINE_MS, fingerprintData } from './data.js'
import { fingerprintOf, fingerprintParts } from './fingerprint.js'
import { errorMessage } from '../errors.js'

export { fingerprintOf, fingerprintParts } from './fingerprint.js'

export interface SnapshotOptions {
  workingDirectory: string
  /** Interpreter the experiment uses (input `python`). */
  python: string
  /** Image references to resolve to digests (input `images`). */
  images: string[]
  /** Lockfile globs; empty = auto-detect. */
  lockfiles: string[]
  /** Data file globs to fingerprint. */
  data: string[]
  /** Also the PATH every probe searches: stubbing a tool means prepending a folder here. */
  env: NodeJS.ProcessEnv
  /** Filesystem root for /proc, /.dockerenv, /imagegeneration, /usr/local/cuda (tests point it at fixtures). Default '/'. */
  root?: string
  /**
   * Deadlines in ms: each external program (`probeMs`, default 3000), the python probe (`pythonMs`,
   * default 10000), lockfile detection and parsing (`lockfilesMs`, default 30000) and data hashing
   * (`dataMs`, default 10 minutes).
   */
  timeouts?: { probeMs?: number; pythonMs?: number; lockfilesMs?: number; dataMs?: number }
}

export interface Snapshot {
  environment: Environment
  lockfiles: LockfileRecord[]
}

/** "requirements.txt: 3 unpinned dependencies (numpy>=1.2, …) — a reproducibility risk" */
export function unpinnedWarning(lock: LockfileRecord): string | null {
  const n = lock.unpinned.length
  if (n === 0) return null
  const shown = lock.unpinned.slice(0, 5).map((u) => `${u.name}${u.spec}`)
  const more = n > shown.length ? ', …' : ''
  return `${lock.path}: ${n} unpinned ${n === 1 ? 'dependency' : 'dependencies'} (${shown.join(', ')}${more}) — a reproducibility risk`
}

async function captureLockfiles(options: SnapshotOptions): Promise<{ records: LockfileRecord[]; warnings: string[] }> {
  try {
    const found =
      options.lockfiles.length > 0
        ? await expandLockfileGlobs(options.workingDirectory, options.lockfiles)
        : await detectLockfiles(options.workingDirectory)
    const warnings: string[] = []
    if (options.lockfiles.length > 0 && found.length === 0) {
      warnings.push(`lockfiles: ${options.lockfiles.map((g) => `"${g}"`).join(', ')} matched no files`)
    }
    const records = await readLockfiles(options.workingDirectory, found)
    for (const lock of records) {
      if (lock.error) warnings.push(`${lock.path}: ${lock.error}`)
      const unpinned = unpinnedWarning(lock)
      if (unpinned) warnings.push(unpinned)
    }
    return { records, warnings }
  } catch (err) {
    return { records: [], warnings: [`lockfiles: ${(err as Error).message}`] }
  }
}

const DEFAULT_LOCKFILES_DEADLINE_MS = 30_000

/** Lockfile capture under a deadline: every read is bounded, but a huge checkout can still be slow. */
async function lockfilesWithin(options: SnapshotOptions, ms: number): Promise<{ records: LockfileRecord[]; warnings: string[] }> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<{ records: LockfileRecord[]; warnings: string[] }>((resolve) => {
    timer = setTimeout(() => resolve({ records: [], warnings: [`lockfiles: not captured within ${ms / 1000} s`] }), ms)
  })
  try {
    return await Promise.race([captureLockfiles(options), late])
  } finally {
    clearTimeout(timer)
  }
}

function emptyRunner(): RunnerInfo {
  return {
    os: null,
    arch: null,
    name: null,
    environment: null,
    imageOS: null,
    imageVersion: null,
    imageDataSha256: null,
    sha: null,
    ref: null,
    workflowRef: null,
    runId: null,
    runAttempt: null,
    eventName: null
  }
}

/**
 * Captures provenance with every probe bounded in time and run concurrently; never throws.
 * A probe that is missing, fails, prints garbage or hangs is recorded as unavailable with its
 * reason (and a warning), and the capture goes on.
 */
export async function captureEnvironment(options: SnapshotOptions): Promise<Snapshot> {
  const started = Date.now()
  const capturedAt = new Date(started).toISOString()
  const env = options.env
  const root = options.root ?? path.parse(process.cwd()).root
  const probeMs = options.timeouts?.probeMs ?? DEFAULT_PROBE_TIMEOUT_MS
  const pythonMs = options.timeouts?.pythonMs ?? DEFAULT_PYTHON_TIMEOUT_MS
  // A probe whose own deadlines failed to hold still cannot stall the gate.
  const outer = Math.max(probeMs, pythonMs) + 2000
  const assemble = (
    partial: Omit<Environment, 'fingerprint' | 'fingerprintParts' | 'capturedAt' | 'captureMs' | 'warnings'>,
    lockfiles: LockfileRecord[],
    warnings: string[]
  ): Snapshot => {
    const parts = fingerprintParts(partial, lockfiles)
    return {
      environment: {
        fingerprint: fingerprintOf(parts),
        fingerprintParts: parts,
        capturedAt,
        captureMs: Date.now() - started,
        ...partial,
        warnings
      },
      lockfiles
    }
  }
  try {
    const [system, gpu, runner, container, python, data, locks] = await Promise.all([
      captureHardware(probeMs, root, env),
      withDeadline<GpuInfo>('gpu', outer, async () => {
        const probed = await captureGpu(env, root, probeMs)
        if (probed.status === 'unavailable') throw new Error(probed.reason)
        return probed
      }),
      captureRunner(env, root).catch(() => emptyRunner()),
      withDeadline<ContainerInfo>('container', outer, () => captureContainers(options.images, env, root, probeMs)),
      withDeadline<{ python: Probed<PythonInfo>; warnings: string[] }>('python', outer, () =>
        capturePython(options.python, options.workingDirectory, env, pythonMs, probeMs)
      ),
      fingerprintData(
        options.workingDirectory,
        options.data,
        AbortSignal.timeout(options.timeouts?.dataMs ?? DEFAULT_DATA_DEADLINE_MS)
      ).catch((err: Error) => ({ files: [], warnings: [`data: ${err.message}`] })),
      lockfilesWithin(options, options.timeouts?.lockfilesMs ?? DEFAULT_LOCKFILES_DEADLINE_MS)
    ])

    const pythonProbe: Probed<PythonInfo> = python.status === 'ok' ? python.python : { status: 'unavailable', reason: python.reason }
    const warnings: string[] = []
    const probes: [string, Probed<object>][] = [
      ['hardware', system.hardware],
      ['os', system.os],
      ['gpu', stripPrefix(gpu, 'gpu: ')],
      ['container', stripPrefix(container, 'container: ')],
      ['python', pythonProbe]
    ]
    for (const [name, probe] of probes) {
      const reason = unavailableReason(probe)
      if (reason !== null) warnings.push(`${name} probe unavailable: ${reason}`)
    }
    if (python.status === 'ok') warnings.push(...python.warnings)
    if (container.status === 'ok') {
      for (const image of [...(container.jobImage ? [container.jobImage] : []), ...container.images]) {
        if (image.reason) warnings.push(`image ${image.reference}: not resolved to a digest: ${image.reason}`)
      }
    }
    warnings.push(...data.warnings, ...locks.warnings)
    if (pythonProbe.status === 'ok') {
      for (const lock of locks.records) {
        if (lock.error) continue
        const mismatches = checkAgainstInstalled(lock.format, lock.packages, pythonProbe.distributions)
        if (PYTHON_LOCK_FORMATS.has(lock.format)) lock.installedMismatches = mismatches
        if (mismatches.length > 0) {
          const shown = mismatches.slice(0, 5).map(describeMismatch).join('; ')
          warnings.push(
            `${lock.path}: ${mismatches.length} pin${mismatches.length === 1 ? '' : 's'} not what ${pythonProbe.interpreter} has installed: ${shown}${mismatches.length > 5 ? '; …' : ''}`
          )
        }
      }
    }

    const partial = {
      hardware: system.hardware,
      os: system.os,
      gpu: stripPrefix(gpu, 'gpu: '),
      runner,
      container,
      toolchains: { node: process.version, python: pythonProbe },
      data: data.files,
      mathEnv: captureMathEnv(env)
    }
    return assemble(partial, locks.records, warnings)
  } catch (err) {
    // Unreachable by design (every probe resolves); kept so provenance can never fail the gate.
    const reason = `capture failed: ${errorMessage(err)}`
    const partial = {
      hardware: { status: 'unavailable' as const, reason },
      os: { status: 'unavailable' as const, reason },
      gpu: { status: 'unavailable' as const, reason },
      runner: emptyRunner(),
      container: { status: 'unavailable' as const, reason },
      toolchains: { node: process.version, python: { status: 'unavailable' as const, reason } },
      data: [],
      mathEnv: captureMathEnv(env)
    }
    return assemble(partial, [], [reason])
  }
}

/** withDeadline prefixes its reasons with the probe name; the probes' own reasons already say what failed. */
function stripPrefix<T>(probe: Probed<T>, prefix: string): Probed<T> {
  return probe.status === 'unavailable' && probe.reason.startsWith(prefix)
    ? { status: 'unavailable', reason: probe.reason.slice(prefix.length) }
    : probe
}
