import { describe, expect, test } from '@jest/globals'
import { experimentExposure } from '../../src/plan/exposure.js'

describe('experimentExposure', () => {
  test('names the hidden secrets the experiment can still read, never their values, and the hosted runner', () => {
    const exposure = experimentExposure({
      'INPUT_GITHUB-TOKEN': 'ghs_value0123456789',
      ACTIONS_RUNTIME_TOKEN: 'eyJruntime',
      INPUT_RUNS: '3',
      HF_TOKEN: 'hf_passedToTheExperimentAnyway',
      RUNNER_ENVIRONMENT: 'github-hosted'
    })
    expect(exposure?.readableVariables).toEqual(['ACTIONS_RUNTIME_TOKEN', 'INPUT_GITHUB-TOKEN'])
    expect(exposure?.hostedRunner).toBe(true)
    expect(exposure?.note).toContain('/proc/<ppid>/environ')
    expect(exposure?.note).toContain('passwordless sudo')
    expect(exposure?.note).toContain('permissions: contents: read')
    expect(JSON.stringify(exposure)).not.toMatch(/ghs_value|eyJruntime/)
  })

  test('nothing to say locally, without a token and off hosted runners', () => {
    expect(experimentExposure({ PATH: '/usr/bin', 'INPUT_GITHUB-TOKEN': '' })).toBeNull()
  })
})
