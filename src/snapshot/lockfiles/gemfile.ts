import { baseName, PackageCollector, splitLines } from './common.js'
import type { LockfileParser, ParsedLockfile } from './types.js'

/** Bundler's spec line: `    name (version[-platform])` at exactly four spaces. */
const SPEC = /^ {4}(?! )(\S+) \(([^-)]*)(?:-([^)]*))?\)$/

const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE'])

/**
 * `Gemfile.lock`: the `specs:` of every GEM/GIT/PATH source. Platform variants
 * (`0.3.0-x86_64-linux`) are the same gem version, so they collapse to one pair.
 */
export function parseGemfileLock(text: string): ParsedLockfile {
  const out = new PackageCollector()
  let section = ''
  let inSpecs = false
  splitLines(text).forEach((line, n) => {
    if (line.trim() === '') return
    if (!line.startsWith(' ')) {
      if (/^(<{7}|={7}|>{7})/.test(line)) throw new Error(`Gemfile.lock line ${n + 1}: unresolved merge conflict marker`)
      section = line.trim()
      inSpecs = false
      return
    }
    if (!SOURCE_SECTIONS.has(section)) return
    if (/^ {2}\S/.test(line)) {
      inSpecs = line.trim() === 'specs:'
      return
    }
    if (!inSpecs || /^ {6}/.test(line)) return
    const spec = SPEC.exec(line)
    if (spec === null) throw new Error(`Gemfile.lock line ${n + 1}: expected '    name (version)', found '${line.trim()}'`)
    out.add(spec[1], spec[2])
  })
  return out.result()
}

/** Bundler lockfiles. */
export const gemfileParser: LockfileParser = {
  format: 'bundler',
  matches: (fileName) => {
    const base = baseName(fileName)
    return base === 'Gemfile.lock' || base === 'gems.locked'
  },
  parse: parseGemfileLock
}
