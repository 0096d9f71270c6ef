import * as path from 'node:path'
import type { Report } from '../report/types.js'
import { hashFile } from '../hash.js'
import { workspaceRelative } from './predicate.js'
import type { Subject } from './types.js'

/** `actions/attest` signs at most this many subjects in one statement. */
export const MAX_SUBJECTS = 1024

export interface ReferenceSubjects {
  subjects: Subject[]
  /** Why a file was left out (too many subjects, a name `sha256sum` cannot carry), for a warning. */
  leftOut: string[]
}

/**
 * The subjects: run 1's metrics file and every declared artifact it wrote, named by their path
 * relative to the workspace, where the gate puts run 1's outputs back when it ends: `sha256sum -c`
 * checks them in place. Artifacts keep the digest taken when run 1's copy was collected (the gate
 * checked the file put back against it); the metrics file is hashed where it is. A file that is not
 * back in place, or is no regular file (a link, a FIFO), is left out with the reason.
 */
export async function referenceSubjects(report: Report, workspace: string): Promise<ReferenceSubjects> {
  const run = report.runs[0]
  const leftOut: string[] = []
  if (!run) return { subjects: [], leftOut }
  const wd = report.inputs.workingDirectory
  // Reports from before the gate put run 1's files back name no files section: their subjects are named as before.
  const inPlace = report.files ? new Set(report.files.inWorkspace) : null
  const fromWd = (file: string): string => path.relative(wd, path.resolve(wd, file)).split(path.sep).join('/')
  const found = new Map<string, string>()
  if (run.metricsFile) {
    const rel = fromWd(report.inputs.metrics)
    if (inPlace && !inPlace.has(rel))
      leftOut.push(`${rel}: run 1's metrics file is not back in the working directory (it is kept at ${run.metricsFile})`)
    else {
      const file = inPlace ? path.resolve(wd, rel) : run.metricsFile
      try {
        found.set(workspaceRelative(workspace, path.resolve(wd, rel)), (await hashFile(file)).sha256)
      } catch (err) {
        leftOut.push(`${file}: run 1's metrics file cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`)
      }
    }
  }
  for (const artifact of run.artifacts) {
    if (artifact.skipped || artifact.sha256 === '') leftOut.push(`${artifact.path}: ${artifact.skipped ?? 'not hashed'}`)
    else if (inPlace && !inPlace.has(artifact.path)) {
      leftOut.push(
        `${artifact.path}: run 1's copy is not back in the working directory${artifact.copy ? ` (it is kept at ${artifact.copy})` : ''}`
      )
    } else found.set(workspaceRelative(workspace, path.resolve(wd, artifact.path)), artifact.sha256)
  }

  let subjects: Subject[] = []
  for (const [name, sha256] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // sha256sum escapes such names with a backslash, which actions/attest does not read back.
    if (/[\r\n\\]/.test(name))
      leftOut.push(`${JSON.stringify(name)}: a newline or backslash in a file name cannot be written in sha256sum format`)
    else subjects.push({ name, digest: { sha256 } })
  }
  if (subjects.length > MAX_SUBJECTS) {
    leftOut.push(
      `${subjects.length - MAX_SUBJECTS} of ${subjects.length} files: actions/attest signs at most ${MAX_SUBJECTS} subjects (the predicate still lists their digests)`
    )
    subjects = subjects.slice(0, MAX_SUBJECTS)
  }
  return { subjects, leftOut }
}

/** The subjects in `sha256sum` format (two spaces: text mode), which `sha256sum -c` and actions/attest read. */
export function checksumsText(subjects: Subject[]): string {
  return subjects.map((s) => `${s.digest.sha256}  ${s.name}\n`).join('')
}
