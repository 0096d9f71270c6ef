import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Report } from './types.js'
import { validateReport } from './validate.js'
import {
  fromStoredReport,
  isValidStoredMetric,
  metricLine,
  metricsEnd,
  reportVersionProblem,
  serializeStoredHead,
  storedParts,
  type StoredReport
} from './stored.js'

/** Metrics stored, validated and written at a time: a few MB of text, whatever the report's size. */
const METRICS_PER_CHUNK = 20_000

/**
 * Validates and writes a report that was redacted where it was made (`redactor.deep`, in the gate
 * and compare mode), in its stored form (stored.ts: what is validated is what the file holds).
 * A schema violation is a bug in repro-gate, not in the experiment: it is returned as problems to
 * log, and the report is still written so nothing is lost.
 * The metrics are stored, validated against the schema and written a chunk at a time (each chunk
 * in the report around it, less its runs), so neither the stored metrics nor the file's text are
 * ever all in memory.
 */
export async function writeReport(report: Report, file: string): Promise<{ report: Report; problems: string[] }> {
  const { head, store } = storedParts(report)
  const problems = await validateReport(head)
  // Each chunk is validated inside a small frame: the report without its runs (validated above).
  const frame = { ...head, runs: [] }
  // A frame the schema rejects by itself (it never should) would hide the metrics' own problems.
  const framed = (await validateReport(frame)).length === 0
  const { before, after } = serializeStoredHead(head)
  await fs.mkdir(path.dirname(file), { recursive: true })
  const out = await fs.open(file, 'w')
  try {
    await out.write(before)
    for (let start = 0; start < report.metrics.length; start += METRICS_PER_CHUNK) {
      const chunk = report.metrics.slice(start, start + METRICS_PER_CHUNK).map(store)
      // The schema's own validator runs on the first chunk and on any chunk the hand check
      // (isValidStoredMetric: the same rules, a hundred times faster) finds fault with.
      if (start === 0 || !chunk.every(isValidStoredMetric)) {
        const found = await validateReport(framed ? { ...frame, metrics: chunk } : { ...head, metrics: chunk })
        // Paths name the metric's index in the whole report, not in its chunk.
        for (const problem of found) {
          const whole = problem.replace(/^\/metrics\/(\d+)/, (_m, i: string) => `/metrics/${start + Number(i)}`)
          if (!problems.includes(whole)) problems.push(whole)
        }
      }
      const lines = new Array<string>(chunk.length)
      for (let i = 0; i < chunk.length; i++) lines[i] = metricLine(chunk[i], start + i === 0)
      await out.write(lines.join(''))
    }
    await out.write(metricsEnd(report.metrics.length) + after)
  } finally {
    await out.close()
  }
  return { report, problems }
}

/**
 * The schema's problems with a parsed report file. Its metrics (a million, maybe) are checked by
 * hand (isValidStoredMetric) past the first chunk, which the validator checks with the rest of the
 * report; any fault found sends the whole file through the validator, for its messages.
 */
async function validateStoredReport(parsed: unknown): Promise<string[]> {
  const metrics = (parsed as { metrics?: unknown } | null)?.metrics
  if (!Array.isArray(metrics) || metrics.length <= METRICS_PER_CHUNK) return validateReport(parsed)
  const problems = await validateReport({ ...(parsed as object), metrics: metrics.slice(0, METRICS_PER_CHUNK) })
  if (problems.length > 0) return problems
  for (let i = METRICS_PER_CHUNK; i < metrics.length; i++) if (!isValidStoredMetric(metrics[i])) return validateReport(parsed)
  return []
}

/**
 * A parsed report file as the in-memory report, or the problems that make it not one: a schema
 * version this repro-gate does not read, or a schema violation.
 */
export async function readStoredReport(parsed: unknown): Promise<{ report: Report; problems: [] } | { report: null; problems: string[] }> {
  const versionProblem = reportVersionProblem(parsed)
  if (versionProblem !== null) return { report: null, problems: [versionProblem] }
  const problems = await validateStoredReport(parsed)
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
  // A version it does not read is a repro-gate report all the same: say which, not "not a report".
  const versionProblem = reportVersionProblem(parsed)
  if (versionProblem !== null) throw new Error(`${file}: ${versionProblem}`)
  const read = await readStoredReport(parsed)
  if (read.report === null) {
    throw new Error(`${file}: not a repro-gate report (schema: ${read.problems.slice(0, 3).join('; ')})`)
  }
  return read.report
}
