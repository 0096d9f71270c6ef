/**
 * What the variation stage adds to the report: which factors of the environment were varied, what
 * moved with which factor, the seed audit, and a likely cause for a same-environment drift.
 * Owned by this stage, written once as JSON Schema fragments (the report's schema embeds them);
 * the types are derived from them, and the report and its renderers only read them.
 */
import { encodedValueSchema } from '../metrics/schema.js'
import { toleranceSchema } from '../inputs/schema.js'
import { closed, countOf, nonNegativeNumber, nullable, oneOf, recordOf, strings, Type, type Static } from '../json-schema.js'

import { FACTORS, SEED_AUDIT_LEVELS, type FactorName, type SeedAuditLevel } from '../inputs/vary.js'

export { FACTORS, SEED_AUDIT_LEVELS, type FactorName, type SeedAuditLevel }

const factorName = Type.Enum(FACTORS)
const factorList = Type.Array(factorName)

/** One factor as planned: varied or not (and why not), the control's effective value and the varied one. */
export const factorRecordSchema = closed({
  name: factorName,
  varied: Type.Boolean(),
  /** Why the factor could not be varied here; null when varied. */
  reason: nullable(Type.String()),
  /** The control's effective value, as measured (e.g. `C (LANG=fr_CH.UTF-8 is not installed)`). */
  control: Type.String(),
  /** The varied value; null when not varied. */
  value: nullable(Type.String()),
  /** Environment variables the varied run sets (null = removed). */
  variables: recordOf(nullable(Type.String())),
  /** Anything the reader should know about how it was varied (files linked instead of copied). */
  note: nullable(Type.String())
})
export type FactorRecord = Static<typeof factorRecordSchema>

/** A metric or artifact that differs from run 1 in a varied run. */
export const variationChangeSchema = closed({
  kind: Type.Enum(['metric', 'artifact']),
  name: Type.String(),
  /** Metric: run 1's value and the varied run's. Artifact: the sha256 of each (null = not produced). */
  control: encodedValueSchema,
  varied: encodedValueSchema,
  /** |varied − control| for numbers; null otherwise. */
  absDeviation: nullable(Type.Number({ minimum: 0 }))
})
export type VariationChange = Static<typeof variationChangeSchema>

/** One varied run: the factors it changed and what came out of it. */
export const variationRunSchema = closed({
  factors: factorList,
  /** `agrees` with run 1, `drift` beyond the repeats' spread, or `failed` where run 1 succeeded. */
  outcome: Type.Enum(['agrees', 'drift', 'failed']),
  changes: Type.Array(variationChangeSchema),
  /** Why the varied run failed (exit code, no metrics) with the last line of its output. */
  error: nullable(Type.String()),
  durationMs: nonNegativeNumber(),
  /** The run's own folder (its outputs, moved there like a repeat's). */
  outputDir: Type.String()
})
export type VariationRun = Static<typeof variationRunSchema>

export const culpritSchema = closed({
  factor: factorName,
  changes: Type.Array(variationChangeSchema),
  error: nullable(Type.String()),
  /** One sentence for a reviewer: what changes with the factor, with the values. */
  summary: Type.String()
})
export type Culprit = Static<typeof culpritSchema>

export const variationStatusSchema = Type.Enum([
  /** Everything varied at once agreed with run 1. */
  'insensitive',
  /** One or more factors were named as culprits. */
  'sensitive',
  /** Everything at once drifted, but no factor alone did: the drift needs factors together. */
  'interaction',
  /** The plain repeats already drift: no factor can be blamed beyond that noise. */
  'inconclusive',
  /** Not diagnosed: the runs failed, nothing could be varied here, or vary-max-runs ran out first. */
  'skipped'
])
export type VariationStatus = Static<typeof variationStatusSchema>

export const variationsSchema = closed(
  {
    /** The factors asked for (`all` expanded, exclusions applied). */
    requested: factorList,
    factors: Type.Array(factorRecordSchema),
    status: variationStatusSchema,
    /** One line for the reader ("insensitive to 7 factors in 1 extra run"). */
    message: Type.String(),
    culprits: Type.Array(culpritSchema),
    /** Factors the run budget (vary-max-runs) left untested after everything at once drifted. */
    untested: factorList,
    runs: Type.Array(variationRunSchema),
    maxRuns: countOf(),
    /** Wall time of the varied runs together. */
    durationMs: nonNegativeNumber()
  },
  { description: 'Variation runs: each factor varied or not (and why not), the culprits with what they move, and the runs spent.' }
)
export type VariationsSection = Static<typeof variationsSchema>

export const seedSpreadSchema = closed({
  name: Type.String(),
  tolerance: oneOf([toleranceSchema, Type.Null()]),
  control: encodedValueSchema,
  audit: encodedValueSchema,
  /** |audit − control|; null when not numeric. */
  spread: nullable(Type.Number({ minimum: 0 }))
})
export type SeedSpread = Static<typeof seedSpreadSchema>

/** The seed audit: one extra run with a different seed. */
export const seedAuditSchema = closed(
  {
    level: Type.Enum(['warn', 'fail']),
    /** The gate's seed and the audit's. */
    seed: countOf(),
    auditSeed: countOf(),
    /** Variables the audit run changed (REPRO_SEED, and PL_GLOBAL_SEED when the gate set it). */
    variables: recordOf(Type.String()),
    /** true: metrics or artifacts changed with the seed; false: nothing changed; null: the audit run failed. */
    wired: nullable(Type.Boolean()),
    message: Type.String(),
    /** Per numeric metric: the tolerance beside how far the seed moves it. */
    spread: Type.Array(seedSpreadSchema),
    artifactsChanged: strings(),
    error: nullable(Type.String()),
    durationMs: nonNegativeNumber()
  },
  { description: 'The seed audit: one run with another seed; whether anything moved, and how far per metric.' }
)
export type SeedAuditSection = Static<typeof seedAuditSchema>

export const likelyCauseKindSchema = Type.Enum(['reduction-order', 'unseeded-generator', 'artifact-content'])
export type LikelyCauseKind = Static<typeof likelyCauseKindSchema>

/** The best reading of why the plain repeats drifted, with the evidence it rests on. */
export const likelyCauseSchema = closed(
  {
    kind: likelyCauseKindSchema,
    /** "likely …", one sentence. */
    summary: Type.String(),
    evidence: strings(),
    suggestion: nullable(Type.String())
  },
  { description: 'The best reading of why the plain repeats drifted, with its evidence.' }
)
export type LikelyCause = Static<typeof likelyCauseSchema>

/** What this stage adds to the report (report/schema.ts spreads it in). */
export const varyReportSections = {
  /** Variation runs (input `vary`): factors, culprits, runs spent. */
  variations: Type.Optional(variationsSchema),
  /** The seed audit (input `seed-audit`). */
  seedAudit: Type.Optional(seedAuditSchema),
  /** The best reading of why the plain repeats drifted, when there is evidence. */
  likelyCause: Type.Optional(likelyCauseSchema)
}
