import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Report } from './types.js'
import { validateReport } from './validate.js'
import { fromStoredReport, READABLE_SCHEMA_VERSIONS, serializeStoredReport, toStoredReport, type StoredReport } from './stored.js'

/**
 * Validates and writes a report that was redacted where it was made (`redactor.deep`, in the gate
 * and compare mode), in its stored form (stored.ts: what is validated is what the file holds).
 * A schema violation is a bug in repro-gate, not in the experiment: it is returned as problems to
 * log, and the report is still written so nothing is lost.
 */
export async function writeReport(report: Report, file: string): Promise<{ report: Report; problems: string[] }> {
  const stored = toStoredReport(report)
  const problems = await validateReport(stored)
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, serializeStoredReport(stored))
  return { report, problems }
}

/**
 * A parsed report file as the in-memory report, or the problems that make it not one: a schema
 * version this repro-gate does not read, or a schema violation.
 */
export async function readStoredReport(parsed: unknown): Promise<{ report: Report; problems: [] } | { report: null; problems: string[] }> {
  const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof version === 'number' && !READABLE_SCHEMA_VERSIONS.includes(version)) {
    return { report: null, problems: [`schemaVersion ${version}: this repro-gate reads ${READABLE_SCHEMA_VERSIONS.join(' and ')} (a newer repro-gate wrote it?)`] }
  }
  const problems = await validateReport(parsed)
  if (problems.length > 0) return { report: null, problems }
  return { report: fromStoredReport(parsed as StoredReport), problems: [] }
}

/** Reads a report written by repro-gate; the error names the file and what is wrong. */
export async function readReportFile(file: string): Promise<Report> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (err) {
    throw new Error(`${file}: cannot read the report (${(err as NodeJS.ErrnoException).code ?? String(err)})`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    throw new Error(`${file}: not a JSON report (${(err as Error).message})`)
  }
  const read = await readStoredReport(parsed)
  if (read.report === null) {
    throw new Error(`${file}: not a repro-gate report (schema: ${read.problems.slice(0, 3).join('; ')})`)
  }
  return read.report
}
