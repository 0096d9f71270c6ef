/**
 * End to end through the committed bundle: dist/index.js run by node with INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and an event payload, exactly as the runner does.
 */
import { describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { actionEnvironment, parseOutputFile, repoRoot, runAction } from '../support/action.js'
import { validateReport } from '../../src/report/validate.js'

/** A workspace holding a copy of the bundled examples, like a checkout. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-ws-'))
  cpSync(path.join(repoRoot, 'examples'), path.join(dir, 'examples'), { recursive: true })
  return dir
}

const quiet = { comment: 'never', baseline: 'false' }

describe('the action (dist/index.js)', () => {
  test('the bundled example is reproducible: exit 0, outputs, summary, valid report', async () => {
    const ws = workspace()
    const run = await runAction({
      workspace: ws,
      inputs: { ...quiet, command: 'node train.mjs', runs: '3', 'working-directory': 'examples/node-logreg', artifacts: 'out/*.json' }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ verdict: 'reproducible', reproducible: 'true', drifted: '[]', 'drifted-count': '0' })
    const reportPath = path.join(ws, 'examples/node-logreg/repro-report.json')
    expect(run.outputs['report-path']).toBe(reportPath)
    const report = JSON.parse(readFileSync(reportPath, 'utf8'))
    expect(await validateReport(report)).toEqual([])
    expect(report.runs).toHaveLength(3)
    expect(report.artifacts).toEqual([expect.objectContaining({ path: 'out/model.json', status: 'pass' })])
    expect(run.summary).toContain('Reproducible: 3 runs agree on 9 metrics and 1 artifact')
    // Each run's output is streamed into its own log group.
    expect(run.stdout).toContain('::group::repro-gate: run 1 of 3')
    expect(run.stdout).toContain('seed 42: train accuracy')
    expect(run.stdout).toContain('::endgroup::')
  })

  test('the nondeterministic example drifts: exit 1, the failure names the metric', async () => {
    const run = await runAction({
      workspace: workspace(),
      inputs: { ...quiet, command: 'node train.mjs', 'working-directory': 'examples/nondeterministic' }
    })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({ verdict: 'drift', reproducible: 'false', 'drifted-count': '1' })
    expect(JSON.parse(run.outputs.drifted)).toEqual([{ kind: 'metric', name: 'train.loss' }])
    expect(run.stdout).toMatch(/::error::.*train\.loss/)
  })

  test('fail-on-drift: false turns drift into a warning and passes', async () => {
    const run = await runAction({
      workspace: workspace(),
      inputs: { ...quiet, command: 'node train.mjs', 'working-directory': 'examples/nondeterministic', 'fail-on-drift': 'false' }
    })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('drift')
    expect(run.stdout).toMatch(/::warning::.*fail-on-drift is false/)
  })

  test('a crashing experiment: verdict error, and the report and summary are still written', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'crash.sh'), 'echo "epoch 1"; echo "Traceback: boom" >&2; exit 3\n')
    const run = await runAction({ workspace: ws, inputs: { ...quiet, command: 'bash crash.sh' } })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('error')
    expect(run.stdout).toMatch(/::error::.*run 1 exited with code 3/)
    const report = JSON.parse(readFileSync(path.join(ws, 'repro-report.json'), 'utf8'))
    expect(report.verdict).toBe('error')
    expect(report.runs[0].outputTail).toContain('Traceback: boom')
    expect(run.summary).toContain('Error: run 1 of 2 exited with code 3')
  })

  test('bad input fails before anything runs, naming the input and the value', async () => {
    const ws = workspace()
    const run = await runAction({ workspace: ws, inputs: { ...quiet, command: 'touch ran', runs: '1' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('::error::runs: got "1", expected a whole number from 2 to 100')
    expect(run.outputs.verdict).toBe('error')
    expect(run.summary).toContain('runs: got "1"')
  })
})

describe('the action under cancellation and with secrets around', () => {
  test('SIGTERM (a cancelled job) kills the experiment tree; report and summary are still written', async () => {
    const ws = workspace()
    const pidFile = path.join(ws, 'child.pid')
    const marker = `rg-sigterm-${Date.now()}-${process.pid}`
    const { env, outputFile, summaryFile } = actionEnvironment({
      workspace: ws,
      // A marker in the command line, not a pid: the run has a PID namespace of its own.
      inputs: {
        ...quiet,
        command: `(exec -a ${marker} sleep 300) & while ! pgrep -f '^${marker}' >/dev/null; do sleep 0.05; done; echo started > ${pidFile}; wait`
      }
    })
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'index.js')], { cwd: ws, env, stdio: 'ignore' })
    // Up to 20 s for a busy machine to start the bundle and the experiment; usually well under 1 s.
    for (let i = 0; i < 400 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 50))
    child.kill('SIGTERM')
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
    expect(code).toBe(1)
    const report = JSON.parse(readFileSync(path.join(ws, 'repro-report.json'), 'utf8'))
    expect(report.verdict).toBe('error')
    expect(report.runs[0].cancelled).toBe(true)
    expect(readFileSync(summaryFile, 'utf8')).toContain('Error')
    expect(parseOutputFile(readFileSync(outputFile, 'utf8')).verdict).toBe('error')
    const sleepers = (): string[] =>
      readdirSync('/proc').filter((p) => {
        try {
          return (
            /^\d+$/.test(p) &&
            readFileSync(`/proc/${p}/cmdline`, 'utf8').startsWith(marker) &&
            !readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.startsWith('Z')
          )
        } catch {
          return false
        }
      })
    for (let i = 0; i < 40 && sleepers().length > 0; i++) await new Promise((r) => setTimeout(r, 50))
    expect(sleepers()).toEqual([])
  })

  test('planted secrets never reach the report, summary, outputs or log', async () => {
    const ws = workspace()
    const token = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'
    const apiKey = 'sk-live-7f3a9c1e5b2d8f4a6c0e'
    writeFileSync(
      path.join(ws, 'leak.cjs'),
      `console.log('using', process.env.MY_SERVICE_API_KEY, '${token}')
       require('fs').writeFileSync('metrics.json', JSON.stringify({ note: 'key=' + process.env.MY_SERVICE_API_KEY, token: '${token}', accuracy: 0.9 }))`
    )
    const run = await runAction({ workspace: ws, inputs: { ...quiet, command: 'node leak.cjs' }, env: { MY_SERVICE_API_KEY: apiKey } })
    expect(run.outputs.verdict).toBe('reproducible')
    const report = readFileSync(path.join(ws, 'repro-report.json'), 'utf8')
    for (const where of [report, run.summary, run.stdout, run.stderr, JSON.stringify(run.outputs)]) {
      expect(where).not.toContain(token)
      expect(where).not.toContain(apiKey)
    }
    // The experiment's output is still there, with the secrets masked.
    expect(report).toContain('using ***')
    expect(report).toContain('key=***')
    expect(run.summary).toContain('key=\\*\\*\\*')
    expect(run.stdout).toContain('using ***')
  })
})
