/**
 * The diagnosis: one run with every varied factor at once; only when it drifts, one run per factor
 * (at most one per factor, within vary-max-runs) to name the culprits. A factor alone is blamed only
 * for a change beyond the repeats' own spread, and never when the repeats already drift.
 */
import type { EncodedValue } from '../metrics/values.js'
import type { PlannedFactor } from './factors.js'
import type { ExtraRunResult } from './outcome.js'
import type { Culprit, FactorName, FactorRecord, VariationChange, VariationRun, VariationsSection } from './types.js'

export interface DiagnoseArgs {
  requested: FactorName[]
  factors: PlannedFactor[]
  maxRuns: number
  /** The plain repeats drifted: the diagnosis is inconclusive and runs nothing. */
  repeatsDrifted: boolean
  /** The repeats failed (error verdict): there is no reference to vary. */
  repeatsFailed: boolean
  /** Runs the experiment with these factors varied and compares it with run 1. */
  execute(factors: PlannedFactor[]): Promise<ExtraRunResult>
  signal?: AbortSignal
}

/** How a factor reads in a sentence: "the thread count (OMP_NUM_THREADS 2 → 1)". */
export function describeFactor(f: FactorRecord): string {
  const change = `${f.control} → ${f.value ?? '?'}`
  switch (f.name) {
    case 'hashseed':
      return `the hash seed (PYTHONHASHSEED ${change})`
    case 'timezone':
      return `the time zone (${change})`
    case 'locale':
      return `the locale (${change})`
    case 'threads':
      return `the thread count (OMP_NUM_THREADS and the other math-library thread variables ${f.control.split(' ')[0]} → ${f.value ?? '?'})`
    case 'cwd':
      return `the working directory's path (${change})`
    case 'umask':
      return `the umask (${change})`
    case 'home':
      return 'HOME (an empty folder)'
    case 'hostname':
      return `the host name (${change})`
  }
}

/** A value as a reviewer reads it. */
export function showValue(v: EncodedValue): string {
  if (v === null) return 'missing'
  if (typeof v === 'object') return v.nonFinite
  if (typeof v === 'string')
    return /^[0-9a-f]{64}$/.test(v) ? `sha256 ${v.slice(0, 12)}…` : JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v)
  return String(v)
}

function describeChanges(changes: VariationChange[]): string {
  if (changes.length === 1 && changes[0].kind === 'metric') return `${showValue(changes[0].control)} → ${showValue(changes[0].varied)}`
  const shown = changes
    .slice(0, 3)
    .map((c) => (c.kind === 'metric' ? `\`${c.name}\` ${showValue(c.control)} → ${showValue(c.varied)}` : `artifact \`${c.name}\` differs`))
  return shown.join('; ') + (changes.length > 3 ? `; and ${changes.length - 3} more` : '')
}

/** "`accuracy` changes with the thread count (…): 0.91214 → 0.91238" or "with HOME empty the run exits 1: …". */
export function culpritSummary(f: FactorRecord, result: { changes: VariationChange[]; error: string | null }): string {
  if (result.error) return `with ${describeFactor(f)} the run ${result.error.replace(/^run \d+ /, '')}`
  const names = result.changes.map((c) => `\`${c.name}\``)
  const subject = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
  return `${subject} ${result.changes.length === 1 ? 'changes' : 'change'} with ${describeFactor(f)}: ${describeChanges(result.changes)}`
}

function toRun(factors: PlannedFactor[], r: ExtraRunResult): VariationRun {
  return {
    factors: factors.map((f) => f.record.name),
    outcome: r.outcome,
    changes: r.changes,
    error: r.error,
    durationMs: r.record.durationMs,
    outputDir: r.record.outputDir
  }
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** Runs the diagnosis and returns the report's Variations section. */
export async function diagnose(args: DiagnoseArgs): Promise<VariationsSection> {
  const started = Date.now()
  const records = args.factors.map((f) => f.record)
  const varied = args.factors.filter((f) => f.record.varied)
  const section = (status: VariationsSection['status'], message: string, extra: Partial<VariationsSection> = {}): VariationsSection => ({
    requested: args.requested,
    factors: records,
    status,
    message,
    culprits: [],
    untested: [],
    runs: [],
    maxRuns: args.maxRuns,
    durationMs: Date.now() - started,
    ...extra
  })
  if (args.repeatsFailed) return section('skipped', 'not diagnosed: the repeats failed, so there is no result to vary')
  if (args.repeatsDrifted) {
    return section(
      'inconclusive',
      'inconclusive: the plain repeats already drift, so no factor can be blamed beyond that noise (no varied run made)'
    )
  }
  if (varied.length === 0)
    return section('skipped', "not diagnosed: none of the requested factors can be varied here (see each factor's reason)")
  if (args.maxRuns < 1) return section('skipped', 'not diagnosed: vary-max-runs is 0')

  const runs: VariationRun[] = []
  const all = await args.execute(varied)
  runs.push(toRun(varied, all))
  if (all.outcome === 'agrees') {
    return section('insensitive', `insensitive to ${plural(varied.length, 'varied factor')}: everything varied at once agrees with run 1`, {
      runs
    })
  }
  const culprits: Culprit[] = []
  const untested: FactorName[] = []
  if (varied.length === 1) {
    const f = varied[0].record
    culprits.push({ factor: f.name, changes: all.changes, error: all.error, summary: culpritSummary(f, all) })
  } else {
    for (const factor of varied) {
      if (runs.length >= args.maxRuns || args.signal?.aborted) {
        untested.push(factor.record.name)
        continue
      }
      const alone = await args.execute([factor])
      runs.push(toRun([factor], alone))
      if (alone.outcome !== 'agrees') {
        culprits.push({
          factor: factor.record.name,
          changes: alone.changes,
          error: alone.error,
          summary: culpritSummary(factor.record, alone)
        })
      }
    }
  }
  if (culprits.length > 0) {
    const names = culprits.map((c) => c.factor).join(', ')
    const rest = untested.length ? `; not tested within vary-max-runs: ${untested.join(', ')}` : ''
    return section('sensitive', `sensitive to ${names}${rest}`, { runs, culprits, untested })
  }
  if (untested.length > 0) {
    return section(
      'skipped',
      `everything varied at once drifted, but vary-max-runs (${args.maxRuns}) ran out before a culprit was found; untested: ${untested.join(', ')}`,
      {
        runs,
        untested
      }
    )
  }
  return section('interaction', 'everything varied at once drifts, but no factor alone does: the drift needs several of them together', {
    runs
  })
}

/** One line for a report's variations, for `repro-gate diff`: "sensitive to threads", "insensitive to 8 factors"; null without. */
export function variationsLine(v: VariationsSection | undefined): string | null {
  if (!v) return null
  if (v.culprits.length) return `sensitive to ${v.culprits.map((c) => c.factor).join(', ')}`
  if (v.status === 'insensitive') return `insensitive to ${plural(v.factors.filter((f) => f.varied).length, 'varied factor')}`
  return v.status === 'interaction' ? 'sensitive to factors together' : v.status
}
