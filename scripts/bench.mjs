// npm run bench: compiles src/ to build/ (for the benches that call internals), then runs every
// bench in scripts/bench/ and prints each result beside its target. Exit 1 when a target is missed.
import { execFileSync } from 'node:child_process'
import { cpSync, readdirSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import * as path from 'node:path'

if (!process.env.BENCH_NO_BUILD) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.bench.json'], { stdio: 'inherit' })
  // tsc leaves generated JavaScript (the report validator) where it is: it travels with the build.
  cpSync('src/report/generated', 'build/src/report/generated', { recursive: true })
}
const only = process.argv.slice(2)
let failed = 0
for (const file of readdirSync('scripts/bench')
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue
  const { bench } = await import(pathToFileURL(path.resolve('scripts/bench', file)).href)
  const { name, results } = await bench()
  console.log(`\n${name}`)
  for (const r of results) {
    const [value, target] =
      r.medianMs !== undefined
        ? [`${r.medianMs.toFixed(1)} ms`, `≤ ${r.target} ms`]
        : r.throughputMBps !== undefined
          ? [`${r.throughputMBps.toFixed(0)} MB/s`, `≥ ${typeof r.target === 'number' ? r.target.toFixed(0) + ' MB/s' : r.target}`]
          : [String(r.count ?? r.rssMiB ?? r.value), String(r.target)]
    console.log(`  ${r.ok ? 'ok  ' : 'MISS'} ${r.label}: ${value} (target ${target})${r.note ? ` — ${r.note}` : ''}`)
    if (!r.ok) failed++
  }
}
console.log(failed ? `\n${failed} target(s) missed` : '\nall targets met')
process.exitCode = failed ? 1 : 0
