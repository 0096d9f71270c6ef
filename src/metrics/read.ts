import { createHash } from 'node:crypto'
import { MetricList, type FlatMetrics, type MetricValue } from './values.js'
import { formatFor, supportedExtensions } from './parsers/index.js'
import { readRegularFile, SkippedFileError } from '../regular-file.js'
import { errorMessage } from '../errors.js'

/** A metrics file is parsed in memory, as one string: JavaScript strings end a little over 512 MiB. */
const MAX_METRICS_FILE_BYTES = 256 * 1024 * 1024

/** A string value or name longer than this is kept as its start, its length and the sha256 of the whole. */
export const MAX_KEPT_CHARS = 4096
const KEPT_PREFIX_CHARS = 1000

/**
 * Caps what is kept of one string: a 100 MB string metric in three runs would otherwise be six
 * copies in the report (more than a JavaScript string can hold, so no report at all). The sha256
 * of the whole stays in what is kept, so two values still compare equal only when all of them is.
 */
export function capString(text: string): string {
  if (text.length <= MAX_KEPT_CHARS) return text
  const hash = createHash('sha256').update(text).digest('hex')
  return `${text.slice(0, KEPT_PREFIX_CHARS)}… [${text.length} characters, sha256 ${hash}]`
}

/**
 * Flattens nested objects to dot paths (`eval.accuracy`) and arrays to indices (`loss[3]`).
 * Leaves are numbers, strings, booleans and null; dates and big integers become comparable scalars.
 * A name made twice (a key `a.b` beside `a: {b}`) keeps its first place and its last value.
 */
export function flattenMetrics(value: unknown): FlatMetrics {
  const names: string[] = []
  const values: MetricValue[] = []
  collect(value, '', names, values)
  return inOrder(names, values)
}

/** The names and values as a Map set in order: a name made twice keeps its first place and its last value. */
function inOrder(names: readonly string[], values: readonly MetricValue[]): FlatMetrics {
  const map: FlatMetrics = new Map()
  for (let i = 0; i < names.length; i++) map.set(names[i], values[i])
  return map
}

/** Parsed files kept as the shape later files are read against (see readMetricsFile), by their list. */
const shapes = new WeakMap<FlatMetrics, unknown>()

/** Whether a key can make a name another path also makes (`a.b` beside `a: {b}`, `[0]`, or the empty key). */
const mayCollide = (key: string): boolean => key === '' || key.includes('.') || key.includes('[')

/**
 * The leaves of `value` in flattening order, names and values side by side; false when a key may
 * have made a name twice (then a Map decides, see inOrder). Plain loops (for-in, indexed): no
 * [key, value] pair or closure per property, which a model's million metrics would each pay for.
 */
function collect(value: unknown, prefix: string, names: string[], values: MetricValue[]): boolean {
  let distinct = true
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      const name = `${prefix}[${i}]`
      if (item !== null && typeof item === 'object') distinct = collect(item, name, names, values) && distinct
      else {
        names.push(name)
        values.push(toLeaf(item))
      }
    }
  } else if (isPlainObject(value)) {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue
      if (mayCollide(key)) distinct = false
      const item = value[key]
      const part = key.length > MAX_KEPT_CHARS ? capString(key) : key
      const name = prefix === '' ? part : `${prefix}.${part}`
      if (item !== null && typeof item === 'object') distinct = collect(item, name, names, values) && distinct
      else {
        names.push(name)
        values.push(toLeaf(item))
      }
    }
  } else {
    names.push(prefix)
    values.push(toLeaf(value))
  }
  return distinct
}

/** 0 a leaf, 1 an array, 2 a plain object: how flattening treats a value. */
const kindOf = (v: unknown): number => (v === null || typeof v !== 'object' ? 0 : Array.isArray(v) ? 1 : isPlainObject(v) ? 2 : 0)

/**
 * The leaves of `value` in flattening order when it has the shape of `shape` (the same keys in the
 * same order, arrays of the same lengths, leaves where it has leaves), else false. Such a file's
 * names are the shape's, so they are not built again.
 */
function valuesInShape(value: unknown, shape: unknown, out: MetricValue[]): boolean {
  const kind = kindOf(shape)
  if (kindOf(value) !== kind) return false
  if (kind === 0) {
    out.push(toLeaf(value))
    return true
  }
  if (kind === 1) {
    const a = value as unknown[]
    const b = shape as unknown[]
    if (a.length !== b.length) return false
    for (let i = 0; i < b.length; i++) if (!valuesInShape(a[i], b[i], out)) return false
    return true
  }
  const a = value as Record<string, unknown>
  const b = shape as Record<string, unknown>
  const keys = Object.keys(b)
  let j = 0
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue
    if (key !== keys[j] || !valuesInShape(a[key], b[key], out)) return false
    j++
  }
  return j === keys.length
}

/**
 * A parsed metrics file as a MetricList. With `like` (an earlier run's list, read with `keepShape`)
 * and a file of the same shape, only the values are read and the names are `like`'s.
 */
export function flattenToList(parsed: unknown, like?: FlatMetrics | null, keepShape = false): MetricList {
  const shape = like ? shapes.get(like) : undefined
  if (like instanceof MetricList && shape !== undefined) {
    const values: MetricValue[] = []
    if (valuesInShape(parsed, shape, values)) return new MetricList(like.metricNames, values)
  }
  const names: string[] = []
  const values: MetricValue[] = []
  let list: MetricList
  if (collect(parsed, '', names, values)) list = new MetricList(names, values)
  else {
    const map = inOrder(names, values)
    list = new MetricList(Array.from(map.keys()), Array.from(map.values()))
  }
  if (keepShape && list.metricNames === names) shapes.set(list, parsed)
  return list
}

/** Lets go of the parsed file kept for `list` (readMetricsFile's `keepShape`). */
export function forgetShape(list: FlatMetrics): void {
  shapes.delete(list)
}

/** Parsers give plain or null-prototype objects for tables; dates and other classes are leaves. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function toLeaf(value: unknown): MetricValue {
  if (typeof value === 'number') return value
  if (typeof value === 'string') return value.length > MAX_KEPT_CHARS ? capString(value) : value
  if (value === null || typeof value === 'boolean') return value
  if (typeof value === 'bigint') return Number(value)
  if (value === undefined) return null
  // TOML dates and other scalars: their string form is what a person compares.
  return capString(String(value))
}

/** A metrics file that cannot be used; the message names the file and what is wrong. */
export class MetricsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MetricsError'
  }
}

/** Parses a metrics file's text; `label` names it in errors. Rejects with MetricsError. */
export async function parseMetricsText(text: string, file: string, label = file, read: ReadOptions = {}): Promise<FlatMetrics> {
  const format = formatFor(file)
  if (!format) {
    throw new MetricsError(`${label}: unsupported metrics file extension; use one of ${supportedExtensions.join(', ')}`)
  }
  const parser = await format.load()
  // Windows tools and Python's utf-8-sig write a byte-order mark; no parser wants it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') throw new MetricsError(`${label} is empty: the experiment must write its metrics as ${parser.format}`)
  let parsed: unknown
  try {
    parsed = parser.parse(text)
  } catch (err) {
    const reason = errorMessage(err).split('\n')[0]
    throw new MetricsError(`${label} is not valid ${parser.format}: ${reason}`)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    const got = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`
    throw new MetricsError(`${label} must hold an object of metrics like {"accuracy": 0.91}, got ${got}`)
  }
  const flat = flattenToList(parsed, read.like, read.keepShape)
  if (flat.size === 0) throw new MetricsError(`${label} holds no metrics (an empty object)`)
  return flat
}

/** How a run's metrics file is read next to the other runs'. */
export interface ReadOptions {
  /** An earlier run's metrics, read with keepShape: a file of the same shape reuses its names. */
  like?: FlatMetrics | null
  /** Keep the parsed file as the shape later files are read against, until forgetShape. */
  keepShape?: boolean
}

/**
 * Reads and flattens a metrics file. Throws MetricsError naming the file when it is missing or unusable.
 * Runs of one experiment write files of one shape: read `like` run 1's, a million metrics' names are built once.
 */
export async function readMetricsFile(file: string, label = file, read: ReadOptions = {}): Promise<FlatMetrics> {
  let text: string
  try {
    text = (await readRegularFile(file, MAX_METRICS_FILE_BYTES)).toString('utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (err instanceof SkippedFileError)
      throw new MetricsError(`${label} cannot be used: ${err.message}; write metrics as a regular file of at most 256 MiB`)
    throw new MetricsError(
      code === 'ENOENT'
        ? `${label} was not written (the experiment must write its metrics there; see the metrics input)`
        : `${label} could not be read: ${String(err)}`
    )
  }
  return await parseMetricsText(text, file, label, read)
}
