/** The names users type live in several places: action.yml, the constants, the CLI, the README. Keep them in step. */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parse } from 'yaml'
import { Input, Output } from '../../src/inputs/constants.js'
import { CLI_FLAGS } from '../../src/cli/args.js'
import { HELP } from '../../src/cli/help.js'
import { VERSION } from '../../src/version.js'
import { reportSchema } from '../../src/report/schema.js'
import { validateReport } from '../../src/report/validate.js'
import { Ajv } from 'ajv'
import { spawnSync } from 'node:child_process'

const root = path.resolve(import.meta.dirname, '../..')
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')

describe('names in step', () => {
  test('action.yml declares exactly the inputs the code reads', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort())
  })
  test('action.yml declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort())
  })
  test('the action runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
  test('the README documents every input and output in its tables', () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) expect(readme).toContain(`| \`${name}\` |`)
  })
  test('--help documents every CLI flag', () => {
    for (const flag of CLI_FLAGS) {
      if (flag === 'snapshot') expect(HELP).toContain('--no-snapshot')
      else expect(HELP).toContain(`--${flag}`)
    }
  })
  test('the version in reports is the package version', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version)
  })
  test('the published schema is the one the code validates with', () => {
    expect(JSON.parse(readFileSync(path.join(root, 'schema/report.schema.json'), 'utf8'))).toEqual(reportSchema)
    // The validator compiled from it at build time is current too.
    const check = spawnSync(process.execPath, ['scripts/generate-validator.mjs', '--check'], { cwd: root, encoding: 'utf8' })
    expect(check.stdout.trim()).toBe('validator up to date')
  })
  test('the compiled validator agrees with ajv compiling the schema at run time', () => {
    const strict = new Ajv({ strict: false, validateFormats: false }).compile(reportSchema)
    const report = JSON.parse(readFileSync(path.join(root, '__tests__/fixtures/reports/drift.json'), 'utf8'))
    expect(validateReport(report)).toEqual([])
    expect(strict(report)).toBe(true)
    const broken = { ...report, verdict: 'maybe', runs: [{ index: 0 }] }
    expect(validateReport(broken).length).toBeGreaterThan(0)
    expect(strict(broken)).toBe(false)
  })
})
