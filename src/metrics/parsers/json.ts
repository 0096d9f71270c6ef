import type { MetricsParser } from './types.js'

// Python's json.dump writes NaN, Infinity and -Infinity as bare tokens, which JSON.parse rejects.
// They are rewritten (outside strings only) to tagged strings and turned back into numbers by the reviver.
const TAG = '\u0000repro-gate-nonfinite:'
const TOKENS = ['-Infinity', 'Infinity', 'NaN'] as const

function tagNonFiniteTokens(text: string): string {
  let out = ''
  let i = 0
  let inString = false
  while (i < text.length) {
    const c = text[i]
    if (inString) {
      out += c
      if (c === '\\') {
        out += text[i + 1] ?? ''
        i += 2
        continue
      }
      if (c === '"') inString = false
      i++
      continue
    }
    if (c === '"') {
      inString = true
      out += c
      i++
      continue
    }
    const token = TOKENS.find((t) => text.startsWith(t, i))
    if (token) {
      out += JSON.stringify(TAG + token)
      i += token.length
      continue
    }
    out += c
    i++
  }
  return out
}

export const jsonParser: MetricsParser = {
  format: 'JSON',
  extensions: ['.json'],
  parse(text) {
    const needsTagging = /NaN|Infinity/.test(text)
    return JSON.parse(needsTagging ? tagNonFiniteTokens(text) : text, (_key, value: unknown) => {
      if (typeof value === 'string' && value.startsWith(TAG)) return Number(value.slice(TAG.length))
      return value
    })
  }
}
