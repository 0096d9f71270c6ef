import { readFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { HardwareInfo, OsInfo, Probed } from './types.js'
import { execProbe, withDeadline } from './probe.js'

/**
 * CPU flags that change floating-point results: which SIMD width and whether fused multiply-add
 * is used decide the order and rounding of reductions in BLAS, numpy and the frameworks.
 */
export const FP_FLAGS = [
  'sse2',
  'sse3',
  'ssse3',
  'sse4_1',
  'sse4_2',
  'avx',
  'avx2',
  'fma',
  'fma4',
  'f16c',
  'avx512f',
  'avx512dq',
  'avx512bw',
  'avx512vl',
  'avx512cd',
  'avx512_bf16',
  'avx512_fp16',
  'avx512_vnni',
  'avx_vnni',
  'amx_bf16',
  'amx_tile',
  'amx_int8',
  // Arm
  'asimd',
  'fphp',
  'asimdhp',
  'sve',
  'sve2',
  'bf16',
  'i8mm'
] as const

/** The FP-relevant subset of a flag list (as /proc/cpuinfo or sysctl prints it), sorted. */
export function fpFlags(flags: string): string[] {
  const present = new Set(
    flags
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((f) => f !== '')
      // macOS spells them AVX2.0, FMA, SSE4.2
      .map((f) => f.replace(/\.0$/, '').replace('sse4.', 'sse4_'))
  )
  return FP_FLAGS.filter((f) => present.has(f)).sort()
}

export type CpuInfo = HardwareInfo['cpu']

const VENDORS: Record<string, string> = { GenuineIntel: 'Intel', AuthenticAMD: 'AMD', HygonGenuine: 'Hygon', CentaurHauls: 'Centaur' }

/**
 * The CPU from Linux's /proc/cpuinfo: one file read instead of the three `lscpu` processes
 * systeminformation starts (~0.1 s of CPU on a 2-core runner, while the experiment runs). Null
 * when the file lacks a model name (Arm kernels print part numbers only): the caller falls back.
 */
export function parseCpuinfo(text: string, logicalFallback: number): CpuInfo | null {
  const processors = text.split(/\n\s*\n/).filter((block) => /^processor\s*:/m.test(block))
  const field = (block: string, name: string): string | undefined => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm').exec(block)?.[1]?.trim()
  const first = processors[0]
  const model = first && field(first, 'model name')
  if (!first || !model) return null
  const cores = new Set(processors.map((b) => `${field(b, 'physical id') ?? '0'}:${field(b, 'core id') ?? b}`))
  const vendorId = field(first, 'vendor_id') ?? ''
  return {
    vendor: VENDORS[vendorId] ?? vendorId,
    model: model
      .replace(/\((R|TM)\)/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
    physicalCores: cores.size || logicalFallback,
    logicalCores: processors.length || logicalFallback,
    flags: fpFlags(field(first, 'flags') ?? field(first, 'Features') ?? '')
  }
}

/** `NAME` and `VERSION_ID` of an os-release file (systemd's format, on every current distribution). */
export function parseOsRelease(text: string): { distro: string; release: string } {
  const values: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim())
    if (m?.[1] && m[2] !== undefined) values[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2')
  }
  return { distro: values.NAME ?? values.ID ?? 'Linux', release: values.VERSION_ID ?? values.BUILD_ID ?? '' }
}

async function readText(file: string): Promise<string | null> {
  try {
    return (await readFile(file, 'utf8')).trim()
  } catch {
    return null
  }
}

/**
 * The OS without `si.osInfo()`: that one runs `hostname -f` synchronously, which blocks the whole
 * process for as long as a DNS lookup takes on a runner with a broken resolver.
 */
async function captureOs(root: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<OsInfo> {
  const base = { platform: process.platform, kernel: os.release(), arch: os.arch() }
  if (process.platform === 'linux') {
    const text = (await readText(path.join(root, 'etc/os-release'))) ?? (await readText(path.join(root, 'usr/lib/os-release')))
    return { ...base, ...(text ? parseOsRelease(text) : { distro: 'Linux', release: '' }) }
  }
  if (process.platform === 'darwin') {
    const result = await execProbe('sw_vers', [], { env, timeoutMs })
    const get = (key: string): string => (result.ok ? (new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(result.stdout)?.[1]?.trim() ?? '') : '')
    return { ...base, distro: get('ProductName') || 'macOS', release: get('ProductVersion') }
  }
  return { ...base, distro: os.version(), release: os.release() }
}

/** DMI vendor and product names of the common hypervisors and clouds. */
const HYPERVISORS: [RegExp, string][] = [
  [/virtualbox|innotek/i, 'VirtualBox'],
  [/vmware/i, 'VMware'],
  [/microsoft corporation.*virtual machine/i, 'Hyper-V'],
  [/amazon ec2/i, 'Amazon EC2'],
  [/google/i, 'Google Compute Engine'],
  [/qemu|\bkvm\b/i, 'KVM'],
  [/\bxen\b/i, 'Xen'],
  [/parallels/i, 'Parallels'],
  [/openstack/i, 'OpenStack'],
  [/bochs/i, 'Bochs']
]

/**
 * The hypervisor we run under, or null on bare metal: from the DMI names the kernel exposes to
 * every user (no dmidecode, no dmesg), else the CPU's `hypervisor` flag.
 */
async function captureVirtualization(root: string, flags: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string | null> {
  if (process.platform === 'linux') {
    const dmi = path.join(root, 'sys/class/dmi/id')
    const names = await Promise.all([
      readText(path.join(dmi, 'sys_vendor')),
      readText(path.join(dmi, 'product_name')),
      readText(path.join(root, 'sys/hypervisor/type'))
    ])
    const text = names.filter((n) => n).join(' ')
    for (const [pattern, name] of HYPERVISORS) if (pattern.test(text)) return name
  }
  if (process.platform === 'darwin') {
    const result = await execProbe('sysctl', ['-n', 'kern.hv_vmm_present'], { env, timeoutMs })
    if (result.ok && result.stdout.trim() === '1') return 'virtual machine'
  }
  return /\bhypervisor\b/.test(flags) ? 'hypervisor' : null
}

/**
 * Hardware and OS. From systeminformation only the calls that are cheap and never block the
 * event loop for long: `si.cpu()`, `si.cpuFlags()`, `si.mem()`. Never `si.versions()` or
 * `si.getAllData()` (half a second, dozens of programs), nor `si.osInfo()`/`si.system()`
 * (synchronous `hostname -f`, `dmesg`, `dmidecode`).
 */
export async function captureHardware(
  timeoutMs: number,
  root = '/',
  env: NodeJS.ProcessEnv = process.env
): Promise<{ hardware: Probed<HardwareInfo>; os: Probed<OsInfo> }> {
  const [hardware, osInfo] = await Promise.all([
    withDeadline<HardwareInfo>('hardware', timeoutMs, async () => {
      const cpuinfo = process.platform === 'linux' ? await readText(path.join(root, 'proc', 'cpuinfo')) : null
      const fromProc = cpuinfo === null ? null : parseCpuinfo(cpuinfo, os.cpus().length)
      if (fromProc) {
        const flagLine = /^(?:flags|Features)\s*:\s*(.*)$/m.exec(cpuinfo ?? '')?.[1] ?? ''
        return { cpu: fromProc, memoryBytes: os.totalmem(), virtualization: await captureVirtualization(root, flagLine, env, timeoutMs) }
      }
      // Elsewhere systeminformation: only the two modules needed, loaded only when the snapshot runs.
      const [{ default: cpuLib }, { default: memoryLib }] = await Promise.all([
        import('systeminformation/lib/cpu.js'),
        import('systeminformation/lib/memory.js')
      ])
      const [cpu, flags, mem] = await Promise.all([cpuLib.cpu(), cpuLib.cpuFlags(), memoryLib.mem()])
      return {
        cpu: {
          vendor: cpu.vendor || cpu.manufacturer,
          model: [cpu.manufacturer, cpu.brand].filter((s) => s).join(' '),
          physicalCores: cpu.physicalCores,
          logicalCores: cpu.cores,
          flags: fpFlags(flags)
        },
        memoryBytes: mem.total,
        virtualization: await captureVirtualization(root, flags, env, timeoutMs)
      }
    }),
    withDeadline<OsInfo>('os', timeoutMs, () => captureOs(root, env, timeoutMs))
  ])
  return { hardware, os: osInfo }
}
