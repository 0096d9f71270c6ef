/**
 * The report as stored in its file (schemaVersion 2), and back. In memory every metric comparison
 * has all its fields, and a compared run holds no metrics of its own (its values are the
 * comparison's: compare/reports.ts `runMetricValues`); on disk a million metrics would be a
 * 400 MB file, mostly repeats: the same value once per run, defaults written out. Stored, a metric
 * writes only what differs from what its status, values and the report's inputs imply
 * (`defaultsFor`), and one value when all runs agree. Version 1 reports (every field written, every
 * run its metrics) read through the same path: nothing in them is left to a default.
 */
import { randomUUID } from 'node:crypto'
import { unreadableVersion } from '../errors.js'
import type { Tolerance } from '../inputs/tolerance.js'
import type { MetricComparison } from '../compare/types.js'
import { NO_RUNS } from '../compare/compareRuns.js'
import type { EncodedValue } from '../metrics/values.js'
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

const STORED_METRIC_KEYS = new Set([
  'name',
  'status',
  'value',
  'values',
  'missingIn',
  'tolerance',
  'toleranceRule',
  'maxAbsDeviation',
  'maxRelDeviation',
  'driftRuns',
  'reason'
])

// JSON Schema's number, integer and minimum exactly as the generated validator checks them (it
// takes NaN and Infinity for numbers: JSON.stringify writes them as null).
const isNumber = (v: unknown): v is number => typeof v === 'number'
const isRunIndex = (v: unknown): boolean => typeof v === 'number' && !(v % 1) && !isNaN(v) && !(v < 1)

function isEncodedValue(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return true
  if (typeof v !== 'object' || Array.isArray(v)) return false
  let keys = 0
  for (const k in v) if (Object.hasOwn(v, k) && (keys++ > 0 || k !== 'nonFinite')) return false
  const tag = (v as { nonFinite?: unknown }).nonFinite
  return keys === 1 && (tag === 'NaN' || tag === 'Infinity' || tag === '-Infinity')
}

function isRunList(v: unknown): boolean {
  if (!Array.isArray(v)) return false
  for (const i of v) if (!isRunIndex(i)) return false
  return true
}

function isTolerance(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false
  let keys = 0
  for (const k in v)
    if (Object.hasOwn(v, k) && (k === 'atol' || k === 'rtol')) keys++
    else if (Object.hasOwn(v, k)) return false
  const t = v as Tolerance
  return keys === 2 && isNumber(t.atol) && !(t.atol < 0) && isNumber(t.rtol) && !(t.rtol < 0)
}

const isNullableString = (v: unknown): boolean => v === null || typeof v === 'string'
const isNullableNumber = (v: unknown): boolean => v === null || isNumber(v)

/**
 * Whether a stored metric is valid against the report schema's `metrics` item, checked by hand:
 * the generated validator takes seconds over a million of them. writeReport still runs the
 * validator over any chunk this rejects (for its messages) and over the first; a test holds the
 * two to the same answers (__tests__/report/stored.test.ts).
 */
export function isValidStoredMetric(m: unknown): boolean {
  if (m === null || typeof m !== 'object' || Array.isArray(m)) return false
  const s = m as Record<string, unknown>
  for (const k in s) if (Object.hasOwn(s, k) && (!STORED_METRIC_KEYS.has(k) || s[k] === undefined)) return false
  if (typeof s.name !== 'string') return false
  // Exactly one of value and values.
  if (Object.hasOwn(s, 'value') === Object.hasOwn(s, 'values')) return false
  if (Object.hasOwn(s, 'value') && !isEncodedValue(s.value)) return false
  if (Object.hasOwn(s, 'values') && !(Array.isArray(s.values) && s.values.every(isEncodedValue))) return false
  if (Object.hasOwn(s, 'status') && s.status !== 'pass' && s.status !== 'drift' && s.status !== 'ignored') return false
  if (Object.hasOwn(s, 'missingIn') && !isRunList(s.missingIn)) return false
  if (Object.hasOwn(s, 'driftRuns') && !isRunList(s.driftRuns)) return false
  if (Object.hasOwn(s, 'tolerance') && s.tolerance !== null && !isTolerance(s.tolerance)) return false
  if (Object.hasOwn(s, 'toleranceRule') && !isNullableString(s.toleranceRule)) return false
  if (Object.hasOwn(s, 'reason') && !isNullableString(s.reason)) return false
  if (Object.hasOwn(s, 'maxAbsDeviation') && !isNullableNumber(s.maxAbsDeviation)) return false
  if (Object.hasOwn(s, 'maxRelDeviation') && !isNullableNumber(s.maxRelDeviation)) return false
  return true
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
    missingIn: s.missingIn ?? NO_RUNS,
    tolerance: s.tolerance !== undefined ? s.tolerance : (impliedTolerance(values, toleranceRule, d) ?? null),
    toleranceRule,
    status,
    maxAbsDeviation: s.maxAbsDeviation !== undefined ? s.maxAbsDeviation : abs,
    maxRelDeviation: s.maxRelDeviation !== undefined ? s.maxRelDeviation : rel,
    driftRuns: s.driftRuns ?? NO_RUNS,
    reason: s.reason ?? null
  }
}

/**
 * The stored report without its metrics (`metrics: []`), and how each metric is stored: the
 * writer stores, validates and writes the metrics a chunk at a time, so a million of them are
 * never all in memory twice.
 */
export function storedParts(report: Report): { head: StoredReport; store: (m: MetricComparison) => StoredMetric } {
  const valuesPerMetric = report.metrics[0]?.values.length ?? 0
  const d = defaultsOf(report, valuesPerMetric)
  // Compared runs hold no metrics of their own (buildReport keeps their values in the comparison),
  // and are stored so; a run with its own keeps them.
  const runs = report.runs
  const head: StoredReport = { ...report, schemaVersion: SCHEMA_VERSION, runs, metrics: [] }
  if (report.metrics.length > 0) head.valuesPerMetric = valuesPerMetric
  return { head, store: (m) => storeMetric(m, d) }
}

/** The report as stored: compact metrics, and compared runs' metrics left to the comparison. */
export function toStoredReport(report: Report): StoredReport {
  const { head, store } = storedParts(report)
  return { ...head, metrics: report.metrics.map(store) }
}

/**
 * A stored report (version 1 or 2, already validated) as the in-memory report every reader uses.
 * Compared runs stored without their metrics stay so: their values are the comparison's
 * (`runMetricValues` in compare/reports.ts reads them), as in the report the gate made.
 */
export function fromStoredReport(stored: StoredReport): Report {
  const d = defaultsOf(stored, stored.valuesPerMetric ?? 0)
  const metrics = new Array<MetricComparison>(stored.metrics.length)
  for (let i = 0; i < metrics.length; i++) metrics[i] = readMetric(stored.metrics[i], d)
  const { valuesPerMetric: _count, ...rest } = stored
  return { ...rest, schemaVersion: SCHEMA_VERSION, runs: stored.runs, metrics }
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

/** JSON text of a stored metric: a metric that only has a name and one value (most) without a generic stringify. */
function storedMetricJson(m: StoredMetric): string {
  let keys = 0
  for (const k in m) if (Object.hasOwn(m, k)) keys++
  const v = m.value
  if (keys === 2 && (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === null))
    return `{"name":${JSON.stringify(m.name)},"value":${JSON.stringify(v)}}`
  return JSON.stringify(m)
}

/** One stored metric's line: the first one opens the array, a later one follows a comma. */
export function metricLine(m: StoredMetric, first: boolean): string {
  return `${first ? '[\n' : ',\n'}    ${storedMetricJson(m)}`
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
