/** The JSON Schema of a metric value as the report writes it, and its type (values.ts reads and writes them). */
import { closed, oneOf, Type, type Static } from '../json-schema.js'

/** NaN and ±Infinity, tagged: JSON has no such numbers. */
export const nonFiniteSchema = closed({ nonFinite: Type.Enum(['NaN', 'Infinity', '-Infinity']) })
export type NonFinite = Static<typeof nonFiniteSchema>

/**
 * A metric value as written in a report: JSON scalars, or `{ nonFinite }` for NaN and ±Infinity.
 * The scalars are one `type` keyword (one check per value, a million values in a big report).
 */
export const encodedValueSchema = oneOf([
  Type.Unsafe<number | string | boolean | null>({ type: ['number', 'string', 'boolean', 'null'] }),
  nonFiniteSchema
])
export type EncodedValue = Static<typeof encodedValueSchema>
