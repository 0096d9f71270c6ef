import { Input, type InputName } from '../inputs/constants.js'
import { InputError } from '../errors.js'
import type { InputSource } from '../inputs/inputs.js'

/** Inputs that take several values: each repetition of the flag adds a line. */
const MULTI_LINE = new Set<InputName>([Input.Vary, Input.Tolerances, Input.Ignore, Input.Artifacts, Input.Images, Input.Lockfiles, Input.Data])

/** Inputs the CLI does not take: they only make sense inside a GitHub workflow. */
const ACTION_ONLY = new Set<InputName>([
  Input.Mode, Input.Comment, Input.CommentKey, Input.CommentAuthor, Input.GithubToken, Input.CheckName,
  Input.AllowPullRequestTarget, Input.Baseline, Input.BaselineKey, Input.BaselineTolerance,
  Input.FailOnBaselineDrift, Input.ReferenceLeg, Input.ReportArtifact
])

export const CLI_FLAGS: InputName[] = Object.values(Input).filter((n) => !ACTION_ONLY.has(n))

/** Quotes one word for bash so it reaches the command exactly as typed. */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_\-+=/.,:@%]+$/.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}

export interface ParsedArgs {
  values: Map<InputName, string>
  help: boolean
}

/**
 * Parses `--name value`, `--name=value`, `--no-snapshot`, and `-- words…` (the command, quoted
 * for bash exactly as given). Flag names are the action's input names.
 */
export function parseGateArgs(argv: string[]): ParsedArgs {
  const values = new Map<InputName, string>()
  let help = false
  const known = new Set<string>(CLI_FLAGS)
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') {
      const words = argv.slice(i + 1)
      if (words.length === 0) throw new InputError('command: nothing follows "--"; put the experiment command after it')
      if (values.has(Input.Command)) throw new InputError('command: given both as --command and after "--"; use one')
      values.set(Input.Command, words.map(shellQuote).join(' '))
      break
    }
    if (arg === '-h' || arg === '--help') {
      help = true
      continue
    }
    if (arg === '--no-snapshot') {
      values.set(Input.Snapshot, 'false')
      continue
    }
    if (!arg.startsWith('--')) {
      throw new InputError(`unexpected argument "${arg}": flags start with "--", and the command goes after "--" (repro-gate --runs 3 -- python train.py)`)
    }
    const eq = arg.indexOf('=')
    const name = (eq < 0 ? arg.slice(2) : arg.slice(2, eq)) as InputName
    if (!known.has(name)) {
      const hint = ACTION_ONLY.has(name) ? ' (it is an action input; the CLI runs the gate locally)' : '; see repro-gate --help'
      throw new InputError(`unknown flag --${name}${hint}`)
    }
    let value: string
    if (eq >= 0) value = arg.slice(eq + 1)
    else {
      if (i + 1 >= argv.length) throw new InputError(`--${name} needs a value`)
      value = argv[++i]
    }
    const previous = values.get(name)
    values.set(name, MULTI_LINE.has(name) && previous !== undefined ? `${previous}\n${value}` : value)
  }
  return { values, help }
}

/** The parsed flags as an input source, so the CLI validates exactly like the action. */
export function flagInputs(parsed: ParsedArgs): InputSource {
  return { get: (name) => parsed.values.get(name) ?? '' }
}
