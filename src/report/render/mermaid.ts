/**
 * Mermaid `xychart-beta` charts of drifted metrics, drawn only where a chart says more than the
 * table beside it: a curve metric (`loss[0..n]`) with one line per run, or one metric across many
 * runs. Mermaid's grammar has no exponent notation and its strings cannot be escaped, so values are
 * printed in fixed notation and titles hold only safe characters; a chart that cannot show the
 * drift is not drawn.
 *
 * Lines use the Okabe–Ito colours (distinct for colour-blind readers) at a luminance that keeps
 * contrast on GitHub's light and dark backgrounds; Mermaid's default xychart palette is pale on
 * white. xychart has no legend, so a text key under each chart names the runs by coloured square.
 */
import type { MetricComparison } from '../../compare/types.js'

/** One colour per line, with the emoji square that stands for it in the text key. */
export const RUN_PALETTE: readonly { color: string; square: string }[] = [
  { color: '#0072B2', square: '🟦' },
  { color: '#E69F00', square: '🟧' },
  { color: '#009E73', square: '🟩' },
  { color: '#D55E00', square: '🟥' },
  { color: '#9467BD', square: '🟪' },
  { color: '#8C564B', square: '🟫' }
]
/** Below this many runs, the drift table already shows every value of a metric: no chart. */
export const MANY_RUNS = 6
/** A curve needs at least this many points to be a curve. */
export const MIN_CURVE_POINTS = 3
/** Longer curves are drawn with every k-th point (the key says so). */
export const MAX_CURVE_POINTS = 100

export interface Chart {
  /** The fenced mermaid block. */
  mermaid: string
  /** The text key under it (Markdown). */
  key: string
  /** The metrics it draws. */
  metrics: string[]
}

function ordinal(n: number): string {
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')
  return `${n}${suffix}`
}

function fixed(v: number, decimals: number): string {
  return v.toFixed(decimals).replace(/^-(0\.?0*)$/, '$1')
}

/** The title: Mermaid strings end at `"`, so keep letters, digits and a few separators only. */
export function chartTitle(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9 ._/:=+-]/g, '_').slice(0, 60)
  return safe.trim() === '' ? 'metric' : safe
}

function finiteNumbers(values: readonly unknown[]): values is number[] {
  return values.every((v) => typeof v === 'number' && Number.isFinite(v))
}

/** The y-axis range and the decimals that show the spread with two significant digits; null when not plottable. */
function yAxis(all: number[]): { range: string; decimals: number } | null {
  const lo = Math.min(...all)
  const hi = Math.max(...all)
  const spread = hi - lo
  const scale = Math.max(Math.abs(lo), Math.abs(hi))
  if (spread === 0 || spread < scale * 1e-12 || scale >= 1e15) return null
  const decimals = Math.min(20, Math.max(0, Math.ceil(-Math.log10(spread)) + 2))
  const pad = spread * 0.1
  return { range: `${fixed(lo - pad, decimals)} --> ${fixed(hi + pad, decimals)}`, decimals }
}

function block(title: string, xAxis: string, y: { range: string; decimals: number }, lines: number[][]): string {
  const palette = RUN_PALETTE.slice(0, lines.length)
    .map((p) => p.color)
    .join(', ')
  return [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "${chartTitle(title)}"`,
    `  x-axis ${xAxis}`,
    `  y-axis "value" ${y.range}`,
    ...lines.map((l) => `  line [${l.map((v) => fixed(v, y.decimals)).join(', ')}]`),
    '```'
  ].join('\n')
}

/**
 * One drifted metric across many runs (x = run). With fewer than MANY_RUNS runs the drift table
 * shows the same values, so null.
 */
export function runsChart(metric: MetricComparison): Chart | null {
  const values = metric.values
  if (values.length < MANY_RUNS || metric.missingIn.length > 0 || !finiteNumbers(values)) return null
  const y = yAxis(values)
  if (y === null) return null
  const xAxis = `"run" [${values.map((_, i) => `"${i + 1}"`).join(', ')}]`
  return {
    mermaid: block(metric.name, xAxis, y, [values]),
    key: `Key: ${RUN_PALETTE[0].square} value per run (run 1 is the reference)`,
    metrics: [metric.name]
  }
}

/** `loss[12]` → { base: 'loss', index: 12 }; only a trailing index makes a curve. */
function curvePoint(name: string): { base: string; index: number } | null {
  const m = /^(.+)\[(\d+)\]$/.exec(name)
  return m ? { base: m[1], index: Number(m[2]) } : null
}

/**
 * Curve metrics (`loss[0]`, `loss[1]`, …) of which at least one point drifted: one chart per curve,
 * one line per run — the reference and the drifted runs first, at most as many as the palette has.
 */
export function curveCharts(metrics: readonly MetricComparison[]): Chart[] {
  const families = new Map<string, { index: number; metric: MetricComparison }[]>()
  for (const metric of metrics) {
    const point = curvePoint(metric.name)
    if (point === null) continue
    const family = families.get(point.base) ?? []
    family.push({ index: point.index, metric })
    families.set(point.base, family)
  }
  const charts: Chart[] = []
  for (const [base, family] of families) {
    if (family.length < MIN_CURVE_POINTS || !family.some((p) => p.metric.status === 'drift')) continue
    if (family.some((p) => p.metric.missingIn.length > 0 || !finiteNumbers(p.metric.values))) continue
    family.sort((a, b) => a.index - b.index)
    const runCount = family[0].metric.values.length
    const drifted = new Set(family.flatMap((p) => p.metric.driftRuns))
    const runs = [1, ...[...drifted].filter((r) => r !== 1).sort((a, b) => a - b)]
    for (let r = 2; r <= runCount && runs.length < RUN_PALETTE.length; r++) if (!runs.includes(r)) runs.push(r)
    const shown = runs.slice(0, RUN_PALETTE.length).sort((a, b) => a - b)
    const stride = Math.ceil(family.length / MAX_CURVE_POINTS)
    const points = family.filter((_, i) => i % stride === 0)
    const lines = shown.map((run) => points.map((p) => p.metric.values[run - 1] as number))
    const y = yAxis(lines.flat())
    if (y === null) continue
    const xAxis =
      points.length <= 20
        ? `"index" [${points.map((p) => `"${p.index}"`).join(', ')}]`
        : `"index" ${points[0].index} --> ${points[points.length - 1].index}`
    const names = shown.map(
      (run, i) => `${RUN_PALETTE[i].square} run ${run}${run === 1 ? ' (reference)' : drifted.has(run) ? ' (drifted)' : ''}`
    )
    const hidden = runCount - shown.length
    const key = [
      `Key: ${names.join(' · ')}`,
      hidden > 0 ? ` · ${hidden} more run${hidden === 1 ? '' : 's'} not drawn` : '',
      stride > 1 ? ` · every ${ordinal(stride)} of ${family.length} points` : ''
    ].join('')
    charts.push({ mermaid: block(`${base}[...]`, xAxis, y, lines), key, metrics: family.map((p) => p.metric.name) })
  }
  return charts
}

/** The charts worth drawing for these drifted metrics, curves first, at most `max`. */
export function driftCharts(drifted: readonly MetricComparison[], allMetrics: readonly MetricComparison[], max = Infinity): Chart[] {
  // Only the curves a drifted point belongs to are gathered: a million metrics are mostly curves that agree.
  const bases = new Set(drifted.map((m) => curvePoint(m.name)?.base).filter((b): b is string => b !== undefined))
  const points = bases.size === 0 ? [] : allMetrics.filter((m) => m.name.endsWith(']') && bases.has(curvePoint(m.name)?.base ?? ''))
  const charts = curveCharts(points).slice(0, max)
  const inCurve = new Set(charts.flatMap((c) => c.metrics))
  for (const m of drifted) {
    if (charts.length >= max) break
    if (inCurve.has(m.name)) continue
    const chart = runsChart(m)
    if (chart !== null) charts.push(chart)
  }
  return charts
}
