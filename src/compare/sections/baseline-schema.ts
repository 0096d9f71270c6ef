/** The JSON Schema (draft-07) of the report's `baseline` section (`BaselineSection`). */
import { encodedValueSchema } from '../../metrics/values.js'
import { envChangeSchema } from '../schema.js'
import { toleranceSchema } from '../../inputs/tolerance.js'

const nullableString = { type: ['string', 'null'] }
const nullableNumber = { type: ['number', 'null'] }

export const baselineSchema = {
  type: 'object',
  description: "This report compared with the default branch's newest reproducible result (restored from the Actions cache).",
  required: [
    'key',
    'compared',
    'saved',
    'baselineCommit',
    'baselineCreatedAt',
    'baselineFingerprint',
    'currentFingerprint',
    'fingerprintChanged',
    'metrics',
    'reproducibleShare',
    'defaultBranchRuns',
    'verdict',
    'changes',
    'warnings'
  ],
  additionalProperties: false,
  properties: {
    key: { type: 'string' },
    compared: { type: 'boolean' },
    saved: { type: 'boolean' },
    baselineCommit: nullableString,
    baselineCreatedAt: nullableString,
    baselineFingerprint: nullableString,
    currentFingerprint: nullableString,
    fingerprintChanged: { type: 'boolean' },
    metrics: {
      type: 'array',
      items: {
        type: 'object',
        required: [
          'name',
          'status',
          'reference',
          'current',
          'tolerance',
          'toleranceRule',
          'absDeviation',
          'relDeviation',
          'reason',
          'referenceCommit',
          'trend'
        ],
        additionalProperties: false,
        properties: {
          name: { type: 'string' },
          status: { enum: ['match', 'drift', 'new', 'missing', 'ignored'] },
          reference: encodedValueSchema,
          current: encodedValueSchema,
          tolerance: { oneOf: [toleranceSchema, { type: 'null' }] },
          toleranceRule: nullableString,
          absDeviation: nullableNumber,
          relDeviation: nullableNumber,
          reason: nullableString,
          referenceCommit: nullableString,
          trend: { type: 'array', items: encodedValueSchema }
        }
      }
    },
    untrackedNotListed: {
      type: 'integer',
      minimum: 1,
      description: 'Metrics of this run the baseline does not track (new or ignored) beyond the first listed; absent when none'
    },
    reproducibleShare: { type: ['number', 'null'], minimum: 0, maximum: 1 },
    defaultBranchRuns: { type: 'integer', minimum: 0 },
    verdict: { enum: ['match', 'drift', 'none'] },
    changes: { type: 'array', items: envChangeSchema },
    warnings: { type: 'array', items: { type: 'string' } }
  }
}
