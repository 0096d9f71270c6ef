// Bundles src/index.ts with ncc into dist/index.js (ESM; ncc writes dist/package.json
// {"type":"module"}), adds the CLI shim dist/cli.js and the report's validator
// (dist/generated/), and regenerates the published schema.
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
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
function eagerModuleFactories(source) {
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
function asciiOnly(source, file) {
  if (!/[\u0080-\uffff]/.test(source)) return source
  const options = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }
  const escapable = []
  for (const token of tokenizer(source, { ...options, onComment: (_block, _text, start, end) => escapable.push([start, end]) }))
    if (token.end > token.start) escapable.push([token.start, token.end])
  const tagged = []
  full(parse(source, options), (node) => {
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
  if (/[\u0080-\uffff]/.test(out)) console.log(`build: ${file} keeps characters outside ASCII in a tagged template`)
  if (program(source) !== program(out)) throw new Error(`build: ${file} would mean something else with its characters escaped`)
  return out
}

/**
 * A chunk's syntax tree as text, without positions or source text: the same for a chunk and its
 * escaped copy when every value (strings, templates, names) is the same. A regular expression's
 * pattern is compared with its escapes written back as characters.
 */
function program(source) {
  const unescaped = (pattern) =>
    pattern.replace(/\\u([0-9a-f]{4})/g, (m, hex) => (parseInt(hex, 16) >= 0x80 ? String.fromCharCode(parseInt(hex, 16)) : m))
  return JSON.stringify(parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true }), (key, value) =>
    key === 'start' || key === 'end' || key === 'raw'
      ? undefined
      : key === 'regex'
        ? { ...value, pattern: unescaped(value.pattern) }
        : value
  )
}

/** What ncc wrote, made quicker to load (the two rewrites above); the code does the same. */
function finishChunks() {
  for (const file of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(`dist/${file}`, 'utf8')
    const finished = asciiOnly(eagerModuleFactories(source), file)
    if (finished !== source) writeFileSync(`dist/${file}`, finished)
  }
}

function bundle() {
  rmSync('dist', { recursive: true, force: true })
  execFileSync(
    process.execPath,
    ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '-q'],
    { stdio: 'inherit' }
  )
  finishChunks()
  writeFileSync(
    'dist/cli.js',
    `#!/usr/bin/env node
// The repro-gate CLI: the same bundle as the action, told to run as the CLI.
globalThis.reproGateEntry = 'cli'
await import('./index.js')
`
  )
  chmodSync('dist/cli.js', 0o755)
  // The report's validator is loaded as a file of its own (src/report/validate.ts says why).
  cpSync('src/report/generated/validate-report.js', 'dist/generated/validate-report.js')
}

bundle()
// The published schema is generated from src/report/schema.ts, and the validator the bundle
// uses from the published schema, so none of the three can disagree. A schema change means the
// validator changed, and the bundle is built once more with it.
const schema = execFileSync(process.execPath, ['dist/cli.js', 'schema'], { encoding: 'utf8' })
const schemaChanged = !existsSync('schema/report.schema.json') || readFileSync('schema/report.schema.json', 'utf8') !== schema
writeFileSync('schema/report.schema.json', schema)
const generated = execFileSync(process.execPath, ['scripts/generate-validator.mjs'], { encoding: 'utf8' })
if (schemaChanged || generated.includes('regenerated')) bundle()
// The attestation predicate's schema, published beside the report's.
writeFileSync(
  'schema/attestation-predicate.schema.json',
  execFileSync(process.execPath, ['dist/cli.js', 'schema', 'predicate'], { encoding: 'utf8' })
)
