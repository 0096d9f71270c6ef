import validate from './generated/validate-report.js'

/**
 * Validates a report against the published schema; returns readable problems (empty when valid).
 * The validator is compiled from schema/report.schema.json at build time: compiling the schema
 * at run time cost ~0.5 s of every gate run.
 */
export function validateReport(report: unknown): string[] {
  if (validate(report)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
}
