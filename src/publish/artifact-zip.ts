/**
 * Reads one file out of a workflow artifact's zip without trusting the zip: the central directory
 * is read within fixed bounds, only the wanted entry is inflated (zlib's inflateRaw on that local
 * entry's data, streamed from disk), and inflating stops the moment the output passes the size
 * limit, whatever the headers claim — so a small zip that expands to gigabytes costs a few
 * megabytes. The bytes are checked against the entry's CRC-32 and size.
 */
import { createReadStream, promises as fs } from 'node:fs'
import * as zlib from 'node:zlib'
import { errorMessage } from '../errors.js'

/** Thrown for a zip that cannot or must not be read; the message says why. */
export class ZipError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ZipError'
  }
}

export interface ZipEntry {
  name: string
  method: number
  flags: number
  crc32: number
  compressedSize: number
  size: number
  localHeaderOffset: number
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** An artifact holding a report has one entry; a directory this long is not one. */
const MAX_ENTRIES = 1000
const MAX_CENTRAL_BYTES = 1024 * 1024

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await handle.read(buffer, 0, length, position)
  if (bytesRead !== length) throw new ZipError('the zip is truncated')
  return buffer
}

/** The entries of the zip's central directory (no data is read). */
export async function listZip(file: string): Promise<ZipEntry[]> {
  const handle = await fs.open(file, 'r')
  try {
    const { size } = await handle.stat()
    if (size < 22) throw new ZipError('not a zip file (too short)')
    // The end record is the last 22 bytes plus a comment of at most 65,535.
    const tailLength = Math.min(size, 22 + 0xffff)
    const tail = await readAt(handle, size - tailLength, tailLength)
    let at = -1
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i
        break
      }
    }
    if (at < 0) throw new ZipError('not a zip file (no end of central directory record)')
    const count = tail.readUInt16LE(at + 10)
    const centralSize = tail.readUInt32LE(at + 12)
    const centralOffset = tail.readUInt32LE(at + 16)
    if (count === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) {
      throw new ZipError('the zip uses ZIP64, which an artifact holding one report never needs')
    }
    if (count > MAX_ENTRIES || centralSize > MAX_CENTRAL_BYTES)
      throw new ZipError(`the zip lists ${count} entries in ${centralSize} bytes; a report artifact holds one file`)
    if (centralOffset + centralSize > size) throw new ZipError('the zip is truncated (central directory past the end)')
    const central = await readAt(handle, centralOffset, centralSize)
    const entries: ZipEntry[] = []
    let p = 0
    for (let i = 0; i < count; i++) {
      if (p + 46 > central.length || central.readUInt32LE(p) !== CENTRAL) throw new ZipError('the zip has a damaged central directory')
      const nameLength = central.readUInt16LE(p + 28)
      const extraLength = central.readUInt16LE(p + 30)
      const commentLength = central.readUInt16LE(p + 32)
      if (p + 46 + nameLength > central.length) throw new ZipError('the zip has a damaged central directory')
      entries.push({
        flags: central.readUInt16LE(p + 8),
        method: central.readUInt16LE(p + 10),
        crc32: central.readUInt32LE(p + 16),
        compressedSize: central.readUInt32LE(p + 20),
        size: central.readUInt32LE(p + 24),
        localHeaderOffset: central.readUInt32LE(p + 42),
        name: central.subarray(p + 46, p + 46 + nameLength).toString('utf8')
      })
      p += 46 + nameLength + extraLength + commentLength
    }
    return entries
  } finally {
    await handle.close()
  }
}

/**
 * Inflates one entry into memory, stopping with a ZipError as soon as it would exceed `maxBytes`.
 * Only stored (0) and deflated (8) entries are read; encrypted ones are refused.
 */
export async function readZipEntry(file: string, entry: ZipEntry, maxBytes: number): Promise<Buffer> {
  if (entry.flags & 0x1) throw new ZipError(`${entry.name} is encrypted`)
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipError(`${entry.name} uses compression method ${entry.method}; only stored and deflated entries are read`)
  if (entry.size > maxBytes) throw new ZipError(`${entry.name} is ${entry.size} bytes, over the ${maxBytes}-byte limit`)
  const handle = await fs.open(file, 'r')
  let dataStart: number
  try {
    const local = await readAt(handle, entry.localHeaderOffset, 30)
    if (local.readUInt32LE(0) !== LOCAL) throw new ZipError(`the zip's local header of ${entry.name} is damaged`)
    dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28)
  } finally {
    await handle.close()
  }
  if (entry.compressedSize === 0) {
    if (entry.size !== 0) throw new ZipError(`${entry.name}: the zip claims ${entry.size} bytes from no data`)
    return Buffer.alloc(0)
  }
  const source = createReadStream(file, { start: dataStart, end: dataStart + entry.compressedSize - 1 })
  const chunks: Buffer[] = []
  let total = 0
  const stream = entry.method === 8 ? source.pipe(zlib.createInflateRaw()) : source
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length
      if (total > maxBytes)
        throw new ZipError(`${entry.name} expands to more than the ${maxBytes}-byte limit (the zip said ${entry.size} bytes)`)
      chunks.push(chunk)
    }
  } catch (err) {
    if (err instanceof ZipError) throw err
    throw new ZipError(`${entry.name} could not be inflated: ${errorMessage(err)}`)
  } finally {
    source.destroy()
    if (stream !== source) (stream as zlib.InflateRaw).destroy()
  }
  const data = Buffer.concat(chunks, total)
  if (data.length !== entry.size) throw new ZipError(`${entry.name} is ${data.length} bytes, but the zip says ${entry.size}`)
  if (zlib.crc32(data) !== entry.crc32) throw new ZipError(`${entry.name} does not match its CRC-32: the zip is damaged`)
  return data
}
