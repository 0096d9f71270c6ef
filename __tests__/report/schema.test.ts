/**
 * The report's JSON Schema is written once: the published file and the compiled validator are
 * generated from it, and the TypeScript types are derived from it, so none of them can disagree.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { Ajv } from 'ajv'
import type { Static } from '../../src/json-schema.js'
import { inMemoryReportSchema, reportSchema, storedMetricSchema, storedRunSchema } from '../../src/report/schema.js'
import { fromStoredReport, toStoredReport, type StoredMetric, type StoredReport } from '../../src/report/stored.js'
import type { Report } from '../../src/report/types.js'
import type { RunRecord, WorkspaceFiles, Containment } from '../../src/runs/types.js'
import type { MetricComparison } from '../../src/compare/types.js'
import type { Environment } from '../../src/snapshot/types.js'
import type { LockfileRecord } from '../../src/snapshot/lockfiles/types.js'
import type { BaselineSection } from '../../src/compare/sections/baseline.js'
import type { LegsSection } from '../../src/compare/sections/legs.js'
import type { LikelyCause, SeedAuditSection, VariationsSection } from '../../src/vary/types.js'
import type { Exposure } from '../../src/plan/exposure.js'
import { validateReport } from '../../src/report/validate.js'
import { makeReport } from '../fixtures/baseline/reports.js'

const root = path.resolve(import.meta.dirname, '../..')

// Type-level: `tsc --noEmit` (npm test, CI) fails when a line below does not hold.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const holds = <T extends true>(): T | undefined => undefined

// The types are the schemas' types: nothing written beside them.
holds<Same<Report, Static<typeof inMemoryReportSchema>>>()
holds<Same<StoredReport, Static<typeof reportSchema>>>()
holds<Same<StoredMetric, Static<typeof storedMetricSchema>>>()
// The published (stored) report is the in-memory one except for what storage compacts.
holds<
  Same<Omit<Report, 'schemaVersion' | 'runs' | 'metrics'>, Omit<StoredReport, 'schemaVersion' | 'runs' | 'metrics' | 'valuesPerMetric'>>
>()
holds<Mutual<Static<typeof storedRunSchema>, Omit<RunRecord, 'metrics'> & { metrics?: RunRecord['metrics'] }>>()
holds<Same<Omit<StoredMetric, 'name' | 'value'>, Partial<Omit<MetricComparison, 'name'>>>>()
holds<Same<Report['runs'][number], RunRecord>>()
holds<Same<Report['metrics'][number], MetricComparison>>()
// Every section is the type its stage exports (optional: older reports lack it).
holds<Same<Required<Report>['files'], WorkspaceFiles>>()
holds<Same<Required<Report>['environment'], Environment>>()
holds<Same<Required<Report>['lockfiles'], LockfileRecord[]>>()
holds<Same<Required<Report>['baseline'], BaselineSection>>()
holds<Same<Required<Report>['legs'], LegsSection>>()
holds<Same<Required<Report>['variations'], VariationsSection>>()
holds<Same<Required<Report>['seedAudit'], SeedAuditSection>>()
holds<Same<Required<Report>['likelyCause'], LikelyCause>>()
holds<Same<Required<Report>['exposure'], Exposure>>()
holds<Same<Required<Report>['containment'], Containment>>()
// No `any` anywhere inside (an `any` would accept every shape and hide a divergence).
type HasAny<T> = 0 extends 1 & T
  ? true
  : T extends readonly (infer E)[]
    ? HasAny<E>
    : T extends object
      ? true extends { [K in keyof T]-?: HasAny<T[K]> }[keyof T]
        ? true
        : false
      : false
holds<Same<HasAny<Report>, false>>()
holds<Same<HasAny<StoredReport>, false>>()
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the check itself finds a nested any
holds<Same<HasAny<{ a: { b: any[] } }>, true>>()

/** Reports written by earlier versions: the test fixtures and two real H100 runs (docs/gpu-check). */
const REPORTS = [
  '__tests__/fixtures/reports/drift.json',
  '__tests__/fixtures/reports/error.json',
  '__tests__/fixtures/reports/reproducible.json',
  'docs/gpu-check/h100-off.json',
  'docs/gpu-check/h100-strict.json'
]
const read = (file: string): StoredReport => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as StoredReport

describe('the report schema', () => {
  test('the published schema is the one the code validates with', () => {
    const published = readFileSync(path.join(root, 'schema/report.schema.json'), 'utf8')
    expect(JSON.parse(published)).toEqual(JSON.parse(JSON.stringify(reportSchema)))
    // TypeBox's own bookkeeping stays out of the published schema and the validator.
    expect(published).not.toMatch(/~(kind|optional|unsafe)/)
    expect(readFileSync(path.join(root, 'src/report/generated/validate-report.js'), 'utf8')).not.toMatch(
      /~(kind|optional|unsafe)|require\(/
    )
    // The validator compiled from it at build time is current too.
    const check = spawnSync(process.execPath, ['scripts/generate-validator.mjs', '--check'], { cwd: root, encoding: 'utf8' })
    expect(check.stdout.trim()).toBe('validator up to date')
  })

  test('the compiled validator agrees with ajv compiling the schema at run time', async () => {
    const strict = new Ajv({ strict: false, validateFormats: false }).compile(reportSchema)
    const report = read('__tests__/fixtures/reports/drift.json')
    expect(await validateReport(report)).toEqual([])
    expect(strict(report)).toBe(true)
    const broken = { ...report, verdict: 'maybe', runs: [{ index: 0 }] }
    expect((await validateReport(broken)).length).toBeGreaterThan(0)
    expect(strict(broken)).toBe(false)
  })

  // The generated validator is compiled from a rearranged schema (scripts/generate-validator.mjs
  // splits it into functions V8 compiles lazily): it must still accept and reject exactly what the
  // published schema does. Every value of real reports is broken in turn, and removed.
  test('the compiled validator and the published schema agree on a break at every path of real reports', async () => {
    const published = new Ajv({ strict: false, validateFormats: false }).compile(reportSchema)
    const broken = (value: unknown): unknown =>
      typeof value === 'string'
        ? 7
        : typeof value === 'number'
          ? Number.isInteger(value)
            ? -1.5
            : 'x'
          : Array.isArray(value)
            ? {}
            : value === null
              ? []
              : typeof value === 'object'
                ? 'x'
                : null
    let checked = 0
    let rejected = 0
    for (const file of [
      'docs/gpu-check/h100-strict.json',
      '__tests__/fixtures/reports/drift.json',
      '__tests__/fixtures/reports/error.json'
    ]) {
      const report = read(file) as unknown as Record<string, unknown>
      const paths: (string | number)[][] = []
      const walk = (value: unknown, at: (string | number)[]): void => {
        if (at.length > 0) paths.push(at)
        // The first item of each array stands for the rest (the metrics run to thousands).
        if (Array.isArray(value)) value.slice(0, 1).forEach((item, i) => walk(item, [...at, i]))
        else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...at, k])
      }
      walk(report, [])
      for (const at of paths) {
        for (const mode of ['break', 'remove'] as const) {
          const copy = structuredClone(report)
          let parent: Record<string | number, unknown> = copy
          for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
          const last = at[at.length - 1]
          if (mode === 'remove') {
            if (Array.isArray(parent)) continue
            delete parent[last]
          } else parent[last] = broken(parent[last])
          const ours = (await validateReport(copy)).length === 0
          expect({ file, at: at.join('/'), mode, valid: ours }).toEqual({ file, at: at.join('/'), mode, valid: published(copy) })
          checked++
          if (!ours) rejected++
        }
      }
    }
    // Enough of both answers to mean something.
    expect(checked).toBeGreaterThan(500)
    expect(rejected).toBeGreaterThan(300)
  })

  test('every report written before still validates, and reads back into the in-memory shape', async () => {
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true })
    const stored = ajv.compile(reportSchema)
    const inMemory = ajv.compile(inMemoryReportSchema)
    for (const file of REPORTS) {
      const report = read(file)
      expect({ file, errors: await validateReport(report) }).toEqual({ file, errors: [] })
      expect({ file, valid: stored(report), errors: stored.errors ?? null }).toEqual({ file, valid: true, errors: null })
      // Read back (as diff, replay and the baseline read them), then stored again as version 2.
      const report2 = fromStoredReport(report)
      expect({ file, valid: inMemory(report2), errors: inMemory.errors ?? null }).toEqual({ file, valid: true, errors: null })
      expect({ file, errors: await validateReport(toStoredReport(report2)) }).toEqual({ file, errors: [] })
    }
  })

  test('the in-memory schema holds what the code builds, and not a stored report', () => {
    const inMemory = new Ajv({ strict: false, validateFormats: false }).compile(inMemoryReportSchema)
    const report: Report = makeReport({ values: { loss: 0.5, bad: { nonFinite: 'NaN' } } })
    expect(inMemory(report)).toBe(true)
    expect(inMemory(toStoredReport(report))).toBe(false) // compact metrics lack their fields
  })
})
