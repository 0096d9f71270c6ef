/**
 * ActionsCacheStore with the real `@actions/cache` against a loopback server that speaks the
 * cache service's v1 protocol: the fixed path's version must match between save and restore,
 * restores go by prefix (newest wins), an existing key is a notice, and nothing is left behind.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ActionsCacheStore, CacheNotSavedError } from '../../src/baseline/store.js'
import { baselineCacheKey, baselineKeyPrefix, baselineStage } from '../../src/baseline/index.js'
import { recordReport } from '../../src/baseline/history.js'
import type { Inputs } from '../../src/inputs/inputs.js'
import { makeReport } from '../fixtures/baseline/reports.js'

interface Entry {
  id: number
  key: string
  version: string
  chunks: Buffer[]
  committed: boolean
}

let server: Server
let base: string
let workspace: string
const entries: Entry[] = []
const requests: string[] = []
const saved: Record<string, string | undefined> = {}
const ENV = ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RUNTIME_TOKEN', 'GITHUB_WORKSPACE', 'ACTIONS_CACHE_MODE']

async function body(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const chunk of req) parts.push(chunk as Buffer)
  return Buffer.concat(parts)
}

// @actions/cache logs ::debug:: and tar commands on stdout; keep the test output readable.
let quiet: { mockRestore(): void } | undefined
beforeAll(async () => {
  quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  workspace = mkdtempSync(path.join(tmpdir(), 'cache-ws-'))
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    requests.push(`${req.method} ${url.pathname}`)
    const data = await body(req)
    const json = (status: number, value?: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(value === undefined ? undefined : JSON.stringify(value))
    }
    if (req.method === 'GET' && url.pathname === '/_apis/artifactcache/cache') {
      const keys = (url.searchParams.get('keys') ?? '').split(',')
      const version = url.searchParams.get('version')
      for (const key of keys) {
        const hits = entries.filter((e) => e.committed && e.version === version && e.key.startsWith(key))
        const exact = hits.find((e) => e.key === key)
        const hit = exact ?? hits.at(-1)
        if (hit) return json(200, { cacheKey: hit.key, archiveLocation: `${base}download/${hit.id}` })
      }
      return json(204)
    }
    if (req.method === 'POST' && url.pathname === '/_apis/artifactcache/caches') {
      const { key, version } = JSON.parse(data.toString()) as { key: string; version: string }
      if (entries.some((e) => e.key === key && e.version === version)) return json(409, { message: `Cache already exists. Key: ${key}` })
      const entry = { id: entries.length + 1, key, version, chunks: [], committed: false }
      entries.push(entry)
      return json(201, { cacheId: entry.id })
    }
    const m = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname)
    if (m) {
      const entry = entries.find((e) => e.id === Number(m[1]))
      if (!entry) return json(404)
      if (req.method === 'PATCH') entry.chunks.push(data)
      else entry.committed = true
      return json(204)
    }
    const d = /^\/download\/(\d+)$/.exec(url.pathname)
    if (d) {
      const blob = Buffer.concat(entries.find((e) => e.id === Number(d[1]))?.chunks ?? [])
      res.writeHead(200, { 'content-length': blob.length })
      return res.end(blob)
    }
    json(404)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  for (const n of ENV) saved[n] = process.env[n]
  for (const n of ENV) delete process.env[n]
  process.env.ACTIONS_CACHE_URL = base
  process.env.ACTIONS_RUNTIME_TOKEN = 'test-token'
  process.env.GITHUB_WORKSPACE = workspace
})

afterAll(async () => {
  quiet?.mockRestore()
  for (const n of ENV) {
    if (saved[n] === undefined) delete process.env[n]
    else process.env[n] = saved[n]
  }
  await new Promise((resolve) => server.close(resolve))
  rmSync(workspace, { recursive: true, force: true })
})

const sha = (n: number): string => n.toString(16).padStart(40, '0')
const at = (n: number): string => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString()

describe('ActionsCacheStore over the real @actions/cache', () => {
  test('miss, save, restore by prefix (newest wins), existing key, other prefix', async () => {
    const store = new ActionsCacheStore(workspace)
    expect(await store.available()).toBe(true)
    const prefix = baselineKeyPrefix('train')
    expect(await store.restore(prefix)).toBeNull()

    const h1 = recordReport(null, makeReport({ sha: sha(1), createdAt: at(1) }), 'train')
    await store.save(baselineCacheKey('train', sha(1)), h1)
    expect(existsSync(path.join(workspace, '.repro-gate'))).toBe(false)
    expect(await store.restore(prefix)).toEqual(h1)
    expect(existsSync(path.join(workspace, '.repro-gate'))).toBe(false)

    await expect(store.save(baselineCacheKey('train', sha(1)), h1)).rejects.toBeInstanceOf(CacheNotSavedError)

    const h2 = recordReport(h1, makeReport({ sha: sha(2), createdAt: at(2), values: { loss: 0.6, acc: 0.9 } }), 'train')
    await store.save(baselineCacheKey('train', sha(2)), h2)
    expect((await store.restore(prefix))?.runs.map((r) => r.commit)).toEqual([sha(1), sha(2)])

    await store.save(baselineCacheKey('train-large', sha(3)), recordReport(null, makeReport({ sha: sha(3) }), 'train-large'))
    expect((await store.restore(prefix))?.key).toBe('train')
    expect((await store.restore(baselineKeyPrefix('train-large')))?.key).toBe('train-large')
  })

  test('the stage end to end: a push saves, a re-run is a notice, a pull request compares', async () => {
    const event = path.join(workspace, '..', `event-${process.pid}.json`)
    writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' } }))
    const inputs = { baseline: true, baselineKey: 'stage', baselineTolerance: { atol: 0, rtol: 0 }, tolerances: [], ignore: [] } as unknown as Inputs
    const lines: string[] = []
    const log = { notice: (m: string) => lines.push(`notice ${m}`), warning: (m: string) => lines.push(`warning ${m}`) }
    const ci = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_PATH: event, GITHUB_WORKSPACE: workspace }
    const push = { ...ci, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }

    expect((await baselineStage(makeReport({ sha: sha(10), createdAt: at(10) }), inputs, push, { log }))?.saved).toBe(true)
    const rerun = await baselineStage(makeReport({ sha: sha(10), createdAt: at(11) }), inputs, push, { log })
    expect(rerun?.saved).toBe(false)
    expect(lines.filter((l) => l.startsWith('warning'))).toEqual([])

    const pr = makeReport({ values: { loss: 0.75, acc: 0.9 }, context: { ...makeReport().context, headSha: sha(99) } })
    const section = await baselineStage(pr, inputs, { ...ci, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/1/merge' }, { log })
    expect(section).toMatchObject({ verdict: 'drift', baselineCommit: sha(10), saved: false })
    expect(existsSync(path.join(workspace, '.repro-gate'))).toBe(false)
    rmSync(event, { force: true })
  })
})
