/**
 * Faults of the cache and artifact services through dist/index.js, made by the same stand-ins the
 * happy paths use: the results service answering 429 or 500, or never answering; Azurite refusing
 * a blob upload; a download cut halfway. Each is one warning from the gate (the clients' own
 * annotations become log lines), the verdict is the one the runs earned, and nothing half-written is
 * left in RUNNER_TEMP, the workspace or the services. The clients retry for ~30 s and set no
 * timeout, so these runs set the gate's per-call deadline (REPRO_GATE_SERVICE_TIMEOUT_MS) to 3 s.
 */
import { afterAll, afterEach, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runAction, type ActionRun } from '../support/action.js'
import { startAzurite, type Azurite } from '../support/azurite.js'
import { GitHubServer } from '../support/github-server.js'
import { ResultsService } from '../support/results-service.js'

// Each test drives several action runs; on a loaded 2-core machine one run takes up to ~20 s.
jest.setTimeout(300_000)

const started = await startAzurite()
const skip = 'skip' in started ? started.skip : null
if (skip) console.warn(`service fault tests skipped: ${skip}`)
const describeWithAzurite = skip ? describe.skip : describe

let results: ResultsService
let github: GitHubServer
beforeAll(async () => {
  github = await GitHubServer.start()
  if (!skip) results = await ResultsService.start(started as Azurite)
})
afterEach(() => {
  if (!skip) results.clearFaults()
})
afterAll(async () => {
  await github.close()
  if (!skip) await results.close()
  if (!('skip' in started)) await started.stop()
})

const TRAIN = `require('fs').writeFileSync('metrics.json', JSON.stringify({ accuracy: 0.912, loss: 0.3 }))`
const sha = (c: string): string => c.repeat(40)
const FAST = { REPRO_GATE_SERVICE_TIMEOUT_MS: '3000' }

interface Run extends ActionRun {
  temp: string
}

async function gate(options: {
  push: boolean
  key: string
  runId: number
  env?: Record<string, string>
  inputs?: Record<string, string>
}): Promise<Run> {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-faults-'))
  writeFileSync(path.join(ws, 'train.cjs'), TRAIN)
  const temp = mkdtempSync(path.join(tmpdir(), 'rg-faults-temp-'))
  const job = options.push
    ? results.job({ ref: 'refs/heads/main', runId: options.runId })
    : results.job({ ref: 'refs/pull/5/merge', baseRef: 'refs/heads/main', runId: options.runId })
  const event = options.push
    ? { name: 'push', payload: { repository: { default_branch: 'main' } } }
    : {
        name: 'pull_request',
        payload: { number: 5, pull_request: { number: 5, head: { sha: sha('e'), repo: { full_name: 'octo-org/octo-repo' } } } }
      }
  const run = await runAction({
    workspace: ws,
    inputs: {
      command: 'node train.cjs',
      'comment-key': 'train',
      'baseline-key': options.key,
      comment: 'never',
      snapshot: 'false',
      ...options.inputs
    },
    event,
    env: {
      ...job.env,
      GITHUB_API_URL: github.url,
      GITHUB_SHA: options.push ? sha('a') : sha('f'),
      GITHUB_REF: options.push ? 'refs/heads/main' : 'refs/pull/5/merge',
      RUNNER_TEMP: temp,
      ...options.env
    },
    timeoutMs: 90_000
  })
  return { ...run, temp }
}

const annotations = (run: ActionRun, kind: 'notice' | 'warning' | 'error'): string[] =>
  run.stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) => l.replace(/^::\w+[^:]*::/, ''))

/** Nothing of the gate's or the clients' is left: no scratch folder, no archive, no stray history file. */
function expectNothingLeft(run: Run): void {
  expect(readdirSync(run.temp).filter((f) => /^repro-gate-(baseline|legs|publish)-/.test(f))).toEqual([])
  expect(existsSync(path.join(run.workspace, '.repro-gate'))).toBe(false)
}

describeWithAzurite('service faults through dist/index.js: one warning each, the verdict intact', () => {
  test('the results service answers 429 to the cache lookup: one warning, no baseline, verdict reproducible', async () => {
    results.fault({ method: 'CacheService/GetCacheEntryDownloadURL', status: 429, retryAfter: 60 })
    const run = await gate({ push: false, key: 'rate', runId: 5001 })
    expect(run.outputs).toMatchObject({ verdict: 'reproducible', 'baseline-verdict': 'none' })
    expect(run.code).toBe(0)
    const warnings = annotations(run, 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^baseline: could not restore the baseline \(.*429.*\); continuing without it/)
    // The client's own annotations went to the log as plain lines.
    expect(run.stdout).toMatch(/^warning from the service client \(repro-gate reports it below\): /m)
    expect(annotations(run, 'error')).toEqual([])
    expectNothingLeft(run)
  })

  test('500 on every cache call of a push: the deadline ends the retries; one warning; no save over an unread history', async () => {
    results.fault({ method: /^CacheService\//, status: 500 })
    const run = await gate({ push: true, key: 'down', runId: 5002, env: FAST })
    expect(run.outputs.verdict).toBe('reproducible')
    expect(run.code).toBe(0)
    expect(annotations(run, 'warning')).toEqual([
      expect.stringMatching(
        /^baseline: could not restore the baseline \(restoring the baseline from the cache got no answer within 3 s \(REPRO_GATE_SERVICE_TIMEOUT_MS\)\)/
      )
    ])
    expect(annotations(run, 'notice').join('\n')).toMatch(/not saved: the baseline could not be restored/)
    expect(results.calls.filter((c) => c.method === 'CacheService/CreateCacheEntry')).toEqual([])
    expectNothingLeft(run)
  })

  test('the artifact service never answers: the report upload stops at the deadline with one warning; the job ends', async () => {
    results.fault({ method: 'ArtifactService/CreateArtifact', hang: true })
    const before = results.calls.length
    const run = await gate({ push: false, key: 'hang', runId: 5003, env: FAST, inputs: { baseline: 'false' } })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('reproducible')
    expect(annotations(run, 'warning')).toEqual([
      expect.stringMatching(
        /could not upload the report as artifact "repro-report--train--1": uploading artifact .* got no answer within 3 s/
      )
    ])
    // The request was held unanswered; the gate exited anyway, which closed it.
    expect(
      results.calls
        .slice(before)
        .filter((c) => c.method === 'ArtifactService/CreateArtifact')
        .map((c) => c.status)
    ).toEqual([-1])
    expect(results.hanging()).toBe(0)
    expect(results.runArtifacts(5003)).toEqual([])
  })

  test('Azurite refuses the uploads: the baseline save and the report artifact each warn once; nothing is finalized', async () => {
    results.blobFault({ kind: 'refuse-put', of: 'cache' })
    results.blobFault({ kind: 'refuse-put', of: 'artifact' })
    const run = await gate({ push: true, key: 'refused', runId: 5004, env: FAST })
    expect(run.outputs.verdict).toBe('reproducible')
    expect(run.code).toBe(0)
    const warnings = annotations(run, 'warning')
    expect(warnings).toHaveLength(2)
    expect(warnings.find((w) => w.startsWith('baseline:'))).toMatch(
      /could not save the baseline \(.*(AuthorizationPermissionMismatch|not authorized).*\); the previous one stays/
    )
    expect(warnings.find((w) => !w.startsWith('baseline:'))).toMatch(/could not upload the report as artifact "repro-report--train--1"/)
    // The reservation was made, but nothing was finalized: no one will ever restore or list a half upload.
    expect(results.caches.filter((e) => e.key.startsWith('repro-gate-baseline-refused--')).map((e) => e.finalized)).toEqual([false])
    expect(results.runArtifacts(5004)).toEqual([])
    expectNothingLeft(run)
  })

  test('the baseline download is cut halfway: one warning, the PR verdict stands, no half file anywhere', async () => {
    const saved = await gate({ push: true, key: 'cut', runId: 5005 })
    expect(JSON.parse(readFileSync(path.join(saved.workspace, 'repro-report.json'), 'utf8')).baseline.saved).toBe(true)
    results.blobFault({ kind: 'cut-download', of: 'cache' })
    const run = await gate({ push: false, key: 'cut', runId: 5006, env: FAST })
    expect(run.outputs).toMatchObject({ verdict: 'reproducible', 'baseline-verdict': 'none' })
    expect(run.code).toBe(0)
    expect(annotations(run, 'warning')).toEqual([
      expect.stringMatching(/^baseline: could not restore the baseline \(Failed to restore: .+\); continuing without it/)
    ])
    expectNothingLeft(run)
  })

  test('a leg download is cut halfway: compare reports the error, keeps no partial download', async () => {
    for (const image of ['ubuntu22', 'ubuntu24']) {
      const leg = await gate({
        push: false,
        key: 'legs',
        runId: 5007,
        inputs: { mode: 'record', 'comment-key': `train-${image}`, baseline: 'false' },
        env: { GITHUB_JOB: 'record' }
      })
      expect(leg.code).toBe(0)
    }
    results.blobFault({ kind: 'cut-download', of: 'artifact' })
    const run = await gate({
      push: false,
      key: 'legs',
      runId: 5007,
      env: FAST,
      inputs: { command: '', mode: 'compare', baseline: 'false' }
    })
    expect(run.outputs.verdict).toBe('error')
    const report = JSON.parse(readFileSync(path.join(run.workspace, 'repro-report.json'), 'utf8')) as { errors: { message: string }[] }
    expect(report.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^could not download the leg reports: downloading artifact repro-gate-leg-repro-report--train-ubuntu2\d-record--1 got no answer within 3 s/
      )
    ])
    expectNothingLeft(run)
  })
})
