/**
 * One report's metrics against another's (or against a baseline's values): the pairwise comparison
 * behind `diff`, `replay`, the baseline and the matrix legs. Every value goes through
 * `compareMetricValues`, so the tolerance means the same thing everywhere.
 */
import type { Tolerance, ToleranceRule } from '../inputs/tolerance.js'
import { matchesAny } from '../inputs/patterns.js'
import { decodeValue, type EncodedValue } from '../metrics/values.js'
import type { RunRecord } from '../runs/types.js'
import type { MetricComparison } from './types.js'
import { compareMetricValues } from './values.js'
import { toleranceFor } from './tolerance.js'

/**
 * match/drift: compared; new: only the candidate has it (nothing to compare with, not drift);
 * missing: the candidate lost a metric the reference had (drift); ignored: matched `ignore`.
 */
export type MetricDeltaStatus = 'match' | 'drift' | 'new' | 'missing' | 'ignored'

export interface MetricDelta {
  name: string
  status: MetricDeltaStatus
  reference: EncodedValue | null
  candidate: EncodedValue | null
  /** Numbers only. */
  tolerance: Tolerance | null
  toleranceRule: string | null
  absDeviation: number | null
  relDeviation: number | null
  reason: string | null
}

export interface DeltaOptions {
  tolerance: Tolerance
  tolerances: ToleranceRule[]
  ignore: string[]
}

/**
 * The values a report stands for: its first run that finished cleanly (the reference run of its
 * own comparison), else run 1 of its metric comparison. Missing metrics are absent from the map.
 */
export function reportMetricValues(report: { runs: RunRecord[]; metrics: MetricComparison[] }): Map<string, EncodedValue> {
  const clean = report.runs?.find((r) => r.error === null && r.metrics !== null)
  if (clean?.metrics) return new Map(Object.entries(clean.metrics))
  const values = new Map<string, EncodedValue>()
  for (const m of report.metrics ?? []) {
    if (!m.missingIn.includes(1) && m.values.length > 0) values.set(m.name, m.values[0])
  }
  return values
}

/**
 * One run's metrics: its own, or, for a compared run (one without `metrics`: the report holds its
 * values once, in the comparison), its values there. Null when the run has none.
 */
export function runMetricValues(
  report: { runs: RunRecord[]; metrics: MetricComparison[] },
  run: RunRecord
): Map<string, EncodedValue> | null {
  if (run.metrics === null) return null
  if (run.metrics !== undefined) return new Map(Object.entries(run.metrics))
  const k = report.runs.filter((r) => r.metrics === undefined).indexOf(run)
  if (k < 0) return null
  const values = new Map<string, EncodedValue>()
  for (const m of report.metrics) if (!m.missingIn.includes(k + 1)) values.set(m.name, m.values[k])
  return values
}

const NOT_COMPARED = { absDeviation: null, relDeviation: null, reason: null }

const ORDER: Record<MetricDeltaStatus, number> = { drift: 0, missing: 1, new: 2, match: 3, ignored: 4 }

/** Compares candidate values with reference values; drift and missing first, then by name. Pure. */
export function compareMetricSets(
  reference: Map<string, EncodedValue>,
  candidate: Map<string, EncodedValue>,
  options: DeltaOptions
): MetricDelta[] {
  const names = [...new Set([...reference.keys(), ...candidate.keys()])]
  const deltas = names.map((name): MetricDelta => {
    const ref = reference.get(name)
    const cand = candidate.get(name)
    const numeric = typeof ref === 'number' || typeof cand === 'number'
    const { tolerance, rule } = toleranceFor(name, options.tolerances, options.tolerance)
    let status: MetricDeltaStatus
    let c: { absDeviation: number | null; relDeviation: number | null; reason: string | null } = NOT_COMPARED
    if (matchesAny(name, options.ignore)) status = 'ignored'
    else if (ref === undefined) status = 'new'
    else {
      const compared = compareMetricValues(decodeValue(ref), cand === undefined ? undefined : decodeValue(cand), tolerance)
      status = cand === undefined ? 'missing' : compared.ok ? 'match' : 'drift'
      c = compared
    }
    // One literal with every field (no spreads): flattened curves make this loop hot.
    return {
      name,
      status,
      reference: ref ?? null,
      candidate: cand ?? null,
      tolerance: numeric ? tolerance : null,
      toleranceRule: numeric ? rule : null,
      absDeviation: c.absDeviation,
      relDeviation: c.relDeviation,
      reason: c.reason
    }
  })
  return deltas.sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** True when any delta is drift (a metric that moved or went missing). */
export function hasDrift(deltas: MetricDelta[]): boolean {
  return deltas.some((d) => d.status === 'drift' || d.status === 'missing')
}

/** Formats an encoded value for people: numbers as written, non-finite by name, strings quoted. */
export function formatValue(value: EncodedValue | null | undefined): string {
  if (value === undefined) return '—'
  if (value === null) return 'null'
  if (typeof value === 'object') return value.nonFinite
  if (typeof value === 'string') return JSON.stringify(value)
  return String(value)
}
