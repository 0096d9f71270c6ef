/**
 * Golden files: expected output committed beside the tests and reviewed like code. A test never
 * writes its own expectation: a missing golden fails with the command that writes it, and only
 * `UPDATE_GOLDEN=1` rewrites goldens (then look at the diff before committing).
 */
import { expect } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'

/** The command that regenerates the goldens of one test file. */
export function updateCommand(testFile: string): string {
  const rel = path.relative(process.cwd(), testFile).split(path.sep).join('/')
  return `UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest ${rel}`
}

/**
 * Compares `actual` with the golden `file`. `testFile` is the test's own path (for the hint);
 * `env` is where UPDATE_GOLDEN is read (process.env: the developer's request, not the machine's state).
 */
export function expectGolden(file: string, actual: string, testFile: string, env: NodeJS.ProcessEnv = process.env): void {
  const hint = `run \`${updateCommand(testFile)}\` and review the diff`
  if (env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file)) {
    throw new Error(`golden file ${path.relative(process.cwd(), file)} is missing: ${hint}`)
  }
  try {
    expect(actual).toBe(readFileSync(file, 'utf8'))
  } catch (err) {
    if (err instanceof Error) err.message += `\n\nIf the new output is right: ${hint}.`
    throw err
  }
}
