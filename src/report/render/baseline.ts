/**
 * The slot for the comparison with the default branch's baseline. It renders right under the
 * drift tables. The baselines work fills this in once `report.baseline` has a type; until then a
 * report carries no baseline section and nothing is rendered.
 */
import type { Report } from '../types.js'
import type { Section } from './document.js'
import type { RenderContext } from './context.js'

/** Sections comparing this run's metrics with the baseline; empty until baselines land. */
export function renderBaseline(report: Report, ctx: RenderContext): Section[] {
  void report
  void ctx
  return []
}

/** Sections for matrix legs (`report.legs`); empty until the matrix compare mode lands. */
export function renderLegs(report: Report, ctx: RenderContext): Section[] {
  void report
  void ctx
  return []
}
