/** What the runs stage produces: one record per run of the experiment. */
import type { EncodedValue } from '../metrics/values.js'

export interface RunRecord {
  /** 1-based, as REPRO_RUN. */
  index: number
  exitCode: number | null
  signal: string | null
  durationMs: number
  timedOut: boolean
  cancelled: boolean
  /** The run's own folder; the files it created or changed were moved to its `files/` folder. */
  outputDir: string
  /** Absolute path the metrics were read from (inside outputDir after the move), or null. */
  metricsFile: string | null
  metrics: Record<string, EncodedValue> | null
  artifacts: ArtifactFile[]
  /** Why this run cannot be compared (crash, timeout, no metrics, invalid metrics). */
  error: string | null
  /** Last lines of stdout+stderr, redacted and bounded. */
  outputTail: string
  /** Processes still running when the run's main process exited, ended by the gate (absent: none, or not known). */
  leftovers?: Leftovers
}

export interface ArtifactFile {
  /** Relative to the working directory, forward slashes. */
  path: string
  /** Empty when the file was skipped. */
  sha256: string
  bytes: number
  /** Why it was not hashed: a symbolic link (moved as a link, never followed), a FIFO, a device. */
  skipped?: string
  /** Where this run's copy is kept (absolute); absent when it could not be moved there (see the files section's warnings). */
  copy?: string
}

/**
 * A file matched by the metrics path or the artifact globs before run 1: the experiment's input.
 * Every run starts from these bytes; the gate keeps a copy of them (`saved`) until it ends.
 */
export interface InputFile {
  /** Relative to the working directory, forward slashes. */
  path: string
  /** sha256 and size before the gate (empty and 0 for a symbolic link: `link` names its target). */
  sha256: string
  bytes: number
  link?: string
  /** The copy of it from before the gate, kept in the gate's own folder. */
  saved: string
  /**
   * What the working directory holds after the gate: `before` (the bytes from before the gate),
   * `run 1` (run 1 changed it: its version, as one plain run leaves it), or `unverified` (it could
   * not be put back with the recorded sha256: `saved` holds the original).
   */
  after: 'before' | 'run 1' | 'unverified'
}

/** Where the experiment's files are after the gate: the report's `files` section. */
export interface WorkspaceFiles {
  /** Run 1's metrics file and artifacts back in the working directory with run 1's bytes, as one plain run leaves them. */
  inWorkspace: string[]
  /** Every run's copies: `<folder>/<path relative to the working directory>`. */
  copies: { run: number; folder: string }[]
  inputs: InputFile[]
  /** One line per file that could not be kept, put back or checked. */
  warnings: string[]
}

/** How a run's processes were contained: `user-namespace` = unprivileged, the gate's user mapped to itself. */
export type ContainmentVia = 'unshare' | 'sudo' | 'user-namespace'

/** How the runs were kept from outliving the gate (and, with `isolate`, from reaching it). */
export interface Containment {
  /** `pid-namespace`: each run has its own PID namespace and /proc; `tracking`: the inherited variable only. */
  method: 'pid-namespace' | 'tracking'
  via: ContainmentVia | null
  /** Input `isolate`: an unprivileged user, no_new_privs, no capabilities, no tokens. */
  isolated: boolean
  /** Isolated: who the experiment ran as, `name (uid:gid)`. */
  user: string | null
  /** Whether a process of the experiment that is or becomes root could still outlive the run. */
  rootCanEscape: boolean
  /** In words: what holds, and what does not. */
  note: string
}

/** A process that was still running when the run's main process exited, and was ended with it. */
export interface LeftoverProcess {
  /** The kernel's name for it (`comm`, 15 characters at most). */
  name: string
  /** Its command line as it shows it (argv joined by spaces; argv[0] as the process set it), at most 300 characters. */
  command: string
}

/** What was ended after a run: every process it left behind. */
export interface Leftovers {
  count: number
  /** The first 20 of them. */
  processes: LeftoverProcess[]
}
