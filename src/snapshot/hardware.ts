import si from 'systeminformation'
import type { HardwareInfo, OsInfo, Probed } from './types.js'
import { withDeadline } from './probe.js'

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

/** The hypervisor or container runtime as systeminformation reports it, or null on bare metal. */
function virtualization(system: { virtual: boolean; virtualHost?: string }, flags: string): string | null {
  if (system.virtual) return system.virtualHost || 'virtual machine'
  return /\bhypervisor\b/.test(flags) ? 'hypervisor' : null
}

/**
 * Hardware and OS through the few systeminformation calls that are cheap. Never `si.versions()`
 * or `si.getAllData()`: those take half a second and start dozens of programs.
 */
export async function captureHardware(timeoutMs: number): Promise<{ hardware: Probed<HardwareInfo>; os: Probed<OsInfo> }> {
  const [hardware, os] = await Promise.all([
    withDeadline<HardwareInfo>('hardware', timeoutMs, async () => {
      const [cpu, flags, mem, system] = await Promise.all([si.cpu(), si.cpuFlags(), si.mem(), si.system()])
      return {
        cpu: {
          vendor: cpu.vendor || cpu.manufacturer,
          model: [cpu.manufacturer, cpu.brand].filter((s) => s).join(' '),
          physicalCores: cpu.physicalCores,
          logicalCores: cpu.cores,
          flags: fpFlags(flags)
        },
        memoryBytes: mem.total,
        virtualization: virtualization(system, flags)
      }
    }),
    withDeadline<OsInfo>('os', timeoutMs, async () => {
      const info = await si.osInfo()
      return { platform: info.platform, distro: info.distro, release: info.release, kernel: info.kernel, arch: info.arch }
    })
  ])
  return { hardware, os }
}
