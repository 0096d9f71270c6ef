/**
 * The optional named check run (`check-name`): a line of its own in the PR's checks, on the PR's
 * head commit, whose page shows the same Markdown as the comment.
 */
import type { Report } from '../report/types.js'
import { renderMarkdown, verdictTitle } from '../report/markdown.js'
import type { Redactor } from '../report/redact.js'
import type { GitHubClient } from './octokit.js'
import type { Repo } from './github-event.js'

/** GitHub's limit on a check run's output.summary, in characters. */
export const CHECK_SUMMARY_MAX_CHARS = 65_535

export type CheckConclusion = 'success' | 'failure' | 'neutral'

/** Reproducible passes; error fails; drift fails unless fail-on-drift is false (then neutral). */
export function checkConclusion(report: Report): CheckConclusion {
  // The step fails on baseline drift when asked to; a check that branch protection requires must agree.
  if (report.baseline?.verdict === 'drift' && report.inputs.failOnBaselineDrift) return 'failure'
  if (report.verdict === 'reproducible') return 'success'
  if (report.verdict === 'drift' && !report.inputs.failOnDrift) return 'neutral'
  return 'failure'
}

export interface CheckRunArgs {
  name: string
  headSha: string
  /** The report as it may leave the runner (already redacted). */
  report: Report
  redactor: Redactor
}

/** Creates the completed check run; returns its html_url. Throws the API error. */
export async function createCheckRun(client: GitHubClient, repo: Repo, args: CheckRunArgs): Promise<string | null> {
  const { report, redactor } = args
  // A byte cap below the character cap: the rendered summary always fits.
  const summary = redactor.text(renderMarkdown(report, { target: 'comment', maxBytes: CHECK_SUMMARY_MAX_CHARS - 35 }))
  const runUrl = report.context.runUrl
  const { data } = await client.rest.checks.create({
    owner: repo.owner,
    repo: repo.repo,
    name: args.name.slice(0, 200),
    head_sha: args.headSha,
    status: 'completed',
    conclusion: checkConclusion(report),
    completed_at: new Date().toISOString(),
    ...(runUrl && /^https?:\/\//.test(runUrl) ? { details_url: runUrl } : {}),
    output: {
      title: redactor.text(verdictTitle(report)).slice(0, 255),
      summary: summary.slice(0, CHECK_SUMMARY_MAX_CHARS)
    }
  })
  return data.html_url ?? null
}
