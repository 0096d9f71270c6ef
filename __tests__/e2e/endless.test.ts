/**
 * Endless and blocking "files" through dist/index.js: symlinks to /dev/zero and /dev/urandom and
 * FIFOs among the data, the artifacts (created by every run, and one there before run 1) and a
 * committed requirements.txt that lockfile detection finds. Reading any of them never ends; the gate
 * must skip them, say so in the report, and finish.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { runAction } from '../support/action.js'

const git = (cwd: string, ...args: string[]): void => {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, stdio: 'ignore' })
}

interface Skippable {
  path: string
  sha256: string
  skipped?: string
}

describe('endless files never hang the gate', () => {
  test('symlinks to /dev/zero and /dev/urandom and FIFOs in data, artifacts and lockfiles are skipped and named', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'rg-endless-'))
    mkdirSync(path.join(ws, 'data'))
    mkdirSync(path.join(ws, 'out'))
    writeFileSync(path.join(ws, 'data', 'train.csv'), 'x,y\n1,2\n')
    symlinkSync('/dev/zero', path.join(ws, 'data', 'zero.bin'))
    symlinkSync('/dev/urandom', path.join(ws, 'data', 'random.bin'))
    // A FIFO itself is not a file to a glob; a link to one is, and opening it blocks for a writer.
    execFileSync('mkfifo', [path.join(ws, 'fifo')])
    symlinkSync(path.join(ws, 'fifo'), path.join(ws, 'data', 'pipe.csv'))
    // An input before run 1, and a committed requirements.txt that is /dev/zero.
    symlinkSync('/dev/urandom', path.join(ws, 'out', 'noise.bin'))
    symlinkSync('/dev/zero', path.join(ws, 'requirements.txt'))
    writeFileSync(
      path.join(ws, 'train.sh'),
      [
        'echo model > out/model.bin',
        'ln -sf /dev/zero out/zeros.bin',
        'ln -sf "$PWD/fifo" out/fifo',
        `echo '{"accuracy": 0.9}' > metrics.json`
      ].join('\n')
    )
    git(ws, 'init', '-q')
    git(ws, 'add', 'requirements.txt', 'train.sh')
    git(ws, 'commit', '-qm', 'init')

    const run = await runAction({
      workspace: ws,
      inputs: { command: 'bash train.sh', runs: '2', data: 'data/*', artifacts: 'out/*', baseline: 'false' },
      timeoutMs: 60_000
    })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('reproducible')
    const report = JSON.parse(readFileSync(path.join(ws, 'repro-report.json'), 'utf8')) as {
      environment: { data: Skippable[]; warnings: string[] }
      lockfiles: (Skippable & { error?: string })[]
      runs: { artifacts: Skippable[] }[]
      artifacts: { path: string; status: string; reason: string | null }[]
    }
    const data = Object.fromEntries(report.environment.data.map((f) => [f.path, f]))
    expect(data['data/train.csv'].sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(data['data/zero.bin'].skipped).toMatch(/character device/)
    expect(data['data/random.bin'].skipped).toMatch(/character device/)
    expect(data['data/pipe.csv'].skipped).toMatch(/FIFO/)
    const requirements = report.lockfiles.find((l) => l.path === 'requirements.txt')
    expect(requirements?.error).toMatch(/character device/)
    expect(report.environment.warnings.join('\n')).toMatch(/data\/zero\.bin.*character device/)

    const artifacts = Object.fromEntries(report.runs[1].artifacts.map((a) => [a.path, a]))
    expect(artifacts['out/model.bin'].sha256).toMatch(/^[0-9a-f]{64}$/)
    // Links among the outputs are moved as links, never followed: never read, whatever they name.
    expect(artifacts['out/zeros.bin'].skipped).toBe('a symbolic link to /dev/zero: moved as a link, never followed')
    expect(artifacts['out/fifo'].skipped).toMatch(/^a symbolic link to .*\/fifo: moved as a link, never followed$/)
    expect(report.artifacts.find((a) => a.path === 'out/zeros.bin')?.reason).toMatch(/not compared: a symbolic link to \/dev\/zero/)
    expect(run.summary).toContain('repro-gate')
  })
})
