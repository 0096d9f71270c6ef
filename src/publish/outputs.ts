import type { Report } from '../report/types.js'

/** GitHub caps one output at 1 MB; the list of drifted items is cut well below, keeping valid JSON. */
export const DRIFTED_OUTPUT_MAX_CHARS = 64 * 1024

/** The step outputs for a report, as name → value strings. */
export function reportOutputs(report: Report | null, reportPath: string): Record<string, string> {
  const drifted = report?.drifted ?? []
  let shown = drifted
  let json = JSON.stringify(shown)
  while (json.length > DRIFTED_OUTPUT_MAX_CHARS && shown.length > 0) {
    shown = shown.slice(0, Math.floor(shown.length / 2))
    json = JSON.stringify(shown)
  }
  return {
    verdict: report?.verdict ?? 'error',
    reproducible: String(report?.verdict === 'reproducible'),
    drifted: json,
    'drifted-count': String(drifted.length),
    'report-path': reportPath,
    'baseline-verdict': report?.baseline?.verdict ?? 'none'
  }
}
