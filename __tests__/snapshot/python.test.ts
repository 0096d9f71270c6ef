import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { captureConda, capturePython, formatCudnn, parsePythonProbe } from '../../src/snapshot/python.js'
import { envWithPath, FIXTURES, isolatedEnv, stubTools, workdir } from './helpers.js'

describe('capturePython with the real interpreter', () => {
  test('python3 (which has numpy here): version, executable, distributions from the metadata folders', async () => {
    const { python, warnings } = await capturePython('python3', workdir(), envWithPath([]), 10000, 3000)
    expect(warnings).toEqual([])
    expect(python.status).toBe('ok')
    if (python.status !== 'ok') return
    expect(python.interpreter).toBe('python3')
    expect(python.version).toMatch(/^3\.\d+\.\d+/)
    expect(path.isAbsolute(python.executable)).toBe(true)
    const numpy = python.distributions.find((d) => d.name.toLowerCase() === 'numpy')
    expect(numpy?.version).toMatch(/^\d+\.\d+/)
    expect(python.frameworks.numpy).toEqual({ version: numpy?.version })
    // Sorted case-insensitively, no duplicates.
    const names = python.distributions.map((d) => d.name.toLowerCase())
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names)
    expect(new Set(names).size).toBe(names.length)
  })

  test('a virtualenv without pip: its .dist-info and .egg-info entries, headers only, each name once', async () => {
    const wd = workdir()
    const venv = path.join(wd, 'venv')
    execFileSync('python3', ['-m', 'venv', '--without-pip', venv])
    const site = execFileSync(path.join(venv, 'bin', 'python'), ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], {
      encoding: 'utf8'
    }).trim()
    mkdirSync(path.join(site, 'tiny_lib-1.2.3.dist-info'), { recursive: true })
    writeFileSync(
      path.join(site, 'tiny_lib-1.2.3.dist-info', 'METADATA'),
      'Metadata-Version: 2.1\nName: tiny_lib\nVersion: 1.2.3\n\nA long description\nName: not-this\n'
    )
    writeFileSync(path.join(site, 'old_egg-0.9-py3.egg-info'), 'Metadata-Version: 1.0\nName: old-egg\nVersion: 0.9\n')
    mkdirSync(path.join(site, 'numpy-0.0.1.dist-info'))
    writeFileSync(path.join(site, 'numpy-0.0.1.dist-info', 'METADATA'), 'Name: numpy\nVersion: 0.0.1\n')
    const { python } = await capturePython(path.join(venv, 'bin', 'python'), wd, envWithPath([]), 10000, 3000)
    expect(python.status).toBe('ok')
    if (python.status !== 'ok') return
    expect(python.distributions).toEqual(
      expect.arrayContaining([
        { name: 'tiny_lib', version: '1.2.3' },
        { name: 'old-egg', version: '0.9' },
        { name: 'numpy', version: '0.0.1' }
      ])
    )
    expect(python.distributions.filter((d) => d.name === 'numpy')).toHaveLength(1)
  })

  test('a project file named like a standard module does not break the probe', async () => {
    const { python } = await capturePython(
      'python3',
      workdir({ 'json.py': 'raise SystemExit("shadowed")\n' }),
      envWithPath([]),
      10000,
      3000
    )
    expect(python.status).toBe('ok')
  })

  test('a relative interpreter path resolves against the working directory', async () => {
    const wd = workdir()
    mkdirSync(path.join(wd, '.venv/bin'), { recursive: true })
    const stub = stubTools({ python: 'exec python3 "$@"' })
    const link = path.join(wd, '.venv/bin/python')
    writeFileSync(link, `#!/usr/bin/env bash\nexec "${path.join(stub, 'python')}" "$@"\n`, { mode: 0o755 })
    const { python } = await capturePython('.venv/bin/python', wd, envWithPath([]), 10000, 3000)
    expect(python).toMatchObject({ status: 'ok', interpreter: '.venv/bin/python' })
  })
})

describe('torch without importing it when it can be helped', () => {
  /** A fake torch package on PYTHONPATH; importing it fails loudly unless `importable`. */
  function fakeTorch(cuda: string | null, options: { cudnnWheel?: string; importable?: boolean } = {}): string {
    const files: Record<string, string> = {
      'torch/version.py': `__version__ = '2.3.1${cuda ? '+cu121' : '+cpu'}'\ncuda = ${cuda ? `'${cuda}'` : 'None'}\nhip = None\n`,
      'torch/__init__.py': options.importable
        ? 'from . import version\n__version__ = version.__version__\nclass _cudnn:\n    @staticmethod\n    def version():\n        return 8902\nclass backends:\n    cudnn = _cudnn\n'
        : 'raise RuntimeError("the probe imported torch")\n'
    }
    if (options.cudnnWheel) {
      files[`nvidia_cudnn_cu12-${options.cudnnWheel}.dist-info/METADATA`] =
        `Metadata-Version: 2.1\nName: nvidia-cudnn-cu12\nVersion: ${options.cudnnWheel}\n`
    }
    return workdir(files)
  }
  const probe = (site: string): ReturnType<typeof capturePython> =>
    capturePython('python3', workdir(), { ...envWithPath([]), PYTHONPATH: site }, 10000, 1000)

  test('a CPU build: version from version.py, no cuDNN, no import', async () => {
    const { python, warnings } = await probe(fakeTorch(null))
    expect(warnings).toEqual([])
    expect(python).toMatchObject({ status: 'ok', frameworks: { torch: { version: '2.3.1+cpu', cuda: null, cudnn: null } } })
  })

  test('a CUDA build with the nvidia-cudnn wheel: cuDNN from the wheel, no import', async () => {
    const { python, warnings } = await probe(fakeTorch('12.1', { cudnnWheel: '8.9.2.26' }))
    expect(warnings).toEqual([])
    expect(python).toMatchObject({ status: 'ok', frameworks: { torch: { version: '2.3.1+cu121', cuda: '12.1', cudnn: '8.9.2' } } })
  })

  test('a CUDA build without the wheel: torch is imported for cuDNN', async () => {
    const { python, warnings } = await probe(fakeTorch('12.1', { importable: true }))
    expect(warnings).toEqual([])
    expect(python).toMatchObject({ status: 'ok', frameworks: { torch: { version: '2.3.1+cu121', cuda: '12.1', cudnn: '8.9.2' } } })
    const broken = await probe(fakeTorch('12.1'))
    expect(broken.warnings).toEqual(['python: importing torch failed: the probe imported torch'])
    expect(broken.python).toMatchObject({ status: 'ok', frameworks: { torch: { version: '2.3.1+cu121', cuda: '12.1', cudnn: null } } })
  })
})

describe('capturePython failures are reasons', () => {
  test('no such interpreter', async () => {
    const { python } = await capturePython('no-such-python', workdir(), envWithPath([]), 5000, 1000)
    expect(python).toEqual({ status: 'unavailable', reason: 'no-such-python: not found on PATH' })
  })

  test('python3 missing from PATH', async () => {
    const { python } = await capturePython('python3', workdir(), { PATH: stubTools({}) }, 5000, 1000)
    expect(python).toEqual({ status: 'unavailable', reason: 'python3: not found on PATH' })
  })

  test('an interpreter that prints something else', async () => {
    const dir = stubTools({ python3: 'echo "Python 2.7.18"' })
    const { python } = await capturePython('python3', workdir(), isolatedEnv([dir]), 5000, 1000)
    expect(python).toEqual({ status: 'unavailable', reason: 'python3: unparseable output "Python 2.7.18"' })
  })

  test('an interpreter that crashes', async () => {
    const dir = stubTools({ python3: 'echo "Fatal Python error: init_fs_encoding" >&2; exit 1' })
    const { python } = await capturePython('python3', workdir(), isolatedEnv([dir]), 5000, 1000)
    expect(python).toEqual({ status: 'unavailable', reason: 'python3 -c: exited with code 1: Fatal Python error: init_fs_encoding' })
  })

  test('an interpreter that hangs before printing anything', async () => {
    const dir = stubTools({ python3: 'sleep 60' })
    const started = Date.now()
    const { python } = await capturePython('python3', workdir(), isolatedEnv([dir]), 500, 1000)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(python).toEqual({ status: 'unavailable', reason: 'python3 -c: timed out after 500 ms (killed)' })
  })

  test('a probe cut short while importing torch keeps what it printed', async () => {
    const base = JSON.stringify({ kind: 'base', version: '3.12.3', executable: '/opt/py/bin/python3', distributions: [['torch', '2.3.1']] })
    const torch = JSON.stringify({ kind: 'framework', name: 'torch', version: '2.3.1+cu121', cuda: '12.1' })
    const dir = stubTools({ python3: `echo '${base}'; echo '${torch}'; sleep 60` })
    const { python, warnings } = await capturePython('python3', workdir(), isolatedEnv([dir]), 700, 1000)
    expect(python).toMatchObject({
      status: 'ok',
      version: '3.12.3',
      distributions: [{ name: 'torch', version: '2.3.1' }],
      frameworks: { torch: { version: '2.3.1+cu121', cuda: '12.1', cudnn: null } }
    })
    expect(warnings).toEqual([expect.stringMatching(/^python probe cut short \(python3 -c: timed out after 700 ms/)])
  })
})

describe('parsePythonProbe', () => {
  test('frameworks, torch twice (static version file, then the import with cuDNN), import errors', () => {
    const lines = [
      {
        kind: 'base',
        version: '3.11.9',
        executable: '/usr/bin/python3',
        distributions: [
          ['Zeta', '1'],
          ['alpha', '2.0'],
          ['Beta', '0.1']
        ]
      },
      { kind: 'framework', name: 'numpy', version: '1.26.4' },
      { kind: 'framework', name: 'jax', version: '0.4.30' },
      { kind: 'error', name: 'tensorflow', error: 'DLL load failed' },
      { kind: 'framework', name: 'torch', version: '2.4.0+cu124', cuda: '12.4' },
      { kind: 'framework', name: 'torch', version: '2.4.0+cu124', cuda: '12.4', cudnn: 90100 }
    ]
    const { info, notes } = parsePythonProbe(lines.map((l) => JSON.stringify(l)).join('\n') + '\n{"kind": "fram')
    expect(info.distributions.map((d) => d.name)).toEqual(['alpha', 'Beta', 'Zeta'])
    expect(info.frameworks).toEqual({
      numpy: { version: '1.26.4' },
      jax: { version: '0.4.30' },
      torch: { version: '2.4.0+cu124', cuda: '12.4', cudnn: '9.1.0' }
    })
    expect(notes).toEqual(['python: importing tensorflow failed: DLL load failed'])
    expect(() => parsePythonProbe('')).toThrow(/unparseable/)
    expect(() => parsePythonProbe('{"kind": "other"}')).toThrow(/unparseable/)
  })

  test('real output with torch 2.11 on an H100', () => {
    const text = readFileSync(path.join(FIXTURES, 'python/probe-h100-torch.jsonl'), 'utf8')
    const { info, notes } = parsePythonProbe(text)
    expect(notes).toEqual([])
    expect(info.frameworks).toEqual({
      numpy: { version: '2.5.2' },
      jax: { version: '0.11.2' },
      torch: { version: '2.11.0+cu130', cuda: '13.0', cudnn: '9.19.0' }
    })
  })

  test('real output of the current probe with torch 2.11 on an H100: cuDNN from the wheel, torch not imported', () => {
    const text = readFileSync(path.join(FIXTURES, 'python/probe-h100-torch-wheel.jsonl'), 'utf8')
    const { info, notes } = parsePythonProbe(text)
    expect(notes).toEqual([])
    expect(info.distributions).toHaveLength(197)
    expect(info.distributions).toContainEqual({ name: 'nvidia-cudnn-cu13', version: '9.19.0.56' })
    // torch.backends.cudnn.version() said 91900 there, after a 7 s import; the probe took 0.18 s.
    expect(info.frameworks.torch).toEqual({ version: '2.11.0+cu130', cuda: '13.0', cudnn: '9.19.0' })
  })

  test('formatCudnn', () => {
    expect(formatCudnn(8902)).toBe('8.9.2')
    expect(formatCudnn(90100)).toBe('9.1.0')
    expect(formatCudnn(null)).toBeNull()
    expect(formatCudnn('x')).toBeNull()
  })
})

describe('captureConda', () => {
  test('from CONDA_EXE: the conda-meta record, without running conda', async () => {
    const prefix = workdir({ 'conda-meta/conda-24.5.0-py312h06a4308_0.json': '{}', 'conda-meta/python-3.12.4-h5148396_1.json': '{}' })
    const exe = path.join(prefix, 'bin/conda')
    await expect(captureConda({ CONDA_EXE: exe, PATH: '' }, 1000)).resolves.toBe('24.5.0')
  })

  test('from `conda --version` when the layout is not standard; null when there is no conda', async () => {
    const dir = stubTools({ conda: 'echo "conda 23.11.0"' })
    await expect(captureConda(isolatedEnv([dir]), 1000)).resolves.toBe('23.11.0')
    await expect(captureConda(isolatedEnv([]), 1000)).resolves.toBeNull()
    const slow = stubTools({ conda: 'sleep 60' })
    await expect(captureConda(envWithPath([slow]), 300)).resolves.toBeNull()
  })
})
