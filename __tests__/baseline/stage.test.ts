import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { baselineCacheKey, baselineKeyPrefix, baselineStage, isDefaultBranchPush, type BaselineLog } from '../../src/baseline/index.js'
import { ActionsCacheStore, CacheUnavailableError, MemoryBaselineStore } from '../../src/baseline/store.js'
import type { BaselineHistory, BaselineStore } from '../../src/baseline/types.js'
import type { Inputs } from '../../src/inputs/inputs.js'
import { makeReport } from '../fixtures/baseline/reports.js'

const sha = (n: number): string => n.toString(16).padStart(40, '0')
const at = (n: number): string => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString()

let dir: string
let pushEvent: string
let prEvent: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'baseline-stage-'))
  pushEvent = path.join(dir, 'push.json')
  prEvent = path.join(dir, 'pr.json')
  writeFileSync(pushEvent, JSON.stringify({ repository: { default_branch: 'main' } }))
  writeFileSync(prEvent, JSON.stringify({ repository: { default_branch: 'main' }, pull_request: { number: 7, head: { sha: sha(99) } } }))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const inputs = {
  baseline: true,
  baselineKey: 'train',
  baselineTolerance: { atol: 1e-3, rtol: 0 },
  tolerances: [],
  ignore: []
} as unknown as Inputs

function pushEnv(): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_PATH: pushEvent,
    GITHUB_WORKSPACE: dir
  }
}
function prEnv(): NodeJS.ProcessEnv {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_EVENT_PATH: prEvent,
    GITHUB_WORKSPACE: dir
  }
}
function recorder(): BaselineLog & { lines: string[] } {
  const lines: string[] = []
  return { lines, notice: (m) => lines.push(`notice ${m}`), warning: (m) => lines.push(`warning ${m}`) }
}

describe('keys', () => {
  test('prefix ends with a delimiter so train never matches train-large', () => {
    expect(baselineKeyPrefix('train')).toBe('repro-gate-baseline-train--')
    expect(baselineCacheKey('train-large', sha(1)).startsWith(baselineKeyPrefix('train-large'))).toBe(true)
    for (const other of ['train-large', 'train-', 'train--x', '-train-', 'train-' + sha(1)]) {
      if (baselineKeyPrefix(other) === baselineKeyPrefix('train')) continue
      expect(baselineCacheKey(other, sha(1)).startsWith(baselineKeyPrefix('train'))).toBe(false)
    }
    expect(baselineKeyPrefix('train-')).toBe(baselineKeyPrefix('train'))
    expect(baselineCacheKey('a,b c', sha(1))).toBe(`repro-gate-baseline-a-b-c--${sha(1)}`)
    expect(baselineCacheKey('x'.repeat(600), sha(1)).length).toBeLessThanOrEqual(512)
    expect(baselineCacheKey('x'.repeat(600), sha(1))).not.toContain(',')
  })

  test('the default branch comes from the event payload', () => {
    expect(isDefaultBranchPush(pushEnv())).toBe(true)
    expect(isDefaultBranchPush({ ...pushEnv(), GITHUB_REF: 'refs/heads/dev' })).toBe(false)
    expect(isDefaultBranchPush({ ...pushEnv(), GITHUB_EVENT_NAME: 'pull_request' })).toBe(false)
    expect(isDefaultBranchPush({ ...pushEnv(), GITHUB_EVENT_PATH: path.join(dir, 'missing.json') })).toBe(false)
  })
})

describe('baselineStage with an in-memory store', () => {
  test('push to the default branch saves; a pull request compares; another key is not matched', async () => {
    const store = new MemoryBaselineStore()
    const log = recorder()
    const first = await baselineStage(makeReport({ sha: sha(1), createdAt: at(1) }), inputs, pushEnv(), { store, log })
    expect(first).toMatchObject({ verdict: 'none', saved: true, compared: false })
    expect(store.entries.map((e) => e.key)).toEqual([baselineCacheKey('train', sha(1))])
    expect(log.lines).toHaveLength(1)
    expect(log.lines[0]).toMatch(/^notice baseline: no default-branch baseline/)

    const second = await baselineStage(
      makeReport({ sha: sha(2), createdAt: at(2), values: { loss: 0.5002, acc: 0.9 } }),
      inputs,
      pushEnv(),
      { store, log }
    )
    expect(second).toMatchObject({ verdict: 'match', saved: true, baselineCommit: sha(1) })
    expect(store.entries).toHaveLength(2)
    expect(store.entries[1].history.metrics.loss.map((e) => e.value)).toEqual([0.5, 0.5002])

    const pr = makeReport({
      values: { loss: 0.7, acc: 0.9 },
      context: { ...makeReport().context, headSha: sha(99), eventName: 'pull_request' }
    })
    const section = await baselineStage(pr, inputs, prEnv(), { store, log })
    expect(section).toMatchObject({ verdict: 'drift', saved: false, baselineCommit: sha(2), reproducibleShare: 1 })
    expect(section?.changes.at(-1)).toMatchObject({ category: 'commit', before: sha(2), after: sha(99) })
    expect(store.entries).toHaveLength(2)

    const other = await baselineStage(pr, { ...inputs, baselineKey: 'tr' } as Inputs, prEnv(), { store, log: recorder() })
    expect(other?.verdict).toBe('none')
  })

  test('a re-run of the same commit is a notice, not a save and not a failure', async () => {
    const store = new MemoryBaselineStore()
    await baselineStage(makeReport({ sha: sha(1), createdAt: at(1) }), inputs, pushEnv(), { store, log: recorder() })
    const log = recorder()
    const again = await baselineStage(makeReport({ sha: sha(1), createdAt: at(3) }), inputs, pushEnv(), { store, log })
    expect(again?.saved).toBe(false)
    expect(log.lines.at(-1)).toMatch(/^notice baseline: the baseline already holds commit 000000000000 \(a re-run\)/)
    expect(log.lines.filter((l) => l.startsWith('warning'))).toEqual([])
    expect(store.entries).toHaveLength(1)
  })

  test('a drifting push is saved as a run without values; an error report is not saved', async () => {
    const store = new MemoryBaselineStore()
    await baselineStage(makeReport({ sha: sha(1), createdAt: at(1) }), inputs, pushEnv(), { store, log: recorder() })
    const drift = makeReport({ sha: sha(2), createdAt: at(2), reproducible: false, verdict: 'drift', values: { loss: 3, acc: 0.9 } })
    await baselineStage(drift, inputs, pushEnv(), { store, log: recorder() })
    expect(store.entries[1].history.runs.map((r) => r.reproducible)).toEqual([true, false])
    expect(store.entries[1].history.metrics.loss.map((e) => e.value)).toEqual([0.5])
    await baselineStage(makeReport({ sha: sha(3), verdict: 'error', reproducible: false }), inputs, pushEnv(), { store, log: recorder() })
    expect(store.entries).toHaveLength(2)
  })

  test('a save that happened concurrently is merged in before saving', async () => {
    const store = new MemoryBaselineStore()
    await baselineStage(makeReport({ sha: sha(1), createdAt: at(1) }), inputs, pushEnv(), { store, log: recorder() })
    // Another push saves between this job's restore and its save.
    let restores = 0
    const racing: BaselineStore = {
      restore: async (prefix) => {
        restores++
        if (restores === 2) {
          const h = (await store.restore(prefix)) as BaselineHistory
          const concurrent = (await import('../../src/baseline/history.js')).recordReport(
            h,
            makeReport({ sha: sha(2), createdAt: at(2) }),
            'train'
          )
          await store.save(baselineCacheKey('train', sha(2)), concurrent)
        }
        return store.restore(prefix)
      },
      save: (key, history) => store.save(key, history)
    }
    await baselineStage(makeReport({ sha: sha(3), createdAt: at(3) }), inputs, pushEnv(), { store: racing, log: recorder() })
    expect(store.entries.at(-1)?.history.runs.map((r) => r.commit)).toEqual([sha(1), sha(2), sha(3)])
  })

  test('a store that fails (network error) is a warning once; the gate goes on', async () => {
    const failing: BaselineStore = {
      restore: async () => {
        throw new Error('ECONNRESET')
      },
      save: async () => {
        throw new Error('ECONNRESET')
      }
    }
    const log = recorder()
    const section = await baselineStage(makeReport({ sha: sha(1) }), inputs, pushEnv(), { store: failing, log })
    expect(section?.verdict).toBe('none')
    // A save without the restored history would make this run alone the baseline: not attempted.
    expect(log.lines.filter((l) => l.startsWith('warning'))).toEqual([
      'warning baseline: could not restore the baseline (ECONNRESET); continuing without it'
    ])
    expect(log.lines).toContain(
      "notice baseline: not saved: the baseline could not be restored, and a save without it would replace the baseline's history with this run alone"
    )
  })

  test('a malformed history is a warning, never a throw', async () => {
    const broken: BaselineStore = {
      restore: async () => ({ version: 1, key: 'train', runs: [], metrics: { loss: 5 }, latest: null }) as unknown as BaselineHistory,
      save: async () => undefined
    }
    const log = recorder()
    const section = await baselineStage(makeReport({ sha: sha(1) }), inputs, prEnv(), { store: broken, log })
    expect(section?.verdict).toBe('none')
    expect(log.lines).toEqual([expect.stringMatching(/^warning baseline: skipped \(/)])
  })

  test('outside GitHub Actions, or with baseline: false, nothing happens', async () => {
    expect(await baselineStage(makeReport(), inputs, {})).toBeUndefined()
    expect(await baselineStage(makeReport(), { ...inputs, baseline: false } as Inputs, pushEnv())).toBeUndefined()
  })
})

describe('the real @actions/cache without a cache service', () => {
  const saved: Record<string, string | undefined> = {}
  const names = ['ACTIONS_CACHE_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_SERVICE_V2', 'ACTIONS_RUNTIME_TOKEN']
  beforeAll(() => {
    for (const n of names) {
      saved[n] = process.env[n]
      delete process.env[n]
    }
  })
  afterAll(() => {
    for (const n of names) if (saved[n] !== undefined) process.env[n] = saved[n]
  })

  test('the stage warns once and returns a section with verdict none; nothing is left in the workspace', async () => {
    const log = recorder()
    const section = await baselineStage(makeReport({ sha: sha(1) }), inputs, pushEnv(), { log })
    expect(section).toMatchObject({ verdict: 'none', saved: false, compared: false })
    expect(log.lines).toHaveLength(1)
    expect(log.lines[0]).toMatch(/^warning baseline: the GitHub Actions cache service is not available here \(ACTIONS_CACHE_URL is not set/)
    expect(section?.warnings).toHaveLength(1)
    expect(readdirSync(dir).filter((f) => f.startsWith('.repro-gate'))).toEqual([])
  })

  test('the store itself refuses with CacheUnavailableError', async () => {
    const store = new ActionsCacheStore(dir)
    expect(await store.available()).toBe(false)
    await expect(store.restore('repro-gate-baseline-x-')).rejects.toBeInstanceOf(CacheUnavailableError)
  })
})
