/**
 * Drift over time: the default branch's recent results kept in the Actions cache (the history),
 * and the comparison of a report with them (the section written into the report).
 */
import type { EncodedValue, ReportContext, SeedVariables, Tolerance } from '../report/types.js'
import type { Environment } from '../snapshot/types.js'
import type { LockfileRecord } from '../snapshot/lockfiles/types.js'
import type { EnvChange } from '../explain/envdiff.js'

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

export type BaselineMetricStatus = 'match' | 'drift' | 'new' | 'missing' | 'ignored'

export interface BaselineMetric {
  name: string
  status: BaselineMetricStatus
  /** The baseline's newest value (null when the metric is new). */
  reference: EncodedValue | null
  /** This report's value (its reference run); null when missing. */
  current: EncodedValue | null
  tolerance: Tolerance | null
  toleranceRule: string | null
  absDeviation: number | null
  relDeviation: number | null
  reason: string | null
  /** The commit the reference value comes from. */
  referenceCommit: string | null
  /** Default-branch values, oldest first (at most HISTORY_LIMIT). */
  trend: EncodedValue[]
}

/** This report compared with the default branch's newest reproducible result. */
export interface BaselineSection {
  /** The `baseline-key` input. */
  key: string
  /** What happened: compared with a restored history, saved a new one, both, or neither. */
  compared: boolean
  saved: boolean
  /** The commit and time of the newest default-branch run the metrics were compared with. */
  baselineCommit: string | null
  baselineCreatedAt: string | null
  baselineFingerprint: string | null
  currentFingerprint: string | null
  fingerprintChanged: boolean
  metrics: BaselineMetric[]
  /** Reproducible share of the recorded default-branch runs (0..1), null when there are none. */
  reproducibleShare: number | null
  /** How many default-branch runs the share is over. */
  defaultBranchRuns: number
  /** match: every metric within baseline-tolerance; drift: one moved or went missing; none: nothing to compare. */
  verdict: 'match' | 'drift' | 'none'
  /** Environment changes since the baseline, when a metric drifted or the fingerprint differs. */
  changes: EnvChange[]
  /** Cache misses, an absent cache service, a re-run: never failures. */
  warnings: string[]
}
