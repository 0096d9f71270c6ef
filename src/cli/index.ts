import { streamIO } from './io.js'
import { runCli } from './main.js'

/** The CLI process: wires signals and stdio to runCli and sets the exit code. */
export async function runCliProcess(): Promise<void> {
  const controller = new AbortController()
  // Ctrl-C kills the experiment's process tree; the report is still written.
  process.once('SIGINT', () => controller.abort())
  process.once('SIGTERM', () => controller.abort())
  process.exitCode = await runCli(process.argv.slice(2), streamIO(process), { signal: controller.signal })
}
