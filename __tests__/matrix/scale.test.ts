import { describe, expect, test } from '@jest/globals'
import { compareLegs } from '../../src/matrix/compare.js'
import { diffEnvironments } from '../../src/compare/envdiff.js'
import { makeLockfile, makeReport } from '../fixtures/baseline/reports.js'

describe('scale', () => {
  test('three legs of 20,000 flattened metrics compare in linear time (seconds, not minutes)', () => {
    const values = (shift: number): Record<string, number> =>
      Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`curve[${i}]`, i + shift]))
    const legs = [0, 0, 1].map((shift, i) => ({ name: `leg${i}`, artifact: `a${i}`, report: makeReport({ values: values(shift) }) }))
    const started = Date.now()
    const { section } = compareLegs(legs, { tolerance: { atol: 0, rtol: 0 }, tolerances: [], ignore: [], referenceLeg: null })
    expect(Date.now() - started).toBeLessThan(15_000)
    expect(section.driftingLegs).toEqual(['leg2'])
    expect(section.legs[2].driftedMetrics).toHaveLength(20_000)
  })

  test('lockfiles of 20,000 packages diff in linear time', () => {
    const pkgs = (v: string): [string, string][] => Array.from({ length: 20_000 }, (_, i) => [`p${i}`, i === 7 ? v : '1.0.0'])
    const a = makeReport({ lockfiles: [makeLockfile('package-lock.json', pkgs('1.0.0'))] })
    const b = makeReport({ lockfiles: [makeLockfile('package-lock.json', pkgs('2.0.0'))] })
    const started = Date.now()
    expect(diffEnvironments(a, b)).toEqual([
      { category: 'package', subject: 'p7', before: '1.0.0', after: '2.0.0', detail: 'package-lock.json' }
    ])
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
