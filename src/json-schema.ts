/** JSON Schema (draft-07) primitives shared by every stage's schema fragment. */

export const nullableString = { type: ['string', 'null'] }
export const nullableNumber = { type: ['number', 'null'] }
export const nonNegative = { type: 'number', minimum: 0 }
