/**
 * The variation stage, after the repeats: the seed audit (one run with another seed), then the
 * diagnosis (one run with every factor varied; one per factor only when that drifts). Each extra
 * run is executed like a repeat, in a folder of its own, and compared with run 1.
 */
import { execFile } from 'node:child_process'
import * as path from 'node:path'
import type { RunPlan } from '../plan/plan.js'
import type { RunObserver, RunsResult } from '../runs/runs.js'
import { compareArtifacts, compareRuns, type CompareOptions } from '../compare/compareRuns.js'
import type { FlatMetrics } from '../metrics/values.js'
import type { Tolerance, ToleranceRule } from '../inputs/tolerance.js'
import { diagnose } from './diagnose.js'
import { planFactors } from './factors.js'
import { runExtra, type ExtraRunContext, type Reference } from './outcome.js'
import { auditSeed } from './seed-audit.js'
import type { FactorName, SeedAuditLevel, SeedAuditSection, VariationsSection } from './types.js'

export interface VaryInputs {
  vary: FactorName[]
  varyMaxRuns: number
  seedAudit: SeedAuditLevel
  tolerance: Tolerance
  tolerances: ToleranceRule[]
  ignore: string[]
}

export interface VaryResult {
  variations: VariationsSection | null
  seedAudit: SeedAuditSection | null
  /** The culprits (and an interaction), as drift items of kind `variation`. */
  drifted: { kind: 'variation'; name: string }[]
  /** A seed audit under `fail` that finds the seed not wired. */
  errors: { run: null; message: string }[]
  warnings: string[]
}

export interface VaryOptions {
  observer?: RunObserver
  signal?: AbortSignal
  killGraceMs?: number
  /** Cap on the cwd copy (tests lower it). */
  copyCapBytes?: number
}

/**
 * The checkout around the working directory: GITHUB_WORKSPACE, else the git top level, else the
 * folder the gate was started from when the working directory lies inside it (the CLI run from a
 * project root that is not a git repository), else none. An experiment that reads `../data` needs
 * its siblings in the cwd factor's copy, or the copy itself would "move" its results.
 */
export async function checkoutRoot(cwd: string, env: Record<string, string>, invocationDir = process.cwd()): Promise<string | undefined> {
  const inside = (root: string): boolean => {
    const rel = path.relative(root, cwd)
    return !rel.startsWith('..') && !path.isAbsolute(rel)
  }
  const workspace = env.GITHUB_WORKSPACE
  if (workspace && inside(workspace)) return workspace
  const top = await new Promise<string | undefined>((resolve) => {
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd, env, timeout: 5000 }, (err, stdout) =>
      resolve(err ? undefined : String(stdout).trim() || undefined)
    )
  })
  if (top) return top
  return path.resolve(invocationDir) !== path.resolve(cwd) && inside(path.resolve(invocationDir)) ? path.resolve(invocationDir) : undefined
}

/** Whether the stage has anything to do for these inputs. */
export function varyWanted(inputs: Pick<VaryInputs, 'vary' | 'seedAudit'>): boolean {
  return inputs.vary.length > 0 || inputs.seedAudit !== 'off'
}

export async function runVaryStage(inputs: VaryInputs, plan: RunPlan, runs: RunsResult, options: VaryOptions = {}): Promise<VaryResult> {
  const result: VaryResult = { variations: null, seedAudit: null, drifted: [], errors: [], warnings: [] }
  const compare: CompareOptions = { tolerance: inputs.tolerance, tolerances: inputs.tolerances, ignore: inputs.ignore }
  const clean = runs.records.every((r) => r.error === null) && runs.skipped === 0 && runs.records.length >= 2
  const comparable = runs.metrics.filter((m): m is FlatMetrics => m !== null)
  const repeatComparison = clean ? compareRuns(comparable, compare) : []
  const repeatArtifacts = clean ? compareArtifacts(runs.records.map((r) => r.artifacts)) : []
  const repeatsDrifted = repeatComparison.some((m) => m.status === 'drift') || repeatArtifacts.some((a) => a.status === 'drift')
  const reference: Reference | null = clean
    ? {
        metrics: comparable[0],
        artifacts: runs.records[0].artifacts,
        spread: new Map(repeatComparison.map((m) => [m.name, m.maxAbsDeviation ?? 0]))
      }
    : null
  const ctx = (ref: Reference): ExtraRunContext => ({
    plan,
    compare,
    reference: ref,
    observer: options.observer,
    signal: options.signal,
    killGraceMs: options.killGraceMs
  })

  if (inputs.seedAudit !== 'off' && reference && !options.signal?.aborted) {
    const level = inputs.seedAudit
    result.seedAudit = await auditSeed({
      level,
      seed: plan.seed,
      gateSet: plan.seeds.set,
      reference,
      compare,
      execute: (seed, variables) =>
        runExtra(ctx(reference), { label: `seed audit (REPRO_SEED ${seed})`, folder: 'seed-audit', seed, env: variables })
    })
    if (result.seedAudit.wired === false) {
      if (level === 'fail') result.errors.push({ run: null, message: `seed-audit: ${result.seedAudit.message}` })
      else result.warnings.push(`seed-audit: ${result.seedAudit.message}`)
    } else if (result.seedAudit.wired === null) result.warnings.push(`seed-audit: ${result.seedAudit.message}`)
  }

  if (inputs.vary.length > 0) {
    const workRoot = path.join(plan.runRoot, 'vary')
    const factors = await planFactors(inputs.vary, {
      env: plan.env,
      cwd: plan.cwd,
      copyRoot: inputs.vary.includes('cwd') ? await checkoutRoot(plan.cwd, plan.env) : undefined,
      workRoot,
      exclude: [plan.runRoot],
      copyCapBytes: options.copyCapBytes
    })
    let n = 0
    result.variations = await diagnose({
      requested: inputs.vary,
      factors,
      maxRuns: inputs.varyMaxRuns,
      repeatsDrifted,
      repeatsFailed: !clean,
      signal: options.signal,
      execute: (chosen) => {
        const names = chosen.map((f) => f.record.name)
        n++
        return runExtra(ctx(reference!), {
          label: names.length === 1 ? `varied: ${names[0]}` : `varied: ${names.join(', ')}`,
          folder: `vary-${n}-${names.length === 1 ? names[0] : 'all'}`,
          factors: chosen
        })
      }
    })
    const v = result.variations
    if (v.status === 'sensitive') result.drifted.push(...v.culprits.map((c) => ({ kind: 'variation' as const, name: c.factor })))
    if (v.status === 'interaction') {
      result.drifted.push({ kind: 'variation', name: v.runs[0].factors.join('+') })
    }
    for (const f of v.factors) if (!f.varied) result.warnings.push(`vary: ${f.name} not varied: ${f.reason}`)
  }
  return result
}
