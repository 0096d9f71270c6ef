// The gate's own overhead: wall time of a whole CLI invocation minus the time its experiment
// runs took (from the report), as medians over repeated runs, for the bundled example and a
// trivial experiment, with and without the environment snapshot.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function overhead(args, cwd, repeats) {
  const samples = []
  for (let i = 0; i < repeats; i++) {
    const report = path.join(cwd, `bench-report-${i}.json`)
    const started = process.hrtime.bigint()
    const res = spawnSync(process.execPath, [path.resolve('dist/cli.js'), '--report-path', report, ...args], { cwd, encoding: 'utf8' })
    const wall = Number(process.hrtime.bigint() - started) / 1e6
    if (res.status !== 0) throw new Error(`gate failed (${res.status}): ${res.stderr}`)
    const runs = JSON.parse(readFileSync(report, 'utf8')).runs.reduce((sum, r) => sum + r.durationMs, 0)
    samples.push(wall - runs)
  }
  return median(samples)
}

export async function bench() {
  const repeats = Number(process.env.BENCH_REPEATS ?? 7)
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-bench-'))
  cpSync('examples', path.join(ws, 'examples'), { recursive: true })
  const trivial = path.join(ws, 'trivial')
  execFileSync('mkdir', ['-p', trivial])
  writeFileSync(path.join(trivial, 'train.sh'), `echo '{"accuracy": 0.5}' > metrics.json\n`)
  const example = ['--working-directory', 'examples/node-logreg', '--runs', '3', '--artifacts', 'out/*.json', '--', 'node', 'train.mjs']
  // pyenv's shim costs ~150 ms per python start on this machine; setup-python on a runner gives a
  // real binary. Both are measured, so the gate's own cost is visible apart from the shim's.
  const realPython = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim()
  const results = [
    { label: 'overhead, bundled example, no snapshot (median ms)', medianMs: overhead(['--no-snapshot', ...example], ws, repeats), target: 300 },
    { label: 'overhead, trivial experiment, no snapshot (median ms)', medianMs: overhead(['--no-snapshot', '--', 'bash', 'train.sh'], trivial, repeats), target: 300 },
    { label: 'overhead, trivial experiment, full snapshot (median ms)', medianMs: overhead(['--', 'bash', 'train.sh'], trivial, repeats), target: 400 },
    {
      label: `overhead, trivial experiment, full snapshot, --python ${realPython} (median ms)`,
      medianMs: overhead(['--python', realPython, '--', 'bash', 'train.sh'], trivial, repeats),
      target: 400
    },
    { label: 'overhead, bundled example, full snapshot (median ms)', medianMs: overhead(example, ws, repeats), target: 400 }
  ]
  return { name: 'gate overhead', results: results.map((r) => ({ ...r, ok: r.medianMs <= r.target })) }
}
