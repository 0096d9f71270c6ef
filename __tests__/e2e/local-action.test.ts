/**
 * GitHub's own local runner for JavaScript actions (`@github/local-action`, what the official
 * action template wires up as `npm run local-action`) runs src/main.ts with its stand-ins for
 * `@actions/core`: the gate's outputs and its job summary must both come out of it.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { repoRoot } from '../support/action.js'
import { testEnv } from '../support/env.js'

const localAction = path.join(repoRoot, 'node_modules', '.bin', 'local-action')

function runLocalAction(experiment: string): { stdout: string; summary: string; code: number | null } {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-local-action-'))
  writeFileSync(path.join(dir, 'train.cjs'), experiment)
  const summary = path.join(dir, 'summary.md')
  const envFile = path.join(dir, '.env')
  writeFileSync(
    envFile,
    [
      'INPUT_COMMAND=node train.cjs',
      `INPUT_WORKING-DIRECTORY=${dir}`,
      'INPUT_RUNS=2',
      'INPUT_SNAPSHOT=false',
      `GITHUB_STEP_SUMMARY=${summary}`,
      `GITHUB_WORKSPACE=${dir}`
    ].join('\n') + '\n'
  )
  // local-action resolves the project's own @actions/* through `npm ls` in the current folder.
  const res = spawnSync(localAction, ['.', 'src/main.ts', envFile], {
    cwd: repoRoot,
    env: testEnv({ NO_COLOR: '1', FORCE_COLOR: '0' }),
    encoding: 'utf8',
    timeout: 120_000
  })
  let written = ''
  try {
    written = readFileSync(summary, 'utf8')
  } catch {
    // asserted below
  }
  return { stdout: res.stdout + res.stderr, summary: written, code: res.status }
}

describe('npm run local-action', () => {
  // One run (local-action costs 5 s of CPU: npm exec, npm ls, tsx): a stable metric and a drifting
  // one, so the outputs it shows carry values the gate computed (verdict drift, drifted-count 1) and
  // the summary names both. A failing verdict takes the same path through its stand-in for
  // @actions/core as a passing one (setFailed only sets the exit code).
  test('shows the outputs the gate set and writes its job summary', () => {
    const res = runLocalAction(`require('fs').writeFileSync('metrics.json', JSON.stringify({ loss: 0.25, accuracy: Math.random() }))`)
    expect(res.stdout).not.toContain('No outputs were set')
    const outputs = res.stdout.slice(res.stdout.indexOf('Action Outputs'))
    expect(outputs).toMatch(/'verdict'\s*│\s*'drift'/)
    expect(outputs).toMatch(/'drifted-count'\s*│\s*'1'/)
    expect(outputs).toMatch(/'drifted'\s*│\s*'\[{"kind":"metric","name":"accuracy"}\]'/)
    expect(res.summary).toContain('Drift in 1 of 2 metrics across 2 runs')
    expect(res.summary).toMatch(/\| accuracy \| ❌ drift \|/)
    expect(res.summary).toMatch(/\| loss \| ✅ pass \| 0\.25 \(all 2\) \|/)
  })
})
