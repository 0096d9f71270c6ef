/**
 * One small Perl process per gate that starts every run, so that a run costs a fork of Perl
 * instead of a fork of Node: forking the gate's Node process (tens of MB of page tables) was the
 * largest part of what each run cost beyond the command, on a VM several milliseconds a run.
 *
 * The spawner makes each run's namespaces itself, with unshare(2), setns(2) and mount(2) through
 * Perl's `syscall` (no `unshare` or second Perl to exec): per run, it leaves for a new PID
 * namespace and forks the run's PID 1 — the same init as containment.ts's INIT, already
 * compiled — which takes a mount namespace of its own, mounts /proc, starts the experiment and
 * writes its status. It behaves as `unshare --pid --fork --kill-child --mount-proc perl -e INIT …`
 * did: the init ignores SIGINT and SIGTERM (PID 1 without handlers) and dies with the spawner
 * (PR_SET_PDEATHSIG). Started through sudo, the spawner is root once, and no run pays for sudo.
 * Without privileges (an unprivileged user namespace) a child of the spawner makes the namespaces,
 * as `unshare --map-current-user` did, and waits for the init while ignoring SIGINT and SIGTERM.
 *
 * Protocol, one run at a time. Node writes `<bytes>\n<fields>`, the fields NUL-separated: a
 * random word for the run's marks, the working directory, the status file, the environment file,
 * the experiment's argv. The spawner answers with marks in the output streams (sudo closes every
 * other descriptor): `\0<word>:p<pid>\0` on stdout once the run's process group exists (to signal
 * on timeout or cancel); `\0<word>:s\0` on stdout from the init, just before it starts the
 * experiment (until then anything on the streams is the chain's own complaint); once the run's every process is gone, `\0<word>:e\0` on stderr and
 * `\0<word>:d<wait status>\0` on stdout, after all of the run's output. The runs share the
 * spawner's stdout and stderr: it clears O_NONBLOCK on them before and after each run, so a run
 * starts with a blocking pipe as it would with a fresh one.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import type { Readable, Writable } from 'node:stream'
import { INIT_BODY } from './init.js'

/** unshare(2), mount(2), prctl(2), setns(2) and exit_group(2) by architecture; elsewhere runs are started as before (unshare and perl per run). */
const SYSCALLS: Partial<Record<string, [unshare: number, mount: number, prctl: number, setns: number, exitGroup: number]>> = {
  x64: [272, 165, 157, 308, 231],
  arm64: [97, 40, 167, 268, 94]
}

export function spawnerSyscalls(arch: string = process.arch): number[] | null {
  return SYSCALLS[arch] ?? null
}

/**
 * The command that starts a spawner: `pid` (privileged: root, or through sudo) or `user` (an
 * unprivileged user namespace mapping `self`); null where this architecture has none.
 */
export function spawnerCommand(mode: 'pid' | 'user', sudo: boolean, self: { uid: number; gid: number }, arch: string): string[] | null {
  const syscalls = spawnerSyscalls(arch)
  if (!syscalls) return null
  const perl = ['perl', '-e', SPAWNER, mode, ...syscalls.map(String), String(self.uid), String(self.gid)]
  return sudo ? ['sudo', '-n', '--', ...perl] : perl
}

/** The spawner's source: args mode (`pid` or `user`), the five syscall numbers, the uid and gid to map (`user`). */
export const SPAWNER = String.raw`
my ($mode, $nr_unshare, $nr_mount, $nr_prctl, $nr_setns, $nr_exit, $uid, $gid) = @ARGV;
# A forked Perl's exit (global destruction, every signal handler reset) costs milliseconds a run;
# the init and the namespace's maker have nothing to flush or destroy.
sub leave { syscall($nr_exit + 0, $_[0] + 0) }
binmode STDIN;
my $own_pid_ns;
if ($mode eq 'pid') { open($own_pid_ns, '<', '/proc/self/ns/pid') or die "repro-gate: /proc/self/ns/pid: $!\n" }
sub blocking { for my $fh (\*STDOUT, \*STDERR) { my $fl = fcntl($fh, 3, 0); fcntl($fh, 4, $fl & ~0x800) if $fl } }
sub fail { syswrite(STDERR, "repro-gate: $_[0]\n"); exit 125 }
sub put { my ($file, $text) = @_; open(my $f, '>', $file) or fail("$file: $!"); print $f $text; close $f or fail("$file: $!") }
# The run's random word (its marks): the init marks the moment the experiment is about to start.
my $mark;
sub started { syswrite(STDOUT, "\0$mark:s\0") }
sub init {
  my ($status, $envf, @cmd) = @_;
${INIT_BODY}
}
# In the new PID namespace (its PID 1): a mount namespace of its own, with its own /proc.
sub become_init {
  my ($cwd, $status, $envf, @cmd) = @_;
  syscall($nr_prctl + 0, 1, 9, 0, 0, 0);
  if ($mode eq 'pid') {
    open(STDIN, '<', '/dev/null'); setpgrp(0, 0);
    syscall($nr_unshare + 0, 0x20000) == 0 or fail("unshare: $!");
  }
  chdir($cwd) or fail("cannot enter $cwd: $!");
  my ($none, $root, $proc, $procdir) = ('none', '/', 'proc', '/proc');
  syscall($nr_mount + 0, $none, $root, 0, 0x44000, 0) == 0 or fail("mount --make-rprivate /: $!");
  syscall($nr_mount + 0, $proc, $procdir, $proc, 14, 0) == 0 or fail("mount /proc: $!");
  init($status, $envf, @cmd);
}
# pid: the spawner is privileged and leaves for a new PID namespace itself (setns back to its own
# first, which unshare requires), so the init is its child. user: a child makes the user namespace
# (the spawner must stay outside it), ignores SIGINT and SIGTERM, and waits for the init.
sub start {
  my @run = @_;
  if ($mode eq 'pid') {
    syscall($nr_setns + 0, fileno($own_pid_ns), 0x20000000) == 0 or return (undef, "setns: $!");
    syscall($nr_unshare + 0, 0x20000000) == 0 or return (undef, "unshare: $!");
    my $init = fork();
    become_init(@run) if defined $init && $init == 0;
    return ($init, "fork: $!");
  }
  my $child = fork();
  return ($child, "fork: $!") unless defined $child && $child == 0;
  open(STDIN, '<', '/dev/null'); setpgrp(0, 0);
  syscall($nr_unshare + 0, 0x10000000 | 0x20000000 | 0x20000) == 0 or fail("unshare: $!");
  put('/proc/self/setgroups', 'deny'); put('/proc/self/uid_map', "$uid $uid 1"); put('/proc/self/gid_map', "$gid $gid 1");
  my $init = fork();
  defined $init or fail("fork: $!");
  become_init(@run) if $init == 0;
  $SIG{INT} = $SIG{TERM} = 'IGNORE';
  waitpid($init, 0);
  leave(($? & 127) ? 128 + ($? & 127) : $? >> 8);
}
while (defined(my $len = <STDIN>)) {
  chomp $len;
  my $req = '';
  while (length($req) < $len) { my $n = read(STDIN, $req, $len - length($req), length($req)); exit 0 unless $n }
  ($mark, my @run) = split /\0/, $req, -1;
  blocking();
  my ($child, $why) = start(@run);
  my $st = 125 << 8;
  if (defined $child) { syswrite(STDOUT, "\0$mark:p$child\0"); $st = $? if waitpid($child, 0) == $child }
  else { syswrite(STDERR, "repro-gate: $why\n") }
  blocking();
  syswrite(STDERR, "\0$mark:e\0"); syswrite(STDOUT, "\0$mark:d$st\0");
}
`

/** The last two lines of what a process said on stderr, on one line: the gist of its complaint. */
export function lastWords(text: string): string {
  return text.trim().split('\n').slice(-2).join(' ').trim()
}

/** What one run through the spawner gives back. */
export interface SpawnedRun {
  /** The wait status of the run's first process (as waitpid gives it), or null when the spawner itself went. */
  waitStatus: number | null
  /** Whether the chain got as far as starting the experiment (the init's `s` mark). */
  started: boolean
  /** Why there is no wait status. */
  error?: string
}

export interface SpawnRequest {
  cwd: string
  statusFile: string
  envFile: string
  argv: string[]
  /** The run's process group, as soon as it exists. */
  onPid?(pid: number): void
  /** The chain is up and the experiment about to start: what came before was the chain's own output. */
  onStarted?(): void
  onStdout?(chunk: Buffer): void
  onStderr?(chunk: Buffer): void
}

/**
 * Takes the spawner's marks out of a stream (`\0<word>:<kind><digits>\0`, kinds p: the run's
 * process group, s: the experiment starts, d: done with this wait status, e: the end of stderr), passing everything else
 * on and holding back what may be the start of a mark.
 */
export class Marks {
  private held: Buffer = Buffer.alloc(0)
  private readonly prefix: Buffer
  constructor(word: string) {
    this.prefix = Buffer.from(`\0${word}:`)
  }

  /** The bytes to pass on, and the marks found (nothing after a `d` or `e` mark belongs to this run). */
  push(chunk: Buffer): { data: Buffer; marks: { kind: string; value: number }[] } {
    let buf = this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk
    this.held = Buffer.alloc(0)
    const parts: Buffer[] = []
    const marks: { kind: string; value: number }[] = []
    for (;;) {
      const at = buf.indexOf(this.prefix)
      if (at < 0) break
      const close = buf.indexOf(0, at + this.prefix.length)
      if (close < 0) {
        // A mark cut by the chunk's end: the rest comes with the next chunk.
        parts.push(buf.subarray(0, at))
        this.held = Buffer.from(buf.subarray(at))
        return { data: Buffer.concat(parts), marks }
      }
      parts.push(buf.subarray(0, at))
      const body = buf.subarray(at + this.prefix.length, close).toString('latin1')
      marks.push({ kind: body.slice(0, 1), value: Number(body.slice(1)) })
      buf = buf.subarray(close + 1)
      if (body[0] === 'd' || body[0] === 'e') return { data: Buffer.concat(parts), marks }
    }
    // Only a tail from a NUL on can be the beginning of a mark.
    for (let from = Math.max(0, buf.length - this.prefix.length + 1); from < buf.length; from++) {
      from = buf.indexOf(0, from)
      if (from < 0) break
      if (this.prefix.subarray(0, buf.length - from).equals(buf.subarray(from))) {
        this.held = Buffer.from(buf.subarray(from))
        parts.push(buf.subarray(0, from))
        return { data: Buffer.concat(parts), marks }
      }
    }
    parts.push(buf)
    return { data: parts.length === 1 ? parts[0] : Buffer.concat(parts), marks }
  }
}

interface Current {
  request: SpawnRequest
  out: Marks
  err: Marks
  outDone: boolean
  errDone: boolean
  started: boolean
  waitStatus: number | null | undefined
  resolve(result: SpawnedRun): void
}

/** How long an idle spawner stays: a gate's runs follow each other within milliseconds; a later gate starts its own. */
const IDLE_MS = 2000

/**
 * The spawner process for one way of containing runs: started on first use, ended when idle for
 * a while (and started again when wanted), never keeping the gate's process alive between runs.
 */
export class Spawner {
  private child: ChildProcess | null = null
  private current: Current | null = null
  private queue: Promise<unknown> = Promise.resolve()
  private idle: NodeJS.Timeout | undefined
  /** Why the spawner ended before it was asked to (its stderr when it never started: sudo's "a password is required"). */
  private died: string | null = null
  private stderrBeforeStart = ''

  constructor(
    /** The command that starts it: `perl` or `sudo -n -- perl`, with SPAWNER and its arguments. */
    private readonly argv: string[],
    private readonly env: Record<string, string>
  ) {}

  /** Runs one request (requests queue up: one run at a time). */
  run(request: SpawnRequest): Promise<SpawnedRun> {
    const result = this.queue.then(() => this.runNow(request))
    this.queue = result.catch(() => undefined)
    return result
  }

  /** Starts the process now (Perl compiles the spawner meanwhile), so that the first run does not wait for it. */
  warm(): void {
    this.child ??= this.start()
  }

  /** Ends the spawner and the run in progress at once (a chain that never came up). */
  kill(): void {
    const child = this.child
    this.close()
    try {
      child?.kill('SIGKILL')
    } catch {
      /* gone, or root's (started through sudo): its stdin is closed, it ends with the run */
    }
  }

  /** Ends the spawner (it exits when its stdin closes, after the run in progress). */
  close(): void {
    clearTimeout(this.idle)
    const child = this.child
    this.child = null
    child?.stdin?.end()
    if (child) this.setRef(child, false)
  }

  private start(): ChildProcess {
    const child = spawn(this.argv[0], this.argv.slice(1), {
      env: this.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own group: Ctrl-C in a terminal reaches the gate, which ends the run as it chooses.
      detached: true
    })
    this.died = null
    this.stderrBeforeStart = ''
    const stdout = child.stdout as Readable
    const stderr = child.stderr as Readable
    stdout.on('data', (chunk: Buffer) => this.output('out', chunk))
    stderr.on('data', (chunk: Buffer) => this.output('err', chunk))
    ;(child.stdin as Writable).on('error', () => undefined)
    const gone = (why: string): void => {
      if (this.child === child) this.child = null
      this.died = why
      const current = this.current
      if (current && current.waitStatus === undefined) {
        this.current = null
        current.resolve({ waitStatus: null, started: current.started, error: why })
      }
    }
    child.on('error', (err) => gone(`could not start ${this.argv[0]}: ${err.message}`))
    child.on('exit', (code, signal) => {
      const said = lastWords(this.stderrBeforeStart)
      gone(said || `the run's spawner (${this.argv[0]}) ended (${signal ?? `exit ${code}`})`)
    })
    this.setRef(child, false)
    return child
  }

  private setRef(child: ChildProcess, on: boolean): void {
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as ({ ref?(): void; unref?(): void } | null)[]) {
      if (on) handle?.ref?.()
      else handle?.unref?.()
    }
  }

  private runNow(request: SpawnRequest): Promise<SpawnedRun> {
    clearTimeout(this.idle)
    const child = this.child ?? (this.child = this.start())
    this.setRef(child, true)
    return new Promise<SpawnedRun>((resolve) => {
      const word = `repro-gate-${randomBytes(12).toString('hex')}`
      this.current = {
        request,
        out: new Marks(word),
        err: new Marks(word),
        outDone: false,
        errDone: false,
        started: false,
        waitStatus: undefined,
        resolve: (result) => {
          if (this.child === child) {
            this.setRef(child, false)
            this.idle = setTimeout(() => this.close(), IDLE_MS)
            this.idle.unref()
          }
          resolve(result)
        }
      }
      const fields = [word, request.cwd, request.statusFile, request.envFile, ...request.argv]
      const payload = Buffer.from(fields.join('\0'))
      ;(child.stdin as Writable).write(Buffer.concat([Buffer.from(`${payload.length}\n`), payload]))
    })
  }

  private output(stream: 'out' | 'err', chunk: Buffer): void {
    const current = this.current
    if (!current) {
      // Before any run: the spawner's own complaint (sudo's). After a run: a stray writer, not any
      // run's (a root process that left the namespace can write for ever): only the last 2,000 kept.
      if (stream === 'err' && this.child && !this.died)
        this.stderrBeforeStart = (this.stderrBeforeStart + chunk.toString('utf8')).slice(-2000)
      return
    }
    const { data, marks } = (stream === 'out' ? current.out : current.err).push(chunk)
    if (data.length > 0) (stream === 'out' ? current.request.onStdout : current.request.onStderr)?.(data)
    for (const { kind, value } of marks) {
      if (kind === 'p') current.request.onPid?.(value)
      else if (kind === 's') {
        current.started = true
        current.request.onStarted?.()
      } else if (kind === 'e') current.errDone = true
      else if (kind === 'd') {
        current.outDone = true
        current.waitStatus = value
      }
    }
    if (marks.length > 0) this.settle()
  }

  private settle(): void {
    const current = this.current
    if (!current || current.waitStatus === undefined || !current.outDone || !current.errDone) return
    this.current = null
    current.resolve({ waitStatus: current.waitStatus, started: current.started })
  }
}
