// Loaded by scripts/test-profile.mjs into every test file: appends the file's wall time and CPU
// seconds (the jest worker's own, and the processes it spawned and reaped) to $REPRO_GATE_TEST_PROFILE.
import { appendFileSync, readFileSync } from 'node:fs'
import { afterAll, expect } from '@jest/globals'

/** utime, stime, cutime, cstime of this process, in clock ticks (proc(5)). */
const ticks = () => {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  return stat
    .slice(stat.lastIndexOf(')') + 2)
    .split(' ')
    .slice(11, 15)
    .map(Number)
}
const start = ticks()
const startedAt = Date.now()

afterAll(() => {
  const [utime, stime, cutime, cstime] = ticks().map((t, i) => (t - start[i]) / 100)
  const line = { file: expect.getState().testPath, wall: (Date.now() - startedAt) / 1000, self: utime + stime, children: cutime + cstime }
  appendFileSync(process.env.REPRO_GATE_TEST_PROFILE, JSON.stringify(line) + '\n')
})
