import { baseName, isRecord, PackageCollector, str } from './common.js'
import type { LockfileParser, ParsedLockfile } from './types.js'
import { parseYaml, scanBlockMappings } from './yaml-lite.js'

/**
 * A "packages" key → (name, version). v5: `/name/1.0.0_peer@2+x` (peers after `_`);
 * v6: `/name@1.0.0(peer@2)`; v9: `name@1.0.0`. Scoped names keep their leading `@`.
 */
export function pnpmKeyToPackage(key: string, v5: boolean): { name: string; version: string } | undefined {
  let k = key.startsWith('/') ? key.slice(1) : key
  if (v5) {
    const slash = k.lastIndexOf('/')
    if (slash <= 0) return undefined
    const underscore = k.indexOf('_', slash)
    const version = k.slice(slash + 1, underscore < 0 ? undefined : underscore)
    const name = k.slice(0, slash)
    return name !== '' && version !== '' ? { name, version } : undefined
  }
  const paren = k.indexOf('(')
  if (paren >= 0) k = k.slice(0, paren)
  const at = k.indexOf('@', 1)
  if (at < 0) return undefined
  const name = k.slice(0, at)
  const version = k.slice(at + 1)
  return name !== '' && version !== '' ? { name, version } : undefined
}

/**
 * `pnpm-lock.yaml` (lockfileVersion 5.x, 6.x, 9.x): one package per key of "packages", peer
 * suffixes stripped. Importers' `link:` dependencies are workspace folders and never appear
 * there. Entries for tarballs/git carry explicit `name`/`version` fields, which win.
 */
export function parsePnpmLockfile(text: string): ParsedLockfile {
  const doc = scanBlockMappings(text, 3) ?? parseYaml(text, 'pnpm-lock.yaml')
  if (!isRecord(doc)) throw new Error('pnpm-lock.yaml: expected a mapping at the top level')
  const lockfileVersion = String(doc.lockfileVersion ?? '')
  const major = Number.parseFloat(lockfileVersion)
  if (lockfileVersion === '' || Number.isNaN(major)) throw new Error('pnpm-lock.yaml: no lockfileVersion')
  const out = new PackageCollector()
  const packages = doc.packages ?? {}
  if (!isRecord(packages)) throw new Error('pnpm-lock.yaml: "packages" is not a mapping')
  for (const [key, entry] of Object.entries(packages)) {
    const fields = isRecord(entry) ? entry : {}
    const name = str(fields.name)
    const version = str(fields.version)
    if (name !== undefined && version !== undefined) {
      out.add(name, version)
      continue
    }
    const parsed = pnpmKeyToPackage(key, major < 6)
    if (parsed === undefined) {
      out.notes.push(`packages key '${key}' names no version, skipped`)
      continue
    }
    out.add(parsed.name, parsed.version)
  }
  return out.result()
}

/** pnpm lockfiles. */
export const pnpmParser: LockfileParser = {
  format: 'pnpm',
  matches: (fileName) => baseName(fileName) === 'pnpm-lock.yaml',
  parse: parsePnpmLockfile
}
