// The full provenance capture (captureEnvironment) as the gate runs it: every probe concurrently,
// python3 from PATH, lockfiles auto-detected in the repository. Target: median ≤ 500 ms on the
// 2-core CI machine. One warm-up capture first (disk cache, systeminformation's first-call cost).
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROUNDS = Number(process.env.REPRO_GATE_BENCH_ROUNDS ?? 9)
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** @returns {Promise<{name: string, results: {label: string, medianMs?: number, count?: number, target: number, ok: boolean}[]}>} */
export async function bench() {
  const { captureEnvironment } = await import(new URL('../../build/src/snapshot/index.js', import.meta.url).href)
  const options = {
    workingDirectory: repoRoot,
    python: process.env.REPRO_GATE_BENCH_PYTHON ?? 'python3',
    images: [],
    lockfiles: [],
    data: ['package.json'],
    env: process.env
  }
  await captureEnvironment(options)
  const times = []
  const fingerprints = new Set()
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now()
    const snap = await captureEnvironment(options)
    times.push(performance.now() - started)
    fingerprints.add(snap.environment.fingerprint)
  }
  const medianMs = Math.round(median(times))
  return {
    name: 'environment snapshot',
    results: [
      { label: `captureEnvironment, median of ${ROUNDS}`, medianMs, target: 500, ok: medianMs <= 500 },
      // The same machine must give the same fingerprint every time.
      { label: 'distinct fingerprints over the rounds', count: fingerprints.size, target: 1, ok: fingerprints.size === 1 }
    ]
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await bench(), null, 2))
