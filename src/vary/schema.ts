/** JSON Schema fragments of the variation stage's report sections (see types.ts). */
import { encodedValueSchema } from '../metrics/values.js'
import { nonNegative, nullableString } from '../json-schema.js'
import { toleranceSchema } from '../inputs/tolerance.js'
import { FACTORS } from './types.js'

const factorName = { enum: [...FACTORS] }
const factorList = { type: 'array', items: factorName }

const change = {
  type: 'object',
  required: ['kind', 'name', 'control', 'varied', 'absDeviation'],
  additionalProperties: false,
  properties: {
    kind: { enum: ['metric', 'artifact'] },
    name: { type: 'string' },
    control: encodedValueSchema,
    varied: encodedValueSchema,
    absDeviation: { type: ['number', 'null'], minimum: 0 }
  }
}

export const variationsSchema = {
  type: 'object',
  description: 'Variation runs: each factor varied or not (and why not), the culprits with what they move, and the runs spent.',
  required: ['requested', 'factors', 'status', 'message', 'culprits', 'untested', 'runs', 'maxRuns', 'durationMs'],
  additionalProperties: false,
  properties: {
    requested: factorList,
    factors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'varied', 'reason', 'control', 'value', 'variables', 'note'],
        additionalProperties: false,
        properties: {
          name: factorName,
          varied: { type: 'boolean' },
          reason: nullableString,
          control: { type: 'string' },
          value: nullableString,
          variables: { type: 'object', additionalProperties: nullableString },
          note: nullableString
        }
      }
    },
    status: { enum: ['insensitive', 'sensitive', 'interaction', 'inconclusive', 'skipped'] },
    message: { type: 'string' },
    culprits: {
      type: 'array',
      items: {
        type: 'object',
        required: ['factor', 'changes', 'error', 'summary'],
        additionalProperties: false,
        properties: { factor: factorName, changes: { type: 'array', items: change }, error: nullableString, summary: { type: 'string' } }
      }
    },
    untested: factorList,
    runs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['factors', 'outcome', 'changes', 'error', 'durationMs', 'outputDir'],
        additionalProperties: false,
        properties: {
          factors: factorList,
          outcome: { enum: ['agrees', 'drift', 'failed'] },
          changes: { type: 'array', items: change },
          error: nullableString,
          durationMs: nonNegative,
          outputDir: { type: 'string' }
        }
      }
    },
    maxRuns: { type: 'integer', minimum: 0 },
    durationMs: nonNegative
  }
}

export const seedAuditSchema = {
  type: 'object',
  description: 'The seed audit: one run with another seed; whether anything moved, and how far per metric.',
  required: ['level', 'seed', 'auditSeed', 'variables', 'wired', 'message', 'spread', 'artifactsChanged', 'error', 'durationMs'],
  additionalProperties: false,
  properties: {
    level: { enum: ['warn', 'fail'] },
    seed: { type: 'integer', minimum: 0 },
    auditSeed: { type: 'integer', minimum: 0 },
    variables: { type: 'object', additionalProperties: { type: 'string' } },
    wired: { type: ['boolean', 'null'] },
    message: { type: 'string' },
    spread: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'tolerance', 'control', 'audit', 'spread'],
        additionalProperties: false,
        properties: {
          name: { type: 'string' },
          tolerance: { oneOf: [toleranceSchema, { type: 'null' }] },
          control: encodedValueSchema,
          audit: encodedValueSchema,
          spread: { type: ['number', 'null'], minimum: 0 }
        }
      }
    },
    artifactsChanged: { type: 'array', items: { type: 'string' } },
    error: nullableString,
    durationMs: nonNegative
  }
}

export const likelyCauseSchema = {
  type: 'object',
  description: 'The best reading of why the plain repeats drifted, with its evidence.',
  required: ['kind', 'summary', 'evidence', 'suggestion'],
  additionalProperties: false,
  properties: {
    kind: { enum: ['reduction-order', 'unseeded-generator', 'artifact-content'] },
    summary: { type: 'string' },
    evidence: { type: 'array', items: { type: 'string' } },
    suggestion: nullableString
  }
}
