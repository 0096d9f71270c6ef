/**
 * The package as a newcomer meets it: `npm ci` is silent on every Node line we claim, and the packed
 * tarball is a self-contained CLI (.ci/run installs it into a temporary prefix and runs it).
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import semver from 'semver'

const root = path.resolve(import.meta.dirname, '../..')
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string
  engines: { node: string }
  bin: Record<string, string>
  files: string[]
  dependencies?: Record<string, string>
  repository?: { url: string }
  publishConfig?: { provenance?: boolean; access?: string }
}
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>
}

/**
 * Development-only tools whose own engines stop at a Node major: they never reach a user of the
 * published CLI (the bundle has no dependencies), and `npm ci` in a clone stays silent on 20, 22
 * and 24 (checked below). @github/local-action says ^20 || ^22 || ^24.
 */
const DEV_TOOLS_WITH_A_NARROWER_RANGE = new Set(['node_modules/@github/local-action'])

describe('engines', () => {
  test('every locked package accepts every Node version the project claims (npm ci warns EBADENGINE otherwise)', () => {
    const conflicts: string[] = []
    for (const [where, entry] of Object.entries(lock.packages)) {
      const wanted = !Array.isArray(entry.engines) ? entry.engines?.node : undefined
      if (!where || !wanted) continue
      if (DEV_TOOLS_WITH_A_NARROWER_RANGE.has(where)) continue
      if (!semver.subset(pkg.engines.node, wanted)) conflicts.push(`${where}@${entry.version} wants node ${wanted}`)
    }
    expect(conflicts).toEqual([])
  })
  test('npm ci is silent on Node 20, 22 and 24, development tools included', () => {
    const conflicts: string[] = []
    for (const version of ['20.19.0', '22.13.0', '24.0.0', '24.11.1']) {
      for (const [where, entry] of Object.entries(lock.packages)) {
        const wanted = !Array.isArray(entry.engines) ? entry.engines?.node : undefined
        if (where && wanted && !semver.satisfies(version, wanted))
          conflicts.push(`${where}@${entry.version} wants node ${wanted}, not ${version}`)
      }
    }
    expect(conflicts).toEqual([])
  })
  test('the claimed range covers the runners (node24) and the maintained lines, and this machine', () => {
    for (const version of ['20.19.0', '22.13.0', '24.0.0', process.versions.node]) {
      expect(semver.satisfies(version, pkg.engines.node)).toBe(true)
    }
  })
})

describe('publish-ready', () => {
  test('a name the project controls, with provenance-friendly metadata', () => {
    // An unscoped "repro-gate" is unclaimed on the registry: `npx repro-gate` would run whatever someone publishes.
    expect(pkg.name.startsWith('@repro-gate/')).toBe(true)
    expect(pkg.repository?.url).toMatch(/github\.com\/repro-gate\/repro-gate/)
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true })
  })
  test('the bundle is self-contained: no runtime dependency to install', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
  })
  test('the tarball holds the bundle, the schema and the action, and nothing of the sources', () => {
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })
    expect(packed.status).toBe(0)
    const files = (JSON.parse(packed.stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path)
    for (const needed of [
      'dist/index.js',
      'dist/cli.js',
      'dist/package.json',
      // The report's validator, loaded as a file of its own (src/report/validate.ts).
      'dist/generated/validate-report.js',
      'schema/report.schema.json',
      'action.yml',
      'README.md',
      'LICENSE'
    ]) {
      expect(files).toContain(needed)
    }
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('__tests__/') || f.startsWith('node_modules/'))).toEqual([])
    expect(files).toContain(pkg.bin['repro-gate'])
    expect(readFileSync(path.join(root, pkg.bin['repro-gate']), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})
