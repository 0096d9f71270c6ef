import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { access, constants } from 'node:fs/promises'
import * as path from 'node:path'
import type { Probed } from './types.js'
import { errorMessage } from '../errors.js'

/** Default deadline of one external program (nvidia-smi, docker, nvcc, conda). */
export const DEFAULT_PROBE_TIMEOUT_MS = 3000
/** The python probe may import torch, which takes seconds on a cold cache. */
export const DEFAULT_PYTHON_TIMEOUT_MS = 10000

/** What running one program produced; `ok` only for exit code 0 within the deadline. */
export type ExecResult =
  | { ok: true; stdout: string; stderr: string; durationMs: number }
  | { ok: false; reason: string; stdout: string; stderr: string; timedOut: boolean; durationMs: number }

export interface ExecOptions {
  /** The environment of the child; its PATH is the one searched for `file`. */
  env: NodeJS.ProcessEnv
  timeoutMs: number
  cwd?: string
  /** Output beyond this many bytes per stream is dropped (a chatty program must not grow memory). */
  maxBytes?: number
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''
  return line.trim().slice(0, 300)
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    // A group of its own (detached): a wrapper script's children (`sleep`) go with it.
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL')
  } catch {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      /* already gone */
    }
  }
}

/**
 * Runs one program (no shell) with a deadline and resolves, never rejects: a missing executable,
 * a non-zero exit, a signal or the deadline all come back as `ok: false` with a reason a person
 * can act on. On the deadline the program's whole process group is killed and the promise
 * resolves at once, without waiting for pipes a stray grandchild may still hold.
 */
export function execProbe(file: string, args: string[], options: ExecOptions): Promise<ExecResult> {
  const started = Date.now()
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024
  // The program and its first arguments name the probe in reasons; a script passed with -c is left out.
  const label = [path.basename(file), ...args.slice(0, 2).filter((a) => a.length <= 80 && !a.includes('\n'))].join(' ')
  return new Promise((resolve) => {
    let stdout = ''
    let stderr = ''
    let settled = false
    let timer: NodeJS.Timeout | undefined
    const done = (result: ExecResult): void => {
      if (settled) return
      settled = true
      if (timer) clearTimeout(timer)
      resolve(result)
    }
    const fail = (reason: string, timedOut = false): void =>
      done({ ok: false, reason, stdout, stderr, timedOut, durationMs: Date.now() - started })

    let child: ReturnType<typeof spawn>
    try {
      child = spawn(file, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: process.platform !== 'win32',
        windowsHide: true
      })
    } catch (err) {
      fail(`${file}: could not start (${(err as Error).message})`)
      return
    }
    child.stdout?.setEncoding('utf8')
    child.stderr?.setEncoding('utf8')
    child.stdout?.on('data', (d: string) => {
      if (stdout.length < maxBytes) stdout += d
    })
    child.stderr?.on('data', (d: string) => {
      if (stderr.length < maxBytes) stderr += d
    })
    timer = setTimeout(() => {
      killGroup(child.pid)
      fail(`${label}: timed out after ${options.timeoutMs} ms (killed)`, true)
    }, options.timeoutMs)
    child.on('error', (err: NodeJS.ErrnoException) => {
      killGroup(child.pid)
      if (err.code === 'ENOENT' && options.cwd !== undefined && !existsSync(options.cwd)) {
        fail(`${file}: cannot run in ${options.cwd}: no such directory`)
      } else if (err.code === 'ENOENT') fail(`${file}: not found on PATH`)
      else if (err.code === 'EACCES') fail(`${file}: not executable (permission denied)`)
      else fail(`${file}: could not start (${err.message})`)
    })
    const finish = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (code === 0) {
        done({ ok: true, stdout, stderr, durationMs: Date.now() - started })
        return
      }
      const detail = firstLine(stderr) || firstLine(stdout)
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`
      fail(`${label}: ${how}${detail ? `: ${detail}` : ''}`)
    }
    let closed = false
    child.on('close', (code, signal) => {
      closed = true
      finish(code, signal)
    })
    // A background grandchild can hold the pipes open after the program exited: wait briefly, not forever.
    child.on('exit', (code, signal) => {
      setTimeout(() => {
        if (!closed) {
          killGroup(child.pid)
          // A holder outside the group must not keep the gate's process alive.
          child.stdout?.destroy()
          child.stderr?.destroy()
          finish(code, signal)
        }
      }, 200).unref()
    })
  })
}

/**
 * Runs an in-process probe with a deadline: a throw or a late answer becomes
 * `{status: 'unavailable', reason}`. (The work itself cannot be cancelled; its result is dropped.)
 */
export async function withDeadline<T extends object>(name: string, timeoutMs: number, work: () => Promise<T>): Promise<Probed<T>> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<Probed<T>>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'unavailable', reason: `${name}: timed out after ${timeoutMs} ms` }), timeoutMs)
  })
  const attempt = (async (): Promise<Probed<T>> => {
    try {
      const value = await work()
      return { status: 'ok', ...value }
    } catch (err) {
      return { status: 'unavailable', reason: `${name}: ${errorMessage(err)}` }
    }
  })()
  try {
    return await Promise.race([attempt, deadline])
  } finally {
    if (timer) clearTimeout(timer)
  }
}

/** The reason of an unavailable probe, for warnings; null when it succeeded. */
export function unavailableReason<T>(probe: Probed<T>): string | null {
  return probe.status === 'unavailable' ? probe.reason : null
}

/**
 * The absolute path of `name` on the PATH of `env`, or null. Checking the PATH costs a few
 * stat calls; starting a program that is not there costs a fork.
 */
export async function findOnPath(name: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  if (name.includes('/') || name.includes('\\')) {
    try {
      await access(name, constants.X_OK)
      return name
    } catch {
      return null
    }
  }
  const dirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter((d) => d !== '')
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').concat(['']) : ['']
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext)
      try {
        await access(candidate, constants.X_OK)
        return candidate
      } catch {
        /* next */
      }
    }
  }
  return null
}
