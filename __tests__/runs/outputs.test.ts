/**
 * The experiment's files across runs, with real processes and real files: an input appended to
 * beside a relative link, links that are never followed, a full RUNNER_TEMP (a 64 KiB tmpfs), a
 * full disk injected where inputs are put back, and a saved copy changed behind the gate's back.
 * After the gate the working directory is as one plain run leaves it, and every file of the
 * user's is either in place or named, with where its copy is kept.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { promises as fs } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { readInputs } from '../../src/inputs/inputs.js'
import { runGate } from '../../src/gate.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { validateReport } from '../../src/report/validate.js'
import { nodeFileOps, OutputGuard, type FileOps } from '../../src/runs/outputs.js'
import type { Report } from '../../src/report/types.js'
import { testEnv } from '../support/env.js'

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-files-'))
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), body)
  }
  return dir
}

async function gate(
  dir: string,
  values: Record<string, string>,
  options: { runnerTemp?: string; fileOps?: FileOps } = {}
): Promise<Report> {
  const env = testEnv({ GITHUB_WORKSPACE: dir, RUNNER_TEMP: options.runnerTemp ?? mkdtempSync(path.join(tmpdir(), 'rg-files-temp-')) })
  const all: Record<string, string> = { snapshot: 'false', baseline: 'false', runs: '2', ...values }
  const inputs = readInputs({ get: (n) => all[n] ?? '' }, env)
  const report = await runGate(inputs, { env, killGraceMs: 300, fileOps: options.fileOps })
  expect(await validateReport(JSON.parse(readFileSync(inputs.reportPath, 'utf8')))).toEqual([])
  return report
}

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex')

/**
 * Records the input's size as the run found it, then appends to it and adds relative links beside
 * it: one to it, one to a file outside the globs (which dangles once the link is in the run folder).
 */
const APPEND_AND_LINK = `echo "{\\"size\\": $(wc -c < out/data.bin)}" > metrics.json && printf 'appended\\n' >> out/data.bin && ln -s data.bin out/link && ln -s ../notes.txt out/notes`

describe('an input file appended to beside a relative link (issue 10, item 4)', () => {
  test('every run starts from the original; the working directory ends as run 1 left it; the original is kept', async () => {
    const original = randomBytes(4096)
    const dir = workspace({ 'out/data.bin': original, 'notes.txt': 'notes\n' })
    const report = await gate(dir, { command: APPEND_AND_LINK, artifacts: 'out/*', runs: '3' })

    expect(report.errors).toEqual([])
    expect(report.verdict).toBe('reproducible')
    // Each run found the bytes from before the gate.
    expect(report.metrics.find((m) => m.name === 'size')?.values).toEqual([4096, 4096, 4096])
    const run1 = Buffer.concat([original, Buffer.from('appended\n')])
    // As one plain run leaves it: the appended input and the link, a link still.
    expect(readFileSync(path.join(dir, 'out/data.bin'))).toEqual(run1)
    expect(lstatSync(path.join(dir, 'out/link')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path.join(dir, 'out/link'))).toBe('data.bin')
    expect(readFileSync(path.join(dir, 'out/notes'), 'utf8')).toBe('notes\n')
    expect(report.files).toMatchObject({ inWorkspace: ['metrics.json', 'out/data.bin', 'out/link', 'out/notes'], warnings: [] })
    expect(report.files?.inputs).toEqual([
      expect.objectContaining({ path: 'out/data.bin', sha256: sha256(original), bytes: 4096, after: 'run 1' })
    ])
    expect(readFileSync(report.files!.inputs[0].saved)).toEqual(original)
    // Every run keeps its own copies, the link as a link.
    expect(report.files?.copies.map((c) => c.run)).toEqual([1, 2, 3])
    for (const run of report.runs) {
      const files = path.join(run.outputDir, 'files')
      expect(readFileSync(path.join(files, 'out/data.bin'))).toEqual(run1)
      expect(readlinkSync(path.join(files, 'out/link'))).toBe('data.bin')
      expect(run.artifacts).toEqual([
        { path: 'out/data.bin', sha256: sha256(run1), bytes: run1.length, copy: path.join(files, 'out/data.bin') },
        {
          path: 'out/link',
          sha256: '',
          bytes: 0,
          skipped: 'a symbolic link to data.bin: moved as a link, never followed',
          copy: path.join(files, 'out/link')
        },
        {
          path: 'out/notes',
          sha256: '',
          bytes: 0,
          skipped: 'a symbolic link to ../notes.txt: moved as a link, never followed',
          copy: path.join(files, 'out/notes')
        }
      ])
    }
    // The report says where each run's copy is, in every rendering.
    for (const target of ['summary', 'terminal'] as const) {
      const md = renderMarkdown(report, { target })
      for (const c of report.files!.copies) expect(md).toContain(c.folder.replace(/_/g, target === 'summary' ? '\\_' : '_'))
      expect(md).toContain("run 1's version")
    }
  })
})

describe('variation runs after the repeats', () => {
  test('start from the bytes before the gate too; the working directory still ends as run 1 left it', async () => {
    const original = randomBytes(4096)
    const dir = workspace({ 'out/data.bin': original, 'notes.txt': 'notes\n' })
    const report = await gate(dir, { command: APPEND_AND_LINK, artifacts: 'out/*', vary: 'timezone' })
    expect(report.errors).toEqual([])
    expect(report.variations?.runs).toHaveLength(1)
    expect(report.variations?.status).toBe('insensitive')
    expect(readFileSync(path.join(dir, 'out/data.bin'))).toEqual(Buffer.concat([original, Buffer.from('appended\n')]))
    expect(report.files?.inputs).toEqual([expect.objectContaining({ path: 'out/data.bin', after: 'run 1' })])
  })
})

describe('symbolic links among the outputs are moved as links, never followed', () => {
  test('a link to /dev/zero and a link to / under out/** are kept as links and never read', async () => {
    const dir = workspace({})
    const command = `mkdir -p out && ln -s /dev/zero out/zero && ln -s / out/root && echo '{"a": 1}' > metrics.json`
    const report = await gate(dir, { command, artifacts: 'out/**' })
    expect(report.verdict).toBe('reproducible')
    for (const run of report.runs) {
      expect(run.artifacts.map((a) => [a.path, a.skipped])).toEqual([
        ['out/root', 'a symbolic link to /: moved as a link, never followed'],
        ['out/zero', 'a symbolic link to /dev/zero: moved as a link, never followed']
      ])
      expect(readlinkSync(path.join(run.outputDir, 'files/out/zero'))).toBe('/dev/zero')
    }
    expect(readlinkSync(path.join(dir, 'out/zero'))).toBe('/dev/zero')
    expect(readlinkSync(path.join(dir, 'out/root'))).toBe('/')
    expect(report.artifacts.map((a) => a.reason)).toEqual([
      'not compared: a symbolic link to /: moved as a link, never followed',
      'not compared: a symbolic link to /dev/zero: moved as a link, never followed'
    ])
  }, 30_000)
})

describe('matching the outputs', () => {
  test('lists links, FIFOs and files by what they are, never entering a link, inside and outside the working directory', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rg-match-'))
    const dir = path.join(root, 'wd')
    mkdirSync(path.join(dir, 'out/sub'), { recursive: true })
    mkdirSync(path.join(root, 'sibling'))
    writeFileSync(path.join(dir, 'out/sub/a.bin'), 'a')
    writeFileSync(path.join(root, 'sibling/b.bin'), 'b')
    symlinkSync('..', path.join(dir, 'out/loop'))
    symlinkSync('/', path.join(dir, 'out/root'))
    symlinkSync('missing', path.join(dir, 'out/dangling'))
    execFileSync('mkfifo', [path.join(dir, 'out/fifo')])
    mkdirSync(path.join(dir, '.repro-gate/runs/run-1/files/out'), { recursive: true })
    writeFileSync(path.join(dir, '.repro-gate/runs/run-1/files/out/c.bin'), 'c')
    const guard = new OutputGuard(
      dir,
      { metricsFile: path.join(dir, 'metrics.json'), artifactGlobs: ['out/**', '../sibling/*.bin'] },
      path.join(dir, '.repro-gate/runs')
    )
    expect(await guard.matchedFiles()).toEqual(['../sibling/b.bin', 'out/dangling', 'out/loop', 'out/root', 'out/sub/a.bin'])
    expect([...guard.skipped]).toEqual([['out/fifo', 'a FIFO (named pipe): only regular files are read']])
  })
})

/** A tmpfs of `size` for the body, unmounted after; null (and the reason) where mounting is not permitted. */
function tmpfs(size: string): { dir: string; unmount: () => void } | { reason: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'rg-tmpfs-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' })
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    return { reason: `mount -t tmpfs is not permitted here (${String((err as { stderr?: Buffer }).stderr ?? err).trim()})` }
  }
  return { dir, unmount: () => execFileSync('umount', [dir]) }
}

const probe = tmpfs('64k')
const mountable = 'dir' in probe
if ('dir' in probe) probe.unmount()
else console.warn(`skipping the tmpfs tests: ${probe.reason}`)
const withTmpfs = mountable ? test : test.skip

describe('a full RUNNER_TEMP (a 64 KiB tmpfs)', () => {
  const mounts: (() => void)[] = []
  afterAll(() => mounts.forEach((unmount) => unmount()))
  const fullTemp = (): string => {
    const t = tmpfs('64k')
    if (!('dir' in t)) throw new Error(t.reason)
    mounts.push(t.unmount)
    return t.dir
  }

  withTmpfs('an input that cannot be saved stops the gate before run 1, unchanged, naming the file', async () => {
    const original = randomBytes(100 * 1024)
    const dir = workspace({ 'out/data.bin': original })
    const report = await gate(dir, { command: `touch ran && ${APPEND_AND_LINK}`, artifacts: 'out/*' }, { runnerTemp: fullTemp() })
    expect(report.verdict).toBe('error')
    expect(report.runs).toEqual([])
    expect(report.errors[0].message).toMatch(
      /^repro-gate could not run the experiment: out\/data\.bin exists before run 1 and its copy could not be saved to .*inputs\/out\/data\.bin \(ENOSPC: no space left on device.*\); no run was started, so it is unchanged/
    )
    expect(existsSync(path.join(dir, 'ran'))).toBe(false)
    expect(readFileSync(path.join(dir, 'out/data.bin'))).toEqual(original)
  })

  withTmpfs('an output that cannot be moved there is a warning for that file; the input is put back and checked', async () => {
    const original = randomBytes(16 * 1024)
    const dir = workspace({ 'out/data.bin': original })
    // Each run appends 64 KiB: the changed input no longer fits beside its saved copy.
    const command = `echo "{\\"size\\": $(wc -c < out/data.bin)}" > metrics.json && head -c 65536 /dev/zero >> out/data.bin`
    const report = await gate(dir, { command, artifacts: 'out/*' }, { runnerTemp: fullTemp() })
    expect(report.errors).toEqual([])
    expect(report.verdict).toBe('reproducible')
    expect(report.metrics.find((m) => m.name === 'size')?.values).toEqual([16384, 16384])
    // Compared where the run left it, before it was put back.
    const appended = Buffer.concat([original, Buffer.alloc(65536)])
    expect(report.runs.map((r) => r.artifacts)).toEqual([
      [{ path: 'out/data.bin', sha256: sha256(appended), bytes: appended.length }],
      [{ path: 'out/data.bin', sha256: sha256(appended), bytes: appended.length }]
    ])
    expect(report.files?.warnings).toEqual([
      expect.stringMatching(
        /^run 1: out\/data\.bin could not be moved to .* \(ENOSPC: no space left on device.*\); it was compared where the run left it, and is put back as it was before run 1$/
      ),
      expect.stringMatching(/^run 2: out\/data\.bin could not be moved to .* \(ENOSPC/)
    ])
    // Run 1's version could not be kept, so the working directory holds the original, checked.
    expect(readFileSync(path.join(dir, 'out/data.bin'))).toEqual(original)
    expect(report.files?.inputs).toEqual([expect.objectContaining({ path: 'out/data.bin', after: 'before' })])
    expect(report.files?.inWorkspace).toEqual(['metrics.json'])
    expect(renderMarkdown(report, { target: 'comment' })).toContain('could not be moved to')
  })
})

describe('an input that cannot be put back is said loudly, with where its original is kept', () => {
  test('a full disk where inputs are put back (injected): run 2 is not started, and the report names the saved copy', async () => {
    const original = randomBytes(4096)
    const dir = workspace({ 'out/data.bin': original })
    const full: FileOps = {
      ...nodeFileOps,
      copyFile: async (source, target, mode) => {
        if (target.startsWith(dir + path.sep))
          throw Object.assign(new Error(`ENOSPC: no space left on device, copyfile '${source}' -> '${target}'`), { code: 'ENOSPC' })
        await fs.copyFile(source, target, mode)
      }
    }
    const report = await gate(dir, { command: APPEND_AND_LINK, artifacts: 'out/*' }, { fileOps: full })
    const saved = report.files!.inputs[0].saved
    expect(readFileSync(saved)).toEqual(original)
    expect(report.verdict).toBe('error')
    expect(report.runs).toHaveLength(1)
    expect(report.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^run 2 was not started: out\/data\.bin could not be put back as it was before run 1 \(ENOSPC: no space left on device/
      ),
      `out/data.bin could not be put back as it was before the gate; its original is kept at ${saved}`
    ])
    expect(report.errors[0].message.endsWith(`its original is kept at ${saved}`)).toBe(true)
    expect(report.files?.inputs).toEqual([expect.objectContaining({ path: 'out/data.bin', after: 'unverified', saved })])
    // Loud in every rendering: the error names the saved copy.
    for (const target of ['summary', 'comment', 'terminal'] as const) {
      expect(renderMarkdown(report, { target })).toContain('could not be put back as it was before the gate')
    }
    // Nothing was written half-way: no temporary copy is left beside the input.
    expect((await fs.readdir(path.join(dir, 'out'))).filter((f) => f.includes('repro-gate'))).toEqual([])
  })

  test('a saved copy changed behind the gate is never put back as the original', async () => {
    const original = randomBytes(4096)
    const dir = workspace({ 'out/data.bin': original })
    // The run deletes the input and tampers with the gate's saved copy (same user, same RUNNER_TEMP).
    const command = `echo '{"a": 1}' > metrics.json && rm out/data.bin && find "$RUNNER_TEMP" -path '*inputs/out/data.bin' -exec sh -c 'echo tampered >> "$1"' _ {} \\;`
    const report = await gate(dir, { command, artifacts: 'out/*' })
    const input = report.files!.inputs[0]
    expect(input).toMatchObject({ path: 'out/data.bin', sha256: sha256(original), after: 'unverified' })
    expect(report.verdict).toBe('error')
    expect(report.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^run 2 was not started: out\/data\.bin could not be put back as it was before run 1 \(the copy's sha256 is [0-9a-f]{64}, not the recorded [0-9a-f]{64}\)/
      ),
      `out/data.bin could not be put back as it was before the gate; its original is kept at ${input.saved}`
    ])
    expect(report.files?.warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^out/data\\.bin could not be put back as it was before the gate \\(the copy's sha256 is [0-9a-f]{64}, not the recorded ${sha256(original)}\\)`
        )
      )
    ])
    expect(existsSync(path.join(dir, 'out/data.bin'))).toBe(false)
  })
})
