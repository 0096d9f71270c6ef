/**
 * Where baseline histories live. The Actions cache is immutable per key and restores by key prefix
 * (newest first), so each save goes under a new key (one per commit) and a restore by prefix gets
 * the newest. `@actions/cache` is large, so it is imported only when a baseline is really used.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { isBaselineHistory } from './history.js'
import type { BaselineHistory, BaselineStore } from './types.js'

/**
 * The one path saved and restored, relative to a scratch folder of the gate's (see inScratch). The
 * cache version hashes the path strings, so save and restore must name exactly this relative path;
 * an absolute one would differ between runner images and never be found again.
 */
export const HISTORY_PATH = '.repro-gate/baseline/history.json'

/** Thrown when the cache service is not there (a local run, GHES without cache, no service URL). */
export class CacheUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CacheUnavailableError'
  }
}

/** Thrown when a save did not store anything (the key exists: a re-run; another job reserved it; cache-mode). */
export class CacheNotSavedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CacheNotSavedError'
  }
}

/** In memory, prefix-matched like the Actions cache (newest save wins); keys are immutable. */
export class MemoryBaselineStore implements BaselineStore {
  readonly entries: { key: string; history: BaselineHistory }[] = []

  async restore(keyPrefix: string): Promise<BaselineHistory | null> {
    const hit = [...this.entries].reverse().find((e) => e.key.startsWith(keyPrefix))
    return hit ? (JSON.parse(JSON.stringify(hit.history)) as BaselineHistory) : null
  }

  async save(key: string, history: BaselineHistory): Promise<void> {
    if (this.entries.some((e) => e.key === key)) throw new CacheNotSavedError(`cache key ${key} already exists`)
    this.entries.push({ key, history: JSON.parse(JSON.stringify(history)) as BaselineHistory })
  }
}

/**
 * `@actions/cache` resolves the paths it is given against the current directory and writes tar
 * entries relative to GITHUB_WORKSPACE. Both are pointed at a folder of our own for the call, so the
 * fixed HISTORY_PATH (the cache version hashes that string) lands there and never in the user's
 * checkout: a `.repro-gate/baseline/history.json` of the user's is neither read, overwritten nor
 * deleted. The folder is created here and removed afterwards; nothing else is removed.
 */
async function inScratch<T>(root: string, work: (dir: string) => Promise<T>): Promise<T> {
  await fs.mkdir(root, { recursive: true })
  const dir = await fs.mkdtemp(path.join(root, 'repro-gate-baseline-'))
  const before = { cwd: process.cwd(), workspace: process.env.GITHUB_WORKSPACE }
  process.chdir(dir)
  process.env.GITHUB_WORKSPACE = dir
  try {
    return await work(dir)
  } finally {
    process.chdir(before.cwd)
    if (before.workspace === undefined) delete process.env.GITHUB_WORKSPACE
    else process.env.GITHUB_WORKSPACE = before.workspace
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/** The GitHub Actions cache. */
export class ActionsCacheStore implements BaselineStore {
  /** `scratchRoot`: where the gate's own temporary folders go (RUNNER_TEMP in a workflow). */
  constructor(private readonly scratchRoot: string) {}

  /** False outside Actions or on GHES without a cache service (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL). */
  async available(): Promise<boolean> {
    // The library's own test, made first without loading the library (half the bundle) just to hear no.
    const serviceUrl = process.env.ACTIONS_CACHE_SERVICE_V2 ? process.env.ACTIONS_RESULTS_URL : process.env.ACTIONS_CACHE_URL
    if (!serviceUrl) return false
    const cache = await import('@actions/cache')
    return cache.isFeatureAvailable()
  }

  async restore(keyPrefix: string): Promise<BaselineHistory | null> {
    const cache = await import('@actions/cache')
    if (!cache.isFeatureAvailable()) throw new CacheUnavailableError(unavailableReason())
    return inScratch(this.scratchRoot, async (dir) => {
      const file = path.join(dir, HISTORY_PATH)
      // The primary key is the prefix too: the newest entry under it is the one wanted.
      const hit = await cache.restoreCache([HISTORY_PATH], keyPrefix, [keyPrefix])
      if (hit === undefined) return null
      let parsed: unknown
      try {
        parsed = JSON.parse(await fs.readFile(file, 'utf8'))
      } catch (err) {
        throw new Error(`the cached baseline under ${hit} could not be read (${(err as Error).message}); it is ignored`)
      }
      if (!isBaselineHistory(parsed)) {
        throw new Error(`the cached baseline under ${hit} is not a history this version understands; it is ignored and replaced on the next default-branch push`)
      }
      return parsed
    })
  }

  async save(key: string, history: BaselineHistory): Promise<void> {
    const cache = await import('@actions/cache')
    if (!cache.isFeatureAvailable()) throw new CacheUnavailableError(unavailableReason())
    await inScratch(this.scratchRoot, async (dir) => {
      const file = path.join(dir, HISTORY_PATH)
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.writeFile(file, JSON.stringify(history))
      let id: number
      try {
        id = await cache.saveCache([HISTORY_PATH], key)
      } catch (err) {
        // ReserveCacheError: the key exists (a re-run of this commit) or another job is saving it.
        if ((err as Error).name === 'ReserveCacheError' || /already exists/i.test((err as Error).message)) {
          throw new CacheNotSavedError(`cache key ${key} already exists or is being saved by another job`)
        }
        throw err
      }
      // saveCache logs and swallows reservation conflicts and service errors, returning -1.
      if (id === -1) throw new CacheNotSavedError(`the cache did not store ${key} (it may already exist from a re-run, or see the cache messages above)`)
    })
  }
}

/** Why the cache cannot be used here, naming the variable the cache library looks for. */
export function unavailableReason(): string {
  return process.env.ACTIONS_CACHE_SERVICE_V2
    ? 'the GitHub Actions cache service is not available here (ACTIONS_RESULTS_URL is not set: a local run, or GitHub Enterprise Server without the cache)'
    : 'the GitHub Actions cache service is not available here (ACTIONS_CACHE_URL is not set: a local run, or GitHub Enterprise Server without the cache)'
}
