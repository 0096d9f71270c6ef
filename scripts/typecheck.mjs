// npm run typecheck: `tsc --noEmit --incremental` over tsconfig.json, skipped when nothing it would
// read has changed since it last passed. tsc's incremental mode skips checking unchanged files but
// still parses every file of the program, 23 MB of it declarations in node_modules (7 s of CPU on the
// 2-core machine, for a result it already had). Its build info lists every file the program read
// with the sha256 of its text; when each still hashes the same, no file matching tsconfig.json's
// `include` was added or removed, and tsconfig.json and the installed packages are the ones of the
// last passing run, tsc would read the same bytes and pass again. Any doubt runs tsc.
// `node scripts/typecheck.mjs --force` (or deleting node_modules/.cache/tsc) always runs it.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { globSync } from 'tinyglobby'

const root = path.resolve(import.meta.dirname, '..')
const cache = path.join(root, 'node_modules/.cache/tsc')
const buildInfo = path.join(cache, 'tsbuildinfo')
const passed = path.join(cache, 'passed.json')

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex')

/**
 * The version tsc's build info records for a file: the sha256 of its text (BOM removed), less a
 * trailing `//# sourceMappingURL=` line (typescript's getSourceFileVersionAsHashFromText). Were
 * typescript to hash otherwise, nothing would match and tsc would always run.
 */
function tsVersion(file) {
  let text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  if (/\/\/[@#] source[M]appingURL=(.+)\r?\n?$/.test(text)) {
    let lineEnd = text.length
    let lineStart = lineEnd
    for (let pos = lineEnd - 1; pos >= 0; pos--) {
      const ch = text.charCodeAt(pos)
      if (ch === 10 || ch === 13) {
        if (ch === 10 && pos && text.charCodeAt(pos - 1) === 13) pos--
      } else if (ch !== 0x2028 && ch !== 0x2029) {
        lineStart = pos
        continue
      }
      const line = text.substring(lineStart, lineEnd)
      if (/^\/\/[@#] source[M]appingURL=(.+)\r?\n?$/.test(line)) {
        text = text.substring(0, lineStart)
        break
      } else if (!/^\s*(\/\/[@#] .*)?$/.test(line)) break
      lineEnd = lineStart
    }
  }
  return createHash('sha256').update(text).digest('hex')
}
const maybe = (fn) => {
  try {
    return fn()
  } catch {
    return undefined
  }
}

/** What tsc's result depends on besides the program's files: its options and the installed packages. */
function setting() {
  const files = ['tsconfig.json', 'package-lock.json', 'node_modules/.package-lock.json']
  return Object.fromEntries(files.map((f) => [f, maybe(() => sha256(path.join(root, f))) ?? null]))
}

/** The files tsconfig.json includes, as tsc finds them (its default excludes: node_modules). */
function included() {
  const { include } = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8'))
  return globSync(include, { cwd: root, ignore: ['**/node_modules/**'], absolute: true }).sort()
}

function unchangedSinceLastPass() {
  const last = maybe(() => JSON.parse(readFileSync(passed, 'utf8')))
  if (!last || JSON.stringify(last.setting) !== JSON.stringify(setting())) return false
  const infoText = maybe(() => readFileSync(buildInfo))
  if (!infoText || createHash('sha256').update(infoText).digest('hex') !== last.buildInfo) return false
  const info = JSON.parse(infoText.toString('utf8'))
  const files = info.fileNames.map((f) => path.resolve(cache, f))
  const roots = new Set()
  for (const r of info.root) {
    const [from, to] = Array.isArray(r) ? r : [r, r]
    for (let i = from; i <= to; i++) roots.add(files[i - 1])
  }
  const now = included()
  if (now.length !== roots.size || now.some((f) => !roots.has(f))) return false
  return files.every((f, i) => {
    const version = typeof info.fileInfos[i] === 'string' ? info.fileInfos[i] : info.fileInfos[i]?.version
    return version !== undefined && maybe(() => tsVersion(f)) === version
  })
}

if (!process.argv.includes('--force') && maybe(unchangedSinceLastPass)) {
  console.log('type-check: nothing tsc reads has changed since it last passed (node_modules/.cache/tsc); skipped')
  process.exit(0)
}
const tsc = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--incremental', '--tsBuildInfoFile', buildInfo],
  { cwd: root, stdio: 'inherit' }
)
if (tsc.status === 0) {
  mkdirSync(cache, { recursive: true })
  writeFileSync(passed, JSON.stringify({ setting: setting(), buildInfo: sha256(buildInfo) }))
} else {
  maybe(() => writeFileSync(passed, '{}'))
}
process.exit(tsc.status ?? 1)
