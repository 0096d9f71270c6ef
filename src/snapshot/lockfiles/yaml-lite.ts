// Kept beside `yaml` (its fallback): same packages, a 10–30× faster first parse of pnpm, Berry and conda-lock files (npm run bench -- parsers).
import { parse as parseYamlText, parseAllDocuments } from 'yaml'

/**
 * pnpm, Yarn Berry and conda-lock files are hundreds of KiB of machine-written YAML; the full
 * `yaml` parser needs well over 100 ms for them, so this reads just the subset those writers
 * emit (block mappings and sequences with plain or quoted scalars, flow collections kept as raw
 * text) down to `maxDepth` levels of mapping nesting (a sequence's items share its level) and
 * skips deeper content. Anything outside the subset (anchors, tags, multi-line scalars, odd
 * indentation, duplicate keys) makes it return undefined, and callers fall back to the real
 * parser, which also produces the error message for malformed files.
 */
export function scanBlockMappings(text: string, maxDepth: number): Record<string, unknown> | undefined {
  type Frame =
    | { kind: 'map'; indent: number; depth: number; map: Record<string, unknown> }
    | { kind: 'seq'; indent: number; depth: number; items: unknown[] }
  const root: Record<string, unknown> = {}
  const stack: Frame[] = [{ kind: 'map', indent: 0, depth: 1, map: root }]
  let pending: { parentIndent: number; map: Record<string, unknown>; key: string; depth: number } | undefined
  let skipDeeperThan = -1
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const length = text.length

  // Adds `key: rest` (rest already trimmed) to a mapping frame; false when outside the subset.
  const addEntry = (frame: { depth: number; map: Record<string, unknown> }, indent: number, content: string): boolean => {
    const entry = readKey(content, 0)
    if (entry === undefined) return false
    const { key, rest } = entry
    if (Object.prototype.hasOwnProperty.call(frame.map, key)) return false
    if (rest === '' || rest.startsWith('#')) {
      frame.map[key] = null
      if (frame.depth < maxDepth) pending = { parentIndent: indent, map: frame.map, key, depth: frame.depth + 1 }
      else skipDeeperThan = indent
      return true
    }
    const value = readValue(rest)
    if (value === undefined) return false
    if (value === BLOCK_SCALAR) {
      frame.map[key] = null
      skipDeeperThan = indent
      return true
    }
    frame.map[key] = value
    return true
  }

  while (start <= length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = length
    let line = text.slice(start, end)
    start = end + 1
    if (line.endsWith('\r')) line = line.slice(0, -1)

    let indent = 0
    while (indent < line.length && line.charCodeAt(indent) === 32) indent++
    if (indent === line.length) continue
    const first = line[indent]
    if (first === '#') continue
    if (first === '\t') return undefined
    const content = line.slice(indent)
    const isItem = first === '-' && (content.length === 1 || content[1] === ' ')

    if (skipDeeperThan >= 0) {
      // A compact sequence (`key:` then `- item` at the same indent) belongs to the skipped key.
      if (indent > skipDeeperThan || (indent === skipDeeperThan && isItem)) continue
      skipDeeperThan = -1
    }
    if (pending !== undefined) {
      const p = pending
      pending = undefined
      if (isItem && indent >= p.parentIndent) {
        const items: unknown[] = []
        p.map[p.key] = items
        stack.push({ kind: 'seq', indent, depth: p.depth, items })
      } else if (indent > p.parentIndent) {
        const map: Record<string, unknown> = {}
        p.map[p.key] = map
        stack.push({ kind: 'map', indent, depth: p.depth, map })
      }
    }
    while (stack.length > 1 && indent < stack[stack.length - 1].indent) stack.pop()
    let top = stack[stack.length - 1]
    if (top.kind === 'seq' && !isItem && stack.length > 1) {
      stack.pop()
      top = stack[stack.length - 1]
    }
    if (indent !== top.indent) return undefined

    if (top.kind === 'map') {
      if (isItem || !addEntry(top, indent, content)) return undefined
      continue
    }
    if (!isItem) return undefined
    const rest = content.slice(1).trimStart()
    if (rest === '' || rest.startsWith('#')) return undefined
    const itemIndent = indent + (content.length - rest.length)
    if (readKey(rest, 0) !== undefined) {
      const map: Record<string, unknown> = {}
      top.items.push(map)
      const frame = { kind: 'map' as const, indent: itemIndent, depth: top.depth, map }
      stack.push(frame)
      if (!addEntry(frame, itemIndent, rest)) return undefined
      continue
    }
    const value = readValue(rest)
    if (value === undefined || value === BLOCK_SCALAR) return undefined
    top.items.push(value)
  }
  return root
}

const BLOCK_SCALAR = Symbol('block scalar')

function readKey(line: string, indent: number): { key: string; rest: string } | undefined {
  const c = line[indent]
  if (c === '"' || c === "'") {
    const quoted = readQuoted(line, indent)
    if (quoted === undefined) return undefined
    let i = quoted.end
    while (line[i] === ' ') i++
    if (line[i] !== ':') return undefined
    const after = line[i + 1]
    if (after !== undefined && after !== ' ') return undefined
    return { key: quoted.value, rest: line.slice(i + 1).trim() }
  }
  if ('-?[]{}&*!|>%@`,'.includes(c)) return undefined
  let colon = line.indexOf(':', indent)
  while (colon >= 0 && colon + 1 < line.length && line[colon + 1] !== ' ') colon = line.indexOf(':', colon + 1)
  if (colon < 0) return undefined
  const key = line.slice(indent, colon).trimEnd()
  if (key.includes(' #')) return undefined
  return { key, rest: line.slice(colon + 1).trim() }
}

function readValue(rest: string): string | typeof BLOCK_SCALAR | undefined {
  const c = rest[0]
  if (c === '"' || c === "'") {
    const quoted = readQuoted(rest, 0)
    if (quoted === undefined) return undefined
    const tail = rest.slice(quoted.end).trim()
    if (tail !== '' && !tail.startsWith('#')) return undefined
    return quoted.value
  }
  if (c === '|' || c === '>') return BLOCK_SCALAR
  if (c === '{' || c === '[') {
    // Flow collections are kept as raw text; one that spans lines is left to the real parser.
    const close = c === '{' ? '}' : ']'
    return rest.trimEnd().endsWith(close) ? rest : undefined
  }
  if ('&*!%@`'.includes(c)) return undefined
  if (c === '-' && (rest.length === 1 || rest[1] === ' ')) return undefined
  const comment = rest.indexOf(' #')
  return (comment >= 0 ? rest.slice(0, comment) : rest).trimEnd()
}

function readQuoted(s: string, at: number): { value: string; end: number } | undefined {
  const q = s[at]
  if (q === "'") {
    let value = ''
    let i = at + 1
    for (;;) {
      const j = s.indexOf("'", i)
      if (j < 0) return undefined
      value += s.slice(i, j)
      if (s[j + 1] === "'") {
        value += "'"
        i = j + 2
        continue
      }
      return { value, end: j + 1 }
    }
  }
  let i = at + 1
  let simple = true
  while (i < s.length && s[i] !== '"') {
    if (s[i] === '\\') {
      simple = false
      i += 2
    } else i++
  }
  if (i >= s.length) return undefined
  const body = s.slice(at + 1, i)
  if (simple) return { value: body, end: i + 1 }
  // YAML double-quoted escapes are a superset of JSON's; JSON covers what lockfile writers emit.
  try {
    return { value: JSON.parse(`"${body}"`) as string, end: i + 1 }
  } catch {
    return undefined
  }
}

/**
 * Parses YAML with the failsafe schema, so every scalar stays a string (a version `1.10` must
 * not become the number 1.1). A file with several documents (pnpm 10 puts an env document
 * first) yields the last one. Throws an Error naming the file kind and the position.
 */
export function parseYaml(text: string, what: string): unknown {
  try {
    return parseYamlText(text, { schema: 'failsafe' })
  } catch (error) {
    const message = (error as Error).message
    if (/multiple documents/i.test(message) || /Source contains multiple/i.test(message)) {
      const docs = parseAllDocuments(text, { schema: 'failsafe' })
      if (Array.isArray(docs) && docs.length > 0) {
        const last = docs[docs.length - 1]
        if (last.errors.length > 0) throw new Error(`${what} is not valid YAML: ${last.errors[0].message}`)
        return last.toJS()
      }
    }
    throw new Error(`${what} is not valid YAML: ${message}`)
  }
}
