/**
 * Provenance: where and with what the experiment ran. Every probe reports a `Probed<T>`,
 * so a missing tool, a crash or a hang is recorded with its reason instead of failing the gate.
 */

export type Probed<T> = ({ status: 'ok' } & T) | { status: 'unavailable'; reason: string }

export interface HardwareInfo {
  cpu: {
    vendor: string
    model: string
    physicalCores: number
    logicalCores: number
    /** Only the flags that change floating-point results: avx, avx2, avx512f, fma, ... */
    flags: string[]
  }
  memoryBytes: number
  virtualization: string | null
}

export interface OsInfo {
  platform: string
  distro: string
  release: string
  kernel: string
  arch: string
}

export interface GpuDevice {
  name: string
  memoryMiB: number | null
  driverVersion: string | null
}

export interface GpuInfo {
  /** Empty when the machine has no NVIDIA GPU (recorded as none, not as a failure). */
  devices: GpuDevice[]
  driverVersion: string | null
  /** The driver's maximum CUDA version, from `nvidia-smi -q`. */
  cudaDriverVersion: string | null
  /** The CUDA toolkit, from `nvcc --version` or the toolkit's version file. */
  cudaToolkitVersion: string | null
}

export interface RunnerInfo {
  os: string | null
  arch: string | null
  name: string | null
  environment: string | null
  imageOS: string | null
  imageVersion: string | null
  /** sha256 of /imagegeneration/imagedata.json when present. */
  imageDataSha256: string | null
  sha: string | null
  ref: string | null
  workflowRef: string | null
  runId: string | null
  runAttempt: string | null
  eventName: string | null
}

export interface ImageDigest {
  reference: string
  /** name@sha256:… when resolved. */
  digest: string | null
  /** Why the digest could not be resolved. */
  reason: string | null
}

export interface ContainerInfo {
  inContainer: boolean
  /** How it was detected: 'cgroup-v1' | 'cgroup-v2' | 'dockerenv' | null */
  detectedBy: string | null
  containerId: string | null
  /** The job container's own image, when docker is reachable. */
  jobImage: ImageDigest | null
  /** The `images` input resolved to digests. */
  images: ImageDigest[]
}

export interface PythonDistribution {
  name: string
  version: string
}

export interface PythonInfo {
  interpreter: string
  version: string
  executable: string
  distributions: PythonDistribution[]
  frameworks: {
    torch?: { version: string; cuda: string | null; cudnn: string | null }
    tensorflow?: { version: string }
    jax?: { version: string }
    numpy?: { version: string }
  }
  /** numpy's BLAS (null when numpy is absent or names none; absent in reports before 0.2); see snapshot/ml-stack.ts. */
  blas?: BlasInfo | null
  conda: string | null
}

/** The BLAS under numpy, as far as it changes floating-point results between machines. */
export interface BlasInfo {
  /** OpenBLAS, MKL, Accelerate, BLIS, … */
  library: string
  /** The distribution or build name numpy was built against (e.g. scipy-openblas). */
  distribution: string | null
  version: string | null
  /** The library's build configuration (OpenBLAS: USE64BITINT DYNAMIC_ARCH … MAX_THREADS=64). */
  build: string | null
  /** sequential, pthreads, OpenMP, or MKL's threading layer. */
  threading: string | null
  /** The loaded library's thread count, else the variable that sets it, else "library default". */
  threads: string
  /** The CPU kernels in use (OpenBLAS core name, e.g. Haswell, SkylakeX). */
  coreType: string | null
}

export interface ToolchainInfo {
  node: string
  python: Probed<PythonInfo>
}

export interface FileFingerprint {
  /** Relative to the working directory, forward slashes. */
  path: string
  /** Empty when the file was skipped. */
  sha256: string
  bytes: number
  /** Why it was not hashed: not a regular file (a FIFO, /dev/zero, a link to one), or the deadline passed. */
  skipped?: string
}

export interface Environment {
  /** sha256 over what can change results (hardware model, OS, image, GPU driver, digests, locks, toolchains). */
  fingerprint: string
  /** The parts hashed into the fingerprint, so two reports can be diffed part by part. */
  fingerprintParts: Record<string, string>
  capturedAt: string
  captureMs: number
  hardware: Probed<HardwareInfo>
  os: Probed<OsInfo>
  gpu: Probed<GpuInfo>
  runner: RunnerInfo
  container: Probed<ContainerInfo>
  toolchains: ToolchainInfo
  data: FileFingerprint[]
  /** Thread-count and math-library variables that were already set (allow-listed names only). */
  mathEnv: Record<string, string>
  /** Non-fatal problems met while capturing (a probe that timed out, a glob that matched nothing). */
  warnings: string[]
}
