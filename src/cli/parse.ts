/**
 * The command line, read once for every command (the gate, diff, replay, verify) with
 * `node:util`'s parseArgs. A mistake is an InputError (exit 2) that names the flag and says what
 * would fix it: the flag meant ("did you mean --metrics?"), the value it needs, or where the
 * command's words go.
 */
import { parseArgs } from 'node:util'
import { InputError } from '../errors.js'
import { Input, InputFlags, type Flag, type InputName } from '../inputs/constants.js'
import type { InputSource } from '../inputs/inputs.js'
import { shellQuote } from '../shell.js'
export { shellQuote }

/** One flag of a command. */
export interface FlagSpec {
  type: 'string' | 'boolean'
  /** Each repetition adds a value (else the last one given wins). */
  multiple?: boolean
  /** A one-letter alias: `-y`. */
  short?: string
  /** What a value looks like, for the error when it is missing: `--runs needs a value, e.g. --runs 3`. */
  example?: string
}

export interface CommandSpec {
  /** How the command is typed, for messages: `repro-gate`, `repro-gate diff`. */
  usage: string
  flags: Record<string, FlagSpec>
  /** Flags the command knows but does not take, each with the reason. */
  refused?: Record<string, string>
  /** Words that would have been a subcommand, for "did you mean repro-gate diff?". */
  subcommands?: readonly string[]
}

export interface ParsedCommandLine {
  /** Each flag given, with its values in order (`'true'` for a boolean). */
  values: Map<string, string[]>
  /** Words before "--" that are not flags or their values. */
  positionals: string[]
  /** The words after "--", exactly as typed; null when there is no "--". */
  afterDashes: string[] | null
  help: boolean
}

/** Edit distance with adjacent transpositions (`rnus` is one step from `runs`). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  }
  return d[a.length][b.length]
}

/**
 * The known words a mistyped one most likely meant: the nearest within a third of its length
 * (at least 1, at most 3 edits), else the ones it begins (`--work` → `--working-directory`).
 */
export function didYouMean(word: string, known: readonly string[]): string[] {
  const w = word.toLowerCase()
  const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)))
  let best = Infinity
  let nearest: string[] = []
  for (const candidate of known) {
    const d = editDistance(w, candidate)
    if (d > limit || d > best) continue
    if (d < best) nearest = []
    best = d
    nearest.push(candidate)
  }
  if (nearest.length > 0) return nearest
  return w.length >= 3 ? known.filter((k) => k.startsWith(w)).slice(0, 3) : []
}

function orList(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`
}

/**
 * Reads `argv` for `spec`: `--name value`, `--name=value`, short aliases, `-h`/`--help` anywhere,
 * and "--" after which every word is returned as typed. Throws InputError for an unknown or
 * refused flag, a missing value, or a value given to a flag that takes none.
 */
export function parseCommandLine(argv: string[], spec: CommandSpec): ParsedCommandLine {
  const flags: Record<string, FlagSpec> = { help: { type: 'boolean', short: 'h' }, ...spec.flags }
  const options = Object.fromEntries(
    Object.entries(flags).map(([name, f]) => [name, f.short ? { type: f.type, short: f.short } : { type: f.type }])
  )
  // Not strict: every token comes back, and the messages below say more than parseArgs' own.
  const { tokens } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true })
  const parsed: ParsedCommandLine = { values: new Map(), positionals: [], afterDashes: null, help: false }
  for (const token of tokens) {
    if (token.kind === 'option-terminator') {
      parsed.afterDashes = argv.slice(token.index + 1)
      break
    }
    if (token.kind === 'positional') {
      parsed.positionals.push(token.value)
      continue
    }
    const flag = flags[token.name]
    if (!flag) throw new InputError(unknownFlag(argv[token.index], token.rawName, spec, Object.keys(flags)))
    if (flag.type === 'boolean') {
      if (token.value !== undefined)
        throw new InputError(`${token.rawName} takes no value (got "${token.value}"); write ${token.rawName} alone`)
      if (token.name === 'help') parsed.help = true
      else parsed.values.set(token.name, ['true'])
      continue
    }
    if (token.value === undefined) {
      throw new InputError(`${token.rawName} needs a value, e.g. ${token.rawName} ${flag.example ?? '<value>'}`)
    }
    const previous = parsed.values.get(token.name) ?? []
    parsed.values.set(token.name, flag.multiple ? [...previous, token.value] : [token.value])
  }
  return parsed
}

/** The message for a flag the command does not know: what was meant, or where to look. */
function unknownFlag(arg: string, rawName: string, spec: CommandSpec, known: string[]): string {
  // `-runs` is read as -r -u -n -s: name the whole word, which probably wanted two dashes.
  const singleDash = /^-[^-]/.test(arg) && arg.length > 2
  const word = singleDash ? arg.slice(1).split('=')[0] : rawName.replace(/^-+/, '')
  const shown = singleDash ? arg.split('=')[0] : rawName
  const refusal = spec.refused?.[word]
  if (refusal !== undefined) return `unknown flag ${shown} (${refusal})`
  const meant = singleDash && known.includes(word) ? [word] : didYouMean(word, known)
  if (meant.length > 0) return `unknown flag ${shown}; did you mean ${orList(meant.map((m) => `--${m}`))}?`
  return `unknown flag ${shown}; see ${spec.usage} --help`
}

// ── the gate ────────────────────────────────────────────────────────────────────────────────

/** Every input that is also a CLI flag (the flag's name is the input's). */
export const CLI_FLAGS: InputName[] = Object.values(Input).filter((n) => InputFlags[n] !== null)

/** Words that start a subcommand instead of the gate. */
export const SUBCOMMANDS = ['gate', 'diff', 'replay', 'verify', 'schema', 'help'] as const

const GATE: CommandSpec = {
  usage: 'repro-gate',
  flags: Object.fromEntries(
    CLI_FLAGS.flatMap((name) => {
      const flag = InputFlags[name]!
      const value: [string, FlagSpec] = [name, { type: 'string', multiple: flag.repeatable, example: `<${flag.value}>` }]
      return flag.negation ? [value, [`no-${name}`, { type: 'boolean' } as FlagSpec]] : [value]
    })
  ),
  refused: Object.fromEntries(
    Object.values(Input)
      .filter((n) => InputFlags[n] === null)
      .map((n) => [n, 'it is an action input; the CLI runs the gate locally'])
  ),
  subcommands: SUBCOMMANDS
}

export interface ParsedArgs {
  values: Map<InputName, string>
  help: boolean
}

/**
 * The gate's flags: the action's input names (`--runs 3`, `--runs=3`; a repeatable flag adds a
 * line), `--no-snapshot`, and `-- words…` (the command, quoted for bash exactly as given).
 */
export function parseGateArgs(argv: string[]): ParsedArgs {
  const parsed = parseCommandLine(withBareValues(argv), GATE)
  const values = new Map<InputName, string>()
  for (const [name, given] of parsed.values) {
    if (name.startsWith('no-')) values.set(name.slice(3) as InputName, 'false')
    else values.set(name as InputName, given.join('\n'))
  }
  const [first] = parsed.positionals
  if (first !== undefined) {
    const meant = didYouMean(first, SUBCOMMANDS)
    const hint = meant.length > 0 ? `; did you mean repro-gate ${orList(meant)}?` : ''
    throw new InputError(
      `unexpected argument "${first}": flags start with "--", and the command goes after "--" (repro-gate --runs 3 -- python train.py)${hint}`
    )
  }
  if (parsed.afterDashes !== null) {
    if (parsed.afterDashes.length === 0) throw new InputError('command: nothing follows "--"; put the experiment command after it')
    if (values.has(Input.Command)) throw new InputError('command: given both as --command and after "--"; use one')
    values.set(Input.Command, parsed.afterDashes.map(shellQuote).join(' '))
  }
  return { values, help: parsed.help }
}

/**
 * A flag that may stand alone (`--isolate`, InputFlags' `bare`) gets its bare value written in when
 * the next word is another flag, `--` or nothing: parseArgs would take that word as its value.
 */
function withBareValues(argv: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') return [...out, ...argv.slice(i)]
    const flag =
      arg.startsWith('--') && !arg.includes('=') ? (InputFlags as Record<string, Flag | null | undefined>)[arg.slice(2)] : undefined
    const next = argv[i + 1]
    out.push(flag?.bare !== undefined && (next === undefined || next.startsWith('-')) ? `${arg}=${flag.bare}` : arg)
  }
  return out
}

/** The parsed flags as an input source, so the CLI validates exactly like the action. */
export function flagInputs(parsed: ParsedArgs): InputSource {
  return { get: (name) => parsed.values.get(name) ?? '' }
}
