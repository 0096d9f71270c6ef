import { describe, expect, test } from '@jest/globals'
import {
  emptyHistory,
  isBaselineHistory,
  mergeHistories,
  READABLE_HISTORY_VERSIONS,
  readBaselineHistory,
  recordReport
} from '../../src/baseline/history.js'
import { compareWithBaseline } from '../../src/baseline/compare.js'
import { HISTORY_LIMIT, HISTORY_MAX_METRICS } from '../../src/baseline/types.js'
import { makeEnvironment, makeLockfile, makeReport } from '../fixtures/baseline/reports.js'
import { FP_A, FP_B } from '../fixtures/baseline/reports.js'

const sha = (n: number): string => n.toString(16).padStart(40, '0')
const at = (n: number): string => new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString()
const options = { tolerance: { atol: 1e-3, rtol: 0 }, tolerances: [], ignore: [] }

describe('history', () => {
  test('a reproducible report adds a run, one entry per metric and the provenance', () => {
    const h = recordReport(null, makeReport({ sha: sha(1), createdAt: at(1) }), 'train')
    expect(h.runs).toEqual([{ commit: sha(1), createdAt: at(1), reproducible: true, fingerprint: FP_A, runUrl: null }])
    expect(h.metrics.loss).toEqual([{ commit: sha(1), createdAt: at(1), value: 0.5, fingerprint: FP_A }])
    expect(h.latest?.commit).toBe(sha(1))
    expect(h.latest?.lockfiles?.[0].path).toBe('requirements.txt')
    expect(isBaselineHistory(JSON.parse(JSON.stringify(h)))).toBe(true)
  })

  test('a drifting report counts as a run but gives no values and does not become the provenance', () => {
    let h = recordReport(null, makeReport({ sha: sha(1), createdAt: at(1) }), 'train')
    h = recordReport(h, makeReport({ sha: sha(2), createdAt: at(2), reproducible: false, verdict: 'drift', values: { loss: 9 } }), 'train')
    expect(h.runs.map((r) => r.reproducible)).toEqual([true, false])
    expect(h.metrics.loss.map((e) => e.value)).toEqual([0.5])
    expect(h.latest?.commit).toBe(sha(1))
  })

  test('bounded: the newest 30 entries per metric, oldest first', () => {
    let h = emptyHistory('train')
    for (let i = 1; i <= 45; i++) h = recordReport(h, makeReport({ sha: sha(i), createdAt: at(i), values: { loss: i } }), 'train')
    expect(h.runs).toHaveLength(HISTORY_LIMIT)
    expect(h.metrics.loss).toHaveLength(HISTORY_LIMIT)
    expect(h.metrics.loss[0].value).toBe(16)
    expect(h.metrics.loss.at(-1)?.value).toBe(45)
  })

  test('merged by commit: two concurrent pushes from the same history keep both entries, in either order', () => {
    const base = recordReport(null, makeReport({ sha: sha(1), createdAt: at(1) }), 'train')
    const left = recordReport(base, makeReport({ sha: sha(2), createdAt: at(2), values: { loss: 0.51 } }), 'train')
    const right = recordReport(base, makeReport({ sha: sha(3), createdAt: at(3), values: { loss: 0.52 } }), 'train')
    const merged = mergeHistories(left, right)
    expect(merged.runs.map((r) => r.commit)).toEqual([sha(1), sha(2), sha(3)])
    expect(merged.metrics.loss.map((e) => e.value)).toEqual([0.5, 0.51, 0.52])
    expect(merged.latest?.commit).toBe(sha(3))
    expect(mergeHistories(right, left)).toEqual({ ...merged, updatedAt: mergeHistories(right, left).updatedAt })
  })

  test('a re-run of the same commit replaces its entry instead of adding one', () => {
    const h1 = recordReport(null, makeReport({ sha: sha(1), createdAt: at(1), values: { loss: 0.5 } }), 'train')
    const h2 = recordReport(h1, makeReport({ sha: sha(1), createdAt: at(5), values: { loss: 0.6 } }), 'train')
    expect(h2.metrics.loss).toEqual([{ commit: sha(1), createdAt: at(5), value: 0.6, fingerprint: FP_A }])
  })

  test('ignored metrics are not kept, and at most HISTORY_MAX_METRICS metrics are tracked', () => {
    const values: Record<string, number> = { loss: 1, 'curve.a': 1 }
    for (let i = 0; i < HISTORY_MAX_METRICS + 50; i++) values[`points.p${String(i).padStart(5, '0')}`] = i
    const h = recordReport(null, makeReport({ sha: sha(1), createdAt: at(1), values }), 'k', at(1), ['curve.*'])
    expect(h.metrics['curve.a']).toBeUndefined()
    expect(Object.keys(h.metrics)).toHaveLength(HISTORY_MAX_METRICS)
    expect(h.metrics.loss).toBeDefined() // by name: 'loss' comes before 'points.*', the last points go
    expect(h.metrics[`points.p${String(HISTORY_MAX_METRICS + 49).padStart(5, '0')}`]).toBeUndefined()
    expect(Object.keys(mergeHistories(h, h).metrics)).toHaveLength(HISTORY_MAX_METRICS)
  })

  test('rejects documents that are not a history', () => {
    expect(isBaselineHistory(null)).toBe(false)
    expect(isBaselineHistory({ version: 2, key: 'x', runs: [], metrics: {} })).toBe(false)
    expect(isBaselineHistory({ version: 1, key: 'x', runs: [{}], metrics: {} })).toBe(false)
  })

  test('reads every version it knows, and names one it does not', () => {
    expect(READABLE_HISTORY_VERSIONS).toEqual([1])
    const v1 = JSON.parse(JSON.stringify(recordReport(null, makeReport({ sha: sha(1), createdAt: at(1) }), 'train'))) as unknown
    expect(readBaselineHistory(v1)).toEqual(v1)

    expect(readBaselineHistory({ version: 2, key: 'x', runs: [], metrics: {}, latest: null })).toEqual({
      problem: 'history version 2: this repro-gate reads 1; it was written by a newer repro-gate: upgrade repro-gate to read it',
      newer: true
    })
    expect(readBaselineHistory({ version: 0, key: 'x', runs: [], metrics: {} })).toEqual({
      problem: 'history version 0: this repro-gate reads 1',
      newer: false
    })
    expect(readBaselineHistory({ version: 1, key: 'x', runs: [{}], metrics: {} })).toEqual({
      problem: 'malformed (history version 1)',
      newer: false
    })
    expect(readBaselineHistory(null)).toEqual({ problem: 'not a repro-gate baseline history (no version)', newer: false })
    expect(readBaselineHistory({ key: 'x', runs: [] })).toEqual({ problem: 'not a repro-gate baseline history (no version)', newer: false })
  })
})

describe('compareWithBaseline', () => {
  let history = recordReport(null, makeReport({ sha: sha(1), createdAt: at(1), values: { loss: 0.5, acc: 0.9 } }), 'train')
  history = recordReport(history, makeReport({ sha: sha(2), createdAt: at(2), values: { loss: 0.5004, acc: 0.9 } }), 'train')
  history = recordReport(history, makeReport({ sha: sha(3), createdAt: at(3), reproducible: false, verdict: 'drift' }), 'train')

  test('within baseline-tolerance of the newest value: match, with the trend and the share', () => {
    const pr = makeReport({ sha: sha(9), values: { loss: 0.501, acc: 0.9 } })
    const section = compareWithBaseline(pr, history, options)
    expect(section.verdict).toBe('match')
    expect(section.baselineCommit).toBe(sha(2))
    expect(section.reproducibleShare).toBeCloseTo(2 / 3)
    expect(section.defaultBranchRuns).toBe(3)
    const loss = section.metrics.find((m) => m.name === 'loss')!
    expect(loss).toMatchObject({ status: 'match', reference: 0.5004, current: 0.501, referenceCommit: sha(2), trend: [0.5, 0.5004] })
    expect(loss.absDeviation).toBeCloseTo(0.0006)
    expect(section.changes).toEqual([])
  })

  test('drift beyond tolerance explains itself with the environment diff', () => {
    const pr = makeReport({
      sha: sha(9),
      values: { loss: 0.6, acc: 0.9 },
      lockfiles: [
        makeLockfile('requirements.txt', [
          ['numpy', '2.0.0'],
          ['torch', '2.3.0']
        ])
      ],
      environment: makeEnvironment({ fingerprint: FP_B })
    })
    const section = compareWithBaseline(pr, history, options)
    expect(section.verdict).toBe('drift')
    expect(section.fingerprintChanged).toBe(true)
    expect(section.metrics[0]).toMatchObject({ name: 'loss', status: 'drift' })
    expect(section.changes[0]).toEqual({
      category: 'package',
      subject: 'numpy',
      before: '1.26.4',
      after: '2.0.0',
      detail: 'requirements.txt'
    })
    expect(section.changes.at(-1)).toMatchObject({ category: 'commit', before: sha(2), after: sha(9) })
  })

  test('per-metric rules win over baseline-tolerance; ignored metrics are not drift', () => {
    const pr = makeReport({ sha: sha(9), values: { loss: 0.6, acc: 0.5 } })
    const section = compareWithBaseline(pr, history, {
      tolerance: { atol: 0, rtol: 0 },
      tolerances: [{ pattern: 'loss', tolerance: { atol: 0.2, rtol: 0 } }],
      ignore: ['acc']
    })
    expect(section.verdict).toBe('match')
    expect(section.metrics.find((m) => m.name === 'loss')).toMatchObject({ status: 'match', toleranceRule: 'loss' })
    expect(section.metrics.find((m) => m.name === 'acc')?.status).toBe('ignored')
  })

  test('a lost metric is drift; a new one is not', () => {
    const pr = makeReport({ sha: sha(9), values: { loss: 0.5004, f1: 0.3 } })
    const section = compareWithBaseline(pr, history, options)
    expect(section.verdict).toBe('drift')
    expect(section.metrics.map((m) => [m.name, m.status])).toEqual([
      ['acc', 'missing'],
      ['f1', 'new'],
      ['loss', 'match']
    ])
  })

  test('a default-branch re-run compares with the commit before it, not with itself', () => {
    const rerun = makeReport({ sha: sha(2), values: { loss: 0.5, acc: 0.9 } })
    const section = compareWithBaseline(rerun, history, options)
    expect(section.baselineCommit).toBe(sha(1))
    expect(section.metrics.find((m) => m.name === 'loss')?.trend).toEqual([0.5])
  })

  test('non-finite values go through the shared comparison (NaN = NaN)', () => {
    const h = recordReport(null, makeReport({ sha: sha(1), createdAt: at(1), values: { loss: { nonFinite: 'NaN' } } }), 'k')
    expect(compareWithBaseline(makeReport({ sha: sha(2), values: { loss: { nonFinite: 'NaN' } } }), h, options).verdict).toBe('match')
    expect(compareWithBaseline(makeReport({ sha: sha(2), values: { loss: 1 } }), h, options).verdict).toBe('drift')
  })
})
