// Bundles src/index.ts with ncc into dist/index.js (ESM; ncc writes dist/package.json
// {"type":"module"}), adds the CLI shim dist/cli.js and the report's validator
// (dist/generated/), and regenerates the published schema.
import { execFileSync } from 'node:child_process'
import { chmodSync, cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { asciiOnly, eagerModuleFactories } from './chunks.mjs'

/** What ncc wrote, made quicker to load (scripts/chunks.mjs); the code does the same. */
function finishChunks() {
  for (const file of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(`dist/${file}`, 'utf8')
    const finished = asciiOnly(eagerModuleFactories(source), file)
    // Left where escaping would change the code: a tagged template's raw text, a line continued.
    if (/[\u0080-\uffff]/.test(finished)) console.log(`build: dist/${file} keeps characters outside ASCII`)
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
