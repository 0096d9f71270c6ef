/**
 * The report says what the experiment could read although its environment lacked it: the token
 * given to the gate job (in the gate's /proc/<ppid>/environ) and, on a hosted runner, everything.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runAction } from '../support/action.js'
import { validateReport } from '../../src/report/validate.js'

describe('the report names what the experiment could read', () => {
  test('the token given to the gate job, by name only, in the JSON report and the summary', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-ws-'))
    // The experiment's own environment lacks the token; the gate's has it.
    writeFileSync(path.join(ws, 'exp.sh'), `env | grep -c INPUT_ > seen.txt || true; echo '{"a": 1}' > metrics.json\n`)
    const run = await runAction({
      workspace: ws,
      inputs: {
        comment: 'never',
        baseline: 'false',
        snapshot: 'false',
        command: 'bash exp.sh',
        'github-token': 'ghs_gateTokenValue0123456789abcdef'
      },
      env: { RUNNER_ENVIRONMENT: 'github-hosted', ACTIONS_RUNTIME_TOKEN: 'runtimeTokenValue0123' }
    })
    expect(run.code).toBe(0)
    expect(readFileSync(path.join(ws, 'seen.txt'), 'utf8').trim()).toBe('0')
    const text = readFileSync(path.join(ws, 'repro-report.json'), 'utf8')
    const report = JSON.parse(text)
    expect(await validateReport(report)).toEqual([])
    expect(report.exposure).toMatchObject({ readableVariables: ['ACTIONS_RUNTIME_TOKEN', 'INPUT_GITHUB-TOKEN'], hostedRunner: true })
    expect(report.exposure.note).toContain('/proc/<ppid>/environ')
    expect(report.exposure.note).toContain('passwordless sudo')
    expect(run.summary).toContain('What the experiment could read')
    expect(run.summary).toContain('/proc/&lt;ppid&gt;/environ')
    expect(text + run.summary).not.toMatch(/gateTokenValue|runtimeTokenValue/)
  })
})
