import * as path from 'node:path'
import type { Environment, Probed } from '../snapshot/types.js'
import type { Report } from '../report/types.js'
import type { EncodedValue } from '../metrics/values.js'
import {
  PredicateType,
  type EnvironmentSummary,
  type PredicateArtifact,
  type PredicateMetric,
  type PredicateTypeUri,
  type ReproPredicate
} from './types.js'

/**
 * The predicate is kept well under `actions/attest`'s 16 MB limit: metric and artifact lists are
 * cut (drifted ones kept first) until the JSON fits, and the report's sha256 stands for the rest.
 */
export const PREDICATE_BUDGET_BYTES = 8 * 1024 * 1024

/** Where the predicate's paths are relative to, and what it cannot read from the report. */
export interface PredicateContext {
  /** The workspace root: subject names and paths are relative to it. */
  workspace: string
  /** The written report and its sha256. */
  reportPath: string
  reportSha256: string
  /** GITHUB_WORKFLOW and GITHUB_WORKFLOW_REF, which the report's context does not keep. */
  env: NodeJS.ProcessEnv
  budgetBytes?: number
}

/** A path as a subject is named: relative to the workspace, forward slashes. */
export function workspaceRelative(workspace: string, file: string): string {
  const rel = path.relative(workspace, path.resolve(workspace, file))
  return rel === '' ? '.' : rel.split(path.sep).join('/')
}

/** The predicate type for a verdict: only a reproducible run gets the reproducible type. */
export function predicateTypeFor(report: Pick<Report, 'verdict'>): PredicateTypeUri {
  return report.verdict === 'reproducible' ? PredicateType.Reproducible : PredicateType.NotReproducible
}

function probed<T>(p: Probed<T>, ok: (v: T) => string): string | null {
  return p.status === 'ok' ? ok(p as T) : null
}

/** The environment in a few lines a person reads in `repro-gate verify`'s output. */
export function summariseEnvironment(env: Environment): EnvironmentSummary {
  const python = env.toolchains.python
  const frameworks: Record<string, string> = {}
  if (python.status === 'ok') {
    for (const [name, info] of Object.entries(python.frameworks)) if (info) frameworks[name] = info.version
  }
  const r = env.runner
  const runner = [r.os, r.arch, r.imageOS, r.imageVersion].filter(Boolean).join(' ')
  return {
    os: probed(env.os, (o) => `${o.distro || o.platform} ${o.release} (${o.arch}), kernel ${o.kernel}`.trim()),
    cpu: probed(env.hardware, (h) => `${h.cpu.model || 'unknown'}, ${h.cpu.physicalCores} cores / ${h.cpu.logicalCores} threads`),
    gpu: probed(env.gpu, (g) =>
      g.devices.length === 0
        ? 'none'
        : [
            `${g.devices.length} × ${g.devices[0].name}`,
            g.driverVersion ? `driver ${g.driverVersion}` : null,
            g.cudaDriverVersion ? `CUDA ${g.cudaDriverVersion}` : null
          ]
            .filter(Boolean)
            .join(', ')
    ),
    runner: runner === '' ? null : runner,
    container: probed(env.container, (c) =>
      c.inContainer ? `in a container${c.jobImage ? ` (${c.jobImage.digest ?? c.jobImage.reference})` : ''}` : 'not in a container'
    ),
    python: probed(python, (p) => `${p.version} (${p.distributions.length} distributions)`),
    frameworks,
    node: env.toolchains.node
  }
}

function metricItems(report: Report): PredicateMetric[] {
  if (report.metrics.length > 0) {
    const items = report.metrics.map((m): PredicateMetric => ({
      name: m.name,
      status: m.status,
      reference: m.values[0] ?? null,
      values: m.values,
      tolerance: m.tolerance,
      maxAbsDeviation: m.maxAbsDeviation,
      maxRelDeviation: m.maxRelDeviation
    }))
    // Drifted first, so cutting a long list never drops the metrics that matter.
    return [...items.filter((m) => m.status === 'drift'), ...items.filter((m) => m.status !== 'drift')]
  }
  // Nothing was compared (a run failed): what run 1 reported, unchecked.
  const first: Record<string, EncodedValue> = report.runs[0]?.metrics ?? {}
  return Object.entries(first).map(([name, value]) => ({
    name,
    status: 'unchecked',
    reference: value,
    values: [value],
    tolerance: null,
    maxAbsDeviation: null,
    maxRelDeviation: null
  }))
}

function artifactItems(report: Report, name: (file: string) => string): PredicateArtifact[] {
  const items: PredicateArtifact[] = report.artifacts.map((a) => ({
    name: name(a.path),
    status: a.status,
    sha256: a.sha256[0] ?? null,
    bytes: a.bytes[0] ?? null,
    sha256PerRun: a.sha256
  }))
  const compared = new Set(report.artifacts.map((a) => a.path))
  for (const a of report.runs[0]?.artifacts ?? []) {
    if (compared.has(a.path)) continue
    // A link or a FIFO is listed unhashed (its sha256 is empty): null, as for a file a run did not write.
    const sha256 = a.skipped || a.sha256 === '' ? null : a.sha256
    items.push({ name: name(a.path), status: 'unchecked', sha256, bytes: sha256 === null ? null : a.bytes, sha256PerRun: [sha256] })
  }
  return [...items.filter((a) => a.status === 'drift'), ...items.filter((a) => a.status !== 'drift')]
}

/** Cuts the longest lists in half until the predicate's JSON fits the budget. */
function fitToBudget(predicate: ReproPredicate, budget: number): ReproPredicate {
  const size = (): number => Buffer.byteLength(JSON.stringify(predicate))
  while (size() > budget) {
    const { metrics, artifacts } = predicate
    if (metrics.items.length === 0 && artifacts.items.length === 0) break
    if (metrics.items.length >= artifacts.items.length) metrics.items = metrics.items.slice(0, Math.floor(metrics.items.length / 2))
    else artifacts.items = artifacts.items.slice(0, Math.floor(artifacts.items.length / 2))
    metrics.listed = metrics.items.length
    artifacts.listed = artifacts.items.length
  }
  return predicate
}

/**
 * Builds the predicate from a written report. Pure: the report's own sha256 is computed by the
 * caller from the file as written. The caller redacts the result like everything that leaves.
 */
export function buildPredicate(report: Report, ctx: PredicateContext): ReproPredicate {
  const wd = report.inputs.workingDirectory
  const fromWd = (file: string): string => workspaceRelative(ctx.workspace, path.resolve(wd, file))
  const metrics = metricItems(report)
  const artifacts = artifactItems(report, fromWd)
  const environment = report.environment
  const predicate: ReproPredicate = {
    verdict: report.verdict,
    reproducible: report.verdict === 'reproducible',
    tool: report.tool,
    createdAt: report.createdAt,
    command: report.inputs.command,
    workingDirectory: workspaceRelative(ctx.workspace, wd),
    runs: {
      requested: report.inputs.runs,
      executed: report.runs.length,
      compared: report.runs.filter((r) => r.error === null).length,
      durationsMs: report.runs.map((r) => r.durationMs)
    },
    seed: {
      value: report.inputs.seed,
      determinism: report.inputs.determinism,
      variables: report.seeds.set,
      keptFromUser: report.seeds.keptFromUser
    },
    tolerance: { default: report.inputs.tolerance, rules: report.inputs.tolerances, ignore: report.inputs.ignore },
    metrics: {
      file: workspaceRelative(ctx.workspace, report.inputs.metrics),
      total: metrics.length,
      drifted: metrics.filter((m) => m.status === 'drift').length,
      ignored: metrics.filter((m) => m.status === 'ignored').length,
      listed: metrics.length,
      items: metrics
    },
    artifacts: {
      total: artifacts.length,
      drifted: artifacts.filter((a) => a.status === 'drift').length,
      listed: artifacts.length,
      items: artifacts
    },
    errors: report.errors.map((e) => e.message).slice(0, 20),
    source: {
      repository: report.context.repository,
      commit: report.context.sha,
      headCommit: report.context.headSha,
      ref: report.context.ref,
      eventName: report.context.eventName,
      pullRequest: report.context.pullRequest
    },
    workflow: {
      name: ctx.env.GITHUB_WORKFLOW || null,
      ref: ctx.env.GITHUB_WORKFLOW_REF || environment?.runner.workflowRef || null,
      job: report.context.job,
      runId: report.context.runId,
      runAttempt: report.context.runAttempt,
      runUrl: report.context.runUrl
    },
    environment: environment
      ? {
          fingerprint: environment.fingerprint,
          parts: environment.fingerprintParts,
          summary: summariseEnvironment(environment),
          data: environment.data.slice(0, 1000).map((d) => ({ path: fromWd(d.path), sha256: d.sha256, bytes: d.bytes }))
        }
      : null,
    lockfiles: (report.lockfiles ?? []).map((l) => ({
      path: fromWd(l.path),
      format: l.format,
      sha256: l.sha256,
      packages: l.packageCount,
      unpinned: l.unpinned.length
    })),
    report: { path: workspaceRelative(ctx.workspace, ctx.reportPath), sha256: ctx.reportSha256, schemaVersion: report.schemaVersion }
  }
  // Variation runs and the seed audit (issue #8), when the gate ran them: which factors moved a
  // result, and whether the seed is wired at all.
  if (report.variations) {
    const culprits = new Set(report.variations.culprits.map((c) => c.factor as string))
    predicate.variations = {
      sensitiveTo: [...culprits].sort(),
      factors: report.variations.factors.map((f) => ({ name: f.name, varied: f.varied, sensitive: culprits.has(f.name), reason: f.reason }))
    }
  }
  if (report.seedAudit) {
    predicate.seedAudit = {
      seedWired: report.seedAudit.wired,
      auditSeed: report.seedAudit.auditSeed,
      changedMetrics: report.seedAudit.spread.filter((s) => JSON.stringify(s.control) !== JSON.stringify(s.audit)).length
    }
  }
  return fitToBudget(predicate, ctx.budgetBytes ?? PREDICATE_BUDGET_BYTES)
}
