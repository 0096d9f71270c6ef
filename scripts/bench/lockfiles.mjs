// Parsing the largest lockfile of ../shared/corpus, as the gate meets it: the first parse in a
// fresh process (cold code), median over several processes. Target ≤ 100 ms.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import * as path from 'node:path'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function bench() {
  const corpus = path.resolve('../shared/corpus/lockfiles')
  if (!existsSync(corpus)) {
    return {
      name: 'lockfile parsing',
      results: [{ label: 'largest corpus lockfile (../shared/corpus absent: skipped)', medianMs: 0, target: 100, ok: true }]
    }
  }
  const files = readdirSync(corpus).flatMap((dir) => readdirSync(path.join(corpus, dir)).map((f) => path.join(corpus, dir, f)))
  const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0]
  const format = path.basename(path.dirname(largest))
  const script = `
    const { readFileSync } = await import('node:fs')
    const { parserForFormat } = await import(${JSON.stringify(path.resolve('build/src/snapshot/lockfiles/registry.js'))})
    const text = readFileSync(${JSON.stringify(largest)}, 'utf8')
    const parser = parserForFormat(${JSON.stringify(format)})
    const t = performance.now(); const parsed = parser.parse(text); const ms = performance.now() - t
    console.log(JSON.stringify({ ms, count: parsed.packages.length }))`
  const samples = []
  for (let i = 0; i < 7; i++)
    samples.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })).ms)
  const ms = median(samples)
  return {
    name: 'lockfile parsing',
    results: [
      {
        label: `first parse of ${path.basename(largest)} (${(statSync(largest).size / 1024).toFixed(0)} KiB, ${format}), median of 7 processes`,
        medianMs: ms,
        target: 100,
        ok: ms <= 100
      }
    ]
  }
}
