import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/**
 * Streaming sha256 of a file: memory stays bounded whatever the size. A large read buffer
 * (1 MiB) keeps the hash, not the syscalls, the bottleneck, which is what keeps us on par with sha256sum.
 */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256')
  let bytes = 0
  const stream = createReadStream(file, { highWaterMark: 1 << 20 })
  for await (const chunk of stream) {
    hash.update(chunk as Buffer)
    bytes += (chunk as Buffer).length
  }
  return { sha256: hash.digest('hex'), bytes }
}

/** sha256 of a string or buffer, hex. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
