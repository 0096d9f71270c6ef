/**
 * Dependency lockfiles: one parser per format, all behind the same interface, so the
 * snapshot records exactly which package versions an experiment was run with.
 */

export interface PinnedPackage {
  name: string
  version: string
}

/** A dependency named without an exact version, e.g. `{ name: 'numpy', spec: '>=1.2' }`; spec '' when none. */
export interface UnpinnedRequirement {
  name: string
  spec: string
}

export interface ParsedLockfile {
  packages: PinnedPackage[]
  unpinned: UnpinnedRequirement[]
  notes?: string[]
}

export interface LockfileParser {
  /** Stable id shown in reports, e.g. 'npm', 'yarn-v1', 'yarn-berry', 'pnpm', 'pip', 'poetry', 'pipenv', 'uv', 'conda-env', 'conda-explicit', 'conda-lock', 'cargo', 'go', 'bundler', 'renv', 'composer' */
  format: string
  /** True when this parser handles a file with this basename (and, if needed, a peek at its first 4 KiB). */
  matches(fileName: string, head: string): boolean
  /** Pure: text in, packages out. Throws an Error whose message says what is wrong (line number where possible). */
  parse(text: string): ParsedLockfile
}

export interface LockfileRecord {
  /** Relative to the working directory, forward slashes. */
  path: string
  /** parser.format, or 'unknown'. */
  format: string
  sha256: string
  bytes: number
  /** Unique (name, version) pairs. */
  packageCount: number
  /** Sorted by name then version, de-duplicated. */
  packages: PinnedPackage[]
  unpinned: UnpinnedRequirement[]
  /**
   * Python lockfiles only, when the interpreter was probed: pins the interpreter does not have as
   * written (another version, or not installed). Absent when not checked.
   */
  installedMismatches?: { name: string; pinned: string; installed: string | null }[]
  /** Parse failure: recorded, never thrown. */
  error?: string
}
