/**
 * Matrix record/compare: each matrix leg records its report as an artifact; one compare job reads
 * them all and compares every leg with the reference leg. This is the report's `legs` section,
 * written once as its JSON Schema; the types are derived from it.
 */
import { encodedValueSchema } from '../../metrics/schema.js'
import { closed, nullable, oneOf, recordOf, strings, Type, type Static } from '../../json-schema.js'
import { toleranceSchema } from '../../inputs/schema.js'
import { envChangeSchema, verdictSchema } from '../types.js'

/** A value per leg name; null where the leg lacks the metric. */
const valuesByLeg = recordOf(encodedValueSchema)

/** One recorded leg. */
export const legSummarySchema = closed({
  /** From the artifact name: `<runner name>-<job>-<attempt>`, sanitised. */
  name: Type.String(),
  artifact: Type.String(),
  /** Runner name, OS and image, e.g. "gpu-box-1 (Linux X64, ubuntu24 20260101.1)". */
  runner: nullable(Type.String()),
  fingerprint: nullable(Type.String()),
  /** The leg's own verdict across its runs. */
  verdict: verdictSchema,
  /** The leg's value of each metric (its reference run); null where missing. */
  metrics: valuesByLeg,
  /** True for the reference leg. */
  reference: Type.Boolean(),
  /** The leg differs from the reference beyond tolerance, or did not reproduce itself. */
  drift: Type.Boolean(),
  /** Metrics that differ from the reference leg. */
  driftedMetrics: strings(),
  /** `diffEnvironments(reference, leg)`, for drifting legs only. */
  changes: Type.Array(envChangeSchema)
})
export type LegSummary = Static<typeof legSummarySchema>

export const legMetricStatusSchema = Type.Enum(['pass', 'drift', 'ignored'])
export type LegMetricStatus = Static<typeof legMetricStatusSchema>

/** One metric across legs. */
export const legMetricSchema = closed({
  name: Type.String(),
  status: legMetricStatusSchema,
  /** Per leg name. */
  values: valuesByLeg,
  tolerance: oneOf([toleranceSchema, Type.Null()]),
  toleranceRule: nullable(Type.String()),
  maxAbsDeviation: nullable(Type.Number()),
  maxRelDeviation: nullable(Type.Number()),
  /** Legs whose value differs from the reference leg's. */
  driftLegs: strings(),
  reason: nullable(Type.String())
})
export type LegMetric = Static<typeof legMetricSchema>

export const legsSchema = closed(
  {
    /** The reference leg's name. */
    reference: Type.String(),
    /** 'input': reference-leg named it; 'first-by-name': the first leg in name order. */
    referenceChosenBy: Type.Enum(['input', 'first-by-name']),
    /** In name order. */
    legs: Type.Array(legSummarySchema),
    metrics: Type.Array(legMetricSchema),
    /** Names of the legs that drift, in name order. */
    driftingLegs: strings(),
    warnings: strings()
  },
  { description: 'Matrix compare: every recorded leg compared with the reference leg.' }
)
export type LegsSection = Static<typeof legsSchema>

/** The section in the report (report/schema.ts spreads it in). */
export const legsReportSections = {
  /** Matrix compare: one entry per recorded leg. */
  legs: Type.Optional(legsSchema)
}
