/**
 * Where baseline histories live. The Actions cache is immutable per key and restores by key prefix
 * (newest first), so each save goes under a new key (one per commit) and a restore by prefix gets
 * the newest. `@actions/cache` is large, so it is imported only when a baseline is really used.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { readBaselineHistory } from './history.js'
import { clientCall, isGhes, ServiceTimeoutError } from '../artifacts.js'
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

/**
 * Thrown when the cached history was restored but cannot be used. The next default-branch push
 * replaces it, unless a newer repro-gate wrote it (`newer`): that history is kept for the newer one.
 */
export class CachedHistoryError extends Error {
  constructor(
    message: string,
    readonly newer = false
  ) {
    super(message)
    this.name = 'CachedHistoryError'
  }
}

/** Thrown when a save did not store anything (the key exists: a re-run; another job reserved it; cache-mode). */
export class CacheNotSavedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CacheNotSavedError'
  }
}

/**
 * Thrown when the runner's ACTIONS_CACHE_MODE does not allow the operation. `@actions/cache` then
 * skips it silently (a restore looks like a miss, a save like a conflict), so the gate asks first.
 */
export class CacheModeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CacheModeError'
  }
}

/**
 * The ACTIONS_CACHE_MODE lattice of `@actions/cache` 6: `read` and `write` may read, `write` and
 * `write-only` may write, `none` neither; unset or any other value (`read-only` included) allows both.
 * Returns the mode when it forbids `op`, else null.
 */
export function cacheModeForbids(op: 'read' | 'write', env: NodeJS.ProcessEnv = process.env): string | null {
  const mode = (env.ACTIONS_CACHE_MODE || '').trim().toLowerCase()
  if (!['none', 'read', 'write', 'write-only'].includes(mode)) return null
  const allowed = op === 'read' ? mode === 'read' || mode === 'write' : mode === 'write' || mode === 'write-only'
  return allowed ? null : mode
}

/** Which cache protocol `@actions/cache` speaks here: v1 on GHES whatever is set, else v2 when ACTIONS_CACHE_SERVICE_V2 is set. */
export function cacheServiceVersion(env: NodeJS.ProcessEnv = process.env): 'v1' | 'v2' {
  return !isGhes(env) && env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1'
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
  const before = { cwd: process.cwd(), workspace: process.env.GITHUB_WORKSPACE, temp: process.env.RUNNER_TEMP }
  // The client's archive goes to a folder under RUNNER_TEMP: ours, so a cut download or upload
  // leaves nothing behind, and a call abandoned at its deadline finds its archive gone and stops.
  const temp = path.join(dir, '.archive')
  await fs.mkdir(temp)
  process.chdir(dir)
  process.env.GITHUB_WORKSPACE = dir
  process.env.RUNNER_TEMP = temp
  try {
    return await work(dir)
  } finally {
    process.chdir(before.cwd)
    if (before.workspace === undefined) delete process.env.GITHUB_WORKSPACE
    else process.env.GITHUB_WORKSPACE = before.workspace
    if (before.temp === undefined) delete process.env.RUNNER_TEMP
    else process.env.RUNNER_TEMP = before.temp
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/**
 * The GitHub Actions cache through `@actions/cache`: cache service v2 (twirp calls to
 * ACTIONS_RESULTS_URL, the bytes in Azure Blob Storage through signed URLs) on github.com and
 * GHE.com, v1 (ACTIONS_CACHE_URL) on GitHub Enterprise Server. Each call has the per-call deadline
 * of clientCall; after one call passed it, the service is taken as down for the rest of the job.
 */
export class ActionsCacheStore implements BaselineStore {
  private down: Error | null = null

  /** `scratchRoot`: where the gate's own temporary folders go (RUNNER_TEMP in a workflow). */
  constructor(
    private readonly scratchRoot: string,
    private readonly env: NodeJS.ProcessEnv = process.env
  ) {}

  /** False outside Actions or on GHES without a cache service (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL). */
  async available(): Promise<boolean> {
    // The library's own test, made first without loading the library (half the bundle) just to hear no.
    const serviceUrl =
      cacheServiceVersion(this.env) === 'v2' ? this.env.ACTIONS_RESULTS_URL : this.env.ACTIONS_CACHE_URL || this.env.ACTIONS_RESULTS_URL
    if (!serviceUrl) return false
    const cache = await import('@actions/cache')
    return cache.isFeatureAvailable()
  }

  private async call<T>(what: string, work: () => Promise<T>): Promise<{ value: T; problems: string[] }> {
    if (this.down) throw this.down
    try {
      return await clientCall(what, work, this.env)
    } catch (err) {
      if (err instanceof ServiceTimeoutError) this.down = err
      throw err
    }
  }

  async restore(keyPrefix: string): Promise<BaselineHistory | null> {
    const mode = cacheModeForbids('read', this.env)
    if (mode) throw new CacheModeError(`the runner's ACTIONS_CACHE_MODE is "${mode}", which does not allow reading the cache`)
    const cache = await import('@actions/cache')
    if (!cache.isFeatureAvailable()) throw new CacheUnavailableError(unavailableReason())
    return inScratch(this.scratchRoot, async (dir) => {
      const file = path.join(dir, HISTORY_PATH)
      // The primary key is the prefix too: the newest entry under it is the one wanted.
      const { value: hit, problems } = await this.call('restoring the baseline from the cache', () =>
        cache.restoreCache([HISTORY_PATH], keyPrefix, [keyPrefix])
      )
      // The client reports a failed restore only in its own warning, then answers like a miss.
      if (hit === undefined && problems.length > 0) throw new Error(problems.join('; '))
      if (hit === undefined) return null
      let parsed: unknown
      try {
        parsed = JSON.parse(await fs.readFile(file, 'utf8'))
      } catch (err) {
        throw new CachedHistoryError(`the cached baseline under ${hit} could not be read (${(err as Error).message}); it is ignored`)
      }
      const read = readBaselineHistory(parsed)
      if ('problem' in read) {
        throw new CachedHistoryError(
          read.newer
            ? `the cached baseline under ${hit}: ${read.problem}; it is left as it is`
            : `the cached baseline under ${hit}: ${read.problem}; it is ignored and replaced on the next default-branch push`,
          read.newer
        )
      }
      return read
    })
  }

  async save(key: string, history: BaselineHistory): Promise<void> {
    const mode = cacheModeForbids('write', this.env)
    if (mode) throw new CacheModeError(`the runner's ACTIONS_CACHE_MODE is "${mode}", which does not allow writing the cache`)
    const cache = await import('@actions/cache')
    if (!cache.isFeatureAvailable()) throw new CacheUnavailableError(unavailableReason())
    await inScratch(this.scratchRoot, async (dir) => {
      const file = path.join(dir, HISTORY_PATH)
      await fs.mkdir(path.dirname(file), { recursive: true })
      await fs.writeFile(file, JSON.stringify(history))
      let id: number
      let problems: string[]
      try {
        ;({ value: id, problems } = await this.call('saving the baseline to the cache', () => cache.saveCache([HISTORY_PATH], key)))
      } catch (err) {
        // ReserveCacheError: the key exists (a re-run of this commit) or another job is saving it.
        if ((err as Error).name === 'ReserveCacheError' || /already exists/i.test((err as Error).message)) {
          throw new CacheNotSavedError(`cache key ${key} already exists or is being saved by another job`)
        }
        throw err
      }
      // saveCache logs and swallows reservation conflicts (as info) and service errors (as its own
      // warning or error), returning -1 for both.
      if (id === -1 && problems.length > 0) throw new Error(problems.join('; '))
      if (id === -1)
        throw new CacheNotSavedError(`the cache did not store ${key} (it may already exist from a re-run, or see the cache messages above)`)
    })
  }
}

/** Why the cache cannot be used here, naming the variable the cache library looks for. */
export function unavailableReason(env: NodeJS.ProcessEnv = process.env): string {
  return cacheServiceVersion(env) === 'v2'
    ? 'the GitHub Actions cache service is not available here (ACTIONS_RESULTS_URL is not set: a local run, or GitHub Enterprise Server without the cache)'
    : 'the GitHub Actions cache service is not available here (ACTIONS_CACHE_URL is not set: a local run, or GitHub Enterprise Server without the cache)'
}
