/**
 * How a varied run is started: the umask and the host name cannot be passed as variables, so the
 * command is wrapped (`umask 0077` before it; a new UTS namespace around it).
 */
import { execFile } from 'node:child_process'
import { shellQuote } from '../shell.js'

/** How this machine can give a run its own host name. */
export type HostnameMethod =
  /** Root (or CAP_SYS_ADMIN): `unshare --uts`. */
  | 'unshare'
  /** Unprivileged user namespaces: `unshare -r --uts` (the run sees itself as uid 0 inside). */
  | 'unshare-user'
  /** Passwordless sudo (ubuntu-24.04 runners, where AppArmor blocks unprivileged namespaces): `sudo unshare --uts`, then back to the runner's user with `setpriv`. */
  | 'sudo'

interface Attempt {
  ok: boolean
  message: string
}

function attempt(file: string, args: string[], env: Record<string, string>): Promise<Attempt> {
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout: 5000 }, (err, _stdout, stderr) => {
      const text = `${String(stderr).trim().split('\n').pop() ?? ''}`.trim()
      resolve({ ok: !err, message: err ? text || (err as NodeJS.ErrnoException).code?.toString() || err.message : '' })
    })
  })
}

/**
 * Finds the first way that works here to run a process under another host name, trying each for
 * real with the run's PATH. Returns the method, or the reason none works (each attempt's error).
 */
export async function probeHostnameMethod(
  env: Record<string, string>,
  platform: NodeJS.Platform = process.platform
): Promise<{ method: HostnameMethod } | { reason: string }> {
  if (platform !== 'linux') return { reason: `needs Linux (UTS namespaces); this runner is ${platform}` }
  const probeName = 'repro-gate-probe'
  const tries: [HostnameMethod, string, string[]][] = [
    ['unshare', 'unshare', ['--uts', '--', 'hostname', probeName]],
    ['unshare-user', 'unshare', ['-r', '--uts', '--', 'hostname', probeName]],
    ['sudo', 'sudo', ['-n', '--', 'unshare', '--uts', '--', 'hostname', probeName]]
  ]
  const failures: string[] = []
  for (const [method, file, args] of tries) {
    const result = await attempt(file, args, env)
    if (result.ok) return { method }
    failures.push(`${[file, ...args.slice(0, args.indexOf('--'))].join(' ')}: ${result.message || 'failed'}`)
  }
  return { reason: `no way to set another host name here (${failures.join('; ')})` }
}

export interface LaunchWrap {
  umask: string | null
  hostname: { name: string; method: HostnameMethod; uid: number; gid: number } | null
}

/**
 * The command a varied run executes (it still runs as `bash -e -o pipefail -c <result>`).
 * The experiment's environment reaches it unchanged on every path; after `sudo` (which resets the
 * environment and PATH) it is exported before and sourced again as the runner's user.
 */
export function wrapCommand(command: string, wrap: LaunchWrap): string {
  const inner = wrap.umask ? `umask ${wrap.umask}\n${command}` : command
  if (!wrap.hostname) return inner
  const { name, method, uid, gid } = wrap.hostname
  const q = shellQuote
  if (method === 'unshare' || method === 'unshare-user') {
    const flags = method === 'unshare' ? '--uts' : '-r --uts'
    return `exec unshare ${flags} -- bash -c 'hostname -- "$1" && exec bash -e -o pipefail -c "$2"' repro-gate ${q(name)} ${q(inner)}`
  }
  // sudo: save the environment, set the name as root, then drop back to the runner's user and restore it.
  const restore = `set -a; . "$1"; rm -f -- "$1"; set +a; exec bash -e -o pipefail -c "$2"`
  return [
    `repro_gate_env="$(mktemp)"`,
    `export -p > "$repro_gate_env"`,
    `exec sudo -n -- unshare --uts -- sh -c 'hostname -- "$1" && shift && exec setpriv --reuid="$1" --regid="$2" --init-groups -- env -i "$3" -c "$4" repro-gate "$5" "$6"' ` +
      `repro-gate ${q(name)} ${uid} ${gid} "$(command -v bash)" ${q(restore)} "$repro_gate_env" ${q(inner)}`
  ].join('\n')
}
