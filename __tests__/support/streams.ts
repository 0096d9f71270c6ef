import { PassThrough } from 'node:stream'

/** stdout and stderr streams for a CLI under test, with what was written to each. */
export function captureStreams(): { stdout: PassThrough; stderr: PassThrough; out: () => string; err: () => string } {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let o = ''
  let e = ''
  stdout.on('data', (c: Buffer) => (o += c.toString()))
  stderr.on('data', (c: Buffer) => (e += c.toString()))
  return { stdout, stderr, out: () => o, err: () => e }
}
