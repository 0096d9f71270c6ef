/** The attestation's data, from recorded reports: predicate, subjects, limits, and how statements are read back. */
import { describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { Ajv } from 'ajv'
import { buildPredicate, predicateTypeFor, workspaceRelative } from '../../src/attest/predicate.js'
import { predicateSchema } from '../../src/attest/schema.js'
import { checksumsText, MAX_SUBJECTS, referenceSubjects } from '../../src/attest/subjects.js'
import { readStatements, StatementFormatError } from '../../src/attest/read.js'
import { PredicateType, STATEMENT_TYPE } from '../../src/attest/types.js'
import type { Report } from '../../src/report/types.js'
import { readInputs } from '../../src/inputs/inputs.js'

const root = path.resolve(import.meta.dirname, '../..')
const fixture = (name: string): Report =>
  JSON.parse(readFileSync(path.join(root, '__tests__/fixtures/reports', `${name}.json`), 'utf8')) as Report
const validatePredicate = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true }).compile(predicateSchema)
const problems = (p: unknown): string => JSON.stringify(validatePredicate(p) ? [] : validatePredicate.errors)
// The fixtures ran in /home/runner/work/vision-lab/vision-lab; make that folder a subfolder of the workspace.
const ctx = (report: Report) => ({
  workspace: path.dirname(report.inputs.workingDirectory),
  reportPath: path.join(report.inputs.workingDirectory, 'repro-report.json'),
  reportSha256: 'f'.repeat(64),
  env: { GITHUB_WORKFLOW: 'reproducibility', GITHUB_WORKFLOW_REF: 'org/repo/.github/workflows/repro.yml@refs/heads/main' }
})

describe('the predicate', () => {
  test.each(['reproducible', 'drift', 'error'])('of the %s fixture fits the published schema', (name) => {
    const report = fixture(name)
    const predicate = buildPredicate(report, ctx(report))
    expect(problems(predicate)).toBe('[]')
    expect(predicate.verdict).toBe(report.verdict)
    expect(predicate.report).toEqual({ path: 'vision-lab/repro-report.json', sha256: 'f'.repeat(64), schemaVersion: 1 })
    expect(predicate.workflow.ref).toBe('org/repo/.github/workflows/repro.yml@refs/heads/main')
  })

  test('carries the variation diagnosis and the seed audit when the gate ran them, and still fits the schema', () => {
    const report = fixture('drift')
    report.variations = {
      requested: ['threads', 'hostname'],
      factors: [
        { name: 'threads', varied: true, reason: null, control: '2', value: '1', variables: { OMP_NUM_THREADS: '1' }, note: null },
        { name: 'hostname', varied: false, reason: 'unshare: not permitted', control: 'runner', value: null, variables: {}, note: null }
      ],
      status: 'sensitive',
      message: 'sensitive to threads',
      culprits: [{ factor: 'threads', changes: [], error: null, summary: 'accuracy changes with the thread count' }],
      untested: [],
      runs: [],
      maxRuns: 3,
      durationMs: 1000
    } as unknown as Report['variations']
    report.seedAudit = {
      level: 'warn',
      seed: 1234,
      auditSeed: 1235,
      variables: { REPRO_SEED: '1235' },
      wired: true,
      message: 'the seed moves 1 metric',
      spread: [
        { name: 'accuracy', tolerance: null, control: 0.9, audit: 0.91 },
        { name: 'epochs', tolerance: null, control: 3, audit: 3 }
      ],
      artifactsChanged: [],
      error: null,
      durationMs: 1000
    } as unknown as Report['seedAudit']
    const p = buildPredicate(report, ctx(report))
    expect(problems(p)).toBe('[]')
    expect(p.variations).toEqual({
      sensitiveTo: ['threads'],
      factors: [
        { name: 'threads', varied: true, sensitive: true, reason: null },
        { name: 'hostname', varied: false, sensitive: false, reason: 'unshare: not permitted' }
      ]
    })
    expect(p.seedAudit).toEqual({ seedWired: true, auditSeed: 1235, changedMetrics: 1 })
  })

  test('the published schema file is the one in the code', () => {
    expect(JSON.parse(readFileSync(path.join(root, 'schema/attestation-predicate.schema.json'), 'utf8'))).toEqual(predicateSchema)
  })

  test('only a reproducible verdict gets the reproducible predicate type', () => {
    expect(predicateTypeFor({ verdict: 'reproducible' })).toBe(PredicateType.Reproducible)
    expect(predicateTypeFor({ verdict: 'drift' })).toBe(PredicateType.NotReproducible)
    expect(predicateTypeFor({ verdict: 'error' })).toBe(PredicateType.NotReproducible)
  })

  test('says what was attested: seed, runs, tolerance, metrics with values, artifacts, source, environment', () => {
    const report = fixture('reproducible')
    const p = buildPredicate(report, ctx(report))
    expect(p.seed).toMatchObject({ value: report.inputs.seed, determinism: report.inputs.determinism, variables: report.seeds.set })
    expect(p.runs).toMatchObject({ requested: report.inputs.runs, executed: report.runs.length })
    expect(p.metrics.total).toBe(report.metrics.length)
    expect(p.metrics.items[0].values).toEqual(report.metrics.find((m) => m.name === p.metrics.items[0].name)?.values)
    expect(p.artifacts.items.map((a) => a.name)).toEqual(report.artifacts.map((a) => `vision-lab/${a.path}`))
    expect(p.artifacts.items[0].sha256).toBe(
      report.runs[0].artifacts.find((a) => `vision-lab/${a.path}` === p.artifacts.items[0].name)?.sha256
    )
    expect(p.source.commit).toBe(report.context.sha)
    expect(p.environment?.fingerprint).toBe(report.environment?.fingerprint)
    expect(p.environment?.summary.os).toContain(report.environment?.os.status === 'ok' ? report.environment.os.distro : '')
    expect(p.lockfiles.map((l) => l.sha256)).toEqual((report.lockfiles ?? []).map((l) => l.sha256))
    // The optional place for the variation runs and seed audit (issue #8) is empty until they exist.
    expect(p.variations).toBeUndefined()
    expect(p.seedAudit).toBeUndefined()
  })

  test('a huge metric set is cut to fit the budget, drifted metrics first, and still fits the schema', () => {
    const report = fixture('drift')
    const template = report.metrics.find((m) => m.status === 'pass') ?? report.metrics[0]
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...template, name: `layer.${i}.weight_norm`, status: 'pass' as const }))
    const drifted = report.metrics.filter((m) => m.status === 'drift')
    const big: Report = { ...report, metrics: [...many, ...drifted] }
    const budget = 100_000
    const p = buildPredicate(big, { ...ctx(big), budgetBytes: budget })
    expect(Buffer.byteLength(JSON.stringify(p))).toBeLessThanOrEqual(budget)
    expect(p.metrics.total).toBe(5000 + drifted.length)
    expect(p.metrics.listed).toBe(p.metrics.items.length)
    expect(p.metrics.listed).toBeLessThan(p.metrics.total)
    expect(p.metrics.items.slice(0, drifted.length).map((m) => m.name)).toEqual(drifted.map((m) => m.name))
    expect(problems(p)).toBe('[]')
  })

  test('paths are relative to the workspace with forward slashes', () => {
    expect(workspaceRelative('/ws', '/ws/a/b.bin')).toBe('a/b.bin')
    expect(workspaceRelative('/ws', '/ws')).toBe('.')
    expect(workspaceRelative('/ws/sub', '/ws/out.bin')).toBe('../out.bin')
  })
})

describe('the subjects', () => {
  function runOneReport(dir: string, artifacts: string[], metricsText: string | null): Report {
    const report = fixture('reproducible')
    const metricsFile = path.join(dir, 'run-1-metrics.json')
    if (metricsText !== null) writeFileSync(metricsFile, metricsText)
    return {
      ...report,
      inputs: { ...report.inputs, workingDirectory: path.join(dir, 'exp'), metrics: path.join(dir, 'exp', 'metrics.json') },
      runs: [
        {
          ...report.runs[0],
          metricsFile: metricsText === null ? null : metricsFile,
          artifacts: artifacts.map((p, i) => ({ path: p, sha256: i.toString(16).padStart(64, '0'), bytes: i }))
        },
        ...report.runs.slice(1)
      ]
    }
  }

  test('are run 1 metrics file (hashed from its copy) and artifacts, by workspace path, sorted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-subjects-'))
    const { subjects, leftOut } = await referenceSubjects(runOneReport(dir, ['out/z.bin', 'out/a.bin'], '{"loss": 1}'), dir)
    expect(leftOut).toEqual([])
    expect(subjects.map((s) => s.name)).toEqual(['exp/metrics.json', 'exp/out/a.bin', 'exp/out/z.bin'])
    expect(subjects[0].digest.sha256).toBe(createHash('sha256').update('{"loss": 1}').digest('hex'))
    expect(checksumsText(subjects).split('\n')[1]).toBe(`${'1'.padStart(64, '0')}  exp/out/a.bin`)
  })

  test("with the gate's files section: only files back in the workspace, the metrics file hashed in place; links and files not back are left out", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-subjects-'))
    const base = runOneReport(dir, ['out/a.bin', 'out/b.bin'], '{"loss": 1}')
    mkdirSync(path.join(dir, 'exp'), { recursive: true })
    writeFileSync(path.join(dir, 'exp', 'metrics.json'), '{"loss": 1}')
    const report: Report = {
      ...base,
      runs: [
        {
          ...base.runs[0],
          artifacts: [
            ...base.runs[0].artifacts,
            { path: 'out/link', sha256: '', bytes: 0, skipped: 'a symbolic link to /dev/zero: moved as a link, never followed' }
          ]
        }
      ],
      files: { inWorkspace: ['metrics.json', 'out/a.bin', 'out/link'], copies: [], inputs: [], warnings: [] }
    }
    const { subjects, leftOut } = await referenceSubjects(report, dir)
    expect(subjects.map((s) => s.name)).toEqual(['exp/metrics.json', 'exp/out/a.bin'])
    expect(subjects[0].digest.sha256).toBe(createHash('sha256').update('{"loss": 1}').digest('hex'))
    expect(leftOut).toEqual([
      "out/b.bin: run 1's copy is not back in the working directory",
      'out/link: a symbolic link to /dev/zero: moved as a link, never followed'
    ])
    // Unhashed in the predicate: null digests, which the published schema accepts.
    const predicate = buildPredicate(
      { ...report, artifacts: [] },
      { ...ctx(report), workspace: dir, reportPath: path.join(dir, 'exp', 'repro-report.json') }
    )
    expect(predicate.artifacts.items.find((a) => a.name === 'exp/out/link')).toMatchObject({
      sha256: null,
      bytes: null,
      sha256PerRun: [null]
    })
    expect(problems(predicate)).toBe('[]')
  })

  test(`stay within actions/attest's ${MAX_SUBJECTS} and leave out names sha256sum cannot carry, saying so`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rg-subjects-'))
    const names = [...Array.from({ length: 1100 }, (_, i) => `out/f${String(i).padStart(4, '0')}.bin`), 'out/new\nline.bin']
    const { subjects, leftOut } = await referenceSubjects(runOneReport(dir, names, null), dir)
    expect(subjects).toHaveLength(MAX_SUBJECTS)
    expect(leftOut.join('\n')).toContain(`76 of 1100 files: actions/attest signs at most ${MAX_SUBJECTS} subjects`)
    expect(leftOut.join('\n')).toContain('newline or backslash')
  })
})

describe('reading statements back', () => {
  const statement = {
    _type: STATEMENT_TYPE,
    subject: [{ name: 'm.json', digest: { sha256: 'a'.repeat(64) } }],
    predicateType: PredicateType.Reproducible,
    predicate: { verdict: 'reproducible' }
  }
  const bundle = (s: object, payloadType = 'application/vnd.in-toto+json') => ({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { certificate: { rawBytes: 'MIIB' }, tlogEntries: [] },
    dsseEnvelope: { payload: Buffer.from(JSON.stringify(s)).toString('base64'), payloadType, signatures: [{ sig: 'MEUCIQ', keyid: '' }] }
  })

  test('a statement, a pretty-printed bundle, JSON lines of bundles, and the API list', () => {
    expect(readStatements(JSON.stringify(statement, null, 2), 's.json').statements[0].predicateType).toBe(PredicateType.Reproducible)
    expect(readStatements(JSON.stringify(bundle(statement), null, 2), 'b.json').statements[0].subject[0].name).toBe('m.json')
    const slsa = { ...statement, predicateType: 'https://slsa.dev/provenance/v1' }
    const messageSignature = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', messageSignature: { signature: 'x' } }
    const lines = [bundle(slsa), bundle(statement), messageSignature].map((b) => JSON.stringify(b)).join('\n') + '\n'
    const read = readStatements(lines, 'sha256:abc.jsonl')
    expect(read.statements.map((s) => s.predicateType)).toEqual(['https://slsa.dev/provenance/v1', PredicateType.Reproducible])
    expect(read.statements[1].origin).toBe('sha256:abc.jsonl line 2, bundle')
    expect(read.skipped).toEqual([expect.stringContaining('line 3: a Sigstore bundle without a DSSE envelope')])
    const api = { attestations: [{ bundle: bundle(statement), repository_id: 1 }] }
    expect(readStatements(JSON.stringify(api), 'api.json').statements).toHaveLength(1)
  })

  test.each([
    ['', 'the file is empty'],
    [JSON.stringify(statement) + '\nnot json\n', 'line 2 is not JSON'],
    [JSON.stringify({ ...statement, _type: 'https://in-toto.io/Statement/v0.1' }), '_type is "https://in-toto.io/Statement/v0.1"'],
    [JSON.stringify({ ...statement, subject: [] }), 'subject must be a non-empty array'],
    [JSON.stringify({ ...statement, subject: [{ name: 'x', digest: { sha256: 'zz' } }] }), 'subject[0].digest.sha256 is not a hex string'],
    [JSON.stringify({ hello: 'world' }), 'not an in-toto statement (no _type) or a Sigstore bundle (no dsseEnvelope)'],
    [JSON.stringify({ dsseEnvelope: { payload: '!!!', payloadType: 'application/vnd.in-toto+json' } }), 'not base64 of a JSON statement']
  ])('malformed input %# is a format error naming what is wrong', (text, message) => {
    expect(() => readStatements(text, 'in.json')).toThrow(StatementFormatError)
    expect(() => readStatements(text, 'in.json')).toThrow(message)
  })
})

describe('the attestation input', () => {
  const read = (value: string) =>
    readInputs(
      { get: (name) => (({ command: 'true', attestation: value }) as Record<string, string>)[name] ?? '' },
      { GITHUB_WORKSPACE: root }
    )
  test('false by default; true and always as written', () => {
    expect(read('').attestation).toBe('false')
    expect(read('always').attestation).toBe('always')
    expect(read('True').attestation).toBe('true')
  })
  test('anything else names the input and what it accepts', () => {
    expect(() => read('yes')).toThrow('attestation: got "yes", expected one of: false, true, always')
  })
})
