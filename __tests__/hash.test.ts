import { describe, expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import * as path from 'node:path'
import { hashFile, sha256 } from '../src/hash.js'
import { workdir } from './snapshot/helpers.js'

describe('hashFile', () => {
  test.each([0, 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 12345])('%i bytes: same digest as a one-shot sha256', async (size) => {
    const content = randomBytes(size)
    const dir = workdir({ 'f.bin': content })
    await expect(hashFile(path.join(dir, 'f.bin'))).resolves.toEqual({
      sha256: createHash('sha256').update(content).digest('hex'),
      bytes: size
    })
  })

  test('a missing file rejects (callers record the reason)', async () => {
    await expect(hashFile('/nonexistent/repro-gate.bin')).rejects.toThrow(/ENOENT/)
  })

  test('sha256 of strings', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})
