/**
 * JSON Schemas (draft-07) of the provenance sections of the report: `environment` and
 * `lockfiles`. The report's schema embeds them; they mirror `types.ts` and
 * `lockfiles/types.ts`, and the tests validate real captures against them.
 */

import { count, nullableString, object, sha256Hex, str, type Schema } from '../json-schema.js'

/** `Probed<T>`: the probe's fields with status 'ok', or only a reason with status 'unavailable'. */
function probed(properties: Record<string, Schema>, optional: string[] = []): Schema {
  return {
    oneOf: [object({ status: { const: 'ok' }, ...properties }, optional), object({ status: { const: 'unavailable' }, reason: str })]
  }
}

const imageDigest: Schema = object({
  reference: str,
  digest: { type: ['string', 'null'], pattern: '@sha256:[0-9a-f]{64}$' },
  reason: nullableString
})

const fileFingerprint: Schema = object(
  { path: str, sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' }, bytes: count, skipped: str },
  ['skipped']
)

const versionOnly: Schema = object({ version: str })

export const environmentSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://repro-gate.dev/schema/environment.json',
  title: 'repro-gate environment (provenance)',
  ...object({
    fingerprint: sha256Hex,
    fingerprintParts: { type: 'object', additionalProperties: str },
    capturedAt: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T' },
    captureMs: { type: 'number', minimum: 0 },
    hardware: probed({
      cpu: object({
        vendor: str,
        model: str,
        physicalCores: count,
        logicalCores: count,
        flags: { type: 'array', items: str }
      }),
      memoryBytes: count,
      virtualization: nullableString
    }),
    os: probed({ platform: str, distro: str, release: str, kernel: str, arch: str }),
    gpu: probed({
      devices: {
        type: 'array',
        items: object({ name: str, memoryMiB: { type: ['number', 'null'] }, driverVersion: nullableString })
      },
      driverVersion: nullableString,
      cudaDriverVersion: nullableString,
      cudaToolkitVersion: nullableString
    }),
    runner: object({
      os: nullableString,
      arch: nullableString,
      name: nullableString,
      environment: nullableString,
      imageOS: nullableString,
      imageVersion: nullableString,
      imageDataSha256: { oneOf: [sha256Hex, { type: 'null' }] },
      sha: nullableString,
      ref: nullableString,
      workflowRef: nullableString,
      runId: nullableString,
      runAttempt: nullableString,
      eventName: nullableString
    }),
    container: probed({
      inContainer: { type: 'boolean' },
      detectedBy: { enum: ['cgroup-v1', 'cgroup-v2', 'dockerenv', 'containerenv', null] },
      containerId: nullableString,
      jobImage: { oneOf: [imageDigest, { type: 'null' }] },
      images: { type: 'array', items: imageDigest }
    }),
    toolchains: object({
      node: str,
      python: probed(
        {
          interpreter: str,
          version: str,
          executable: str,
          distributions: { type: 'array', items: object({ name: str, version: str }) },
          frameworks: object(
            {
              torch: object({ version: str, cuda: nullableString, cudnn: nullableString }),
              tensorflow: versionOnly,
              jax: versionOnly,
              numpy: versionOnly
            },
            ['torch', 'tensorflow', 'jax', 'numpy']
          ),
          blas: {
            oneOf: [
              object({
                library: str,
                distribution: nullableString,
                version: nullableString,
                build: nullableString,
                threading: nullableString,
                threads: str,
                coreType: nullableString
              }),
              { type: 'null' }
            ]
          },
          conda: nullableString
        },
        ['blas']
      )
    }),
    data: { type: 'array', items: fileFingerprint },
    mathEnv: { type: 'object', additionalProperties: str },
    warnings: { type: 'array', items: str }
  })
} as const

export const lockfilesSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://repro-gate.dev/schema/lockfiles.json',
  title: 'repro-gate dependency lockfiles',
  type: 'array',
  items: object(
    {
      path: str,
      format: str,
      // Empty when the file could not be read (then `error` says why).
      sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' },
      bytes: count,
      packageCount: count,
      packages: { type: 'array', items: object({ name: str, version: str }) },
      unpinned: { type: 'array', items: object({ name: str, spec: str }) },
      installedMismatches: { type: 'array', items: object({ name: str, pinned: str, installed: nullableString }) },
      error: str
    },
    ['error', 'installedMismatches']
  )
} as const
