/**
 * The action: read inputs, run the gate (or another mode), then publish the verdict where people
 * look — step outputs, job summary, PR comment, check — and fail the step on error or drift.
 */
import * as core from '@actions/core'
import { randomBytes } from 'node:crypto'
import { readInputs, type Inputs, type InputSource } from './inputs/inputs.js'
import { Output } from './inputs/constants.js'
import { runGate } from './gate.js'
import { actionLog } from './action-log.js'
import { createRedactor, type Redactor } from './report/redact.js'
import { redactStream } from './report/redact-stream.js'
import { oneLine } from './report/render/escape.js'
import type { Report } from './report/types.js'
import type { RunObserver } from './runs/runs.js'
import { appendJobSummary } from './publish/summary.js'
import { failureMessage } from './publish/index.js'
import { assertEventIsSafe } from './publish/events.js'
import { attestAndLog, attestationOutputs } from './attest/index.js'
import { errorMessage } from './errors.js'
import { deliver, publishChannels, StepOutputs } from './publish/channels.js'
import { abandonedServiceCalls } from './artifacts.js'
import { beforeDeadline, CANCEL_BUDGET_MS, CANCEL_EXIT_MS, CANCEL_KILL_GRACE_MS, Deadline, PUBLISH_BUDGET_MS } from './publish/deadline.js'

export { runGate } from './gate.js'

const actionInputs: InputSource = { get: (name) => core.getInput(name) }

/**
 * Streams each run's output into a collapsible log group, redacted as a stream (see redact-stream).
 * The experiment's output is untrusted: inside the group the runner's command processing is stopped
 * (`::stop-commands::<token>`) and resumed (`::<token>::`) only after it, with a token drawn fresh
 * for each run that the experiment never sees, so a `::set-output`, `::add-mask::` or `::error`
 * line it prints (or a guessed resume token) is shown as text and does nothing.
 */
function logGroups(redactor: Redactor): RunObserver {
  const write = (text: string): void => void process.stdout.write(text)
  let stream = redactStream(redactor)
  let token = ''
  // Whether the last text written ended a line: the resume command must start a line of its own.
  let atLineStart = true
  const echo = (text: string): void => {
    if (text === '') return
    write(text)
    atLineStart = text.endsWith('\n')
  }
  const start = (title: string): void => {
    stream = redactStream(redactor)
    token = randomBytes(16).toString('hex')
    core.startGroup(title)
    write(`::stop-commands::${token}\n`)
    atLineStart = true
  }
  const end = (): void => {
    echo(stream.end())
    if (!atLineStart) write('\n')
    write(`::${token}::\n`)
    core.endGroup()
  }
  return {
    onExtraRunStart: (label) => start(`repro-gate: extra run, ${label}`),
    onExtraRunEnd: (label, record) => {
      end()
      core.info(redactor.text(oneLine(`${label}: ${record.error ?? `exit 0 in ${(record.durationMs / 1000).toFixed(1)} s`}`)))
    },
    onRunStart: (index, total) => start(`repro-gate: run ${index} of ${total}`),
    onOutput: (_index, text) => echo(stream.write(text)),
    onRunEnd: (record) => {
      end()
      const status = record.error ?? `exit 0 in ${(record.durationMs / 1000).toFixed(1)} s`
      // One line: an error can quote the experiment's files (a metrics parse error), which must not start a command line.
      core.info(redactor.text(oneLine(`run ${record.index}: ${status}`)))
    }
  }
}

/**
 * Cancelling a job sends SIGINT, then SIGTERM 7.5 s later, then kills the tree 2.5 s after that.
 * The first signal ends the current run (its tree gets CANCEL_KILL_GRACE_MS after SIGTERM), moves
 * the publishing deadline to CANCEL_BUDGET_MS and arms a last exit at CANCEL_EXIT_MS, so the
 * report, summary and outputs are written and the gate is gone before SIGTERM. A second signal
 * exits at once.
 */
function cancelOnSignals(deadline: Deadline): AbortController {
  const controller = new AbortController()
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      core.warning(`repro-gate: ${name} again; exiting now`)
      exitNow()
    }
    core.warning(
      `repro-gate: ${name} (the job was cancelled): ending the run, then writing the report and publishing for at most ${CANCEL_BUDGET_MS / 1000} s`
    )
    controller.abort()
    deadline.within(CANCEL_BUDGET_MS, `the job was cancelled (publishing gets ${CANCEL_BUDGET_MS / 1000} s after a cancel)`)
    setTimeout(() => {
      core.warning('repro-gate: still busy after the cancel; exiting before the runner kills the job')
      exitNow()
    }, CANCEL_EXIT_MS).unref()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return controller
}

/** Exits at once, as failed unless the step already has a failing status (a cancelled gate has failed). */
function exitNow(): never {
  process.exit(process.exitCode === undefined || process.exitCode === 0 ? 1 : process.exitCode)
}

/** Writes the in-toto statement when the attestation input asks for one; a failure fails the step, not the verdict. */
async function attest(report: Report, inputs: Inputs, redactor: Redactor, outputs: StepOutputs): Promise<void> {
  if (inputs.attestation === 'false') return
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const result = await attestAndLog(report, {
      policy: inputs.attestation,
      workspace,
      reportPath: inputs.reportPath,
      redactor,
      env: process.env,
      log: actionLog((t) => redactor.text(t))
    })
    outputs.set(attestationOutputs(result))
  } catch (err) {
    core.setFailed(redactor.text(`attestation: could not write the statement: ${errorMessage(err)}`))
  }
}

/** Fails the step on error, and on drift unless fail-on-drift is false (then drift is a warning). */
function settle(report: Report, inputs: Inputs, redactor: Redactor): void {
  const message = redactor.text(failureMessage(report))
  if (report.verdict === 'error') core.setFailed(message)
  else if (report.verdict === 'drift') {
    if (inputs.failOnDrift) core.setFailed(message)
    else core.warning(`${message} (fail-on-drift is false, so the step passes)`)
  } else core.info(message)
  if (report.baseline?.verdict === 'drift' && inputs.failOnBaselineDrift) {
    core.setFailed('metrics moved away from the default-branch baseline (fail-on-baseline-drift is true)')
  }
}

/** The action's entry point. */
export async function run(): Promise<void> {
  const redactor = createRedactor(process.env)
  const log = actionLog((t) => redactor.text(t))
  const outputs = new StepOutputs(log, redactor)
  const deadline = new Deadline()
  const controller = cancelOnSignals(deadline)
  let inputs: Inputs
  try {
    inputs = readInputs(actionInputs)
    assertEventIsSafe(inputs, process.env)
  } catch (err) {
    const message = redactor.text(errorMessage(err))
    outputs.set({ [Output.Verdict]: 'error', [Output.Reproducible]: 'false' })
    await deliver('job summary', () => appendJobSummary(`## repro-gate: ⚠️ error\n\nThe gate did not start: ${message}\n`), log, redactor)
    core.setFailed(message)
    return
  }
  core.debug(`inputs: ${redactor.text(JSON.stringify({ ...inputs, githubToken: inputs.githubToken ? '***' : '' }))}`)
  const budget = `publishing took longer than ${PUBLISH_BUDGET_MS / 1000} s`
  let report: Report
  let upload: (() => Promise<unknown>) | undefined
  try {
    if (inputs.mode === 'publish') {
      const { runPublishMode } = await import('./publish/workflow-run.js')
      deadline.within(PUBLISH_BUDGET_MS, budget)
      process.exitCode = await beforeDeadline(runPublishMode(inputs, { tuning: { signal: deadline.signal } }), deadline.signal).catch(
        (err: unknown) => {
          core.error(redactor.text(`repro-gate publish stopped: ${errorMessage(err)}`))
          return 1
        }
      )
      // Requests cut off by the deadline must not keep the job alive.
      if (deadline.signal.aborted) process.exit(process.exitCode ?? 0)
      return
    }
    if (inputs.mode === 'compare') {
      const { runCompareMode } = await import('./matrix/compare.js')
      report = await runCompareMode(inputs, process.env)
    } else {
      report = await runGate(inputs, {
        signal: controller.signal,
        observer: logGroups(redactor),
        log,
        redactor,
        killGraceMs: CANCEL_KILL_GRACE_MS
      })
      upload = reportUpload(inputs)
    }
  } catch (err) {
    outputs.set({ [Output.Verdict]: 'error', [Output.Reproducible]: 'false' })
    // The message for the person, the stack for a bug report (visible with step debug logging).
    if (err instanceof Error && err.stack) core.debug(redactor.text(err.stack))
    core.setFailed(redactor.text(`repro-gate failed: ${errorMessage(err)}`))
    return
  }
  deadline.within(PUBLISH_BUDGET_MS, budget)
  await publishChannels(report, inputs, redactor, { env: process.env, log: actionLog(), outputs, deadline: deadline.signal, upload })
  if (inputs.mode !== 'compare') await attest(report, inputs, redactor, outputs)
  settle(report, inputs, redactor)
  // Work cut off by a deadline (a request that never answers) must not keep the job alive.
  if (deadline.signal.aborted || controller.signal.aborted || abandonedServiceCalls() > 0) process.exit(process.exitCode ?? 0)
}

/** The report's upload as a workflow artifact: the leg's report in record mode, else the full report. */
function reportUpload(inputs: Inputs): () => Promise<unknown> {
  return async () => {
    if (inputs.mode === 'record') {
      const { uploadLegReport } = await import('./matrix/record.js')
      return uploadLegReport(inputs.reportPath, inputs, process.env)
    }
    // For readers of a cut comment, and for the fork pattern's publish workflow.
    const { reportArtifactName, uploadReportArtifact } = await import('./publish/workflow-run.js')
    return uploadReportArtifact(inputs.reportPath, reportArtifactName(inputs, process.env))
  }
}
