// One bundle serves both entry points (half the build time and size): dist/index.js is the
// action; dist/cli.js marks itself as the CLI and imports this file.
import { run } from './main.js'
import { runCliProcess } from './cli/index.js'

const entry = (globalThis as { reproGateEntry?: string }).reproGateEntry
void (entry === 'cli' ? runCliProcess() : run())
