import { inline, oneLine, truncate } from '../escape.js'
import type { EnvChange, EnvChangeCategory } from '../../../compare/envdiff.js'
import { formatValue, type MetricDelta } from '../../../compare/reports.js'

/**
 * `inline` guards the start of a line against list and heading markers with a backslash; our
 * fragments are always mid-line, where `\1.26.4` would show the backslash, so that guard is undone.
 */
function midLine(text: string, max: number): string {
  const escaped = inline(text, max)
  return /^\\[-+=#>\d]/.test(escaped) ? escaped.slice(1) : escaped
}

/** For a terminal: one line, control characters removed, bounded; nothing renders Markdown there. */
function terminal(text: string, max: number): string {
  return truncate(oneLine(text), max)
}

export interface RenderEnvChangesOptions {
  /** 'markdown' (PR comment, job summary; the default) escapes for GitHub; 'terminal' for the CLI. */
  target?: 'markdown' | 'terminal'
  /** At most this many changes are listed in all; the rest are counted in a last line. Default 40. */
  max?: number
  /**
   * At most this many per category (default 10), so 200 python packages of another machine do not
   * push its GPU and OS out of the list; the rest of the category is counted on one line.
   */
  perCategory?: number
}

const LABELS: Record<EnvChangeCategory, string> = {
  package: 'package',
  lockfile: 'lockfile',
  unpinned: 'unpinned dependency',
  'python-package': 'python package',
  framework: 'framework',
  toolchain: 'toolchain',
  gpu: 'GPU',
  container: 'container',
  runner: 'runner',
  os: 'OS',
  cpu: 'CPU',
  seed: 'seed variable',
  'math-env': 'math variable',
  data: 'data',
  snapshot: 'snapshot',
  commit: 'commit'
}

const PLURALS: Partial<Record<EnvChangeCategory, string>> = {
  package: 'package changes',
  'python-package': 'python package changes',
  unpinned: 'unpinned dependency changes',
  data: 'data file changes'
}

/**
 * Renders environment changes as a Markdown list, one change a line (`numpy: 1.26.4 → 2.0.0`).
 * Every string from a report is untrusted (a package name, a digest reason, a path) and is
 * escaped, so nothing in it can ping, link, break a table or open HTML. Empty input gives ''.
 */
export function renderEnvChanges(changes: EnvChange[], options: RenderEnvChangesOptions = {}): string {
  if (changes.length === 0) return ''
  const esc = options.target === 'terminal' ? terminal : midLine
  const max = Math.max(1, options.max ?? 40)
  const perCategory = Math.max(1, options.perCategory ?? 10)
  const strong = (text: string): string => (options.target === 'terminal' ? text : `**${text}**`)
  const line = (change: EnvChange): string => {
    // Commits read better as a short range; the full hashes stay in the report's data.
    const c =
      change.category === 'commit'
        ? { ...change, before: change.before?.slice(0, 12) ?? null, after: change.after?.slice(0, 12) ?? null, detail: undefined }
        : change
    const label = LABELS[c.category] ?? c.category
    const what =
      c.before === null
        ? `added ${esc(c.after ?? '', 120)}`
        : c.after === null
          ? `removed (was ${esc(c.before, 120)})`
          : `${esc(c.before, 120)} → ${esc(c.after, 120)}`
    const detail = c.detail ? ` (${esc(c.detail, 160)})` : ''
    const subject = strong(esc(c.subject, 120))
    return `- ${label === c.subject ? subject : `${label} ${subject}`}: ${what}${detail}`
  }
  const lines: string[] = []
  let listed = 0
  let i = 0
  while (i < changes.length && listed < max) {
    const category = changes[i].category
    let j = i
    while (j < changes.length && changes[j].category === category) j++
    const group = changes.slice(i, j)
    const shown = group.slice(0, Math.min(perCategory, max - listed))
    lines.push(...shown.map(line))
    listed += shown.length
    const rest = group.length - shown.length
    if (rest > 0) lines.push(`- … and ${rest} more ${PLURALS[category] ?? `${LABELS[category] ?? category} changes`}`)
    i = j
  }
  const left = changes.length - i
  if (left > 0) lines.push(`- … and ${left} more changes (see the report JSON)`)
  return lines.join('\n') + '\n'
}

/**
 * Renders metric deltas as aligned plain text for the terminal (`diff`, `replay`): status, name,
 * reference → candidate, and the reason when it moved. Names and string values are untrusted and
 * are made one safe line each.
 */
export function renderMetricDeltas(deltas: MetricDelta[], max = MAX_DELTA_LINES): string {
  if (deltas.length === 0) return '  (no metrics)\n'
  // Drift and missing come first (compareMetricSets' order): a million matches are counted, not listed.
  const listed = deltas.length > max ? deltas.slice(0, max) : deltas
  const rows = listed.map((d) => [
    d.status,
    terminal(d.name, 80),
    `${terminal(formatValue(d.reference), 40)} → ${terminal(formatValue(d.candidate), 40)}`,
    d.status === 'drift' || d.status === 'missing' ? terminal(d.reason ?? '', 160) : ''
  ])
  // A loop, not Math.max(...rows): spreading a few hundred thousand arguments overflows the stack.
  const width = [0, 0, 0]
  for (const r of rows) for (let c = 0; c < 3; c++) width[c] = Math.max(width[c], Array.from(r[c]).length)
  const more = deltas.length - listed.length
  return (
    rows
      .map((r) =>
        `  ${r
          .slice(0, 3)
          .map((cell, c) => cell + ' '.repeat(width[c] - Array.from(cell).length))
          .join('  ')}  ${r[3]}`.trimEnd()
      )
      .join('\n') +
    '\n' +
    (more > 0 ? `  … and ${more} more metrics (--json lists every one)\n` : '')
  )
}

/** Metric lines `diff` prints at most (drift and missing first); --json has them all. */
export const MAX_DELTA_LINES = 1000
