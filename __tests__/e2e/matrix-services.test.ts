/**
 * The cross-runner matrix and the fork pattern through dist/index.js, with artifacts the way hosted
 * runners move them: `record` legs on three "runners" (jobs of one workflow run, each with its own
 * runtime token) upload their reports through the loopback results service into Azurite; the
 * `compare` job lists the run's artifacts and downloads each leg through a signed URL. Publish mode
 * lists the triggering run's artifacts over the REST API and follows the zip's 302 to Azurite.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
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
if (skip) console.warn(`artifact end-to-end tests skipped: ${skip}`)
const describeWithAzurite = skip ? describe.skip : describe

let results: ResultsService
let github: GitHubServer
beforeAll(async () => {
  github = await GitHubServer.start()
  if (!skip) {
    results = await ResultsService.start(started as Azurite)
    github.artifactSource = results
  }
})
afterAll(async () => {
  await github.close()
  if (!skip) await results.close()
  if (!('skip' in started)) await started.stop()
})

// The macOS image computes a slightly different accuracy: the drift compare has to find.
const TRAIN = `
const fs = require('fs')
const accuracy = process.env.ImageOS === 'macos14' ? 0.905 : 0.912
fs.writeFileSync('metrics.json', JSON.stringify({ accuracy, loss: 0.3 }))
`
const sha = (c: string): string => c.repeat(40)

function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-matrix-'))
  writeFileSync(path.join(ws, 'train.cjs'), TRAIN)
  return ws
}

const annotations = (run: ActionRun, kind: 'notice' | 'warning' | 'error'): string[] =>
  run.stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) => l.replace(/^::\w+[^:]*::/, ''))
const serviceWarnings = (run: ActionRun): string[] => annotations(run, 'warning').filter((w) => /artifact|cache|baseline/i.test(w))

describeWithAzurite('artifacts through dist/index.js (results service + Azurite)', () => {
  test('record legs on three runners upload their reports; compare downloads them and names the drifting leg', async () => {
    const runId = 3001
    const runners = [
      { os: 'Linux', image: 'ubuntu22', name: 'GitHub Actions 1' },
      { os: 'Linux', image: 'ubuntu24', name: 'GitHub Actions 2' },
      { os: 'macOS', image: 'macos14', name: 'GitHub Actions 3' }
    ]
    const legs = await Promise.all(
      runners.map((r) => {
        const job = results.job({ ref: 'refs/pull/9/merge', baseRef: 'refs/heads/main', runId })
        return runAction({
          workspace: workspace(),
          inputs: { command: 'node train.cjs', mode: 'record', 'comment-key': `train-${r.image}`, baseline: 'false', comment: 'never' },
          env: {
            ...job.env,
            GITHUB_JOB: 'record',
            RUNNER_OS: r.os,
            ImageOS: r.image,
            RUNNER_NAME: r.name,
            GITHUB_API_URL: github.url,
            GITHUB_EVENT_NAME: 'push'
          }
        })
      })
    )
    for (const leg of legs) {
      expect(leg.code).toBe(0)
      expect(serviceWarnings(leg)).toEqual([])
    }
    const names = results
      .runArtifacts(runId)
      .map((a) => a.name)
      .sort()
    expect(names).toEqual([
      'repro-gate-leg-repro-report--train-macos14-record--1',
      'repro-gate-leg-repro-report--train-ubuntu22-record--1',
      'repro-gate-leg-repro-report--train-ubuntu24-record--1'
    ])
    // Every leg's job uploaded under its own backend ids, read from its token.
    expect(new Set(results.runArtifacts(runId).map((a) => a.jobBackendId)).size).toBe(3)

    const job = results.job({ ref: 'refs/pull/9/merge', baseRef: 'refs/heads/main', runId })
    const ws = workspace()
    const temp = mkdtempSync(path.join(tmpdir(), 'rg-runner-temp-'))
    const compare = await runAction({
      workspace: ws,
      inputs: { command: '', mode: 'compare', 'comment-key': 'train', comment: 'never', 'reference-leg': 'ubuntu22' },
      env: { ...job.env, GITHUB_JOB: 'compare', GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: 'push', RUNNER_TEMP: temp }
    })
    expect(compare.outputs.verdict).toBe('drift')
    const report = JSON.parse(readFileSync(path.join(ws, 'repro-report.json'), 'utf8')) as {
      legs: { reference: string; driftingLegs: string[]; legs: { name: string; runner: string | null }[] }
      errors: unknown[]
    }
    expect(report.errors).toEqual([])
    expect(report.legs.reference).toBe('train-ubuntu22-record')
    expect(report.legs.driftingLegs).toEqual(['train-macos14-record'])
    expect(report.legs.legs.find((l) => l.name === 'train-macos14-record')?.runner).toMatch(/GitHub Actions 3 \(macOS.*macos14/)
    expect(compare.summary).toContain('train-macos14-record')
    const methods = results.calls.filter((c) => c.job === job.jobBackendId).map((c) => c.method)
    expect(methods).toContain('ArtifactService/ListArtifacts')
    expect(methods.filter((m) => m === 'ArtifactService/GetSignedArtifactURL')).toHaveLength(3)
    // The compare job's downloads are gone once the reports are read.
    expect(readdirSync(temp).filter((f) => f.startsWith('repro-gate-legs-'))).toEqual([])
    expect(results.violations).toEqual([])
  })

  test('publish mode finds the newest report artifact of the triggering run in Azurite and posts it', async () => {
    const runId = 3002
    const head = sha('c')
    const pr = {
      name: 'pull_request',
      payload: { number: 12, pull_request: { number: 12, head: { sha: head, repo: { full_name: 'fork/vision-lab' } } } }
    }
    // Attempt 1, then "re-run all jobs" (attempt 2): each uploads its own report artifact.
    for (const attempt of ['1', '2']) {
      const job = results.job({ ref: 'refs/pull/12/merge', baseRef: 'refs/heads/main', runId })
      const gate = await runAction({
        workspace: workspace(),
        inputs: { command: 'node train.cjs', 'comment-key': 'train', comment: 'never', baseline: 'false' },
        event: pr,
        env: { ...job.env, GITHUB_RUN_ATTEMPT: attempt, GITHUB_API_URL: github.url, GITHUB_SHA: sha('d'), GITHUB_REF: 'refs/pull/12/merge' }
      })
      expect(gate.outputs.verdict).toBe('reproducible')
      expect(serviceWarnings(gate)).toEqual([])
    }
    expect(results.runArtifacts(runId).map((a) => a.name)).toEqual(['repro-report--train--1', 'repro-report--train--2'])

    github.commitPulls.set(head, [{ number: 12, state: 'open', headSha: head }])
    const publish = await runAction({
      workspace: workspace(),
      inputs: { command: '', mode: 'publish', 'comment-key': 'train' },
      event: {
        name: 'workflow_run',
        payload: {
          workflow_run: {
            id: runId,
            run_attempt: 2,
            head_sha: head,
            html_url: `https://github.com/octo-org/vision-lab/actions/runs/${runId}`,
            pull_requests: []
          }
        }
      },
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo-org/vision-lab', GITHUB_RUN_ID: '4001' }
    })
    expect(annotations(publish, 'error')).toEqual([])
    expect(publish.code).toBe(0)
    const comment = github.commentsOn(12)[0]?.body ?? ''
    expect(comment).toContain('accuracy')
    expect(comment).toContain('/actions/runs/3002')
    // The newest attempt's zip, fetched from Azurite after the API's redirect; the token stayed with the API.
    const newest = results.runArtifacts(runId).find((a) => a.name === 'repro-report--train--2')!
    expect(github.count('GET', new RegExp(`/actions/artifacts/${newest.id}/zip$`))).toBe(1)
    expect(github.blobAuthorizations).toEqual([])
    expect(github.violations).toEqual([])
    expect(results.violations).toEqual([])
    expect(existsSync(path.join(publish.workspace, 'repro-report.json'))).toBe(false)
  })
})
