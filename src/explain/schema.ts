/** JSON Schema (draft-07) fragments shared by the sections that carry comparisons and environment changes. */
import { EnvChangeCategories } from './envdiff.js'

const nullableString = { type: ['string', 'null'] }

/** A metric value as written in a report: JSON scalars, or `{ nonFinite }` for NaN and ±Infinity. */
export const encodedValueSchema = {
  oneOf: [
    { type: ['number', 'string', 'boolean', 'null'] },
    {
      type: 'object',
      required: ['nonFinite'],
      additionalProperties: false,
      properties: { nonFinite: { enum: ['NaN', 'Infinity', '-Infinity'] } }
    }
  ]
}

export const toleranceSchema = {
  type: 'object',
  required: ['atol', 'rtol'],
  additionalProperties: false,
  properties: { atol: { type: 'number', minimum: 0 }, rtol: { type: 'number', minimum: 0 } }
}

/** One `EnvChange`. */
export const envChangeSchema = {
  type: 'object',
  required: ['category', 'subject', 'before', 'after'],
  additionalProperties: false,
  properties: {
    category: { enum: [...EnvChangeCategories] },
    subject: { type: 'string' },
    before: nullableString,
    after: nullableString,
    detail: { type: 'string' }
  }
}
