import { parse } from 'yaml'
import type { MetricsParser } from './types.js'

export const yamlParser: MetricsParser = {
  format: 'YAML',
  extensions: ['.yaml', '.yml'],
  // `.nan` and `.inf` are YAML's own non-finite numbers; the yaml package maps them to NaN/Infinity.
  parse: (text) => parse(text, { prettyErrors: true })
}
