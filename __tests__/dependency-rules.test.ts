/**
 * The rules `npm run lint` enforces on src/ (.dependency-cruiser.cjs) really fail: on a cycle made
 * only of `import type` (which eslint's import/no-cycle and the compiled JavaScript never see), and
 * on an import against the pipeline's direction. The fixture is a tiny src/ tree of its own, cruised
 * the way `npm run lint` cruises src/.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import * as path from 'node:path'

const root = process.cwd()
const fixture = path.join(root, '__tests__/fixtures/dependency-rules')

describe('the dependency rules of npm run lint', () => {
  test('fail on a type-only cycle and on an import against the pipeline, and on nothing else', () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        '--config',
        path.join(root, '.dependency-cruiser.cjs'),
        'src'
      ],
      { cwd: fixture, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' }
    )
    const text = `${run.stdout}${run.stderr}`.replace(/\s+/g, ' ')
    expect(text).toContain('error no-circular: src/compare/a.ts → src/compare/b.ts → src/compare/a.ts')
    expect(text).toContain('error pipeline-direction:inputs: src/inputs/early.ts → src/report/late.ts')
    // report/late.ts → plan/seed.ts goes with the pipeline: not a violation.
    expect(text).toContain('2 dependency violations (2 errors, 0 warnings)')
    expect(run.status).toBe(2)
  })
})
