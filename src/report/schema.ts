/**
 * The report's shape, written once: the JSON Schema of the report, from which its TypeScript types
 * are derived (`types.ts` re-exports them). Each stage owns the fragment of what it produces
 * (`<stage>/types.ts`: runs, environment, lockfiles, comparisons, baseline, legs, variations …)
 * and names the report sections it adds (`<stage>ReportSections`); this file composes them and
 * adds the report's own fields (inputs, context, drift, errors).
 *
 * Two forms share every fragment: the report in memory (`Report`: every metric comparison with all
 * its fields, every compared run with its metrics) and the report as stored (`reportSchema`,
 * published as schema/report.schema.json by `repro-gate schema`: metrics compact, see stored.ts).
 * A test keeps the committed file equal to this object.
 */
import { DeterminismLevels } from '../inputs/constants.js'
import { toleranceRuleSchema, toleranceSchema } from '../inputs/schema.js'
import { FACTORS, SEED_AUDIT_LEVELS } from '../inputs/vary.js'
import { encodedValueSchema } from '../metrics/schema.js'
import { exposureReportSections, seedVariablesSchema } from '../plan/schema.js'
import { runRecordSchema, runsReportSections } from '../runs/types.js'
import { snapshotReportSections } from '../snapshot/types.js'
import { artifactComparisonSchema, metricComparisonSchema, verdictSchema } from '../compare/types.js'
import { baselineReportSections } from '../compare/sections/baseline.js'
import { legsReportSections } from '../compare/sections/legs.js'
import { varyReportSections } from '../vary/types.js'
import { SCHEMA_VERSION } from './schema-version.js'
import { closed, countOf, nonNegativeNumber, nullable, published, strings, Type, type Static } from '../json-schema.js'

export const modeSchema = Type.Enum(['gate', 'record', 'compare', 'publish', 'replay'])
export type Mode = Static<typeof modeSchema>

export const driftItemSchema = closed({
  /** `variation`: the results move with an environment factor (name = the factor). */
  kind: Type.Enum(['metric', 'artifact', 'variation']),
  name: Type.String()
})
export type DriftItem = Static<typeof driftItemSchema>

/** The inputs as resolved (absolute paths, parsed tolerances), minus the token. */
export const reportInputsSchema = closed({
  command: Type.String(),
  runs: Type.Integer({ minimum: 2 }),
  seed: Type.Integer({ minimum: 0, maximum: 4294967295 }),
  determinism: Type.Enum(DeterminismLevels),
  metrics: Type.String(),
  tolerance: toleranceSchema,
  tolerances: Type.Array(toleranceRuleSchema),
  ignore: strings(),
  artifacts: strings(),
  workingDirectory: Type.String(),
  timeoutMinutes: nullable(Type.Number({ exclusiveMinimum: 0 })),
  failOnDrift: Type.Boolean(),
  /** Whether moving away from the default-branch baseline fails the check (older reports lack it). */
  failOnBaselineDrift: Type.Optional(Type.Boolean()),
  reportPath: Type.String(),
  /** Factors varied after the repeats, vary-max-runs and the seed audit level (older reports lack them). */
  vary: Type.Optional(Type.Array(Type.Enum(FACTORS))),
  varyMaxRuns: Type.Optional(countOf()),
  seedAudit: Type.Optional(Type.Enum(SEED_AUDIT_LEVELS)),
  /** Input `isolate`, when on: the user the experiment was to run as (`nobody`, a name or uid[:gid]). */
  isolate: Type.Optional(Type.String())
})
export type ReportInputs = Static<typeof reportInputsSchema>

/** Where the report was made: enough to link back to it. */
export const reportContextSchema = closed({
  repository: nullable(Type.String()),
  sha: nullable(Type.String()),
  ref: nullable(Type.String()),
  /** The PR's head commit when the event is a pull request (GITHUB_SHA is the merge commit there). */
  headSha: nullable(Type.String()),
  eventName: nullable(Type.String()),
  pullRequest: nullable(Type.Integer()),
  runId: nullable(Type.String()),
  runAttempt: nullable(Type.String()),
  job: nullable(Type.String()),
  serverUrl: Type.String(),
  /** Link to the job's log, when known. */
  runUrl: nullable(Type.String())
})
export type ReportContext = Static<typeof reportContextSchema>

export const reportErrorSchema = closed({ run: nullable(Type.Integer()), message: Type.String() })
export type ReportError = Static<typeof reportErrorSchema>

/** The fields before the runs, in both forms. */
const head = {
  tool: closed({ name: Type.Literal('repro-gate'), version: Type.String() }),
  mode: modeSchema,
  verdict: verdictSchema,
  reproducible: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  durationMs: nonNegativeNumber(),
  inputs: reportInputsSchema,
  context: reportContextSchema,
  seeds: seedVariablesSchema
}

/**
 * The fields after the metrics, in both forms. A section is optional (older reports lack it) and
 * is declared by the stage that produces it, in its own file: this only spreads them in.
 */
const sections = {
  artifacts: Type.Array(artifactComparisonSchema),
  drifted: Type.Array(driftItemSchema),
  errors: Type.Array(reportErrorSchema),
  ...runsReportSections,
  ...snapshotReportSections,
  ...baselineReportSections,
  ...legsReportSections,
  ...varyReportSections,
  ...exposureReportSections
}

/** The report in memory: what every rendering and every later comparison reads. */
export const inMemoryReportSchema = closed({
  schemaVersion: Type.Literal(SCHEMA_VERSION),
  ...head,
  runs: Type.Array(runRecordSchema),
  metrics: Type.Array(metricComparisonSchema),
  ...sections
})
export type Report = Static<typeof inMemoryReportSchema>

/** A run as stored: version 2 leaves out the metrics of the runs the metric comparison holds, in their order. */
export const storedRunSchema = closed({
  ...runRecordSchema.properties,
  metrics: Type.Optional(
    Type.With(runRecordSchema.properties.metrics, {
      description: 'The values the run reported (version 2 leaves it out for the runs the metric comparison holds, in their order)'
    })
  )
})

const { name, ...comparisonFields } = metricComparisonSchema.properties

/** A metric as stored: the name, and each other field only where it differs from its default (stored.ts). */
export const storedMetricSchema = closed(
  {
    name,
    ...Type.Partial(Type.Object(comparisonFields)).properties,
    /** Every run's value, when they are all the same (the report's `valuesPerMetric` says how many). */
    value: Type.Optional(encodedValueSchema)
  },
  { oneOf: [{ required: ['values'] }, { required: ['value'] }] }
)
export type StoredMetric = Static<typeof storedMetricSchema>

/** The report as its file holds it: the published schema. */
export const reportSchema = published(
  closed({
    schemaVersion: Type.Enum([1, SCHEMA_VERSION], {
      description: '2 stores metrics compactly (fields at their defaults left out); 1 wrote every field'
    }),
    ...head,
    runs: Type.Array(storedRunSchema),
    valuesPerMetric: Type.Optional(
      Type.Integer({
        minimum: 0,
        description: 'Version 2: how many values each metric has (one per compared run), for metrics stored with one `value`'
      })
    ),
    metrics: Type.Array(storedMetricSchema, {
      description:
        'One comparison per metric. Version 2 leaves out each field at its default: status pass; value (all runs agree) for values; ' +
        'missingIn, driftRuns []; toleranceRule, reason null; tolerance as the rule (or the default) gives it, null for non-numbers; ' +
        'deviations 0 (relative null against 0) when the runs agree on a number, else null'
    }),
    ...sections
  }),
  {
    $id: 'https://github.com/repro-gate/repro-gate/schema/report.schema.json',
    title: 'repro-gate report',
    description: 'What repro-gate ran, what each run reported, how the runs compare, and where they ran.'
  }
)
export type StoredReport = Static<typeof reportSchema>
