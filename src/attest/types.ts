/**
 * The attestation stage's data: an in-toto Statement v1 whose subjects are the reference run's
 * outputs and whose predicate says what the gate found. `actions/attest` signs it; `repro-gate
 * verify` and `gh attestation verify` read it. The predicate's JSON Schema is in `schema.ts`.
 */
import type { Determinism } from '../inputs/constants.js'
import type { Tolerance, ToleranceRule } from '../inputs/tolerance.js'
import type { EncodedValue } from '../metrics/values.js'
import type { Verdict } from '../compare/types.js'

export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
/** The DSSE payload type of an in-toto statement inside a Sigstore bundle. */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'

/**
 * Two predicate types, so a policy that asks for the reproducible one (`gh attestation verify
 * --predicate-type …/reproducible/v1`) can never be met by a statement of a drifting or failed run.
 * Both carry the same predicate shape; the major version is part of the URI.
 */
export const PredicateType = {
  Reproducible: 'https://github.com/repro-gate/repro-gate/attestation/reproducible/v1',
  NotReproducible: 'https://github.com/repro-gate/repro-gate/attestation/not-reproducible/v1'
} as const
export type PredicateTypeUri = (typeof PredicateType)[keyof typeof PredicateType]

export const PREDICATE_TYPES: readonly string[] = Object.values(PredicateType)

export interface Subject {
  /** Path relative to the workspace, forward slashes (what `sha256sum -c` reads there). */
  name: string
  digest: { sha256: string }
}

export interface Statement {
  _type: typeof STATEMENT_TYPE
  subject: Subject[]
  predicateType: PredicateTypeUri
  predicate: ReproPredicate
}

/** One metric as attested: its reference value (run 1) and how the other runs compared. */
export interface PredicateMetric {
  name: string
  /** `unchecked`: fewer than two runs finished cleanly, so nothing was compared. */
  status: 'pass' | 'drift' | 'ignored' | 'unchecked'
  /** Run 1's value. */
  reference: EncodedValue
  /** Every run's value in run order (null where missing). */
  values: EncodedValue[]
  tolerance: Tolerance | null
  maxAbsDeviation: number | null
  maxRelDeviation: number | null
}

/** One declared artifact: run 1's digest (the subject) and every run's. */
export interface PredicateArtifact {
  /** Relative to the workspace, as the subject is named. */
  name: string
  /** `unchecked`: fewer than two runs finished cleanly, so nothing was compared. */
  status: 'pass' | 'drift' | 'unchecked'
  /** Run 1's digest; null when run 1 did not write it. */
  sha256: string | null
  bytes: number | null
  sha256PerRun: (string | null)[]
}

/**
 * Variation runs (issue #8): which environment factors were varied and which of them moved a
 * result. Optional: absent when the gate ran without `vary`, or in a version without the feature.
 */
export interface PredicateVariations {
  /** Factors that moved a metric or artifact; [] when none did. */
  sensitiveTo: string[]
  factors: { name: string; varied: boolean; sensitive: boolean; reason: string | null }[]
}

/** The seed audit (issue #8): one run with another seed, to show the seed is wired at all. */
export interface PredicateSeedAudit {
  /** null when the audit did not reach a conclusion. */
  seedWired: boolean | null
  auditSeed: number
  changedMetrics: number
}

/** The predicate: what a verifier needs to trust the subjects, and nothing secret (it is redacted). */
export interface ReproPredicate {
  verdict: Verdict
  reproducible: boolean
  tool: { name: 'repro-gate'; version: string }
  /** When the report was made. */
  createdAt: string
  command: string
  /** Relative to the workspace. */
  workingDirectory: string
  runs: {
    requested: number
    /** Runs that were started. */
    executed: number
    /** Runs that finished cleanly and were compared. */
    compared: number
    durationsMs: number[]
  }
  seed: {
    value: number
    determinism: Determinism
    /** The variables the gate set for every run. */
    variables: Record<string, string>
    /** Seed and determinism variables the step had already set (never overwritten). */
    keptFromUser: Record<string, string>
  }
  tolerance: { default: Tolerance; rules: ToleranceRule[]; ignore: string[] }
  metrics: {
    /** The metrics file, relative to the workspace (a subject). */
    file: string
    total: number
    drifted: number
    ignored: number
    /** How many are listed in items: all of them unless the set is too large (drifted ones first). */
    listed: number
    items: PredicateMetric[]
  }
  artifacts: { total: number; drifted: number; listed: number; items: PredicateArtifact[] }
  /** Why the verdict is error, when it is. */
  errors: string[]
  source: {
    repository: string | null
    /** GITHUB_SHA: the commit checked out (the merge commit on a pull request). */
    commit: string | null
    /** The pull request's head commit. */
    headCommit: string | null
    ref: string | null
    eventName: string | null
    pullRequest: number | null
  }
  workflow: {
    name: string | null
    /** owner/repo/.github/workflows/file.yml@ref: the identity a signing certificate also names. */
    ref: string | null
    job: string | null
    runId: string | null
    runAttempt: string | null
    runUrl: string | null
  }
  environment: {
    fingerprint: string
    /** The parts hashed into the fingerprint (hardware model, OS, image, GPU driver, digests, locks, toolchains). */
    parts: Record<string, string>
    summary: EnvironmentSummary
    data: { path: string; sha256: string; bytes: number }[]
  } | null
  lockfiles: { path: string; format: string; sha256: string; packages: number; unpinned: number }[]
  /** The JSON report this predicate summarises. */
  report: { path: string; sha256: string; schemaVersion: number }
  variations?: PredicateVariations
  seedAudit?: PredicateSeedAudit
}

/** One line per part of the environment, for people. */
export interface EnvironmentSummary {
  os: string | null
  cpu: string | null
  gpu: string | null
  runner: string | null
  container: string | null
  python: string | null
  frameworks: Record<string, string>
  node: string
}
