/**
 * The factors' control values are measured, and the varied values reach a real process: the
 * launch wrappers (umask, UTS namespace) are run for real here; the hostname fallback is proved
 * with an `unshare` and a `sudo` that refuse, as on a runner where AppArmor blocks namespaces.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import {
  effectiveLocale,
  effectiveThreads,
  otherLocale,
  physicalCoreCount,
  planFactor,
  type VariantLaunch
} from '../../src/vary/factors.js'
import { probeHostnameMethod, wrapCommand } from '../../src/vary/launch.js'
import { copyWorkingDirectory, longerPath } from '../../src/vary/workdir.js'

const PATH = process.env.PATH ?? '/usr/bin:/bin'
const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'rg-vary-'))

describe('effective values', () => {
  test('an uninstalled locale behaves as C; another installed one is chosen, C only when nothing else', () => {
    const installed = ['C', 'C.utf8', 'POSIX', 'en_US.utf8', 'fr_CH.utf8']
    expect(effectiveLocale({ LANG: 'fr_CH.UTF-8' }, ['C', 'POSIX'])).toEqual({
      name: 'C',
      display: 'C (LANG=fr_CH.UTF-8 is not installed)'
    })
    expect(effectiveLocale({ LANG: 'fr_CH.UTF-8', LC_ALL: 'en_US.UTF-8' }, installed).name).toBe('en_US.utf8')
    expect(otherLocale('C', installed)).toBe('fr_CH.utf8')
    expect(otherLocale('fr_CH.utf8', installed)).toBe('en_US.utf8')
    expect(otherLocale('C', ['C', 'C.utf8', 'POSIX'])).toBe('C.utf8')
    expect(otherLocale('C.utf8', ['C', 'C.utf8', 'POSIX'])).toBe('C')
  })

  test('threads as the libraries resolve them when unset', () => {
    const t = effectiveThreads({ OMP_NUM_THREADS: undefined }, 8, 4)
    expect(t.max).toBe(8)
    expect(t.perVariable).toMatchObject({ OMP_NUM_THREADS: 'unset → 8 (all cores)', MKL_NUM_THREADS: 'unset → 4 (physical cores)' })
    expect(
      effectiveThreads(
        { OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', NUMEXPR_NUM_THREADS: '1', VECLIB_MAXIMUM_THREADS: '1' },
        8,
        4
      ).max
    ).toBe(1)
    expect(physicalCoreCount('physical id\t: 0\ncore id\t: 0\n\nphysical id\t: 0\ncore id\t: 0\n\nphysical id\t: 0\ncore id\t: 1\n')).toBe(
      2
    )
  })

  test('threads: 1 when the control uses more, else at least 2', async () => {
    const ctx = { cwd: '/', workRoot: tmp(), exclude: [], logicalCores: 4, physicalCores: 2 }
    const many = await planFactor('threads', { ...ctx, env: { PATH } })
    expect(many.record.variables.OMP_NUM_THREADS).toBe('1')
    const one = await planFactor('threads', {
      ...ctx,
      env: {
        PATH,
        OMP_NUM_THREADS: '1',
        MKL_NUM_THREADS: '1',
        OPENBLAS_NUM_THREADS: '1',
        NUMEXPR_NUM_THREADS: '1',
        VECLIB_MAXIMUM_THREADS: '1'
      }
    })
    expect(one.record.variables.MKL_NUM_THREADS).toBe('4')
  })

  test("hash seed, time zone and umask differ from the control's measured values", async () => {
    const ctx = { cwd: '/', workRoot: tmp(), exclude: [] }
    expect((await planFactor('hashseed', { ...ctx, env: { PATH, PYTHONHASHSEED: '42' } })).record).toMatchObject({
      control: '42',
      value: '43'
    })
    expect((await planFactor('hashseed', { ...ctx, env: { PATH } })).record).toMatchObject({
      control: 'random (PYTHONHASHSEED unset)',
      value: '1'
    })
    const tz = (await planFactor('timezone', { ...ctx, env: { PATH, TZ: 'UTC' } })).record
    expect(tz.control).toBe('TZ=UTC (UTC+00:00)')
    expect(tz.varied).toBe(true)
    const far = (await planFactor('timezone', { ...ctx, env: { PATH, TZ: 'Asia/Kolkata' } })).record
    expect(far.value).not.toMatch(/Kolkata/)
    const umask = (await planFactor('umask', { ...ctx, env: { PATH } })).record
    expect(umask.value).not.toBe(umask.control)
    expect(['0002', '0077']).toContain(umask.value)
  })
})

describe('launch', () => {
  test('umask and host name reach the experiment with its environment intact', () => {
    if (process.getuid?.() !== 0) return console.warn('skipped: unshare --uts needs root here')
    const command = wrapCommand('echo "$(hostname) $(umask) $KEEP_ME"', {
      umask: '0077',
      hostname: { name: 'varied-host', method: 'unshare', uid: 0, gid: 0 }
    })
    const out = execFileSync('bash', ['-e', '-o', 'pipefail', '-c', command], {
      env: { PATH, KEEP_ME: "it's kept" },
      stdio: ['ignore', 'pipe', 'pipe']
    }).toString()
    expect(out.trim()).toBe("varied-host 0077 it's kept")
  })

  test('where no method works, the reason says what each attempt answered', async () => {
    const bin = tmp()
    writeFileSync(path.join(bin, 'unshare'), '#!/bin/sh\necho "unshare: unshare failed: Operation not permitted" >&2\nexit 1\n')
    writeFileSync(path.join(bin, 'sudo'), '#!/bin/sh\necho "sudo: a password is required" >&2\nexit 1\n')
    chmodSync(path.join(bin, 'unshare'), 0o755)
    chmodSync(path.join(bin, 'sudo'), 0o755)
    const probe = await probeHostnameMethod({ PATH: `${bin}:${PATH}` })
    expect(probe).toEqual({
      reason:
        'no way to set another host name here (unshare --uts: unshare: unshare failed: Operation not permitted; unshare -r --uts: unshare: unshare failed: Operation not permitted; sudo -n: sudo: a password is required)'
    })
    expect(await probeHostnameMethod({ PATH }, 'darwin')).toEqual({ reason: 'needs Linux (UTS namespaces); this runner is darwin' })
  })
})

describe('the cwd copy', () => {
  test("leaves out .git and the gate's folders, links what is over the cap, never touches the original", async () => {
    const src = tmp()
    mkdirSync(path.join(src, '.git'))
    mkdirSync(path.join(src, '.repro-gate/runs'), { recursive: true })
    mkdirSync(path.join(src, 'data'))
    writeFileSync(path.join(src, '.git/HEAD'), 'ref')
    writeFileSync(path.join(src, 'train.py'), 'print(1)')
    writeFileSync(path.join(src, 'data/big.bin'), Buffer.alloc(4096))
    const target = longerPath(tmp(), src)
    expect(target.length).toBeGreaterThan(src.length)
    const copy = await copyWorkingDirectory(src, target, { capBytes: 1000 })
    expect(copy).toMatchObject({ files: 1, linked: ['data/big.bin'], linkedBytes: 4096 })
    expect(readFileSync(path.join(target, 'train.py'), 'utf8')).toBe('print(1)')
    expect(lstatSync(path.join(target, 'data/big.bin')).isSymbolicLink()).toBe(true)
    expect(existsSync(path.join(target, '.git'))).toBe(false)
    expect(existsSync(path.join(target, '.repro-gate'))).toBe(false)
  })

  test('the cwd factor moves the metrics path into the copy', async () => {
    const src = tmp()
    writeFileSync(path.join(src, 'train.py'), '')
    const planned = await planFactor('cwd', { env: { PATH }, cwd: src, workRoot: tmp(), exclude: [] })
    const launch: VariantLaunch = { env: {}, cwd: src, metricsFile: path.join(src, 'out/m.json'), wrap: { umask: null, hostname: null } }
    await planned.apply(launch)
    expect(launch.cwd).toBe(planned.record.value)
    expect(launch.metricsFile).toBe(path.join(planned.record.value!, 'out/m.json'))
    expect(planned.record.note).toMatch(/^copied the working directory: 1 files/)
  })
})
