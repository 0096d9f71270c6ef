import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { flattenMetrics, MetricsError, parseMetricsText, readMetricsFile } from '../../src/metrics/read.js'
import { MetricList } from '../../src/metrics/values.js'

describe('flattenMetrics', () => {
  test('nested objects become dot paths and arrays indices', () => {
    const flat = flattenMetrics({ eval: { accuracy: 0.9, per_class: [0.8, { f1: 0.7 }] }, ok: true, note: null })
    expect(Object.fromEntries(flat)).toEqual({
      'eval.accuracy': 0.9,
      'eval.per_class[0]': 0.8,
      'eval.per_class[1].f1': 0.7,
      ok: true,
      note: null
    })
  })
})

describe('parseMetricsText', () => {
  test("JSON with Python's NaN, Infinity and -Infinity tokens", async () => {
    const flat = await parseMetricsText('{"a": NaN, "b": [Infinity, -Infinity], "s": "NaN and Infinity stay strings", "e": 1e-3}', 'm.json')
    expect(flat.get('a')).toBeNaN()
    expect(flat.get('b[0]')).toBe(Infinity)
    expect(flat.get('b[1]')).toBe(-Infinity)
    expect(flat.get('s')).toBe('NaN and Infinity stay strings')
    expect(flat.get('e')).toBe(0.001)
  })
  test('a byte-order mark (PowerShell, utf-8-sig) is not an error', async () => {
    expect((await parseMetricsText('\uFEFF{"a": 1}', 'm.json')).get('a')).toBe(1)
    expect((await parseMetricsText('\uFEFFa: 2\n', 'm.yaml')).get('a')).toBe(2)
  })
  test('escaped quotes inside strings do not confuse the token rewrite', async () => {
    expect((await parseMetricsText('{"q": "say \\"NaN\\"", "n": NaN}', 'm.json')).get('q')).toBe('say "NaN"')
  })
  test('YAML, including .nan and .inf', async () => {
    const flat = await parseMetricsText('train:\n  loss: 0.5\n  curve: [1, 2]\nbad: .nan\nbig: .inf\n', 'm.yaml')
    expect(flat.get('train.loss')).toBe(0.5)
    expect(flat.get('train.curve[1]')).toBe(2)
    expect(flat.get('bad')).toBeNaN()
    expect(flat.get('big')).toBe(Infinity)
  })
  test('TOML', async () => {
    const flat = await parseMetricsText('[eval]\naccuracy = 0.9\nepochs = 3\nnan_value = nan\n', 'm.toml')
    expect(Object.fromEntries(flat)).toEqual({ 'eval.accuracy': 0.9, 'eval.epochs': 3, 'eval.nan_value': NaN })
  })
  test.each([
    ['', 'm.json', /run 2: m.json is empty/],
    ['{"a": ', 'm.json', /run 2: m.json is not valid JSON/],
    ['[1, 2]', 'm.json', /must hold an object of metrics.*got an array/],
    ['42', 'm.json', /got a number/],
    ['{}', 'm.json', /holds no metrics/],
    ['a: [', 'm.yml', /not valid YAML/],
    ['a = ', 'm.toml', /not valid TOML/],
    ['x', 'm.csv', /unsupported metrics file extension/]
  ])('rejects %p in %s with a message naming file and run', async (text, file, message) => {
    await expect(parseMetricsText(text, file, `run 2: ${file}`)).rejects.toThrow(MetricsError)
    await expect(parseMetricsText(text, file, `run 2: ${file}`)).rejects.toThrow(message)
  })
})

describe('readMetricsFile', () => {
  test('a missing file says it was not written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-metrics-'))
    await expect(readMetricsFile(path.join(dir, 'nope.json'), 'run 1: nope.json')).rejects.toThrow(/run 1: nope.json was not written/)
    writeFileSync(path.join(dir, 'ok.json'), '{"a": 1}')
    expect((await readMetricsFile(path.join(dir, 'ok.json'))).get('a')).toBe(1)
  })
})

describe('readMetricsFile in the shape of an earlier run', () => {
  const write = (dir: string, name: string, value: unknown): string => {
    const file = path.join(dir, name)
    writeFileSync(file, JSON.stringify(value))
    return file
  }

  test('a file of the same shape shares the names and reads as its own flattening', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-shape-'))
    const a = { eval: { acc: 0.9, per_class: [0.8, { f1: 0.7 }] }, note: null, s: 'x' }
    const b = { eval: { acc: 0.8, per_class: [0.1, { f1: 0.2 }] }, note: 'n', s: 'y' }
    const first = await readMetricsFile(write(dir, 'a.json', a), 'a', { keepShape: true })
    const second = await readMetricsFile(write(dir, 'b.json', b), 'b', { like: first })
    expect(second).toBeInstanceOf(MetricList)
    expect((second as MetricList).metricNames).toBe((first as MetricList).metricNames)
    expect(Object.fromEntries(second)).toEqual(Object.fromEntries(flattenMetrics(b)))
  })

  test('another shape (order, length, a leaf for a table) is flattened on its own, as flattenMetrics does', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-shape-'))
    const first = await readMetricsFile(write(dir, 'a.json', { x: 1, y: [1, 2], z: { w: 1 } }), 'a', { keepShape: true })
    for (const other of [
      { y: [1, 2], x: 1, z: { w: 1 } },
      { x: 1, y: [1, 2, 3], z: { w: 1 } },
      { x: 1, y: [1, 2], z: 5 },
      { x: 1, y: [1, 2] }
    ]) {
      const read = await readMetricsFile(write(dir, 'b.json', other), 'b', { like: first })
      expect([...read]).toEqual([...flattenMetrics(other)])
      expect((read as MetricList).metricNames).not.toBe((first as MetricList).metricNames)
    }
  })

  test('names made twice (a dotted key beside a table) keep the first place and the last value, as a Map does', async () => {
    const value = { 'a.b': 1, a: { b: 2 }, c: 3 }
    const read = await parseMetricsText(JSON.stringify(value), 'm.json')
    expect([...read]).toEqual([...flattenMetrics(value)])
    expect(read.size).toBe(2)
    expect((read as MetricList).metricNames).toEqual(['a.b', 'c'])
  })
})
