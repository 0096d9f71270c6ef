import type { Determinism } from '../inputs/constants.js'
import type { SeedVariables } from './schema.js'

export type { SeedVariables } from './schema.js'

/** Flag appended to XLA_FLAGS under `strict`; old XLA builds abort on unknown flags (documented). */
export const XLA_DETERMINISTIC_FLAG = '--xla_gpu_deterministic_ops=true'

/**
 * The determinism knobs a level turns on, beyond the gate's own REPRO_* variables.
 * Environment variables cannot seed numpy or torch; these are the ones frameworks read themselves.
 */
export function determinismKnobs(level: Determinism, seed: number): Record<string, string> {
  if (level === 'off') return {}
  const knobs: Record<string, string> = {
    PYTHONHASHSEED: String(seed),
    PL_GLOBAL_SEED: String(seed)
  }
  if (level === 'strict') {
    Object.assign(knobs, {
      CUBLAS_WORKSPACE_CONFIG: ':4096:8',
      TF_DETERMINISTIC_OPS: '1',
      TF_CUDNN_DETERMINISTIC: '1',
      PL_SEED_WORKERS: '1',
      XLA_FLAGS: XLA_DETERMINISTIC_FLAG
    })
  }
  return knobs
}

/**
 * Decides the seed variables of every run: the knobs of the level, except that a variable the
 * user already set is never overwritten (XLA_FLAGS is extended instead, since it holds many flags).
 */
export function planSeedVariables(level: Determinism, seed: number, env: NodeJS.ProcessEnv): SeedVariables {
  // REPRO_RUN and REPRO_OUTPUT_DIR differ per run and are documented, not recorded here.
  const set: Record<string, string> = { REPRO_SEED: String(seed) }
  const keptFromUser: Record<string, string> = {}
  for (const [name, value] of Object.entries(determinismKnobs(level, seed))) {
    const existing = env[name]
    if (name === 'XLA_FLAGS' && existing !== undefined && existing !== '') {
      if (existing.split(/\s+/).some((f) => f.startsWith('--xla_gpu_deterministic_ops'))) keptFromUser[name] = existing
      else set[name] = `${existing} ${value}`
    } else if (existing !== undefined) {
      keptFromUser[name] = existing
    } else {
      set[name] = value
    }
  }
  return { set, keptFromUser }
}

/** The gate's own variables for run `index` (1-based). These always come from the gate. */
export function runVariables(seed: number, index: number, runs: number, outputDir: string): Record<string, string> {
  return {
    REPRO_SEED: String(seed),
    REPRO_RUN: String(index),
    REPRO_RUNS: String(runs),
    REPRO_OUTPUT_DIR: outputDir
  }
}
