/**
 * The report is the product's data model: every rendering (job summary, PR comment, CLI
 * print, check run) and every later comparison (baseline, diff, replay, matrix compare)
 * reads this document. Keep it JSON-serialisable. Its shape is written once, as JSON Schema, in
 * `schema.ts` (composing each stage's fragment); the types here are derived from it.
 */
export { SCHEMA_VERSION } from './schema-version.js'
export type { DriftItem, Mode, Report, ReportContext, ReportError, ReportInputs } from './schema.js'
