import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  AttestationPolicies,
  CommentPolicies,
  DeterminismLevels,
  Input,
  literalDefault,
  Modes,
  type AttestationPolicy,
  type Determinism,
  type InputName
} from './constants.js'
import { parseTolerance, parseToleranceRules, type Tolerance, type ToleranceRule } from './tolerance.js'
import { InputError } from '../errors.js'
import { compileMetricPattern } from './patterns.js'
import { formatFor, supportedExtensions } from '../metrics/parsers/index.js'
import { assertWritableFile } from './writable.js'
import { KeyRules, sanitizeKey } from '../keys.js'
import { parseVary, SEED_AUDIT_LEVELS, type FactorName, type SeedAuditLevel } from './vary.js'

export type GateMode = (typeof Modes)[number]
export type CommentPolicy = (typeof CommentPolicies)[number]

/** Everything the gate needs, validated and resolved once, up front. */
export interface Inputs {
  mode: GateMode
  command: string
  runs: number
  seed: number
  determinism: Determinism
  /** Absolute path of the metrics file the experiment writes. */
  metrics: string
  tolerance: Tolerance
  tolerances: ToleranceRule[]
  ignore: string[]
  /** Globs relative to workingDirectory (or absolute). */
  artifacts: string[]
  workingDirectory: string
  timeoutMinutes: number | null
  /** Run the experiment as this unprivileged user (its own PID namespace and /proc, no_new_privs, no tokens); null = not isolated. */
  isolate: IsolateUser | null
  failOnDrift: boolean
  reportPath: string
  /** Factors varied after the repeats (`all` expanded); empty = none. */
  vary: FactorName[]
  /** Cap on the variation runs (default 1 + the number of factors). */
  varyMaxRuns: number
  seedAudit: SeedAuditLevel
  // provenance
  python: string
  images: string[]
  /** Globs; empty means auto-detect. */
  lockfiles: string[]
  data: string[]
  /** Capture the environment at all (the CLI's --no-snapshot turns it off). */
  snapshot: boolean
  // the reviewer's view
  comment: CommentPolicy
  commentKey: string
  /** Publish mode: the keys whose reports may be published (`comment-key`, one per line). */
  commentKeys: string[]
  /** Login of the identity the token acts as, when it is an App's bot; null = discover. */
  commentAuthor: string | null
  githubToken: string
  checkName: string | null
  allowPullRequestTarget: boolean
  // baselines and matrix
  baseline: boolean
  baselineKey: string
  baselineTolerance: Tolerance
  failOnBaselineDrift: boolean
  referenceLeg: string | null
  reportArtifact: string
  /** Write an in-toto statement of the run: never, for a reproducible run, or for every verdict. */
  attestation: AttestationPolicy
}

/** Who an isolated experiment runs as: a user name, or a uid with an optional gid (resolved when the runs start). */
export interface IsolateUser {
  /** As given: `nobody` for `true`, else the name or `uid[:gid]`. */
  spec: string
}

/** `isolate`: `false`/'' = off, `true` = the `nobody` user, or a user name / `uid[:gid]` other than root. */
export function parseIsolate(raw: string): IsolateUser | null {
  const value = raw.trim()
  const lower = value.toLowerCase()
  if (lower === '' || lower === 'false') return null
  if (lower === 'true') return { spec: 'nobody' }
  if (/^\d+(:\d+)?$/.test(value) ? Number(value.split(':')[0]) === 0 : value === 'root') {
    throw new InputError(`${Input.Isolate}: got "${raw}": the experiment must run as an unprivileged user, not root (true = nobody)`)
  }
  if (!/^(\d+(:\d+)?|[a-z_][a-z0-9_.-]*\$?)$/i.test(value)) {
    throw new InputError(`${Input.Isolate}: got "${raw}", expected true, false, a user name or uid[:gid] (true = nobody)`)
  }
  return { spec: value }
}

/** Where raw input strings come from: `core.getInput` in the action, flags in the CLI. */
export interface InputSource {
  /** The raw value, or '' when not given. */
  get(name: InputName): string
}

const MAX_SEED = 4294967295
/** timeout-minutes at most: a self-hosted runner's job limit (5 days); hosted jobs stop at 360. */
export const MAX_TIMEOUT_MINUTES = 7200

function list(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}

/** The value given, trimmed, or the input's default (InputDefaults). */
function orDefault(name: InputName, raw: string): string {
  return raw.trim() || literalDefault(name)
}

function oneOf<T extends string>(name: InputName, raw: string, allowed: readonly T[]): T {
  const value = orDefault(name, raw)
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(`${name}: got "${raw}", expected one of: ${allowed.join(', ')}`)
}

function bool(name: InputName, raw: string): boolean {
  const value = orDefault(name, raw).toLowerCase()
  if (value === 'true') return true
  if (value === 'false') return false
  throw new InputError(`${name}: got "${raw}", expected true or false`)
}

/** A whole number from `min` to `max` (else `fallback` or the default); `why` follows the bounds in the error (what they protect). */
function integer(name: InputName, raw: string, min: number, max: number, why = '', fallback?: number): number {
  const text = raw.trim() === '' && fallback !== undefined ? String(fallback) : orDefault(name, raw)
  if (!/^[+-]?\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new InputError(`${name}: got "${raw}", expected a whole number from ${min} to ${max}${why ? ` (${why})` : ''}`)
  }
  return Number(text)
}

function resolveFrom(base: string, p: string): string {
  return path.isAbsolute(p) ? path.normalize(p) : path.resolve(base, p)
}

/** Letters, digits, `.`, `_` and single `-` only: other runs become one `-`. */
export function normalizeKey(key: string): string {
  return sanitizeKey(key, KeyRules.commentKey)
}

/** The default comment key: workflow file plus job id, so two gates in one PR keep two comments. */
export function defaultCommentKey(env: NodeJS.ProcessEnv): string {
  const workflowRef = env.GITHUB_WORKFLOW_REF ?? ''
  const file = workflowRef.split('@')[0]?.split('/').pop() ?? ''
  const workflow = (file || env.GITHUB_WORKFLOW || 'local').replace(/\.ya?ml$/, '')
  const job = env.GITHUB_JOB || 'repro-gate'
  return sanitizeKey(`${workflow}-${job}`, KeyRules.defaultCommentKey)
}

/**
 * Reads and validates every input. Throws InputError naming the input, the value received and
 * what is accepted; paths resolve as documented: working-directory against GITHUB_WORKSPACE
 * (or the current directory), every other path against working-directory.
 */
export function readInputs(source: InputSource, env: NodeJS.ProcessEnv = process.env): Inputs {
  const get = (name: InputName): string => source.get(name) ?? ''
  const mode = oneOf(Input.Mode, get(Input.Mode), Modes)

  const command = get(Input.Command).trim()
  const needsCommand = mode === 'gate' || mode === 'record'
  if (needsCommand && command === '') {
    throw new InputError(`${Input.Command}: required, e.g. "python train.py" (it runs with bash -e -o pipefail -c)`)
  }

  const runs = integer(Input.Runs, get(Input.Runs), 2, 100, 'one run proves nothing about reproducibility')
  const seed = integer(Input.Seed, get(Input.Seed), 0, MAX_SEED)
  const determinism = oneOf(Input.Determinism, get(Input.Determinism), DeterminismLevels)

  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const wdRaw = orDefault(Input.WorkingDirectory, get(Input.WorkingDirectory))
  const workingDirectory = resolveFrom(workspace, wdRaw)
  let stat: fs.Stats | undefined
  try {
    stat = fs.statSync(workingDirectory)
  } catch {
    stat = undefined
  }
  if (!stat?.isDirectory()) {
    throw new InputError(
      `${Input.WorkingDirectory}: "${wdRaw}" resolves to ${workingDirectory}, which is not an existing directory (did the checkout step run?)`
    )
  }

  const metricsRaw = orDefault(Input.Metrics, get(Input.Metrics))
  if (!formatFor(metricsRaw)) {
    throw new InputError(
      `${Input.Metrics}: "${metricsRaw}" has no supported extension; the metrics file must be ${supportedExtensions.join(', ')} (the format is chosen by extension)`
    )
  }
  const tolerance = parseTolerance(orDefault(Input.Tolerance, get(Input.Tolerance)), Input.Tolerance)
  const ignore = list(get(Input.Ignore))
  ignore.forEach((p) => compileMetricPattern(p))

  const timeoutRaw = get(Input.TimeoutMinutes).trim()
  let timeoutMinutes: number | null = null
  if (timeoutRaw !== '') {
    const n = Number(timeoutRaw)
    if (!Number.isFinite(n) || n <= 0 || n > MAX_TIMEOUT_MINUTES) {
      throw new InputError(
        `${Input.TimeoutMinutes}: got "${timeoutRaw}", expected a number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES} ` +
          `(the longest a self-hosted job may run; e.g. 30 or 0.5)`
      )
    }
    timeoutMinutes = n
  }

  // The report is written after the last run: a path it cannot go to must stop the gate before run 1.
  const reportPathRaw = orDefault(Input.ReportPath, get(Input.ReportPath))
  const reportPath = resolveFrom(workingDirectory, reportPathRaw)
  if (mode !== 'publish') assertWritableFile(Input.ReportPath, reportPathRaw, reportPath)
  let vary: FactorName[]
  try {
    vary = parseVary(get(Input.Vary), Input.Vary)
  } catch (err) {
    throw new InputError((err as Error).message)
  }
  const varyMaxRuns = integer(Input.VaryMaxRuns, get(Input.VaryMaxRuns), 0, 100, '', 1 + vary.length)

  // One spelling that survives every place the key goes (comment marker, cache key, artifact name).
  const commentKeys = list(get(Input.CommentKey)).map(normalizeKey)
  if (mode === 'publish' && commentKeys.length === 0) {
    throw new InputError(
      `${Input.CommentKey}: required in mode: publish — the comment key(s) of the gate job(s) whose reports this workflow posts, one per line ` +
        `(the gate's ${Input.CommentKey}, e.g. "train"). The triggering run's artifacts are written by the pull request's code, so a report under any other key is refused.`
    )
  }
  const commentKey = mode === 'publish' ? commentKeys[0]! : normalizeKey(get(Input.CommentKey).trim() || defaultCommentKey(env))
  const baselineToleranceRaw = get(Input.BaselineTolerance)
  const checkName = get(Input.CheckName).trim()

  return {
    mode,
    command,
    runs,
    seed,
    determinism,
    metrics: resolveFrom(workingDirectory, metricsRaw),
    tolerance,
    tolerances: parseToleranceRules(get(Input.Tolerances), Input.Tolerances),
    ignore,
    artifacts: list(get(Input.Artifacts)),
    workingDirectory,
    timeoutMinutes,
    isolate: parseIsolate(get(Input.Isolate)),
    failOnDrift: bool(Input.FailOnDrift, get(Input.FailOnDrift)),
    reportPath,
    vary,
    varyMaxRuns,
    seedAudit: oneOf(Input.SeedAudit, get(Input.SeedAudit), SEED_AUDIT_LEVELS),
    python: get(Input.Python).trim() || (process.platform === 'win32' ? 'python' : 'python3'),
    images: list(get(Input.Images)),
    lockfiles: list(get(Input.Lockfiles)),
    data: list(get(Input.Data)),
    snapshot: bool(Input.Snapshot, get(Input.Snapshot)),
    comment: oneOf(Input.Comment, get(Input.Comment), CommentPolicies),
    commentKey,
    commentKeys,
    commentAuthor: get(Input.CommentAuthor).trim() || null,
    githubToken: get(Input.GithubToken).trim(),
    checkName: checkName === '' ? null : checkName,
    allowPullRequestTarget: bool(Input.AllowPullRequestTarget, get(Input.AllowPullRequestTarget)),
    baseline: bool(Input.Baseline, get(Input.Baseline)),
    baselineKey: sanitizeKey(get(Input.BaselineKey).trim() || commentKey, KeyRules.baselineKey),
    baselineTolerance: baselineToleranceRaw.trim() === '' ? tolerance : parseTolerance(baselineToleranceRaw, Input.BaselineTolerance),
    failOnBaselineDrift: bool(Input.FailOnBaselineDrift, get(Input.FailOnBaselineDrift)),
    referenceLeg: get(Input.ReferenceLeg).trim() || null,
    reportArtifact: orDefault(Input.ReportArtifact, get(Input.ReportArtifact)),
    attestation: oneOf(Input.Attestation, get(Input.Attestation).toLowerCase(), AttestationPolicies)
  }
}
