import type { ArtifactComparison, MetricComparison } from './types.js'
import type { ArtifactFile } from '../runs/types.js'
import { encodeValue, MetricList, type EncodedValue, type FlatMetrics, type MetricValue } from '../metrics/values.js'
import type { Tolerance, ToleranceRule } from '../inputs/tolerance.js'
import { compileMetricPattern } from '../inputs/patterns.js'
import { compareMetricValues } from './values.js'
import { toleranceRuleMatcher } from './tolerance.js'

export interface CompareOptions {
  tolerance: Tolerance
  tolerances: ToleranceRule[]
  ignore: string[]
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57

/** End of the run of digits, or of non-digits, that starts at `i`. */
function tokenEnd(s: string, i: number): number {
  const digits = isDigit(s.charCodeAt(i))
  let end = i + 1
  while (end < s.length && isDigit(s.charCodeAt(end)) === digits) end++
  return end
}

/** Code-unit order of s[i, ie) and t[j, je): a prefix first, like `<` on the two substrings. */
function compareSpans(s: string, i: number, ie: number, t: string, j: number, je: number): number {
  for (; i < ie && j < je; i++, j++) {
    const d = s.charCodeAt(i) - t.charCodeAt(j)
    if (d !== 0) return d < 0 ? -1 : 1
  }
  return i < ie ? 1 : j < je ? -1 : 0
}

/** The number a run of ASCII digits stands for (as Number() reads it). */
function digitsValue(s: string, i: number, ie: number): number {
  if (ie - i > 15) return Number(s.slice(i, ie))
  let n = 0
  for (; i < ie; i++) n = n * 10 + (s.charCodeAt(i) - 48)
  return n
}

/**
 * Name order with numbers compared as numbers, so a curve reads `loss[2]` before `loss[10]`.
 * Independent of the locale (no localeCompare), so reports are the same on every machine.
 * The names split into runs of digits and of other characters; the first pair of runs that
 * differs decides (both digits: by value, else as strings), then the number of runs. Walks the
 * names in place: a million metrics are sorted with ~20 million comparisons.
 */
export function compareMetricNames(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const ie = tokenEnd(a, i)
    const je = tokenEnd(b, j)
    const lexical = compareSpans(a, i, ie, b, j, je)
    if (lexical !== 0) {
      if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
        const x = digitsValue(a, i, ie)
        const y = digitsValue(b, j, je)
        if (x !== y) return x - y
      }
      return lexical
    }
    i = ie
    j = je
  }
  if (i < a.length) return 1
  if (j < b.length) return -1
  return 0
}

function maxOrNull(current: number | null, next: number | null): number | null {
  if (next === null) return current
  return current === null ? next : Math.max(current, next)
}

/** The empty list of runs every metric without missing values or drifted runs shares (frozen: never written to). */
export const NO_RUNS: number[] = Object.freeze([]) as unknown as number[]
const NONE = NO_RUNS

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * The metric names of all runs and each run's values in their order (undefined where a run lacks
 * the name). When every run wrote the same names in the same order — the usual case — the values
 * are read in one pass over each run, without a lookup by name.
 */
function alignRuns(runs: FlatMetrics[]): { names: readonly string[]; columns: (MetricValue | undefined)[][] } {
  const lists = runs.map((run) => (run instanceof MetricList ? run.columns() : null))
  const first = lists[0]
  if (first && lists.every((l) => l !== null && (l.names === first.names || sameNames(l.names, first.names)))) {
    return { names: first.names, columns: lists.map((l) => l!.values as MetricValue[]) }
  }
  const names: string[] = Array.from(runs[0].keys())
  const columns: (MetricValue | undefined)[][] = [Array.from(runs[0].values())]
  let aligned = true
  for (let r = 1; r < runs.length && aligned; r++) {
    if (runs[r].size !== names.length) {
      aligned = false
      break
    }
    const column: (MetricValue | undefined)[] = new Array(names.length)
    let i = 0
    for (const [name, value] of runs[r]) {
      if (name !== names[i]) {
        aligned = false
        break
      }
      column[i++] = value
    }
    columns.push(column)
  }
  if (aligned) return { names, columns }
  const all = new Set<string>(names)
  for (let r = 1; r < runs.length; r++) for (const name of runs[r].keys()) all.add(name)
  const union = Array.from(all)
  return { names: union, columns: runs.map((run) => union.map((name) => run.get(name))) }
}

/**
 * Compares the metrics of every run with run 1 (the reference). A metric passes when every later
 * run is within tolerance; a metric missing from any run is drift. Pure: runs' flattened metrics in,
 * one comparison per metric name out, drift first, then by name.
 * A flattened model has a million metrics: the loop below allocates one object and one array of
 * values per metric and nothing else on the common path (runs that agree share the empty lists,
 * equal numbers are not measured by a call), and the patterns are compiled once.
 */
export function compareRuns(runs: FlatMetrics[], options: CompareOptions): MetricComparison[] {
  if (runs.length === 0) return []
  const { names, columns } = alignRuns(runs)
  const n = runs.length
  const ignored = options.ignore.map(compileMetricPattern)
  const ruleFor = toleranceRuleMatcher(options.tolerances)
  const results: MetricComparison[] = new Array(names.length)
  for (let i = 0; i < names.length; i++) {
    const name = names[i]
    const encoded: EncodedValue[] = new Array(n)
    let missingIn = NONE
    let numeric = false
    for (let r = 0; r < n; r++) {
      const v = columns[r][i]
      if (v === undefined) {
        if (missingIn === NONE) missingIn = []
        missingIn.push(r + 1)
        encoded[r] = null
      } else if (typeof v === 'number') {
        numeric = true
        encoded[r] = Number.isFinite(v) ? v : encodeValue(v)
      } else encoded[r] = v
    }
    const matched = ruleFor(name)
    const tolerance = matched ? matched.tolerance : options.tolerance
    const rule = matched ? matched.pattern : null
    let isIgnored = false
    for (let k = 0; k < ignored.length && !isIgnored; k++) isIgnored = ignored[k](name)
    const reference = columns[0][i]
    let maxAbs: number | null = null
    let maxRel: number | null = null
    let driftRuns = NONE
    let reasons: string[] | null = null
    if (isIgnored) {
      // Reported with its values, never measured.
    } else if (reference === undefined) {
      // Without a reference value there is nothing to measure against: the runs lacking it are the finding.
      driftRuns = missingIn
      reasons = [`missing in run ${missingIn.join(', ')}`]
    } else {
      const equalFinite = typeof reference === 'number' && Number.isFinite(reference)
      for (let r = 1; r < n; r++) {
        const candidate = columns[r][i]
        if (equalFinite && candidate === reference) {
          // The same finite number: no deviation (what compareMetricValues says, without the call).
          if (maxAbs === null) maxAbs = 0
          if (reference !== 0 && maxRel === null) maxRel = 0
          continue
        }
        const c = compareMetricValues(reference, candidate, tolerance)
        maxAbs = maxOrNull(maxAbs, c.absDeviation)
        maxRel = maxOrNull(maxRel, c.relDeviation)
        if (!c.ok) {
          if (driftRuns === NONE) driftRuns = []
          driftRuns.push(r + 1)
          reasons ??= []
          if (reasons.length < 3) reasons.push(`run ${r + 1}: ${c.reason}`)
        }
      }
    }
    const status = isIgnored ? 'ignored' : driftRuns.length > 0 ? 'drift' : 'pass'
    results[i] = {
      name,
      values: encoded,
      missingIn,
      tolerance: numeric ? tolerance : null,
      toleranceRule: numeric ? rule : null,
      status,
      maxAbsDeviation: maxAbs,
      maxRelDeviation: maxRel,
      driftRuns,
      reason: status === 'drift' && reasons !== null ? reasons.join('; ') : null
    }
  }
  // Drift, then pass, then ignored, each by name: three sorts by name alone, and none where the
  // names already come in order (checked in one pass).
  const byName = (a: MetricComparison, b: MetricComparison): number => compareMetricNames(a.name, b.name)
  const sorted = (list: MetricComparison[]): MetricComparison[] => {
    for (let i = 1; i < list.length; i++) if (byName(list[i - 1], list[i]) > 0) return list.sort(byName)
    return list
  }
  const drift: MetricComparison[] = []
  const pass: MetricComparison[] = []
  const ignoredList: MetricComparison[] = []
  for (const m of results) (m.status === 'drift' ? drift : m.status === 'pass' ? pass : ignoredList).push(m)
  const out = sorted(drift)
  for (const m of sorted(pass)) out.push(m)
  for (const m of sorted(ignoredList)) out.push(m)
  return out
}

/**
 * Compares output artifacts bit for bit (by sha256) with run 1. An artifact produced by some runs
 * and not others is drift.
 */
export function compareArtifacts(runs: ArtifactFile[][]): ArtifactComparison[] {
  const paths = new Set<string>()
  for (const run of runs) for (const f of run) paths.add(f.path)
  const results: ArtifactComparison[] = []
  for (const path of [...paths].sort()) {
    const files = runs.map((run) => run.find((f) => f.path === path) ?? null)
    const skipped = files.find((f) => f?.skipped)?.skipped
    if (skipped && files.every((f) => f?.skipped)) {
      // Not a regular file in any run (a link to /dev/zero, a FIFO): nothing to compare, and said so.
      results.push({
        path,
        status: 'pass',
        sha256: files.map(() => null),
        bytes: files.map(() => null),
        driftRuns: [],
        reason: `not compared: ${skipped}`
      })
      continue
    }
    const sha256 = files.map((f) => (f?.skipped ? null : (f?.sha256 ?? null)))
    const bytes = files.map((f) => f?.bytes ?? null)
    const driftRuns = sha256.flatMap((h, i) => (i > 0 && h !== sha256[0] ? [i + 1] : []))
    if (sha256[0] === null) driftRuns.unshift(1)
    const missing = sha256.flatMap((h, i) => (h === null ? [i + 1] : []))
    const reason =
      driftRuns.length === 0
        ? null
        : missing.length > 0
          ? `not produced by run ${missing.join(', ')}`
          : `content differs from run 1 in run ${driftRuns.join(', ')}`
    results.push({ path, status: driftRuns.length ? 'drift' : 'pass', sha256, bytes, driftRuns: [...new Set(driftRuns)], reason })
  }
  return results.sort((a, b) => (a.status === b.status ? 0 : a.status === 'drift' ? -1 : 1))
}
