/**
 * The slots under the drift tables: the comparison with the default branch's baseline
 * (`report.baseline`) and, in matrix compare, the legs (`report.legs`). The sections themselves
 * are built in sections/comparisons.ts, which owns what they say; this file
 * only decides where they go.
 */
import type { Report } from '../types.js'
import type { Section } from './document.js'
import type { RenderContext } from './context.js'
import { renderBaselineSections, renderLegsSections } from './sections/comparisons.js'

/** Sections comparing this run's metrics with the default branch's baseline; [] without one. */
export function renderBaseline(report: Report, ctx: RenderContext): Section[] {
  return report.baseline ? renderBaselineSections(report, ctx) : []
}

/** Sections for the legs of a matrix compare; [] without legs. */
export function renderLegs(report: Report, ctx: RenderContext): Section[] {
  return report.legs ? renderLegsSections(report, ctx) : []
}
