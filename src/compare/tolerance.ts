import type { Tolerance, ToleranceRule } from '../inputs/tolerance.js'
import { compileMetricPattern } from '../inputs/patterns.js'

/** The tolerance for one metric: the first matching rule wins, else the default. */
export function toleranceFor(name: string, rules: ToleranceRule[], fallback: Tolerance): { tolerance: Tolerance; rule: string | null } {
  for (const rule of rules) {
    if (compileMetricPattern(rule.pattern)(name)) return { tolerance: rule.tolerance, rule: rule.pattern }
  }
  return { tolerance: fallback, rule: null }
}

/** `|a−b| ≤ atol + rtol·|b|`, with b the reference. */
export function withinTolerance(a: number, b: number, t: Tolerance): boolean {
  return Math.abs(a - b) <= t.atol + t.rtol * Math.abs(b)
}
