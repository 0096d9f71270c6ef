import { baseName, isRecord, PackageCollector, str } from './common.js'
import type { LockfileParser, ParsedLockfile } from './types.js'
import { parseYaml, scanBlockMappings } from './yaml-lite.js'

/** `conda-lock.yml` (v1): unique (name, version) across platforms and managers (conda and pip); builds ignored. */
export function parseCondaLock(text: string): ParsedLockfile {
  const doc = scanBlockMappings(text, 2) ?? parseYaml(text, 'conda-lock.yml')
  if (!isRecord(doc)) throw new Error('conda-lock.yml: expected a mapping at the top level')
  const packages = doc.package ?? []
  if (!Array.isArray(packages)) throw new Error('conda-lock.yml: "package" is not a list')
  const out = new PackageCollector()
  packages.forEach((entry, i) => {
    if (!isRecord(entry)) throw new Error(`conda-lock.yml: package[${i}] is not a mapping`)
    const name = str(entry.name)
    const version = str(entry.version)
    if (name === undefined || version === undefined) {
      throw new Error(`conda-lock.yml: package[${i}] has no ${name === undefined ? 'name' : 'version'}`)
    }
    out.add(name, version)
  })
  return out.result()
}

/** conda-lock unified lockfiles. */
export const condaLockParser: LockfileParser = {
  format: 'conda-lock',
  matches: (fileName) => /(^|\.)conda-lock\.ya?ml$/.test(baseName(fileName)),
  parse: parseCondaLock
}
