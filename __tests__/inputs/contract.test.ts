/**
 * What users type lives in four places: the constants (src/inputs/constants.ts), action.yml, the
 * CLI's --help and the README's input table. Names, defaults and allowed values must agree in all four.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parse } from 'yaml'
import {
  Booleans,
  Input,
  InputChoices,
  InputDefaults,
  InputDefaultText,
  InputFlags,
  literalDefault,
  Output,
  VaryWords,
  type InputName
} from '../../src/inputs/constants.js'
import { CLI_FLAGS } from '../../src/cli/parse.js'
import { helpText } from '../../src/cli/help.js'
import { VERSION } from '../../src/version.js'

const root = path.resolve(import.meta.dirname, '../..')
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const names = Object.values(Input)

/** The README's input table: name → [default cell, meaning cell]. */
function readmeInputs(): Map<string, [string, string]> {
  const section = readme.split('\n## Inputs\n')[1].split('\n## ')[0]
  const rows = new Map<string, [string, string]>()
  for (const line of section.split('\n')) {
    // Cells split at "|" but not at an escaped "\|".
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim())
    const name = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1]
    if (line.startsWith('| `') && name) rows.set(name, [cells[2], cells[3]])
  }
  return rows
}

/** The --help lines of one flag: from its own line to the next flag's. */
function helpOf(help: string, flag: string): string {
  const lines = help.split('\n')
  const start = lines.findIndex((l) => l.startsWith(`  ${flag} `))
  if (start < 0) return ''
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('    '))
  return lines.slice(start, end).join('\n')
}

/** How the README writes an input's default. */
function readmeDefault(name: InputName): string {
  if (InputDefaults[name] !== '') return `\`${InputDefaults[name]}\``
  return InputDefaultText[name] ?? '—'
}

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
    expect([...readmeInputs().keys()].sort()).toEqual([...names].sort())
  })
  test('every input has a default, a flag (or null) and its choices in the constants', () => {
    for (const name of names) {
      expect(typeof InputDefaults[name]).toBe('string')
      expect(InputFlags[name]).toBeDefined()
      const choices = InputChoices[name]
      if (choices && literalDefault(name) !== '') expect(choices).toContain(literalDefault(name))
    }
  })
  test('action.yml writes the same defaults, and names the allowed values', () => {
    const problems: string[] = []
    for (const name of names) {
      const written = action.inputs[name].default ?? ''
      if (written !== InputDefaults[name]) problems.push(`${name}: default "${written}", constants say "${InputDefaults[name]}"`)
      const choices = InputChoices[name]
      for (const c of choices && choices !== Booleans ? choices : []) {
        if (!action.inputs[name].description.includes(`\`${c}\``)) problems.push(`${name}: the description does not name \`${c}\``)
      }
    }
    expect(problems).toEqual([])
  })
  test("the README's input table writes the same defaults and names the allowed values", () => {
    const rows = readmeInputs()
    const problems: string[] = []
    for (const name of names) {
      const [defaultCell, meaning] = rows.get(name)!
      const expected = readmeDefault(name)
      // "—" may be followed by a note: "— (required in `gate`/`record`)".
      const shown = expected === '—' ? defaultCell.split(' (')[0] : defaultCell
      if (shown !== expected) problems.push(`${name}: default column "${defaultCell}", expected "${expected}"`)
      const choices = InputChoices[name] === Booleans ? [] : name === Input.Vary ? VaryWords : (InputChoices[name] ?? [])
      for (const c of choices) if (!meaning.includes(`\`${c}\``)) problems.push(`${name}: the meaning column does not name \`${c}\``)
    }
    expect(problems).toEqual([])
  })
  test('--help lists every CLI flag with its default and allowed values, and no action-only input', () => {
    // What `repro-gate --help` prints (__tests__/e2e/cli.test.ts runs it through dist/).
    const help = helpText()
    for (const name of names) {
      const flag = InputFlags[name]
      if (flag === null) {
        expect({ name, inHelp: help.includes(`--${name} `) }).toEqual({ name, inHelp: false })
        continue
      }
      if (flag.negation) {
        expect(helpOf(help, `--no-${name}`)).toContain(flag.negation)
        continue
      }
      const lines = helpOf(help, `--${name}`)
      expect(lines).toContain(`--${name} <${flag.value}>`)
      const choices = InputChoices[name]
      const fallback = literalDefault(name)
      if (choices) {
        expect(lines).toContain(choices.map((c) => (c === fallback ? `${c} (default)` : c)).join(' | '))
      } else if (fallback !== '') {
        expect(lines).toMatch(new RegExp(`default ${fallback.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`))
      } else if (InputDefaultText[name]) {
        expect(lines).toContain(`default ${InputDefaultText[name]!.replace(/`/g, '')}`)
      }
      if (name === Input.Vary) for (const w of VaryWords) expect(lines).toContain(w)
      if (flag.repeatable) expect(lines).toContain('repeatable')
    }
    expect(CLI_FLAGS.length).toBeGreaterThan(0)
  })
  test('the version in reports is the package version', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version)
  })
})
