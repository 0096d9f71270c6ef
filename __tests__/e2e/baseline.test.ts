/**
 * Drift over time through dist/index.js: a push to the default branch saves the baseline in the
 * (loopback) Actions cache with the real @actions/cache client; a pull request that upgrades numpy
 * restores it, and the PR comment shows the moved metric with the package change that explains it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runAction } from '../support/action.js'
import { startCacheServer, type CacheServer } from '../support/cache-server.js'
import { GitHubServer } from '../support/github-server.js'

let cache: CacheServer
let github: GitHubServer
beforeAll(async () => {
  cache = await startCacheServer()
  github = await GitHubServer.start()
})
afterAll(async () => {
  await cache.close()
  await github.close()
})

// The experiment's result depends on the numpy pin, like a real upgrade that changes numerics.
const TRAIN = `
const fs = require('fs')
const numpy2 = fs.readFileSync('requirements.txt', 'utf8').includes('numpy==2')
fs.writeFileSync('metrics.json', JSON.stringify({ accuracy: numpy2 ? 0.871 : 0.912, loss: 0.3 }))
`

describe('baselines through dist/index.js', () => {
  test('push saves the baseline; a PR that changes numpy shows the drift and names the package', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-baseline-'))
    writeFileSync(path.join(ws, 'train.cjs'), TRAIN)
    writeFileSync(path.join(ws, 'requirements.txt'), 'numpy==1.26.4\n')
    const common = {
      ACTIONS_CACHE_URL: cache.url,
      ACTIONS_RUNTIME_TOKEN: 'test-runtime-token',
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo-org/vision-lab'
    }
    const inputs = { command: 'node train.cjs', 'comment-key': 'train', data: 'requirements.txt' }

    const push = await runAction({
      workspace: ws,
      inputs,
      event: { name: 'push', payload: { repository: { default_branch: 'main' } } },
      env: { ...common, GITHUB_SHA: '1'.repeat(40), GITHUB_REF: 'refs/heads/main' }
    })
    expect(push.code).toBe(0)
    expect(push.outputs.verdict).toBe('reproducible')
    expect(cache.entries.map((e) => e.key)).toEqual([`repro-gate-baseline-train--${'1'.repeat(40)}`])

    writeFileSync(path.join(ws, 'requirements.txt'), 'numpy==2.0.0\n')
    const pr = await runAction({
      workspace: ws,
      inputs,
      event: {
        name: 'pull_request',
        payload: { number: 7, pull_request: { number: 7, head: { sha: '2'.repeat(40), repo: { full_name: 'octo-org/vision-lab' } } } }
      },
      env: { ...common, GITHUB_SHA: '3'.repeat(40), GITHUB_REF: 'refs/pull/7/merge' }
    })
    // Reproducible within the PR; moved against main, which is shown but not gating by default.
    expect(pr.code).toBe(0)
    expect(pr.outputs).toMatchObject({ verdict: 'reproducible', 'baseline-verdict': 'drift' })
    const comment = github.commentsOn(7)[0]?.body ?? ''
    expect(comment).toContain('accuracy')
    expect(comment).toMatch(/numpy[^\n]*1\.26\.4[^\n]*2\.0\.0/)
    expect(pr.summary).toMatch(/numpy[^\n]*1\.26\.4[^\n]*2\.0\.0/)
    // A PR never saves a baseline.
    expect(cache.entries).toHaveLength(1)
  })
})
