/**
 * A 100-million-character string metric in three runs: six copies in the report would be more than
 * a JavaScript string can hold, and the gate used to end with `Invalid string length`, no report
 * and an empty summary. What is kept of one value is capped, with the sha256 of the whole.
 */
import { describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runAction } from '../support/action.js'
import { readReportFile } from '../../src/report/write.js'

describe('huge values', () => {
  test('a 1e8-character string metric in 3 runs: the report and summary are written, the value kept capped with its hash', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-huge-'))
    const run = await runAction({
      workspace: ws,
      inputs: {
        // The same 100 MB file as one string would be, written as a hundred 1 MB pieces: Python
        // building that string and then its UTF-8 copy cost 2 s of CPU per run, for nothing the gate sees.
        command: `python3 -c "open('metrics.json', 'wb').writelines([b'{\\"blob\\": \\"'] + [b'x' * 10**6] * 100 + [b'\\", \\"acc\\": 0.5}'])"`,
        runs: '3',
        snapshot: 'false',
        baseline: 'false'
      },
      // Seconds on a quiet machine; minutes on a loaded one.
      timeoutMs: 280_000
    })
    expect(run.outputs.verdict).toBe('reproducible')
    expect(run.code).toBe(0)
    expect(run.summary).toMatch(/Reproducible/)
    const file = path.join(ws, 'repro-report.json')
    expect(statSync(file).size).toBeLessThan(1_000_000)
    const report = await readReportFile(file)
    const blob = report.metrics.find((m) => m.name === 'blob')?.values[0]
    const whole = createHash('sha256').update('x'.repeat(1e8)).digest('hex')
    expect(blob).toContain(`100000000 characters, sha256 ${whole}`)
    expect(String(blob).length).toBeLessThan(1200)
  }, 300_000)
})
