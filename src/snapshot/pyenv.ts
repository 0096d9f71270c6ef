/**
 * pyenv's `python3` is a shim: a bash script that starts `pyenv exec`, which works out the version
 * and then starts the real interpreter — about 150–550 ms before Python itself starts. The snapshot
 * asks the interpreter the experiment uses, so it resolves the shim the way `pyenv which` does and
 * starts the real interpreter once. Anything it cannot resolve falls back to the shim itself.
 */
import { constants } from 'node:fs'
import { access, open, readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import * as path from 'node:path'

/** The interpreter a pyenv shim would start, or null when `file` is not a shim or cannot be resolved here. */
export async function resolvePyenvShim(
  file: string,
  workingDirectory: string,
  env: NodeJS.ProcessEnv
): Promise<{ interpreter: string; version: string } | null> {
  const shim = await readPyenvShim(file)
  if (shim === null) return null
  // The shim exports the PYENV_ROOT it was made for, whatever the environment says.
  const root =
    /export PYENV_ROOT="([^"]+)"/.exec(shim)?.[1] ??
    (env.PYENV_ROOT || path.dirname(path.dirname(file)) || path.join(env.HOME || homedir(), '.pyenv'))
  const versions = await selectedVersions(root, workingDirectory, env)
  const command = path.basename(file)
  for (const version of versions) {
    if (version === 'system') {
      const system = await findOutside(command, path.dirname(file), env)
      if (system) return { interpreter: system, version }
      continue
    }
    const candidate = path.join(root, 'versions', version, 'bin', command)
    if (await isExecutable(candidate)) return { interpreter: candidate, version }
  }
  return null
}

/** A pyenv shim lives in a folder named `shims` and hands over to `pyenv exec`: its text, or null. */
async function readPyenvShim(file: string): Promise<string | null> {
  if (path.basename(path.dirname(file)) !== 'shims') return null
  let handle
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
    const stat = await handle.stat()
    if (!stat.isFile() || stat.size > 64 * 1024) return null
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0)
    const text = buffer.subarray(0, bytesRead).toString('utf8')
    return /pyenv["']?\s+exec\b/.test(text) ? text : null
  } catch {
    return null
  } finally {
    await handle?.close()
  }
}

/**
 * pyenv's order: `PYENV_VERSION`, then the nearest `.python-version` from the working directory up,
 * then `$PYENV_ROOT/version`, then `system`. A file may name several versions, one per line or
 * space-separated; `#` starts a comment.
 */
async function selectedVersions(root: string, workingDirectory: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  if (env.PYENV_VERSION) return env.PYENV_VERSION.split(':').filter((v) => v !== '')
  for (let dir = path.resolve(workingDirectory); ; dir = path.dirname(dir)) {
    const listed = await versionFile(path.join(dir, '.python-version'))
    if (listed) return listed
    if (path.dirname(dir) === dir) break
  }
  return (await versionFile(path.join(root, 'version'))) ?? ['system']
}

async function versionFile(file: string): Promise<string[] | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return null
  }
  const versions = text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .flatMap((line) => line.split(/\s+/))
    .filter((v) => v !== '' && v !== '.' && v !== '..' && !v.includes('/'))
  return versions.length > 0 ? versions : null
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** `system`: the first `command` on PATH that is not in pyenv's shims folder. */
async function findOutside(command: string, shims: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '' || path.resolve(dir) === path.resolve(shims)) continue
    const candidate = path.join(dir, command)
    if (await isExecutable(candidate)) return candidate
  }
  return null
}
