/**
 * Drift over time, end to end with real gate runs: the same experiment gated twice with its
 * requirements.txt changed in between must be explained by exactly that package change, by
 * `diff`, `replay`, the matrix compare and the baseline alike.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { recordIO } from '../support/cli-io.js'
import { testEnv } from '../support/env.js'
import { readInputs, type Inputs } from '../../src/inputs/inputs.js'
import { runGate } from '../../src/main.js'
import { diffEnvironments } from '../../src/compare/envdiff.js'
import { runDiffCommand } from '../../src/cli/diff.js'
import { runReplayCommand } from '../../src/cli/replay.js'
import { runCompareMode } from '../../src/matrix/compare.js'
import { legArtifactPrefix } from '../../src/matrix/record.js'
import { FolderArtifacts } from '../../src/artifacts.js'
import { baselineStage } from '../../src/baseline/index.js'
import { MemoryBaselineStore } from '../../src/baseline/store.js'
import type { Report } from '../../src/report/types.js'
import { validateReport } from '../../src/report/validate.js'

const EXPERIMENT = `
import fs from 'node:fs'
const pinned = /^numpy==(\\S+)$/m.exec(fs.readFileSync('requirements.txt', 'utf8'))[1]
const major = Number(pinned.split('.')[0])
const seed = Number(process.env.REPRO_SEED)
fs.writeFileSync('metrics.json', JSON.stringify({ loss: 0.5 + major / 100, acc: 0.9, seed }))
`

let root: string
let exp: string
let reports: string
let env: NodeJS.ProcessEnv
let a: Report
let b: Report
let aFile: string
let bFile: string

function inputsFor(reportPath: string): Inputs {
  const values: Record<string, string> = {
    command: 'node exp.mjs',
    runs: '2',
    seed: '7',
    'report-path': reportPath,
    baseline: 'false',
    comment: 'never'
  }
  return readInputs({ get: (n) => values[n] ?? '' }, env)
}

const capture = (): ReturnType<typeof recordIO> => recordIO()

const numpyChange = { category: 'package', subject: 'numpy', before: '1.26.4', after: '2.0.0', detail: 'requirements.txt' }

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'rg-drift-'))
  exp = path.join(root, 'exp')
  reports = path.join(root, 'reports')
  mkdirSync(exp)
  mkdirSync(reports)
  writeFileSync(path.join(exp, 'exp.mjs'), EXPERIMENT)
  env = testEnv({ GITHUB_WORKSPACE: exp, RUNNER_TEMP: path.join(root, 'runner-temp') })

  writeFileSync(path.join(exp, 'requirements.txt'), 'numpy==1.26.4\ntorch==2.3.0\n')
  aFile = path.join(reports, 'a.json')
  a = await runGate(inputsFor(aFile), { env })
  writeFileSync(path.join(exp, 'requirements.txt'), 'numpy==2.0.0\ntorch==2.3.0\n')
  bFile = path.join(reports, 'b.json')
  b = await runGate(inputsFor(bFile), { env })
}, 120_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('two real gate runs with requirements.txt changed in between', () => {
  test('each run reproduces itself and records the lockfile it ran with', () => {
    expect(a.verdict).toBe('reproducible')
    expect(b.verdict).toBe('reproducible')
    expect(a.lockfiles?.find((l) => l.path === 'requirements.txt')?.packages).toContainEqual({ name: 'numpy', version: '1.26.4' })
    expect(b.lockfiles?.find((l) => l.path === 'requirements.txt')?.packages).toContainEqual({ name: 'numpy', version: '2.0.0' })
  })

  test('diffEnvironments names exactly the package that changed', () => {
    const changes = diffEnvironments(a, b)
    expect(changes.filter((c) => ['package', 'lockfile', 'unpinned'].includes(c.category))).toEqual([numpyChange])
    expect(changes[0]).toEqual(numpyChange)
    // Same machine, seconds apart: nothing else about where it ran may differ.
    expect(changes).toEqual([numpyChange])
  })

  test('repro-gate diff: exit 1, the moved metric and the package line', async () => {
    const t = capture()
    expect(await runDiffCommand([aFile, bFile], t)).toBe(1)
    expect(t.stdout).toMatch(/drift\s+loss\s+0\.51 → 0\.52/)
    expect(t.stdout).toContain('- package numpy: 1.26.4 → 2.0.0 (requirements.txt)')
    const same = capture()
    expect(await runDiffCommand([aFile, aFile], same)).toBe(0)
  })

  test('repro-gate replay of the old report, here and now: exit 1, explained by numpy', async () => {
    const t = capture()
    const code = await runReplayCommand([aFile, '--yes'], t, { runGate, cwd: exp, env })
    expect(t.stderr).toContain('recorded command: node exp.mjs')
    expect(code).toBe(1)
    expect(t.stdout).toContain('- package numpy: 1.26.4 → 2.0.0 (requirements.txt)')
    const replayed = JSON.parse(readFileSync(path.join(exp, 'repro-replay-report.json'), 'utf8')) as Report
    expect(replayed.inputs.seed).toBe(7)
    expect(replayed.seeds.set.REPRO_SEED).toBe('7')
  })

  test('matrix compare over the two recorded reports names the drifting leg and its package', async () => {
    const folder = path.join(root, 'artifacts')
    const inputs = { ...inputsFor(path.join(reports, 'compare.json')), mode: 'compare' as const, referenceLeg: 'numpy1-box-train-1' }
    for (const [leg, file] of [
      ['numpy1-box-train-1', aFile],
      ['numpy2-box-train-1', bFile]
    ]) {
      mkdirSync(path.join(folder, legArtifactPrefix(inputs) + leg), { recursive: true })
      writeFileSync(path.join(folder, legArtifactPrefix(inputs) + leg, 'repro-report.json'), readFileSync(file))
    }
    const report = await runCompareMode(inputs, env, { artifacts: new FolderArtifacts(folder) })
    expect(report.verdict).toBe('drift')
    expect(report.legs?.driftingLegs).toEqual(['numpy2-box-train-1'])
    expect(report.legs?.legs.find((l) => l.name === 'numpy2-box-train-1')?.changes).toEqual([numpyChange])
    expect(await validateReport(JSON.parse(readFileSync(inputs.reportPath, 'utf8')))).toEqual([])
  })

  test('the baseline saved on the default branch explains the pull request drift', async () => {
    const store = new MemoryBaselineStore()
    const eventFile = path.join(root, 'event.json')
    writeFileSync(eventFile, JSON.stringify({ repository: { default_branch: 'main' } }))
    const ci = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: eventFile, GITHUB_WORKSPACE: exp }
    const log = { notice: () => undefined, warning: () => undefined }
    const onMain = { ...a, context: { ...a.context, sha: '1'.repeat(40) } }
    const inputs = { ...inputsFor(path.join(reports, 'x.json')), baseline: true, baselineKey: 'exp' }
    await baselineStage(onMain, inputs, { ...ci, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }, { store, log })
    expect(store.entries).toHaveLength(1)
    const pr = { ...b, context: { ...b.context, sha: '2'.repeat(40), headSha: '3'.repeat(40) } }
    const section = await baselineStage(
      pr,
      inputs,
      { ...ci, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/1/merge' },
      { store, log }
    )
    expect(section?.verdict).toBe('drift')
    expect(section?.metrics[0]).toMatchObject({ name: 'loss', status: 'drift', reference: 0.51, current: 0.52 })
    expect(section?.changes[0]).toEqual(numpyChange)
    expect(await validateReport({ ...pr, baseline: section })).toEqual([])
  })
})
