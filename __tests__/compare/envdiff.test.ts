import { describe, expect, test } from '@jest/globals'
import { diffEnvironments, type EnvChange } from '../../src/compare/envdiff.js'
import { renderEnvChanges } from '../../src/report/render/sections/changes.js'
import { makeEnvironment, makeLockfile, makeReport } from '../fixtures/baseline/reports.js'

describe('diffEnvironments', () => {
  test('identical reports have no changes', () => {
    expect(diffEnvironments(makeReport(), makeReport())).toEqual([])
  })

  test('a package version change, an added and a removed package, per lockfile', () => {
    const a = makeReport({
      lockfiles: [
        makeLockfile('requirements.txt', [
          ['numpy', '1.26.4'],
          ['scipy', '1.13.0'],
          ['torch', '2.3.0']
        ])
      ]
    })
    const b = makeReport({
      lockfiles: [
        makeLockfile('requirements.txt', [
          ['numpy', '2.0.0'],
          ['pandas', '2.2.2'],
          ['torch', '2.3.0']
        ])
      ]
    })
    expect(diffEnvironments(a, b)).toEqual([
      { category: 'package', subject: 'numpy', before: '1.26.4', after: '2.0.0', detail: 'requirements.txt' },
      { category: 'package', subject: 'pandas', before: null, after: '2.2.2', detail: 'requirements.txt' },
      { category: 'package', subject: 'scipy', before: '1.13.0', after: null, detail: 'requirements.txt' }
    ])
    expect(renderEnvChanges(diffEnvironments(a, b))).toContain('package **numpy**: 1.26.4 → 2.0.0 (requirements.txt)')
  })

  test('lockfiles added and removed, and a dependency that lost its pin', () => {
    const a = makeReport({ lockfiles: [makeLockfile('requirements.txt', [['numpy', '1.26.4']]), makeLockfile('old.lock', [['x', '1']])] })
    const b = makeReport({
      lockfiles: [makeLockfile('requirements.txt', [], [['numpy', '>=1.26']]), makeLockfile('uv.lock', [['y', '2']])]
    })
    const changes = diffEnvironments(a, b)
    expect(changes).toContainEqual({
      category: 'unpinned',
      subject: 'numpy',
      before: '1.26.4',
      after: 'unpinned >=1.26',
      detail: 'requirements.txt'
    })
    expect(changes).toContainEqual({ category: 'lockfile', subject: 'old.lock', before: '1 packages', after: null })
    expect(changes).toContainEqual({ category: 'lockfile', subject: 'uv.lock', before: null, after: '1 packages' })
    // lockfiles before unpinned, both after packages
    expect(changes.map((c) => c.category)).toEqual(['lockfile', 'lockfile', 'unpinned'])
  })

  test('the likeliest causes come first: packages, then GPU driver, container digest, kernel, seeds, data, commit', () => {
    const env = makeEnvironment()
    const a = makeReport()
    const b = makeReport({
      sha: 'b'.repeat(40),
      lockfiles: [
        makeLockfile('requirements.txt', [
          ['numpy', '2.0.0'],
          ['torch', '2.3.0']
        ])
      ],
      seeds: { set: { PYTHONHASHSEED: '7', REPRO_SEED: '42' }, keptFromUser: {} },
      environment: makeEnvironment({
        gpu: {
          status: 'ok',
          devices: [{ name: 'NVIDIA A10G', memoryMiB: 23028, driverVersion: '555.42.02' }],
          driverVersion: '555.42.02',
          cudaDriverVersion: '12.5',
          cudaToolkitVersion: '12.4'
        },
        container: {
          ...(env.container as object),
          status: 'ok',
          inContainer: false,
          detectedBy: null,
          containerId: null,
          jobImage: null,
          images: [{ reference: 'pytorch/pytorch:2.3.0', digest: `pytorch/pytorch@sha256:${'b'.repeat(64)}`, reason: null }]
        },
        os: { status: 'ok', platform: 'linux', distro: 'Ubuntu', release: '24.04', kernel: '6.8.0-1030-azure', arch: 'x64' },
        data: [{ path: 'data/train.csv', sha256: 'c'.repeat(64), bytes: 101 }],
        mathEnv: { OMP_NUM_THREADS: '1' }
      })
    })
    const changes = diffEnvironments(a, b)
    const pick = (c: EnvChange): string => `${c.category}:${c.subject}`
    expect(changes.map(pick)).toEqual([
      'package:numpy',
      'gpu:GPU driver',
      'gpu:CUDA (driver)',
      'container:pytorch/pytorch:2.3.0',
      'os:kernel',
      'seed:PYTHONHASHSEED',
      'math-env:OMP_NUM_THREADS',
      'data:data/train.csv',
      'commit:commit'
    ])
    expect(changes.find((c) => c.subject === 'GPU driver')).toEqual({
      category: 'gpu',
      subject: 'GPU driver',
      before: '550.54.15',
      after: '555.42.02'
    })
    expect(changes.find((c) => c.category === 'container')).toMatchObject({
      before: `pytorch/pytorch@sha256:${'a'.repeat(64)}`,
      after: `pytorch/pytorch@sha256:${'b'.repeat(64)}`
    })
    expect(changes.at(-1)).toEqual({
      category: 'commit',
      subject: 'commit',
      before: 'a'.repeat(40),
      after: 'b'.repeat(40),
      detail: 'aaaaaaaaaaaa..bbbbbbbbbbbb'
    })
  })

  test('python distributions, frameworks, runner image and CPU flags', () => {
    const base = makeEnvironment()
    const py = base.toolchains.python
    if (py.status !== 'ok') throw new Error('fixture')
    const b = makeReport({
      environment: makeEnvironment({
        toolchains: {
          node: 'v20.11.0',
          python: {
            ...py,
            distributions: [
              { name: 'NumPy', version: '2.0.0' },
              { name: 'torch', version: '2.3.0' }
            ],
            frameworks: { torch: { version: '2.3.0', cuda: '12.4', cudnn: '8902' }, numpy: { version: '2.0.0' } }
          }
        },
        runner: { ...base.runner, imageVersion: '20260201.2.0' },
        hardware: {
          status: 'ok',
          cpu: { vendor: 'AuthenticAMD', model: 'EPYC 7763', physicalCores: 2, logicalCores: 4, flags: ['avx', 'avx2'] },
          memoryBytes: 16e9,
          virtualization: null
        }
      })
    })
    const changes = diffEnvironments(makeReport(), b)
    expect(changes).toContainEqual({
      category: 'python-package',
      subject: 'numpy',
      before: '1.26.4',
      after: '2.0.0',
      detail: 'installed in /usr/bin/python3'
    })
    expect(changes).toContainEqual({ category: 'framework', subject: 'torch CUDA build', before: '12.1', after: '12.4' })
    expect(changes).toContainEqual({ category: 'runner', subject: 'runner image version', before: '20260101.1.0', after: '20260201.2.0' })
    expect(changes).toContainEqual({ category: 'cpu', subject: 'CPU', before: 'GenuineIntel Xeon 8375C', after: 'AuthenticAMD EPYC 7763' })
    expect(changes).toContainEqual(expect.objectContaining({ category: 'cpu', subject: 'CPU flags', detail: 'lost fma' }))
  })

  test('a CPU model that names its vendor is not prefixed with it again', () => {
    const cpu = (vendor: string, model: string) =>
      makeEnvironment({
        hardware: {
          status: 'ok',
          cpu: { vendor, model, physicalCores: 2, logicalCores: 4, flags: ['avx', 'avx2', 'fma'] },
          memoryBytes: 16e9,
          virtualization: null
        }
      })
    const changes = diffEnvironments(
      makeReport({ environment: cpu('AMD', 'AMD EPYC 7763') }),
      makeReport({ environment: cpu('Intel', 'Intel Xeon Platinum 8480+') })
    )
    expect(changes).toEqual([{ category: 'cpu', subject: 'CPU', before: 'AMD EPYC 7763', after: 'Intel Xeon Platinum 8480+' }])
  })

  test('a probe that failed on one side is one change, not one per field', () => {
    const b = makeReport({ environment: makeEnvironment({ gpu: { status: 'unavailable', reason: 'nvidia-smi not found' } }) })
    expect(diffEnvironments(makeReport(), b)).toEqual([
      { category: 'gpu', subject: 'GPU probe', before: 'captured', after: 'unavailable (nvidia-smi not found)' }
    ])
  })

  test('a fingerprint that differs for a reason no category names shows its differing parts', () => {
    const b = makeReport({
      environment: makeEnvironment({ fingerprint: 'c'.repeat(64), fingerprintParts: { 'cpu.model': 'x', 'future.part': 'new' } })
    })
    const a = makeReport({ environment: makeEnvironment({ fingerprintParts: { 'cpu.model': 'x', 'future.part': 'old' } }) })
    expect(diffEnvironments(a, b)).toEqual([
      { category: 'snapshot', subject: 'future.part', before: 'old', after: 'new', detail: 'fingerprint part' }
    ])
  })

  test('one side without a snapshot', () => {
    const b = makeReport({ environment: undefined, lockfiles: undefined })
    const changes = diffEnvironments(makeReport(), b)
    expect(changes.map((c) => c.category)).toEqual(['snapshot'])
  })
})

describe('renderEnvChanges', () => {
  test('escapes untrusted strings: pipes, HTML, mentions, backticks', () => {
    const md = renderEnvChanges([{ category: 'package', subject: '@evil|`x`<img src=x>', before: '1', after: '2', detail: '<script>' }])
    expect(md).not.toContain('<img')
    expect(md).not.toContain('<script>')
    expect(md).not.toMatch(/[^\\]\|/)
    expect(md).not.toMatch(/[^\\]`/)
    expect(md).toContain('@\u200B')
  })

  test('empty is empty; long lists are cut with a count', () => {
    expect(renderEnvChanges([])).toBe('')
    const many: EnvChange[] = Array.from({ length: 5 }, (_, i) => ({ category: 'data', subject: `f${i}`, before: null, after: 'x' }))
    const md = renderEnvChanges(many, { max: 2 })
    expect(md.trim().split('\n')).toHaveLength(3)
    expect(md).toContain('and 3 more')
  })

  test("each category is capped so another machine's 200 python packages do not hide its GPU", () => {
    const changes: EnvChange[] = [
      ...Array.from({ length: 25 }, (_, i): EnvChange => ({ category: 'python-package', subject: `p${i}`, before: null, after: '1' })),
      { category: 'gpu', subject: 'GPU', before: 'none', after: 'NVIDIA H100 80GB HBM3' },
      { category: 'gpu', subject: 'GPU driver', before: null, after: '580.159.04' }
    ]
    const lines = renderEnvChanges(changes, { target: 'terminal' }).trim().split('\n')
    expect(lines).toHaveLength(13)
    expect(lines[10]).toBe('- … and 15 more python package changes')
    expect(lines[11]).toBe('- GPU: none → NVIDIA H100 80GB HBM3')
    expect(lines[12]).toBe('- GPU GPU driver: added 580.159.04')
  })

  test('a commit change shows short hashes', () => {
    expect(
      renderEnvChanges([{ category: 'commit', subject: 'commit', before: 'a'.repeat(40), after: 'b'.repeat(40), detail: 'x..y' }])
    ).toBe('- **commit**: aaaaaaaaaaaa → bbbbbbbbbbbb\n')
  })

  test('terminal output has no Markdown emphasis', () => {
    expect(renderEnvChanges([{ category: 'gpu', subject: 'GPU driver', before: '550', after: '555' }], { target: 'terminal' })).toBe(
      '- GPU GPU driver: 550 → 555\n'
    )
  })
})
