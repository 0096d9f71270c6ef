/**
 * A metric's value as read from a metrics file, and as written into a report. JSON has no NaN or
 * Infinity, so non-finite numbers are written as a tagged object: a string metric "NaN" and the
 * number NaN must stay distinguishable.
 */
import type { EncodedValue } from './schema.js'

/** The value of a metric as read from a metrics file, before encoding. */
export type MetricValue = number | string | boolean | null

export type FlatMetrics = Map<string, MetricValue>

export type { EncodedValue, NonFinite } from './schema.js'

/**
 * A run's flattened metrics as two arrays in file order, names and values: what the compare stage
 * reads, without a million-entry hash table per run. A Map all the same for every other reader:
 * the first Map method used (other than `size`) fills the table from the arrays. Runs whose files
 * have run 1's shape share its `metricNames` array (see readMetricsFile). The names are distinct.
 */
export class MetricList extends Map<string, MetricValue> {
  #filled = false
  #changed = false

  constructor(
    readonly metricNames: readonly string[],
    readonly metricValues: readonly MetricValue[]
  ) {
    super()
  }

  /** The two arrays, or null once the Map was changed (they no longer say what it holds). */
  columns(): { names: readonly string[]; values: readonly MetricValue[] } | null {
    return this.#changed ? null : { names: this.metricNames, values: this.metricValues }
  }

  #fill(): void {
    if (this.#filled) return
    this.#filled = true
    for (let i = 0; i < this.metricNames.length; i++) super.set(this.metricNames[i], this.metricValues[i])
  }

  override get size(): number {
    return this.#filled ? super.size : this.metricNames.length
  }
  override get(key: string): MetricValue | undefined {
    this.#fill()
    return super.get(key)
  }
  override has(key: string): boolean {
    this.#fill()
    return super.has(key)
  }
  override set(key: string, value: MetricValue): this {
    this.#fill()
    this.#changed = true
    return super.set(key, value)
  }
  override delete(key: string): boolean {
    this.#fill()
    this.#changed = true
    return super.delete(key)
  }
  override clear(): void {
    this.#fill()
    this.#changed = true
    super.clear()
  }
  override forEach(callback: (value: MetricValue, key: string, map: Map<string, MetricValue>) => void, thisArg?: unknown): void {
    this.#fill()
    super.forEach(callback, thisArg)
  }
  override keys(): MapIterator<string> {
    this.#fill()
    return super.keys()
  }
  override values(): MapIterator<MetricValue> {
    this.#fill()
    return super.values()
  }
  override entries(): MapIterator<[string, MetricValue]> {
    this.#fill()
    return super.entries()
  }
  override [Symbol.iterator](): MapIterator<[string, MetricValue]> {
    return this.entries()
  }
}

/** Writes a metric value into the report: non-finite numbers become tagged objects (JSON has no NaN). */
export function encodeValue(value: MetricValue): EncodedValue {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { nonFinite: Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity' }
  }
  return value
}

/**
 * A run's flattened metrics as the report's object of encoded values. A loop, not
 * Object.fromEntries over [key, value] pairs: five times faster at a million metrics. A metric
 * named __proto__ is an own property, as every other.
 */
export function encodeMetrics(flat: FlatMetrics): Record<string, EncodedValue> {
  const out: Record<string, EncodedValue> = {}
  for (const [name, value] of flat) {
    if (name === '__proto__')
      Object.defineProperty(out, name, { value: encodeValue(value), enumerable: true, writable: true, configurable: true })
    else out[name] = encodeValue(value)
  }
  return out
}

/** Reads a metric value back from a report. */
export function decodeValue(value: EncodedValue): MetricValue {
  if (value !== null && typeof value === 'object') {
    return value.nonFinite === 'NaN' ? NaN : value.nonFinite === 'Infinity' ? Infinity : -Infinity
  }
  return value
}
