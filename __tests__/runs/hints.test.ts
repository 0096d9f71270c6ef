/** A newcomer's first two mistakes end in the fix, not a bare failure: real gate runs of real commands. */
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { readInputs } from '../../src/inputs/inputs.js'
import { runGate } from '../../src/gate.js'
import { changedMetricsLikeFiles, quotedCommandHint } from '../../src/runs/hints.js'
import type { Report } from '../../src/report/types.js'

async function gate(values: Record<string, string>): Promise<Report> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-hints-'))
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, GITHUB_WORKSPACE: dir, RUNNER_TEMP: path.join(dir, '.runner-temp') }
  const all: Record<string, string> = { snapshot: 'false', baseline: 'false', runs: '2', ...values }
  return await runGate(readInputs({ get: (n) => all[n] ?? '' }, env), { env, killGraceMs: 300 })
}

describe('a metrics path that is not where the run writes', () => {
  test('the error names the metrics-like file the run did write', async () => {
    const report = await gate({
      command: `mkdir -p out && echo '{"loss": 0.5}' > out/metrics.json && echo '{}' > out/config.yaml.bak`,
      metrics: 'metrics.json'
    })
    expect(report.verdict).toBe('error')
    expect(report.runs[0].error).toBe(
      'run 1: metrics.json was not written (the experiment must write its metrics there; see the metrics input) — did you mean out/metrics.json? (the run wrote it; set the metrics input to it)'
    )
  })

  test("files older than the run, and the gate's own folders, are not suggested", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-hints-walk-'))
    mkdirSync(path.join(dir, 'node_modules/x'), { recursive: true })
    writeFileSync(path.join(dir, 'node_modules/x/package.json'), '{}')
    writeFileSync(path.join(dir, 'old.json'), '{}')
    utimesSync(path.join(dir, 'old.json'), new Date(0), new Date(0))
    writeFileSync(path.join(dir, 'new.toml'), 'a = 1')
    writeFileSync(path.join(dir, 'notes.txt'), 'x')
    expect(await changedMetricsLikeFiles(dir, Date.now() - 60_000)).toEqual(['new.toml'])
  })
})

describe('a command quoted into one word', () => {
  test('bash exits 127, and the error says the words were quoted together and how to pass them', async () => {
    const report = await gate({ command: `'echo "{}" > metrics.json'`, metrics: 'metrics.json' })
    expect(report.verdict).toBe('error')
    expect(report.runs[0].error).toBe(
      'run 1 exited with code 127: the command is one quoted word, so bash looked for a program named "echo "{}" > metrics.json": pass the words unquoted after "--" (repro-gate -- echo "{}" > metrics.json), or the whole line with --command'
    )
  })
  test('no hint for a one-word command that ran, or a command that is not one quoted word', () => {
    expect(quotedCommandHint(`'python train.py'`, 0)).toBeNull()
    expect(quotedCommandHint(`python 'train.py'`, 127)).toBeNull()
    expect(quotedCommandHint(`'trainer'`, 127)).toBeNull()
  })
})
