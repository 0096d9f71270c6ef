/**
 * The Files section: where the experiment's files are after the gate. Run 1's outputs are back in
 * the working directory (as one plain run leaves them), each run's copies are in its folder, and
 * the inputs that existed before run 1 say what the working directory holds now and where their
 * originals are kept. Paths on the runner mean little in a PR comment: there only the warnings.
 */
import type { Report } from '../../types.js'
import type { Block, Section } from '../document.js'
import { table } from '../document.js'
import { collapsible, type RenderContext } from '../context.js'
import { formatBytes } from '../numbers.js'
import { shortHash } from '../escape.js'
import type { InputFile } from '../../../runs/types.js'

const MAX_LISTED = 20
const MAX_WARNINGS = 10

/** A path as escaped text (a code span would show the escapes' backslashes). */
function code(ctx: RenderContext, text: string, max = 300): string {
  return ctx.esc(text, max)
}

function now(input: InputFile): string {
  if (input.after === 'run 1') return "run 1's version"
  if (input.after === 'unverified') return '⚠️ could not be put back'
  return 'as before the gate'
}

export function renderFiles(report: Report, ctx: RenderContext): Section[] {
  const f = report.files
  if (!f) return []
  const sections: Section[] = []
  if (f.warnings.length) {
    const shown = f.warnings.slice(0, MAX_WARNINGS).map((w) => `- ${ctx.esc(w, 500)}`)
    if (f.warnings.length > shown.length) shown.push(`- … and ${f.warnings.length - shown.length} more (in the report file)`)
    sections.push({ blocks: ['**⚠️ Files**', shown.join('\n')] })
  }
  if (ctx.target === 'comment' || (f.inWorkspace.length === 0 && f.inputs.length === 0)) return sections

  const blocks: Block[] = []
  if (f.inWorkspace.length) {
    const listed = f.inWorkspace.slice(0, MAX_LISTED).map((p) => code(ctx, p, 200))
    const more = f.inWorkspace.length > listed.length ? `, and ${f.inWorkspace.length - listed.length} more` : ''
    blocks.push(`Run 1's outputs are back in the working directory, as one plain run leaves them: ${listed.join(', ')}${more}.`)
  }
  if (f.copies.length) {
    const rows = f.copies.map((c) => [`run ${c.run}`, code(ctx, c.folder)])
    blocks.push(
      "Each run's copies, under their paths relative to the working directory:",
      table(['run', 'folder'], ['l', 'l'], rows, 40, 'runs')
    )
  }
  if (f.inputs.length) {
    const rows = f.inputs.map((i) => [
      code(ctx, i.path, 200),
      i.link !== undefined ? `link to ${code(ctx, i.link, 200)}` : `\`${shortHash(i.sha256)}\` ${formatBytes(i.bytes)}`,
      now(i),
      code(ctx, i.saved)
    ])
    blocks.push(
      'Inputs (they existed before run 1; every run started from these bytes):',
      table(['file', 'before the gate', 'now', 'original kept at'], ['l', 'l', 'l', 'l'], rows, 45, 'inputs')
    )
  }
  sections.push({
    blocks: collapsible(
      ctx,
      `Files (${f.inWorkspace.length} of run 1's back in place${f.inputs.length ? `, ${f.inputs.length} input${f.inputs.length === 1 ? '' : 's'}` : ''})`,
      blocks
    ),
    dropOrder: 35
  })
  return sections
}
