// A million metrics: one CLI invocation over an experiment that writes 1,000,000 numeric metrics
// (scripts/bench/experiments/many-metrics.mjs; 25 of them drift, a `timing` section is ignored),
// 3 runs, no snapshot. Measured: the gate's overhead (wall time minus the runs' own), the time in
// compare and render (the gate's debug timings, REPRO_GATE_DEBUG), the gate process's peak RSS, the
// report's size, the time to read it back, and the PR comment's and job summary's sizes. METRICS=… and BENCH_RUNS=… change the scale;
// BENCH_CLI=<path> measures another build (e.g. main's dist/cli.js, for a before/after).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

// Printed by the gate process itself at exit: its own peak RSS, not the experiment's.
// Its CPU time too (its own threads, not the experiment's): on a shared machine, wall time is
// mostly waiting for a core, and CPU time is what the gate itself spends.
const PEAK_RSS = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('bench-peak-rss-kib '+u.maxRSS+' cpu-us '+(u.userCPUTime+u.systemCPUTime)+'\\n')})`

/** `debug: <phase> at <n> ms` lines of the gate, as a map of phase to ms since the process started. */
function phases(stderr) {
  const at = new Map()
  for (const m of stderr.matchAll(/^debug: (.+?) at (\d+) ms/gm)) at.set(m[1], Number(m[2]))
  return at
}

export async function bench() {
  const metrics = Number(process.env.METRICS ?? 1_000_000)
  const runs = Number(process.env.BENCH_RUNS ?? 3)
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-bench-metrics-'))
  const report = path.join(ws, 'repro-report.json')
  const { readFileSync } = await import('node:fs')
  const args = [
    // BENCH_CPU_PROF=<dir>: also write a V8 CPU profile of the gate there (node --cpu-prof).
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.env.BENCH_CPU_PROF)] : []),
    '--import',
    PEAK_RSS,
    path.resolve(process.env.BENCH_CLI ?? 'dist/cli.js'),
    '--report-path',
    report,
    '--no-snapshot',
    '--runs',
    String(runs),
    '--tolerance',
    'atol=1e-12',
    '--tolerances',
    'curves.**: rtol=1e-6',
    '--tolerances',
    'eval.*.per_class[*]: atol=1e-9',
    '--ignore',
    'timing.**',
    '--',
    'node',
    path.resolve('scripts/bench/experiments/many-metrics.mjs')
  ]
  const started = process.hrtime.bigint()
  const res = spawnSync(process.execPath, args, {
    cwd: ws,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, METRICS: String(metrics), REPRO_GATE_DEBUG: '1' }
  })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  if (res.status !== 1) throw new Error(`expected the drift exit code 1, got ${res.status}: ${res.stderr.slice(-3000)}`)
  const json = JSON.parse(readFileSync(report, 'utf8'))
  const runMs = json.runs.reduce((sum, r) => sum + r.durationMs, 0)
  const overheadMs = wallMs - runMs
  const reportMiB = statSync(report).size / 2 ** 20
  const usage = /bench-peak-rss-kib (\d+) cpu-us (\d+)/.exec(res.stderr)
  const rssMiB = Number(usage?.[1] ?? NaN) / 1024
  const cpuMs = Number(usage?.[2] ?? NaN) / 1000
  const at = phases(res.stderr)
  const span = (from, to) => (at.has(from) && at.has(to) ? at.get(to) - at.get(from) : NaN)
  const compareMs = span('runs done', 'report built')
  const renderMs = span('report written', 'rendered')
  const drifted = json.drifted.filter((d) => d.kind === 'metric').length
  // The PR comment and the job summary of this report, rendered from the file as publish mode
  // reads it (build/ is the compiled src/ that bench.mjs makes).
  const { readReportFile } = await import(path.resolve('build/src/report/write.js'))
  const { renderMarkdown } = await import(path.resolve('build/src/report/markdown.js'))
  let t = performance.now()
  const read = await readReportFile(report)
  const readMs = performance.now() - t
  t = performance.now()
  const comment = renderMarkdown(read, { target: 'comment' })
  const commentMs = performance.now() - t
  const summaryBytes = Buffer.byteLength(renderMarkdown(read, { target: 'summary' }))
  const { escaperFor } = await import(path.resolve('build/src/report/render/escape.js'))
  const named = json.drifted.filter((d) => d.kind === 'metric' && comment.includes(escaperFor('comment')(d.name))).length
  rmSync(ws, { recursive: true, force: true })
  const note = `runs took ${(runMs / 1000).toFixed(1)} s, wall ${(wallMs / 1000).toFixed(1)} s`
  return {
    name: `${metrics.toLocaleString('en')} metrics, ${runs} runs, no snapshot (${drifted} drifting)`,
    results: [
      { label: 'gate overhead beyond the runs (ms)', medianMs: overheadMs, target: 10_000, ok: overheadMs <= 10_000, note },
      {
        label: 'CPU time of the gate process, runs excluded (ms)',
        medianMs: cpuMs,
        target: 10_000,
        ok: cpuMs <= 10_000,
        note: 'all its threads: GC included'
      },
      {
        label: 'compare + render (ms)',
        medianMs: compareMs + renderMs,
        target: 2_000,
        ok: compareMs + renderMs <= 2_000,
        note: `compare ${compareMs} ms, render ${renderMs} ms; redact ${span('report built', 'redacted')} ms, validate + write ${span('redacted', 'report written')} ms`
      },
      { label: 'peak RSS of the gate process (MiB)', value: rssMiB.toFixed(0), target: '≤ 1024', ok: rssMiB <= 1024 },
      // Version 1 wrote ~480 bytes a metric (2 runs); a name and one value are ~50.
      {
        label: 'report size (MiB)',
        value: reportMiB.toFixed(1),
        target: `≤ ${((metrics * 100) / 2 ** 20).toFixed(0)} (100 bytes a metric)`,
        ok: reportMiB <= (metrics * 100) / 2 ** 20
      },
      { label: 'report read back (diff, replay, publish) (ms)', medianMs: readMs, target: 10_000, ok: readMs <= 10_000 },
      {
        label: 'PR comment (chars)',
        value: comment.length,
        target: '≤ 65536, naming every drifting metric',
        ok: comment.length <= 65_536 && named === drifted,
        note: `${named} of ${drifted} drifting metrics named; rendered in ${commentMs.toFixed(0)} ms`
      },
      { label: 'job summary (bytes)', value: summaryBytes, target: '≤ 1048576', ok: summaryBytes <= 1_048_576 },
      { label: 'drifting metrics found', count: drifted, target: '25', ok: drifted === 25 }
    ]
  }
}
