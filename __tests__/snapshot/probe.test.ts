import { describe, expect, test } from '@jest/globals'
import { readFileSync, writeFileSync, chmodSync } from 'node:fs'
import * as path from 'node:path'
import { execProbe, findOnPath, withDeadline } from '../../src/snapshot/probe.js'
import { alive, envWithPath, stubTools } from './helpers.js'

describe('execProbe', () => {
  test('returns stdout of a program that succeeds, found on the PATH of the given env', async () => {
    const dir = stubTools({ hello: 'echo "hi $1"' })
    const result = await execProbe('hello', ['there'], { env: envWithPath([dir]), timeoutMs: 5000 })
    expect(result).toMatchObject({ ok: true, stdout: 'hi there\n' })
  })

  test('a missing executable is a reason, not an exception', async () => {
    const result = await execProbe('no-such-tool-xyz', [], { env: envWithPath([]), timeoutMs: 5000 })
    expect(result).toMatchObject({ ok: false, reason: 'no-such-tool-xyz: not found on PATH', timedOut: false })
  })

  test('a working directory that does not exist is named as the cause', async () => {
    const result = await execProbe('true', [], { env: envWithPath([]), timeoutMs: 5000, cwd: '/nonexistent/repro-gate' })
    expect(result).toMatchObject({ ok: false, reason: 'true: cannot run in /nonexistent/repro-gate: no such directory' })
  })

  test('a file that is not executable says so', async () => {
    const dir = stubTools({})
    const file = path.join(dir, 'noexec')
    writeFileSync(file, '#!/bin/sh\necho no\n')
    chmodSync(file, 0o644)
    const result = await execProbe(file, [], { env: envWithPath([]), timeoutMs: 5000 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/not executable|permission denied/i)
  })

  test('a non-zero exit carries the code and the first line of stderr', async () => {
    const dir = stubTools({ broken: 'echo "Failed to initialize NVML: Driver/library version mismatch" >&2; exit 9' })
    const result = await execProbe('broken', ['-q'], { env: envWithPath([dir]), timeoutMs: 5000 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toBe('broken -q: exited with code 9: Failed to initialize NVML: Driver/library version mismatch')
  })

  test('a crash by signal is reported', async () => {
    const dir = stubTools({ crash: 'kill -SEGV $$' })
    const result = await execProbe('crash', [], { env: envWithPath([dir]), timeoutMs: 5000 })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/killed by SIGSEGV|exited with code 139/)
  })

  test('on the deadline the whole process group is killed and the promise resolves at once', async () => {
    const dir = stubTools({
      hang: `sleep 60 & echo $! > "${'$'}(dirname "$0")/sleep.pid"; echo $$ > "${'$'}(dirname "$0")/bash.pid"; wait`
    })
    const started = Date.now()
    const result = await execProbe('hang', [], { env: envWithPath([dir]), timeoutMs: 400 })
    const elapsed = Date.now() - started
    expect(result).toMatchObject({ ok: false, timedOut: true, reason: 'hang: timed out after 400 ms (killed)' })
    expect(elapsed).toBeLessThan(1500)
    await new Promise((r) => setTimeout(r, 200))
    for (const file of ['bash.pid', 'sleep.pid']) {
      const pid = Number(readFileSync(path.join(dir, file), 'utf8'))
      expect(alive(pid)).toBe(false)
    }
  })

  test('a program that exits while a background child holds its pipes still returns', async () => {
    const dir = stubTools({ leaky: 'echo done; (sleep 30 &) ; exit 0' })
    const started = Date.now()
    const result = await execProbe('leaky', [], { env: envWithPath([dir]), timeoutMs: 5000 })
    expect(result).toMatchObject({ ok: true, stdout: 'done\n' })
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('withDeadline', () => {
  test('ok, thrown and late work', async () => {
    await expect(withDeadline('x', 1000, async () => ({ a: 1 }))).resolves.toEqual({ status: 'ok', a: 1 })
    await expect(
      withDeadline('x', 1000, async () => {
        throw new Error('boom')
      })
    ).resolves.toEqual({ status: 'unavailable', reason: 'x: boom' })
    const late = withDeadline('slow', 50, () => new Promise<{ a: number }>((r) => setTimeout(() => r({ a: 1 }), 1000)))
    await expect(late).resolves.toEqual({ status: 'unavailable', reason: 'slow: timed out after 50 ms' })
  })
})

describe('findOnPath', () => {
  test('finds executables on the given PATH only', async () => {
    const dir = stubTools({ 'repro-gate-tool': 'true' })
    await expect(findOnPath('repro-gate-tool', envWithPath([dir]))).resolves.toBe(path.join(dir, 'repro-gate-tool'))
    await expect(findOnPath('repro-gate-tool', { PATH: '/nonexistent' })).resolves.toBeNull()
    await expect(findOnPath(path.join(dir, 'repro-gate-tool'), {})).resolves.toBe(path.join(dir, 'repro-gate-tool'))
  })
})
