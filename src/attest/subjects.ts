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
 * relative to the workspace (where a plain run leaves them). Artifacts keep the digest taken when
 * run 1's copy was collected; the metrics file is hashed from run 1's copy.
 */
export async function referenceSubjects(report: Report, workspace: string): Promise<ReferenceSubjects> {
  const run = report.runs[0]
  const leftOut: string[] = []
  if (!run) return { subjects: [], leftOut }
  const wd = report.inputs.workingDirectory
  const found = new Map<string, string>()
  if (run.metricsFile) {
    try {
      found.set(workspaceRelative(workspace, report.inputs.metrics), (await hashFile(run.metricsFile)).sha256)
    } catch (err) {
      leftOut.push(`${run.metricsFile}: run 1's metrics file cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`)
    }
  }
  for (const artifact of run.artifacts) found.set(workspaceRelative(workspace, path.resolve(wd, artifact.path)), artifact.sha256)

  let subjects: Subject[] = []
  for (const [name, sha256] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // sha256sum escapes such names with a backslash, which actions/attest does not read back.
    if (/[\r\n\\]/.test(name)) leftOut.push(`${JSON.stringify(name)}: a newline or backslash in a file name cannot be written in sha256sum format`)
    else subjects.push({ name, digest: { sha256 } })
  }
  if (subjects.length > MAX_SUBJECTS) {
    leftOut.push(`${subjects.length - MAX_SUBJECTS} of ${subjects.length} files: actions/attest signs at most ${MAX_SUBJECTS} subjects (the predicate still lists their digests)`)
    subjects = subjects.slice(0, MAX_SUBJECTS)
  }
  return { subjects, leftOut }
}

/** The subjects in `sha256sum` format (two spaces: text mode), which `sha256sum -c` and actions/attest read. */
export function checksumsText(subjects: Subject[]): string {
  return subjects.map((s) => `${s.digest.sha256}  ${s.name}\n`).join('')
}
