import { describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { defaultCommentKey, readInputs } from '../../src/inputs/inputs.js'
import { InputError } from '../../src/errors.js'
import { planSeedVariables } from '../../src/plan/seeds.js'
import { experimentEnvironment } from '../../src/plan/plan.js'

const workspace = mkdtempSync(path.join(tmpdir(), 'rg-inputs-'))
const env = { GITHUB_WORKSPACE: workspace }
const from = (values: Record<string, string>) => ({ get: (name: string): string => values[name] ?? '' })
const read = (values: Record<string, string>) => readInputs(from({ command: 'true', ...values }), env)

describe('readInputs', () => {
  test('defaults, and paths resolved against working-directory', () => {
    const inputs = read({})
    expect(inputs).toMatchObject({
      runs: 2,
      seed: 42,
      determinism: 'seeds',
      tolerance: { atol: 0, rtol: 0 },
      failOnDrift: true,
      timeoutMinutes: null,
      workingDirectory: workspace,
      metrics: path.join(workspace, 'metrics.json'),
      reportPath: path.join(workspace, 'repro-report.json')
    })
    expect(read({ 'report-path': '/tmp/abs.json' }).reportPath).toBe('/tmp/abs.json')
  })
  test.each([
    [{ runs: '1' }, /^runs: got "1", expected a whole number from 2 to 100/],
    [{ runs: 'two' }, /^runs: got "two"/],
    [{ seed: '-3' }, /^seed: got "-3", expected a whole number from 0 to 4294967295/],
    [{ seed: '4294967296' }, /^seed: /],
    [{ tolerance: 'abc' }, /^tolerance: expected one number or "atol=<number>,rtol=<number>", got "abc"/],
    [{ tolerances: ': atol=1' }, /^tolerances: line 1/],
    [{ 'fail-on-drift': 'yes' }, /^fail-on-drift: got "yes", expected true or false/],
    [{ determinism: 'max' }, /^determinism: got "max", expected one of: seeds, strict, off/],
    [{ 'working-directory': 'nope' }, /^working-directory: "nope" resolves to .*nope, which is not an existing directory/],
    [{ 'timeout-minutes': '0' }, /^timeout-minutes: got "0"/],
    [{ command: '  ' }, /^command: required/],
    [{ comment: 'sometimes' }, /^comment: got "sometimes"/],
    [
      { metrics: 'out/metrics.csv' },
      /^metrics: "out\/metrics.csv" has no supported extension; the metrics file must be .json, .yaml, .yml, .toml/
    ]
  ])('rejects %p', (values, message) => {
    expect(() => read(values)).toThrow(InputError)
    expect(() => read(values)).toThrow(message)
  })
  test('comment keys are normalised to one spelling that fits markers, cache keys and artifact names', () => {
    expect(read({ 'comment-key': 'train / ubuntu--22.04 ' }).commentKey).toBe('train-ubuntu-22.04')
    expect(read({ 'comment-key': '***' }).commentKey).toBe('repro-gate')
  })
  test('the comment key comes from the workflow file and job', () => {
    expect(defaultCommentKey({ GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/train.yml@refs/pull/1/merge', GITHUB_JOB: 'gate' })).toBe(
      'train-gate'
    )
  })
})

describe('seed variables', () => {
  test('seeds level sets the Python and Lightning seeds', () => {
    expect(planSeedVariables('seeds', 7, {})).toEqual({
      set: { REPRO_SEED: '7', PYTHONHASHSEED: '7', PL_GLOBAL_SEED: '7' },
      keptFromUser: {}
    })
  })
  test('strict adds the framework knobs, and user values are never overwritten', () => {
    const plan = planSeedVariables('strict', 1, { PYTHONHASHSEED: '0', XLA_FLAGS: '--xla_foo=1' })
    expect(plan.keptFromUser).toEqual({ PYTHONHASHSEED: '0' })
    expect(plan.set).toMatchObject({
      CUBLAS_WORKSPACE_CONFIG: ':4096:8',
      TF_DETERMINISTIC_OPS: '1',
      TF_CUDNN_DETERMINISTIC: '1',
      PL_SEED_WORKERS: '1',
      XLA_FLAGS: '--xla_foo=1 --xla_gpu_deterministic_ops=true'
    })
  })
  test('off sets only the gate variables', () => {
    expect(planSeedVariables('off', 3, {}).set).toEqual({ REPRO_SEED: '3' })
  })
  test("the experiment never sees the gate's inputs or the runner's tokens", () => {
    const seen = experimentEnvironment({
      PATH: '/bin',
      'INPUT_GITHUB-TOKEN': 'x',
      ACTIONS_RUNTIME_TOKEN: 'y',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'z',
      HOME: '/h'
    })
    expect(Object.keys(seen).sort()).toEqual(['HOME', 'PATH'])
  })
})
