// The gate's own cost, as issue #11 defines it: overhead = the gate's wall time minus the wall time
// of bash running the same command the same number of times, in the same folder. Each round runs
// the yardstick (`node -e 0`), the plain bash loop and the gate back to back, so a busy machine
// slows all three alike; the figures are medians over the rounds.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/**
 * The floors under the no-snapshot figure: the least any Node program can do that runs the command
 * `runs` times and writes what the runs wrote as JSON, with no checks, no plan and no report. The
 * plain floor spawns bash per run; the contained floor does what the gate's spawner does per run
 * (src/runs/spawner.ts: one Perl forks a PID and mount namespace with its own /proc for each run,
 * and the run's PID 1 starts the command), and is measured only where that is allowed: as root, on
 * an architecture the spawner knows the syscalls of.
 */
const FLOOR = String.raw`
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
const [mode, runs, script] = process.argv.slice(2)
const metrics = []
const collect = () => metrics.push(JSON.parse(readFileSync('metrics.json', 'utf8')))
const done = () => writeFileSync('floor.json', JSON.stringify({ metrics }))
const command = ['bash', '-e', '-o', 'pipefail', '-c', 'bash ' + script]
if (mode === 'plain') {
  for (let i = 0; i < Number(runs); i++) {
    spawnSync(command[0], command.slice(1), { stdio: 'ignore' })
    collect()
  }
  done()
} else {
  // The syscall numbers come from the spawner's table for this architecture: unshare, mount, setns, exit_group.
  const [unshare, mount, setns, exit] = process.argv.slice(5)
  const perl = 'my ($n, $nu, $nm, $ns, $ne, @cmd) = @ARGV; open(my $own, "<", "/proc/self/ns/pid") or die;' +
    'for my $i (1..$n) { syscall($ns + 0, fileno($own), 0x20000000); syscall($nu + 0, 0x20000000) == 0 or die "unshare: $!";' +
    ' my $init = fork(); if ($init == 0) { syscall($nu + 0, 0x20000) == 0 or die; my ($x, $r, $p, $d) = ("none", "/", "proc", "/proc");' +
    ' syscall($nm + 0, $x, $r, 0, 0x44000, 0) == 0 or die; syscall($nm + 0, $p, $d, $p, 14, 0) == 0 or die;' +
    ' my $c = fork(); if ($c == 0) { exec { $cmd[0] } @cmd } waitpid($c, 0); syscall($ne + 0, 0) }' +
    ' waitpid($init, 0); syswrite(STDOUT, "d") }'
  const child = spawn('perl', ['-e', perl, runs, unshare, mount, setns, exit, ...command], { stdio: ['ignore', 'pipe', 'inherit'] })
  child.stdout.on('data', (chunk) => { for (let i = 0; i < chunk.length; i++) collect() })
  child.on('close', (code) => { if (code !== 0) process.exit(1); done() })
}
`

function wall(file, args, cwd) {
  const started = process.hrtime.bigint()
  const res = spawnSync(file, args, { cwd, encoding: 'utf8' })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (res.status !== 0) throw new Error(`${file} ${args.join(' ')} failed (${res.status}): ${res.stderr}`)
  return ms
}

/** Medians of node -e 0, bash running `script` `runs` times, and the gate running it `runs` times. */
function measure({ cwd, script, runs, gateArgs, rounds, floors = false, syscalls = null }) {
  const node = [],
    plain = [],
    gate = [],
    load = [],
    floorPlain = [],
    floorContained = []
  const contained = floors && syscalls !== null && process.getuid?.() === 0
  // unshare, mount, setns, exit_group: the spawner's table is [unshare, mount, prctl, setns, exit_group].
  const numbers = syscalls ? [syscalls[0], syscalls[1], syscalls[3], syscalls[4]].map(String) : []
  const loop = `for i in $(seq ${runs}); do bash ${script}; done`
  for (let i = 0; i < rounds; i++) {
    node.push(wall(process.execPath, ['-e', '0'], cwd))
    // Node's start plus loading the CLI (--version loads the same chunks a gate does up to the plan):
    // the part of the overhead no gate run can avoid, beside which the runs and the report are counted.
    load.push(wall(process.execPath, [path.resolve('dist/cli.js'), '--version'], cwd))
    plain.push(wall('bash', ['-c', loop], cwd))
    if (floors) floorPlain.push(wall(process.execPath, ['floor.mjs', 'plain', String(runs), script], cwd))
    if (contained) floorContained.push(wall(process.execPath, ['floor.mjs', 'contained', String(runs), script, ...numbers], cwd))
    const report = path.join(cwd, `bench-report-${i}.json`)
    gate.push(
      wall(
        process.execPath,
        [path.resolve('dist/cli.js'), '--report-path', report, '--runs', String(runs), ...gateArgs, '--', 'bash', script],
        cwd
      )
    )
  }
  const over = (xs) => (xs.length ? median(xs.map((g, i) => g - plain[i])) : undefined)
  return {
    node: median(node),
    load: median(load),
    overhead: over(gate),
    floorPlain: over(floorPlain),
    floorContained: over(floorContained)
  }
}

export async function bench() {
  const rounds = Number(process.env.BENCH_REPEATS ?? 9)
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-bench-gate-'))
  mkdirSync(ws, { recursive: true })
  writeFileSync(path.join(ws, 'trivial.sh'), `echo '{"accuracy": 0.5}' > metrics.json\n`)
  writeFileSync(path.join(ws, 'one-second.sh'), `sleep 1\necho '{"accuracy": 0.5}' > metrics.json\n`)
  writeFileSync(path.join(ws, 'floor.mjs'), FLOOR)
  // On a runner with setup-python, python3 is a real binary; here it is pyenv's shim, which the
  // snapshot resolves without starting it. Both paths are the default `python3`.
  const { spawnerSyscalls } = await import('../../build/src/runs/spawner.js')
  const syscalls = spawnerSyscalls()
  const bare = measure({ cwd: ws, script: 'trivial.sh', runs: 2, gateArgs: ['--no-snapshot'], rounds, floors: true, syscalls })
  const many = measure({ cwd: ws, script: 'trivial.sh', runs: 10, gateArgs: ['--no-snapshot'], rounds })
  const snapTrivial = measure({ cwd: ws, script: 'trivial.sh', runs: 2, gateArgs: [], rounds })
  const snapSecond = measure({ cwd: ws, script: 'one-second.sh', runs: 2, gateArgs: [], rounds: Math.max(3, Math.ceil(rounds / 2)) })
  const perRun = (many.overhead - bare.overhead) / 8
  const yardstick = bare.node
  const ratio = (ms) => `${(ms / yardstick).toFixed(2)}×`
  const floors =
    `; floors, the least a Node program can do that runs the command twice and writes their metrics as JSON: ` +
    `${ratio(bare.floorPlain)} (bash spawned per run)` +
    (bare.floorContained !== undefined
      ? `, ${ratio(bare.floorContained)} (each run in a PID namespace of its own, as the gate runs them)`
      : '')
  const results = [
    {
      label: `overhead, trivial experiment, 2 runs, no snapshot (yardstick: node -e 0 = ${yardstick.toFixed(0)} ms)`,
      medianMs: bare.overhead,
      target: Math.round(1.5 * yardstick),
      note:
        `${(bare.overhead / yardstick).toFixed(2)}× node -e 0, target ≤ 1.5×; of it, starting Node and loading the CLI ` +
        `(repro-gate --version) ${bare.load.toFixed(0)} ms, the runs' containment and the report the rest` +
        floors
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
