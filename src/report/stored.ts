/**
 * The report as stored in its file (schemaVersion 2), and back. In memory every metric comparison
 * has all its fields and every compared run its metrics; on disk a million metrics would be a
 * 400 MB file, mostly repeats: the same value once per run, defaults written out, and every value
 * a second time under its run. Stored, a metric writes only what differs from what its status,
 * values and the report's inputs imply (`defaultsFor`), one value when all runs agree, and a
 * compared run's metrics are left to the comparison they are read back from. Version 1 reports
 * (every field written) read through the same path: nothing in them is left to a default.
 */
import { randomUUID } from 'node:crypto'
import { unreadableVersion } from '../errors.js'
import type { Tolerance } from '../inputs/tolerance.js'
import type { MetricComparison } from '../compare/types.js'
import type { EncodedValue } from '../metrics/values.js'
import type { RunRecord } from '../runs/types.js'
import { SCHEMA_VERSION } from './schema-version.js'
import type { Report, StoredMetric, StoredReport } from './schema.js'

export type { StoredMetric, StoredReport }

/** Report versions this repro-gate reads: 1 (every field of every metric) and 2 (stored compactly). */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, SCHEMA_VERSION]

/** Why a parsed report's `schemaVersion` cannot be read (naming it; a newer one says to upgrade), or null. */
export function reportVersionProblem(parsed: unknown): string | null {
  const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion
  return typeof version === 'number' && !READABLE_SCHEMA_VERSIONS.includes(version)
    ? unreadableVersion('schemaVersion', version, READABLE_SCHEMA_VERSIONS)
    : null
}

/** What a stored metric's omitted fields are read back as. */
interface Defaults {
  tolerance: Tolerance
  /** The tolerance of each rule pattern (the first rule of a pattern, as the compare stage applies it). */
  rules: Map<string, Tolerance>
  /** Values per metric (one per compared run, or per leg). */
  valuesPerMetric: number
}

function defaultsOf(report: Pick<Report, 'inputs'>, valuesPerMetric: number): Defaults {
  const rules = new Map<string, Tolerance>()
  for (const rule of report.inputs.tolerances ?? []) if (!rules.has(rule.pattern)) rules.set(rule.pattern, rule.tolerance)
  return { tolerance: report.inputs.tolerance, rules, valuesPerMetric }
}

const isNumeric = (v: EncodedValue): boolean => typeof v === 'number' || (v !== null && typeof v === 'object')

function sameValue(a: EncodedValue, b: EncodedValue): boolean {
  if (a === b) return true
  return a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && a.nonFinite === b.nonFinite
}

function sameTolerance(a: Tolerance | null | undefined, b: Tolerance | null | undefined): boolean {
  if (a === b) return true
  return a != null && b != null && a.atol === b.atol && a.rtol === b.rtol
}

/** The deviations of a metric whose runs all agree: 0 (relative: null against a reference of 0). */
function agreedDeviations(status: MetricComparison['status'], values: EncodedValue[]): [number | null, number | null] {
  const ref = values[0]
  if (status === 'ignored' || values.length < 2 || typeof ref !== 'number') return [null, null]
  for (let i = 1; i < values.length; i++) if (values[i] !== ref) return [null, null]
  return [0, ref === 0 ? null : 0]
}

/** The tolerance a comparison applied, as its rule (or the default) gives it; null for non-numbers. */
function impliedTolerance(values: EncodedValue[], rule: string | null, d: Defaults): Tolerance | null | undefined {
  if (!values.some(isNumeric)) return null
  return rule === null ? d.tolerance : d.rules.get(rule)
}

function storeMetric(m: MetricComparison, d: Defaults): StoredMetric {
  const out: StoredMetric = { name: m.name }
  if (m.status !== 'pass') out.status = m.status
  const v = m.values
  let agree = v.length === d.valuesPerMetric && v.length > 0 && m.missingIn.length === 0
  for (let i = 1; agree && i < v.length; i++) agree = sameValue(v[i], v[0])
  if (agree) out.value = v[0]
  else out.values = v
  if (m.missingIn.length > 0) out.missingIn = m.missingIn
  if (!sameTolerance(m.tolerance, impliedTolerance(v, m.toleranceRule, d))) out.tolerance = m.tolerance
  if (m.toleranceRule !== null) out.toleranceRule = m.toleranceRule
  const [abs, rel] = agreedDeviations(m.status, v)
  if (m.maxAbsDeviation !== abs) out.maxAbsDeviation = m.maxAbsDeviation
  if (m.maxRelDeviation !== rel) out.maxRelDeviation = m.maxRelDeviation
  if (m.driftRuns.length > 0) out.driftRuns = m.driftRuns
  if (m.reason !== null) out.reason = m.reason
  return out
}

function readMetric(s: StoredMetric, d: Defaults): MetricComparison {
  const status = s.status ?? 'pass'
  const values = s.values ?? new Array<EncodedValue>(d.valuesPerMetric).fill(s.value ?? null)
  const toleranceRule = s.toleranceRule ?? null
  const [abs, rel] = s.maxAbsDeviation === undefined || s.maxRelDeviation === undefined ? agreedDeviations(status, values) : [null, null]
  return {
    name: s.name,
    values,
    missingIn: s.missingIn ?? [],
    tolerance: s.tolerance !== undefined ? s.tolerance : (impliedTolerance(values, toleranceRule, d) ?? null),
    toleranceRule,
    status,
    maxAbsDeviation: s.maxAbsDeviation !== undefined ? s.maxAbsDeviation : abs,
    maxRelDeviation: s.maxRelDeviation !== undefined ? s.maxRelDeviation : rel,
    driftRuns: s.driftRuns ?? [],
    reason: s.reason ?? null
  }
}

/** The runs whose values the metric comparison holds, in its order (the clean runs with metrics). */
function comparedRuns(report: Pick<Report, 'runs'>): RunRecord[] {
  return report.runs.filter((r) => r.error === null && r.metrics !== null)
}

/** Whether each compared run's metrics are exactly what the comparison holds for it, so they can be left out. */
function runsReadBack(report: Report, valuesPerMetric: number): boolean {
  if (report.mode === 'compare' || report.metrics.length === 0) return false
  const compared = comparedRuns(report)
  if (compared.length < 2 || compared.length !== valuesPerMetric) return false
  return compared.every((run, k) => {
    let present = 0
    for (const m of report.metrics) {
      if (m.values.length !== valuesPerMetric) return false
      if (!m.missingIn.includes(k + 1)) present++
    }
    let keys = 0
    for (const name in run.metrics) if (Object.hasOwn(run.metrics, name)) keys++
    return keys === present
  })
}

/**
 * The stored report without its metrics (`metrics: []`), and how each metric is stored: the
 * writer stores, validates and writes the metrics a chunk at a time, so a million of them are
 * never all in memory twice.
 */
export function storedParts(report: Report): { head: StoredReport; store: (m: MetricComparison) => StoredMetric } {
  const valuesPerMetric = report.metrics[0]?.values.length ?? 0
  const d = defaultsOf(report, valuesPerMetric)
  const omitRunMetrics = runsReadBack(report, valuesPerMetric)
  const runs = report.runs.map((r) => {
    if (!omitRunMetrics || r.error !== null || r.metrics === null) return r
    const { metrics: _left, ...rest } = r
    return rest
  })
  const head: StoredReport = { ...report, schemaVersion: SCHEMA_VERSION, runs, metrics: [] }
  if (report.metrics.length > 0) head.valuesPerMetric = valuesPerMetric
  return { head, store: (m) => storeMetric(m, d) }
}

/** The report as stored: compact metrics, and compared runs' metrics left to the comparison. */
export function toStoredReport(report: Report): StoredReport {
  const { head, store } = storedParts(report)
  return { ...head, metrics: report.metrics.map(store) }
}

/** A stored report (version 1 or 2, already validated) as the in-memory report every reader uses. */
export function fromStoredReport(stored: StoredReport): Report {
  const d = defaultsOf(stored, stored.valuesPerMetric ?? 0)
  const metrics = stored.metrics.map((m) => readMetric(m, d))
  // Compared runs stored without their metrics get them back from the comparison, in run order.
  let k = 0
  const runs = stored.runs.map((r): RunRecord => {
    if (r.metrics !== undefined) return r as RunRecord
    const index = k++
    // A plain loop, not Object.fromEntries over a pair per metric (five times slower at a million).
    const own: Record<string, EncodedValue> = {}
    for (const m of metrics) {
      if (m.missingIn.includes(index + 1)) continue
      // A metric named __proto__ stays a metric, not a prototype.
      if (m.name === '__proto__')
        Object.defineProperty(own, m.name, { value: m.values[index], enumerable: true, writable: true, configurable: true })
      else own[m.name] = m.values[index]
    }
    return { ...r, metrics: own }
  })
  const { valuesPerMetric: _count, ...rest } = stored
  return { ...rest, schemaVersion: SCHEMA_VERSION, runs, metrics }
}

/**
 * The stored report's JSON text around its metrics: two-space indented, except any run's own
 * metrics (one line). The metrics go between the two, each on a line of its own (`metricLine`),
 * so a million metrics are a million lines rather than fifteen million.
 */
export function serializeStoredHead(stored: StoredReport): { before: string; after: string } {
  // A placeholder no string in the report can equal (a run's output could hold any fixed one).
  const token = `repro-gate-${randomUUID()}`
  const runMetrics: string[] = []
  const runs = stored.runs.map((r) => {
    if (r.metrics === undefined || r.metrics === null) return r
    runMetrics.push(JSON.stringify(r.metrics))
    return { ...r, metrics: `${token}:run:${runMetrics.length - 1}` }
  })
  const text = JSON.stringify({ ...stored, runs, metrics: `${token}:metrics` }, null, 2)
  const placeholder = new RegExp(`"${token}:run:(\\d+)"`, 'g')
  const [before, after] = text.split(`"${token}:metrics"`)
  const fill = (part: string): string => part.replace(placeholder, (_match, run: string) => runMetrics[Number(run)])
  return { before: fill(before), after: fill(after) + '\n' }
}

/** One stored metric's line: the first one opens the array, a later one follows a comma. */
export function metricLine(m: StoredMetric, first: boolean): string {
  return `${first ? '[\n' : ',\n'}    ${JSON.stringify(m)}`
}

/** How the metrics array ends: `[]` when there was none, else a line of its own. */
export function metricsEnd(count: number): string {
  return count === 0 ? '[]' : '\n  ]'
}

/** The stored report as JSON text (see serializeStoredHead). */
export function serializeStoredReport(stored: StoredReport): string {
  const { before, after } = serializeStoredHead(stored)
  const lines = stored.metrics.map((m, i) => metricLine(m, i === 0))
  return before + lines.join('') + metricsEnd(stored.metrics.length) + after
}
