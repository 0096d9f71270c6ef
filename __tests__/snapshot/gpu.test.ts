import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { captureGpu, parseCudaDriverVersion, parseCudaVersionFile, parseNvccVersion, parseNvidiaSmiCsv } from '../../src/snapshot/gpu.js'
import { captureEnvironment } from '../../src/snapshot/index.js'
import { envWithPath, FIXTURES, isolatedEnv, stubTools, workdir } from './helpers.js'

const fixture = (rel: string): string => readFileSync(path.join(FIXTURES, rel), 'utf8')
const QUERY = path.join(FIXTURES, 'nvidia-smi/query-2gpu.csv')
const DETAILS = path.join(FIXTURES, 'nvidia-smi/q-2gpu.txt')

/** A fake nvidia-smi answering the two calls the probe makes from the fixture files. */
const realisticSmi = `case "$1" in
  -q) cat "${DETAILS}" ;;
  --query-gpu=*) cat "${QUERY}" ;;
  *) echo "unexpected arguments: $*" >&2; exit 2 ;;
esac`

/** A PATH without nvcc and a root without /usr/local/cuda, so the toolkit comes from what each test sets up. */
const noToolkitRoot = (): string => workdir()

describe('parsers', () => {
  test('nvidia-smi csv query, two GPUs', () => {
    expect(parseNvidiaSmiCsv(fixture('nvidia-smi/query-2gpu.csv'))).toEqual([
      { name: 'NVIDIA A100-SXM4-80GB', memoryMiB: 81920, driverVersion: '550.54.15' },
      { name: 'NVIDIA A100-SXM4-80GB', memoryMiB: 81920, driverVersion: '550.54.15' }
    ])
  })

  test('real H100 output (driver 580, CUDA 13.0)', () => {
    expect(parseNvidiaSmiCsv(fixture('nvidia-smi/query-h100.csv'))).toEqual([
      { name: 'NVIDIA H100 80GB HBM3', memoryMiB: 81559, driverVersion: '580.159.04' }
    ])
    expect(parseCudaDriverVersion(fixture('nvidia-smi/q-h100.txt'))).toBe('13.0')
    expect(parseNvccVersion(fixture('cuda/nvcc-version-13.txt'))).toBe('13.0.88')
  })

  test('nvidia-smi csv: [N/A] memory becomes null; garbage throws', () => {
    expect(parseNvidiaSmiCsv('NVIDIA GH200 480GB, [N/A], 560.35.03\n')).toEqual([
      { name: 'NVIDIA GH200 480GB', memoryMiB: null, driverVersion: '560.35.03' }
    ])
    expect(() => parseNvidiaSmiCsv('hello world\n')).toThrow(/unparseable/)
    expect(() => parseNvidiaSmiCsv('a, b, c\n')).toThrow(/unparseable driver version/)
    expect(() => parseNvidiaSmiCsv('')).toThrow(/no output/)
  })

  test('CUDA versions: driver (-q), nvcc, version.json, version.txt', () => {
    expect(parseCudaDriverVersion(fixture('nvidia-smi/q-2gpu.txt'))).toBe('12.4')
    expect(parseCudaDriverVersion('Driver Version : 550.54.15\n')).toBeNull()
    expect(parseNvccVersion(fixture('cuda/nvcc-version.txt'))).toBe('12.4.131')
    expect(parseNvccVersion('Cuda compilation tools, release 11.8\n')).toBe('11.8')
    expect(parseCudaVersionFile(fixture('cuda/version.json'))).toBe('12.4.1')
    expect(parseCudaVersionFile(fixture('cuda/version.txt'))).toBe('10.2.89')
    expect(parseCudaVersionFile('nonsense')).toBeNull()
  })
})

describe('captureGpu with stub executables', () => {
  test('no nvidia-smi on PATH: no GPU, not a failure', async () => {
    const gpu = await captureGpu(isolatedEnv([stubTools({})]), noToolkitRoot(), 2000)
    expect(gpu).toEqual({ status: 'ok', devices: [], driverVersion: null, cudaDriverVersion: null, cudaToolkitVersion: null })
  })

  test('a realistic nvidia-smi with two GPUs is parsed, the toolkit comes from nvcc', async () => {
    const dir = stubTools({ 'nvidia-smi': realisticSmi, nvcc: `cat "${path.join(FIXTURES, 'cuda/nvcc-version.txt')}"` })
    const gpu = await captureGpu(isolatedEnv([dir]), noToolkitRoot(), 2000)
    expect(gpu).toEqual({
      status: 'ok',
      devices: [
        { name: 'NVIDIA A100-SXM4-80GB', memoryMiB: 81920, driverVersion: '550.54.15' },
        { name: 'NVIDIA A100-SXM4-80GB', memoryMiB: 81920, driverVersion: '550.54.15' }
      ],
      driverVersion: '550.54.15',
      cudaDriverVersion: '12.4',
      cudaToolkitVersion: '12.4.131'
    })
  })

  test('the toolkit version file under root wins over nvcc (no process started)', async () => {
    const root = workdir({ 'usr/local/cuda/version.json': fixture('cuda/version.json') })
    const dir = stubTools({ nvcc: 'echo "nvcc must not run" >&2; exit 1' })
    const gpu = await captureGpu(isolatedEnv([dir]), root, 2000)
    expect(gpu).toMatchObject({ status: 'ok', devices: [], cudaToolkitVersion: '12.4.1' })
    const cuda13 = workdir({
      'usr/local/cuda/dist-info/nvidia_cuda_nvcc-13.0.88.dist-info/METADATA': '',
      'usr/local/cuda/dist-info/nvidia_cuda_crt-13.0.88.dist-info/METADATA': ''
    })
    await expect(captureGpu(isolatedEnv([dir]), cuda13, 2000)).resolves.toMatchObject({ cudaToolkitVersion: '13.0.88' })
    const legacy = await captureGpu(isolatedEnv([dir], { CUDA_HOME: workdir({ 'version.txt': 'CUDA Version 10.2.89\n' }) }), root, 2000)
    expect(legacy).toMatchObject({ cudaToolkitVersion: '10.2.89' })
  })

  test('nvidia-smi printing garbage: unavailable, unparseable', async () => {
    const dir = stubTools({ 'nvidia-smi': 'echo "Segmentation fault? <html>garbage</html>"' })
    const gpu = await captureGpu(isolatedEnv([dir]), noToolkitRoot(), 2000)
    expect(gpu.status).toBe('unavailable')
    if (gpu.status === 'unavailable') expect(gpu.reason).toMatch(/^nvidia-smi: unparseable output/)
  })

  test('nvidia-smi failing (driver not loaded): unavailable with its message', async () => {
    const dir = stubTools({
      'nvidia-smi':
        'echo "NVIDIA-SMI has failed because it couldn\'t communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running."; exit 9'
    })
    const gpu = await captureGpu(isolatedEnv([dir]), noToolkitRoot(), 2000)
    expect(gpu).toEqual({
      status: 'unavailable',
      reason: expect.stringMatching(/^nvidia-smi --query-gpu=.* exited with code 9: NVIDIA-SMI has failed/)
    })
  })

  test('nvidia-smi that hangs: unavailable with a timeout, within the bound', async () => {
    const dir = stubTools({ 'nvidia-smi': 'sleep 60' })
    const started = Date.now()
    const gpu = await captureGpu(isolatedEnv([dir]), noToolkitRoot(), 500)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(gpu.status).toBe('unavailable')
    if (gpu.status === 'unavailable') expect(gpu.reason).toMatch(/timed out after 500 ms/)
  })
})

describe('captureEnvironment with a hanging nvidia-smi', () => {
  test('the capture still finishes quickly (default deadlines) and says why the GPU is missing', async () => {
    const dir = stubTools({ 'nvidia-smi': 'sleep 60' })
    const started = Date.now()
    const snap = await captureEnvironment({
      workingDirectory: workdir(),
      python: 'python3',
      images: [],
      lockfiles: [],
      data: [],
      env: envWithPath([dir]),
      root: noToolkitRoot()
    })
    const elapsed = Date.now() - started
    // The default deadline of one external program is 3 s, and the capture runs its two nvidia-smi
    // calls side by side. Under 6 s leaves room for a loaded machine and still fails where waiting
    // for the hung program (a minute) or calling it twice in turn (at least 6 s) would pass.
    expect(elapsed).toBeLessThan(6000)
    expect(snap.environment.gpu).toEqual({ status: 'unavailable', reason: expect.stringMatching(/timed out after 3000 ms/) })
    expect(snap.environment.warnings).toContainEqual(expect.stringMatching(/^gpu probe unavailable: .*timed out/))
    expect(snap.environment.fingerprintParts.gpu).toBe('unavailable')
    expect(snap.environment.hardware.status).toBe('ok')
  })

  test('a two-GPU machine: the fingerprint records driver and CUDA', async () => {
    const dir = stubTools({ 'nvidia-smi': realisticSmi })
    const snap = await captureEnvironment({
      workingDirectory: workdir(),
      python: 'no-such-python',
      images: [],
      lockfiles: [],
      data: [],
      env: envWithPath([dir]),
      root: noToolkitRoot(),
      timeouts: { probeMs: 2000 }
    })
    expect(snap.environment.fingerprintParts).toMatchObject({
      'gpu.devices': 'NVIDIA A100-SXM4-80GB, NVIDIA A100-SXM4-80GB',
      'gpu.driver': '550.54.15',
      'gpu.cuda': '12.4'
    })
  })
})
