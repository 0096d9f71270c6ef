/**
 * Each channel the verdict leaves by fails on its own, through dist/index.js as the runner runs it:
 * an unwritable GITHUB_OUTPUT and job summary, a check run the API refuses and an artifact service
 * that refuses the upload are one warning each, and the comment, the report and the verdict stay.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { GitHubServer } from '../support/github-server.js'
import { runAction } from '../support/action.js'

const PR = 42
const HEAD = '3f9c2d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e'
let server: GitHubServer | undefined
let results: http.Server | undefined

afterEach(async () => {
  expect(server?.violations ?? []).toEqual([])
  await server?.close()
  server = undefined
  results?.closeAllConnections()
  await new Promise((r) => results?.close(r))
  results = undefined
})

/** The Actions results service (artifact uploads), refusing everything the way a revoked token is. */
async function refusingResultsService(): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = []
  results = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    req.resume()
    res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'permission_denied', msg: 'token revoked' }))
  })
  await new Promise<void>((resolve) => results!.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(results.address() as AddressInfo).port}/`, requests }
}

/** A runtime token shaped like the runner's (a JWT whose scp names the run's backend ids). */
function runtimeToken(): string {
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url')
  const scp = 'Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774'
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp })}.c2lnbmF0dXJl`
}

const count = (text: string, re: RegExp): number => text.split('\n').filter((l) => re.test(l)).length

describe('every output channel fails on its own', () => {
  test('unwritable outputs and summary, a refused check run and artifact upload: one warning each; comment, report and verdict intact', async () => {
    server = await GitHubServer.start()
    server.fail({ method: 'POST', path: /\/check-runs$/, status: 403, times: Infinity, message: 'Resource not accessible by integration' })
    const service = await refusingResultsService()
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-channels-'))
    writeFileSync(path.join(ws, 'train.sh'), `echo '{"accuracy": 0.9}' > metrics.json\n`)
    // Directories where the runner's files should be: no one, root included, can append to them.
    const runner = mkdtempSync(path.join(tmpdir(), 'rg-channels-runner-'))
    mkdirSync(path.join(runner, 'output'))
    mkdirSync(path.join(runner, 'summary'))
    const res = await runAction({
      workspace: ws,
      event: {
        name: 'pull_request',
        payload: {
          number: PR,
          pull_request: {
            number: PR,
            head: { sha: HEAD, repo: { full_name: 'octo-org/vision-lab' } },
            base: { repo: { full_name: 'octo-org/vision-lab' } }
          }
        }
      },
      inputs: { command: 'bash train.sh', snapshot: 'false', baseline: 'false', 'check-name': 'repro' },
      env: {
        GITHUB_API_URL: server.url,
        GITHUB_REPOSITORY: 'octo-org/vision-lab',
        GITHUB_OUTPUT: path.join(runner, 'output'),
        GITHUB_STEP_SUMMARY: path.join(runner, 'summary'),
        ACTIONS_RUNTIME_TOKEN: runtimeToken(),
        ACTIONS_RESULTS_URL: service.url
      }
    })
    const log = res.stdout + res.stderr
    expect(res.code).toBe(0)
    expect(count(log, /^::warning::repro-gate could not write the step outputs \(EISDIR/)).toBe(1)
    expect(count(log, /^::warning::repro-gate could not write the job summary: EISDIR/)).toBe(1)
    expect(count(log, /^::warning::repro-gate could not post the check run "repro"/)).toBe(1)
    expect(count(log, /^::warning::repro-gate could not upload the report as artifact "repro-report--repro-repro--1"/)).toBe(1)
    expect(service.requests.length).toBeGreaterThan(0)
    expect(log).not.toMatch(/^::error::/m)
    expect(log).toMatch(/^repro-gate: reproducible — 2 runs agree/m)
    expect(server.commentsOn(PR)).toHaveLength(1)
    expect(JSON.parse(readFileSync(path.join(ws, 'repro-report.json'), 'utf8')).verdict).toBe('reproducible')
  })
})
