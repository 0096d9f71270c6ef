/**
 * What the compare stage produces: per-metric and per-artifact comparisons across runs, the
 * verdict, and the environment changes between two reports. Each is written once as its JSON
 * Schema; the TypeScript type is derived from it.
 */
import { toleranceSchema } from '../inputs/schema.js'
import { encodedValueSchema } from '../metrics/schema.js'
import { closed, nullable, oneOf, Type, type Static } from '../json-schema.js'
import { EnvChangeCategories, type EnvChangeCategory } from './env-change-categories.js'

export const verdictSchema = Type.Enum(['reproducible', 'drift', 'error'])
export type Verdict = Static<typeof verdictSchema>

export const comparisonStatusSchema = Type.Enum(['pass', 'drift', 'ignored'])
export type ComparisonStatus = Static<typeof comparisonStatusSchema>

/** 1-based run indices. */
export const runIndexListSchema = Type.Array(Type.Integer({ minimum: 1 }))

/** A tolerance, or null where none applies (strings, booleans, null). */
export const toleranceOrNullSchema = oneOf([Type.Null(), toleranceSchema])

/**
 * One metric across the runs, as compared in memory. The report stores it compactly (fields at
 * their defaults left out): see report/stored.ts and report/schema.ts.
 */
export const metricComparisonSchema = closed({
  name: Type.String(),
  status: comparisonStatusSchema,
  /** One entry per run in run order; null where the metric is missing (see missingIn). */
  values: Type.Array(encodedValueSchema),
  /** 1-based indices of the runs where the metric was absent. */
  missingIn: runIndexListSchema,
  /** Tolerance applied (numbers only); null for strings, booleans, null. */
  tolerance: toleranceOrNullSchema,
  /** The tolerance rule's pattern that applied, or null for the default tolerance. */
  toleranceRule: nullable(Type.String()),
  /** max |a−b| over the runs compared with the reference; null when not numeric. */
  maxAbsDeviation: nullable(Type.Number()),
  /** max |a−b|/|b|; null when the reference is 0 or not numeric. */
  maxRelDeviation: nullable(Type.Number()),
  /** 1-based indices of runs that differ from the reference beyond tolerance. */
  driftRuns: runIndexListSchema,
  /** Human-readable reason when status is drift. */
  reason: nullable(Type.String())
})
export type MetricComparison = Static<typeof metricComparisonSchema>

export const artifactComparisonSchema = closed({
  path: Type.String(),
  status: Type.Enum(['pass', 'drift']),
  /** sha256 per run; null where the run did not produce it. */
  sha256: Type.Array(nullable(Type.String())),
  bytes: Type.Array(nullable(Type.Integer())),
  driftRuns: runIndexListSchema,
  reason: nullable(Type.String())
})
export type ArtifactComparison = Static<typeof artifactComparisonSchema>

export { EnvChangeCategories, type EnvChangeCategory }

/** One difference between where two reports were made. `before`/`after` are null when the thing was absent on that side. */
export const envChangeSchema = closed({
  category: Type.Enum(EnvChangeCategories),
  /** What changed: a package name, a lockfile path, `GPU driver`, a variable name. */
  subject: Type.String(),
  before: nullable(Type.String()),
  after: nullable(Type.String()),
  /** Where or why, e.g. the lockfile a package comes from. */
  detail: Type.Optional(Type.String())
})
export type EnvChange = Static<typeof envChangeSchema>
