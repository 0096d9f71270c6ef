// STUB — the reviewer's-view work replaces this body; keep the signature.
import type { Report } from '../report/types.js'
import type { Inputs } from '../inputs/inputs.js'
import type { Redactor } from '../report/redact.js'

export interface PublishResult {
  commentUrl: string | null
  checkRunUrl: string | null
  /** Problems that did not change the verdict (403 on a fork, API down). Already logged as warnings. */
  warnings: string[]
}

/**
 * Publishes the verdict where reviewers look: the sticky PR comment, the optional check run and
 * error annotations. Never throws: a failure to publish must not change or hide the verdict.
 */
export async function publishToGitHub(report: Report, inputs: Inputs, redactor: Redactor): Promise<PublishResult> {
  void report
  void inputs
  void redactor
  return { commentUrl: null, checkRunUrl: null, warnings: [] }
}
