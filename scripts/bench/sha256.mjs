// Streaming sha256 (src/hash.ts) against `sha256sum` on the same 1 GiB file, side by side
// in the same run, alternating so that neither gets a warmer cache. Target: ≥ 0.9× sha256sum's
// throughput, with the process's RSS growing by less than 64 MiB while hashing.
import { execFile } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const SIZE = 1 << 30
const FILE = process.env.REPRO_GATE_BENCH_FILE ?? path.join(tmpdir(), 'repro-gate-bench-1GiB.bin')
const ROUNDS = Number(process.env.REPRO_GATE_BENCH_ROUNDS ?? 3)
const MiB = 1024 * 1024

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function ensureFile() {
  if (existsSync(FILE) && statSync(FILE).size === SIZE) return
  await run('bash', ['-c', `head -c ${SIZE} /dev/urandom > '${FILE}'`], { maxBuffer: 1024 })
}

async function timeSha256sum() {
  const started = performance.now()
  const { stdout } = await run('sha256sum', [FILE])
  return { ms: performance.now() - started, digest: stdout.split(/\s+/)[0] }
}

async function timeHashFile(hashFile) {
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const started = performance.now()
  const { sha256 } = await hashFile(FILE)
  const ms = performance.now() - started
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  return { ms, digest: sha256, rssGrowthMiB: (peak - before) / MiB }
}

/** @returns {Promise<{name: string, results: {label: string, throughputMBps?: number, rssMiB?: number, target: number, ok: boolean}[]}>} */
export async function bench() {
  const { hashFile } = await import(new URL('../../build/src/hash.js', import.meta.url).href)
  await ensureFile()
  await timeSha256sum() // page cache warm-up
  const ours = []
  const theirs = []
  let rssGrowthMiB = 0
  for (let i = 0; i < ROUNDS; i++) {
    const a = await timeHashFile(hashFile)
    const b = await timeSha256sum()
    if (a.digest !== b.digest) throw new Error(`sha256 mismatch: hashFile ${a.digest}, sha256sum ${b.digest}`)
    ours.push(a.ms)
    theirs.push(b.ms)
    rssGrowthMiB = Math.max(rssGrowthMiB, a.rssGrowthMiB)
  }
  const mbps = (ms) => Math.round((SIZE / MiB / (ms / 1000)) * 10) / 10
  const oursMBps = mbps(median(ours))
  const theirsMBps = mbps(median(theirs))
  const target = Math.round(theirsMBps * 0.9 * 10) / 10
  return {
    name: 'sha256 of a 1 GiB file',
    results: [
      { label: 'hashFile (node, streaming)', throughputMBps: oursMBps, target, ok: oursMBps >= target },
      { label: 'sha256sum (reference)', throughputMBps: theirsMBps, target: theirsMBps, ok: true },
      { label: 'hashFile peak RSS growth (MiB)', rssMiB: Math.round(rssGrowthMiB * 10) / 10, target: 64, ok: rssGrowthMiB < 64 }
    ]
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await bench(), null, 2))
