/**
 * The end of the gate: the working directory left as one plain run leaves it. Run 1's outputs
 * (its metrics file and artifacts) are put back with run 1's bytes; every run keeps its copies in
 * its folder; an input no run's copy replaces holds its bytes from before the gate. Each file is
 * checked by sha256 (a link by its target) once in place.
 */
import * as path from 'node:path'
import { describeError, expectedOf, holds, nodeFileOps, replaceVerified, type FileOps } from './outputs.js'
import type { RunsResult } from './runs.js'
import type { InputFile, WorkspaceFiles } from './types.js'

/**
 * Leaves the working directory as one plain run would, after every run of the gate (repeats and
 * variations). Never throws: what cannot be put back is a warning naming where its copy is kept,
 * and an input that holds neither its original nor run 1's bytes is `unverified`.
 */
export async function leaveWorkspace(
  cwd: string,
  runs: Pick<RunsResult, 'records' | 'files'>,
  ops: FileOps = nodeFileOps
): Promise<WorkspaceFiles> {
  const files = runs.files ?? { inputs: [], reference: [], warnings: [] }
  const warnings = [...files.warnings]
  const inWorkspace: string[] = []
  const placed = new Set<string>()
  for (const ref of files.reference) {
    try {
      await replaceVerified(ops, ref.copy, path.resolve(cwd, ref.rel), ref.expected)
      inWorkspace.push(ref.rel)
      placed.add(ref.rel)
    } catch (err) {
      warnings.push(
        `${ref.rel}: run 1's copy could not be put back in the working directory (${describeError(err)}); it is kept at ${ref.copy}`
      )
    }
  }
  const inputs: InputFile[] = []
  for (const input of files.inputs) {
    if (placed.has(input.path)) {
      inputs.push({ ...input, after: 'run 1' })
      continue
    }
    // No copy of run 1 replaces it (run 1 left it alone, deleted it, or its copy could not be kept):
    // it holds what it held before the gate. A variation run changed it after the repeats' own check.
    const target = path.resolve(cwd, input.path)
    let after: InputFile['after'] = 'before'
    if (!(await holds(target, expectedOf(input)))) {
      try {
        await replaceVerified(ops, input.saved, target, expectedOf(input))
      } catch (err) {
        after = 'unverified'
        warnings.push(
          `${input.path} could not be put back as it was before the gate (${describeError(err)}); its original is kept at ${input.saved}`
        )
      }
    }
    inputs.push({ ...input, after })
  }
  return {
    inWorkspace: inWorkspace.sort(),
    copies: runs.records.map((r) => ({ run: r.index, folder: path.join(r.outputDir, 'files') })),
    inputs,
    warnings: [...new Set(warnings)]
  }
}
