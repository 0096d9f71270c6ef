/**
 * Inputs that can only fail late are checked before run 1: a report-path that is a directory or
 * cannot be written, and numbers out of range, each named in the message with the accepted range.
 * The CLI path runs the real engine: the experiment (which would leave a marker file) never starts.
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { readInputs } from '../../src/inputs/inputs.js'
import { runCli } from '../../src/cli/main.js'
import { recordIO } from '../support/cli-io.js'

function workspace(): string {
  return mkdtempSync(path.join(tmpdir(), 'rg-validate-'))
}
function read(ws: string, values: Record<string, string>) {
  const all: Record<string, string> = { command: 'true', ...values }
  return readInputs({ get: (name) => all[name] ?? '' }, { GITHUB_WORKSPACE: ws })
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  const io = recordIO()
  const before = process.cwd()
  process.chdir(cwd)
  try {
    const code = await runCli(args, io, { env: { PATH: process.env.PATH, HOME: cwd } })
    return { code, stderr: io.stderr }
  } finally {
    process.chdir(before)
  }
}

describe('report-path is checked before run 1', () => {
  test('a directory is refused, naming the input and a file path to use', () => {
    const ws = workspace()
    mkdirSync(path.join(ws, 'reports'))
    expect(() => read(ws, { 'report-path': 'reports' })).toThrow(
      `report-path: "reports" resolves to ${path.join(ws, 'reports')}, which is a directory; give a file path such as reports/repro-report.json`
    )
  })

  test('a place that cannot be written, or a file where a folder should be, is refused with the reason', () => {
    const ws = workspace()
    // /proc cannot be written even by root, on every Linux runner.
    expect(() => read(ws, { 'report-path': '/proc/repro-report.json' })).toThrow(
      /^report-path: "\/proc\/repro-report.json" resolves to \/proc\/repro-report.json, but the folder \/proc cannot be written \(ENOENT\)/
    )
    writeFileSync(path.join(ws, 'out'), 'a file')
    expect(() => read(ws, { 'report-path': 'out/sub/report.json' })).toThrow(`but ${path.join(ws, 'out')} is a file, not a folder`)
  })

  test('a writable path passes and nothing is left behind by the check; missing folders are fine', () => {
    const ws = workspace()
    expect(read(ws, { 'report-path': 'deep/er/report.json' }).reportPath).toBe(path.join(ws, 'deep/er/report.json'))
    writeFileSync(path.join(ws, 'old.json'), '{}')
    expect(read(ws, { 'report-path': 'old.json' }).reportPath).toBe(path.join(ws, 'old.json'))
    expect(readdirSync(ws).sort()).toEqual(['old.json'])
  })

  test('the CLI stops with exit 2 before the experiment runs', async () => {
    const ws = workspace()
    mkdirSync(path.join(ws, 'reports'))
    const res = await cli(['--no-snapshot', '--report-path', 'reports', '--', 'touch', 'ran'], ws)
    expect(res.code).toBe(2)
    expect(res.stderr).toContain('report-path: "reports" resolves to')
    expect(existsSync(path.join(ws, 'ran'))).toBe(false)
  })
})

describe('numeric inputs say their real bounds', () => {
  test.each([
    [{ runs: '1e9' }, 'runs: got "1e9", expected a whole number from 2 to 100 (one run proves nothing about reproducibility)'],
    [
      { runs: '1000000000' },
      'runs: got "1000000000", expected a whole number from 2 to 100 (one run proves nothing about reproducibility)'
    ],
    [{ runs: '2.5' }, 'runs: got "2.5", expected a whole number from 2 to 100'],
    [{ seed: '1e3' }, 'seed: got "1e3", expected a whole number from 0 to 4294967295'],
    [{ tolerance: '1e999' }, 'tolerance: expected one number or "atol=<number>,rtol=<number>", got "1e999" (finite and non-negative'],
    [{ tolerance: 'atol=1e400' }, 'tolerance: atol must be a finite non-negative number like 0, 1e-6 or 0.01, got "1e400"'],
    [{ tolerances: 'loss: rtol=1e999' }, 'tolerances (line 1): rtol must be a finite non-negative number'],
    [{ 'baseline-tolerance': '1e309' }, 'baseline-tolerance: expected one number or']
  ])('%j', (values, message) => {
    let thrown = ''
    try {
      read(workspace(), values)
    } catch (err) {
      thrown = (err as Error).message
    }
    expect(thrown).toContain(message)
    expect(thrown).not.toMatch(/Infinity/)
  })
})

describe('timeout-minutes: every value up to the self-hosted job limit works, larger ones are refused', () => {
  test.each(['50000', '7200.5', '1e9'])('%s is refused, naming the input and the range', (value) => {
    expect(() => read(workspace(), { 'timeout-minutes': value })).toThrow(
      `timeout-minutes: got "${value}", expected a number of minutes above 0 and at most 7200 (the longest a self-hosted job may run`
    )
  })

  test('7200 and 0.5 are accepted as given', () => {
    expect(read(workspace(), { 'timeout-minutes': '7200' }).timeoutMinutes).toBe(7200)
    expect(read(workspace(), { 'timeout-minutes': '0.5' }).timeoutMinutes).toBe(0.5)
  })

  test('the CLI flag stops with exit 2 before the experiment runs', async () => {
    const ws = workspace()
    const res = await cli(['--no-snapshot', '--timeout-minutes', '50000', '--', 'touch', 'ran'], ws)
    expect(res.code).toBe(2)
    expect(res.stderr).toContain('timeout-minutes: got "50000", expected a number of minutes above 0 and at most 7200')
    expect(existsSync(path.join(ws, 'ran'))).toBe(false)
  })

  test('7200 minutes through the CLI: the run completes instead of timing out at once', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'exp.sh'), `sleep 0.3; echo '{"a": 1}' > metrics.json\n`)
    const res = await cli(['--no-snapshot', '--timeout-minutes', '7200', '--', 'bash', 'exp.sh'], ws)
    expect(res.stderr).not.toContain('timed out')
    expect(res.code).toBe(0)
  })
})
