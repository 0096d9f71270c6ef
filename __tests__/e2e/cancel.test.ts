/**
 * A cancelled job through dist/index.js with a real SIGINT, the way the runner cancels (SIGINT,
 * SIGTERM 7.5 s later, SIGKILL 2.5 s after that), while the GitHub API accepts connections and
 * never answers: the gate must exit within 7 s of SIGINT with its report, summary and outputs.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { GitHubServer } from '../support/github-server.js'
import { actionEnvironment, parseOutputFile, repoRoot } from '../support/action.js'

const PR = 42
const HEAD = '3f9c2d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e'
/** The runner's SIGTERM comes 7.5 s after SIGINT; the gate must be gone well before. */
const BUDGET_MS = 7000

let server: GitHubServer | undefined
let child: ChildProcess | undefined
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await server?.close()
  server = undefined
})

const prEvent = {
  name: 'pull_request',
  payload: {
    number: PR,
    pull_request: {
      number: PR,
      head: { sha: HEAD, repo: { full_name: 'octo-org/vision-lab' } },
      base: { repo: { full_name: 'octo-org/vision-lab' } }
    }
  }
}

async function until(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

/** Starts the action; resolves once `ready` holds, sends SIGINT and measures the time to exit. */
async function cancelWhen(ws: string, inputs: Record<string, string>, ready: () => boolean) {
  const { env, outputFile, summaryFile } = actionEnvironment({
    workspace: ws,
    event: prEvent,
    inputs: { 'report-path': 'out/report.json', ...inputs },
    env: { GITHUB_API_URL: server!.url, GITHUB_REPOSITORY: 'octo-org/vision-lab' }
  })
  const proc = spawn(process.execPath, [path.join(repoRoot, 'dist', 'index.js')], { cwd: ws, env })
  child = proc
  let stdout = ''
  proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  proc.stderr.on('data', (d: Buffer) => (stdout += d.toString()))
  const closed = new Promise<number | null>((resolve) => proc.on('close', (code) => resolve(code)))
  await until('the moment to cancel', ready)
  const sentAt = Date.now()
  proc.kill('SIGINT')
  // The runner's escalation, in case the gate outlives it (then the test fails on the timing).
  const term = setTimeout(() => proc.kill('SIGTERM'), 7500)
  const kill = setTimeout(() => proc.kill('SIGKILL'), 10_000)
  const code = await closed
  const elapsedMs = Date.now() - sentAt
  clearTimeout(term)
  clearTimeout(kill)
  return {
    code,
    elapsedMs,
    stdout,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    report: existsSync(path.join(ws, 'out/report.json'))
      ? (JSON.parse(readFileSync(path.join(ws, 'out/report.json'), 'utf8')) as { verdict: string; errors: { message: string }[] })
      : null
  }
}

function workspace(script: string): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-cancel-'))
  writeFileSync(path.join(ws, 'train.sh'), script)
  return ws
}

describe('a cancel ends the gate with its report within the runner’s budget', () => {
  test('SIGINT while the API never answers the comment request: exit within 7 s, verdict and summary kept', async () => {
    server = await GitHubServer.start()
    server.hang({ method: 'GET', path: /\/issues\/\d+\/comments$/ })
    const ws = workspace(`echo '{"accuracy": 0.9}' > metrics.json\n`)
    const res = await cancelWhen(ws, { command: 'bash train.sh', snapshot: 'false' }, () => server!.hanging() >= 1)
    expect(res.elapsedMs).toBeLessThan(BUDGET_MS)
    expect(res.report?.verdict).toBe('reproducible')
    expect(res.outputs.verdict).toBe('reproducible')
    expect(res.summary).toContain('Reproducible')
    expect(res.stdout).toMatch(/repro-gate stopped waiting for the PR comment and check run: the job was cancelled/)
    expect(res.code).toBe(0)
  })

  test('SIGINT during a run that ignores SIGTERM, with the API hanging: killed, reported as cancelled, exit within 7 s', async () => {
    server = await GitHubServer.start()
    server.hang({ method: 'GET', path: /\/issues\/\d+\/comments$/ })
    // `trap '' TERM` is inherited by sleep: only SIGKILL ends this tree.
    const ws = workspace(`touch started\ntrap '' TERM\nsleep 60\necho '{"accuracy": 0.9}' > metrics.json\n`)
    const res = await cancelWhen(ws, { command: 'bash train.sh' }, () => existsSync(path.join(ws, 'started')))
    expect(res.elapsedMs).toBeLessThan(BUDGET_MS)
    expect(res.code).toBe(1)
    expect(res.report?.verdict).toBe('error')
    expect(res.report?.errors.map((e) => e.message).join('\n')).toMatch(/cancel/)
    expect(res.outputs.verdict).toBe('error')
    expect(res.summary).toMatch(/error/i)
  })
})
