import type { Report } from '../report/types.js'
import { Output } from '../inputs/constants.js'

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
    [Output.Verdict]: report?.verdict ?? 'error',
    [Output.Reproducible]: String(report?.verdict === 'reproducible'),
    [Output.Drifted]: json,
    [Output.DriftedCount]: String(drifted.length),
    [Output.ReportPath]: reportPath,
    [Output.BaselineVerdict]: report?.baseline?.verdict ?? 'none',
    // Empty when vary is unset / no audit ran, so `if: steps.x.outputs.sensitive-to` reads naturally.
    [Output.SensitiveTo]: report?.variations ? JSON.stringify(report.variations.culprits.map((c) => c.factor)) : '',
    [Output.SeedWired]: report?.seedAudit && report.seedAudit.wired !== null ? String(report.seedAudit.wired) : ''
  }
}
