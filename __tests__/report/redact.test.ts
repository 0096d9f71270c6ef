import { describe, expect, test } from '@jest/globals'
import { createRedactor, isSecretVariable, MASK } from '../../src/report/redact.js'

// Planted fake secrets: shaped like the real thing, valid for nothing.
const GHP = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'
const GHS = 'ghs_' + 'Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0PpOoNn'
const FINE_GRAINED = 'github_pat_' + '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN'
const AWS_ID = 'AKIA' + 'IOSFODNN7EXAMPLE'
const AWS_TEMP = 'ASIA' + 'Y3FAKEFAKEFAKE12'
const SLACK = 'xoxb-' + '123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'
const GOOGLE = 'AIza' + 'SyA1234567890abcdefghijklmnopqrstuv'
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' +
  '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ' +
  '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
const PEM = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  'QyNTUxOQAAACDfakefakefakefakefakefakefakefakefakefakefakefakeAAAA',
  '-----END OPENSSH PRIVATE KEY-----'
].join('\n')

describe('createRedactor: secret-looking variables', () => {
  const env = {
    MY_API_TOKEN: 'tok-9f8e7d6c5b4a',
    DB_PASSWORD: 'hunter2hunter2',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    SERVICE_CREDENTIALS: 'svc:cr3d3nt1al',
    PRIVATE_THING: 'private-value-123',
    BASIC_AUTH: 'dXNlcjpwYXNzd29yZA==',
    SHORT_TOKEN: 'abc12',
    DEBUG_KEY: 'true',
    FEATURE_SECRET_ENABLED: 'false',
    RETRY_TOKEN_COUNT: '123456',
    HOME: '/root',
    PWD: '/work/main/some/folder',
    XAUTHORITY: '/run/user/1000/xauth_ABCDEF',
    PLAIN_VALUE: 'not-a-secret-at-all'
  }
  const r = createRedactor(env)

  test('values of secret-named variables are masked wherever they appear', () => {
    const line = `connecting with tok-9f8e7d6c5b4a and hunter2hunter2, key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`
    expect(r.text(line)).toBe(`connecting with ${MASK} and ${MASK}, key=${MASK}`)
    expect(r.text('creds svc:cr3d3nt1al / private-value-123 / dXNlcjpwYXNzd29yZA==')).toBe(`creds ${MASK} / ${MASK} / ${MASK}`)
  })

  test('short, boolean and numeric values are left alone, and so are other variables', () => {
    const line = 'abc12 true false 123456 /root /work/main/some/folder /run/user/1000/xauth_ABCDEF not-a-secret-at-all'
    expect(r.text(line)).toBe(line)
  })

  test('isSecretVariable decides by name and value', () => {
    expect(isSecretVariable('GITHUB_TOKEN', 'abcdefghijk')).toBe(true)
    expect(isSecretVariable('NPM_AUTH', 'abcdefghijk')).toBe(true)
    expect(isSecretVariable('MYSQL_PASSWD', 'abcdefghijk')).toBe(true)
    expect(isSecretVariable('SSH_PRIVATE', 'abcdefghijk')).toBe(true)
    expect(isSecretVariable('GITHUB_TOKEN', 'abc')).toBe(false)
    expect(isSecretVariable('USE_SECRET', 'enabled')).toBe(false)
    expect(isSecretVariable('PATH', '/usr/bin:/bin')).toBe(false)
    expect(isSecretVariable('SSH_AUTH_SOCK', '/tmp/ssh-agent.sock')).toBe(false)
    expect(isSecretVariable('OLDPWD', '/home/someone')).toBe(false)
  })

  test('a multi-line secret is masked whole and line by line', () => {
    const r2 = createRedactor({ SIGNING_KEY: 'line-one-secret\nline-two-secret' })
    expect(r2.text('a line-one-secret\nline-two-secret b')).toBe(`a ${MASK} b`)
    expect(r2.text('only line-two-secret here')).toBe(`only ${MASK} here`)
  })

  test('a value that contains another secret is masked whole', () => {
    const r2 = createRedactor({ A_TOKEN: 'secret-part', B_TOKEN: 'prefix-secret-part-suffix' })
    expect(r2.text('x prefix-secret-part-suffix y secret-part')).toBe(`x ${MASK} y ${MASK}`)
  })

  test('regex characters in secret values are taken literally', () => {
    const r2 = createRedactor({ WEIRD_SECRET: 'a.b*c+d?(e)[f]$' })
    expect(r2.text('v=a.b*c+d?(e)[f]$;')).toBe(`v=${MASK};`)
    expect(r2.text('aXbbbcdde')).toBe('aXbbbcdde')
  })
})

describe('createRedactor: credential shapes', () => {
  const r = createRedactor({})

  test.each([
    ['GitHub classic token', GHP],
    ['GitHub server token', GHS],
    ['GitHub OAuth token', 'gho_' + 'x'.repeat(36)],
    ['GitHub user token', 'ghu_' + 'Y'.repeat(36)],
    ['GitHub refresh token', 'ghr_' + '7'.repeat(36)],
    ['GitHub fine-grained token', FINE_GRAINED],
    ['AWS access key id', AWS_ID],
    ['AWS temporary key id', AWS_TEMP],
    ['Slack token', SLACK],
    ['Google API key', GOOGLE],
    ['JWT', JWT]
  ])('%s is masked inside text', (_label, secret) => {
    expect(r.text(`before ${secret} after`)).toBe(`before ${MASK} after`)
    expect(r.text(`"${secret}"`)).toBe(`"${MASK}"`)
    expect(r.text(secret)).toBe(MASK)
  })

  test('a PEM private key block is masked whole, a public key or certificate is not', () => {
    expect(r.text(`key:\n${PEM}\ndone`)).toBe(`key:\n${MASK}\ndone`)
    expect(r.text('-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA')).toBe(MASK)
    const cert = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----'
    expect(r.text(cert)).toBe(cert)
  })

  test('Bearer tokens, Authorization headers and URL passwords keep their prefix', () => {
    expect(r.text('Authorization: Bearer abc123def456ghi789')).toBe(`Authorization: Bearer ${MASK}`)
    expect(r.text('curl -H "Authorization: token 0123456789abcdef"')).toBe(`curl -H "Authorization: token ${MASK}"`)
    expect(r.text('Authorization: Basic dXNlcjpwYXNz')).toBe(`Authorization: Basic ${MASK}`)
    expect(r.text('git clone https://user:s3cretpass@example.com/repo.git')).toBe(`git clone https://user:${MASK}@example.com/repo.git`)
  })

  test('ordinary text is untouched', () => {
    const text =
      'Bearer authentication is described in RFC 6750. The token budget is 4096. ' +
      'eyJ alone, AKIA alone, ghp_short, sha256:0123abcd, https://example.com:8080/path, accuracy 0.913'
    expect(r.text(text)).toBe(text)
  })

  test('a megabyte of text with a secret at the end is redacted fast', () => {
    const line = 'epoch 12 step 3400 loss=0.12345 acc=0.9876 lr=3e-4 https://example.com/x?y=z token count 42\n'
    const big = line.repeat(Math.ceil((1 << 20) / line.length)) + `leaked ${GHP} and tok-9f8e7d6c5b4a\n`
    const withEnv = createRedactor({ MY_API_TOKEN: 'tok-9f8e7d6c5b4a', GITHUB_TOKEN: 'ghs_0123456789abcdef0123456789' })
    // CPU time, not wall time: other processes on a loaded machine do not count against it.
    const started = process.cpuUsage()
    const out = withEnv.text(big)
    const used = process.cpuUsage(started)
    const ms = (used.user + used.system) / 1000
    expect(out.endsWith(`leaked ${MASK} and ${MASK}\n`)).toBe(true)
    expect(out.length).toBe(big.length - GHP.length - 'tok-9f8e7d6c5b4a'.length + 2 * MASK.length)
    // Catastrophic backtracking would take seconds; it takes a few ms.
    expect(ms).toBeLessThan(500)
  })
})

describe('createRedactor: deep', () => {
  const r = createRedactor({ HF_TOKEN: 'hf_fakeFAKEfake123456' })

  test('walks objects and arrays, keys included, and returns a copy', () => {
    const input = {
      command: 'python train.py --token hf_fakeFAKEfake123456',
      runs: [{ outputTail: `pushing with ${GHP}`, exitCode: 0, ok: true, none: null }],
      nested: { deeper: { list: ['fine', JWT, 12.5] } },
      [AWS_ID]: 'key as a key',
      when: new Date(0)
    }
    const before = JSON.stringify(input)
    const out = r.deep(input)
    expect(out).toEqual({
      command: `python train.py --token ${MASK}`,
      runs: [{ outputTail: `pushing with ${MASK}`, exitCode: 0, ok: true, none: null }],
      nested: { deeper: { list: ['fine', MASK, 12.5] } },
      [MASK]: 'key as a key',
      when: new Date(0)
    })
    expect(JSON.stringify(input)).toBe(before)
    expect(out).not.toBe(input)
    expect(out.nested).not.toBe(input.nested)
  })

  test('passes through primitives and survives cycles', () => {
    expect(r.deep(42)).toBe(42)
    expect(r.deep(null)).toBe(null)
    expect(r.deep(undefined)).toBe(undefined)
    expect(r.deep('x hf_fakeFAKEfake123456')).toBe(`x ${MASK}`)
    const a: { name: string; self?: unknown } = { name: GHP }
    a.self = a
    const out = r.deep(a) as { name: string; self: { name: string } }
    expect(out.name).toBe(MASK)
    expect(out.self).toBe(out)
  })

  test('copies only what holds something to redact: the rest is shared, and the input is left as it was', () => {
    const clean = { names: ['loss', 'acc'], values: [1, 2] }
    const input = { clean, dirty: { list: ['fine', JWT] }, n: 3 }
    const out = r.deep(input)
    expect(out).not.toBe(input)
    expect(out.clean).toBe(clean)
    expect(out.dirty.list).toEqual(['fine', MASK])
    expect(input.dirty.list[1]).toBe(JWT)
    expect(r.deep(clean)).toBe(clean)
  })

  test('a cycle with nothing to redact, and one through an array, come back as cycles of the result', () => {
    const a: { name: string; self?: unknown } = { name: 'plain' }
    a.self = a
    const outA = r.deep(a) as { name: string; self: unknown }
    expect(outA.self).toBe(outA)
    expect(a.self).toBe(a)
    const list: unknown[] = [GHP]
    const holder = { list }
    list.push(holder)
    const out = r.deep(holder)
    expect(out.list[0]).toBe(MASK)
    expect(out.list[1]).toBe(out)
    expect(list[0]).toBe(GHP)
  })

  test('a key named __proto__ stays an own key in a copy', () => {
    const input = JSON.parse(`{"__proto__": 1, "t": "${GHP}"}`) as Record<string, unknown>
    const out = r.deep(input)
    expect(Object.hasOwn(out, '__proto__')).toBe(true)
    expect(out.t).toBe(MASK)
  })

  test('maps and sets are walked too', () => {
    const out = r.deep({ m: new Map([[GHP, GHS]]), s: new Set([AWS_ID]) })
    expect([...out.m.entries()]).toEqual([[MASK, MASK]])
    expect([...out.s]).toEqual([MASK])
  })
})

describe('createRedactor: defaults', () => {
  test('reads process.env when no environment is given', () => {
    process.env.REPRO_GATE_TEST_SECRET = 'planted-process-secret'
    try {
      expect(createRedactor().text('x planted-process-secret y')).toBe(`x ${MASK} y`)
    } finally {
      delete process.env.REPRO_GATE_TEST_SECRET
    }
  })
})
