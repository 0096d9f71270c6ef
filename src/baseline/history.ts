/**
 * The default branch's history, as pure data operations: add a report, merge two histories.
 * Merging is by commit, so two pushes that each saved "history + own result" merge into one that
 * keeps both; a re-run of the same commit replaces that commit's entry with the newer one.
 */
import type { Report } from '../report/types.js'
import { reportMetricValues } from '../compare/reports.js'
import { matchesAny } from '../inputs/patterns.js'
import { unreadableVersion } from '../errors.js'
import { HISTORY_LIMIT, HISTORY_MAX_METRICS, HISTORY_VERSION, type BaselineEntry, type BaselineHistory, type BaselineRun } from './types.js'

/** An empty history for a baseline key. */
export function emptyHistory(key: string, now = new Date().toISOString()): BaselineHistory {
  return { version: HISTORY_VERSION, key, updatedAt: now, runs: [], metrics: {}, latest: null }
}

/** The commit a report stands for: the PR head when there is one (GITHUB_SHA is a merge commit there). */
export function reportCommit(report: Pick<Report, 'context'>): string | null {
  return report.context.headSha ?? report.context.sha ?? null
}

/** The report's environment fingerprint, or null when the environment was not captured. */
export function reportFingerprint(report: Pick<Report, 'environment'>): string | null {
  return report.environment?.fingerprint || null
}

const chronological = <T extends { createdAt: string; commit: string }>(a: T, b: T): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.commit < b.commit ? -1 : a.commit > b.commit ? 1 : 0

/** Union by commit (the newer entry of a commit wins), oldest first, the newest `limit` kept. */
function mergeByCommit<T extends { createdAt: string; commit: string }>(a: T[], b: T[], limit: number): T[] {
  const byCommit = new Map<string, T>()
  for (const item of [...a, ...b]) {
    const seen = byCommit.get(item.commit)
    if (!seen || chronological(seen, item) < 0) byCommit.set(item.commit, item)
  }
  return [...byCommit.values()].sort(chronological).slice(-limit)
}

/**
 * Merges two histories of the same key: runs and each metric's entries by commit, bounded to the
 * newest HISTORY_LIMIT; `latest` is the newer of the two. Commutative, so the order of two
 * concurrent saves does not matter.
 */
export function mergeHistories(a: BaselineHistory, b: BaselineHistory, limit = HISTORY_LIMIT): BaselineHistory {
  const metrics: Record<string, BaselineEntry[]> = {}
  const names = [...new Set([...Object.keys(a.metrics), ...Object.keys(b.metrics)])].sort().slice(0, HISTORY_MAX_METRICS)
  for (const name of names) metrics[name] = mergeByCommit(a.metrics[name] ?? [], b.metrics[name] ?? [], limit)
  const latest = a.latest && b.latest ? (chronological(a.latest, b.latest) >= 0 ? a.latest : b.latest) : (a.latest ?? b.latest)
  return {
    version: HISTORY_VERSION,
    key: a.key || b.key,
    updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
    runs: mergeByCommit(a.runs, b.runs, limit),
    metrics,
    latest
  }
}

/**
 * Adds one default-branch report (metrics matching `ignore` are not kept: they are never compared).
 * Every report counts as a run (for the reproducible share);
 * only a reproducible one contributes metric values and becomes the provenance later drift is
 * explained against, so a run that drifted never becomes the baseline.
 */
export function recordReport(
  history: BaselineHistory | null,
  report: Report,
  key: string,
  now = new Date().toISOString(),
  ignore: string[] = []
): BaselineHistory {
  const commit = reportCommit(report)
  if (commit === null) return history ?? emptyHistory(key, now)
  const fingerprint = reportFingerprint(report)
  const run: BaselineRun = {
    commit,
    createdAt: report.createdAt,
    reproducible: report.reproducible,
    fingerprint,
    runUrl: report.context.runUrl
  }
  const own = emptyHistory(key, now)
  own.runs = [run]
  if (report.reproducible) {
    const values = reportMetricValues(report)
    const tracked = [...values.keys()].filter((name) => !matchesAny(name, ignore)).sort()
    for (const name of tracked.slice(0, HISTORY_MAX_METRICS)) {
      own.metrics[name] = [{ commit, createdAt: report.createdAt, value: values.get(name)!, fingerprint }]
    }
    own.latest = {
      commit,
      createdAt: report.createdAt,
      environment: report.environment,
      lockfiles: report.lockfiles,
      seeds: report.seeds,
      context: { sha: report.context.sha, headSha: report.context.headSha, ref: report.context.ref, runUrl: report.context.runUrl }
    }
  }
  return mergeHistories(history ?? emptyHistory(key, now), own)
}

/** Structural check of a history of the current version (HISTORY_VERSION). */
export function isBaselineHistory(value: unknown): value is BaselineHistory {
  if (value === null || typeof value !== 'object') return false
  const h = value as Partial<BaselineHistory>
  return (
    h.version === HISTORY_VERSION &&
    typeof h.key === 'string' &&
    Array.isArray(h.runs) &&
    h.runs.every((r) => typeof r?.commit === 'string' && typeof r.createdAt === 'string') &&
    h.metrics !== null &&
    typeof h.metrics === 'object' &&
    Object.values(h.metrics).every(
      (list) => Array.isArray(list) && list.every((e) => typeof e?.commit === 'string' && typeof e.createdAt === 'string')
    )
  )
}

/**
 * A reader for every history version this repro-gate knows, each giving the current shape (or
 * undefined when the document is not one). A new version keeps the readers of the old ones: the
 * default branch's cache was written by the previous release, and must still read after an upgrade.
 */
const HISTORY_READERS: Record<number, (doc: unknown) => BaselineHistory | undefined> = {
  1: (doc) => (isBaselineHistory(doc) ? doc : undefined)
}

/** History versions this repro-gate reads. */
export const READABLE_HISTORY_VERSIONS: readonly number[] = Object.keys(HISTORY_READERS).map(Number)

/** Why a cached document is not a history this repro-gate reads; `newer`: a newer repro-gate wrote it. */
export interface UnreadableHistory {
  problem: string
  newer: boolean
}

/**
 * A history read back from the cache, in the current shape, or why it cannot be: a version it
 * does not know is named (a higher one as written by a newer repro-gate, to upgrade), and a
 * document of a known version that does not hold together is called malformed.
 */
export function readBaselineHistory(value: unknown): BaselineHistory | UnreadableHistory {
  const version = (value as { version?: unknown } | null)?.version
  if (value === null || typeof value !== 'object' || typeof version !== 'number') {
    return { problem: 'not a repro-gate baseline history (no version)', newer: false }
  }
  const reader = HISTORY_READERS[version]
  if (reader === undefined) {
    return {
      problem: unreadableVersion('history version', version, READABLE_HISTORY_VERSIONS),
      newer: version > Math.max(...READABLE_HISTORY_VERSIONS)
    }
  }
  return reader(value) ?? { problem: `malformed (history version ${version})`, newer: false }
}
