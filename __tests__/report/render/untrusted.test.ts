/**
 * Everything from the experiment is untrusted: metric names, string values, file names, error
 * text and output. It must render inert, and the whole stays under GitHub's size limits.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { renderMarkdown } from '../../../src/report/markdown.js'
import { codeBlock, inline } from '../../../src/report/render/escape.js'
import type { MetricComparison } from '../../../src/compare/types.js'
import type { Report } from '../../../src/report/types.js'

const load = (name: string): Report =>
  JSON.parse(readFileSync(path.join(process.cwd(), '__tests__/fixtures/reports', `${name}.json`), 'utf8')) as Report

const EVIL = '<img src=x onerror=alert(1)>|@octocat'

function metric(name: string, values: MetricComparison['values'], status: MetricComparison['status'] = 'drift'): MetricComparison {
  return {
    name,
    status,
    values,
    missingIn: [],
    tolerance: { atol: 0, rtol: 0 },
    toleranceRule: null,
    maxAbsDeviation: null,
    maxRelDeviation: null,
    driftRuns: status === 'drift' ? [2] : [],
    reason: status === 'drift' ? 'differs' : null
  }
}

/** Table rows of a Markdown table: the cells GFM would see (split on unescaped pipes). */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1)
}

describe('untrusted text renders inert', () => {
  test('a metric named like an HTML injection with a pipe and a mention', () => {
    const report = load('drift')
    report.metrics.unshift(metric(EVIL, ['</details><script>x</script>', '@everyone `code` [x](javascript:alert(1))', 'ok']))
    for (const target of ['comment', 'summary'] as const) {
      const md = renderMarkdown(report, { target })
      expect(md).not.toContain('<img')
      expect(md).not.toContain('<script')
      expect(md).not.toMatch(/@octocat|@everyone/)
      expect(md).toContain('@\u200Boctocat')
      expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length)
      expect(md).not.toMatch(/(?<!\\)\]\(javascript/)
      const row = md.split('\n').find((l) => l.includes('onerror'))
      expect(row).toBeDefined()
      // one cell per column: the pipe in the name did not add a column
      expect(cells(row ?? '')).toHaveLength(6)
    }
  })

  test('newlines, control characters, code fences, math and mermaid openers in names', () => {
    const out = inline('a\nb\r\n```mermaid\u001b[31m $x^2$ \u202Egnp.exe ~~s~~ **b** #12 https://evil.example')
    // eslint-disable-next-line no-control-regex -- the escape character is what is tested for
    expect(out).not.toMatch(/[\n\r\u001b\u202E]/)
    expect(out).not.toContain('```')
    expect(out).toContain('\\$x^2\\$')
    expect(out).toContain('\\~\\~s\\~\\~')
    expect(out).not.toContain('https://')
  })

  test('a code block cannot be closed by the text inside it', () => {
    const block = codeBlock('before\n````\n</details>\nafter')
    expect(block.startsWith('`````text\n')).toBe(true)
    expect(block.endsWith('\n`````')).toBe(true)
  })

  test('a 1,000,000-character output tail stays bounded in the summary and absent from the comment', () => {
    const report = load('error')
    const failed = report.runs.find((r) => r.exitCode !== 0)
    if (!failed) throw new Error('fixture has no failed run')
    failed.outputTail = ('x'.repeat(999) + '\n').repeat(1000)
    const summary = renderMarkdown(report, { target: 'summary' })
    expect(Buffer.byteLength(summary)).toBeLessThan(30_000)
    const comment = renderMarkdown(report, { target: 'comment' })
    expect(comment).not.toContain('xxxxxxxxxx')
  })
})

describe('size limits', () => {
  const big = (): Report => {
    const report = load('drift')
    const many: MetricComparison[] = []
    for (let i = 0; i < 20_000; i++) {
      many.push(
        metric(
          `layer.${i}.weight_norm_with_a_long_name`,
          [i + 0.5, i + 0.5 + (i % 3 === 0 ? 1e-3 : 0), i + 0.5],
          i % 3 === 0 ? 'drift' : 'pass'
        )
      )
    }
    report.metrics = many
    return report
  }

  test('20,000 metrics fit a comment (≤ 60,000 bytes) with a note saying what was cut and where the rest is', () => {
    const md = renderMarkdown(big(), { target: 'comment' })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(60_000)
    expect(md).toMatch(/^### ❌ Drift in 6,667 of 20,000 metrics/)
    expect(md).toMatch(
      /[\d,]+ more drifted metrics not shown \(size limit\); the full list is in the \[job summary\]\(https:\/\/github\.com\/.*\) and the report file repro-report\.json/
    )
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length)
    expect(md).toContain('<sub>repro-gate')
  })

  test('20,000 metrics fit the job summary (≤ 1,000,000 bytes), cutting the all-metrics table before the drift table', () => {
    const md = renderMarkdown(big(), { target: 'summary' })
    const size = Buffer.byteLength(md)
    expect(size).toBeLessThanOrEqual(1_000_000)
    expect(size).toBeGreaterThan(500_000)
    expect(md).toMatch(/more metrics not shown/)
    expect(md).not.toMatch(/more drifted metrics not shown/)
  })

  test('a tiny cap still yields a well-formed document', () => {
    const md = renderMarkdown(big(), { target: 'comment', maxBytes: 2_000 })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(2_000)
    expect(md.startsWith('### ❌ Drift')).toBe(true)
    expect(md.match(/<details>/g)?.length ?? 0).toBe(md.match(/<\/details>/g)?.length ?? 0)
  })

  test('multi-byte names are measured in UTF-8 bytes', () => {
    const report = load('drift')
    report.metrics = Array.from({ length: 3000 }, (_, i) => metric(`精度.${i}.😀`, [1, 1, 1], 'pass'))
    report.verdict = 'reproducible'
    const md = renderMarkdown(report, { target: 'comment', maxBytes: 20_000 })
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(20_000)
    expect(md).not.toContain('\uFFFD')
  })
})

describe('layout choices', () => {
  test('more than 8 runs: reference, differing values and drifted runs instead of one column per run', () => {
    const report = load('drift')
    report.inputs.runs = 12
    report.runs = Array.from({ length: 12 }, (_, i) => ({ ...report.runs[0]!, index: i + 1 }))
    report.metrics = [
      metric(
        'loss',
        Array.from({ length: 12 }, (_, i) => (i === 4 || i === 9 ? 0.5 + i * 1e-7 : 0.5))
      )
    ]
    report.metrics[0]!.driftRuns = [5, 10]
    report.artifacts = []
    const md = renderMarkdown(report, { target: 'comment' })
    expect(md).toContain('| metric | run 1 (ref) | differing values | drifted runs | max deviation | tolerance |')
    expect(md).toContain('| loss | 0.5 | 0.5000004, 0.5000009 | 5, 10 |')
  })

  test('a chart is drawn for a drifted numeric metric over many runs (not three: the table shows those), in fixed notation', () => {
    const report = load('drift')
    report.metrics = [metric('val/loss', [1e-9, 3e-9, 2e-9])]
    expect(renderMarkdown(report, { target: 'summary' })).not.toContain('```mermaid')
    report.metrics = [metric('val/loss', [1e-9, 3e-9, 2e-9, 1e-9, 1e-9, 1e-9])]
    const md = renderMarkdown(report, { target: 'summary' })
    expect(md).toContain('  line [0.00000000100, 0.00000000300, 0.00000000200, 0.00000000100, 0.00000000100, 0.00000000100]')
    expect(md).toContain('  title "val/loss"')
    report.metrics = [metric('flag', ['a', 'b', 'a', 'a', 'a', 'a'])]
    expect(renderMarkdown(report, { target: 'summary' })).not.toContain('```mermaid')
  })

  test('the terminal gets no escape sequences', () => {
    const report = load('drift')
    report.metrics = [metric('\u001b[2J\u001b[31mred', [1, 2, 1])]
    const md = renderMarkdown(report, { target: 'terminal' })
    expect(md).not.toContain('\u001b')
    expect(md).toContain('| red |')
  })
})
