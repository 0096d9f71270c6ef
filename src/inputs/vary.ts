/** The factors, in the order they are tried and listed. Users write these names in workflows: keep them stable. */
export const FACTORS = ['hashseed', 'timezone', 'locale', 'threads', 'cwd', 'umask', 'home', 'hostname'] as const
export type FactorName = (typeof FACTORS)[number]

export const SEED_AUDIT_LEVELS = ['off', 'warn', 'fail'] as const
export type SeedAuditLevel = (typeof SEED_AUDIT_LEVELS)[number]

/**
 * Reads the `vary` input: factor names separated by commas or lines, `all` for every factor,
 * `-name` to leave one out (`all,-timezone`). Returns the factors in their canonical order.
 * Throws an Error naming the input, the value and the accepted names.
 */
export function parseVary(raw: string, inputName = 'vary'): FactorName[] {
  const words = raw
    .split(/[,\n\r]/)
    .map((w) => w.trim())
    .filter((w) => w !== '' && !w.startsWith('#'))
  const chosen = new Set<FactorName>()
  const excluded = new Set<FactorName>()
  for (const word of words) {
    const name = word.replace(/^[-!]/, '').toLowerCase()
    const exclude = word !== name && /^[-!]/.test(word)
    if (name === 'all' || name === 'none') {
      if (exclude) throw new Error(`${inputName}: got "${word}"; "${name}" cannot be excluded`)
      if (name === 'all') FACTORS.forEach((f) => chosen.add(f))
      continue
    }
    if (!(FACTORS as readonly string[]).includes(name)) {
      throw new Error(
        `${inputName}: got "${word}" in "${raw.trim()}", expected factor names from: all, ${FACTORS.join(', ')} (prefix - to leave one out: all,-timezone)`
      )
    }
    if (exclude) excluded.add(name as FactorName)
    else chosen.add(name as FactorName)
  }
  return FACTORS.filter((f) => chosen.has(f) && !excluded.has(f))
}
