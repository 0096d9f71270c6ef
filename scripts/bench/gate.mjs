// The gate's own cost, as issue #11 defines it: overhead = the gate's wall time minus the wall time
// of bash running the same command the same number of times, in the same folder. Each round runs
// the yardstick (`node -e 0`), the plain bash loop and the gate back to back, so a busy machine
// slows all three alike; the figures are medians over the rounds.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function wall(file, args, cwd) {
  const started = process.hrtime.bigint()
  const res = spawnSync(file, args, { cwd, encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (res.status !== 0) throw new Error(`${file} ${args.join(' ')} failed (${res.status}): ${res.stderr}`)
  return ms
}

/** Medians of node -e 0, bash running `script` `runs` times, and the gate running it `runs` times. */
function measure({ cwd, script, runs, gateArgs, rounds }) {
  const node = [],
    plain = [],
    gate = [],
    load = []
  const loop = `for i in $(seq ${runs}); do bash ${script}; done`
  for (let i = 0; i < rounds; i++) {
    node.push(wall(process.execPath, ['-e', '0'], cwd))
    // Node's start plus loading the CLI (--version loads the same chunks a gate does up to the plan):
    // the part of the overhead no gate run can avoid, beside which the runs and the report are counted.
    load.push(wall(process.execPath, [path.resolve('dist/cli.js'), '--version'], cwd))
    plain.push(wall('bash', ['-c', loop], cwd))
    const report = path.join(cwd, `bench-report-${i}.json`)
    gate.push(
      wall(
        process.execPath,
        [path.resolve('dist/cli.js'), '--report-path', report, '--runs', String(runs), ...gateArgs, '--', 'bash', script],
        cwd
      )
    )
  }
  return { node: median(node), load: median(load), overhead: median(gate.map((g, i) => g - plain[i])) }
}

export async function bench() {
  const rounds = Number(process.env.BENCH_REPEATS ?? 9)
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-bench-gate-'))
  mkdirSync(ws, { recursive: true })
  writeFileSync(path.join(ws, 'trivial.sh'), `echo '{"accuracy": 0.5}' > metrics.json\n`)
  writeFileSync(path.join(ws, 'one-second.sh'), `sleep 1\necho '{"accuracy": 0.5}' > metrics.json\n`)
  // On a runner with setup-python, python3 is a real binary; here it is pyenv's shim, which the
  // snapshot resolves without starting it. Both paths are the default `python3`.
  const bare = measure({ cwd: ws, script: 'trivial.sh', runs: 2, gateArgs: ['--no-snapshot'], rounds })
  const many = measure({ cwd: ws, script: 'trivial.sh', runs: 10, gateArgs: ['--no-snapshot'], rounds })
  const snapTrivial = measure({ cwd: ws, script: 'trivial.sh', runs: 2, gateArgs: [], rounds })
  const snapSecond = measure({ cwd: ws, script: 'one-second.sh', runs: 2, gateArgs: [], rounds: Math.max(3, Math.ceil(rounds / 2)) })
  const perRun = (many.overhead - bare.overhead) / 8
  const yardstick = bare.node
  const results = [
    {
      label: `overhead, trivial experiment, 2 runs, no snapshot (yardstick: node -e 0 = ${yardstick.toFixed(0)} ms)`,
      medianMs: bare.overhead,
      target: Math.round(1.5 * yardstick),
      note:
        `${(bare.overhead / yardstick).toFixed(2)}× node -e 0, target ≤ 1.5×; of it, starting Node and loading the CLI ` +
        `(repro-gate --version) ${bare.load.toFixed(0)} ms, the runs' containment and the report the rest`
    },
    { label: 'cost per run beyond the command ((10 runs − 2 runs) / 8, no snapshot)', medianMs: perRun, target: 20 },
    { label: 'overhead, 1-second experiment, 2 runs, full snapshot (hidden behind run 1)', medianMs: snapSecond.overhead, target: 250 },
    {
      label: `overhead, trivial experiment, 2 runs, full snapshot (yardstick: 2× the no-snapshot figure)`,
      medianMs: snapTrivial.overhead,
      target: Math.round(2 * bare.overhead),
      note: `${(snapTrivial.overhead / bare.overhead).toFixed(2)}× no-snapshot`
    }
  ]
  execFileSync('rm', ['-rf', ws])
  return {
    name: 'gate overhead (gate wall − bash running the same command as often, medians of interleaved rounds)',
    results: results.map((r) => ({ ...r, ok: r.medianMs <= r.target }))
  }
}
