/**
 * Secrets through dist/index.js, the way a hostile or careless experiment leaks them: as a metric
 * value saved into the default-branch baseline (Actions cache) and shown by a later PR, as
 * variables whose names the name patterns used to miss, as token shapes in output, metrics and the
 * command, and as a private key printed in two pieces to the live log.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runAction, type ActionRun } from '../support/action.js'
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

/** The history.json inside a saved cache entry (a tar, gzip or zstd compressed). */
function cachedText(index: number): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'rg-cache-blob-')), 'cache.tar')
  writeFileSync(file, Buffer.concat(cache.entries[index].chunks))
  const out = spawnSync('tar', ['-xOf', file], { encoding: 'utf8' })
  expect(out.status).toBe(0)
  return out.stdout
}

/** Everything a run left for people to read: log, outputs, summary, comments, check runs, report file. */
function everything(run: ActionRun, reportFile: string): string {
  return [
    run.stdout,
    run.stderr,
    JSON.stringify(run.outputs),
    run.summary,
    readFileSync(reportFile, 'utf8'),
    JSON.stringify(github.requests.map((r) => r.body)),
    JSON.stringify(github.checkRuns)
  ].join('\n')
}

describe('secrets never leave the gate', () => {
  test('a secret-valued string metric saved on a default-branch push reaches neither the cache nor a later PR', async () => {
    const secret = 'tok-3f9a8c7e1d2b4a6f0917'
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-secret-baseline-'))
    writeFileSync(
      path.join(ws, 'train.cjs'),
      `require('fs').writeFileSync('metrics.json', JSON.stringify({ tok: process.env.MY_API_TOKEN ?? 'unset', accuracy: 0.9 }))\n`
    )
    const common = {
      ACTIONS_CACHE_URL: cache.url,
      ACTIONS_RUNTIME_TOKEN: 'test-runtime-token',
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'octo-org/vision-lab'
    }
    const inputs = { command: 'node train.cjs', 'comment-key': 'secret', snapshot: 'false' }
    const push = await runAction({
      workspace: ws,
      inputs,
      event: { name: 'push', payload: { repository: { default_branch: 'main' } } },
      env: { ...common, MY_API_TOKEN: secret, GITHUB_SHA: '1'.repeat(40), GITHUB_REF: 'refs/heads/main' }
    })
    expect(push.outputs.verdict).toBe('reproducible')
    expect(cache.entries).toHaveLength(1)
    const saved = cachedText(0)
    expect(saved).toContain('"tok"')
    expect(saved).not.toContain(secret)
    expect(everything(push, path.join(ws, 'repro-report.json'))).not.toContain(secret)

    // The PR run does not have the secret, so only what was saved could leak it.
    const pr = await runAction({
      workspace: ws,
      inputs,
      event: {
        name: 'pull_request',
        payload: { number: 11, pull_request: { number: 11, head: { sha: '2'.repeat(40), repo: { full_name: 'octo-org/vision-lab' } } } }
      },
      env: { ...common, GITHUB_SHA: '3'.repeat(40), GITHUB_REF: 'refs/pull/11/merge' }
    })
    expect(pr.outputs['baseline-verdict']).toBe('drift')
    const comment = github.commentsOn(11)[0]?.body ?? ''
    expect(comment).toContain('tok')
    expect(comment).not.toContain(secret)
    expect(pr.summary).toContain('tok')
    expect(pr.summary).not.toContain(secret)
    expect(everything(pr, path.join(ws, 'repro-report.json'))).not.toContain(secret)
  })

  test('secret-named variables the old patterns missed and sk-proj/hf_ tokens are masked in output, metrics and the command', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-secret-shapes-'))
    const dbPassword = 'Tr0ub4dor-and-3'
    const apiCreds = 'creds:9f8e7d6c5b4a'
    const openai = 'sk-proj-' + 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z_Ab3dEf6hIj9k'
    const hugging = 'hf_' + 'AbCdEfGhIjKlMnOpQrStUvWxYz01234567'
    const github_pat = 'github_pat_' + '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVW'
    const aws = 'AKIA' + 'ABCDEFGHIJKLMNOP'
    writeFileSync(
      path.join(ws, 'train.cjs'),
      [
        `const e = process.env`,
        `console.log('connecting with', e.DB_PW, e.API_CREDS, process.argv[2], ${JSON.stringify(hugging)})`,
        `console.log(${JSON.stringify(github_pat)}, ${JSON.stringify(aws)})`,
        `require('fs').writeFileSync('metrics.json', JSON.stringify({ pw: e.DB_PW, creds: e.API_CREDS, key: process.argv[2], hf: ${JSON.stringify(hugging)}, acc: 1 }))`
      ].join('\n')
    )
    const run = await runAction({
      workspace: ws,
      inputs: { command: `node train.cjs ${openai}`, snapshot: 'false', 'comment-key': 'shapes' },
      env: { DB_PW: dbPassword, API_CREDS: apiCreds }
    })
    expect(run.outputs.verdict).toBe('reproducible')
    const seen = everything(run, path.join(ws, 'repro-report.json'))
    expect(seen).toContain('connecting with')
    for (const secret of [dbPassword, apiCreds, openai, hugging, github_pat, aws]) expect(seen).not.toContain(secret)
    // The recorded command keeps its shape, minus the key.
    const report = JSON.parse(readFileSync(path.join(ws, 'repro-report.json'), 'utf8')) as { inputs: { command: string } }
    expect(report.inputs.command).toBe('node train.cjs ***')
  })

  test('a private key printed in two pieces is masked whole in the live log', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-secret-pem-'))
    const body = [
      'MIIEowIBAAKCAQEAzQ1x3kP0bQwYvJ9sLmN4aB7cD2eF5gH8iJ1kL4mN7oP0qR3s',
      'T6uV9wX2yZ5aB8cD1eF4gH7iJ0kL3mN6oP9qR2sT5uV8wX1yZ4aB7cD0eF3gH6iJ',
      'K9lM2nO5pQ8rS1tU4vW7xY0zA3bC6dE9fG2hI5jK8lM1nO4pQ7rS0tU3vW6xY9z',
      'A2bC5dE8fG1hI4jK7lM0nO3pQ6rS9tU2vW5xY8zA1bC4dE7fG0hI3jK6lM9nO2p'
    ]
    writeFileSync(
      path.join(ws, 'train.cjs'),
      [
        `const body = ${JSON.stringify(body)}`,
        `process.stdout.write('before\\n-----BEGIN RSA PRIVATE KEY-----\\n' + body[0] + '\\n' + body[1] + '\\n')`,
        `setTimeout(() => {`,
        `  process.stdout.write(body[2] + '\\n' + body[3] + '\\n-----END RSA PRIVATE KEY-----\\nafter\\n')`,
        `  require('fs').writeFileSync('metrics.json', '{"acc": 1}')`,
        `}, 400)`
      ].join('\n')
    )
    const run = await runAction({ workspace: ws, inputs: { command: 'node train.cjs', runs: '2', snapshot: 'false' } })
    expect(run.outputs.verdict).toBe('reproducible')
    expect(run.stdout).toContain('before')
    expect(run.stdout).toContain('after')
    const seen = everything(run, path.join(ws, 'repro-report.json'))
    for (const line of body) expect(seen).not.toContain(line.slice(0, 24))
  })
})
