import { baseName, isRecord, PackageCollector, parseJson, str } from './common.js'
import type { LockfileParser, ParsedLockfile } from './types.js'

/** `composer.lock`: "packages" + "packages-dev", versions verbatim (a leading `v` is kept). */
export function parseComposerLock(text: string): ParsedLockfile {
  const doc = parseJson(text, 'composer.lock')
  if (!isRecord(doc)) throw new Error('composer.lock: expected a JSON object at the top level')
  const out = new PackageCollector()
  for (const section of ['packages', 'packages-dev']) {
    const list = doc[section] ?? []
    if (!Array.isArray(list)) throw new Error(`composer.lock: "${section}" is not an array`)
    list.forEach((entry, i) => {
      if (!isRecord(entry)) throw new Error(`composer.lock: ${section}[${i}] is not an object`)
      const name = str(entry.name)
      const version = str(entry.version)
      if (name === undefined || version === undefined) {
        throw new Error(`composer.lock: ${section}[${i}] has no ${name === undefined ? 'name' : 'version'}`)
      }
      out.add(name, version)
    })
  }
  return out.result()
}

/** Composer lockfiles (PHP). */
export const composerParser: LockfileParser = {
  format: 'composer',
  matches: (fileName) => baseName(fileName) === 'composer.lock',
  parse: parseComposerLock
}
