import { promises as fs } from 'node:fs'
import * as path from 'node:path'
import type { RunPlan } from '../plan/plan.js'
import { runVariables } from '../plan/seeds.js'
import type { ArtifactFile, Containment, InputFile, RunRecord } from './types.js'
import { prepareContainment, type Launcher } from './containment.js'
import type { FlatMetrics } from '../metrics/values.js'
import { forgetShape, readMetricsFile } from '../metrics/read.js'
import { hashFile } from '../hash.js'
import { SkippedFileError } from '../regular-file.js'
import { OutputGuard, type FileOps, type ReferenceFile } from './outputs.js'
import { runProcess } from './process.js'
import { errorMessage } from '../errors.js'
import { changedMetricsLikeFiles, metricsPathHint, quotedCommandHint } from './hints.js'

/** Live progress of the runs, for log groups (action) or terminal headers (CLI). */
export interface RunObserver {
  onRunStart?(index: number, total: number, dir: string): void
  onOutput?(index: number, text: string): void
  onRunEnd?(record: RunRecord): void
  /** A run beyond the repeats (a varied run, the seed audit); `label` says what it changes. */
  onExtraRunStart?(label: string, dir: string): void
  onExtraRunEnd?(label: string, record: RunRecord): void
}

export interface RunsResult {
  records: RunRecord[]
  /** Flattened metrics per executed run (null where the run has none). */
  metrics: (FlatMetrics | null)[]
  /** Files that existed before run 1 and were treated as inputs. */
  inputs: string[]
  /** Runs not executed because an earlier one failed or the job was cancelled. */
  skipped: number
  /** Why the runs stopped early when no run's own failure says it (an input that could not be put back). */
  stopped?: string | null
  /** The inputs, run 1's copies and what could not be moved: for leaveWorkspace at the end of the gate. */
  files?: RunFiles
  /** How the runs' processes were contained (absent when none was started). */
  containment?: Containment
}

/** One probe per gate and working directory: the way that works does not change between runs. */
const launchers = new Map<string, Promise<Launcher>>()

/** How runs in `plan` are contained here (probed once; throws IsolationError when `isolate` cannot be had). */
function containmentFor(plan: Pick<RunPlan, 'cwd' | 'env' | 'isolate'>): Promise<Launcher> {
  const key = JSON.stringify([plan.cwd, plan.env.PATH ?? '', plan.isolate?.spec ?? null])
  let launcher = launchers.get(key)
  if (!launcher) {
    launcher = prepareContainment({ env: plan.env, cwd: plan.cwd, isolate: plan.isolate })
    launchers.set(key, launcher)
    // A failure is not remembered: the next gate in this process may have what was missing.
    launcher.catch(() => launchers.delete(key))
  }
  return launcher
}

/** What the runs leave for the end of the gate. */
export interface RunFiles {
  /** Inputs saved before run 1. */
  inputs: InputFile[]
  /** Run 1's kept copies, to put back in the working directory. */
  reference: ReferenceFile[]
  warnings: string[]
}

/** Lines of output the report keeps per run: enough to see a traceback, bounded for the JSON. */
const TAIL_LINES = 40
const TAIL_CHARS = 8000

/**
 * The last lines of a run's output as a terminal shows them: a line that a progress bar rewrote
 * with `\r` keeps only its last state, so a traceback after a megabyte of progress is not pushed out.
 */
export function boundedTail(text: string, lines = TAIL_LINES, chars = TAIL_CHARS): string {
  const last = text
    .split('\n')
    .slice(-lines - 1)
    .map(lastRewrite)
    .join('\n')
  return last.length > chars ? last.slice(-chars) : last
}

/** What is left of a line after its carriage returns: the text after the last one (a `\r\n` ending keeps the line). */
function lastRewrite(line: string): string {
  const trimmed = line.replace(/\r+$/, '')
  const cr = trimmed.lastIndexOf('\r')
  return cr < 0 ? trimmed : trimmed.slice(cr + 1)
}

function describeFailure(
  exitCode: number | null,
  signal: string | null,
  timedOut: boolean,
  cancelled: boolean,
  timeoutMs: number | null
): string {
  if (cancelled) return 'was cancelled (the job received SIGINT/SIGTERM); its process tree was killed'
  if (timedOut) return `timed out after ${(timeoutMs ?? 0) / 60000} minute(s) (timeout-minutes); its process tree was killed`
  if (signal) return `was killed by ${signal}`
  return `exited with code ${exitCode}`
}

/**
 * Runs the experiment `plan.runs` times, one after the other, each with its own REPRO_* variables
 * and output folder. Stops at the first run that fails to exit cleanly or to write usable metrics
 * (later runs could only repeat the failure, and experiments are expensive). Never throws for what the experiment does.
 */
export async function executeRuns(
  plan: RunPlan,
  options: {
    observer?: RunObserver
    signal?: AbortSignal
    killGraceMs?: number
    /** REPRO_RUNS as the experiment sees it, when this is an extra run of a larger set. */
    announcedRuns?: number
    /** The file writes (tests inject a full disk). */
    fileOps?: FileOps
  } = {}
): Promise<RunsResult> {
  const guard = new OutputGuard(
    plan.cwd,
    { metricsFile: plan.metricsFile, artifactGlobs: plan.artifactGlobs },
    plan.runRoot,
    options.fileOps
  )
  // The inputs are saved on libuv's threads while this thread starts the spawner (containmentFor
  // forks it: milliseconds of this thread). Throws before any run starts when an input cannot be
  // saved: nothing has been changed then.
  const saving = fs.mkdir(plan.runRoot, { recursive: true }).then(() => guard.backUpInputs())
  saving.catch(() => undefined)
  let launcher: Launcher
  try {
    launcher = await containmentFor(plan)
  } catch (err) {
    // No run can start (an isolate that cannot be had): the copies saved meanwhile are not wanted.
    await saving.catch(() => undefined)
    await fs.rm(plan.runRoot, { recursive: true, force: true }).catch(() => undefined)
    throw err
  }
  const inputs = await saving
  const metricsRel = guard.relative(plan.metricsFile)
  const records: RunRecord[] = []
  const metrics: (FlatMetrics | null)[] = []
  const reference: ReferenceFile[] = []
  let stopped: string | null = null

  try {
    for (let index = 1; index <= plan.runs; index++) {
      if (options.signal?.aborted) break
      const dir = path.join(plan.runRoot, `run-${index}`)
      const outputDir = path.join(dir, 'output')
      await fs.mkdir(outputDir, { recursive: true })
      // An isolated experiment runs as another user, who must be able to write REPRO_OUTPUT_DIR.
      if (launcher.user) await fs.chmod(outputDir, 0o777)
      if (index > 1) {
        const problems = await guard.restoreInputs()
        if (problems.length > 0) {
          // Run `index` would not start from the bytes run 1 started from: its result could not be compared.
          stopped = `run ${index} was not started: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`
          break
        }
      }
      options.observer?.onRunStart?.(index, plan.runs, dir)
      // File times have coarse resolution on some filesystems: a second's slack for the metrics hint.
      const startedMs = Date.now() - 1000
      const result = await runProcess({
        command: plan.command,
        cwd: plan.cwd,
        env: { ...plan.env, ...runVariables(plan.seed, index, options.announcedRuns ?? plan.runs, outputDir) },
        timeoutMs: plan.timeoutMs,
        signal: options.signal,
        killGraceMs: options.killGraceMs,
        launcher,
        onOutput: (text) => options.observer?.onOutput?.(index, text)
      })
      const collected = await guard.collectOutputs(dir, `run ${index}`)
      const metricsOut = collected.find((c) => c.rel === metricsRel) ?? null

      const failed = result.exitCode !== 0 || result.timedOut || result.cancelled
      const quoted = failed ? quotedCommandHint(plan.command, result.exitCode) : null
      let error: string | null = failed
        ? `run ${index} ${describeFailure(result.exitCode, result.signal, result.timedOut, result.cancelled, plan.timeoutMs)}${quoted ? `: ${quoted}` : ''}`
        : null
      let flat: FlatMetrics | null = null
      const metricsFile = metricsOut?.location ?? null
      if (!failed) {
        try {
          if (metricsFile === null) {
            const stale = inputs.some((i) => i.path === metricsRel)
            throw new Error(
              stale
                ? `run ${index}: ${metricsRel} was not rewritten by the run (it existed before run 1 and is unchanged)`
                : `run ${index}: ${metricsRel} was not written (the experiment must write its metrics there; see the metrics input)` +
                    metricsPathHint(await changedMetricsLikeFiles(plan.cwd, startedMs, [plan.runRoot]))
            )
          }
          // Run 1's file is the shape the others are read against: their names are not built again.
          flat = await readMetricsFile(metricsFile, `run ${index}: ${metricsRel}`, { like: metrics[0], keepShape: index === 1 })
        } catch (err) {
          error = errorMessage(err)
        }
      }

      const artifacts: ArtifactFile[] = []
      for (const file of collected) {
        const copy = file.kept ? { copy: file.location } : {}
        if (file.kind === 'link') {
          // Moved as a link and never followed: what it points to may be endless (/dev/zero) or outside the workspace.
          const skipped = `a symbolic link to ${file.link ?? '?'}: moved as a link, never followed`
          if (index === 1 && file.kept && file.link !== undefined)
            reference.push({ rel: file.rel, copy: file.location, expected: { link: file.link } })
          if (file.rel !== metricsRel) artifacts.push({ path: file.rel, sha256: '', bytes: 0, skipped, ...copy })
          continue
        }
        let hashed: { sha256: string; bytes: number } | null = null
        try {
          hashed = await hashFile(file.location)
        } catch (err) {
          if (!(err instanceof SkippedFileError)) throw err
          if (file.rel !== metricsRel) artifacts.push({ path: file.rel, sha256: '', bytes: 0, skipped: err.message, ...copy })
        }
        if (hashed === null) continue
        if (index === 1 && file.kept) reference.push({ rel: file.rel, copy: file.location, expected: { sha256: hashed.sha256 } })
        if (file.rel !== metricsRel) artifacts.push({ path: file.rel, ...hashed, ...copy })
      }
      // Matched paths that are not regular files (a FIFO, a device) were left where they are.
      for (const [rel, reason] of guard.skipped) {
        if (!artifacts.some((a) => a.path === rel)) artifacts.push({ path: rel, sha256: '', bytes: 0, skipped: reason })
      }
      const record: RunRecord = {
        index,
        exitCode: result.exitCode,
        signal: result.signal,
        durationMs: result.durationMs,
        timedOut: result.timedOut,
        cancelled: result.cancelled,
        outputDir: dir,
        metricsFile,
        // A run with metrics gets them in the report (buildReport): kept once, in the comparison, when compared.
        ...(flat ? {} : { metrics: null }),
        artifacts: artifacts.sort((a, b) => (a.path < b.path ? -1 : 1)),
        error,
        outputTail: boundedTail(result.tail),
        ...(result.leftovers && result.leftovers.count > 0 ? { leftovers: result.leftovers } : {})
      }
      records.push(record)
      metrics.push(flat)
      options.observer?.onRunEnd?.(record)
      // A run that failed or wrote no usable metrics: later runs could only repeat it, at full cost.
      if (failed || error !== null) break
    }
  } finally {
    if (metrics[0]) forgetShape(metrics[0])
    // Whatever failed above, the inputs are put back (and checked) before the gate goes on; what
    // still differs is found and said by leaveWorkspace, which checks every input once more.
    await guard.restoreInputs()
  }
  return {
    records,
    metrics,
    inputs: inputs.map((i) => i.path),
    skipped: plan.runs - records.length,
    stopped,
    files: { inputs: guard.savedInputs(), reference, warnings: [...new Set(guard.warnings)] },
    containment: launcher.containment
  }
}
