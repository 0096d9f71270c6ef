/**
 * The one Octokit the reviewer's view uses, composed once with the retry and throttling plugins:
 * transient 5xx answers and rate limits are retried with backoff, so a blip of the API does not
 * turn into a missing comment.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { errorMessage } from '../errors.js'
import { fetchWithTimeout, REQUEST_TIMEOUT_MS } from './deadline.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** Knobs for tests (a loopback API answers at once, so backoff can be milliseconds). */
export interface ClientTuning {
  /** Milliseconds per backoff unit for 5xx retries (plugin default 1000: waits 1 s, 4 s, 9 s). */
  retryAfterBaseValue?: number
  /** Retries of a failing request (default 3). */
  retries?: number
  /** Milliseconds per `retry-after` second for rate limits (default 1000). */
  rateLimitBaseValue?: number
  /** Separates rate-limit queues (the plugin spaces writes of one id a second apart). */
  throttleId?: string
  /**
   * false: writes are not spaced out (the plugin starts writes of one id 1 s apart, and those that
   * notify, such as a comment, 3 s apart). Rate limits the API answers are still waited out.
   */
  spaceWrites?: boolean
  /** Milliseconds one request may take before it is abandoned (default REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number
  /** Aborts every request in flight, and every later one, when it fires (the publishing deadline). */
  signal?: AbortSignal
}

/** The API root: GITHUB_API_URL (GHES sets its own), else api.github.com. */
export function apiBaseUrl(env: NodeJS.ProcessEnv): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
}

/**
 * The plugin's write and notification queues (`throttle.write`, `throttle.notifications`: Bottleneck
 * groups keyed by `id`, where each write first schedules a no-op) without their spacing: each write
 * starts at once. Only the `key(id).schedule(options, job)` the plugin calls is there.
 */
const UNSPACED = {
  key: () => ({ schedule: <T>(_options: unknown, job: () => Promise<T>): Promise<T> => Promise.resolve().then(job) })
} as unknown as NonNullable<ThrottlingOptions['write']>

/** Rate limits retried at most this many times, waiting at most this long per wait. */
const MAX_LIMIT_RETRIES = 2
const MAX_LIMIT_WAIT_S = 60

/**
 * Builds the client. Rate limits (primary and secondary) are waited out twice when the wait is
 * at most a minute; longer waits give up, because a late comment is worth less than a finished job.
 * Every request ends after `requestTimeoutMs` or when `signal` fires: an API that accepts the
 * connection and never answers cannot hold the gate.
 */
export function createGitHubClient(token: string, env: NodeJS.ProcessEnv = process.env, tuning: ClientTuning = {}): GitHubClient {
  const onLimit = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number): boolean =>
    retryCount < MAX_LIMIT_RETRIES && retryAfter <= MAX_LIMIT_WAIT_S
  return getOctokit(
    token,
    {
      baseUrl: apiBaseUrl(env),
      retry: { retryAfterBaseValue: tuning.retryAfterBaseValue ?? 1000, retries: tuning.retries ?? 3 },
      throttle: {
        id: tuning.throttleId ?? 'repro-gate',
        retryAfterBaseValue: tuning.rateLimitBaseValue ?? 1000,
        fallbackSecondaryRateRetryAfter: 30,
        onRateLimit: onLimit,
        onSecondaryRateLimit: onLimit,
        ...(tuning.spaceWrites === false ? { write: UNSPACED, notifications: UNSPACED } : {})
      },
      request: { fetch: fetchWithTimeout(tuning.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, tuning.signal) },
      // Octokit logs every failed request as a warning; the caller turns failures into one warning.
      log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }
    },
    retry,
    throttling
  )
}

/** The HTTP status of an Octokit error, or null for a network failure. */
export function statusOf(err: unknown): number | null {
  const status = (err as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : null
}

/** A short reason for a failed API call: the status and GitHub's message, or that no answer came. */
export function describeApiError(err: unknown): string {
  // Octokit reports a request it could not finish (timeout, deadline, network) as a status 500.
  const cause = (err as { cause?: unknown } | null)?.cause
  const name = cause instanceof Error || (typeof cause === 'object' && cause !== null) ? (cause as { name?: unknown }).name : undefined
  if (name === 'TimeoutError') return 'no answer from the GitHub API before the request timeout'
  if (name === 'DeadlineError') return (cause as Error).message
  const status = statusOf(err)
  const message = errorMessage(err)
  return status === null ? message : `HTTP ${status}: ${message}`
}
