import { baseName, PackageCollector, parentFolders, splitLines } from './common.js'
import type { LockfileParser, ParsedLockfile } from './types.js'

/** What one requirement string means for the snapshot. */
export type RequirementMeaning = { kind: 'pinned'; name: string; version: string } | { kind: 'unpinned'; name: string; spec: string }

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/

function looksLikeUrlOrPath(req: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(req) || /^(\.|\/|~|file:)/.test(req) || /\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(req)
}

/**
 * The project a URL or path installs: `#egg=name`, else the name part of a wheel/sdist file
 * name (`tool-1.0-py3-none-any.whl` → tool), else the URL or path itself.
 */
export function nameFromTarget(target: string): string {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(target)
  if (egg !== null) return egg[1]
  const file =
    target
      .replace(/[#?].*$/, '')
      .split('/')
      .pop() ?? ''
  const dist = /^([A-Za-z0-9][A-Za-z0-9._]*?)-\d[^/]*\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.exec(file)
  return dist !== null ? dist[1] : target
}

/**
 * One PEP 508 requirement (no pip options): only a single `==`/`===` specifier without a
 * wildcard is a pin; extras are dropped and environment markers ignored. Returns undefined
 * when the text names no package at all.
 */
export function interpretRequirement(requirement: string): RequirementMeaning | undefined {
  const req = requirement.trim()
  if (req === '') return undefined
  const direct = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*@\s*(.+)$/.exec(req)
  if (direct !== null && !looksLikeUrlOrPath(direct[1])) {
    const target = direct[2].replace(/\s;.*$/, '').trim()
    return { kind: 'unpinned', name: direct[1], spec: `@ ${target}` }
  }
  if (looksLikeUrlOrPath(req)) return { kind: 'unpinned', name: nameFromTarget(req), spec: req }
  const match = NAME.exec(req)
  if (match === null) return undefined
  const name = match[1]
  let rest = req.slice(name.length).trimStart()
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']')
    if (close < 0) return undefined
    rest = rest.slice(close + 1).trimStart()
  }
  const semicolon = rest.indexOf(';')
  let spec = (semicolon >= 0 ? rest.slice(0, semicolon) : rest).trim()
  if (spec.startsWith('(') && spec.endsWith(')')) spec = spec.slice(1, -1).trim()
  spec = spec.replace(/\s+/g, '')
  if (spec !== '' && !/^(===|==|~=|!=|<=|>=|<|>)/.test(spec)) return undefined
  const parts = spec.split(',').filter((p) => p !== '')
  if (parts.length === 1) {
    const pin = /^(===|==)([^=<>!~*]+)$/.exec(parts[0])
    if (pin !== null) return { kind: 'pinned', name, version: pin[2] }
  }
  return { kind: 'unpinned', name, spec }
}

/** Options that take the next token as their value (`-r file`, `--index-url URL`, ...). */
const OPTIONS_WITH_VALUE = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '--trusted-host',
  '--hash',
  '--config-settings',
  '-C',
  '--global-option',
  '--install-option',
  '--no-binary',
  '--only-binary'
])

/** Logical lines: `\`-continuations joined, comments stripped, with their first line number. */
function logicalLines(text: string): { text: string; line: number }[] {
  const result: { text: string; line: number }[] = []
  let current: string | undefined
  let startLine = 0
  const lines = splitLines(text)
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]
    const continued = raw.endsWith('\\')
    const part = continued ? raw.slice(0, -1) : raw
    if (current === undefined) {
      current = part
      startLine = n + 1
    } else {
      current += ' ' + part
    }
    if (continued && n + 1 < lines.length) continue
    // pip's rule: `#` starts a comment at the line start or after whitespace (URLs keep `#egg=`).
    const stripped = current.replace(/(^|\s)#.*$/, '').trim()
    if (stripped !== '') result.push({ text: stripped, line: startLine })
    current = undefined
  }
  return result
}

/**
 * pip requirements files: pinned `name==version` lines are packages; `-e`/URL/path requirements
 * and anything with a range are unpinned; `-r`/`-c`/index options are noted, not followed.
 */
export function parseRequirements(text: string): ParsedLockfile {
  const out = new PackageCollector()
  for (const { text: line, line: lineNo } of logicalLines(text)) {
    const tokens = line.split(/\s+/)
    const firstOption = tokens.findIndex((t) => t.startsWith('-'))
    const args = (firstOption < 0 ? tokens : tokens.slice(0, firstOption)).join(' ')
    const options = firstOption < 0 ? [] : tokens.slice(firstOption)
    if (args === '') {
      readOptions(options, out, lineNo)
      continue
    }
    const meaning = interpretRequirement(args)
    if (meaning === undefined) throw new Error(`requirements line ${lineNo}: cannot read a requirement from '${args}'`)
    if (meaning.kind === 'pinned') out.add(meaning.name, meaning.version)
    else out.addUnpinned(meaning.name, meaning.spec)
  }
  return out.result()
}

function readOptions(options: string[], out: PackageCollector, lineNo: number): void {
  for (let i = 0; i < options.length; i++) {
    const token = options[i]
    const eq = token.startsWith('--') ? token.indexOf('=') : -1
    const option = eq >= 0 ? token.slice(0, eq) : token
    let value = eq >= 0 ? token.slice(eq + 1) : undefined
    // Short options may be glued to their value: `-rbase.txt`, `-e.`.
    if (value === undefined && /^-[rceif]./.test(token)) {
      value = token.slice(2)
      if (token[1] === 'e') {
        out.addUnpinned(nameFromTarget(value), `-e ${value}`)
        continue
      }
    }
    if (value === undefined && OPTIONS_WITH_VALUE.has(option)) value = options[++i]
    if (option === '-e' || option === '--editable') {
      if (value === undefined) throw new Error(`requirements line ${lineNo}: ${option} needs a path or URL`)
      out.addUnpinned(nameFromTarget(value), `-e ${value}`)
    } else if (option === '-r' || option === '--requirement' || option === '-c' || option === '--constraint') {
      out.notes.push(`line ${lineNo}: ${option} ${value ?? ''} not followed`.trimEnd())
    }
  }
}

/** `requirements*.txt` anywhere, or any `.txt` inside a `requirements/` folder. */
function isRequirementsName(fileName: string): boolean {
  const base = baseName(fileName)
  if (!base.endsWith('.txt')) return false
  return base.startsWith('requirements') || parentFolders(fileName).at(-1) === 'requirements'
}

/** pip requirements files (a conda explicit spec saved as .txt belongs to conda-explicit). */
export const requirementsParser: LockfileParser = {
  format: 'pip',
  matches: (fileName, head) => isRequirementsName(fileName) && !/^@EXPLICIT/m.test(head),
  parse: parseRequirements
}
