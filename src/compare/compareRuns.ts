import type { ArtifactComparison, MetricComparison } from './types.js'
import type { ArtifactFile } from '../runs/types.js'
import { encodeValue, type EncodedValue, type FlatMetrics, type MetricValue } from '../metrics/values.js'
import type { Tolerance, ToleranceRule } from '../inputs/tolerance.js'
import { compileMetricPattern } from '../inputs/patterns.js'
import { toleranceFor } from './tolerance.js'
import { compareMetricValues } from './values.js'

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

/**
 * Compares the metrics of every run with run 1 (the reference). A metric passes when every later
 * run is within tolerance; a metric missing from any run is drift. Pure: runs' flattened metrics in,
 * one comparison per metric name out, drift first, then by name.
 */
export function compareRuns(runs: FlatMetrics[], options: CompareOptions): MetricComparison[] {
  const names = new Set<string>()
  for (const run of runs) for (const name of run.keys()) names.add(name)
  const ignored = options.ignore.map(compileMetricPattern)
  const results: MetricComparison[] = []
  // One pass over the names, one object literal per metric (no spreads, no per-run closures): a
  // flattened model of a million metrics makes this loop the compare stage's whole cost.
  for (const name of names) {
    const values: (MetricValue | undefined)[] = new Array(runs.length)
    const encoded: EncodedValue[] = new Array(runs.length)
    const missingIn: number[] = []
    let numeric = false
    for (let r = 0; r < runs.length; r++) {
      const v = runs[r].get(name)
      values[r] = v
      if (v === undefined) {
        missingIn.push(r + 1)
        encoded[r] = null
      } else {
        encoded[r] = encodeValue(v)
        if (typeof v === 'number') numeric = true
      }
    }
    const { tolerance, rule } = toleranceFor(name, options.tolerances, options.tolerance)
    const reference = values[0]
    const isIgnored = ignored.some((test) => test(name))
    let maxAbs: number | null = null
    let maxRel: number | null = null
    let driftRuns: number[] = []
    const reasons: string[] = []
    if (isIgnored) {
      // Reported with its values, never measured.
    } else if (reference === undefined) {
      // Without a reference value there is nothing to measure against: the runs lacking it are the finding.
      driftRuns = missingIn
      reasons.push(`missing in run ${missingIn.join(', ')}`)
    } else {
      for (let r = 1; r < values.length; r++) {
        const c = compareMetricValues(reference, values[r], tolerance)
        maxAbs = maxOrNull(maxAbs, c.absDeviation)
        maxRel = maxOrNull(maxRel, c.relDeviation)
        if (!c.ok) {
          driftRuns.push(r + 1)
          if (reasons.length < 3) reasons.push(`run ${r + 1}: ${c.reason}`)
        }
      }
    }
    const status = isIgnored ? 'ignored' : driftRuns.length > 0 ? 'drift' : 'pass'
    results.push({
      name,
      values: encoded,
      missingIn,
      tolerance: numeric ? tolerance : null,
      toleranceRule: numeric ? rule : null,
      status,
      maxAbsDeviation: maxAbs,
      maxRelDeviation: maxRel,
      driftRuns,
      reason: status === 'drift' ? reasons.join('; ') : null
    })
  }
  const order = { drift: 0, pass: 1, ignored: 2 } as const
  return results.sort((a, b) => order[a.status] - order[b.status] || compareMetricNames(a.name, b.name))
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
