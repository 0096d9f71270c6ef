/**
 * ActionsCacheStore with the real `@actions/cache` against a loopback server that speaks the
 * cache service's v1 protocol: the fixed path's version must match between save and restore,
 * restores go by prefix (newest wins), an existing key is a notice, and nothing is left behind.
 */
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { ActionsCacheStore, CachedHistoryError, CacheNotSavedError } from '../../src/baseline/store.js'
import type { BaselineHistory } from '../../src/baseline/types.js'
import { baselineCacheKey, baselineKeyPrefix, baselineStage } from '../../src/baseline/index.js'
import { recordReport } from '../../src/baseline/history.js'
import type { Inputs } from '../../src/inputs/inputs.js'
import { makeReport } from '../fixtures/baseline/reports.js'
import { startCacheServer, type CacheServer } from '../support/cache-server.js'

let cache: CacheServer
let workspace: string
const saved: Record<string, string | undefined> = {}
const ENV = [
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_RUNTIME_TOKEN',
  'GITHUB_WORKSPACE',
  'ACTIONS_CACHE_MODE'
]

// @actions/cache logs ::debug:: and tar commands on stdout; keep the test output readable.
let quiet: { mockRestore(): void } | undefined
beforeAll(async () => {
  quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  workspace = mkdtempSync(path.join(tmpdir(), 'cache-ws-'))
  cache = await startCacheServer()
  for (const n of ENV) saved[n] = process.env[n]
  for (const n of ENV) delete process.env[n]
  process.env.ACTIONS_CACHE_URL = cache.url
  process.env.ACTIONS_RUNTIME_TOKEN = 'test-token'
  process.env.GITHUB_WORKSPACE = workspace
})

afterAll(async () => {
  quiet?.mockRestore()
  for (const n of ENV) {
    if (saved[n] === undefined) delete process.env[n]
    else process.env[n] = saved[n]
  }
  await cache.close()
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
    const inputs = {
      baseline: true,
      baselineKey: 'stage',
      baselineTolerance: { atol: 0, rtol: 0 },
      tolerances: [],
      ignore: []
    } as unknown as Inputs
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

  test("a user's own .repro-gate/baseline/history.json is never read, overwritten or deleted", async () => {
    const own = path.join(workspace, '.repro-gate', 'baseline', 'history.json')
    mkdirSync(path.dirname(own), { recursive: true })
    writeFileSync(own, 'my own notes, not a cache entry\n')
    const event = path.join(workspace, '..', `event-own-${process.pid}.json`)
    writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' } }))
    const inputs = {
      baseline: true,
      baselineKey: 'mine',
      baselineTolerance: { atol: 0, rtol: 0 },
      tolerances: [],
      ignore: []
    } as unknown as Inputs
    const lines: string[] = []
    const log = { notice: (m: string) => lines.push(`notice ${m}`), warning: (m: string) => lines.push(`warning ${m}`) }
    const ci = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_PATH: event,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: mkdtempSync(path.join(tmpdir(), 'cache-temp-'))
    }
    const push = { ...ci, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }
    expect((await baselineStage(makeReport({ sha: sha(20), createdAt: at(20) }), inputs, push, { log }))?.saved).toBe(true)
    expect(readFileSync(own, 'utf8')).toBe('my own notes, not a cache entry\n')
    const pr = makeReport({ context: { ...makeReport().context, headSha: sha(98) } })
    const section = await baselineStage(pr, inputs, { ...ci, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/1/merge' }, { log })
    expect(section).toMatchObject({ verdict: 'match', baselineCommit: sha(20) })
    expect(readFileSync(own, 'utf8')).toBe('my own notes, not a cache entry\n')
    expect(lines.filter((l) => l.startsWith('warning'))).toEqual([])
    expect(process.env.GITHUB_WORKSPACE).toBe(workspace)
    rmSync(path.join(workspace, '.repro-gate'), { recursive: true, force: true })
    rmSync(event, { force: true })
  })

  test('a history a newer repro-gate wrote is named, with the upgrade, and a push leaves it in place', async () => {
    const store = new ActionsCacheStore(workspace)
    const prefix = baselineKeyPrefix('future')
    const newer = { ...recordReport(null, makeReport({ sha: sha(30), createdAt: at(30) }), 'future'), version: 2, somethingNew: [] }
    await store.save(baselineCacheKey('future', sha(30)), newer as unknown as BaselineHistory)
    const refused = await store.restore(prefix).catch((err: unknown) => err)
    expect(refused).toBeInstanceOf(CachedHistoryError)
    expect((refused as CachedHistoryError).newer).toBe(true)
    expect((refused as Error).message).toMatch(
      /history version 2: this repro-gate reads 1; it was written by a newer repro-gate: upgrade repro-gate/
    )

    const event = path.join(workspace, '..', `event-future-${process.pid}.json`)
    writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' } }))
    const inputs = {
      baseline: true,
      baselineKey: 'future',
      baselineTolerance: { atol: 0, rtol: 0 },
      tolerances: [],
      ignore: []
    } as unknown as Inputs
    const lines: string[] = []
    const log = { notice: (m: string) => lines.push(`notice ${m}`), warning: (m: string) => lines.push(`warning ${m}`) }
    const push = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_PATH: event,
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main'
    }
    const section = await baselineStage(makeReport({ sha: sha(31), createdAt: at(31) }), inputs, push, { log })
    expect(section).toMatchObject({ verdict: 'none', saved: false })
    expect(lines).toEqual([
      expect.stringMatching(
        /^warning baseline: could not restore the baseline \(.*history version 2.*newer repro-gate: upgrade repro-gate.*\); continuing without it$/
      ),
      expect.stringMatching(
        /^notice baseline: not saved: the cached baseline was written by a newer repro-gate, and a save without it would replace/
      )
    ])
    // Still the newer one's history under the prefix.
    await expect(store.restore(prefix)).rejects.toThrow(/history version 2/)
    rmSync(event, { force: true })
  })
})
