/**
 * Hidden nondeterminism end to end through the committed dist/index.js: one tiny experiment per
 * factor, diagnosed together under `vary: all`, each factor named for its own experiment only; a control never flagged;
 * every varied value seen by the experiment itself (it writes what it saw to REPRO_OUTPUT_DIR);
 * the hostname fallback; the seed audit; the likely cause of a same-environment drift; the CLI flags.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { repoRoot, runAction } from '../support/action.js'
import { validateReport } from '../../src/report/validate.js'
import type { Report } from '../../src/report/types.js'
import { FACTORS, type FactorName } from '../../src/vary/types.js'

const FIXTURES = path.join(repoRoot, '__tests__/fixtures/vary')
// The real interpreter, not a version manager's shim (which costs a shell start per run).
const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim()
const PATH = `${path.dirname(python)}:${process.env.PATH ?? '/usr/bin:/bin'}`
const locales = spawnSync('locale', ['-a'], { encoding: 'utf8' }).stdout ?? ''
const hasLocales = /^(en_US|fr_CH)\.utf-?8$/im.test(locales)
if (!hasLocales) console.warn('skipping the locale experiment: no en_US.UTF-8 or fr_CH.UTF-8 here (.ci/run installs Debian locales)')

function workspace(): { ws: string; home: string } {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-vary-ws-'))
  cpSync(FIXTURES, path.join(ws, 'exp'), { recursive: true })
  const home = mkdtempSync(path.join(tmpdir(), 'rg-vary-home-'))
  mkdirSync(path.join(home, '.config/repro-fixture'), { recursive: true })
  writeFileSync(path.join(home, '.config/repro-fixture/settings.json'), '{"lr": 0.01}')
  return { ws, home }
}

const quiet = { comment: 'never', baseline: 'false', snapshot: 'false', 'working-directory': 'exp' }

async function gate(command: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const { ws, home } = workspace()
  const run = await runAction({
    workspace: ws,
    inputs: { ...quiet, command, ...inputs },
    env: { PATH, HOME: home, LANG: 'C.UTF-8', TZ: 'UTC', ...env },
    timeoutMs: 120_000
  })
  const report = JSON.parse(readFileSync(path.join(ws, 'exp/repro-report.json'), 'utf8')) as Report
  expect(await validateReport(report)).toEqual([])
  return { run, report }
}

const seen = (runDir: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(runDir, 'output/seen.json'), 'utf8'))

/** What the experiment saw of each factor. */
const observed: Record<FactorName, (s: Record<string, unknown>) => unknown> = {
  hashseed: (s) => s.PYTHONHASHSEED,
  timezone: (s) => s.utcOffset,
  locale: (s) => s.collate ?? s.LC_ALL,
  threads: (s) => s.threads ?? s.OMP_NUM_THREADS,
  cwd: (s) => s.cwd,
  umask: (s) => s.umask,
  home: (s) => s.HOME,
  hostname: (s) => s.hostname
}

/** Each factor's experiment (a module of factors.py, also a script of its own): its metrics are prefixed with its name. */
const experiment: Record<FactorName, string> = {
  hashseed: 'hashseed',
  timezone: 'timezone',
  locale: 'locale_sort',
  threads: 'threads_sum',
  cwd: 'cwd_seed',
  umask: 'umask_mode',
  home: 'home_config',
  hostname: 'hostname_shard'
}

describe('vary: all', () => {
  // One run of every per-factor experiment at once (factors.py imports each): the diagnosis must tie
  // each factor to exactly its own experiment's metrics, which is what naming a one-factor experiment
  // for that factor only means, at one interpreter start per run instead of one per experiment.
  test('each factor is named for exactly the experiment that depends on it, which saw the varied value', async () => {
    const root = process.getuid?.() === 0
    if (!root) console.warn('hostname: not varied here (unshare --uts needs root on this machine)')
    const { run, report } = await gate('python3 factors.py', { vary: 'all' })
    const expected = FACTORS.filter((f) => (f !== 'locale' || hasLocales) && (f !== 'hostname' || root))
    expect(run.outputs['sensitive-to']).toBe(JSON.stringify(expected))
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ verdict: 'drift', reproducible: 'false', 'drifted-count': String(expected.length) })
    expect(JSON.parse(run.outputs.drifted)).toEqual(expected.map((name) => ({ kind: 'variation', name })))
    const v = report.variations!
    expect(v.status).toBe('sensitive')
    expect(v.runs).toHaveLength(1 + v.factors.filter((f) => f.varied).length)
    const before = seen(report.runs[0].outputDir)
    for (const factor of expected) {
      const culprit = v.culprits.find((c) => c.factor === factor)!
      if (factor === 'home') {
        // Without ~/.config the experiment fails: that failure is the finding, with its error.
        expect(culprit.error).toMatch(/^exited with code 1: FileNotFoundError/)
      } else {
        expect(culprit.changes.length).toBeGreaterThan(0)
        for (const change of culprit.changes) expect([factor, change.name.split('.')[0]]).toEqual([factor, experiment[factor]])
      }
      const alone = v.runs.find((r) => r.factors.length === 1 && r.factors[0] === factor)!
      const varied = observed[factor](seen(alone.outputDir))
      expect([factor, varied]).not.toEqual([factor, observed[factor](before)])
      const record = v.factors.find((f) => f.name === factor)!
      if (['hashseed', 'cwd', 'umask', 'hostname', 'threads'].includes(factor))
        expect([factor, String(varied)]).toEqual([factor, record.value])
      if (factor === 'home') expect(String(varied)).toBe(record.value!.replace(/ \(empty\)$/, ''))
      expect(run.summary).toContain(`**${factor}** — with`)
    }
    expect(run.summary).toContain('**❌ Variations**: sensitive to')
  })

  test('the control is never flagged, yet every factor reached it in the one varied run; its seed is wired', async () => {
    const { run, report } = await gate('node control.mjs', { vary: 'all', 'seed-audit': 'fail' })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ verdict: 'reproducible', 'sensitive-to': '[]', 'seed-wired': 'true' })
    const v = report.variations!
    expect(v.status).toBe('insensitive')
    expect(v.runs).toHaveLength(1)
    const varied = v.factors.filter((f) => f.varied).map((f) => f.name)
    const before = seen(report.runs[0].outputDir)
    const after = seen(v.runs[0].outputDir)
    for (const factor of varied) expect([factor, observed[factor](after)]).not.toEqual([factor, observed[factor](before)])
    expect(varied.length).toBeGreaterThanOrEqual(process.getuid?.() === 0 ? 8 : 7)
    expect(report.seedAudit).toMatchObject({ wired: true, variables: { REPRO_SEED: '43', PL_GLOBAL_SEED: '43' } })
    expect(report.seedAudit!.message).toMatch(/^changing REPRO_SEED and PL_GLOBAL_SEED 42 → 43 moves 2 of 2 metrics: the seed is wired/)
    expect(run.summary).toContain('**✅ Seed audit** (fail): changing REPRO\\_SEED')
    expect(run.summary).toMatch(/tolerance exact · seed spread \d/)
    expect(run.summary).toContain('**✅ Variations**: insensitive to')
  })
})

describe('where a factor cannot be varied', () => {
  test('hostname is "not varied" with the reason, and never blamed', async () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'rg-vary-bin-'))
    for (const [name, message] of [
      ['unshare', 'unshare: unshare failed: Operation not permitted'],
      ['sudo', 'sudo: a password is required']
    ]) {
      writeFileSync(path.join(bin, name), `#!/bin/sh\necho "${message}" >&2\nexit 1\n`)
      chmodSync(path.join(bin, name), 0o755)
    }
    const { run, report } = await gate('python3 hostname_shard.py', { vary: 'hostname,umask' }, { PATH: `${bin}:${PATH}` })
    expect(run.code).toBe(0)
    expect(run.outputs['sensitive-to']).toBe('[]')
    const hostname = report.variations!.factors.find((f) => f.name === 'hostname')!
    expect(hostname).toMatchObject({ varied: false, value: null })
    expect(hostname.reason).toMatch(
      /^no way to set another host name here \(unshare --uts: unshare: unshare failed: Operation not permitted; .*sudo -n: sudo: a password is required\)$/
    )
    expect(report.variations!.status).toBe('insensitive')
    expect(run.stdout).toMatch(/::warning::vary: hostname not varied: no way to set another host name/)
    expect(run.summary).toContain('not varied: no way to set another host name here')
  })
})

describe('seed audit and likely causes', () => {
  test('an experiment that ignores REPRO_SEED fails the audit under fail, saying what to check', async () => {
    const { run, report } = await gate('node seed-ignored.mjs', { 'seed-audit': 'fail' })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ verdict: 'error', 'seed-wired': 'false', 'sensitive-to': '' })
    expect(report.errors[0].message).toMatch(
      /^seed-audit: changing REPRO_SEED and PL_GLOBAL_SEED 42 → 43 changed no metric and no artifact: the seed is probably not wired/
    )
  })

  test('a rounding-scale drift with several threads: likely reduction order', async () => {
    const { run, report } = await gate('node rounding-drift.mjs', {}, { OMP_NUM_THREADS: '4' })
    expect(run.outputs.verdict).toBe('drift')
    expect(report.likelyCause).toMatchObject({ kind: 'reduction-order' })
    expect(report.likelyCause!.evidence[1]).toBe(
      'the runs had up to 4 threads (OMP_NUM_THREADS 4, ' + report.likelyCause!.evidence[1].split(', ').pop()
    )
    expect(run.summary).toContain('**Likely cause**: likely floating-point reduction order')
  })

  test('a seed-scale drift: likely an unseeded generator; the variations are inconclusive and blame nothing', async () => {
    const { run, report } = await gate('node seed-scale-drift.mjs', { runs: '3', vary: 'all', 'seed-audit': 'warn' })
    expect(run.outputs).toMatchObject({ verdict: 'drift', 'sensitive-to': '[]', 'seed-wired': 'true' })
    expect(report.variations).toMatchObject({ status: 'inconclusive', culprits: [], runs: [] })
    expect(report.likelyCause?.kind).toBe('unseeded-generator')
    expect(JSON.parse(run.outputs.drifted)).toEqual([{ kind: 'metric', name: 'accuracy' }])
  })
})

describe('the CLI', () => {
  test('--vary and --seed-audit: the terminal shows the culprit with its error and the audit line', () => {
    const { ws, home } = workspace()
    const res = spawnSync(
      process.execPath,
      [
        path.join(repoRoot, 'dist/cli.js'),
        '--no-snapshot',
        '--vary',
        'home',
        '--vary',
        'timezone',
        '--seed-audit',
        'warn',
        '--',
        'python3',
        'home_config.py'
      ],
      { cwd: path.join(ws, 'exp'), env: { PATH, HOME: home, TZ: 'UTC', LANG: 'C.UTF-8' }, encoding: 'utf8', timeout: 60_000 }
    )
    expect(res.status).toBe(1)
    expect(res.stdout).toContain('Sensitive to home')
    expect(res.stdout).toMatch(/- \*\*home\*\* — with HOME \(an empty folder\): the run exited with code 1: FileNotFoundError/)
    expect(res.stdout).toMatch(/Seed audit\*\* \(warn\): changing REPRO_SEED and PL_GLOBAL_SEED 42 → 43 changed no metric/)
    expect(res.stderr).toContain('warning: seed-audit:')
    const report = JSON.parse(readFileSync(path.join(ws, 'exp/repro-report.json'), 'utf8')) as Report
    expect(report.inputs).toMatchObject({ vary: ['timezone', 'home'], varyMaxRuns: 3, seedAudit: 'warn' })
    expect(report.variations!.culprits.map((c) => c.factor)).toEqual(['home'])
    // diff reads such reports and says what each is sensitive to.
    const reportFile = path.join(ws, 'exp/repro-report.json')
    const diff = spawnSync(process.execPath, [path.join(repoRoot, 'dist/cli.js'), 'diff', reportFile, reportFile], {
      env: { PATH },
      encoding: 'utf8'
    })
    expect(diff.stdout).toContain('Variations (A → B): sensitive to home → sensitive to home')
    expect(diff.status).toBe(0)
  })
})
