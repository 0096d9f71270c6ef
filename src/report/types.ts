/**
 * The report is the product's data model: every rendering (job summary, PR comment, CLI
 * print, check run) and every later comparison (baseline, diff, replay, matrix compare)
 * reads this document. Keep it JSON-serialisable; `schema.ts` publishes its JSON Schema.
 */
import type { Environment } from '../snapshot/types.js'
import type { LockfileRecord } from '../snapshot/lockfiles/types.js'
import type { BaselineSection } from '../baseline/types.js'
import type { LegsSection } from '../modes/types.js'

export const SCHEMA_VERSION = 1

export type Verdict = 'reproducible' | 'drift' | 'error'
export type Determinism = 'seeds' | 'strict' | 'off'
export type Mode = 'gate' | 'record' | 'compare' | 'publish' | 'replay'

/** `|a−b| ≤ atol + rtol·|b|`, with b the reference value. */
export interface Tolerance {
  atol: number
  rtol: number
}

/** A per-metric override: the first rule whose pattern matches a metric name wins. */
export interface ToleranceRule {
  pattern: string
  tolerance: Tolerance
}

/**
 * JSON has no NaN or Infinity, so non-finite numbers are written as a tagged object:
 * a string metric "NaN" and the number NaN must stay distinguishable.
 */
export type NonFinite = { nonFinite: 'NaN' | 'Infinity' | '-Infinity' }
export type EncodedValue = number | string | boolean | null | NonFinite

/** The value of a metric as read from a metrics file, before encoding. */
export type MetricValue = number | string | boolean | null

export type FlatMetrics = Map<string, MetricValue>

export interface RunRecord {
  /** 1-based, as REPRO_RUN. */
  index: number
  exitCode: number | null
  signal: string | null
  durationMs: number
  timedOut: boolean
  cancelled: boolean
  /** The run's own folder, where the files it created or changed were moved. */
  outputDir: string
  /** Absolute path the metrics were read from (inside outputDir after the move), or null. */
  metricsFile: string | null
  metrics: Record<string, EncodedValue> | null
  artifacts: ArtifactFile[]
  /** Why this run cannot be compared (crash, timeout, no metrics, invalid metrics). */
  error: string | null
  /** Last lines of stdout+stderr, redacted and bounded. */
  outputTail: string
}

export interface ArtifactFile {
  /** Relative to the working directory, forward slashes. */
  path: string
  sha256: string
  bytes: number
}

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

export interface DriftItem {
  kind: 'metric' | 'artifact'
  name: string
}

export interface SeedVariables {
  /** Variables the gate set for every run. */
  set: Record<string, string>
  /** Seed/determinism variables the user had already set; never overwritten. */
  keptFromUser: Record<string, string>
}

/** The inputs as resolved (absolute paths, parsed tolerances), minus the token. */
export interface ReportInputs {
  command: string
  runs: number
  seed: number
  determinism: Determinism
  metrics: string
  tolerance: Tolerance
  tolerances: ToleranceRule[]
  ignore: string[]
  artifacts: string[]
  workingDirectory: string
  timeoutMinutes: number | null
  failOnDrift: boolean
  /** Whether moving away from the default-branch baseline fails the check (older reports lack it). */
  failOnBaselineDrift?: boolean
  reportPath: string
}

/** Where the report was made: enough to link back to it. */
export interface ReportContext {
  repository: string | null
  sha: string | null
  ref: string | null
  /** The PR's head commit when the event is a pull request (GITHUB_SHA is the merge commit there). */
  headSha: string | null
  eventName: string | null
  pullRequest: number | null
  runId: string | null
  runAttempt: string | null
  job: string | null
  serverUrl: string
  /** Link to the job's log, when known. */
  runUrl: string | null
}

export interface ReportError {
  run: number | null
  message: string
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION
  tool: { name: 'repro-gate'; version: string }
  mode: Mode
  verdict: Verdict
  reproducible: boolean
  createdAt: string
  durationMs: number
  inputs: ReportInputs
  context: ReportContext
  seeds: SeedVariables
  runs: RunRecord[]
  metrics: MetricComparison[]
  artifacts: ArtifactComparison[]
  drifted: DriftItem[]
  errors: ReportError[]
  /** Provenance: where and with what the experiment ran. Absent when capture was skipped. */
  environment?: Environment
  lockfiles?: LockfileRecord[]
  /** Comparison against the default branch's baseline, when one was restored. */
  baseline?: BaselineSection
  /** Matrix compare: one entry per recorded leg. */
  legs?: LegsSection
}
