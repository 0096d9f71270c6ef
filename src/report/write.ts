import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Report } from './types.js'
import { validateReport } from './validate.js'

/**
 * Validates and writes a report that was redacted where it was made (`redactor.deep`, in the gate
 * and compare mode). A schema violation is a bug in repro-gate, not in the experiment: it is
 * returned as problems to log, and the report is still written so nothing is lost.
 */
export async function writeReport(report: Report, file: string): Promise<{ report: Report; problems: string[] }> {
  const problems = validateReport(report)
  await fs.mkdir(path.dirname(file), { recursive: true })
  await fs.writeFile(file, JSON.stringify(report, null, 2) + '\n')
  return { report, problems }
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
