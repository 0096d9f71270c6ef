import * as nodeModule from 'node:module'
import { streamIO } from './io.js'
import { runCli } from './main.js'

/** The CLI process: wires signals and stdio to runCli and sets the exit code. */
export async function runCliProcess(): Promise<void> {
  const controller = new AbortController()
  // Ctrl-C kills the experiment's process tree; the report is still written.
  process.once('SIGINT', () => controller.abort())
  process.once('SIGTERM', () => controller.abort())
  const code = await runCli(process.argv.slice(2), streamIO(process), { signal: controller.signal })
  // Everything is written: exit now rather than when the event loop is empty, which skips tearing
  // down the heap (tens of ms, each run) and does not wait on anything the gate left idle.
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))))
  // Node ≥ 22.10: what this run compiled (the report's validator, mostly) goes to the compile cache first.
  ;(nodeModule as { flushCompileCache?: () => void }).flushCompileCache?.()
  process.exit(code)
}
