import * as path from 'node:path'
import { glob } from 'tinyglobby'
import { GATE_RUN_FOLDERS } from './lockfiles/index.js'
import type { FileFingerprint } from './types.js'
import { hashFile } from '../hash.js'

/**
 * Fingerprints the data files the `data` globs match (relative to the working directory):
 * path, sha256 and size, never contents. A glob that matches nothing is a warning, since a
 * mistyped glob would otherwise silently record no data at all.
 */
export async function fingerprintData(
  workingDirectory: string,
  globs: string[]
): Promise<{ files: FileFingerprint[]; warnings: string[] }> {
  const warnings: string[] = []
  const matched = new Set<string>()
  await Promise.all(
    globs.map(async (pattern) => {
      try {
        const found = await glob(pattern, { cwd: workingDirectory, onlyFiles: true, dot: true, absolute: true, ignore: [GATE_RUN_FOLDERS] })
        if (found.length === 0) warnings.push(`data: "${pattern}" matched no files in ${workingDirectory}`)
        found.forEach((f) => matched.add(path.resolve(f)))
      } catch (err) {
        warnings.push(`data: "${pattern}" could not be expanded: ${(err as Error).message}`)
      }
    })
  )
  const files: FileFingerprint[] = []
  // Two at a time: hashing is CPU-bound and the runner has two cores.
  const queue = [...matched].sort()
  const lane = async (): Promise<void> => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const rel = path.relative(workingDirectory, file).split(path.sep).join('/')
      try {
        files.push({ path: rel, ...(await hashFile(file)) })
      } catch (err) {
        warnings.push(`data: could not hash ${rel}: ${(err as Error).message}`)
      }
    }
  }
  await Promise.all([lane(), lane()])
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, warnings: warnings.sort() }
}
