/**
 * Through dist/ with real processes and real users. `isolate: true`: an experiment that tries what
 * a hostile one would — unmount its /proc to see the host's, walk every ancestor's
 * /proc/<pid>/environ, read all of /proc/<pid>/environ, sudo, a setuid-root binary — finds none
 * of the job's tokens (seeded into the gate's environment) and cannot become root; without
 * `isolate` the same experiment (root here) finds them, so the test proves the difference. And a
 * gate run by an unprivileged user still ends what its runs leave behind (an unprivileged user
 * namespace), and so does one run by a user with passwordless sudo (made here with useradd and a
 * sudoers drop-in, removed afterwards). Needs root to create the setuid binary and to switch users (skipped otherwise, saying why).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { randomUUID } from 'node:crypto'
import { runAction, repoRoot } from '../support/action.js'
import { testEnv } from '../support/env.js'

const isRoot = process.platform === 'linux' && process.getuid?.() === 0
const canNamespace =
  process.platform === 'linux' && spawnSync('unshare', ['--pid', '--fork', '--kill-child', '--mount-proc', 'perl', '-e', '0']).status === 0
const ready = isRoot && canNamespace
const why = ready ? '' : ' (skipped: needs Linux, root — to make a setuid binary and switch users — unshare and perl)'
const it = ready ? test : test.skip

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** A workspace any user can write (mkdtemp makes 0700 folders). */
function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-isolate-'))
  dirs.push(ws)
  chmodSync(ws, 0o777)
  return ws
}

const tokens = {
  'github-token': `ghs_${randomUUID().replace(/-/g, '')}`,
  ACTIONS_RUNTIME_TOKEN: `rt-${randomUUID()}`,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: `oidc-${randomUUID()}`,
  GITHUB_TOKEN: `ghs_${randomUUID().replace(/-/g, '')}`
}

/**
 * The hostile experiment: bash, reporting what it found as metrics (0/1 flags and ids), so both
 * runs agree and the gate is reproducible.
 */
function hostile(suid: string): string {
  const values = Object.values(tokens).join('\n')
  return `#!/bin/bash
set +e
printf '%s\\n' '${values}' > /tmp/rg-needles.$$
needles=/tmp/rg-needles.$$
# Root would see the host's /proc under the namespace's own.
umount /proc 2>/dev/null || umount -l /proc 2>/dev/null
has_token() { grep -aqsF -f "$needles" "$1"; }
# Every ancestor, by PPid, from this shell's own entry (/proc/self opened by bash itself).
# (loops with a redirect, not $(…): a subshell's pid is gone by the time it is read)
self=; while read -r k v; do [ "$k" = Pid: ] && self=$v; done < /proc/self/status
ancestor=0; walked=0; p=$self
while :; do
  next=; while read -r k v; do [ "$k" = PPid: ] && next=$v; done < /proc/$p/status 2>/dev/null
  p=$next
  [ -z "$p" ] || [ "$p" = 0 ] && break
  walked=$((walked + 1))
  has_token /proc/$p/environ && ancestor=1
done
# Every process's environment it can read, in one pass.
any=0; grep -aqsF -f "$needles" /proc/[0-9]*/environ && any=1
own=0; env | grep -qF -f "$needles" && own=1
rm -f "$needles"
sudo_ok=0; sudo -n true 2>/dev/null && sudo_ok=1
suid_euid=$(${suid} -u 2>/dev/null || echo -1)
nnp=$(awk '/^NoNewPrivs:/ {print $2}' /proc/self/status)
cap=$(awk '/^CapEff:/ {print $2}' /proc/self/status)
[ "$cap" = 0000000000000000 ] && caps=0 || caps=1
echo "walked=$walked" >&2
printf '{"ancestor": %s, "any": %s, "own": %s, "sudo": %s, "suid_euid": %s, "uid": %s, "nnp": %s, "caps": %s, "walked_some": %s}\\n' \\
  $ancestor $any $own $sudo_ok $suid_euid $(id -u) "\${nnp:-0}" $caps $([ $walked -gt 0 ] && echo 1 || echo 0) > metrics.json
`
}

interface Metrics {
  ancestor: number
  any: number
  own: number
  sudo: number
  suid_euid: number
  uid: number
  nnp: number
  caps: number
  walked_some: number
}

async function gate(
  isolate: string
): Promise<{ metrics: Metrics; report: { verdict: string; containment: Record<string, unknown>; errors: unknown[] } }> {
  const ws = workspace()
  // A setuid-root program the experiment may try to regain root with.
  const suid = path.join(ws, 'suid-id')
  copyFileSync('/usr/bin/id', suid)
  chmodSync(suid, 0o4755)
  writeFileSync(path.join(ws, 'train.sh'), hostile(suid))
  const run = await runAction({
    workspace: ws,
    inputs: {
      command: 'bash train.sh',
      isolate,
      'github-token': tokens['github-token'],
      snapshot: 'false',
      baseline: 'false',
      comment: 'never',
      'report-path': 'report.json'
    },
    env: {
      ACTIONS_RUNTIME_TOKEN: tokens.ACTIONS_RUNTIME_TOKEN,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: tokens.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
      GITHUB_TOKEN: tokens.GITHUB_TOKEN
    }
  })
  const report = JSON.parse(readFileSync(path.join(ws, 'report.json'), 'utf8')) as {
    verdict: string
    containment: Record<string, unknown>
    errors: unknown[]
    runs: { metricsFile: string }[]
  }
  if (!report.runs[0]?.metricsFile) throw new Error(`no metrics: ${run.stdout}\n${run.stderr}`)
  const metrics = JSON.parse(readFileSync(report.runs[0].metricsFile, 'utf8')) as Metrics
  return { metrics, report }
}

describe(`isolate: the experiment cannot reach the gate's tokens or regain root${why}`, () => {
  it('isolated: no ancestor’s or other process’s environment holds a token, and there is no way back to root', async () => {
    const { metrics, report } = await gate('true')
    expect(report.errors).toEqual([])
    expect(report.containment).toMatchObject({
      method: 'pid-namespace',
      isolated: true,
      user: 'nobody (65534:65534)',
      rootCanEscape: false
    })
    expect(metrics).toMatchObject({ ancestor: 0, any: 0, own: 0, sudo: 0, uid: 65534, suid_euid: 65534, nnp: 1, caps: 0 })
  })

  it('not isolated, the same experiment (root here) finds the tokens in the gate’s environment', async () => {
    const { metrics, report } = await gate('false')
    expect(report.containment).toMatchObject({ method: 'pid-namespace', isolated: false, rootCanEscape: true })
    expect(metrics).toMatchObject({ ancestor: 1, any: 1, walked_some: 1, uid: 0 })
  })
})

describe(`a gate run by an unprivileged user${why}`, () => {
  /** The CLI from dist/, as uid 65534, in a folder it owns. */
  function asNobody(ws: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(
      'setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', '--', process.execPath, path.join(repoRoot, 'dist', 'cli.js'), ...args],
      {
        cwd: ws,
        env: testEnv({ HOME: ws }),
        encoding: 'utf8',
        timeout: 120_000
      }
    )
    return { status: result.status, stdout: result.stdout, stderr: result.stderr }
  }

  it('ends the issue’s daemon, a double fork and a changed process group (an unprivileged user namespace), and names them', async () => {
    const ws = workspace()
    const marker = `rg-${randomUUID().slice(0, 8)}`
    writeFileSync(
      path.join(ws, 'train.sh'),
      [
        `setsid env -i bash -c 'exec -a ${marker}-scrubbed sleep 300' & disown`,
        `( ( exec -a ${marker}-doublefork sleep 301 & ) & )`,
        `perl -e 'setpgrp(0, 0); exec { "sleep" } "${marker}-pgroup", "302"' &`,
        `for i in $(seq 200); do [ "$(pgrep -fc '^${marker}-' || true)" -ge 3 ] && break; sleep 0.05; done`,
        `echo '{"accuracy": 0.9}' > metrics.json`
      ].join('\n')
    )
    const result = asNobody(ws, ['--no-snapshot', '--report-path', 'report.json', '--', 'bash', 'train.sh'])
    const alive = readdirSync('/proc').filter(
      (p) =>
        /^\d+$/.test(p) &&
        existsSync(`/proc/${p}/cmdline`) &&
        (() => {
          try {
            return readFileSync(`/proc/${p}/cmdline`, 'utf8').startsWith(`${marker}-`)
          } catch {
            return false
          }
        })()
    )
    alive.forEach((p) => spawnSync('kill', ['-9', p]))
    expect(alive).toEqual([])
    expect(result.status).toBe(0)
    const report = JSON.parse(readFileSync(path.join(ws, 'report.json'), 'utf8')) as {
      containment: Record<string, unknown>
      runs: { leftovers?: { count: number; processes: { command: string }[] } }[]
    }
    expect(report.containment).toMatchObject({ method: 'pid-namespace', via: 'user-namespace', isolated: false, rootCanEscape: false })
    for (const run of report.runs) {
      expect(run.leftovers?.count).toBe(3)
      expect(run.leftovers?.processes.map((p) => p.command).sort()).toEqual([
        `${marker}-doublefork 301`,
        `${marker}-pgroup 302`,
        `${marker}-scrubbed 300`
      ])
    }
  })

  it('isolate without root or passwordless sudo is an error naming the input, before any run', async () => {
    const ws = workspace()
    writeFileSync(path.join(ws, 'train.sh'), `touch ran\necho '{"accuracy": 0.9}' > metrics.json\n`)
    const result = asNobody(ws, ['--isolate', '--no-snapshot', '--report-path', 'report.json', '--', 'bash', 'train.sh'])
    expect(result.status).toBe(2)
    expect(`${result.stdout}${result.stderr}`).toMatch(/isolate: cannot isolate the experiment here: it needs root or passwordless sudo/)
    expect(existsSync(path.join(ws, 'ran'))).toBe(false)
  })
})

describe(`isolate: the working directory${why}`, () => {
  it('not writable by the isolated user: an error naming the input and what to do, before any run', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-isolate-ro-'))
    dirs.push(ws)
    chmodSync(ws, 0o755)
    writeFileSync(path.join(ws, 'train.sh'), `touch ran\necho '{"accuracy": 0.9}' > metrics.json\n`)
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), '--isolate', '--no-snapshot', '--', 'bash', 'train.sh'], {
      cwd: ws,
      env: testEnv()
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(2)
    expect(out).toMatch(/isolate: cannot isolate the experiment here: the working directory .* is not writable by nobody \(65534:65534\)/)
    expect(existsSync(path.join(ws, 'ran'))).toBe(false)
  })
})

/**
 * The GitHub-hosted runner's case: the gate's user is not root but has passwordless sudo. The test
 * makes such a user (useradd and a sudoers drop-in, removed afterwards); skipped where it cannot.
 */
const SUDO_USER = 'rg-sudo-test'
const canSudoUser = ready && spawnSync('sudo', ['-V']).status === 0 && spawnSync('useradd', ['--help']).status === 0
const whySudo = canSudoUser ? '' : ' (skipped: needs root, sudo and useradd to make a user with passwordless sudo)'
const itSudo = canSudoUser ? test : test.skip

describe(`a gate run by a user with passwordless sudo, as on GitHub-hosted runners${whySudo}`, () => {
  const sudoers = `/etc/sudoers.d/${SUDO_USER}`
  let made = false
  beforeAllIf(canSudoUser, () => {
    if (spawnSync('id', ['-u', SUDO_USER]).status !== 0) {
      expect(spawnSync('useradd', ['--no-create-home', '--shell', '/bin/bash', SUDO_USER]).status).toBe(0)
      made = true
    }
    writeFileSync(sudoers, `${SUDO_USER} ALL=(ALL) NOPASSWD:ALL\n`, { mode: 0o440 })
  })
  afterAll(() => {
    if (!canSudoUser) return
    rmSync(sudoers, { force: true })
    if (made) spawnSync('userdel', [SUDO_USER])
  })

  function asSudoUser(ws: string, args: string[], extraEnv: Record<string, string> = {}): { status: number | null; out: string } {
    const result = spawnSync(
      'setpriv',
      [
        `--reuid=${SUDO_USER}`,
        `--regid=${SUDO_USER}`,
        '--init-groups',
        '--',
        process.execPath,
        path.join(repoRoot, 'dist', 'cli.js'),
        ...args
      ],
      {
        cwd: ws,
        env: testEnv({ HOME: ws, ...extraEnv }),
        encoding: 'utf8',
        timeout: 120_000
      }
    )
    return { status: result.status, out: `${result.stdout}${result.stderr}` }
  }

  itSudo('runs are contained through sudo -n unshare and setpriv back to the user; the daemon is ended and named', async () => {
    const ws = workspace()
    const marker = `rg-${randomUUID().slice(0, 8)}`
    writeFileSync(
      path.join(ws, 'train.sh'),
      [
        `setsid env -i bash -c 'exec -a ${marker}-scrubbed sleep 300' & disown`,
        `for i in $(seq 200); do pgrep -f '^${marker}-' >/dev/null && break; sleep 0.05; done`,
        `printf '{"uid": %s}\\n' "$(id -u)" > metrics.json`
      ].join('\n')
    )
    const result = asSudoUser(ws, ['--no-snapshot', '--report-path', 'report.json', '--', 'bash', 'train.sh'])
    const alive = spawnSync('pgrep', ['-f', `^${marker}-`], { encoding: 'utf8' }).stdout.trim()
    for (const pid of alive.split('\n').filter(Boolean)) spawnSync('kill', ['-9', pid])
    expect(alive).toBe('')
    expect(result.status).toBe(0)
    const report = JSON.parse(readFileSync(path.join(ws, 'report.json'), 'utf8')) as {
      containment: Record<string, unknown>
      runs: { metricsFile: string; leftovers?: { count: number; processes: { command: string }[] } }[]
    }
    expect(report.containment).toMatchObject({
      method: 'pid-namespace',
      via: 'sudo',
      isolated: false,
      rootCanEscape: true,
      note: expect.stringMatching(/passwordless sudo/)
    })
    const uid = Number(spawnSync('id', ['-u', SUDO_USER], { encoding: 'utf8' }).stdout.trim())
    for (const run of report.runs) {
      expect(run.leftovers).toEqual({ count: 1, processes: [{ name: 'sleep', command: `${marker}-scrubbed 300` }] })
      // Back to the gate's user, not root.
      expect(JSON.parse(readFileSync(run.metricsFile, 'utf8'))).toEqual({ uid })
    }
  })

  itSudo('isolate through sudo: the experiment is nobody, without the token, and sudo refuses it', async () => {
    const ws = workspace()
    writeFileSync(
      path.join(ws, 'train.sh'),
      `sudo -n true 2>/dev/null && s=1 || s=0\nenv | grep -q "^GITHUB_TOKEN=" && t=1 || t=0\nprintf '{"uid": %s, "sudo": %s, "token": %s}\\n' "$(id -u)" $s $t > metrics.json\n`
    )
    const result = asSudoUser(ws, ['--isolate', '--no-snapshot', '--report-path', 'report.json', '--', 'bash', 'train.sh'], {
      GITHUB_TOKEN: 'ghs_seededForTheIsolateTest0000000000'
    })
    expect(result.status).toBe(0)
    const report = JSON.parse(readFileSync(path.join(ws, 'report.json'), 'utf8')) as {
      containment: Record<string, unknown>
      runs: { metricsFile: string }[]
    }
    expect(report.containment).toMatchObject({ via: 'sudo', isolated: true, user: 'nobody (65534:65534)', rootCanEscape: false })
    expect(JSON.parse(readFileSync(report.runs[0].metricsFile, 'utf8'))).toEqual({ uid: 65534, sudo: 0, token: 0 })
  })
})

/** beforeAll that does nothing where the suite is skipped. */
function beforeAllIf(condition: boolean, fn: () => void): void {
  if (condition) beforeAll(fn)
}
