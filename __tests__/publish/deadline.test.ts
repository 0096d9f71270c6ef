/**
 * Requests to an API that accepts the connection and never answers, or answers 500 every time:
 * each request ends at its timeout, publishing as a whole at its deadline, and what could not be
 * posted is one warning — the gate goes on.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { GitHubServer } from '../support/github-server.js'
import { HEAD_SHA, PR, inputsFrom, loadReport, recordingLog, runnerEnv, type RecordedLog } from './helpers.js'
import { publishToGitHub } from '../../src/publish/index.js'
import { publishChannels } from '../../src/publish/channels.js'
import { Deadline } from '../../src/publish/deadline.js'
import { createRedactor } from '../../src/report/redact.js'

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

const redactor = createRedactor({})

describe('an API that never answers, or fails', () => {
  test('every request has a timeout: a hanging comment and check become one warning', async () => {
    server.hang({ method: 'GET', path: /\/issues\/\d+\/comments$/ })
    server.hang({ method: 'POST', path: /\/check-runs$/ })
    const env = runnerEnv({ apiUrl: server.url })
    const started = Date.now()
    const result = await publishToGitHub(loadReport('drift'), inputsFrom({ 'check-name': 'repro' }, env), redactor, {
      env,
      log,
      tuning: { requestTimeoutMs: 500, retries: 1, retryAfterBaseValue: 1, throttleId: `dl-${++n}` }
    })
    // 2 × 2 tries of 0.5 s, and the write queue's spacing: bounded, where no timeout never ends
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(result.commentUrl).toBeNull()
    expect(log.warnings).toHaveLength(1)
    expect(log.warnings[0]).toMatch(
      /could not post the PR comment and check run "repro": PR comment: no answer from the GitHub API before the request timeout; check run "repro": no answer/
    )
  })

  test('500 on every try: retried, then one warning naming the status', async () => {
    server.fail({ method: 'GET', path: /\/issues\/\d+\/comments$/, status: 500, times: Infinity })
    const env = runnerEnv({ apiUrl: server.url })
    const result = await publishToGitHub(loadReport('drift'), inputsFrom({}, env), redactor, {
      env,
      log,
      tuning: { retries: 2, retryAfterBaseValue: 1, throttleId: `dl-${++n}` }
    })
    expect(result.commentUrl).toBeNull()
    expect(log.warnings).toEqual([expect.stringMatching(/could not post the PR comment: PR comment: HTTP 500/)])
    expect(server.count('GET', /\/issues\/42\/comments$/)).toBe(3)
  })

  test('publishing as a whole has a deadline: outputs and summary are written, the API is given up on', async () => {
    server.hang({ method: 'GET', path: /\/issues\/\d+\/comments$/ })
    const env = runnerEnv({ apiUrl: server.url })
    const summary = path.join(mkdtempSync(path.join(tmpdir(), 'rg-deadline-')), 'summary.md')
    writeFileSync(summary, '')
    const outputs: Record<string, string> = {}
    const deadline = new Deadline()
    deadline.within(400, 'publishing took longer than 0.4 s')
    const started = Date.now()
    await publishChannels(loadReport('drift'), inputsFrom({}, env), redactor, {
      env: { ...env, GITHUB_STEP_SUMMARY: summary },
      log,
      outputs: { set: (values) => Object.assign(outputs, values) },
      deadline: deadline.signal,
      // a request timeout far past the deadline: the deadline must cut it
      tuning: { requestTimeoutMs: 60_000, throttleId: `dl-${++n}` }
    })
    expect(Date.now() - started).toBeLessThan(3000)
    expect(outputs.verdict).toBe('drift')
    expect(readFileSync(summary, 'utf8')).toContain('Drift')
    expect(log.warnings).toEqual([
      expect.stringMatching(
        /^repro-gate stopped waiting for the PR comment and check run: publishing took longer than 0.4 s\. The verdict is unchanged\.$/
      )
    ])
    expect(server.commentsOn(PR)).toHaveLength(0)
    expect(HEAD_SHA).toHaveLength(40)
  })
})
