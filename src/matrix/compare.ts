/**
 * `mode: compare`: collects every leg's recorded report from this workflow run and compares their
 * metrics with the reference leg's (same tolerance semantics as runs), producing one report whose
 * `legs` section says which leg drifts and what differs in its environment.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { Inputs } from '../inputs/inputs.js'
import { SCHEMA_VERSION, type DriftItem, type Report, type ReportError } from '../report/types.js'
import type { EncodedValue } from '../metrics/values.js'
import type { MetricComparison } from '../compare/types.js'
import { reportInputs, decideVerdict } from '../report/build.js'
import { readReportContext } from '../report/context.js'
import { createRedactor, redactReport } from '../report/redact.js'
import { readReportFile, writeReport } from '../report/write.js'
import { compareMetricSets, reportMetricValues, type DeltaOptions } from '../compare/reports.js'
import { diffEnvironments } from '../compare/envdiff.js'
import { VERSION } from '../version.js'
import { ActionsArtifacts, type ArtifactStore } from '../artifacts.js'
import { downloadLegs, legArtifactPrefix, legNameOf } from './record.js'
import type { LegMetric, LegsSection, LegSummary } from '../compare/sections/legs.js'
import { errorMessage } from '../errors.js'

/** A leg's report, read back. */
export interface RecordedLeg {
  name: string
  artifact: string
  report: Report
}

export interface CompareLegsOptions extends DeltaOptions {
  /** The `reference-leg` input; null = the first leg by name. */
  referenceLeg: string | null
}

export interface LegsComparison {
  section: LegsSection
  /** One per metric, values in leg order (legs play the part of runs), for the usual renderers. */
  metrics: MetricComparison[]
  drifted: DriftItem[]
  errors: ReportError[]
}

function runnerOf(report: Report): string | null {
  const r = report.environment?.runner
  if (!r) return null
  const where = [r.os, r.arch].filter(Boolean).join(' ')
  const image = [r.imageOS, r.imageVersion].filter(Boolean).join(' ')
  const details = [where, image].filter(Boolean).join(', ')
  const name = r.name ?? 'runner'
  return details ? `${name} (${details})` : name
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i'
  )
}

/**
 * Finds the leg `reference-leg` names: an exact leg or artifact name, else a leg whose runner name,
 * ImageOS or runner OS equals it, else a `*` glob over leg names. Returns the index or an error.
 */
export function resolveReferenceLeg(legs: RecordedLeg[], wanted: string): { index: number; warning: string | null } | { error: string } {
  const exact = legs.findIndex((l) => l.name === wanted || l.artifact === wanted)
  if (exact >= 0) return { index: exact, warning: null }
  const lower = wanted.toLowerCase()
  const runnerMatch = (l: RecordedLeg): boolean => {
    const r = l.report.environment?.runner
    return [r?.name, r?.imageOS, r?.os].some((v) => typeof v === 'string' && v.toLowerCase() === lower)
  }
  const re = globToRegExp(wanted)
  const matches = legs.flatMap((l, i) => (runnerMatch(l) || re.test(l.name) ? [i] : []))
  if (matches.length === 0) {
    return { error: `reference-leg: got "${wanted}", which names none of the recorded legs: ${legs.map((l) => l.name).join(', ')}` }
  }
  const warning =
    matches.length > 1
      ? `reference-leg "${wanted}" matches ${matches.length} legs; using the first by name, ${legs[matches[0]].name}`
      : null
  return { index: matches[0], warning }
}

/**
 * Compares every leg with the reference leg. Legs are taken in name order (stable whatever order
 * the artifacts were listed in). A leg drifts when a metric differs beyond tolerance from the
 * reference leg's, when it lacks one the reference has (or has one the reference lacks), or when
 * it did not reproduce itself. Pure.
 */
export function compareLegs(input: RecordedLeg[], options: CompareLegsOptions): LegsComparison {
  const legs = [...input].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const warnings: string[] = []
  const errors: ReportError[] = []
  let refIndex = 0
  let chosenBy: LegsSection['referenceChosenBy'] = 'first-by-name'
  if (options.referenceLeg) {
    const found = resolveReferenceLeg(legs, options.referenceLeg)
    if ('error' in found) {
      errors.push({ run: null, message: found.error })
    } else {
      refIndex = found.index
      chosenBy = 'input'
      if (found.warning) warnings.push(found.warning)
    }
  }
  const ref = legs[refIndex]
  const values = legs.map((l) => reportMetricValues(l.report))
  const refValues = values[refIndex]
  const names = [...new Set(values.flatMap((v) => [...v.keys()]))].sort()

  // By name: flattened metrics (a 10,000-point curve is 10,000 metrics) make a scan per name quadratic.
  const perLeg = values.map((v, i) => (i === refIndex ? null : new Map(compareMetricSets(refValues, v, options).map((d) => [d.name, d]))))
  const metrics: MetricComparison[] = []
  const legMetrics: LegMetric[] = []
  for (const name of names) {
    const deltas = perLeg.map((d) => d?.get(name) ?? null)
    const sample = deltas.find((d) => d !== null) ?? null
    const ignored = sample?.status === 'ignored'
    const driftIdx = deltas.flatMap((d, i) => (d && (d.status === 'drift' || d.status === 'missing' || d.status === 'new') ? [i] : []))
    const reasons = driftIdx.slice(0, 3).map((i) => {
      const d = deltas[i]!
      const why = d.status === 'new' ? `missing in the reference leg ${ref.name}` : d.status === 'missing' ? 'missing' : d.reason
      return `leg ${legs[i].name}: ${why}`
    })
    const abs = deltas.map((d) => d?.absDeviation ?? null).filter((x): x is number => x !== null)
    const rel = deltas.map((d) => d?.relDeviation ?? null).filter((x): x is number => x !== null)
    const status = ignored ? 'ignored' : driftIdx.length ? 'drift' : 'pass'
    const encoded: (EncodedValue | null)[] = values.map((v) => v.get(name) ?? null)
    const tolerance = sample?.tolerance ?? null
    const toleranceRule = sample?.toleranceRule ?? null
    const maxAbs = abs.length ? Math.max(...abs) : null
    const maxRel = rel.length ? Math.max(...rel) : null
    metrics.push({
      name,
      status,
      values: encoded,
      missingIn: values.flatMap((v, i) => (v.has(name) ? [] : [i + 1])),
      tolerance,
      toleranceRule,
      maxAbsDeviation: maxAbs,
      maxRelDeviation: maxRel,
      driftRuns: ignored ? [] : driftIdx.map((i) => i + 1),
      reason: status === 'drift' ? reasons.join('; ') : null
    })
    legMetrics.push({
      name,
      status,
      values: Object.fromEntries(legs.map((l, i) => [l.name, encoded[i]])),
      tolerance,
      toleranceRule,
      maxAbsDeviation: maxAbs,
      maxRelDeviation: maxRel,
      driftLegs: ignored ? [] : driftIdx.map((i) => legs[i].name),
      reason: status === 'drift' ? reasons.join('; ') : null
    })
  }

  const driftedByLeg = new Map<string, string[]>(legs.map((l) => [l.name, []]))
  for (const m of legMetrics) for (const name of m.driftLegs) driftedByLeg.get(name)?.push(m.name)
  const summaries: LegSummary[] = legs.map((leg, i) => {
    const driftedMetrics = driftedByLeg.get(leg.name) ?? []
    const selfDrift = leg.report.verdict === 'drift'
    const drift = driftedMetrics.length > 0 || selfDrift
    if (leg.report.verdict === 'error')
      errors.push({
        run: null,
        message: `leg ${leg.name}: its own gate ended in error (${leg.report.errors[0]?.message ?? 'see its report'})`
      })
    if (selfDrift)
      warnings.push(
        `leg ${leg.name} did not reproduce itself across its own runs (${leg.report.drifted
          .map((d) => d.name)
          .slice(0, 5)
          .join(', ')})`
      )
    return {
      name: leg.name,
      artifact: leg.artifact,
      runner: runnerOf(leg.report),
      fingerprint: leg.report.environment?.fingerprint || null,
      verdict: leg.report.verdict,
      metrics: Object.fromEntries(names.map((n) => [n, values[i].get(n) ?? null])),
      reference: i === refIndex,
      drift,
      driftedMetrics,
      changes: drift && i !== refIndex ? diffEnvironments(ref.report, leg.report) : []
    }
  })

  const drifted: DriftItem[] = metrics.filter((m) => m.status === 'drift').map((m) => ({ kind: 'metric', name: m.name }))
  for (const leg of legs) {
    if (leg.report.verdict !== 'drift') continue
    for (const item of leg.report.drifted) {
      if (!drifted.some((d) => d.kind === item.kind && d.name === item.name)) drifted.push(item)
    }
  }
  const driftingLegs = summaries.filter((s) => s.drift).map((s) => s.name)
  for (const name of driftingLegs) {
    const s = summaries.find((x) => x.name === name)!
    if (s.driftedMetrics.length)
      warnings.push(`leg ${name} drifts from the reference leg ${ref.name}: ${s.driftedMetrics.slice(0, 5).join(', ')}`)
  }
  return {
    section: { reference: ref.name, referenceChosenBy: chosenBy, legs: summaries, metrics: legMetrics, driftingLegs, warnings },
    metrics: metrics.sort((a, b) => (a.status === b.status ? 0 : a.status === 'drift' ? -1 : b.status === 'drift' ? 1 : 0)),
    drifted,
    errors
  }
}

export interface CompareModeDeps {
  /** Defaults to this workflow run's artifacts. */
  artifacts?: ArtifactStore
  /** Where artifacts are downloaded; defaults to a new folder under RUNNER_TEMP. */
  downloadDir?: string
  /** Write the report to inputs.reportPath (default true). */
  write?: boolean
}

/**
 * Downloads every leg report of this workflow run, compares them and returns one report
 * (`mode: 'compare'`); also writes it to `report-path`. Problems with the artifacts (none found,
 * one unreadable) become the report's errors, so they are published like any verdict.
 */
export async function runCompareMode(inputs: Inputs, env: NodeJS.ProcessEnv, deps: CompareModeDeps = {}): Promise<Report> {
  const startedAt = Date.now()
  const prefix = legArtifactPrefix(inputs)
  const errors: ReportError[] = []
  const legs: RecordedLeg[] = []
  let ownDir: string | null = null
  try {
    const artifacts = deps.artifacts ?? new ActionsArtifacts()
    const dir = deps.downloadDir ?? (ownDir = await mkdtemp(path.join(env.RUNNER_TEMP || tmpdir(), 'repro-gate-legs-')))
    for (const leg of await downloadLegs(artifacts, prefix, dir)) {
      const name = legNameOf(leg.artifact, prefix)
      const jsons = leg.files.filter((f) => f.endsWith('.json'))
      if (jsons.length !== 1) {
        errors.push({ run: null, message: `leg ${name}: artifact ${leg.artifact} holds ${jsons.length} JSON files, expected one report` })
        continue
      }
      try {
        legs.push({ name, artifact: leg.artifact, report: await readReportFile(jsons[0]) })
      } catch (err) {
        errors.push({ run: null, message: `leg ${name}: ${errorMessage(err)}` })
      }
    }
  } catch (err) {
    errors.push({ run: null, message: `could not download the leg reports: ${errorMessage(err)}` })
  } finally {
    // The reports are read; a download cut short leaves nothing behind either.
    if (ownDir) await rm(ownDir, { recursive: true, force: true })
  }

  let comparison: LegsComparison | null = null
  if (legs.length >= 2) {
    comparison = compareLegs(legs, {
      referenceLeg: inputs.referenceLeg,
      tolerance: inputs.tolerance,
      tolerances: inputs.tolerances,
      ignore: inputs.ignore
    })
    errors.push(...comparison.errors)
  } else if (errors.length === 0) {
    errors.push({
      run: null,
      message:
        `found ${legs.length} leg report(s) named ${prefix}*; compare needs at least two. Did the matrix jobs run with ` +
        `mode: record and the same report-artifact ("${inputs.reportArtifact}"), and does this job need: them?`
    })
  }
  const drifted = comparison?.drifted ?? []
  const verdict = decideVerdict(errors, drifted)
  const reference = comparison ? legs.find((l) => l.name === comparison!.section.reference) : undefined
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'repro-gate', version: VERSION },
    mode: 'compare',
    verdict,
    reproducible: verdict === 'reproducible',
    createdAt: new Date().toISOString(),
    durationMs: 0,
    // In a compare report the legs play the part of runs (metrics[].values has one per leg).
    inputs: comparison ? { ...reportInputs(inputs), runs: legs.length } : reportInputs(inputs),
    context: readReportContext(env),
    seeds: reference?.report.seeds ?? { set: {}, keptFromUser: {} },
    runs: [],
    metrics: comparison?.metrics ?? [],
    artifacts: [],
    drifted,
    errors
  }
  if (comparison) report.legs = comparison.section
  report.durationMs = Date.now() - startedAt
  if (deps.write === false) return report
  const written = await writeReport(redactReport(createRedactor(env), report), inputs.reportPath)
  return written.report
}
