/** JSON Schema (draft-07) pieces shared by the report schema and its sections' fragments. */

export const nullableString = { type: ['string', 'null'] }
export const nullableNumber = { type: ['number', 'null'] }
export const nonNegative = { type: 'number', minimum: 0 }

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
  properties: { atol: nonNegative, rtol: nonNegative }
}
