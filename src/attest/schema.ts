/**
 * The JSON Schema (draft-07) of the attestation predicate, published as
 * schema/attestation-predicate.schema.json (written by `repro-gate schema predicate`; a test keeps
 * the committed file equal to this object), and the predicate's types, derived from it. It holds
 * for both predicate types.
 */
import { DeterminismLevels } from '../inputs/constants.js'
import { toleranceSchema } from '../inputs/schema.js'
import { encodedValueSchema } from '../metrics/schema.js'
import { verdictSchema } from '../compare/types.js'
import { PredicateType } from './uris.js'
import { closed, countOf, nonNegativeNumber, nullable, oneOf, published, recordOf, strings, Type, type Static } from '../json-schema.js'

/** One line per part of the environment, for people. */
export const environmentSummarySchema = closed({
  os: nullable(Type.String()),
  cpu: nullable(Type.String()),
  gpu: nullable(Type.String()),
  runner: nullable(Type.String()),
  container: nullable(Type.String()),
  python: nullable(Type.String()),
  frameworks: recordOf(Type.String()),
  node: Type.String()
})
export type EnvironmentSummary = Static<typeof environmentSummarySchema>

const sha256Hex = Type.String({ pattern: '^[0-9a-f]{64}$' })

/** One metric as attested: its reference value (run 1) and how the other runs compared. */
export const predicateMetricSchema = closed({
  name: Type.String(),
  /** `unchecked`: fewer than two runs finished cleanly, so nothing was compared. */
  status: Type.Enum(['pass', 'drift', 'ignored', 'unchecked']),
  /** Run 1's value. */
  reference: encodedValueSchema,
  /** Every run's value in run order (null where missing). */
  values: Type.Array(encodedValueSchema),
  tolerance: oneOf([toleranceSchema, Type.Null()]),
  maxAbsDeviation: nullable(Type.Number()),
  maxRelDeviation: nullable(Type.Number())
})
export type PredicateMetric = Static<typeof predicateMetricSchema>

/** One declared artifact: run 1's digest (the subject) and every run's. */
export const predicateArtifactSchema = closed({
  /** Relative to the workspace, as the subject is named. */
  name: Type.String(),
  /** `unchecked`: fewer than two runs finished cleanly, so nothing was compared. */
  status: Type.Enum(['pass', 'drift', 'unchecked']),
  /** Run 1's digest; null when run 1 did not write it. */
  sha256: oneOf([sha256Hex, Type.Null()]),
  bytes: nullable(Type.Integer({ minimum: 0 })),
  sha256PerRun: Type.Array(oneOf([sha256Hex, Type.Null()]))
})
export type PredicateArtifact = Static<typeof predicateArtifactSchema>

/**
 * Variation runs (issue #8): which environment factors were varied and which of them moved a
 * result. Optional: absent when the gate ran without `vary`, or in a version without the feature.
 */
export const predicateVariationsSchema = closed({
  /** Factors that moved a metric or artifact; [] when none did. */
  sensitiveTo: strings(),
  factors: Type.Array(closed({ name: Type.String(), varied: Type.Boolean(), sensitive: Type.Boolean(), reason: nullable(Type.String()) }))
})
export type PredicateVariations = Static<typeof predicateVariationsSchema>

/** The seed audit (issue #8): one run with another seed, to show the seed is wired at all. */
export const predicateSeedAuditSchema = closed({
  /** null when the audit did not reach a conclusion. */
  seedWired: nullable(Type.Boolean()),
  auditSeed: countOf(),
  changedMetrics: countOf()
})
export type PredicateSeedAudit = Static<typeof predicateSeedAuditSchema>

/** The predicate: what a verifier needs to trust the subjects, and nothing secret (it is redacted). Holds for both predicate types. */
export const predicateSchema = published(
  closed({
    verdict: verdictSchema,
    reproducible: Type.Boolean(),
    tool: closed({ name: Type.Literal('repro-gate'), version: Type.String() }),
    /** When the report was made. */
    createdAt: Type.String(),
    command: Type.String(),
    /** Relative to the workspace. */
    workingDirectory: Type.String(),
    runs: closed({
      requested: Type.Integer({ minimum: 2 }),
      /** Runs that were started. */
      executed: countOf(),
      /** Runs that finished cleanly and were compared. */
      compared: countOf(),
      durationsMs: Type.Array(nonNegativeNumber())
    }),
    seed: closed({
      value: Type.Integer({ minimum: 0, maximum: 4294967295 }),
      determinism: Type.Enum(DeterminismLevels),
      /** The variables the gate set for every run. */
      variables: recordOf(Type.String()),
      /** Seed and determinism variables the step had already set (never overwritten). */
      keptFromUser: recordOf(Type.String())
    }),
    tolerance: closed({
      default: toleranceSchema,
      rules: Type.Array(closed({ pattern: Type.String(), tolerance: toleranceSchema })),
      ignore: strings()
    }),
    metrics: closed({
      /** The metrics file, relative to the workspace (a subject). */
      file: Type.String(),
      total: countOf(),
      drifted: countOf(),
      ignored: countOf(),
      /** How many are listed in items: all of them unless the set is too large (drifted ones first). */
      listed: countOf(),
      items: Type.Array(predicateMetricSchema)
    }),
    artifacts: closed({ total: countOf(), drifted: countOf(), listed: countOf(), items: Type.Array(predicateArtifactSchema) }),
    /** Why the verdict is error, when it is. */
    errors: strings(),
    source: closed({
      repository: nullable(Type.String()),
      /** GITHUB_SHA: the commit checked out (the merge commit on a pull request). */
      commit: nullable(Type.String()),
      /** The pull request's head commit. */
      headCommit: nullable(Type.String()),
      ref: nullable(Type.String()),
      eventName: nullable(Type.String()),
      pullRequest: nullable(Type.Integer())
    }),
    workflow: closed({
      name: nullable(Type.String()),
      /** owner/repo/.github/workflows/file.yml@ref: the identity a signing certificate also names. */
      ref: nullable(Type.String()),
      job: nullable(Type.String()),
      runId: nullable(Type.String()),
      runAttempt: nullable(Type.String()),
      runUrl: nullable(Type.String())
    }),
    environment: oneOf([
      Type.Null(),
      closed({
        fingerprint: sha256Hex,
        /** The parts hashed into the fingerprint (hardware model, OS, image, GPU driver, digests, locks, toolchains). */
        parts: recordOf(Type.String()),
        summary: environmentSummarySchema,
        data: Type.Array(closed({ path: Type.String(), sha256: sha256Hex, bytes: countOf() }))
      })
    ]),
    lockfiles: Type.Array(
      closed({
        path: Type.String(),
        format: Type.String(),
        sha256: Type.String({ pattern: '^([0-9a-f]{64})?$' }),
        packages: countOf(),
        unpinned: countOf()
      })
    ),
    /** The JSON report this predicate summarises. */
    report: closed({ path: Type.String(), sha256: sha256Hex, schemaVersion: Type.Integer({ minimum: 1 }) }),
    variations: Type.Optional(predicateVariationsSchema),
    seedAudit: Type.Optional(predicateSeedAuditSchema)
  }),
  {
    $id: 'https://github.com/repro-gate/repro-gate/schema/attestation-predicate.schema.json',
    title: 'repro-gate attestation predicate',
    description:
      `The predicate of an in-toto Statement v1 written by repro-gate. predicateType ${PredicateType.Reproducible} ` +
      `when the verdict is reproducible, ${PredicateType.NotReproducible} otherwise. The subjects are the reference ` +
      "run's metrics file and declared artifacts, named by their path relative to the workspace."
  }
)
export type ReproPredicate = Static<typeof predicateSchema>
