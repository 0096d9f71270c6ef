// An experiment that writes a metrics.json of exactly METRICS numeric metrics (default 1,000,000)
// in the shapes a large training job logs: per-layer statistics, per-task evaluation with per-class
// scores, long per-step curves and a token-frequency table. Every value is the same in every run
// except DRIFTING metrics (default 25), which move with REPRO_RUN beyond any tolerance, and the
// `timing` section, which differs in every run and is meant to be ignored.
// Usage: node many-metrics.mjs [out=metrics.json]   (env METRICS, DRIFTING)
import { writeFileSync } from 'node:fs'

const total = Number(process.env.METRICS ?? 1_000_000)
const drifting = Number(process.env.DRIFTING ?? 25)
const run = Number(process.env.REPRO_RUN ?? 1)
const out = process.argv[2] ?? 'metrics.json'

// A deterministic value per index, with all 17 significant digits a float carries.
const value = (i) => Math.abs(Math.sin(i * 12.9898 + 78.233) * 43758.5453) % 1

let n = 0
const next = () => value(n++)
const metrics = { timing: { wall_s: 100 + run + Math.random(), tokens_per_s: 5000 + Math.random() * 10 } }
n += 2

const modules = ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj', 'input_layernorm']
const stats = ['weight_norm', 'grad_norm', 'mean', 'std', 'max_abs']
metrics.layers = {}
for (let l = 0; l < 48 && n < total; l++) {
  const layer = (metrics.layers[`layer_${String(l).padStart(2, '0')}`] = {})
  for (const m of modules) {
    layer[m] = {}
    for (const s of stats) if (n < total) layer[m][s] = next()
  }
}
metrics.eval = {}
for (let t = 0; t < 500 && n < total; t++) {
  const task = (metrics.eval[`task_${String(t).padStart(3, '0')}`] = { accuracy: next(), f1: next(), precision: next(), recall: next() })
  task.per_class = []
  for (let c = 0; c < 100 && n < total; c++) task.per_class.push(next())
}
const curves = ['train_loss', 'val_loss', 'learning_rate', 'grad_norm']
const steps = Math.min(200_000, Math.floor((total - n) / (curves.length + 1)))
metrics.curves = {}
for (const c of curves) {
  metrics.curves[c] = []
  for (let s = 0; s < steps; s++) metrics.curves[c].push(next())
}
metrics.tokens = {}
for (let k = 0; n < total; k++) metrics.tokens[`tok_${String(k).padStart(6, '0')}`] = next()

// Drift: every 40th task's accuracy (and then f1) moves with the run.
for (let d = 0; d < drifting && run > 1; d++) {
  const task = metrics.eval[`task_${String((d * 40) % 500).padStart(3, '0')}`]
  const key = d < 13 ? 'accuracy' : 'f1'
  task[key] += 0.001 * run * (d + 1)
}
writeFileSync(out, JSON.stringify(metrics))
