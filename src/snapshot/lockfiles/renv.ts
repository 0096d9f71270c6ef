import { baseName, isRecord, PackageCollector, parseJson, str } from './common.js'
import type { LockfileParser, ParsedLockfile } from './types.js'

/** `renv.lock`: the "Packages" entries (the R interpreter's own version is not a package). */
export function parseRenvLock(text: string): ParsedLockfile {
  const doc = parseJson(text, 'renv.lock')
  if (!isRecord(doc)) throw new Error('renv.lock: expected a JSON object at the top level')
  const packages = doc.Packages ?? {}
  if (!isRecord(packages)) throw new Error('renv.lock: "Packages" is not an object')
  const out = new PackageCollector()
  for (const [key, entry] of Object.entries(packages)) {
    if (!isRecord(entry)) throw new Error(`renv.lock: Packages["${key}"] is not an object`)
    const version = str(entry.Version)
    if (version === undefined) throw new Error(`renv.lock: Packages["${key}"] has no Version`)
    out.add(str(entry.Package) ?? key, version)
  }
  return out.result()
}

/** renv lockfiles (R). */
export const renvParser: LockfileParser = {
  format: 'renv',
  matches: (fileName) => baseName(fileName) === 'renv.lock',
  parse: parseRenvLock
}
