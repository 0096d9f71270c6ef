/** Charts only where they say more than the table: curves per run and many runs; a palette and a text key. */
import { describe, expect, test } from '@jest/globals'
import { curveCharts, driftCharts, MANY_RUNS, RUN_PALETTE, runsChart } from '../../../src/report/render/mermaid.js'
import type { MetricComparison } from '../../../src/compare/types.js'

function metric(name: string, values: number[], driftRuns: number[] = []): MetricComparison {
  return {
    name,
    status: driftRuns.length ? 'drift' : 'pass',
    values,
    missingIn: [],
    tolerance: { atol: 0, rtol: 0 },
    toleranceRule: null,
    maxAbsDeviation: null,
    maxRelDeviation: null,
    driftRuns,
    reason: null
  } as MetricComparison
}

describe('which drift gets a chart', () => {
  test('a scalar metric over three runs: the table shows all three values, so no chart', () => {
    expect(runsChart(metric('accuracy', [0.91, 0.92, 0.93], [2, 3]))).toBeNull()
    expect(driftCharts([metric('accuracy', [0.91, 0.92, 0.93], [2, 3])], [])).toEqual([])
  })

  test('a scalar metric over many runs: one line, the first colour, a key', () => {
    const values = Array.from({ length: MANY_RUNS }, (_, i) => 0.9 + i / 1000)
    const chart = runsChart(metric('eval.acc', values, [2, 3, 4, 5, 6]))
    expect(chart?.mermaid).toContain(`"plotColorPalette": "${RUN_PALETTE[0].color}"`)
    expect(chart?.mermaid).toContain('x-axis "run" ["1", "2", "3", "4", "5", "6"]')
    expect(chart?.key).toBe('Key: 🟦 value per run (run 1 is the reference)')
  })

  test('a drifted loss curve: one line per run in palette order, and a key naming each run', () => {
    const loss = [0.9, 0.5, 0.3, 0.2].map((v, i) => metric(`loss[${i}]`, [v, v + (i > 1 ? 0.01 : 0), v], i > 1 ? [2] : []))
    const [chart, ...rest] = curveCharts(loss)
    expect(rest).toEqual([])
    expect(chart.mermaid.split('\n')).toEqual([
      '```mermaid',
      `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${RUN_PALETTE.slice(0, 3)
        .map((p) => p.color)
        .join(', ')}"}}}}%%`,
      'xychart-beta',
      '  title "loss_..._"',
      '  x-axis "index" ["0", "1", "2", "3"]',
      '  y-axis "value" 0.130 --> 0.970',
      '  line [0.900, 0.500, 0.300, 0.200]',
      '  line [0.900, 0.500, 0.310, 0.210]',
      '  line [0.900, 0.500, 0.300, 0.200]',
      '```'
    ])
    expect(chart.key).toBe('Key: 🟦 run 1 (reference) · 🟧 run 2 (drifted) · 🟩 run 3')
    // The curve's points are not charted again one by one.
    expect(
      driftCharts(
        loss.filter((m) => m.status === 'drift'),
        loss
      )
    ).toHaveLength(1)
  })

  test('a curve over more runs than colours draws the reference and the drifted ones, and says how many are left out', () => {
    const runs = 9
    const curve = [0, 1, 2].map((i) =>
      metric(
        `acc[${i}]`,
        Array.from({ length: runs }, (_, r) => i + (r === 7 ? 0.5 : 0)),
        i === 1 ? [8] : []
      )
    )
    const [chart] = curveCharts(curve)
    expect(chart.key).toBe(
      'Key: 🟦 run 1 (reference) · 🟧 run 2 · 🟩 run 3 · 🟥 run 4 · 🟪 run 5 · 🟫 run 8 (drifted) · 3 more runs not drawn'
    )
  })

  test('a long curve is drawn with every k-th point on a numeric axis', () => {
    const curve = Array.from({ length: 250 }, (_, i) =>
      metric(`loss[${i}]`, [1 / (i + 1), 1 / (i + 1) + (i === 10 ? 0.1 : 0)], i === 10 ? [2] : [])
    )
    const [chart] = curveCharts(curve)
    expect(chart.mermaid).toContain('x-axis "index" 0 --> 249')
    expect(chart.key).toContain('every 3rd of 250 points')
  })

  test('nothing to draw: no drifted point, a missing value, or a curve of two points', () => {
    expect(curveCharts([0, 1, 2].map((i) => metric(`l[${i}]`, [1, 1])))).toEqual([])
    expect(curveCharts([0, 1].map((i) => metric(`l[${i}]`, [1, 2], [2])))).toEqual([])
    const gap = [0, 1, 2].map((i) => metric(`l[${i}]`, [1, 2], [2]))
    gap[1] = { ...gap[1], missingIn: [2] }
    expect(curveCharts(gap)).toEqual([])
  })
})
