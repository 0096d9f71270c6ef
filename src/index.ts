// One bundle serves both entry points: dist/index.js is the action; dist/cli.js marks itself as
// the CLI and imports this file. Each side is a chunk of its own, loaded on demand, so the CLI
// never pays for loading the Actions toolkit and octokit.
const entry = (globalThis as { reproGateEntry?: string }).reproGateEntry
if (entry === 'cli') {
  const { runCliProcess } = await import('./cli/index.js')
  await runCliProcess()
} else {
  const { run } = await import('./main.js')
  await run()
}
