/**
 * The verdict in plain text: the step's failure message and one error annotation per drifted
 * metric or artifact (at most nine, then one that counts the rest), so the drift shows on the
 * run's page without opening the log.
 */
import type { Report } from '../report/types.js'
import { visibleItems } from '../report/render/document.js'
import { formatDeviation, formatRunValues } from '../report/render/numbers.js'
import { oneLine, truncate } from '../report/render/escape.js'

/** Annotations for drifted items, at most; one more says how many were left out. */
export const MAX_DRIFT_ANNOTATIONS = 9

export interface Annotation {
  title: string
  message: string
}

const clean = (text: string, max = 120): string => truncate(oneLine(text), max)

function names(items: string[], max = 5): string {
  const shown = visibleItems(items, max).map((n) => clean(n, 80))
  return items.length > shown.length ? `${shown.join(', ')} and ${items.length - shown.length} more` : shown.join(', ')
}

/**
 * The message for `core.setFailed` (or the success line): what happened and, on drift, which
 * metrics and artifacts drifted.
 */
export function failureMessage(report: Report): string {
  const runs = Math.max(report.inputs.runs, report.runs.length)
  if (report.verdict === 'reproducible') {
    return `repro-gate: reproducible — ${runs} runs agree on ${report.metrics.filter((m) => m.status !== 'ignored').length} metrics`
  }
  if (report.verdict === 'error') {
    const first = report.errors[0]
    const what = first ? clean(first.message, 300) : 'the runs could not be compared'
    // With one more error, say it: "+1 more" would hide what fits in its place.
    const second = report.errors.length === 2 ? report.errors[1] : undefined
    const more = second ? `; also: ${clean(second.message, 200)}` : report.errors.length > 2 ? ` (+${report.errors.length - 1} more)` : ''
    return `repro-gate: error — ${what}${more}. See the job summary and the job log.`
  }
  const metrics = report.drifted.filter((d) => d.kind === 'metric').map((d) => d.name)
  const artifacts = report.drifted.filter((d) => d.kind === 'artifact').map((d) => d.name)
  const factors = report.drifted.filter((d) => d.kind === 'variation').map((d) => d.name)
  const parts = [
    ...(factors.length ? [`sensitivity to ${names(factors)}`] : []),
    ...(metrics.length ? [`${metrics.length} metric${metrics.length === 1 ? '' : 's'} (${names(metrics)})`] : []),
    ...(artifacts.length ? [`${artifacts.length} artifact${artifacts.length === 1 ? '' : 's'} (${names(artifacts)})`] : [])
  ]
  return `repro-gate: drift across ${runs} runs in ${parts.join(' and ') || 'the results'}. See the job summary for values per run.`
}

/** One annotation per drifted item (capped), in the order of `report.drifted`. */
export function driftAnnotations(report: Report): Annotation[] {
  const out: Annotation[] = []
  for (const item of report.drifted.slice(0, MAX_DRIFT_ANNOTATIONS)) {
    if (item.kind === 'metric') {
      const m = report.metrics.find((x) => x.name === item.name)
      const values = m
        ? formatRunValues(m.values, m.missingIn).map(
            (v, i) => `run ${i + 1}: ${v.kind === 'string' ? JSON.stringify(clean(v.text, 40)) : v.text}`
          )
        : []
      const dev = m?.maxAbsDeviation != null ? `; max |Δ| ${formatDeviation(m.maxAbsDeviation)}` : ''
      const tol = m?.tolerance ? ` (tolerance atol ${formatDeviation(m.tolerance.atol)}, rtol ${formatDeviation(m.tolerance.rtol)})` : ''
      out.push({ title: `repro-gate: metric drifted`, message: `${clean(item.name)} — ${values.slice(0, 10).join(', ')}${dev}${tol}` })
    } else if (item.kind === 'variation') {
      const culprit = report.variations?.culprits.find((c) => c.factor === item.name)
      out.push({
        title: 'repro-gate: sensitive to an environment factor',
        message: clean(culprit?.summary ?? `results change when ${item.name} is varied`, 500)
      })
    } else {
      const a = report.artifacts.find((x) => x.path === item.name)
      out.push({
        title: `repro-gate: artifact drifted`,
        message: `${clean(item.name)} — ${clean(a?.reason ?? 'content differs between runs', 200)}`
      })
    }
  }
  const rest = report.drifted.length - MAX_DRIFT_ANNOTATIONS
  if (rest > 0) {
    out.push({
      title: 'repro-gate: more drift',
      message: `${rest} more drifted item${rest === 1 ? '' : 's'} not annotated; see the job summary.`
    })
  }
  return out
}
