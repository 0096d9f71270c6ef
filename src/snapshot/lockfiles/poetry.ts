import { baseName, PackageCollector, str } from './common.js'
import { packageTables, parseToml } from './toml.js'
import type { LockfileParser, ParsedLockfile } from './types.js'

/** `poetry.lock` (lock-version 1.x and 2.x): every `[[package]]`, whatever its source. */
export function parsePoetryLock(text: string): ParsedLockfile {
  const out = new PackageCollector()
  packageTables(parseToml(text, 'poetry.lock'), 'poetry.lock').forEach((table, i) => {
    const name = str(table.name)
    const version = str(table.version)
    if (name === undefined || version === undefined) {
      throw new Error(`poetry.lock: [[package]] #${i + 1} has no ${name === undefined ? 'name' : 'version'}`)
    }
    out.add(name, version)
  })
  return out.result()
}

/** Poetry lockfiles. */
export const poetryParser: LockfileParser = {
  format: 'poetry',
  matches: (fileName) => baseName(fileName) === 'poetry.lock',
  parse: parsePoetryLock
}
