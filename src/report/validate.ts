/** The compiled validator's type (src/report/generated/validate-report.d.ts). */
type Validator = typeof import('./generated/validate-report.js').default

let loading: Promise<Validator> | null = null

/**
 * Loads the report validator (about 400 kB of generated code) and has V8 compile its entry: the
 * gate calls this when the runs start, so the work happens while the main thread waits on run 1
 * instead of at start-up or at write time. Later calls return the same promise.
 */
export function loadReportValidator(): Promise<Validator> {
  loading ??= import('./generated/validate-report.js').then(({ default: validate }) => {
    validate(null)
    return validate
  })
  return loading
}

/**
 * Validates a report against the published schema; returns readable problems (empty when valid).
 * The validator is compiled from schema/report.schema.json at build time: compiling the schema
 * at run time cost ~0.5 s of every gate run.
 */
export async function validateReport(report: unknown): Promise<string[]> {
  const validate = await loadReportValidator()
  if (validate(report)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
}
