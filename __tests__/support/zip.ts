/**
 * Writes zip files the way artifact uploads make them (deflated entries, a central directory), for
 * tests of code that reads them — including a zip bomb: a few hundred KiB that inflate to hundreds
 * of MB, built by streaming so the test never holds the inflated bytes.
 */
import * as zlib from 'node:zlib'

export interface RawEntry {
  name: string
  /** The entry's data as stored in the zip (deflated unless method is 0). */
  data: Buffer
  method: 0 | 8
  crc32: number
  size: number
}

/** A deflated entry of `content`. */
export function entry(name: string, content: string | Buffer): RawEntry {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content)
  return { name, data: zlib.deflateRawSync(bytes), method: 8, crc32: zlib.crc32(bytes), size: bytes.length }
}

/**
 * A deflated entry of `size` zero bytes, made in 1 MiB steps (only the compressed bytes are kept).
 * The bytes of one size are made once per test file: 300 MB of zeros take 0.6 s of CPU to deflate.
 */
export async function zeros(name: string, size: number): Promise<RawEntry> {
  let made = deflatedZeros.get(size)
  if (!made) deflatedZeros.set(size, (made = deflateZeros(size)))
  return { name, ...(await made), method: 8, size }
}

const deflatedZeros = new Map<number, Promise<{ data: Buffer; crc32: number }>>()

async function deflateZeros(size: number): Promise<{ data: Buffer; crc32: number }> {
  const deflate = zlib.createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (c: Buffer) => out.push(c))
  const done = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject))
  const step = Buffer.alloc(1024 * 1024)
  let crc = 0
  for (let left = size; left > 0; left -= step.length) {
    const chunk = left >= step.length ? step : step.subarray(0, left)
    crc = zlib.crc32(chunk, crc)
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r))
  }
  deflate.end()
  await done
  return { data: Buffer.concat(out), crc32: crc }
}

/** The zip of `entries` (no data descriptors, no ZIP64). `claim` overrides the sizes the headers state. */
export function makeZip(entries: RawEntry[], claim: { size?: number } = {}): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name)
    const size = claim.size ?? e.size
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(e.method, 8)
    local.writeUInt32LE(e.crc32 >>> 0, 14)
    local.writeUInt32LE(e.data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(e.method, 10)
    central.writeUInt32LE(e.crc32 >>> 0, 16)
    central.writeUInt32LE(e.data.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, e.data)
    centrals.push(central, name)
    offset += 30 + name.length + e.data.length
  }
  const centralBytes = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(centralBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, centralBytes, end])
}
