/**
 * The experiment's output is untrusted and reaches the runner's log: the gate stops the runner's
 * command processing around it with a token the experiment never sees, so `::error::`,
 * `::add-mask::`, `::set-output` or a `::stop-commands::` of its own, and a guessed resume token,
 * are text, while the gate's own groups and annotations work before and after.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runAction } from '../support/action.js'

/**
 * The lines of a step's stdout the runner acts on as workflow commands, read as the runner reads
 * them: leading blanks ignored, and between `::stop-commands::<token>` and `::<token>::` (the
 * token compared without case) nothing but that resume line is a command.
 */
function runnerCommands(stdout: string): string[] {
  const acted: string[] = []
  let stopToken: string | null = null
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart()
    if (stopToken !== null) {
      if (line.trimEnd().toLowerCase() === `::${stopToken.toLowerCase()}::`) stopToken = null
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line.trimEnd())
    if (stop) stopToken = stop[1]
    else if (line.startsWith('::') || line.startsWith('##[')) acted.push(line)
  }
  return acted
}

const HOSTILE = `
const lines = ['::error::pwned', '::stop-commands::x', '::x::', '::warning::pwned2', '::add-mask::loss', '::set-output name=verdict::reproducible', '##[error]pwned3']
process.stdout.write(lines.join('\\n') + '\\n')
// A run's last output without a newline: the resume command still starts a line of its own.
process.stdout.write('::notice::pwned4')
require('fs').writeFileSync('metrics.json', JSON.stringify({ loss: Math.random() }))
`

describe('workflow commands in the experiment output', () => {
  test('are shown inside a stop-commands section with the gate token; the gate annotations still work after', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-ws-'))
    writeFileSync(path.join(ws, 'hostile.cjs'), HOSTILE)
    const run = await runAction({
      workspace: ws,
      inputs: { comment: 'never', baseline: 'false', snapshot: 'false', command: 'node hostile.cjs', runs: '2' }
    })

    const acted = runnerCommands(run.stdout)
    expect(acted.join('\n')).not.toMatch(/pwned|add-mask|set-output/)
    // The gate's own commands are acted on: its groups, and the drift annotation after the runs.
    expect(acted).toEqual(expect.arrayContaining(['::group::repro-gate: run 1 of 2', '::group::repro-gate: run 2 of 2', '::endgroup::']))
    expect(acted.some((c) => /^::error::.*loss/.test(c))).toBe(true)
    expect(run.outputs.verdict).toBe('drift')

    // Each run's output sits between its own fresh token's stop and resume lines.
    const tokens = [...run.stdout.matchAll(/^::stop-commands::([0-9a-f]{32})$/gm)].map((m) => m[1])
    expect(tokens).toHaveLength(2)
    expect(new Set(tokens).size).toBe(2)
    for (const token of tokens) {
      const start = run.stdout.indexOf(`::stop-commands::${token}\n`)
      const end = run.stdout.indexOf(`\n::${token}::\n`, start)
      expect(end).toBeGreaterThan(start)
      const section = run.stdout.slice(start, end)
      for (const line of ['::error::pwned', '::stop-commands::x', '::x::', '::warning::pwned2', '::notice::pwned4'])
        expect(section).toContain(`\n${line}`)
    }
  })
})
