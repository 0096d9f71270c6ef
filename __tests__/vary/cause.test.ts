/** The likely cause of a same-environment drift, and the seed audit's reading, from their evidence. */
import { describe, expect, test } from '@jest/globals'
import { likelyCause, type CauseEvidence } from '../../src/vary/cause.js'
import { auditSeed } from '../../src/vary/seed-audit.js'
import type { ExtraRunResult } from '../../src/vary/outcome.js'
import type { MetricComparison, ArtifactComparison } from '../../src/compare/types.js'

function metric(name: string, values: number[], status: 'pass' | 'drift' = 'drift'): MetricComparison {
  const abs = Math.abs(values[1] - values[0])
  return {
    name,
    status,
    values,
    missingIn: [],
    tolerance: { atol: 0, rtol: 0 },
    toleranceRule: null,
    maxAbsDeviation: abs,
    maxRelDeviation: abs / Math.abs(values[0]),
    driftRuns: status === 'drift' ? [2] : [],
    reason: null
  }
}
const artifact = (status: 'pass' | 'drift', bytes = [10, 10]): ArtifactComparison => ({
  path: 'out/model.json',
  status,
  sha256: ['a'.repeat(64), status === 'drift' ? 'b'.repeat(64) : 'a'.repeat(64)],
  bytes,
  driftRuns: status === 'drift' ? [2] : [],
  reason: null
})
const evidence = (e: Partial<CauseEvidence>): CauseEvidence => ({
  metrics: [],
  artifacts: [],
  threads: { max: 2, detail: 'OMP_NUM_THREADS unset → 2 (all cores)' },
  gpus: [],
  seedAudit: null,
  ...e
})

describe('likely cause', () => {
  test('rounding scale with several threads: reduction order, with the evidence', () => {
    const cause = likelyCause(evidence({ metrics: [metric('total', [499630.3125, 499630.34375])] }))
    expect(cause?.kind).toBe('reduction-order')
    expect(cause?.summary).toMatch(/^likely floating-point reduction order/)
    expect(cause?.evidence).toEqual([
      'largest relative deviation 6.25e-8 (`total`, |Δ| 0.0313): floating-point rounding scale (≤ 1e-5)',
      'the runs had up to 2 threads (OMP_NUM_THREADS unset → 2 (all cores))'
    ])
    expect(cause?.suggestion).toContain('determinism: strict')
  })

  test('rounding scale on one thread without a GPU: no guess', () => {
    expect(likelyCause(evidence({ metrics: [metric('total', [1, 1 + 1e-9])], threads: { max: 1, detail: '' } }))).toBeNull()
  })

  test('rounding scale on one thread with a GPU: reduction order', () => {
    expect(
      likelyCause(evidence({ metrics: [metric('total', [1, 1 + 1e-9])], threads: { max: 1, detail: '' }, gpus: ['NVIDIA H200'] }))
        ?.evidence[1]
    ).toBe('the runs had a GPU (NVIDIA H200)')
  })

  test('deviations like the seed spread: an unseeded generator', () => {
    const seedAudit = { wired: true, spread: [{ name: 'accuracy', tolerance: null, control: 0.91, audit: 0.92, spread: 0.01 }] } as never
    const cause = likelyCause(evidence({ metrics: [metric('accuracy', [0.91, 0.905])], seedAudit }))
    expect(cause?.kind).toBe('unseeded-generator')
    expect(cause?.evidence[1]).toBe('`accuracy` moves 0.005 between repeats; another seed moves it 0.01')
  })

  test('large deviations without an audit: an unseeded generator; middling ones: no guess', () => {
    expect(likelyCause(evidence({ metrics: [metric('accuracy', [0.91, 0.8])] }))?.kind).toBe('unseeded-generator')
    expect(likelyCause(evidence({ metrics: [metric('accuracy', [0.91, 0.9101])] }))).toBeNull()
  })

  test('an artifact that changes while every metric agrees: its content', () => {
    const cause = likelyCause(evidence({ metrics: [metric('a', [1, 1], 'pass')], artifacts: [artifact('drift')] }))
    expect(cause?.kind).toBe('artifact-content')
    expect(cause?.evidence[0]).toBe('`out/model.json` differs between runs while all 1 compared metrics agree')
    expect(likelyCause(evidence({ metrics: [metric('a', [1, 1], 'pass')], artifacts: [artifact('pass')] }))).toBeNull()
  })
})

describe('seed audit', () => {
  const reference = {
    metrics: new Map<string, number | string | boolean | null>([
      ['accuracy', 0.9],
      ['timing.s', 3]
    ]),
    artifacts: []
  }
  const compare = { tolerance: { atol: 1e-6, rtol: 0 }, tolerances: [], ignore: ['timing.**'] }
  const outcome = (metrics: Map<string, number>): ExtraRunResult => ({
    record: {
      index: 1,
      exitCode: 0,
      signal: null,
      durationMs: 1,
      timedOut: false,
      cancelled: false,
      outputDir: '/x',
      metricsFile: null,
      metrics: null,
      artifacts: [],
      error: null,
      outputTail: ''
    },
    metrics,
    outcome: 'agrees',
    changes: [],
    error: null
  })

  test('changes the seed variables only, and reads a moved metric as wired with its spread', async () => {
    let seen: Record<string, string> = {}
    const audit = await auditSeed({
      level: 'warn',
      seed: 42,
      gateSet: { REPRO_SEED: '42', PYTHONHASHSEED: '42', PL_GLOBAL_SEED: '42' },
      reference,
      compare,
      execute: async (_seed, variables) => (
        (seen = variables),
        outcome(
          new Map([
            ['accuracy', 0.9043],
            ['timing.s', 9]
          ])
        )
      )
    })
    expect(seen).toEqual({ REPRO_SEED: '43', PL_GLOBAL_SEED: '43' })
    expect(audit.wired).toBe(true)
    expect(audit.spread).toEqual([
      { name: 'accuracy', tolerance: { atol: 1e-6, rtol: 0 }, control: 0.9, audit: 0.9043, spread: expect.closeTo(0.0043, 10) }
    ])
  })

  test('nothing moved: not wired, and the message says what to check', async () => {
    const audit = await auditSeed({
      level: 'fail',
      seed: 42,
      gateSet: { REPRO_SEED: '42' },
      reference,
      compare,
      execute: async () =>
        outcome(
          new Map([
            ['accuracy', 0.9],
            ['timing.s', 5]
          ])
        )
    })
    expect(audit.wired).toBe(false)
    expect(audit.variables).toEqual({ REPRO_SEED: '43' })
    expect(audit.message).toMatch(/REPRO_SEED 42 → 43 changed no metric and no artifact: the seed is probably not wired/)
    expect(audit.message).toMatch(/seeded from a constant/)
    expect(audit.message).toMatch(/no randomness at all/)
  })
})
