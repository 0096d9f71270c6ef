// Bundles src/index.ts with ncc into dist/index.js (ESM; ncc writes dist/package.json
// {"type":"module"}), adds the CLI shim dist/cli.js and the report's validator
// (dist/generated/), and regenerates the published schema.
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'

/**
 * ncc writes each module as an arrow function `((module, exports, require) => { … })`. V8 compiles
 * a module's chunk with every function in it only pre-parsed, and compiles an arrow function again,
 * from its source, when it is first called: every module is parsed twice. A function expression
 * in parentheses is compiled at once (V8's heuristic for functions called as soon as they are
 * made), which is what a module factory is. webpack writes the arrow form only for a module that
 * does not use `this` or `arguments` at its top level, so the two forms do the same; the runtime
 * calls each with `this` = its exports either way. Measured on the gate's start: 5–8 ms less.
 */
function eagerModuleFactories() {
  for (const file of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(`dist/${file}`, 'utf8')
    const eager = source.replace(/^\/\*\*\*\/ \(\(([\w, ]*)\) => \{$/gm, '/***/ (function($1) {')
    if (eager !== source) writeFileSync(`dist/${file}`, eager)
  }
}

function bundle() {
  rmSync('dist', { recursive: true, force: true })
  execFileSync(
    process.execPath,
    ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '-q'],
    { stdio: 'inherit' }
  )
  eagerModuleFactories()
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
