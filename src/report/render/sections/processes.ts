/**
 * The Processes section: what a run left running when its main process exited (ended with the
 * run's PID namespace), and, where the runs could not be contained that way, what can escape.
 * A reviewer reads it as "this experiment starts daemons": a common source of drift between runs.
 */
import type { Report } from '../../types.js'
import type { Section } from '../document.js'
import type { RenderContext } from '../context.js'

export function renderProcesses(report: Report, ctx: RenderContext): Section[] {
  const lines: string[] = []
  for (const run of report.runs) {
    const left = run.leftovers
    if (!left || left.count === 0) continue
    const named = left.processes.map((p) => `\`${ctx.esc(p.name, 40)}\` (${ctx.esc(p.command, 120)})`)
    const more = left.count > named.length ? `, and ${left.count - named.length} more` : ''
    const ended = report.containment?.method === 'pid-namespace' ? 'ended with its PID namespace' : 'ended'
    lines.push(`- run ${run.index} left ${left.count} process${left.count === 1 ? '' : 'es'} running, ${ended}: ${named.join(', ')}${more}`)
  }
  const escape = report.containment && report.containment.method !== 'pid-namespace' ? report.containment.note : null
  if (lines.length === 0 && escape === null) return []
  const blocks = [`**Processes**`]
  if (lines.length) blocks.push(lines.join('\n'))
  if (escape !== null) blocks.push(`⚠️ ${ctx.esc(escape, 500)}`)
  // Useful but not the verdict: dropped before the environment when the comment is over its size.
  return [{ blocks, dropOrder: 30 }]
}
