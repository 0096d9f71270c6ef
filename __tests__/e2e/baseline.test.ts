/**
 * Drift over time through dist/index.js, against the services as runners speak them. On github.com
 * (cache service v2): a push to the default branch saves the baseline through the loopback results
 * service with the bytes in Azurite; a pull request that upgrades numpy restores it, and the PR
 * comment shows the moved metric with the package change that explains it; a second push merges
 * its run into the history; eviction, a miss and a conflict are notices. On GitHub Enterprise
 * Server the cache client speaks v1 whatever is set, so that path keeps its own test.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runAction, type ActionRun } from '../support/action.js'
import { startAzurite, type Azurite } from '../support/azurite.js'
import { startCacheServer, type CacheServer } from '../support/cache-server.js'
import { GitHubServer } from '../support/github-server.js'
import { ResultsService } from '../support/results-service.js'

// Each test drives several action runs; on a loaded 2-core machine one run takes up to ~20 s.
jest.setTimeout(300_000)

const started = await startAzurite()
const skip = 'skip' in started ? started.skip : null
if (skip) console.warn(`cache v2 end-to-end tests skipped: ${skip}`)
const describeWithAzurite = skip ? describe.skip : describe

let results: ResultsService
let github: GitHubServer
beforeAll(async () => {
  github = await GitHubServer.start()
  if (!skip) results = await ResultsService.start(started as Azurite)
})
afterAll(async () => {
  await github.close()
  if (!skip) await results.close()
  if (!('skip' in started)) await started.stop()
})

// The experiment's result depends on the numpy pin, like a real upgrade that changes numerics.
const TRAIN = `
const fs = require('fs')
const numpy2 = fs.readFileSync('requirements.txt', 'utf8').includes('numpy==2')
fs.writeFileSync('metrics.json', JSON.stringify({ accuracy: numpy2 ? 0.871 : 0.912, loss: 0.3 }))
`
const inputs = { command: 'node train.cjs', 'comment-key': 'train', data: 'requirements.txt' }
const sha = (c: string): string => c.repeat(40)
const key = (commit: string): string => `repro-gate-baseline-train--${commit}`

function workspace(numpy: string): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-baseline-'))
  writeFileSync(path.join(ws, 'train.cjs'), TRAIN)
  writeFileSync(path.join(ws, 'requirements.txt'), `numpy==${numpy}\n`)
  return ws
}

const annotations = (run: ActionRun, kind: 'notice' | 'warning' | 'error'): string[] =>
  run.stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) => l.replace(/^::\w+[^:]*::/, ''))
/** The warnings about the baseline, the cache and artifacts (the workspace's pins are another matter). */
const serviceWarnings = (run: ActionRun): string[] => annotations(run, 'warning').filter((w) => /baseline|cache|artifact/i.test(w))

const report = (
  run: ActionRun
): { baseline?: { defaultBranchRuns: number; saved: boolean; verdict: string; baselineCommit: string | null } } =>
  JSON.parse(readFileSync(path.join(run.workspace, 'repro-report.json'), 'utf8')) as never

async function push(commit: string, numpy = '1.26.4', runId = 2001, extra: Record<string, string> = {}): Promise<ActionRun> {
  const job = results.job({ ref: 'refs/heads/main', runId })
  return runAction({
    workspace: workspace(numpy),
    inputs,
    event: { name: 'push', payload: { repository: { default_branch: 'main' } } },
    env: {
      ...job.env,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo-org/vision-lab',
      GITHUB_SHA: commit,
      GITHUB_REF: 'refs/heads/main',
      ...extra
    }
  })
}

async function pullRequest(
  numpy: string,
  runId: number,
  extra: Record<string, string> = {},
  more: Record<string, string> = {}
): Promise<ActionRun> {
  const job = results.job({ ref: 'refs/pull/7/merge', baseRef: 'refs/heads/main', runId })
  return runAction({
    workspace: workspace(numpy),
    inputs: { ...inputs, ...more },
    event: {
      name: 'pull_request',
      payload: { number: 7, pull_request: { number: 7, head: { sha: sha('2'), repo: { full_name: 'octo-org/vision-lab' } } } }
    },
    env: {
      ...job.env,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo-org/vision-lab',
      GITHUB_SHA: sha('3'),
      GITHUB_REF: 'refs/pull/7/merge',
      ...extra
    }
  })
}

describeWithAzurite('baselines through dist/index.js on cache service v2 (results service + Azurite)', () => {
  test('push saves; a PR that changes numpy shows the drift and names the package; a second push merges the history', async () => {
    const first = await push(sha('1'))
    expect(first.code).toBe(0)
    expect(first.outputs.verdict).toBe('reproducible')
    expect(results.caches.map((e) => [e.key, e.scope, e.finalized])).toEqual([[key(sha('1')), 'refs/heads/main', true]])
    expect(serviceWarnings(first)).toEqual([])

    const pr = await pullRequest('2.0.0', 2002)
    // Reproducible within the PR; moved against main, which is shown but not gating by default.
    expect(pr.code).toBe(0)
    expect(pr.outputs).toMatchObject({ verdict: 'reproducible', 'baseline-verdict': 'drift' })
    const comment = github.commentsOn(7)[0]?.body ?? ''
    expect(comment).toContain('accuracy')
    expect(comment).toMatch(/numpy[^\n]*1\.26\.4[^\n]*2\.0\.0/)
    expect(pr.summary).toMatch(/numpy[^\n]*1\.26\.4[^\n]*2\.0\.0/)
    // A PR never saves a baseline; it read the base branch's entry through its own token's scopes.
    expect(results.caches).toHaveLength(1)
    expect(results.calls.filter((c) => c.method === 'CacheService/CreateCacheEntry')).toHaveLength(1)

    const second = await push(sha('4'), '1.26.4', 2003)
    expect(second.code).toBe(0)
    expect(report(second).baseline).toMatchObject({ saved: true, verdict: 'match', baselineCommit: sha('1'), defaultBranchRuns: 1 })
    expect(results.caches.map((e) => e.key)).toEqual([key(sha('1')), key(sha('4'))])
    // The next PR compares with the merged history: two default-branch runs.
    const again = await pullRequest('1.26.4', 2004)
    expect(report(again).baseline).toMatchObject({ verdict: 'match', baselineCommit: sha('4'), defaultBranchRuns: 2 })
    expect(results.violations).toEqual([])
  })

  test('a re-run and a concurrent save are notices; eviction and a miss are notices; nothing is a warning', async () => {
    // A re-run of the pushed commit: the history already holds it; keys are immutable.
    const rerun = await push(sha('4'), '1.26.4', 2003)
    expect(rerun.code).toBe(0)
    expect(annotations(rerun, 'notice').join('\n')).toMatch(/already holds commit 444444444444 \(a re-run\)/)

    // Another job reserved this commit's key a moment ago (CreateCacheEntry answers 409).
    const reserved = results.caches.find((e) => e.key === key(sha('4')))!
    results.caches.push({ ...reserved, id: 999, key: key(sha('5')), finalized: false, blob: '999/cache.tzst' })
    const raced = await push(sha('5'), '1.26.4', 2005)
    expect(raced.code).toBe(0)
    expect(annotations(raced, 'notice').join('\n')).toMatch(/not saved: the cache did not store repro-gate-baseline-train--5{40}/)
    expect(serviceWarnings(raced)).toEqual([])
    results.caches.splice(
      results.caches.findIndex((e) => e.id === 999),
      1
    )

    // Evicted after 7 days unused: the PR says there is no baseline yet; nothing fails.
    for (const commit of [sha('1'), sha('4')]) await results.evict(key(commit))
    const evicted = await pullRequest('1.26.4', 2006)
    expect(evicted.code).toBe(0)
    expect(evicted.outputs['baseline-verdict']).toBe('none')
    expect(annotations(evicted, 'notice').join('\n')).toMatch(
      /no default-branch baseline for key "train" yet \(none saved, or evicted after 7 days unused\)/
    )
    expect(serviceWarnings(evicted)).toEqual([])

    // Another baseline-key misses the same way.
    const other = await pullRequest('1.26.4', 2007, {}, { 'baseline-key': 'other' })
    expect(annotations(other, 'notice').join('\n')).toMatch(/no default-branch baseline for key "other" yet/)
    expect(results.violations).toEqual([])
  })

  test('ACTIONS_CACHE_MODE none on a push: a notice, no cache call', async () => {
    const before = results.calls.length
    const run = await push(sha('6'), '1.26.4', 2008, { ACTIONS_CACHE_MODE: 'none' })
    expect(run.code).toBe(0)
    expect(annotations(run, 'notice').join('\n')).toMatch(/not restored: the runner's ACTIONS_CACHE_MODE is "none"/)
    expect(serviceWarnings(run)).toEqual([])
    expect(results.calls.slice(before).filter((c) => c.method.startsWith('CacheService/'))).toEqual([])
  })
})

describe('baselines on GitHub Enterprise Server (cache service v1)', () => {
  let cache: CacheServer
  beforeAll(async () => {
    cache = await startCacheServer()
  })
  afterAll(async () => {
    await cache.close()
  })

  test('push saves over v1 even with ACTIONS_CACHE_SERVICE_V2 set; the PR compares; no report artifact, one warning', async () => {
    const ghes = {
      GITHUB_SERVER_URL: 'https://ghes.example.com',
      ACTIONS_CACHE_URL: cache.url,
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
      ACTIONS_RUNTIME_TOKEN: 'test-runtime-token',
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo-org/vision-lab'
    }
    const ws = workspace('1.26.4')
    const first = await runAction({
      workspace: ws,
      inputs,
      event: { name: 'push', payload: { repository: { default_branch: 'main' } } },
      env: { ...ghes, GITHUB_SHA: sha('1'), GITHUB_REF: 'refs/heads/main' }
    })
    expect(first.code).toBe(0)
    expect(cache.entries.map((e) => e.key)).toEqual([key(sha('1'))])
    // @actions/artifact 2+ does not support GHES: the report upload is skipped with one warning.
    const warnings = serviceWarnings(first)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/could not upload the report as artifact .*not available on GitHub Enterprise Server/)

    writeFileSync(path.join(ws, 'requirements.txt'), 'numpy==2.0.0\n')
    const pr = await runAction({
      workspace: ws,
      inputs,
      event: {
        name: 'pull_request',
        payload: { number: 8, pull_request: { number: 8, head: { sha: sha('2'), repo: { full_name: 'octo-org/vision-lab' } } } }
      },
      env: { ...ghes, GITHUB_SHA: sha('3'), GITHUB_REF: 'refs/pull/8/merge' }
    })
    expect(pr.outputs).toMatchObject({ verdict: 'reproducible', 'baseline-verdict': 'drift' })
    expect(cache.entries).toHaveLength(1)
    expect(readdirSync(ws).filter((f) => f.startsWith('.repro-gate'))).toEqual([])
  })
})
