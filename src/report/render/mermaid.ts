/**
 * A Mermaid `xychart-beta` line of one drifted metric across runs. Mermaid's grammar has no
 * exponent notation and its strings cannot be escaped, so values are printed in fixed notation
 * and the title holds only safe characters; a chart that cannot show the drift is not drawn.
 */
import type { MetricComparison } from '../../compare/types.js'

/** Charts only help with at least this many runs: two points make a line that says nothing. */
export const MIN_RUNS_FOR_CHART = 3

function fixed(v: number, decimals: number): string {
  return v.toFixed(decimals).replace(/^-(0\.?0*)$/, '$1')
}

/** The title: Mermaid strings end at `"`, so keep letters, digits and a few separators only. */
export function chartTitle(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9 ._/:=+-]/g, '_').slice(0, 60)
  return safe.trim() === '' ? 'metric' : safe
}

/**
 * The chart for one metric, or null when it would not help: fewer than three runs, a value that is
 * not a finite number, all values equal, or a spread too small (relative to the values) to plot.
 */
export function driftChart(metric: MetricComparison): string | null {
  const values = metric.values
  if (values.length < MIN_RUNS_FOR_CHART || metric.missingIn.length > 0) return null
  if (!values.every((v): v is number => typeof v === 'number' && Number.isFinite(v))) return null
  const nums = values as number[]
  const lo = Math.min(...nums)
  const hi = Math.max(...nums)
  const spread = hi - lo
  const scale = Math.max(Math.abs(lo), Math.abs(hi))
  if (spread === 0 || spread < scale * 1e-12 || scale >= 1e15) return null
  // Enough decimals to show the spread with two significant digits, as fixed notation allows.
  const decimals = Math.min(20, Math.max(0, Math.ceil(-Math.log10(spread)) + 2))
  const pad = spread * 0.1
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title "${chartTitle(metric.name)}"`,
    `  x-axis "run" [${nums.map((_, i) => `"${i + 1}"`).join(', ')}]`,
    `  y-axis "value" ${fixed(lo - pad, decimals)} --> ${fixed(hi + pad, decimals)}`,
    `  line [${nums.map((v) => fixed(v, decimals)).join(', ')}]`,
    '```'
  ]
  return lines.join('\n')
}
