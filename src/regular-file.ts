/**
 * Only regular files are read. A path can name a FIFO (opening it blocks until a writer comes), a
 * character device (`/dev/zero`, `/dev/urandom`: endless) or a symlink to one; reading such a
 * "file" hangs the gate and grows its memory without bound. Files are opened without blocking
 * and checked with fstat on the open handle (no race between the check and the read).
 */
import { constants, type Stats } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'

/** What a path is, in words, when it is not a regular file. */
export function fileKind(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isCharacterDevice()) return 'a character device (like /dev/zero)'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  if (stats.isDirectory()) return 'a directory'
  return 'not a regular file'
}

/** A path that is not a regular file, or one larger than the reader accepts; the message says which. */
export class SkippedFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SkippedFileError'
  }
}

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer (absent on Windows, which has no FIFOs in the file system).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** Opens a regular file for reading; throws SkippedFileError for anything else (symlinks are followed to what they name). */
export async function openRegularFile(file: string): Promise<{ handle: FileHandle; stats: Stats }> {
  const handle = await open(file, OPEN_FLAGS)
  try {
    const stats = await handle.stat()
    if (!stats.isFile()) throw new SkippedFileError(`${fileKind(stats)}: only regular files are read`)
    return { handle, stats }
  } catch (err) {
    await handle.close()
    throw err
  }
}

/**
 * Reads a regular file whole, refusing more than `maxBytes` (checked on the size, and again while
 * reading, for a file that grows). Throws SkippedFileError when it is not a regular file or too large.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  const { handle, stats } = await openRegularFile(file)
  try {
    if (stats.size > maxBytes) throw new SkippedFileError(`${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} read limit`)
    // One buffer of the size the file has (a byte more, to see it grow): no chunks to copy together.
    let buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1)
    let total = 0
    for (;;) {
      if (total === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1))
        buffer.copy(grown, 0, 0, total)
        buffer = grown
      }
      const { bytesRead } = await handle.read(buffer, total, Math.min(buffer.length - total, 1 << 24), null)
      if (bytesRead === 0) break
      total += bytesRead
      if (total > maxBytes) throw new SkippedFileError(`grew past the ${formatBytes(maxBytes)} read limit while being read`)
    }
    return buffer.subarray(0, total)
  } finally {
    await handle.close()
  }
}

/** 1536 → "1.5 KiB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`
}
