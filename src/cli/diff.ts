/**
 * `repro-gate diff A.json B.json`: what moved between two reports (metrics, with A's recorded
 * tolerance) and what differs in where they ran. Exit 0 when every metric matches, 1 on drift,
 * 2 when an input is not a readable report.
 */
import { parseCommandLine, type CommandSpec } from './parse.js'
import { parseTolerance, type Tolerance } from '../inputs/tolerance.js'
import { compareMetricSets, hasDrift, reportMetricValues } from '../compare/reports.js'
import { diffEnvironments } from '../compare/envdiff.js'
import { renderEnvChanges, renderMetricDeltas } from '../report/render/sections/changes.js'
import { oneLine as plain } from '../report/render/escape.js'
import type { Report } from '../report/types.js'
import { variationsLine } from '../vary/diagnose.js'
import { readReportFile } from '../report/write.js'
import type { CliIO } from './io.js'

export const DIFF_HELP = `Usage: repro-gate diff <a.json> <b.json> [--tolerance <t>] [--json]

Compares report B with report A (the reference): each metric's value with A's tolerance
(|b−a| ≤ atol + rtol·|a|, A's per-metric rules and ignore list), then what differs in the
environments they were made in (packages, GPU, images, OS, seeds, data, commits).

  --tolerance <t>   override A's tolerance: 0.001 or atol=1e-6,rtol=1e-3
  --json            print the comparison as JSON instead of text

Exit codes: 0 every metric matches, 1 drift, 2 a file is missing or not a repro-gate report.
`

interface DiffArgs {
  files: string[]
  tolerance: Tolerance | null
  json: boolean
  help: boolean
}

const DIFF: CommandSpec = {
  usage: 'repro-gate diff',
  flags: { tolerance: { type: 'string', example: '1e-6 or --tolerance atol=1e-6,rtol=1e-3' }, json: { type: 'boolean' } }
}

function parseDiffArgs(argv: string[]): DiffArgs {
  const parsed = parseCommandLine(argv, DIFF)
  const tolerance = parsed.values.get('tolerance')?.[0]
  return {
    // A file named like a flag goes after "--".
    files: [...parsed.positionals, ...(parsed.afterDashes ?? [])],
    tolerance: tolerance === undefined ? null : parseTolerance(tolerance, '--tolerance'),
    json: parsed.values.has('json'),
    help: parsed.help
  }
}

/** Runs `repro-gate diff`; returns the exit code and never throws. */
export async function runDiffCommand(argv: string[], io: CliIO): Promise<number> {
  let args: DiffArgs
  try {
    args = parseDiffArgs(argv)
  } catch (err) {
    io.err(`repro-gate diff: ${(err as Error).message}\n`)
    return 2
  }
  if (args.help) {
    io.out(DIFF_HELP)
    return 0
  }
  if (args.files.length !== 2) {
    io.err(`repro-gate diff: expected two report files, got ${args.files.length}\n\n${DIFF_HELP}`)
    return 2
  }
  const reports: Report[] = []
  for (const file of args.files) {
    try {
      reports.push(await readReportFile(file))
    } catch (err) {
      io.err(`repro-gate diff: ${(err as Error).message}\n`)
      return 2
    }
  }
  const [a, b] = reports
  // A report whose every run failed has no metrics to compare: that is an error, not a match.
  for (const [file, r] of [
    [args.files[0], a],
    [args.files[1], b]
  ] as const) {
    if (!r.runs.some((run) => run.error === null && run.metrics !== null) && (r.legs?.legs.length ?? 0) === 0) {
      const why = r.errors[0]?.message ?? 'no run produced metrics'
      io.err(`repro-gate diff: ${plain(file)} has no clean run to compare (${plain(why)})\n`)
      return 2
    }
  }
  const tolerance = args.tolerance ?? a.inputs.tolerance
  const deltas = compareMetricSets(reportMetricValues(a), reportMetricValues(b), {
    tolerance,
    tolerances: args.tolerance ? [] : a.inputs.tolerances,
    ignore: a.inputs.ignore
  })
  const changes = diffEnvironments(a, b)
  const drift = hasDrift(deltas)
  // Reports with variation runs (vary): what each is sensitive to, side by side.
  const variations = a.variations || b.variations ? { a: variationsLine(a.variations), b: variationsLine(b.variations) } : null

  if (args.json) {
    io.out(
      JSON.stringify(
        {
          a: args.files[0],
          b: args.files[1],
          verdict: drift ? 'drift' : 'match',
          tolerance,
          metrics: deltas,
          changes,
          ...(variations ? { variations } : {})
        },
        null,
        2
      ) + '\n'
    )
    return drift ? 1 : 0
  }
  const moved = deltas.filter((d) => d.status === 'drift' || d.status === 'missing').length
  const lines = [
    `repro-gate diff: ${plain(args.files[0])} (reference) → ${plain(args.files[1])}`,
    '',
    `Metrics (atol=${tolerance.atol}, rtol=${tolerance.rtol}${!args.tolerance && a.inputs.tolerances.length ? `, ${a.inputs.tolerances.length} per-metric rules` : ''}, from ${args.tolerance ? '--tolerance' : 'A'}):`,
    renderMetricDeltas(deltas).trimEnd(),
    '',
    'Environment (A → B):',
    (renderEnvChanges(changes, { target: 'terminal', max: 60 }) || '  no recorded difference\n').trimEnd(),
    ...(variations ? ['', `Variations (A → B): ${variations.a ?? 'not varied'} → ${variations.b ?? 'not varied'}`] : []),
    '',
    drift ? `drift: ${moved} of ${deltas.length} metrics moved beyond tolerance` : `match: all ${deltas.length} metrics within tolerance`
  ]
  for (const [file, r] of [
    [args.files[0], a],
    [args.files[1], b]
  ] as const) {
    if (r.verdict !== 'reproducible') lines.push(`note: ${plain(file)} itself ended in ${r.verdict}; its first clean run was used`)
  }
  io.out(lines.join('\n') + '\n')
  return drift ? 1 : 0
}
