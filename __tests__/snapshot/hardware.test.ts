import { describe, expect, test } from '@jest/globals'
import * as os from 'node:os'
import { captureHardware, parseCpuinfo, parseOsRelease } from '../../src/snapshot/hardware.js'
import { envWithPath, workdir } from './helpers.js'

// Without /proc/cpuinfo under the fake root, systeminformation runs (about 2.5 s on a busy 2-core
// machine): a deadline far above that, so these tests check detection, not speed.
const SLOW_MACHINE_MS = 20_000

const UBUNTU = `PRETTY_NAME="Ubuntu 24.04.1 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.1 LTS (Noble Numbat)"
ID=ubuntu
ID_LIKE=debian
`

describe('parseOsRelease', () => {
  test('NAME and VERSION_ID, quoted or not', () => {
    expect(parseOsRelease(UBUNTU)).toEqual({ distro: 'Ubuntu', release: '24.04' })
    expect(parseOsRelease("NAME='Alpine Linux'\nID=alpine\nVERSION_ID=3.20.3\n")).toEqual({ distro: 'Alpine Linux', release: '3.20.3' })
    expect(parseOsRelease('NAME="Arch Linux"\nBUILD_ID=rolling\n')).toEqual({ distro: 'Arch Linux', release: 'rolling' })
    expect(parseOsRelease('')).toEqual({ distro: 'Linux', release: '' })
  })
})

describe.each(process.platform === 'linux' ? [true] : [])('captureHardware on Linux (fake root)', () => {
  test('an Azure (Hyper-V) Ubuntu runner', async () => {
    const root = workdir({
      'etc/os-release': UBUNTU,
      'sys/class/dmi/id/sys_vendor': 'Microsoft Corporation\n',
      'sys/class/dmi/id/product_name': 'Virtual Machine\n'
    })
    const { hardware, os: osInfo } = await captureHardware(SLOW_MACHINE_MS, root, envWithPath([]))
    expect(osInfo).toEqual({ status: 'ok', platform: 'linux', distro: 'Ubuntu', release: '24.04', kernel: os.release(), arch: os.arch() })
    expect(hardware).toMatchObject({ status: 'ok', virtualization: 'Hyper-V', memoryBytes: os.totalmem() })
    if (hardware.status === 'ok') {
      expect(hardware.cpu.logicalCores).toBe(os.cpus().length)
      expect(hardware.cpu.model).not.toBe('')
    }
  })

  test('KVM from the DMI names; without them only the CPU flag can tell', async () => {
    const kvm = await captureHardware(
      SLOW_MACHINE_MS,
      workdir({ 'sys/class/dmi/id/sys_vendor': 'QEMU\n', 'sys/class/dmi/id/product_name': 'Standard PC (Q35 + ICH9, 2009)\n' }),
      envWithPath([])
    )
    expect(kvm.hardware).toMatchObject({ virtualization: 'KVM' })
    const bare = await captureHardware(SLOW_MACHINE_MS, workdir(), envWithPath([]))
    expect(bare.hardware.status).toBe('ok')
    if (bare.hardware.status === 'ok') expect([null, 'hypervisor']).toContain(bare.hardware.virtualization)
    expect(bare.os).toMatchObject({ status: 'ok', distro: 'Linux', release: '' })
  })
})

const xeon = (processor: number, physical: number, core: number): string => `processor\t: ${processor}
vendor_id\t: GenuineIntel
model name\t: Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz
physical id\t: ${physical}
core id\t\t: ${core}
cpu cores\t: 2
flags\t\t: fpu vme sse2 ssse3 fma sse4_1 sse4_2 avx f16c avx2 avx512f avx512dq avx512bw avx512vl hypervisor
`
// Two sockets, two cores each, two threads per core.
const TWO_SOCKETS = [0, 1, 2, 3, 4, 5, 6, 7].map((p) => xeon(p, p >> 2, (p >> 1) & 1)).join('\n')

describe('parseCpuinfo', () => {
  test('sockets, cores and threads; vendor and model cleaned; FP flags only', () => {
    expect(parseCpuinfo(TWO_SOCKETS, 99)).toEqual({
      vendor: 'Intel',
      model: 'Intel Xeon Platinum 8370C CPU @ 2.80GHz',
      physicalCores: 4,
      logicalCores: 8,
      flags: ['avx', 'avx2', 'avx512bw', 'avx512dq', 'avx512f', 'avx512vl', 'f16c', 'fma', 'sse2', 'sse4_1', 'sse4_2', 'ssse3']
    })
  })
  test('an Arm kernel without a model name is left to systeminformation', () => {
    expect(parseCpuinfo('processor\t: 0\nBogoMIPS\t: 50.00\nFeatures\t: fp asimd sve\nCPU implementer\t: 0x41\n', 1)).toBeNull()
  })
  test("this machine's /proc/cpuinfo agrees with the OS's count of logical CPUs", async () => {
    if (process.platform !== 'linux') return
    const text = (await import('node:fs')).readFileSync('/proc/cpuinfo', 'utf8')
    const cpu = parseCpuinfo(text, os.cpus().length)
    if (cpu) expect(cpu.logicalCores).toBe(os.cpus().length)
  })
  test('captureHardware reads the CPU from /proc/cpuinfo under the given root', async () => {
    if (process.platform !== 'linux') return
    const { hardware } = await captureHardware(SLOW_MACHINE_MS, workdir({ 'proc/cpuinfo': TWO_SOCKETS }), envWithPath([]))
    expect(hardware).toMatchObject({
      status: 'ok',
      cpu: { model: 'Intel Xeon Platinum 8370C CPU @ 2.80GHz', physicalCores: 4, logicalCores: 8 },
      virtualization: 'hypervisor'
    })
  })
})
