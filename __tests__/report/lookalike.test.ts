/**
 * Metric names that differ only by characters that draw nothing (zero-width spaces and joiners, the
 * byte-order mark) or reorder text (bidi marks, overrides, isolates) must not render the same: a
 * reviewer would read `accuracy` passing while the real `accuracy` drifted.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { renderMarkdown } from '../../src/report/markdown.js'
import { driftAnnotations, failureMessage } from '../../src/publish/annotations.js'
import { showInvisible } from '../../src/report/render/escape.js'
import type { Report } from '../../src/report/types.js'
import type { MetricComparison } from '../../src/compare/types.js'

const load = (name: string): Report =>
  JSON.parse(readFileSync(path.join(process.cwd(), '__tests__/fixtures/reports', `${name}.json`), 'utf8')) as Report

const LOOKALIKES = [
  'accuracy',
  'acc\u200Buracy',
  'accuracy\u200D',
  '\uFEFFaccuracy',
  'acc\u202Euracy',
  'accu\u2066racy\u2069',
  'acc\u00ADuracy'
]

function metric(name: string, status: MetricComparison['status']): MetricComparison {
  return {
    name,
    status,
    values: [0.9, status === 'drift' ? 0.8 : 0.9],
    missingIn: [],
    tolerance: { atol: 0, rtol: 0 },
    toleranceRule: null,
    maxAbsDeviation: status === 'drift' ? 0.1 : 0,
    maxRelDeviation: null,
    driftRuns: status === 'drift' ? [2] : [],
    reason: status === 'drift' ? 'differs' : null
  }
}

describe('look-alike metric names', () => {
  const report = load('drift')
  report.metrics = LOOKALIKES.map((name, i) => metric(name, i === 0 ? 'pass' : 'drift'))
  report.drifted = LOOKALIKES.slice(1).map((name) => ({ kind: 'metric' as const, name }))

  test.each(['comment', 'summary', 'terminal'] as const)('render differently in the %s', (target) => {
    const md = renderMarkdown(report, { target })
    expect(md).toContain('acc⟨U+200B⟩uracy')
    expect(md).toContain('accuracy⟨U+200D⟩')
    expect(md).toContain('⟨U+FEFF⟩accuracy')
    expect(md).toContain('acc⟨U+202E⟩uracy')
    expect(md).toContain('accu⟨U+2066⟩racy⟨U+2069⟩')
    expect(md).toContain('acc⟨U+00AD⟩uracy')
    // Nothing invisible or direction-changing is left in what is shown.
    expect(md.replace(/@\u200B|#\u200B|:\u200B\/\/|www\u200B\./g, '')).not.toMatch(/[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/)
  })

  test('annotations and the failure message show them too', () => {
    const texts = [failureMessage(report), ...driftAnnotations(report).map((a) => `${a.title} ${a.message}`)].join('\n')
    expect(texts).toContain('acc⟨U+200B⟩uracy')
    expect(texts).toContain('acc⟨U+202E⟩uracy')
  })

  test('showInvisible leaves ordinary text, accents and emoji alone', () => {
    expect(showInvisible('naïve résumé 精度 ✅ loss[3]')).toBe('naïve résumé 精度 ✅ loss[3]')
    expect(showInvisible('tag\u{E0041}')).toBe('tag⟨U+E0041⟩')
  })
})
