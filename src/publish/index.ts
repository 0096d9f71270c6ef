/**
 * Publishes the verdict where reviewers look: error annotations, the sticky PR comment and the
 * optional check run. Publishing is optional: any failure here becomes one warning and never
 * changes or hides the verdict.
 */
import { actionLog } from '../action-log.js'
import type { Log } from '../log.js'
import type { Report } from '../report/types.js'
import type { Inputs } from '../inputs/inputs.js'
import type { Redactor } from '../report/redact.js'
import { renderMarkdown } from '../report/markdown.js'
import { Input } from '../inputs/constants.js'
import { driftAnnotations } from './annotations.js'
import { createCheckRun } from './check.js'
import { StickyComment, type CommentMarker } from './comment.js'
import { createGitHubClient, describeApiError, statusOf, type ClientTuning, type GitHubClient } from './octokit.js'
import { pullRequestFromEvent, readEventPayload, repoFromEnv, type PullRequestRef, type Repo } from './github-event.js'
import { errorMessage } from '../errors.js'

export { failureMessage, driftAnnotations } from './annotations.js'
export { checkConclusion } from './check.js'
export { StickyComment } from './comment.js'

export interface PublishResult {
  commentUrl: string | null
  checkRunUrl: string | null
  /** Problems that did not change the verdict (403 on a fork, API down). Already logged as warnings. */
  warnings: string[]
}

/** What publishing logs: messages, and annotations on the run's page. */
export type PublishLog = Pick<Log, 'info' | 'warning' | 'annotate'>

export interface PublishOptions {
  env?: NodeJS.ProcessEnv
  log?: PublishLog
  /** A ready client (tests); otherwise one is composed from the token and GITHUB_API_URL. */
  client?: GitHubClient
  tuning?: ClientTuning
}

/** The README section a fork's read-only token points to. */
export const FORK_REASON = "the token is read-only on pull requests from forks; see README 'Forks'"

/** Collects what failed, to say it once. */
class Failures {
  private readonly items: { what: string; err: unknown }[] = []
  add(what: string, err: unknown): void {
    this.items.push({ what, err })
  }
  /** One sentence naming everything that failed and why, or null. */
  message(pr: PullRequestRef | null): string | null {
    if (this.items.length === 0) return null
    const what = this.items.map((i) => i.what).join(' and ')
    const forbidden = this.items.every((i) => statusOf(i.err) === 403)
    let why: string
    if (forbidden && pr?.fromFork) why = FORK_REASON
    else if (forbidden) {
      why = `${describeApiError(this.items[0]?.err)} — give the job \`permissions: pull-requests: write\` (comment) and \`checks: write\` (check run), or set ${Input.Comment}: never`
    } else why = this.items.map((i) => `${i.what}: ${describeApiError(i.err)}`).join('; ')
    return `repro-gate could not post the ${what}: ${why}. The verdict is unchanged.`
  }
}

/** The marker a comment from this run carries. */
export function markerFor(report: Report, key: string, env: NodeJS.ProcessEnv): CommentMarker {
  const runId = Number(report.context.runId ?? env.GITHUB_RUN_ID ?? 0)
  const attempt = Number(report.context.runAttempt ?? env.GITHUB_RUN_ATTEMPT ?? 1)
  return {
    key,
    runId: Number.isSafeInteger(runId) ? runId : 0,
    attempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : 1,
    sha: report.context.headSha ?? report.context.sha ?? ''
  }
}

/** The note on top of an on-drift comment once the drift is gone. */
export const DRIFT_GONE_NOTE = '> [!NOTE]\n> The drift reported earlier in this pull request is gone: this run is reproducible.'

export interface CommentArgs {
  client: GitHubClient
  repo: Repo
  pullRequest: number
  report: Report
  inputs: Pick<Inputs, 'comment' | 'commentKey' | 'commentAuthor'>
  redactor: Redactor
  env: NodeJS.ProcessEnv
  backoffMs?: number
}

/**
 * Posts or updates the sticky comment according to the `comment` policy. Returns the comment URL,
 * or null when none was written. Throws the API error.
 */
export async function publishComment(args: CommentArgs, log: PublishLog): Promise<string | null> {
  const { report, inputs } = args
  if (inputs.comment === 'never') return null
  const sticky = new StickyComment(args.client, { ...args.repo, issueNumber: args.pullRequest }, inputs.commentKey, {
    author: inputs.commentAuthor,
    backoffMs: args.backoffMs
  })
  const onDrift = inputs.comment === 'on-drift'
  const quiet = onDrift && report.verdict === 'reproducible'
  const markdown = renderMarkdown(report, { target: 'comment' })
  const body = args.redactor.text(quiet ? `${DRIFT_GONE_NOTE}\n\n${markdown}` : markdown)
  const outcome = await sticky.upsert(body, markerFor(report, inputs.commentKey, args.env), { createIfMissing: !quiet })
  switch (outcome.action) {
    case 'none':
      log.info(`repro-gate: reproducible and ${Input.Comment} is on-drift, so no comment`)
      return null
    case 'kept-newer':
      log.info(
        `repro-gate: the comment was written by a newer run (${outcome.newer.runId}, attempt ${outcome.newer.attempt}); left as it is`
      )
      return outcome.url
    default:
      log.info(`repro-gate: ${outcome.action} the PR comment ${outcome.url}`)
      return outcome.url
  }
}

/**
 * Publishes the verdict where reviewers look: the sticky PR comment, the optional check run and
 * error annotations. Never throws: a failure to publish must not change or hide the verdict.
 */
export async function publishToGitHub(
  report: Report,
  inputs: Inputs,
  redactor: Redactor,
  options: PublishOptions = {}
): Promise<PublishResult> {
  const env = options.env ?? process.env
  const log = options.log ?? actionLog()
  const result: PublishResult = { commentUrl: null, checkRunUrl: null, warnings: [] }
  try {
    const safe = redactor.deep(report)
    // Annotations are a channel of their own: a failure there must not cost the comment.
    try {
      for (const a of driftAnnotations(safe)) log.annotate(redactor.text(a.message), redactor.text(a.title))
    } catch (err) {
      const message = redactor.text(`repro-gate could not write the annotations: ${errorMessage(err)}. The verdict is unchanged.`)
      log.warning(message)
      result.warnings.push(message)
    }

    const repo = repoFromEnv(env)
    const payload = readEventPayload(env)
    const pr = pullRequestFromEvent(env, payload)
    const wantsComment = inputs.comment !== 'never' && pr !== null
    const wantsCheck = inputs.checkName !== null
    if (!repo || (!wantsComment && !wantsCheck)) return result
    if (!inputs.githubToken) {
      log.info(`repro-gate: no ${Input.GithubToken}, so no PR comment or check run`)
      return result
    }
    const client = options.client ?? createGitHubClient(inputs.githubToken, env, options.tuning)
    const failures = new Failures()

    if (wantsComment && pr) {
      try {
        result.commentUrl = await publishComment(
          { client, repo, pullRequest: pr.number, report: safe, inputs, redactor, env, backoffMs: options.tuning?.retryAfterBaseValue },
          log
        )
      } catch (err) {
        failures.add('PR comment', err)
      }
    }
    if (wantsCheck && inputs.checkName) {
      const headSha = pr?.headSha ?? safe.context.headSha ?? env.GITHUB_SHA ?? safe.context.sha
      if (headSha) {
        try {
          result.checkRunUrl = await createCheckRun(client, repo, { name: inputs.checkName, headSha, report: safe, redactor })
        } catch (err) {
          failures.add(`check run "${inputs.checkName}"`, err)
        }
      }
    }
    const message = failures.message(pr)
    if (message) {
      log.warning(redactor.text(message))
      result.warnings.push(redactor.text(message))
    }
  } catch (err) {
    const message = redactor.text(`repro-gate could not publish the verdict: ${errorMessage(err)}`)
    log.warning(message)
    result.warnings.push(message)
  }
  return result
}
