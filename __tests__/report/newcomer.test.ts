/** What a person running the CLI on a laptop reads: no job log that does not exist, and no "+1 more" hiding one item. */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { renderMarkdown } from '../../src/report/markdown.js'
import { failureMessage } from '../../src/publish/annotations.js'
import { visibleItems } from '../../src/report/render/document.js'
import type { Report } from '../../src/report/types.js'

const load = (name: string): Report =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../fixtures/reports/${name}.json`), 'utf8')) as Report

/** The error report as the CLI makes it: no workflow run around it. */
function localError(): Report {
  const report = load('error')
  report.context = { ...report.context, runId: null, runUrl: null }
  return report
}

describe('a failed run, locally', () => {
  test('the terminal report shows the last lines of the output and never mentions a job log', () => {
    const md = renderMarkdown(localError(), { target: 'terminal' })
    expect(md).not.toMatch(/job log/i)
    expect(md).toContain('The last lines of its output follow; the whole output was printed above as it ran.')
    expect(md).toContain('#### Output of run 2 (last lines)')
    expect(md).toContain('torch.OutOfMemoryError: CUDA out of memory.')
  })
  test('in CI the same report points to the job log', () => {
    const md = renderMarkdown(load('error'), { target: 'terminal' })
    expect(md).toContain('The full output is in the job log (https://github.com/')
  })
})

describe('"+1 more" says what the one is', () => {
  test('a list one longer than the limit is shown whole', () => {
    expect(visibleItems([1, 2, 3, 4], 3)).toEqual([1, 2, 3, 4])
    expect(visibleItems([1, 2, 3, 4, 5], 3)).toEqual([1, 2, 3])
  })
  test('two errors: the one-line message names both', () => {
    const report = load('error')
    report.errors = [
      { run: 2, message: 'run 2 exited with code 1' },
      { run: null, message: 'metrics file out/metrics.json was not written' }
    ]
    expect(failureMessage(report)).toBe(
      'repro-gate: error — run 2 exited with code 1; also: metrics file out/metrics.json was not written. See the job summary and the job log.'
    )
    report.errors.push({ run: 3, message: 'run 3 timed out' })
    expect(failureMessage(report)).toContain('run 2 exited with code 1 (+2 more).')
  })
})
