// The action's entry point: everything else is in main.ts.
import { run } from './main.js'

await run()
