/**
 * The runs stage with real processes: node and python3 experiments that pass, drift, crash,
 * write nothing, hang, or leave children behind.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { readInputs } from '../src/inputs/inputs.js'
import { runGate } from '../src/gate.js'
import { validateReport } from '../src/report/validate.js'
import type { Report } from '../src/report/types.js'
import { testEnv } from './support/env.js'

function experiment(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-exp-'))
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), body)
  return dir
}

async function gate(dir: string, values: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<Report> {
  const env = testEnv({ GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, '.runner-temp'), ...extraEnv })
  const all: Record<string, string> = { snapshot: 'false', baseline: 'false', ...values }
  const inputs = readInputs({ get: (n) => all[n] ?? '' }, env)
  const report = await runGate(inputs, { env, killGraceMs: 300 })
  expect(await validateReport(JSON.parse(readFileSync(inputs.reportPath, 'utf8')))).toEqual([])
  return report
}

/** A process is gone when it no longer exists or is a zombie waiting for a reaper that is not us. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z'
  } catch {
    return process.platform !== 'linux'
  }
}

/**
 * Processes whose command line holds `marker`, seen from here (a run's own PID namespace has pids
 * of its own, so a pid it writes down means nothing outside; a marker in the command line does).
 */
function runningWith(marker: string): number[] {
  if (process.platform !== 'linux') return []
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(marker) && alive(Number(p))
      } catch {
        return false
      }
    })
    .map(Number)
}

async function waitUntilNoneWith(marker: string): Promise<void> {
  for (let i = 0; i < 100 && runningWith(marker).length > 0; i++) await new Promise((r) => setTimeout(r, 50))
}

const seededNode = `
const seed = Number(process.env.REPRO_SEED)
let s = seed
const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648
const w = Array.from({ length: 5 }, rand)
require('fs').writeFileSync('metrics.json', JSON.stringify({ loss: w.reduce((a, b) => a + b) / 5, run: { seed }, curve: w }))
require('fs').mkdirSync('out', { recursive: true })
require('fs').writeFileSync('out/weights.bin', Buffer.from(new Float64Array(w).buffer))
console.log('trained with seed', seed, 'run', process.env.REPRO_RUN, 'of', process.env.REPRO_RUNS)
`

describe('runGate with real processes', () => {
  test('a deterministic node experiment is reproducible, artifacts included', async () => {
    const dir = experiment({ 'train.cjs': seededNode })
    const report = await gate(dir, { command: 'node train.cjs', runs: '3', artifacts: 'out/*.bin', seed: '7' })
    expect(report.verdict).toBe('reproducible')
    expect(report.runs.map((r) => r.exitCode)).toEqual([0, 0, 0])
    expect(report.metrics.find((m) => m.name === 'run.seed')?.values).toEqual([7, 7, 7])
    expect(report.metrics.find((m) => m.name === 'curve[4]')?.status).toBe('pass')
    expect(report.artifacts).toEqual([expect.objectContaining({ path: 'out/weights.bin', status: 'pass' })])
    expect(report.runs[0].outputTail).toContain('trained with seed 7 run 1 of 3')
    expect(report.seeds.set).toMatchObject({ REPRO_SEED: '7', PYTHONHASHSEED: '7' })
    // Each run's outputs were moved into its own folder, under RUNNER_TEMP; run 1's are back in the
    // working directory, as one plain run leaves them.
    expect(readFileSync(path.join(dir, 'metrics.json'))).toEqual(readFileSync(path.join(report.runs[0].outputDir, 'files', 'metrics.json')))
    expect(report.files?.inWorkspace).toEqual(['metrics.json', 'out/weights.bin'])
    for (const run of report.runs) {
      expect(run.outputDir.startsWith(path.join(dir, '.runner-temp'))).toBe(true)
      expect(existsSync(path.join(run.outputDir, 'files', 'metrics.json'))).toBe(true)
      expect(existsSync(path.join(run.outputDir, 'files', 'out', 'weights.bin'))).toBe(true)
    }
  })

  test('a python/numpy experiment seeded from REPRO_SEED is reproducible; unseeded it drifts', async () => {
    const script = (seeded: boolean) => `
import json, os, numpy as np
rng = np.random.default_rng(${seeded ? "int(os.environ['REPRO_SEED'])" : ''})
x = rng.normal(size=1000)
json.dump({"mean": float(x.mean()), "hash_seed": os.environ["PYTHONHASHSEED"], "nan": float("nan")}, open("metrics.json", "w"))
`
    const ok = await gate(experiment({ 'train.py': script(true) }), { command: 'python3 train.py' })
    expect(ok.verdict).toBe('reproducible')
    expect(ok.metrics.find((m) => m.name === 'nan')?.values).toEqual([{ nonFinite: 'NaN' }, { nonFinite: 'NaN' }])
    const drift = await gate(experiment({ 'train.py': script(false) }), { command: 'python3 train.py', tolerance: '1e-9' })
    expect(drift.verdict).toBe('drift')
    expect(drift.drifted).toEqual([{ kind: 'metric', name: 'mean' }])
    expect(drift.metrics[0]).toMatchObject({ name: 'mean', status: 'drift', driftRuns: [2] })
  })

  test('an unseeded artifact drifts bit for bit even when metrics agree', async () => {
    const dir = experiment({
      'train.cjs': `require('fs').writeFileSync('metrics.json', '{"a": 1}'); require('fs').writeFileSync('model.bin', String(Math.random()))`
    })
    const report = await gate(dir, { command: 'node train.cjs', artifacts: 'model.bin' })
    expect(report.verdict).toBe('drift')
    expect(report.drifted).toEqual([{ kind: 'artifact', name: 'model.bin' }])
    expect(report.artifacts[0]).toMatchObject({ status: 'drift', driftRuns: [2] })
  })

  test('a crash is an error naming the run and exit code, with the output tail; later runs are skipped', async () => {
    const dir = experiment({ 'train.py': 'print("loading data")\nraise SystemExit("CUDA out of memory")\n' })
    const report = await gate(dir, { command: 'python3 train.py', runs: '3' })
    expect(report.verdict).toBe('error')
    expect(report.runs).toHaveLength(1)
    expect(report.runs[0]).toMatchObject({ exitCode: 1, error: 'run 1 exited with code 1' })
    expect(report.runs[0].outputTail).toContain('CUDA out of memory')
    expect(report.errors.map((e) => e.message)).toEqual(['run 1 exited with code 1', '2 of 3 runs were not started because run 1 failed'])
  })

  test('bash -e -o pipefail: a failing stage of a pipeline fails the run', async () => {
    const report = await gate(experiment({}), { command: 'false | cat; echo \'{"a":1}\' > metrics.json' })
    expect(report.verdict).toBe('error')
  })

  test('no metrics written is an error naming the file and run', async () => {
    const report = await gate(experiment({}), { command: 'echo done', metrics: 'out/metrics.json' })
    expect(report.verdict).toBe('error')
    expect(report.errors[0].message).toBe(
      'run 1: out/metrics.json was not written (the experiment must write its metrics there; see the metrics input)'
    )
  })

  test('invalid metrics are an error naming the file and run; the remaining runs are not started', async () => {
    const report = await gate(experiment({}), { command: 'echo "[1,2]" > m.json', metrics: 'm.json', runs: '3' })
    expect(report.errors[0].message).toMatch(/^run 1: m.json must hold an object of metrics/)
    expect(report.runs).toHaveLength(1)
    expect(report.errors[1].message).toBe('2 of 3 runs were not started because run 1 failed')
  })

  test("metrics written only in run 1: run 2 cannot read run 1's file", async () => {
    const report = await gate(experiment({}), { command: '[ "$REPRO_RUN" = 1 ] && echo \'{"a": 1}\' > metrics.json || true' })
    expect(report.verdict).toBe('error')
    expect(report.runs.map((r) => r.error)).toEqual([
      null,
      'run 2: metrics.json was not written (the experiment must write its metrics there; see the metrics input)'
    ])
  })

  test('a metrics file that exists before run 1 is an input: restored, never destroyed', async () => {
    const dir = experiment({ 'metrics.json': '{"from": "before"}' })
    // Appends to whatever metrics.json holds: with a stale file, run 2 would see run 1's output.
    const script = `node -e "const f=require('fs');const m=JSON.parse(f.readFileSync('metrics.json'));m.n=(m.n||0)+1;f.writeFileSync('metrics.json',JSON.stringify(m))"`
    const report = await gate(dir, { command: script, runs: '3' })
    expect(report.verdict).toBe('reproducible')
    expect(report.metrics.find((m) => m.name === 'n')?.values).toEqual([1, 1, 1])
    // The working directory ends as run 1 left it; the bytes from before the gate are kept, named in the report.
    expect(readFileSync(path.join(dir, 'metrics.json'), 'utf8')).toBe('{"from":"before","n":1}')
    expect(report.files?.inputs).toEqual([expect.objectContaining({ path: 'metrics.json', after: 'run 1' })])
    expect(readFileSync(report.files!.inputs[0].saved, 'utf8')).toBe('{"from": "before"}')
  })

  test('an input the run does not rewrite is stale, and says so', async () => {
    const report = await gate(experiment({ 'metrics.json': '{"a": 1}' }), { command: 'true' })
    expect(report.errors[0].message).toMatch(/metrics.json was not rewritten by the run/)
  })

  test('a run past its timeout is killed with its whole process tree', async () => {
    const dir = experiment({})
    const marker = `rg-timeout-${randomUUID().slice(0, 8)}`
    // The child ignores SIGTERM and leaves its own process group: only the tree walk (or the namespace) ends it.
    const command = `setsid bash -c 'trap "" TERM; exec -a ${marker} sleep 300' & while ! pgrep -f '^${marker}' >/dev/null; do sleep 0.05; done; sleep 300`
    const started = Date.now()
    const report = await gate(dir, { command, 'timeout-minutes': '0.05' })
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(report.verdict).toBe('error')
    expect(report.runs[0]).toMatchObject({ timedOut: true })
    expect(report.errors[0].message).toMatch(/run 1 timed out after 0.05 minute\(s\)/)
    await waitUntilNoneWith(marker)
    expect(runningWith(marker)).toEqual([])
  })

  test('background processes left by a run do not outlive it', async () => {
    const dir = experiment({})
    const marker = `rg-bg-${randomUUID().slice(0, 8)}`
    const report = await gate(dir, {
      command: `(exec -a ${marker} sleep 300 &); while ! pgrep -f '^${marker}' >/dev/null; do sleep 0.05; done; echo '{"a":1}' > metrics.json`
    })
    expect(report.verdict).toBe('reproducible')
    await waitUntilNoneWith(marker)
    expect(runningWith(marker)).toEqual([])
  })

  test('a process that left the session, holding our output pipe or not, is ended with its run', async () => {
    const dir = experiment({})
    const marker = `rg-session-${randomUUID().slice(0, 8)}`
    const holder = path.join(dir, 'holder.pid')
    const daemon = path.join(dir, 'daemon.pid')
    // Each leftover writes its pid once it is running for good (no exec after that), and each run
    // starts from empty pid files, so the run ends only after both are in place.
    const command = [
      `rm -f ${holder} ${daemon}`,
      `setsid bash -c ': ${marker}-holder; echo $$ > ${holder}; while :; do sleep 1; done' &`,
      `setsid bash -c ': ${marker}-daemon; echo $$ > ${daemon}; while :; do sleep 1; done' </dev/null >/dev/null 2>&1 &`,
      `while [ ! -s ${holder} ] || [ ! -s ${daemon} ]; do sleep 0.05; done`,
      `echo '{"a": 1}' > metrics.json`
    ].join('\n')
    const started = Date.now()
    const report = await gate(dir, { command, runs: '2' })
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(report.verdict).toBe('reproducible')
    for (const which of ['holder', 'daemon']) {
      await waitUntilNoneWith(`${marker}-${which}`)
      expect(runningWith(`${marker}-${which}`)).toEqual([])
    }
  })

  test('cancellation kills the run, and the report is still written', async () => {
    const dir = experiment({})
    const env = testEnv({ GITHUB_WORKSPACE: dir })
    const values: Record<string, string> = { command: 'touch started; sleep 300', snapshot: 'false', baseline: 'false' }
    const inputs = readInputs({ get: (n) => values[n] ?? '' }, env)
    const controller = new AbortController()
    const running = runGate(inputs, { env, signal: controller.signal, killGraceMs: 200 })
    while (!existsSync(path.join(dir, 'started'))) await new Promise((r) => setTimeout(r, 25))
    controller.abort()
    const report = await running
    expect(report.verdict).toBe('error')
    expect(report.runs[0].cancelled).toBe(true)
    expect(JSON.parse(readFileSync(inputs.reportPath, 'utf8')).verdict).toBe('error')
  })

  test("the experiment sees the seed variables but not the gate's inputs or tokens", async () => {
    const dir = experiment({})
    const report = await gate(
      dir,
      {
        command: `node -e "require('fs').writeFileSync('metrics.json', JSON.stringify({keys: Object.keys(process.env).filter(k => /^(INPUT_|ACTIONS_|REPRO_|PYTHONHASHSEED|TF_DETERMINISTIC|TF_CUDNN)/.test(k)).sort().join(',')}))"`,
        determinism: 'strict'
      },
      { 'INPUT_GITHUB-TOKEN': 'secret', ACTIONS_RUNTIME_TOKEN: 'secret', TF_DETERMINISTIC_OPS: '0' }
    )
    expect(report.metrics[0].values[0]).toBe(
      'PYTHONHASHSEED,REPRO_GATE_TRACKING_ID,REPRO_OUTPUT_DIR,REPRO_RUN,REPRO_RUNS,REPRO_SEED,TF_CUDNN_DETERMINISTIC,TF_DETERMINISTIC_OPS'
    )
    expect(report.seeds.keptFromUser).toEqual({ TF_DETERMINISTIC_OPS: '0' })
  })
})

test('with the snapshot on, the report carries the environment and lockfiles and stays valid', async () => {
  const dir = experiment({ 'requirements.txt': 'numpy==2.4.6\nrequests>=2\n', 'data.csv': 'a,b\n1,2\n' })
  const report = await gate(dir, { command: `echo '{"a": 1}' > metrics.json`, snapshot: 'true', data: '*.csv' })
  expect(report.verdict).toBe('reproducible')
  expect(report.environment?.fingerprint).toMatch(/^[0-9a-f]{64}$/)
  expect(report.environment?.data).toEqual([expect.objectContaining({ path: 'data.csv', bytes: 8 })])
  expect(report.lockfiles).toEqual([
    expect.objectContaining({ path: 'requirements.txt', format: 'pip', packageCount: 1, unpinned: [{ name: 'requests', spec: '>=2' }] })
  ])
})

test('git is available for the lockfile detection tests', () => {
  expect(execFileSync('git', ['--version']).toString()).toMatch(/git version/)
})
