import { baseName, PackageCollector, str } from './common.js'
import { packageTables, parseToml } from './toml.js'
import type { LockfileParser, ParsedLockfile } from './types.js'

/**
 * `Cargo.lock` (versions 1–4): `[[package]]` tables with a `source`; source-less ones are the
 * workspace's own crates, so they are left out (and counted in a note).
 */
export function parseCargoLock(text: string): ParsedLockfile {
  const out = new PackageCollector()
  let workspaceCrates = 0
  packageTables(parseToml(text, 'Cargo.lock'), 'Cargo.lock').forEach((table, i) => {
    const name = str(table.name)
    const version = str(table.version)
    if (name === undefined || version === undefined) {
      throw new Error(`Cargo.lock: [[package]] #${i + 1} has no ${name === undefined ? 'name' : 'version'}`)
    }
    if (str(table.source) === undefined) {
      workspaceCrates++
      return
    }
    out.add(name, version)
  })
  if (workspaceCrates > 0) out.notes.push(`${workspaceCrates} workspace crates without source excluded`)
  return out.result()
}

/** Cargo lockfiles. */
export const cargoParser: LockfileParser = {
  format: 'cargo',
  matches: (fileName) => baseName(fileName) === 'Cargo.lock',
  parse: parseCargoLock
}
