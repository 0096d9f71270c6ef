/**
 * `mode: publish` — the workflow_run pattern for pull requests from forks. The gate runs on
 * `pull_request` with a read-only token and uploads its report as an artifact; a second workflow,
 * triggered by `workflow_run`, has a write token, downloads that report and posts the comment.
 * The report came from untrusted code: it is validated, its commit must be the run's head commit,
 * its links are rebuilt from trusted values, everything in it is escaped by the renderer, and it
 * only ever becomes a comment — never a check run.
 */
import * as core from '@actions/core'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Inputs } from '../inputs/inputs.js'
import { Input } from '../inputs/constants.js'
import { SCHEMA_VERSION, type Report } from '../report/types.js'
import { validateReport } from '../report/validate.js'
import { createRedactor } from '../report/redact.js'
import { publishComment, type PublishLog } from './index.js'
import { actionLog } from '../log.js'
import { createGitHubClient, describeApiError, type ClientTuning, type GitHubClient } from './octokit.js'
import { payloadField, readEventPayload, repoFromEnv, type Repo } from './github-event.js'
import { ActionsArtifacts, newestAttempts, runAttempt, sanitizeArtifactName, type ArtifactStore, type Attempt } from '../artifacts.js'
import { errorMessage } from '../errors.js'

/** Reports bigger than this are not read (a real one is a few hundred KiB). */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024

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
  /** The triggering run's artifacts (`list(runId)`, `download(name, into, runId)`). */
  artifacts?: ArtifactStore
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

async function findReportFile(dir: string): Promise<string> {
  const files: string[] = []
  const walk = async (d: string, depth: number): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name)
      if (entry.isDirectory() && depth < 3) await walk(p, depth + 1)
      else if (entry.isFile() && entry.name.endsWith('.json')) files.push(p)
    }
  }
  await walk(dir, 0)
  if (files.length === 0) throw new UntrustedReportError('the artifact holds no .json file')
  // The gate uploads exactly one report; prefer the default name if there are several.
  return files.find((f) => path.basename(f) === 'repro-report.json') ?? files.sort()[0]!
}

/** Reads and validates the downloaded report: JSON, our schema version, our schema. */
export async function readUntrustedReport(dir: string): Promise<Report> {
  const file = await findReportFile(dir)
  const size = (await stat(file)).size
  if (size > MAX_REPORT_BYTES) throw new UntrustedReportError(`${path.basename(file)} is ${size} bytes, over the ${MAX_REPORT_BYTES}-byte limit`)
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'))
  } catch (err) {
    throw new UntrustedReportError(`${path.basename(file)} is not JSON: ${errorMessage(err)}`)
  }
  const version = (parsed as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof version !== 'number') throw new UntrustedReportError(`${path.basename(file)} has no schemaVersion: not a repro-gate report`)
  if (version !== SCHEMA_VERSION) {
    throw new UntrustedReportError(`${path.basename(file)} has schemaVersion ${version}; this repro-gate reads ${SCHEMA_VERSION} (use the same version in both workflows)`)
  }
  const problems = validateReport(parsed)
  if (problems.length) throw new UntrustedReportError(`${path.basename(file)} does not match the report schema: ${problems.slice(0, 5).join('; ')}`)
  return parsed as Report
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
    pullRequests: Array.isArray(prs) ? prs.map((p) => (p as { number?: unknown }).number).filter((n): n is number => typeof n === 'number') : []
  }
}

/** The open PR whose head is `sha`: GitHub's list on the run is empty for forks, so ask the API. */
async function pullRequestFor(client: GitHubClient, repo: Repo, run: TriggeringRun): Promise<number | null> {
  const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ owner: repo.owner, repo: repo.repo, commit_sha: run.headSha })
  const open = data.filter((p) => p.state === 'open')
  const exact = open.find((p) => p.head.sha === run.headSha) ?? open[0]
  return exact?.number ?? run.pullRequests[0] ?? null
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
    return fail(`${Input.Mode}: publish runs on the workflow_run event (the run that made the report); this event is ${env.GITHUB_EVENT_NAME || 'unknown'}`)
  }
  const repo = repoFromEnv(env)
  const run = triggeringRun(readEventPayload(env))
  if (!repo || !run) return fail('mode: publish: the workflow_run event payload has no workflow_run.id and head_sha')
  if (!inputs.githubToken) return fail(`mode: publish needs ${Input.GithubToken} (with pull-requests: write and actions: read)`)

  const client = deps.client ?? createGitHubClient(inputs.githubToken, env, deps.tuning)
  const artifacts = deps.artifacts ?? new ActionsArtifacts({ token: inputs.githubToken, owner: repo.owner, repo: repo.repo })
  let chosen: { name: string; key: string; attempt: number }[]
  try {
    chosen = reportsToPublish(await artifacts.list(run.id), inputs.reportArtifact, run.attempt)
  } catch (err) {
    return fail(`repro-gate could not list the artifacts of run ${run.id}: ${describeApiError(err)}`)
  }
  if (chosen.length === 0) {
    return fail(`repro-gate found no report artifact "${inputs.reportArtifact}--<comment-key>--<attempt>" in run ${run.id} (did the gate run there, with the same report-artifact?)`)
  }
  let code = 0
  for (const artifact of chosen) {
    code = Math.max(code, await publishOne(artifact, { ...inputs, commentKey: artifact.key }, run, repo, client, artifacts, env, log, deps))
  }
  return code
}

/** Downloads, checks and publishes one report artifact under its own comment key. */
async function publishOne(
  artifact: { name: string; attempt: number },
  inputs: Inputs,
  run: TriggeringRun,
  repo: Repo,
  client: GitHubClient,
  artifacts: ArtifactStore,
  env: NodeJS.ProcessEnv,
  log: PublishLog,
  deps: PublishModeDeps
): Promise<number> {
  const fail = (message: string): number => {
    log.annotate(message, 'repro-gate publish')
    return 1
  }
  const dir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'repro-gate-publish-'))
  try {
    let report: Report
    try {
      report = await readUntrustedReport(await artifacts.download(artifact.name, dir, run.id))
    } catch (err) {
      const why = err instanceof UntrustedReportError ? err.message : describeApiError(err)
      return fail(`repro-gate could not read the report artifact "${artifact.name}" of run ${run.id}: ${why}`)
    }
    const reportSha = report.context.headSha ?? report.context.sha
    if (reportSha !== run.headSha) {
      return fail(`repro-gate will not publish the report: it is for commit ${String(reportSha).slice(0, 40)}, but run ${run.id} ran ${run.headSha}`)
    }
    let pr: number | null
    try {
      pr = await pullRequestFor(client, repo, run)
    } catch (err) {
      log.warning(`repro-gate could not find the pull request of ${run.headSha}: ${describeApiError(err)}. The verdict is unchanged.`)
      return 0
    }
    if (pr === null) {
      log.info(`repro-gate: commit ${run.headSha} belongs to no open pull request; nothing to comment on`)
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
        { client, repo, pullRequest: pr, report: redactor.deep(trusted), inputs, redactor, env, backoffMs: deps.tuning?.retryAfterBaseValue },
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
