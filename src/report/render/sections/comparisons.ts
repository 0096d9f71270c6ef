/**
 * The report's baseline and matrix-legs sections as renderable sections (the PR comment, the job
 * summary and the CLI print share them). Pure: report in, sections out; every string that came
 * from an experiment or a machine goes through the target's escaper.
 */
import type { BaselineMetric, BaselineSection } from '../../../compare/sections/baseline.js'
import type { LegsSection } from '../../../compare/sections/legs.js'
import type { EncodedValue } from '../../../metrics/values.js'
import type { Report } from '../../types.js'
import { collapsible, type RenderContext } from '../context.js'
import { table, type Block, type Section } from '../document.js'
import { shortHash } from '../escape.js'
import { formatCount, formatDeviation, formatNumbersTogether } from '../numbers.js'
import { renderEnvChanges } from './changes.js'

const SPARK = '▁▂▃▄▅▆▇█'

/** A one-line sparkline of a numeric trend (oldest first); '' when fewer than two finite numbers. */
export function sparkline(values: EncodedValue[]): string {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
  if (numbers.length < 2) return ''
  const min = Math.min(...numbers)
  const max = Math.max(...numbers)
  return numbers.map((v) => (max === min ? SPARK[3] : SPARK[Math.round(((v - min) / (max - min)) * (SPARK.length - 1))])).join('')
}

/** Two values of one metric, numbers printed with one shared precision so their difference shows. */
function pair(a: EncodedValue | null, b: EncodedValue | null, ctx: RenderContext): [string, string] {
  if (typeof a === 'number' && typeof b === 'number') {
    const [x, y] = formatNumbersTogether([a, b])
    return [x, y]
  }
  return [one(a, ctx), one(b, ctx)]
}

function one(v: EncodedValue | null, ctx: RenderContext): string {
  if (v === null) return '—'
  if (typeof v === 'object') return v.nonFinite
  if (typeof v === 'number') return formatNumbersTogether([v])[0]
  if (typeof v === 'string') return `"${ctx.esc(v, 60)}"`
  return String(v)
}

function date(iso: string | null): string {
  return iso ? iso.slice(0, 10) : 'unknown date'
}

function note(ctx: RenderContext, text: string): string {
  return ctx.html ? `_${text}_` : text
}

const STATUS: Record<BaselineMetric['status'], string> = {
  drift: '⚠️ drift',
  missing: '⚠️ missing',
  new: 'new',
  match: '✅ match',
  ignored: 'ignored'
}

/** The comparison with the default branch's baseline; [] when the report has none. */
export function renderBaselineSections(report: Report, ctx: RenderContext): Section[] {
  const b: BaselineSection | undefined = report.baseline
  if (!b) return []
  const blocks: Block[] = ['### Default-branch baseline']
  const at = b.baselineCommit ? `\`${shortHash(b.baselineCommit, 7)}\` (${date(b.baselineCreatedAt)})` : 'the default branch'
  if (b.verdict === 'none') {
    blocks.push(
      b.saved ? 'No earlier default-branch result to compare with; this run starts the baseline.' : 'Not compared with the default branch.'
    )
  } else if (b.verdict === 'match') {
    blocks.push(`✅ Every metric is within baseline-tolerance of the default branch at ${at}.`)
  } else {
    const moved = b.metrics.filter((m) => m.status === 'drift' || m.status === 'missing').length
    blocks.push(`⚠️ ${moved} ${moved === 1 ? 'metric moved' : 'metrics moved'} away from the default branch at ${at}.`)
  }
  const facts: string[] = []
  if (b.reproducibleShare !== null && b.defaultBranchRuns > 0) {
    const good = Math.round(b.reproducibleShare * b.defaultBranchRuns)
    facts.push(`Default branch: ${good} of ${b.defaultBranchRuns} recent runs reproducible (${Math.round(b.reproducibleShare * 100)}%).`)
  }
  if (b.fingerprintChanged)
    facts.push(
      `The environment fingerprint differs from the baseline's (${shortHash(b.baselineFingerprint)} → ${shortHash(b.currentFingerprint)}).`
    )
  if (b.saved) facts.push('This run was added to the baseline.')
  if (facts.length) blocks.push(facts.join(' '))

  if (b.metrics.length > 0) {
    const listed = b.metrics.slice(0, ctx.maxRows)
    const rows = listed.map((m) => {
      const [ref, cur] = pair(m.reference, m.current, ctx)
      const delta = m.absDeviation === null ? '' : formatDeviation(m.absDeviation)
      const trend = sparkline([...m.trend, ...(m.current === null ? [] : [m.current])])
      return [ctx.esc(m.name, 80), ref, cur, delta, trend, STATUS[m.status]]
    })
    blocks.push(
      table(
        ['metric', 'baseline', 'this run', '\\|Δ\\|', 'trend', 'status'],
        ['l', 'r', 'r', 'r', 'l', 'l'],
        rows,
        3,
        'baseline metrics',
        b.metrics.length - listed.length
      )
    )
  }
  if (b.untrackedNotListed) {
    blocks.push(
      note(
        ctx,
        `${formatCount(b.untrackedNotListed)} more ${b.untrackedNotListed === 1 ? 'metric' : 'metrics'} of this run are not tracked by the baseline (it keeps a bounded number, by name) and are not listed.`
      )
    )
  }
  if (b.changes.length > 0) {
    const list = renderEnvChanges(b.changes, { target: ctx.html ? 'markdown' : 'terminal', max: 30 }).trimEnd()
    // Open when a metric moved: the explanation is what the reviewer came for.
    blocks.push(...collapsible(ctx, `What changed since the baseline (${b.changes.length})`, [list], b.verdict === 'drift'))
  }
  for (const w of b.warnings) blocks.push(note(ctx, ctx.esc(w, 300)))
  return [{ blocks, dropOrder: 2 }]
}

/** Matrix compare: the legs, the metrics across them, and what differs on each drifting leg. */
export function renderLegsSections(report: Report, ctx: RenderContext): Section[] {
  const l: LegsSection | undefined = report.legs
  if (!l) return []
  const blocks: Block[] = ['### Matrix legs']
  const chosen = l.referenceChosenBy === 'input' ? 'named by reference-leg' : 'the first leg by name'
  blocks.push(`Reference leg: **${ctx.esc(l.reference, 100)}** (${chosen}).`)
  if (l.driftingLegs.length > 0) {
    blocks.push(`⚠️ Drifting: ${l.driftingLegs.map((n) => `**${ctx.esc(n, 100)}**`).join(', ')}.`)
  } else {
    blocks.push(`✅ All ${l.legs.length} legs agree within tolerance.`)
  }
  blocks.push(
    table(
      ['leg', 'runner', 'fingerprint', 'own verdict', 'differs in'],
      ['l', 'l', 'l', 'l', 'l'],
      l.legs.map((leg) => [
        `${ctx.esc(leg.name, 80)}${leg.reference ? ' (reference)' : ''}`,
        leg.runner === null ? '—' : ctx.esc(leg.runner, 80),
        `\`${shortHash(leg.fingerprint)}\``,
        leg.verdict,
        leg.driftedMetrics.length
          ? leg.driftedMetrics
              .slice(0, 5)
              .map((m) => ctx.esc(m, 60))
              .join(', ') + (leg.driftedMetrics.length > 5 ? ', …' : '')
          : leg.drift
            ? 'its own runs'
            : '—'
      ]),
      4,
      'legs'
    )
  )
  const shown = l.legs.slice(0, 8)
  if (l.metrics.length > 0) {
    const listed = l.metrics.slice(0, ctx.maxRows)
    const rows = listed.map((m) => {
      const values = shown.map((leg) => m.values[leg.name] ?? null)
      const numeric = values.every((v) => typeof v === 'number')
      const printed = numeric ? formatNumbersTogether(values as number[]) : values.map((v) => one(v, ctx))
      return [ctx.esc(m.name, 80), ...printed, m.status === 'drift' ? '⚠️ drift' : m.status === 'ignored' ? 'ignored' : '✅']
    })
    blocks.push(
      table(
        ['metric', ...shown.map((leg) => ctx.esc(leg.name, 40)), 'status'],
        ['l', ...shown.map(() => 'r' as const), 'l'],
        rows,
        3,
        'leg metrics',
        l.metrics.length - listed.length
      )
    )
    if (l.legs.length > shown.length) blocks.push(note(ctx, `${l.legs.length - shown.length} more legs are in the report JSON.`))
  }
  for (const leg of l.legs) {
    if (leg.changes.length === 0) continue
    const list = renderEnvChanges(leg.changes, { target: ctx.html ? 'markdown' : 'terminal', max: 30 }).trimEnd()
    blocks.push(...collapsible(ctx, `What differs on ${ctx.esc(leg.name, 80)} (${leg.changes.length})`, [list]))
  }
  for (const w of l.warnings) blocks.push(note(ctx, ctx.esc(w, 300)))
  return [{ blocks, dropOrder: 2 }]
}
