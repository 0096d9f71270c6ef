/**
 * The baseline stage: compare with the default branch over time. On a pull request (or any event
 * but a default-branch push) the newest default-branch history is restored and compared; on a push
 * to the default branch the report is also merged into the history and saved under a new key.
 * The cache is optional: every problem with it is a notice or a warning, never a failure.
 */
import * as os from 'node:os'
import type { Report } from '../report/types.js'
import type { Inputs } from '../inputs/inputs.js'
import { readEventPayload } from '../report/context.js'
import { KeyRules, sanitizeKey } from '../keys.js'
import { actionLog } from '../action-log.js'
import type { Log } from '../log.js'
import { compareWithBaseline, emptySection } from './compare.js'
import { mergeHistories, recordReport, reportCommit } from './history.js'
import { ActionsCacheStore, CachedHistoryError, CacheModeError, CacheNotSavedError, unavailableReason } from './store.js'
import { HISTORY_MAX_METRICS, type BaselineHistory, type BaselineStore } from './types.js'
import { type BaselineSection } from '../compare/sections/baseline.js'
import { reportMetricValues } from '../compare/reports.js'
import { matchesAny } from '../inputs/patterns.js'
import { errorMessage } from '../errors.js'

export type { BaselineSection } from '../compare/sections/baseline.js'
export type { BaselineStore, BaselineHistory } from './types.js'
export { ActionsCacheStore, MemoryBaselineStore, HISTORY_PATH } from './store.js'
export { mergeHistories, recordReport } from './history.js'
export { compareWithBaseline } from './compare.js'

/** What the baseline stage logs: notices and warnings (never failures). */
export type BaselineLog = Pick<Log, 'notice' | 'warning'>

export interface BaselineDeps {
  /** Defaults to the Actions cache under GITHUB_WORKSPACE. */
  store?: BaselineStore
  /** Defaults to `@actions/core` annotations. */
  log?: BaselineLog
}

const MAX_KEY = 512

/**
 * `repro-gate-baseline-<key>--`. Cache keys are matched as string prefixes, so a single `-` would let
 * `…-train-` match `…-train-large-<sha>`; the key is sanitised to hold no `--` and not to end in
 * `-`, which makes `--` an unambiguous delimiter.
 */
export function baselineKeyPrefix(baselineKey: string): string {
  return `repro-gate-baseline-${sanitizeKey(baselineKey, KeyRules.cacheKey)}--`
}

/** The cache key for one commit's history. */
export function baselineCacheKey(baselineKey: string, commit: string): string {
  return `${baselineKeyPrefix(baselineKey)}${sanitizeKey(commit, KeyRules.cacheCommit)}`.slice(0, MAX_KEY)
}

/** True on a push to the repository's default branch (from the event payload). */
export function isDefaultBranchPush(env: NodeJS.ProcessEnv, payload: Record<string, unknown> = readEventPayload(env)): boolean {
  if (env.GITHUB_EVENT_NAME !== 'push') return false
  const repository = payload.repository as { default_branch?: unknown } | undefined
  const branch = repository?.default_branch
  return typeof branch === 'string' && branch !== '' && env.GITHUB_REF === `refs/heads/${branch}`
}

/**
 * On a pull request: restores the base branch's newest baseline and compares the report with it.
 * On a push to the default branch: also saves a report as part of the new baseline (values only
 * from a reproducible report). Never throws: a missing cache service is a warning. Returns
 * undefined outside GitHub Actions (a local run has no default-branch history to compare with).
 */
export async function baselineStage(
  report: Report,
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  deps: BaselineDeps = {}
): Promise<BaselineSection | undefined> {
  if (!inputs.baseline || (env.GITHUB_ACTIONS !== 'true' && !deps.store)) return undefined
  const log: BaselineLog = deps.log ?? actionLog()
  const warnings: string[] = []
  const said = new Set<string>()
  const note = (level: 'notice' | 'warning', message: string): void => {
    if (said.has(message)) return
    said.add(message)
    warnings.push(message)
    log[level](`baseline: ${message}`)
  }

  try {
    return await stage(report, inputs, env, deps.store, note, warnings)
  } catch (err) {
    // A history from a future version, a bug: the baseline is optional, so it is a warning.
    note('warning', `skipped (${errorMessage(err)})`)
    return emptySection(inputs.baselineKey, report, warnings)
  }
}

async function stage(
  report: Report,
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  given: BaselineStore | undefined,
  note: (level: 'notice' | 'warning', message: string) => void,
  warnings: string[]
): Promise<BaselineSection> {
  const prefix = baselineKeyPrefix(inputs.baselineKey)
  const commit = reportCommit(report)
  // The cache client reads process.env, so the store does too.
  const store = given ?? new ActionsCacheStore(env.RUNNER_TEMP || os.tmpdir())
  if (store instanceof ActionsCacheStore && !(await store.available().catch(() => false))) {
    note('warning', `${unavailableReason()}; the default-branch baseline was not compared or saved`)
    return emptySection(inputs.baselineKey, report, warnings)
  }

  let history: BaselineHistory | null = null
  let unread: string | null = null
  try {
    history = await store.restore(prefix)
  } catch (err) {
    // A history that came back unusable is replaced; one that did not come back, or that a newer
    // repro-gate wrote, is kept.
    if (err instanceof CachedHistoryError && err.newer) unread = 'the cached baseline was written by a newer repro-gate'
    else if (!(err instanceof CachedHistoryError))
      unread = err instanceof CacheModeError ? err.message : 'the baseline could not be restored'
    if (err instanceof CacheModeError) note('notice', `not restored: ${err.message}`)
    else note('warning', `could not restore the baseline (${errorMessage(err)}); continuing without it`)
  }

  const options = { tolerance: inputs.baselineTolerance, tolerances: inputs.tolerances, ignore: inputs.ignore }
  const section = history ? compareWithBaseline(report, history, options) : emptySection(inputs.baselineKey, report)
  section.warnings.forEach((w) => note('notice', w))
  if (!history && warnings.length === 0) {
    note(
      'notice',
      `no default-branch baseline for key "${inputs.baselineKey}" yet (none saved, or evicted after 7 days unused); it is saved by the next reproducible push to the default branch`
    )
  }

  if (isDefaultBranchPush(env) && commit !== null && report.verdict !== 'error' && unread !== null) {
    // Saving without the history read first would make this run alone the newest baseline.
    note('notice', `not saved: ${unread}, and a save without it would replace the baseline's history with this run alone`)
  } else if (isDefaultBranchPush(env) && commit !== null && report.verdict !== 'error') {
    await saveBaseline(store, history, report, inputs, prefix, commit, section, note)
  }
  section.warnings = warnings
  return section
}

async function saveBaseline(
  store: BaselineStore,
  restored: BaselineHistory | null,
  report: Report,
  inputs: Pick<Inputs, 'baselineKey' | 'ignore'>,
  prefix: string,
  commit: string,
  section: BaselineSection,
  note: (level: 'notice' | 'warning', message: string) => void
): Promise<void> {
  if (restored?.runs.some((r) => r.commit === commit)) {
    note('notice', `the baseline already holds commit ${commit.slice(0, 12)} (a re-run); cache keys are immutable, so the saved one stays`)
    return
  }
  // Restore once more just before saving: a concurrent push may have saved since; merging by
  // commit keeps its entries as well as ours.
  let fresh: BaselineHistory | null = null
  try {
    fresh = await store.restore(prefix)
  } catch (err) {
    // A newer repro-gate saved since: its history is not ours to replace.
    if (err instanceof CachedHistoryError && err.newer) {
      note('notice', `not saved: ${err.message}`)
      return
    }
    fresh = null
  }
  const base = restored && fresh ? mergeHistories(restored, fresh) : (fresh ?? restored)
  const history = recordReport(base, report, inputs.baselineKey, undefined, inputs.ignore)
  const tracked = [...reportMetricValues(report).keys()].filter((n) => !matchesAny(n, inputs.ignore)).length
  if (report.reproducible && tracked > HISTORY_MAX_METRICS) {
    note(
      'notice',
      `${tracked} metrics: the baseline tracks the first ${HISTORY_MAX_METRICS} by name; use ignore for long curves to choose which`
    )
  }
  const key = baselineCacheKey(inputs.baselineKey, commit)
  try {
    await store.save(key, history)
    section.saved = true
    if (!report.reproducible) note('notice', 'this run drifted: it counts in the reproducible share but its values are not a baseline')
  } catch (err) {
    if (err instanceof CacheNotSavedError || err instanceof CacheModeError) note('notice', `not saved: ${err.message}`)
    else note('warning', `could not save the baseline (${errorMessage(err)}); the previous one stays`)
  }
}
