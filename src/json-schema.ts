/**
 * JSON Schema (draft-07) building blocks shared by every stage's schema fragment. A stage writes the
 * schema of what it produces once, with TypeBox, and derives its TypeScript type from it
 * (`type X = Static<typeof xSchema>`), so the published schema and the types cannot drift apart.
 * TypeBox keeps its own bookkeeping (`~kind`, `~optional`) in non-enumerable keys: JSON.stringify
 * and ajv see plain JSON Schema.
 *
 * The helpers below keep the schema's established forms where TypeBox would write another one:
 * `{ type: ['string', 'null'] }` (TypeBox: anyOf), `oneOf` (TypeBox unions are anyOf), and
 * `additionalProperties` for maps (TypeBox's Record writes `patternProperties: { '^.*$': … }`, which
 * lets a key with a line break through unchecked, and tests a regex per key of a million-metric run).
 */
import Type, { type Static, type TSchema, type TProperties, type TObject, type TUnsafe } from 'typebox'

export { Type, type Static, type TSchema, type TObject }

/** A closed object: these properties and no other; `Type.Optional(…)` marks the `?` ones. */
export function closed<P extends TProperties>(properties: P, options: Record<string, unknown> = {}): TObject<P> {
  return Type.Object(properties, { additionalProperties: false, ...options })
}

/** A schema that is also published or validated on its own: its `$schema`, `$id` and `title`. */
export function published<T extends TSchema, const M extends { $id: string; title: string; description?: string }>(
  schema: T,
  meta: M
): T & M & { $schema: string } {
  return Object.assign(schema, { $schema: 'http://json-schema.org/draft-07/schema#', ...meta })
}

/** A schema with one `type` keyword, or null: `{ type: ['string', 'null'], … }`. */
export function nullable<T extends TSchema & { type: string }>(schema: T): TUnsafe<Static<T> | null> {
  return Type.Unsafe<Static<T> | null>({ ...schema, type: [schema.type, 'null'] })
}

/** Exactly one of these schemas (`oneOf`); the type is their union. */
export function oneOf<T extends TSchema[]>(schemas: [...T], options: Record<string, unknown> = {}): TUnsafe<Static<T[number]>> {
  return Type.Unsafe<Static<T[number]>>({ ...options, oneOf: schemas })
}

/** One of these values, or null: `{ enum: [..., null] }` (TypeBox's Enum takes no null). */
export function enumOrNull<const T extends readonly string[]>(values: T): TUnsafe<T[number] | null> {
  return Type.Unsafe<T[number] | null>({ enum: [...values, null] })
}

/** A map from any string to values of one schema (`additionalProperties`). */
export function recordOf<T extends TSchema>(value: T, options: Record<string, unknown> = {}): TUnsafe<Record<string, Static<T>>> {
  return Type.Unsafe<Record<string, Static<T>>>({ type: 'object', additionalProperties: value, ...options })
}

/** The number-or-null and integer-count forms every stage uses. */
export const nonNegativeNumber = () => Type.Number({ minimum: 0 })
export const countOf = () => Type.Integer({ minimum: 0 })
export const strings = () => Type.Array(Type.String())
