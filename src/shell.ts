/** Quotes one word for bash so it reaches the command exactly as typed (the CLI's `-- words…`, vary's wrappers). */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_\-+=/.,:@%]+$/.test(word)) return word
  return `'${word.replace(/'/g, `'\\''`)}'`
}
