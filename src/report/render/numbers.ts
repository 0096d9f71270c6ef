/**
 * Number formatting for the reviewer: print each run's value so the digit where the runs differ
 * is visible, and nothing more. `0.1 + 0.2` shows as `0.30000000000000004` only when another run
 * has `0.3`; when every run agrees it shows as `0.3`.
 */
import type { EncodedValue, NonFinite } from '../../metrics/values.js'
/** One deviation format for every stage (see metrics/format.ts). */
export { formatDeviation } from '../../metrics/format.js'

/** The fewest significant digits a value is shown with (unless it is shorter exactly). */
export const MIN_SIGNIFICANT_DIGITS = 6

function isNonFinite(value: EncodedValue): value is NonFinite {
  return value !== null && typeof value === 'object' && 'nonFinite' in value
}

/** `v` rounded to `p` significant digits, printed the way JavaScript prints the rounded number. */
function atPrecision(v: number, p: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v)
  if (p >= 17) return String(v) // shortest round-trip repr: distinct doubles print differently
  return String(Number(v.toPrecision(p)))
}

function integerDigits(v: number): number {
  const a = Math.abs(v)
  return a < 1 ? 1 : Math.floor(Math.log10(a)) + 1
}

/**
 * Formats the finite numbers of one metric across runs with one shared precision: the smallest
 * number of significant digits (at least MIN_SIGNIFICANT_DIGITS, and at least the integer digits of
 * the largest value, plus one for a fraction) at which distinct values print differently and equal values print the same.
 */
export function formatNumbersTogether(values: number[]): string[] {
  const finite = values.filter((v) => Number.isFinite(v))
  if (finite.length === 0) return values.map(String)
  // A fraction keeps at least one decimal, so 1234567.5 does not print as the integer 1234568.
  const fraction = finite.some((v) => !Number.isInteger(v)) ? 1 : 0
  const maxDigits = Math.max(...finite.map(integerDigits)) + fraction
  const distinct = [...new Set(finite.map((v) => (Object.is(v, -0) ? 0 : v)))]
  for (let p = Math.min(17, Math.max(MIN_SIGNIFICANT_DIGITS, maxDigits)); p <= 17; p++) {
    const printed = new Set(distinct.map((v) => atPrecision(v, p)))
    if (printed.size === distinct.length) return values.map((v) => atPrecision(v, p))
  }
  return values.map(String)
}

/** One value on its own (a single reference, a tolerance): at most MIN_SIGNIFICANT_DIGITS digits. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v)
  return atPrecision(v, MIN_SIGNIFICANT_DIGITS)
}

/** How a value is shown: numbers unquoted, strings quoted (so the string "NaN" is not the number NaN). */
export type DisplayValue =
  | { kind: 'number'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'literal'; text: string }
  | { kind: 'missing'; text: string }

/**
 * Formats one metric's values across runs. `missingIn` holds the 1-based runs where it was absent.
 * Finite numbers share one precision (see formatNumbersTogether); non-finite numbers print as
 * NaN, Infinity, -Infinity; strings stay raw here (escaping is the Markdown layer's job).
 */
export function formatRunValues(values: EncodedValue[], missingIn: number[] = []): DisplayValue[] {
  const missing = new Set(missingIn)
  const finiteIdx: number[] = []
  const finite: number[] = []
  values.forEach((v, i) => {
    if (typeof v === 'number' && !missing.has(i + 1)) {
      finiteIdx.push(i)
      finite.push(v)
    }
  })
  const printed = formatNumbersTogether(finite)
  const byIndex = new Map<number, string>()
  finiteIdx.forEach((idx, k) => byIndex.set(idx, printed[k] ?? String(finite[k])))
  return values.map((v, i): DisplayValue => {
    if (missing.has(i + 1)) return { kind: 'missing', text: 'missing' }
    if (typeof v === 'number') return { kind: 'number', text: byIndex.get(i) ?? String(v) }
    if (isNonFinite(v)) return { kind: 'number', text: v.nonFinite }
    if (typeof v === 'string') return { kind: 'string', text: v }
    return { kind: 'literal', text: String(v) }
  })
}

const NBSP = '\u00A0'

/** Bytes as a short human size: 512 B, 1.5 KiB, 3.2 GiB (a no-break space keeps number and unit together). */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 1024) return `${n}${NBSP}B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let v = n / 1024
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  return `${String(Number(v.toPrecision(3)))}${NBSP}${units[u]}`
}

/** Milliseconds as a short duration: 850 ms, 12.3 s, 4 min 05 s. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?'
  if (ms < 1000) return `${Math.round(ms)} ms`
  const s = ms / 1000
  if (s < 60) return `${String(Number(s.toPrecision(3)))} s`
  const m = Math.floor(s / 60)
  const rest = Math.round(s - m * 60)
  if (m < 60) return `${m} min ${String(rest).padStart(2, '0')} s`
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`
}

/**
 * 12345 → "12,345". Not `toLocaleString('en-US')`: its first call loads ICU data, which cost
 * ~50 ms of every gate run.
 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
