// Bundles the action entry (dist/index.js) and the CLI (dist/cli/index.js) with ncc.
// ncc keeps ESM as ESM and writes a {"type":"module"} package.json beside each bundle.
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync, chmodSync, readFileSync } from 'node:fs'

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js']
rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli']
]) {
  execFileSync(process.execPath, [...ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '-q'], {
    stdio: 'inherit'
  })
}
// The CLI is a bin: give it a shebang (ncc drops the one in the source) and the executable bit.
const cli = 'dist/cli/index.js'
const body = readFileSync(cli, 'utf8')
if (!body.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + body)
chmodSync(cli, 0o755)
