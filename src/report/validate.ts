import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { reportSchema } from './schema.js'
import type { Report } from './types.js'

let compiled: ValidateFunction | undefined

/** Validates a report against the published schema; returns readable problems (empty when valid). */
export function validateReport(report: unknown): string[] {
  // Compiled once and lazily: ajv compilation is the slowest part of writing a report.
  compiled ??= new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(reportSchema)
  if (compiled(report)) return []
  return (compiled.errors ?? []).slice(0, 20).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
}

/** Narrowing helper for reports read from disk (diff, replay, publish). */
export function isReport(value: unknown): value is Report {
  return validateReport(value).length === 0
}
