// What `vary: all` costs on the bundled example: the extra runs it spends and the extra wall time,
// as medians of whole CLI invocations with and without it. The example depends on no factor, so the
// diagnosis must stop after its one run with everything varied.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function gate(extra, cwd, i) {
  const report = path.join(cwd, `bench-vary-${i}.json`)
  const args = [
    '--report-path',
    report,
    '--no-snapshot',
    '--working-directory',
    'examples/node-logreg',
    '--runs',
    '3',
    '--artifacts',
    'out/*.json',
    ...extra,
    '--',
    'node',
    'train.mjs'
  ]
  const started = process.hrtime.bigint()
  const res = spawnSync(process.execPath, [path.resolve('dist/cli.js'), ...args], { cwd, encoding: 'utf8' })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  if (res.status !== 0) throw new Error(`gate failed (${res.status}): ${res.stdout.slice(-2000)}${res.stderr.slice(-2000)}`)
  const json = JSON.parse(readFileSync(report, 'utf8'))
  const runMs = json.runs.reduce((s, r) => s + r.durationMs, 0) / json.runs.length
  return {
    wallMs,
    runMs,
    extraRuns: json.variations?.runs.length ?? 0,
    varied: json.variations?.factors.filter((f) => f.varied).length ?? 0
  }
}

export async function bench() {
  const repeats = Number(process.env.BENCH_REPEATS ?? 5)
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-bench-vary-'))
  cpSync('examples', path.join(ws, 'examples'), { recursive: true })
  const plain = []
  const varied = []
  for (let i = 0; i < repeats; i++) {
    plain.push(gate([], ws, `p${i}`))
    varied.push(gate(['--vary', 'all'], ws, `v${i}`))
  }
  const extraMs = median(varied.map((v) => v.wallMs)) - median(plain.map((p) => p.wallMs))
  const runMs = median(plain.map((p) => p.runMs))
  const extraRuns = Math.max(...varied.map((v) => v.extraRuns))
  // One extra run is the whole cost of an insensitive experiment: the time of one run plus the
  // factor probes and the working-directory copy.
  const budgetMs = runMs + 400
  return {
    name: `vary: all on the bundled example (${varied[0].varied} factors varied, 3 runs, median of ${repeats})`,
    results: [
      { label: 'extra runs spent by vary: all', count: extraRuns, target: '1 (the example depends on no factor)', ok: extraRuns === 1 },
      {
        label: `extra wall time of vary: all (one run takes ${runMs.toFixed(0)} ms)`,
        medianMs: extraMs,
        target: Math.round(budgetMs),
        ok: extraMs <= budgetMs
      }
    ]
  }
}
