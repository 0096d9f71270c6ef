/**
 * The attestation stage, after the report is written: an in-toto Statement v1 of the gated run,
 * its predicate on its own (what `actions/attest` takes as `predicate-path`) and the subjects in
 * `sha256sum` format (its `subject-checksums`). Files go beside the report.
 */
import { promises as fs } from 'node:fs'
import { Output } from '../inputs/constants.js'
import type { Redactor } from '../report/redact.js'
import type { Report } from '../report/types.js'
import { hashFile } from '../hash.js'
import { buildPredicate, predicateTypeFor } from './predicate.js'
import { checksumsText, referenceSubjects } from './subjects.js'
import type { AttestationPolicy } from '../inputs/constants.js'
import { STATEMENT_TYPE, type PredicateTypeUri, type Statement } from './types.js'
import type { Log } from '../log.js'

export { PredicateType } from './types.js'

export interface AttestationFiles {
  /** The in-toto statement. */
  statementPath: string
  predicatePath: string
  predicateType: PredicateTypeUri
  /** The subjects in sha256sum format. */
  checksumsPath: string
  subjects: number
}

export type AttestationResult =
  { written: true; files: AttestationFiles; warnings: string[] } | { written: false; reason: string; warnings: string[] }

export interface AttestOptions {
  policy: AttestationPolicy
  /** Subject names are relative to it: GITHUB_WORKSPACE in the action, the current directory in the CLI. */
  workspace: string
  /** The report as written (redacted) and where it is. */
  reportPath: string
  redactor: Redactor
  env: NodeJS.ProcessEnv
}

/** `repro-report.json` → `repro-report.intoto.json`, `.predicate.json`, `.subjects.sha256`. */
export function attestationPaths(reportPath: string): Pick<AttestationFiles, 'statementPath' | 'predicatePath' | 'checksumsPath'> {
  const stem = reportPath.replace(/\.json$/i, '')
  return {
    statementPath: `${stem}.intoto.json`,
    predicatePath: `${stem}.predicate.json`,
    checksumsPath: `${stem}.subjects.sha256`
  }
}

/**
 * Writes the statement, predicate and checksums for a written report, as the policy says:
 * `true` only for a reproducible run, `always` for every verdict (a run that is not reproducible
 * gets the not-reproducible predicate type). Returns why nothing was written otherwise.
 */
export async function attestRun(report: Report, options: AttestOptions): Promise<AttestationResult> {
  if (options.policy === 'false') return { written: false, reason: 'attestation is false', warnings: [] }
  if (options.policy === 'true' && report.verdict !== 'reproducible') {
    return {
      written: false,
      reason: `the verdict is ${report.verdict} (attestation: true attests reproducible runs only; always attests every verdict)`,
      warnings: []
    }
  }
  const { subjects, leftOut } = await referenceSubjects(report, options.workspace)
  const warnings = leftOut.map((l) => `attestation: left out ${l}`)
  if (subjects.length === 0) {
    return { written: false, reason: 'run 1 left no metrics file and no artifact to attest', warnings }
  }
  const { sha256: reportSha256 } = await hashFile(options.reportPath)
  const predicate = buildPredicate(report, { workspace: options.workspace, reportPath: options.reportPath, reportSha256, env: options.env })
  if (predicate.metrics.listed < predicate.metrics.total || predicate.artifacts.listed < predicate.artifacts.total) {
    warnings.push(
      `attestation: the predicate lists ${predicate.metrics.listed} of ${predicate.metrics.total} metrics and ${predicate.artifacts.listed} of ${predicate.artifacts.total} artifacts to stay within actions/attest's 16 MB; the report's sha256 covers the rest`
    )
  }
  const statement: Statement = options.redactor.deep({
    _type: STATEMENT_TYPE,
    subject: subjects,
    predicateType: predicateTypeFor(report),
    predicate
  })
  const paths = attestationPaths(options.reportPath)
  await fs.writeFile(paths.statementPath, JSON.stringify(statement, null, 2) + '\n')
  await fs.writeFile(paths.predicatePath, JSON.stringify(statement.predicate, null, 2) + '\n')
  await fs.writeFile(paths.checksumsPath, checksumsText(statement.subject))
  return { written: true, files: { ...paths, predicateType: statement.predicateType, subjects: subjects.length }, warnings }
}

/** The step outputs: the paths and type when a statement was written, empty strings otherwise. */
export function attestationOutputs(result: AttestationResult): Record<string, string> {
  const files = result.written ? result.files : null
  return {
    [Output.AttestationPath]: files?.statementPath ?? '',
    [Output.PredicatePath]: files?.predicatePath ?? '',
    [Output.PredicateType]: files?.predicateType ?? '',
    [Output.SubjectChecksums]: files?.checksumsPath ?? ''
  }
}

/** Where attestAndLog says what happened: the action's or the CLI's logger. */
export type AttestLog = Pick<Log, 'info' | 'warning'>

/** Runs the stage for the action or the CLI and says what happened in their log. */
export async function attestAndLog(report: Report, options: AttestOptions & { log: AttestLog }): Promise<AttestationResult> {
  const result = await attestRun(report, options)
  for (const warning of result.warnings) options.log.warning(warning)
  if (result.written) {
    options.log.info(
      `attestation: ${result.files.statementPath} (${result.files.subjects} subjects, predicate type ${result.files.predicateType})`
    )
  } else if (options.policy !== 'false') options.log.info(`attestation: none written, ${result.reason}`)
  return result
}
