import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findParser, parserForFormat } from '../../../src/snapshot/lockfiles/index.js'

/**
 * Conformance against real lockfiles from public projects, counted by each ecosystem's own
 * tooling (see ../shared/corpus/COUNTING.md). The corpus lives outside the repository, so a
 * fresh clone skips this suite instead of failing it.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const corpusDir = path.resolve(repoRoot, '../shared/corpus')
const groundTruthFile = path.join(corpusDir, 'ground_truth.json')

interface GroundTruthEntry {
  file: string
  ecosystem: string
  packages_count: number | null
  samples?: { name: string; version: string }[]
}

/** The corpus folder name says which format a file is, whatever its (renamed) basename. */
const FORMAT_BY_FOLDER: Record<string, string> = {
  npm: 'npm',
  'yarn-v1': 'yarn-v1',
  'yarn-berry': 'yarn-berry',
  pnpm: 'pnpm',
  pip: 'pip',
  poetry: 'poetry',
  pipenv: 'pipenv',
  uv: 'uv',
  'conda-env': 'conda-env',
  'conda-explicit': 'conda-explicit',
  'conda-lock': 'conda-lock',
  cargo: 'cargo',
  go: 'go',
  ruby: 'bundler',
  renv: 'renv',
  composer: 'composer'
}

/** The basename each corpus file had in its repository (SOURCES.tsv), for the matches() check. */
function originalBasenames(): Map<string, string> {
  const names = new Map<string, string>()
  const sources = path.join(corpusDir, 'SOURCES.tsv')
  if (!existsSync(sources)) return names
  for (const line of readFileSync(sources, 'utf8').split('\n').slice(1)) {
    const [local, , original] = line.split('\t')
    if (local && original) names.set(local, original)
  }
  return names
}

if (!existsSync(groundTruthFile)) {
  console.log(`lockfile corpus not found at ${corpusDir}; conformance tests skipped`)
  test.skip('lockfile corpus conformance (corpus absent)', () => {})
} else {
  const entries = (JSON.parse(readFileSync(groundTruthFile, 'utf8')) as GroundTruthEntry[]).filter(
    (e) => e.file.startsWith('lockfiles/') && e.packages_count !== null
  )
  const basenames = originalBasenames()

  describe('lockfile corpus conformance', () => {
    test('the corpus has lockfiles to check', () => {
      expect(entries.length).toBeGreaterThan(0)
    })

    test.each(entries.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
      const folder = entry.file.split('/')[1]
      const format = FORMAT_BY_FOLDER[folder]
      expect(format).toBeDefined()
      const parser = parserForFormat(format)
      expect(parser).toBeDefined()
      const text = readFileSync(path.join(corpusDir, entry.file), 'utf8')
      const parsed = parser!.parse(text)
      expect(parsed.packages.length).toBe(entry.packages_count)
      for (const sample of entry.samples ?? []) expect(parsed.packages).toContainEqual(sample)

      // The fast YAML subset reader must agree with the full `yaml` parser on real files;
      // a `%YAML` directive is outside that subset, so it forces the full parser.
      if (['pnpm', 'yarn-berry', 'conda-lock'].includes(format)) {
        expect(parser!.parse(`%YAML 1.2\n---\n${text}`)).toEqual(parsed)
      }

      const original = basenames.get(entry.file)
      if (original !== undefined) {
        expect(findParser(original, text.slice(0, 4096))?.format).toBe(format)
      }
    })
  })
}
