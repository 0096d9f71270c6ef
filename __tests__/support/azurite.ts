/**
 * Azurite, the Azure Storage emulator (the `azurite` devDependency), as the blob store behind the
 * loopback results service: started by the tests themselves, blob service only, in memory, on
 * 127.0.0.1 with a port the system picks (one per test file, so parallel jest workers never
 * collide). The real Azure SDK inside @actions/cache and @actions/artifact uploads real blocks to it
 * through SAS URLs signed here with the emulator's well-known account key; downloads are plain
 * HTTP GETs of such URLs. When it cannot start, `startAzurite` says why instead, and the tests that
 * need it skip with that reason.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  SASProtocol,
  StorageSharedKeyCredential
} from '@azure/storage-blob'
import { testEnv } from './env.js'

/** The emulator's documented development account. */
export const ACCOUNT = 'devstoreaccount1'
export const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

export interface Azurite {
  /** `http://127.0.0.1:<port>/devstoreaccount1` */
  accountUrl: string
  /** A URL for `blob` in `container`, signed for `permissions` (`r`, `cw`, `d`, …) for an hour. */
  signedUrl(container: string, blob: string, permissions: string): string
  /** The blob's size in bytes, or null when it does not exist (or has no committed content). */
  blobSize(container: string, blob: string): Promise<number | null>
  /** Every blob name in `container`, including uncommitted ones (blocks staged but never committed). */
  listBlobs(container: string): Promise<string[]>
  deleteBlob(container: string, blob: string): Promise<void>
  createContainer(name: string): Promise<void>
  stop(): Promise<void>
}

const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY)

/** Starts Azurite's blob service; resolves with it, or with the reason it could not start. */
export async function startAzurite(timeoutMs = 30_000): Promise<Azurite | { skip: string }> {
  let main: string
  try {
    main = path.join(path.dirname(createRequire(import.meta.url).resolve('azurite/package.json')), 'dist', 'src', 'blob', 'main.js')
  } catch (err) {
    return { skip: `the azurite package is not installed (run npm ci): ${(err as Error).message}` }
  }
  const cwd = mkdtempSync(path.join(tmpdir(), 'rg-azurite-'))
  // In memory: nothing on disk to clean; no telemetry (the tests run offline); any API version the SDK speaks.
  const args = [
    main,
    '--blobHost',
    '127.0.0.1',
    '--blobPort',
    '0',
    '--inMemoryPersistence',
    '--extentMemoryLimit',
    '256',
    '--skipApiVersionCheck',
    '--loose',
    '--disableTelemetry',
    '--silent'
  ]
  const child: ChildProcess = spawn(process.execPath, args, { cwd, env: testEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const port = await new Promise<number | string>((resolve) => {
    const timer = setTimeout(
      () => resolve(`it did not report a listening port within ${timeoutMs / 1000} s: ${output.slice(-500)}`),
      timeoutMs
    )
    const onData = (d: Buffer): void => {
      output += d.toString()
      const m = /listens on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolve(Number(m[1]))
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('error', (err) => resolve(`it could not be spawned: ${err.message}`))
    child.on('exit', (code) => resolve(`it exited with ${code}: ${output.slice(-500)}`))
  })
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    rmSync(cwd, { recursive: true, force: true })
  }
  if (typeof port === 'string') {
    await stop()
    return { skip: `Azurite (the Azure Storage emulator) could not start: ${port}` }
  }
  const accountUrl = `http://127.0.0.1:${port}/${ACCOUNT}`
  const service = new BlobServiceClient(accountUrl, credential)
  return {
    accountUrl,
    signedUrl(container, blob, permissions) {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: container,
          blobName: blob,
          permissions: BlobSASPermissions.parse(permissions),
          startsOn: new Date(Date.now() - 60_000),
          expiresOn: new Date(Date.now() + 3_600_000),
          protocol: SASProtocol.HttpsAndHttp
        },
        credential
      ).toString()
      return `${accountUrl}/${container}/${blob.split('/').map(encodeURIComponent).join('/')}?${sas}`
    },
    async blobSize(container, blob) {
      try {
        const props = await service.getContainerClient(container).getBlobClient(blob).getProperties()
        return props.contentLength ?? 0
      } catch {
        return null
      }
    },
    async listBlobs(container) {
      const out: string[] = []
      for await (const b of service.getContainerClient(container).listBlobsFlat({ includeUncommitedBlobs: true })) out.push(b.name)
      return out
    },
    async deleteBlob(container, blob) {
      await service.getContainerClient(container).getBlobClient(blob).deleteIfExists()
    },
    async createContainer(name) {
      await service.getContainerClient(name).createIfNotExists()
    },
    stop
  }
}
