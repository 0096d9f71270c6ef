/**
 * Every input lives here once: its name, its default, its allowed values and its CLI flag. The
 * action reads these (src/inputs/inputs.ts), the CLI derives its flags, its parser and its --help
 * from them (src/cli/), and __tests__/inputs/contract.test.ts fails when action.yml, --help or the
 * README's input table says anything else. Adding an input: CONTRIBUTING.md.
 */
import { FACTORS, SEED_AUDIT_LEVELS } from './vary.js'

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
  Isolate: 'isolate',
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

/** The two spellings a true/false input accepts. */
export const Booleans = ['true', 'false'] as const

/**
 * Each input's default as action.yml writes it (the runner passes it when the workflow does not);
 * '' = none, the gate works one out (see InputDefaultText). An expression (`${{ … }}`) is the
 * runner's to evaluate: the CLI and readInputs never use it as a value.
 */
export const InputDefaults: Readonly<Record<InputName, string>> = {
  mode: 'gate',
  command: '',
  runs: '2',
  seed: '42',
  determinism: 'seeds',
  metrics: 'metrics.json',
  tolerance: '0',
  tolerances: '',
  ignore: '',
  artifacts: '',
  'working-directory': '.',
  'timeout-minutes': '',
  isolate: 'false',
  'fail-on-drift': 'true',
  'report-path': 'repro-report.json',
  vary: '',
  'vary-max-runs': '',
  'seed-audit': 'off',
  python: '',
  images: '',
  lockfiles: '',
  data: '',
  snapshot: 'true',
  comment: 'always',
  'comment-key': '',
  'comment-author': '',
  'github-token': '${{ github.token }}',
  'check-name': '',
  'allow-pull-request-target-i-understand-the-risk': 'false',
  baseline: 'true',
  'baseline-key': '',
  'baseline-tolerance': '',
  'fail-on-baseline-drift': 'false',
  'reference-leg': '',
  'report-artifact': 'repro-report',
  attestation: 'false'
}

/**
 * What an input without a written default does when it is not given, where the README's default
 * column and --help say so (the others show —; their README line says what happens).
 */
export const InputDefaultText: Readonly<Partial<Record<InputName, string>>> = {
  'vary-max-runs': '1 + the number of factors',
  python: '`python3`',
  lockfiles: 'auto-detect'
}

/** The values an input takes when it is one of a list (the first in each list is not necessarily the default). */
export const InputChoices: Readonly<Partial<Record<InputName, readonly string[]>>> = {
  mode: Modes,
  determinism: DeterminismLevels,
  'fail-on-drift': Booleans,
  'seed-audit': SEED_AUDIT_LEVELS,
  snapshot: Booleans,
  comment: CommentPolicies,
  'allow-pull-request-target-i-understand-the-risk': Booleans,
  baseline: Booleans,
  'fail-on-baseline-drift': Booleans,
  attestation: AttestationPolicies
}

/** The factor names `vary` takes (a list, not one choice): the README and --help name each. */
export const VaryWords: readonly string[] = ['all', ...FACTORS]

/** An input's CLI flag: `--<input name> <value>`, with one line of help (more lines after a newline). */
export interface Flag {
  /** The placeholder of its value in --help: `--runs <n>`. */
  value: string
  /** What it does; the default and the allowed values are added from InputDefaults and InputChoices. */
  help: string
  /** Each repetition adds a line, as a multi-line input does in a workflow. */
  repeatable?: boolean
  /** The CLI also takes `--no-<name>` for `false`; this is that flag's help, shown instead. */
  negation?: string
  /** The value of the flag given alone (followed by another flag, `--` or nothing): `--isolate` = `true`. */
  bare?: string
}

/** Every input's CLI flag; null = an input of the action alone (it needs a GitHub workflow). */
export const InputFlags: Readonly<Record<InputName, Flag | null>> = {
  mode: null,
  command: { value: 'cmd', help: 'run with bash -e -o pipefail -c (required unless given after --)' },
  runs: { value: 'n', help: 'runs, at least 2' },
  seed: { value: 'n', help: '0…4294967295, exported as REPRO_SEED' },
  determinism: {
    value: 'level',
    help: [
      '',
      '  seeds:  PYTHONHASHSEED, PL_GLOBAL_SEED = seed',
      '  strict: also CUBLAS_WORKSPACE_CONFIG=:4096:8, TF_DETERMINISTIC_OPS=1,',
      '          TF_CUDNN_DETERMINISTIC=1, PL_SEED_WORKERS=1, XLA_FLAGS+=--xla_gpu_deterministic_ops=true',
      '  off:    only REPRO_SEED, REPRO_RUN, REPRO_RUNS, REPRO_OUTPUT_DIR',
      'variables you already set are never overwritten'
    ].join('\n')
  },
  metrics: { value: 'path', help: 'metrics file the experiment writes: .json, .yaml/.yml, .toml' },
  tolerance: { value: 'tol', help: 'one number (absolute) or atol=…,rtol=… ; |a−b| ≤ atol + rtol·|b|' },
  tolerances: { value: 'rule', help: 'per-metric "<pattern>: atol=…,rtol=…"; the first match wins', repeatable: true },
  ignore: { value: 'pattern', help: 'metric pattern reported but not compared', repeatable: true },
  artifacts: { value: 'glob', help: 'output files that must be bit-identical across runs', repeatable: true },
  'working-directory': { value: 'dir', help: 'where the command runs; other paths resolve against it' },
  'timeout-minutes': { value: 'n', help: 'per run; the whole process tree is killed on timeout' },
  isolate: {
    value: 'user',
    help: "alone: run the experiment as nobody (or <user>, uid[:gid]) with no_new_privs,\nits own PID namespace and /proc, without the job's tokens (needs root or sudo -n)",
    bare: 'true'
  },
  'fail-on-drift': { value: 'bool', help: 'drift exits 0 with a warning' },
  'report-path': { value: 'path', help: 'JSON report' },
  vary: {
    value: 'factors',
    help: `after the repeats, vary factors and name the ones the results change with:\n${FACTORS.join(', ')}\n(comma list; all for every one, all,-timezone to leave one out)`,
    repeatable: true
  },
  'vary-max-runs': { value: 'n', help: 'most extra runs for --vary' },
  'seed-audit': { value: 'level', help: 'one run with another seed; nothing changes\n= the seed is probably not wired' },
  python: { value: 'exe', help: 'interpreter to describe in the environment' },
  images: { value: 'ref', help: 'container image to resolve to a digest', repeatable: true },
  lockfiles: { value: 'glob', help: 'dependency lockfiles', repeatable: true },
  data: { value: 'glob', help: 'input data files to fingerprint', repeatable: true },
  snapshot: { value: 'bool', help: 'capture the environment', negation: 'skip the environment capture' },
  comment: null,
  'comment-key': null,
  'comment-author': null,
  'github-token': null,
  'check-name': null,
  'allow-pull-request-target-i-understand-the-risk': null,
  baseline: null,
  'baseline-key': null,
  'baseline-tolerance': null,
  'fail-on-baseline-drift': null,
  'reference-leg': null,
  'report-artifact': null,
  attestation: {
    value: 'when',
    help: "write an in-toto statement (true: reproducible\nruns only), its predicate and the subjects' sha256sum file beside the report"
  }
}

/** The default readInputs uses for an input given as '' (none for an expression, which is the runner's). */
export function literalDefault(name: InputName): string {
  const value = InputDefaults[name]
  return value.startsWith('${{') ? '' : value
}
