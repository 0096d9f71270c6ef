import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { expectGolden } from './golden.js'

const testFile = path.join(process.cwd(), '__tests__/report/markdown.test.ts')
const command = 'UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/report/markdown.test.ts'

describe('expectGolden', () => {
  test('a missing golden fails with the command that writes it, and nothing is written', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rg-golden-')), 'expected', 'x.md')
    expect(() => expectGolden(file, 'new output', testFile, {})).toThrow(`is missing: run \`${command}\` and review the diff`)
    expect(existsSync(file)).toBe(false)
  })

  test('a different output fails with the diff and the same command; the golden is kept', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rg-golden-')), 'x.md')
    writeFileSync(file, 'old output')
    expect(() => expectGolden(file, 'new output', testFile, {})).toThrow(command)
    expect(() => expectGolden(file, 'new output', testFile, { UPDATE_GOLDEN: 'true' })).toThrow(/Expected: "old output"/)
    expect(readFileSync(file, 'utf8')).toBe('old output')
    expect(() => expectGolden(file, 'old output', testFile, {})).not.toThrow()
  })

  test('UPDATE_GOLDEN=1 writes the golden, folders included', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'rg-golden-')), 'expected', 'x.md')
    expectGolden(file, 'new output', testFile, { UPDATE_GOLDEN: '1' })
    expect(readFileSync(file, 'utf8')).toBe('new output')
  })
})
