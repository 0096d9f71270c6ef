import { describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import { baselineSchema } from '../../src/compare/sections/baseline.js'
import { compareWithBaseline, emptySection } from '../../src/baseline/compare.js'
import { recordReport } from '../../src/baseline/history.js'
import { reportSchema } from '../../src/report/schema.js'
import { makeEnvironment, makeReport, FP_B } from '../fixtures/baseline/reports.js'

const validate = new Ajv({ allErrors: true, strict: false }).compile(baselineSchema)

describe('baselineSchema', () => {
  test('accepts the sections the stage produces, drift with changes included', () => {
    const history = recordReport(null, makeReport({ sha: 'a'.repeat(40), values: { loss: 0.5, bad: { nonFinite: 'NaN' } } }), 'k')
    const drift = compareWithBaseline(
      makeReport({ sha: 'b'.repeat(40), values: { loss: 0.9, bad: 1, s: 'x' }, environment: makeEnvironment({ fingerprint: FP_B }) }),
      history,
      { tolerance: { atol: 0, rtol: 0 }, tolerances: [], ignore: [] }
    )
    expect(drift.changes.length).toBeGreaterThan(0)
    expect(validate(drift)).toBe(true)
    expect(validate(emptySection('k', makeReport(), ['no cache']))).toBe(true)
  })

  test('rejects an unknown verdict', () => {
    expect(validate({ ...emptySection('k', makeReport()), verdict: 'maybe' })).toBe(false)
  })

  test('embeds in the report schema', () => {
    const report = makeReport()
    report.baseline = emptySection('k', report)
    const ok = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(reportSchema)
    ok(report)
    expect((ok.errors ?? []).filter((e) => e.instancePath.startsWith('/baseline'))).toEqual([])
  })
})
