/** The JSON Schema (draft-07) of the report's `legs` section (`LegsSection`), written by `mode: compare`. */
import { encodedValueSchema } from '../../metrics/values.js'
import { envChangeSchema } from '../schema.js'
import { toleranceSchema } from '../../inputs/tolerance.js'

const nullableString = { type: ['string', 'null'] }
const nullableNumber = { type: ['number', 'null'] }
const valuesByLeg = { type: 'object', additionalProperties: encodedValueSchema }
const names = { type: 'array', items: { type: 'string' } }

export const legsSchema = {
  type: 'object',
  description: 'Matrix compare: every recorded leg compared with the reference leg.',
  required: ['reference', 'referenceChosenBy', 'legs', 'metrics', 'driftingLegs', 'warnings'],
  additionalProperties: false,
  properties: {
    reference: { type: 'string' },
    referenceChosenBy: { enum: ['input', 'first-by-name'] },
    legs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'artifact', 'runner', 'fingerprint', 'verdict', 'metrics', 'reference', 'drift', 'driftedMetrics', 'changes'],
        additionalProperties: false,
        properties: {
          name: { type: 'string' },
          artifact: { type: 'string' },
          runner: nullableString,
          fingerprint: nullableString,
          verdict: { enum: ['reproducible', 'drift', 'error'] },
          metrics: valuesByLeg,
          reference: { type: 'boolean' },
          drift: { type: 'boolean' },
          driftedMetrics: names,
          changes: { type: 'array', items: envChangeSchema }
        }
      }
    },
    metrics: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'status', 'values', 'tolerance', 'toleranceRule', 'maxAbsDeviation', 'maxRelDeviation', 'driftLegs', 'reason'],
        additionalProperties: false,
        properties: {
          name: { type: 'string' },
          status: { enum: ['pass', 'drift', 'ignored'] },
          values: valuesByLeg,
          tolerance: { oneOf: [toleranceSchema, { type: 'null' }] },
          toleranceRule: nullableString,
          maxAbsDeviation: nullableNumber,
          maxRelDeviation: nullableNumber,
          driftLegs: names,
          reason: nullableString
        }
      }
    },
    driftingLegs: names,
    warnings: names
  }
}
