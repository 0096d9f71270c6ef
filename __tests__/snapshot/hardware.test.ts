import { describe, expect, test } from '@jest/globals'
import * as os from 'node:os'
import { captureHardware, parseOsRelease } from '../../src/snapshot/hardware.js'
import { workdir } from './helpers.js'

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
    const { hardware, os: osInfo } = await captureHardware(3000, root, process.env)
    expect(osInfo).toEqual({ status: 'ok', platform: 'linux', distro: 'Ubuntu', release: '24.04', kernel: os.release(), arch: os.arch() })
    expect(hardware).toMatchObject({ status: 'ok', virtualization: 'Hyper-V', memoryBytes: os.totalmem() })
    if (hardware.status === 'ok') {
      expect(hardware.cpu.logicalCores).toBe(os.cpus().length)
      expect(hardware.cpu.model).not.toBe('')
    }
  })

  test('KVM from the DMI names; without them only the CPU flag can tell', async () => {
    const kvm = await captureHardware(3000, workdir({ 'sys/class/dmi/id/sys_vendor': 'QEMU\n', 'sys/class/dmi/id/product_name': 'Standard PC (Q35 + ICH9, 2009)\n' }))
    expect(kvm.hardware).toMatchObject({ virtualization: 'KVM' })
    const bare = await captureHardware(3000, workdir())
    expect(bare.hardware.status).toBe('ok')
    if (bare.hardware.status === 'ok') expect([null, 'hypervisor']).toContain(bare.hardware.virtualization)
    expect(bare.os).toMatchObject({ status: 'ok', distro: 'Linux', release: '' })
  })
})
