/**
 * The user's own stack, as a reviewer names it: which of the common ML and scientific packages the
 * experiment's interpreter has, and which BLAS sits under numpy. Read from what the Python probe
 * already listed (the distributions), so recognising one more package is one line here.
 */
import type { BlasInfo, PythonDistribution } from './types.js'

/** Shown in this order; each entry is matched by any of its distribution names (PEP 503-normalised). */
export const ML_STACK: readonly { label: string; distributions: readonly string[] }[] = [
  { label: 'torch', distributions: ['torch'] },
  {
    label: 'tensorflow',
    distributions: ['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos', 'intel-tensorflow', 'tf-nightly']
  },
  { label: 'keras', distributions: ['keras'] },
  { label: 'jax', distributions: ['jax'] },
  { label: 'jaxlib', distributions: ['jaxlib'] },
  { label: 'flax', distributions: ['flax'] },
  { label: 'lightning', distributions: ['lightning', 'pytorch-lightning'] },
  { label: 'transformers', distributions: ['transformers'] },
  { label: 'datasets', distributions: ['datasets'] },
  { label: 'accelerate', distributions: ['accelerate'] },
  { label: 'torchvision', distributions: ['torchvision'] },
  { label: 'torchaudio', distributions: ['torchaudio'] },
  { label: 'scikit-learn', distributions: ['scikit-learn', 'sklearn'] },
  { label: 'xgboost', distributions: ['xgboost'] },
  { label: 'lightgbm', distributions: ['lightgbm'] },
  { label: 'catboost', distributions: ['catboost'] },
  { label: 'statsmodels', distributions: ['statsmodels'] },
  { label: 'onnxruntime', distributions: ['onnxruntime', 'onnxruntime-gpu'] },
  { label: 'numba', distributions: ['numba'] },
  { label: 'numpy', distributions: ['numpy'] },
  { label: 'scipy', distributions: ['scipy'] },
  { label: 'pandas', distributions: ['pandas'] },
  { label: 'polars', distributions: ['polars'] },
  { label: 'pyarrow', distributions: ['pyarrow'] }
]

/** PEP 503 name normalisation: `Scikit_Learn` and `scikit.learn` are `scikit-learn`. */
export function normalizeDistributionName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

/** The stack packages installed, in ML_STACK order, with their versions. */
export function installedStack(distributions: readonly PythonDistribution[]): { label: string; version: string }[] {
  const versions = new Map(distributions.map((d) => [normalizeDistributionName(d.name), d.version]))
  const found: { label: string; version: string }[] = []
  for (const entry of ML_STACK) {
    const name = entry.distributions.find((d) => versions.has(d))
    if (name !== undefined) found.push({ label: entry.label, version: versions.get(name) ?? '' })
  }
  return found
}

/** What the probe prints about numpy's BLAS (see PYTHON_PROBE_SCRIPT). */
export interface BlasProbeLine {
  kind: 'blas'
  name?: string
  version?: string
  config?: string
  coreType?: string
  threads?: number
  parallel?: number
}

const LIBRARIES: [RegExp, string][] = [
  [/openblas/i, 'OpenBLAS'],
  [/mkl/i, 'MKL'],
  [/accelerate|veclib/i, 'Accelerate'],
  [/blis/i, 'BLIS'],
  [/atlas/i, 'ATLAS'],
  [/^blas$|netlib|refblas/i, 'reference BLAS']
]

/** The thread variables each library reads, most specific first (OMP_NUM_THREADS is the fallback of all). */
const THREAD_VARIABLES: Record<string, string[]> = {
  OpenBLAS: ['OPENBLAS_NUM_THREADS', 'GOTO_NUM_THREADS', 'OMP_NUM_THREADS'],
  MKL: ['MKL_NUM_THREADS', 'OMP_NUM_THREADS'],
  BLIS: ['BLIS_NUM_THREADS', 'OMP_NUM_THREADS'],
  Accelerate: ['VECLIB_MAXIMUM_THREADS']
}

/**
 * numpy's BLAS as it affects results: which library and build, its threading layer, how many
 * threads it uses and which CPU kernels it picked. The loaded library's own answers win over the
 * build-time configuration; the environment says the rest.
 */
export function interpretBlas(line: BlasProbeLine, env: NodeJS.ProcessEnv): BlasInfo | null {
  const name = line.name ?? line.config ?? ''
  const library = LIBRARIES.find(([pattern]) => pattern.test(name))?.[1] ?? (line.name || null)
  if (library === null) return null
  const threading =
    line.parallel === 0
      ? 'sequential'
      : line.parallel === 1
        ? 'pthreads'
        : line.parallel === 2
          ? 'OpenMP'
          : library === 'MKL'
            ? env.MKL_THREADING_LAYER || 'intel (default)'
            : line.config && /USE_OPENMP/.test(line.config)
              ? 'OpenMP'
              : null
  let threads: string
  if (typeof line.threads === 'number' && line.threads > 0) threads = String(line.threads)
  else {
    const variable = (THREAD_VARIABLES[library] ?? ['OMP_NUM_THREADS']).find((v) => (env[v] ?? '') !== '')
    threads = variable ? `${env[variable]} (${variable})` : 'library default'
  }
  const coreType =
    line.coreType || (library === 'OpenBLAS' && env.OPENBLAS_CORETYPE ? `${env.OPENBLAS_CORETYPE} (OPENBLAS_CORETYPE)` : null)
  return {
    library,
    distribution: line.name ?? null,
    version: line.version ?? null,
    build: line.config ?? null,
    threading,
    threads,
    coreType
  }
}

/** One line for people: "OpenBLAS 0.3.27 · Haswell kernels · pthreads · 2 threads". */
export function describeBlas(blas: BlasInfo): string {
  return [
    `${blas.library}${blas.version ? ` ${blas.version}` : ''}`,
    blas.coreType ? `${blas.coreType} kernels` : null,
    blas.threading,
    `${blas.threads} thread${blas.threads === '1' ? '' : 's'}`
  ]
    .filter((x): x is string => x !== null)
    .join(' · ')
}

/** A lockfile pin the described interpreter does not have as written. */
export interface InstalledMismatch {
  name: string
  pinned: string
  /** null: not installed at all. */
  installed: string | null
}

/** Python lockfile formats whose pins name what `pip install` puts in the interpreter. */
export const PYTHON_LOCK_FORMATS: ReadonlySet<string> = new Set(['pip', 'pipenv', 'poetry', 'uv'])
/** Formats that list only what this platform installs, so a missing package is a real miss (not another platform's). */
const LISTS_ONLY_THIS_PLATFORM = new Set(['pip'])

/** PEP 440 equality for the common cases: "2.0" == "2.0.0", "V1.2" == "1.2"; local and pre-release parts must match. */
export function sameVersion(a: string, b: string): boolean {
  const norm = (v: string): string => {
    const s = v.trim().toLowerCase().replace(/^v/, '')
    const m = /^(\d+(?:\.\d+)*)(.*)$/.exec(s)
    if (m === null) return s
    return m[1].replace(/(\.0+)+$/, '') + m[2]
  }
  return norm(a) === norm(b)
}

/**
 * The pins of a Python lockfile that the interpreter does not satisfy: another version installed
 * ("pinned 1.13.0, installed 1.13.0a0+gitunknown"), or, for requirements files, not installed.
 */
export function checkAgainstInstalled(
  format: string,
  pinned: readonly { name: string; version: string }[],
  distributions: readonly PythonDistribution[]
): InstalledMismatch[] {
  if (!PYTHON_LOCK_FORMATS.has(format)) return []
  const installed = new Map(distributions.map((d) => [normalizeDistributionName(d.name), d.version]))
  const mismatches: InstalledMismatch[] = []
  for (const pin of pinned) {
    const have = installed.get(normalizeDistributionName(pin.name))
    if (have === undefined) {
      if (LISTS_ONLY_THIS_PLATFORM.has(format)) mismatches.push({ name: pin.name, pinned: pin.version, installed: null })
    } else if (!sameVersion(pin.version, have)) mismatches.push({ name: pin.name, pinned: pin.version, installed: have })
  }
  return mismatches
}

/** "torch pinned 1.13.0, installed 1.13.0a0+gitunknown" / "tqdm pinned 4.66.1, not installed". */
export function describeMismatch(m: InstalledMismatch): string {
  return `${m.name} pinned ${m.pinned}, ${m.installed === null ? 'not installed' : `installed ${m.installed}`}`
}
