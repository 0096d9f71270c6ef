/**
 * A flattened model of 60,000 metrics (per-layer statistics, per-task scores, long curves, a
 * token table; 25 of them drift) through the CLI: the report is written compactly and reads back
 * whole, the PR comment stays under GitHub's 65,536 characters and names every drifting metric,
 * the job summary under 1 MiB, and `diff` reads the report. 60,000 is three of the report writer's
 * 20,000-metric chunks, every shape of the experiment (all 500 tasks, so all 25 drifting metrics),
 * and more than the comment and the summary can show, so both are cut at their size limits; 200,000
 * proved nothing more for 4 s more of CPU. How fast is `npm run bench`'s question
 * (scripts/bench/metrics-scale.mjs, a million metrics); this one is what comes out.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { repoRoot } from '../support/action.js'
import { testEnv } from '../support/env.js'
import { readReportFile } from '../../src/report/write.js'
import { validateReport } from '../../src/report/validate.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { escaperFor } from '../../src/report/render/escape.js'
import { runMetricValues } from '../../src/compare/reports.js'

const METRICS = 60_000
const experiment = path.join(repoRoot, 'scripts/bench/experiments/many-metrics.mjs')

describe('60,000 metrics', () => {
  test('a compact report that reads back whole; a comment under 65,536 characters naming every drifting metric', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-many-'))
    const res = spawnSync(
      process.execPath,
      [
        path.join(repoRoot, 'dist/cli.js'),
        '--no-snapshot',
        '--runs',
        '3',
        '--tolerance',
        'atol=1e-12',
        '--tolerances',
        'curves.**: rtol=1e-6',
        '--ignore',
        'timing.**',
        '--',
        'node',
        experiment
      ],
      { cwd: ws, env: testEnv({ METRICS: String(METRICS) }), encoding: 'utf8', maxBuffer: 1 << 28 }
    )
    expect(res.stderr).not.toMatch(/bug in repro-gate|report schema/)
    expect(res.status).toBe(1)

    const file = path.join(ws, 'repro-report.json')
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number }
    expect(onDisk.schemaVersion).toBe(2)
    expect(await validateReport(onDisk)).toEqual([])
    // Per metric: its name, one value when the runs agree, the rule that applied (version 1 wrote ~480 bytes).
    expect(statSync(file).size / METRICS).toBeLessThan(100)

    const report = await readReportFile(file)
    expect(report.metrics).toHaveLength(METRICS)
    const drifting = report.metrics.filter((m) => m.status === 'drift')
    expect(drifting.map((m) => m.name)).toEqual(report.drifted.filter((d) => d.kind === 'metric').map((d) => d.name))
    expect(drifting).toHaveLength(25)
    expect(report.metrics.filter((m) => m.status === 'ignored').map((m) => m.name)).toEqual(['timing.tokens_per_s', 'timing.wall_s'])
    // Each run's metrics: kept once, in the comparison, and read from it.
    for (const run of report.runs) expect(runMetricValues(report, run)?.size).toBe(METRICS)
    expect(report.metrics.find((m) => m.name === 'curves.train_loss[0]')).toMatchObject({
      status: 'pass',
      toleranceRule: 'curves.**',
      maxAbsDeviation: 0
    })

    const comment = renderMarkdown(report, { target: 'comment' })
    expect(comment.length).toBeLessThanOrEqual(65_536)
    // As the comment writes them (Markdown-escaped: eval.task\_000.accuracy).
    const esc = escaperFor('comment')
    for (const m of drifting) expect(comment).toContain(esc(m.name))
    expect(comment).toMatch(/more metrics not shown \(size limit\)/)
    const summary = renderMarkdown(report, { target: 'summary' })
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(1_048_576)
    expect(summary).toMatch(/more metrics not shown \(size limit\)/)
    for (const m of drifting) expect(summary).toContain(esc(m.name))

    // The CLI reads its own report back: diff of a report with itself matches.
    const diff = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'diff', file, file], {
      env: testEnv(),
      encoding: 'utf8',
      maxBuffer: 1 << 28
    })
    expect(diff.stderr).toBe('')
    expect(diff.status).toBe(0)
  }, 600_000)
})
