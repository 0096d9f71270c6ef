import { parse } from 'smol-toml'
import { isRecord } from './common.js'

/** Parses TOML, naming the file kind in the error (smol-toml's message carries line and column). */
export function parseToml(text: string, what: string): Record<string, unknown> {
  try {
    return parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>
  } catch (error) {
    throw new Error(`${what} is not valid TOML: ${(error as Error).message}`)
  }
}

/** The `[[package]]` tables of a TOML lockfile, each checked to be a table. */
export function packageTables(doc: Record<string, unknown>, what: string): Record<string, unknown>[] {
  const tables = doc.package ?? []
  if (!Array.isArray(tables)) throw new Error(`${what}: "package" is not an array of tables`)
  return tables.map((table, i) => {
    if (!isRecord(table)) throw new Error(`${what}: [[package]] #${i + 1} is not a table`)
    return table
  })
}
