/** The cwd factor copies the checkout around the working directory, so `../data` is there in the copy too. */
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { checkoutRoot } from '../../src/vary/stage.js'

const env = { PATH: process.env.PATH ?? '' }

describe('checkoutRoot', () => {
  test('outside git and CI: the folder the gate was started from, when the working directory is inside it', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'rg-root-'))
    const wd = path.join(project, 'examples', 'node-logreg')
    mkdirSync(wd, { recursive: true })
    expect(await checkoutRoot(wd, env, project)).toBe(project)
    // Started from the working directory itself, or from somewhere else: no wider checkout is known.
    expect(await checkoutRoot(wd, env, wd)).toBeUndefined()
    expect(await checkoutRoot(wd, env, tmpdir() + '/elsewhere')).toBeUndefined()
  })
  test('GITHUB_WORKSPACE wins when it holds the working directory', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'rg-root-'))
    const wd = path.join(project, 'a')
    mkdirSync(wd)
    expect(await checkoutRoot(wd, { ...env, GITHUB_WORKSPACE: project }, '/')).toBe(project)
  })
})
