/**
 * mode: publish (the workflow_run pattern for forks) against the loopback API: the triggering run's
 * artifacts are listed there and their zips (made here, like an upload makes them) downloaded
 * through the API's redirect to blob storage. And `pull_request_target` refusal.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { GitHubServer } from '../support/github-server.js'
import { HEAD_SHA, PR, inputsFrom, loadReport, recordingLog, runnerEnv, type RecordedLog } from './helpers.js'
import type * as PublishMode from '../../src/publish/workflow-run.js'
import { assertEventIsSafe } from '../../src/publish/events.js'
import { InputError } from '../../src/errors.js'
import { entry, makeZip, zeros, type RawEntry } from '../support/zip.js'

process.env.GITHUB_API_URL = 'http://127.0.0.1:9'
let mode: typeof PublishMode
beforeAll(async () => {
  mode = await import('../../src/publish/workflow-run.js')
})

let server: GitHubServer
let log: RecordedLog
let n = 0
beforeEach(async () => {
  server = await GitHubServer.start()
  log = recordingLog()
})
afterEach(async () => {
  await server.close()
  expect(server.violations).toEqual([])
})

const GATE_RUN = 5550001

/** The gate run's artifacts: each name with the report JSON (or other zip entries) it holds. */
function artifacts(reports: Record<string, string | RawEntry[]>): void {
  for (const [name, content] of Object.entries(reports)) {
    server.addArtifact(GATE_RUN, name, makeZip(typeof content === 'string' ? [entry('repro-report.json', content)] : content))
  }
}

/** Zip downloads that reached blob storage. */
const downloads = (): number => server.requests.filter((r) => r.path.startsWith('/blob/')).length

function workflowRunEnv(headSha = HEAD_SHA): NodeJS.ProcessEnv {
  return runnerEnv({
    apiUrl: server.url,
    event: 'workflow_run',
    runId: 7770001,
    payload: {
      workflow_run: {
        id: GATE_RUN,
        run_attempt: 2,
        head_sha: headSha,
        html_url: `https://github.com/octo-org/vision-lab/actions/runs/${GATE_RUN}`,
        pull_requests: []
      }
    }
  })
}

async function publishMode(env = workflowRunEnv(), raw: Record<string, string> = {}): Promise<number> {
  const inputs = inputsFrom({ mode: 'publish', command: '', 'check-name': 'should-not-be-used', ...raw }, env)
  return mode.runPublishMode(inputs, { env, log, tuning: { retryAfterBaseValue: 1, throttleId: `pm-${++n}`, spaceWrites: false } })
}

describe('mode: publish', () => {
  test('downloads the triggering run’s report, finds the fork PR by commit and posts only the comment', async () => {
    server.commitPulls.set(HEAD_SHA, [
      { number: 7, state: 'closed', headSha: HEAD_SHA },
      { number: PR, state: 'open', headSha: HEAD_SHA }
    ])
    const report = loadReport('drift', 123, 1)
    report.context.runUrl = 'https://evil.example/phish'
    artifacts({ 'repro-report--repro-train--2': JSON.stringify(report), 'other-artifact': '{}' })
    expect(await publishMode()).toBe(0)
    expect(downloads()).toBe(1)
    // the token goes to the API only, never to the blob storage it redirects to
    expect(server.blobAuthorizations).toEqual([undefined])
    expect(server.commentsOn(PR)).toHaveLength(1)
    const body = server.commentsOn(PR)[0]?.body ?? ''
    // the marker carries the gate run (not the publish run), so a later gate run wins
    expect(body.startsWith(`<!-- repro-gate:key=repro-train run=${GATE_RUN} attempt=2 sha=${HEAD_SHA} -->`)).toBe(true)
    expect(body).toContain('❌ Drift in 2 of 8 metrics')
    // links come from the event, not from the untrusted report
    expect(body).not.toContain('evil.example')
    expect(body).toContain(`(https://github.com/octo-org/vision-lab/actions/runs/${GATE_RUN})`)
    expect(server.checkRuns).toHaveLength(0)
    expect(server.count('POST', /check-runs/)).toBe(0)
  })

  test('one comment per gate job, each from the newest attempt up to the triggering one', async () => {
    server.commitPulls.set(HEAD_SHA, [{ number: PR, state: 'open', headSha: HEAD_SHA }])
    const names = [
      'repro-report--train-linux--1',
      'repro-report--train-linux--2',
      'repro-report--train-linux--3',
      'repro-report--train-mac--1'
    ]
    artifacts(Object.fromEntries(names.map((name) => [name, JSON.stringify(loadReport('drift'))])))
    expect(await publishMode(workflowRunEnv(), { 'comment-key': 'train-linux\ntrain-mac' })).toBe(0)
    expect(downloads()).toBe(2)
    const markers = server.commentsOn(PR).map((c) => c.body.split('\n')[0])
    expect(markers).toEqual([
      `<!-- repro-gate:key=train-linux run=${GATE_RUN} attempt=2 sha=${HEAD_SHA} -->`,
      `<!-- repro-gate:key=train-mac run=${GATE_RUN} attempt=1 sha=${HEAD_SHA} -->`
    ])
  })

  test('the gate names its report artifact by key and attempt', () => {
    const name = mode.reportArtifactName(
      { reportArtifact: 'repro-report', commentKey: 'train-${{ matrix.os }}' },
      { GITHUB_RUN_ATTEMPT: '3' }
    )
    expect(name).toBe('repro-report--train-matrix.os--3')
    expect(mode.reportsToPublish([name], 'repro-report', 3)).toEqual([{ name, key: 'train-matrix.os', attempt: 3 }])
  })

  test('a report for another commit is refused', async () => {
    server.commitPulls.set(HEAD_SHA, [{ number: PR, state: 'open', headSha: HEAD_SHA }])
    const report = loadReport('drift')
    report.context.headSha = 'deadbeef'.repeat(5)
    artifacts({ 'repro-report--repro-train--2': JSON.stringify(report) })
    expect(await publishMode()).toBe(1)
    expect(server.commentsOn(PR)).toHaveLength(0)
    expect(log.annotations[0]?.message).toMatch(/will not publish the report: it is for commit deadbeef/)
  })

  test('not JSON, no schemaVersion, an expired artifact, none at all: refused with the reason', async () => {
    const name = 'repro-report--repro-train--2'
    artifacts({ [name]: '{"verdict": "reproducible"' })
    expect(await publishMode()).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(
      /could not read the report artifact "repro-report--repro-train--2" of run 5550001: repro-report.json is not JSON/
    )
    server.artifacts.length = 0
    artifacts({ [name]: '{"verdict": "reproducible"}' })
    expect(await publishMode()).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(/has no schemaVersion/)
    server.artifacts.length = 0
    artifacts({ [name]: JSON.stringify({ ...loadReport('drift'), schemaVersion: 3 }) })
    expect(await publishMode()).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(
      /repro-report\.json: schemaVersion 3: this repro-gate reads 1 and 2; it was written by a newer repro-gate: upgrade repro-gate to read it \(use the same repro-gate version in both workflows\)/
    )
    server.artifacts.length = 0
    server.addArtifact(GATE_RUN, name, makeZip([entry('repro-report.json', '{}')]), true)
    artifacts({ unrelated: '{}' })
    expect(await publishMode()).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(
      /found no report artifact "repro-report--<comment-key>--<attempt>" for comment-key repro-train in run 5550001/
    )
    expect(server.comments).toHaveLength(0)
  })

  test('a commit with no open pull request: nothing to do', async () => {
    artifacts({ 'repro-report--repro-train--2': JSON.stringify(loadReport('drift')) })
    expect(await publishMode()).toBe(0)
    expect(server.comments).toHaveLength(0)
    expect(log.infos.join('\n')).toMatch(/is the head of no open pull request/)
  })

  test('refuses to run on another event', async () => {
    const env = runnerEnv({ apiUrl: server.url, event: 'pull_request' })
    expect(await publishMode(env)).toBe(1)
    expect(log.annotations[0]?.message).toMatch(/publish runs on the workflow_run event/)
  })

  test('a report artifact named for another comment key is never published', async () => {
    server.commitPulls.set(HEAD_SHA, [{ number: PR, state: 'open', headSha: HEAD_SHA }])
    // Another gate's comment on the same PR, which a hostile run tries to overwrite.
    const theirs = server.addComment(
      PR,
      `<!-- repro-gate:key=gpu-train run=1 attempt=1 sha=${HEAD_SHA} -->\nverdict of the GPU gate`,
      'github-actions[bot]'
    )
    const forged = loadReport('reproducible')
    artifacts({ 'repro-report--gpu-train--2': JSON.stringify(forged), 'repro-report--repro-train--2': JSON.stringify(loadReport('drift')) })
    expect(await publishMode()).toBe(0)
    expect(server.comments.find((c) => c.id === theirs.id)?.body).toBe(theirs.body)
    expect(server.commentsOn(PR)).toHaveLength(2)
    expect(log.warnings.join('\n')).toMatch(/ignores the report artifacts of comment keys gpu-train: comment-key names repro-train/)
    expect(downloads()).toBe(1)
  })

  test('only a report for another key: refused, naming the keys found', async () => {
    artifacts({ 'repro-report--gpu-train--2': JSON.stringify(loadReport('reproducible')) })
    expect(await publishMode()).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(/for comment-key repro-train in run 5550001 \(it has reports for gpu-train\)/)
    expect(downloads()).toBe(0)
  })

  test('publish mode needs comment-key, the key(s) it may publish', () => {
    expect(() => inputsFrom({ mode: 'publish', command: '', 'comment-key': '' }, workflowRunEnv())).toThrow(
      /^comment-key: required in mode: publish/
    )
  })

  test('no open pull request has the run’s head commit: refused, never posted to another PR', async () => {
    // #7 contains the commit but its head moved on; #8 is another branch with the commit in its history.
    server.commitPulls.set(HEAD_SHA, [
      { number: 7, state: 'open', headSha: 'a'.repeat(40) },
      { number: 8, state: 'open', headSha: 'b'.repeat(40) }
    ])
    artifacts({ 'repro-report--repro-train--2': JSON.stringify(loadReport('drift')) })
    expect(await publishMode()).toBe(0)
    expect(server.comments).toHaveLength(0)
    expect(log.warnings.join('\n')).toMatch(
      /will not publish the report of 3f9c2d1e.*: no open pull request has it as its head commit \(open pull requests that contain it: #7 \(head aaaaaaaaaaaa\), #8/
    )
  })

  test('a small zip that inflates to 300 MB: refused at the limit, having written at most the limit', async () => {
    server.commitPulls.set(HEAD_SHA, [{ number: PR, state: 'open', headSha: HEAD_SHA }])
    const bomb = await zeros('repro-report.json', 300 * 1024 * 1024)
    expect(bomb.data.length).toBeLessThan(1024 * 1024)
    // Headers that lie about the size are caught while inflating; honest ones before.
    server.addArtifact(GATE_RUN, 'repro-report--repro-train--2', makeZip([bomb], { size: 1000 }))
    const temp = mkdtempSync(path.join(tmpdir(), 'rg-bomb-'))
    const env = { ...workflowRunEnv(), RUNNER_TEMP: temp }
    const before = process.memoryUsage().rss
    expect(await publishMode(env)).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(/repro-report.json expands to more than the 52428800-byte limit/)
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024)
    server.artifacts.length = 0
    server.addArtifact(GATE_RUN, 'repro-report--repro-train--2', makeZip([bomb]))
    expect(await publishMode(env)).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(/repro-report.json is 314572800 bytes, over the 52428800-byte limit/)
    // nothing extracted is left behind
    expect(readdirSync(temp)).toEqual([])
    expect(server.comments).toHaveLength(0)
  })

  test('only the report entry is inflated; a zip of several reports or none is refused', async () => {
    server.commitPulls.set(HEAD_SHA, [{ number: PR, state: 'open', headSha: HEAD_SHA }])
    const report = JSON.stringify(loadReport('drift'))
    artifacts({ 'repro-report--repro-train--2': [entry('repro-report.json', report), await zeros('padding.bin', 300 * 1024 * 1024)] })
    expect(await publishMode()).toBe(0)
    expect(server.commentsOn(PR)).toHaveLength(1)
    server.artifacts.length = 0
    artifacts({ 'repro-report--repro-train--2': [entry('a.json', report), entry('b.json', report)] })
    expect(await publishMode()).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(/holds 2 .json files \(a.json, b.json\); the gate uploads one/)
    server.artifacts.length = 0
    artifacts({ 'repro-report--repro-train--2': [entry('dir/repro-report.json', report)] })
    expect(await publishMode()).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(/holds no .json file at its root/)
  })

  test('uploadReportArtifact does nothing outside Actions', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-upload-'))
    writeFileSync(path.join(dir, 'repro-report.json'), '{}')
    expect(await mode.uploadReportArtifact(path.join(dir, 'repro-report.json'), 'repro-report', {})).toBe(false)
  })
})

describe('pull_request_target', () => {
  const env = (event: string): NodeJS.ProcessEnv => ({ GITHUB_EVENT_NAME: event, GITHUB_WORKSPACE: tmpdir() })

  test('refuses to run the experiment unless opted in, naming the input', () => {
    const inputs = inputsFrom({}, env('pull_request_target'))
    expect(() => assertEventIsSafe(inputs, env('pull_request_target'))).toThrow(InputError)
    expect(() => assertEventIsSafe(inputs, env('pull_request_target'))).toThrow(/allow-pull-request-target-i-understand-the-risk: true/)
    expect(() => assertEventIsSafe(inputs, env('pull_request_target'))).toThrow(/write token/)
  })

  test('runs when opted in, and on every other event', () => {
    const optedIn = inputsFrom({ 'allow-pull-request-target-i-understand-the-risk': 'true' }, env('pull_request_target'))
    expect(() => assertEventIsSafe(optedIn, env('pull_request_target'))).not.toThrow()
    const inputs = inputsFrom({}, env('pull_request'))
    for (const e of ['pull_request', 'push', 'workflow_run', 'schedule']) expect(() => assertEventIsSafe(inputs, env(e))).not.toThrow()
  })
})
