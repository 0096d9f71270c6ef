import * as path from 'node:path'
import { glob } from 'tinyglobby'
import { GATE_RUN_FOLDERS } from './lockfiles/index.js'
import type { FileFingerprint } from './types.js'
import { hashFile } from '../hash.js'
import { SkippedFileError } from '../regular-file.js'

/** Data sets can be large; hashing runs beside the experiment, but the gate waits at most this long for it after the runs. */
export const DEFAULT_DATA_DEADLINE_MS = 10 * 60 * 1000

/**
 * Fingerprints the data files the `data` globs match (relative to the working directory):
 * path, sha256 and size, never contents. A glob that matches nothing is a warning, since a
 * mistyped glob would otherwise silently record no data at all. Only regular files are hashed: a
 * FIFO, a device (`/dev/zero`) or a link to one is listed with `skipped` saying why, and so is a
 * file still being hashed when `signal` aborts (the capture's deadline).
 */
export async function fingerprintData(
  workingDirectory: string,
  globs: string[],
  signal?: AbortSignal
): Promise<{ files: FileFingerprint[]; warnings: string[] }> {
  const warnings: string[] = []
  const matched = new Set<string>()
  await Promise.all(
    globs.map(async (pattern) => {
      try {
        const found = await glob(pattern, {
          cwd: workingDirectory,
          onlyFiles: true,
          dot: true,
          absolute: true,
          ignore: [GATE_RUN_FOLDERS],
          signal
        })
        if (signal?.aborted) warnings.push(`data: "${pattern}" was not expanded before the deadline`)
        else if (found.length === 0) warnings.push(`data: "${pattern}" matched no files in ${workingDirectory}`)
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
        files.push({ path: rel, ...(await hashFile(file, signal)) })
      } catch (err) {
        if (!(err instanceof SkippedFileError)) {
          warnings.push(`data: could not hash ${rel}: ${(err as Error).message}`)
          continue
        }
        files.push({ path: rel, sha256: '', bytes: 0, skipped: err.message })
        warnings.push(`data: skipped ${rel}: ${err.message}`)
      }
    }
  }
  await Promise.all([lane(), lane()])
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, warnings: warnings.sort() }
}
