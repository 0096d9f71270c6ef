import { promises as fs, type Stats } from 'node:fs'
import * as path from 'node:path'
import { fileKind } from '../regular-file.js'

/**
 * Keeps runs independent without destroying anything. Files matched by the metrics path and the
 * artifact globs that exist before run 1 are the experiment's inputs: they are backed up and put
 * back before every later run. Whatever a run creates or changes there is moved into that run's
 * folder before the next run starts, so run 2 can never read run 1's metrics.
 */
export class OutputGuard {
  /** Matched paths that are not regular files (a link to /dev/zero, a FIFO) → why; never read, copied or moved. */
  readonly skipped = new Map<string, string>()

  /** Relative path → backup location and the stat taken right before the current run. */
  private readonly preexisting = new Map<string, { backup: string; before: Stats }>()

  constructor(
    private readonly cwd: string,
    private readonly patterns: { metricsFile: string; artifactGlobs: string[] },
    private readonly runRoot: string
  ) {}

  /** Files currently matched by the metrics path and artifact globs, relative to cwd. */
  async matchedFiles(): Promise<string[]> {
    const found = new Set<string>()
    const metrics = this.relative(this.patterns.metricsFile)
    if (await isFile(path.resolve(this.cwd, metrics))) found.add(metrics)
    if (this.patterns.artifactGlobs.length > 0) {
      // Loaded only when there are artifact globs to expand.
      const { glob } = await import('tinyglobby')
      const matches = await glob(this.patterns.artifactGlobs, {
        cwd: this.cwd,
        dot: true,
        onlyFiles: true,
        expandDirectories: false,
        // The gate's own run folders live here when run locally; never treat them as outputs.
        ignore: ['**/.repro-gate/**', '**/node_modules/**', '.git/**']
      })
      this.skipped.clear()
      for (const m of matches) {
        // The glob lists links to devices and FIFOs; reading, copying or hashing one never ends.
        const stats = await fs.stat(path.resolve(this.cwd, m)).catch(() => null)
        if (stats && !stats.isFile()) this.skipped.set(toPosix(m), `${fileKind(stats)}: only regular files are read`)
        else found.add(toPosix(m))
      }
    }
    return [...found].sort()
  }

  /** Backs up the inputs that exist before run 1. */
  async backUpInputs(): Promise<string[]> {
    const files = await this.matchedFiles()
    for (const rel of files) {
      const backup = path.join(this.runRoot, 'inputs', safeRelative(rel))
      await fs.mkdir(path.dirname(backup), { recursive: true })
      await fs.copyFile(path.resolve(this.cwd, rel), backup)
      this.preexisting.set(rel, { backup, before: await fs.stat(path.resolve(this.cwd, rel)) })
    }
    return files
  }

  /** Puts the inputs back as they were (before every run after the first, and at the end). */
  async restoreInputs(): Promise<void> {
    for (const [rel, entry] of this.preexisting) {
      const target = path.resolve(this.cwd, rel)
      // An input the last run left alone is still the original: no need to copy a big file again.
      const now = await fs.stat(target).catch(() => null)
      if (now && !changed(entry.before, now)) continue
      await fs.mkdir(path.dirname(target), { recursive: true })
      await fs.copyFile(entry.backup, target)
      entry.before = await fs.stat(target)
    }
  }

  /**
   * Moves what the run created or changed into `runDir/files/`. Returns the moved files as
   * relative path → new absolute location. An input the run left untouched stays where it is.
   */
  async collectOutputs(runDir: string): Promise<Map<string, string>> {
    const moved = new Map<string, string>()
    for (const rel of await this.matchedFiles()) {
      const source = path.resolve(this.cwd, rel)
      const input = this.preexisting.get(rel)
      if (input && !changed(input.before, await fs.stat(source))) continue
      const target = path.join(runDir, 'files', safeRelative(rel))
      await fs.mkdir(path.dirname(target), { recursive: true })
      await move(source, target)
      moved.set(rel, target)
    }
    return moved
  }

  /** The path as matched files are keyed: relative to cwd, forward slashes. */
  relative(file: string): string {
    return toPosix(path.relative(this.cwd, path.resolve(this.cwd, file)))
  }
}

function changed(before: Stats, after: Stats): boolean {
  return before.mtimeMs !== after.mtimeMs || before.size !== after.size || before.ino !== after.ino
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile()
  } catch {
    return false
  }
}

async function move(source: string, target: string): Promise<void> {
  try {
    await fs.rename(source, target)
  } catch (err) {
    // RUNNER_TEMP can sit on another device than the workspace.
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err
    await fs.copyFile(source, target)
    await fs.unlink(source)
  }
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
