/**
 * Time limits for everything after the runs. The gate must always end with its report: an API that
 * accepts the connection and never answers, or a cancelled job, must not keep it alive. Every
 * request has a timeout, publishing as a whole a deadline, and a cancel moves that deadline close.
 */

/** One HTTP request to the GitHub API (a comment page, the check run) gets this long. */
export const REQUEST_TIMEOUT_MS = 20_000
/** Publishing as a whole (artifact upload, comment, check): a late comment is worth less than a finished job. */
export const PUBLISH_BUDGET_MS = 90_000
/**
 * On cancel the runner sends SIGINT, SIGTERM 7.5 s later and kills the tree 2.5 s after that. The
 * gate gives a run this long to end after SIGTERM before SIGKILL, publishes until CANCEL_BUDGET_MS
 * after the signal and exits by CANCEL_EXIT_MS whatever is still pending.
 */
export const CANCEL_KILL_GRACE_MS = 2_000
export const CANCEL_BUDGET_MS = 5_500
export const CANCEL_EXIT_MS = 6_500

/** The reason a deadline gives when it fires. */
export class DeadlineError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DeadlineError'
  }
}

/** An AbortSignal that fires at a deadline that can be moved sooner (a cancel), never later. */
export class Deadline {
  private readonly controller = new AbortController()
  private timer: NodeJS.Timeout | null = null
  private at = Infinity

  /** Fires when the deadline passes; its reason is a DeadlineError saying why. */
  get signal(): AbortSignal {
    return this.controller.signal
  }

  /** Moves the deadline to `ms` from now when that is sooner; `why` becomes the reason. */
  within(ms: number, why: string): void {
    const at = Date.now() + ms
    if (this.controller.signal.aborted || at >= this.at) return
    this.at = at
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.controller.abort(new DeadlineError(why)), Math.max(0, ms))
    // The deadline only cuts work short; it never keeps the process alive on its own.
    this.timer.unref()
  }
}

/**
 * Resolves or rejects with `work`, or rejects with the signal's reason as soon as it aborts. Work
 * that is cut off is left to itself: the caller moves on (and exits) without it.
 */
export function beforeDeadline<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined)
    return Promise.reject(signal.reason as Error)
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error)
    signal.addEventListener('abort', onAbort, { once: true })
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(err as Error)
      }
    )
  })
}

/**
 * A `fetch` whose every request ends after `timeoutMs`, or when `deadline` fires, whichever is first.
 * Octokit turns the abort into an error the caller reports as a warning.
 */
export function fetchWithTimeout(timeoutMs: number, deadline?: AbortSignal): typeof fetch {
  return (input, init = {}) => {
    const signals = [AbortSignal.timeout(timeoutMs)]
    if (init.signal) signals.push(init.signal)
    if (deadline) signals.push(deadline)
    return globalThis.fetch(input, { ...init, signal: AbortSignal.any(signals) })
  }
}
