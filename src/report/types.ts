/**
 * The report is the product's data model: every rendering (job summary, PR comment, CLI
 * print, check run) and every later comparison (baseline, diff, replay, matrix compare)
 * reads this document. Keep it JSON-serialisable; `schema.ts` publishes its JSON Schema.
 * `report/` composes what the earlier stages produce; each stage owns the types of its own part.
 */
import type { Determinism } from '../inputs/constants.js'
import type { Tolerance, ToleranceRule } from '../inputs/tolerance.js'
import type { SeedVariables } from '../plan/seeds.js'
import type { Exposure } from '../plan/exposure.js'
import type { Containment, RunRecord, WorkspaceFiles } from '../runs/types.js'
import type { Environment } from '../snapshot/types.js'
import type { LockfileRecord } from '../snapshot/lockfiles/types.js'
import type { ArtifactComparison, MetricComparison, Verdict } from '../compare/types.js'
import type { BaselineSection } from '../compare/sections/baseline.js'
import type { LegsSection } from '../compare/sections/legs.js'
import type { FactorName, LikelyCause, SeedAuditLevel, SeedAuditSection, VariationsSection } from '../vary/types.js'

/**
 * 2: metrics stored compactly (see stored.ts); 1 is still read. The in-memory report is the same
 * for both: every reader sees every field.
 */
export const SCHEMA_VERSION = 2

export type Mode = 'gate' | 'record' | 'compare' | 'publish' | 'replay'

export interface DriftItem {
  /** `variation`: the results move with an environment factor (name = the factor). */
  kind: 'metric' | 'artifact' | 'variation'
  name: string
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
  /** Factors varied after the repeats, vary-max-runs and the seed audit level (older reports lack them). */
  vary?: FactorName[]
  varyMaxRuns?: number
  seedAudit?: SeedAuditLevel
  /** Input `isolate`, when on: the user the experiment was to run as (`nobody`, a name or uid[:gid]). */
  isolate?: string
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
  /** Where the experiment's files are after the gate: run 1's back in place, each run's copies, the inputs. */
  files?: WorkspaceFiles
  /** Provenance: where and with what the experiment ran. Absent when capture was skipped. */
  environment?: Environment
  lockfiles?: LockfileRecord[]
  /** Comparison against the default branch's baseline, when one was restored. */
  baseline?: BaselineSection
  /** Matrix compare: one entry per recorded leg. */
  legs?: LegsSection
  /** Variation runs (input `vary`): factors, culprits, runs spent. */
  variations?: VariationsSection
  /** The seed audit (input `seed-audit`). */
  seedAudit?: SeedAuditSection
  /** The best reading of why the plain repeats drifted, when there is evidence. */
  likelyCause?: LikelyCause
  /** What the experiment could read of the gate's secrets although its environment lacked them (absent: nothing to say). */
  exposure?: Exposure
  /** How the runs' processes were contained: a PID namespace per run or the tracking variable; isolated or not. */
  containment?: Containment
}
