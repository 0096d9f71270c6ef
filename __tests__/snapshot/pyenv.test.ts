/**
 * A pyenv shim is resolved to the interpreter it would start, the way `pyenv which` does, so the
 * snapshot starts Python once instead of bash, pyenv and then Python. The fake pyenv root here has
 * a shim that leaves a mark when it is started, and versions that are links to the real python3.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { resolvePyenvShim } from '../../src/snapshot/pyenv.js'
import { capturePython } from '../../src/snapshot/python.js'
import { testEnv } from '../support/env.js'

const realPython = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim()

function fakePyenv(versions: string[]): { root: string; shim: string; mark: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'rg-pyenv-'))
  const mark = path.join(root, 'shim-was-started')
  mkdirSync(path.join(root, 'shims'))
  const shim = path.join(root, 'shims', 'python3')
  // The real shim's shape: it exports its PYENV_ROOT and hands over to `pyenv exec`.
  writeFileSync(
    shim,
    `#!/usr/bin/env bash\nset -e\nexport PYENV_ROOT="${root}"\ntouch "${mark}"\nexec "${root}/libexec/pyenv" exec "python3" "$@"\n`
  )
  chmodSync(shim, 0o755)
  for (const version of versions) {
    mkdirSync(path.join(root, 'versions', version, 'bin'), { recursive: true })
    symlinkSync(realPython, path.join(root, 'versions', version, 'bin', 'python3'))
  }
  return { root, shim, mark }
}

function envWith(root: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const base = testEnv()
  return { ...base, PATH: `${path.join(root, 'shims')}${path.delimiter}${base.PATH ?? ''}`, ...extra }
}

describe('resolvePyenvShim', () => {
  test('the nearest .python-version wins over the global version file; the shim is never started', async () => {
    const { root, shim, mark } = fakePyenv(['3.99.0', '3.98.0'])
    writeFileSync(path.join(root, 'version'), '3.98.0\n')
    const project = path.join(root, 'project')
    mkdirSync(path.join(project, 'src'), { recursive: true })
    writeFileSync(path.join(project, '.python-version'), '# the project pins\n3.99.0\n')
    expect(await resolvePyenvShim(shim, path.join(project, 'src'), envWith(root))).toEqual({
      interpreter: path.join(root, 'versions', '3.99.0', 'bin', 'python3'),
      version: '3.99.0'
    })
    expect(await resolvePyenvShim(shim, root, envWith(root))).toEqual({
      interpreter: path.join(root, 'versions', '3.98.0', 'bin', 'python3'),
      version: '3.98.0'
    })
    expect(existsSync(mark)).toBe(false)
  })

  test('PYENV_VERSION comes first; the first installed of several versions is the one', async () => {
    const { root, shim } = fakePyenv(['3.97.1'])
    writeFileSync(path.join(root, 'version'), '3.98.0\n')
    const got = await resolvePyenvShim(shim, root, envWith(root, { PYENV_VERSION: '3.50.0:3.97.1' }))
    expect(got?.interpreter).toBe(path.join(root, 'versions', '3.97.1', 'bin', 'python3'))
  })

  test('system: the same command on PATH outside the shims folder', async () => {
    const { root, shim } = fakePyenv([])
    writeFileSync(path.join(root, 'version'), 'system\n')
    const system = path.join(root, 'system-bin')
    mkdirSync(system)
    symlinkSync(realPython, path.join(system, 'python3'))
    const env = envWith(root)
    env.PATH = `${path.join(root, 'shims')}${path.delimiter}${system}`
    expect(await resolvePyenvShim(shim, root, env)).toEqual({ interpreter: path.join(system, 'python3'), version: 'system' })
  })

  test('not a shim, or a version that is not installed: null, and the caller starts what it was given', async () => {
    const { root, shim } = fakePyenv([])
    writeFileSync(path.join(root, 'version'), '3.12.0\n')
    expect(await resolvePyenvShim(shim, root, envWith(root))).toBeNull()
    expect(await resolvePyenvShim(realPython, root, envWith(root))).toBeNull()
    const fifo = path.join(root, 'shims', 'python')
    execFileSync('mkfifo', [fifo])
    expect(await resolvePyenvShim(fifo, root, envWith(root))).toBeNull()
  })

  test('capturePython asks the interpreter behind the shim, once, and still reports the name it was given', async () => {
    const { root, mark } = fakePyenv(['3.99.0'])
    writeFileSync(path.join(root, 'version'), '3.99.0\n')
    const { python } = await capturePython('python3', root, envWith(root), 10_000, 3000)
    expect(python.status).toBe('ok')
    if (python.status !== 'ok') return
    expect(python.interpreter).toBe('python3')
    expect(python.version).toMatch(/^3\.\d+\.\d+/)
    expect(existsSync(mark)).toBe(false)
  })
})
