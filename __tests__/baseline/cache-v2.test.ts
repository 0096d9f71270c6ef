/**
 * ActionsCacheStore with the real `@actions/cache` speaking cache service v2 (twirp to the loopback
 * results service, the archive as a real blob in Azurite through SAS URLs): the scope rules as
 * GitHub applies them (a PR reads the base branch's entries; an entry saved on a PR's ref is not
 * seen from the default branch), key and version matching as the client computes them, and
 * ACTIONS_CACHE_MODE, which makes the client skip silently and the gate say so.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ActionsCacheStore, CacheModeError, CacheNotSavedError, cacheModeForbids, cacheServiceVersion } from '../../src/baseline/store.js'
import { baselineCacheKey, baselineKeyPrefix } from '../../src/baseline/index.js'
import { recordReport } from '../../src/baseline/history.js'
import { makeReport } from '../fixtures/baseline/reports.js'
import { startAzurite, type Azurite } from '../support/azurite.js'
import { ResultsService, type RunnerJob } from '../support/results-service.js'

const started = await startAzurite()
const skip = 'skip' in started ? started.skip : null
const describeWithAzurite = skip ? describe.skip : describe
if (skip) console.warn(`cache v2 tests skipped: ${skip}`)

let azurite: Azurite
let results: ResultsService
let scratch: string
const ENV = [
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RUNTIME_TOKEN',
  'GITHUB_WORKSPACE',
  'ACTIONS_CACHE_MODE',
  'GITHUB_SERVER_URL',
  'RUNNER_TEMP'
]
const saved: Record<string, string | undefined> = {}
let quiet: { mockRestore(): void } | undefined

beforeAll(async () => {
  if (skip) return
  azurite = started as Azurite
  results = await ResultsService.start(azurite)
  quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  scratch = mkdtempSync(path.join(tmpdir(), 'cache-v2-'))
  for (const n of ENV) saved[n] = process.env[n]
})

afterAll(async () => {
  quiet?.mockRestore()
  for (const n of ENV) {
    if (saved[n] === undefined) delete process.env[n]
    else process.env[n] = saved[n]
  }
  if (!skip) {
    await results.close()
    rmSync(scratch, { recursive: true, force: true })
  }
  if (!('skip' in started)) await started.stop()
})

/** The process environment of a step in `job` (the client reads process.env). */
function inJob(job: RunnerJob, extra: Record<string, string> = {}): void {
  for (const n of ENV) delete process.env[n]
  Object.assign(process.env, job.env, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKSPACE: scratch }, extra)
}

const sha = (n: number): string => n.toString(16).padStart(40, '0')
const at = (n: number): string => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString()
const histories = new Map<number, ReturnType<typeof recordReport>>()
/** One history per n, made once (a history records when it was made). */
const history = (n: number) => {
  if (!histories.has(n)) histories.set(n, recordReport(null, makeReport({ sha: sha(n), createdAt: at(n) }), 'train'))
  return histories.get(n)!
}

describeWithAzurite('ActionsCacheStore over cache service v2, blobs in Azurite', () => {
  test('push saves, PR reads the base branch, a PR entry stays invisible to the default branch', async () => {
    const prefix = baselineKeyPrefix('train')
    const main = results.job({ ref: 'refs/heads/main' })
    inJob(main)
    expect(cacheServiceVersion()).toBe('v2')
    const store = new ActionsCacheStore(scratch)
    expect(await store.available()).toBe(true)
    expect(await store.restore(prefix)).toBeNull()
    await store.save(baselineCacheKey('train', sha(1)), history(1))
    expect(results.caches.map((e) => [e.key, e.scope, e.finalized])).toEqual([[baselineCacheKey('train', sha(1)), 'refs/heads/main', true]])
    expect(await azurite.blobSize('actions-cache', results.caches[0]!.blob)).toBe(results.caches[0]!.size)

    // The PR's token reads refs/pull/7/merge, then refs/heads/main.
    inJob(results.job({ ref: 'refs/pull/7/merge', baseRef: 'refs/heads/main', runId: 1002 }))
    expect(await new ActionsCacheStore(scratch).restore(prefix)).toEqual(history(1))
    // A PR may write its own ref: an entry there is newer, and the PR itself then sees it first.
    await new ActionsCacheStore(scratch).save(baselineCacheKey('train', sha(2)), history(2))
    expect(results.caches.at(-1)).toMatchObject({ scope: 'refs/pull/7/merge', finalized: true })
    expect(await new ActionsCacheStore(scratch).restore(prefix)).toEqual(history(2))

    // The default branch never sees the PR's entry.
    inJob(results.job({ ref: 'refs/heads/main', runId: 1003 }))
    expect(await new ActionsCacheStore(scratch).restore(prefix)).toEqual(history(1))
    // Nothing of the client's is left in the scratch folder or the workspace.
    expect(readdirSync(scratch)).toEqual([])
    expect(results.violations).toEqual([])
  })

  test('keys: the newest entry under the prefix wins; another prefix, or another version, is a miss', async () => {
    inJob(results.job({ ref: 'refs/heads/keys' }))
    const store = new ActionsCacheStore(scratch)
    await store.save(baselineCacheKey('model-a', sha(10)), history(10))
    await store.save(baselineCacheKey('model-a', sha(11)), history(11))
    expect(await store.restore(baselineKeyPrefix('model-a'))).toEqual(history(11))
    // `model` must not find `model-a`'s entries (the `--` delimiter).
    expect(await store.restore(baselineKeyPrefix('model'))).toBeNull()
    // The version hashes the path list and compression; an entry of another version is never restored.
    const entry = results.caches.find((e) => e.key === baselineCacheKey('model-a', sha(11)))!
    const version = entry.version
    entry.version = 'f'.repeat(64)
    expect(await store.restore(baselineKeyPrefix('model-a'))).toEqual(history(10))
    entry.version = version
    // The same key again is a conflict: a notice, the saved entry stays.
    await expect(store.save(baselineCacheKey('model-a', sha(11)), history(12))).rejects.toBeInstanceOf(CacheNotSavedError)
    expect(results.calls.filter((c) => c.method === 'CacheService/CreateCacheEntry').at(-1)?.status).toBe(409)
  })

  test('ACTIONS_CACHE_MODE: none, read and write-only make the gate skip and say why (read-only is not a mode of this client)', async () => {
    const job = results.job({ ref: 'refs/heads/modes' })
    inJob(job)
    await new ActionsCacheStore(scratch).save(baselineCacheKey('modes', sha(20)), history(20))
    const calls = results.calls.length

    inJob(job, { ACTIONS_CACHE_MODE: 'none' })
    await expect(new ActionsCacheStore(scratch).restore(baselineKeyPrefix('modes'))).rejects.toBeInstanceOf(CacheModeError)
    await expect(new ActionsCacheStore(scratch).save(baselineCacheKey('modes', sha(21)), history(21))).rejects.toThrow(
      /ACTIONS_CACHE_MODE is "none"/
    )
    inJob(job, { ACTIONS_CACHE_MODE: 'read' })
    expect(await new ActionsCacheStore(scratch).restore(baselineKeyPrefix('modes'))).toEqual(history(20))
    await expect(new ActionsCacheStore(scratch).save(baselineCacheKey('modes', sha(21)), history(21))).rejects.toBeInstanceOf(
      CacheModeError
    )
    inJob(job, { ACTIONS_CACHE_MODE: 'write-only' })
    await expect(new ActionsCacheStore(scratch).restore(baselineKeyPrefix('modes'))).rejects.toThrow(/does not allow reading/)
    // Only the read in mode `read` reached the service.
    expect(results.calls.slice(calls).map((c) => c.method)).toEqual(['CacheService/GetCacheEntryDownloadURL'])
    // The client's lattice: `read-only` is no mode of @actions/cache 6, so it allows both, as unset does.
    expect(cacheModeForbids('write', { ACTIONS_CACHE_MODE: 'read-only' })).toBeNull()
    expect(cacheModeForbids('write', { ACTIONS_CACHE_MODE: 'write-only' })).toBeNull()
    expect(cacheModeForbids('read', { ACTIONS_CACHE_MODE: 'write-only' })).toBe('write-only')
    expect(existsSync(path.join(scratch, '.repro-gate'))).toBe(false)
  })

  test('on GitHub Enterprise Server the client speaks v1 whatever ACTIONS_CACHE_SERVICE_V2 says', () => {
    expect(cacheServiceVersion({ ACTIONS_CACHE_SERVICE_V2: 'True', GITHUB_SERVER_URL: 'https://ghes.example.com' })).toBe('v1')
    expect(cacheServiceVersion({ ACTIONS_CACHE_SERVICE_V2: 'True', GITHUB_SERVER_URL: 'https://octo.ghe.com' })).toBe('v2')
  })
})
