import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { recordIO } from '../support/cli-io.js'
import { runReplayCommand, type ReplayDeps } from '../../src/cli/replay.js'
import type { Inputs } from '../../src/inputs/inputs.js'
import type { Report } from '../../src/report/types.js'
import { makeLockfile, makeReport } from '../fixtures/baseline/reports.js'

let dir: string
let recordedFile: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'replay-'))
  recordedFile = path.join(dir, 'recorded.json')
  writeFileSync(
    recordedFile,
    JSON.stringify(
      makeReport({
        inputs: {
          ...makeReport().inputs,
          command: 'python train.py --epochs 1',
          seed: 1234,
          determinism: 'strict',
          runs: 3,
          metrics: '/elsewhere/exp/out/metrics.json',
          workingDirectory: '/elsewhere/exp',
          tolerance: { atol: 0.01, rtol: 0 },
          tolerances: [{ pattern: 'eval.*', tolerance: { atol: 0.5, rtol: 0.1 } }]
        }
      })
    )
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The CLI's I/O, recorded: `answer` is what a person types at the prompt, on a terminal when `tty`. */
function io(answer?: string, tty = false): ReturnType<typeof recordIO> {
  return recordIO({ tty, answers: answer === undefined ? [] : [answer] })
}

function fakeGate(result: Partial<Report> & { values?: Record<string, number> } = {}) {
  const calls: Inputs[] = []
  const runGate = jest.fn(async (inputs: Inputs) => {
    calls.push(inputs)
    return makeReport({ ...result, sha: 'c'.repeat(40) })
  })
  return { deps: { runGate, cwd: dir, env: {} } as ReplayDeps, calls, runGate }
}

describe('repro-gate replay', () => {
  test('without a terminal and without --yes it refuses, shows the command and says to pass --yes', async () => {
    const { deps, runGate } = fakeGate()
    const t = io('y', false)
    expect(await runReplayCommand([recordedFile], t, deps)).toBe(2)
    expect(runGate).not.toHaveBeenCalled()
    expect(t.questions).toEqual([])
    expect(t.stderr).toContain('recorded command: python train.py --epochs 1')
    expect(t.stderr).toContain('pass --yes')
  })

  test('at a terminal, anything but y is a no', async () => {
    const { deps, runGate } = fakeGate()
    const t = io('', true)
    expect(await runReplayCommand([recordedFile], t, deps)).toBe(2)
    expect(t.questions).toEqual(['Run this command here? Only run commands from reports you trust. [y/N] '])
    expect(t.stderr).toContain('[y/N] repro-gate replay: not run.\n')
    expect(runGate).not.toHaveBeenCalled()
  })

  test('y at a terminal runs with the recorded seed, determinism, metrics file and tolerance, here', async () => {
    const { deps, calls } = fakeGate()
    const t = io('y', true)
    expect(await runReplayCommand([recordedFile], t, deps)).toBe(0)
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      mode: 'gate',
      command: 'python train.py --epochs 1',
      runs: 3,
      seed: 1234,
      determinism: 'strict',
      metrics: path.join(dir, 'out', 'metrics.json'),
      workingDirectory: dir,
      tolerance: { atol: 0.01, rtol: 0 },
      tolerances: [{ pattern: 'eval.*', tolerance: { atol: 0.5, rtol: 0.1 } }],
      baseline: false,
      comment: 'never',
      reportPath: path.join(dir, 'repro-replay-report.json')
    })
    expect(calls[0].data).toEqual(['data/train.csv'])
    expect(t.stdout).toContain('match: the replay reproduces the recorded metrics')
    expect(t.stdout).toContain('- commit: ')
  })

  test('--yes --runs 2: drift from the record is exit 1 with the environment diff', async () => {
    const { deps, calls } = fakeGate({
      values: { loss: 0.7, acc: 0.9 },
      lockfiles: [
        makeLockfile('requirements.txt', [
          ['numpy', '2.0.0'],
          ['torch', '2.3.0']
        ])
      ]
    })
    const t = io()
    expect(await runReplayCommand([recordedFile, '--yes', '--runs', '2'], t, deps)).toBe(1)
    expect(calls[0].runs).toBe(2)
    expect(t.stdout).toContain('- package numpy: 1.26.4 → 2.0.0 (requirements.txt)')
    expect(t.stdout).toMatch(/drift\s+loss\s+0\.5 → 0\.7/)
    expect(t.stdout).toContain('drift: the replay does not reproduce the recorded metrics')
  })

  test('a replay that errors is exit 2; a bad report or flag is exit 2 without running', async () => {
    const failing = fakeGate({ verdict: 'error', reproducible: false, errors: [{ run: 1, message: 'exit code 1' }] })
    const t = io()
    expect(await runReplayCommand([recordedFile, '-y'], t, failing.deps)).toBe(2)
    expect(t.stdout).toContain('error: the replay did not complete: exit code 1')

    const { deps, runGate } = fakeGate()
    const missing = io()
    expect(await runReplayCommand([path.join(dir, 'missing.json'), '--yes'], missing, deps)).toBe(2)
    expect(missing.stderr).toContain('missing.json')
    expect(await runReplayCommand([recordedFile, '--yes', '--runs', '1'], io(), deps)).toBe(2)
    expect(await runReplayCommand([recordedFile, '--frobnicate'], io(), deps)).toBe(2)
    expect(runGate).not.toHaveBeenCalled()
  })
})

/** A recorded report with other inputs, written next to the others. */
function recordedWith(name: string, inputs: Partial<Report['inputs']>): string {
  const file = path.join(dir, name)
  writeFileSync(
    file,
    JSON.stringify(
      makeReport({
        inputs: { ...makeReport().inputs, workingDirectory: '/elsewhere/exp', metrics: '/elsewhere/exp/metrics.json', ...inputs }
      })
    )
  )
  return file
}

describe('replay shows the command exactly as bash will run it', () => {
  test('a multi-line command is shown line by line, so a comment hides only its own line', async () => {
    const file = recordedWith('multiline.json', { command: 'python train.py \\\n  # --epochs 3\ntouch X' })
    const { deps, runGate } = fakeGate()
    const t = io('n', true)
    expect(await runReplayCommand([file], t, deps)).toBe(2)
    expect(runGate).not.toHaveBeenCalled()
    expect(t.stderr).toContain(
      [
        '  recorded command: 3 lines, run together as one bash script (bash -e -o pipefail -c):',
        '    1 │ python train.py \\',
        '    2 │   # --epochs 3',
        '    3 │ touch X',
        ''
      ].join('\n')
    )
    expect(t.stderr).not.toContain('# --epochs 3 touch X')
  })

  test('control, invisible and bidi characters and trailing blanks are shown by name', async () => {
    const command = 'echo safe\rrm -rf ~/x\t# \u001b[8mhidden\u001b[0m\nls \u202eexe.txt \nrun\u200b.sh'
    const file = recordedWith('controls.json', { command })
    const t = io()
    expect(await runReplayCommand([file], t, fakeGate().deps)).toBe(2)
    expect(t.stderr).toContain('    1 │ echo safe⟨CR⟩rm -rf ~/x⟨TAB⟩# ⟨ESC⟩[8mhidden⟨ESC⟩[0m\n')
    expect(t.stderr).toContain('    2 │ ls ⟨U+202E⟩exe.txt⟨SP⟩\n')
    expect(t.stderr).toContain('    3 │ run⟨U+200B⟩.sh\n')
    // Nothing the terminal would act on reaches it.
    for (const hidden of ['\r', '\u001b', '\u202e', '\u200b']) expect(t.stderr).not.toContain(hidden)
  })
})

describe('replay and timeout-minutes', () => {
  test('a recorded timeout beyond 7200 minutes is refused before anything runs, naming the input', async () => {
    const file = recordedWith('long-timeout.json', { command: 'python train.py', timeoutMinutes: 50000 })
    const { deps, runGate } = fakeGate()
    const t = io()
    expect(await runReplayCommand([file, '--yes'], t, deps)).toBe(2)
    expect(runGate).not.toHaveBeenCalled()
    expect(t.stderr).toContain('timeout-minutes: got "50000", expected a number of minutes above 0 and at most 7200')
  })

  test('a recorded 7200 minutes is replayed as 7200 minutes', async () => {
    const file = recordedWith('max-timeout.json', { command: 'python train.py', timeoutMinutes: 7200 })
    const { deps, calls } = fakeGate()
    expect(await runReplayCommand([file, '--yes'], io(), deps)).toBe(0)
    expect(calls[0].timeoutMinutes).toBe(7200)
  })
})
