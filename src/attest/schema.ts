/**
 * The JSON Schema (draft-07) of the attestation predicate, published as
 * schema/attestation-predicate.schema.json (written by `repro-gate schema predicate`; a test keeps
 * the committed file equal to this object). It mirrors `ReproPredicate` in types.ts and holds for
 * both predicate types.
 */
import { count, nonNegative, nullableNumber, nullableString, object, sha256Hex, str, type Schema } from '../json-schema.js'
import { toleranceSchema } from '../inputs/tolerance.js'
import { encodedValueSchema } from '../metrics/values.js'
import { PredicateType } from './types.js'

const stringMap: Schema = { type: 'object', additionalProperties: str }

const metricItem = object({
  name: str,
  status: { enum: ['pass', 'drift', 'ignored', 'unchecked'] },
  reference: encodedValueSchema,
  values: { type: 'array', items: encodedValueSchema },
  tolerance: { oneOf: [toleranceSchema, { type: 'null' }] },
  maxAbsDeviation: nullableNumber,
  maxRelDeviation: nullableNumber
})

const artifactItem = object({
  name: str,
  status: { enum: ['pass', 'drift', 'unchecked'] },
  sha256: { oneOf: [sha256Hex, { type: 'null' }] },
  bytes: { type: ['integer', 'null'], minimum: 0 },
  sha256PerRun: { type: 'array', items: { oneOf: [sha256Hex, { type: 'null' }] } }
})

const environmentSummary = object({
  os: nullableString,
  cpu: nullableString,
  gpu: nullableString,
  runner: nullableString,
  container: nullableString,
  python: nullableString,
  frameworks: stringMap,
  node: str
})

export const predicateSchema: Schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/repro-gate/repro-gate/schema/attestation-predicate.schema.json',
  title: 'repro-gate attestation predicate',
  description:
    `The predicate of an in-toto Statement v1 written by repro-gate. predicateType ${PredicateType.Reproducible} ` +
    `when the verdict is reproducible, ${PredicateType.NotReproducible} otherwise. The subjects are the reference ` +
    "run's metrics file and declared artifacts, named by their path relative to the workspace.",
  ...object(
    {
      verdict: { enum: ['reproducible', 'drift', 'error'] },
      reproducible: { type: 'boolean' },
      tool: object({ name: { const: 'repro-gate' }, version: str }),
      createdAt: str,
      command: str,
      workingDirectory: str,
      runs: object({
        requested: { type: 'integer', minimum: 2 },
        executed: count,
        compared: count,
        durationsMs: { type: 'array', items: nonNegative }
      }),
      seed: object({
        value: { type: 'integer', minimum: 0, maximum: 4294967295 },
        determinism: { enum: ['seeds', 'strict', 'off'] },
        variables: stringMap,
        keptFromUser: stringMap
      }),
      tolerance: object({
        default: toleranceSchema,
        rules: { type: 'array', items: object({ pattern: str, tolerance: toleranceSchema }) },
        ignore: { type: 'array', items: str }
      }),
      metrics: object({
        file: str,
        total: count,
        drifted: count,
        ignored: count,
        listed: count,
        items: { type: 'array', items: metricItem }
      }),
      artifacts: object({ total: count, drifted: count, listed: count, items: { type: 'array', items: artifactItem } }),
      errors: { type: 'array', items: str },
      source: object({
        repository: nullableString,
        commit: nullableString,
        headCommit: nullableString,
        ref: nullableString,
        eventName: nullableString,
        pullRequest: { type: ['integer', 'null'] }
      }),
      workflow: object({
        name: nullableString,
        ref: nullableString,
        job: nullableString,
        runId: nullableString,
        runAttempt: nullableString,
        runUrl: nullableString
      }),
      environment: {
        oneOf: [
          { type: 'null' },
          object({
            fingerprint: sha256Hex,
            parts: stringMap,
            summary: environmentSummary,
            data: { type: 'array', items: object({ path: str, sha256: sha256Hex, bytes: count }) }
          })
        ]
      },
      lockfiles: {
        type: 'array',
        items: object({
          path: str,
          format: str,
          sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' },
          packages: count,
          unpinned: count
        })
      },
      report: object({ path: str, sha256: sha256Hex, schemaVersion: { type: 'integer', minimum: 1 } }),
      variations: object({
        sensitiveTo: { type: 'array', items: str },
        factors: {
          type: 'array',
          items: object({ name: str, varied: { type: 'boolean' }, sensitive: { type: 'boolean' }, reason: nullableString })
        }
      }),
      seedAudit: object({ seedWired: { type: ['boolean', 'null'] }, auditSeed: count, changedMetrics: count })
    },
    ['variations', 'seedAudit']
  )
}
