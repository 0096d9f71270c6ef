/**
 * The sticky comment, check run and annotations against a loopback GitHub API that checks every
 * request against GitHub's OpenAPI description.
 */
import { checkConclusion } from '../../src/publish/check.js'
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { GitHubServer } from '../support/github-server.js'
import { HEAD_SHA, PR, inputsFrom, loadReport, recordingLog, runnerEnv, secretRedactor, type RecordedLog } from './helpers.js'
import type * as PublishModule from '../../src/publish/index.js'
import type * as CommentModule from '../../src/publish/comment.js'
import type { Report } from '../../src/report/types.js'

// @actions/github reads GITHUB_* when first imported: set them, then import.
process.env.GITHUB_API_URL = 'http://127.0.0.1:9'
let publish: typeof PublishModule
let comment: typeof CommentModule
beforeAll(async () => {
  publish = await import('../../src/publish/index.js')
  comment = await import('../../src/publish/comment.js')
})

let server: GitHubServer
let log: RecordedLog
let testNo = 0
// A fresh rate-limit queue per client, its writes not spaced out (the plugin starts the writes of one
// queue 1 s apart, comments 3 s apart): what is proven here is what is written, not when.
let clients = 0
const identity = { text: (v: string) => v, deep: <T>(v: T) => v }

beforeEach(async () => {
  server = await GitHubServer.start()
  log = recordingLog()
  testNo++
})
afterEach(async () => {
  await server.close()
  expect(server.violations).toEqual([])
})

interface Run {
  report?: Report
  runId?: number
  attempt?: number
  raw?: Record<string, string>
  fork?: boolean
  event?: string
}

async function gate(name: 'reproducible' | 'drift' | 'error', run: Run = {}): Promise<PublishModule.PublishResult> {
  const runId = run.runId ?? 100
  const env = runnerEnv({ apiUrl: server.url, runId, attempt: run.attempt, fork: run.fork, event: run.event })
  const report = run.report ?? loadReport(name, runId, run.attempt ?? 1)
  return publish.publishToGitHub(report, inputsFrom(run.raw ?? {}, env), identity, {
    env,
    log,
    tuning: { retryAfterBaseValue: 1, rateLimitBaseValue: 1, throttleId: `t${testNo}-${++clients}`, spaceWrites: false }
  })
}

const marker = (runId: number, attempt = 1, key = 'repro-train'): string =>
  `<!-- repro-gate:key=${key} run=${runId} attempt=${attempt} sha=${HEAD_SHA} -->`

describe('sticky comment', () => {
  test('the first run creates the comment, the next run updates the same one', async () => {
    const first = await gate('drift', { runId: 100 })
    expect(server.commentsOn(PR)).toHaveLength(1)
    const [c] = server.commentsOn(PR)
    expect(c?.user.login).toBe('github-actions[bot]')
    expect(c?.body.startsWith(marker(100))).toBe(true)
    expect(c?.body).toContain('### ❌ Drift in 2 of 8 metrics')
    expect(first.commentUrl).toBe(c?.html_url)

    const second = await gate('reproducible', { runId: 101 })
    expect(server.commentsOn(PR)).toHaveLength(1)
    expect(server.commentsOn(PR)[0]?.body.startsWith(marker(101))).toBe(true)
    expect(server.commentsOn(PR)[0]?.body).toContain('### ✅ Reproducible')
    expect(second.commentUrl).toBe(first.commentUrl)
    expect(server.count('PATCH', /\/issues\/comments\/\d+$/)).toBe(1)
    expect(log.warnings).toEqual([])
  })

  test('finds its comment among 250 on page 3', async () => {
    for (let i = 0; i < 249; i++) server.addComment(PR, i === 7 ? 'LGTM' : `comment ${i}`, i % 2 ? 'octocat' : 'github-actions[bot]')
    const ours = server.addComment(PR, `${marker(90)}\nold verdict`, 'github-actions[bot]')
    await gate('drift', { runId: 100 })
    expect(server.commentsOn(PR)).toHaveLength(250)
    expect(server.comments.find((c) => c.id === ours.id)?.body.startsWith(marker(100))).toBe(true)
    const pages = server.requests
      .filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))
      .map((r) => new URLSearchParams(r.query).get('page') ?? '1')
    expect(pages).toEqual(['1', '2', '3'])
    expect(server.requests.find((r) => r.method === 'GET' && r.path.endsWith('/comments'))?.query).toContain('per_page=100')
  })

  test('a comment by someone else carrying the marker is never edited', async () => {
    const forged = server.addComment(PR, `${marker(999)}\nI am the verdict now`, 'mallory')
    await gate('drift', { runId: 100 })
    expect(server.comments.find((c) => c.id === forged.id)?.body).toBe(`${marker(999)}\nI am the verdict now`)
    const ours = server.commentsOn(PR).filter((c) => c.user.login === 'github-actions[bot]')
    expect(ours).toHaveLength(1)
    expect(server.count('PATCH', /.*/)).toBe(0)
  })

  test('an older run never overwrites a comment written by a newer one', async () => {
    const newer = server.addComment(PR, `${marker(200)}\nverdict of run 200`, 'github-actions[bot]')
    const result = await gate('drift', { runId: 199 })
    expect(server.comments.find((c) => c.id === newer.id)?.body).toBe(`${marker(200)}\nverdict of run 200`)
    expect(result.commentUrl).toBe(newer.html_url)
    // same run, lower attempt
    newer.body = `${marker(300, 2)}\nattempt 2`
    await gate('drift', { runId: 300, attempt: 1 })
    expect(newer.body).toBe(`${marker(300, 2)}\nattempt 2`)
    // same run, higher attempt: updates
    await gate('drift', { runId: 300, attempt: 3 })
    expect(newer.body.startsWith(marker(300, 3))).toBe(true)
    expect(server.commentsOn(PR)).toHaveLength(1)
  })

  test('two runs that create at the same time end with one comment: the newer run’s', async () => {
    // Run 101 posts its comment while run 100 is between "found none" and "create".
    server.onRequest = (method, p) => {
      if (method === 'POST' && p.endsWith('/comments') && server.commentsOn(PR).length === 0) {
        server.addComment(PR, `${marker(101)}\nverdict of run 101`, 'github-actions[bot]')
      }
    }
    const result = await gate('drift', { runId: 100 })
    expect(server.commentsOn(PR).map((c) => c.body)).toEqual([`${marker(101)}\nverdict of run 101`])
    expect(result.commentUrl).toBe(server.commentsOn(PR)[0]?.html_url)
    expect(server.count('DELETE', /\/issues\/comments\/\d+$/)).toBe(1)

    // And the other way round: the newer run deletes the older run's duplicate.
    server.comments.length = 0
    server.onRequest = (method, p) => {
      if (method === 'POST' && p.endsWith('/comments') && server.commentsOn(PR).length === 0) {
        server.addComment(PR, `${marker(100)}\nverdict of run 100`, 'github-actions[bot]')
      }
    }
    await gate('drift', { runId: 102 })
    expect(server.commentsOn(PR)).toHaveLength(1)
    expect(server.commentsOn(PR)[0]?.body.startsWith(marker(102))).toBe(true)
  })

  test('two comment keys keep two comments', async () => {
    await gate('drift', { raw: { 'comment-key': 'cpu' } })
    await gate('drift', { raw: { 'comment-key': 'gpu' } })
    expect(server.commentsOn(PR).map((c) => c.body.split('\n')[0])).toEqual([marker(100, 1, 'cpu'), marker(100, 1, 'gpu')])
  })

  test('a personal token comments as its user; comment-author overrides for an App bot', async () => {
    await server.close()
    server = await GitHubServer.start({ userLogin: 'octocat' })
    server.addComment(PR, `${marker(90)}\nby the bot`, 'github-actions[bot]')
    await gate('drift')
    expect(server.commentsOn(PR).map((c) => c.user.login)).toEqual(['github-actions[bot]', 'octocat'])
    expect(server.count('GET', /^\/user$/)).toBe(1)

    await server.close()
    server = await GitHubServer.start({ tokenLogin: 'repro-app[bot]' })
    server.addComment(PR, `${marker(90)}\nby the app`, 'repro-app[bot]')
    await gate('drift', { raw: { 'comment-author': 'repro-app[bot]' } })
    expect(server.commentsOn(PR)).toHaveLength(1)
    expect(server.commentsOn(PR)[0]?.body.startsWith(marker(100))).toBe(true)
    expect(server.count('GET', /^\/user$/)).toBe(0)
  })
})

describe('comment policy and events', () => {
  test('on-drift: drift comments; fixed updates it to say the drift is gone; reproducible with no prior comment posts nothing', async () => {
    await gate('reproducible', { runId: 99, raw: { comment: 'on-drift' } })
    expect(server.commentsOn(PR)).toHaveLength(0)
    expect(server.count('POST', /comments$/)).toBe(0)

    await gate('drift', { runId: 100, raw: { comment: 'on-drift' } })
    expect(server.commentsOn(PR)).toHaveLength(1)
    expect(server.commentsOn(PR)[0]?.body).toContain('❌ Drift')

    await gate('reproducible', { runId: 101, raw: { comment: 'on-drift' } })
    expect(server.commentsOn(PR)).toHaveLength(1)
    const body = server.commentsOn(PR)[0]?.body ?? ''
    expect(body).toContain('The drift reported earlier in this pull request is gone')
    expect(body).toContain('✅ Reproducible')
  })

  test('comment: never posts nothing', async () => {
    await gate('drift', { raw: { comment: 'never' } })
    expect(server.requests).toHaveLength(0)
  })

  for (const event of ['push', 'schedule', 'workflow_dispatch', 'merge_group']) {
    test(`no comment outside a pull request (${event})`, async () => {
      const result = await gate('drift', { event })
      expect(server.requests).toHaveLength(0)
      expect(result.commentUrl).toBeNull()
    })
  }
})

describe('failures never change the verdict', () => {
  test('403 on a fork: one warning with the reason, for comment and check together', async () => {
    server.fail({ method: 'POST', path: /comments$/, status: 403, times: Infinity, message: 'Resource not accessible by integration' })
    server.fail({ method: 'POST', path: /check-runs$/, status: 403, times: Infinity, message: 'Resource not accessible by integration' })
    const report = loadReport('drift')
    const result = await gate('drift', { report, fork: true, raw: { 'check-name': 'reproducibility' } })
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toContain("the token is read-only on pull requests from forks; see README 'Forks'")
    expect(log.warnings[0]).toContain('PR comment and check run')
    expect(result.warnings).toEqual(log.warnings)
    expect(report.verdict).toBe('drift')
    expect(server.count('POST', /comments$/)).toBe(1) // 403 is not retried
  })

  test('403 without a fork says which permissions to add', async () => {
    server.fail({ method: 'POST', path: /comments$/, status: 403, times: Infinity, message: 'Resource not accessible by integration' })
    await gate('drift')
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toContain('pull-requests: write')
  })

  test('502 twice then success: one comment, no warning', async () => {
    server.fail({ method: 'GET', path: /\/issues\/\d+\/comments$/, status: 502, times: 2 })
    server.fail({ method: 'POST', path: /comments$/, status: 502, times: 2 })
    const result = await gate('drift')
    expect(server.commentsOn(PR)).toHaveLength(1)
    expect(result.commentUrl).not.toBeNull()
    expect(log.warnings).toEqual([])
  })

  test('a 502 after GitHub stored the comment does not post it twice', async () => {
    server.fail({ method: 'POST', path: /comments$/, status: 502, times: 1, applyFirst: true })
    await gate('drift')
    expect(server.commentsOn(PR)).toHaveLength(1)
    expect(server.count('POST', /comments$/)).toBe(1)
  })

  test('a secondary rate limit is waited out', async () => {
    server.fail({
      method: 'POST',
      path: /comments$/,
      status: 403,
      times: 1,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' }
    })
    await gate('drift')
    expect(server.commentsOn(PR)).toHaveLength(1)
    expect(log.warnings).toEqual([])
  })

  test('an API that stays down becomes one warning', async () => {
    server.fail({ method: 'GET', path: /comments$/, status: 503, times: Infinity })
    const result = await gate('error')
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toMatch(/could not post the PR comment: .*HTTP 503.*The verdict is unchanged/)
    expect(result.commentUrl).toBeNull()
  })
})

describe('check run and annotations', () => {
  test('the check run goes on the PR head commit, not the merge commit', async () => {
    const result = await gate('drift', { raw: { 'check-name': 'reproducibility' } })
    expect(server.checkRuns).toHaveLength(1)
    const run = server.checkRuns[0] as {
      head_sha: string
      name: string
      conclusion: string
      status: string
      output: { title: string; summary: string }
    }
    expect(run.head_sha).toBe(HEAD_SHA)
    expect(run.name).toBe('reproducibility')
    expect(run.status).toBe('completed')
    expect(run.conclusion).toBe('failure')
    expect(run.output.title).toBe('❌ Drift in 2 of 8 metrics and 1 of 2 artifacts across 3 runs')
    expect(run.output.summary).toContain('**Drifted metrics**')
    expect(result.checkRunUrl).toMatch(/\/runs\/\d+$/)
  })

  test('conclusions: success, neutral when fail-on-drift is false, failure on error', async () => {
    await gate('reproducible', { raw: { 'check-name': 'r' } })
    const drift = loadReport('drift')
    drift.inputs.failOnDrift = false
    await gate('drift', { report: drift, raw: { 'check-name': 'r' } })
    await gate('error', { raw: { 'check-name': 'r' } })
    expect(server.checkRuns.map((r) => r.conclusion)).toEqual(['success', 'neutral', 'failure'])
  })

  test('a reproducible run that moved from the baseline fails the check when fail-on-baseline-drift is true', async () => {
    const moved = (failOnBaselineDrift: boolean) => {
      const report = loadReport('reproducible')
      report.inputs.failOnBaselineDrift = failOnBaselineDrift
      report.baseline = { verdict: 'drift' } as unknown as NonNullable<typeof report.baseline>
      return report
    }
    expect(checkConclusion(moved(false))).toBe('success')
    expect(checkConclusion(moved(true))).toBe('failure')
  })

  test('the check summary stays under 65,535 characters with 20,000 metrics', async () => {
    const report = loadReport('drift')
    const template = report.metrics.find((m) => m.status === 'drift')
    if (!template) throw new Error('no drifted metric in the fixture')
    report.metrics = Array.from({ length: 20_000 }, (_, i) => ({ ...template, name: `layer.${i}.loss` }))
    report.drifted = report.metrics.map((m) => ({ kind: 'metric' as const, name: m.name }))
    await gate('drift', { report, raw: { 'check-name': 'r' } })
    const summary = (server.checkRuns[0] as { output: { summary: string } }).output.summary
    expect(summary.length).toBeLessThanOrEqual(65_535)
    expect(server.commentsOn(PR)[0]?.body.length).toBeLessThanOrEqual(65_536)
    expect(log.annotations).toHaveLength(10)
    expect(log.annotations[9]?.message).toBe('19991 more drifted items not annotated; see the job summary.')
  })

  test('drifted metrics become error annotations with their values', async () => {
    await gate('drift', { event: 'push' })
    expect(log.annotations.map((a) => a.message)).toEqual([
      expect.stringContaining('tokenizer — run 1: "bpe-v2", run 2: "bpe-v2", run 3: "bpe-v3"'),
      expect.stringContaining('train.loss — run 1: 0.0812346, run 2: 0.0843346, run 3: 0.0795346; max |Δ| 0.0031'),
      expect.stringContaining('out/model.bin — content differs from run 1 in run 3')
    ])
  })

  test('failureMessage names the drifted metrics', () => {
    expect(publish.failureMessage(loadReport('drift'))).toBe(
      'repro-gate: drift across 3 runs in 2 metrics (tokenizer, train.loss) and 1 artifact (out/model.bin). See the job summary for values per run.'
    )
    expect(publish.failureMessage(loadReport('error'))).toMatch(/^repro-gate: error — run 2 exited with code 3/)
    expect(publish.failureMessage(loadReport('reproducible'))).toBe('repro-gate: reproducible — 3 runs agree on 8 metrics')
  })
})

describe('what leaves the runner', () => {
  test('a metric named like an injection renders inert in the comment', async () => {
    const report = loadReport('drift')
    const evil = '<img src=x onerror=alert(1)>|@octocat'
    const first = report.metrics.find((m) => m.status === 'drift')
    if (!first) throw new Error('fixture')
    first.name = evil
    report.drifted[0] = { kind: 'metric', name: evil }
    await gate('drift', { report })
    const body = server.commentsOn(PR)[0]?.body ?? ''
    expect(body).not.toContain('<img')
    expect(body).not.toContain('@octocat')
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;\\|@\u200Boctocat')
    expect(comment.parseMarkers(body)).toHaveLength(1)
  })

  test('the comment, the check and the annotations pass through the redactor', async () => {
    const env = runnerEnv({ apiUrl: server.url })
    const report = loadReport('drift')
    const m = report.metrics.find((x) => x.status === 'drift')
    if (!m) throw new Error('fixture')
    m.name = 'hf_SECRETTOKEN123'
    report.drifted[0] = { kind: 'metric', name: m.name }
    await publish.publishToGitHub(report, inputsFrom({ 'check-name': 'r' }, env), secretRedactor('SECRETTOKEN123'), {
      env,
      log,
      tuning: { retryAfterBaseValue: 1, throttleId: `redact-${testNo}`, spaceWrites: false }
    })
    const sent = JSON.stringify(server.requests.map((r) => r.body))
    expect(sent).not.toContain('SECRETTOKEN123')
    expect(server.commentsOn(PR)[0]?.body).toContain('hf\\_\\*\\*\\*')
    expect(JSON.stringify(log.annotations)).not.toContain('SECRETTOKEN123')
  })
})
