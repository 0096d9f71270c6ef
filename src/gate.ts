/**
 * The engine, read top to bottom: inputs → plan → runs (with the snapshot alongside run 1) →
 * compare → report → baseline. Shared by the action, the CLI and `replay`; publishing is the caller's.
 */
import type { Inputs } from './inputs/inputs.js'
import { planRuns } from './plan/plan.js'
import { executeRuns, type RunObserver, type RunsResult } from './runs/runs.js'
import { leaveWorkspace } from './runs/workspace.js'
import type { FileOps } from './runs/outputs.js'
import type { Snapshot } from './snapshot/index.js'
import { readReportContext } from './report/context.js'
import { createRedactor, redactReport, type Redactor } from './report/redact.js'
import { loadReportValidator } from './report/validate.js'
import type { Report, ReportError } from './report/types.js'
import { errorMessage } from './errors.js'
import { silentLog, type Log } from './log.js'
import type { VaryResult } from './vary/stage.js'

export interface GateOptions {
  env?: NodeJS.ProcessEnv
  /** Aborted when the job is cancelled: the current run's process tree is killed and the report still written. */
  signal?: AbortSignal
  observer?: RunObserver
  log?: Pick<Log, 'info' | 'warning' | 'debug'>
  redactor?: Redactor
  /** Seconds between SIGTERM and SIGKILL for a run's tree (tests shorten it). */
  killGraceMs?: number
  /** The writes to the experiment's files (tests inject a full disk). */
  fileOps?: FileOps
}

/** How long a cancelled gate still waits for the environment capture before writing the report without it. */
const SNAPSHOT_AFTER_CANCEL_MS = 1000

/** `work`'s result, or `fallback` once `signal` has been aborted for `graceMs`; work cut off is left to itself. */
function unlessCancelled<T>(work: Promise<T>, signal: AbortSignal | undefined, graceMs: number, fallback: T): Promise<T> {
  if (!signal) return work
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined
    const onAbort = (): void => {
      timer = setTimeout(() => resolve(fallback), graceMs)
    }
    const done = (): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
    }
    if (signal.aborted) onAbort()
    else signal.addEventListener('abort', onAbort, { once: true })
    work.then(
      (value) => {
        done()
        resolve(value)
      },
      (err: unknown) => {
        done()
        reject(err as Error)
      }
    )
  })
}

/**
 * What the gate needs after the runs (comparing, building and writing the report): loaded while
 * run 1 runs instead of before it, so the experiment starts as soon as the plan is made.
 */
type Reporting = [typeof import('./report/build.js'), typeof import('./report/write.js')]
let reporting: Promise<Reporting> | null = null
function loadReporting(): Promise<Reporting> {
  // One after the other: jest's module loader fails two dynamic imports that share modules at once.
  reporting ??= import('./report/build.js').then(async (build) => [build, await import('./report/write.js')])
  return reporting
}

/**
 * The observer, plus, once run 1 has started: `onRun1` (the snapshot), and the code the gate needs
 * after the runs — the report's builder and writer, and its validator — loads while the main
 * thread waits on the experiment; writeReport awaits the validator's promise, so a failure to load
 * shows there.
 */
function preloadingObserver(observer: RunObserver | undefined, onRun1: () => void, debug: (text: string) => void): RunObserver {
  return {
    onRunStart: (index, total, dir) => {
      debug(`run ${index} starts`)
      observer?.onRunStart?.(index, total, dir)
      // After the run has started: the run's request goes to the spawner in a microtask of its
      // own, and a compile queued before it would hold the run back by its whole length.
      if (index === 1)
        setImmediate(() => {
          onRun1()
          loadReporting().catch(() => undefined)
          loadReportValidator().catch(() => undefined)
        })
    },
    onOutput: (index, text) => observer?.onOutput?.(index, text),
    onRunEnd: (record) => {
      debug(`run ${record.index} ended (${record.durationMs} ms)`)
      observer?.onRunEnd?.(record)
    },
    onExtraRunStart: (label, dir) => observer?.onExtraRunStart?.(label, dir),
    onExtraRunEnd: (label, record) => observer?.onExtraRunEnd?.(label, record)
  }
}

/** Runs the gate and writes the report; resolves with the (redacted) report for every verdict. */
export async function runGate(inputs: Inputs, options: GateOptions = {}): Promise<Report> {
  const env = options.env ?? process.env
  const log = options.log ?? silentLog
  const redactor = options.redactor ?? createRedactor(env)
  const startedAt = Date.now()
  const plan = planRuns(inputs, env)
  // Timings are in ms since the process started, to see the gate's own cost (process.uptime:
  // the global \`performance\` loads ten modules of perf_hooks on first use).
  const at = (): string => `${Math.round(process.uptime() * 1000)} ms`
  log.debug(`plan at ${at()}: ${inputs.runs} runs in ${plan.cwd}, outputs kept under ${plan.runRoot}`)

  // The snapshot runs alongside the runs, so provenance costs no wall time of its own. It starts
  // when run 1 does (or when the runs end without one): loading its code (the probes and lockfile
  // parsers are most of the engine) before then would hold up run 1 on the main thread, while
  // run 1's own time hides all of it. Its code is loaded only when wanted.
  let startSnapshot: () => void = () => undefined
  const snapshotting: Promise<Snapshot | null> = inputs.snapshot
    ? new Promise<void>((resolve) => (startSnapshot = resolve))
        .then(() => import('./snapshot/index.js'))
        .then(({ captureEnvironment }) =>
          captureEnvironment({
            workingDirectory: inputs.workingDirectory,
            python: inputs.python,
            images: inputs.images,
            lockfiles: inputs.lockfiles,
            data: inputs.data,
            env
          })
        )
        .catch((err: unknown) => {
          log.warning(`environment capture failed: ${String(err)}`)
          return null
        })
    : Promise.resolve(null)

  const extraErrors: ReportError[] = []
  let runs: RunsResult = { records: [], metrics: [], inputs: [], skipped: inputs.runs }
  try {
    runs = await executeRuns(plan, {
      observer: preloadingObserver(
        options.observer,
        () => startSnapshot(),
        (text) => log.debug(`${text} at ${at()}`)
      ),
      signal: options.signal,
      killGraceMs: options.killGraceMs,
      fileOps: options.fileOps
    })
  } catch (err) {
    extraErrors.push({ run: null, message: `repro-gate could not run the experiment: ${errorMessage(err)}` })
  }
  startSnapshot()
  if (runs.records.length === 0 && extraErrors.length === 0) {
    extraErrors.push({ run: null, message: options.signal?.aborted ? 'cancelled before the first run started' : 'no run was started' })
  }
  log.debug(`runs done at ${at()}`)
  if (runs.containment)
    log.debug(
      `containment: ${runs.containment.method}${runs.containment.via ? ` via ${runs.containment.via}` : ''}: ${runs.containment.note}`
    )
  for (const r of runs.records) {
    if (!r.leftovers) continue
    const shown = r.leftovers.processes
      .slice(0, 5)
      .map((p) => p.command || p.name)
      .join('; ')
    log.info(
      redactor.text(
        `run ${r.index} left ${r.leftovers.count} process(es) running, ended with it: ${shown}${r.leftovers.count > 5 ? '; …' : ''}`
      )
    )
  }
  // Hidden nondeterminism: the seed audit and the variation runs, after the repeats (loaded only when asked for).
  let vary: VaryResult | null = null
  if (inputs.vary.length > 0 || inputs.seedAudit !== 'off') {
    try {
      const { runVaryStage } = await import('./vary/stage.js')
      vary = await runVaryStage(inputs, plan, runs, {
        observer: options.observer,
        signal: options.signal,
        killGraceMs: options.killGraceMs
      })
      for (const warning of vary.warnings) log.warning(redactor.text(warning))
      log.debug(`variations done at ${at()}`)
    } catch (err) {
      extraErrors.push({
        run: null,
        message: `repro-gate could not vary the environment: ${err instanceof Error ? err.message : String(err)}`
      })
    }
  }
  // The working directory as one plain run leaves it: run 1's outputs back in place, the inputs checked.
  const files = runs.files ? await leaveWorkspace(plan.cwd, runs, options.fileOps) : null
  for (const warning of files?.warnings ?? []) log.warning(redactor.text(`files: ${warning}`))
  log.debug(`workspace left at ${at()}: ${files?.inWorkspace.length ?? 0} files of run 1 back in place`)
  // A cancelled job has seconds left (see main.ts): a slow probe is not waited for.
  const snapshot = await unlessCancelled(snapshotting, options.signal, SNAPSHOT_AFTER_CANCEL_MS, null)
  log.debug(`snapshot done at ${at()} (capture ${snapshot?.environment.captureMs ?? 0} ms)`)
  for (const warning of snapshot?.environment.warnings ?? []) log.warning(redactor.text(warning))

  // The one redaction point: the report is redacted as it is made, so everything that carries it
  // out of the process — the baseline cache entry, the report file and artifact, outputs, summary,
  // comment, check run, annotations — only ever holds the redacted copy.
  // Neither the unredacted report nor the runs' flattened metrics outlive this statement: with a
  // million metrics each copy is hundreds of MB.
  const [{ buildReport }, { writeReport }] = await loadReporting()
  const report = redactReport(
    redactor,
    ((): Report => {
      const built = buildReport({ inputs, plan, runs, snapshot, context: readReportContext(env), startedAt, extraErrors, vary, files })
      runs = { ...runs, metrics: [] }
      log.debug(`report built at ${at()}`)
      return built
    })()
  )
  log.debug(`redacted at ${at()}`)
  // Baselines live in the Actions cache: only inside a workflow, and loaded only then (the cache
  // client is half the bundle).
  if (inputs.baseline && report.verdict !== 'error' && env.GITHUB_ACTIONS === 'true') {
    try {
      const { baselineStage } = await import('./baseline/index.js')
      // What was restored from the cache (an older version may have saved it unredacted) is redacted too.
      report.baseline = redactor.deep(await unlessCancelled(baselineStage(report, inputs, env), options.signal, 0, undefined))
    } catch (err) {
      log.warning(`baseline skipped: ${String(err)}`)
    }
  }
  report.durationMs = Date.now() - startedAt
  const written = await writeReport(report, inputs.reportPath)
  log.debug(`report written at ${at()}`)
  for (const problem of written.problems) log.warning(`report schema: ${problem} (please report this as a repro-gate bug)`)
  return written.report
}
