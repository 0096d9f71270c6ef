/**
 * Drift over time: the default branch's recent results kept in the Actions cache (the history).
 * The section it writes into the report is typed in `compare/sections/baseline.ts`.
 */
import type { EncodedValue } from '../metrics/values.js'
import type { SeedVariables } from '../plan/seeds.js'
import type { ReportContext } from '../report/types.js'
import type { Environment } from '../snapshot/types.js'
import type { LockfileRecord } from '../snapshot/lockfiles/types.js'

export const HISTORY_VERSION = 1
/** Entries kept per metric (and runs kept), newest last. */
export const HISTORY_LIMIT = 30
/**
 * Metrics tracked per history. A flattened curve is one metric per point; 1,000 metrics × 30
 * entries keeps the cached file to a few MB. Metrics past the cap (by name order) are not tracked.
 */
export const HISTORY_MAX_METRICS = 1000

/** One default-branch run, reproducible or not. */
export interface BaselineRun {
  commit: string
  createdAt: string
  reproducible: boolean
  fingerprint: string | null
  runUrl: string | null
}

/** One value of one metric on the default branch. */
export interface BaselineEntry {
  commit: string
  createdAt: string
  value: EncodedValue
  fingerprint: string | null
}

/** What the newest reproducible run was made with, so a later drift can be explained. */
export interface BaselineProvenance {
  commit: string
  createdAt: string
  environment?: Environment
  lockfiles?: LockfileRecord[]
  seeds: SeedVariables
  context: Pick<ReportContext, 'sha' | 'headSha' | 'ref' | 'runUrl'>
}

/** The cached document: `.repro-gate/baseline/history.json`. */
export interface BaselineHistory {
  version: typeof HISTORY_VERSION
  /** The `baseline-key` input it belongs to. */
  key: string
  updatedAt: string
  /** Default-branch runs, oldest first, at most HISTORY_LIMIT. Values come only from reproducible ones. */
  runs: BaselineRun[]
  /** Per metric, oldest first, at most HISTORY_LIMIT each; only reproducible runs contribute. */
  metrics: Record<string, BaselineEntry[]>
  /** The newest reproducible run's provenance. */
  latest: BaselineProvenance | null
}

/** Where the history lives: the Actions cache in CI, memory in tests. */
export interface BaselineStore {
  /** The newest history whose key starts with keyPrefix, or null (miss, or no cache service). */
  restore(keyPrefix: string): Promise<BaselineHistory | null>
  /** Saves under key; a key that already exists is not an error. */
  save(key: string, history: BaselineHistory): Promise<void>
}
