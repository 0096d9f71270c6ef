import { promises as fs } from 'node:fs'
import * as core from '@actions/core'

/**
 * Appends Markdown to the job summary file, when the runner provides one. Returns whether it wrote.
 *
 * The runner's own summary file goes through `@actions/core`'s `summary`, so a harness that stands
 * in for `@actions/core` (GitHub's `@github/local-action`) sees the summary as well as the outputs.
 * A file given only in `env` (a caller's own environment, as tests pass) is appended directly,
 * because `core.summary` reads `process.env` once and caches the path.
 */
export async function appendJobSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) return false
  const text = markdown.endsWith('\n') ? markdown : markdown + '\n'
  if (file !== process.env.GITHUB_STEP_SUMMARY) {
    await fs.appendFile(file, text)
    return true
  }
  // core.summary refuses a file that does not exist yet; the runner creates it, a local run may not.
  await fs.appendFile(file, '')
  await core.summary.addRaw(text).write()
  return true
}
