import { createHash } from 'node:crypto'
import type { FlatMetrics, MetricValue } from './values.js'
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
 */
export function flattenMetrics(value: unknown, prefix = '', out: FlatMetrics = new Map()): FlatMetrics {
  if (Array.isArray(value)) {
    value.forEach((item, i) => flattenMetrics(item, `${prefix}[${i}]`, out))
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value))
      flattenMetrics(item, prefix === '' ? capString(key) : `${prefix}.${capString(key)}`, out)
  } else {
    out.set(prefix, toLeaf(value))
  }
  return out
}

/** Parsers give plain or null-prototype objects for tables; dates and other classes are leaves. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function toLeaf(value: unknown): MetricValue {
  if (typeof value === 'string') return capString(value)
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value
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
export async function parseMetricsText(text: string, file: string, label = file): Promise<FlatMetrics> {
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
  const flat = flattenMetrics(parsed)
  if (flat.size === 0) throw new MetricsError(`${label} holds no metrics (an empty object)`)
  return flat
}

/** Reads and flattens a metrics file. Throws MetricsError naming the file when it is missing or unusable. */
export async function readMetricsFile(file: string, label = file): Promise<FlatMetrics> {
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
  return await parseMetricsText(text, file, label)
}
