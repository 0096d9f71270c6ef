/**
 * Metric patterns are globs over dot-separated metric names: `*` matches within one segment,
 * `**` across segments, `?` one character. `[` and `]` are literal, so `loss[3]` means the
 * fourth element of `loss`, not a character class — general-purpose glob libraries get this wrong.
 */
const cache = new Map<string, (name: string) => boolean>()

export function compileMetricPattern(pattern: string): (name: string) => boolean {
  const hit = cache.get(pattern)
  if (hit) return hit
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '.' && pattern.slice(i + 1) === '**') {
      // A trailing `.**` also matches the bare prefix: `eval.**` matches `eval` itself.
      source += '(?:\\..*)?'
      break
    }
    if (c === '*' && pattern[i + 1] === '*') {
      // `a.**.b` also matches `a.b`.
      if (pattern[i + 2] === '.') {
        source += '(?:.*\\.)?'
        i += 2
      } else {
        source += '.*'
        i += 1
      }
    } else if (c === '*') {
      source += '[^.]*'
    } else if (c === '?') {
      source += '[^.]'
    } else {
      source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    }
  }
  const re = new RegExp(`^${source}$`)
  // The pattern's literal start (up to its first wildcard) is the regex's: a name without it is
  // refused by one startsWith, not a regex run (a million metric names pass through each pattern).
  let prefix = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*' || c === '?' || (c === '.' && pattern.slice(i + 1) === '**')) break
    prefix += c
  }
  const test = (name: string): boolean => name.startsWith(prefix) && re.test(name)
  cache.set(pattern, test)
  return test
}

/** True when any pattern matches the name. */
export function matchesAny(name: string, patterns: string[]): boolean {
  return patterns.some((p) => compileMetricPattern(p)(name))
}
