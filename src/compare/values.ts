import type { Tolerance } from '../inputs/tolerance.js'
import type { MetricValue } from '../metrics/values.js'
import { withinTolerance } from './tolerance.js'

export interface ValueComparison {
  ok: boolean
  absDeviation: number | null
  relDeviation: number | null
  reason: string | null
}

function describe(value: MetricValue): string {
  if (typeof value === 'string') return `string ${JSON.stringify(value)}`
  if (value === null) return 'null'
  return `${typeof value} ${String(value)}`
}

/**
 * Compares one candidate value with the reference. Numbers within `|a−b| ≤ atol + rtol·|b|`
 * pass; equal non-finite values are equal (NaN = NaN, +Inf = +Inf) and non-finite vs finite is
 * drift; strings, booleans and null compare exactly; a missing value (undefined) is drift.
 * Every comparison in repro-gate (runs, baseline, matrix legs, diff, replay) goes through here.
 */
export function compareMetricValues(
  reference: MetricValue | undefined,
  candidate: MetricValue | undefined,
  tolerance: Tolerance
): ValueComparison {
  if (reference === undefined || candidate === undefined) {
    return { ok: false, absDeviation: null, relDeviation: null, reason: reference === undefined ? 'missing in the reference' : 'missing' }
  }
  if (typeof reference === 'number' && typeof candidate === 'number') {
    const refFinite = Number.isFinite(reference)
    const candFinite = Number.isFinite(candidate)
    if (!refFinite || !candFinite) {
      const same = Object.is(reference, candidate) || (Number.isNaN(reference) && Number.isNaN(candidate))
      return {
        ok: same,
        absDeviation: null,
        relDeviation: null,
        reason: same ? null : `${String(candidate)} vs reference ${String(reference)}`
      }
    }
    const abs = Math.abs(candidate - reference)
    const rel = reference === 0 ? null : abs / Math.abs(reference)
    const ok = withinTolerance(candidate, reference, tolerance)
    return { ok, absDeviation: abs, relDeviation: rel, reason: ok ? null : `|Δ| = ${abs} > ${tolerance.atol} + ${tolerance.rtol}·|ref|` }
  }
  if (typeof reference !== typeof candidate || (reference === null) !== (candidate === null)) {
    return {
      ok: false,
      absDeviation: null,
      relDeviation: null,
      reason: `type changed: ${describe(candidate)} vs reference ${describe(reference)}`
    }
  }
  const ok = reference === candidate
  return { ok, absDeviation: null, relDeviation: null, reason: ok ? null : `${describe(candidate)} vs reference ${describe(reference)}` }
}
