/**
 * `repro-gate verify <statement.json | bundle> [files…]`: offline, checks that files match a
 * repro-gate statement's subjects and that it records a reproducible run, and prints what it
 * attests. Exit 0 all match and reproducible, 1 a mismatch or a run that was not reproducible,
 * 2 an input that is missing, malformed or holds no repro-gate statement. Never uses the network.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { readStatements, StatementFormatError, type ReadStatement } from '../attest/read.js'
import { PREDICATE_TYPES, PredicateType } from '../attest/types.js'
import { checkStatement, DigestCache, isRegularFile, type FileCheck, type StatementCheck } from '../attest/verify.js'
import { parseCommandLine, type CommandSpec, type ParsedCommandLine } from './parse.js'
import type { CliContext, CliIO } from './io.js'

export const VERIFY_HELP = `Usage: repro-gate verify <statement.json | bundle.json | bundle.jsonl> [files…]

Checks, offline, that files match the sha256 digests of a repro-gate attestation's subjects and
that it records a reproducible run, then prints what it attests (verdict, runs, seed, command,
commit, workflow, environment). The first argument is the statement the gate wrote
(attestation-path), the Sigstore bundle actions/attest saved (bundle-path), or the JSON lines
that "gh attestation download" saves.

With files, each must have the digest of a subject. Without, every subject is checked against
the file of that name under the current directory (names are relative to the workspace).

It checks digests, not signatures. To check who signed the attestation, run:
  gh attestation verify <file> --repo <owner/repo> --predicate-type ${PredicateType.Reproducible}

Exit codes: 0 every file matches and the run was reproducible, 1 a file differs or is missing,
or the run was not reproducible, 2 an argument is missing, malformed or not a repro-gate attestation.
`

/** verify takes no flag but --help: every other word is a file. */
const VERIFY: CommandSpec = { usage: 'repro-gate verify', flags: {} }

const MARK: Record<FileCheck['status'], string> = { match: 'ok  ', mismatch: 'FAIL', missing: 'FAIL', unlisted: 'FAIL' }

function short(hex: string | null): string {
  return hex ? `${hex.slice(0, 16)}…` : '—'
}

function describeFile(c: FileCheck): string {
  switch (c.status) {
    case 'match':
      return c.subject && c.subject !== c.file ? `matches subject ${c.subject} (sha256 ${short(c.actual)})` : `sha256 ${short(c.actual)}`
    case 'mismatch':
      return `differs from subject ${c.subject}: expected sha256 ${short(c.expected)}, got ${short(c.actual)}`
    case 'missing':
      return 'not found'
    case 'unlisted':
      return `sha256 ${short(c.actual)} is not the digest of any subject`
  }
}

/** A nested string or number of the predicate, or null: the predicate is read, not trusted to be well formed. */
function field(value: unknown, ...keys: string[]): string | null {
  let cur = value
  for (const key of keys) {
    if (cur === null || typeof cur !== 'object') return null
    cur = (cur as Record<string, unknown>)[key]
  }
  return typeof cur === 'string' || typeof cur === 'number' || typeof cur === 'boolean' ? String(cur) : null
}

function attestedLines(p: Record<string, unknown>): string[] {
  const lines: [string, string | null][] = [
    [
      'verdict',
      field(p, 'verdict') &&
        `${field(p, 'verdict')} (${field(p, 'runs', 'compared') ?? '?'} of ${field(p, 'runs', 'requested') ?? '?'} runs compared)`
    ],
    ['seed', field(p, 'seed', 'value') && `${field(p, 'seed', 'value')}, determinism ${field(p, 'seed', 'determinism') ?? '?'}`],
    ['command', field(p, 'command')],
    [
      'commit',
      field(p, 'source', 'commit') &&
        [field(p, 'source', 'commit'), field(p, 'source', 'repository'), field(p, 'source', 'ref')].filter(Boolean).join(' · ')
    ],
    ['workflow', [field(p, 'workflow', 'ref'), field(p, 'workflow', 'runUrl')].filter(Boolean).join(' · ') || null],
    [
      'metrics',
      field(p, 'metrics', 'total') &&
        `${field(p, 'metrics', 'total')} in ${field(p, 'metrics', 'file') ?? '?'}, ${field(p, 'metrics', 'drifted') ?? '?'} drifted`
    ],
    ['environment', field(p, 'environment', 'fingerprint') && `fingerprint ${short(field(p, 'environment', 'fingerprint'))}`]
  ]
  for (const part of ['os', 'cpu', 'gpu', 'runner', 'python'] as const) lines.push([`  ${part}`, field(p, 'environment', 'summary', part)])
  const frameworks = (p.environment as { summary?: { frameworks?: unknown } } | null)?.summary?.frameworks
  if (frameworks && typeof frameworks === 'object') {
    const list = Object.entries(frameworks as Record<string, unknown>).map(([k, v]) => `${k} ${String(v)}`)
    if (list.length > 0) lines.push(['  frameworks', list.join(', ')])
  }
  lines.push(['report sha256', field(p, 'report', 'sha256')])
  return lines.filter((l): l is [string, string] => l[1] !== null && l[1] !== '').map(([k, v]) => `  ${k.padEnd(14)} ${v}`)
}

function renderCheck(check: StatementCheck): string {
  const out = [`statement (${check.statement.origin}): ${check.statement.predicateType}`, ...attestedLines(check.statement.predicate)]
  out.push('  files')
  for (const c of check.files) out.push(`    ${MARK[c.status]} ${c.file}  ${describeFile(c)}`)
  const failed = check.files.filter((c) => c.status !== 'match').length
  if (check.ok) out.push('  result: every file matches, and the run was reproducible')
  else {
    const why = [
      check.reproducible ? null : `the run was not reproducible (verdict ${check.verdict ?? 'unknown'})`,
      failed > 0 ? `${failed} of ${check.files.length} files do not match` : null
    ].filter(Boolean)
    out.push(`  result: ${why.join('; ')}`)
  }
  return out.join('\n') + '\n'
}

/** Runs `repro-gate verify`; returns the exit code and never throws. */
export async function runVerifyCommand(argv: string[], io: CliIO, context: Pick<CliContext, 'cwd'> = {}): Promise<number> {
  let parsed: ParsedCommandLine
  try {
    parsed = parseCommandLine(argv, VERIFY)
  } catch (err) {
    io.err(`repro-gate verify: ${(err as Error).message} (put "--" before a file whose name starts with "-")\n\n${VERIFY_HELP}`)
    return 2
  }
  if (parsed.help) {
    io.out(VERIFY_HELP)
    return 0
  }
  // Words after "--" are files, even when they start with "-".
  const [source, ...files] = [...parsed.positionals, ...(parsed.afterDashes ?? [])]
  if (!source) {
    io.err(`repro-gate verify: expected a statement or bundle file\n\n${VERIFY_HELP}`)
    return 2
  }
  // Where subject names and relative file arguments resolve.
  const cwd = context.cwd ?? process.cwd()
  let statements: ReadStatement[]
  let skipped: string[]
  try {
    const text = await fs.readFile(path.resolve(cwd, source), 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new StatementFormatError(`${source}: cannot read (${err.code ?? err.message})`)
    })
    ;({ statements, skipped } = readStatements(text, source))
  } catch (err) {
    io.err(`repro-gate verify: ${(err as Error).message}\n`)
    return 2
  }
  const ours = statements.filter((s) => PREDICATE_TYPES.includes(s.predicateType))
  if (ours.length === 0) {
    const found = [...new Set(statements.map((s) => s.predicateType))]
    io.err(
      `repro-gate verify: ${source} holds no repro-gate statement (predicate types found: ${found.join(', ') || 'none'}${skipped.length ? `; skipped: ${skipped.join('; ')}` : ''})\n`
    )
    return 2
  }
  for (const file of files) {
    if (!(await isRegularFile(path.resolve(cwd, file)))) {
      io.err(`repro-gate verify: ${file}: not found or not a regular file\n`)
      return 2
    }
  }

  io.out(
    "repro-gate verify checks files against the statement's sha256 digests and the verdict it records; it does not check signatures.\n" +
      `To check who signed it: gh attestation verify <file> --repo <owner/repo> --predicate-type ${PredicateType.Reproducible}\n\n`
  )
  const cache = new DigestCache()
  let anyOk = false
  try {
    for (const statement of ours) {
      const check = await checkStatement(statement, files, cwd, cache)
      anyOk ||= check.ok
      io.out(renderCheck(check) + '\n')
    }
  } catch (err) {
    io.err(`repro-gate verify: ${(err as Error).message}\n`)
    return 2
  }
  if (ours.length > 1) io.out(anyOk ? 'At least one statement verifies.\n' : 'No statement verifies.\n')
  return anyOk ? 0 : 1
}
