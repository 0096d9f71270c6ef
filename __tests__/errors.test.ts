import { describe, expect, test } from '@jest/globals'
import { errorMessage, unreadableVersion } from '../src/errors.js'

describe('unreadableVersion', () => {
  test('a higher version: named, with the ones read, as written by a newer repro-gate to upgrade', () => {
    expect(unreadableVersion('schemaVersion', 3, [1, 2])).toBe(
      'schemaVersion 3: this repro-gate reads 1 and 2; it was written by a newer repro-gate: upgrade repro-gate to read it'
    )
    expect(unreadableVersion('history version', 2, [1])).toMatch(
      /^history version 2: this repro-gate reads 1; it was written by a newer repro-gate: upgrade/
    )
  })

  test('a version that is not higher (never written, or dropped): named, without the upgrade', () => {
    expect(unreadableVersion('schemaVersion', 0, [1, 2])).toBe('schemaVersion 0: this repro-gate reads 1 and 2')
    expect(unreadableVersion('history version', 1.5, [1, 2, 3])).toBe('history version 1.5: this repro-gate reads 1, 2 and 3')
  })
})

test('errorMessage: an Error by its message, anything else as text', () => {
  expect(errorMessage(new Error('boom'))).toBe('boom')
  expect(errorMessage(42)).toBe('42')
})
