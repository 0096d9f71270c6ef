import { parse } from 'smol-toml'
import type { MetricsParser } from './types.js'

export const tomlParser: MetricsParser = {
  format: 'TOML',
  extensions: ['.toml'],
  parse: (text) => parse(text)
}
