/**
 * The reviewer's view end to end: the committed dist/index.js, run as the runner runs it, talking
 * to a loopback server that plays api.github.com and checks every request against GitHub's
 * published OpenAPI description.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { GitHubServer, type FakeComment } from '../support/github-server.js'
import { runAction, type ActionRun } from '../support/action.js'

const PR = 42
const HEAD = '3f9c2d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e'
let server: GitHubServer | undefined

afterEach(async () => {
  expect(server?.violations ?? []).toEqual([])
  await server?.close()
  server = undefined
})

function prEvent(fork = false) {
  return {
    name: 'pull_request',
    payload: {
      number: PR,
      pull_request: {
        number: PR,
        head: { sha: HEAD, repo: { full_name: fork ? 'mallory/vision-lab' : 'octo-org/vision-lab' } },
        base: { repo: { full_name: 'octo-org/vision-lab' } }
      }
    }
  }
}

/** A tiny experiment: writes the given metrics JSON (a node expression), optionally printing first. */
function experiment(metricsExpression: string, before = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-pr-'))
  writeFileSync(
    path.join(dir, 'train.cjs'),
    `${before}\nrequire('fs').writeFileSync('metrics.json', JSON.stringify(${metricsExpression}))\n`
  )
  return dir
}

async function gate(
  ws: string,
  options: { runId: number; inputs?: Record<string, string>; fork?: boolean; api?: GitHubServer }
): Promise<ActionRun> {
  return runAction({
    workspace: ws,
    event: prEvent(options.fork),
    inputs: { command: 'node train.cjs', snapshot: 'false', baseline: 'false', ...options.inputs },
    env: { GITHUB_API_URL: (options.api ?? server)!.url, GITHUB_REPOSITORY: 'octo-org/vision-lab', GITHUB_RUN_ID: String(options.runId) }
  })
}

const mine = () => server!.commentsOn(PR).filter((c) => c.user.login === 'github-actions[bot]')

// Two runs that the first three tests share (each run costs ~0.7 s of CPU): 240 comments by others,
// run 100 creates ours (#241, on page 3 of 100), then 10 more by others and a copy of ours, marker
// included, by someone else; run 101 must find ours on page 3 and update it, and leave the copy alone.
describe('sticky PR comment through dist/index.js', () => {
  let shared: GitHubServer
  let first: ActionRun
  let second: ActionRun
  let forged: FakeComment
  let created: FakeComment
  const ours = () => shared.commentsOn(PR).filter((c) => c.user.login === 'github-actions[bot]')
  beforeAll(async () => {
    shared = await GitHubServer.start()
    for (let i = 0; i < 240; i++) shared.addComment(PR, `comment ${i}`, `user${i % 7}`)
    const ws = experiment('{ accuracy: 0.9 }')
    first = await gate(ws, { runId: 100, api: shared })
    created = { ...ours()[0] }
    for (let i = 0; i < 10; i++) shared.addComment(PR, `late comment ${i}`, 'octocat')
    forged = shared.addComment(PR, created.body.replace('run=100', 'run=999'), 'mallory')
    second = await gate(ws, { runId: 101, api: shared })
  }, 120_000)
  afterAll(async () => {
    expect(shared.violations).toEqual([])
    await shared.close()
  })

  test('the first run creates the comment, the second updates the same one', () => {
    expect(first.code).toBe(0)
    expect(created.body).toContain('run=100')
    expect(first.outputs['comment-url']).toBe(created.html_url)
    expect(second.code).toBe(0)
    expect(ours()).toHaveLength(1)
    expect(ours()[0].id).toBe(created.id)
    expect(ours()[0].body).toContain('run=101')
    expect(shared.count('POST', /\/issues\/42\/comments$/)).toBe(1)
    expect(shared.count('PATCH', /\/issues\/comments\/\d+$/)).toBe(1)
  })

  test('with 250 comments, the sticky one on page 3 is found and updated', () => {
    expect(shared.commentsOn(PR)).toHaveLength(252)
    expect(shared.commentsOn(PR).findIndex((c) => c.id === created.id)).toBeGreaterThanOrEqual(200)
    expect(shared.requests.some((r) => r.method === 'GET' && /page=3/.test(r.query))).toBe(true)
    expect(ours()[0].body).toContain('run=101')
  })

  test('a foreign comment carrying the marker is never edited', () => {
    expect(forged.body).toContain('run=999')
    expect(shared.comments.find((c) => c.id === forged.id)?.body).toBe(forged.body)
    expect(shared.count('PATCH', new RegExp(`/issues/comments/${forged.id}$`))).toBe(0)
    expect(ours()).toHaveLength(1)
    expect(ours()[0].id).toBe(created.id)
  })
})

describe('the PR comment through dist/index.js, one case a run', () => {
  test('a fork PR (403): one warning, the verdict and summary stand, the step does not fail', async () => {
    server = await GitHubServer.start()
    server.fail({
      method: 'POST',
      path: /\/issues\/42\/comments$/,
      status: 403,
      message: 'Resource not accessible by integration',
      times: Infinity
    })
    const run = await gate(experiment('{ accuracy: 0.9 }'), { runId: 400, fork: true })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('reproducible')
    expect(run.stdout.match(/::warning::/g)).toHaveLength(1)
    expect(run.stdout).toMatch(/::warning::.*read-only on pull requests from forks/)
    expect(run.summary).toContain('Reproducible')
  })

  // The bundle's client retries with the plugin's real backoff (1 s, then 4 s): one 502 proves the
  // retry is wired in; how many retries, and GETs retried too, is __tests__/publish/comment.test.ts's
  // '502 twice then success', through src/ with a millisecond backoff.
  test('a 502, then success: the bundled client retries and the comment is written once', async () => {
    server = await GitHubServer.start()
    server.fail({ method: 'POST', path: /\/issues\/42\/comments$/, status: 502, times: 1 })
    const run = await gate(experiment('{ accuracy: 0.9 }'), { runId: 500 })
    expect(run.code).toBe(0)
    expect(run.stdout).not.toMatch(/::warning::/)
    expect(server.count('POST', /\/issues\/42\/comments$/)).toBe(2)
    expect(mine()).toHaveLength(1)
  }, 30_000)

  test('on-drift: a comment on drift, updated when the drift is gone; none while reproducible', async () => {
    server = await GitHubServer.start()
    const inputs = { comment: 'on-drift' }
    const clean = experiment('{ accuracy: 0.9 }')
    await gate(clean, { runId: 600, inputs })
    expect(mine()).toHaveLength(0)
    const drifting = experiment('{ accuracy: Math.random() }')
    const drift = await gate(drifting, { runId: 601, inputs })
    expect(drift.code).toBe(1)
    expect(mine()).toHaveLength(1)
    expect(mine()[0].body).toContain('accuracy')
    await gate(clean, { runId: 602, inputs })
    expect(mine()).toHaveLength(1)
    expect(mine()[0].body).toContain('drift reported earlier in this pull request is gone')
  })

  test('a hostile metric name renders inert: no HTML, no table break, no mention', async () => {
    server = await GitHubServer.start()
    const ws = experiment(`{ ['<img src=x onerror=alert(1)>|@octocat']: Math.random(), ['</details><details open>']: 1 }`)
    const run = await gate(ws, { runId: 700 })
    expect(run.code).toBe(1)
    const body = mine()[0].body
    expect(body).not.toContain('<img')
    expect(body).not.toMatch(/(^|[^\\\w`])@octocat/)
    expect(body).not.toContain('</details><details open>')
    expect((body.match(/<details( open)?>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length)
  })

  test('a 1,000,000-character output tail keeps the comment and summary under GitHub limits', async () => {
    server = await GitHubServer.start()
    const ws = experiment('{}', `process.stdout.write('x'.repeat(1_000_000) + '\\n'); process.exit(1)`)
    const run = await gate(ws, { runId: 800 })
    expect(run.outputs.verdict).toBe('error')
    expect(mine()).toHaveLength(1)
    expect(mine()[0].body.length).toBeLessThan(65_536)
    expect(mine()[0].body).not.toContain('x'.repeat(100))
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024)
  })

  test('outside a pull request there is no comment; check-name creates a check on the PR head', async () => {
    server = await GitHubServer.start()
    const ws = experiment('{ accuracy: 0.9 }')
    const push = await runAction({
      workspace: ws,
      event: { name: 'push', payload: {} },
      inputs: { command: 'node train.cjs', snapshot: 'false', baseline: 'false' },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'octo-org/vision-lab' }
    })
    expect(push.code).toBe(0)
    expect(server.comments).toHaveLength(0)
    await gate(ws, { runId: 900, inputs: { 'check-name': 'reproducibility' } })
    expect(server.checkRuns).toEqual([expect.objectContaining({ name: 'reproducibility', head_sha: HEAD, conclusion: 'success' })])
  })
})
