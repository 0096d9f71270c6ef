import type { EncodedValue } from '../metrics/values.js'
import type { Report } from '../report/types.js'
import type { Tolerance, ToleranceRule } from '../inputs/tolerance.js'
import { compareMetricSets, hasDrift, reportMetricValues } from '../compare/reports.js'
import { diffEnvironments } from '../compare/envdiff.js'
import { reportCommit, reportFingerprint } from './history.js'
import type { BaselineHistory } from './types.js'
import type { BaselineMetric, BaselineSection } from '../compare/sections/baseline.js'

export interface BaselineCompareOptions {
  /** The `baseline-tolerance` input. */
  tolerance: Tolerance
  /** Per-metric rules (`tolerances`): the first match wins over baseline-tolerance. */
  tolerances: ToleranceRule[]
  ignore: string[]
}

/**
 * Metrics of this run the history does not track (new since, or ignored) that the section lists;
 * the rest are counted (the history tracks HISTORY_MAX_METRICS, a run may have a million).
 */
export const MAX_UNTRACKED_LISTED = 100

/** A section with nothing compared, e.g. on a cache miss. */
export function emptySection(key: string, report: Pick<Report, 'environment'>, warnings: string[] = []): BaselineSection {
  return {
    key,
    compared: false,
    saved: false,
    baselineCommit: null,
    baselineCreatedAt: null,
    baselineFingerprint: null,
    currentFingerprint: reportFingerprint(report),
    fingerprintChanged: false,
    metrics: [],
    reproducibleShare: null,
    defaultBranchRuns: 0,
    verdict: 'none',
    changes: [],
    warnings
  }
}

/**
 * Compares a report with the newest default-branch value of each metric. The report's own commit
 * is left out of the history (a re-run on the default branch compares with the commit before it,
 * not with itself). Pure.
 */
export function compareWithBaseline(report: Report, history: BaselineHistory, options: BaselineCompareOptions): BaselineSection {
  const section = emptySection(history.key, report)
  const own = reportCommit(report)
  const runs = history.runs.filter((r) => r.commit !== own)
  section.defaultBranchRuns = runs.length
  section.reproducibleShare = runs.length === 0 ? null : runs.filter((r) => r.reproducible).length / runs.length

  const reference = new Map<string, EncodedValue>()
  const entries = new Map<string, BaselineHistory['metrics'][string]>()
  for (const [name, list] of Object.entries(history.metrics)) {
    const kept = list.filter((e) => e.commit !== own)
    if (kept.length === 0) continue
    entries.set(name, kept)
    reference.set(name, kept[kept.length - 1].value)
  }
  if (reference.size === 0) {
    section.warnings.push('the baseline history has no values from another default-branch commit yet')
    return section
  }

  const latest = history.latest && history.latest.commit !== own ? history.latest : null
  const newest = [...entries.values()].map((l) => l[l.length - 1]).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0]
  section.compared = true
  section.baselineCommit = latest?.commit ?? newest.commit
  section.baselineCreatedAt = latest?.createdAt ?? newest.createdAt
  section.baselineFingerprint = (latest?.environment?.fingerprint || null) ?? newest.fingerprint
  section.fingerprintChanged =
    section.baselineFingerprint !== null &&
    section.currentFingerprint !== null &&
    section.baselineFingerprint !== section.currentFingerprint

  const deltas = compareMetricSets(reference, reportMetricValues(report), options)
  let untracked = 0
  const listed = deltas.filter((d) => reference.has(d.name) || ++untracked <= MAX_UNTRACKED_LISTED)
  if (untracked > MAX_UNTRACKED_LISTED) section.untrackedNotListed = untracked - MAX_UNTRACKED_LISTED
  section.metrics = listed.map((d): BaselineMetric => {
    const list = entries.get(d.name) ?? []
    return {
      name: d.name,
      status: d.status,
      reference: d.reference,
      current: d.candidate,
      tolerance: d.tolerance,
      toleranceRule: d.toleranceRule,
      absDeviation: d.absDeviation,
      relDeviation: d.relDeviation,
      reason: d.reason,
      referenceCommit: list.length ? list[list.length - 1].commit : null,
      trend: list.map((e) => e.value)
    }
  })
  const drift = hasDrift(deltas)
  section.verdict = drift ? 'drift' : 'match'
  if (drift || section.fingerprintChanged) {
    if (latest) section.changes = diffEnvironments(latest, report)
    else section.warnings.push('the baseline has no recorded environment to explain the difference with')
  }
  return section
}
