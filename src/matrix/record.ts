/**
 * `mode: record`: the gate runs as usual on each matrix leg, then its report is uploaded as an
 * artifact named per leg, for the `compare` job to collect. Artifacts sit behind `LegArtifacts` so
 * compare is tested over a local folder; `@actions/artifact` is imported only when really used.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { Inputs } from '../inputs/inputs.js'
import { KeyRules, sanitizeKey } from '../keys.js'
import { errorMessage } from '../errors.js'

/** One downloaded leg artifact: its name and the files it held. */
export interface DownloadedLeg {
  artifact: string
  files: string[]
}

/** Where leg reports go and come from: the workflow run's artifacts, or a folder. */
export interface LegArtifacts {
  /** Uploads one file as an artifact with this name. */
  upload(name: string, file: string): Promise<void>
  /** Downloads every artifact whose name starts with `prefix` under `into/<artifact>/`. */
  download(prefix: string, into: string): Promise<DownloadedLeg[]>
}

/** Artifact names allow neither `" : < > | * ? \ /` nor control characters; we keep a safe subset. */
export function sanitizeArtifactName(text: string): string {
  return sanitizeKey(text, KeyRules.artifactName)
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
  const attempt = /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : '1'
  return `${legArtifactPrefix(inputs)}${leg}--${attempt}`
}

/** The leg's name as shown in the compare report: the artifact name without the prefix and the attempt. */
export function legNameOf(artifact: string, prefix: string): string {
  const rest = artifact.startsWith(prefix) ? artifact.slice(prefix.length) : artifact
  return rest.replace(/--\d+$/, '') || artifact
}

/**
 * Of a run's leg artifacts, each leg's newest attempt: "re-run failed jobs" leaves the failed
 * attempt's artifact beside the new one, and only the new one speaks for the leg now.
 */
export function newestAttempts(names: string[], prefix: string): string[] {
  const newest = new Map<string, { name: string; attempt: number }>()
  for (const name of names.filter((n) => n.startsWith(prefix))) {
    const attempt = Number(/--(\d+)$/.exec(name)?.[1] ?? 0)
    const leg = legNameOf(name, prefix)
    const seen = newest.get(leg)
    if (!seen || attempt > seen.attempt) newest.set(leg, { name, attempt })
  }
  return [...newest.values()].map((v) => v.name).sort()
}

/** The workflow run's artifacts (`@actions/artifact`, loaded on first use). */
export class ActionsLegArtifacts implements LegArtifacts {
  async upload(name: string, file: string): Promise<void> {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    // The compare job runs minutes later; a week covers re-running it, within the repository's maximum.
    const max = Number(process.env.GITHUB_RETENTION_DAYS) || 7
    await client.uploadArtifact(name, [file], path.dirname(file), { retentionDays: Math.max(1, Math.min(7, max)) })
  }

  async download(prefix: string, into: string): Promise<DownloadedLeg[]> {
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    // Without findBy the client lists the current workflow run's artifacts; latest drops
    // older uploads of the same name.
    const { artifacts } = await client.listArtifacts({ latest: true })
    const wanted = new Set(newestAttempts(artifacts.map((a) => a.name), prefix))
    const legs = artifacts.filter((a) => wanted.has(a.name)).sort((a, b) => (a.name < b.name ? -1 : 1))
    const out: DownloadedLeg[] = []
    for (const artifact of legs) {
      const dir = path.join(into, sanitizeArtifactName(artifact.name))
      await fs.mkdir(dir, { recursive: true })
      const { downloadPath } = await client.downloadArtifact(artifact.id, { path: dir })
      out.push({ artifact: artifact.name, files: await listFiles(downloadPath ?? dir) })
    }
    return out
  }
}

/** A folder with one sub-folder per artifact (`<folder>/<artifact name>/report.json`): tests and local use. */
export class FolderLegArtifacts implements LegArtifacts {
  constructor(private readonly folder: string) {}

  async upload(name: string, file: string): Promise<void> {
    const dir = path.join(this.folder, name)
    try {
      await fs.mkdir(dir)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`an artifact named ${name} already exists`)
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
      await fs.mkdir(dir, { recursive: true })
    }
    await fs.copyFile(file, path.join(dir, path.basename(file)))
  }

  async download(prefix: string, into: string): Promise<DownloadedLeg[]> {
    void into
    const entries = await fs.readdir(this.folder, { withFileTypes: true })
    const names = newestAttempts(entries.filter((e) => e.isDirectory()).map((e) => e.name), prefix)
    return Promise.all(names.map(async (name) => ({ artifact: name, files: await listFiles(path.join(this.folder, name)) })))
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort()
}

export interface UploadDeps {
  artifacts?: LegArtifacts
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
  const artifacts = deps.artifacts ?? new ActionsLegArtifacts()
  const base = legArtifactName(inputs, env)
  let lastError: unknown
  // Legs that share a comment key and job collide; a numbered leg name keeps them apart.
  for (let attempt = 1; attempt <= 5; attempt++) {
    const name = attempt === 1 ? base : legArtifactName(inputs, env, `-${attempt}`)
    try {
      await artifacts.upload(name, reportPath)
      return { name }
    } catch (err) {
      lastError = err
      if (!/already exists|conflict|409/i.test(errorMessage(err))) break
    }
  }
  throw new Error(`mode record: could not upload the report as artifact ${base}: ${errorMessage(lastError)}`)
}
