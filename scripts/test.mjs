// npm test: the type-check and lint (npm run check) beside every jest project (npm run test:jest),
// not one after the other — on a 2-core machine jest's process-heavy suites leave CPU idle while
// they wait on processes and servers, and the check fills it (measured: 159 s in sequence, see
// README "Tests"). jest's output streams as it comes; the check's is printed whole when it ends, so
// the two never interleave. Exits non-zero when either fails, naming which.
import { spawn } from 'node:child_process'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const extra = process.argv.slice(2)

function run(args, { capture }) {
  return new Promise((resolve) => {
    const child = spawn(npm, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    const chunks = []
    if (capture) {
      child.stdout.on('data', (c) => chunks.push(c))
      child.stderr.on('data', (c) => chunks.push(c))
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString() }))
  })
}

const check = run(['run', 'check'], { capture: true })
const jest = run(['run', 'test:jest', ...(extra.length ? ['--', ...extra] : [])], { capture: false })
const [c, j] = await Promise.all([check, jest])
process.stdout.write(`\n== npm run check (type-check and lint) ${c.code === 0 ? 'passed' : 'FAILED'}\n`)
if (c.code !== 0) process.stdout.write(c.output)
if (j.code !== 0) process.stdout.write('== npm run test:jest FAILED\n')
process.exit(c.code !== 0 ? c.code : j.code)
