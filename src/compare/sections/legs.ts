/**
 * Matrix record/compare: each matrix leg records its report as an artifact; one compare job reads
 * them all and compares every leg with the reference leg. This is the report's `legs` section.
 */
import type { EncodedValue } from '../../metrics/values.js'
import type { Tolerance } from '../../inputs/tolerance.js'
import type { Verdict } from '../types.js'
import type { EnvChange } from '../envdiff.js'

/** One recorded leg. */
export interface LegSummary {
  /** From the artifact name: `<runner name>-<job>-<attempt>`, sanitised. */
  name: string
  artifact: string
  /** Runner name, OS and image, e.g. "gpu-box-1 (Linux X64, ubuntu24 20260101.1)". */
  runner: string | null
  fingerprint: string | null
  /** The leg's own verdict across its runs. */
  verdict: Verdict
  /** The leg's value of each metric (its reference run); null where missing. */
  metrics: Record<string, EncodedValue | null>
  /** True for the reference leg. */
  reference: boolean
  /** The leg differs from the reference beyond tolerance, or did not reproduce itself. */
  drift: boolean
  /** Metrics that differ from the reference leg. */
  driftedMetrics: string[]
  /** `diffEnvironments(reference, leg)`, for drifting legs only. */
  changes: EnvChange[]
}

export type LegMetricStatus = 'pass' | 'drift' | 'ignored'

/** One metric across legs. */
export interface LegMetric {
  name: string
  status: LegMetricStatus
  /** Per leg name. */
  values: Record<string, EncodedValue | null>
  tolerance: Tolerance | null
  toleranceRule: string | null
  maxAbsDeviation: number | null
  maxRelDeviation: number | null
  /** Legs whose value differs from the reference leg's. */
  driftLegs: string[]
  reason: string | null
}

export interface LegsSection {
  /** The reference leg's name. */
  reference: string
  /** 'input': reference-leg named it; 'first-by-name': the first leg in name order. */
  referenceChosenBy: 'input' | 'first-by-name'
  /** In name order. */
  legs: LegSummary[]
  metrics: LegMetric[]
  /** Names of the legs that drift, in name order. */
  driftingLegs: string[]
  warnings: string[]
}
