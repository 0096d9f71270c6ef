/**
 * Dependency lockfiles: one parser per format, all behind the same interface, so the
 * snapshot records exactly which package versions an experiment was run with.
 */
import { closed, countOf, nullable, published, Type, type Static } from '../../json-schema.js'

export const pinnedPackageSchema = closed({ name: Type.String(), version: Type.String() })
export type PinnedPackage = Static<typeof pinnedPackageSchema>

/** A dependency named without an exact version, e.g. `{ name: 'numpy', spec: '>=1.2' }`; spec '' when none. */
export const unpinnedRequirementSchema = closed({ name: Type.String(), spec: Type.String() })
export type UnpinnedRequirement = Static<typeof unpinnedRequirementSchema>

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

export const lockfileRecordSchema = closed({
  /** Relative to the working directory, forward slashes. */
  path: Type.String(),
  /** parser.format, or 'unknown'. */
  format: Type.String(),
  /** Empty when the file could not be read (then `error` says why). */
  sha256: Type.String({ pattern: '^([0-9a-f]{64})?$' }),
  bytes: countOf(),
  /** Unique (name, version) pairs. */
  packageCount: countOf(),
  /** Sorted by name then version, de-duplicated. */
  packages: Type.Array(pinnedPackageSchema),
  unpinned: Type.Array(unpinnedRequirementSchema),
  /**
   * Python lockfiles only, when the interpreter was probed: pins the interpreter does not have as
   * written (another version, or not installed). Absent when not checked.
   */
  installedMismatches: Type.Optional(
    Type.Array(closed({ name: Type.String(), pinned: Type.String(), installed: nullable(Type.String()) }))
  ),
  /** Parse failure: recorded, never thrown. */
  error: Type.Optional(Type.String())
})
export type LockfileRecord = Static<typeof lockfileRecordSchema>

/** The report's `lockfiles` section; also a schema of its own (`$id`). */
export const lockfilesSchema = published(Type.Array(lockfileRecordSchema), {
  $id: 'https://repro-gate.dev/schema/lockfiles.json',
  title: 'repro-gate dependency lockfiles'
})
