import { promises as fs } from 'node:fs'

/** Appends Markdown to the job summary file, when the runner provides one. Returns whether it wrote. */
export async function appendJobSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const file = env.GITHUB_STEP_SUMMARY
  if (!file) return false
  await fs.appendFile(file, markdown.endsWith('\n') ? markdown : markdown + '\n')
  return true
}
