/**
 * The action: read inputs, run the gate (or another mode), then publish the verdict where people
 * look — step outputs, job summary, PR comment, check — and fail the step on error or drift.
 */
import * as core from '@actions/core'
import { readInputs, type Inputs, type InputSource } from './inputs/inputs.js'
import { Output } from './inputs/constants.js'
import { runGate } from './gate.js'
import { actionLog } from './log.js'
import { createRedactor, type Redactor } from './report/redact.js'
import { redactStream } from './report/redact-stream.js'
import { renderMarkdown } from './report/markdown.js'
import type { Report } from './report/types.js'
import type { RunRecord } from './runs/types.js'
import type { RunObserver } from './runs/runs.js'
import { appendJobSummary } from './publish/summary.js'
import { reportOutputs } from './publish/outputs.js'
import { publishToGitHub, failureMessage } from './publish/index.js'
import { assertEventIsSafe } from './publish/events.js'
import { attestAndLog, attestationOutputs } from './attest/index.js'
import { errorMessage } from './errors.js'

export { runGate } from './gate.js'

const actionInputs: InputSource = { get: (name) => core.getInput(name) }

/** Streams each run's output into a collapsible log group, redacted as a stream (see redact-stream). */
function logGroups(redactor: Redactor): RunObserver {
  let stream = redactStream(redactor)
  const end = (record: RunRecord): void => {
    const rest = stream.end()
    process.stdout.write(rest)
    // ::endgroup:: must start a line of its own.
    if (record.outputTail !== '' && !(rest === '' ? record.outputTail : rest).endsWith('\n')) process.stdout.write('\n')
    core.endGroup()
  }
  return {
    onExtraRunStart: (label) => {
      stream = redactStream(redactor)
      core.startGroup(`repro-gate: extra run, ${label}`)
    },
    onExtraRunEnd: (label, record) => {
      end(record)
      core.info(redactor.text(`${label}: ${record.error ?? `exit 0 in ${(record.durationMs / 1000).toFixed(1)} s`}`))
    },
    onRunStart: (index, total) => {
      stream = redactStream(redactor)
      core.startGroup(`repro-gate: run ${index} of ${total}`)
    },
    onOutput: (_index, text) => {
      process.stdout.write(stream.write(text))
    },
    onRunEnd: (record) => {
      end(record)
      const status = record.error ?? `exit 0 in ${(record.durationMs / 1000).toFixed(1)} s`
      core.info(redactor.text(`run ${record.index}: ${status}`))
    }
  }
}

/** Cancelling a job sends SIGINT then SIGTERM: turn both into an abort so the report is still written. */
function abortOnSignals(): AbortController {
  const controller = new AbortController()
  const onSignal = (): void => controller.abort()
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return controller
}

async function publish(report: Report, inputs: Inputs, redactor: Redactor): Promise<void> {
  for (const [name, value] of Object.entries(reportOutputs(report, inputs.reportPath))) core.setOutput(name, redactor.text(value))
  await appendJobSummary(redactor.text(renderMarkdown(report, { target: 'summary' })))
  const published = await publishToGitHub(report, inputs, redactor)
  if (published.commentUrl) core.setOutput(Output.CommentUrl, published.commentUrl)
}

/** Writes the in-toto statement when the attestation input asks for one; a failure fails the step, not the verdict. */
async function attest(report: Report, inputs: Inputs, redactor: Redactor): Promise<void> {
  if (inputs.attestation === 'false') return
  try {
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const result = await attestAndLog(report, { policy: inputs.attestation, workspace, reportPath: inputs.reportPath, redactor, env: process.env, log: actionLog((t) => redactor.text(t)) })
    for (const [name, value] of Object.entries(attestationOutputs(result))) core.setOutput(name, value)
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
  let inputs: Inputs
  try {
    inputs = readInputs(actionInputs)
    assertEventIsSafe(inputs, process.env)
  } catch (err) {
    const message = redactor.text(errorMessage(err))
    core.setOutput(Output.Verdict, 'error')
    core.setOutput(Output.Reproducible, 'false')
    await appendJobSummary(`## repro-gate: ⚠️ error\n\nThe gate did not start: ${message}\n`).catch(() => false)
    core.setFailed(message)
    return
  }
  core.debug(`inputs: ${redactor.text(JSON.stringify({ ...inputs, githubToken: inputs.githubToken ? '***' : '' }))}`)
  const controller = abortOnSignals()
  try {
    if (inputs.mode === 'publish') {
      const { runPublishMode } = await import('./publish/workflow-run.js')
      process.exitCode = await runPublishMode(inputs)
      return
    }
    let report: Report
    if (inputs.mode === 'compare') {
      const { runCompareMode } = await import('./matrix/compare.js')
      report = await runCompareMode(inputs, process.env)
    } else {
      report = await runGate(inputs, {
        signal: controller.signal,
        observer: logGroups(redactor),
        log: actionLog((t) => redactor.text(t)),
        redactor
      })
      if (inputs.mode === 'record') {
        const { uploadLegReport } = await import('./matrix/record.js')
        await uploadLegReport(inputs.reportPath, inputs, process.env)
      } else {
        // The full report, for readers of a cut comment and for the fork pattern's publish workflow.
        const { reportArtifactName, uploadReportArtifact } = await import('./publish/workflow-run.js')
        await uploadReportArtifact(inputs.reportPath, reportArtifactName(inputs, process.env))
      }
    }
    await publish(report, inputs, redactor)
    if (inputs.mode !== 'compare') await attest(report, inputs, redactor)
    settle(report, inputs, redactor)
  } catch (err) {
    core.setOutput(Output.Verdict, 'error')
    // The message for the person, the stack for a bug report (visible with step debug logging).
    if (err instanceof Error && err.stack) core.debug(redactor.text(err.stack))
    core.setFailed(redactor.text(`repro-gate failed: ${errorMessage(err)}`))
  }
}
