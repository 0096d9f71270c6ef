// Where the test suite's time goes: `npm run test:profile [-- jest arguments]` runs jest (every
// project, or what the arguments select) and prints, per test file, its wall time and its CPU time
// (the jest worker's own and that of the processes the file spawned), slowest CPU first, then the
// totals. CPU time says more than wall time on a shared machine: it hardly moves with the load.
// Linux only (it reads /proc).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'

const log = path.join(mkdtempSync(path.join(tmpdir(), 'rg-test-profile-')), 'files.jsonl')
const cpu = () => {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const [u, s, cu, cs] = stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 15)
    .map(Number)
  return (u + s + cu + cs) / 100
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')

const loadBefore = load()
const cpuBefore = cpu()
const startedAt = Date.now()
const jest = spawnSync(
  process.execPath,
  ['node_modules/jest/bin/jest.js', '-c', 'scripts/test-profile/jest.config.js', ...process.argv.slice(2)],
  {
    cwd: path.resolve(import.meta.dirname, '..'),
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', REPRO_GATE_TEST_PROFILE: log }
  }
)
const wall = (Date.now() - startedAt) / 1000
const total = cpu() - cpuBefore

let files = []
try {
  files = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
} catch {
  // no file finished
}
files.sort((a, b) => b.self + b.children - (a.self + a.children))
const root = path.resolve(import.meta.dirname, '..') + path.sep
const col = (v, w = 7) => v.toFixed(1).padStart(w)
console.log(`\n${'cpu s'.padStart(7)}${'own'.padStart(7)}${'spawned'.padStart(8)}${'wall s'.padStart(7)}  test file`)
for (const f of files)
  console.log(`${col(f.self + f.children)}${col(f.self)}${col(f.children, 8)}${col(f.wall)}  ${f.file.replace(root, '')}`)
const sum = (k) => files.reduce((n, f) => n + f[k], 0)
console.log(`${col(sum('self') + sum('children'))}${col(sum('self'))}${col(sum('children'), 8)}${col(sum('wall'))}  ${files.length} files`)
console.log(`\njest: ${wall.toFixed(1)} s wall, ${total.toFixed(1)} s CPU (user + sys, itself and every process it waited for)`)
console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`)
process.exitCode = jest.status ?? 1
