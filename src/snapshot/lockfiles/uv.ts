import { baseName, isRecord, PackageCollector, str } from './common.js'
import { packageTables, parseToml } from './toml.js'
import type { LockfileParser, ParsedLockfile } from './types.js'

/**
 * `uv.lock`: every `[[package]]` except the project's own editable/virtual entries (the code
 * under test, not a dependency); a package without a version (dynamic local project) is noted.
 */
export function parseUvLock(text: string): ParsedLockfile {
  const out = new PackageCollector()
  packageTables(parseToml(text, 'uv.lock'), 'uv.lock').forEach((table, i) => {
    const name = str(table.name)
    if (name === undefined) throw new Error(`uv.lock: [[package]] #${i + 1} has no name`)
    const source = isRecord(table.source) ? table.source : {}
    if ('editable' in source || 'virtual' in source) {
      out.notes.push(`${name}: project entry (${'editable' in source ? 'editable' : 'virtual'}) excluded`)
      return
    }
    const version = str(table.version)
    if (version === undefined) {
      out.notes.push(`${name}: no version, skipped`)
      return
    }
    out.add(name, version)
  })
  return out.result()
}

/** uv lockfiles. */
export const uvParser: LockfileParser = {
  format: 'uv',
  matches: (fileName) => baseName(fileName) === 'uv.lock',
  parse: parseUvLock
}
