/**
 * Redaction of a live stream (a run's output as it arrives). Chunks end anywhere: a token can be
 * split in two, and a private key printed in two writes would have its body pass unmasked if each
 * chunk were redacted alone. So text is released only at line ends, and from a private key's
 * BEGIN line on it is held until its END line (and masked whole) — or, when the block grows past
 * a cap, masked up to its END line as it streams by.
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

const BEGIN_KEY = /-----BEGIN[A-Z0-9 ]*PRIVATE KEY-----/g
const END_KEY = /-----END[A-Z0-9 ]*PRIVATE KEY-----/

/** Where the last BEGIN marker with no END after it starts, or -1. */
function openKeyBlock(text: string): number {
  let open = -1
  BEGIN_KEY.lastIndex = 0
  for (let m = BEGIN_KEY.exec(text); m !== null; m = BEGIN_KEY.exec(text)) {
    if (!END_KEY.test(text.slice(m.index + m[0].length))) {
      open = m.index
      break
    }
  }
  return open
}

/** Wraps a redactor for a stream of chunks; one per stream (a run's output). */
export function redactStream(redactor: Redactor): RedactingStream {
  let pending = ''
  // Inside a private key block whose start was already released as the mask.
  let inKey = false

  const drain = (final: boolean): string => {
    let out = ''
    for (;;) {
      if (inKey) {
        const end = END_KEY.exec(pending)
        if (end === null) {
          // Keep only enough to see an END marker that arrives split.
          pending = final ? '' : pending.slice(-64)
          return out
        }
        pending = pending.slice(end.index + end[0].length)
        inKey = false
        continue
      }
      const open = openKeyBlock(pending)
      if (open >= 0) {
        out += redactor.text(pending.slice(0, open))
        pending = pending.slice(open)
        if (!final && pending.length <= HOLD_KEY_CHARS) return out
        out += MASK
        inKey = true
        continue
      }
      let cut = final ? pending.length : pending.lastIndexOf('\n') + 1
      if (cut === 0 && pending.length > HOLD_LINE_CHARS) {
        // Cut at a blank or carriage return before the kept tail, where no token runs across.
        const limit = pending.length - KEEP_CHARS
        const blank = Math.max(pending.lastIndexOf(' ', limit), pending.lastIndexOf('\r', limit))
        cut = blank > 0 ? blank + 1 : limit
      }
      out += redactor.text(pending.slice(0, cut))
      pending = pending.slice(cut)
      return out
    }
  }

  return {
    write: (chunk) => {
      pending += chunk
      return drain(false)
    },
    end: () => drain(true)
  }
}
