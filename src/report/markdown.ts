/**
 * One renderer for every place a person reads the verdict: the job summary, the PR comment and
 * the CLI print. Most important first — the verdict, then what drifted (values per run beside
 * deviation and tolerance), then collapsible detail. Everything that came from the experiment is
 * escaped (see render/escape.ts) and the result is fitted under a byte cap (render/document.ts).
 */
import type { ArtifactComparison, MetricComparison } from '../compare/types.js'
import type { Report } from './types.js'
import type { RunRecord } from '../runs/types.js'
import type { Tolerance } from '../inputs/tolerance.js'
import type { Environment, Probed } from '../snapshot/types.js'
import type { LockfileRecord } from '../snapshot/lockfiles/types.js'
import { formatBytes, formatCount, formatDeviation, formatDuration, formatRunValues, type DisplayValue } from './render/numbers.js'
import { codeBlock, digest, shortHash } from './render/escape.js'
import { fitDocument, table, visibleItems, type Block, type Section } from './render/document.js'
import { collapsible, renderContext, type RenderContext, type Target } from './render/context.js'
import { driftCharts } from './render/mermaid.js'
import { describeBlas, describeMismatch, installedStack } from '../snapshot/ml-stack.js'
import { renderBaseline, renderLegs } from './render/baseline.js'
import { renderLikelyCause, renderSeedAudit, renderVariations } from './render/sections/variations.js'
import { renderFiles } from './render/sections/files.js'
import { renderProcesses } from './render/sections/processes.js'

export interface RenderOptions {
  /** Where the Markdown goes: the job summary, the PR comment, or a terminal. */
  target: 'summary' | 'comment' | 'terminal'
  /** Hard cap on the UTF-8 size of the result; long sections are cut with a note. */
  maxBytes?: number
}

/**
 * Default caps: GitHub takes 1 MiB per job-summary step and 65,536 characters per comment (a
 * UTF-8 byte cap below that is always under the character limit); a terminal gets 200 kB.
 */
export const DEFAULT_MAX_BYTES: Record<Target, number> = {
  summary: 1_000_000,
  comment: 60_000,
  terminal: 200_000
}

/** Per-run columns up to this many runs; beyond, the reference and the differing values. */
export const MAX_RUN_COLUMNS = 8
/** Mermaid charts drawn at most (one per drifted numeric metric, in report order). */
export const MAX_CHARTS = 3
/** Output tails shown in the job summary at most, and how much of each. */
const MAX_TAILS = 5
const TAIL_LINES = 60
const TAIL_CHARS = 8000
const MAX_ERROR_ITEMS = 20

const VERDICT_ICON = { reproducible: '✅', drift: '❌', error: '⚠️' } as const

const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`

/** Runs planned (a failed run stops the rest, so fewer may have run). */
function runCount(report: Report): number {
  return Math.max(report.inputs.runs, report.runs.length)
}

/** Runs that ran: one table column each. */
function columnCount(report: Report): number {
  return report.runs.length || report.inputs.runs
}

function commitSha(report: Report): string | null {
  return report.context.headSha ?? report.context.sha
}

// ---------------------------------------------------------------------------------------------
// values

function cell(ctx: RenderContext, v: DisplayValue, strong = false): string {
  let text: string
  if (v.kind === 'missing') text = ctx.html ? '_missing_' : 'missing'
  else if (v.kind === 'string') text = `"${ctx.esc(v.text, 80)}"`
  else text = v.text
  return strong && v.kind !== 'missing' ? (ctx.html ? `**${text}**` : `${text} *`) : text
}

function deviation(m: MetricComparison): string {
  if (m.maxAbsDeviation === 0) return '0'
  if (m.maxAbsDeviation !== null) {
    const rel = m.maxRelDeviation !== null ? ` (rel ${formatDeviation(m.maxRelDeviation)})` : ''
    return `${formatDeviation(m.maxAbsDeviation)}${rel}`
  }
  // Strings, booleans, non-finite numbers: the values beside say how they differ.
  if (m.status === 'drift') return m.missingIn.length ? `missing in run ${listRuns(m.missingIn)}` : 'differs'
  return '—'
}

function toleranceText(ctx: RenderContext, t: Tolerance | null, rule: string | null): string {
  if (t === null) return 'exact'
  const parts = [...(t.atol ? [`atol ${formatDeviation(t.atol)}`] : []), ...(t.rtol ? [`rtol ${formatDeviation(t.rtol)}`] : [])]
  const base = parts.length ? parts.join(' + ') : 'exact (0)'
  return rule ? `${base} (rule ${ctx.esc(rule, 60)})` : base
}

function metricName(ctx: RenderContext, name: string): string {
  return ctx.esc(name, 200)
}

/** All runs' values in one cell: one value when they agree, else each run's. */
function valuesCell(ctx: RenderContext, m: MetricComparison, n: number): string {
  const shown = formatRunValues(m.values, m.missingIn)
  const first = shown[0]
  if (first && shown.every((v) => v.kind === first.kind && v.text === first.text)) {
    return `${cell(ctx, first)}${n > 1 ? ` (all ${n})` : ''}`
  }
  const drift = new Set(m.driftRuns)
  if (shown.length <= MAX_RUN_COLUMNS) return shown.map((v, i) => cell(ctx, v, drift.has(i + 1))).join(' · ')
  return `run 1: ${first ? cell(ctx, first) : '—'}; ${plural(new Set(shown.map((v) => v.text)).size, 'distinct value')}`
}

function listRuns(runs: number[], max = 10): string {
  const shown = visibleItems(runs, max)
  return runs.length > shown.length ? `${shown.join(', ')}, … (+${runs.length - shown.length})` : shown.join(', ')
}

// ---------------------------------------------------------------------------------------------
// sections

function verdictSection(report: Report, ctx: RenderContext): Section {
  const n = runCount(report)
  // Counted in one loop: a filter would copy a million-entry list to count it.
  let driftedMetrics = 0
  let ignored = 0
  for (const m of report.metrics) {
    if (m.status === 'drift') driftedMetrics++
    else if (m.status === 'ignored') ignored++
  }
  const driftedArtifacts = report.artifacts.filter((a) => a.status === 'drift').length
  const compared = report.metrics.length - ignored
  let headline: string
  if (report.verdict === 'reproducible') {
    const what = [plural(compared, 'metric'), ...(report.artifacts.length ? [plural(report.artifacts.length, 'artifact')] : [])]
    headline = `Reproducible: ${n} runs agree on ${what.join(' and ')}`
  } else if (report.verdict === 'drift') {
    const what = [
      ...(driftedMetrics ? [`${formatCount(driftedMetrics)} of ${plural(compared, 'metric')}`] : []),
      ...(driftedArtifacts ? [`${formatCount(driftedArtifacts)} of ${plural(report.artifacts.length, 'artifact')}`] : [])
    ]
    const factors = report.drifted.filter((d) => d.kind === 'variation').map((d) => ctx.esc(d.name, 60))
    headline =
      what.length === 0 && factors.length > 0
        ? `Sensitive to ${factors.join(', ')}: ${n} runs agree, but the results change when ${factors.length === 1 ? 'it varies' : 'they vary'}`
        : `Drift in ${what.join(' and ') || 'the results'} across ${n} runs${factors.length ? `; sensitive to ${factors.join(', ')}` : ''}`
  } else {
    const failed = report.runs.find((r) => runProblem(r) !== null)
    headline = failed ? `Error: run ${failed.index} of ${n} ${runProblem(failed)}` : 'Error: the runs could not be compared'
  }
  const sha = commitSha(report)
  const repo = report.context.repository
  const commitUrl = sha && repo ? `${report.context.serverUrl}/${repo}/commit/${sha}` : null
  const facts = [
    `**repro-gate**`,
    plural(n, 'run'),
    `seed ${report.inputs.seed}`,
    ...(sha ? [`commit ${ctx.link(`\`${shortHash(sha, 7)}\``, commitUrl)}`] : []),
    `determinism ${ctx.esc(report.inputs.determinism)}`,
    ...(report.context.job ? [`job ${ctx.esc(report.context.job, 60)}`] : []),
    ...(ignored ? [`${ignored} ignored`] : []),
    ...(ctx.runUrl ? [ctx.link('job log', ctx.runUrl)] : [])
  ]
  const blocks: Block[] = [`### ${VERDICT_ICON[report.verdict]} ${headline}`, facts.join(' · ')]
  if (report.verdict === 'drift' && !report.inputs.failOnDrift) {
    blocks.push('fail-on-drift is false: the drift is reported and the check stays neutral.')
  }
  return { blocks }
}

function runProblem(r: RunRecord): string | null {
  if (r.timedOut) return `timed out after ${formatDuration(r.durationMs)}`
  if (r.cancelled) return 'was cancelled'
  if (r.signal) return `was killed by ${r.signal.replace(/[^A-Z0-9]/gi, '')}`
  if (r.exitCode !== null && r.exitCode !== 0) return `exited with code ${r.exitCode}`
  if (r.error) return 'could not be compared'
  return null
}

function errorSection(report: Report, ctx: RenderContext): Section | null {
  const items: string[] = []
  const failed = report.runs.filter((r) => runProblem(r) !== null || r.error)
  for (const r of failed) {
    const problem = runProblem(r) ?? 'failed'
    // The gate's own error often repeats the problem ("run 2 exited with code 3"): say it once.
    const detail = r.error && !r.error.includes(problem) ? `: ${ctx.esc(r.error, 500)}` : ''
    items.push(`- **Run ${r.index}** ${problem} after ${formatDuration(r.durationMs)}${detail}`)
  }
  for (const e of report.errors) {
    const run = e.run === null ? undefined : report.runs.find((r) => r.index === e.run)
    if (run?.error === e.message) continue
    items.push(`- ${e.run === null ? '' : `**Run ${e.run}**: `}${ctx.esc(e.message, 500)}`)
  }
  if (items.length === 0) return null
  const shown = visibleItems(items, MAX_ERROR_ITEMS)
  if (items.length > shown.length) shown.push(`- … and ${items.length - shown.length} more`)
  // A job log exists only in CI; locally the output went to the terminal, and its last lines follow.
  const inCi = report.context.runId !== null
  const log = ctx.runUrl ? ctx.link('job log', ctx.runUrl) : 'job log'
  const hasTail = failed.some((r) => r.outputTail.trim() !== '')
  const where =
    ctx.target === 'comment'
      ? `The experiment's output is not shown in comments; read it in the ${log}.`
      : inCi
        ? `The full output is in the ${log}.`
        : hasTail
          ? 'The last lines of its output follow; the whole output was printed above as it ran.'
          : null
  return { blocks: ['**What failed**', shown.join('\n'), ...(where ? [where] : [])] }
}

/** The summary only: the last lines of each failed run's output, in a fence it cannot close. */
function tailSection(report: Report, ctx: RenderContext): Section | null {
  if (ctx.target === 'comment') return null
  const failed = report.runs.filter((r) => (runProblem(r) !== null || r.error) && r.outputTail.trim() !== '')
  if (failed.length === 0) return null
  const blocks: Block[] = []
  for (const r of failed.slice(0, MAX_TAILS)) {
    let tail = r.outputTail.split(/\r?\n/).slice(-TAIL_LINES).join('\n')
    if (tail.length > TAIL_CHARS) tail = '…' + tail.slice(-TAIL_CHARS)
    blocks.push(...collapsible(ctx, `Output of run ${r.index} (last lines)`, [codeBlock(tail)]))
  }
  return { blocks, dropOrder: 90 }
}

/**
 * Column names for the values of a metric: runs (run 1 is the reference), or in a matrix compare
 * report the legs, in the order their values are stored, the reference leg marked wherever it is.
 */
function valueColumns(report: Report, ctx: RenderContext, n: number): string[] {
  const legs = report.mode === 'compare' ? report.legs?.legs : undefined
  if (legs && legs.length === n) return legs.map((l) => `${ctx.esc(l.name, 60)}${l.reference ? ' (ref)' : ''}`)
  return Array.from({ length: n }, (_, i) => (i === 0 ? 'run 1 (ref)' : `run ${i + 1}`))
}

/**
 * How far a drifted metric moved, for ranking: a missing value or a changed type first, then the
 * relative deviation (against a reference of 0, any change counts as infinitely far), then the absolute.
 */
function driftDistance(m: MetricComparison): [number, number] {
  if (m.maxAbsDeviation === null) return [Infinity, Infinity]
  return [m.maxRelDeviation ?? (m.maxAbsDeviation > 0 ? Infinity : 0), m.maxAbsDeviation]
}

/**
 * The drifted metrics a table shows: all of them by name when few, else the largest deviations
 * first and no more than the size cap can show (`shown` of `total`).
 */
export function rankDrifted(drifted: readonly MetricComparison[], maxRows: number): { shown: MetricComparison[]; byDeviation: boolean } {
  if (drifted.length <= NAME_ORDER_UP_TO) return { shown: [...drifted], byDeviation: false }
  const keyed = drifted.map((m, i) => ({ m, i, d: driftDistance(m) }))
  // Stable: equal distances keep the report's (name) order.
  keyed.sort((a, b) => b.d[0] - a.d[0] || b.d[1] - a.d[1] || a.i - b.i)
  return { shown: keyed.slice(0, maxRows).map((k) => k.m), byDeviation: true }
}

/** Up to this many drifted metrics are listed by name; more are ranked by how far they moved. */
export const NAME_ORDER_UP_TO = 50

function driftTable(report: Report, ctx: RenderContext, all: MetricComparison[]): Block {
  const { shown: drifted } = rankDrifted(all, ctx.maxRows)
  const omitted = all.length - drifted.length
  const n = columnCount(report)
  if (n <= MAX_RUN_COLUMNS) {
    const runCols = valueColumns(report, ctx, n)
    const rows = drifted.map((m) => {
      const shown = formatRunValues(m.values, m.missingIn)
      const drift = new Set(m.driftRuns)
      const cells = Array.from({ length: n }, (_, i) => {
        const v = shown[i]
        return v ? cell(ctx, v, drift.has(i + 1)) : '—'
      })
      return [metricName(ctx, m.name), ...cells, deviation(m), toleranceText(ctx, m.tolerance, m.toleranceRule)]
    })
    return table(
      ['metric', ...runCols, 'max deviation', 'tolerance'],
      ['l', ...runCols.map((): 'r' => 'r'), 'r', 'l'],
      rows,
      10,
      'drifted metrics',
      omitted
    )
  }
  const rows = drifted.map((m) => {
    const shown = formatRunValues(m.values, m.missingIn)
    const ref = shown[0]
    const others = [
      ...new Set(
        m.driftRuns
          .map((i) => shown[i - 1])
          .filter((v): v is DisplayValue => v !== undefined)
          .map((v) => cell(ctx, v))
      )
    ]
    const visible = visibleItems(others, 3)
    const othersText = visible.join(', ') + (others.length > visible.length ? ` (+${others.length - visible.length})` : '')
    return [
      metricName(ctx, m.name),
      ref ? cell(ctx, ref) : '—',
      othersText || '—',
      listRuns(m.driftRuns),
      deviation(m),
      toleranceText(ctx, m.tolerance, m.toleranceRule)
    ]
  })
  return table(
    ['metric', 'run 1 (ref)', 'differing values', 'drifted runs', 'max deviation', 'tolerance'],
    ['l', 'r', 'r', 'l', 'r', 'l'],
    rows,
    10,
    'drifted metrics',
    omitted
  )
}

function artifactCell(ctx: RenderContext, a: ArtifactComparison, i: number): string {
  const sha = a.sha256[i]
  // A link or a FIFO in every run is listed, not compared: it is there, just not hashed.
  if (a.reason?.startsWith('not compared')) return 'not hashed'
  if (sha === null || sha === undefined) return ctx.html ? '_missing_' : 'missing'
  const bytes = a.bytes[i]
  const text = `\`${shortHash(sha)}\`${bytes === null || bytes === undefined ? '' : `\u00A0${formatBytes(bytes)}`}`
  return a.driftRuns.includes(i + 1) && i > 0 ? (ctx.html ? `**${text}**` : `${text} *`) : text
}

function driftSection(report: Report, ctx: RenderContext): Section[] {
  const drifted = report.metrics.filter((m) => m.status === 'drift')
  const artifacts = report.artifacts.filter((a) => a.status === 'drift')
  const sections: Section[] = []
  if (drifted.length) {
    sections.push({
      blocks: [
        `**Drifted metrics** (${report.mode === 'compare' && report.legs ? `the reference leg is ${ctx.esc(report.legs.reference, 60)}` : 'run 1 is the reference'}; drifted values ${ctx.html ? 'in bold' : 'marked *'}${drifted.length > NAME_ORDER_UP_TO ? `; ${formatCount(drifted.length)} drifted, the largest deviations first` : ''})`,
        driftTable(report, ctx, drifted)
      ]
    })
  }
  if (artifacts.length) {
    const n = columnCount(report)
    const rows =
      n <= MAX_RUN_COLUMNS
        ? artifacts.map((a) => [
            ctx.esc(a.path, 200),
            ...Array.from({ length: n }, (_, i) => artifactCell(ctx, a, i)),
            ctx.esc(a.reason ?? '', 160)
          ])
        : artifacts.map((a) => [ctx.esc(a.path, 200), artifactCell(ctx, a, 0), listRuns(a.driftRuns), ctx.esc(a.reason ?? '', 160)])
    const header =
      n <= MAX_RUN_COLUMNS
        ? ['file', ...Array.from({ length: n }, (_, i) => (i === 0 ? 'run 1 (ref)' : `run ${i + 1}`)), 'why']
        : ['file', 'run 1 (ref)', 'drifted runs', 'why']
    sections.push({
      blocks: [
        `**Drifted artifacts** (sha256 and size per run)`,
        table(
          header,
          header.map(() => 'l'),
          rows,
          20,
          'drifted artifacts'
        )
      ]
    })
  }
  if (ctx.html && drifted.length) {
    const charts = driftCharts(drifted, report.metrics, MAX_CHARTS)
    if (charts.length) {
      const blocks = charts.flatMap((c) => [c.mermaid, c.key])
      sections.push({ blocks: collapsible(ctx, `Drifted values across runs (${plural(charts.length, 'chart')})`, blocks), dropOrder: 100 })
    }
  }
  return sections
}

function allMetricsSection(report: Report, ctx: RenderContext): Section | null {
  if (report.metrics.length === 0) return null
  const n = columnCount(report)
  const icon = { pass: '✅', drift: '❌', ignored: '➖' } as const
  // In report order (drift first): the rows past what the size cap can show are only counted.
  const listed = report.metrics.length > ctx.maxRows ? report.metrics.slice(0, ctx.maxRows) : report.metrics
  const rows = listed.map((m) => [
    metricName(ctx, m.name),
    `${icon[m.status]} ${m.status}`,
    valuesCell(ctx, m, n),
    deviation(m),
    m.status === 'ignored' ? '—' : toleranceText(ctx, m.tolerance, m.toleranceRule)
  ])
  const t = table(
    ['metric', 'status', 'values', 'max deviation', 'tolerance'],
    ['l', 'l', 'r', 'r', 'l'],
    rows,
    100,
    'metrics',
    report.metrics.length - listed.length
  )
  return { blocks: collapsible(ctx, `All metrics (${formatCount(report.metrics.length)})`, [t]), dropOrder: 50 }
}

function allArtifactsSection(report: Report, ctx: RenderContext): Section | null {
  if (report.artifacts.length === 0) return null
  const rows = report.artifacts.map((a) => [
    ctx.esc(a.path, 200),
    a.status === 'pass' ? '✅ same' : '❌ differs',
    artifactCell(ctx, a, 0),
    a.status === 'drift' ? `${a.driftRuns.length === 1 ? 'run' : 'runs'} ${listRuns(a.driftRuns)}` : '—'
  ])
  const t = table(['file', 'status', 'run 1', 'drifted runs'], ['l', 'l', 'l', 'l'], rows, 70, 'artifacts')
  return { blocks: collapsible(ctx, `Artifacts (${report.artifacts.length})`, [t]), dropOrder: 40 }
}

/**
 * How many metrics each run read: its own, or for a compared run (values kept in the comparison)
 * the metrics it is not missing from. One pass over the comparison, whatever the number of runs.
 */
function metricsRead(report: Report): number[] {
  const compared = report.runs.filter((r) => r.metrics === undefined).length
  const counts = new Array<number>(compared).fill(report.metrics.length)
  if (compared === 0) return counts
  for (const m of report.metrics) for (const run of m.missingIn) if (run <= compared) counts[run - 1]--
  return counts
}

function runsSection(report: Report, ctx: RenderContext): Section | null {
  if (report.runs.length === 0) return null
  const inComparison = metricsRead(report)
  let k = 0
  const rows = report.runs.map((r) => {
    const problem = runProblem(r)
    const result = problem ? `❌ ${problem}` : '✅ exit 0'
    const count = r.metrics === undefined ? inComparison[k++] : r.metrics === null ? null : Object.keys(r.metrics).length
    const metrics = count === null ? 'none' : plural(count, 'metric')
    return [String(r.index), result, formatDuration(r.durationMs), metrics, `${plural(r.artifacts.length, 'file')}`]
  })
  const t = table(['run', 'result', 'duration', 'metrics read', 'artifacts'], ['r', 'l', 'r', 'l', 'l'], rows, 60, 'runs')
  return { blocks: collapsible(ctx, `Runs (${report.runs.length})`, [t]), dropOrder: 30 }
}

function probed<T>(ctx: RenderContext, p: Probed<T>, ok: (v: T) => string): string {
  return p.status === 'ok' ? ok(p as T) : `unavailable: ${ctx.esc(p.reason, 200)}`
}

function environmentSection(env: Environment, ctx: RenderContext): Section {
  const e = ctx.esc
  const rows: string[][] = []
  rows.push(['fingerprint', env.fingerprint ? `\`${shortHash(env.fingerprint, 16)}\`` : '—'])
  rows.push([
    'CPU',
    probed(ctx, env.hardware, (h) => {
      const flags = h.cpu.flags.length ? `; ${e(h.cpu.flags.join(' '), 120)}` : ''
      return `${e(h.cpu.model || 'unknown', 100)} (${e(h.cpu.vendor || '?', 40)}), ${h.cpu.physicalCores} cores / ${h.cpu.logicalCores} threads${flags}`
    })
  ])
  if (env.hardware.status === 'ok') {
    const h = env.hardware
    rows.push(['memory', `${formatBytes(h.memoryBytes)}${h.virtualization ? `, ${e(h.virtualization, 40)}` : ''}`])
  }
  rows.push([
    'GPU',
    probed(ctx, env.gpu, (g) => {
      if (g.devices.length === 0) return 'none'
      const counts = new Map<string, number>()
      for (const d of g.devices) {
        const key = `${d.name}${d.memoryMiB ? ` (${formatBytes(d.memoryMiB * 1024 * 1024)})` : ''}`
        counts.set(key, (counts.get(key) ?? 0) + 1)
      }
      const devices = [...counts].map(([name, c]) => `${c} × ${e(name, 80)}`).join(', ')
      const versions = [
        g.driverVersion ? `driver ${e(g.driverVersion, 30)}` : null,
        g.cudaDriverVersion ? `CUDA ${e(g.cudaDriverVersion, 20)} (driver)` : null,
        g.cudaToolkitVersion ? `CUDA toolkit ${e(g.cudaToolkitVersion, 20)}` : null
      ].filter((x): x is string => x !== null)
      return [devices, ...versions].join('; ')
    })
  ])
  rows.push([
    'OS',
    probed(ctx, env.os, (o) => `${e(o.distro || o.platform, 60)} ${e(o.release, 40)} (${e(o.arch, 20)}), kernel ${e(o.kernel, 60)}`)
  ])
  const r = env.runner
  const runnerBits = [
    r.name ? e(r.name, 60) : null,
    r.os || r.arch ? e([r.os, r.arch].filter(Boolean).join('/'), 40) : null,
    r.imageOS || r.imageVersion ? `image ${e([r.imageOS, r.imageVersion].filter(Boolean).join(' '), 60)}` : null,
    r.environment ? e(r.environment, 40) : null,
    r.imageDataSha256 ? `image data \`${shortHash(r.imageDataSha256)}\`` : null
  ].filter((x): x is string => x !== null)
  rows.push(['runner', runnerBits.join(' · ') || 'not on a GitHub runner'])
  rows.push([
    'container',
    probed(ctx, env.container, (c) => {
      if (!c.inContainer) return 'not in a container'
      const how = c.detectedBy ? ` (${e(c.detectedBy, 30)})` : ''
      const img = c.jobImage ? `; image ${c.jobImage.digest ? digest(c.jobImage.digest, e) : e(c.jobImage.reference, 160)}` : ''
      return `in a container${how}${img}`
    })
  ])
  if (env.container.status === 'ok') {
    for (const img of env.container.images.slice(0, 20)) {
      rows.push([`image ${e(img.reference, 80)}`, img.digest ? digest(img.digest, e) : `digest unknown: ${e(img.reason ?? '?', 120)}`])
    }
  }
  rows.push([
    'Python',
    probed(ctx, env.toolchains.python, (p) => {
      const conda = p.conda ? `; conda ${e(p.conda, 40)}` : ''
      return `${e(p.version, 40)} (${e(p.executable, 120)}); ${plural(p.distributions.length, 'package')} installed${conda}`
    })
  ])
  if (env.toolchains.python.status === 'ok') {
    const python = env.toolchains.python
    const torch = python.frameworks.torch
    // The user's own stack as installed; torch with the CUDA and cuDNN it was built for.
    const parts = installedStack(python.distributions).map(({ label, version }) =>
      label === 'torch' && torch
        ? `torch ${e(torch.version, 30)}${torch.cuda ? ` (CUDA ${e(torch.cuda, 20)}${torch.cudnn ? `, cuDNN ${e(torch.cudnn, 20)}` : ''})` : ''}`
        : `${label} ${e(version, 30)}`
    )
    if (torch && !parts.some((p) => p.startsWith('torch '))) parts.unshift(`torch ${e(torch.version, 30)}`)
    if (parts.length) rows.push(['frameworks', parts.join(' · ')])
    if (python.blas) rows.push(['BLAS (numpy)', e(describeBlas(python.blas), 200)])
  }
  rows.push(['Node.js', e(env.toolchains.node, 30)])
  const math = Object.entries(env.mathEnv)
  if (math.length)
    rows.push([
      'math env',
      math
        .slice(0, 20)
        .map(([k, v]) => `${e(k, 40)}=${e(v, 40)}`)
        .join(', ')
    ])
  for (const w of env.warnings.slice(0, 10)) rows.push(['⚠️ warning', e(w, 200)])
  const blocks: Block[] = [table(['component', 'recorded'], ['l', 'l'], rows, 15, 'environment rows')]
  if (env.data.length) {
    const dataRows = env.data.map((d) => [e(d.path, 200), `\`${shortHash(d.sha256)}\``, formatBytes(d.bytes)])
    blocks.push(`Data files (${env.data.length}):`, table(['file', 'sha256', 'size'], ['l', 'l', 'r'], dataRows, 90, 'data files'))
  }
  return { blocks: collapsible(ctx, 'Environment', blocks), dropOrder: 20 }
}

function lockfilesSection(lockfiles: LockfileRecord[], ctx: RenderContext): Section | null {
  if (lockfiles.length === 0) return null
  const rows = lockfiles.map((l) => {
    let pinned: string
    if (l.error) pinned = `⚠️ could not parse: ${ctx.esc(l.error, 160)}`
    else if (l.unpinned.length === 0) pinned = '✅ all pinned'
    else {
      const names = l.unpinned.slice(0, 5).map((u) => ctx.esc(`${u.name}${u.spec ? ` ${u.spec}` : ''}`, 60))
      pinned = `⚠️ ${l.unpinned.length} unpinned: ${names.join(', ')}${l.unpinned.length > 5 ? ', …' : ''}`
    }
    const mismatches = l.installedMismatches ?? []
    if (mismatches.length > 0) {
      const shown = mismatches.slice(0, 5).map((m) => ctx.esc(describeMismatch(m), 100))
      pinned += `${ctx.html ? '<br>' : '; '}⚠️ ${mismatches.length} not as installed: ${shown.join(', ')}${mismatches.length > 5 ? ', …' : ''}`
    }
    // Pinned = exact versions (what the lock fixes); unpinned = named without one.
    const counts = l.error ? '—' : `${l.packageCount} pinned · ${l.unpinned.length} unpinned`
    return [ctx.esc(l.path, 200), ctx.esc(l.format, 30), counts, pinned]
  })
  const unpinned = lockfiles.filter((l) => l.unpinned.length > 0).length
  const title = `Lockfiles (${lockfiles.length}${unpinned ? `, ${unpinned} with unpinned dependencies` : ''})`
  const t = table(['file', 'format', 'packages', 'check'], ['l', 'l', 'r', 'l'], rows, 80, 'lockfiles')
  return { blocks: collapsible(ctx, title, [t]), dropOrder: 25 }
}

function seedsSection(report: Report, ctx: RenderContext): Section | null {
  const set = Object.entries(report.seeds.set)
  const kept = Object.entries(report.seeds.keptFromUser)
  if (set.length + kept.length === 0) return null
  const rows = [
    ...set.map(([k, v]) => [ctx.esc(k, 60), ctx.esc(v, 80), 'set by repro-gate']),
    ...kept.map(([k, v]) => [ctx.esc(k, 60), ctx.esc(v, 80), 'already set by you (kept)'])
  ]
  const t = table(['variable', 'value', 'source'], ['l', 'l', 'l'], rows, 50, 'seed variables')
  return { blocks: collapsible(ctx, `Seed variables (${rows.length})`, [t]), dropOrder: 10 }
}

function reportFileName(report: Report): string {
  return report.inputs.reportPath.split(/[\\/]/).pop() || 'repro-report.json'
}

function footer(report: Report, ctx: RenderContext): Section {
  const text = `repro-gate ${ctx.esc(report.tool.version, 20)} · report file ${ctx.esc(reportFileName(report), 80)} · ${ctx.esc(report.createdAt, 40)} · ${formatDuration(report.durationMs)}`
  return { blocks: [ctx.html ? `<sub>${text}</sub>` : text] }
}

function fullReportAt(report: Report, ctx: RenderContext): string {
  const file = ctx.esc(reportFileName(report), 80)
  if (ctx.target === 'comment') {
    return `the ${ctx.runUrl ? ctx.link('job summary', ctx.runUrl) : 'job summary'} and the report file ${file} (workflow artifact)`
  }
  if (ctx.target === 'summary') return `the report file ${file} (workflow artifact)`
  return `the report file ${ctx.esc(report.inputs.reportPath, 300)}`
}

/** Renders the report as GitHub-flavoured Markdown, drifted metrics first. Pure. */
export function renderMarkdown(report: Report, options: RenderOptions): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES[options.target]
  const ctx = renderContext(report, options.target, maxBytes)
  const sections: Section[] = [verdictSection(report, ctx)]
  const push = (s: Section | null): void => {
    if (s) sections.push(s)
  }
  push(errorSection(report, ctx))
  sections.push(...driftSection(report, ctx))
  sections.push(...renderLikelyCause(report, ctx))
  sections.push(...renderVariations(report, ctx))
  sections.push(...renderSeedAudit(report, ctx))
  // Comparison with the default branch's baseline slots in right under the drift tables.
  sections.push(...renderBaseline(report, ctx))
  sections.push(...renderLegs(report, ctx))
  push(tailSection(report, ctx))
  push(allMetricsSection(report, ctx))
  push(allArtifactsSection(report, ctx))
  push(runsSection(report, ctx))
  sections.push(...renderFiles(report, ctx))
  sections.push(...renderProcesses(report, ctx))
  if (report.environment) sections.push(environmentSection(report.environment, ctx))
  if (report.exposure)
    sections.push({ blocks: collapsible(ctx, 'What the experiment could read', [ctx.esc(report.exposure.note, 600)]), dropOrder: 25 })
  if (report.lockfiles) push(lockfilesSection(report.lockfiles, ctx))
  push(seedsSection(report, ctx))
  sections.push(footer(report, ctx))
  return fitDocument(sections, {
    maxBytes,
    fullReportAt: fullReportAt(report, ctx),
    note: (text) => (ctx.html ? `_✂️ ${text}_` : `(${text})`)
  })
}

/** The verdict in one line (check-run title, CLI status line): same words as the Markdown heading. */
export function verdictTitle(report: Report): string {
  const heading = verdictSection(report, renderContext(report, 'terminal')).blocks[0]
  return typeof heading === 'string' ? heading.replace(/^###\s*/, '') : report.verdict
}
