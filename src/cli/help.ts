import { VERSION } from '../version.js'

export const EXIT_CODES = `Exit codes (every subcommand):
  0  reproducible / reports match (also drift when --fail-on-drift false)
  1  drift: a metric or artifact moved beyond tolerance
  2  error: bad input, the experiment crashed, timed out, or wrote no/invalid metrics`

export const HELP = `repro-gate ${VERSION} — run an experiment several times with pinned seeds and fail on drift.

Usage:
  repro-gate [flags] -- <command words…>      run the gate (the words are quoted for bash as given)
  repro-gate --command "python train.py" [flags]
  repro-gate diff <a.json> <b.json> [--tolerance <tol>] [--json]
                                               compare two reports: metrics (A's tolerances unless
                                               --tolerance) and what changed in the environment
  repro-gate replay <report.json> [--yes] [--runs <n>]
                                               re-run a recorded command here with its seed and
                                               variables, after confirmation (or --yes), and compare
  repro-gate verify <statement | bundle> [files…]
                                               check files against an attestation's sha256 digests
                                               and its verdict, offline (digests, not signatures)
  repro-gate schema [predicate]                print the report's (or the attestation predicate's) JSON Schema
  repro-gate --version | --help

Flags (the action's input names):
  --command <cmd>            run with bash -e -o pipefail -c (required unless given after --)
  --runs <n>                 runs, at least 2 (default 2)
  --seed <n>                 0…4294967295, exported as REPRO_SEED (default 42)
  --determinism <level>      seeds (default) | strict | off
                               seeds:  PYTHONHASHSEED, PL_GLOBAL_SEED = seed
                               strict: also CUBLAS_WORKSPACE_CONFIG=:4096:8, TF_DETERMINISTIC_OPS=1,
                                       TF_CUDNN_DETERMINISTIC=1, PL_SEED_WORKERS=1, XLA_FLAGS+=--xla_gpu_deterministic_ops=true
                               off:    only REPRO_SEED, REPRO_RUN, REPRO_RUNS, REPRO_OUTPUT_DIR
                             variables you already set are never overwritten
  --metrics <path>           metrics file the experiment writes: .json, .yaml/.yml, .toml (default metrics.json)
  --tolerance <tol>          one number (absolute) or atol=…,rtol=… ; |a−b| ≤ atol + rtol·|b| (default 0)
  --tolerances <rule>        per-metric "<pattern>: atol=…,rtol=…" (repeatable; first match wins)
  --ignore <pattern>         metric pattern reported but not compared (repeatable)
  --artifacts <glob>         output files that must be bit-identical across runs (repeatable)
  --working-directory <dir>  where the command runs; other paths resolve against it (default .)
  --timeout-minutes <n>      per run; the whole process tree is killed on timeout
  --fail-on-drift <bool>     true (default) | false: drift exits 0 with a warning
  --report-path <path>       JSON report (default repro-report.json)
  --vary <factors>           after the repeats, vary hashseed, timezone, locale, threads, cwd, umask,
                             home, hostname (comma list, repeatable; all, all,-timezone) and name
                             the factors the results change with
  --vary-max-runs <n>        most extra runs for --vary (default 1 + the number of factors)
  --seed-audit <level>       off (default) | warn | fail: one run with another seed; nothing changes
                             = the seed is probably not wired
  --python <exe>             interpreter to describe in the environment (default python3)
  --images <ref>             container image to resolve to a digest (repeatable)
  --lockfiles <glob>         dependency lockfiles (repeatable; default: auto-detect)
  --data <glob>              input data files to fingerprint (repeatable)
  --no-snapshot              skip the environment capture
  --attestation <when>       false (default) | true (reproducible runs only) | always: write an in-toto
                             statement, its predicate and the subjects' sha256sum file beside the report

Metric patterns are dot-segment globs over flattened names: * within a segment, ** across
segments, [ and ] literal (loss[3], train.*, eval.**).

${EXIT_CODES}
`
