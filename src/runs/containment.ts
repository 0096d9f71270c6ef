/**
 * Where a run's processes live, so that none outlives it: each run gets its own PID namespace
 * whose first process (a few lines of Perl, see INIT) starts the experiment, waits for it, names
 * whatever is still running and exits — and when a namespace's init exits, the kernel kills every
 * process left in it, daemons that scrubbed their environment (`setsid env -i …`), double forks
 * and changed process groups included. With `isolate`, the experiment also runs as an
 * unprivileged user, with no_new_privs, an empty capability bounding set and its own /proc.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import type { IsolateUser } from '../inputs/inputs.js'
import { Input } from '../inputs/constants.js'
import type { Containment, ContainmentVia } from './types.js'
import { INIT_BODY } from './init.js'
import { lastWords, Spawner, spawnerCommand, spawnerSyscalls, type SpawnedRun } from './spawner.js'

/** A run's processes, ended by the namespace; isolated, the unprivileged user it runs as. */
export interface Launcher {
  containment: Containment
  /** null: no namespace here (the tracking variable is all there is). */
  via: ContainmentVia | null
  /** Isolated: the user the experiment runs as. */
  user: { uid: number; gid: number } | null
  /** The gate's own identity (for `sudo` back to it). */
  self: { uid: number; gid: number; groups: number[] }
  /** Where the architecture allows: the process that starts every run (spawner.ts); absent: each run execs the chain (launchArgv). */
  spawner?: Spawner
  /**
   * Not proven yet: this way's probe is the first run itself (a probe of its own cost a whole
   * launch chain before run 1, on the critical path of every gate). runProcess reports the outcome.
   */
  unproven?: Unproven
}

/** What the first run through an unproven launcher says about its way of containing runs. */
export interface Unproven {
  /** The chain started the experiment: this way works, for every later run too. */
  proven(): void
  /**
   * The chain ended before it started the experiment (`why`: its complaint): the launcher becomes
   * the next way to try (or the tracking variable, saying why each way failed), and the run is
   * started again through it — nothing of the experiment has run.
   */
  failed(why: string): void
}

/** The error for an `isolate` that cannot be set up here: it names the input and what to do. */
export class IsolationError extends Error {}

/**
 * PID 1 of a run's namespace, in Perl (perl-base is essential on Debian and Ubuntu; no module is
 * loaded, so it starts in a few milliseconds). Arguments: the status file, the environment file
 * (NUL-separated NAME=value, deleted once read: the environment then passes sudo and is never on
 * a command line), then the experiment's argv. It starts the experiment as its child (so the
 * experiment is not PID 1 and keeps ordinary signal behaviour), reaps orphans, and once the
 * experiment has exited writes its exit status (or signal) and the processes still running, then
 * exits: the kernel kills the rest. As PID 1 it ignores SIGTERM and SIGINT (it has no handler), so
 * a graceful stop reaches the experiment while the init stays to report; SIGKILL ends it all.
 */
export const INIT = `sub leave { exit $_[0] }\nsub started {}\nmy ($status, $envf, @cmd) = @ARGV;\n${INIT_BODY}`

/** Runs a probe: its exit code (null when it could not start or was killed) and the last of its stderr. */
function run(argv: string[], env: Record<string, string>, cwd: string): Promise<{ code: number | null; message: string }> {
  return new Promise((resolve) => {
    execFile(argv[0], argv.slice(1), { env, cwd, timeout: 10_000 }, (err, _stdout, stderr) => {
      const text = lastWords(String(stderr))
      const code = err ? (typeof (err as NodeJS.ErrnoException).code === 'number' ? Number((err as NodeJS.ErrnoException).code) : null) : 0
      resolve({ code, message: err ? text || String((err as NodeJS.ErrnoException).code ?? err.message) : '' })
    })
  })
}

/** `name`, `uid` or `uid:gid` to ids, from /etc/passwd; null when there is no such user. */
export function resolveUser(spec: string, passwd = readPasswd()): { uid: number; gid: number; name: string } | null {
  const [first, gidText] = spec.split(':')
  const entries = passwd
    .split('\n')
    .map((l) => l.split(':'))
    .filter((f) => f.length >= 4)
  if (/^\d+$/.test(first)) {
    const uid = Number(first)
    const entry = entries.find((f) => Number(f[2]) === uid)
    return { uid, gid: gidText !== undefined ? Number(gidText) : entry ? Number(entry[3]) : uid, name: entry?.[0] ?? String(uid) }
  }
  const entry = entries.find((f) => f[0] === first)
  return entry ? { uid: Number(entry[2]), gid: Number(entry[3]), name: entry[0] } : null
}

function readPasswd(): string {
  try {
    return readFileSync('/etc/passwd', 'utf8')
  } catch {
    return ''
  }
}

/** The namespace part of every launch: its own PIDs and /proc; the init is killed with unshare. */
const UNSHARE = ['unshare', '--pid', '--fork', '--kill-child', '--mount-proc']

/** Back to the gate's own user after `sudo` (its groups as they are, whether or not it has a passwd entry). */
function setprivSelf(self: Launcher['self']): string[] {
  return [
    'setpriv',
    `--reuid=${self.uid}`,
    `--regid=${self.gid}`,
    self.groups.length ? `--groups=${self.groups.join(',')}` : '--clear-groups',
    '--'
  ]
}

/** To the isolated user: no supplementary groups, no way back to privileges. */
function setprivIsolated(user: { uid: number; gid: number }): string[] {
  return [
    'setpriv',
    `--reuid=${user.uid}`,
    `--regid=${user.gid}`,
    '--clear-groups',
    '--no-new-privs',
    '--bounding-set=-all',
    '--inh-caps=-all',
    '--'
  ]
}

/**
 * The argv that starts one run: `[...prefix, perl, -e, INIT, status, envFile, ...experiment]`.
 * unshare: root (or CAP_SYS_ADMIN) makes the namespace itself. sudo: passwordless sudo makes it,
 * and setpriv goes back to the gate's user before the init starts. user-namespace: unprivileged
 * user namespaces, the gate's user mapped to itself (the experiment keeps its uid and gets no
 * capability). Isolated, the init stays privileged and only the experiment drops to the user.
 */
export function launchArgv(launcher: Launcher, statusFile: string, envFile: string, experiment: string[]): string[] {
  const init = ['perl', '-e', INIT, statusFile, envFile]
  const target = launcher.user ? [...setprivIsolated(launcher.user), ...experiment] : experiment
  switch (launcher.via) {
    case 'unshare':
      return [...UNSHARE, '--', ...init, ...target]
    case 'sudo':
      return ['sudo', '-n', '--', ...UNSHARE, '--', ...(launcher.user ? [] : setprivSelf(launcher.self)), ...init, ...target]
    case 'user-namespace':
      return [UNSHARE[0], '--map-current-user', ...UNSHARE.slice(1), '--', ...init, ...target]
    default:
      return experiment
  }
}

/**
 * Through the spawner: what its namespace's init starts, the experiment as the user it runs as
 * (the spawner and the init are root where made through sudo; the experiment goes back to the
 * gate's user, or to the isolated one).
 */
export function experimentArgv(launcher: Launcher, experiment: string[]): string[] {
  if (launcher.user) return [...setprivIsolated(launcher.user), ...experiment]
  if (launcher.via === 'sudo') return [...setprivSelf(launcher.self), ...experiment]
  return experiment
}

/** The command that starts the spawner for `via` (null where this architecture has none). */
function spawnerArgv(via: ContainmentVia, self: Launcher['self'], arch: string): string[] | null {
  return spawnerCommand(via === 'user-namespace' ? 'user' : 'pid', via === 'sudo', self, arch)
}

/** A probe through the spawner: the exit code of `argv` run in the chain (null when it did not run) and the last of its stderr. */
async function probeSpawner(
  spawner: Spawner,
  request: { cwd: string; statusFile: string; envFile: string; argv: string[] }
): Promise<{ code: number | null; message: string }> {
  let stderr = ''
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<SpawnedRun>((resolve) => {
    timer = setTimeout(() => resolve({ waitStatus: null, started: false, error: 'no answer within 10 s' }), 10_000)
  })
  const result = await Promise.race([
    spawner.run({ ...request, onStderr: (chunk) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)) }),
    timeout
  ]).finally(() => clearTimeout(timer))
  const text = lastWords(stderr)
  if (result.waitStatus === null) return { code: null, message: text || result.error || 'failed' }
  const code = result.waitStatus & 127 ? null : result.waitStatus >> 8
  return { code, message: code === 0 ? '' : text || `exit ${code ?? `signal ${result.waitStatus & 127}`}` }
}

function selfIds(): Launcher['self'] {
  return {
    uid: process.getuid?.() ?? -1,
    gid: process.getgid?.() ?? -1,
    groups: (process.getgroups?.() ?? []).filter((g) => g !== process.getgid?.())
  }
}

const NO_ROOT =
  'a process that gains root (sudo, a setuid binary) can still leave the namespace: unmount /proc, nsenter, docker, systemd-run'

function describe(via: ContainmentVia, isolated: { name: string; uid: number; gid: number } | null, self: Launcher['self']): Containment {
  if (isolated) {
    return {
      method: 'pid-namespace',
      via,
      isolated: true,
      user: `${isolated.name} (${isolated.uid}:${isolated.gid})`,
      rootCanEscape: false,
      note:
        `each run in its own PID namespace and /proc, as ${isolated.name} with no_new_privs and no capabilities, without the job's tokens: ` +
        'its processes end with it, it cannot see or signal the gate, and cannot regain root'
    }
  }
  const root = self.uid === 0
  const note =
    via === 'user-namespace'
      ? 'each run in its own PID namespace and /proc (an unprivileged user namespace): every process it leaves is ended with it'
      : root
        ? `each run in its own PID namespace and /proc; the experiment runs as root: ${NO_ROOT}`
        : `each run in its own PID namespace and /proc, made through sudo; the experiment can use passwordless sudo too: ${NO_ROOT}`
  return { method: 'pid-namespace', via, isolated: false, user: null, rootCanEscape: via !== 'user-namespace', note }
}

/** How a way is named where it failed. */
function wayLabel(via: ContainmentVia): string {
  return via === 'user-namespace' ? 'unshare --map-current-user' : via === 'sudo' ? 'sudo -n unshare' : 'unshare'
}

/**
 * A launcher for the first of `ways` whose spawner starts at once (Perl compiles it while the gate
 * gets run 1 ready) and whose first run proves it (Launcher.unproven): on failure the same object
 * becomes the next way, then the tracking fallback, so everyone holding it sees the way that works.
 */
function provenByFirstRun(
  ways: ContainmentVia[],
  self: Launcher['self'],
  arch: string,
  env: Record<string, string>,
  fallback: (why: string) => Launcher
): Launcher {
  const launcher = {} as Launcher
  const failures: string[] = []
  const become = (index: number): void => {
    const via = ways[index]
    const argv = via === undefined ? null : spawnerArgv(via, self, arch)
    const next: Launcher =
      via === undefined || argv === null
        ? fallback(failures.join('; '))
        : {
            containment: describe(via, null, self),
            via,
            user: null,
            self,
            spawner: new Spawner(argv, env),
            unproven: {
              proven: () => delete launcher.unproven,
              failed: (why) => {
                launcher.spawner?.kill()
                failures.push(`${wayLabel(via)}: ${why || 'failed'}`)
                become(index + 1)
              }
            }
          }
    for (const key of Object.keys(launcher) as (keyof Launcher)[]) delete launcher[key]
    Object.assign(launcher, next)
    launcher.spawner?.warm()
  }
  become(0)
  return launcher
}

/**
 * Finds how this machine can give every run its own PID namespace, trying each way for real: with
 * a spawner, through the first run itself; otherwise with a probe (a few milliseconds, once per
 * gate). Without isolation, none working falls back to the tracking variable (and says so). With
 * `isolate`, it throws IsolationError naming the input.
 */
export async function prepareContainment(options: {
  env: Record<string, string>
  cwd: string
  isolate: IsolateUser | null
  platform?: NodeJS.Platform
  /** Default: this process's (tests choose one without a spawner, to run the chain as an exec per run). */
  arch?: string
}): Promise<Launcher> {
  const platform = options.platform ?? process.platform
  const arch = options.arch ?? process.arch
  const self = selfIds()
  const probeEnv = { PATH: options.env.PATH ?? '/usr/bin:/bin' }
  const fallback = (why: string): Launcher => ({
    containment: {
      method: 'tracking',
      via: null,
      isolated: false,
      user: null,
      rootCanEscape: true,
      note: `no PID namespace (${why}): leftover processes are found by the REPRO_GATE_TRACKING_ID variable they inherit; one that clears its environment can outlive the run`
    },
    via: null,
    user: null,
    self
  })
  const fail = (why: string): never => {
    throw new IsolationError(`${Input.Isolate}: cannot isolate the experiment here: ${why}`)
  }
  if (platform !== 'linux')
    return options.isolate ? fail(`needs Linux (PID namespaces); this runner is ${platform}`) : fallback(`needs Linux; this is ${platform}`)

  let user: { uid: number; gid: number; name: string } | null = null
  if (options.isolate) {
    user = resolveUser(options.isolate.spec)
    if (!user) return fail(`there is no user "${options.isolate.spec}" in /etc/passwd (give a uid, e.g. 65534:65534)`)
    if (user.uid === 0) return fail(`"${options.isolate.spec}" is root; the experiment must run as an unprivileged user`)
  }

  // isolated: only ways that can switch to another user (root, or sudo); otherwise root first,
  // then sudo (the experiment keeps a working sudo), then an unprivileged user namespace.
  const ways: ContainmentVia[] = self.uid === 0 ? ['unshare'] : user ? ['sudo'] : ['sudo', 'user-namespace']
  // Not isolated, with a spawner: the first run is the probe (isolated, the probe also checks that
  // the user can write the working directory, and an isolate that cannot be had must stop the gate
  // before any run).
  if (!user && spawnerSyscalls(arch)) return provenByFirstRun(ways, self, arch, probeEnv, fallback)
  const failures: string[] = []
  const dir = mkdtempSync(path.join(tmpdir(), 'repro-gate-probe-'))
  try {
    for (const via of ways) {
      const launcher: Launcher = { containment: describe(via, user, self), via, user, self }
      // The probe is a whole run of the chain (namespace, init, user switch) whose experiment checks,
      // isolated, that the working directory is writable by that user (exit 3 when it is not).
      const envFile = path.join(dir, 'env')
      writeFileSync(envFile, `PATH=${probeEnv.PATH}\0`, { mode: 0o600 })
      const probe = ['sh', '-c', user ? 'test -w . || exit 3' : 'exit 0']
      const started = spawnerArgv(via, self, arch)
      // With a spawner the probe is its first run: the process that starts the gate's runs is up when run 1 comes.
      const spawner = started ? new Spawner(started, probeEnv) : undefined
      const result = spawner
        ? await probeSpawner(spawner, {
            cwd: options.cwd,
            statusFile: path.join(dir, 'status'),
            envFile,
            argv: experimentArgv(launcher, probe)
          })
        : await run(launchArgv(launcher, path.join(dir, 'status'), envFile, probe), probeEnv, options.cwd)
      if (result.code !== 0) spawner?.close()
      if (result.code === 0) return spawner ? { ...launcher, spawner } : launcher
      if (user && result.code === 3) {
        return fail(
          `the working directory ${options.cwd} is not writable by ${user.name} (${user.uid}:${user.gid}), who runs the experiment; ` +
            `make it theirs (sudo chown -R ${user.uid}:${user.gid} .) or writable (chmod -R a+rwX .) in a step before, or set ${Input.Isolate} to a user who can write it`
        )
      }
      failures.push(`${wayLabel(via)}: ${result.message || 'failed'}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const why = failures.join('; ')
  if (user) {
    return fail(
      `it needs root or passwordless sudo to run the experiment as ${user.name}, plus unshare and setpriv (util-linux) and perl (${why})`
    )
  }
  return fallback(why)
}
