/** The user's own stack in the report: installed ML packages, numpy's BLAS, and pins that differ from what is installed. */
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { capturePython, parsePythonProbe, PYTHON_PROBE_SCRIPT } from '../../src/snapshot/python.js'
import { execProbe } from '../../src/snapshot/probe.js'
import { captureEnvironment } from '../../src/snapshot/index.js'
import { checkAgainstInstalled, describeBlas, installedStack, interpretBlas, sameVersion } from '../../src/snapshot/ml-stack.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { workdir } from './helpers.js'
import type { Report } from '../../src/report/types.js'
import { readFileSync } from 'node:fs'

/** A folder with fake .dist-info entries, put on PYTHONPATH so the real interpreter lists them. */
function fakeSitePackages(dists: Record<string, string>): string {
  const site = workdir()
  for (const [name, version] of Object.entries(dists)) {
    const info = path.join(site, `${name.replace(/-/g, '_')}-${version}.dist-info`)
    mkdirSync(info)
    writeFileSync(path.join(info, 'METADATA'), `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n\n`)
  }
  return site
}

/** The environment the probe runs in: PATH and HOME only, plus what a test adds. */
function probeEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...extra }
}

describe('installed stack', () => {
  test('names the common ML packages by their distribution names, in a stable order', () => {
    const stack = installedStack([
      { name: 'pandas', version: '2.2.2' },
      { name: 'scikit_learn', version: '1.5.2' },
      { name: 'requests', version: '2.32.0' },
      { name: 'numpy', version: '2.0.1' },
      { name: 'pytorch-lightning', version: '2.3.0' },
      { name: 'jaxlib', version: '0.4.30' }
    ])
    expect(stack).toEqual([
      { label: 'jaxlib', version: '0.4.30' },
      { label: 'lightning', version: '2.3.0' },
      { label: 'scikit-learn', version: '1.5.2' },
      { label: 'numpy', version: '2.0.1' },
      { label: 'pandas', version: '2.2.2' }
    ])
  })
})

describe('numpy BLAS', () => {
  test('the real interpreter: the library, its kernels and threads, without importing numpy', async () => {
    const script = `${PYTHON_PROBE_SCRIPT}\nout({"kind": "modules", "numpy": "numpy" in sys.modules})\n`
    const result = await execProbe('python3', ['-c', script], {
      env: probeEnv({ OPENBLAS_NUM_THREADS: '1' }),
      timeoutMs: 20000,
      cwd: workdir()
    })
    expect(result.ok).toBe(true)
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; numpy?: boolean })
    expect(lines.at(-1)).toEqual({ kind: 'modules', numpy: false })
    const { info } = parsePythonProbe(result.stdout, probeEnv({ OPENBLAS_NUM_THREADS: '1' }))
    // numpy's wheels on PyPI bundle OpenBLAS; the loaded library honours OPENBLAS_NUM_THREADS (up to the core count).
    expect(info.blas).toMatchObject({ library: 'OpenBLAS', threads: '1', threading: 'pthreads' })
    expect(info.blas?.coreType).toMatch(/^[A-Za-z0-9]+$/)
    expect(info.blas?.version).toMatch(/^\d+\.\d+/)
  })

  test('MKL from the build configuration, threads from the environment', () => {
    const blas = interpretBlas({ kind: 'blas', name: 'mkl-sdl', version: '2023.1' }, { MKL_NUM_THREADS: '4', OMP_NUM_THREADS: '8' })
    expect(blas).toEqual({
      library: 'MKL',
      distribution: 'mkl-sdl',
      version: '2023.1',
      build: null,
      threading: 'intel (default)',
      threads: '4 (MKL_NUM_THREADS)',
      coreType: null
    })
    expect(describeBlas(blas!)).toBe('MKL 2023.1 · intel (default) · 4 (MKL_NUM_THREADS) threads')
  })

  test('OpenBLAS known only from its build: the forced core type from the environment', () => {
    const blas = interpretBlas(
      { kind: 'blas', name: 'scipy-openblas', version: '0.3.27', config: 'OpenBLAS 0.3.27 USE_OPENMP DYNAMIC_ARCH' },
      { OPENBLAS_CORETYPE: 'Haswell' }
    )
    expect(blas).toMatchObject({
      library: 'OpenBLAS',
      threading: 'OpenMP',
      threads: 'library default',
      coreType: 'Haswell (OPENBLAS_CORETYPE)'
    })
  })
})

describe('pins against what is installed', () => {
  test('another version and a missing package are mismatches; equal versions in another spelling are not', () => {
    const installed = [
      { name: 'torch', version: '1.13.0a0+gitunknown' },
      { name: 'NumPy', version: '2.0' },
      { name: 'scikit_learn', version: '1.5.2' }
    ]
    const pins = [
      { name: 'torch', version: '1.13.0' },
      { name: 'numpy', version: '2.0.0' },
      { name: 'scikit-learn', version: '1.5.2' },
      { name: 'tqdm', version: '4.66.1' }
    ]
    expect(checkAgainstInstalled('pip', pins, installed)).toEqual([
      { name: 'torch', pinned: '1.13.0', installed: '1.13.0a0+gitunknown' },
      { name: 'tqdm', pinned: '4.66.1', installed: null }
    ])
    // A lock of every platform lists packages this one never installs: only version differences count.
    expect(checkAgainstInstalled('poetry', pins, installed)).toEqual([
      { name: 'torch', pinned: '1.13.0', installed: '1.13.0a0+gitunknown' }
    ])
    expect(checkAgainstInstalled('npm', pins, installed)).toEqual([])
    expect(sameVersion('1.0', '1.0.0')).toBe(true)
    expect(sameVersion('1.0rc1', '1.0')).toBe(false)
  })
})

describe('an sklearn experiment end to end through the snapshot and the comment', () => {
  test('the comment names scikit-learn and the BLAS, and flags the pin that differs', async () => {
    const site = fakeSitePackages({ 'scikit-learn': '1.5.2', scipy: '1.14.1', joblib: '1.4.2' })
    const wd = workdir({ 'requirements.txt': 'scikit-learn==1.5.2\nscipy==1.13.0\njoblib>=1.0\n' })
    const env = probeEnv({ PYTHONPATH: site })
    const snapshot = await captureEnvironment({
      workingDirectory: wd,
      python: 'python3',
      images: [],
      lockfiles: [],
      data: [],
      env
    })
    const python = snapshot.environment.toolchains.python
    expect(python.status).toBe('ok')
    const lock = snapshot.lockfiles.find((l) => l.path === 'requirements.txt')
    expect(lock).toMatchObject({ packageCount: 2, unpinned: [{ name: 'joblib', spec: '>=1.0' }] })
    expect(lock?.installedMismatches).toEqual([{ name: 'scipy', pinned: '1.13.0', installed: '1.14.1' }])
    expect(snapshot.environment.warnings).toContain(
      'requirements.txt: 1 pin not what python3 has installed: scipy pinned 1.13.0, installed 1.14.1'
    )
    expect(snapshot.environment.fingerprintParts['python.blas']).toMatch(/^OpenBLAS /)

    const base = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/reports/reproducible.json'), 'utf8')) as Report
    const report: Report = { ...base, environment: snapshot.environment, lockfiles: snapshot.lockfiles }
    const comment = renderMarkdown(report, { target: 'comment' })
    expect(comment).toMatch(/\| frameworks \| [^\n]*scikit-learn 1\.5\.2 · numpy [\d.]+ · scipy 1\.14\.1/)
    expect(comment).toMatch(/\| BLAS \(numpy\) \| OpenBLAS [\d.]+ · \w+ kernels · pthreads · \d+ threads? \|/)
    expect(comment).toContain('| requirements.txt | pip | 2 pinned · 1 unpinned |')
    expect(comment).toContain('⚠️ 1 not as installed: scipy pinned 1.13.0, installed 1.14.1')
  })
})

test('capturePython records the BLAS in its result', async () => {
  const { python } = await capturePython('python3', workdir(), probeEnv(), 20000, 3000)
  expect(python.status === 'ok' && python.blas?.library).toBe('OpenBLAS')
})
