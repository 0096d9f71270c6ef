/** JSON Schema (draft-07) primitives shared by every stage's schema fragment. */

export type Schema = Record<string, unknown>

export const str: Schema = { type: 'string' }
export const nullableString = { type: ['string', 'null'] }
export const nullableNumber = { type: ['number', 'null'] }
export const nonNegative = { type: 'number', minimum: 0 }
export const count: Schema = { type: 'integer', minimum: 0 }
export const sha256Hex: Schema = { type: 'string', pattern: '^[0-9a-f]{64}$' }

/**
 * A closed object: these properties and no other, each required unless listed in `optional`
 * (the keys of a TypeScript interface, with its `?` ones named).
 */
export function object(properties: Record<string, Schema>, optional: string[] = []): Schema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    additionalProperties: false
  }
}
