import { describe, expect, test } from '@jest/globals'
import { Ajv } from 'ajv'
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { captureEnvironment, unpinnedWarning, type SnapshotOptions } from '../../src/snapshot/index.js'
import { environmentSchema } from '../../src/snapshot/types.js'
import { lockfilesSchema } from '../../src/snapshot/lockfiles/types.js'
import { fingerprintOf, MAX_DATA_PARTS } from '../../src/snapshot/fingerprint.js'
import { fpFlags } from '../../src/snapshot/hardware.js'
import { captureMathEnv, MATH_ENV_NAMES } from '../../src/snapshot/runner.js'
import { envWithPath, fakeRoot, stubTools, workdir } from './helpers.js'

const GITHUB_ENV = {
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  RUNNER_NAME: 'GitHub Actions 17',
  RUNNER_ENVIRONMENT: 'github-hosted',
  ImageOS: 'ubuntu24',
  ImageVersion: '20240922.1.0',
  GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_WORKFLOW_REF: 'octo/repo/.github/workflows/repro.yml@refs/pull/7/merge',
  GITHUB_RUN_ID: '1658821493',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_EVENT_NAME: 'pull_request'
}

function options(overrides: Partial<SnapshotOptions> = {}): SnapshotOptions {
  return {
    workingDirectory: workdir(),
    python: 'python3',
    images: [],
    lockfiles: [],
    data: [],
    env: envWithPath([]),
    root: fakeRoot('host'),
    // Nothing here hangs: deadlines far above a busy machine's slowest probe, so a loaded CI
    // runner records the same sections as a quiet one (the deadlines have their own tests).
    timeouts: { probeMs: 20_000, pythonMs: 30_000 },
    ...overrides
  }
}

function validator(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true })
  ajv.addSchema(environmentSchema).addSchema(lockfilesSchema)
  return ajv
}

describe('captureEnvironment on this machine', () => {
  const wd = workdir({
    'requirements.txt': 'numpy>=1.2\npandas\nscikit-learn==1.5.1\ntorch~=2.3\n',
    'data/train.csv': 'x,y\n1,2\n',
    'data/test.csv': 'x,y\n3,4\n',
    'data/notes.txt': 'not data'
  })
  const imageData = JSON.stringify({ imageVersion: '20240922.1.0' })
  const root = fakeRoot('host')
  writeImageData(root, imageData)
  const env = {
    ...envWithPath([], GITHUB_ENV),
    OMP_NUM_THREADS: '1',
    MKL_CBWR: 'AUTO',
    REPRO_GATE_PLANTED_SECRET: 'must-never-appear-in-the-report',
    OMP_PROC_BIND: 'an-unrelated-variable-value',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
  }

  const capture = (): ReturnType<typeof captureEnvironment> =>
    captureEnvironment(options({ workingDirectory: wd, env, root, data: ['data/*.csv', 'missing/**/*.parquet'] }))

  test('captures every section, valid against the published schemas', async () => {
    const snap = await capture()
    const e = snap.environment
    const ajv = validator()
    const validEnv = ajv.validate(environmentSchema.$id, e)
    expect(ajv.errors ?? []).toEqual([])
    expect(validEnv).toBe(true)
    expect(ajv.validate(lockfilesSchema.$id, snap.lockfiles)).toBe(true)
    expect(ajv.errors ?? []).toEqual([])

    expect(e.hardware).toMatchObject({ status: 'ok', cpu: { logicalCores: expect.any(Number) } })
    expect(e.os).toMatchObject({ status: 'ok', platform: process.platform, arch: process.arch })
    expect(e.gpu.status).toBe('ok')
    expect(e.toolchains.node).toBe(process.version)
    expect(e.toolchains.python).toMatchObject({ status: 'ok', interpreter: 'python3' })
    expect(e.runner).toEqual({
      os: 'Linux',
      arch: 'X64',
      name: 'GitHub Actions 17',
      environment: 'github-hosted',
      imageOS: 'ubuntu24',
      imageVersion: '20240922.1.0',
      imageDataSha256: createHash('sha256').update(imageData).digest('hex'),
      sha: GITHUB_ENV.GITHUB_SHA,
      ref: GITHUB_ENV.GITHUB_REF,
      workflowRef: GITHUB_ENV.GITHUB_WORKFLOW_REF,
      runId: '1658821493',
      runAttempt: '1',
      eventName: 'pull_request'
    })
    expect(e.container).toMatchObject({ status: 'ok', inContainer: false, images: [] })
    expect(e.data).toEqual([
      { path: 'data/test.csv', sha256: createHash('sha256').update('x,y\n3,4\n').digest('hex'), bytes: 8 },
      { path: 'data/train.csv', sha256: createHash('sha256').update('x,y\n1,2\n').digest('hex'), bytes: 8 }
    ])
    expect(e.mathEnv).toEqual({ OMP_NUM_THREADS: '1', MKL_CBWR: 'AUTO' })
    expect(snap.lockfiles.map((l) => l.path)).toEqual(['requirements.txt'])
    expect(e.warnings).toContainEqual(`data: "missing/**/*.parquet" matched no files in ${wd}`)
    expect(e.warnings).toContainEqual(
      expect.stringMatching(/^requirements\.txt: 3 unpinned dependencies \(numpy>=1\.2, pandas, torch~=2\.3\) — a reproducibility risk$/)
    )
    expect(e.captureMs).toBeGreaterThan(0)
    expect(e.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(e.fingerprint).toBe(fingerprintOf(e.fingerprintParts))

    // The schema is strict: an unknown field or a malformed digest is rejected.
    expect(ajv.validate(environmentSchema.$id, { ...e, extra: 1 })).toBe(false)
    const badImage = {
      ...e,
      container: {
        status: 'ok',
        inContainer: false,
        detectedBy: null,
        containerId: null,
        jobImage: null,
        images: [{ reference: 'x', digest: 'x@md5:1', reason: null }]
      }
    }
    expect(ajv.validate(environmentSchema.$id, badImage)).toBe(false)
    expect(ajv.validate(lockfilesSchema.$id, [{ ...snap.lockfiles[0], packages: [{ name: 'x' }] }])).toBe(false)
  })

  test('nothing outside the allow-list leaks from the environment', async () => {
    const json = JSON.stringify(await capture())
    expect(json).not.toContain('must-never-appear-in-the-report')
    expect(json).not.toContain('wJalrXUtnFEMI')
    expect(json).not.toContain('an-unrelated-variable-value')
  })

  test('two captures on the same machine give the same fingerprint; run ids and times are not in it', async () => {
    const first = (await capture()).environment
    const again = (
      await captureEnvironment(
        options({
          workingDirectory: wd,
          root,
          data: ['data/*.csv', 'missing/**/*.parquet'],
          env: { ...env, GITHUB_RUN_ID: '99', GITHUB_RUN_ATTEMPT: '3', GITHUB_SHA: 'another', RUNNER_NAME: 'another runner' }
        })
      )
    ).environment
    expect(again.fingerprintParts).toEqual(first.fingerprintParts)
    expect(again.fingerprint).toBe(first.fingerprint)
    const keys = Object.keys(first.fingerprintParts)
    expect(keys).toEqual(
      expect.arrayContaining([
        'cpu.model',
        'cpu.flags',
        'os.distro',
        'os.kernel',
        'runner.image',
        'runner.imageData',
        'lockfile:requirements.txt',
        'data:data/train.csv',
        'python.version',
        'python.packages',
        'node.version',
        'mathEnv'
      ])
    )
    const values = Object.values(first.fingerprintParts).join('\n')
    for (const volatile of ['1658821493', GITHUB_ENV.GITHUB_SHA, 'GitHub Actions 17', first.capturedAt])
      expect(values).not.toContain(volatile)
  })

  test('what changes results changes the fingerprint', async () => {
    const base = (await capture()).environment
    const moreThreads = (
      await captureEnvironment(options({ workingDirectory: wd, root, env: { ...env, OMP_NUM_THREADS: '8' }, data: ['data/*.csv'] }))
    ).environment
    expect(moreThreads.fingerprint).not.toBe(base.fingerprint)
    expect(moreThreads.fingerprintParts.mathEnv).toBe('MKL_CBWR=AUTO OMP_NUM_THREADS=8')
  })
})

describe('captureEnvironment never throws', () => {
  test('a working directory that does not exist, a broken PATH, bad globs', async () => {
    const snap = await captureEnvironment(
      options({
        workingDirectory: '/nonexistent/repro-gate/wd',
        python: 'no-such-python',
        images: ['a:1'],
        lockfiles: ['**/*.lock'],
        data: ['*.csv'],
        env: { PATH: stubTools({}) }
      })
    )
    const e = snap.environment
    expect(e.toolchains.python).toEqual({
      status: 'unavailable',
      reason: 'no-such-python: cannot run in /nonexistent/repro-gate/wd: no such directory'
    })
    expect(e.container).toMatchObject({ status: 'ok', images: [{ reference: 'a:1', digest: null, reason: 'docker: not found on PATH' }] })
    expect(e.fingerprintParts.python).toBe('unavailable')
    expect(e.warnings).toEqual(
      expect.arrayContaining([
        'python probe unavailable: no-such-python: cannot run in /nonexistent/repro-gate/wd: no such directory',
        'image a:1: not resolved to a digest: docker: not found on PATH'
      ])
    )
    const ajv = validator()
    expect(ajv.validate(environmentSchema.$id, e)).toBe(true)
  })

  test('lockfile globs: explicit globs are expanded, and a glob matching nothing is a warning', async () => {
    const wd = workdir({ 'env/requirements-lock.txt': 'numpy==2.0.0\n', 'pyproject.toml': '[project]\nname="x"\n' })
    const snap = await captureEnvironment(options({ workingDirectory: wd, python: 'no-such-python', lockfiles: ['env/*.txt'] }))
    expect(snap.lockfiles.map((l) => [l.path, l.packageCount])).toEqual([['env/requirements-lock.txt', 1]])
    const none = await captureEnvironment(options({ workingDirectory: wd, python: 'no-such-python', lockfiles: ['nope/*.lock'] }))
    expect(none.environment.warnings).toContainEqual('lockfiles: "nope/*.lock" matched no files')
  })
})

describe('pieces', () => {
  test('mathEnv takes only allow-listed names', () => {
    expect(MATH_ENV_NAMES).toEqual(
      expect.arrayContaining([
        'OMP_NUM_THREADS',
        'MKL_NUM_THREADS',
        'OPENBLAS_NUM_THREADS',
        'MKL_CBWR',
        'VECLIB_MAXIMUM_THREADS',
        'NUMEXPR_NUM_THREADS',
        'OPENBLAS_CORETYPE'
      ])
    )
    expect(captureMathEnv({ OMP_NUM_THREADS: '4', OPENBLAS_CORETYPE: 'Haswell', OMP_PROC_BIND: 'true', PATH: '/bin' })).toEqual({
      OMP_NUM_THREADS: '4',
      OPENBLAS_CORETYPE: 'Haswell'
    })
  })

  test('unpinned warning wording', () => {
    const lock = { path: 'requirements.txt', format: 'pip', sha256: '', bytes: 0, packageCount: 0, packages: [], unpinned: [] }
    expect(unpinnedWarning(lock)).toBeNull()
    expect(unpinnedWarning({ ...lock, unpinned: [{ name: 'numpy', spec: '>=1.2' }] })).toBe(
      'requirements.txt: 1 unpinned dependency (numpy>=1.2) — a reproducibility risk'
    )
    const many = Array.from({ length: 7 }, (_, i) => ({ name: `p${i}`, spec: '' }))
    expect(unpinnedWarning({ ...lock, unpinned: many })).toBe(
      'requirements.txt: 7 unpinned dependencies (p0, p1, p2, p3, p4, …) — a reproducibility risk'
    )
  })

  test('only floating-point-relevant CPU flags are kept', () => {
    expect(fpFlags('fpu vme sse sse2 ssse3 sse4_1 sse4_2 avx f16c fma avx2 avx512f avx512bw hypervisor aes')).toEqual([
      'avx',
      'avx2',
      'avx512bw',
      'avx512f',
      'f16c',
      'fma',
      'sse2',
      'sse4_1',
      'sse4_2',
      'ssse3'
    ])
    expect(fpFlags('fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp sve')).toEqual(['asimd', 'asimdhp', 'fphp', 'sve'])
  })

  test('many data files make one fingerprint part', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < MAX_DATA_PARTS + 1; i++) files[`d/${String(i).padStart(3, '0')}.bin`] = String(i)
    const snap = await captureEnvironment(options({ workingDirectory: workdir(files), python: 'no-such-python', data: ['d/*.bin'] }))
    expect(snap.environment.data).toHaveLength(MAX_DATA_PARTS + 1)
    expect(Object.keys(snap.environment.fingerprintParts).filter((k) => k.startsWith('data'))).toEqual(['data'])
  })

  test('fingerprintOf does not depend on key order', () => {
    expect(fingerprintOf({ a: '1', b: '2' })).toBe(fingerprintOf({ b: '2', a: '1' }))
    expect(fingerprintOf({ a: '1', b: '2' })).not.toBe(fingerprintOf({ a: '1', b: '3' }))
  })
})

function writeImageData(root: string, content: string): void {
  mkdirSync(path.join(root, 'imagegeneration'), { recursive: true })
  writeFileSync(path.join(root, 'imagegeneration/imagedata.json'), content)
}
