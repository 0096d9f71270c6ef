/**
 * The Variations section (factors, culprits with the metrics and values they move, runs spent),
 * the seed audit line and the likely cause of a same-environment drift. Built from the report's
 * data; everything that came from the experiment or the machine is escaped.
 */
import type { Report } from '../../types.js'
import type { Section, Block } from '../document.js'
import { table } from '../document.js'
import { collapsible, type RenderContext } from '../context.js'
import { formatDeviation, formatDuration } from '../numbers.js'
import { describeFactor, showValue } from '../../../vary/diagnose.js'
import type { FactorRecord, VariationsSection, VariationChange, SeedAuditSection, LikelyCause } from '../../../vary/types.js'

const STATUS_ICON: Record<VariationsSection['status'], string> = {
  insensitive: '✅',
  sensitive: '❌',
  interaction: '❌',
  inconclusive: '➖',
  skipped: '⚠️'
}

function changeText(ctx: RenderContext, c: VariationChange): string {
  if (c.kind === 'artifact') return `artifact ${ctx.esc(c.name, 120)} differs`
  return `${ctx.esc(c.name, 120)} ${ctx.esc(showValue(c.control), 80)} → ${ctx.esc(showValue(c.varied), 80)}`
}

function factorResult(ctx: RenderContext, v: VariationsSection, f: FactorRecord): string {
  if (!f.varied) return `not varied: ${ctx.esc(f.reason ?? 'unknown', 300)}`
  if (v.culprits.some((c) => c.factor === f.name)) return ctx.html ? '**moves results**' : 'moves results *'
  if (v.untested.includes(f.name)) return 'untested (vary-max-runs)'
  if (v.status === 'inconclusive') return 'not run (repeats drift)'
  if (v.status === 'interaction') return 'only together with others'
  if (v.status === 'skipped') return 'not run'
  return 'no effect'
}

/** Extra runs and their time, as the reader pays for them. */
function cost(v: VariationsSection): string {
  const ms = v.runs.reduce((s, r) => s + r.durationMs, 0)
  return `${v.runs.length} extra run${v.runs.length === 1 ? '' : 's'}, ${formatDuration(ms)} (vary-max-runs ${v.maxRuns})`
}

export function renderVariations(report: Report, ctx: RenderContext): Section[] {
  const v = report.variations
  if (!v) return []
  const blocks: Block[] = [`**${STATUS_ICON[v.status]} Variations**: ${ctx.esc(v.message, 400)} · ${cost(v)}`]
  if (v.culprits.length) {
    const byName = new Map(v.factors.map((f) => [f.name, f]))
    const lines = v.culprits.map((c) => {
      const f = byName.get(c.factor)!
      const what = c.error
        ? `the run ${ctx.esc(c.error.replace(/^run \d+ /, ''), 300)}`
        : c.changes
            .slice(0, 5)
            .map((x) => changeText(ctx, x))
            .join('; ') + (c.changes.length > 5 ? `; and ${c.changes.length - 5} more` : '')
      return `- **${c.factor}** — with ${ctx.esc(describeFactor(f), 200)}: ${what}`
    })
    blocks.push(lines.join('\n'))
  }
  const rows = v.factors.map((f) => [
    f.name,
    ctx.esc(f.control, 120),
    f.value === null ? '—' : ctx.esc(f.value, 120),
    factorResult(ctx, v, f)
  ])
  const notes = v.factors.filter((f) => f.note).map((f) => `- ${f.name}: ${ctx.esc(f.note!, 300)}`)
  const detail: Block[] = [table(['factor', 'control', 'varied', 'result'], ['l', 'l', 'l', 'l'], rows, 60, 'factors')]
  if (notes.length) detail.push(notes.join('\n'))
  blocks.push(
    ...collapsible(
      ctx,
      `Factors (${v.factors.length}: ${v.factors.filter((f) => f.varied).length} varied)`,
      detail,
      v.status === 'sensitive'
    )
  )
  return [{ blocks }]
}

export function renderSeedAudit(report: Report, ctx: RenderContext): Section[] {
  const a: SeedAuditSection | undefined = report.seedAudit
  if (!a) return []
  const icon = a.wired === true ? '✅' : a.wired === false ? (a.level === 'fail' ? '❌' : '⚠️') : '⚠️'
  const blocks: Block[] = [`**${icon} Seed audit** (${a.level}): ${ctx.esc(a.message, 600)}`]
  const spread = a.spread.filter((s) => s.spread !== null).sort((x, y) => (y.spread ?? 0) - (x.spread ?? 0))
  const rows = spread.slice(0, ctx.maxRows).map((s) => {
    const t = s.tolerance
    const tol = t
      ? [t.atol ? `atol ${formatDeviation(t.atol)}` : '', t.rtol ? `rtol ${formatDeviation(t.rtol)}` : ''].filter(Boolean).join(' + ') ||
        'exact'
      : 'exact'
    return [ctx.esc(s.name, 120), `tolerance ${tol} · seed spread ${formatDeviation(s.spread ?? 0)}`]
  })
  if (rows.length) {
    const t = table(['metric', 'tolerance · seed spread'], ['l', 'l'], rows, 55, 'metrics', spread.length - rows.length)
    blocks.push(...collapsible(ctx, `Seed spread per metric (${spread.length})`, [t]))
  }
  return [{ blocks }]
}

export function renderLikelyCause(report: Report, ctx: RenderContext): Section[] {
  const c: LikelyCause | undefined = report.likelyCause
  if (!c) return []
  const lines = [`**Likely cause**: ${ctx.esc(c.summary, 300)}`, c.evidence.map((e) => `- ${ctx.esc(e, 300)}`).join('\n')]
  if (c.suggestion) lines.push(`Suggestion: ${ctx.esc(c.suggestion, 300)}`)
  return [{ blocks: lines }]
}
