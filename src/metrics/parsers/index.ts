import * as path from 'node:path'
import { jsonParser } from './json.js'
import type { MetricsParser } from './types.js'

export type { MetricsParser } from './types.js'

/** A metrics format and how to load its parser. */
export interface MetricsFormat {
  format: string
  extensions: string[]
  load(): Promise<MetricsParser>
}

/**
 * Adding a format: one new file and one line here. YAML and TOML parsers are loaded only when a
 * run writes such a file, so the common JSON case does not pay for parsing their code.
 */
export const metricsFormats: MetricsFormat[] = [
  { format: 'JSON', extensions: jsonParser.extensions, load: async () => jsonParser },
  { format: 'YAML', extensions: ['.yaml', '.yml'], load: async () => (await import('./yaml.js')).yamlParser },
  { format: 'TOML', extensions: ['.toml'], load: async () => (await import('./toml.js')).tomlParser }
]

/** The format of a metrics file by its extension, or undefined. */
export function formatFor(file: string): MetricsFormat | undefined {
  const ext = path.extname(file).toLowerCase()
  return metricsFormats.find((f) => f.extensions.includes(ext))
}

export const supportedExtensions = metricsFormats.flatMap((f) => f.extensions)
