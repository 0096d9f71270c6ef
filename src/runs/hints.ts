/**
 * Hints for the two mistakes a newcomer makes first: a command quoted into one word, and a metrics
 * path that is not where the experiment writes. Each turns a bare failure into the fix.
 */
import { promises as fs } from 'node:fs'
import * as path from 'node:path'

/**
 * `repro-gate -- 'echo "{}" > metrics.json'` quotes the whole command as one word, so bash looks
 * for a program named `echo "{}" > metrics.json` and exits 127. Said only then: a one-word command
 * with spaces that did run is what the user meant.
 */
export function quotedCommandHint(command: string, exitCode: number | null): string | null {
  if (exitCode !== 127) return null
  const word = /^'((?:[^']|'\\'')*)'$/.exec(command.trim())
  if (word === null || !/\s/.test(word[1])) return null
  const inner = word[1].replace(/'\\''/g, "'")
  return (
    `the command is one quoted word, so bash looked for a program named "${inner.slice(0, 80)}": ` +
    `pass the words unquoted after "--" (repro-gate -- ${inner.slice(0, 80)}), or the whole line with --command`
  )
}

const METRICS_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.toml'])
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.repro-gate', '__pycache__', '.venv', 'venv', '.tox'])
/** The walk is a hint, not a scan: it stops early rather than cost time on a big tree. */
const MAX_ENTRIES = 5000
const MAX_DEPTH = 4

/**
 * Metrics-like files (.json/.yaml/.yml/.toml) under `root` modified at or after `sinceMs`, relative
 * to `root` with forward slashes, newest first. Bounded in entries and depth; never throws.
 */
export async function changedMetricsLikeFiles(root: string, sinceMs: number, exclude: string[] = []): Promise<string[]> {
  const found: { rel: string; mtimeMs: number }[] = []
  const excluded = new Set(exclude.map((p) => path.resolve(p)))
  let seen = 0
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || seen > MAX_ENTRIES || excluded.has(dir)) return
    let entries
    try {
      entries = await fs.readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(full, depth + 1)
      } else if (entry.isFile() && METRICS_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
        try {
          const stat = await fs.stat(full)
          if (stat.mtimeMs >= sinceMs) found.push({ rel: path.relative(root, full).split(path.sep).join('/'), mtimeMs: stat.mtimeMs })
        } catch {
          /* gone meanwhile */
        }
      }
    }
  }
  await walk(root, 0)
  return found.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.rel < b.rel ? -1 : 1)).map((f) => f.rel)
}

/** " — did you mean out/metrics.json?" or " — the run wrote a.json, b.yaml (is one of them the metrics file?)". */
export function metricsPathHint(candidates: string[]): string {
  if (candidates.length === 0) return ''
  if (candidates.length === 1) return ` — did you mean ${candidates[0]}? (the run wrote it; set the metrics input to it)`
  const shown = candidates.slice(0, 5).join(', ')
  return ` — the run wrote ${shown}${candidates.length > 5 ? ', …' : ''}: is one of them the metrics file?`
}
