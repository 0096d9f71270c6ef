/**
 * A likely cause for a same-environment drift, read from what the gate has: the size of the
 * deviations, the threads and GPUs the runs had, the seed audit's spread, and whether only
 * artifacts moved. Says "likely", shows the evidence, and says nothing without evidence.
 */
import type { ArtifactComparison, MetricComparison } from '../compare/types.js'
import { formatDeviation } from '../metrics/format.js'
import type { LikelyCause, SeedAuditSection } from './types.js'

/** Relative deviations up to this are floating-point rounding (float32 sums in another order reach ~1e-6). */
export const ROUNDING_SCALE = 1e-5
/** Relative deviations beyond this are far from rounding: randomness, not arithmetic order. */
export const LARGE_SCALE = 1e-3

export interface CauseEvidence {
  metrics: MetricComparison[]
  artifacts: ArtifactComparison[]
  /** The largest thread count the math libraries resolve, and how (for the evidence line). */
  threads: { max: number; detail: string }
  /** GPU names when the runs had any. */
  gpus: string[]
  seedAudit: SeedAuditSection | null
}

export function likelyCause(e: CauseEvidence): LikelyCause | null {
  const drifted = e.metrics.filter((m) => m.status === 'drift')
  const driftedArtifacts = e.artifacts.filter((a) => a.status === 'drift')
  if (drifted.length === 0 && driftedArtifacts.length === 0) return null

  if (drifted.length === 0) {
    const a = driftedArtifacts[0]
    let compared = 0
    for (const m of e.metrics) if (m.status === 'pass') compared++
    const sizes = new Set(a.bytes.filter((b) => b !== null))
    return {
      kind: 'artifact-content',
      summary:
        'likely a timestamp, a random name or an unordered iteration written into the file: the artifact changes while every metric agrees',
      evidence: [
        `${driftedArtifacts
          .map((x) => `\`${x.path}\``)
          .slice(0, 3)
          .join(', ')} ${driftedArtifacts.length === 1 ? 'differs' : 'differ'} between runs while all ${compared} compared metrics agree`,
        sizes.size === 1
          ? `\`${a.path}\` has the same size in every run, so its bytes changed in place (a time, an id, or an order)`
          : `\`${a.path}\` changes size between runs`
      ],
      suggestion:
        'write files without timestamps, with sorted keys and in a fixed order; compare the two versions in the run folders to see the bytes that move'
    }
  }

  const numeric = drifted.filter((m) => m.maxRelDeviation !== null)
  if (numeric.length === 0) return null
  const worst = numeric.reduce((a, b) => ((b.maxRelDeviation ?? 0) > (a.maxRelDeviation ?? 0) ? b : a))
  const worstRel = worst.maxRelDeviation ?? 0
  const deviationLine = `largest relative deviation ${formatDeviation(worstRel)} (\`${worst.name}\`, |Δ| ${formatDeviation(worst.maxAbsDeviation ?? 0)})`

  if (worstRel <= ROUNDING_SCALE) {
    const parallel = e.threads.max > 1 || e.gpus.length > 0
    if (!parallel) return null
    return {
      kind: 'reduction-order',
      summary:
        'likely floating-point reduction order: parallel sums or non-deterministic GPU kernels add the same numbers in another order',
      evidence: [
        `${deviationLine}: floating-point rounding scale (≤ ${formatDeviation(ROUNDING_SCALE)})`,
        ...(e.threads.max > 1 ? [`the runs had up to ${e.threads.max} threads (${e.threads.detail})`] : []),
        ...(e.gpus.length > 0 ? [`the runs had a GPU (${e.gpus.slice(0, 2).join(', ')})`] : [])
      ],
      suggestion:
        'confirm with `determinism: strict` and one thread (OMP_NUM_THREADS=1, MKL_NUM_THREADS=1); or allow it with a tolerance above the deviation'
    }
  }

  const audit = e.seedAudit
  if (audit?.wired) {
    const comparable = numeric.flatMap((m) => {
      const s = audit.spread.find((x) => x.name === m.name)?.spread
      const d = m.maxAbsDeviation ?? 0
      return s && d > 0 && d / s >= 0.1 && d / s <= 10
        ? [`\`${m.name}\` moves ${formatDeviation(d)} between repeats; another seed moves it ${formatDeviation(s)}`]
        : []
    })
    if (comparable.length > 0) {
      return {
        kind: 'unseeded-generator',
        summary: 'likely an unseeded random generator: the repeats differ about as much as two different seeds do',
        evidence: [deviationLine, ...comparable.slice(0, 3)],
        suggestion: 'seed every generator from REPRO_SEED (random, numpy, torch, data loader workers and shuffles)'
      }
    }
  }
  if (worstRel > LARGE_SCALE) {
    return {
      kind: 'unseeded-generator',
      summary: 'likely an unseeded random generator: the deviations are far beyond floating-point rounding',
      evidence: [`${deviationLine}: more than ${formatDeviation(LARGE_SCALE)}, far beyond rounding`],
      suggestion: 'seed every generator from REPRO_SEED; `seed-audit: warn` measures how far another seed moves each metric'
    }
  }
  return null
}
