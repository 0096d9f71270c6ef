/**
 * The channels the verdict leaves by: step outputs, the job summary, annotations, the report
 * artifact, the PR comment and the check run. Each is optional and fails on its own: one that
 * cannot be written (an unwritable GITHUB_OUTPUT or summary, an API that errors or never answers)
 * is one warning, and the other channels and the verdict go on.
 */
import * as core from '@actions/core'
import type { Report } from '../report/types.js'
import type { Inputs } from '../inputs/inputs.js'
import type { Redactor } from '../report/redact.js'
import { Output } from '../inputs/constants.js'
import { renderMarkdown } from '../report/markdown.js'
import { appendJobSummary } from './summary.js'
import { reportOutputs } from './outputs.js'
import { publishToGitHub, type PublishLog } from './index.js'
import { beforeDeadline } from './deadline.js'
import type { ClientTuning } from './octokit.js'
import { errorMessage } from '../errors.js'

/** Why a channel failed, in a few words: the errno code and message, or the deadline's reason. */
function reason(err: unknown): string {
  return errorMessage(err)
}

/** Step outputs through GITHUB_OUTPUT; once that cannot be written, one warning and no more tries. */
export class StepOutputs {
  private broken = false

  constructor(
    private readonly log: Pick<PublishLog, 'warning'>,
    private readonly redactor: Redactor
  ) {}

  /** Sets each output (redacted); never throws. */
  set(values: Record<string, string>): void {
    for (const [name, value] of Object.entries(values)) {
      if (this.broken) return
      try {
        core.setOutput(name, this.redactor.text(value))
      } catch (err) {
        this.broken = true
        this.log.warning(
          this.redactor.text(
            `repro-gate could not write the step outputs (${reason(err)}); later steps will not see ${name} and the rest. The verdict is unchanged.`
          )
        )
      }
    }
  }
}

/**
 * Runs one channel until it finishes or `deadline` fires; a failure or the deadline becomes one
 * warning naming the channel. Never throws.
 */
export async function deliver(
  what: string,
  work: () => unknown,
  log: Pick<PublishLog, 'warning'>,
  redactor: Redactor,
  deadline?: AbortSignal
): Promise<void> {
  try {
    const done = Promise.resolve().then(work)
    await (deadline ? beforeDeadline(done, deadline) : done)
  } catch (err) {
    const stopped = deadline?.aborted && err === deadline.reason
    log.warning(
      redactor.text(
        stopped
          ? `repro-gate stopped waiting for the ${what}: ${reason(err)}. The verdict is unchanged.`
          : `repro-gate could not write the ${what}: ${reason(err)}. The verdict is unchanged.`
      )
    )
  }
}

export interface ChannelOptions {
  env: NodeJS.ProcessEnv
  log: PublishLog
  outputs: Pick<StepOutputs, 'set'>
  /** Publishing as a whole ends when this fires (the publish budget, or a cancel). */
  deadline: AbortSignal
  /** Uploads the report as a workflow artifact (gate and record modes). */
  upload?: () => Promise<unknown>
  tuning?: ClientTuning
}

/**
 * Sends the verdict everywhere it goes, each channel on its own: outputs and the job summary
 * first (local files, instant), then the artifact upload and the API calls side by side, all
 * within the deadline. Never throws.
 */
export async function publishChannels(report: Report, inputs: Inputs, redactor: Redactor, options: ChannelOptions): Promise<void> {
  const { env, log, outputs, deadline } = options
  outputs.set(reportOutputs(report, inputs.reportPath))
  await deliver('job summary', () => appendJobSummary(redactor.text(renderMarkdown(report, { target: 'summary' })), env), log, redactor)
  const upload = options.upload
  // Once the deadline has said it stopped waiting, a late failure of the abandoned work is not news.
  const inTime: PublishLog = { ...log, warning: (m) => (deadline.aborted ? undefined : log.warning(m)) }
  await Promise.all([
    upload ? deliver('report artifact', upload, log, redactor, deadline) : Promise.resolve(),
    deliver(
      'PR comment and check run',
      async () => {
        const published = await publishToGitHub(report, inputs, redactor, {
          env,
          log: inTime,
          tuning: { ...options.tuning, signal: deadline }
        })
        if (published.commentUrl) outputs.set({ [Output.CommentUrl]: published.commentUrl })
      },
      log,
      redactor,
      deadline
    )
  ])
}
