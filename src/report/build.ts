import type { Inputs } from '../inputs/inputs.js'
import type { RunPlan } from '../plan/plan.js'
import type { RunsResult } from '../runs/runs.js'
import type { WorkspaceFiles } from '../runs/types.js'
import type { Snapshot } from '../snapshot/index.js'
import { compareArtifacts, compareRuns } from '../compare/compareRuns.js'
import { VERSION } from '../version.js'
import { SCHEMA_VERSION, type DriftItem, type Report, type ReportContext, type ReportError, type ReportInputs } from './types.js'
import { encodeMetrics, type FlatMetrics } from '../metrics/values.js'
import type { Verdict } from '../compare/types.js'
import type { VaryResult } from '../vary/stage.js'
import { controlThreads } from '../vary/factors.js'
import { likelyCause } from '../vary/cause.js'

/** The inputs as recorded: resolved, and without anything secret (the token is not an input of the run). */
export function reportInputs(inputs: Inputs): ReportInputs {
  return {
    command: inputs.command,
    runs: inputs.runs,
    seed: inputs.seed,
    determinism: inputs.determinism,
    metrics: inputs.metrics,
    tolerance: inputs.tolerance,
    tolerances: inputs.tolerances,
    ignore: inputs.ignore,
    artifacts: inputs.artifacts,
    workingDirectory: inputs.workingDirectory,
    timeoutMinutes: inputs.timeoutMinutes,
    failOnDrift: inputs.failOnDrift,
    failOnBaselineDrift: inputs.failOnBaselineDrift,
    reportPath: inputs.reportPath,
    // Only when used, so reports without variations read as before.
    ...(inputs.vary.length > 0 || inputs.seedAudit !== 'off'
      ? { vary: inputs.vary, varyMaxRuns: inputs.varyMaxRuns, seedAudit: inputs.seedAudit }
      : {}),
    ...(inputs.isolate ? { isolate: inputs.isolate.spec } : {})
  }
}

/** The verdict: any error wins over drift, drift over reproducible. */
export function decideVerdict(errors: ReportError[], drifted: DriftItem[]): Verdict {
  if (errors.length > 0) return 'error'
  return drifted.length > 0 ? 'drift' : 'reproducible'
}

export interface BuildReportArgs {
  inputs: Inputs
  plan: RunPlan
  runs: RunsResult
  snapshot: Snapshot | null
  context: ReportContext
  startedAt: number
  /** Problems outside any run (a crash of the gate itself, a cancelled job). */
  extraErrors?: ReportError[]
  /** The variation stage's findings (vary, seed-audit), when it ran. */
  vary?: VaryResult | null
  /** Where the experiment's files are after the gate (leaveWorkspace). */
  files?: WorkspaceFiles | null
}

/**
 * Compares the runs and assembles the report. Runs that failed are left out of the comparison
 * (their failure is the finding), so a crash never also shows up as spurious drift.
 */
export function buildReport(args: BuildReportArgs): Report {
  const { inputs, plan, runs, snapshot, context, startedAt } = args
  const errors: ReportError[] = runs.records.flatMap((r) => (r.error ? [{ run: r.index, message: r.error }] : []))
  if (runs.stopped) errors.push({ run: null, message: runs.stopped })
  else if (runs.skipped > 0 && runs.records.length > 0) {
    const last = runs.records[runs.records.length - 1]
    const why = last.cancelled ? 'the job was cancelled' : `run ${last.index} failed`
    errors.push({ run: null, message: `${runs.skipped} of ${plan.runs} runs were not started because ${why}` })
  }
  // A file of the user's that the gate could not put back is an error, whatever the runs found.
  for (const input of args.files?.inputs ?? []) {
    if (input.after === 'unverified') {
      errors.push({
        run: null,
        message: `${input.path} could not be put back as it was before the gate; its original is kept at ${input.saved}`
      })
    }
  }
  errors.push(...(args.extraErrors ?? []))
  errors.push(...(args.vary?.errors ?? []))

  const comparable = runs.metrics.filter((m, i): m is FlatMetrics => m !== null && runs.records[i].error === null)
  const compared = comparable.length >= 2
  const metrics = compared ? compareRuns(comparable, inputs) : []
  // A compared run's values are the comparison's (its k-th value); any other run with metrics keeps its own.
  const records = runs.records.map((r, i) => {
    const flat = runs.metrics[i] ?? null
    if (r.metrics !== undefined || (compared && flat !== null && r.error === null)) return r
    return { ...r, metrics: flat === null ? null : encodeMetrics(flat) }
  })
  const cleanRuns = runs.records.filter((r) => r.error === null)
  const artifacts = cleanRuns.length >= 2 ? compareArtifacts(cleanRuns.map((r) => r.artifacts)) : []
  const drifted: DriftItem[] = [
    ...metrics.filter((m) => m.status === 'drift').map((m) => ({ kind: 'metric' as const, name: m.name })),
    ...artifacts.filter((a) => a.status === 'drift').map((a) => ({ kind: 'artifact' as const, name: a.path })),
    // Sensitivity to a factor is drift like any other (it fails the check unless fail-on-drift is false).
    ...(args.vary?.drifted ?? [])
  ]
  const verdict = decideVerdict(errors, drifted)
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'repro-gate', version: VERSION },
    mode: inputs.mode === 'record' ? 'record' : 'gate',
    verdict,
    reproducible: verdict === 'reproducible',
    createdAt: new Date().toISOString(),
    durationMs: Date.now() - startedAt,
    inputs: reportInputs(inputs),
    context,
    seeds: plan.seeds,
    runs: records,
    metrics,
    artifacts,
    drifted,
    errors
  }
  if (args.files) report.files = args.files
  if (snapshot) {
    report.environment = snapshot.environment
    report.lockfiles = snapshot.lockfiles
  }
  if (runs.containment) report.containment = runs.containment
  if (args.vary?.variations) report.variations = args.vary.variations
  if (args.vary?.seedAudit) report.seedAudit = args.vary.seedAudit
  // A likely cause for a same-environment drift: read from the deviations, threads, GPUs and the seed audit.
  const gpu = snapshot?.environment.gpu
  const cause = likelyCause({
    metrics,
    artifacts,
    threads: controlThreads(plan.env),
    gpus: gpu?.status === 'ok' ? gpu.devices.map((d) => d.name) : [],
    seedAudit: args.vary?.seedAudit ?? null
  })
  if (cause) report.likelyCause = cause
  if (plan.exposure) report.exposure = plan.exposure
  return report
}
