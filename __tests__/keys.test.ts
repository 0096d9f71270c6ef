/**
 * Keys repro-gate derives from user input (cache keys, artifact names, comment keys) must not change
 * across refactors: a cache key that changes orphans every user's baseline, an artifact name that
 * changes breaks a publish workflow reading an older gate's artifacts, a comment key that changes
 * adds a second sticky comment. __tests__/fixtures/keys/today.json holds the keys the code made
 * when this test was written (before the key sanitisers became one), for awkward inputs.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { baselineCacheKey, baselineKeyPrefix } from '../src/baseline/index.js'
import { defaultCommentKey, normalizeKey } from '../src/inputs/inputs.js'
import { formatMarker, sanitizeCommentKey } from '../src/publish/comment.js'
import { legArtifactName, legArtifactPrefix } from '../src/matrix/record.js'
import { sanitizeArtifactName } from '../src/artifacts.js'
import { reportArtifactName, reportsToPublish } from '../src/publish/workflow-run.js'

const today = JSON.parse(readFileSync(path.join(process.cwd(), '__tests__/fixtures/keys/today.json'), 'utf8')) as Record<string, unknown>

const KEYS = [
  'train',
  'Train Model (GPU), v2',
  'a--b',
  '-lead-trail-',
  '  ',
  '',
  'ünïcödé/name:with*stuff?',
  'x'.repeat(600),
  'path/to/key',
  '..dots..',
  'a,b c\td',
  'ci.yml-repro',
  'ends-with-dash-',
  'a'.repeat(95) + ' ' + 'b'.repeat(20)
]

describe('keys stay byte-identical', () => {
  test('baseline cache keys and their restore prefix', () => {
    expect(KEYS.map((k) => baselineKeyPrefix(k))).toEqual(today.baselineKeyPrefix)
    expect(KEYS.map((k) => baselineCacheKey(k, 'abc123DEF-4567/89'))).toEqual(today.baselineCacheKey)
  })

  test('comment keys: the input, its default, and the hidden marker', () => {
    expect(KEYS.map((k) => normalizeKey(k))).toEqual(today.normalizeKey)
    expect(KEYS.map((k) => sanitizeCommentKey(k))).toEqual(today.sanitizeCommentKey)
    expect([
      defaultCommentKey({}),
      defaultCommentKey({ GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/My CI.yml@refs/heads/main', GITHUB_JOB: 'gate job' }),
      defaultCommentKey({ GITHUB_WORKFLOW: 'Repro (nightly)' })
    ]).toEqual(today.defaultCommentKey)
    expect(formatMarker({ key: 'a key<!-- -->', runId: 1, attempt: 2, sha: 'ABCdef12-zz' })).toBe(today.marker)
  })

  test('artifact names: matrix legs and the gate report read by publish mode', () => {
    expect(KEYS.map((k) => sanitizeArtifactName(k))).toEqual(today.sanitizeArtifactName)
    expect(
      KEYS.map((k) => legArtifactName({ reportArtifact: k, commentKey: k }, { GITHUB_JOB: 'rec ord', GITHUB_RUN_ATTEMPT: '2' }))
    ).toEqual(today.legArtifactName)
    expect(KEYS.map((k) => legArtifactPrefix({ reportArtifact: k }))).toEqual(today.legArtifactPrefix)
    expect(KEYS.map((k) => reportArtifactName({ reportArtifact: k, commentKey: k }, { GITHUB_RUN_ATTEMPT: 'x' }))).toEqual(
      today.reportArtifactName
    )
    expect(
      reportsToPublish(['repro-report--k--1', 'repro-report--k--2', 'Weird-Name--k2--1', 'repro-report--other--3'], 'repro report', 2)
    ).toEqual(today.reportsToPublish)
  })
})
