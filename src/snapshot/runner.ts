import * as path from 'node:path'
import type { RunnerInfo } from './types.js'
import { hashFile } from '../hash.js'

/**
 * Math-library variables that change results or their reproducibility (thread counts decide the
 * order of parallel reductions; MKL_CBWR pins MKL's code path). Nothing outside this list is
 * ever read from the environment into the report.
 */
export const MATH_ENV_NAMES = [
  'OMP_NUM_THREADS',
  'MKL_NUM_THREADS',
  'OPENBLAS_NUM_THREADS',
  'MKL_CBWR',
  'VECLIB_MAXIMUM_THREADS',
  'NUMEXPR_NUM_THREADS',
  'OPENBLAS_CORETYPE'
] as const

/** The allow-listed math variables that are set, by name. */
export function captureMathEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of MATH_ENV_NAMES) {
    const value = env[name]
    if (value !== undefined) out[name] = value
  }
  return out
}

const orNull = (value: string | undefined): string | null => (value === undefined || value === '' ? null : value)

/**
 * The GitHub runner and the workflow run, from the documented default variables; the runner
 * image's own manifest (`/imagegeneration/imagedata.json` on hosted runners) is hashed when present.
 */
export async function captureRunner(env: NodeJS.ProcessEnv, root: string): Promise<RunnerInfo> {
  let imageDataSha256: string | null = null
  try {
    imageDataSha256 = (await hashFile(path.join(root, 'imagegeneration/imagedata.json'))).sha256
  } catch {
    /* not a hosted runner */
  }
  return {
    os: orNull(env.RUNNER_OS),
    arch: orNull(env.RUNNER_ARCH),
    name: orNull(env.RUNNER_NAME),
    environment: orNull(env.RUNNER_ENVIRONMENT),
    imageOS: orNull(env.ImageOS),
    imageVersion: orNull(env.ImageVersion),
    imageDataSha256,
    sha: orNull(env.GITHUB_SHA),
    ref: orNull(env.GITHUB_REF),
    workflowRef: orNull(env.GITHUB_WORKFLOW_REF),
    runId: orNull(env.GITHUB_RUN_ID),
    runAttempt: orNull(env.GITHUB_RUN_ATTEMPT),
    eventName: orNull(env.GITHUB_EVENT_NAME)
  }
}
