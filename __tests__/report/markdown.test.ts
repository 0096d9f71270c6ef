/**
 * The rendered Markdown for real reports (made by running the gate on a small experiment, then
 * given a GitHub pull-request context). The expected files are committed and were looked at as
 * pictures (docs/comment-previews/); regenerate with UPDATE_GOLDEN=1 (support/golden.ts) and look again.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { renderMarkdown, verdictTitle } from '../../src/report/markdown.js'
import type { Report } from '../../src/report/types.js'
import { expectGolden } from '../support/golden.js'

const FIXTURES = path.join(process.cwd(), '__tests__/fixtures/reports')
const EXPECTED = path.join(process.cwd(), '__tests__/report/expected')

export function loadReport(name: string): Report {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as Report
}

function expectFile(name: string, actual: string): void {
  expectGolden(path.join(EXPECTED, name), actual, import.meta.filename)
}

describe('renderMarkdown on real reports', () => {
  for (const name of ['reproducible', 'drift', 'error']) {
    for (const target of ['comment', 'summary', 'terminal'] as const) {
      test(`${name} as ${target}`, () => {
        expectFile(`${name}.${target}.md`, renderMarkdown(loadReport(name), { target }))
      })
    }
  }

  test('the verdict line comes first and says what happened', () => {
    expect(renderMarkdown(loadReport('reproducible'), { target: 'comment' })).toMatch(
      /^### ✅ Reproducible: 3 runs agree on 8 metrics and 2 artifacts\n/
    )
    expect(verdictTitle(loadReport('drift'))).toBe('❌ Drift in 2 of 8 metrics and 1 of 2 artifacts across 3 runs')
    expect(verdictTitle(loadReport('error'))).toBe('⚠️ Error: run 2 of 3 exited with code 3')
  })

  test('drifted values sit beside deviation and tolerance, drifted runs in bold', () => {
    const md = renderMarkdown(loadReport('drift'), { target: 'comment' })
    expect(md).toContain('| train.loss | 0.0812346 | **0.0843346** | **0.0795346** | 0.0031 (rel 0.0382) | atol 1e-9 |')
    expect(md.indexOf('**Drifted metrics**')).toBeLessThan(md.indexOf('All metrics'))
  })

  test('the comment shows no experiment output; the summary shows a bounded tail in a fence it cannot close', () => {
    const report = loadReport('error')
    const comment = renderMarkdown(report, { target: 'comment' })
    expect(comment).not.toContain('Traceback')
    expect(comment).toContain('[job log](https://github.com/octo-org/vision-lab/actions/runs/9876543210/attempts/1)')
    const summary = renderMarkdown(report, { target: 'summary' })
    expect(summary).toContain('Traceback')
    // the output contains ``` so the fence is four backticks
    expect(summary).toMatch(/\n````text\n[\s\S]*``` <\/details>[\s\S]*\n````\n/)
  })

  test('terminal output has no HTML and no mermaid', () => {
    const md = renderMarkdown(loadReport('drift'), { target: 'terminal' })
    expect(md).not.toMatch(/<details|<summary|<sub>|```mermaid/)
    expect(md).toContain('#### All metrics (9)')
  })
})

describe('the baseline slot', () => {
  test('the default-branch comparison renders under the drift tables, before the details', async () => {
    const { compareWithBaseline } = await import('../../src/baseline/compare.js')
    const { recordReport } = await import('../../src/baseline/history.js')
    const main = loadReport('reproducible')
    main.context.sha = '1'.repeat(40)
    main.context.headSha = null
    const history = recordReport(null, main, 'repro-train')
    const report = loadReport('drift')
    report.baseline = compareWithBaseline(report, history, { tolerance: { atol: 1e-9, rtol: 0 }, tolerances: [], ignore: [] })
    const md = renderMarkdown(report, { target: 'comment' })
    const at = (s: string): number => md.indexOf(s)
    expect(at('### Default-branch baseline')).toBeGreaterThan(at('**Drifted artifacts**'))
    expect(at('### Default-branch baseline')).toBeLessThan(at('<summary>All metrics'))
    expect(renderMarkdown(loadReport('drift'), { target: 'comment' })).not.toContain('Default-branch baseline')
  })
})
