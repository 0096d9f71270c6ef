/**
 * What the runs stage produces: one record per run of the experiment, the files section, how the
 * runs were contained and what they left behind. Each is written once as its JSON Schema fragment
 * (the report's schema embeds them); the TypeScript type is derived from it.
 */
import { encodedValueSchema } from '../metrics/schema.js'
import { closed, countOf, enumOrNull, nonNegativeNumber, nullable, oneOf, recordOf, strings, Type, type Static } from '../json-schema.js'

/** A sha256 in hex; empty when the file was skipped (or is a link). */
const sha256OrEmpty = Type.String({ pattern: '^([0-9a-f]{64})?$' })

/** A process that was still running when the run's main process exited, and was ended with it. */
export const leftoverProcessSchema = closed({
  /** The kernel's name for it (`comm`, 15 characters at most). */
  name: Type.String(),
  /** Its command line as it shows it (argv joined by spaces; argv[0] as the process set it), at most 300 characters. */
  command: Type.String()
})
export type LeftoverProcess = Static<typeof leftoverProcessSchema>

/** What was ended after a run: every process it left behind. */
export const leftoversSchema = closed(
  {
    count: countOf(),
    /** The first 20 of them. */
    processes: Type.Array(leftoverProcessSchema, { maxItems: 20 })
  },
  { description: 'Processes still running when the run’s main process exited, ended with its PID namespace.' }
)
export type Leftovers = Static<typeof leftoversSchema>

export const artifactFileSchema = closed({
  /** Relative to the working directory, forward slashes. */
  path: Type.String(),
  /** Empty when the file was skipped. */
  sha256: sha256OrEmpty,
  bytes: countOf(),
  /** Why it was not hashed: a symbolic link (moved as a link, never followed), a FIFO, a device. */
  skipped: Type.Optional(Type.String()),
  /** Where this run's copy is kept (absolute); absent when it could not be moved there (see the files section's warnings). */
  copy: Type.Optional(Type.String())
})
export type ArtifactFile = Static<typeof artifactFileSchema>

export const runRecordSchema = closed({
  /** 1-based, as REPRO_RUN. */
  index: Type.Integer({ minimum: 1 }),
  exitCode: nullable(Type.Integer()),
  signal: nullable(Type.String()),
  durationMs: nonNegativeNumber(),
  timedOut: Type.Boolean(),
  cancelled: Type.Boolean(),
  /** The run's own folder; the files it created or changed were moved to its `files/` folder. */
  outputDir: Type.String(),
  /** Absolute path the metrics were read from (inside outputDir after the move), or null. */
  metricsFile: nullable(Type.String()),
  /**
   * The values the run reported; null when it reported none. Absent for a run whose values the
   * report's metric comparison holds (its k-th value for the k-th compared run): a million metrics
   * are kept once, in memory as in a stored report (see report/schema.ts).
   */
  metrics: Type.Optional(oneOf([Type.Null(), recordOf(encodedValueSchema)])),
  artifacts: Type.Array(artifactFileSchema),
  /** Why this run cannot be compared (crash, timeout, no metrics, invalid metrics). */
  error: nullable(Type.String()),
  /** Last lines of stdout+stderr, redacted and bounded. */
  outputTail: Type.String(),
  /** Processes still running when the run's main process exited, ended by the gate (absent: none, or not known). */
  leftovers: Type.Optional(leftoversSchema)
})
export type RunRecord = Static<typeof runRecordSchema>

/**
 * A file matched by the metrics path or the artifact globs before run 1: the experiment's input.
 * Every run starts from these bytes; the gate keeps a copy of them (`saved`) until it ends.
 */
export const inputFileSchema = closed({
  /** Relative to the working directory, forward slashes. */
  path: Type.String(),
  /** sha256 and size before the gate (empty and 0 for a symbolic link: `link` names its target). */
  sha256: sha256OrEmpty,
  bytes: countOf(),
  link: Type.Optional(Type.String()),
  /** The copy of it from before the gate, kept in the gate's own folder. */
  saved: Type.String(),
  /**
   * What the working directory holds after the gate: `before` (the bytes from before the gate),
   * `run 1` (run 1 changed it: its version, as one plain run leaves it), or `unverified` (it could
   * not be put back with the recorded sha256: `saved` holds the original).
   */
  after: Type.Enum(['before', 'run 1', 'unverified'])
})
export type InputFile = Static<typeof inputFileSchema>

/** Where the experiment's files are after the gate: the report's `files` section. */
export const workspaceFilesSchema = closed(
  {
    inWorkspace: Type.Array(Type.String(), {
      description: "Run 1's metrics file and artifacts in the working directory with run 1's bytes (relative paths)."
    }),
    /** Every run's copies: `<folder>/<path relative to the working directory>`. */
    copies: Type.Array(closed({ run: Type.Integer({ minimum: 1 }), folder: Type.String() })),
    inputs: Type.Array(inputFileSchema),
    /** One line per file that could not be kept, put back or checked. */
    warnings: strings()
  },
  {
    description:
      "Where the experiment's files are after the gate: run 1's outputs back in the working directory, each run's copies, the inputs and what could not be put back."
  }
)
export type WorkspaceFiles = Static<typeof workspaceFilesSchema>

/** How a run's processes were contained: `user-namespace` = unprivileged, the gate's user mapped to itself. */
export const CONTAINMENT_VIAS = ['unshare', 'sudo', 'user-namespace'] as const
export type ContainmentVia = (typeof CONTAINMENT_VIAS)[number]

/** How the runs were kept from outliving the gate (and, with `isolate`, from reaching it). */
export const containmentSchema = closed(
  {
    /** `pid-namespace`: each run has its own PID namespace and /proc; `tracking`: the inherited variable only. */
    method: Type.Enum(['pid-namespace', 'tracking']),
    via: enumOrNull(CONTAINMENT_VIAS),
    /** Input `isolate`: an unprivileged user, no_new_privs, no capabilities, no tokens. */
    isolated: Type.Boolean(),
    /** Isolated: who the experiment ran as, `name (uid:gid)`. */
    user: nullable(Type.String()),
    /** Whether a process of the experiment that is or becomes root could still outlive the run. */
    rootCanEscape: Type.Boolean(),
    /** In words: what holds, and what does not. */
    note: Type.String()
  },
  { description: 'How the runs were kept from outliving the gate (and, isolated, from reaching it).' }
)
export type Containment = Static<typeof containmentSchema>

/** What this stage adds to the report besides its runs (report/schema.ts spreads it in). */
export const runsReportSections = {
  /** Where the experiment's files are after the gate: run 1's back in place, each run's copies, the inputs. */
  files: Type.Optional(workspaceFilesSchema),
  /** How the runs' processes were contained: a PID namespace per run or the tracking variable; isolated or not. */
  containment: Type.Optional(containmentSchema)
}
