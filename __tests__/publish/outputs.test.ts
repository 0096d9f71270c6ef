import { describe, expect, test } from '@jest/globals'
import { DRIFTED_OUTPUT_MAX_CHARS, reportOutputs } from '../../src/publish/outputs.js'
import type { Report } from '../../src/report/types.js'

describe('step outputs', () => {
  test('a huge drifted list is cut to a safe size, stays valid JSON, and the count stays exact', () => {
    const drifted = Array.from({ length: 5000 }, (_, i) => ({ kind: 'metric' as const, name: `layer.${i}.${'w'.repeat(40)}` }))
    const outputs = reportOutputs({ verdict: 'drift', drifted } as unknown as Report, '/tmp/r.json')
    expect(outputs.drifted.length).toBeLessThanOrEqual(DRIFTED_OUTPUT_MAX_CHARS)
    const shown = JSON.parse(outputs.drifted) as unknown[]
    expect(shown.length).toBeGreaterThan(100)
    expect(shown[0]).toEqual(drifted[0])
    expect(outputs['drifted-count']).toBe('5000')
    expect(outputs).toMatchObject({ verdict: 'drift', reproducible: 'false', 'report-path': '/tmp/r.json', 'baseline-verdict': 'none' })
  })
  test('without a report (the gate failed before one existed) the verdict is error', () => {
    expect(reportOutputs(null, '/x')).toMatchObject({ verdict: 'error', reproducible: 'false', drifted: '[]', 'drifted-count': '0' })
  })
})
