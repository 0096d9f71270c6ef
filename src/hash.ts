import { createHash } from 'node:crypto'
import { formatBytes, openRegularFile, SkippedFileError } from './regular-file.js'

/** Read size: large enough that the hash, not the syscalls, is the bottleneck. */
const CHUNK = 1 << 20

/**
 * Streaming sha256 of a regular file: one reused 1 MiB buffer, so memory stays flat whatever the
 * size (a read stream allocates a fresh buffer per chunk and leaves the garbage collector behind on
 * multi-GiB files). OpenSSL's sha256 uses the CPU's SHA extensions, which keeps this on par with
 * or faster than sha256sum. Anything but a regular file (a FIFO, /dev/zero, a link to one) is
 * refused with SkippedFileError, and so is a file still being read when `signal` aborts.
 */
export async function hashFile(file: string, signal?: AbortSignal): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256')
  const { handle } = await openRegularFile(file)
  try {
    const buffer = Buffer.allocUnsafe(CHUNK)
    let bytes = 0
    for (;;) {
      if (signal?.aborted) throw new SkippedFileError(`not hashed: the deadline passed after ${formatBytes(bytes)}`)
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      bytes += bytesRead
    }
    return { sha256: hash.digest('hex'), bytes }
  } finally {
    await handle.close()
  }
}

/** sha256 of a string or buffer, hex. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
