import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { detectLockfiles, expandLockfileGlobs, readLockfiles } from '../../../src/snapshot/lockfiles/index.js'

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/lockfiles')
const tempDirs: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'repro-gate-lockfiles-'))
  tempDirs.push(dir)
  return dir
}

function put(root: string, relative: string, content: string): void {
  const file = path.join(root, relative)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}

function fixture(relative: string): string {
  return readFileSync(path.join(fixtures, relative), 'utf8')
}

// Keeps git from finding a repository above the temp folders (e.g. when TMPDIR is inside one).
const savedCeiling = process.env.GIT_CEILING_DIRECTORIES
beforeAll(() => {
  process.env.GIT_CEILING_DIRECTORIES = os.tmpdir()
})
afterAll(() => {
  if (savedCeiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES
  else process.env.GIT_CEILING_DIRECTORIES = savedCeiling
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

describe('inside a git repository', () => {
  let repo: string
  const tracked = [
    'package-lock.json',
    'apps/web/yarn.lock',
    'services/api/requirements.txt',
    'services/api/requirements/dev.txt',
    'envs/conda-linux-64.lock',
    'envs/other.lock',
    'docs/notes.txt',
    'broken/poetry.lock',
    'env/environment.yml',
    'vendor/node_modules/left-pad/package-lock.json'
  ]

  beforeAll(() => {
    repo = tempDir()
    put(repo, 'package-lock.json', fixture('npm-v3/package-lock.json'))
    put(repo, 'apps/web/yarn.lock', fixture('yarn-classic/yarn.lock'))
    put(repo, 'services/api/requirements.txt', fixture('pip/requirements.txt'))
    put(repo, 'services/api/requirements/dev.txt', fixture('pip/requirements/dev.txt'))
    put(repo, 'envs/conda-linux-64.lock', fixture('conda-explicit/conda-linux-64.lock'))
    put(repo, 'envs/other.lock', 'not a lockfile any parser knows\n')
    put(repo, 'docs/notes.txt', 'hello\n')
    put(repo, 'broken/poetry.lock', fixture('malformed/poetry.lock'))
    put(repo, 'env/environment.yml', fixture('conda-env/environment.yml'))
    put(repo, 'vendor/node_modules/left-pad/package-lock.json', fixture('npm-v1/package-lock.json'))
    // Untracked: a data folder and installed packages must never be reported.
    put(repo, 'data/requirements.txt', 'numpy==1.26.4\n')
    put(repo, 'data/deep/go.sum', fixture('go/go.sum'))
    put(repo, 'node_modules/left-pad/package-lock.json', fixture('npm-v1/package-lock.json'))
    execFileSync('git', ['init', '-q'], { cwd: repo })
    execFileSync('git', ['add', '--', ...tracked], { cwd: repo })
  })

  test('only tracked files that some parser matches are found; committed node_modules dropped', async () => {
    await expect(detectLockfiles(repo)).resolves.toEqual([
      'apps/web/yarn.lock',
      'broken/poetry.lock',
      'env/environment.yml',
      'envs/conda-linux-64.lock',
      'package-lock.json',
      'services/api/requirements.txt',
      'services/api/requirements/dev.txt'
    ])
  })

  test('paths are relative to a subfolder when detection starts there', async () => {
    await expect(detectLockfiles(path.join(repo, 'services'))).resolves.toEqual(['api/requirements.txt', 'api/requirements/dev.txt'])
  })

  test('readLockfiles hashes, parses and records failures without throwing', async () => {
    const records = await readLockfiles(repo, [
      'package-lock.json',
      path.join(repo, 'apps', 'web', 'yarn.lock'),
      'broken/poetry.lock',
      'missing/uv.lock',
      'docs/notes.txt'
    ])
    expect(records.map((r) => [r.path, r.format])).toEqual([
      ['package-lock.json', 'npm'],
      ['apps/web/yarn.lock', 'yarn-v1'],
      ['broken/poetry.lock', 'poetry'],
      ['missing/uv.lock', 'unknown'],
      ['docs/notes.txt', 'unknown']
    ])
    const [npm, yarn, broken, missing, notes] = records
    const bytes = readFileSync(path.join(repo, 'package-lock.json'))
    expect(npm.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(npm.bytes).toBe(bytes.length)
    expect(npm.packageCount).toBe(5)
    expect(npm.packages[0]).toEqual({ name: '@babel/code-frame', version: '7.27.1' })
    expect(npm.error).toBeUndefined()
    expect(yarn.packageCount).toBe(4)
    expect(broken.error).toMatch(/poetry\.lock is not valid TOML/)
    expect(broken.packages).toEqual([])
    expect(broken.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(missing.error).toMatch(/cannot read/)
    expect(notes.error).toMatch(/no lockfile parser/)
  })

  test('readLockfiles keeps unpinned requirements', async () => {
    const [record] = await readLockfiles(repo, ['services/api/requirements.txt'])
    expect(record.format).toBe('pip')
    expect(record.packageCount).toBe(5)
    expect(record.unpinned).toContainEqual({ name: 'numpy', spec: '>=1.2' })
  })
})

describe('outside a git repository', () => {
  let dir: string

  beforeAll(() => {
    dir = tempDir()
    put(dir, 'package-lock.json', fixture('npm-v3/package-lock.json'))
    put(dir, 'node_modules/x/package-lock.json', fixture('npm-v1/package-lock.json'))
    put(dir, '.venv/lib/python3.12/site-packages/pkg/requirements.txt', 'a==1\n')
    put(dir, 'venv/requirements.txt', 'a==1\n')
    put(dir, 'myenv/pyvenv.cfg', 'home = /usr/bin\n')
    put(dir, 'myenv/requirements.txt', 'a==1\n')
    put(dir, '__pycache__/requirements.txt', 'a==1\n')
    put(dir, '.tox/py312/requirements.txt', 'a==1\n')
    put(dir, 'lib/site-packages/requirements.txt', 'a==1\n')
    // The gate's own run folders hold copies of outputs, never the project's lockfiles.
    put(dir, '.repro-gate/runs/1/run-1/files/requirements.txt', 'a==1\n')
    put(dir, 'train/requirements.txt', 'torch==2.2.1\n')
    put(dir, 'a/b/c/d/e/f/Cargo.lock', fixture('cargo/Cargo.lock'))
    put(dir, 'a/b/c/d/e/f/g/go.sum', fixture('go/go.sum'))
  })

  test('virtualenvs, node_modules and tool folders are skipped; depth is bounded at 6 folders', async () => {
    await expect(detectLockfiles(dir)).resolves.toEqual(['a/b/c/d/e/f/Cargo.lock', 'package-lock.json', 'train/requirements.txt'])
  })

  test('the walk stops after 5000 entries', async () => {
    const big = tempDir()
    // Breadth-first in name order: data/ (opened before zzz/) uses up the budget, so zzz/ is never read.
    mkdirSync(path.join(big, 'data'))
    for (let i = 0; i < 4999; i++) writeFileSync(path.join(big, 'data', `f${i}.dat`), '')
    put(big, 'zzz/package-lock.json', fixture('npm-v3/package-lock.json'))
    put(big, 'package-lock.json', fixture('npm-v3/package-lock.json'))
    await expect(detectLockfiles(big)).resolves.toEqual(['package-lock.json'])
  })

  test('globs: dot folders included, node_modules only when the glob names it, negation honoured', async () => {
    put(dir, '.config/requirements-ci.txt', 'b==2\n')
    await expect(expandLockfileGlobs(dir, ['**/package-lock.json'])).resolves.toEqual(['package-lock.json'])
    await expect(expandLockfileGlobs(dir, ['node_modules/**/package-lock.json', 'package-lock.json'])).resolves.toEqual([
      'node_modules/x/package-lock.json',
      'package-lock.json'
    ])
    await expect(expandLockfileGlobs(dir, ['**/requirements*.txt', '!**/site-packages/**', '!**/.venv/**'])).resolves.toEqual([
      '.config/requirements-ci.txt',
      '.tox/py312/requirements.txt',
      '__pycache__/requirements.txt',
      'myenv/requirements.txt',
      'train/requirements.txt',
      'venv/requirements.txt'
    ])
    await expect(expandLockfileGlobs(dir, [])).resolves.toEqual([])
  })
})
