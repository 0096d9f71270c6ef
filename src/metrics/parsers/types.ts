/** One parser per metrics-file format, chosen by extension. */
export interface MetricsParser {
  /** Shown in errors: 'JSON', 'YAML', 'TOML'. */
  format: string
  /** Lower-case extensions including the dot. */
  extensions: string[]
  /** Parses the text into a plain value; throws with a message that says what is wrong. */
  parse(text: string): unknown
}
