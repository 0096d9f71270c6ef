import { promises as fs } from 'node:fs'
import * as path from 'node:path'

/** Folders never copied: version control and the gate's own run folders. */
const SKIPPED_NAMES = new Set(['.git', '.hg', '.svn', '.repro-gate', '__pycache__'])
/** Installed dependencies: linked whole (they are the environment, not the experiment's tree). */
const LINKED_NAMES = new Set(['node_modules', '.venv', 'venv', '.tox'])

/** The default cap on what the `cwd` factor copies; files beyond it are linked, and the report says how many. */
export const DEFAULT_COPY_CAP_BYTES = 256 * 1024 * 1024

export interface CopyResult {
  files: number
  bytes: number
  /** Files linked to the original instead of copied because the cap was reached (relative paths). */
  linked: string[]
  /** Dependency folders (node_modules, .venv) linked whole. */
  linkedDirs: string[]
  linkedBytes: number
}

/**
 * Copies the working directory to `target` for the `cwd` factor. The user's tree is only read.
 * `.git`, the gate's own folders and `exclude` (the run folders when they sit inside the tree) are
 * left out; dependency folders (node_modules, .venv) are linked whole; once `capBytes` are copied,
 * further files are symbolic links to the originals.
 */
export async function copyWorkingDirectory(
  source: string,
  target: string,
  options: { capBytes?: number; exclude?: string[] } = {}
): Promise<CopyResult> {
  const cap = options.capBytes ?? DEFAULT_COPY_CAP_BYTES
  const exclude = new Set((options.exclude ?? []).map((p) => path.resolve(p)))
  const result: CopyResult = { files: 0, bytes: 0, linked: [], linkedDirs: [], linkedBytes: 0 }
  await fs.rm(target, { recursive: true, force: true })
  async function walk(from: string, to: string): Promise<void> {
    await fs.mkdir(to, { recursive: true })
    for (const entry of await fs.readdir(from, { withFileTypes: true })) {
      const src = path.join(from, entry.name)
      const dst = path.join(to, entry.name)
      if (SKIPPED_NAMES.has(entry.name) || exclude.has(src) || src === path.resolve(target)) continue
      if (entry.isDirectory() && LINKED_NAMES.has(entry.name)) {
        await fs.symlink(src, dst)
        result.linkedDirs.push(path.relative(source, src).split(path.sep).join('/'))
      } else if (entry.isDirectory()) await walk(src, dst)
      else if (entry.isSymbolicLink()) await fs.symlink(await fs.readlink(src), dst)
      else if (entry.isFile()) {
        const { size, mode } = await fs.stat(src)
        if (result.bytes + size > cap) {
          await fs.symlink(src, dst)
          result.linked.push(path.relative(source, src).split(path.sep).join('/'))
          result.linkedBytes += size
        } else {
          await fs.copyFile(src, dst)
          await fs.chmod(dst, mode)
          result.files++
          result.bytes += size
        }
      }
    }
  }
  await walk(path.resolve(source), target)
  return result
}

/**
 * A path for the copy under `base` that is longer than `original` (paths that are printed,
 * hashed or used as buffer sizes change with it), ending in the original folder's name.
 */
export function longerPath(base: string, original: string): string {
  let dir = path.join(base, 'cwd-varied')
  const name = path.basename(original) || 'work'
  while (path.join(dir, name).length <= original.length) dir = path.join(dir, 'longer-path')
  return path.join(dir, name)
}
