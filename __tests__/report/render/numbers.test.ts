import { describe, expect, test } from '@jest/globals'
import { formatDeviation, formatNumbersTogether, formatRunValues } from '../../../src/report/render/numbers.js'

describe('numbers are printed so the digit where runs differ is visible', () => {
  test('0.1+0.2 shows its noise only when another run has 0.3', () => {
    expect(formatNumbersTogether([0.3, 0.1 + 0.2])).toEqual(['0.3', '0.30000000000000004'])
    expect(formatNumbersTogether([0.1 + 0.2, 0.1 + 0.2])).toEqual(['0.3', '0.3'])
  })

  test('at least six significant digits, more only where needed', () => {
    expect(formatNumbersTogether([0.9733333333333334])).toEqual(['0.973333'])
    expect(formatNumbersTogether([0.12345671, 0.12345672])).toEqual(['0.12345671', '0.12345672'])
    expect(formatNumbersTogether([0.0812345678, 0.0843345678])).toEqual(['0.0812346', '0.0843346'])
  })

  test('integers print exactly, large values keep their integer digits', () => {
    expect(formatNumbersTogether([1200, 1201])).toEqual(['1200', '1201'])
    expect(formatNumbersTogether([1234567.25, 1234567.5])).toEqual(['1234567.3', '1234567.5'])
    expect(formatNumbersTogether([3e-12, 3.0000001e-12])).toEqual(['3e-12', '3.0000001e-12'])
  })

  test('NaN, Infinity, strings, booleans, null and missing values stay distinguishable', () => {
    const shown = formatRunValues([{ nonFinite: 'NaN' }, 'NaN', true, null, { nonFinite: '-Infinity' }, null], [6])
    expect(shown.map((v) => `${v.kind}:${v.text}`)).toEqual([
      'number:NaN',
      'string:NaN',
      'literal:true',
      'literal:null',
      'number:-Infinity',
      'missing:missing'
    ])
  })

  test('deviations use three significant digits', () => {
    expect(formatDeviation(5.551115123125783e-17)).toBe('5.55e-17')
    expect(formatDeviation(0.0031)).toBe('0.0031')
    expect(formatDeviation(0)).toBe('0')
    expect(formatDeviation(12345678)).toBe('1.23e7')
  })
})
