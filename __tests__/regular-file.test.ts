/**
 * Only regular files are read: FIFOs, devices and links to them are refused at once (opening a FIFO
 * normally blocks until a writer comes; /dev/zero never ends), reads that load a file whole are
 * capped, and hashing stops at the capture's deadline.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { readRegularFile, SkippedFileError } from '../src/regular-file.js'
import { hashFile } from '../src/hash.js'
import { fingerprintData } from '../src/snapshot/data.js'
import { readLockfiles } from '../src/snapshot/lockfiles/index.js'
import { readMetricsFile } from '../src/metrics/read.js'

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-regular-'))
  execFileSync('mkfifo', [path.join(dir, 'fifo')])
  symlinkSync(path.join(dir, 'fifo'), path.join(dir, 'link-to-fifo'))
  symlinkSync('/dev/zero', path.join(dir, 'zero'))
  writeFileSync(path.join(dir, 'small.txt'), 'hello\n')
  return dir
}

describe('regular files only', () => {
  const dir = folder()

  test('hashFile refuses a FIFO, a link to one and /dev/zero, and hashes a regular file', async () => {
    await expect(hashFile(path.join(dir, 'fifo'))).rejects.toThrow(/FIFO/)
    await expect(hashFile(path.join(dir, 'link-to-fifo'))).rejects.toThrow(SkippedFileError)
    await expect(hashFile(path.join(dir, 'zero'))).rejects.toThrow(/character device/)
    await expect(hashFile(path.join(dir, 'small.txt'))).resolves.toEqual({
      sha256: '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03',
      bytes: 6
    })
  })

  test('readRegularFile refuses a file over its limit, naming the sizes', async () => {
    await expect(readRegularFile(path.join(dir, 'small.txt'), 5)).rejects.toThrow(/6 bytes, over the 5 bytes read limit/)
    await expect(readRegularFile(path.join(dir, 'small.txt'), 6)).resolves.toEqual(Buffer.from('hello\n'))
  })

  test('hashing stops when the deadline has passed; a glob not expanded by then is said', async () => {
    await expect(hashFile(path.join(dir, 'small.txt'), AbortSignal.abort())).rejects.toThrow(/not hashed: the deadline passed/)
    const { files, warnings } = await fingerprintData(dir, ['small.txt'], AbortSignal.abort())
    expect(files).toEqual([])
    expect(warnings).toEqual(['data: "small.txt" was not expanded before the deadline'])
  })

  test('a lockfile that is a link to /dev/zero is listed with why it was skipped', async () => {
    symlinkSync('/dev/zero', path.join(dir, 'requirements.txt'))
    const [record] = await readLockfiles(dir, ['requirements.txt'])
    expect(record.error).toMatch(/^skipped: a character device/)
  })

  test('a metrics file that is a link to /dev/zero is an error naming it', async () => {
    symlinkSync('/dev/zero', path.join(dir, 'metrics.json'))
    await expect(readMetricsFile(path.join(dir, 'metrics.json'), 'run 1: metrics.json')).rejects.toThrow(
      /run 1: metrics\.json cannot be used: a character device/
    )
  })
})
