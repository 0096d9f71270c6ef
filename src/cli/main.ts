/**
 * The CLI: the same engine as the action, so a person can reproduce a CI verdict on a laptop.
 * Runs' output goes to stderr; the verdict (Markdown) goes to stdout.
 */
import { readInputs } from '../inputs/inputs.js'
import { InputError } from '../errors.js'
import { runGate } from '../gate.js'
import { stderrLog } from '../log.js'
import { createRedactor } from '../report/redact.js'
import { redactStream } from '../report/redact-stream.js'
import type { Report } from '../report/types.js'
import { VERSION } from '../version.js'
import { flagInputs, parseGateArgs } from './parse.js'
import { helpText } from './help.js'
import { errorMessage } from '../errors.js'
import type { CliContext, CliIO } from './io.js'

/** 0 reproducible (or drift that does not fail), 1 drift, 2 error. */
export function exitCodeFor(report: Report, failOnDrift: boolean): number {
  if (report.verdict === 'error') return 2
  if (report.verdict === 'drift') return failOnDrift ? 1 : 0
  return 0
}

async function gate(argv: string[], io: CliIO, context: CliContext): Promise<number> {
  const env = context.env ?? process.env
  const parsed = parseGateArgs(argv)
  if (parsed.help) {
    io.out(helpText())
    return 0
  }
  const inputs = readInputs(flagInputs(parsed), { ...env, GITHUB_WORKSPACE: undefined })
  const redactor = createRedactor(env)
  const log = stderrLog({ write: (text) => io.err(text) }, { debug: Boolean(env.REPRO_GATE_DEBUG), redact: (t) => redactor.text(t) })
  let output = redactStream(redactor)
  let renderer: Promise<typeof import('../report/markdown.js')> | null = null
  const loadRenderer = (): Promise<typeof import('../report/markdown.js')> => (renderer ??= import('../report/markdown.js'))
  const report = await runGate(inputs, {
    env,
    log,
    redactor,
    signal: context.signal,
    observer: {
      onRunStart: (i, n, dir) => {
        // The renderer loads while run 2 runs (the CLI needs it only for the verdict; run 1's
        // time goes to loading the report's validator).
        if (i === Math.min(2, n)) loadRenderer().catch(() => undefined)
        output = redactStream(redactor)
        io.err(`\n── run ${i} of ${n} (outputs: ${dir}) ──\n`)
      },
      onOutput: (_i, text) => io.err(output.write(text)),
      onRunEnd: (r) => {
        io.err(output.end())
        io.err(`── run ${r.index}: ${r.error ?? `exit 0 in ${(r.durationMs / 1000).toFixed(2)} s`}\n`)
      },
      onExtraRunStart: (label, dir) => {
        output = redactStream(redactor)
        io.err(`\n── extra run, ${label} (outputs: ${dir}) ──\n`)
      },
      onExtraRunEnd: (label, r) => {
        io.err(output.end())
        io.err(`── ${label}: ${r.error ?? `exit 0 in ${(r.durationMs / 1000).toFixed(2)} s`}\n`)
      }
    }
  })
  const { renderMarkdown } = await loadRenderer()
  io.out('\n' + renderMarkdown(report, { target: 'terminal' }))
  log.debug(`rendered at ${Math.round(process.uptime() * 1000)} ms`)
  io.out(`\nreport: ${inputs.reportPath}\n`)
  if (inputs.attestation !== 'false') {
    const { attestAndLog } = await import('../attest/index.js')
    const attested = await attestAndLog(report, {
      policy: inputs.attestation,
      workspace: process.cwd(),
      reportPath: inputs.reportPath,
      redactor,
      env,
      log: { ...log, info: () => {} }
    })
    if (attested.written) io.out(`attestation: ${attested.files.statementPath} (predicate type ${attested.files.predicateType})\n`)
  }
  return exitCodeFor(report, inputs.failOnDrift)
}

/** Runs the CLI and returns its exit code; never throws. */
export async function runCli(argv: string[], io: CliIO, context: CliContext = {}): Promise<number> {
  const [first, ...rest] = argv
  try {
    switch (first) {
      case '--version':
      case '-V':
        io.out(`${VERSION}\n`)
        return 0
      case 'help':
        io.out(helpText())
        return 0
      case 'schema':
        if (rest[0] === 'predicate') {
          const { predicateSchema } = await import('../attest/schema.js')
          io.out(JSON.stringify(predicateSchema, null, 2) + '\n')
        } else {
          const { reportSchema } = await import('../report/schema.js')
          io.out(JSON.stringify(reportSchema, null, 2) + '\n')
        }
        return 0
      case 'verify': {
        const { runVerifyCommand } = await import('./verify.js')
        return await runVerifyCommand(rest, io, context)
      }
      case 'diff': {
        const { runDiffCommand } = await import('./diff.js')
        return await runDiffCommand(rest, io)
      }
      case 'replay': {
        const { runReplayCommand } = await import('./replay.js')
        return await runReplayCommand(rest, io, { ...context, runGate })
      }
      default:
        if (first === 'gate') return await gate(rest, io, context)
        return await gate(argv, io, context)
    }
  } catch (err) {
    const message = errorMessage(err)
    io.err(`repro-gate: ${message}\n`)
    if (!(err instanceof InputError)) io.err('(this looks like a bug in repro-gate; please report it with the output above)\n')
    else io.err('run "repro-gate --help" for the flags\n')
    return 2
  }
}
