import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { flattenMetrics, MetricsError, parseMetricsText, readMetricsFile } from '../../src/metrics/read.js'

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
