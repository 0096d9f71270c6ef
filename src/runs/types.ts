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
  /** The run's own folder, where the files it created or changed were moved. */
  outputDir: string
  /** Absolute path the metrics were read from (inside outputDir after the move), or null. */
  metricsFile: string | null
  metrics: Record<string, EncodedValue> | null
  artifacts: ArtifactFile[]
  /** Why this run cannot be compared (crash, timeout, no metrics, invalid metrics). */
  error: string | null
  /** Last lines of stdout+stderr, redacted and bounded. */
  outputTail: string
}

export interface ArtifactFile {
  /** Relative to the working directory, forward slashes. */
  path: string
  /** Empty when the file was skipped. */
  sha256: string
  bytes: number
  /** Why it was not hashed: not a regular file (a FIFO, /dev/zero, a link to one). */
  skipped?: string
}
