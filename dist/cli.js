#!/usr/bin/env node
// The repro-gate CLI: the same bundle as the action, told to run as the CLI.
globalThis.reproGateEntry = 'cli'
await import('./index.js')
