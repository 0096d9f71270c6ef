/**
 * The factors: for each, the control's effective value (measured, not assumed) and a varied value
 * guaranteed to differ from it, or the reason it cannot be varied here.
 */
import { execFile } from 'node:child_process'
import { existsSync, promises as fs, readFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { probeHostnameMethod, type LaunchWrap } from './launch.js'
import type { FactorName, FactorRecord } from './types.js'
import { copyWorkingDirectory, DEFAULT_COPY_CAP_BYTES, longerPath } from './workdir.js'

/** What a varied run is started with; each varied factor changes its part. */
export interface VariantLaunch {
  env: Record<string, string>
  cwd: string
  /** The metrics file, moved with the working directory when the cwd factor copies it. */
  metricsFile: string
  wrap: LaunchWrap
}

export interface PlannedFactor {
  record: FactorRecord
  /** Changes the launch for this factor (the cwd factor makes a fresh copy each time). */
  apply(launch: VariantLaunch): Promise<void>
}

export interface FactorContext {
  /** The control's environment, as the repeats got it. */
  env: Record<string, string>
  cwd: string
  /** Folder for varied homes and the working-directory copy. */
  workRoot: string
  /** Folders inside the working directory never to copy (the gate's run folders). */
  exclude: string[]
  platform?: NodeJS.Platform
  logicalCores?: number
  physicalCores?: number
  /** The checkout the working directory sits in (GITHUB_WORKSPACE or the git top level): copied whole for the cwd factor. */
  copyRoot?: string
  /** Cap on the cwd copy (tests lower it). */
  copyCapBytes?: number
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function run(file: string, args: string[], env: Record<string, string>): Promise<{ ok: boolean; stdout: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { env, timeout: 5000 }, (err, stdout) => resolve({ ok: !err, stdout: String(stdout) }))
  })
}

// ---------------------------------------------------------------------------------------------
// threads

export const THREAD_VARIABLES = [
  'OMP_NUM_THREADS',
  'MKL_NUM_THREADS',
  'OPENBLAS_NUM_THREADS',
  'NUMEXPR_NUM_THREADS',
  'VECLIB_MAXIMUM_THREADS'
] as const

/** Physical cores from /proc/cpuinfo (core id per physical id); the logical count where unknown. */
export function physicalCoreCount(cpuinfo?: string): number {
  let text = cpuinfo
  if (text === undefined) {
    try {
      text = readFileSync('/proc/cpuinfo', 'utf8')
    } catch {
      return os.availableParallelism()
    }
  }
  const cores = new Set<string>()
  let physical = '0'
  for (const line of text.split('\n')) {
    const [key, value] = line.split(':').map((s) => s.trim())
    if (key === 'physical id') physical = value
    if (key === 'core id') cores.add(`${physical}/${value}`)
  }
  return cores.size || os.availableParallelism()
}

/**
 * The thread count each library resolves when its variable is unset: OpenMP, OpenBLAS and
 * Accelerate use every logical core, MKL (and torch) the physical cores, numexpr at most 8.
 */
export function effectiveThreads(
  env: Record<string, string | undefined>,
  logical: number,
  physical: number
): { perVariable: Record<string, string>; max: number } {
  const defaults: Record<string, [number, string]> = {
    OMP_NUM_THREADS: [logical, 'all cores'],
    MKL_NUM_THREADS: [physical, 'physical cores'],
    OPENBLAS_NUM_THREADS: [logical, 'all cores'],
    NUMEXPR_NUM_THREADS: [Math.min(logical, 8), 'cores, at most 8'],
    VECLIB_MAXIMUM_THREADS: [logical, 'all cores']
  }
  const perVariable: Record<string, string> = {}
  let max = 0
  for (const name of THREAD_VARIABLES) {
    const set = env[name]
    const n = set !== undefined && /^\d+$/.test(set.trim()) ? Number(set) : null
    const [count, why] = defaults[name]
    perVariable[name] = n !== null ? set!.trim() : `unset → ${count} (${why})`
    max = Math.max(max, n ?? count)
  }
  return { perVariable, max }
}

/** Threads the repeats ran with, for the likely-cause evidence. */
export function controlThreads(env: Record<string, string>): { max: number; detail: string } {
  const logical = os.availableParallelism()
  const { perVariable, max } = effectiveThreads(env, logical, physicalCoreCount())
  return { max, detail: `OMP_NUM_THREADS ${perVariable.OMP_NUM_THREADS}, ${logical} logical cores` }
}

// ---------------------------------------------------------------------------------------------
// locale

const normalizeLocale = (name: string): string => name.toLowerCase().replace(/utf-?8/, 'utf8')
const C_LOCALES = new Set(['c', 'posix'])

/** The installed locales (`locale -a`). */
export async function installedLocales(env: Record<string, string>): Promise<string[]> {
  const { ok, stdout } = await run('locale', ['-a'], env)
  return ok
    ? stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : ['C', 'POSIX']
}

/**
 * The locale that takes effect for collation: LC_ALL, else LC_COLLATE, else LANG; one that is not
 * installed behaves as C.
 */
export function effectiveLocale(env: Record<string, string | undefined>, installed: string[]): { name: string; display: string } {
  const source = (['LC_ALL', 'LC_COLLATE', 'LANG'] as const).find((v) => (env[v] ?? '') !== '')
  if (!source) return { name: 'C', display: 'C (LC_ALL, LC_COLLATE and LANG unset)' }
  const requested = env[source]!
  if (C_LOCALES.has(requested.toLowerCase())) return { name: 'C', display: `${requested} (${source})` }
  const found = installed.find((l) => normalizeLocale(l) === normalizeLocale(requested))
  if (!found) return { name: 'C', display: `C (${source}=${requested} is not installed)` }
  return { name: found, display: `${requested} (${source})` }
}

/** Another installed locale: one that sorts differently from C first, C.UTF-8 or C when nothing else is there. */
export function otherLocale(effective: string, installed: string[]): string | null {
  const current = normalizeLocale(effective)
  const candidates = installed.filter(
    (l) => normalizeLocale(l) !== current && !(C_LOCALES.has(normalizeLocale(l)) && C_LOCALES.has(current))
  )
  const rank = (l: string): number => {
    const n = normalizeLocale(l)
    if (C_LOCALES.has(n)) return 4
    if (n.startsWith('c.')) return 3
    if (!n.includes('utf8')) return 2
    return n.startsWith('fr_') || n.startsWith('de_') ? 0 : 1
  }
  return candidates.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en'))[0] ?? null
}

// ---------------------------------------------------------------------------------------------
// time zone

/** The UTC offset in minutes the control's environment resolves (`date +%z`), or null. */
async function utcOffsetMinutes(env: Record<string, string>): Promise<number | null> {
  const { ok, stdout } = await run('date', ['+%z'], env)
  const m = /^([+-])(\d\d)(\d\d)/.exec(stdout.trim())
  if (!ok || !m) return null
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const a = Math.abs(minutes)
  return `UTC${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`
}

// ---------------------------------------------------------------------------------------------
// umask

/** The gate's umask (inherited by the runs) from /proc, as four octal digits. */
export function currentUmask(): string | null {
  try {
    const m = /^Umask:\s*([0-7]+)/m.exec(readFileSync('/proc/self/status', 'utf8'))
    return m ? m[1].padStart(4, '0') : null
  } catch {
    return null
  }
}

// ---------------------------------------------------------------------------------------------

const record = (name: FactorName, control: string, value: string | null, extra: Partial<FactorRecord> = {}): FactorRecord => ({
  name,
  varied: value !== null && !extra.reason,
  reason: null,
  control,
  value,
  variables: {},
  note: null,
  ...extra
})

const notVaried = (name: FactorName, control: string, reason: string): PlannedFactor => ({
  record: { name, varied: false, reason, control, value: null, variables: {}, note: null },
  apply: async () => {}
})

function setVariables(launch: VariantLaunch, variables: Record<string, string | null>): void {
  for (const [name, value] of Object.entries(variables)) {
    if (value === null) delete launch.env[name]
    else launch.env[name] = value
  }
}

function withVariables(rec: FactorRecord): PlannedFactor {
  return { record: rec, apply: async (launch) => setVariables(launch, rec.variables) }
}

/**
 * Plans one factor: measures the control's effective value and picks a varied one that differs,
 * or says why the factor cannot be varied on this machine.
 */
export async function planFactor(name: FactorName, ctx: FactorContext): Promise<PlannedFactor> {
  const platform = ctx.platform ?? process.platform
  const env = ctx.env
  switch (name) {
    case 'hashseed': {
      const current = env.PYTHONHASHSEED
      const fixed = current !== undefined && /^\d+$/.test(current.trim())
      const control = fixed
        ? current!.trim()
        : current === undefined
          ? 'random (PYTHONHASHSEED unset)'
          : `random (PYTHONHASHSEED=${current})`
      const value = fixed ? String((Number(current) + 1) % 4294967296) : '1'
      return withVariables(record(name, control, value, { variables: { PYTHONHASHSEED: value } }))
    }
    case 'timezone': {
      const offset = await utcOffsetMinutes(env)
      const label = env.TZ ? `TZ=${env.TZ}` : 'TZ unset'
      if (offset === null) return notVaried(name, label, "the control's UTC offset could not be read (`date +%z` failed)")
      const candidates = [
        ...(existsSync('/usr/share/zoneinfo/Asia/Kolkata') ? ['Asia/Kolkata'] : []),
        'GMT+12', // POSIX sign: UTC−12
        'GMT-14' // UTC+14
      ]
      for (const zone of candidates) {
        const other = await utcOffsetMinutes({ ...env, TZ: zone })
        if (other !== null && Math.abs(other - offset) >= 4 * 60) {
          return withVariables(
            record(name, `${label} (${formatOffset(offset)})`, `${zone} (${formatOffset(other)})`, { variables: { TZ: zone } })
          )
        }
      }
      return notVaried(name, `${label} (${formatOffset(offset)})`, "no time zone far enough from the control's could be set")
    }
    case 'locale': {
      const installed = await installedLocales(env)
      const effective = effectiveLocale(env, installed)
      const other = otherLocale(effective.name, installed)
      if (!other) return notVaried(name, effective.display, `no other locale is installed (locale -a lists ${installed.join(', ')})`)
      const language = other.split('.')[0]
      return withVariables(
        record(name, effective.display, other, {
          variables: { LC_ALL: other, LANG: other, LANGUAGE: language },
          note: installed.some((l) => !/^(c|posix)(\.|$)/i.test(l))
            ? null
            : `only C locales are installed (${installed.join(', ')}); install e.g. en_US.UTF-8 for a locale that sorts differently`
        })
      )
    }
    case 'threads': {
      const logical = ctx.logicalCores ?? os.availableParallelism()
      const physical = ctx.physicalCores ?? physicalCoreCount()
      const { perVariable, max } = effectiveThreads(env, logical, physical)
      const value = max > 1 ? 1 : Math.max(2, logical)
      const control = `${max} (${Object.entries(perVariable)
        .map(([k, v]) => `${k} ${v}`)
        .join('; ')})`
      const variables = Object.fromEntries(THREAD_VARIABLES.map((v) => [v, String(value)]))
      return withVariables(record(name, control, String(value), { variables, note: `${value} in ${THREAD_VARIABLES.join(', ')}` }))
    }
    case 'cwd': {
      // The whole checkout is copied (the working directory may read `../data`), and the run starts
      // in the same subfolder of the copy.
      const root = ctx.copyRoot && isInside(ctx.cwd, ctx.copyRoot) ? ctx.copyRoot : ctx.cwd
      const copyRoot = longerPath(path.join(ctx.workRoot, 'cwd'), root)
      const target = path.join(copyRoot, path.relative(root, ctx.cwd))
      const rec = record(name, ctx.cwd, target)
      return {
        record: rec,
        apply: async (launch) => {
          const cap = ctx.copyCapBytes ?? DEFAULT_COPY_CAP_BYTES
          const copy = await copyWorkingDirectory(root, copyRoot, { capBytes: cap, exclude: ctx.exclude })
          const what = root === ctx.cwd ? 'the working directory' : `${root} (the checkout around the working directory)`
          const linkedDirs = copy.linkedDirs.length ? `; ${copy.linkedDirs.join(', ')} linked, not copied` : ''
          rec.note =
            copy.linked.length > 0
              ? `copied ${what}: ${copy.files} files; ${copy.linked.length} linked to the originals beyond the ${Math.round(cap / 1048576)} MiB copy cap (${copy.linked.slice(0, 3).join(', ')}${copy.linked.length > 3 ? ', …' : ''})${linkedDirs}`
              : `copied ${what}: ${copy.files} files (${Math.round(copy.bytes / 1024)} KiB; .git and the gate's folders left out${linkedDirs})`
          if (isInside(launch.metricsFile, root)) launch.metricsFile = path.join(copyRoot, path.relative(root, launch.metricsFile))
          launch.cwd = target
        }
      }
    }
    case 'umask': {
      if (platform !== 'linux') return notVaried(name, 'unknown', `umask semantics are varied on Linux only; this runner is ${platform}`)
      const control = currentUmask()
      if (control === null) return notVaried(name, 'unknown', 'the umask could not be read from /proc/self/status')
      const value = control === '0077' ? '0002' : '0077'
      return {
        record: record(name, control, value),
        apply: async (launch) => {
          launch.wrap.umask = value
        }
      }
    }
    case 'home': {
      const home = path.join(ctx.workRoot, 'home')
      const variables: Record<string, string | null> = { HOME: home }
      // XDG folders inside the old HOME would let the run still find it.
      for (const xdg of ['XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME']) {
        if (env.HOME && env[xdg]?.startsWith(env.HOME)) variables[xdg] = null
      }
      const rec = record(name, env.HOME ?? 'HOME unset', `${home} (empty)`, { variables })
      return {
        record: rec,
        apply: async (launch) => {
          await fs.rm(home, { recursive: true, force: true })
          await fs.mkdir(home, { recursive: true })
          setVariables(launch, variables)
        }
      }
    }
    case 'hostname': {
      const control = os.hostname()
      const probe = await probeHostnameMethod(env, platform)
      if ('reason' in probe) return notVaried(name, control, probe.reason)
      const value = control === 'repro-gate-varied' ? 'repro-gate-varied-2' : 'repro-gate-varied'
      const method = probe.method
      const uid = process.getuid?.() ?? 0
      const gid = process.getgid?.() ?? 0
      return {
        record: record(name, control, value, {
          note: `new UTS namespace via ${method === 'sudo' ? 'sudo unshare --uts, then setpriv back to uid ' + uid : method === 'unshare' ? 'unshare --uts' : 'unshare -r --uts'}`
        }),
        apply: async (launch) => {
          launch.wrap.hostname = { name: value, method, uid, gid }
        }
      }
    }
  }
}

/** Plans every requested factor (concurrently: each probe is a short process). */
export async function planFactors(names: FactorName[], ctx: FactorContext): Promise<PlannedFactor[]> {
  return Promise.all(names.map((n) => planFactor(n, ctx)))
}
