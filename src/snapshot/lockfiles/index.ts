import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { baseName, sortPackages } from './common.js'
import { findParser } from './registry.js'
import type { LockfileRecord } from './types.js'
import { hashFile } from '../../hash.js'
import { openRegularFile, readRegularFile, SkippedFileError } from '../../regular-file.js'
import { errorMessage } from '../../errors.js'

export type { LockfileParser, LockfileRecord, ParsedLockfile, PinnedPackage, UnpinnedRequirement } from './types.js'
export { findParser, LOCKFILE_PARSERS, parserForFormat } from './registry.js'

const HEAD_BYTES = 4096

/** Parsers read a lockfile whole into memory: a bigger one is hashed (streaming) but not parsed. */
export const LOCKFILE_MAX_BYTES = 64 * 1024 * 1024

/**
 * Folders the walk never enters: installed packages, virtualenvs, tool caches, and the gate's own
 * run folders (`.repro-gate/`), whose copies of outputs are not the project's lockfiles.
 */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.venv', 'venv', 'env', '__pycache__', '.tox', 'site-packages', '.repro-gate'])

/**
 * Tracked files are the project's own, so only installed-package trees are dropped from them
 * (a committed `env/environment.yml` is a real lockfile; a vendored node_modules is not).
 */
const INSTALLED_PACKAGE_FOLDERS = new Set(['node_modules', 'site-packages'])

/** The gate's own run folders (local runs keep outputs there): never inputs. */
export const GATE_RUN_FOLDERS = '**/.repro-gate/**'

const WALK_MAX_DEPTH = 6
const WALK_MAX_ENTRIES = 5000
const WALK_TIME_LIMIT_MS = 2000

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

function relativeTo(workingDirectory: string, p: string): string {
  return toPosix(path.isAbsolute(p) ? path.relative(workingDirectory, p) : path.normalize(p))
}

/** Reads, hashes (sha256 of the bytes) and parses each lockfile. A file that fails to parse gets `error` set and packages []. */
export async function readLockfiles(workingDirectory: string, relativePaths: string[]): Promise<LockfileRecord[]> {
  return Promise.all(relativePaths.map((p) => readLockfile(workingDirectory, relativeTo(workingDirectory, p))))
}

async function readLockfile(workingDirectory: string, relative: string): Promise<LockfileRecord> {
  const record: LockfileRecord = {
    path: relative,
    format: 'unknown',
    sha256: '',
    bytes: 0,
    packageCount: 0,
    packages: [],
    unpinned: []
  }
  const file = path.resolve(workingDirectory, relative)
  let bytes: Buffer
  try {
    bytes = await readRegularFile(file, LOCKFILE_MAX_BYTES)
  } catch (error) {
    if (!(error instanceof SkippedFileError)) {
      record.error = `cannot read: ${(error as Error).message}`
      return record
    }
    record.error = `skipped: ${error.message}`
    // Too big to parse, but still a regular file: its hash still tells two environments apart.
    if (error.message.includes('read limit')) {
      Object.assign(record, await hashFile(file).catch(() => ({})))
      record.error = `not parsed: ${error.message}`
    }
    return record
  }
  record.sha256 = createHash('sha256').update(bytes).digest('hex')
  record.bytes = bytes.length
  const parser = findParser(relative, bytes.subarray(0, HEAD_BYTES).toString('utf8'))
  if (parser === undefined) {
    record.error = `no lockfile parser handles '${baseName(relative)}'`
    return record
  }
  record.format = parser.format
  try {
    const parsed = parser.parse(bytes.toString('utf8'))
    // Parsers already de-duplicate; doing it here keeps the record's promise for any parser.
    const unique = new Map(parsed.packages.map((p) => [`${p.name}\u0000${p.version}`, p]))
    record.packages = sortPackages([...unique.values()])
    record.packageCount = record.packages.length
    record.unpinned = parsed.unpinned
  } catch (error) {
    record.error = errorMessage(error)
  }
  return record
}

/**
 * Reads at most the first 4 KiB of a file; undefined when it cannot be read (a folder, a broken
 * link), '' when it is not a regular file (a link to /dev/zero: its name decides, and reading it
 * later records why it was skipped).
 */
async function readHead(file: string): Promise<string | undefined> {
  let handle
  try {
    handle = (await openRegularFile(file)).handle
    const buffer = Buffer.alloc(HEAD_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } catch (error) {
    return error instanceof SkippedFileError && !error.message.startsWith('a directory') ? '' : undefined
  } finally {
    await handle?.close()
  }
}

/**
 * Keeps the paths some parser matches. The head is read only where a name alone cannot decide
 * (`yarn.lock` classic vs Berry, `@EXPLICIT` in `.lock`/`.txt`), a few files at a time.
 */
async function keepLockfiles(dir: string, candidates: string[], skipFolders: ReadonlySet<string>): Promise<string[]> {
  const found: string[] = []
  const needHead: string[] = []
  for (const rel of candidates) {
    if (rel.split('/').some((part) => skipFolders.has(part))) continue
    const base = baseName(rel)
    if (base === 'yarn.lock' || /\.(lock|txt)$/.test(base)) needHead.push(rel)
    else if (findParser(rel, '') !== undefined) found.push(rel)
  }
  const CONCURRENCY = 16
  for (let i = 0; i < needHead.length; i += CONCURRENCY) {
    const batch = needHead.slice(i, i + CONCURRENCY)
    const heads = await Promise.all(batch.map((rel) => readHead(path.join(dir, rel))))
    batch.forEach((rel, j) => {
      const head = heads[j]
      if (head !== undefined && findParser(rel, head) !== undefined) found.push(rel)
    })
  }
  return found.sort()
}

function gitLsFiles(dir: string): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['ls-files', '-z'], { cwd: dir, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
      resolve(error ? undefined : stdout.split('\0').filter((p) => p !== ''))
    })
  })
}

/** Bounded breadth-first walk: depth, entry count and time are all capped so a data folder cannot stall the snapshot. */
async function walk(dir: string): Promise<string[]> {
  const files: string[] = []
  const deadline = Date.now() + WALK_TIME_LIMIT_MS
  let entriesSeen = 0
  let queue: { rel: string; depth: number }[] = [{ rel: '', depth: 0 }]
  while (queue.length > 0) {
    const next: { rel: string; depth: number }[] = []
    for (const { rel, depth } of queue) {
      if (entriesSeen >= WALK_MAX_ENTRIES || Date.now() > deadline) return files
      let entries
      try {
        entries = await readdir(path.join(dir, rel), { withFileTypes: true })
      } catch {
        continue
      }
      // A virtualenv may have any name; pyvenv.cfg at its root gives it away.
      if (rel !== '' && entries.some((e) => e.name === 'pyvenv.cfg' && e.isFile())) continue
      // Sorted so that which files the caps cut off does not depend on the file system's order.
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      for (const entry of entries) {
        if (++entriesSeen > WALK_MAX_ENTRIES) return files
        const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`
        if (entry.isFile()) files.push(childRel)
        else if (entry.isDirectory() && depth < WALK_MAX_DEPTH && !SKIPPED_FOLDERS.has(entry.name)) {
          next.push({ rel: childRel, depth: depth + 1 })
        }
      }
    }
    queue = next
  }
  return files
}

/** Auto-detects lockfiles under dir: inside a git repository use `git ls-files -z` (cwd=dir; so data folders are never walked), otherwise a bounded walk (max depth 6, max 5000 entries, ~2 s time limit) that skips node_modules, .git, .venv, venv, env, __pycache__, .tox, site-packages, and any folder containing pyvenv.cfg. Returns relative paths, sorted, of files some parser matches (tracked files under node_modules/ or site-packages/ are dropped too). */
export async function detectLockfiles(dir: string): Promise<string[]> {
  const tracked = await gitLsFiles(dir)
  if (tracked !== undefined) return keepLockfiles(dir, tracked, INSTALLED_PACKAGE_FOLDERS)
  return keepLockfiles(dir, await walk(dir), SKIPPED_FOLDERS)
}

/** Expands user globs (tinyglobby, cwd=dir, dot files allowed, never following into node_modules unless the glob says so) to relative paths. */
export async function expandLockfileGlobs(dir: string, globs: string[]): Promise<string[]> {
  const negated = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1))
  const positive = globs.filter((g) => !g.startsWith('!') && g.trim() !== '')
  const intoNodeModules = positive.filter((g) => g.includes('node_modules'))
  const elsewhere = positive.filter((g) => !g.includes('node_modules'))
  const options = { cwd: dir, dot: true, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false }
  const results = await Promise.all([
    elsewhere.length > 0 ? glob(elsewhere, { ...options, ignore: ['**/node_modules/**', GATE_RUN_FOLDERS, ...negated] }) : [],
    intoNodeModules.length > 0 ? glob(intoNodeModules, { ...options, ignore: [GATE_RUN_FOLDERS, ...negated] }) : []
  ])
  return [...new Set(results.flat().map(toPosix))].sort()
}
