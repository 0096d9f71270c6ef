/**
 * Provenance: where and with what the experiment ran. Every probe reports a `Probed<T>`,
 * so a missing tool, a crash or a hang is recorded with its reason instead of failing the gate.
 * Each part is written once as its JSON Schema (the report's `environment` section embeds
 * `environmentSchema`); the TypeScript types are derived from it.
 */
import { lockfilesSchema } from './lockfiles/types.js'
import {
  closed,
  countOf,
  enumOrNull,
  nonNegativeNumber,
  nullable,
  oneOf,
  published,
  recordOf,
  strings,
  Type,
  type Static,
  type TObject
} from '../json-schema.js'

export type Probed<T> = ({ status: 'ok' } & T) | { status: 'unavailable'; reason: string }

/** `Probed<T>`'s schema: the probe's fields with status 'ok', or only a reason with status 'unavailable'. */
function probed<T extends TObject>(info: T) {
  return Type.Unsafe<Probed<Static<T>>>({
    oneOf: [
      closed({ status: Type.Literal('ok'), ...info.properties }),
      closed({ status: Type.Literal('unavailable'), reason: Type.String() })
    ]
  })
}

const sha256Hex = Type.String({ pattern: '^[0-9a-f]{64}$' })

export const hardwareInfoSchema = closed({
  cpu: closed({
    vendor: Type.String(),
    model: Type.String(),
    physicalCores: countOf(),
    logicalCores: countOf(),
    /** Only the flags that change floating-point results: avx, avx2, avx512f, fma, ... */
    flags: strings()
  }),
  memoryBytes: countOf(),
  virtualization: nullable(Type.String())
})
export type HardwareInfo = Static<typeof hardwareInfoSchema>

export const osInfoSchema = closed({
  platform: Type.String(),
  distro: Type.String(),
  release: Type.String(),
  kernel: Type.String(),
  arch: Type.String()
})
export type OsInfo = Static<typeof osInfoSchema>

export const gpuDeviceSchema = closed({
  name: Type.String(),
  memoryMiB: nullable(Type.Number()),
  driverVersion: nullable(Type.String())
})
export type GpuDevice = Static<typeof gpuDeviceSchema>

export const gpuInfoSchema = closed({
  /** Empty when the machine has no NVIDIA GPU (recorded as none, not as a failure). */
  devices: Type.Array(gpuDeviceSchema),
  driverVersion: nullable(Type.String()),
  /** The driver's maximum CUDA version, from `nvidia-smi -q`. */
  cudaDriverVersion: nullable(Type.String()),
  /** The CUDA toolkit, from `nvcc --version` or the toolkit's version file. */
  cudaToolkitVersion: nullable(Type.String())
})
export type GpuInfo = Static<typeof gpuInfoSchema>

export const runnerInfoSchema = closed({
  os: nullable(Type.String()),
  arch: nullable(Type.String()),
  name: nullable(Type.String()),
  environment: nullable(Type.String()),
  imageOS: nullable(Type.String()),
  imageVersion: nullable(Type.String()),
  /** sha256 of /imagegeneration/imagedata.json when present. */
  imageDataSha256: oneOf([sha256Hex, Type.Null()]),
  sha: nullable(Type.String()),
  ref: nullable(Type.String()),
  workflowRef: nullable(Type.String()),
  runId: nullable(Type.String()),
  runAttempt: nullable(Type.String()),
  eventName: nullable(Type.String())
})
export type RunnerInfo = Static<typeof runnerInfoSchema>

export const imageDigestSchema = closed({
  reference: Type.String(),
  /** name@sha256:… when resolved. */
  digest: nullable(Type.String({ pattern: '@sha256:[0-9a-f]{64}$' })),
  /** Why the digest could not be resolved. */
  reason: nullable(Type.String())
})
export type ImageDigest = Static<typeof imageDigestSchema>

export const containerInfoSchema = closed({
  inContainer: Type.Boolean(),
  /** How it was detected. */
  detectedBy: enumOrNull(['cgroup-v1', 'cgroup-v2', 'dockerenv', 'containerenv']),
  containerId: nullable(Type.String()),
  /** The job container's own image, when docker is reachable. */
  jobImage: oneOf([imageDigestSchema, Type.Null()]),
  /** The `images` input resolved to digests. */
  images: Type.Array(imageDigestSchema)
})
export type ContainerInfo = Static<typeof containerInfoSchema>

export const pythonDistributionSchema = closed({ name: Type.String(), version: Type.String() })
export type PythonDistribution = Static<typeof pythonDistributionSchema>

const versionOnly = closed({ version: Type.String() })

/** The BLAS under numpy, as far as it changes floating-point results between machines. */
export const blasInfoSchema = closed({
  /** OpenBLAS, MKL, Accelerate, BLIS, … */
  library: Type.String(),
  /** The distribution or build name numpy was built against (e.g. scipy-openblas). */
  distribution: nullable(Type.String()),
  version: nullable(Type.String()),
  /** The library's build configuration (OpenBLAS: USE64BITINT DYNAMIC_ARCH … MAX_THREADS=64). */
  build: nullable(Type.String()),
  /** sequential, pthreads, OpenMP, or MKL's threading layer. */
  threading: nullable(Type.String()),
  /** The loaded library's thread count, else the variable that sets it, else "library default". */
  threads: Type.String(),
  /** The CPU kernels in use (OpenBLAS core name, e.g. Haswell, SkylakeX). */
  coreType: nullable(Type.String())
})
export type BlasInfo = Static<typeof blasInfoSchema>

export const pythonInfoSchema = closed({
  interpreter: Type.String(),
  version: Type.String(),
  executable: Type.String(),
  distributions: Type.Array(pythonDistributionSchema),
  frameworks: closed({
    torch: Type.Optional(closed({ version: Type.String(), cuda: nullable(Type.String()), cudnn: nullable(Type.String()) })),
    tensorflow: Type.Optional(versionOnly),
    jax: Type.Optional(versionOnly),
    numpy: Type.Optional(versionOnly)
  }),
  /** numpy's BLAS (null when numpy is absent or names none; absent in reports before 0.2); see snapshot/ml-stack.ts. */
  blas: Type.Optional(oneOf([blasInfoSchema, Type.Null()])),
  conda: nullable(Type.String())
})
export type PythonInfo = Static<typeof pythonInfoSchema>

export const toolchainInfoSchema = closed({ node: Type.String(), python: probed(pythonInfoSchema) })
export type ToolchainInfo = Static<typeof toolchainInfoSchema>

export const fileFingerprintSchema = closed({
  /** Relative to the working directory, forward slashes. */
  path: Type.String(),
  /** Empty when the file was skipped. */
  sha256: Type.String({ pattern: '^([0-9a-f]{64})?$' }),
  bytes: countOf(),
  /** Why it was not hashed: not a regular file (a FIFO, /dev/zero, a link to one), or the deadline passed. */
  skipped: Type.Optional(Type.String())
})
export type FileFingerprint = Static<typeof fileFingerprintSchema>

/** The report's `environment` section; also a schema of its own (`$id`), so a capture can be validated alone. */
export const environmentSchema = published(
  closed({
    /** sha256 over what can change results (hardware model, OS, image, GPU driver, digests, locks, toolchains). */
    fingerprint: sha256Hex,
    /** The parts hashed into the fingerprint, so two reports can be diffed part by part. */
    fingerprintParts: recordOf(Type.String()),
    capturedAt: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T' }),
    captureMs: nonNegativeNumber(),
    hardware: probed(hardwareInfoSchema),
    os: probed(osInfoSchema),
    gpu: probed(gpuInfoSchema),
    runner: runnerInfoSchema,
    container: probed(containerInfoSchema),
    toolchains: toolchainInfoSchema,
    data: Type.Array(fileFingerprintSchema),
    /** Thread-count and math-library variables that were already set (allow-listed names only). */
    mathEnv: recordOf(Type.String()),
    /** Non-fatal problems met while capturing (a probe that timed out, a glob that matched nothing). */
    warnings: strings()
  }),
  {
    $id: 'https://repro-gate.dev/schema/environment.json',
    title: 'repro-gate environment (provenance)'
  }
)
export type Environment = Static<typeof environmentSchema>

/** What this stage adds to the report (report/schema.ts spreads it in). */
export const snapshotReportSections = {
  /** Provenance: where and with what the experiment ran. Absent when capture was skipped. */
  environment: Type.Optional(environmentSchema),
  lockfiles: Type.Optional(lockfilesSchema)
}
