/**
 * Signed evidence end to end: the gate (dist/index.js, as the runner starts it) writes an in-toto
 * statement of a run with artifacts; it is checked against the in-toto v1 Statement shape and the
 * published predicate schema, its subjects file against `sha256sum -c`, and `repro-gate verify`
 * (dist/cli.js) against the real files, a flipped byte, and a Sigstore bundle of it.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { Ajv } from 'ajv'
import { repoRoot, runAction, type ActionRun } from '../support/action.js'
import { testEnv } from '../support/env.js'
import type { ReproPredicate } from '../../src/attest/types.js'

const cli = path.join(repoRoot, 'dist', 'cli.js')
const REPRODUCIBLE = 'https://github.com/repro-gate/repro-gate/attestation/reproducible/v1'
const NOT_REPRODUCIBLE = 'https://github.com/repro-gate/repro-gate/attestation/not-reproducible/v1'

/** The in-toto Statement v1 layer, written from https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md. */
const inTotoStatementV1 = {
  type: 'object',
  required: ['_type', 'subject', 'predicateType', 'predicate'],
  properties: {
    _type: { const: 'https://in-toto.io/Statement/v1' },
    subject: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['digest'],
        properties: {
          name: { type: 'string' },
          // ResourceDescriptor digest: algorithm → lowercase hex
          digest: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', pattern: '^[0-9a-f]+$' } }
        }
      }
    },
    predicateType: { type: 'string', pattern: '^[a-z]+://' },
    predicate: { type: 'object' }
  }
}
const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true })
const validateStatement = ajv.compile(inTotoStatementV1)
const validatePredicate = ajv.compile(JSON.parse(readFileSync(path.join(repoRoot, 'schema/attestation-predicate.schema.json'), 'utf8')))

/** A seeded experiment: metrics from REPRO_SEED, a binary model and a CSV; `--drift` makes the loss random. */
const TRAIN = `import { mkdirSync, writeFileSync } from 'node:fs'
const seed = Number(process.env.REPRO_SEED)
const loss = process.argv.includes('--drift') ? Math.random() : 1 / (seed + 1)
mkdirSync('out', { recursive: true })
writeFileSync('out/model.bin', Buffer.from(Array.from({ length: 256 }, (_, i) => (seed * (i + 7)) % 256)))
writeFileSync('out/table.csv', 'epoch,loss\\n1,' + loss + '\\n')
writeFileSync('metrics.json', JSON.stringify({ loss, eval: { accuracy: 0.9 } }))
`

function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-attest-'))
  writeFileSync(path.join(ws, 'train.mjs'), TRAIN)
  return ws
}

const quiet = { comment: 'never', baseline: 'false', snapshot: 'false', artifacts: 'out/*' }
const SECRET = 'sk-live-0123456789abcdef'

function repro(args: string[], cwd: string) {
  const res = spawnSync(process.execPath, [cli, ...args], { cwd, env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 60_000 })
  return { code: res.status, stdout: res.stdout, stderr: res.stderr }
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

/** Where run 1's copies of the outputs are (relative to the working directory, which is the workspace here). */
function referenceCopies(run: ActionRun): string {
  const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'))
  return path.join(report.runs[0].outputDir, 'files')
}

describe('attestation: true on a reproducible run', () => {
  let run: ActionRun
  let statement: { subject: { name: string; digest: { sha256: string } }[]; predicateType: string; predicate: ReproPredicate }

  test('the gate writes a statement that is an in-toto v1 Statement with a predicate of the published schema', async () => {
    const ws = workspace()
    run = await runAction({
      workspace: ws,
      inputs: { ...quiet, command: `node train.mjs --note ${SECRET}`, runs: '2', attestation: 'true' },
      // The key is a secret of the step: it must not reach the predicate (the command above names it).
      env: { MODEL_API_KEY: SECRET }
    })
    expect(run.code).toBe(0)
    const { outputs } = run
    expect(outputs.verdict).toBe('reproducible')
    expect(outputs['predicate-type']).toBe(REPRODUCIBLE)
    expect(outputs['attestation-path']).toBe(path.join(ws, 'repro-report.intoto.json'))
    expect(outputs['predicate-path']).toBe(path.join(ws, 'repro-report.predicate.json'))
    expect(outputs['subject-checksums']).toBe(path.join(ws, 'repro-report.subjects.sha256'))

    const text = readFileSync(outputs['attestation-path'], 'utf8')
    statement = JSON.parse(text)
    expect(validateStatement(statement) ? [] : validateStatement.errors).toEqual([])
    expect(validatePredicate(statement.predicate) ? [] : validatePredicate.errors).toEqual([])
    expect(statement.predicateType).toBe(REPRODUCIBLE)
    // actions/attest takes the predicate alone; it is the statement's.
    expect(JSON.parse(readFileSync(outputs['predicate-path'], 'utf8'))).toEqual(statement.predicate)

    // Subjects: the metrics file and every declared artifact, by workspace path, with run 1's digests.
    expect(statement.subject.map((s) => s.name)).toEqual(['metrics.json', 'out/model.bin', 'out/table.csv'])
    const copies = referenceCopies(run)
    for (const s of statement.subject) expect(s.digest.sha256).toBe(sha256(path.join(copies, s.name)))

    const p = statement.predicate
    expect(p).toMatchObject({ verdict: 'reproducible', reproducible: true, runs: { requested: 2, executed: 2, compared: 2 } })
    expect(p.seed).toMatchObject({ value: 42, determinism: 'seeds', variables: { REPRO_SEED: '42' } })
    expect(p.metrics).toMatchObject({ file: 'metrics.json', total: 2, drifted: 0 })
    expect(p.metrics.items.find((m) => m.name === 'loss')?.values).toEqual([1 / 43, 1 / 43])
    expect(p.artifacts.items.map((a) => [a.name, a.status])).toEqual([
      ['out/model.bin', 'pass'],
      ['out/table.csv', 'pass']
    ])
    expect(p.source).toMatchObject({ repository: 'octo-org/octo-repo', commit: 'a'.repeat(40), ref: 'refs/heads/main' })
    expect(p.workflow).toMatchObject({
      name: 'reproducibility',
      ref: 'octo-org/octo-repo/.github/workflows/repro.yml@refs/heads/main',
      runId: '1001'
    })
    expect(p.report.sha256).toBe(sha256(outputs['report-path']))
    // Redaction applies to what is signed.
    expect(p.command).toBe('node train.mjs --note ***')
    expect(text).not.toContain(SECRET)
    expect(readFileSync(outputs['predicate-path'], 'utf8')).not.toContain(SECRET)
  })

  test("the subjects file passes sha256sum -c in the workspace, where the gate puts run 1's outputs back, and in run 1's copies", () => {
    for (const cwd of [run.workspace, referenceCopies(run)]) {
      // The C locale: sha256sum says "OK" in English only (fr_CH: "Réussi"), and CI runs under fr_CH.
      const check = spawnSync('sha256sum', ['-c', run.outputs['subject-checksums']], {
        cwd,
        encoding: 'utf8',
        env: testEnv({ LC_ALL: 'C' })
      })
      expect(check.stderr).toBe('')
      expect(check.status).toBe(0)
      expect(check.stdout.trim().split('\n')).toEqual(['metrics.json: OK', 'out/model.bin: OK', 'out/table.csv: OK'])
    }
  })

  test('verify accepts the real files and rejects one flipped byte', () => {
    const copies = referenceCopies(run)
    const ok = repro(['verify', run.outputs['attestation-path'], 'out/model.bin', 'metrics.json'], run.workspace)
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('it does not check signatures')
    expect(ok.stdout).toMatch(/verdict\s+reproducible \(2 of 2 runs compared\)/)
    expect(ok.stdout).toMatch(/seed\s+42, determinism seeds/)
    expect(ok.stdout).toMatch(/commit\s+a{40} · octo-org\/octo-repo/)
    expect(ok.stdout).toContain('result: every file matches, and the run was reproducible')
    // Without files: every subject, by its name under the current directory.
    expect(repro(['verify', run.outputs['attestation-path']], run.workspace).code).toBe(0)
    expect(repro(['verify', run.outputs['attestation-path']], copies).code).toBe(0)

    const tampered = mkdtempSync(path.join(tmpdir(), 'rg-tampered-'))
    mkdirSync(path.join(tampered, 'out'))
    copyFileSync(path.join(copies, 'out/model.bin'), path.join(tampered, 'out/model.bin'))
    const bytes = readFileSync(path.join(tampered, 'out/model.bin'))
    bytes[100] ^= 0x01
    writeFileSync(path.join(tampered, 'out/model.bin'), bytes)
    const bad = repro(['verify', run.outputs['attestation-path'], 'out/model.bin'], tampered)
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(
      /FAIL out\/model\.bin {2}differs from subject out\/model\.bin: expected sha256 [0-9a-f]{16}…, got [0-9a-f]{16}…/
    )
    expect(bad.stdout).toContain('1 of 1 files do not match')
  })

  test('verify reads the statement inside a Sigstore bundle, as gh attestation download saves it', () => {
    const copies = referenceCopies(run)
    const payload = Buffer.from(readFileSync(run.outputs['attestation-path'])).toString('base64')
    // One bundle per line; the signature material is opaque here (verify checks digests, not signatures).
    const bundle = (payloadBase64: string) => ({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: { certificate: { rawBytes: 'MIIC' }, tlogEntries: [], timestampVerificationData: {} },
      dsseEnvelope: { payload: payloadBase64, payloadType: 'application/vnd.in-toto+json', signatures: [{ sig: 'MEUCIQ', keyid: '' }] }
    })
    const provenance = {
      _type: 'https://in-toto.io/Statement/v1',
      subject: statement.subject.slice(1, 2),
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {}
    }
    const jsonl = path.join(tmpdir(), `sha256:${statement.subject[1].digest.sha256}.jsonl`)
    writeFileSync(
      jsonl,
      [bundle(Buffer.from(JSON.stringify(provenance)).toString('base64')), bundle(payload)].map((b) => JSON.stringify(b)).join('\n') + '\n'
    )
    const res = repro(['verify', jsonl, 'out/model.bin'], copies)
    expect(res.code).toBe(0)
    expect(res.stdout).toContain('line 2, bundle')
    expect(res.stdout).not.toContain('slsa.dev')

    // A bundle holding only someone else's predicate type is not a repro-gate attestation: exit 2.
    const other = path.join(tmpdir(), `rg-other-${process.pid}.json`)
    writeFileSync(other, JSON.stringify(bundle(Buffer.from(JSON.stringify(provenance)).toString('base64'))))
    const notOurs = repro(['verify', other, 'out/model.bin'], copies)
    expect(notOurs.code).toBe(2)
    expect(notOurs.stderr).toContain('holds no repro-gate statement (predicate types found: https://slsa.dev/provenance/v1)')
  })

  test('verify: a missing argument file or a malformed statement is exit 2, naming it', () => {
    const copies = referenceCopies(run)
    const missing = repro(['verify', run.outputs['attestation-path'], 'out/nope.bin'], copies)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('out/nope.bin: not found')
    const garbage = path.join(copies, 'garbage.json')
    writeFileSync(garbage, '{"_type": "https://in-toto.io/Statement/v1", "subject": []}')
    const malformed = repro(['verify', garbage], copies)
    expect(malformed.code).toBe(2)
    expect(malformed.stderr).toContain('garbage.json: subject must be a non-empty array')
  })
})

describe('a run that is not reproducible', () => {
  test('attestation: true writes nothing: the outputs are empty, so the attest step is skipped', async () => {
    const ws = workspace()
    const run = await runAction({ workspace: ws, inputs: { ...quiet, command: 'node train.mjs && exit 3', attestation: 'true' } })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('error')
    for (const name of ['attestation-path', 'predicate-path', 'predicate-type', 'subject-checksums']) expect(run.outputs[name]).toBe('')
    expect(existsSync(path.join(ws, 'repro-report.intoto.json'))).toBe(false)
  })

  test('attestation: always writes one of the not-reproducible type, which verify rejects even with matching files', async () => {
    const ws = workspace()
    const run = await runAction({ workspace: ws, inputs: { ...quiet, command: 'node train.mjs --drift', attestation: 'always' } })
    expect(run.code).toBe(1)
    expect(run.outputs['predicate-type']).toBe(NOT_REPRODUCIBLE)
    const statement = JSON.parse(readFileSync(run.outputs['attestation-path'], 'utf8'))
    expect(validateStatement(statement)).toBe(true)
    expect(validatePredicate(statement.predicate) ? [] : validatePredicate.errors).toEqual([])
    expect(statement.predicate).toMatchObject({ verdict: 'drift', reproducible: false, metrics: { drifted: 1 } })
    // Drifted items lead the lists.
    expect(statement.predicate.metrics.items[0]).toMatchObject({ name: 'loss', status: 'drift' })
    const res = repro(['verify', run.outputs['attestation-path']], referenceCopies(run))
    expect(res.code).toBe(1)
    expect(res.stdout).toContain('result: the run was not reproducible (verdict drift)')
  })
})
