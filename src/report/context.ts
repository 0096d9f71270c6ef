import { readFileSync } from 'node:fs'
import type { ReportContext } from './types.js'

/** The event payload (GITHUB_EVENT_PATH), or {} outside Actions or when unreadable. */
export function readEventPayload(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return {}
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** A nested field of the event payload (`payloadField(p, 'pull_request', 'head', 'sha')`), or undefined. */
export function payloadField(obj: unknown, ...keys: string[]): unknown {
  let cur = obj
  for (const key of keys) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

/** Where the report was made, from the runner's GITHUB_* variables and the event payload. */
export function readReportContext(env: NodeJS.ProcessEnv, payload = readEventPayload(env)): ReportContext {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const repository = env.GITHUB_REPOSITORY || null
  const runId = env.GITHUB_RUN_ID || null
  const runAttempt = env.GITHUB_RUN_ATTEMPT || null
  const prNumber = payloadField(payload, 'pull_request', 'number') ?? payloadField(payload, 'number')
  const headSha = payloadField(payload, 'pull_request', 'head', 'sha')
  return {
    repository,
    sha: env.GITHUB_SHA || null,
    ref: env.GITHUB_REF || null,
    headSha: typeof headSha === 'string' ? headSha : null,
    eventName: env.GITHUB_EVENT_NAME || null,
    pullRequest: typeof prNumber === 'number' && payloadField(payload, 'pull_request') !== undefined ? prNumber : null,
    runId,
    runAttempt,
    job: env.GITHUB_JOB || null,
    serverUrl,
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ''}` : null
  }
}
