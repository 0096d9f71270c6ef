/** JSON Schema (draft-07) fragments shared by the sections that carry comparisons and environment changes. */
import { EnvChangeCategories } from './envdiff.js'
import { nullableString } from '../json-schema.js'

export { encodedValueSchema } from '../metrics/values.js'
export { toleranceSchema } from '../inputs/tolerance.js'

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
