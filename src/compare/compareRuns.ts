import type { ArtifactComparison, MetricComparison } from './types.js'
import type { ArtifactFile } from '../runs/types.js'
import { encodeValue, type FlatMetrics } from '../metrics/values.js'
import type { Tolerance, ToleranceRule } from '../inputs/tolerance.js'
import { matchesAny } from '../inputs/patterns.js'
import { toleranceFor } from './tolerance.js'
import { compareMetricValues } from './values.js'

export interface CompareOptions {
  tolerance: Tolerance
  tolerances: ToleranceRule[]
  ignore: string[]
}

/**
 * Name order with numbers compared as numbers, so a curve reads `loss[2]` before `loss[10]`.
 * Independent of the locale (no localeCompare), so reports are the same on every machine.
 */
export function compareMetricNames(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? []
  const pb = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const [x, y] = [pa[i], pb[i]]
    if (x === y) continue
    const numeric = /^\d/.test(x) && /^\d/.test(y)
    if (numeric && Number(x) !== Number(y)) return Number(x) - Number(y)
    return x < y ? -1 : 1
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0)
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
  const results: MetricComparison[] = []
  for (const name of names) {
    const values = runs.map((r) => r.get(name))
    const missingIn = values.flatMap((v, i) => (v === undefined ? [i + 1] : []))
    const encoded = values.map((v) => (v === undefined ? null : encodeValue(v)))
    const reference = values[0]
    const numeric = typeof reference === 'number' || values.some((v) => typeof v === 'number')
    const { tolerance, rule } = toleranceFor(name, options.tolerances, options.tolerance)
    const base = { name, values: encoded, missingIn, tolerance: numeric ? tolerance : null, toleranceRule: numeric ? rule : null }
    if (matchesAny(name, options.ignore)) {
      results.push({ ...base, status: 'ignored', maxAbsDeviation: null, maxRelDeviation: null, driftRuns: [], reason: null })
      continue
    }
    let maxAbs: number | null = null
    let maxRel: number | null = null
    let driftRuns: number[] = []
    const reasons: string[] = []
    if (reference === undefined) {
      // Without a reference value there is nothing to measure against: the runs lacking it are the finding.
      driftRuns = missingIn
      reasons.push(`missing in run ${missingIn.join(', ')}`)
    } else {
      values.slice(1).forEach((candidate, i) => {
        const c = compareMetricValues(reference, candidate, tolerance)
        maxAbs = maxOrNull(maxAbs, c.absDeviation)
        maxRel = maxOrNull(maxRel, c.relDeviation)
        if (!c.ok) {
          driftRuns.push(i + 2)
          if (reasons.length < 3) reasons.push(`run ${i + 2}: ${c.reason}`)
        }
      })
    }
    const status = driftRuns.length > 0 ? 'drift' : 'pass'
    results.push({
      ...base,
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
      results.push({ path, status: 'pass', sha256: files.map(() => null), bytes: files.map(() => null), driftRuns: [], reason: `not compared: ${skipped}` })
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
