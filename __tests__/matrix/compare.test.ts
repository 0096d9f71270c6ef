import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { Ajv } from 'ajv'
import { compareLegs, runCompareMode, type RecordedLeg } from '../../src/matrix/compare.js'
import { legArtifactName, legArtifactPrefix, legNameOf, uploadLegReport } from '../../src/matrix/record.js'
import { FolderArtifacts, newestAttempts } from '../../src/artifacts.js'
import { legsSchema } from '../../src/compare/sections/legs.js'
import { validateReport } from '../../src/report/validate.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import type { Inputs } from '../../src/inputs/inputs.js'
import type { Report } from '../../src/report/types.js'
import { makeEnvironment, makeLockfile, makeReport } from '../fixtures/baseline/reports.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'legs-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function inputs(patch: Partial<Inputs> = {}): Inputs {
  return {
    mode: 'compare',
    command: '',
    runs: 2,
    seed: 42,
    determinism: 'seeds',
    metrics: path.join(dir, 'metrics.json'),
    tolerance: { atol: 1e-6, rtol: 0 },
    tolerances: [],
    ignore: [],
    artifacts: [],
    workingDirectory: dir,
    timeoutMinutes: null,
    isolate: null,
    failOnDrift: true,
    reportPath: path.join(dir, 'compare-report.json'),
    vary: [],
    varyMaxRuns: 1,
    seedAudit: 'off',
    python: 'python3',
    images: [],
    lockfiles: [],
    data: [],
    snapshot: true,
    comment: 'never',
    commentKey: 'k',
    commentKeys: ['k'],
    commentAuthor: null,
    githubToken: '',
    checkName: null,
    allowPullRequestTarget: false,
    baseline: false,
    baselineKey: 'k',
    baselineTolerance: { atol: 0, rtol: 0 },
    failOnBaselineDrift: false,
    referenceLeg: null,
    reportArtifact: 'repro-report',
    attestation: 'false',
    ...patch
  }
}

function leg(runner: string, values: Record<string, number>, patch: Partial<Report> = {}): Report {
  const env = makeEnvironment()
  return makeReport({ values, environment: makeEnvironment({ runner: { ...env.runner, name: runner } }), ...patch })
}

describe('record', () => {
  test('artifact names: the leg by comment key and job, the attempt last; sanitised', () => {
    const name = legArtifactName(inputs({ commentKey: 'train-ubuntu-22.04' }), {
      RUNNER_NAME: 'GitHub Actions 3',
      GITHUB_JOB: 'record',
      GITHUB_RUN_ATTEMPT: '2'
    })
    expect(name).toBe('repro-gate-leg-repro-report--train-ubuntu-22.04-record--2')
    expect(legNameOf(name, legArtifactPrefix(inputs()))).toBe('train-ubuntu-22.04-record')
    expect(legArtifactName(inputs({ reportArtifact: 'a/b:c*', commentKey: 'x"y' }), {})).toBe('repro-gate-leg-a-b-c--x-y-job--1')
    expect(legArtifactPrefix(inputs())).toBe('repro-gate-leg-repro-report--')
    expect(legArtifactName(inputs({ reportArtifact: 'repro-report-large' }), {}).startsWith(legArtifactPrefix(inputs()))).toBe(false)
  })

  test('a re-run leg replaces its earlier attempt; other legs and other experiments are untouched', () => {
    const p = legArtifactPrefix(inputs())
    const names = [`${p}linux-record--1`, `${p}linux-record--2`, `${p}mac-record--1`, 'repro-gate-leg-repro-report-large--x--3']
    expect(newestAttempts(names, p, { unnumbered: true }).map((a) => a.name)).toEqual([`${p}linux-record--2`, `${p}mac-record--1`])
  })

  test('uploads the report; a taken name gets a suffix; no artifact service is a clear error', async () => {
    const folder = path.join(dir, 'upload')
    const file = path.join(dir, 'r.json')
    writeFileSync(file, JSON.stringify(makeReport()))
    const artifacts = new FolderArtifacts(folder)
    const env = { RUNNER_NAME: 'box', GITHUB_JOB: 'train', GITHUB_RUN_ATTEMPT: '1' }
    expect(await uploadLegReport(file, inputs(), env, { artifacts })).toEqual({ name: 'repro-gate-leg-repro-report--k-train--1' })
    expect(await uploadLegReport(file, inputs(), env, { artifacts })).toEqual({ name: 'repro-gate-leg-repro-report--k-train-2--1' })
    expect(JSON.parse(readFileSync(path.join(folder, 'repro-gate-leg-repro-report--k-train--1', 'r.json'), 'utf8')).tool.name).toBe(
      'repro-gate'
    )
    await expect(uploadLegReport(file, inputs(), {})).rejects.toThrow(/ACTIONS_RUNTIME_TOKEN/)
    await expect(uploadLegReport(path.join(dir, 'nope.json'), inputs(), env, { artifacts })).rejects.toThrow(/was not written/)
  })
})

describe('compareLegs', () => {
  const legs: RecordedLeg[] = [
    { name: 'c-gpu', artifact: 'x-c-gpu', report: leg('gpu-box', { loss: 0.5, acc: 0.9 }) },
    { name: 'a-cpu', artifact: 'x-a-cpu', report: leg('cpu-box', { loss: 0.5, acc: 0.9 }) },
    { name: 'b-cpu', artifact: 'x-b-cpu', report: leg('cpu-box-2', { loss: 0.5, acc: 0.9 }) }
  ]

  test('all legs agree: the first by name is the reference, nothing drifts', () => {
    const { section, errors, drifted } = compareLegs(legs, { ...inputs(), referenceLeg: null })
    expect(section.reference).toBe('a-cpu')
    expect(section.referenceChosenBy).toBe('first-by-name')
    expect(section.legs.map((l) => l.name)).toEqual(['a-cpu', 'b-cpu', 'c-gpu'])
    expect(section.driftingLegs).toEqual([])
    expect(errors).toEqual([])
    expect(drifted).toEqual([])
  })

  test('reference-leg by runner name; an unknown one is an error listing the legs', () => {
    expect(compareLegs(legs, { ...inputs(), referenceLeg: 'gpu-box' }).section).toMatchObject({
      reference: 'c-gpu',
      referenceChosenBy: 'input'
    })
    expect(compareLegs(legs, { ...inputs(), referenceLeg: 'c-*' }).section.reference).toBe('c-gpu')
    expect(compareLegs(legs, { ...inputs(), referenceLeg: 'tpu' }).errors[0].message).toBe(
      'reference-leg: got "tpu", which names none of the recorded legs: a-cpu, b-cpu, c-gpu'
    )
  })

  test('a leg missing a metric and a leg that did not reproduce itself both drift', () => {
    const more: RecordedLeg[] = [
      legs[1],
      { name: 'd', artifact: 'x-d', report: leg('d', { loss: 0.5 }) },
      {
        name: 'e',
        artifact: 'x-e',
        report: leg('e', { loss: 0.5, acc: 0.9 }, { verdict: 'drift', reproducible: false, drifted: [{ kind: 'metric', name: 'loss' }] })
      }
    ]
    const { section } = compareLegs(more, { ...inputs(), referenceLeg: null })
    expect(section.driftingLegs).toEqual(['d', 'e'])
    expect(section.metrics.find((m) => m.name === 'acc')?.reason).toBe('leg d: missing')
  })
})

describe('runCompareMode over three recorded reports', () => {
  test('names the drifting leg, explains its environment, writes a valid report', async () => {
    const folder = path.join(dir, 'artifacts')
    const prefix = legArtifactPrefix(inputs())
    const write = (name: string, report: Report): void => {
      mkdirSync(path.join(folder, prefix + name), { recursive: true })
      writeFileSync(path.join(folder, prefix + name, 'repro-report.json'), JSON.stringify(report))
    }
    write('ubuntu-box-train-1', leg('ubuntu-box', { loss: 0.5, acc: 0.9 }))
    write('macos-box-train-1', leg('macos-box', { loss: 0.5, acc: 0.9 }))
    write(
      'gpu-box-train-1',
      leg(
        'gpu-box',
        { loss: 0.5123, acc: 0.9 },
        {
          lockfiles: [
            makeLockfile('requirements.txt', [
              ['numpy', '2.0.0'],
              ['torch', '2.3.0']
            ])
          ]
        }
      )
    )
    // Another experiment's leg is not collected.
    mkdirSync(path.join(folder, 'repro-gate-leg-repro-report-large--x'), { recursive: true })
    write('zz-not-a-leg', leg('x', { loss: 0.5 }))
    rmSync(path.join(folder, prefix + 'zz-not-a-leg'), { recursive: true })

    const report = await runCompareMode(inputs(), { GITHUB_REPOSITORY: 'octo/exp' }, { artifacts: new FolderArtifacts(folder) })
    expect(report.mode).toBe('compare')
    expect(report.verdict).toBe('drift')
    expect(report.legs?.reference).toBe('gpu-box-train-1')
    // gpu-box sorts first and is the reference: the other two drift from it
    expect(report.legs?.driftingLegs).toEqual(['macos-box-train-1', 'ubuntu-box-train-1'])

    const pinned = await runCompareMode(inputs({ referenceLeg: 'ubuntu-box' }), {}, { artifacts: new FolderArtifacts(folder) })
    expect(pinned.legs?.reference).toBe('ubuntu-box-train-1')
    expect(pinned.legs?.driftingLegs).toEqual(['gpu-box-train-1'])
    const gpu = pinned.legs?.legs.find((l) => l.name === 'gpu-box-train-1')
    expect(gpu).toMatchObject({ drift: true, driftedMetrics: ['loss'], runner: 'gpu-box (Linux X64, ubuntu24 20260101.1.0)' })
    expect(gpu?.changes[0]).toEqual({ category: 'package', subject: 'numpy', before: '1.26.4', after: '2.0.0', detail: 'requirements.txt' })
    expect(pinned.metrics[0]).toMatchObject({ name: 'loss', status: 'drift', driftRuns: [1] })
    expect(pinned.metrics[0].reason).toMatch(/^leg gpu-box-train-1: \|Δ\| = /)
    expect(pinned.drifted).toEqual([{ kind: 'metric', name: 'loss' }])
    expect(pinned.inputs.runs).toBe(3)
    expect(pinned.metrics[0].values).toHaveLength(3)
    // The comment's columns are the legs, the pinned reference marked where it stands (last by name).
    const md = renderMarkdown(pinned, { target: 'comment' })
    expect(md).toContain('the reference leg is ubuntu-box-train-1')
    expect(md).toMatch(/\| metric \| gpu-box-train-1 \| macos-box-train-1 \| ubuntu-box-train-1 \(ref\) \|/)

    expect(new Ajv({ strict: false }).compile(legsSchema)(pinned.legs)).toBe(true)
    const onDisk = JSON.parse(readFileSync(inputs().reportPath, 'utf8')) as unknown
    expect(await validateReport(onDisk)).toEqual([])
  })

  test('after "re-run failed jobs", the failed attempt of a leg is not compared', async () => {
    const folder = path.join(dir, 'rerun')
    const prefix = legArtifactPrefix(inputs())
    const put = (name: string, report: Report): void => {
      mkdirSync(path.join(folder, prefix + name), { recursive: true })
      writeFileSync(path.join(folder, prefix + name, 'repro-report.json'), JSON.stringify(report))
    }
    put('linux-record--1', leg('linux', { loss: 0.9, acc: 0.1 }))
    put('linux-record--2', leg('linux', { loss: 0.5, acc: 0.9 }))
    put('mac-record--1', leg('mac', { loss: 0.5, acc: 0.9 }))
    const report = await runCompareMode(inputs(), {}, { artifacts: new FolderArtifacts(folder), write: false })
    expect(report.legs?.legs.map((l) => [l.name, l.artifact])).toEqual([
      ['linux-record', prefix + 'linux-record--2'],
      ['mac-record', prefix + 'mac-record--1']
    ])
    expect(report.verdict).toBe('reproducible')
  })

  test('fewer than two legs is an error report that says what to check', async () => {
    const report = await runCompareMode(
      inputs(),
      {},
      { artifacts: new FolderArtifacts(path.join(dir, 'empty-does-not-exist')), write: false }
    )
    expect(report.verdict).toBe('error')
    expect(report.errors[0].message).toMatch(/could not download the leg reports/)
    mkdirSync(path.join(dir, 'empty'))
    const none = await runCompareMode(inputs(), {}, { artifacts: new FolderArtifacts(path.join(dir, 'empty')), write: false })
    expect(none.errors[0].message).toMatch(/^found 0 leg report\(s\) named repro-gate-leg-repro-report--\*; compare needs at least two/)
  })

  test('an artifact that is not a report is named in the errors', async () => {
    const folder = path.join(dir, 'bad')
    const prefix = legArtifactPrefix(inputs())
    for (const name of ['a', 'b']) {
      mkdirSync(path.join(folder, prefix + name), { recursive: true })
      writeFileSync(path.join(folder, prefix + name, 'repro-report.json'), JSON.stringify(leg(name, { loss: 1 })))
    }
    mkdirSync(path.join(folder, prefix + 'c'))
    writeFileSync(path.join(folder, prefix + 'c', 'repro-report.json'), '{"hello": 1}')
    const report = await runCompareMode(inputs(), {}, { artifacts: new FolderArtifacts(folder), write: false })
    expect(report.verdict).toBe('error')
    expect(report.errors[0].message).toMatch(/^leg c: .*not a repro-gate report/)
    expect(report.legs?.legs).toHaveLength(2)
  })
})
