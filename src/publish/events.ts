/**
 * Which events may run the experiment. `pull_request_target` runs with the base repository's
 * write token and secrets; checking out and running the PR's code there hands both to whoever
 * opened the PR.
 */
import type { Inputs } from '../inputs/inputs.js'
import { Input } from '../inputs/constants.js'
import { InputError } from '../errors.js'

/**
 * Refuses to run untrusted PR code with a write token (pull_request_target) unless the user opted in.
 * Throws InputError with the reason and the opt-in input's name.
 */
export function assertEventIsSafe(inputs: Inputs, env: NodeJS.ProcessEnv): void {
  if (env.GITHUB_EVENT_NAME !== 'pull_request_target') return
  // Publish mode runs no experiment: it only reads a report artifact.
  if (inputs.mode === 'publish' || inputs.allowPullRequestTarget) return
  throw new InputError(
    'repro-gate refuses to run the experiment on pull_request_target: that event runs with a write token and ' +
      "the repository's secrets, and the experiment is the pull request's own code, so anyone who opens a PR " +
      'could use them. Run the gate on pull_request and post the comment from a workflow_run workflow with ' +
      `mode: publish (see README 'Forks'), or, if every PR author is trusted, set ` +
      `${Input.AllowPullRequestTarget}: true.`
  )
}
