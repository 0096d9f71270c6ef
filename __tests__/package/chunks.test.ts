/**
 * The rewrites the build makes to what ncc writes (scripts/chunks.mjs): each chunk's module
 * factories as function expressions (compiled once, not pre-parsed and parsed again) and its text
 * in ASCII (a one-byte string to V8). They must leave the code doing the same, on hostile input
 * too, and dist/ must be what they make.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { runInNewContext } from 'node:vm'

const root = path.resolve(import.meta.dirname, '../..')
const { asciiOnly, eagerModuleFactories } = (await import(pathToFileURL(path.join(root, 'scripts/chunks.mjs')).href)) as {
  asciiOnly(source: string, file: string): string
  eagerModuleFactories(source: string): string
}

/** What a script evaluates to (the last expression), in a fresh context. */
const run = (source: string): unknown => runInNewContext(source)

describe('asciiOnly', () => {
  test('strings, templates, regular expressions, names and comments keep their meaning', () => {
    const source = [
      '// résumé — a comment',
      "const café = 'a — b ✅ 🔁'",
      'const t = `x ${café} — ×`',
      "const r = /[à-ÿ]+—/.test('éé—') && /🔁/u.test('🔁') && /^.$/u.test('🔁')",
      'JSON.stringify([café, t, r, café.length])'
    ].join('\n')
    const ascii = asciiOnly(source, 'test.js')
    expect(/[\u0080-\uffff]/.test(ascii)).toBe(false)
    expect(run(ascii)).toBe(run(source))
  })

  test('an escaped character loses its backslash first; a backslash before it that is itself escaped stays', () => {
    const source = "JSON.stringify(['\\é', '\\\\é', /\\é/.test('é'), /\\\\é/.test('\\\\é')])"
    const ascii = asciiOnly(source, 'test.js')
    expect(/[\u0080-\uffff]/.test(ascii)).toBe(false)
    expect(run(ascii)).toBe(run(source))
    expect(JSON.parse(run(ascii) as string)).toEqual(['é', '\\é', true, true])
  })

  test('a no-break space or a line separator between tokens is whitespace still (a dependency writes them)', () => {
    const source = 'const a =\u00a0{};\u2028const b = [a,\u3000 1];\nJSON.stringify(b)'
    const ascii = asciiOnly(source, 'test.js')
    expect(/[\u0080-\uffff]/.test(ascii)).toBe(false)
    expect(run(ascii)).toBe('[{},1]')
  })

  test('a line continued in a string by a backslash before a line separator is left as it is', () => {
    const source = "'a\\\u2028b'"
    expect(run(asciiOnly(source, 'test.js'))).toBe('ab')
  })

  test('a tagged template keeps its raw text, which its tag can read', () => {
    const source = "String.raw`é — ${'x'}` + ' — '"
    const ascii = asciiOnly(source, 'test.js')
    expect(run(ascii)).toBe(run(source))
    expect(ascii).toContain('String.raw`é — ')
    expect(ascii).not.toContain("' — '")
  })

  test('ASCII text is returned as it is', () => {
    const source = 'const a = 1 // plain\n'
    expect(asciiOnly(source, 'test.js')).toBe(source)
  })
})

describe('eagerModuleFactories', () => {
  test("ncc's arrow-function module factories become function expressions, and nothing else changes", () => {
    const source = [
      'var __modules = ({',
      '/***/ 12:',
      '/***/ ((module, __unused_webpack_exports, __webpack_require__) => {',
      'module.exports = [typeof this, (() => typeof this)()];',
      '/***/ }),',
      '/***/ 13:',
      '/***/ ((module) => {',
      'module.exports = ((x) => x * 2)(21);',
      '/***/ })',
      '});',
      'function req(id) { const module = { exports: {} }; __modules[id].call(module.exports, module, module.exports, req); return module.exports }',
      'JSON.stringify([req(12), req(13)])'
    ].join('\n')
    const eager = eagerModuleFactories(source)
    expect(eager).toContain('/***/ (function(module, __unused_webpack_exports, __webpack_require__) {')
    expect(eager).toContain('/***/ (function(module) {')
    expect(eager).toContain('((x) => x * 2)(21)')
    // A factory's `this` becomes its exports object, which webpack's arrow form never reads.
    expect(JSON.parse(run(eager) as string)[1]).toBe(42)
  })
})

describe('dist/ is what the rewrites make', () => {
  const files = [
    ...readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.js')),
    ...readdirSync(path.join(root, 'dist/generated')).map((f) => `generated/${f}`)
  ].filter((f) => f.endsWith('.js'))

  test('every chunk is ASCII', () => {
    const outside = files.filter((f) => /[\u0080-\uffff]/.test(readFileSync(path.join(root, 'dist', f), 'utf8')))
    expect(outside).toEqual([])
  })

  test('no module factory is left as an arrow function', () => {
    const arrows = files.filter((f) => /^\/\*\*\*\/ \(\([\w, ]*\) => \{$/m.test(readFileSync(path.join(root, 'dist', f), 'utf8')))
    expect(arrows).toEqual([])
  })
})
