/**
 * The seed audit: one extra run with another seed. Only the seed variables change (REPRO_SEED, and
 * PL_GLOBAL_SEED where the gate set it), never PYTHONHASHSEED: an experiment that iterates a `set`
 * would otherwise read as wired.
 */
import { compareRuns, type CompareOptions } from '../compare/compareRuns.js'
import { toleranceFor } from '../compare/tolerance.js'
import type { FlatMetrics } from '../metrics/values.js'
import type { ArtifactFile } from '../runs/types.js'
import { formatDeviation as formatNumber } from '../metrics/format.js'
import type { ExtraRunResult } from './outcome.js'
import type { SeedAuditSection, SeedSpread } from './types.js'

export interface SeedAuditArgs {
  level: 'warn' | 'fail'
  seed: number
  /** The variables the gate set for the repeats (PL_GLOBAL_SEED is changed only when it is among them). */
  gateSet: Record<string, string>
  reference: { metrics: FlatMetrics; artifacts: ArtifactFile[] }
  compare: CompareOptions
  /** Runs the experiment once with these seed variables and compares it with run 1. */
  execute(seed: number, variables: Record<string, string>): Promise<ExtraRunResult>
}

/** The audit's seed: the next one (the previous one at the top of the range). */
export function auditSeedFor(seed: number): number {
  return seed >= 4294967295 ? seed - 1 : seed + 1
}

export async function auditSeed(args: SeedAuditArgs): Promise<SeedAuditSection> {
  const started = Date.now()
  const auditSeed = auditSeedFor(args.seed)
  const variables: Record<string, string> = { REPRO_SEED: String(auditSeed) }
  if ('PL_GLOBAL_SEED' in args.gateSet) variables.PL_GLOBAL_SEED = String(auditSeed)
  const result = await args.execute(auditSeed, variables)
  const base = { level: args.level, seed: args.seed, auditSeed, variables, spread: [], artifactsChanged: [] as string[] }
  const changed = `${Object.keys(variables).join(' and ')} ${args.seed} → ${auditSeed}`
  if (result.outcome === 'failed' || result.metrics === null) {
    return {
      ...base,
      wired: null,
      message: `the seed audit's run (${changed}) failed, so the audit could not tell: ${result.error ?? 'no metrics'}`,
      error: result.error,
      durationMs: Date.now() - started
    }
  }
  // Any change at all counts (tolerance 0); ignored metrics (timings) stay ignored.
  const exact = { tolerance: { atol: 0, rtol: 0 }, tolerances: [], ignore: args.compare.ignore }
  const spread: SeedSpread[] = []
  let movedMetrics = 0
  for (const m of compareRuns([args.reference.metrics, result.metrics], exact)) {
    if (m.status === 'ignored') continue
    if (m.status === 'drift') movedMetrics++
    const numeric = m.maxAbsDeviation !== null
    spread.push({
      name: m.name,
      tolerance: numeric ? toleranceFor(m.name, args.compare.tolerances, args.compare.tolerance).tolerance : null,
      control: m.values[0],
      audit: m.values[1],
      spread: m.maxAbsDeviation
    })
  }
  const before = new Map(args.reference.artifacts.map((a) => [a.path, a.sha256]))
  const after = new Map(result.record.artifacts.map((a) => [a.path, a.sha256]))
  const artifactsChanged = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p)).sort()
  const durationMs = Date.now() - started
  if (movedMetrics === 0 && artifactsChanged.length === 0) {
    return {
      ...base,
      spread,
      wired: false,
      message:
        `changing ${changed} changed no metric and no artifact: the seed is probably not wired. ` +
        'Check that the experiment reads REPRO_SEED, and that no generator is seeded from a constant (random.seed(0), np.random.default_rng(1234), torch.manual_seed(0)). ' +
        'An experiment with no randomness at all also changes nothing; the audit is for experiments that should depend on the seed.',
      error: null,
      durationMs
    }
  }
  // Metrics the seed moves less than their tolerance: that tolerance could not tell another seed.
  const loose = spread.filter(
    (s) => s.spread !== null && s.spread > 0 && s.tolerance && s.spread <= s.tolerance.atol + s.tolerance.rtol * Math.abs(Number(s.control))
  )
  const largest = [...spread].filter((s) => s.spread !== null).sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0))[0]
  const parts = [
    `changing ${changed} moves ${movedMetrics} of ${spread.length} metrics${artifactsChanged.length ? ` and ${artifactsChanged.length} artifacts` : ''}: the seed is wired`,
    ...(largest?.spread ? [`largest seed spread ${formatNumber(largest.spread)} (${largest.name})`] : []),
    ...(loose.length
      ? [
          `the tolerance is wider than the seed's effect for ${loose
            .slice(0, 3)
            .map((s) => s.name)
            .join(', ')}${loose.length > 3 ? ', …' : ''}: it would not notice another seed`
        ]
      : [])
  ]
  return { ...base, spread, artifactsChanged, wired: true, message: parts.join('; '), error: null, durationMs }
}
