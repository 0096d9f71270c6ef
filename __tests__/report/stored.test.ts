/**
 * The report file's compact form (schemaVersion 2) reads back as exactly the report that was
 * written, every field of every metric included; version 1 files (every field written) still read.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { compareRuns } from '../../src/compare/compareRuns.js'
import { encodeValue, type FlatMetrics, type MetricValue } from '../../src/metrics/values.js'
import { fromStoredReport, isValidStoredMetric, serializeStoredReport, toStoredReport, type StoredReport } from '../../src/report/stored.js'
import { runMetricValues } from '../../src/compare/reports.js'
import { readReportFile, readStoredReport, writeReport } from '../../src/report/write.js'
import { validateReport } from '../../src/report/validate.js'
import { SCHEMA_VERSION, type Report } from '../../src/report/types.js'
import type { RunRecord } from '../../src/runs/types.js'
import type { MetricComparison } from '../../src/compare/types.js'

const FIXTURES = path.join(process.cwd(), '__tests__/fixtures/reports')
const fixture = (name: string): Report => JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as Report

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'rg-stored-'))

/** A gate report over these runs' metrics, as buildReport would make it. */
function reportOver(runs: Record<string, MetricValue>[], options = { ignore: ['timing.**'], rule: 'curve[*]' }): Report {
  const base = fixture('drift')
  const tolerance = { atol: 1e-9, rtol: 0 }
  const tolerances = [{ pattern: options.rule, tolerance: { atol: 0, rtol: 1e-3 } }]
  const flat: FlatMetrics[] = runs.map((r) => new Map(Object.entries(r)))
  // As buildReport makes them: a compared run's values are the comparison's, not its own.
  const { metrics: _own, ...record } = base.runs[0]
  const records: RunRecord[] = runs.map((_r, i) => ({ ...record, index: i + 1 }))
  return {
    ...base,
    schemaVersion: SCHEMA_VERSION,
    inputs: { ...base.inputs, runs: runs.length, tolerance, tolerances, ignore: options.ignore },
    runs: records,
    metrics: compareRuns(flat, { tolerance, tolerances, ignore: options.ignore })
  }
}

const run = (i: number): Record<string, MetricValue> => ({
  acc: 0.91,
  zero: 0,
  drifting: 0.5 + i / 10,
  nan: NaN,
  inf: Infinity,
  flip: i === 2 ? Infinity : 1,
  text: 'same',
  label: i === 3 ? 'b' : 'a',
  flag: true,
  none: null,
  'curve[0]': 1 + i * 1e-6,
  'curve[1]': 2,
  'timing.wall_s': 100 + i,
  ['__proto__']: 7,
  ...(i === 1 ? { onlyFirst: 1 } : { late: 2 })
})

async function roundTrip(report: Report): Promise<{ stored: StoredReport; text: string; back: Report }> {
  const stored = toStoredReport(report)
  const text = serializeStoredReport(stored)
  const read = await readStoredReport(JSON.parse(text))
  if (read.report === null) throw new Error(read.problems.join('; '))
  return { stored, text, back: read.report }
}

describe('the stored report (schemaVersion 2)', () => {
  test('reads back as the report written: every field of every metric, and every run its metrics', async () => {
    const runs = [run(1), run(2), run(3)]
    const report = reportOver(runs)
    const { stored, back } = await roundTrip(report)
    expect(await validateReport(stored)).toEqual([])
    expect(back).toEqual(report)
    // Each run's metrics, from the comparison that holds them once; __proto__ stays a metric, not a prototype.
    back.runs.forEach((r, k) => {
      const own = runMetricValues(back, r)
      expect(own?.size).toBe(Object.keys(runs[k]).length)
      for (const [name, value] of Object.entries(runs[k])) expect(own?.get(name)).toEqual(encodeValue(value))
    })
    expect(runMetricValues(back, back.runs[1])?.has('__proto__')).toBe(true)
    expect(back.metrics.find((m) => m.name === '__proto__')?.values).toEqual([7, 7, 7])
  })

  test('the hand check of a stored metric agrees with the schema validator', async () => {
    const frame = toStoredReport(reportOver([run(1), run(2)]))
    const valid: unknown[] = [
      { name: 'a', value: 1 },
      { name: '', value: null },
      { name: 'a', values: [1, 'x', null, true, { nonFinite: 'NaN' }, { nonFinite: '-Infinity' }] },
      { name: 'a', values: [] },
      { name: 'a', status: 'drift', values: [1, 2], missingIn: [1], driftRuns: [2], reason: 'r', toleranceRule: 'x' },
      { name: 'a', status: 'ignored', value: 's', tolerance: null, maxAbsDeviation: null, maxRelDeviation: null },
      { name: 'a', status: 'pass', value: 0, tolerance: { atol: 0, rtol: 1e-3 }, maxAbsDeviation: 0.5, maxRelDeviation: -1, reason: null },
      // The validator takes any number (JSON.stringify writes NaN and Infinity as null).
      { name: 'a', value: NaN },
      { name: 'a', value: Infinity, maxRelDeviation: Infinity }
    ]
    const invalid: unknown[] = [
      null,
      [],
      'a',
      { value: 1 },
      { name: 5, value: 1 },
      { name: 'a' },
      { name: 'a', value: 1, values: [1] },
      { name: 'a', value: 1, status: 'bogus' },
      { name: 'a', value: [1] },
      { name: 'a', value: {} },
      { name: 'a', value: { nonFinite: 'nan' } },
      { name: 'a', value: { nonFinite: 'NaN', x: 1 } },
      { name: 'a', values: 'x' },
      { name: 'a', values: [1, [2]] },
      { name: 'a', value: 1, missingIn: [0] },
      { name: 'a', value: 1, missingIn: [1.5] },
      { name: 'a', value: 1, missingIn: 1 },
      { name: 'a', value: 1, driftRuns: ['2'] },
      { name: 'a', value: 1, tolerance: { atol: -1, rtol: 0 } },
      { name: 'a', value: 1, tolerance: { atol: 0 } },
      { name: 'a', value: 1, tolerance: { atol: 0, rtol: 0, x: 1 } },
      { name: 'a', value: 1, tolerance: 'exact' },
      { name: 'a', value: 1, toleranceRule: 5 },
      { name: 'a', value: 1, reason: 5 },
      { name: 'a', value: 1, maxAbsDeviation: 'x' },
      { name: 'a', value: 1, maxRelDeviation: '1' },
      { name: 'a', value: 1, foo: 1 }
    ]
    for (const m of [...valid, ...invalid]) {
      const schema = (await validateReport({ ...frame, metrics: [m] })).length === 0
      expect([m, isValidStoredMetric(m)]).toEqual([m, schema])
    }
    expect(valid.every(isValidStoredMetric)).toBe(true)
    expect(invalid.some(isValidStoredMetric)).toBe(false)
  })

  test('leaves out what the rest implies: one value when the runs agree, no defaults, no per-run copies', async () => {
    const { stored } = await roundTrip(reportOver([run(1), run(2), run(3)]))
    const byName = new Map(stored.metrics.map((m) => [m.name, m]))
    expect(byName.get('acc')).toEqual({ name: 'acc', value: 0.91 })
    expect(byName.get('text')).toEqual({ name: 'text', value: 'same' })
    expect(byName.get('nan')).toEqual({ name: 'nan', value: { nonFinite: 'NaN' } })
    expect(byName.get('curve[1]')).toEqual({ name: 'curve[1]', value: 2, toleranceRule: 'curve[*]' })
    expect(byName.get('drifting')).toMatchObject({ status: 'drift', values: [0.6, 0.7, 0.8], driftRuns: [2, 3] })
    expect(byName.get('late')).toMatchObject({ status: 'drift', values: [null, 2, 2], missingIn: [1] })
    expect(stored.valuesPerMetric).toBe(3)
    for (const r of stored.runs) expect('metrics' in r).toBe(false)
  })

  test('a run left out of the comparison keeps its own metrics; a compare report keeps every value', async () => {
    const report = reportOver([run(1), run(2), run(3)])
    report.runs.push({ ...report.runs[0], index: 4, error: 'run 4: exited with code 1', metrics: { acc: 0.5 } })
    const { stored, back } = await roundTrip(report)
    expect(stored.runs.map((r) => 'metrics' in r)).toEqual([false, false, false, true])
    expect(back).toEqual(report)

    const legs: Report = { ...reportOver([run(1), run(2)]), mode: 'compare', runs: [] }
    expect((await roundTrip(legs)).back).toEqual(legs)
  })

  test('writeReport writes the stored form and readReportFile reads it back, schema-valid', async () => {
    const report = reportOver([run(1), run(2)])
    const file = path.join(tmp(), 'r.json')
    const written = await writeReport(report, file)
    expect(written.problems).toEqual([])
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as StoredReport
    expect(onDisk.schemaVersion).toBe(2)
    expect(await validateReport(onDisk)).toEqual([])
    expect(await readReportFile(file)).toEqual(report)
  })

  test('writeReport writes a chunk at a time the text serializeStoredReport makes, and names a bad metric by its index in the whole report', async () => {
    const runs = [0, 1].map((k) => Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`m${i}`, i % 1000 === 0 ? i + k : i / 7])))
    const report = reportOver(runs)
    const file = path.join(tmp(), 'chunked.json')
    expect((await writeReport(report, file)).problems).toEqual([])
    expect(readFileSync(file, 'utf8')).toBe(serializeStoredReport(toStoredReport(report)))
    expect(await readReportFile(file)).toEqual(report)

    const broken: Report = {
      ...report,
      metrics: report.metrics.map((m, i) => (i === 22_000 ? { ...m, status: 'bogus' as MetricComparison['status'] } : m))
    }
    const { problems } = await writeReport(broken, file)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^\/metrics\/22000\/status /)
  })

  test('one line per metric: a million metrics are a million lines, not fifteen million', async () => {
    const runs = [0, 1].map(() => Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`m${i}`, i / 7])))
    const { text } = await roundTrip(reportOver(runs))
    const lines = text.split('\n')
    expect(lines.filter((l) => l.startsWith('    {"name":"m')).length).toBe(1000)
    // Name, one value and the JSON around them: well under 50 bytes a metric.
    const metricBytes = lines.filter((l) => l.startsWith('    {"name":"m')).reduce((n, l) => n + l.length + 1, 0)
    expect(metricBytes / 1000).toBeLessThan(50)
  })

  test('no string in the report can stand in for the metrics placeholder', async () => {
    const report = reportOver([run(1), run(2)])
    report.runs[0].outputTail = '"metrics" repro-gate-:metrics"'
    expect((await roundTrip(report)).back).toEqual(report)
  })
})

describe('version 1 reports still read', () => {
  for (const name of ['reproducible', 'drift', 'error']) {
    test(`${name}.json (version 1) reads as the same report, and writes back as version 2`, async () => {
      const v1 = fixture(name)
      expect(v1.schemaVersion).toBe(1)
      const read = await readReportFile(path.join(FIXTURES, `${name}.json`))
      expect(read).toEqual({ ...v1, schemaVersion: SCHEMA_VERSION })
      const file = path.join(tmp(), 'again.json')
      await writeReport(read, file)
      expect(await readReportFile(file)).toEqual(read)
    })
  }

  test('fromStoredReport leaves a version 1 report as it is', () => {
    const v1 = fixture('drift') as unknown as StoredReport
    expect(fromStoredReport(v1)).toEqual({ ...v1, schemaVersion: SCHEMA_VERSION })
  })

  test('a version this repro-gate does not know is refused, naming the versions it reads', async () => {
    const read = await readStoredReport({ ...fixture('drift'), schemaVersion: 3 })
    expect(read.report).toBeNull()
    expect(read.problems.join()).toMatch(/schemaVersion 3: this repro-gate reads 1 and 2/)
  })
})
