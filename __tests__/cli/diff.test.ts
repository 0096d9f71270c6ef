import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { recordIO } from '../support/cli-io.js'
import { runDiffCommand } from '../../src/cli/diff.js'
import { makeLockfile, makeReport } from '../fixtures/baseline/reports.js'

let dir: string
const file = (name: string, content: unknown): string => {
  const p = path.join(dir, name)
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content))
  return p
}

const io = (): ReturnType<typeof recordIO> => recordIO()

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'diff-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('repro-gate diff', () => {
  test('identical metrics: exit 0, says match', async () => {
    const a = file('a.json', makeReport())
    const b = file('b.json', makeReport())
    const t = io()
    expect(await runDiffCommand([a, b], t)).toBe(0)
    expect(t.stdout).toContain('match: all 2 metrics within tolerance')
    expect(t.stdout).toContain('no recorded difference')
  })

  test('drift: exit 1, prints the metric and the exact package change', async () => {
    const a = file('a2.json', makeReport())
    const b = file(
      'b2.json',
      makeReport({
        values: { loss: 0.75, acc: 0.9 },
        sha: 'b'.repeat(40),
        lockfiles: [
          makeLockfile('requirements.txt', [
            ['numpy', '2.0.0'],
            ['torch', '2.3.0']
          ])
        ]
      })
    )
    const t = io()
    expect(await runDiffCommand([a, b], t)).toBe(1)
    expect(t.stdout).toMatch(/drift\s+loss\s+0\.5 → 0\.75\s+\|Δ\| = 0\.25/)
    expect(t.stdout).toContain('- package numpy: 1.26.4 → 2.0.0 (requirements.txt)')
    expect(t.stdout).toContain('drift: 1 of 2 metrics moved beyond tolerance')
    // A looser tolerance from the command line makes it a match.
    const loose = io()
    expect(await runDiffCommand([a, b, '--tolerance', 'atol=0.3'], loose)).toBe(0)
    const json = io()
    expect(await runDiffCommand([a, b, '--json'], json)).toBe(1)
    expect(JSON.parse(json.stdout).changes[0]).toEqual({
      category: 'package',
      subject: 'numpy',
      before: '1.26.4',
      after: '2.0.0',
      detail: 'requirements.txt'
    })
  })

  test('a report whose runs all failed is an error (exit 2), not a match', async () => {
    const crashed = makeReport()
    crashed.verdict = 'error'
    crashed.reproducible = false
    crashed.runs = crashed.runs.slice(0, 1).map((r) => ({ ...r, exitCode: 3, error: 'run 1 exited with code 3', metrics: null }))
    crashed.errors = [{ run: 1, message: 'run 1 exited with code 3' }]
    const t = io()
    expect(await runDiffCommand([file('crashed.json', crashed), file('crashed2.json', crashed)], t)).toBe(2)
    expect(t.stderr).toContain('crashed.json has no clean run to compare (run 1 exited with code 3)')
  })

  test('a missing file, a non-report and bad usage: exit 2 naming the file', async () => {
    const a = file('a3.json', makeReport())
    const missing = path.join(dir, 'nope.json')
    let t = io()
    expect(await runDiffCommand([a, missing], t)).toBe(2)
    expect(t.stderr).toContain(missing)
    const junk = file('junk.json', '{"hello": "world"}')
    t = io()
    expect(await runDiffCommand([junk, a], t)).toBe(2)
    expect(t.stderr).toContain(`${junk}: not a repro-gate report`)
    const text = file('text.json', 'not json at all')
    t = io()
    expect(await runDiffCommand([a, text], t)).toBe(2)
    expect(t.stderr).toContain(text)
    // A report a newer repro-gate wrote is named as one, with the upgrade.
    const future = file('future.json', { ...makeReport(), schemaVersion: 3 })
    t = io()
    expect(await runDiffCommand([a, future], t)).toBe(2)
    expect(t.stderr).toContain(
      `${future}: schemaVersion 3: this repro-gate reads 1 and 2; it was written by a newer repro-gate: upgrade repro-gate to read it`
    )
    t = io()
    expect(await runDiffCommand([a], t)).toBe(2)
    expect(t.stderr).toContain('expected two report files, got 1')
    t = io()
    expect(await runDiffCommand([a, a, '--nope'], t)).toBe(2)
  })
})
