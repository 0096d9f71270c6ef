/**
 * mode: publish (the workflow_run pattern for forks) with a fake artifact store that hands over a
 * local file, and `pull_request_target` refusal.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { GitHubServer } from '../support/github-server.js'
import { HEAD_SHA, PR, inputsFrom, loadReport, recordingLog, runnerEnv, type RecordedLog } from './helpers.js'
import type * as PublishMode from '../../src/publish/workflow-run.js'
import { assertEventIsSafe } from '../../src/publish/events.js'
import { InputError } from '../../src/errors.js'
import type { ArtifactStore } from '../../src/artifacts.js'

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

/** Stands in for the artifact store: "downloads" by writing the given file into the folder. */
class FakeArtifacts implements ArtifactStore {
  calls: { name: string; runId: number }[] = []
  constructor(
    private readonly content: string | null,
    private readonly file = 'repro-report.json',
    private readonly names = ['repro-report--repro-train--2', 'other-artifact']
  ) {}
  async list(): Promise<string[]> {
    return this.names
  }
  async upload(): Promise<void> {
    throw new Error('publish mode never uploads')
  }
  async download(name: string, dir: string, runId?: number): Promise<string> {
    this.calls.push({ name, runId: runId ?? -1 })
    if (this.content === null) throw new Error(`Artifact not found for name: ${name}`)
    const into = path.join(dir, 'nested')
    mkdirSync(into, { recursive: true })
    writeFileSync(path.join(into, this.file), this.content)
    return dir
  }
}

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

async function publishMode(artifacts: FakeArtifacts, env = workflowRunEnv(), raw: Record<string, string> = {}): Promise<number> {
  const inputs = inputsFrom({ mode: 'publish', command: '', 'check-name': 'should-not-be-used', ...raw }, env)
  return mode.runPublishMode(inputs, { env, artifacts, log, tuning: { retryAfterBaseValue: 1, throttleId: `pm-${++n}` } })
}

describe('mode: publish', () => {
  test('downloads the triggering run’s report, finds the fork PR by commit and posts only the comment', async () => {
    server.commitPulls.set(HEAD_SHA, [
      { number: 7, state: 'closed', headSha: HEAD_SHA },
      { number: PR, state: 'open', headSha: HEAD_SHA }
    ])
    const report = loadReport('drift', 123, 1)
    report.context.runUrl = 'https://evil.example/phish'
    const artifacts = new FakeArtifacts(JSON.stringify(report))
    expect(await publishMode(artifacts)).toBe(0)
    expect(artifacts.calls).toEqual([{ name: 'repro-report--repro-train--2', runId: GATE_RUN }])
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
    const names = ['repro-report--train-linux--1', 'repro-report--train-linux--2', 'repro-report--train-linux--3', 'repro-report--train-mac--1']
    const artifacts = new FakeArtifacts(JSON.stringify(loadReport('drift')), 'repro-report.json', names)
    expect(await publishMode(artifacts)).toBe(0)
    expect(artifacts.calls.map((c) => c.name)).toEqual(['repro-report--train-linux--2', 'repro-report--train-mac--1'])
    const markers = server.commentsOn(PR).map((c) => c.body.split('\n')[0])
    expect(markers).toEqual([
      `<!-- repro-gate:key=train-linux run=${GATE_RUN} attempt=2 sha=${HEAD_SHA} -->`,
      `<!-- repro-gate:key=train-mac run=${GATE_RUN} attempt=1 sha=${HEAD_SHA} -->`
    ])
  })

  test('the gate names its report artifact by key and attempt', () => {
    const name = mode.reportArtifactName({ reportArtifact: 'repro-report', commentKey: 'train-${{ matrix.os }}' }, { GITHUB_RUN_ATTEMPT: '3' })
    expect(name).toBe('repro-report--train-matrix.os--3')
    expect(mode.reportsToPublish([name], 'repro-report', 3)).toEqual([{ name, key: 'train-matrix.os', attempt: 3 }])
  })

  test('a report for another commit is refused', async () => {
    server.commitPulls.set(HEAD_SHA, [{ number: PR, state: 'open', headSha: HEAD_SHA }])
    const report = loadReport('drift')
    report.context.headSha = 'deadbeef'.repeat(5)
    expect(await publishMode(new FakeArtifacts(JSON.stringify(report)))).toBe(1)
    expect(server.commentsOn(PR)).toHaveLength(0)
    expect(log.annotations[0]?.message).toMatch(/will not publish the report: it is for commit deadbeef/)
  })

  test('not JSON, no schemaVersion, a missing artifact: refused with the reason', async () => {
    expect(await publishMode(new FakeArtifacts('{"verdict": "reproducible"'))).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(/is not JSON/)
    expect(await publishMode(new FakeArtifacts('{"verdict": "reproducible"}'))).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(/has no schemaVersion/)
    expect(await publishMode(new FakeArtifacts(null))).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(/could not read the report artifact "repro-report--repro-train--2" of run 5550001: Artifact not found/)
    expect(await publishMode(new FakeArtifacts('{}', 'repro-report.json', ['unrelated']))).toBe(1)
    expect(log.annotations.at(-1)?.message).toMatch(/found no report artifact "repro-report--<comment-key>--<attempt>" in run 5550001/)
    expect(server.comments).toHaveLength(0)
  })

  test('a commit with no open pull request: nothing to do', async () => {
    expect(await publishMode(new FakeArtifacts(JSON.stringify(loadReport('drift'))))).toBe(0)
    expect(server.comments).toHaveLength(0)
    expect(log.infos.join('\n')).toMatch(/belongs to no open pull request/)
  })

  test('refuses to run on another event', async () => {
    const env = runnerEnv({ apiUrl: server.url, event: 'pull_request' })
    expect(await publishMode(new FakeArtifacts('{}'), env)).toBe(1)
    expect(log.annotations[0]?.message).toMatch(/publish runs on the workflow_run event/)
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
