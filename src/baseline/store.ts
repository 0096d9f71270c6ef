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
 * The one path saved and restored, relative to GITHUB_WORKSPACE. The cache version hashes the
 * path strings, so save and restore must name exactly this; a path under RUNNER_TEMP would differ
 * between runner images and never be found again.
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
 * entries relative to GITHUB_WORKSPACE: with the relative HISTORY_PATH both must be the workspace.
 */
async function inDirectory<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const before = process.cwd()
  if (path.resolve(before) === path.resolve(dir)) return work()
  process.chdir(dir)
  try {
    return await work()
  } finally {
    process.chdir(before)
  }
}

/** Removes the file and the folders we created for it, so the user's checkout is left as it was. */
async function cleanUp(workspace: string): Promise<void> {
  await fs.rm(path.join(workspace, HISTORY_PATH), { force: true })
  for (const dir of ['.repro-gate/baseline', '.repro-gate']) {
    await fs.rmdir(path.join(workspace, dir)).catch(() => undefined)
  }
}

/** The GitHub Actions cache. */
export class ActionsCacheStore implements BaselineStore {
  constructor(private readonly workspace: string) {}

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
    const file = path.join(this.workspace, HISTORY_PATH)
    await fs.rm(file, { force: true })
    try {
      // The primary key is the prefix too: the newest entry under it is the one wanted.
      const hit = await inDirectory(this.workspace, () => cache.restoreCache([HISTORY_PATH], keyPrefix, [keyPrefix]))
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
    } finally {
      await cleanUp(this.workspace)
    }
  }

  async save(key: string, history: BaselineHistory): Promise<void> {
    const cache = await import('@actions/cache')
    if (!cache.isFeatureAvailable()) throw new CacheUnavailableError(unavailableReason())
    const file = path.join(this.workspace, HISTORY_PATH)
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, JSON.stringify(history))
    try {
      let id: number
      try {
        id = await inDirectory(this.workspace, () => cache.saveCache([HISTORY_PATH], key))
      } catch (err) {
        // ReserveCacheError: the key exists (a re-run of this commit) or another job is saving it.
        if ((err as Error).name === 'ReserveCacheError' || /already exists/i.test((err as Error).message)) {
          throw new CacheNotSavedError(`cache key ${key} already exists or is being saved by another job`)
        }
        throw err
      }
      // saveCache logs and swallows reservation conflicts and service errors, returning -1.
      if (id === -1) throw new CacheNotSavedError(`the cache did not store ${key} (it may already exist from a re-run, or see the cache messages above)`)
    } finally {
      await cleanUp(this.workspace)
    }
  }
}

/** Why the cache cannot be used here, naming the variable the cache library looks for. */
export function unavailableReason(): string {
  return process.env.ACTIONS_CACHE_SERVICE_V2
    ? 'the GitHub Actions cache service is not available here (ACTIONS_RESULTS_URL is not set: a local run, or GitHub Enterprise Server without the cache)'
    : 'the GitHub Actions cache service is not available here (ACTIONS_CACHE_URL is not set: a local run, or GitHub Enterprise Server without the cache)'
}
