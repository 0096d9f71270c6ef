import { readdir, readFile } from 'node:fs/promises'
import * as path from 'node:path'
import type { GpuDevice, GpuInfo, Probed } from './types.js'
import { execProbe, findOnPath } from './probe.js'

/** Parses `nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader,nounits`. */
export function parseNvidiaSmiCsv(text: string): GpuDevice[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '')
  if (lines.length === 0) throw new Error('no output')
  return lines.map((line, i) => {
    const cells = line.split(',').map((c) => c.trim())
    const [name, memory, driver] = cells
    if (cells.length !== 3 || !name || /^\[?(N\/A|Not Supported)\]?$/i.test(name)) {
      throw new Error(`unparseable output line ${i + 1}: "${line.slice(0, 120)}"`)
    }
    const memoryMiB = Number(memory)
    if (driver !== undefined && !/^\d+(\.\d+)*$/.test(driver) && !/N\/A/i.test(driver)) {
      throw new Error(`unparseable driver version on line ${i + 1}: "${driver.slice(0, 60)}"`)
    }
    return {
      name,
      memoryMiB: memory !== undefined && memory !== '' && Number.isFinite(memoryMiB) ? memoryMiB : null,
      driverVersion: driver && /^\d/.test(driver) ? driver : null
    }
  })
}

/** The driver's maximum CUDA version from `nvidia-smi -q` ("CUDA Version : 12.4"). */
export function parseCudaDriverVersion(text: string): string | null {
  return /^\s*CUDA Version\s*:\s*(\d+(?:\.\d+)*)/m.exec(text)?.[1] ?? null
}

/** The toolkit version from `nvcc --version` ("Cuda compilation tools, release 12.4, V12.4.131"). */
export function parseNvccVersion(text: string): string | null {
  const m = /release\s+[\d.]+,\s*V(\d+(?:\.\d+)*)/.exec(text) ?? /release\s+(\d+(?:\.\d+)*)/.exec(text)
  return m?.[1] ?? null
}

/** The toolkit version from `version.json` (CUDA ≥ 11.1) or `version.txt` ("CUDA Version 10.2.89"). */
export function parseCudaVersionFile(text: string): string | null {
  try {
    const json = JSON.parse(text) as { cuda?: { version?: unknown } }
    if (typeof json.cuda?.version === 'string') return json.cuda.version
  } catch {
    /* version.txt */
  }
  return /CUDA Version\s+(\d+(?:\.\d+)*)/.exec(text)?.[1] ?? null
}

const NVCC_DIST_INFO = /^nvidia_cuda_nvcc-(\d+(?:\.\d+)*)\.dist-info$/

async function toolkitFromFiles(root: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  const homes = [env.CUDA_HOME, env.CUDA_PATH, path.join(root, 'usr/local/cuda')].filter((h): h is string => !!h)
  for (const home of homes) {
    // CUDA 13 ships no version.json, but names its components' versions in dist-info folders.
    try {
      const entry = (await readdir(path.join(home, 'dist-info'))).find((e) => NVCC_DIST_INFO.test(e))
      const version = entry ? NVCC_DIST_INFO.exec(entry)?.[1] : undefined
      if (version) return version
    } catch {
      /* an older layout */
    }
    for (const file of ['version.json', 'version.txt']) {
      try {
        const version = parseCudaVersionFile(await readFile(path.join(home, file), 'utf8'))
        if (version) return version
      } catch {
        /* next */
      }
    }
  }
  return null
}

async function cudaToolkit(root: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string | null> {
  const fromFiles = await toolkitFromFiles(root, env)
  if (fromFiles) return fromFiles
  const nvcc = await findOnPath('nvcc', env)
  if (!nvcc) return null
  const result = await execProbe(nvcc, ['--version'], { env, timeoutMs })
  return result.ok ? parseNvccVersion(result.stdout) : null
}

/**
 * NVIDIA GPUs, driver, the driver's CUDA version and the toolkit. No nvidia-smi means no GPU:
 * recorded as an empty list, not as a failure. An nvidia-smi that hangs, fails or prints
 * something unexpected makes the probe unavailable with the reason.
 */
export async function captureGpu(env: NodeJS.ProcessEnv, root: string, timeoutMs: number): Promise<Probed<GpuInfo>> {
  const smi = await findOnPath('nvidia-smi', env)
  const toolkit = cudaToolkit(root, env, timeoutMs)
  if (!smi) {
    return { status: 'ok', devices: [], driverVersion: null, cudaDriverVersion: null, cudaToolkitVersion: await toolkit }
  }
  const [query, details, cudaToolkitVersion] = await Promise.all([
    execProbe(smi, ['--query-gpu=name,memory.total,driver_version', '--format=csv,noheader,nounits'], { env, timeoutMs }),
    execProbe(smi, ['-q'], { env, timeoutMs }),
    toolkit
  ])
  if (!query.ok) return { status: 'unavailable', reason: query.reason }
  let devices: GpuDevice[]
  try {
    devices = parseNvidiaSmiCsv(query.stdout)
  } catch (err) {
    return { status: 'unavailable', reason: `nvidia-smi: ${(err as Error).message}` }
  }
  return {
    status: 'ok',
    devices,
    driverVersion: devices.find((d) => d.driverVersion)?.driverVersion ?? null,
    cudaDriverVersion: details.ok ? parseCudaDriverVersion(details.stdout) : null,
    cudaToolkitVersion
  }
}
