import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Redactor } from './redact.js'
import type { Report } from './types.js'
import { validateReport } from './validate.js'

/**
 * Redacts, validates and writes the report. A schema violation is a bug in repro-gate, not in
 * the experiment: it is returned as problems to log, and the report is still written so nothing is lost.
 */
export async function writeReport(report: Report, file: string, redactor: Redactor): Promise<{ report: Report; problems: string[] }> {
  const safe = redactor.deep(report)
  const problems = validateReport(safe)
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, JSON.stringify(safe, null, 2) + '\n')
  return { report: safe, problems }
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
  const problems = validateReport(parsed)
  if (problems.length > 0) {
    throw new Error(`${file}: not a repro-gate report (schema: ${problems.slice(0, 3).join('; ')})`)
  }
  return parsed as Report
}
