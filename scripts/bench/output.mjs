// A run's output on its way through the gate: the process reader with its kept tail, the
// streaming redaction and the echo, fed by a real process that writes 14 MB as a progress bar
// does (`\r`, no newline, one small write per update) and as ordinary lines. Each result is the
// wall time of the whole run, the experiment's own writing included, as MB/s; the target is the
// issue's: 14 MB in at most 1.5 s (the experiment alone takes about 1 s of it on a slow machine).
import { closeSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'

const MB = 1024 * 1024
const SIZE = Number(process.env.REPRO_GATE_BENCH_OUTPUT_MB ?? 14) * MB
const TARGET_MS = 1500 * (SIZE / (14 * MB))

/** A node program writing `size` bytes of updates ending in `\r` (before) or `\n` (after), one write per update. */
const WRITER = `
const fs = require('fs')
const [sep, size] = [process.argv[2], Number(process.argv[3])]
let n = 0
for (let i = 0; n < size; i++) {
  const s = sep === 'r'
    ? '\\r  ' + (i % 100) + '%|#####     | ' + i + '/1000000 [00:01<00:02, 1234.56it/s]'
    : 'step ' + i + ' loss=0.' + (i % 997) + ' acc=0.' + (i % 991) + ' lr=0.001\\n'
  fs.writeSync(1, s)
  n += s.length
}
`

async function timeRun(runProcess, redactStream, redactor, sep, writer) {
  // The action echoes to a pipe, which node writes synchronously.
  const sink = openSync('/dev/null', 'w')
  const stream = redactStream(redactor)
  let released = 0
  let chunks = 0
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = await runProcess({
    command: `node ${writer} ${sep === '\r' ? 'r' : 'n'} ${SIZE}`,
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '' },
    timeoutMs: 120_000,
    onOutput: (text) => {
      chunks++
      const out = stream.write(text)
      released += out.length
      if (out !== '') writeSync(sink, out)
    }
  })
  released += stream.end().length
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  closeSync(sink)
  if (result.exitCode !== 0) throw new Error(`writer failed: ${result.tail.slice(-500)}`)
  return { chunks, ms, cpuMs: (used.user + used.system) / 1000, released, tail: result.tail.length }
}

/**
 * The worst cut: every update its own chunk, as when the gate reads faster than a progress bar
 * writes (the case that was quadratic). In process, through the kept tail and the redacting
 * stream; the echo is left out (one write per chunk measures the kernel, not the gate).
 */
function timeSmallChunks(OutputTail, redactStream, redactor, sep) {
  const tail = new OutputTail(64 * 1024)
  const stream = redactStream(redactor)
  let fed = 0
  let released = 0
  const started = performance.now()
  for (let i = 0; fed < SIZE; i++) {
    const update =
      sep === '\r'
        ? `\r  ${i % 100}%|#####     | ${i}/1000000 [00:01<00:02, 1234.56it/s]`
        : `step ${i} loss=0.${i % 997} acc=0.${i % 991} lr=0.001\n`
    fed += update.length
    tail.add(update)
    released += stream.write(update).length
  }
  released += stream.end().length
  tail.text()
  const ms = performance.now() - started
  if (released < fed * 0.99) throw new Error(`released ${released} of ${fed} characters`)
  return ms
}

/** The experiment alone, its output to /dev/null: what the gate's handling is measured against. */
async function timeAlone(runProcess, sep, writer) {
  const started = performance.now()
  await runProcess({
    command: `node ${writer} ${sep === '\r' ? 'r' : 'n'} ${SIZE} > /dev/null`,
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '' },
    timeoutMs: 120_000
  })
  return performance.now() - started
}

export async function bench() {
  const load = (p) => import(pathToFileURL(path.resolve('build/src', p)).href)
  const { runProcess, OutputTail } = await load('runs/process.js')
  const { redactStream } = await load('report/redact-stream.js')
  const { createRedactor } = await load('report/redact.js')
  const redactor = createRedactor({ HF_TOKEN: 'hf_secretvalue0123456789abcdef', API_KEY: 'k-0123456789abcdef' })
  const writer = path.join(mkdtempSync(path.join(tmpdir(), 'rg-bench-output-')), 'writer.cjs')
  writeFileSync(writer, WRITER)
  const results = []
  for (const [label, sep] of [
    ['progress bar (\\r, no newline)', '\r'],
    ['lines (\\n)', '\n']
  ]) {
    const { chunks, ms, cpuMs, released, tail } = await timeRun(runProcess, redactStream, redactor, sep, writer)
    const alone = await timeAlone(runProcess, sep, writer)
    results.push({
      label: `${SIZE / MB} MB of ${label} through reader, redaction and echo (${(ms / 1000).toFixed(2)} s, the gate's CPU ${(cpuMs / 1000).toFixed(2)} s; ${chunks} chunks, tail kept ${tail} chars)`,
      throughputMBps: SIZE / MB / (ms / 1000),
      target: `${(SIZE / MB / (TARGET_MS / 1000)).toFixed(1)} MB/s (${SIZE / MB} MB in ≤ ${(TARGET_MS / 1000).toFixed(1)} s)`,
      ok: ms <= TARGET_MS && released >= SIZE * 0.99,
      note: `the experiment alone, output to /dev/null: ${(alone / 1000).toFixed(2)} s`
    })
  }
  for (const [label, sep] of [
    ['progress bar (\\r), one chunk per update, tail and redaction in process', '\r'],
    ['lines (\\n), one chunk per line, tail and redaction in process', '\n']
  ]) {
    const ms = timeSmallChunks(OutputTail, redactStream, redactor, sep)
    results.push({
      label: `${SIZE / MB} MB of ${label} (${(ms / 1000).toFixed(2)} s)`,
      throughputMBps: SIZE / MB / (ms / 1000),
      target: `${(SIZE / MB / (TARGET_MS / 1000)).toFixed(1)} MB/s (${SIZE / MB} MB in ≤ ${(TARGET_MS / 1000).toFixed(1)} s)`,
      ok: ms <= TARGET_MS
    })
  }
  return { name: 'experiment output (live log, redaction, kept tail)', results }
}
