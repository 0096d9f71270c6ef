/** What every section renderer needs to know about where its Markdown goes. */
import type { Report } from '../types.js'
import { escaperFor, safeUrl } from './escape.js'
import { rowsWithin, type Block } from './document.js'

export type Target = 'summary' | 'comment' | 'terminal'

export interface RenderContext {
  target: Target
  /** GitHub renders HTML (`<details>`) and mermaid; a terminal does not. */
  html: boolean
  /** Escapes untrusted text for this target; `max` caps its length in characters. */
  esc: (text: string, max?: number) => string
  /** A link when the target renders links, else the plain text (and URL for a terminal). */
  link: (text: string, url: string | null) => string
  /** Job log, built from GITHUB_SERVER_URL at report time (so GHES works). */
  runUrl: string | null
  /** The most rows one table can show under the size cap: tables render no more (see rowsWithin). */
  maxRows: number
}

/**
 * The context for one target: escaper, link style, job log URL (checked to be http(s)), and the
 * row limit that `maxBytes` (the document's size cap) implies.
 */
export function renderContext(report: Report, target: Target, maxBytes = 1_000_000): RenderContext {
  const html = target !== 'terminal'
  const runUrl = safeUrl(report.context.runUrl)
  return {
    target,
    html,
    esc: escaperFor(target),
    link: (text, url) => {
      const safe = safeUrl(url)
      if (!safe) return text
      return html ? `[${text}](${safe})` : `${text} (${safe})`
    },
    runUrl,
    maxRows: rowsWithin(maxBytes)
  }
}

/** A collapsible section on GitHub, a plain heading in a terminal. `title` is trusted text. */
export function collapsible(ctx: RenderContext, title: string, body: Block[], open = false): Block[] {
  if (!ctx.html) return [`#### ${title}`, ...body]
  return [`<details${open ? ' open' : ''}>\n<summary>${title}</summary>`, ...body, '</details>']
}
