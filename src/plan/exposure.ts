/**
 * What the experiment can read although the gate keeps it out of the experiment's environment.
 * The experiment runs as the gate's user, so `/proc/<ppid>/environ` (the gate's environment, any
 * same-user process's) shows the token the gate was given and the runner's own; on GitHub-hosted
 * runners it also has passwordless sudo and docker, so nothing on the machine is hidden from it.
 * The report says so plainly, naming the variables (never their values).
 */
import type { Exposure } from './schema.js'

/** Variables the experiment must never see: the gate's inputs (the token among them) and the runner's credentials. */
const HIDDEN_VARIABLE = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_)/

/** Whether a variable is kept out of the experiment's environment. */
export function isHiddenVariable(name: string): boolean {
  return HIDDEN_VARIABLE.test(name.toUpperCase())
}

export type { Exposure } from './schema.js'

const SECRET_NAME = /TOKEN|SECRET|KEY|PASSWORD|CRED/i

/** What the experiment can read of the gate's secrets here; null when there is nothing to say (no token, not a hosted runner). */
export function experimentExposure(env: NodeJS.ProcessEnv): Exposure | null {
  const readableVariables = Object.entries(env)
    .filter(([name, value]) => isHiddenVariable(name) && SECRET_NAME.test(name) && (value ?? '').trim().length >= 6)
    .map(([name]) => name)
    .sort()
  const hostedRunner = env.RUNNER_ENVIRONMENT === 'github-hosted'
  if (readableVariables.length === 0 && !hostedRunner) return null
  const parts: string[] = []
  if (readableVariables.length > 0) {
    parts.push(
      `The experiment ran as the gate's user: its own environment lacked ${readableVariables.join(', ')}, ` +
        `but it could read them in the gate's (/proc/<ppid>/environ).`
    )
  }
  if (hostedRunner) parts.push('On a GitHub-hosted runner it has passwordless sudo and docker: nothing on the machine is hidden from it.')
  parts.push(
    'Give the gate job a read-only token (permissions: contents: read) and post the comment from a mode: publish workflow (see the README), ' +
      'so whatever it reads cannot write to the repository.'
  )
  return { readableVariables, hostedRunner, note: parts.join(' ') }
}
