import { spawn, execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import { constants, tmpdir } from 'node:os'
import * as path from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import { experimentArgv, launchArgv, type Launcher } from './containment.js'
import { lastWords } from './spawner.js'
import type { Leftovers } from './types.js'

export interface ProcessResult {
  exitCode: number | null
  signal: string | null
  durationMs: number
  timedOut: boolean
  cancelled: boolean
  /** The last bytes of stdout and stderr, interleaved as they arrived. */
  tail: string
  /** In a PID namespace: the processes still running when the main one exited, ended with the namespace. */
  leftovers?: Leftovers
}

export interface RunProcessOptions {
  command: string
  cwd: string
  env: Record<string, string>
  timeoutMs: number | null
  signal?: AbortSignal
  /** Called with each chunk of output as it arrives (for live logs). */
  onOutput?: (text: string) => void
  /** How long a process tree gets between SIGTERM and SIGKILL. */
  killGraceMs?: number
  /** Bytes of output kept in memory for the tail. */
  tailBytes?: number
  /** How the run is contained (its own PID namespace, maybe isolated); absent = the tracking variable only. */
  launcher?: Launcher
  /** How long an unproven launcher's chain may take to start the experiment (tests shorten it). */
  chainStartMs?: number
}

/**
 * Every process of a run inherits this variable, so the ones that left its tree (`setsid`, daemons,
 * double forks) can still be found and ended — the Actions runner does the same with RUNNER_TRACKING_ID.
 */
export const TRACKING_VARIABLE = 'REPRO_GATE_TRACKING_ID'

/** Linux: the processes whose environment carries the run's tracking id. Elsewhere none. */
async function trackedProcesses(trackingId: string): Promise<number[]> {
  if (process.platform !== 'linux') return []
  let entries: string[]
  try {
    entries = await readdir('/proc')
  } catch {
    return []
  }
  const needle = Buffer.from(`${TRACKING_VARIABLE}=${trackingId}`)
  const found: number[] = []
  await Promise.all(
    entries
      .filter((e) => /^\d+$/.test(e) && Number(e) !== process.pid)
      .map(async (e) => {
        try {
          if ((await readFile(`/proc/${e}/environ`)).includes(needle)) found.push(Number(e))
        } catch {
          /* gone, or another user's */
        }
      })
  )
  return found
}

/** The shell the command runs in: bash everywhere (Git Bash on Windows runners). */
function shellArgs(command: string): [string, string[]] {
  return ['bash', ['-e', '-o', 'pipefail', '-c', command]]
}

// Kept beside pidtree: both make one `ps` call and find the same processes in the same time; this needs no dependency (npm run bench -- parsers).
/** Every descendant of `root`, found from `ps` (Linux and macOS); children that left the process group are found too. */
export async function descendants(root: number): Promise<number[]> {
  if (process.platform === 'win32') return []
  const table = await new Promise<string>((resolve) => {
    execFile('ps', ['-A', '-o', 'pid=,ppid='], { timeout: 2000 }, (err, stdout) => resolve(err ? '' : stdout))
  })
  const children = new Map<number, number[]>()
  for (const line of table.split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number)
    if (!pid || ppid === undefined) continue
    children.set(ppid, [...(children.get(ppid) ?? []), pid])
  }
  const found: number[] = []
  const queue = [root]
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child)
      queue.push(child)
    }
  }
  return found
}

/** Signals the group and each process; returns the ones we may not signal (another user's: root's, or the isolated user's). */
function signalAll(pids: number[], groupLeader: number, signal: NodeJS.Signals): number[] {
  const denied: number[] = []
  try {
    process.kill(-groupLeader, signal)
  } catch {
    /* the group is gone */
  }
  for (const pid of pids) {
    try {
      process.kill(pid, signal)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EPERM') denied.push(pid)
    }
  }
  return denied
}

/** `sudo -n kill`, for a run made through sudo whose processes are not the gate's user's. */
function sudoSignal(pids: number[], signal: NodeJS.Signals): Promise<void> {
  if (pids.length === 0) return Promise.resolve()
  return new Promise((resolve) =>
    execFile('sudo', ['-n', 'kill', '-s', signal.replace(/^SIG/, ''), ...pids.map(String)], { timeout: 2000 }, () => resolve())
  )
}

/**
 * Kills a process and everything it started: the process group, plus descendants that made their
 * own group. SIGTERM first so experiments can flush, SIGKILL after the grace period.
 */
export async function killTree(pid: number, graceMs: number, trackingId?: string, viaSudo = false): Promise<void> {
  if (process.platform === 'win32') {
    await new Promise<void>((resolve) => execFile('taskkill', ['/pid', String(pid), '/T', '/F'], () => resolve()))
    return
  }
  const tree = [...new Set([...(await descendants(pid)), ...(trackingId ? await trackedProcesses(trackingId) : [])])]
  const denied = signalAll(tree, pid, 'SIGTERM')
  if (viaSudo) await sudoSignal(denied, 'SIGTERM')
  const deadline = Date.now() + graceMs
  const alive = (p: number): boolean => {
    try {
      process.kill(p, 0)
      return true
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EPERM'
    }
  }
  while (Date.now() < deadline && [pid, ...tree].some(alive)) await new Promise((r) => setTimeout(r, 50))
  const late = [...tree, ...(await descendants(pid)), ...(trackingId ? await trackedProcesses(trackingId) : [])]
  const deniedLate = signalAll(late, pid, 'SIGKILL')
  if (viaSudo) await sudoSignal(deniedLate, 'SIGKILL')
}

/**
 * The last `limit` characters of a stream, kept as the chunks they came in: adding a chunk costs
 * its own length, never the tail's, so a progress bar's millions of small writes stay linear.
 */
export class OutputTail {
  private parts: string[] = []
  /** Index of the first part still kept (dropped parts are removed in batches). */
  private head = 0
  private length = 0

  constructor(private readonly limit: number) {}

  add(text: string): void {
    if (text === '') return
    this.parts.push(text)
    this.length += text.length
    // Drop whole chunks while what is left still covers the limit; text() trims the rest.
    while (this.head < this.parts.length - 1 && this.length - this.parts[this.head].length >= this.limit) {
      this.length -= this.parts[this.head++].length
    }
    if (this.head > 1024 && this.head * 2 > this.parts.length) {
      this.parts = this.parts.slice(this.head)
      this.head = 0
    }
  }

  text(): string {
    const all = this.parts.slice(this.head).join('')
    return all.length > this.limit ? all.slice(-this.limit) : all
  }
}

/**
 * setTimeout for any delay: Node fires a timer of more than 2^31−1 ms (about 24.8 days) at once,
 * so a longer one is chained. Returns the function that cancels it.
 */
export function setLongTimeout(fn: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout
  const arm = (left: number): void => {
    timer = left > MAX_TIMER_MS ? setTimeout(() => arm(left - MAX_TIMER_MS), MAX_TIMER_MS) : setTimeout(fn, Math.max(0, left))
  }
  arm(ms)
  return () => clearTimeout(timer)
}

/** The longest delay a Node timer holds. */
const MAX_TIMER_MS = 2 ** 31 - 1

/** Resolves when `closed` does, or after `ms`; the timer never keeps the process alive on its own. */
function drainWithin(closed: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
  return Promise.race([closed, late]).finally(() => clearTimeout(timer))
}

/** What the namespace's init wrote: the experiment's status and the processes still running then. */
export function parseInitStatus(text: string): { exitCode: number | null; signal: string | null; leftovers: Leftovers } | null {
  const [first, ...rest] = text.split('\n')
  const m = /^(exit|signal) (\d+)$/.exec(first ?? '')
  if (!m) return null
  const number = Number(m[2])
  const processes = rest
    .filter((l) => l.startsWith('left\t'))
    .map((l) => {
      const [, name = '', command = ''] = l.split('\t')
      return { name, command }
    })
  return {
    exitCode: m[1] === 'exit' ? number : null,
    signal: m[1] === 'signal' ? signalName(number) : null,
    leftovers: { count: processes.length, processes: processes.slice(0, 20) }
  }
}

/** The environment as NUL-separated NAME=value, the way the init reads it. */
function environmentFile(env: Record<string, string>): string {
  return Object.entries(env)
    .filter(([name, value]) => name !== '' && !name.includes('=') && !name.includes('\0') && !value.includes('\0'))
    .map(([name, value]) => `${name}=${value}\0`)
    .join('')
}

/**
 * Runs `bash -e -o pipefail -c command` in its own process group, streams its output, keeps a
 * bounded tail, and kills the whole tree on timeout or cancellation. With a launcher, the run has
 * its own PID namespace: whatever it leaves running is ended when its main process exits, and
 * named in `leftovers`. Resolves, never rejects, for anything the experiment does; only a failure
 * to start bash is an error result.
 *
 * The first run through an unproven launcher (containment.ts) is its probe: when the chain ends
 * before it starts the experiment, the launcher moves on to its next way and the run starts again.
 */
export async function runProcess(options: RunProcessOptions): Promise<ProcessResult> {
  for (;;) {
    const unproven = options.launcher?.unproven
    const { notStarted, ...result } = await runAttempt(options)
    if (!unproven) return result
    if (notStarted === undefined) {
      // Cancelled or timed out before the chain was up: the next run proves the way instead.
      if (!result.cancelled && !result.timedOut) unproven.proven()
      return result
    }
    unproven.failed(notStarted)
  }
}

/** How long an unproven chain may take to start the experiment (sudo, a slow PAM) before the next way is tried. */
const CHAIN_START_MS = 10_000

function runAttempt(options: RunProcessOptions): Promise<ProcessResult & { notStarted?: string }> {
  const started = Date.now()
  const tailBytes = options.tailBytes ?? 64 * 1024
  const grace = options.killGraceMs ?? 5000
  const tail = new OutputTail(tailBytes)
  const [shell, args] = shellArgs(options.command)
  const trackingId = randomUUID()
  const env: Record<string, string> = { ...options.env, [TRACKING_VARIABLE]: trackingId }
  const launcher = options.launcher?.via ? options.launcher : undefined
  // In a namespace the environment goes to the init in a file (it passes sudo that way, and the
  // init's own environment then holds nothing but PATH); the init writes the outcome beside it.
  let work: string | null = null
  let file = shell
  let argv = args
  let spawnEnv: Record<string, string> = env
  const spawner = launcher?.spawner
  if (launcher) {
    work = mkdtempSync(path.join(tmpdir(), 'repro-gate-run-'))
    const envFile = path.join(work, 'env')
    writeFileSync(envFile, environmentFile(env), { mode: 0o600 })
    if (!spawner) {
      const full = launchArgv(launcher, path.join(work, 'status'), envFile, [shell, ...args])
      file = full[0]
      argv = full.slice(1)
      spawnEnv = { PATH: env.PATH ?? '/usr/bin:/bin' }
    }
  }

  return new Promise((resolve) => {
    let timedOut = false
    let cancelled = false
    let killing: Promise<void> | null = null
    // The run's process group: the spawned chain's, or the one the spawner names once it has forked.
    let pid: number | undefined
    let stopWanted: 'timeout' | 'cancel' | null = null
    // One decoder per pipe: a character whose bytes arrive in two chunks is decoded whole.
    const reader =
      (decoder: StringDecoder) =>
      (chunk: Buffer): void => {
        const text = decoder.write(chunk)
        if (text === '') return
        tail.add(text)
        options.onOutput?.(text)
      }
    const stdoutDecoder = new StringDecoder('utf8')
    const stderrDecoder = new StringDecoder('utf8')

    const kill = (): void => {
      if (pid !== undefined && !killing) killing = killTree(pid, grace, trackingId, launcher?.via === 'sudo')
    }
    const stop = (why: 'timeout' | 'cancel'): void => {
      if (why === 'timeout') timedOut = true
      else cancelled = true
      stopWanted = why
      kill()
    }
    const cancelTimer = options.timeoutMs !== null ? setLongTimeout(() => stop('timeout'), options.timeoutMs) : null
    const onAbort = (): void => stop('cancel')

    let settled = false
    const finish = async (exitCode: number | null, signal: string | null, notStarted?: string): Promise<void> => {
      if (settled) return
      settled = true
      cancelTimer?.()
      options.signal?.removeEventListener('abort', onAbort)
      // Bytes of a character cut off by the end of the stream.
      for (const decoder of [stdoutDecoder, stderrDecoder]) {
        const rest = decoder.end()
        if (rest !== '') {
          tail.add(rest)
          options.onOutput?.(rest)
        }
      }
      // A kill in progress (timeout, cancel) is finished before the result: nothing of the run is left.
      if (killing) await killing
      let leftovers: Leftovers | undefined
      if (work) {
        // The init's word on the experiment's status (a signal too, which PID 1 cannot pass on by dying).
        const status = parseInitStatus(await readFile(path.join(work, 'status'), 'utf8').catch(() => ''))
        if (status) {
          exitCode = status.exitCode
          signal = status.signal
          leftovers = status.leftovers
        }
        await rm(work, { recursive: true, force: true }).catch(() => undefined)
      }
      if (notStarted !== undefined) {
        resolve({ exitCode, signal, durationMs: Date.now() - started, timedOut, cancelled, tail: '', notStarted })
        return
      }
      resolve({
        exitCode,
        signal,
        durationMs: Date.now() - started,
        timedOut,
        cancelled,
        tail: tail.text(),
        ...(leftovers ? { leftovers } : {})
      })
    }

    if (spawner && work) {
      // The spawner forks the chain (no fork of this process); the run is over once its every
      // process is gone and all of its output has arrived. Through an unproven launcher, what
      // comes before the experiment starts is held: the chain's complaint when it never does.
      const unproven = launcher?.unproven !== undefined
      let experimentStarted = !unproven
      const held: { out: boolean; chunk: Buffer }[] = []
      const toStdout = reader(stdoutDecoder)
      const toStderr = reader(stderrDecoder)
      // A chain that never answers (a sudo that hangs) is given up on whether or not its spawner
      // can be ended (one started through sudo is root's): the next way does not wait for it. One
      // that comes up late cannot start the experiment a second time: finish removes the run's
      // work folder, and the init reads its environment file from there before anything else.
      const chainStartMs = options.chainStartMs ?? CHAIN_START_MS
      const chainDeadline = unproven
        ? setTimeout(() => {
            spawner.kill()
            void finish(null, null, `no answer within ${chainStartMs / 1000} s`)
          }, chainStartMs)
        : undefined
      void spawner
        .run({
          cwd: options.cwd,
          statusFile: path.join(work, 'status'),
          envFile: path.join(work, 'env'),
          argv: experimentArgv(launcher!, [shell, ...args]),
          onPid: (group) => {
            pid = group
            if (stopWanted) kill()
          },
          onStarted: () => {
            clearTimeout(chainDeadline)
            experimentStarted = true
            for (const { out, chunk } of held.splice(0)) (out ? toStdout : toStderr)(chunk)
          },
          onStdout: (chunk) => (experimentStarted ? toStdout(chunk) : held.push({ out: true, chunk })),
          onStderr: (chunk) => (experimentStarted ? toStderr(chunk) : held.push({ out: false, chunk }))
        })
        .then((result) => {
          clearTimeout(chainDeadline)
          if (unproven && !result.started && !timedOut && !cancelled) {
            const said = lastWords(Buffer.concat(held.filter((h) => !h.out).map((h) => h.chunk)).toString('utf8'))
            return finish(null, null, said || result.error || `exit ${result.waitStatus === null ? '?' : result.waitStatus >> 8}`)
          }
          // A chain that failed before the experiment: its complaint is the run's output.
          for (const { out, chunk } of held.splice(0)) (out ? toStdout : toStderr)(chunk)
          if (result.waitStatus === null) {
            tail.add(`\nrepro-gate: could not run the experiment: ${result.error ?? 'its spawner ended'}\n`)
            return finish(null, null)
          }
          const number = result.waitStatus & 127
          return finish(number ? null : result.waitStatus >> 8, number ? signalName(number) : null)
        })
    } else {
      const child = spawn(file, argv, {
        cwd: options.cwd,
        env: spawnEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
        // A group of its own, so the experiment's children can be killed with it.
        detached: process.platform !== 'win32',
        windowsHide: true
      })
      pid = child.pid
      child.stdout.on('data', reader(stdoutDecoder))
      child.stderr.on('data', reader(stderrDecoder))
      child.on('error', (err) => {
        tail.add(`\nrepro-gate: could not start ${file}: ${err.message}\n`)
        void finish(null, null)
      })
      const closed = new Promise<void>((r) => child.once('close', () => r()))
      child.on('exit', (code, signal) => {
        // Processes the experiment left behind would hold our pipes open and leak into the next run.
        // In a namespace they are already gone (its init exited, and the kernel ended the rest).
        // Otherwise: the group goes with its leader, and so does whatever left the group but kept
        // the run's tracking id (setsid, daemons).
        const cleanup =
          killing ??
          (async (): Promise<void> => {
            if (child.pid === undefined || process.platform === 'win32' || launcher) return
            signalAll(await trackedProcesses(trackingId), child.pid, 'SIGKILL')
            // A second look catches one that was between fork and exec (its environment briefly
            // unreadable) during the first; a scan costs a few milliseconds.
            signalAll(await trackedProcesses(trackingId), child.pid, 'SIGKILL')
          })()
        void cleanup
          // Let the pipes drain what was written just before exit, but never wait on a stray holder.
          .then(() => drainWithin(closed, 500))
          .then(() => {
            // A holder we could not end (not ours to kill, or no /proc) must not keep the gate alive.
            child.stdout.destroy()
            child.stderr.destroy()
            return finish(code, signal)
          })
      })
    }
    if (options.signal?.aborted) onAbort()
    else options.signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** SIGKILL for 9: the name Node gives a signal number. */
function signalName(number: number): string {
  return Object.entries(constants.signals).find(([, n]) => n === number)?.[0] ?? `signal ${number}`
}
