import * as path from 'node:path'
import type { Inputs, IsolateUser } from '../inputs/inputs.js'
import { planSeedVariables, type SeedVariables } from './seeds.js'
import { experimentExposure, isHiddenVariable, type Exposure } from './exposure.js'

/** What the runs stage executes: decided once from the inputs, before anything runs. */
export interface RunPlan {
  command: string
  runs: number
  seed: number
  cwd: string
  /** The experiment's environment, shared by every run (the per-run REPRO_* are added on top). */
  env: Record<string, string>
  seeds: SeedVariables
  /** Parent of run-1 … run-N: under RUNNER_TEMP in CI, under `.repro-gate/` locally. */
  runRoot: string
  timeoutMs: number | null
  /** The metrics file (absolute) and the artifact globs: a run's outputs, moved away after each run. */
  metricsFile: string
  artifactGlobs: string[]
  /** What the experiment can read of the gate's secrets anyway (null: nothing to say, or isolated). */
  exposure?: Exposure | null
  /** The unprivileged user an isolated experiment runs as (input `isolate`); null = not isolated. */
  isolate: IsolateUser | null
}

/**
 * Also hidden from an isolated experiment (input `isolate`): the job's GitHub tokens, which a step
 * may have put in its environment for the gate or for other tools.
 */
const ISOLATED_HIDDEN_VARIABLE = /^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN)$/

/** The step's environment minus the gate's inputs and the runner's tokens (and, isolated, the GitHub tokens). */
export function experimentEnvironment(env: NodeJS.ProcessEnv, isolated = false): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || isHiddenVariable(name) || (isolated && ISOLATED_HIDDEN_VARIABLE.test(name.toUpperCase()))) continue
    out[name] = value
  }
  return out
}

/** A folder name unique to this gate invocation that sorts by time. */
function invocationId(env: NodeJS.ProcessEnv, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return env.GITHUB_RUN_ID ? `run-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${process.pid}` : `${stamp}-${process.pid}`
}

/** Plans the runs: environment, seeds, where each run's outputs go. Pure apart from reading the clock. */
export function planRuns(inputs: Inputs, env: NodeJS.ProcessEnv, now = new Date()): RunPlan {
  const seeds = planSeedVariables(inputs.determinism, inputs.seed, env)
  const base = env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, 'repro-gate') : path.join(inputs.workingDirectory, '.repro-gate', 'runs')
  return {
    command: inputs.command,
    runs: inputs.runs,
    seed: inputs.seed,
    cwd: inputs.workingDirectory,
    env: { ...experimentEnvironment(env, inputs.isolate !== null), ...seeds.set },
    seeds,
    runRoot: path.join(base, invocationId(env, now)),
    timeoutMs: inputs.timeoutMinutes === null ? null : Math.round(inputs.timeoutMinutes * 60_000),
    metricsFile: inputs.metrics,
    artifactGlobs: inputs.artifacts,
    // Isolated, the experiment cannot read the gate's /proc: there is nothing to warn about.
    exposure: inputs.isolate ? null : experimentExposure(env),
    isolate: inputs.isolate
  }
}
