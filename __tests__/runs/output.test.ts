/**
 * A run's output is handled in time linear in its size and in bounded memory, however it is cut:
 * a progress bar that rewrites one line with `\r` for 30 MB (no newline) goes through the gate
 * like any other output, and the report keeps the bar's last state as the run's tail.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { readInputs } from '../../src/inputs/inputs.js'
import { runGate } from '../../src/gate.js'
import { createRedactor, MASK } from '../../src/report/redact.js'
import { redactStream } from '../../src/report/redact-stream.js'
import { boundedTail } from '../../src/runs/runs.js'
import { testEnv } from '../support/env.js'
import { runMetricValues } from '../../src/compare/reports.js'

const MB = 1024 * 1024

/** Writes `mb` MB of tqdm-like updates separated by `\r` only (ten to a write, as a buffered stream does), then the metrics. */
const PROGRESS = `
const fs = require('fs')
const size = Number(process.argv[2]) * 1024 * 1024
let n = 0, i = 0
while (n < size) {
  let s = ''
  for (let k = 0; k < 10; k++, i++) s += '\\r' + String(i % 100).padStart(3) + '%|#####     | ' + i + '/1000000 [00:01<00:02, 1234.56it/s]'
  fs.writeSync(1, s)
  n += s.length
}
fs.writeSync(2, '\\rdone: ' + i + ' updates')
fs.writeFileSync('metrics.json', JSON.stringify({ updates: i }))
`

describe('progress output without newlines', () => {
  test('15 MB of \\r progress in each of two runs: the gate completes, writes its report, and keeps the last state as the tail', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-progress-'))
    writeFileSync(path.join(dir, 'progress.cjs'), PROGRESS)
    const env = testEnv({ GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, '.runner-temp'), HF_TOKEN: 'hf_secretvalue0123456789abcdef' })
    const values: Record<string, string> = { command: 'node progress.cjs 15', runs: '2', snapshot: 'false', baseline: 'false' }
    const inputs = readInputs({ get: (n) => values[n] ?? '' }, env)
    // The CLI's and the action's echo: each run's output through a redacting stream.
    const redactor = createRedactor(env)
    let stream = redactStream(redactor)
    let received = 0
    let released = 0
    let maxHeld = 0
    const report = await runGate(inputs, {
      env,
      redactor,
      observer: {
        onRunStart: () => (stream = redactStream(redactor)),
        onOutput: (_i, text) => {
          received += text.length
          released += stream.write(text).length
          maxHeld = Math.max(maxHeld, received - released)
        },
        onRunEnd: () => void (released += stream.end().length)
      }
    })
    expect(report.verdict).toBe('reproducible')
    expect(JSON.parse(readFileSync(inputs.reportPath, 'utf8')).verdict).toBe('reproducible')
    expect(received).toBeGreaterThan(30 * MB)
    expect(released).toBe(received)
    // What the stream holds back stays near its 64 KiB line cap, not the run's 15 MB.
    expect(maxHeld).toBeLessThan(200 * 1024)
    const updates = Number(runMetricValues(report, report.runs[0])?.get('updates'))
    expect(report.runs.map((r) => r.outputTail)).toEqual([`done: ${updates} updates`, `done: ${updates} updates`])
  })

  test('30 MB fed to the redacting stream in writes of one update each: done, bounded, still redacted', () => {
    const secret = 'hf_secretvalue0123456789abcdef'
    const stream = redactStream(createRedactor({ HF_TOKEN: secret }))
    let fed = 0
    let released = 0
    let masks = 0
    let leaked = false
    let maxHeld = 0
    const take = (text: string): void => {
      released += text.length
      masks += text.split(MASK).length - 1
      leaked ||= text.includes('hf_secret')
    }
    let tokens = 0
    for (let i = 0; fed < 30 * MB; i++) {
      const update = i % 50_000 === 0 ? `\r token ${secret} ` : `\r${i % 100}%|#####     | ${i}/1000000 [00:01<00:02, 1234.56it/s]`
      if (i % 50_000 === 0) tokens++
      fed += update.length
      take(stream.write(update))
      // Each token masked shortens the text by its length less the mask's.
      maxHeld = Math.max(maxHeld, fed - released - masks * (secret.length - MASK.length))
    }
    take(stream.end())
    expect(leaked).toBe(false)
    expect(masks).toBe(tokens)
    expect(maxHeld).toBeLessThan(200 * 1024)
  })
})

describe('boundedTail', () => {
  test('a line a progress bar rewrote keeps its last state; CRLF endings keep the line', () => {
    expect(boundedTail('epoch 1\n\r 10%\r 50%\r100%\nTraceback: boom\r\nlast')).toBe('epoch 1\n100%\nTraceback: boom\nlast')
    expect(boundedTail('\r 10%\r 20%\r')).toBe(' 20%')
  })
})
