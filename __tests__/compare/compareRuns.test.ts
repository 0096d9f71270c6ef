import { describe, expect, test } from '@jest/globals'
import { compareArtifacts, compareMetricNames, compareRuns } from '../../src/compare/compareRuns.js'
import { compareMetricValues } from '../../src/compare/values.js'
import { decodeValue, encodeValue, MetricList, type FlatMetrics, type MetricValue } from '../../src/metrics/values.js'
import { compileMetricPattern } from '../../src/inputs/patterns.js'
import { InputError } from '../../src/errors.js'
import { parseTolerance, parseToleranceRules } from '../../src/inputs/tolerance.js'
import { toleranceFor, withinTolerance } from '../../src/compare/tolerance.js'

const flat = (o: Record<string, MetricValue>): FlatMetrics => new Map(Object.entries(o))
const exact = { tolerance: { atol: 0, rtol: 0 }, tolerances: [], ignore: [] }

describe('tolerance parsing', () => {
  test('one number is an absolute tolerance', () => {
    expect(parseTolerance('1e-6')).toEqual({ atol: 1e-6, rtol: 0 })
    expect(parseTolerance('')).toEqual({ atol: 0, rtol: 0 })
  })
  test('atol and rtol in any order, either optional', () => {
    expect(parseTolerance('rtol=0.01, atol=2')).toEqual({ atol: 2, rtol: 0.01 })
    expect(parseTolerance('rtol=1e-3')).toEqual({ atol: 0, rtol: 1e-3 })
  })
  test.each(['abc', '-1', 'atol=', 'atol=1,atol=2', 'tol=3', 'NaN', 'Infinity', '1,2'])('rejects %p naming the input', (raw) => {
    expect(() => parseTolerance(raw)).toThrow(InputError)
    expect(() => parseTolerance(raw)).toThrow(/^tolerance: /)
  })
  test('rules split at the last colon; first match wins', () => {
    const rules = parseToleranceRules('# comment\nhttp://x:y: 3\neval.*: atol=1e-3\n**: rtol=0.5\n')
    expect(rules.map((r) => r.pattern)).toEqual(['http://x:y', 'eval.*', '**'])
    expect(toleranceFor('eval.acc', rules, { atol: 0, rtol: 0 })).toEqual({ tolerance: { atol: 1e-3, rtol: 0 }, rule: 'eval.*' })
    expect(toleranceFor('train.loss', rules, { atol: 9, rtol: 0 }).rule).toBe('**')
  })
  test('a rule without a pattern names the line', () => {
    expect(() => parseToleranceRules('loss: 1\n: atol=1')).toThrow(/tolerances: line 2 ": atol=1" needs a metric pattern/)
    expect(() => parseToleranceRules('atol=1')).toThrow(/line 1/)
    expect(() => parseToleranceRules('loss: abc')).toThrow(/tolerances \(line 1\)/)
  })
  test('|a−b| ≤ atol + rtol·|b| with b the reference', () => {
    expect(withinTolerance(1.09, 1, { atol: 0, rtol: 0.1 })).toBe(true)
    expect(withinTolerance(1, 1.1, { atol: 0, rtol: 0.05 })).toBe(false)
    expect(withinTolerance(100.5, 100, { atol: 0.25, rtol: 0.003 })).toBe(true)
    expect(withinTolerance(100.6, 100, { atol: 0.25, rtol: 0.003 })).toBe(false)
    expect(withinTolerance(0.30000000000000004, 0.3, { atol: 0, rtol: 0 })).toBe(false)
  })
})

describe('metric patterns', () => {
  test('* stays within a segment, ** crosses segments', () => {
    expect(compileMetricPattern('train.*')('train.loss')).toBe(true)
    expect(compileMetricPattern('train.*')('train.a.b')).toBe(false)
    expect(compileMetricPattern('train.**')('train.a.b')).toBe(true)
    expect(compileMetricPattern('**.loss')('a.b.loss')).toBe(true)
    expect(compileMetricPattern('**.loss')('loss')).toBe(true)
    expect(compileMetricPattern('a.**.b')('a.b')).toBe(true)
    expect(compileMetricPattern('eval.**')('eval')).toBe(true)
    expect(compileMetricPattern('eval.**')('eval.a.b')).toBe(true)
    expect(compileMetricPattern('eval.**')('evaluation')).toBe(false)
  })
  test('brackets are literal array indices', () => {
    expect(compileMetricPattern('loss[3]')('loss[3]')).toBe(true)
    expect(compileMetricPattern('loss[3]')('loss3')).toBe(false)
    expect(compileMetricPattern('loss[*]')('loss[12]')).toBe(true)
    expect(compileMetricPattern('loss[*]')('loss.x')).toBe(false)
  })
  test('regex characters in names are literal', () => {
    expect(compileMetricPattern('a+b(c)')('a+b(c)')).toBe(true)
    expect(compileMetricPattern('a.b')('axb')).toBe(false)
  })
})

describe('compareMetricValues', () => {
  const t = { atol: 0, rtol: 0 }
  test('equal non-finite values are equal', () => {
    expect(compareMetricValues(NaN, NaN, t).ok).toBe(true)
    expect(compareMetricValues(Infinity, Infinity, t).ok).toBe(true)
    expect(compareMetricValues(Infinity, -Infinity, t).ok).toBe(false)
  })
  test('non-finite vs finite is drift even with a huge tolerance', () => {
    expect(compareMetricValues(1, NaN, { atol: 1e300, rtol: 1 }).ok).toBe(false)
    expect(compareMetricValues(Infinity, 1, { atol: 1e300, rtol: 1 }).ok).toBe(false)
  })
  test('strings, booleans and null compare exactly; type changes are drift', () => {
    expect(compareMetricValues('a', 'a', t).ok).toBe(true)
    expect(compareMetricValues('a', 'b', t).ok).toBe(false)
    expect(compareMetricValues(null, null, t).ok).toBe(true)
    expect(compareMetricValues(true, false, t).ok).toBe(false)
    expect(compareMetricValues(1, '1', t)).toMatchObject({ ok: false, reason: expect.stringContaining('type changed') })
    expect(compareMetricValues(0, null, t).ok).toBe(false)
  })
  test('relative deviation is null when the reference is 0', () => {
    expect(compareMetricValues(0, 0.5, { atol: 1, rtol: 0 })).toEqual({ ok: true, absDeviation: 0.5, relDeviation: null, reason: null })
    expect(compareMetricValues(2, 3, t)).toMatchObject({ ok: false, absDeviation: 1, relDeviation: 0.5 })
  })
  test('non-finite values round-trip through the report encoding', () => {
    for (const v of [NaN, Infinity, -Infinity, 1.5, 'NaN', null, true]) {
      const back = decodeValue(encodeValue(v))
      expect(Object.is(back, v) || (Number.isNaN(back) && Number.isNaN(v))).toBe(true)
    }
    expect(encodeValue(NaN)).toEqual({ nonFinite: 'NaN' })
    expect(encodeValue('NaN')).toBe('NaN')
  })
})

describe('compareRuns', () => {
  test('identical runs pass with zero deviation', () => {
    const result = compareRuns([flat({ acc: 0.9, name: 'x' }), flat({ acc: 0.9, name: 'x' })], exact)
    expect(result.map((m) => [m.name, m.status, m.maxAbsDeviation])).toEqual([
      ['acc', 'pass', 0],
      ['name', 'pass', null]
    ])
  })
  test('drift is listed first, with the drifting runs and deviations', () => {
    const result = compareRuns([flat({ a: 1, b: 2 }), flat({ a: 1, b: 2.5 }), flat({ a: 1, b: 2 })], exact)
    expect(result[0]).toMatchObject({
      name: 'b',
      status: 'drift',
      driftRuns: [2],
      maxAbsDeviation: 0.5,
      maxRelDeviation: 0.25,
      values: [2, 2.5, 2]
    })
    expect(result[1]).toMatchObject({ name: 'a', status: 'pass' })
  })
  test('a metric missing from any run is drift, including the reference', () => {
    const result = compareRuns([flat({ a: 1 }), flat({ a: 1, extra: 3 })], exact)
    const extra = result.find((m) => m.name === 'extra')!
    expect(extra).toMatchObject({ status: 'drift', missingIn: [1], driftRuns: [1], values: [null, 3] })
    const gone = compareRuns([flat({ a: 1, b: 1 }), flat({ a: 1 })], exact).find((m) => m.name === 'b')!
    expect(gone).toMatchObject({ status: 'drift', missingIn: [2], driftRuns: [2] })
  })
  test('ignored metrics are reported but never drift', () => {
    const result = compareRuns([flat({ 'time.s': 1, a: 1 }), flat({ 'time.s': 9, a: 1 })], { ...exact, ignore: ['time.*'] })
    expect(result.find((m) => m.name === 'time.s')).toMatchObject({ status: 'ignored', values: [1, 9] })
  })
  test('per-metric tolerances apply and are recorded', () => {
    const options = { ...exact, tolerances: parseToleranceRules('loss: rtol=0.1') }
    const result = compareRuns([flat({ loss: 1, acc: 1 }), flat({ loss: 1.05, acc: 1.05 })], options)
    expect(result.find((m) => m.name === 'loss')).toMatchObject({
      status: 'pass',
      toleranceRule: 'loss',
      tolerance: { atol: 0, rtol: 0.1 }
    })
    expect(result.find((m) => m.name === 'acc')).toMatchObject({ status: 'drift', toleranceRule: null })
  })
  test('metrics are listed drift first, then in natural name order', () => {
    const names = ['loss[10]', 'loss[2]', 'acc', 'loss[1]', 'eval.b', 'eval.a10', 'eval.a9']
    const runs = [
      flat(Object.fromEntries(names.map((n) => [n, 1]))),
      flat(Object.fromEntries(names.map((n) => [n, n === 'eval.b' ? 2 : 1])))
    ]
    expect(compareRuns(runs, exact).map((m) => m.name)).toEqual(['eval.b', 'acc', 'eval.a9', 'eval.a10', 'loss[1]', 'loss[2]', 'loss[10]'])
  })
  test('NaN in every run is reproducible; NaN in one run is drift', () => {
    expect(compareRuns([flat({ x: NaN }), flat({ x: NaN })], exact)[0]).toMatchObject({
      status: 'pass',
      values: [{ nonFinite: 'NaN' }, { nonFinite: 'NaN' }]
    })
    expect(compareRuns([flat({ x: 1 }), flat({ x: NaN })], exact)[0].status).toBe('drift')
  })
})

describe('compareArtifacts', () => {
  const file = (path: string, sha256: string) => ({ path, sha256, bytes: 1 })
  test('bit-identical artifacts pass; a differing hash names the run', () => {
    const result = compareArtifacts([
      [file('a', 'x'), file('b', 'y')],
      [file('a', 'x'), file('b', 'z')],
      [file('a', 'x'), file('b', 'y')]
    ])
    expect(result[0]).toMatchObject({ path: 'b', status: 'drift', driftRuns: [2], sha256: ['y', 'z', 'y'] })
    expect(result[1]).toMatchObject({ path: 'a', status: 'pass' })
  })
  test('an artifact missing from a run is drift', () => {
    expect(compareArtifacts([[file('a', 'x')], []])[0]).toMatchObject({ status: 'drift', driftRuns: [2], reason: 'not produced by run 2' })
  })
})

describe('metric name order', () => {
  /** The order's definition, as it was first written: split into digit and non-digit runs. */
  function byRuns(a: string, b: string): number {
    const pa = a.match(/\d+|\D+/g) ?? []
    const pb = b.match(/\d+|\D+/g) ?? []
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      const [x, y] = [pa[i], pb[i]]
      if (x === y) continue
      if (/^\d/.test(x) && /^\d/.test(y) && Number(x) !== Number(y)) return Number(x) - Number(y)
      return x < y ? -1 : 1
    }
    return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0)
  }

  test('numbers as numbers: loss[2] before loss[10]', () => {
    const names = ['loss[10]', 'loss[2]', 'loss', 'acc', 'loss[1].x', 'layer_01.w', 'layer_1.w', 'layer_10.w', 'a.b', 'a1']
    expect([...names].sort(compareMetricNames)).toEqual([...names].sort(byRuns))
    expect([...names].sort(compareMetricNames).slice(0, 5)).toEqual(['a1', 'a.b', 'acc', 'layer_01.w', 'layer_1.w'])
  })

  test('walking the names in place gives the same order as splitting them, for every pair of a corpus', () => {
    const parts = ['', 'a', 'b', '.', '[', ']', '_', '-', 'é', '0', '00', '01', '1', '2', '9', '10', '12345678901234567890']
    const names: string[] = []
    for (const x of parts) for (const y of parts) for (const z of ['', '1', '.', 'a']) names.push(x + y + z)
    for (const a of names) {
      for (const b of names) {
        if (Math.sign(compareMetricNames(a, b)) !== Math.sign(byRuns(a, b))) throw new Error(`${JSON.stringify(a)} vs ${JSON.stringify(b)}`)
      }
    }
  })
})

describe('compareRuns over metric lists', () => {
  const list = (o: Record<string, MetricValue>, names?: readonly string[]): MetricList =>
    new MetricList(names ?? Object.keys(o), Object.values(o))
  const options = {
    tolerance: { atol: 1e-9, rtol: 0 },
    tolerances: [{ pattern: 'c[*]', tolerance: { atol: 0, rtol: 0.1 } }],
    ignore: ['t.**']
  }
  const runs = [
    { a: 1, b: 'x', 'c[0]': 1, 'c[1]': 2, n: NaN, z: 0, 't.w': 1 },
    { a: 1, b: 'y', 'c[0]': 1.05, 'c[1]': 3, n: NaN, z: 0, 't.w': 2 },
    { a: 1 + 1e-6, b: 'x', 'c[0]': 1, 'c[1]': 2, n: Infinity, z: -0, 't.w': 3 }
  ]

  test('runs of one shape (shared names) compare as the same runs as Maps', () => {
    const first = list(runs[0])
    const lists = runs.map((r) => list(r, first.metricNames))
    expect(compareRuns(lists, options)).toEqual(compareRuns(runs.map(flat), options))
  })

  test('runs whose names differ in order or in number compare by name, as Maps', () => {
    const shuffled = [list(runs[0]), list(Object.fromEntries(Object.entries(runs[1]).reverse())), list({ ...runs[2], late: 1 })]
    const maps = [flat(runs[0]), flat(runs[1]), flat({ ...runs[2], late: 1 })]
    expect(compareRuns(shuffled, options)).toEqual(compareRuns(maps, options))
    expect(compareRuns(shuffled, options).find((m) => m.name === 'late')).toMatchObject({ status: 'drift', missingIn: [1, 2] })
  })
})
