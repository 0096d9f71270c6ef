/**
 * The service-call seam: every call into @actions/cache or @actions/artifact has a deadline of its
 * own, and the clients' own annotations become plain lines whose text the gate reports once.
 */
import { describe, expect, jest, test } from '@jest/globals'
import * as core from '@actions/core'
import { abandonedServiceCalls, clientCall, isGhes, serviceTimeoutMs, ServiceTimeoutError } from '../src/artifacts.js'

function captureStdout(): { lines: string[]; restore(): void } {
  const lines: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    lines.push(String(chunk))
    return true
  })
  return { lines, restore: () => spy.mockRestore() }
}

describe('clientCall', () => {
  test("a client's warning becomes a plain line and a problem; other annotations pass untouched", async () => {
    const out = captureStdout()
    try {
      const { value, problems } = await clientCall('restoring', async () => {
        core.warning('Failed to restore: Rate limited: Failed request: (429) Too Many Requests')
        core.warning('something of the gate')
        core.error('Failed to save: Unable to reserve cache')
        return 7
      })
      expect(value).toBe(7)
      expect(problems).toEqual([
        'Failed to restore: Rate limited: Failed request: (429) Too Many Requests',
        'Failed to save: Unable to reserve cache'
      ])
      expect(out.lines.filter((l) => l.startsWith('::warning::') || l.startsWith('::error::'))).toEqual([
        expect.stringMatching(/^::warning::something of the gate/)
      ])
      expect(out.lines.filter((l) => l.startsWith('warning from the service client'))).toHaveLength(1)
    } finally {
      out.restore()
    }
    // Outside a call nothing is intercepted.
    expect(process.stdout.write).not.toHaveProperty('mock')
  })

  test('a call past its deadline rejects with ServiceTimeoutError and is counted as abandoned', async () => {
    const before = abandonedServiceCalls()
    const never = new Promise<never>(() => undefined)
    await expect(clientCall('listing artifacts', () => never, { REPRO_GATE_SERVICE_TIMEOUT_MS: '50' })).rejects.toThrow(
      new ServiceTimeoutError('listing artifacts got no answer within 0.1 s (REPRO_GATE_SERVICE_TIMEOUT_MS)')
    )
    expect(abandonedServiceCalls()).toBe(before + 1)
  })

  test("a client's error carries its own words", async () => {
    const out = captureStdout()
    try {
      await expect(
        clientCall('uploading', async () => {
          core.warning('Artifact upload failed with error: Error: Failed to CreateArtifact: 500.\n\nErrors can be temporary')
          throw new Error('Failed to CreateArtifact')
        })
      ).rejects.toThrow('Failed to CreateArtifact (Artifact upload failed with error: Error: Failed to CreateArtifact: 500)')
    } finally {
      out.restore()
    }
  })
})

test('the deadline and GHES detection read the environment as the clients do', () => {
  expect(serviceTimeoutMs({})).toBe(60_000)
  expect(serviceTimeoutMs({ REPRO_GATE_SERVICE_TIMEOUT_MS: '2500' })).toBe(2500)
  expect(serviceTimeoutMs({ REPRO_GATE_SERVICE_TIMEOUT_MS: 'soon' })).toBe(60_000)
  expect(isGhes({})).toBe(false)
  expect(isGhes({ GITHUB_SERVER_URL: 'https://github.com' })).toBe(false)
  expect(isGhes({ GITHUB_SERVER_URL: 'https://octo.ghe.com' })).toBe(false)
  expect(isGhes({ GITHUB_SERVER_URL: 'https://ghes.example.com' })).toBe(true)
})
