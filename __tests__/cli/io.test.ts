/**
 * The CLI's I/O port over real streams (the process's in production): stdout and stderr as given,
 * a terminal only when stdin is one, and a prompt that asks on stderr and reads one line of stdin.
 */
import { describe, expect, test } from '@jest/globals'
import { PassThrough } from 'node:stream'
import { streamIO } from '../../src/cli/io.js'

function streams(stdin?: PassThrough & { isTTY?: boolean }) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (c: Buffer) => (out += c.toString()))
  stderr.on('data', (c: Buffer) => (err += c.toString()))
  return { io: streamIO({ stdout, stderr, stdin }), out: () => out, err: () => err }
}

describe('streamIO', () => {
  test('out goes to stdout, err to stderr', () => {
    const s = streams()
    s.io.out('the verdict\n')
    s.io.err('a message\n')
    expect(s.out()).toBe('the verdict\n')
    expect(s.err()).toBe('a message\n')
  })

  test('a terminal only when stdin is one', () => {
    expect(streams().io.isTTY).toBe(false)
    expect(streams(new PassThrough()).io.isTTY).toBe(false)
    expect(streams(Object.assign(new PassThrough(), { isTTY: true })).io.isTTY).toBe(true)
  })

  test('prompt asks on stderr and answers with the next line of stdin', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true })
    const s = streams(stdin)
    stdin.write('yes\nmore\n')
    await expect(s.io.prompt('Run it? [y/N] ')).resolves.toBe('yes')
    expect(s.err()).toBe('Run it? [y/N] ')
    expect(s.out()).toBe('')
    stdin.end()
  })

  test("prompt answers '' when stdin ends first, or when there is none", async () => {
    const stdin = new PassThrough()
    stdin.end()
    await expect(streams(stdin).io.prompt('? ')).resolves.toBe('')
    await expect(streams().io.prompt('? ')).resolves.toBe('')
  })

  test('a reader gone (EPIPE) ends the writes quietly; the rest go on', async () => {
    const stdout = new PassThrough()
    const stderr = new PassThrough()
    let err = ''
    stderr.on('data', (c: Buffer) => (err += c.toString()))
    const io = streamIO({ stdout, stderr })
    stdout.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))
    await new Promise((resolve) => stdout.once('close', resolve))
    expect(() => io.out('more of the schema\n')).not.toThrow()
    io.err('still here\n')
    expect(err).toBe('still here\n')
  })
})
