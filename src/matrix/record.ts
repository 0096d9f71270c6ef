/**
 * `mode: record`: the gate runs as usual on each matrix leg, then its report is uploaded as an
 * artifact named per leg, for the `compare` job to collect. Artifacts go through src/artifacts.ts,
 * so compare is tested over a local folder (`FolderArtifacts`).
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Inputs } from '../inputs/inputs.js'
import { errorMessage } from '../errors.js'
import {
  ActionsArtifacts,
  ArtifactsUnsupportedError,
  listFiles,
  newestAttempts,
  runAttempt,
  sanitizeArtifactName,
  type ArtifactStore
} from '../artifacts.js'

/** One downloaded leg artifact: its name and the files it held. */
export interface DownloadedLeg {
  artifact: string
  files: string[]
}

/**
 * `repro-gate-leg-<report-artifact>--`: shared by every leg and the compare job of one experiment.
 * A sanitised name never holds `--` nor ends in `-`, so the `--` delimiter keeps `repro` from
 * collecting `repro-large`'s legs (a single `-` would not: names are matched as string prefixes).
 */
export function legArtifactPrefix(inputs: Pick<Inputs, 'reportArtifact'>): string {
  return `repro-gate-leg-${sanitizeArtifactName(inputs.reportArtifact) || 'repro-report'}--`
}

/**
 * `<prefix><comment-key>-<job>--<attempt>`, e.g. `repro-gate-leg-repro-report--train-ubuntu-22.04-record--1`.
 * The leg is named by what stays the same when it is re-run (matrix legs share the job id: give each
 * its own comment-key), and the attempt comes last, so compare can keep each leg's newest attempt.
 */
export function legArtifactName(inputs: Pick<Inputs, 'reportArtifact' | 'commentKey'>, env: NodeJS.ProcessEnv, suffix = ''): string {
  const leg = sanitizeArtifactName(`${inputs.commentKey}-${env.GITHUB_JOB || 'job'}${suffix}`).slice(0, 150)
  return `${legArtifactPrefix(inputs)}${leg}--${runAttempt(env)}`
}

/** The leg's name as shown in the compare report: the artifact name without the prefix and the attempt. */
export function legNameOf(artifact: string, prefix: string): string {
  const rest = artifact.startsWith(prefix) ? artifact.slice(prefix.length) : artifact
  return rest.replace(/--\d+$/, '') || artifact
}

/** Downloads each leg's newest attempt under `into/<artifact>/`, in name order. */
export async function downloadLegs(artifacts: ArtifactStore, prefix: string, into: string): Promise<DownloadedLeg[]> {
  const legs = newestAttempts(await artifacts.list(), prefix, { unnumbered: true })
    .map((a) => a.name)
    .sort()
  const out: DownloadedLeg[] = []
  for (const name of legs) {
    const folder = await artifacts.download(name, path.join(into, sanitizeArtifactName(name)))
    out.push({ artifact: name, files: await listFiles(folder) })
  }
  return out
}

export interface UploadDeps {
  artifacts?: ArtifactStore
}

/**
 * Uploads this leg's report for the compare job. A name already taken (two legs on one self-hosted
 * runner with the same job) gets a numeric suffix. Throws with what to do when there is no artifact
 * service: in record mode the upload is the point, so that is a failure, not a warning.
 */
export async function uploadLegReport(
  reportPath: string,
  inputs: Inputs,
  env: NodeJS.ProcessEnv,
  deps: UploadDeps = {}
): Promise<{ name: string }> {
  try {
    await fs.access(reportPath)
  } catch {
    throw new Error(`mode record: the report ${reportPath} was not written, so there is nothing to upload`)
  }
  if (!deps.artifacts && (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)) {
    throw new Error(
      'mode record: no GitHub Actions artifact service here (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set); ' +
        'record mode uploads the report for a later compare job and only works inside a GitHub Actions job'
    )
  }
  const artifacts = deps.artifacts ?? new ActionsArtifacts()
  const base = legArtifactName(inputs, env)
  let lastError: unknown
  // Legs that share a comment key and job collide; a numbered leg name keeps them apart.
  for (let attempt = 1; attempt <= 5; attempt++) {
    const name = attempt === 1 ? base : legArtifactName(inputs, env, `-${attempt}`)
    try {
      // The compare job runs minutes later; a week covers re-running it, within the repository's maximum.
      const retentionDays = Math.max(1, Math.min(7, Number(env.GITHUB_RETENTION_DAYS) || 7))
      await artifacts.upload(name, reportPath, { retentionDays })
      return { name }
    } catch (err) {
      lastError = err
      if (err instanceof ArtifactsUnsupportedError)
        throw new Error(`mode record: the report was not uploaded: ${err.message}; record and compare need github.com or GHE.com`)
      if (!/already exists|conflict|409/i.test(errorMessage(err))) break
    }
  }
  throw new Error(`mode record: could not upload the report as artifact ${base}: ${errorMessage(lastError)}`)
}
