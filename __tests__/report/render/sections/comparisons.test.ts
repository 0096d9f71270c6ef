import { describe, expect, test } from '@jest/globals'
import { renderBaselineSections, renderLegsSections, sparkline } from '../../../../src/report/render/sections/comparisons.js'
import { compareWithBaseline, emptySection } from '../../../../src/baseline/compare.js'
import { recordReport } from '../../../../src/baseline/history.js'
import { compareLegs } from '../../../../src/matrix/compare.js'
import { renderContext } from '../../../../src/report/render/context.js'
import { fitDocument } from '../../../../src/report/render/document.js'
import type { Report } from '../../../../src/report/types.js'
import { FP_B, makeEnvironment, makeLockfile, makeReport } from '../../../fixtures/baseline/reports.js'

const sha = (n: number): string => n.toString(16).padStart(40, '0')
const at = (n: number): string => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString()

function render(report: Report, target: 'comment' | 'terminal', which: 'baseline' | 'legs'): string {
  const ctx = renderContext(report, target)
  const sections = which === 'baseline' ? renderBaselineSections(report, ctx) : renderLegsSections(report, ctx)
  return fitDocument(sections, { maxBytes: 60_000, fullReportAt: 'the report', note: (t) => `_${t}_` })
}

describe('sparkline', () => {
  test('scales numbers to eight levels; needs two', () => {
    expect(sparkline([0, 1, 0.5])).toBe('▁█▅')
    expect(sparkline([1, 1])).toBe('▄▄')
    expect(sparkline([1, 'x', null])).toBe('')
  })
})

describe('renderBaselineSections', () => {
  let history = recordReport(null, makeReport({ sha: sha(1), createdAt: at(1), values: { loss: 0.5, acc: 0.9 } }), 'k')
  history = recordReport(history, makeReport({ sha: sha(2), createdAt: at(2), values: { loss: 0.51, acc: 0.9 } }), 'k')
  const options = { tolerance: { atol: 0.001, rtol: 0 }, tolerances: [], ignore: [] }

  test('drift: the table, the trend and the environment changes, escaped', () => {
    const pr = makeReport({
      sha: sha(9),
      values: { loss: 0.6, acc: 0.9, '@team|<b>': 1 },
      environment: makeEnvironment({ fingerprint: FP_B }),
      lockfiles: [
        makeLockfile('requirements.txt', [
          ['numpy', '2.0.0'],
          ['torch', '2.3.0']
        ])
      ]
    })
    pr.baseline = compareWithBaseline(pr, history, options)
    const md = render(pr, 'comment', 'baseline')
    expect(md).toContain('### Default-branch baseline')
    expect(md).toContain('⚠️ 1 metric moved away from the default branch at `0000000` (2026-01-03).')
    expect(md).toContain('Default branch: 2 of 2 recent runs reproducible (100%).')
    expect(md).toMatch(/\| loss \| 0\.51 \| 0\.6 \| 0\.09\d* \| ▁▂█ \| ⚠️ drift \|/)
    expect(md).toContain('<summary>What changed since the baseline (')
    expect(md).toContain('package **numpy**: 1.26.4 → 2.0.0 (requirements.txt)')
    expect(md).not.toContain('<b>')
    expect(md).toContain('@\u200Bteam')
  })

  test('none with a warning; match; nothing when the report has no section', () => {
    const r = makeReport()
    expect(render(r, 'comment', 'baseline').trim()).toBe('')
    r.baseline = emptySection('k', r, ['the GitHub Actions cache service is not available here'])
    const md = render(r, 'terminal', 'baseline')
    expect(md).toContain('Not compared with the default branch.')
    expect(md).toContain('cache service is not available')
    const ok = makeReport({ sha: sha(9), values: { loss: 0.5102, acc: 0.9 } })
    ok.baseline = compareWithBaseline(ok, history, options)
    expect(render(ok, 'comment', 'baseline')).toContain('✅ Every metric is within baseline-tolerance')
  })
})

describe('renderLegsSections', () => {
  test('names the reference and the drifting leg, with what differs on it', () => {
    const env = makeEnvironment()
    const legs = [
      { name: 'cpu', artifact: 'x-cpu', report: makeReport({ values: { loss: 0.5 } }) },
      {
        name: 'gpu',
        artifact: 'x-gpu',
        report: makeReport({
          values: { loss: 0.52 },
          environment: makeEnvironment({
            runner: { ...env.runner, name: 'gpu-box' },
            gpu: {
              status: 'ok',
              devices: [{ name: 'NVIDIA H100', memoryMiB: 80000, driverVersion: '560.1' }],
              driverVersion: '560.1',
              cudaDriverVersion: '12.6',
              cudaToolkitVersion: '12.6'
            }
          })
        })
      }
    ]
    const r = makeReport({ mode: 'compare', runs: [] })
    r.legs = compareLegs(legs, { tolerance: { atol: 0, rtol: 0 }, tolerances: [], ignore: [], referenceLeg: null }).section
    const md = render(r, 'comment', 'legs')
    expect(md).toContain('Reference leg: **cpu** (the first leg by name).')
    expect(md).toContain('⚠️ Drifting: **gpu**.')
    expect(md).toMatch(/\| metric \| cpu \| gpu \| status \|/)
    expect(md).toMatch(/\| loss \| 0\.5 \| 0\.52 \| ⚠️ drift \|/)
    expect(md).toContain('<summary>What differs on gpu (')
    expect(md).toContain('GPU **GPU driver**: 550.54.15 → 560.1')
  })
})
