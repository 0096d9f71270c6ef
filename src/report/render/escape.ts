/**
 * Everything that comes from the experiment (metric names, string values, file names, error text,
 * output) is untrusted. These helpers make it inert in GitHub-flavoured Markdown: no HTML, no
 * links or images, no table breaks, no @-mentions, no math, no code blocks and no way to close the
 * `<details>` blocks around it.
 */

// C0/C1 controls (ANSI escapes start with ESC or CSI), DEL, and the bidi overrides that can make
// text read differently from what it is (Trojan Source).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

// ANSI escape sequences (colours, cursor moves) as a whole, so no `[31m` is left behind.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g

const ZWSP = '\u200B'

// Characters that draw nothing or reorder what follows, so two different names look the same:
// zero-width spaces and joiners, bidi marks, overrides and isolates, invisible operators, the
// byte-order mark, fillers, variation selectors and tag characters. They are shown as ⟨U+XXXX⟩.
const INVISIBLE_RANGES: [number, number][] = [
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f]
]
// Built from code points: some of them combine, and a literal class of them is misread by people and linters.
const INVISIBLE = new RegExp(
  `[${INVISIBLE_RANGES.map(([a, b]) => (a === b ? `\\u{${a.toString(16)}}` : `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`)).join('')}]`,
  'gu'
)

/** Shows invisible and direction-changing characters as ⟨U+XXXX⟩, so look-alike names differ on screen. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`)
}

/** Cuts a string to at most `max` characters (code points), marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join('') + '…'
}

/** Removes control characters, shows invisible and bidi ones (see showInvisible), and folds newlines and tabs into spaces. */
export function oneLine(text: string): string {
  return showInvisible(text.replace(ANSI, '').replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')).replace(CONTROL, '')
}

/**
 * Escapes untrusted text for inline Markdown, including a table cell. HTML-significant characters
 * become entities, Markdown punctuation is backslash-escaped, `@` and `#` get a zero-width space
 * so nobody is pinged and no issue is linked, and `://` is broken so nothing autolinks.
 */
export function inline(text: string, max = 200): string {
  return truncate(oneLine(text), max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|$]/g, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#(?=\w)/g, `#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`)
}

/** For the terminal: no entities or backslashes (nothing renders them), but still one safe line. */
export function plain(text: string, max = 200): string {
  return truncate(oneLine(text), max).replace(/\|/g, '\\|')
}

/** Escapes for the chosen target: Markdown for GitHub, plain text for a terminal. */
export function escaperFor(target: 'summary' | 'comment' | 'terminal'): (text: string, max?: number) => string {
  return target === 'terminal' ? plain : inline
}

/**
 * A fenced code block that the content cannot end: the fence is one backtick longer than the
 * longest backtick run inside (at least three). Control characters are removed; lines are kept.
 */
export function codeBlock(text: string, language = 'text'): string {
  const body = text.replace(ANSI, '').replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/\n+$/, '')
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${language}\n${body}\n${fence}`
}

const DIGEST = /^([A-Za-z0-9][\w.\-/:]{0,200})@sha256:([0-9a-f]{64})$/

/**
 * An image digest (`name@sha256:…`) as `name@sha256:` plus 12 hex digits in a code span (the
 * report keeps the full digest); anything not shaped like a digest is escaped as text.
 */
export function digest(text: string, esc: (t: string, max?: number) => string): string {
  const m = DIGEST.exec(text)
  return m ? `\`${m[1]}@sha256:${m[2]?.slice(0, 12)}…\`` : esc(text, 200)
}

/** A short hex digest for display: the first `n` characters, without a `sha256:` prefix. */
export function shortHash(hash: string | null | undefined, n = 12): string {
  if (!hash) return '—'
  return (
    hash
      .replace(/^sha256:/, '')
      .replace(/[^0-9a-fA-F]/g, '')
      .slice(0, n) || '—'
  )
}

/** A URL we build ourselves, checked to be http(s) so a link cannot carry `javascript:`. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
    return parsed.toString().replace(/[()<>\s]/g, (c) => encodeURIComponent(c))
  } catch {
    return null
  }
}
