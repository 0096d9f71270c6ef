/**
 * Tolerances as the user writes them (`tolerance`, `tolerances`, `baseline-tolerance`): their parsing
 * (their JSON Schema and type are in schema.ts). The compare stage applies them (`compare/tolerance.ts`).
 */
import { InputError } from '../errors.js'
import type { Tolerance, ToleranceRule } from './schema.js'
import { compileMetricPattern } from './patterns.js'

export type { Tolerance, ToleranceRule } from './schema.js'

const NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/

function parseNonNegative(input: string, key: string, raw: string): number {
  const text = raw.trim()
  if (!NUMBER.test(text) || !Number.isFinite(Number(text))) {
    throw new InputError(`${input}: ${key} must be a finite non-negative number like 0, 1e-6 or 0.01, got "${raw}"`)
  }
  return Number(text)
}

/**
 * Parses `0.001` (absolute tolerance) or `atol=1e-6,rtol=1e-3` (either key may be left out).
 * `input` names the input in error messages.
 */
export function parseTolerance(raw: string, input = 'tolerance'): Tolerance {
  const text = raw.trim()
  if (text === '') return { atol: 0, rtol: 0 }
  if (!text.includes('=')) {
    if (!NUMBER.test(text) || !Number.isFinite(Number(text))) {
      throw new InputError(
        `${input}: expected one number or "atol=<number>,rtol=<number>", got "${raw}" (finite and non-negative, e.g. 1e-6, or atol=1e-8,rtol=1e-5)`
      )
    }
    return { atol: Number(text), rtol: 0 }
  }
  const tolerance: Tolerance = { atol: 0, rtol: 0 }
  const seen = new Set<string>()
  for (const part of text.split(',')) {
    const eq = part.indexOf('=')
    const key = part.slice(0, eq).trim().toLowerCase()
    if (eq < 0 || (key !== 'atol' && key !== 'rtol')) {
      throw new InputError(`${input}: expected one number or "atol=<number>,rtol=<number>", got "${raw}" (unknown part "${part.trim()}")`)
    }
    if (seen.has(key)) throw new InputError(`${input}: ${key} is given twice in "${raw}"`)
    seen.add(key)
    tolerance[key] = parseNonNegative(input, key, part.slice(eq + 1))
  }
  return tolerance
}

/**
 * Parses the multi-line `tolerances` input: `<pattern>: atol=…,rtol=…` per line. The line is
 * split at its last `:` so metric names may contain colons. Blank lines and `#` comments are skipped.
 */
export function parseToleranceRules(raw: string, input = 'tolerances'): ToleranceRule[] {
  const rules: ToleranceRule[] = []
  raw.split(/\r?\n/).forEach((line, i) => {
    const text = line.trim()
    if (text === '' || text.startsWith('#')) return
    const colon = text.lastIndexOf(':')
    const pattern = colon < 0 ? '' : text.slice(0, colon).trim()
    if (colon < 0 || pattern === '') {
      throw new InputError(
        `${input}: line ${i + 1} "${text}" needs a metric pattern before the last ":", e.g. "eval.*: atol=1e-6" or "loss: 0.01"`
      )
    }
    compileMetricPattern(pattern) // validates
    rules.push({ pattern, tolerance: parseTolerance(text.slice(colon + 1), `${input} (line ${i + 1})`) })
  })
  return rules
}
