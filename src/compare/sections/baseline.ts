/**
 * The report's `baseline` section: this report compared with the default branch's history. The
 * baseline stage (src/baseline/) fills it; its shape is a comparison, so it lives with compare.
 * Written once as its JSON Schema; the types are derived from it.
 */
import { encodedValueSchema } from '../../metrics/schema.js'
import { closed, countOf, nullable, oneOf, strings, Type, type Static } from '../../json-schema.js'
import { toleranceSchema } from '../../inputs/schema.js'
import { envChangeSchema } from '../types.js'

export const baselineMetricStatusSchema = Type.Enum(['match', 'drift', 'new', 'missing', 'ignored'])
export type BaselineMetricStatus = Static<typeof baselineMetricStatusSchema>

export const baselineMetricSchema = closed({
  name: Type.String(),
  status: baselineMetricStatusSchema,
  /** The baseline's newest value (null when the metric is new). */
  reference: encodedValueSchema,
  /** This report's value (its reference run); null when missing. */
  current: encodedValueSchema,
  tolerance: oneOf([toleranceSchema, Type.Null()]),
  toleranceRule: nullable(Type.String()),
  absDeviation: nullable(Type.Number()),
  relDeviation: nullable(Type.Number()),
  reason: nullable(Type.String()),
  /** The commit the reference value comes from. */
  referenceCommit: nullable(Type.String()),
  /** Default-branch values, oldest first (at most HISTORY_LIMIT). */
  trend: Type.Array(encodedValueSchema)
})
export type BaselineMetric = Static<typeof baselineMetricSchema>

/** This report compared with the default branch's newest reproducible result. */
export const baselineSchema = closed(
  {
    /** The `baseline-key` input. */
    key: Type.String(),
    /** What happened: compared with a restored history, saved a new one, both, or neither. */
    compared: Type.Boolean(),
    saved: Type.Boolean(),
    /** The commit and time of the newest default-branch run the metrics were compared with. */
    baselineCommit: nullable(Type.String()),
    baselineCreatedAt: nullable(Type.String()),
    baselineFingerprint: nullable(Type.String()),
    currentFingerprint: nullable(Type.String()),
    fingerprintChanged: Type.Boolean(),
    metrics: Type.Array(baselineMetricSchema),
    /**
     * Metrics of this run the history does not track (new, or ignored) past the first
     * MAX_UNTRACKED_LISTED: counted, not listed (a million metrics against a history of a thousand).
     */
    untrackedNotListed: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'Metrics of this run the baseline does not track (new or ignored) beyond the first listed; absent when none'
      })
    ),
    /** Reproducible share of the recorded default-branch runs (0..1), null when there are none. */
    reproducibleShare: nullable(Type.Number({ minimum: 0, maximum: 1 })),
    /** How many default-branch runs the share is over. */
    defaultBranchRuns: countOf(),
    /** match: every metric within baseline-tolerance; drift: one moved or went missing; none: nothing to compare. */
    verdict: Type.Enum(['match', 'drift', 'none']),
    /** Environment changes since the baseline, when a metric drifted or the fingerprint differs. */
    changes: Type.Array(envChangeSchema),
    /** Cache misses, an absent cache service, a re-run: never failures. */
    warnings: strings()
  },
  { description: "This report compared with the default branch's newest reproducible result (restored from the Actions cache)." }
)
export type BaselineSection = Static<typeof baselineSchema>

/** The section in the report (report/schema.ts spreads it in). */
export const baselineReportSections = {
  /** Comparison against the default branch's baseline, when one was restored. */
  baseline: Type.Optional(baselineSchema)
}
