import { randomBytes } from 'node:crypto'
import { constants, readdir, promises as fs, type Dirent, type Stats } from 'node:fs'
import * as path from 'node:path'
import { hashFile } from '../hash.js'
import { errorMessage } from '../errors.js'
import { fileKind } from '../regular-file.js'
import type { InputFile } from './types.js'

/**
 * The writes the runs stage makes to files: Node's own, or in a test one that fails on purpose (a
 * full disk) at the step under test.
 */
export interface FileOps {
  copyFile(source: string, target: string, mode?: number): Promise<void>
  rename(from: string, to: string): Promise<void>
  symlink(linkTarget: string, file: string): Promise<void>
}

export const nodeFileOps: FileOps = {
  copyFile: (source, target, mode) => fs.copyFile(source, target, mode),
  rename: (from, to) => fs.rename(from, to),
  symlink: (linkTarget, file) => fs.symlink(linkTarget, file)
}

/** A file a run created or changed, and where it is now. */
export interface CollectedFile {
  /** Relative to the working directory, forward slashes. */
  rel: string
  /** A symbolic link is moved as a link: never followed, read or hashed. */
  kind: 'file' | 'link'
  /** Its copy in the run's folder, or where the run left it when it could not be moved (`kept` false). */
  location: string
  kept: boolean
  /** A link's target, as readlink gives it. */
  link?: string
}

/** Run 1's copy of one of its outputs: put back in the working directory when the gate ends. */
export interface ReferenceFile {
  rel: string
  copy: string
  /** What must arrive: a regular file's sha256 as recorded for run 1, or a link's target. */
  expected: Expected
}

/** What a put-back file must hold to count as put back. */
export type Expected = { sha256: string } | { link: string }

/** An input as the guard tracks it: the report's record, and the lstat of what the working directory holds. */
interface TrackedInput extends InputFile {
  stats: Stats
}

/** A path matched by the metrics path or an artifact glob, as lstat sees it (never through a link). */
interface Matched {
  rel: string
  kind: 'file' | 'link'
  stats: Stats
}

/**
 * Keeps runs independent without destroying anything. Files matched by the metrics path and the
 * artifact globs that exist before run 1 are the experiment's inputs: a copy is saved (checked by
 * sha256) and they are put back before every later run and when the runs end, whatever failed.
 * Whatever a run creates or changes there is moved into that run's folder before the next run
 * starts, so run 2 can never read run 1's metrics. Symbolic links are moved as links, never
 * followed; a file that cannot be moved is a warning for that file, never the end of the gate.
 */
export class OutputGuard {
  /** Matched paths that are neither regular files nor links (a FIFO, a device) → why; never read, copied or moved. */
  readonly skipped = new Map<string, string>()
  /** One line per file that could not be moved or put back. */
  readonly warnings: string[] = []

  private readonly inputs = new Map<string, TrackedInput>()
  /** Outputs that could not be moved, as the run left them: a later run that leaves them alone did not write them. */
  private readonly leftBehind = new Map<string, Stats>()

  constructor(
    private readonly cwd: string,
    private readonly patterns: { metricsFile: string; artifactGlobs: string[] },
    private readonly runRoot: string,
    private readonly ops: FileOps = nodeFileOps
  ) {}

  /** Files and links currently matched by the metrics path and artifact globs, relative to cwd, sorted. */
  async matchedFiles(): Promise<string[]> {
    return (await this.matched()).map((m) => m.rel)
  }

  private async matched(): Promise<Matched[]> {
    const found = new Map<string, Matched>()
    this.skipped.clear()
    const consider = async (rel: string): Promise<void> => {
      const stats = await fs.lstat(path.resolve(this.cwd, rel)).catch(() => null)
      if (!stats || stats.isDirectory()) return
      if (stats.isFile()) found.set(rel, { rel, kind: 'file', stats })
      else if (stats.isSymbolicLink()) found.set(rel, { rel, kind: 'link', stats })
      else this.skipped.set(rel, `${fileKind(stats)}: only regular files are read`)
    }
    const metrics = this.relative(this.patterns.metricsFile)
    await consider(metrics)
    // The metrics path is an output even when it is a FIFO: only the globs' skips are listed as artifacts.
    this.skipped.delete(metrics)
    if (this.patterns.artifactGlobs.length > 0) {
      // Loaded only when there are artifact globs to expand.
      const { glob, escapePath } = await import('tinyglobby')
      const runRoot = this.relative(this.runRoot)
      const matches = await glob(this.patterns.artifactGlobs, {
        cwd: this.cwd,
        dot: true,
        onlyFiles: true,
        expandDirectories: false,
        followSymbolicLinks: false,
        fs: { readdir: listWithoutFollowing as unknown as typeof readdir },
        // The gate's own run folders live here when run locally; never treat them as outputs.
        ignore: [
          '**/.repro-gate/**',
          '**/node_modules/**',
          '.git/**',
          ...(runRoot.startsWith('..') || path.isAbsolute(runRoot) ? [] : [`${escapePath(runRoot)}/**`])
        ]
      })
      for (const m of matches) await consider(toPosix(m))
    }
    return [...found.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))
  }

  /**
   * Saves a checked copy of every input that exists before run 1. Throws, naming the file, when one
   * cannot be saved (a full RUNNER_TEMP): no run has started then, so nothing is changed without a copy.
   */
  async backUpInputs(): Promise<InputFile[]> {
    for (const m of await this.matched()) {
      const source = path.resolve(this.cwd, m.rel)
      const saved = path.join(this.runRoot, 'inputs', safeRelative(m.rel))
      try {
        await fs.mkdir(path.dirname(saved), { recursive: true })
        if (m.kind === 'link') {
          const link = await fs.readlink(source)
          await this.ops.symlink(link, saved)
          this.inputs.set(m.rel, { path: m.rel, sha256: '', bytes: 0, link, saved, after: 'before', stats: m.stats })
        } else {
          const before = await hashFile(source)
          await this.ops.copyFile(source, saved, COPY_NEW)
          const copy = await hashFile(saved)
          if (copy.sha256 !== before.sha256) throw new Error(`the copy's sha256 is ${copy.sha256}, the file's ${before.sha256}`)
          this.inputs.set(m.rel, { path: m.rel, ...before, saved, after: 'before', stats: m.stats })
        }
      } catch (err) {
        await fs.rm(saved, { force: true }).catch(() => undefined)
        throw new Error(
          `${m.rel} exists before run 1 and its copy could not be saved to ${saved} (${describeError(err)}); ` +
            'no run was started, so it is unchanged. Free space there or narrow the artifacts globs to what the runs write.'
        )
      }
    }
    return this.savedInputs()
  }

  /** The inputs saved before run 1 (what the working directory holds is settled at the end of the gate). */
  savedInputs(): InputFile[] {
    return [...this.inputs.values()].map(({ stats: _stats, ...input }) => input)
  }

  /**
   * Puts every input back as it was before run 1 (before every run after the first, and when the
   * runs end), each checked against its sha256. Never throws: returns one line per input that could
   * not be put back, naming where its original is kept.
   */
  async restoreInputs(): Promise<string[]> {
    const problems: string[] = []
    for (const input of this.inputs.values()) {
      const target = path.resolve(this.cwd, input.path)
      // An input the last run left alone (same inode, size, mtime and ctime) is still the original.
      const now = await fs.lstat(target).catch(() => null)
      if (now && !changed(input.stats, now)) continue
      try {
        await replaceVerified(this.ops, input.saved, target, expectedOf(input))
        input.stats = await fs.lstat(target)
      } catch (err) {
        problems.push(
          `${input.path} could not be put back as it was before run 1 (${describeError(err)}); its original is kept at ${input.saved}`
        )
      }
    }
    return problems
  }

  /**
   * Moves what the run created or changed into `runDir/files/`. An input the run left untouched
   * stays where it is. A file that cannot be moved stays where the run left it, with a warning.
   */
  async collectOutputs(runDir: string, label: string): Promise<CollectedFile[]> {
    const collected: CollectedFile[] = []
    for (const m of await this.matched()) {
      const input = this.inputs.get(m.rel)
      if (input && !changed(input.stats, m.stats)) continue
      const left = this.leftBehind.get(m.rel)
      if (left && !changed(left, m.stats)) continue
      const source = path.resolve(this.cwd, m.rel)
      const target = path.join(runDir, 'files', safeRelative(m.rel))
      let link: string | undefined
      try {
        if (m.kind === 'link') link = await fs.readlink(source)
        await fs.mkdir(path.dirname(target), { recursive: true })
        await this.move(source, target, link)
        this.leftBehind.delete(m.rel)
        collected.push({ rel: m.rel, kind: m.kind, location: target, kept: true, ...(link === undefined ? {} : { link }) })
      } catch (err) {
        this.warnings.push(
          `${label}: ${m.rel} could not be moved to ${target} (${describeError(err)}); it was compared where the run left it` +
            (input ? ', and is put back as it was before run 1' : '')
        )
        if (!input) this.leftBehind.set(m.rel, (await fs.lstat(source).catch(() => null)) ?? m.stats)
        collected.push({ rel: m.rel, kind: m.kind, location: source, kept: false, ...(link === undefined ? {} : { link }) })
      }
    }
    return collected
  }

  /** A rename; across devices (RUNNER_TEMP on another disk) a copy then an unlink, a link copied as a link. */
  private async move(source: string, target: string, link: string | undefined): Promise<void> {
    try {
      await this.ops.rename(source, target)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err
      try {
        if (link !== undefined) await this.ops.symlink(link, target)
        else await this.ops.copyFile(source, target, COPY_NEW)
        await fs.unlink(source)
      } catch (copyErr) {
        // Half a copy is no copy: the file stays where the run left it.
        await fs.rm(target, { force: true }).catch(() => undefined)
        throw copyErr
      }
    }
  }

  /** The path as matched files are keyed: relative to cwd, forward slashes. */
  relative(file: string): string {
    return toPosix(path.relative(this.cwd, path.resolve(this.cwd, file)))
  }
}

/** Never overwrite (the target is new), and share blocks where the file system can (btrfs, XFS, APFS). */
const COPY_NEW = constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE

/** What an input must hold to be the original. */
export function expectedOf(input: Pick<InputFile, 'sha256' | 'link'>): Expected {
  return input.link !== undefined ? { link: input.link } : { sha256: input.sha256 }
}

/** Whether `file` holds what is expected: the same sha256, or a link to the same target (not followed). */
export async function holds(file: string, expected: Expected): Promise<boolean> {
  try {
    if ('link' in expected) return (await fs.readlink(file)) === expected.link
    if (!(await fs.lstat(file)).isFile()) return false
    return (await hashFile(file)).sha256 === expected.sha256
  } catch {
    return false
  }
}

/**
 * Replaces `target` with a copy of `source` (or a link, as expected) and checks it: the copy is made
 * beside the target under a fresh name, its sha256 compared with the expected one, and only then
 * renamed over the target. A failure at any step leaves the target as it was, never half-written,
 * and never writes through a link planted at the target; the error says what failed.
 */
export async function replaceVerified(ops: FileOps, source: string, target: string, expected: Expected): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true })
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.repro-gate-${randomBytes(4).toString('hex')}`)
  try {
    if ('link' in expected) {
      await ops.symlink(expected.link, temp)
      const made = await fs.readlink(temp)
      if (made !== expected.link) throw new Error(`the link made points to ${made}, not ${expected.link}`)
    } else {
      await ops.copyFile(source, temp, COPY_NEW)
      const { sha256 } = await hashFile(temp)
      if (sha256 !== expected.sha256) throw new Error(`the copy's sha256 is ${sha256}, not the recorded ${expected.sha256}`)
    }
    await ops.rename(temp, target)
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw err
  }
}

/** An error in a few words: the errno code and message when there is one (ENOSPC says "no space left on device"). */
export function describeError(err: unknown): string {
  // Node's own errors may come from another realm (a vm context) and fail `instanceof Error`.
  const message = typeof (err as { message?: unknown })?.message === 'string' ? (err as { message: string }).message : errorMessage(err)
  return message.replace(/\s+/g, ' ')
}

/**
 * tinyglobby either follows symbolic links (into a link to `/` under `**`, or to `/dev/zero`) or,
 * told not to, drops them. Its walker is given a readdir that shows every entry but a directory as
 * a file, so links, FIFOs and devices are listed and never entered; lstat then says what each is.
 */
function listWithoutFollowing(
  dir: string,
  _options: unknown,
  callback: (err: NodeJS.ErrnoException | null, entries: Pick<Dirent, 'name' | 'isFile' | 'isDirectory' | 'isSymbolicLink'>[]) => void
): void {
  readdir(dir, { withFileTypes: true }, (err, entries) => {
    callback(
      err,
      (entries ?? []).map((e) => {
        const isDirectory = e.isDirectory()
        return { name: e.name, isFile: () => !isDirectory, isDirectory: () => isDirectory, isSymbolicLink: () => false }
      })
    )
  })
}

function changed(before: Stats, after: Stats): boolean {
  return (
    before.mtimeMs !== after.mtimeMs ||
    before.ctimeMs !== after.ctimeMs ||
    before.size !== after.size ||
    before.ino !== after.ino ||
    before.isSymbolicLink() !== after.isSymbolicLink()
  )
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

/** Keeps files from outside the working directory (`../x`, absolute paths) inside the run folder. */
function safeRelative(rel: string): string {
  return rel
    .split('/')
    .map((seg) => (seg === '..' ? '_up_' : seg))
    .join(path.sep)
    .replace(/^([A-Za-z]):/, '$1_')
}
