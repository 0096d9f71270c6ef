import { Input, InputChoices, InputDefaultText, InputFlags, literalDefault } from '../inputs/constants.js'
import { VERSION } from '../version.js'

const FLAG_COLUMN = 27

/**
 * The gate's flags in --help, one entry per input that has a flag (src/inputs/constants.ts): the
 * help line, the allowed values with the default marked, or the default, and "repeatable".
 */
export function flagLines(): string {
  const lines: string[] = []
  for (const name of Object.values(Input)) {
    const flag = InputFlags[name]
    if (!flag) continue
    if (flag.negation) {
      lines.push(`  ${`--no-${name}`.padEnd(FLAG_COLUMN)}${flag.negation}`)
      continue
    }
    const choices = InputChoices[name]
    const fallback = literalDefault(name)
    const text = flag.help.split('\n')
    if (choices) {
      const list = choices.map((c) => (c === fallback ? `${c} (default)` : c)).join(' | ')
      text[0] = text[0] === '' ? list : `${list}: ${text[0]}`
    }
    const notes = [
      flag.repeatable ? 'repeatable' : null,
      choices
        ? null
        : fallback
          ? `default ${fallback}`
          : InputDefaultText[name]
            ? `default ${InputDefaultText[name]!.replace(/`/g, '')}`
            : null
    ].filter(Boolean)
    if (notes.length > 0) text[text.length - 1] += ` (${notes.join('; ')})`
    lines.push(`  ${`--${name} <${flag.value}>`.padEnd(FLAG_COLUMN)}${text[0]}`)
    for (const more of text.slice(1)) lines.push(`${' '.repeat(FLAG_COLUMN + 2)}${more}`)
  }
  return lines.join('\n')
}

export const EXIT_CODES = `Exit codes (every subcommand):
  0  reproducible / reports match (also drift when --fail-on-drift false)
  1  drift: a metric or artifact moved beyond tolerance
  2  error: bad input, the experiment crashed, timed out, or wrote no/invalid metrics`

/** The CLI's help, built when asked for: a gate run has no use for its flag table. */
export function helpText(): string {
  return `repro-gate ${VERSION} — run an experiment several times with pinned seeds and fail on drift.

Usage:
  repro-gate [flags] -- <command words…>      run the gate (the words are quoted for bash as given)
  repro-gate --command "python train.py" [flags]
  repro-gate diff <a.json> <b.json> [--tolerance <tol>] [--json]
                                               compare two reports: metrics (A's tolerances unless
                                               --tolerance) and what changed in the environment
  repro-gate replay <report.json> [--yes] [--runs <n>]
                                               re-run a recorded command here with its seed and
                                               variables, after confirmation (or --yes), and compare
  repro-gate verify <statement | bundle> [files…]
                                               check files against an attestation's sha256 digests
                                               and its verdict, offline (digests, not signatures)
  repro-gate schema [predicate]                print the report's (or the attestation predicate's) JSON Schema
  repro-gate --version | --help

Flags (the action's input names):
${flagLines()}

Metric patterns are dot-segment globs over flattened names: * within a segment, ** across
segments, [ and ] literal (loss[3], train.*, eval.**).

${EXIT_CODES}
`
}
