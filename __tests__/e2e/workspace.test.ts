/**
 * After the gate, the workspace is as one plain run leaves it (issue 11), through dist/ as the
 * runner and a person start it: run 1's model and metrics are back in place for a later step to
 * upload, every run keeps its copy, and the report (JSON, job summary, terminal) says where.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { repoRoot, runAction } from '../support/action.js'
import { testEnv } from '../support/env.js'
import type { Report } from '../../src/report/types.js'

/** A model whose bytes are the seed's, or also the run's with `--per-run` (drift). */
const TRAIN = `import { mkdirSync, writeFileSync } from 'node:fs'
const seed = Number(process.env.REPRO_SEED)
const run = process.argv.includes('--per-run') ? Number(process.env.REPRO_RUN) : 0
mkdirSync('out', { recursive: true })
writeFileSync('out/model.bin', Buffer.from(Array.from({ length: 1024 }, (_, i) => (seed * (i + 3) + run) % 256)))
writeFileSync('out/notes.txt', 'not an artifact')
writeFileSync('metrics.json', JSON.stringify({ loss: 1 / (seed + 1) }))
`

function workspace(): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'rg-ws-'))
  writeFileSync(path.join(ws, 'train.mjs'), TRAIN)
  return ws
}

const model = (seed: number, run: number): Buffer => Buffer.from(Array.from({ length: 1024 }, (_, i) => (seed * (i + 3) + run) % 256))

const quiet = { comment: 'never', baseline: 'false', snapshot: 'false', artifacts: 'out/*.bin' }

describe("run 1's outputs are back in the workspace after the gate", () => {
  test("the action: out/model.bin and metrics.json hold run 1's bytes; the report and summary say where each run's copy is", async () => {
    const ws = workspace()
    const run = await runAction({ workspace: ws, inputs: { ...quiet, command: 'node train.mjs', runs: '3' } })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('reproducible')
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report

    // A later step that uploads the model finds it.
    expect(readFileSync(path.join(ws, 'out/model.bin'))).toEqual(model(42, 0))
    expect(JSON.parse(readFileSync(path.join(ws, 'metrics.json'), 'utf8'))).toEqual({ loss: 1 / 43 })
    expect(report.files).toMatchObject({ inWorkspace: ['metrics.json', 'out/model.bin'], inputs: [], warnings: [] })

    // Every run's copy is kept, and named: per file in the JSON, per run folder in the summary.
    expect(report.files?.copies).toHaveLength(3)
    for (const [i, r] of report.runs.entries()) {
      const folder = path.join(r.outputDir, 'files')
      expect(report.files?.copies[i]).toEqual({ run: i + 1, folder })
      expect(r.artifacts).toEqual([
        { path: 'out/model.bin', sha256: expect.any(String), bytes: 1024, copy: path.join(folder, 'out/model.bin') }
      ])
      expect(readFileSync(r.artifacts[0].copy!)).toEqual(model(42, 0))
      expect(r.metricsFile).toBe(path.join(folder, 'metrics.json'))
      expect(run.summary).toContain(folder)
    }
    expect(run.summary).toContain("Run 1's outputs are back in the working directory")
  })

  test("with drift, the workspace holds run 1's model, not the last run's", async () => {
    const ws = workspace()
    const run = await runAction({
      workspace: ws,
      inputs: { ...quiet, command: 'node train.mjs --per-run', runs: '3', 'fail-on-drift': 'false' }
    })
    expect(run.outputs.verdict).toBe('drift')
    expect(readFileSync(path.join(ws, 'out/model.bin'))).toEqual(model(42, 1))
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as Report
    expect(report.runs.map((r) => readFileSync(r.artifacts[0].copy!))).toEqual([model(42, 1), model(42, 2), model(42, 3)])
  })

  test("the CLI: the same, and the terminal report names each run's copy folder", () => {
    const ws = workspace()
    mkdirSync(path.join(ws, 'out'))
    const res = spawnSync(
      process.execPath,
      [path.join(repoRoot, 'dist', 'cli.js'), '--artifacts', 'out/*.bin', '--no-snapshot', '--runs', '2', '--', 'node', 'train.mjs'],
      {
        cwd: ws,
        env: testEnv(),
        encoding: 'utf8',
        timeout: 60_000
      }
    )
    expect(res.status).toBe(0)
    expect(readFileSync(path.join(ws, 'out/model.bin'))).toEqual(model(42, 0))
    const report = JSON.parse(readFileSync(path.join(ws, 'repro-report.json'), 'utf8')) as Report
    for (const c of report.files!.copies) {
      expect(res.stdout).toContain(c.folder)
      expect(existsSync(path.join(c.folder, 'out/model.bin'))).toBe(true)
    }
  })
})
