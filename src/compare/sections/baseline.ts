/**
 * The report's `baseline` section: this report compared with the default branch's history. The
 * baseline stage (src/baseline/) fills it; its shape is a comparison, so it lives with compare.
 */
import type { Tolerance } from '../../inputs/tolerance.js'
import type { EncodedValue } from '../../metrics/values.js'
import type { EnvChange } from '../envdiff.js'

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
  /**
   * Metrics of this run the history does not track (new, or ignored) past the first
   * MAX_UNTRACKED_LISTED: counted, not listed (a million metrics against a history of a thousand).
   */
  untrackedNotListed?: number
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
