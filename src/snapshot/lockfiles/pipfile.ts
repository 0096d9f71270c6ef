import { baseName, isRecord, PackageCollector, parseJson, str } from './common.js'
import type { LockfileParser, ParsedLockfile } from './types.js'

/**
 * `Pipfile.lock`: "default" and "develop" merged; a name pinned differently in the two sections
 * yields two pairs. Entries without a `==` version (editable, path, VCS) are unpinned.
 */
export function parsePipfileLock(text: string): ParsedLockfile {
  const doc = parseJson(text, 'Pipfile.lock')
  if (!isRecord(doc)) throw new Error('Pipfile.lock: expected a JSON object at the top level')
  const out = new PackageCollector()
  for (const section of ['default', 'develop']) {
    const entries = doc[section]
    if (entries === undefined) continue
    if (!isRecord(entries)) throw new Error(`Pipfile.lock: "${section}" is not an object`)
    for (const [name, entry] of Object.entries(entries)) {
      if (!isRecord(entry)) throw new Error(`Pipfile.lock: ${section}["${name}"] is not an object`)
      const version = str(entry.version)
      if (version !== undefined && version.startsWith('==') && !version.includes('*')) {
        out.add(name, version.replace(/^===?/, ''))
        continue
      }
      const target = str(entry.git) ?? str(entry.path) ?? str(entry.file)
      const spec = version ?? (target !== undefined ? `${entry.editable === true ? '-e ' : ''}${target}` : '')
      out.addUnpinned(name, spec)
    }
  }
  return out.result()
}

/** Pipenv lockfiles. */
export const pipfileParser: LockfileParser = {
  format: 'pipenv',
  matches: (fileName) => baseName(fileName) === 'Pipfile.lock',
  parse: parsePipfileLock
}
