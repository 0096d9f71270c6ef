/**
 * The process runner with real processes: timers longer than Node's 2^31−1 ms limit, and a
 * kept tail that costs the chunk, not the tail, however the output is cut.
 */
import { describe, expect, test } from '@jest/globals'
import { OutputTail, runProcess, setLongTimeout } from '../../src/runs/process.js'
import { testEnv } from '../support/env.js'

describe('timeouts beyond 2^31−1 ms', () => {
  test('a run with a 30-day timeout is not timed out at once (Node would fire such a timer after 1 ms)', async () => {
    const result = await runProcess({
      command: 'sleep 0.3',
      cwd: process.cwd(),
      env: testEnv() as Record<string, string>,
      timeoutMs: 30 * 24 * 3_600_000
    })
    expect(result.timedOut).toBe(false)
    expect(result.exitCode).toBe(0)
  })

  test('setLongTimeout chains timers and can be cancelled', async () => {
    let fired = 0
    const cancel = setLongTimeout(() => fired++, 2 ** 33)
    await new Promise((r) => setTimeout(r, 50))
    cancel()
    expect(fired).toBe(0)
    await new Promise<void>((resolve) => setLongTimeout(() => resolve(), 5))
  })
})

describe('OutputTail', () => {
  test('keeps exactly the last characters, whatever the chunking', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `\r${i}%`).join('')
    for (const size of [1, 7, 100, 5000, text.length]) {
      const tail = new OutputTail(1000)
      for (let i = 0; i < text.length; i += size) tail.add(text.slice(i, i + size))
      expect(tail.text()).toBe(text.slice(-1000))
    }
  })
})
