import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findParser, LOCKFILE_PARSERS, parserForFormat } from '../../../src/snapshot/lockfiles/index.js'
import type { ParsedLockfile, PinnedPackage } from '../../../src/snapshot/lockfiles/index.js'
import { interpretRequirement } from '../../../src/snapshot/lockfiles/requirements.js'
import { yarnSpecName } from '../../../src/snapshot/lockfiles/yarn.js'
import { parseYaml, scanBlockMappings } from '../../../src/snapshot/lockfiles/yaml-lite.js'

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/lockfiles')

function read(relative: string): string {
  return readFileSync(path.join(fixtures, relative), 'utf8')
}

/** Parses a fixture with the parser its own path selects, so matching is exercised too. */
function parseFixture(relative: string, expectedFormat: string): ParsedLockfile {
  const text = read(relative)
  const parser = findParser(relative, text.slice(0, 4096))
  expect(parser?.format).toBe(expectedFormat)
  return parser!.parse(text)
}

function pkgs(...pairs: [string, string][]): PinnedPackage[] {
  return pairs.map(([name, version]) => ({ name, version }))
}

/**
 * A `%YAML` directive is outside the fast scanner's subset, so prefixing one forces the full
 * `yaml` parser: both paths must agree.
 */
function viaFullYaml(format: string, text: string): ParsedLockfile {
  return parserForFormat(format)!.parse(`%YAML 1.2\n---\n${text}`)
}

describe('npm', () => {
  test('v1: recursive tree, nested versions, npm: alias under the real name', () => {
    const parsed = parseFixture('npm-v1/package-lock.json', 'npm')
    expect(parsed.packages).toEqual(pkgs(['debug', '4.3.4'], ['ms', '2.1.2'], ['ms', '2.1.3'], ['string-width', '4.2.3']))
    expect(parsed.unpinned).toEqual([])
  })

  test('v3: root, links and workspace folders excluded; alias folder counted under "name"', () => {
    const parsed = parseFixture('npm-v3/package-lock.json', 'npm')
    expect(parsed.packages).toEqual(
      pkgs(['@babel/code-frame', '7.27.1'], ['debug', '4.3.4'], ['ms', '2.1.2'], ['ms', '2.1.3'], ['string-width', '4.2.3'])
    )
  })

  test('malformed JSON names the file kind and the line', () => {
    expect(() => parseFixture('malformed/package-lock.json', 'npm')).toThrow(/package-lock\.json is not valid JSON.*line 5/)
  })
})

describe('yarn', () => {
  test('classic: multi-spec keys, npm: alias mapped to the real name, nested blocks skipped', () => {
    const parsed = parseFixture('yarn-classic/yarn.lock', 'yarn-v1')
    expect(parsed.packages).toEqual(
      pkgs(['@babel/code-frame', '7.22.13'], ['left-pad', '1.3.0'], ['string-width', '4.2.3'], ['string-width', '5.1.2'])
    )
  })

  test('classic spec names', () => {
    expect(yarnSpecName('left-pad@^1.0.0')).toBe('left-pad')
    expect(yarnSpecName('@babel/core@^7.0.0')).toBe('@babel/core')
    expect(yarnSpecName('string-width-cjs@npm:string-width@^4.2.0')).toBe('string-width')
    expect(yarnSpecName('@scope/alias@npm:@scope/real@1.0.0')).toBe('@scope/real')
  })

  test('classic: a malformed line is reported with its line number', () => {
    expect(() => parseFixture('malformed/yarn.lock', 'yarn-v1')).toThrow(/yarn\.lock line 3/)
  })

  test('classic: tabs in indentation and merge conflict markers are errors', () => {
    const classic = parserForFormat('yarn-v1')!
    expect(() => classic.parse('a@1:\n\tversion "1"\n')).toThrow(/line 2: tab in indentation/)
    expect(() => classic.parse('a@1:\n  version "1"\n<<<<<<< HEAD\n')).toThrow(/line 3: unresolved merge conflict/)
    expect(() => classic.parse('a@1:\n  version "1"\n   resolved "x"\n')).toThrow(/line 3: unexpected indentation/)
  })

  test('berry: name from resolution; workspace and link excluded; patch collapses onto the npm entry', () => {
    const parsed = parseFixture('yarn-berry/yarn.lock', 'yarn-berry')
    expect(parsed.packages).toEqual(pkgs(['@types/node', '20.11.30'], ['left-pad', '1.3.0'], ['typescript', '5.4.5']))
    expect(viaFullYaml('yarn-berry', read('yarn-berry/yarn.lock'))).toEqual(parsed)
  })

  test('berry without __metadata is rejected', () => {
    expect(() => parserForFormat('yarn-berry')!.parse('"a@npm:1.0.0":\n  version: 1.0.0\n')).toThrow(/__metadata/)
  })
})

describe('pnpm', () => {
  test('v5: /name/version keys, _peer suffix stripped', () => {
    const parsed = parseFixture('pnpm-v5/pnpm-lock.yaml', 'pnpm')
    expect(parsed.packages).toEqual(pkgs(['@babel/runtime', '7.23.2'], ['react', '18.2.0'], ['react-dom', '18.2.0']))
    expect(viaFullYaml('pnpm', read('pnpm-v5/pnpm-lock.yaml'))).toEqual(parsed)
  })

  test('v6: (peer) suffixes stripped and collapsed; importer link: deps not counted', () => {
    const parsed = parseFixture('pnpm-v6/pnpm-lock.yaml', 'pnpm')
    expect(parsed.packages).toEqual(pkgs(['@rollup/plugin-alias', '5.1.0'], ['rollup', '4.13.0'], ['slash', '4.0.0']))
    expect(viaFullYaml('pnpm', read('pnpm-v6/pnpm-lock.yaml'))).toEqual(parsed)
  })

  test('v9: quoted scoped keys; snapshots not double counted', () => {
    const parsed = parseFixture('pnpm-v9/pnpm-lock.yaml', 'pnpm')
    expect(parsed.packages).toEqual(
      pkgs(['@oxfmt/darwin-arm64', '0.24.0'], ['@tinyhttp/app', '3.0.1'], ['chalk', '5.6.2'], ['react-dom', '18.2.0'])
    )
    expect(viaFullYaml('pnpm', read('pnpm-v9/pnpm-lock.yaml'))).toEqual(parsed)
  })

  test('malformed YAML names the file kind and the line', () => {
    expect(() => parseFixture('malformed/pnpm-lock.yaml', 'pnpm')).toThrow(/pnpm-lock\.yaml is not valid YAML.*line \d+/)
  })

  test('a file without lockfileVersion is rejected', () => {
    expect(() => parserForFormat('pnpm')!.parse('packages:\n  a@1.0.0: {}\n')).toThrow(/lockfileVersion/)
  })
})

describe('pip requirements', () => {
  test('pins, hashes, extras, markers, options and unpinned lines', () => {
    const parsed = parseFixture('pip/requirements.txt', 'pip')
    expect(parsed.packages).toEqual(
      pkgs(['Django', '4.2.1'], ['asttokens', '3.0.2'], ['celery', '5.2.7'], ['importlib-metadata', '6.8.0'], ['requests', '2.31.0'])
    )
    expect(parsed.unpinned).toEqual([
      { name: 'numpy', spec: '>=1.2' },
      { name: 'pandas', spec: '' },
      { name: 'scipy', spec: '>=1.10,<2' },
      { name: 'torch', spec: '==2.1.*' },
      { name: 'clip', spec: '-e git+https://github.com/openai/CLIP.git@main#egg=clip' },
      { name: '.', spec: '-e .' },
      { name: 'tool', spec: 'https://example.com/packages/tool-1.0-py3-none-any.whl' },
      { name: 'mypkg', spec: '@ https://example.com/mypkg-1.0.tar.gz' }
    ])
    expect(parsed.notes).toEqual(['line 3: -r requirements/base.txt not followed', 'line 4: -c constraints.txt not followed'])
  })

  test('any .txt inside a requirements/ folder', () => {
    expect(parseFixture('pip/requirements/dev.txt', 'pip').packages).toEqual(pkgs(['pytest', '8.0.0']))
  })

  test('single requirements', () => {
    expect(interpretRequirement('celery[redis]==5.2.7')).toEqual({ kind: 'pinned', name: 'celery', version: '5.2.7' })
    expect(interpretRequirement('foo === 1.0 ; sys_platform == "linux"')).toEqual({ kind: 'pinned', name: 'foo', version: '1.0' })
    expect(interpretRequirement('foo==1.0,!=1.1')).toEqual({ kind: 'unpinned', name: 'foo', spec: '==1.0,!=1.1' })
    expect(interpretRequirement('foo (==1.0)')).toEqual({ kind: 'pinned', name: 'foo', version: '1.0' })
    expect(interpretRequirement('foo~=1.0')).toEqual({ kind: 'unpinned', name: 'foo', spec: '~=1.0' })
  })

  test('a line that names no package is an error with its line number', () => {
    expect(() => parserForFormat('pip')!.parse('ok==1\n==2.0\n')).toThrow(/line 2/)
  })
})

describe('python lockfiles', () => {
  test('poetry: every [[package]], git sources included', () => {
    expect(parseFixture('poetry/poetry.lock', 'poetry').packages).toEqual(pkgs(['anyio', '4.3.0'], ['dulwich', '0.22.1'], ['idna', '3.6']))
  })

  test('poetry: malformed TOML names the file kind and the line', () => {
    expect(() => parseFixture('malformed/poetry.lock', 'poetry')).toThrow(/poetry\.lock is not valid TOML[\s\S]*3:/)
  })

  test('Pipfile.lock: default+develop, differently pinned names counted twice, editable unpinned', () => {
    const parsed = parseFixture('pipenv/Pipfile.lock', 'pipenv')
    expect(parsed.packages).toEqual(pkgs(['certifi', '2024.2.2'], ['packaging', '23.2'], ['packaging', '24.0'], ['pytest', '8.1.1']))
    expect(parsed.unpinned).toEqual([{ name: 'mylib', spec: '-e .' }])
  })

  test('uv: editable and virtual project entries excluded, several versions kept', () => {
    const parsed = parseFixture('uv/uv.lock', 'uv')
    expect(parsed.packages).toEqual(pkgs(['blinker', '1.8.2'], ['numpy', '2.0.2'], ['numpy', '2.2.1']))
  })
})

describe('conda', () => {
  test('environment.yml: = / == / =build pins and pip == pins; the rest unpinned', () => {
    const parsed = parseFixture('conda-env/environment.yml', 'conda-env')
    expect(parsed.packages).toEqual(
      pkgs(['cudatoolkit', '11.8'], ['numpy', '1.26.4'], ['pandas', '2.2.1'], ['python', '3.10.13'], ['torch', '2.2.1'])
    )
    expect(parsed.unpinned).toEqual([
      { name: 'scipy', spec: '>=1.10' },
      { name: 'pip', spec: '' },
      { name: 'matplotlib', spec: '=3.8.*' },
      { name: 'transformers', spec: '>=4.38' },
      { name: 'einops', spec: '' },
      { name: 'clip', spec: '-e git+https://github.com/openai/CLIP.git@main#egg=clip' }
    ])
  })

  test('explicit spec: name-version-build split from the right', () => {
    expect(parseFixture('conda-explicit/conda-linux-64.lock', 'conda-explicit').packages).toEqual(
      pkgs(['_libgcc_mutex', '0.1'], ['libopentelemetry-cpp-headers', '1.21.0'], ['python', '3.12.3'], ['tzdata', '2025c'])
    )
  })

  test('explicit spec without @EXPLICIT is rejected', () => {
    expect(() => parserForFormat('conda-explicit')!.parse('https://x/a-1-0.conda\n')).toThrow(/line 1.*before @EXPLICIT/)
  })

  test('conda-lock.yml: unique across platforms and managers', () => {
    const text = read('conda-lock/conda-lock.yml')
    const parsed = parseFixture('conda-lock/conda-lock.yml', 'conda-lock')
    expect(parsed.packages).toEqual(pkgs(['_libgcc_mutex', '0.1'], ['pyyaml', '6.0.10'], ['zstd', '1.5.5']))
    expect(viaFullYaml('conda-lock', text)).toEqual(parsed)
  })
})

describe('other ecosystems', () => {
  test('Cargo.lock: source-less workspace crates excluded and noted', () => {
    const parsed = parseFixture('cargo/Cargo.lock', 'cargo')
    expect(parsed.packages).toEqual(
      pkgs(['aho-corasick', '1.1.3'], ['memchr', '2.7.4'], ['windows-sys', '0.52.0'], ['windows-sys', '0.59.0'])
    )
    expect(parsed.notes).toEqual(['1 workspace crates without source excluded'])
  })

  test('go.sum: /go.mod lines skipped', () => {
    expect(parseFixture('go/go.sum', 'go').packages).toEqual(
      pkgs(['github.com/cpuguy83/go-md2man/v2', 'v2.0.6'], ['github.com/spf13/pflag', 'v1.0.9'])
    )
    expect(() => parseFixture('malformed/go.sum', 'go')).toThrow(/go\.sum line 1/)
  })

  test('Gemfile.lock: GEM, GIT and PATH specs; platform variants collapse', () => {
    expect(parseFixture('bundler/Gemfile.lock', 'bundler').packages).toEqual(
      pkgs(
        ['activesupport', '7.2.0.alpha'],
        ['ast', '2.4.2'],
        ['concurrent-ruby', '1.3.4'],
        ['mygem', '0.1.0'],
        ['nokogiri', '1.16.5'],
        ['racc', '1.8.1'],
        ['rainbow', '3.1.1']
      )
    )
  })

  test('renv.lock: Packages only, not R itself', () => {
    expect(parseFixture('renv/renv.lock', 'renv').packages).toEqual(pkgs(['BH', '1.84.0-0'], ['glue', '1.8.0'], ['zlibbioc', '1.50.0']))
  })

  test('composer.lock: packages + packages-dev, versions verbatim', () => {
    expect(parseFixture('composer/composer.lock', 'composer').packages).toEqual(
      pkgs(['phpunit/phpunit', '9.6.19'], ['psr/log', '1.1.4'], ['wikimedia/less.php', 'v3.2.1'])
    )
  })
})

describe('matching', () => {
  test('format ids are unique and stable', () => {
    expect(LOCKFILE_PARSERS.map((p) => p.format)).toEqual([
      'npm',
      'yarn-berry',
      'yarn-v1',
      'pnpm',
      'conda-explicit',
      'pip',
      'poetry',
      'pipenv',
      'uv',
      'conda-env',
      'conda-lock',
      'cargo',
      'go',
      'bundler',
      'renv',
      'composer'
    ])
  })

  test.each([
    ['package-lock.json', 'npm', ''],
    ['npm-shrinkwrap.json', 'npm', ''],
    ['yarn.lock', 'yarn-v1', '# yarn lockfile v1\n'],
    ['yarn.lock', 'yarn-berry', '# comment\n\n__metadata:\n  version: 8\n'],
    ['pnpm-lock.yaml', 'pnpm', ''],
    ['requirements.txt', 'pip', ''],
    ['requirements-dev.txt', 'pip', ''],
    ['requirements/tests.txt', 'pip', ''],
    ['poetry.lock', 'poetry', ''],
    ['Pipfile.lock', 'pipenv', ''],
    ['uv.lock', 'uv', ''],
    ['environment.yml', 'conda-env', ''],
    ['environment.yaml', 'conda-env', ''],
    ['conda-linux-64.lock', 'conda-explicit', '# platform: linux-64\n@EXPLICIT\n'],
    ['spec-file.txt', 'conda-explicit', '@EXPLICIT\n'],
    ['requirements.txt', 'conda-explicit', '@EXPLICIT\n'],
    ['conda-lock.yml', 'conda-lock', ''],
    ['gpu.conda-lock.yml', 'conda-lock', ''],
    ['Cargo.lock', 'cargo', ''],
    ['go.sum', 'go', ''],
    ['Gemfile.lock', 'bundler', ''],
    ['renv.lock', 'renv', ''],
    ['composer.lock', 'composer', ''],
    ['sub/dir/package-lock.json', 'npm', '']
  ])('%s → %s', (fileName, format, head) => {
    expect(findParser(fileName, head)?.format).toBe(format)
  })

  test.each([['notes.txt'], ['data/train.txt'], ['package.json'], ['conda-linux-64.lock'], ['go.mod'], ['my-requirements.txt']])(
    '%s matches nothing',
    (fileName) => {
      expect(findParser(fileName, 'plain text\n')).toBeUndefined()
    }
  )
})

describe('YAML subset reader', () => {
  test('nested mappings, quoted keys with escapes, comments and compact sequences', () => {
    const text = [
      '# header',
      'a: 1 # trailing comment',
      "\"b\\\"q\": 'it''s'",
      'list:',
      '- x: 1',
      '  y: "two"',
      '- plain',
      'nested:',
      '  inner:',
      '    deep: {k: v}',
      '    deeper:',
      '      ignored: true',
      'empty:',
      ''
    ].join('\n')
    const scanned = scanBlockMappings(text, 3)
    expect(scanned).toEqual({
      a: '1',
      'b"q': "it's",
      list: [{ x: '1', y: 'two' }, 'plain'],
      nested: { inner: { deep: '{k: v}', deeper: null } },
      empty: null
    })
    const full = parseYaml(text, 'test.yaml') as Record<string, unknown>
    expect(full.a).toBe('1')
    expect(full['b"q']).toBe("it's")
  })

  test.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a multi-line plain scalar', 'a:\n  b: one\n    two\n'],
    ['a tab in indentation', 'a:\n\tb: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a multi-line flow mapping', 'a: {b: 1,\n  c: 2}\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a top-level sequence', '- a\n- b\n']
  ])('leaves %s to the full parser', (_what, text) => {
    expect(scanBlockMappings(text, 3)).toBeUndefined()
  })

  test('the full parser keeps versions as strings (1.10 is not 1.1)', () => {
    expect(parseYaml('version: 1.10\n', 'x.yaml')).toEqual({ version: '1.10' })
  })
})
