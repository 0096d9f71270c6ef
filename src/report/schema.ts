/**
 * The JSON Schema of the report, published as schema/report.schema.json (written by
 * `repro-gate schema`; a test keeps the committed file equal to this object). Sections owned by
 * other stages (environment, lockfiles, baseline, legs) bring their own fragments.
 */
import { encodedValueSchema } from '../metrics/values.js'
import { nonNegative, nullableNumber, nullableString } from '../json-schema.js'
import { toleranceSchema } from '../inputs/tolerance.js'
import { environmentSchema, lockfilesSchema } from '../snapshot/schema.js'
import { baselineSchema } from '../compare/sections/baseline-schema.js'
import { legsSchema } from '../compare/sections/legs-schema.js'
import { likelyCauseSchema, seedAuditSchema, variationsSchema } from '../vary/schema.js'
import { FACTORS } from '../vary/types.js'
import { containmentSchema, leftoversSchema, workspaceFilesSchema } from '../runs/schema.js'

const encodedValue = encodedValueSchema
const tolerance = toleranceSchema
const runIndexList = { type: 'array', items: { type: 'integer', minimum: 1 } }

/** Builds the report schema around the section fragments. */
export function buildReportSchema(
  sections: {
    environment?: object
    lockfiles?: object
    baseline?: object
    legs?: object
  } = {}
): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/repro-gate/repro-gate/schema/report.schema.json',
    title: 'repro-gate report',
    description: 'What repro-gate ran, what each run reported, how the runs compare, and where they ran.',
    type: 'object',
    required: [
      'schemaVersion',
      'tool',
      'mode',
      'verdict',
      'reproducible',
      'createdAt',
      'durationMs',
      'inputs',
      'context',
      'seeds',
      'runs',
      'metrics',
      'artifacts',
      'drifted',
      'errors'
    ],
    additionalProperties: false,
    properties: {
      schemaVersion: { enum: [1, 2], description: '2 stores metrics compactly (fields at their defaults left out); 1 wrote every field' },
      tool: {
        type: 'object',
        required: ['name', 'version'],
        additionalProperties: false,
        properties: { name: { const: 'repro-gate' }, version: { type: 'string' } }
      },
      mode: { enum: ['gate', 'record', 'compare', 'publish', 'replay'] },
      verdict: { enum: ['reproducible', 'drift', 'error'] },
      reproducible: { type: 'boolean' },
      createdAt: { type: 'string', format: 'date-time' },
      durationMs: nonNegative,
      inputs: {
        type: 'object',
        required: [
          'command',
          'runs',
          'seed',
          'determinism',
          'metrics',
          'tolerance',
          'tolerances',
          'ignore',
          'artifacts',
          'workingDirectory',
          'timeoutMinutes',
          'failOnDrift',
          'reportPath'
        ],
        additionalProperties: false,
        properties: {
          command: { type: 'string' },
          runs: { type: 'integer', minimum: 2 },
          seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
          determinism: { enum: ['seeds', 'strict', 'off'] },
          metrics: { type: 'string' },
          tolerance,
          tolerances: {
            type: 'array',
            items: {
              type: 'object',
              required: ['pattern', 'tolerance'],
              additionalProperties: false,
              properties: { pattern: { type: 'string', minLength: 1 }, tolerance }
            }
          },
          ignore: { type: 'array', items: { type: 'string' } },
          artifacts: { type: 'array', items: { type: 'string' } },
          workingDirectory: { type: 'string' },
          timeoutMinutes: { type: ['number', 'null'], exclusiveMinimum: 0 },
          failOnDrift: { type: 'boolean' },
          failOnBaselineDrift: { type: 'boolean' },
          reportPath: { type: 'string' },
          vary: { type: 'array', items: { enum: [...FACTORS] } },
          varyMaxRuns: { type: 'integer', minimum: 0 },
          seedAudit: { enum: ['off', 'warn', 'fail'] },
          isolate: { type: 'string' }
        }
      },
      context: {
        type: 'object',
        required: ['repository', 'sha', 'ref', 'headSha', 'eventName', 'pullRequest', 'runId', 'runAttempt', 'job', 'serverUrl', 'runUrl'],
        additionalProperties: false,
        properties: {
          repository: nullableString,
          sha: nullableString,
          ref: nullableString,
          headSha: nullableString,
          eventName: nullableString,
          pullRequest: { type: ['integer', 'null'] },
          runId: nullableString,
          runAttempt: nullableString,
          job: nullableString,
          serverUrl: { type: 'string' },
          runUrl: nullableString
        }
      },
      seeds: {
        type: 'object',
        required: ['set', 'keptFromUser'],
        additionalProperties: false,
        properties: {
          set: { type: 'object', additionalProperties: { type: 'string' } },
          keptFromUser: { type: 'object', additionalProperties: { type: 'string' } }
        }
      },
      runs: {
        type: 'array',
        items: {
          type: 'object',
          required: [
            'index',
            'exitCode',
            'signal',
            'durationMs',
            'timedOut',
            'cancelled',
            'outputDir',
            'metricsFile',
            'artifacts',
            'error',
            'outputTail'
          ],
          additionalProperties: false,
          properties: {
            index: { type: 'integer', minimum: 1 },
            exitCode: { type: ['integer', 'null'] },
            signal: nullableString,
            durationMs: nonNegative,
            timedOut: { type: 'boolean' },
            cancelled: { type: 'boolean' },
            outputDir: { type: 'string' },
            metricsFile: nullableString,
            metrics: {
              description: 'The values the run reported (version 2 leaves it out for the runs the metric comparison holds, in their order)',
              oneOf: [{ type: 'null' }, { type: 'object', additionalProperties: encodedValue }]
            },
            artifacts: {
              type: 'array',
              items: {
                type: 'object',
                required: ['path', 'sha256', 'bytes'],
                additionalProperties: false,
                properties: {
                  path: { type: 'string' },
                  sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' },
                  bytes: { type: 'integer', minimum: 0 },
                  skipped: { type: 'string' },
                  copy: { type: 'string' }
                }
              }
            },
            error: nullableString,
            outputTail: { type: 'string' },
            leftovers: leftoversSchema
          }
        }
      },
      valuesPerMetric: {
        type: 'integer',
        minimum: 0,
        description: 'Version 2: how many values each metric has (one per compared run), for metrics stored with one `value`'
      },
      metrics: {
        type: 'array',
        description:
          'One comparison per metric. Version 2 leaves out each field at its default: status pass; value (all runs agree) for values; ' +
          'missingIn, driftRuns []; toleranceRule, reason null; tolerance as the rule (or the default) gives it, null for non-numbers; ' +
          'deviations 0 (relative null against 0) when the runs agree on a number, else null',
        items: {
          type: 'object',
          required: ['name'],
          oneOf: [{ required: ['values'] }, { required: ['value'] }],
          additionalProperties: false,
          properties: {
            name: { type: 'string' },
            status: { enum: ['pass', 'drift', 'ignored'] },
            value: encodedValue,
            values: { type: 'array', items: encodedValue },
            missingIn: runIndexList,
            tolerance: { oneOf: [{ type: 'null' }, tolerance] },
            toleranceRule: nullableString,
            maxAbsDeviation: nullableNumber,
            maxRelDeviation: nullableNumber,
            driftRuns: runIndexList,
            reason: nullableString
          }
        }
      },
      artifacts: {
        type: 'array',
        items: {
          type: 'object',
          required: ['path', 'status', 'sha256', 'bytes', 'driftRuns', 'reason'],
          additionalProperties: false,
          properties: {
            path: { type: 'string' },
            status: { enum: ['pass', 'drift'] },
            sha256: { type: 'array', items: { type: ['string', 'null'] } },
            bytes: { type: 'array', items: { type: ['integer', 'null'] } },
            driftRuns: runIndexList,
            reason: nullableString
          }
        }
      },
      drifted: {
        type: 'array',
        items: {
          type: 'object',
          required: ['kind', 'name'],
          additionalProperties: false,
          properties: { kind: { enum: ['metric', 'artifact', 'variation'] }, name: { type: 'string' } }
        }
      },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['run', 'message'],
          additionalProperties: false,
          properties: { run: { type: ['integer', 'null'] }, message: { type: 'string' } }
        }
      },
      files: workspaceFilesSchema,
      environment: sections.environment ?? { type: 'object' },
      lockfiles: sections.lockfiles ?? { type: 'array', items: { type: 'object' } },
      baseline: sections.baseline ?? { type: 'object' },
      legs: sections.legs ?? { type: 'object' },
      variations: variationsSchema,
      seedAudit: seedAuditSchema,
      likelyCause: likelyCauseSchema,
      exposure: {
        type: 'object',
        description: "What the experiment could read of the gate's secrets although its environment lacked them: variable names only.",
        required: ['readableVariables', 'hostedRunner', 'note'],
        additionalProperties: false,
        properties: {
          readableVariables: { type: 'array', items: { type: 'string' } },
          hostedRunner: { type: 'boolean' },
          note: { type: 'string' }
        }
      },
      containment: containmentSchema
    }
  }
}

export const reportSchema = buildReportSchema({
  environment: environmentSchema,
  lockfiles: lockfilesSchema,
  baseline: baselineSchema,
  legs: legsSchema
})
