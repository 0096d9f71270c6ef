import type { Tolerance, ToleranceRule } from '../inputs/tolerance.js'
import { compileMetricPattern } from '../inputs/patterns.js'

/**
 * The rule that sets a metric's tolerance (the first whose pattern matches), or null for the
 * default; patterns compiled once, and nothing allocated per name (compareRuns asks a million times).
 */
export function toleranceRuleMatcher(rules: ToleranceRule[]): (name: string) => ToleranceRule | null {
  const compiled = rules.map((rule) => ({ test: compileMetricPattern(rule.pattern), rule }))
  return (name) => {
    for (let k = 0; k < compiled.length; k++) if (compiled[k].test(name)) return compiled[k].rule
    return null
  }
}

/** The tolerance for one metric: the first matching rule wins, else the default. */
export function toleranceFor(name: string, rules: ToleranceRule[], fallback: Tolerance): { tolerance: Tolerance; rule: string | null } {
  const rule = toleranceRuleMatcher(rules)(name)
  return rule ? { tolerance: rule.tolerance, rule: rule.pattern } : { tolerance: fallback, rule: null }
}

/** `|a−b| ≤ atol + rtol·|b|`, with b the reference. */
export function withinTolerance(a: number, b: number, t: Tolerance): boolean {
  return Math.abs(a - b) <= t.atol + t.rtol * Math.abs(b)
}
