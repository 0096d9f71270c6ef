import * as path from 'node:path'
import { jsonParser } from './json.js'
import { tomlParser } from './toml.js'
import { yamlParser } from './yaml.js'
import type { MetricsParser } from './types.js'

export type { MetricsParser } from './types.js'

/** Adding a format: one new file and one line here. */
export const metricsParsers: MetricsParser[] = [jsonParser, yamlParser, tomlParser]

/** The parser for a metrics file by its extension, or undefined. */
export function parserFor(file: string): MetricsParser | undefined {
  const ext = path.extname(file).toLowerCase()
  return metricsParsers.find((p) => p.extensions.includes(ext))
}

export const supportedExtensions = metricsParsers.flatMap((p) => p.extensions)
