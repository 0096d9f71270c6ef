/** The compiled validator's type (src/report/generated/validate-report.d.ts). */
type Validator = typeof import('./generated/validate-report.js').default

let loading: Promise<Validator> | null = null

/**
 * The generated validator is a file of its own beside the code that loads it (src/report/generated/;
 * the build copies it to dist/generated/), imported as it is: inside the bundle its 390 kB were
 * parsed twice, with the chunk and again when its module ran (~25 ms more, on the main thread
 * while run 1 runs). The bundler leaves this import alone (webpackIgnore, a computed URL).
 */
const VALIDATOR_FILE = './generated/validate-report.js'

/**
 * Loads the report validator (about 390 kB of generated code: read and pre-parsed, most of the
 * work; each part of the schema is a function V8 compiles when a report first reaches that part,
 * see scripts/generate-validator.mjs) and calls it once, which compiles its entry: the gate calls
 * this when run 1 has started, so the work happens while the main thread waits on the experiment.
 * Later calls return the same promise.
 */
export function loadReportValidator(): Promise<Validator> {
  loading ??= (
    import(/* webpackIgnore: true */ new URL(VALIDATOR_FILE, import.meta.url).href) as Promise<
      typeof import('./generated/validate-report.js')
    >
  ).then(({ default: validate }) => {
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
