/** The Processes section: daemons a run left behind, named; where runs were not contained, what can escape. */
import { describe, expect, test } from '@jest/globals'
import { renderMarkdown } from '../../../../src/report/markdown.js'
import type { Report } from '../../../../src/report/types.js'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'

function loadReport(name: string): Report {
  return JSON.parse(readFileSync(path.join(process.cwd(), '__tests__/fixtures/reports', `${name}.json`), 'utf8')) as Report
}

function withLeftovers(report: Report): Report {
  const runs = report.runs.map((r, i) =>
    i === 1
      ? {
          ...r,
          leftovers: {
            count: 3,
            processes: [
              { name: 'sleep', command: 'sleep 300' },
              { name: 'daemon|x', command: 'python -m `daemon`' }
            ]
          }
        }
      : r
  )
  return {
    ...report,
    runs,
    containment: {
      method: 'pid-namespace',
      via: 'unshare',
      isolated: false,
      user: null,
      rootCanEscape: true,
      note: 'each run had its own PID namespace'
    }
  }
}

describe('renderProcesses', () => {
  test('names what a run left running, escaped, and counts the rest, in the summary and the comment', () => {
    const report = withLeftovers(loadReport('reproducible'))
    for (const target of ['summary', 'comment', 'terminal'] as const) {
      const md = renderMarkdown(report, { target })
      expect(md).toContain('Processes')
      expect(md).toContain('run 2 left 3 processes running, ended with its PID namespace:')
      expect(md).toContain('and 1 more')
    }
    const comment = renderMarkdown(report, { target: 'comment' })
    // A pipe or backtick in a process name cannot break the list or open a code span.
    expect(comment).not.toContain('`daemon|x`')
    expect(comment).not.toMatch(/python -m `daemon`/)
  })

  test('no leftovers and runs contained in a namespace: no section', () => {
    const report = { ...loadReport('reproducible'), containment: withLeftovers(loadReport('reproducible')).containment }
    expect(renderMarkdown(report, { target: 'summary' })).not.toContain('**Processes**')
  })

  test('runs contained only by the tracking variable: the summary says what can escape', () => {
    const report: Report = {
      ...loadReport('reproducible'),
      containment: {
        method: 'tracking',
        via: null,
        isolated: false,
        user: null,
        rootCanEscape: true,
        note: 'no PID namespace here (unshare: not found): a process that clears its environment can outlive its run'
      }
    }
    expect(renderMarkdown(report, { target: 'summary' })).toContain('⚠️ no PID namespace here (unshare: not found)')
  })
})
