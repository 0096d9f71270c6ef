import { inline, plain } from '../report/render/escape.js'
import type { EnvChange, EnvChangeCategory } from './envdiff.js'

/**
 * `inline` guards the start of a line against list and heading markers with a backslash; our
 * fragments are always mid-line, where `\1.26.4` would show the backslash, so that guard is undone.
 */
function midLine(text: string, max: number): string {
  const escaped = inline(text, max)
  return /^\\[-+=#>\d]/.test(escaped) ? escaped.slice(1) : escaped
}

export interface RenderEnvChangesOptions {
  /** 'markdown' (PR comment, job summary; the default) escapes for GitHub; 'terminal' for the CLI. */
  target?: 'markdown' | 'terminal'
  /** At most this many changes are listed; the rest are counted in a last line. Default 40. */
  max?: number
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

/**
 * Renders environment changes as a Markdown list, one change a line (`numpy: 1.26.4 → 2.0.0`).
 * Every string from a report is untrusted (a package name, a digest reason, a path) and is
 * escaped, so nothing in it can ping, link, break a table or open HTML. Empty input gives ''.
 */
export function renderEnvChanges(changes: EnvChange[], options: RenderEnvChangesOptions = {}): string {
  if (changes.length === 0) return ''
  const esc = options.target === 'terminal' ? plain : midLine
  const max = Math.max(1, options.max ?? 40)
  const strong = (text: string): string => (options.target === 'terminal' ? text : `**${text}**`)
  const lines = changes.slice(0, max).map((c) => {
    const label = LABELS[c.category] ?? c.category
    const what =
      c.before === null
        ? `added ${esc(c.after ?? '', 120)}`
        : c.after === null
          ? `removed (was ${esc(c.before, 120)})`
          : `${esc(c.before, 120)} → ${esc(c.after, 120)}`
    const detail = c.detail ? ` (${esc(c.detail, 160)})` : ''
    return `- ${label} ${strong(esc(c.subject, 120))}: ${what}${detail}`
  })
  if (changes.length > max) lines.push(`- … and ${changes.length - max} more (see the report JSON)`)
  return lines.join('\n') + '\n'
}
