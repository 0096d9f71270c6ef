/**
 * One extra run (varied, or with another seed), executed like a repeat and compared with run 1.
 */
import * as path from 'node:path'
import type { RunPlan } from '../plan/plan.js'
import { executeRuns, type RunObserver } from '../runs/runs.js'
import { compareArtifacts, compareRuns, type CompareOptions } from '../compare/compareRuns.js'
import type { FlatMetrics } from '../metrics/values.js'
import type { ArtifactFile, RunRecord } from '../runs/types.js'
import type { PlannedFactor, VariantLaunch } from './factors.js'
import { wrapCommand } from './launch.js'
import type { VariationChange } from './types.js'

/** Run 1, the reference every extra run is compared with, and how far the repeats spread around it. */
export interface Reference {
  metrics: FlatMetrics
  artifacts: ArtifactFile[]
  /** Per metric, the repeats' largest |a−b| from run 1 (the noise no factor may be blamed for). */
  spread: Map<string, number>
}

export interface ExtraRunContext {
  plan: RunPlan
  compare: CompareOptions
  reference: Reference
  observer?: RunObserver
  signal?: AbortSignal
  killGraceMs?: number
}

export interface ExtraRunResult {
  record: RunRecord
  metrics: FlatMetrics | null
  outcome: 'agrees' | 'drift' | 'failed'
  changes: VariationChange[]
  error: string | null
}

/** The last non-empty line of a run's output: usually the exception. */
function lastLine(text: string): string {
  const line =
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .pop() ?? ''
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}

/** What differs from run 1 beyond tolerance and beyond the repeats' own spread. */
export function changesFromReference(
  reference: Reference,
  metrics: FlatMetrics,
  artifacts: ArtifactFile[],
  compare: CompareOptions
): VariationChange[] {
  const changes: VariationChange[] = []
  for (const m of compareRuns([reference.metrics, metrics], compare)) {
    if (m.status !== 'drift') continue
    const noise = reference.spread.get(m.name) ?? 0
    if (m.maxAbsDeviation !== null && m.maxAbsDeviation <= noise) continue
    changes.push({ kind: 'metric', name: m.name, control: m.values[0], varied: m.values[1], absDeviation: m.maxAbsDeviation })
  }
  for (const a of compareArtifacts([reference.artifacts, artifacts])) {
    if (a.status === 'drift')
      changes.push({ kind: 'artifact', name: a.path, control: a.sha256[0], varied: a.sha256[1], absDeviation: null })
  }
  return changes
}

/**
 * Runs the experiment once more with the given factors varied (and, for the seed audit, another
 * seed), in a folder of its own under the run root, and compares the result with run 1.
 */
export async function runExtra(
  ctx: ExtraRunContext,
  spec: { label: string; folder: string; factors?: PlannedFactor[]; seed?: number; env?: Record<string, string> }
): Promise<ExtraRunResult> {
  const { plan } = ctx
  const launch: VariantLaunch = {
    env: { ...plan.env, ...(spec.env ?? {}) },
    cwd: plan.cwd,
    metricsFile: plan.metricsFile,
    wrap: { umask: null, hostname: null }
  }
  for (const factor of spec.factors ?? []) await factor.apply(launch)
  const extraPlan: RunPlan = {
    ...plan,
    runs: 1,
    seed: spec.seed ?? plan.seed,
    cwd: launch.cwd,
    env: launch.env,
    command: wrapCommand(plan.command, launch.wrap),
    metricsFile: launch.metricsFile,
    runRoot: path.join(plan.runRoot, 'extra', spec.folder)
  }
  const outer = ctx.observer
  const result = await executeRuns(extraPlan, {
    signal: ctx.signal,
    killGraceMs: ctx.killGraceMs,
    announcedRuns: plan.runs,
    observer: {
      onRunStart: (_i, _n, dir) => outer?.onExtraRunStart?.(spec.label, dir),
      onOutput: (i, text) => outer?.onOutput?.(i, text),
      onRunEnd: (record) => outer?.onExtraRunEnd?.(spec.label, record)
    }
  })
  const record = result.records[0]
  const metrics = result.metrics[0] ?? null
  if (!record) {
    return {
      record: emptyRecord(extraPlan.runRoot),
      metrics: null,
      outcome: 'failed',
      changes: [],
      error: 'the run was not started (the job was cancelled)'
    }
  }
  if (record.error !== null || metrics === null) {
    const why = (record.error ?? 'wrote no metrics').replace(/^run 1:? /, '')
    const line = lastLine(record.outputTail)
    return { record, metrics, outcome: 'failed', changes: [], error: line && !why.includes(line) ? `${why}: ${line}` : why }
  }
  const changes = changesFromReference(ctx.reference, metrics, record.artifacts, ctx.compare)
  return { record, metrics, outcome: changes.length ? 'drift' : 'agrees', changes, error: null }
}

function emptyRecord(dir: string): RunRecord {
  return {
    index: 1,
    exitCode: null,
    signal: null,
    durationMs: 0,
    timedOut: false,
    cancelled: true,
    outputDir: dir,
    metricsFile: null,
    metrics: null,
    artifacts: [],
    error: 'not started',
    outputTail: ''
  }
}
