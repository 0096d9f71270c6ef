/** The CLI through the committed bundle (dist/cli.js), as a person runs it on a laptop. */
import { describe, expect, test } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { repoRoot } from '../support/action.js'
import { testEnv } from '../support/env.js'
import { readReportFile } from '../../src/report/write.js'

const cli = path.join(repoRoot, 'dist', 'cli.js')

function repro(args: string[], cwd: string, input?: string) {
  // A laptop: no GITHUB_* variables.
  const env = testEnv()
  const res = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8', input, timeout: 60_000 })
  return { code: res.status, stdout: res.stdout, stderr: res.stderr }
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-cli-'))
  cpSync(path.join(repoRoot, 'examples'), path.join(dir, 'examples'), { recursive: true })
  return dir
}

describe('repro-gate CLI', () => {
  test('exit 0 on the reproducible example, verdict on stdout, runs on stderr', () => {
    const ws = workspace()
    const res = repro(['--working-directory', 'examples/node-logreg', '--no-snapshot', '--', 'node', 'train.mjs'], ws)
    expect(res.code).toBe(0)
    expect(res.stdout).toMatch(/Reproducible: 2 runs agree/)
    expect(res.stderr).toContain('run 1 of 2')
    expect(JSON.parse(readFileSync(path.join(ws, 'examples/node-logreg/repro-report.json'), 'utf8')).verdict).toBe('reproducible')
  })

  test('exit 1 on drift; exit 0 with --fail-on-drift false', () => {
    const ws = workspace()
    const args = ['--working-directory', 'examples/nondeterministic', '--no-snapshot', '--command', 'node train.mjs']
    expect(repro(args, ws).code).toBe(1)
    expect(repro([...args, '--fail-on-drift', 'false'], ws).code).toBe(0)
  })

  test('exit 2 on a crash and on bad input, with a message naming the problem', () => {
    const ws = workspace()
    const crash = repro(['--no-snapshot', '--', 'bash', '-c', 'exit 4'], ws)
    expect(crash.code).toBe(2)
    expect(crash.stdout).toContain('Error: run 1 of 2 exited with code 4')
    const bad = repro(['--runs', '1', '--', 'true'], ws)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('runs: got "1", expected a whole number from 2 to 100')
    expect(repro(['--bogus', 'x'], ws).stderr).toContain('unknown flag --bogus')
  })

  test('words after -- reach the experiment exactly as typed', async () => {
    const ws = workspace()
    writeFileSync(
      path.join(ws, 'argv.cjs'),
      `require('fs').writeFileSync('metrics.json', JSON.stringify({ argv: process.argv.slice(2).join('|') }))`
    )
    const res = repro(['--no-snapshot', '--', 'node', 'argv.cjs', "it's", 'a b', '$HOME', '*'], ws)
    expect(res.code).toBe(0)
    const report = await readReportFile(path.join(ws, 'repro-report.json'))
    expect(report.metrics[0].values[0]).toBe("it's|a b|$HOME|*")
  })

  test('a 50,000-point curve: the terminal gets a capped table with a pointer to the report', () => {
    const ws = workspace()
    writeFileSync(
      path.join(ws, 'curve.cjs'),
      `require('fs').writeFileSync('metrics.json', JSON.stringify({ loss: Array.from({ length: 50000 }, (_, i) => 1 / (i + 1)) }))`
    )
    const res = repro(['--no-snapshot', '--', 'node', 'curve.cjs'], ws)
    expect(res.code).toBe(0)
    expect(Buffer.byteLength(res.stdout)).toBeLessThan(201_000)
    expect(res.stdout).toMatch(/more metrics not shown \(size limit\); the full list is in the report file/)
    expect(JSON.parse(readFileSync(path.join(ws, 'repro-report.json'), 'utf8')).metrics).toHaveLength(50000)
  })

  test('--help lists the exit codes; schema prints the JSON Schema; --version', () => {
    const ws = workspace()
    expect(repro(['--help'], ws).stdout).toMatch(/Exit codes[\s\S]*2 {2}error/)
    expect(JSON.parse(repro(['schema'], ws).stdout).title).toBe('repro-gate report')
    expect(repro(['--version'], ws).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

describe('repro-gate diff on reports from a real H100', () => {
  test('a reader that closes the pipe early (repro-gate schema | head -1) ends it quietly, exit 0', async () => {
    // Our end of the pipe is closed before the CLI has started, so each of its writes meets EPIPE.
    const child = spawn(process.execPath, [cli, 'schema'], { env: testEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s]))
    )
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' })
  })

  test('strict vs off: exit 1, the drift explained by the determinism variables removed', () => {
    const dir = path.join(repoRoot, 'docs', 'gpu-check')
    const res = repro(['diff', 'h100-strict.json', 'h100-off.json'], dir)
    expect(res.code).toBe(1)
    expect(res.stdout).toContain('drift: 15 of 20 metrics moved beyond tolerance')
    expect(res.stdout).toContain('seed variable CUBLAS_WORKSPACE_CONFIG: removed (was :4096:8)')
    // Same machine image: nothing but the seeds differs in the environment.
    expect(
      res.stdout
        .split('Environment (A → B):')[1]
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('- '))
        .every((l) => l.startsWith('- seed variable'))
    ).toBe(true)
    expect(repro(['diff', 'h100-strict.json', 'h100-strict.json'], dir).code).toBe(0)
  })
})
