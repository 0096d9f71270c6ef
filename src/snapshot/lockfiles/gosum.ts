import { baseName, PackageCollector, splitLines } from './common.js'
import type { LockfileParser, ParsedLockfile } from './types.js'

/** `go.sum`: `module version hash` lines; `version/go.mod` lines only hash a go.mod and are skipped. */
export function parseGoSum(text: string): ParsedLockfile {
  const out = new PackageCollector()
  splitLines(text).forEach((raw, n) => {
    const line = raw.trim()
    if (line === '') return
    const fields = line.split(/\s+/)
    if (fields.length !== 3 || !fields[2].includes(':')) {
      throw new Error(`go.sum line ${n + 1}: expected 'module version hash', found '${line.slice(0, 80)}'`)
    }
    const [module, version] = fields
    if (version.endsWith('/go.mod')) return
    out.add(module, version)
  })
  return out.result()
}

/** Go module checksums. */
export const goSumParser: LockfileParser = {
  format: 'go',
  matches: (fileName) => baseName(fileName) === 'go.sum',
  parse: parseGoSum
}
