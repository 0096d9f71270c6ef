import { readdir } from 'node:fs/promises'
import * as path from 'node:path'
import type { Probed, PythonDistribution, PythonInfo } from './types.js'
import { execProbe, findOnPath } from './probe.js'
import { interpretBlas, type BlasProbeLine } from './ml-stack.js'
import { resolvePyenvShim } from './pyenv.js'

/**
 * Runs inside the experiment's interpreter and prints one JSON object per line, flushing each,
 * so that a probe cut short while importing torch still tells what it found before.
 * Distributions come from the .dist-info/.egg-info folders on sys.path, read the way
 * importlib.metadata reads them (no pip needed: uv venvs have none). Frameworks
 * are never imported when find_spec says they are absent; versions come from metadata. torch's
 * version and CUDA come from its version.py, cuDNN's from the nvidia-cudnn wheel; torch is imported
 * (last) only when neither says, because then cuDNN's version needs the library loaded.
 */
export const PYTHON_PROBE_SCRIPT = String.raw`
import sys
# -c puts the working directory first on sys.path: a project file named json.py must not shadow
# the standard library here, but the project's own distributions are still listed.
if sys.path and sys.path[0] == "":
    sys.path.append(sys.path.pop(0))
import json
def out(o):
    sys.stdout.write(json.dumps(o) + "\n")
    sys.stdout.flush()
dists = []
versions = {}
def norm(name):
    return name.lower().replace("_", "-").replace(".", "-")
def headers(path):
    # Name and Version lead the metadata headers; importlib.metadata would parse every file in
    # full (and its import alone costs ~35 ms), so the .dist-info/.egg-info folders are read here.
    with open(path, encoding="utf-8", errors="replace") as f:
        head = f.read(8192)
    name = version = None
    for line in head.partition("\n\n")[0].splitlines():
        if line.startswith("Name:"):
            name = line[5:].strip()
        elif line.startswith("Version:"):
            version = line[8:].strip()
    return name, version
import os
for entry in sys.path:
    try:
        found = sorted(os.scandir(entry or "."), key=lambda d: d.name)
    except OSError:
        continue
    for d in found:
        if d.name.endswith(".dist-info"):
            meta = os.path.join(d.path, "METADATA")
        elif d.name.endswith(".egg-info"):
            meta = os.path.join(d.path, "PKG-INFO") if d.is_dir() else d.path
        else:
            continue
        try:
            name, version = headers(meta)
        except (OSError, ValueError):
            continue
        if not name:
            continue
        # The first on sys.path is the one imported, as with importlib.metadata.
        if norm(name) in versions:
            continue
        versions[norm(name)] = version or ""
        dists.append([name, version or ""])
out({"kind": "base", "version": sys.version.split()[0], "executable": sys.executable, "distributions": dists})
import importlib.util as iu
def present(mod):
    try:
        return iu.find_spec(mod) is not None
    except Exception:
        return False
def dist_version(names):
    for n in names:
        if norm(n) in versions:
            return versions[norm(n)]
    return None
for mod, names in (("numpy", ["numpy"]), ("jax", ["jax"]), ("tensorflow", ["tensorflow", "tensorflow-cpu", "tensorflow-gpu", "tensorflow-macos", "intel-tensorflow", "tf-nightly"])):
    if not present(mod):
        continue
    v = dist_version(names)
    if v is None:
        try:
            v = str(__import__(mod).__version__)
        except Exception as e:
            out({"kind": "error", "name": mod, "error": str(e)[:200]})
            continue
    out({"kind": "framework", "name": mod, "version": v})
def blas():
    # numpy's BLAS without importing numpy: the build names it in numpy/__config__.py, and the
    # bundled OpenBLAS, loaded on its own (a few ms), says which CPU kernels and how many threads it uses.
    import re
    try:
        spec = iu.find_spec("numpy")
        root = spec.submodule_search_locations[0]
    except Exception:
        return
    info = {"kind": "blas"}
    try:
        with open(os.path.join(root, "__config__.py"), encoding="utf-8", errors="replace") as f:
            text = f.read(262144)
    except OSError:
        text = ""
    block = re.search(r'"blas":\s*\{(.*?)\}', text, re.S)
    if block:
        for key, field in (("name", "name"), ("version", "version"), ("openblas configuration", "config")):
            m = re.search(r'"%s":\s*r?"([^"]*)"' % re.escape(key), block.group(1))
            if m and m.group(1):
                info[field] = m.group(1)
    else:
        # numpy < 1.26 (distutils) lists the *_info dicts it found.
        for lib in ("mkl", "openblas", "blis", "accelerate", "atlas"):
            if re.search(r"^\w*%s\w*_info\s*=\s*\{\s*['\"]" % lib, text, re.M | re.I):
                info["name"] = lib
                break
    import glob
    libs = sorted(glob.glob(os.path.join(root, os.pardir, "numpy.libs", "*openblas*")) + glob.glob(os.path.join(root, ".libs", "*openblas*")))
    if libs:
        try:
            import ctypes
            lib = ctypes.CDLL(libs[0])
            done = False
            for pre in ("scipy_", ""):
                for suf in ("64_", ""):
                    core = getattr(lib, pre + "openblas_get_corename" + suf, None)
                    if core is None or done:
                        continue
                    core.restype = ctypes.c_char_p
                    info["coreType"] = (core() or b"").decode("ascii", "replace")
                    config = getattr(lib, pre + "openblas_get_config" + suf)
                    config.restype = ctypes.c_char_p
                    info["config"] = (config() or b"").decode("ascii", "replace").strip()
                    info["threads"] = int(getattr(lib, pre + "openblas_get_num_threads" + suf)())
                    info["parallel"] = int(getattr(lib, pre + "openblas_get_parallel" + suf)())
                    done = True
        except Exception as e:
            out({"kind": "error", "name": "BLAS library", "error": str(e)[:200]})
    if len(info) > 1:
        out(info)
if present("numpy"):
    try:
        blas()
    except Exception as e:
        out({"kind": "error", "name": "numpy's BLAS", "error": str(e)[:200]})
if present("torch"):
    # Version and CUDA from torch/version.py, without the import (seconds on a cold cache).
    static = None
    try:
        import os
        ns = {}
        with open(os.path.join(os.path.dirname(iu.find_spec("torch").origin), "version.py")) as f:
            exec(f.read(), ns)
        static = {"kind": "framework", "name": "torch", "version": str(ns.get("__version__")), "cuda": ns.get("cuda")}
        out(static)
    except Exception:
        pass
    # cuDNN: a CPU build has none; a pip build carries it as the nvidia-cudnn-cu* wheel, whose
    # version is the library's. Only otherwise is torch imported to ask the loaded library.
    cudnn_wheel = None
    for name, version in dists:
        if name.lower().replace("_", "-").startswith("nvidia-cudnn-cu"):
            cudnn_wheel = ".".join(version.split(".")[:3])
    if static is not None and static["cuda"] is None and ns.get("hip") is None:
        pass
    elif static is not None and cudnn_wheel:
        out(dict(static, cudnnVersion=cudnn_wheel))
    else:
        try:
            import torch
            cudnn = None
            try:
                cudnn = torch.backends.cudnn.version()
            except Exception:
                pass
            out({"kind": "framework", "name": "torch", "version": str(torch.__version__), "cuda": torch.version.cuda, "cudnn": cudnn})
        except Exception as e:
            out({"kind": "error", "name": "torch", "error": str(e)[:200]})
`

/** cuDNN's integer version as torch reports it (8902, 90100) → "8.9.2", "9.1.0". */
export function formatCudnn(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) return null
  if (value >= 90000) return `${Math.floor(value / 10000)}.${Math.floor((value % 10000) / 100)}.${value % 100}`
  return `${Math.floor(value / 1000)}.${Math.floor((value % 1000) / 100)}.${value % 100}`
}

type ProbeLine =
  | { kind: 'base'; version: string; executable: string; distributions: [string, string][] }
  | { kind: 'framework'; name: string; version: string; cuda?: string | null; cudnn?: number | null; cudnnVersion?: string }
  | { kind: 'error'; name: string; error: string }
  | BlasProbeLine

/**
 * Reads the probe's lines into PythonInfo (without `interpreter` and `conda`). Throws when the
 * first line is missing or is not the probe's JSON (a `python` that is something else entirely).
 */
export function parsePythonProbe(
  stdout: string,
  env: NodeJS.ProcessEnv = {}
): {
  info: Omit<PythonInfo, 'interpreter' | 'conda'>
  notes: string[]
} {
  const lines = stdout.split('\n').filter((l) => l.trim() !== '')
  const parsed: ProbeLine[] = []
  for (const line of lines) {
    try {
      parsed.push(JSON.parse(line) as ProbeLine)
    } catch {
      // A partial last line when the probe was killed mid-write; anything else is not our probe.
      if (parsed.length === 0) throw new Error(`unparseable output "${line.slice(0, 80)}"`)
    }
  }
  const base = parsed[0]
  if (!base || base.kind !== 'base' || typeof base.version !== 'string' || !Array.isArray(base.distributions)) {
    throw new Error(`unparseable output "${(lines[0] ?? '').slice(0, 80)}"`)
  }
  const distributions: PythonDistribution[] = base.distributions
    .filter((d) => Array.isArray(d) && typeof d[0] === 'string')
    .map(([name, version]) => ({ name, version: String(version) }))
    .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.name.localeCompare(b.name))
  const frameworks: PythonInfo['frameworks'] = {}
  const notes: string[] = []
  let blas: PythonInfo['blas'] = null
  for (const line of parsed.slice(1)) {
    if (line.kind === 'error') notes.push(`python: importing ${line.name} failed: ${line.error}`)
    if (line.kind === 'blas') blas = interpretBlas(line, env)
    if (line.kind !== 'framework') continue
    if (line.name === 'torch') {
      const before = frameworks.torch
      frameworks.torch = {
        version: line.version,
        cuda: line.cuda ?? before?.cuda ?? null,
        cudnn: formatCudnn(line.cudnn) ?? line.cudnnVersion ?? before?.cudnn ?? null
      }
    } else if (line.name === 'numpy' || line.name === 'jax' || line.name === 'tensorflow') {
      frameworks[line.name] = { version: line.version }
    }
  }
  return { info: { version: base.version, executable: base.executable, distributions, frameworks, blas }, notes }
}

/** conda's version from its install's `conda-meta` (instant), else from `conda --version`. */
export async function captureConda(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<string | null> {
  const exe = env.CONDA_EXE || (await findOnPath('conda', env))
  if (!exe) return null
  try {
    const meta = path.join(path.dirname(path.dirname(exe)), 'conda-meta')
    for (const file of await readdir(meta)) {
      const m = /^conda-(\d[^-]*)-[^-]+\.json$/.exec(file)
      if (m?.[1]) return m[1]
    }
  } catch {
    /* not a standard install layout */
  }
  const result = await execProbe(exe, ['--version'], { env, timeoutMs })
  return result.ok ? (/(\d+(?:\.\d+)+)/.exec(result.stdout + result.stderr)?.[1] ?? null) : null
}

/**
 * One bounded run of the experiment's interpreter. Missing interpreter, crash, garbage or
 * timeout → unavailable with the reason; a timeout after the distributions were printed keeps
 * what was printed and says which step was cut short.
 */
export async function capturePython(
  interpreter: string,
  workingDirectory: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  condaTimeoutMs: number
): Promise<{ python: Probed<PythonInfo>; warnings: string[] }> {
  const named = /[/\\]/.test(interpreter) ? path.resolve(workingDirectory, interpreter) : interpreter
  // A pyenv shim costs a second start (bash, then pyenv) before Python: ask the real interpreter.
  const onPath = await findOnPath(named, env)
  const shim = onPath ? await resolvePyenvShim(onPath, workingDirectory, env) : null
  const file = shim?.interpreter ?? named
  const [result, conda] = await Promise.all([
    execProbe(file, ['-c', PYTHON_PROBE_SCRIPT], { env, timeoutMs, cwd: workingDirectory }),
    captureConda(env, condaTimeoutMs)
  ])
  if (!result.ok && !(result.timedOut && result.stdout.trim() !== '')) {
    return { python: { status: 'unavailable', reason: result.reason }, warnings: [] }
  }
  try {
    const { info, notes } = parsePythonProbe(result.stdout, env)
    const warnings = result.ok ? notes : [...notes, `python probe cut short (${result.reason}); frameworks may be incomplete`]
    return { python: { status: 'ok', interpreter, ...info, conda }, warnings }
  } catch (err) {
    return { python: { status: 'unavailable', reason: `${interpreter}: ${(err as Error).message}` }, warnings: [] }
  }
}
