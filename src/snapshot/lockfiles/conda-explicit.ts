import { baseName, PackageCollector, splitLines } from './common.js'
import type { LockfileParser, ParsedLockfile } from './types.js'

/**
 * A conda package file name `name-version-build.conda` / `.tar.bz2` → (name, version). Names
 * may contain `-`, versions and build strings may not, so the split is from the right.
 */
export function condaFileToPackage(fileName: string): { name: string; version: string } | undefined {
  const stem = fileName.replace(/\.(conda|tar\.bz2)$/, '')
  if (stem === fileName) return undefined
  const buildDash = stem.lastIndexOf('-')
  const versionDash = buildDash > 0 ? stem.lastIndexOf('-', buildDash - 1) : -1
  if (versionDash <= 0) return undefined
  return { name: stem.slice(0, versionDash), version: stem.slice(versionDash + 1, buildDash) }
}

/** conda explicit specs (`conda list --explicit`, conda-lock's `*.lock`): one package URL per line after `@EXPLICIT`. */
export function parseCondaExplicit(text: string): ParsedLockfile {
  const out = new PackageCollector()
  const lines = splitLines(text)
  let explicit = false
  lines.forEach((raw, n) => {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) return
    if (line === '@EXPLICIT') {
      explicit = true
      return
    }
    if (!explicit) throw new Error(`conda explicit spec line ${n + 1}: '${line.slice(0, 60)}' before @EXPLICIT`)
    const url = line.replace(/#.*$/, '')
    const file = decodeURIComponent(url.slice(url.lastIndexOf('/') + 1))
    const pkg = condaFileToPackage(file)
    if (pkg === undefined) throw new Error(`conda explicit spec line ${n + 1}: '${file}' is not a conda package file name`)
    out.add(pkg.name, pkg.version)
  })
  if (!explicit) throw new Error('conda explicit spec: no @EXPLICIT line')
  return out.result()
}

/** conda explicit specs, recognised by `@EXPLICIT` in a `.lock`/`.txt` file's head. */
export const condaExplicitParser: LockfileParser = {
  format: 'conda-explicit',
  matches: (fileName, head) => /\.(lock|txt)$/.test(baseName(fileName)) && /^@EXPLICIT\s*$/m.test(head),
  parse: parseCondaExplicit
}
