// What a run's own PID namespace costs: the wall time of runProcess('true') through the spawner
// (one Perl process that forks each run's namespace, src/runs/spawner.ts), through the exec chain
// it replaced where there is no spawner (unshare + the Perl init per run), and without a namespace,
// interleaved, medians; and what finding how to contain the runs costs once per gate (starting the
// spawner; the first run is the probe, so it is that run's time beyond a later one's).
import { tmpdir } from 'node:os'

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function bench() {
  const { runProcess } = await import('../../build/src/runs/process.js')
  const { prepareContainment } = await import('../../build/src/runs/containment.js')
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' }
  const started = process.hrtime.bigint()
  const launcher = await prepareContainment({ env, cwd: tmpdir(), isolate: null })
  const probeMs = Number(process.hrtime.bigint() - started) / 1e6
  if (!launcher.via) {
    return {
      name: 'run containment',
      results: [{ label: 'PID namespace per run', value: 'not available here', target: launcher.containment.note, ok: true }]
    }
  }
  const repeats = Number(process.env.BENCH_REPEATS ?? 20)
  const time = async (options) => {
    const t = process.hrtime.bigint()
    const r = await runProcess({ command: 'true', cwd: tmpdir(), env, timeoutMs: null, ...options })
    if (r.exitCode !== 0) throw new Error(`run failed: ${r.tail}`)
    return Number(process.hrtime.bigint() - t) / 1e6
  }
  const firstRunMs = await time({ launcher })
  const chain = await prepareContainment({ env, cwd: tmpdir(), isolate: null, arch: 'none' })
  const plain = []
  const spawned = []
  const chained = []
  for (let i = 0; i < repeats; i++) {
    plain.push(await time({}))
    spawned.push(await time({ launcher }))
    chained.push(await time({ launcher: chain }))
  }
  const extraMs = median(spawned) - median(plain)
  const how = launcher.spawner ? 'through the spawner' : 'unshare + the Perl init per run (no spawner on this architecture)'
  return {
    name: `run containment (${launcher.containment.via}, ${how}; median of ${repeats}; a plain run of \`true\` takes ${median(plain).toFixed(0)} ms)`,
    results: [
      {
        label: 'extra wall time per run in its own PID namespace',
        medianMs: extraMs,
        target: 50,
        ok: extraMs <= 50,
        note: `the exec chain: ${(median(chained) - median(plain)).toFixed(1)} ms`
      },
      {
        label: 'finding how to contain the runs (once per gate: starting the spawner, and run 1 beyond a later run)',
        medianMs: probeMs + firstRunMs - median(spawned),
        target: 100,
        ok: probeMs + firstRunMs - median(spawned) <= 100
      }
    ]
  }
}
