// One bundle serves both entry points: dist/index.js is the action; dist/cli.js marks itself as
// the CLI and imports this file. Each side is a chunk of its own, loaded on demand, so the CLI
// never pays for loading the Actions toolkit and octokit.
import * as nodeModule from 'node:module'

// Node ≥ 22.1 keeps the compiled code of the chunks loaded below on disk (in the OS temp folder),
// so a later start skips most of their compilation; Node 20 has no such cache and goes on as before.
;(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.()

const entry = (globalThis as { reproGateEntry?: string }).reproGateEntry
if (entry === 'cli') {
  const { runCliProcess } = await import('./cli/index.js')
  await runCliProcess()
} else {
  const { run } = await import('./main.js')
  await run()
}
