import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { testEnv } from '../support/env.js'

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/snapshot')

/** A temporary folder of executable bash scripts, one per tool name. */
export function stubTools(scripts: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'repro-gate-stubs-'))
  for (const [name, body] of Object.entries(scripts)) {
    const file = path.join(dir, name)
    writeFileSync(file, `#!/usr/bin/env bash\n${body}\n`)
    chmodSync(file, 0o755)
  }
  return dir
}

/** A test environment (support/env.ts) with `dirs` in front of PATH: what the probes search is options.env.PATH. */
export function envWithPath(dirs: string[], extra: Record<string, string> = {}, basePath = process.env.PATH ?? ''): NodeJS.ProcessEnv {
  return { ...testEnv(), ...extra, PATH: [...dirs, basePath].filter((p) => p !== '').join(path.delimiter) }
}

/**
 * A fake filesystem root whose /proc/self/{cgroup,mountinfo} are copied from a fixture folder
 * under fixtures/snapshot/proc, optionally with /.dockerenv.
 */
export function fakeRoot(procFixture: string | null, options: { dockerenv?: boolean } = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'repro-gate-root-'))
  mkdirSync(path.join(root, 'proc/self'), { recursive: true })
  if (procFixture) {
    for (const file of ['cgroup', 'mountinfo']) {
      try {
        copyFileSync(path.join(FIXTURES, 'proc', procFixture, file), path.join(root, 'proc/self', file))
      } catch {
        /* the fixture has only one of them */
      }
    }
  }
  if (options.dockerenv) writeFileSync(path.join(root, '.dockerenv'), '')
  return root
}

/** Writes text files (relative paths) into a new temporary working directory. */
export function workdir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'repro-gate-wd-'))
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), content)
  }
  return dir
}

/** Whether a process id is alive (a zombie, killed but not yet reaped, is not). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return true
  }
}

let systemBin: string | null = null

/**
 * A folder with links to the few system programs stub scripts use (bash, cat, sleep...), and
 * nothing else: no nvcc, docker, python or nvidia-smi, whatever this machine has installed.
 */
export function systemPath(): string {
  if (systemBin) return systemBin
  const dir = mkdtempSync(path.join(tmpdir(), 'repro-gate-sysbin-'))
  for (const tool of ['bash', 'sh', 'env', 'cat', 'sleep', 'echo', 'dirname', 'true', 'false', 'kill', 'head']) {
    for (const folder of ['/usr/bin', '/bin']) {
      if (existsSync(path.join(folder, tool))) {
        symlinkSync(path.join(folder, tool), path.join(dir, tool))
        break
      }
    }
  }
  systemBin = dir
  return dir
}

/** An env whose PATH is the stub folders plus the basic system programs only. */
export function isolatedEnv(dirs: string[], extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...extra, PATH: [...dirs, systemPath()].join(path.delimiter) }
}
