import { describe, expect, test } from '@jest/globals'
import { encodeMetrics, type FlatMetrics } from '../../src/metrics/values.js'

describe('encodeMetrics', () => {
  test('every metric an own property with its encoded value, __proto__ included', () => {
    const flat: FlatMetrics = new Map<string, number | string | null>([
      ['loss', 0.5],
      ['nan', NaN],
      ['inf', -Infinity],
      ['note', 'x'],
      ['__proto__', 7]
    ])
    const out = encodeMetrics(flat)
    expect(Object.keys(out)).toEqual(['loss', 'nan', 'inf', 'note', '__proto__'])
    expect(out.nan).toEqual({ nonFinite: 'NaN' })
    expect(out.inf).toEqual({ nonFinite: '-Infinity' })
    expect(Object.hasOwn(out, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(JSON.stringify(out)).toBe('{"loss":0.5,"nan":{"nonFinite":"NaN"},"inf":{"nonFinite":"-Infinity"},"note":"x","__proto__":7}')
  })
})
