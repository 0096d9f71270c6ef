/** The report's JSON Schema is written once: the published file and the compiled validator are generated from it. */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { Ajv } from 'ajv'
import { reportSchema } from '../../src/report/schema.js'
import { validateReport } from '../../src/report/validate.js'

const root = path.resolve(import.meta.dirname, '../..')

describe('the report schema', () => {
  test('the published schema is the one the code validates with', () => {
    expect(JSON.parse(readFileSync(path.join(root, 'schema/report.schema.json'), 'utf8'))).toEqual(reportSchema)
    // The validator compiled from it at build time is current too.
    const check = spawnSync(process.execPath, ['scripts/generate-validator.mjs', '--check'], { cwd: root, encoding: 'utf8' })
    expect(check.stdout.trim()).toBe('validator up to date')
  })
  test('the compiled validator agrees with ajv compiling the schema at run time', async () => {
    const strict = new Ajv({ strict: false, validateFormats: false }).compile(reportSchema)
    const report = JSON.parse(readFileSync(path.join(root, '__tests__/fixtures/reports/drift.json'), 'utf8'))
    expect(await validateReport(report)).toEqual([])
    expect(strict(report)).toBe(true)
    const broken = { ...report, verdict: 'maybe', runs: [{ index: 0 }] }
    expect((await validateReport(broken)).length).toBeGreaterThan(0)
    expect(strict(broken)).toBe(false)
  })
})
