import { describe, expect, test } from '@jest/globals'
import { createRedactor, isSecretVariable, MASK } from '../../src/report/redact.js'
import { redactStream } from '../../src/report/redact-stream.js'

const BODY = [
  'MIIEowIBAAKCAQEAzQ1x3kP0bQwYvJ9sLmN4aB7cD2eF5gH8',
  'T6uV9wX2yZ5aB8cD1eF4gH7iJ0kL3mN6oP9qR2sT5uV8wX1',
  'K9lM2nO5pQ8rS1tU4vW7xY0zA3bC6dE9fG2hI5jK8lM1nO4'
]
const KEY = ['-----BEGIN RSA PRIVATE KEY-----', ...BODY, '-----END RSA PRIVATE KEY-----'].join('\n')

/** Feeds the text in the given pieces and returns everything released. */
function stream(pieces: string[], env: NodeJS.ProcessEnv = {}): string {
  const s = redactStream(createRedactor(env))
  return pieces.map((p) => s.write(p)).join('') + s.end()
}

describe('redactStream: secrets split across chunks', () => {
  test('a private key printed in two writes is masked whole, the text around it kept', () => {
    const text = `before\n${KEY}\nafter\n`
    const cut = text.indexOf(BODY[1])
    const out = stream([text.slice(0, cut), text.slice(cut)])
    expect(out).toBe(`before\n${MASK}\nafter\n`)
  })

  test('cut at every position, no piece of the body is ever released', () => {
    const text = `a\n${KEY}\nb\n`
    for (let cut = 1; cut < text.length; cut += 7) {
      const out = stream([text.slice(0, cut), text.slice(cut)])
      for (const line of BODY) expect(out).not.toContain(line.slice(0, 12))
      expect(out.startsWith('a\n')).toBe(true)
      expect(out.endsWith('b\n')).toBe(true)
    }
  })

  test('a key block that never ends is masked to the end of the stream', () => {
    const out = stream(['x\n-----BEGIN PRIVATE KEY-----\n', `${BODY[0]}\n`, `${BODY[1]}\n`])
    expect(out).toBe(`x\n${MASK}`)
  })

  test('a key block longer than the hold limit is masked as it streams, up to its END line', () => {
    const s = redactStream(createRedactor({}))
    let out = s.write('-----BEGIN EC PRIVATE KEY-----\n')
    for (let i = 0; i < 2000; i++) out += s.write(`${BODY[i % 3]}\n`)
    out += s.write('-----END EC PRIVATE KEY-----\nvisible\n') + s.end()
    expect(out).toBe(`${MASK}\nvisible\n`)
  })

  test('a secret value split across chunks is masked (text is released at line ends)', () => {
    const secret = 'tok-9f8e7d6c5b4a'
    expect(stream(['using tok-9f8e', '7d6c5b4a now\n'], { MY_TOKEN: secret })).toBe(`using ${MASK} now\n`)
  })

  test('progress output without newlines is released in bounded pieces, still redacted', () => {
    const s = redactStream(createRedactor({}))
    let out = ''
    let held = 0
    for (let i = 0; i < 5000; i++) {
      out += s.write(`\r${i} it/s ghp_${'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'}`)
      held = Math.max(held, i * 50 - out.length)
    }
    out += s.end()
    expect(out).not.toContain('ghp_A1b2')
    expect(out.split(MASK)).toHaveLength(5001)
    expect(held).toBeLessThan(200_000)
  })
})

describe('credential shapes and names added after the review', () => {
  const r = createRedactor({ DB_PW: 'Tr0ub4dor-and-3', API_CREDS: 'creds:9f8e7d6c5b4a', GH_PAT: 'pat-abcdef123456', PATH: '/usr/bin' })

  test('secret-named variables the patterns used to miss', () => {
    expect(r.text('pw Tr0ub4dor-and-3 creds:9f8e7d6c5b4a pat-abcdef123456 /usr/bin')).toBe(`pw ${MASK} ${MASK} ${MASK} /usr/bin`)
    expect(isSecretVariable('DB_PW', 'abcdefgh1')).toBe(true)
    expect(isSecretVariable('API_CREDS', 'abcdefgh1')).toBe(true)
    expect(isSecretVariable('PWD', '/home/someone/project')).toBe(false)
    expect(isSecretVariable('OLDPWD', '/home/someone/project')).toBe(false)
  })

  test.each([
    ['OpenAI project key', 'sk-proj-' + 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z_Ab3dEf6hIj9k'],
    ['OpenAI key', 'sk-' + 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb3dEf6h'],
    ['Anthropic key', 'sk-ant-api03-' + 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z-Ab3dEf6hIj9k'],
    ['Hugging Face token', 'hf_' + 'AbCdEfGhIjKlMnOpQrStUvWxYz01234567'],
    ['GitLab token', 'glpat-' + 'Ab3dEf6hIj9kLm2nOp5q'],
    ['npm token', 'npm_' + 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb3d'],
    ['Stripe key', 'sk_live_' + 'Ab3dEf6hIj9kLm2nOp5qRs8t']
  ])('%s', (_name, token) => {
    expect(r.text(`key=${token} end`)).toBe(`key=${MASK} end`)
  })

  test('words that look a little like keys stay', () => {
    const line = 'pip install sk-learn scikit-learn hf_hub_download'
    expect(r.text(line)).toBe(line)
  })

  test('the tail of a key whose BEGIN line was cut off (a bounded output tail) is masked', () => {
    const tail = `${BODY[1]}\n${BODY[2]}\n-----END RSA PRIVATE KEY-----\nafter`
    expect(r.text(tail)).toBe(`${MASK}\nafter`)
  })
})
