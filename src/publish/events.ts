// STUB — the reviewer's-view work replaces this body; keep the signature.
import type { Inputs } from '../inputs/inputs.js'

/**
 * Refuses to run untrusted PR code with a write token (pull_request_target) unless the user opted in.
 * Throws InputError with the reason and the opt-in input's name.
 */
export function assertEventIsSafe(inputs: Inputs, env: NodeJS.ProcessEnv): void {
  void inputs
  void env
}
