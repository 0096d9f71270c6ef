/**
 * What the publishing side reads from the runner: the repository and the pull request of the
 * event (from the payload at GITHUB_EVENT_PATH — GITHUB_SHA is the merge commit on a PR, not the
 * head the reviewer looks at).
 */
import { payloadField, readEventPayload } from '../report/context.js'

export { payloadField, readEventPayload }

export interface Repo {
  owner: string
  repo: string
}

export interface PullRequestRef {
  number: number
  /** The PR's head commit: where the check run belongs. */
  headSha: string | null
  /** The head branch lives in another repository: the token is read-only there. */
  fromFork: boolean
}

/** Events whose runs belong to a pull request. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const

/** `owner/name` from GITHUB_REPOSITORY, or null outside Actions. */
export function repoFromEnv(env: NodeJS.ProcessEnv): Repo | null {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/')
  return owner && repo && rest.length === 0 ? { owner, repo } : null
}

/**
 * The pull request this run is for, or null when the event is not a pull request (push,
 * schedule, workflow_dispatch, merge_group, …).
 */
export function pullRequestFromEvent(env: NodeJS.ProcessEnv, payload = readEventPayload(env)): PullRequestRef | null {
  const event = env.GITHUB_EVENT_NAME ?? ''
  if (!(PULL_REQUEST_EVENTS as readonly string[]).includes(event)) return null
  const number = payloadField(payload, 'pull_request', 'number')
  if (typeof number !== 'number') return null
  const headSha = payloadField(payload, 'pull_request', 'head', 'sha')
  const headRepo = payloadField(payload, 'pull_request', 'head', 'repo', 'full_name')
  const baseRepo = payloadField(payload, 'pull_request', 'base', 'repo', 'full_name')
  return {
    number,
    headSha: typeof headSha === 'string' ? headSha : null,
    fromFork: typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo
  }
}
