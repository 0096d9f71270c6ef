/**
 * Offline checks of a repro-gate statement: do the files match the subjects' sha256 digests, and
 * does the statement say the run was reproducible? No signature is checked here; that is
 * `gh attestation verify`'s job (it needs the network or a trusted root).
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import { hashFile } from '../hash.js'
import type { ReadStatement } from './read.js'
import { PredicateType } from './types.js'

export type FileStatus = 'match' | 'mismatch' | 'missing' | 'unlisted'

export interface FileCheck {
  /** The file as given, or the subject's name when checking every subject. */
  file: string
  status: FileStatus
  /** The subject it matched or was compared with. */
  subject: string | null
  expected: string | null
  actual: string | null
}

export interface StatementCheck {
  statement: ReadStatement
  /** The reproducible predicate type, and a predicate whose verdict is reproducible. */
  reproducible: boolean
  verdict: string | null
  files: FileCheck[]
  ok: boolean
}

/** Hashes each file once, however many statements it is checked against. */
export class DigestCache {
  private readonly digests = new Map<string, Promise<string | null>>()

  /** sha256 of the file, or null when it does not exist. Other read errors throw. */
  sha256(file: string): Promise<string | null> {
    const key = path.resolve(file)
    let digest = this.digests.get(key)
    if (!digest) {
      digest = hashFile(key).then(
        (h) => h.sha256,
        (err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT') return null
          throw new Error(`${file}: cannot read (${err.code ?? err.message})`)
        }
      )
      this.digests.set(key, digest)
    }
    return digest
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/')
}

/** Checks files given on the command line: each must have the digest of some subject. */
async function checkGivenFiles(statement: ReadStatement, files: string[], cwd: string, cache: DigestCache): Promise<FileCheck[]> {
  const checks: FileCheck[] = []
  for (const file of files) {
    const actual = await cache.sha256(path.resolve(cwd, file))
    if (actual === null) {
      checks.push({ file, status: 'missing', subject: null, expected: null, actual: null })
      continue
    }
    const rel = toPosix(path.relative(cwd, path.resolve(cwd, file)))
    const sameDigest = statement.subject.filter((s) => s.digest.sha256 === actual)
    if (sameDigest.length > 0) {
      const named = sameDigest.find((s) => s.name === rel) ?? sameDigest[0]
      checks.push({ file, status: 'match', subject: named.name, expected: actual, actual })
      continue
    }
    // No subject has its digest: name the subject it was meant to be, when one has its path or name.
    const sameName =
      statement.subject.find((s) => s.name === rel) ?? statement.subject.find((s) => path.posix.basename(s.name) === path.basename(file))
    checks.push({
      file,
      status: sameName ? 'mismatch' : 'unlisted',
      subject: sameName?.name ?? null,
      expected: sameName?.digest.sha256 ?? null,
      actual
    })
  }
  return checks
}

/** Checks every subject against the file of that name under cwd, like `sha256sum -c`. */
async function checkSubjects(statement: ReadStatement, cwd: string, cache: DigestCache): Promise<FileCheck[]> {
  const checks: FileCheck[] = []
  for (const s of statement.subject) {
    const expected = s.digest.sha256 ?? null
    const actual = await cache.sha256(path.resolve(cwd, s.name))
    const status: FileStatus = actual === null ? 'missing' : actual === expected ? 'match' : 'mismatch'
    checks.push({ file: s.name, status, subject: s.name, expected, actual })
  }
  return checks
}

/**
 * Checks one statement: with files, each file against the subjects' digests; without, every
 * subject against the file of its name under cwd. OK when all match and the run was reproducible.
 */
export async function checkStatement(
  statement: ReadStatement,
  files: string[],
  cwd: string,
  cache = new DigestCache()
): Promise<StatementCheck> {
  const verdict = typeof statement.predicate.verdict === 'string' ? statement.predicate.verdict : null
  const reproducible = statement.predicateType === PredicateType.Reproducible && verdict === 'reproducible'
  const checks = files.length > 0 ? await checkGivenFiles(statement, files, cwd, cache) : await checkSubjects(statement, cwd, cache)
  return {
    statement,
    reproducible,
    verdict,
    files: checks,
    ok: reproducible && checks.length > 0 && checks.every((c) => c.status === 'match')
  }
}

/** Whether a path names an existing regular file (for the CLI's up-front argument check). */
export async function isRegularFile(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (s) => s.isFile(),
    () => false
  )
}
