// The rewrites scripts/build.mjs makes to what ncc writes, so that Node loads dist/ faster; each
// leaves the code doing the same (__tests__/package/chunks.test.ts).
import { parse, tokenizer } from 'acorn'
import { full } from 'acorn-walk'

/**
 * ncc writes each module as an arrow function `((module, exports, require) => { … })`. V8 compiles
 * a module's chunk with every function in it only pre-parsed, and compiles an arrow function again,
 * from its source, when it is first called: every module is parsed twice. A function expression
 * in parentheses is compiled at once (V8's heuristic for functions called as soon as they are
 * made), which is what a module factory is. webpack writes the arrow form only for a module that
 * does not use `this` or `arguments` at its top level, so the two forms do the same; the runtime
 * calls each with `this` = its exports either way. Measured on the gate's start: 5–8 ms less.
 */
export function eagerModuleFactories(source) {
  return source.replace(/^\/\*\*\*\/ \(\(([\w, ]*)\) => \{$/gm, '/***/ (function($1) {')
}

/**
 * A chunk with one character outside ASCII (an em dash in a message, a check mark in the
 * report, a dependency's symbols) is held by V8 as a two-byte string, decoded from UTF-8 on a
 * slower path and scanned as such. Each such character is written as its `\u` escape instead,
 * where that is the same character: in a string, a template, a regular expression, a name, and
 * (harmlessly) a comment. An escaped character (`\é`, which is `é`) loses its backslash first. A
 * tagged template is left as it is (its tag can read the raw text). Between tokens, where a
 * dependency has a no-break space or a line separator, it becomes a space or a newline, which
 * JavaScript reads the same. Measured on the gate's start: 3–6 ms less.
 */
export function asciiOnly(source, file = 'the chunk') {
  if (!/[\u0080-\uffff]/.test(source)) return source
  const options = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }
  const escapable = []
  for (const token of tokenizer(source, { ...options, onComment: (_block, _text, start, end) => escapable.push([start, end]) }))
    if (token.end > token.start) escapable.push([token.start, token.end])
  const tagged = []
  const tree = parse(source, options)
  full(tree, (node) => {
    if (node.type === 'TaggedTemplateExpression') tagged.push([node.quasi.start, node.quasi.end])
  })
  const escape = (text) =>
    text.replace(/(\\*)([\u0080-\uffff])/g, (match, slashes, c) => {
      // A backslash before a line separator continues the line: there is no character to write.
      if (slashes.length % 2 === 1 && (c === '\u2028' || c === '\u2029')) return match
      const unit = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
      return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + unit
    })
  const between = (text) => text.replace(/[\u2028\u2029]/g, '\n').replace(/[\u0080-\uffff]/g, ' ')
  const isTagged = (start) => tagged.some(([from, to]) => start >= from && start < to)
  let out = ''
  let at = 0
  for (const [start, end] of escapable.sort((a, b) => a[0] - b[0])) {
    out += between(source.slice(at, start))
    const text = source.slice(start, end)
    out += /[\u0080-\uffff]/.test(text) && !isTagged(start) ? escape(text) : text
    at = end
  }
  out += between(source.slice(at))
  if (program(tree) !== program(parse(out, options)))
    throw new Error(`build: ${file} would mean something else with its characters escaped`)
  return out
}

/**
 * A regular expression's pattern with every character outside ASCII written as itself: its `\u`
 * escape, or an identity escape (`\é`), becomes the character; `\\` stays as it is.
 */
function literalPattern(pattern) {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '\\') {
      out += pattern[i]
      continue
    }
    const next = pattern[i + 1] ?? ''
    const unit = /^u([0-9a-fA-F]{4})/.exec(pattern.slice(i + 1))
    if (unit && parseInt(unit[1], 16) >= 0x80) {
      out += String.fromCharCode(parseInt(unit[1], 16))
      i += 5
    } else if (next >= '\u0080') {
      out += next
      i += 1
    } else {
      out += '\\' + next
      i += 1
    }
  }
  return out
}

/**
 * A chunk's syntax tree as text, without positions or source text: the same for a chunk and its
 * escaped copy when every value (strings, templates, names) is the same, and every regular
 * expression's pattern is the same once written with literal characters.
 */
function program(tree) {
  return JSON.stringify(tree, (key, value) =>
    key === 'start' || key === 'end' || key === 'raw'
      ? undefined
      : key === 'regex'
        ? { ...value, pattern: literalPattern(value.pattern) }
        : value
  )
}
