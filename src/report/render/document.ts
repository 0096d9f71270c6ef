/**
 * The rendered report as sections of text and tables, so it can be fitted under a size cap by
 * cutting the least important table rows first (with a note saying how many and where the full
 * report is) instead of truncating the Markdown in the middle of a table or a `<details>` block.
 */

import { formatCount } from './numbers.js'

/** A table whose rows may be cut; `header` includes the `|---|` line. */
export interface Table {
  kind: 'table'
  header: string
  rows: string[]
  /** Higher is cut first. */
  cutPriority: number
  /** What a row is, plural, for the note: "metrics", "files". */
  noun: string
  /** The singular, when it is not the plural without its final "s". */
  nounOne?: string
  /** Rows never rendered (beyond what any size cap could show); counted in the cut note. */
  omitted: number
}

export type Block = string | Table

export interface Section {
  blocks: Block[]
  /** Whole sections are dropped as a last resort, highest first; undefined = never dropped. */
  dropOrder?: number
}

export interface FitOptions {
  maxBytes: number
  /** Where the full report can be read, for the cut notes ("the job summary and …"). */
  fullReportAt: string
  /** Formats a note line (italic in Markdown, plain in a terminal). */
  note: (text: string) => string
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8')

/**
 * The fewest UTF-8 bytes a table row of four or more cells takes (`| a | b | c | d |` and its
 * newline): no table can show more than maxBytes / MIN_ROW_BYTES rows, so no more are rendered.
 */
export const MIN_ROW_BYTES = 18

/** How many rows one table can possibly show within `maxBytes`. */
export function rowsWithin(maxBytes: number): number {
  return Math.ceil(maxBytes / MIN_ROW_BYTES)
}

/**
 * A GFM table from header cells, alignments and rows of already-escaped cells. `omitted` counts
 * rows left out before rendering (a million metrics are never a million rows); the note says so.
 */
export function table(header: string[], align: ('l' | 'r')[], rows: string[][], cutPriority: number, noun: string, omitted = 0): Table {
  const head = `| ${header.join(' | ')} |\n|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`
  return { kind: 'table', header: head, rows: rows.map((r) => `| ${r.join(' | ')} |`), cutPriority, noun, omitted }
}

function cutNote(t: Table, cut: number, options: FitOptions): string {
  const n = formatCount(cut)
  const noun = cut === 1 ? (t.nounOne ?? t.noun.replace(/s$/, '')) : t.noun
  const what = cut === t.rows.length + t.omitted ? `${n} ${noun}` : `${n} more ${noun}`
  return options.note(`${what} not shown (size limit); the full list is in ${options.fullReportAt}.`)
}

function renderTable(t: Table, keep: number, options: FitOptions): string {
  const kept = Math.max(0, Math.min(keep, t.rows.length))
  const cut = t.rows.length - kept + t.omitted
  if (cut === 0) return [t.header, ...t.rows].join('\n')
  if (kept === 0) return cutNote(t, cut, options)
  return [t.header, ...t.rows.slice(0, kept)].join('\n') + '\n\n' + cutNote(t, cut, options)
}

function assemble(sections: Section[], keep: Map<Table, number>, dropped: Set<Section>, options: FitOptions): string {
  const parts: string[] = []
  for (const section of sections) {
    if (dropped.has(section)) continue
    for (const block of section.blocks) {
      parts.push(typeof block === 'string' ? block : renderTable(block, keep.get(block) ?? block.rows.length, options))
    }
  }
  if (dropped.size > 0) {
    parts.push(options.note(`${dropped.size} section(s) left out (size limit); the full report is in ${options.fullReportAt}.`))
  }
  return parts.join('\n\n').replace(/\n{3,}/g, '\n\n') + '\n'
}

/** Cuts a string to at most `max` UTF-8 bytes at a line boundary, closing any open `<details>`. */
function hardCut(text: string, max: number, options: FitOptions): string {
  const note = '\n\n' + options.note(`cut at the size limit; the full report is in ${options.fullReportAt}.`) + '\n'
  const closer = '\n\n</details>'
  let budget = max - bytes(note)
  const buf = Buffer.from(text, 'utf8')
  let cut = buf
    .subarray(0, Math.max(0, budget))
    .toString('utf8')
    .replace(/\uFFFD$/, '')
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))
  // Close the fence and details we opened; untrusted text cannot contain either (it is escaped).
  const fences = cut.match(/^`{3,}/gm) ?? []
  const openFence = fences.length % 2 === 1 ? `\n${fences[fences.length - 1]}` : ''
  const opens = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length
  const tail = openFence + closer.repeat(Math.max(0, opens))
  budget -= bytes(tail)
  while (bytes(cut) > budget && cut.length > 0) cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')))
  return cut + tail + note
}

/**
 * Joins the sections into one document of at most `maxBytes` UTF-8 bytes. When too big: cut table
 * rows (highest cutPriority first), then drop whole optional sections (highest dropOrder first),
 * and only then cut the text itself at a line boundary.
 */
export function fitDocument(sections: Section[], options: FitOptions): string {
  const keep = new Map<Table, number>()
  const dropped = new Set<Section>()
  let text = assemble(sections, keep, dropped, options)
  if (bytes(text) <= options.maxBytes) return text

  // Big tables first (in priority order), then the rest: cutting a table of three rows frees less
  // than its note costs, so small tables are only cut when the big ones were not enough.
  const all = sections
    .flatMap((s) => s.blocks.filter((b): b is Table => typeof b !== 'string'))
    .sort((a, b) => b.cutPriority - a.cutPriority)
  const isBig = (t: Table): boolean =>
    t.rows.reduce((n, r) => n + bytes(r) + 1, 0) > 4 * bytes(cutNote(t, t.rows.length + t.omitted, options))
  const tables = [...all.filter(isBig), ...all.filter((t) => !isBig(t))]
  for (const t of tables) {
    let over = bytes(text) - options.maxBytes
    if (over <= 0) break
    // The note costs bytes too; reserve them before counting rows.
    over += bytes(cutNote(t, t.rows.length + t.omitted, options)) + 2
    let k = t.rows.length
    while (k > 0 && over > 0) {
      k--
      over -= bytes(t.rows[k] ?? '') + 1
    }
    if (k === 0) over -= bytes(t.header) + 1
    keep.set(t, k)
    text = assemble(sections, keep, dropped, options)
  }
  const droppable = sections.filter((s) => s.dropOrder !== undefined).sort((a, b) => (b.dropOrder ?? 0) - (a.dropOrder ?? 0))
  for (const s of droppable) {
    if (bytes(text) <= options.maxBytes) break
    dropped.add(s)
    text = assemble(sections, keep, dropped, options)
  }
  return bytes(text) <= options.maxBytes ? text : hardCut(text, options.maxBytes, options)
}

/**
 * The first `max` items, or all of them when only one more is left: "+1 more" hides exactly what
 * could have been written in its place.
 */
export function visibleItems<T>(items: readonly T[], max: number): T[] {
  return items.length <= max + 1 ? [...items] : items.slice(0, max)
}
