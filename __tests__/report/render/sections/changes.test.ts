import { describe, expect, test } from '@jest/globals'
import { compareMetricSets } from '../../../../src/compare/reports.js'
import type { EncodedValue } from '../../../../src/metrics/values.js'
import { MAX_DELTA_LINES, renderMetricDeltas } from '../../../../src/report/render/sections/changes.js'

describe('renderMetricDeltas (diff, replay)', () => {
  test('300,000 metrics: the moved ones listed first, the rest counted, no stack overflow', () => {
    const a = new Map<string, EncodedValue>()
    const b = new Map<string, EncodedValue>()
    for (let i = 0; i < 300_000; i++) {
      a.set(`curve[${i}]`, i)
      b.set(`curve[${i}]`, i === 123_456 ? -1 : i)
    }
    const text = renderMetricDeltas(compareMetricSets(a, b, { tolerance: { atol: 0, rtol: 0 }, tolerances: [], ignore: [] }))
    const lines = text.trimEnd().split('\n')
    expect(lines).toHaveLength(MAX_DELTA_LINES + 1)
    expect(lines[0]).toMatch(/^ {2}drift +curve\[123456\] +123456 → -1/)
    expect(lines.at(-1)).toBe(`  … and ${300_000 - MAX_DELTA_LINES} more metrics (--json lists every one)`)
  })
})
