/** One command-line parser for the gate, diff, replay and verify: every mistake names the flag and the fix, and exits 2. */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { didYouMean, editDistance, flagInputs, parseCommandLine, parseGateArgs, shellQuote } from '../../src/cli/parse.js'
import { runCli } from '../../src/cli/main.js'
import { readInputs } from '../../src/inputs/inputs.js'
import { recordIO } from '../support/cli-io.js'

const env = { GITHUB_WORKSPACE: mkdtempSync(path.join(tmpdir(), 'rg-parse-')) }

describe("the gate's flags", () => {
  test('words after -- are quoted for bash exactly as given', () => {
    const parsed = parseGateArgs(['--runs', '3', '--', 'python', 'train.py', '--name', "it's a test", '$HOME', '-h'])
    expect(parsed.values.get('command')).toBe(`python train.py --name 'it'\\''s a test' '$HOME' -h`)
    expect(parsed.values.get('runs')).toBe('3')
    expect(parsed.help).toBe(false)
  })
  test('repeatable flags become lines; --name=value works; a value may start with a dash', () => {
    const parsed = parseGateArgs(['--artifacts=out/*.bin', '--artifacts', 'model.pt', '--command', 'x'])
    expect(readInputs(flagInputs(parsed), env).artifacts).toEqual(['out/*.bin', 'model.pt'])
    // Passed on as typed, for the input's own check to name it.
    expect(parseGateArgs(['--seed', '-1']).values.get('seed')).toBe('-1')
  })
  test('--no-snapshot and --snapshot false say the same; --help anywhere before --', () => {
    expect(parseGateArgs(['--no-snapshot']).values.get('snapshot')).toBe('false')
    expect(parseGateArgs(['--snapshot', 'false']).values.get('snapshot')).toBe('false')
    expect(parseGateArgs(['--runs', '3', '-h']).help).toBe(true)
  })
  test('a mistyped flag gets the flag it most likely meant', () => {
    expect(() => parseGateArgs(['--rnus', '3'])).toThrow('unknown flag --rnus; did you mean --runs?')
    expect(() => parseGateArgs(['--metric', 'm.json'])).toThrow('unknown flag --metric; did you mean --metrics?')
    expect(() => parseGateArgs(['--work', 'x'])).toThrow('did you mean --working-directory?')
    expect(() => parseGateArgs(['--tolerence', '0'])).toThrow('unknown flag --tolerence; did you mean --tolerance?')
    expect(() => parseGateArgs(['-runs', '3'])).toThrow('unknown flag -runs; did you mean --runs?')
    expect(() => parseGateArgs(['--bogus', 'x'])).toThrow('unknown flag --bogus; see repro-gate --help')
  })
  test('action-only inputs, missing values, values for a switch and stray words each say what to do', () => {
    expect(() => parseGateArgs(['--github-token', 'x'])).toThrow(
      'unknown flag --github-token (it is an action input; the CLI runs the gate locally)'
    )
    expect(() => parseGateArgs(['--runs'])).toThrow('--runs needs a value, e.g. --runs <n>')
    expect(() => parseGateArgs(['--no-snapshot=yes'])).toThrow('--no-snapshot takes no value (got "yes"); write --no-snapshot alone')
    expect(() => parseGateArgs(['python', 'train.py'])).toThrow(
      'unexpected argument "python": flags start with "--", and the command goes after "--"'
    )
    expect(() => parseGateArgs(['dif', 'a.json'])).toThrow('did you mean repro-gate diff?')
    expect(() => parseGateArgs(['--'])).toThrow('command: nothing follows "--"')
    expect(() => parseGateArgs(['--command', 'x', '--', 'y'])).toThrow('command: given both as --command and after "--"; use one')
  })
  test('shellQuote leaves plain words alone', () => {
    expect(shellQuote('train.py')).toBe('train.py')
    expect(shellQuote('a b')).toBe("'a b'")
    expect(shellQuote('')).toBe("''")
  })
})

describe('parseCommandLine', () => {
  const spec = {
    usage: 'repro-gate x',
    flags: { yes: { type: 'boolean' as const, short: 'y' }, runs: { type: 'string' as const, example: '3' } }
  }
  test('short aliases, positionals, and words after -- kept apart', () => {
    const parsed = parseCommandLine(['a.json', '-y', '--runs=4', '--', '--weird-file'], spec)
    expect(parsed).toEqual({
      values: new Map([
        ['yes', ['true']],
        ['runs', ['4']]
      ]),
      positionals: ['a.json'],
      afterDashes: ['--weird-file'],
      help: false
    })
  })
  test('edit distance counts a swap as one step', () => {
    expect(editDistance('rnus', 'runs')).toBe(1)
    expect(editDistance('metric', 'metrics')).toBe(1)
    expect(didYouMean('jsno', ['json', 'tolerance'])).toEqual(['json'])
    expect(didYouMean('xyz', ['json', 'tolerance'])).toEqual([])
  })
})

describe('every command: a usage error exits 2 and names the fix', () => {
  test.each([
    [['--metric', 'm.json', '--', 'true'], 'repro-gate: unknown flag --metric; did you mean --metrics?'],
    [['gate', '--runs'], 'repro-gate: --runs needs a value, e.g. --runs <n>'],
    [['diff', 'a.json', 'b.json', '--jsno'], 'repro-gate diff: unknown flag --jsno; did you mean --json?'],
    [
      ['diff', 'a.json', 'b.json', '--tolerance'],
      'repro-gate diff: --tolerance needs a value, e.g. --tolerance 1e-6 or --tolerance atol=1e-6,rtol=1e-3'
    ],
    [['replay', 'r.json', '--yse'], 'repro-gate replay: unknown flag --yse; did you mean --yes?'],
    [['replay', 'a.json', 'b.json'], 'repro-gate replay: one report at a time, got "a.json" and "b.json"'],
    [
      ['verify', 's.json', '-x'],
      'repro-gate verify: unknown flag -x; see repro-gate verify --help (put "--" before a file whose name starts with "-")'
    ]
  ])('%j', async (argv, message) => {
    const io = recordIO()
    expect(await runCli(argv, io, { env: {} })).toBe(2)
    expect(io.stderr).toContain(message)
  })
})
