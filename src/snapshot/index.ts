// STUB — the provenance work replaces this body; keep the signature.
import type { Environment } from './types.js'
import type { LockfileRecord } from './lockfiles/types.js'

export interface SnapshotOptions {
  workingDirectory: string
  /** Interpreter the experiment uses (input `python`). */
  python: string
  /** Image references to resolve to digests (input `images`). */
  images: string[]
  /** Lockfile globs; empty = auto-detect. */
  lockfiles: string[]
  /** Data file globs to fingerprint. */
  data: string[]
  env: NodeJS.ProcessEnv
}

export interface Snapshot {
  environment: Environment
  lockfiles: LockfileRecord[]
}

/** Captures provenance with every probe bounded in time and run concurrently; never throws. */
export async function captureEnvironment(options: SnapshotOptions): Promise<Snapshot> {
  void options
  return {
    environment: {
      fingerprint: '',
      fingerprintParts: {},
      capturedAt: new Date().toISOString(),
      captureMs: 0,
      hardware: { status: 'unavailable', reason: 'not captured yet' },
      os: { status: 'unavailable', reason: 'not captured yet' },
      gpu: { status: 'unavailable', reason: 'not captured yet' },
      runner: {
        os: null, arch: null, name: null, environment: null, imageOS: null, imageVersion: null,
        imageDataSha256: null, sha: null, ref: null, workflowRef: null, runId: null, runAttempt: null, eventName: null
      },
      container: { status: 'unavailable', reason: 'not captured yet' },
      toolchains: { node: process.version, python: { status: 'unavailable', reason: 'not captured yet' } },
      data: [],
      mathEnv: {},
      warnings: []
    },
    lockfiles: []
  }
}
