/** What the compare stage produces: per-metric and per-artifact comparisons across runs, and the verdict. */
import type { Tolerance } from '../inputs/tolerance.js'
import type { EncodedValue } from '../metrics/values.js'

export type Verdict = 'reproducible' | 'drift' | 'error'

export type ComparisonStatus = 'pass' | 'drift' | 'ignored'

export interface MetricComparison {
  name: string
  status: ComparisonStatus
  /** One entry per run in run order; null where the metric is missing (see missingIn). */
  values: EncodedValue[]
  /** 1-based indices of the runs where the metric was absent. */
  missingIn: number[]
  /** Tolerance applied (numbers only); null for strings, booleans, null. */
  tolerance: Tolerance | null
  /** The tolerance rule's pattern that applied, or null for the default tolerance. */
  toleranceRule: string | null
  /** max |a−b| over the runs compared with the reference; null when not numeric. */
  maxAbsDeviation: number | null
  /** max |a−b|/|b|; null when the reference is 0 or not numeric. */
  maxRelDeviation: number | null
  /** 1-based indices of runs that differ from the reference beyond tolerance. */
  driftRuns: number[]
  /** Human-readable reason when status is drift. */
  reason: string | null
}

export interface ArtifactComparison {
  path: string
  status: 'pass' | 'drift'
  /** sha256 per run; null where the run did not produce it. */
  sha256: (string | null)[]
  bytes: (number | null)[]
  driftRuns: number[]
  reason: string | null
}
