// A seeded softmax regression on the Iris data set, with no dependencies.
// The gate exports REPRO_SEED; every random choice below comes from it, so two runs agree bit for bit.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'

const seed = Number(process.env.REPRO_SEED ?? 42)

// mulberry32: a tiny seeded PRNG (Math.random cannot be seeded).
function rng(a) {
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = rng(seed)

const rows = readFileSync(new URL('../data/iris.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
const classes = ['setosa', 'versicolor', 'virginica']
const data = rows.map((line) => {
  const cells = line.split(',')
  return { x: cells.slice(0, 4).map(Number), y: classes.indexOf(cells[4]) }
})

// Seeded shuffle and an 80/20 split.
for (let i = data.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1))
  ;[data[i], data[j]] = [data[j], data[i]]
}
const train = data.slice(0, 120)
const test = data.slice(120)

const W = classes.map(() => [0, 0, 0, 0, 0].map(() => (random() - 0.5) * 0.01)) // 4 weights + bias per class
const probs = (x) => {
  const z = W.map((w) => w[4] + w[0] * x[0] + w[1] * x[1] + w[2] * x[2] + w[3] * x[3])
  const m = Math.max(...z)
  const e = z.map((v) => Math.exp(v - m))
  const s = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / s)
}
const lossCurve = []
for (let epoch = 0; epoch < 50; epoch++) {
  let loss = 0
  for (const { x, y } of train) {
    const p = probs(x)
    loss -= Math.log(p[y])
    for (let k = 0; k < 3; k++) {
      const g = p[k] - (k === y ? 1 : 0)
      for (let d = 0; d < 4; d++) W[k][d] -= 0.01 * g * x[d]
      W[k][4] -= 0.01 * g
    }
  }
  if (epoch % 10 === 9) lossCurve.push(loss / train.length)
}
const accuracy = (set) =>
  set.filter(({ x, y }) => {
    const p = probs(x)
    return p.indexOf(Math.max(...p)) === y
  }).length / set.length

const metrics = {
  train: { loss: lossCurve[lossCurve.length - 1], accuracy: accuracy(train) },
  test: { accuracy: accuracy(test) },
  loss_curve: lossCurve,
  seed
}
writeFileSync('metrics.json', JSON.stringify(metrics, null, 2) + '\n')
mkdirSync('out', { recursive: true })
writeFileSync('out/model.json', JSON.stringify({ classes, weights: W }) + '\n')
console.log(`seed ${seed}: train accuracy ${metrics.train.accuracy.toFixed(3)}, test accuracy ${metrics.test.accuracy.toFixed(3)}`)
