// STUB — the baselines work replaces this body; keep the signature.
import type { Report } from '../report/types.js'
import type { Inputs } from '../inputs/inputs.js'
import type { BaselineSection } from './types.js'

/**
 * On a pull request: restores the base branch's newest baseline and compares the report with it.
 * On a push to the default branch: saves a reproducible report as the new baseline.
 * Never throws: a missing cache service is a warning.
 */
export async function baselineStage(report: Report, inputs: Inputs, env: NodeJS.ProcessEnv): Promise<BaselineSection | undefined> {
  void report
  void inputs
  void env
  return undefined
}
