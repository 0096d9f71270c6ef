/**
 * `mode: publish` — the workflow_run pattern for pull requests from forks. The gate runs on
 * `pull_request` with a read-only token and uploads its report as an artifact; a second workflow,
 * triggered by `workflow_run`, has a write token, downloads that report and posts the comment.
 * The report came from untrusted code — the artifact's name, its zip and the report in it were all
 * written by the pull request's workflow run: only the comment keys this workflow names are
 * accepted, the zip is downloaded and read here within size limits (only the report entry is
 * inflated), the report is validated, its commit must be the run's head commit and the head of the
 * open PR it goes to, its links are rebuilt from trusted values, everything in it is escaped by the
 * renderer, and it only ever becomes a comment — never a check run.
 */
import * as core from '@actions/core'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Inputs } from '../inputs/inputs.js'
import { Input } from '../inputs/constants.js'
import type { Report } from '../report/types.js'
import { reportVersionProblem } from '../report/stored.js'
import { readStoredReport } from '../report/write.js'
import { createRedactor } from '../report/redact.js'
import { publishComment, type PublishLog } from './index.js'
import { actionLog } from '../action-log.js'
import { apiBaseUrl, createGitHubClient, describeApiError, type ClientTuning, type GitHubClient } from './octokit.js'
import { fetchWithTimeout } from './deadline.js'
import { listZip, readZipEntry, ZipError } from './artifact-zip.js'
import { payloadField, readEventPayload, repoFromEnv, type Repo } from './github-event.js'
import {
  ActionsArtifacts,
  ArtifactTooBigError,
  newestAttempts,
  RestArtifacts,
  runAttempt,
  sanitizeArtifactName,
  type ArtifactStore,
  type ArtifactZips,
  type Attempt
} from '../artifacts.js'
import { errorMessage } from '../errors.js'

/** Reports bigger than this are not read (a real one is a few hundred KiB). */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024
/** An artifact zip bigger than this is not downloaded (deflate never makes a report bigger by much). */
export const MAX_ZIP_BYTES = MAX_REPORT_BYTES + 1024 * 1024
/** One artifact download (the API's redirect, then the blob) may take this long. */
export const DOWNLOAD_TIMEOUT_MS = 60_000

/**
 * `<report-artifact>--<comment-key>--<attempt>`: one name per gate job and attempt, so matrix jobs
 * and re-runs never collide (artifact names are unique within a workflow run), and publish mode
 * knows which sticky comment each report belongs to.
 */
export function reportArtifactName(inputs: Pick<Inputs, 'reportArtifact' | 'commentKey'>, env: NodeJS.ProcessEnv): string {
  return `${sanitizeArtifactName(inputs.reportArtifact) || 'repro-report'}--${sanitizeArtifactName(inputs.commentKey) || 'gate'}--${runAttempt(env)}`
}

/**
 * The reports to publish among a run's artifacts: per comment key, the newest attempt up to the
 * one that triggered us (an older attempt's report would be stale; a newer one is another event's).
 */
export function reportsToPublish(names: string[], reportArtifact: string, upToAttempt: number): Attempt[] {
  return newestAttempts(names, `${sanitizeArtifactName(reportArtifact) || 'repro-report'}--`, { upTo: upToAttempt })
}

export interface PublishModeDeps {
  env?: NodeJS.ProcessEnv
  /** The triggering run's artifacts, as zips (`list(runId)`, `downloadZip(name, file, maxBytes, runId)`). */
  artifacts?: ArtifactZips
  client?: GitHubClient
  tuning?: ClientTuning
  log?: PublishLog
}

/** Thrown for a report artifact that must not be published; the message says why. */
export class UntrustedReportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UntrustedReportError'
  }
}

/**
 * Reads the report out of an artifact's zip: the one `.json` file at its root (the gate uploads
 * exactly one), inflated within MAX_REPORT_BYTES — nothing else in the zip is inflated.
 */
export async function readReportZip(zip: string): Promise<Report> {
  const entries = await listZip(zip)
  const reports = entries.filter((e) => !e.name.includes('/') && !e.name.includes('\\') && e.name.endsWith('.json'))
  const entry = reports.length === 1 ? reports[0] : reports.find((e) => e.name === 'repro-report.json')
  if (!entry) {
    throw new UntrustedReportError(
      reports.length === 0
        ? 'the artifact holds no .json file at its root'
        : `the artifact holds ${reports.length} .json files (${reports
            .slice(0, 5)
            .map((e) => e.name)
            .join(', ')}); the gate uploads one`
    )
  }
  return parseUntrustedReport((await readZipEntry(zip, entry, MAX_REPORT_BYTES)).toString('utf8'), entry.name)
}

/** Parses and validates a report from untrusted text: JSON, our schema version, our schema. */
export async function parseUntrustedReport(text: string, name: string): Promise<Report> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    throw new UntrustedReportError(`${name} is not JSON: ${errorMessage(err)}`)
  }
  const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof version !== 'number') throw new UntrustedReportError(`${name} has no schemaVersion: not a repro-gate report`)
  const versionProblem = reportVersionProblem(parsed)
  if (versionProblem !== null)
    throw new UntrustedReportError(`${name}: ${versionProblem} (use the same repro-gate version in both workflows)`)
  const read = await readStoredReport(parsed)
  if (read.report === null)
    throw new UntrustedReportError(`${name} does not match the report schema: ${read.problems.slice(0, 5).join('; ')}`)
  return read.report
}

interface TriggeringRun {
  id: number
  attempt: number
  headSha: string
  htmlUrl: string | null
  /** PR numbers GitHub lists on the run (empty for forks). */
  pullRequests: number[]
}

function triggeringRun(payload: Record<string, unknown>): TriggeringRun | null {
  const id = payloadField(payload, 'workflow_run', 'id')
  const headSha = payloadField(payload, 'workflow_run', 'head_sha')
  if (typeof id !== 'number' || typeof headSha !== 'string') return null
  const attempt = payloadField(payload, 'workflow_run', 'run_attempt')
  const htmlUrl = payloadField(payload, 'workflow_run', 'html_url')
  const prs = payloadField(payload, 'workflow_run', 'pull_requests')
  return {
    id,
    attempt: typeof attempt === 'number' ? attempt : 1,
    headSha,
    htmlUrl: typeof htmlUrl === 'string' ? htmlUrl : null,
    pullRequests: Array.isArray(prs)
      ? prs.map((p) => (p as { number?: unknown }).number).filter((n): n is number => typeof n === 'number')
      : []
  }
}

/**
 * The open PR whose head is the run's commit: GitHub's list on the run is empty for forks, so ask
 * the API. Another open PR that merely contains the commit (its head has moved on, or it is a
 * different branch) is never it: that PR's reviewers would read a report of code they are not
 * looking at. `others` lists such PRs, to say why nothing was posted.
 */
async function pullRequestFor(client: GitHubClient, repo: Repo, run: TriggeringRun): Promise<{ number: number | null; others: string[] }> {
  const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
    owner: repo.owner,
    repo: repo.repo,
    commit_sha: run.headSha
  })
  const open = data.filter((p) => p.state === 'open')
  const exact = open.find((p) => p.head.sha === run.headSha)
  return {
    number: exact?.number ?? null,
    others: open.filter((p) => p !== exact).map((p) => `#${p.number} (head ${p.head.sha.slice(0, 12)})`)
  }
}

/**
 * Runs publish mode: download the triggering run's report, check it, post the sticky comment.
 * Returns the exit code: 0 when the comment was posted or there was nothing to post, 1 when the
 * report could not be used (the reason is an error in the log).
 */
export async function runPublishMode(inputs: Inputs, deps: PublishModeDeps = {}): Promise<number> {
  const env = deps.env ?? process.env
  const log = deps.log ?? actionLog()
  const fail = (message: string): number => {
    log.annotate(message, 'repro-gate publish')
    return 1
  }
  if (env.GITHUB_EVENT_NAME !== 'workflow_run') {
    return fail(
      `${Input.Mode}: publish runs on the workflow_run event (the run that made the report); this event is ${env.GITHUB_EVENT_NAME || 'unknown'}`
    )
  }
  const repo = repoFromEnv(env)
  const run = triggeringRun(readEventPayload(env))
  if (!repo || !run) return fail('mode: publish: the workflow_run event payload has no workflow_run.id and head_sha')
  if (!inputs.githubToken) return fail(`mode: publish needs ${Input.GithubToken} (with pull-requests: write and actions: read)`)

  const client = deps.client ?? createGitHubClient(inputs.githubToken, env, deps.tuning)
  const artifacts =
    deps.artifacts ??
    new RestArtifacts({
      token: inputs.githubToken,
      owner: repo.owner,
      repo: repo.repo,
      apiUrl: apiBaseUrl(env),
      fetch: fetchWithTimeout(DOWNLOAD_TIMEOUT_MS, deps.tuning?.signal)
    })
  let listed: string[]
  try {
    listed = await artifacts.list(run.id)
  } catch (err) {
    return fail(`repro-gate could not list the artifacts of run ${run.id}: ${describeApiError(err)}`)
  }
  // The artifact's name is the PR's to choose: only the keys this workflow names are published,
  // or a PR could rewrite another gate's comment by uploading a report under its key.
  const accepted = new Set(inputs.commentKeys.map((k) => sanitizeArtifactName(k)))
  const all = reportsToPublish(listed, inputs.reportArtifact, run.attempt)
  const chosen = all.filter((a) => accepted.has(a.key))
  const ignored = all.filter((a) => !accepted.has(a.key)).map((a) => a.key)
  if (ignored.length > 0) {
    log.warning(
      `repro-gate ignores the report artifacts of comment keys ${ignored.join(', ')}: ${Input.CommentKey} names ${[...accepted].join(', ')} (add a key there to publish its reports)`
    )
  }
  if (chosen.length === 0) {
    return fail(
      `repro-gate found no report artifact "${inputs.reportArtifact}--<comment-key>--<attempt>" for ${Input.CommentKey} ${[...accepted].join(', ')} in run ${run.id}` +
        (ignored.length ? ` (it has reports for ${ignored.join(', ')})` : ' (did the gate run there, with the same report-artifact?)')
    )
  }
  let code = 0
  for (const artifact of chosen) {
    code = Math.max(code, await publishOne(artifact, { ...inputs, commentKey: artifact.key }, run, repo, client, artifacts, env, log, deps))
  }
  return code
}

/** Downloads, checks and publishes one report artifact under its own comment key. */
async function publishOne(
  artifact: Attempt,
  inputs: Inputs,
  run: TriggeringRun,
  repo: Repo,
  client: GitHubClient,
  artifacts: ArtifactZips,
  env: NodeJS.ProcessEnv,
  log: PublishLog,
  deps: PublishModeDeps
): Promise<number> {
  const fail = (message: string): number => {
    log.annotate(message, 'repro-gate publish')
    return 1
  }
  const root = env.RUNNER_TEMP || os.tmpdir()
  await mkdir(root, { recursive: true })
  const dir = await mkdtemp(path.join(root, 'repro-gate-publish-'))
  try {
    let report: Report
    try {
      const zip = path.join(dir, 'artifact.zip')
      await artifacts.downloadZip(artifact.name, zip, MAX_ZIP_BYTES, run.id)
      report = await readReportZip(zip)
    } catch (err) {
      const why =
        err instanceof UntrustedReportError || err instanceof ZipError || err instanceof ArtifactTooBigError
          ? err.message
          : describeApiError(err)
      return fail(`repro-gate could not read the report artifact "${artifact.name}" of run ${run.id}: ${why}`)
    }
    const reportSha = report.context.headSha ?? report.context.sha
    if (reportSha !== run.headSha) {
      return fail(
        `repro-gate will not publish the report: it is for commit ${String(reportSha).slice(0, 40)}, but run ${run.id} ran ${run.headSha}`
      )
    }
    let found: { number: number | null; others: string[] }
    try {
      found = await pullRequestFor(client, repo, run)
    } catch (err) {
      log.warning(`repro-gate could not find the pull request of ${run.headSha}: ${describeApiError(err)}. The verdict is unchanged.`)
      return 0
    }
    const pr = found.number
    if (pr === null && found.others.length > 0) {
      log.warning(
        `repro-gate will not publish the report of ${run.headSha}: no open pull request has it as its head commit ` +
          `(open pull requests that contain it: ${found.others.join(', ')}; a newer push gets its own report). Nothing was posted.`
      )
      return 0
    }
    if (pr === null) {
      log.info(`repro-gate: commit ${run.headSha} is the head of no open pull request; nothing to comment on`)
      return 0
    }
    // Links and identifiers come from the trusted event, not from the report.
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
    const trusted: Report = {
      ...report,
      context: {
        ...report.context,
        repository: `${repo.owner}/${repo.repo}`,
        serverUrl,
        headSha: run.headSha,
        pullRequest: pr,
        runId: String(run.id),
        runAttempt: String(artifact.attempt),
        runUrl: run.htmlUrl ?? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${run.id}`
      }
    }
    const redactor = createRedactor(env)
    try {
      await publishComment(
        {
          client,
          repo,
          pullRequest: pr,
          report: redactor.deep(trusted),
          inputs,
          redactor,
          env,
          backoffMs: deps.tuning?.retryAfterBaseValue
        },
        log
      )
    } catch (err) {
      log.warning(`repro-gate could not post the PR comment: ${describeApiError(err)}. The verdict is unchanged.`)
    }
    return 0
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * Uploads the report as a workflow artifact named `name` (gate mode, after writing it), so the
 * publish workflow and people can fetch it. Best effort: outside Actions (no ACTIONS_RUNTIME_TOKEN)
 * it does nothing, and a failure is a warning. Returns whether it uploaded.
 */
export async function uploadReportArtifact(
  reportPath: string,
  name: string,
  env: NodeJS.ProcessEnv = process.env,
  artifacts: ArtifactStore = new ActionsArtifacts()
): Promise<boolean> {
  if (!env.ACTIONS_RUNTIME_TOKEN) return false
  try {
    await artifacts.upload(name, reportPath, { retentionDays: 7 })
    return true
  } catch (err) {
    core.warning(`repro-gate could not upload the report as artifact "${name}": ${errorMessage(err)}`)
    return false
  }
}
