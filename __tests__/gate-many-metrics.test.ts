/**
 * A model's worth of metrics through the whole gate (src/): 60,000 metrics in three runs (three of the
 * writer's 20,000-metric chunks; the bench runs a million), a few
 * drifting, a `timing` section ignored, and run 3 writing one metric more (a file of another
 * shape). What is checked is behaviour, not time (npm run bench -- metrics measures that): the
 * verdict, the report read back equal to the one returned, each run's metrics kept once and still
 * read, and a PR comment that names every drifting metric.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { readInputs } from '../src/inputs/inputs.js'
import { runGate } from '../src/gate.js'
import { readReportFile } from '../src/report/write.js'
import { renderMarkdown } from '../src/report/markdown.js'
import { runMetricValues } from '../src/compare/reports.js'
import { escaperFor } from '../src/report/render/escape.js'
import { testEnv } from './support/env.js'

const METRICS = 60_000

// 1,000 layers × 5 stats, a 40,000-point curve, a token table; three metrics move with the run.
const script = `
const run = Number(process.env.REPRO_RUN)
const v = (i) => Math.abs(Math.sin(i * 12.9898 + 78.233) * 43758.5453) % 1
const m = { timing: { wall_s: 100 + run + Math.random() }, layers: {}, curve: [], tokens: {} }
let n = 1
for (let l = 0; l < 1000; l++) {
  const layer = (m.layers['layer_' + String(l).padStart(4, '0')] = {})
  for (const s of ['mean', 'std', 'max', 'min', 'norm']) layer[s] = v(n++)
}
for (let i = 0; i < 40000; i++) m.curve.push(v(n++))
for (let k = 0; n < ${METRICS}; k++) m.tokens['tok_' + k] = v(n++)
m.layers.layer_0007.norm += 0.01 * run
m.curve[12345] += 0.01 * run
m.tokens.tok_42 = run === 1 ? 'a' : 'b'
if (run === 3) m.late = 1
require('fs').writeFileSync('metrics.json', JSON.stringify(m))
`

describe('a gate over 60,000 metrics', () => {
  test('finds the drifting ones, writes a report that reads back equal, and names them in the comment', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-many-'))
    writeFileSync(path.join(dir, 'train.cjs'), script)
    const env = testEnv({ GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, '.runner-temp') })
    const values: Record<string, string> = {
      command: 'node train.cjs',
      runs: '3',
      snapshot: 'false',
      baseline: 'false',
      tolerance: 'atol=1e-12',
      tolerances: 'curve[*]: rtol=1e-6',
      ignore: 'timing.**'
    }
    const inputs = readInputs({ get: (n) => values[n] ?? '' }, env)
    const report = await runGate(inputs, { env })

    expect(report.verdict).toBe('drift')
    const drifting = ['curve[12345]', 'late', 'layers.layer_0007.norm', 'tokens.tok_42']
    expect(report.drifted.map((d) => d.name).sort()).toEqual(drifting)
    expect(report.metrics).toHaveLength(METRICS + 1)
    expect(report.metrics.find((m) => m.name === 'timing.wall_s')?.status).toBe('ignored')
    expect(report.metrics.find((m) => m.name === 'late')).toMatchObject({ values: [null, null, 1], missingIn: [1, 2], driftRuns: [1, 2] })
    expect(report.metrics.find((m) => m.name === 'curve[12345]')).toMatchObject({
      status: 'drift',
      toleranceRule: 'curve[*]',
      driftRuns: [2, 3]
    })

    // Compared runs keep no copy of their values: the comparison holds them, and each run's read back from it.
    expect(report.runs.map((r) => r.metrics)).toEqual([undefined, undefined, undefined])
    expect(report.runs.map((r) => runMetricValues(report, r)?.size)).toEqual([METRICS, METRICS, METRICS + 1])
    expect(runMetricValues(report, report.runs[2])?.get('tokens.tok_42')).toBe('b')

    // The file reads back as the report the gate returned.
    expect(await readReportFile(inputs.reportPath)).toEqual(report)

    const comment = renderMarkdown(report, { target: 'comment' })
    expect(comment.length).toBeLessThanOrEqual(65_536)
    const esc = escaperFor('comment')
    for (const name of drifting) expect(comment).toContain(esc(name))
    const terminal = renderMarkdown(report, { target: 'terminal' })
    expect(terminal).toContain('4 of 60,000 metrics')
    expect(terminal).toMatch(/60,001 metrics/)
  }, 180_000)
})
