// The same kind of experiment as ../node-logreg, with one classic mistake: the data is shuffled
// with Math.random, which cannot be seeded. Each run sees the batches in another order, and
// the metrics drift. The gate must fail on this one.
import { readFileSync, writeFileSync } from 'node:fs'

const rows = readFileSync(new URL('../data/iris.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
const classes = ['setosa', 'versicolor', 'virginica']
const data = rows.map((line) => {
  const cells = line.split(',')
  return { x: cells.slice(0, 4).map(Number), y: classes.indexOf(cells[4]) }
})
for (let i = data.length - 1; i > 0; i--) {
  const j = Math.floor(Math.random() * (i + 1)) // ← unseeded
  ;[data[i], data[j]] = [data[j], data[i]]
}
const W = classes.map(() => [0, 0, 0, 0, 0])
const probs = (x) => {
  const z = W.map((w) => w[4] + w[0] * x[0] + w[1] * x[1] + w[2] * x[2] + w[3] * x[3])
  const m = Math.max(...z)
  const e = z.map((v) => Math.exp(v - m))
  const s = e.reduce((a, b) => a + b, 0)
  return e.map((v) => v / s)
}
let loss = 0
for (let epoch = 0; epoch < 5; epoch++) {
  loss = 0
  for (const { x, y } of data) {
    const p = probs(x)
    loss -= Math.log(p[y])
    for (let k = 0; k < 3; k++) {
      const g = p[k] - (k === y ? 1 : 0)
      for (let d = 0; d < 4; d++) W[k][d] -= 0.05 * g * x[d]
      W[k][4] -= 0.05 * g
    }
  }
}
writeFileSync('metrics.json', JSON.stringify({ train: { loss: loss / data.length } }, null, 2) + '\n')
console.log(`final loss ${loss / data.length}`)
