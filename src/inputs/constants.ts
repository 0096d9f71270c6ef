/**
 * Input and output names live here once, so a rename is one edit (action.yml, the CLI
 * flags and the README table are checked against this list by tests).
 */
export const Input = {
  Mode: 'mode',
  Command: 'command',
  Runs: 'runs',
  Seed: 'seed',
  Determinism: 'determinism',
  Metrics: 'metrics',
  Tolerance: 'tolerance',
  Tolerances: 'tolerances',
  Ignore: 'ignore',
  Artifacts: 'artifacts',
  WorkingDirectory: 'working-directory',
  TimeoutMinutes: 'timeout-minutes',
  FailOnDrift: 'fail-on-drift',
  ReportPath: 'report-path',
  // hidden nondeterminism
  Vary: 'vary',
  VaryMaxRuns: 'vary-max-runs',
  SeedAudit: 'seed-audit',
  // provenance
  Python: 'python',
  Images: 'images',
  Lockfiles: 'lockfiles',
  Data: 'data',
  Snapshot: 'snapshot',
  // the reviewer's view
  Comment: 'comment',
  CommentKey: 'comment-key',
  CommentAuthor: 'comment-author',
  GithubToken: 'github-token',
  CheckName: 'check-name',
  AllowPullRequestTarget: 'allow-pull-request-target-i-understand-the-risk',
  // baselines and matrix
  Baseline: 'baseline',
  BaselineKey: 'baseline-key',
  BaselineTolerance: 'baseline-tolerance',
  FailOnBaselineDrift: 'fail-on-baseline-drift',
  ReferenceLeg: 'reference-leg',
  ReportArtifact: 'report-artifact',
  // signed evidence
  Attestation: 'attestation'
} as const
export type InputName = (typeof Input)[keyof typeof Input]

export const Output = {
  Verdict: 'verdict',
  Reproducible: 'reproducible',
  Drifted: 'drifted',
  DriftedCount: 'drifted-count',
  ReportPath: 'report-path',
  CommentUrl: 'comment-url',
  BaselineVerdict: 'baseline-verdict',
  AttestationPath: 'attestation-path',
  PredicatePath: 'predicate-path',
  PredicateType: 'predicate-type',
  SubjectChecksums: 'subject-checksums',
  SensitiveTo: 'sensitive-to',
  SeedWired: 'seed-wired'
} as const

export const Modes = ['gate', 'record', 'compare', 'publish'] as const
export const DeterminismLevels = ['seeds', 'strict', 'off'] as const
export type Determinism = (typeof DeterminismLevels)[number]
export const CommentPolicies = ['always', 'on-drift', 'never'] as const
/** `false` (no statement), `true` (a statement for a reproducible run only), `always` (for every verdict). */
export const AttestationPolicies = ['false', 'true', 'always'] as const
export type AttestationPolicy = (typeof AttestationPolicies)[number]
