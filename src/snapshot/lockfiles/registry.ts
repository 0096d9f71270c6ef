import { cargoParser } from './cargo.js'
import { composerParser } from './composer.js'
import { condaEnvParser } from './conda-env.js'
import { condaExplicitParser } from './conda-explicit.js'
import { condaLockParser } from './conda-lock.js'
import { gemfileParser } from './gemfile.js'
import { goSumParser } from './gosum.js'
import { npmParser } from './npm.js'
import { pipfileParser } from './pipfile.js'
import { pnpmParser } from './pnpm.js'
import { poetryParser } from './poetry.js'
import { renvParser } from './renv.js'
import { requirementsParser } from './requirements.js'
import type { LockfileParser } from './types.js'
import { uvParser } from './uv.js'
import { yarnBerryParser, yarnClassicParser } from './yarn.js'

/**
 * Every parser, in matching order: conda explicit specs come before pip because both may be
 * `.txt`, and the `@EXPLICIT` head decides.
 */
export const LOCKFILE_PARSERS: readonly LockfileParser[] = [
  npmParser,
  yarnBerryParser,
  yarnClassicParser,
  pnpmParser,
  condaExplicitParser,
  requirementsParser,
  poetryParser,
  pipfileParser,
  uvParser,
  condaEnvParser,
  condaLockParser,
  cargoParser,
  goSumParser,
  gemfileParser,
  renvParser,
  composerParser
]

/**
 * The first parser that handles this file. `fileName` is a basename or a relative path (the
 * path lets `requirements/*.txt` match); `head` is the file's first 4 KiB ('' if unread).
 */
export function findParser(fileName: string, head: string): LockfileParser | undefined {
  return LOCKFILE_PARSERS.find((parser) => parser.matches(fileName, head))
}

/** The parser with this `format` id, e.g. 'yarn-berry'. */
export function parserForFormat(format: string): LockfileParser | undefined {
  return LOCKFILE_PARSERS.find((parser) => parser.format === format)
}
