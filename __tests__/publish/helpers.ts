/** Shared set-up for the publishing tests: runner environment, event payloads, inputs, reports. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { readInputs, type Inputs } from '../../src/inputs/inputs.js'
import type { Report } from '../../src/report/types.js'
import type { PublishLog } from '../../src/publish/index.js'
import type { Redactor } from '../../src/report/redact.js'

export const HEAD_SHA = '3f9c2d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e'
export const MERGE_SHA = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b'
export const PR = 42

export function loadReport(name: 'reproducible' | 'drift' | 'error', runId = 100, attempt = 1): Report {
  const file = path.join(process.cwd(), '__tests__/fixtures/reports', `${name}.json`)
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report
  report.context.runId = String(runId)
  report.context.runAttempt = String(attempt)
  report.context.runUrl = `https://github.com/octo-org/vision-lab/actions/runs/${runId}/attempts/${attempt}`
  return report
}

export interface RunnerOptions {
  apiUrl: string
  event?: string
  payload?: Record<string, unknown>
  fork?: boolean
  runId?: number
  attempt?: number
}

/** The GITHUB_* environment of a job, with the event payload written to a file. */
export function runnerEnv(o: RunnerOptions): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-publish-'))
  const event = o.event ?? 'pull_request'
  const payload =
    o.payload ??
    (event.startsWith('pull_request')
      ? {
          number: PR,
          pull_request: {
            number: PR,
            head: { sha: HEAD_SHA, repo: { full_name: o.fork ? 'mallory/vision-lab' : 'octo-org/vision-lab' } },
            base: { repo: { full_name: 'octo-org/vision-lab' } }
          }
        }
      : {})
  const eventPath = path.join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(payload))
  return {
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/vision-lab',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_RUN_ID: String(o.runId ?? 100),
    GITHUB_RUN_ATTEMPT: String(o.attempt ?? 1),
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir
  }
}

/** Inputs as the action reads them, from raw strings (defaults for the rest). */
export function inputsFrom(raw: Record<string, string>, env: NodeJS.ProcessEnv): Inputs {
  const values: Record<string, string> = { command: 'python train.py', 'github-token': 'ghs_test', 'comment-key': 'repro-train', ...raw }
  return readInputs({ get: (name) => values[name] ?? '' }, env)
}

export interface RecordedLog extends PublishLog {
  infos: string[]
  warnings: string[]
  annotations: { title: string; message: string }[]
}

export function recordingLog(): RecordedLog {
  const log: RecordedLog = {
    infos: [],
    warnings: [],
    annotations: [],
    info: (m) => log.infos.push(m),
    warning: (m) => log.warnings.push(m),
    annotate: (message, title) => log.annotations.push({ title, message })
  }
  return log
}

/** A redactor that hides one secret, to see that publishing runs everything through it. */
export function secretRedactor(secret: string): Redactor {
  const text = (v: string): string => v.split(secret).join('***')
  const deep = <T>(v: T): T => JSON.parse(text(JSON.stringify(v))) as T
  return { text, deep }
}
