// STUB — the reviewer's-view work replaces this body; keep the signature.
import type { Report } from './types.js'

export interface RenderOptions {
  /** Where the Markdown goes: the job summary, the PR comment, or a terminal. */
  target: 'summary' | 'comment' | 'terminal'
  /** Hard cap on the UTF-8 size of the result; long sections are cut with a note. */
  maxBytes?: number
}

/** Renders the report as GitHub-flavoured Markdown, drifted metrics first. Pure. */
export function renderMarkdown(report: Report, options: RenderOptions): string {
  void options
  const lines = [`## repro-gate: ${report.verdict}`, '', '| metric | status |', '|---|---|']
  for (const m of report.metrics) lines.push(`| ${m.name} | ${m.status} |`)
  return lines.join('\n') + '\n'
}
