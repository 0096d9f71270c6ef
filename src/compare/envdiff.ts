/**
 * The environment diff: what changed between where two reports were made, most likely causes of
 * drift first (dependency versions before kernels before commit ranges). Pure: two reports' provenance
 * in, a flat list of changes out. The baseline, the matrix compare, `diff` and `replay` all explain
 * drift with this one function, and the PR comment renders its result with `renderEnvChanges` (report/render/sections/changes.ts).
 */
import type { SeedVariables } from '../plan/seeds.js'
import type { LockfileRecord } from '../snapshot/lockfiles/types.js'
import type { Environment, Probed } from '../snapshot/types.js'
import { EnvChangeCategories, type EnvChangeCategory } from './env-change-categories.js'
import type { EnvChange } from './types.js'

export { EnvChangeCategories, type EnvChange, type EnvChangeCategory }

/** What `diffEnvironments` reads from a report: its provenance, seeds and where it was made. */
export interface EnvSide {
  environment?: Environment
  lockfiles?: LockfileRecord[]
  seeds: SeedVariables
  context: { sha: string | null; headSha: string | null }
}

type Add = (category: EnvChangeCategory, subject: string, before: string | null, after: string | null, detail?: string) => void

const byCodeUnit = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)

/** Compares two optional values and records a change when they differ. */
function field(
  add: Add,
  category: EnvChangeCategory,
  subject: string,
  before: string | null | undefined,
  after: string | null | undefined,
  detail?: string
): void {
  const b = before ?? null
  const a = after ?? null
  if (b !== a) add(category, subject, b, a, detail)
}

/** Compares two name → value maps; a missing name is null on that side. */
function mapDiff(add: Add, category: EnvChangeCategory, before: Map<string, string>, after: Map<string, string>, detail?: string): void {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort(byCodeUnit)
  for (const name of names) field(add, category, name, before.get(name), after.get(name), detail)
}

function probed<T>(p: Probed<T> | undefined): T | undefined {
  return p && p.status === 'ok' ? (p as T) : undefined
}

/** When a probe worked on one side only, the change is that: recorded once instead of one per field. */
function probeStatus<T>(
  add: Add,
  category: EnvChangeCategory,
  subject: string,
  a: Probed<T> | undefined,
  b: Probed<T> | undefined
): boolean {
  const describe = (p: Probed<T> | undefined): string | null =>
    p === undefined ? null : p.status === 'ok' ? 'captured' : `unavailable (${p.reason})`
  if ((a?.status === 'ok') === (b?.status === 'ok')) return a?.status === 'ok'
  add(category, subject, describe(a), describe(b))
  return false
}

/** One package's pin in one lockfile: the exact version(s), or the unpinned spec. */
interface Pin {
  versions: string[]
  spec: string | null
}

function pinsOf(lockfile: LockfileRecord): Map<string, Pin> {
  const pins = new Map<string, Pin>()
  const get = (name: string): Pin => {
    let pin = pins.get(name)
    if (!pin) pins.set(name, (pin = { versions: [], spec: null }))
    return pin
  }
  for (const p of lockfile.packages ?? []) get(p.name).versions.push(p.version)
  for (const u of lockfile.unpinned ?? []) {
    const pin = get(u.name)
    pin.spec = pin.spec === null ? u.spec : `${pin.spec}, ${u.spec}`
  }
  for (const pin of pins.values()) pin.versions.sort(byCodeUnit)
  return pins
}

function describePin(pin: Pin | undefined): string | null {
  if (!pin) return null
  const parts = [...pin.versions]
  if (pin.spec !== null) parts.push(pin.spec === '' ? 'unpinned (any version)' : `unpinned ${pin.spec}`)
  return parts.join(', ')
}

function lockfileSummary(l: LockfileRecord): string {
  return l.error
    ? `unparsed (${l.error})`
    : `${l.packages?.length ?? 0} packages${l.unpinned?.length ? `, ${l.unpinned.length} unpinned` : ''}`
}

function diffLockfiles(add: Add, a: LockfileRecord[], b: LockfileRecord[]): void {
  const before = new Map(a.map((l) => [l.path, l]))
  const after = new Map(b.map((l) => [l.path, l]))
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort(byCodeUnit)
  const whole: [string, string | null, string | null, string?][] = []
  for (const path of paths) {
    const la = before.get(path)
    const lb = after.get(path)
    if (!la || !lb) {
      whole.push([path, la ? lockfileSummary(la) : null, lb ? lockfileSummary(lb) : null])
      continue
    }
    if (la.error || lb.error) {
      if (la.sha256 !== lb.sha256 || la.error !== lb.error) whole.push([path, lockfileSummary(la), lockfileSummary(lb)])
      continue
    }
    const pa = pinsOf(la)
    const pb = pinsOf(lb)
    let found = false
    for (const name of [...new Set([...pa.keys(), ...pb.keys()])].sort(byCodeUnit)) {
      const da = describePin(pa.get(name))
      const db = describePin(pb.get(name))
      if (da === db) continue
      found = true
      const unpinned = (pa.get(name)?.spec ?? null) !== null || (pb.get(name)?.spec ?? null) !== null
      add(unpinned ? 'unpinned' : 'package', name, da, db, path)
    }
    if (!found && la.sha256 !== lb.sha256)
      whole.push([path, `sha256 ${la.sha256.slice(0, 12)}`, `sha256 ${lb.sha256.slice(0, 12)}`, 'content changed, same packages'])
  }
  for (const [path, x, y, detail] of whole) add('lockfile', path, x, y, detail)
}

/** PEP 503 normalisation, so `Scikit_Learn` and `scikit-learn` are one distribution. */
function normalizeDistribution(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

function diffPython(add: Add, a: Environment, b: Environment): void {
  const subject = 'python'
  if (!probeStatus(add, 'toolchain', subject, a.toolchains?.python, b.toolchains?.python)) {
    field(add, 'toolchain', 'node', a.toolchains?.node, b.toolchains?.node)
    return
  }
  const pa = probed(a.toolchains.python)!
  const pb = probed(b.toolchains.python)!
  const dists = (list: { name: string; version: string }[] | undefined): Map<string, string> => {
    const map = new Map<string, string>()
    for (const d of list ?? []) {
      const key = normalizeDistribution(d.name)
      map.set(key, map.has(key) ? `${map.get(key)}, ${d.version}` : d.version)
    }
    return map
  }
  mapDiff(add, 'python-package', dists(pa.distributions), dists(pb.distributions), `installed in ${pb.executable || pb.interpreter}`)

  const fa = pa.frameworks ?? {}
  const fb = pb.frameworks ?? {}
  field(add, 'framework', 'torch', fa.torch?.version, fb.torch?.version)
  field(add, 'framework', 'torch CUDA build', fa.torch?.cuda, fb.torch?.cuda)
  field(add, 'framework', 'torch cuDNN', fa.torch?.cudnn, fb.torch?.cudnn)
  field(add, 'framework', 'tensorflow', fa.tensorflow?.version, fb.tensorflow?.version)
  field(add, 'framework', 'jax', fa.jax?.version, fb.jax?.version)
  field(add, 'framework', 'numpy', fa.numpy?.version, fb.numpy?.version)

  field(add, 'toolchain', 'python', pa.version, pb.version)
  field(add, 'toolchain', 'conda', pa.conda, pb.conda)
  field(add, 'toolchain', 'node', a.toolchains?.node, b.toolchains?.node)
}

function diffGpu(add: Add, a: Environment, b: Environment): void {
  if (!probeStatus(add, 'gpu', 'GPU probe', a.gpu, b.gpu)) return
  const ga = probed(a.gpu)!
  const gb = probed(b.gpu)!
  const devices = (g: typeof ga): string => {
    if (!g.devices?.length) return 'none'
    const counts = new Map<string, number>()
    for (const d of g.devices) counts.set(d.name, (counts.get(d.name) ?? 0) + 1)
    return [...counts].map(([name, n]) => (n > 1 ? `${n}× ${name}` : name)).join(', ')
  }
  field(add, 'gpu', 'GPU', devices(ga), devices(gb))
  field(add, 'gpu', 'GPU driver', ga.driverVersion, gb.driverVersion)
  field(add, 'gpu', 'CUDA (driver)', ga.cudaDriverVersion, gb.cudaDriverVersion)
  field(add, 'gpu', 'CUDA toolkit', ga.cudaToolkitVersion, gb.cudaToolkitVersion)
}

function diffContainers(add: Add, a: Environment, b: Environment): void {
  if (!probeStatus(add, 'container', 'container probe', a.container, b.container)) return
  const ca = probed(a.container)!
  const cb = probed(b.container)!
  field(add, 'container', 'in a container', String(ca.inContainer), String(cb.inContainer))
  const digest = (d: { digest: string | null; reason: string | null } | null | undefined): string | null =>
    d ? (d.digest ?? `unresolved (${d.reason ?? 'no reason'})`) : null
  field(
    add,
    'container',
    `job image ${cb.jobImage?.reference ?? ca.jobImage?.reference ?? ''}`.trim(),
    digest(ca.jobImage),
    digest(cb.jobImage)
  )
  const images = (c: typeof ca): Map<string, string> => {
    const map = new Map<string, string>()
    for (const i of c.images ?? []) map.set(i.reference, digest(i)!)
    return map
  }
  mapDiff(add, 'container', images(ca), images(cb), 'image digest')
}

function diffRunner(add: Add, a: Environment, b: Environment): void {
  const ra = a.runner ?? ({} as Environment['runner'])
  const rb = b.runner ?? ({} as Environment['runner'])
  field(add, 'runner', 'runner image', ra.imageOS, rb.imageOS)
  field(add, 'runner', 'runner image version', ra.imageVersion, rb.imageVersion)
  field(add, 'runner', 'runner image data', ra.imageDataSha256, rb.imageDataSha256, 'sha256 of /imagegeneration/imagedata.json')
  field(add, 'runner', 'runner environment', ra.environment, rb.environment)
  field(add, 'runner', 'runner OS', ra.os, rb.os)
  field(add, 'runner', 'runner arch', ra.arch, rb.arch)
}

function diffOs(add: Add, a: Environment, b: Environment): void {
  if (!probeStatus(add, 'os', 'OS probe', a.os, b.os)) return
  const oa = probed(a.os)!
  const ob = probed(b.os)!
  field(add, 'os', 'platform', oa.platform, ob.platform)
  field(add, 'os', 'distribution', oa.distro, ob.distro)
  field(add, 'os', 'release', oa.release, ob.release)
  field(add, 'os', 'kernel', oa.kernel, ob.kernel)
  field(add, 'os', 'arch', oa.arch, ob.arch)
}

function diffCpu(add: Add, a: Environment, b: Environment): void {
  if (!probeStatus(add, 'cpu', 'hardware probe', a.hardware, b.hardware)) return
  const ha = probed(a.hardware)!
  const hb = probed(b.hardware)!
  field(add, 'cpu', 'CPU', cpuName(ha.cpu), cpuName(hb.cpu))
  const fa = new Set(ha.cpu.flags ?? [])
  const fb = new Set(hb.cpu.flags ?? [])
  const lost = [...fa].filter((f) => !fb.has(f)).sort(byCodeUnit)
  const gained = [...fb].filter((f) => !fa.has(f)).sort(byCodeUnit)
  if (lost.length || gained.length) {
    const detail = [gained.length ? `gained ${gained.join(' ')}` : '', lost.length ? `lost ${lost.join(' ')}` : '']
      .filter(Boolean)
      .join('; ')
    add('cpu', 'CPU flags', [...fa].sort(byCodeUnit).join(' '), [...fb].sort(byCodeUnit).join(' '), detail)
  }
  field(
    add,
    'cpu',
    'cores (physical/logical)',
    `${ha.cpu.physicalCores}/${ha.cpu.logicalCores}`,
    `${hb.cpu.physicalCores}/${hb.cpu.logicalCores}`,
    'thread counts follow the core count unless pinned'
  )
  field(add, 'cpu', 'virtualization', ha.virtualization, hb.virtualization)
}

/** "AMD EPYC 7763", not "AMD AMD EPYC 7763": most models already name their vendor. */
function cpuName(cpu: { vendor: string; model: string }): string {
  const vendor = (cpu.vendor ?? '').trim()
  const model = (cpu.model ?? '').trim()
  return vendor && !model.toLowerCase().includes(vendor.toLowerCase()) ? `${vendor} ${model}`.trim() : model || vendor
}

function seedMap(s: SeedVariables | undefined): Map<string, string> {
  return new Map(Object.entries({ ...(s?.set ?? {}), ...(s?.keptFromUser ?? {}) }))
}

function diffData(add: Add, a: Environment, b: Environment): void {
  const files = (e: Environment): Map<string, string> =>
    new Map((e.data ?? []).map((f) => [f.path, `sha256 ${f.sha256.slice(0, 12)} (${f.bytes} bytes)`]))
  mapDiff(add, 'data', files(a), files(b))
}

/**
 * Lists what differs between the environments two reports were made in, `a` being the reference
 * (before) and `b` the candidate (after). Changes come in `EnvChangeCategories` order, the likeliest
 * causes of a metric moving first; within a category, by subject. An empty list means nothing
 * recorded differs (which does not prove nothing did: see each side's capture warnings).
 */
export function diffEnvironments(a: EnvSide, b: EnvSide): EnvChange[] {
  const changes: EnvChange[] = []
  const add: Add = (category, subject, before, after, detail) =>
    changes.push(detail === undefined ? { category, subject, before, after } : { category, subject, before, after, detail })

  // A side without lockfiles did not capture them (snapshot off): that is not "every lockfile removed".
  if (a.lockfiles && b.lockfiles) diffLockfiles(add, a.lockfiles, b.lockfiles)
  const ea = a.environment
  const eb = b.environment
  if (ea && eb) {
    diffPython(add, ea, eb)
    diffGpu(add, ea, eb)
    diffContainers(add, ea, eb)
    diffRunner(add, ea, eb)
    diffOs(add, ea, eb)
    diffCpu(add, ea, eb)
  }
  mapDiff(add, 'seed', seedMap(a.seeds), seedMap(b.seeds))
  if (ea && eb) {
    mapDiff(add, 'math-env', new Map(Object.entries(ea.mathEnv ?? {})), new Map(Object.entries(eb.mathEnv ?? {})))
    diffData(add, ea, eb)
  } else if (ea || eb) {
    add(
      'snapshot',
      'environment',
      ea ? 'captured' : 'not captured',
      eb ? 'captured' : 'not captured',
      'only one side recorded its environment; nothing else can be compared'
    )
  }
  // The fingerprint says the environments differ but nothing above names how: show the parts.
  const explained = changes.some((c) => c.category !== 'seed' && c.category !== 'commit')
  if (ea && eb && ea.fingerprint && eb.fingerprint && ea.fingerprint !== eb.fingerprint && !explained) {
    mapDiff(
      add,
      'snapshot',
      new Map(Object.entries(ea.fingerprintParts ?? {})),
      new Map(Object.entries(eb.fingerprintParts ?? {})),
      'fingerprint part'
    )
  }
  const shaA = a.context?.headSha ?? a.context?.sha ?? null
  const shaB = b.context?.headSha ?? b.context?.sha ?? null
  if (shaA !== shaB) add('commit', 'commit', shaA, shaB, shaA && shaB ? `${shaA.slice(0, 12)}..${shaB.slice(0, 12)}` : undefined)

  const rank = new Map<EnvChangeCategory, number>(EnvChangeCategories.map((c, i) => [c, i]))
  // Stable sort: within a category the order of discovery (by subject, lockfile by lockfile) is kept.
  return changes
    .map((c, i) => ({ c, i }))
    .sort((x, y) => rank.get(x.c.category)! - rank.get(y.c.category)! || x.i - y.i)
    .map((x) => x.c)
}
