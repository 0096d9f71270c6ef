/**
 * Runs the committed dist/index.js exactly as the Actions runner does: every input of action.yml
 * as an INPUT_* variable (defaults included), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an
 * event payload at GITHUB_EVENT_PATH. Returns what a workflow would see.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { parse } from 'yaml'
import { testEnv } from './env.js'

export const repoRoot = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')

interface ActionYml {
  inputs: Record<string, { default?: string }>
}

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
}

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter` blocks). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const value: string[] = []
      while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i])
      outputs[m[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=')
      outputs[lines[i].slice(0, eq)] = lines[i].slice(eq + 1)
    }
  }
  return outputs
}

export interface RunActionOptions {
  inputs: Record<string, string>
  workspace: string
  event?: { name: string; payload: Record<string, unknown> }
  env?: Record<string, string>
  timeoutMs?: number
}

/** The environment a runner gives the action step. */
export function actionEnvironment(options: RunActionOptions): { env: NodeJS.ProcessEnv; outputFile: string; summaryFile: string } {
  const actionYml = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as ActionYml
  const runnerDir = mkdtempSync(path.join(tmpdir(), 'rg-runner-'))
  const outputFile = path.join(runnerDir, 'output')
  const summaryFile = path.join(runnerDir, 'summary.md')
  const eventFile = path.join(runnerDir, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}))
  // The step sees the runner's environment, not the test runner's (no stray GITHUB_* or INPUT_*).
  const env = testEnv()
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value =
      options.inputs[name] ?? (spec.default === '${{ github.token }}' ? 'ghs_fakeTokenForTests000000000000000000' : (spec.default ?? ''))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  for (const name of Object.keys(options.inputs)) {
    if (!(name in actionYml.inputs)) throw new Error(`test uses input "${name}" which action.yml does not declare`)
  }
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'repro',
    GITHUB_WORKFLOW: 'reproducibility',
    GITHUB_WORKFLOW_REF: 'octo-org/octo-repo/.github/workflows/repro.yml@refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: path.join(runnerDir, 'temp'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    // No cache service here: both must be empty so @actions/cache does not pick its v2 client.
    ACTIONS_CACHE_URL: '',
    ACTIONS_RESULTS_URL: ''
  })
  Object.assign(env, options.env ?? {})
  return { env, outputFile, summaryFile }
}

/** Runs dist/index.js with node, like `runs.using: node24` does. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const { env, outputFile, summaryFile } = actionEnvironment(options)
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'index.js')], { cwd: options.workspace, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
  clearTimeout(timer)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    workspace: options.workspace
  }
}
