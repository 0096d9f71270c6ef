import * as fs from 'node:fs'
import * as path from 'node:path'
import { InputError } from '../errors.js'
import type { InputName } from './constants.js'

/**
 * Checks, before anything runs, that `file` (input `name`, given as `raw`) can be written where it
 * will be at the end: not a directory, and in a folder the gate can write (or create). It tries
 * rather than asks (`access` says yes to root even on read-only places): an existing file is opened
 * for writing without truncation, a missing one's nearest existing folder gets an empty probe
 * folder, removed at once. Throws InputError naming the input, what it resolves to and what to do.
 */
export function assertWritableFile(name: InputName, raw: string, file: string): void {
  const where = `${name}: "${raw}" resolves to ${file}`
  const stat = statOrNull(file)
  if (stat) {
    if (stat.isDirectory())
      throw new InputError(`${where}, which is a directory; give a file path such as ${path.join(raw, 'repro-report.json')}`)
    if (!stat.isFile()) throw new InputError(`${where}, which is not a regular file; give the path of a file to (over)write`)
    const why = cannotOpen(file)
    if (why) throw new InputError(`${where}, which exists and cannot be written (${why}); choose another path`)
    return
  }
  // The first existing folder on the way up must be a folder we can create the rest in.
  let dir = path.dirname(file)
  let existing = statOrNull(dir)
  while (!existing && path.dirname(dir) !== dir) {
    dir = path.dirname(dir)
    existing = statOrNull(dir)
  }
  if (existing && !existing.isDirectory()) throw new InputError(`${where}, but ${dir} is a file, not a folder; choose another path`)
  const why = cannotCreateIn(dir)
  if (why) throw new InputError(`${where}, but the folder ${dir} cannot be written (${why}); choose another path`)
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p)
  } catch {
    return null
  }
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM') return `${code}: permission denied`
  if (code === 'EROFS') return 'EROFS: read-only file system'
  return code ?? String(err)
}

/** Null when `file` opens for writing (nothing is changed), else why not. */
function cannotOpen(file: string): string | null {
  try {
    fs.closeSync(fs.openSync(file, 'r+'))
    return null
  } catch (err) {
    return reason(err)
  }
}

/** Null when a folder can be created in `dir` (the probe is removed at once), else why not. */
function cannotCreateIn(dir: string): string | null {
  try {
    fs.rmdirSync(fs.mkdtempSync(path.join(dir, '.repro-gate-probe-')))
    return null
  } catch (err) {
    return reason(err)
  }
}
