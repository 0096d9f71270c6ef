/**
 * The diagnosis logic with a scripted experiment: which factors move which metric is decided by a
 * pure function, so every case (one culprit, two, none, an interaction, noise, a budget) is cheap.
 */
import { describe, expect, test } from '@jest/globals'
import { diagnose } from '../../src/vary/diagnose.js'
import type { PlannedFactor } from '../../src/vary/factors.js'
import type { ExtraRunResult } from '../../src/vary/outcome.js'
import { FACTORS, type FactorName } from '../../src/vary/types.js'
import { parseVary } from '../../src/inputs/vary.js'

function factor(name: FactorName, varied = true): PlannedFactor {
  return {
    record: { name, varied, reason: varied ? null : 'not here', control: 'c', value: varied ? 'v' : null, variables: {}, note: null },
    apply: async () => {}
  }
}

/** An experiment whose metric `m` moves when `sensitive(names)` says so. */
function experiment(sensitive: (names: FactorName[]) => boolean) {
  const calls: FactorName[][] = []
  const execute = async (factors: PlannedFactor[]): Promise<ExtraRunResult> => {
    const names = factors.map((f) => f.record.name)
    calls.push(names)
    const moved = sensitive(names)
    return {
      record: {
        index: 1,
        exitCode: 0,
        signal: null,
        durationMs: 5,
        timedOut: false,
        cancelled: false,
        outputDir: '/x',
        metricsFile: null,
        metrics: null,
        artifacts: [],
        error: null,
        outputTail: ''
      },
      metrics: new Map([['m', moved ? 2 : 1]]),
      outcome: moved ? 'drift' : 'agrees',
      changes: moved ? [{ kind: 'metric', name: 'm', control: 1, varied: 2, absDeviation: 1 }] : [],
      error: null
    }
  }
  return { calls, execute }
}

const all = (except: FactorName[] = []): PlannedFactor[] => FACTORS.map((f) => factor(f, !except.includes(f)))
const base = { requested: [...FACTORS], maxRuns: 9, repeatsDrifted: false, repeatsFailed: false }

describe('diagnose', () => {
  test('insensitive: one extra run in total', async () => {
    const x = experiment(() => false)
    const v = await diagnose({ ...base, factors: all(), execute: x.execute })
    expect(v.status).toBe('insensitive')
    expect(x.calls).toEqual([[...FACTORS]])
    expect(v.culprits).toEqual([])
  })

  test.each(FACTORS)('a dependence on %s alone is named for it and only it', async (culprit) => {
    const x = experiment((names) => names.includes(culprit))
    const v = await diagnose({ ...base, factors: all(), execute: x.execute })
    expect(v.status).toBe('sensitive')
    expect(v.culprits.map((c) => c.factor)).toEqual([culprit])
    expect(x.calls.length).toBeLessThanOrEqual(1 + FACTORS.length)
  })

  test('two culprits are both named; the summary gives the values', async () => {
    const x = experiment((names) => names.includes('threads') || names.includes('locale'))
    const v = await diagnose({ ...base, factors: all(), execute: x.execute })
    expect(v.culprits.map((c) => c.factor)).toEqual(['locale', 'threads'])
    expect(v.culprits[1].summary).toBe(
      '`m` changes with the thread count (OMP_NUM_THREADS and the other math-library thread variables c → v): 1 → 2'
    )
  })

  test('a single varied factor needs no second run', async () => {
    const x = experiment(() => true)
    const v = await diagnose({ ...base, requested: ['umask'], factors: [factor('umask')], execute: x.execute })
    expect(v.culprits.map((c) => c.factor)).toEqual(['umask'])
    expect(x.calls).toHaveLength(1)
  })

  test('a factor that could not be varied is never run nor blamed', async () => {
    const x = experiment((names) => names.includes('hostname') || names.includes('cwd'))
    const v = await diagnose({ ...base, factors: all(['hostname']), execute: x.execute })
    expect(v.culprits.map((c) => c.factor)).toEqual(['cwd'])
    expect(x.calls.flat()).not.toContain('hostname')
  })

  test('noise is not a culprit: drifting repeats make it inconclusive without a run', async () => {
    const x = experiment(() => true)
    const v = await diagnose({ ...base, repeatsDrifted: true, factors: all(), execute: x.execute })
    expect(v).toMatchObject({ status: 'inconclusive', culprits: [], runs: [] })
    expect(x.calls).toEqual([])
  })

  test('a drift only with factors together is an interaction, not a culprit', async () => {
    const x = experiment((names) => names.includes('home') && names.includes('cwd'))
    const v = await diagnose({ ...base, factors: all(), execute: x.execute })
    expect(v.status).toBe('interaction')
    expect(v.culprits).toEqual([])
  })

  test('vary-max-runs caps the runs and lists what was left untested', async () => {
    const x = experiment((names) => names.includes('hostname'))
    const v = await diagnose({ ...base, maxRuns: 3, factors: all(), execute: x.execute })
    expect(x.calls).toHaveLength(3)
    expect(v.status).toBe('skipped')
    expect(v.untested).toEqual(['locale', 'threads', 'cwd', 'umask', 'home', 'hostname'])
  })

  test('a varied run that fails names the factor with the error', async () => {
    const v = await diagnose({
      ...base,
      requested: ['home'],
      factors: [factor('home')],
      execute: async () => ({
        ...(await experiment(() => false).execute([])),
        outcome: 'failed',
        error: 'exited with code 1: FileNotFoundError: ~/.config'
      })
    })
    expect(v.culprits[0].summary).toBe('with HOME (an empty folder) the run exited with code 1: FileNotFoundError: ~/.config')
  })
})

describe('the vary input', () => {
  test('names, all, exclusions, lines and commas', () => {
    expect(parseVary('')).toEqual([])
    expect(parseVary('threads, locale')).toEqual(['locale', 'threads'])
    expect(parseVary('all,-timezone')).toEqual(FACTORS.filter((f) => f !== 'timezone'))
    expect(parseVary('all\n-hostname\n-cwd')).toHaveLength(6)
  })
  test('an unknown name is an error naming the input and the accepted names', () => {
    expect(() => parseVary('threads,tz')).toThrow('vary: got "tz" in "threads,tz", expected factor names from: all, hashseed, timezone')
  })
})
