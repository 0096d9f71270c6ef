/**
 * Redaction of a live stream (a run's output as it arrives). Chunks end anywhere: a token can be
 * split in two, and a private key printed in two writes would have its body pass unmasked if each
 * chunk were redacted alone. So text is released only at line ends, and from a private key's
 * BEGIN line on it is held until its END line (and masked whole) — or, when the block grows past
 * a cap, masked up to its END line as it streams by.
 *
 * Every write costs time in proportion to the chunk (plus a few hundred characters looked at again
 * for a marker cut in two), never to what is held: a progress bar that prints `\r` and no newline
 * for 100 MB in writes of 60 bytes is as cheap as the same bytes in lines. What is held stays under
 * the caps below.
 */
import { MASK, type Redactor } from './redact.js'

export interface RedactingStream {
  /** Takes the next chunk; returns the redacted text that can be released now. */
  write(chunk: string): string
  /** Releases (redacted) whatever is held; an unterminated key block is masked to the end. */
  end(): string
}

/** A private key block longer than this is masked as it streams instead of held. */
const HOLD_KEY_CHARS = 64 * 1024
/** A line longer than this (progress bars that never print `\n`) is released in pieces. */
const HOLD_LINE_CHARS = 64 * 1024
/** The part of an over-long line kept back, so a secret near the cut is still seen whole. */
const KEEP_CHARS = 4096
/** Characters of earlier text searched again with each chunk, so a BEGIN or END marker cut in two is found. */
const MARKER_CHARS = 256

const BEGIN_KEY = /-----BEGIN[A-Z0-9 ]{0,200}PRIVATE KEY-----/
const END_KEY = /-----END[A-Z0-9 ]{0,200}PRIVATE KEY-----/

/** Text held back, as the chunks it came in: appending and measuring never copy what is held. */
class Held {
  private parts: string[] = []
  length = 0

  add(text: string): void {
    if (text === '') return
    this.parts.push(text)
    this.length += text.length
  }

  take(): string {
    const all = this.parts.length === 1 ? this.parts[0] : this.parts.join('')
    this.parts = []
    this.length = 0
    return all
  }
}

/**
 * The last MARKER_CHARS characters seen, kept as chunks so that remembering them costs nothing
 * per write; they are joined only when a chunk could complete a marker.
 */
class Recent {
  private parts: string[] = []
  private length = 0

  add(text: string): void {
    if (text.length >= MARKER_CHARS) {
      this.parts = [text.slice(-MARKER_CHARS)]
      this.length = MARKER_CHARS
      return
    }
    this.parts.push(text)
    this.length += text.length
    while (this.length - this.parts[0].length >= MARKER_CHARS) this.length -= this.parts.shift()!.length
  }

  text(): string {
    return this.parts.join('')
  }

  clear(): void {
    this.parts = []
    this.length = 0
  }
}

/** Wraps a redactor for a stream of chunks; one per stream (a run's output). */
export function redactStream(redactor: Redactor): RedactingStream {
  const held = new Held()
  // line: ordinary text, released at line ends. key: a key block from its BEGIN marker on, held
  // until its END marker. masking: inside a key block whose start was already released as the mask.
  let state: 'line' | 'key' | 'masking' = 'line'
  // The last characters seen, searched again with the next chunk for a marker that arrives split.
  const recent = new Recent()
  const release = (text: string): string => (text === '' ? '' : redactor.text(text))

  /** Releases held text up to a long line's last blank (or `\r`) before the kept tail. */
  const releaseLongLine = (): string => {
    const all = held.take()
    const limit = all.length - KEEP_CHARS
    // Cut at a blank or carriage return before the kept tail, where no token runs across.
    const blank = Math.max(all.lastIndexOf(' ', limit), all.lastIndexOf('\r', limit))
    const cut = blank > 0 ? blank + 1 : limit
    held.add(all.slice(cut))
    return release(all.slice(0, cut))
  }

  const write = (chunk: string): string => {
    let out = ''
    let text = chunk
    while (text !== '') {
      // Every marker ends in '-', so one that completes in this chunk has a '-' here: the common
      // chunk without one is never searched, and the text before it is joined only when it has.
      const seen = text.includes('-') ? recent.text() + text : null
      // Where `text` starts in `seen`.
      const offset = seen === null ? 0 : seen.length - text.length
      if (state === 'masking') {
        const end = seen === null ? null : END_KEY.exec(seen)
        if (end === null) {
          recent.add(text)
          return out
        }
        text = text.slice(end.index + end[0].length - offset)
        recent.clear()
        state = 'line'
        continue
      }
      if (state === 'key') {
        const end = seen === null ? null : END_KEY.exec(seen)
        if (end !== null) {
          // The whole block is held: released now, the redactor masks it as one credential.
          const upto = end.index + end[0].length - offset
          held.add(text.slice(0, upto))
          out += release(held.take())
          text = text.slice(upto)
          recent.clear()
          state = 'line'
          continue
        }
        held.add(text)
        recent.add(text)
        if (held.length > HOLD_KEY_CHARS) {
          held.take()
          out += MASK
          state = 'masking'
        }
        return out
      }
      const begin = seen === null ? null : BEGIN_KEY.exec(seen)
      if (seen !== null && begin !== null) {
        // Everything before the marker goes now; the block is held from the marker on.
        const at = begin.index - offset
        recent.clear()
        if (at >= 0) {
          held.add(text.slice(0, at))
          out += release(held.take())
          text = text.slice(at)
        } else {
          // The marker began in text already held (never in text released: a release keeps the last KEEP_CHARS).
          const all = held.take()
          const cut = Math.max(0, all.length + at)
          out += release(all.slice(0, cut))
          held.add(all.slice(cut))
          // The held start of the marker is searched with the rest, for an END marker right after it.
          recent.add(seen.slice(begin.index, offset))
        }
        state = 'key'
        continue
      }
      const newline = text.lastIndexOf('\n')
      if (newline >= 0) {
        held.add(text.slice(0, newline + 1))
        out += release(held.take())
        held.add(text.slice(newline + 1))
      } else {
        held.add(text)
        if (held.length > HOLD_LINE_CHARS) out += releaseLongLine()
      }
      recent.add(text)
      return out
    }
    return out
  }

  const end = (): string => {
    const last = state === 'line' ? release(held.take()) : state === 'key' ? MASK : ''
    held.take()
    state = 'line'
    recent.clear()
    return last
  }

  return { write, end }
}
