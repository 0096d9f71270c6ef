/**
 * What the variation stage adds to the report: which factors of the environment were varied, what
 * moved with which factor, the seed audit, and a likely cause for a same-environment drift.
 * Owned by this stage; the report and its renderers only read these types.
 */
import type { EncodedValue } from '../metrics/values.js'
import type { Tolerance } from '../inputs/tolerance.js'

import { FACTORS, SEED_AUDIT_LEVELS, type FactorName, type SeedAuditLevel } from '../inputs/vary.js'

export { FACTORS, SEED_AUDIT_LEVELS, type FactorName, type SeedAuditLevel }

/** One factor as planned: varied or not (and why not), the control's effective value and the varied one. */
export interface FactorRecord {
  name: FactorName
  varied: boolean
  /** Why the factor could not be varied here; null when varied. */
  reason: string | null
  /** The control's effective value, as measured (e.g. `C (LANG=fr_CH.UTF-8 is not installed)`). */
  control: string
  /** The varied value; null when not varied. */
  value: string | null
  /** Environment variables the varied run sets (null = removed). */
  variables: Record<string, string | null>
  /** Anything the reader should know about how it was varied (files linked instead of copied). */
  note: string | null
}

/** A metric or artifact that differs from run 1 in a varied run. */
export interface VariationChange {
  kind: 'metric' | 'artifact'
  name: string
  /** Metric: run 1's value and the varied run's. Artifact: the sha256 of each (null = not produced). */
  control: EncodedValue
  varied: EncodedValue
  /** |varied − control| for numbers; null otherwise. */
  absDeviation: number | null
}

/** One varied run: the factors it changed and what came out of it. */
export interface VariationRun {
  factors: FactorName[]
  /** `agrees` with run 1, `drift` beyond the repeats' spread, or `failed` where run 1 succeeded. */
  outcome: 'agrees' | 'drift' | 'failed'
  changes: VariationChange[]
  /** Why the varied run failed (exit code, no metrics) with the last line of its output. */
  error: string | null
  durationMs: number
  /** The run's own folder (its outputs, moved there like a repeat's). */
  outputDir: string
}

export interface Culprit {
  factor: FactorName
  changes: VariationChange[]
  error: string | null
  /** One sentence for a reviewer: what changes with the factor, with the values. */
  summary: string
}

export type VariationStatus =
  /** Everything varied at once agreed with run 1. */
  | 'insensitive'
  /** One or more factors were named as culprits. */
  | 'sensitive'
  /** Everything at once drifted, but no factor alone did: the drift needs factors together. */
  | 'interaction'
  /** The plain repeats already drift: no factor can be blamed beyond that noise. */
  | 'inconclusive'
  /** Not diagnosed: the runs failed, nothing could be varied here, or vary-max-runs ran out first. */
  | 'skipped'

export interface VariationsSection {
  /** The factors asked for (`all` expanded, exclusions applied). */
  requested: FactorName[]
  factors: FactorRecord[]
  status: VariationStatus
  /** One line for the reader ("insensitive to 7 factors in 1 extra run"). */
  message: string
  culprits: Culprit[]
  /** Factors the run budget (vary-max-runs) left untested after everything at once drifted. */
  untested: FactorName[]
  runs: VariationRun[]
  maxRuns: number
  /** Wall time of the varied runs together. */
  durationMs: number
}

/** The seed audit: one extra run with a different seed. */
export interface SeedAuditSection {
  level: 'warn' | 'fail'
  /** The gate's seed and the audit's. */
  seed: number
  auditSeed: number
  /** Variables the audit run changed (REPRO_SEED, and PL_GLOBAL_SEED when the gate set it). */
  variables: Record<string, string>
  /** true: metrics or artifacts changed with the seed; false: nothing changed; null: the audit run failed. */
  wired: boolean | null
  message: string
  /** Per numeric metric: the tolerance beside how far the seed moves it. */
  spread: SeedSpread[]
  artifactsChanged: string[]
  error: string | null
  durationMs: number
}

export interface SeedSpread {
  name: string
  tolerance: Tolerance | null
  control: EncodedValue
  audit: EncodedValue
  /** |audit − control|; null when not numeric. */
  spread: number | null
}

export type LikelyCauseKind = 'reduction-order' | 'unseeded-generator' | 'artifact-content'

/** The best reading of why the plain repeats drifted, with the evidence it rests on. */
export interface LikelyCause {
  kind: LikelyCauseKind
  /** "likely …", one sentence. */
  summary: string
  evidence: string[]
  suggestion: string | null
}
