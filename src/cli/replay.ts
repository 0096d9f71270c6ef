/**
 * `repro-gate replay report.json`: re-runs a recorded experiment here, with the recorded seed,
 * determinism, metrics file and tolerance, then says how this machine differs from the recorded
 * one and whether the metrics came out the same. A report may come from someone else, so the
 * command is shown and confirmed first (or `--yes`); without a terminal and without `--yes`, no.
 */
import * as path from 'node:path'
import type { GateOptions } from '../gate.js'
import { readInputs, type InputSource, type Inputs } from '../inputs/inputs.js'
import { Input, type InputName } from '../inputs/constants.js'
import { InputError } from '../errors.js'
import { compareMetricSets, hasDrift, reportMetricValues } from '../compare/reports.js'
import { diffEnvironments } from '../compare/envdiff.js'
import { renderEnvChanges, renderMetricDeltas } from '../report/render/sections/changes.js'
import { oneLine, showInvisible } from '../report/render/escape.js'
import { createRedactor } from '../report/redact.js'
import { redactStream } from '../report/redact-stream.js'
import type { Report } from '../report/types.js'
import { readReportFile } from '../report/write.js'
import { parseCommandLine, type CommandSpec } from './parse.js'
import type { CliContext, CliIO } from './io.js'

/** The run's context (`cwd`: where to replay, default the current directory) and the engine. */
export interface ReplayDeps extends CliContext {
  /** The engine (`runGate` from main): injected so tests can drive real or fake runs. */
  runGate: (inputs: Inputs, options?: GateOptions) => Promise<Report>
}

export const REPLAY_HELP = `Usage: repro-gate replay <report.json> [--yes] [--runs <n>]

Shows the command a report recorded, asks before running it (a report may come from someone
else), runs it in the current directory with the recorded seed, determinism, metrics file and
tolerance, then prints how this environment differs from the recorded one and compares the new
metrics with the recorded ones.

  --yes, -y     run without asking (needed when stdin is not a terminal)
  --runs <n>    runs to make (default: as recorded; at least 2)

Exit codes: 0 the metrics match the record, 1 drift, 2 not run (declined, bad input) or error.
`

interface ReplayArgs {
  file: string | null
  yes: boolean
  runs: string | null
  help: boolean
}

const REPLAY: CommandSpec = {
  usage: 'repro-gate replay',
  flags: { yes: { type: 'boolean', short: 'y' }, runs: { type: 'string', example: '3' } }
}

function parseReplayArgs(argv: string[]): ReplayArgs {
  const parsed = parseCommandLine(argv, REPLAY)
  const files = [...parsed.positionals, ...(parsed.afterDashes ?? [])]
  if (files.length > 1) throw new InputError(`one report at a time, got "${files[0]}" and "${files[1]}"`)
  return { file: files[0] ?? null, yes: parsed.values.has('yes'), runs: parsed.values.get('runs')?.[0] ?? null, help: parsed.help }
}

/** Relative to the recorded working directory when inside it; the metrics file keeps its place. */
function relativeTo(base: string, file: string): string {
  const rel = path.relative(base, file)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : path.basename(file)
}

/** The recorded inputs, as the input source the gate reads, replayed in `cwd`. */
export function replayInputSource(recorded: Report, cwd: string, reportPath: string, runs: string | null): InputSource {
  const r = recorded.inputs
  const python = recorded.environment?.toolchains?.python
  const values: Partial<Record<InputName, string>> = {
    [Input.Mode]: 'gate',
    [Input.Command]: r.command,
    [Input.Runs]: runs ?? String(r.runs),
    [Input.Seed]: String(r.seed),
    [Input.Determinism]: r.determinism,
    [Input.Metrics]: relativeTo(r.workingDirectory, r.metrics),
    [Input.Tolerance]: `atol=${r.tolerance.atol},rtol=${r.tolerance.rtol}`,
    [Input.Tolerances]: r.tolerances.map((t) => `${t.pattern}: atol=${t.tolerance.atol},rtol=${t.tolerance.rtol}`).join('\n'),
    [Input.Ignore]: r.ignore.join('\n'),
    [Input.Artifacts]: r.artifacts.join('\n'),
    [Input.WorkingDirectory]: cwd,
    [Input.TimeoutMinutes]: r.timeoutMinutes === null ? '' : String(r.timeoutMinutes),
    [Input.ReportPath]: reportPath,
    // The recorded variations and seed audit run again too (older reports have none).
    [Input.Vary]: (r.vary ?? []).join(','),
    [Input.VaryMaxRuns]: r.varyMaxRuns === undefined ? '' : String(r.varyMaxRuns),
    [Input.SeedAudit]: r.seedAudit ?? '',
    // Fingerprint the same data files and resolve the same images, so their changes show.
    [Input.Data]: (recorded.environment?.data ?? []).map((f) => f.path).join('\n'),
    [Input.Images]: (recorded.environment?.container?.status === 'ok' ? recorded.environment.container.images : [])
      .map((i) => i.reference)
      .join('\n'),
    [Input.Python]: python?.status === 'ok' ? python.interpreter : '',
    [Input.Comment]: 'never',
    [Input.Baseline]: 'false',
    [Input.FailOnDrift]: 'true'
  }
  return { get: (name) => values[name] ?? '' }
}

/** Control characters as a person can read them; the rest of C0/C1 and DEL as ⟨U+XXXX⟩. */
const CONTROL_NAMES: Record<string, string> = { '\t': '⟨TAB⟩', '\r': '⟨CR⟩', '\u001b': '⟨ESC⟩', '\u0000': '⟨NUL⟩', '\b': '⟨BS⟩' }
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g

/** One line of a command with nothing hidden: controls, invisible and bidi characters, and trailing blanks shown by name. */
function visibleLine(line: string): string {
  const shown = showInvisible(
    line.replace(CONTROL, (c) => CONTROL_NAMES[c] ?? `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`)
  )
  // A blank after a line-ending backslash changes what bash runs; blanks at the end are shown.
  return shown.replace(/ +$/, (blanks) => '⟨SP⟩'.repeat(blanks.length))
}

/**
 * The recorded command as bash will run it: bash reads every line (a `#` comments out only the
 * rest of its own line), so each line is shown on its own, numbered behind a bar, and nothing in it
 * can hide, move the cursor or reorder the text. One plain line stays one line.
 */
export function showCommand(command: string): string[] {
  const lines = command.split('\n')
  if (lines.length === 1) return [`  recorded command: ${visibleLine(command)}`]
  const width = String(lines.length).length
  return [
    `  recorded command: ${lines.length} lines, run together as one bash script (bash -e -o pipefail -c):`,
    ...lines.map((line, i) => `    ${String(i + 1).padStart(width)} │ ${visibleLine(line)}`)
  ]
}

/** Runs `repro-gate replay`; returns the exit code. */
export async function runReplayCommand(argv: string[], io: CliIO, deps: ReplayDeps): Promise<number> {
  const env = deps.env ?? process.env
  const cwd = deps.cwd ?? process.cwd()
  let args: ReplayArgs
  try {
    args = parseReplayArgs(argv)
  } catch (err) {
    io.err(`repro-gate replay: ${(err as Error).message}\n`)
    return 2
  }
  if (args.help) {
    io.out(REPLAY_HELP)
    return 0
  }
  if (args.file === null) {
    io.err(`repro-gate replay: which report? \n\n${REPLAY_HELP}`)
    return 2
  }
  let recorded: Report
  try {
    recorded = await readReportFile(args.file)
  } catch (err) {
    io.err(`repro-gate replay: ${(err as Error).message}\n`)
    return 2
  }
  if (recorded.inputs.command.trim() === '') {
    io.err(`repro-gate replay: ${args.file} records no command (a ${recorded.mode} report); nothing to replay\n`)
    return 2
  }

  const fileAbs = path.resolve(cwd, args.file)
  let reportPath = path.join(cwd, 'repro-replay-report.json')
  if (reportPath === fileAbs) reportPath = path.join(cwd, 'repro-replay-report-2.json')
  let inputs: Inputs
  try {
    inputs = readInputs(replayInputSource(recorded, cwd, reportPath, args.runs), { ...env, GITHUB_WORKSPACE: cwd })
  } catch (err) {
    io.err(`repro-gate replay: ${(err as Error).message}\n`)
    return 2
  }

  const r = recorded.inputs
  io.err(
    [
      `repro-gate replay: ${oneLine(args.file)}`,
      ...showCommand(r.command),
      `  recorded in:      ${oneLine(r.workingDirectory)}${recorded.context.sha ? ` at ${recorded.context.sha.slice(0, 12)}` : ''}${recorded.context.repository ? ` (${oneLine(recorded.context.repository)})` : ''}`,
      `  replay in:        ${cwd}`,
      `  runs ${inputs.runs}, seed ${inputs.seed}, determinism ${inputs.determinism}, metrics ${relativeTo(cwd, inputs.metrics)}, tolerance atol=${r.tolerance.atol} rtol=${r.tolerance.rtol}`,
      ''
    ].join('\n') + '\n'
  )
  if (!args.yes) {
    if (!io.isTTY) {
      io.err(
        'repro-gate replay: not run. The command comes from a report, which may come from someone else, and there is no terminal to confirm it on.\n' +
          'Read the command above and pass --yes to run it.\n'
      )
      return 2
    }
    const answer = (await io.prompt('Run this command here? Only run commands from reports you trust. [y/N] ')).trim().toLowerCase()
    if (answer !== 'y' && answer !== 'yes') {
      io.err('repro-gate replay: not run.\n')
      return 2
    }
  }

  const redactor = createRedactor(env)
  let output = redactStream(redactor)
  const replayed = await deps.runGate(inputs, {
    env,
    signal: deps.signal,
    redactor,
    log: {
      info: (m) => io.err(`${redactor.text(m)}\n`),
      warning: (m) => io.err(`warning: ${redactor.text(m)}\n`),
      debug: () => undefined
    },
    observer: {
      onRunStart: (i, n) => {
        output = redactStream(redactor)
        io.err(`\n── replay run ${i} of ${n} ──\n`)
      },
      onOutput: (_i, text) => io.err(output.write(text)),
      onRunEnd: (run) => {
        io.err(output.end())
        io.err(`── run ${run.index}: ${run.error ?? 'exit 0'}\n`)
      }
    }
  })

  const deltas = compareMetricSets(reportMetricValues(recorded), reportMetricValues(replayed), {
    tolerance: r.tolerance,
    tolerances: r.tolerances,
    ignore: r.ignore
  })
  const changes = diffEnvironments(recorded, replayed)
  const drift = hasDrift(deltas)
  const lines = [
    '',
    'Environment (recorded → here):',
    (renderEnvChanges(changes, { target: 'terminal', max: 60 }) || '  no recorded difference\n').trimEnd(),
    '',
    'Metrics (recorded → replayed):',
    renderMetricDeltas(deltas).trimEnd(),
    ''
  ]
  if (replayed.verdict === 'error') {
    lines.push(`error: the replay did not complete: ${oneLine(replayed.errors[0]?.message ?? 'see the output above')}`)
  } else {
    if (replayed.verdict === 'drift')
      lines.push(
        `note: the replayed runs differ among themselves (${replayed.drifted
          .map((d) => oneLine(d.name))
          .slice(0, 5)
          .join(', ')})`
      )
    lines.push(drift ? 'drift: the replay does not reproduce the recorded metrics' : 'match: the replay reproduces the recorded metrics')
  }
  lines.push(`report: ${reportPath}`)
  io.out(lines.join('\n') + '\n')
  if (replayed.verdict === 'error') return 2
  return drift || replayed.verdict === 'drift' ? 1 : 0
}
