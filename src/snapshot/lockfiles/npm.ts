import { baseName, isRecord, PackageCollector, parseJson, str } from './common.js'
import type { LockfileParser, ParsedLockfile } from './types.js'

/** `npm:real-name@1.2.3` (how v1 lockfiles record an alias) → the real package. */
function aliasTarget(version: string): { name: string; version: string } | undefined {
  if (!version.startsWith('npm:')) return undefined
  const target = version.slice(4)
  const at = target.indexOf('@', 1)
  return at > 0 ? { name: target.slice(0, at), version: target.slice(at + 1) } : undefined
}

function walkV1(dependencies: unknown, out: PackageCollector, trail: string): void {
  if (dependencies === undefined) return
  if (!isRecord(dependencies)) throw new Error(`package-lock.json: "dependencies" of ${trail} is not an object`)
  for (const [name, entry] of Object.entries(dependencies)) {
    if (!isRecord(entry)) throw new Error(`package-lock.json: dependency ${trail} > ${name} is not an object`)
    const version = str(entry.version)
    if (version === undefined) {
      out.notes.push(`${trail} > ${name} has no version, skipped`)
    } else {
      const alias = aliasTarget(version)
      if (alias !== undefined) out.add(alias.name, alias.version)
      else out.add(name, version)
    }
    walkV1(entry.dependencies, out, `${trail} > ${name}`)
  }
}

/**
 * npm `package-lock.json` / `npm-shrinkwrap.json`. v2/v3 are read from the flat "packages" map
 * (v2 also carries the legacy tree, which says the same); the root, links and workspace folders
 * are the project itself, and an alias folder (node_modules/x-cjs) counts under its real "name".
 * v1 is the recursive "dependencies" tree.
 */
export function parseNpmLockfile(text: string): ParsedLockfile {
  const doc = parseJson(text, 'package-lock.json')
  if (!isRecord(doc)) throw new Error('package-lock.json: expected a JSON object at the top level')
  const out = new PackageCollector()
  if (doc.packages !== undefined) {
    if (!isRecord(doc.packages)) throw new Error('package-lock.json: "packages" is not an object')
    for (const [key, entry] of Object.entries(doc.packages)) {
      if (key === '') continue
      if (!isRecord(entry)) throw new Error(`package-lock.json: packages["${key}"] is not an object`)
      if (entry.link === true) continue
      const folder = key.lastIndexOf('node_modules/')
      if (folder < 0) continue
      const version = str(entry.version)
      if (version === undefined) {
        out.notes.push(`packages["${key}"] has no version, skipped`)
        continue
      }
      out.add(str(entry.name) ?? key.slice(folder + 'node_modules/'.length), version)
    }
    return out.result()
  }
  if (typeof doc.lockfileVersion === 'number' && doc.lockfileVersion >= 3) {
    throw new Error(`package-lock.json: lockfileVersion ${doc.lockfileVersion} without a "packages" object`)
  }
  walkV1(doc.dependencies, out, '(root)')
  return out.result()
}

/** npm lockfiles (v1, v2, v3). */
export const npmParser: LockfileParser = {
  format: 'npm',
  matches: (fileName) => {
    const base = baseName(fileName)
    return base === 'package-lock.json' || base === 'npm-shrinkwrap.json'
  },
  parse: parseNpmLockfile
}
