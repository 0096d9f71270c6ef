export const id = 765;
export const ids = [765];
export const modules = {

/***/ 90997:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/** Quotes one word for bash so it reaches the command exactly as typed (the CLI's `-- words\u2026`, vary's wrappers). */
function shellQuote(word) {
    if (word !== '' && /^[A-Za-z0-9_\-+=/.,:@%]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 4765:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LI: () => (/* binding */ controlThreads),
  CV: () => (/* binding */ planFactors)
});

// UNUSED EXPORTS: THREAD_VARIABLES, currentUmask, effectiveLocale, effectiveThreads, installedLocales, otherLocale, physicalCoreCount, planFactor

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/vary/launch.ts
var launch = __webpack_require__(16089);
;// CONCATENATED MODULE: ./src/vary/workdir.ts


/** Folders never copied: version control and the gate's own run folders. */
const SKIPPED_NAMES = new Set(['.git', '.hg', '.svn', '.repro-gate', '__pycache__']);
/** Installed dependencies: linked whole (they are the environment, not the experiment's tree). */
const LINKED_NAMES = new Set(['node_modules', '.venv', 'venv', '.tox']);
/** The default cap on what the `cwd` factor copies; files beyond it are linked, and the report says how many. */
const DEFAULT_COPY_CAP_BYTES = 256 * 1024 * 1024;
/**
 * Copies the working directory to `target` for the `cwd` factor. The user's tree is only read.
 * `.git`, the gate's own folders and `exclude` (the run folders when they sit inside the tree) are
 * left out; dependency folders (node_modules, .venv) are linked whole; once `capBytes` are copied,
 * further files are symbolic links to the originals.
 */
async function copyWorkingDirectory(source, target, options = {}) {
    const cap = options.capBytes ?? DEFAULT_COPY_CAP_BYTES;
    const exclude = new Set((options.exclude ?? []).map((p) => external_node_path_.resolve(p)));
    const result = { files: 0, bytes: 0, linked: [], linkedDirs: [], linkedBytes: 0 };
    await external_node_fs_.promises.rm(target, { recursive: true, force: true });
    async function walk(from, to) {
        await external_node_fs_.promises.mkdir(to, { recursive: true });
        for (const entry of await external_node_fs_.promises.readdir(from, { withFileTypes: true })) {
            const src = external_node_path_.join(from, entry.name);
            const dst = external_node_path_.join(to, entry.name);
            if (SKIPPED_NAMES.has(entry.name) || exclude.has(src) || src === external_node_path_.resolve(target))
                continue;
            if (entry.isDirectory() && LINKED_NAMES.has(entry.name)) {
                await external_node_fs_.promises.symlink(src, dst);
                result.linkedDirs.push(external_node_path_.relative(source, src).split(external_node_path_.sep).join('/'));
            }
            else if (entry.isDirectory())
                await walk(src, dst);
            else if (entry.isSymbolicLink())
                await external_node_fs_.promises.symlink(await external_node_fs_.promises.readlink(src), dst);
            else if (entry.isFile()) {
                const { size, mode } = await external_node_fs_.promises.stat(src);
                if (result.bytes + size > cap) {
                    await external_node_fs_.promises.symlink(src, dst);
                    result.linked.push(external_node_path_.relative(source, src).split(external_node_path_.sep).join('/'));
                    result.linkedBytes += size;
                }
                else {
                    await external_node_fs_.promises.copyFile(src, dst);
                    await external_node_fs_.promises.chmod(dst, mode);
                    result.files++;
                    result.bytes += size;
                }
            }
        }
    }
    await walk(external_node_path_.resolve(source), target);
    return result;
}
/**
 * A path for the copy under `base` that is longer than `original` (paths that are printed,
 * hashed or used as buffer sizes change with it), ending in the original folder's name.
 */
function longerPath(base, original) {
    let dir = external_node_path_.join(base, 'cwd-varied');
    const name = external_node_path_.basename(original) || 'work';
    while (external_node_path_.join(dir, name).length <= original.length)
        dir = external_node_path_.join(dir, 'longer-path');
    return external_node_path_.join(dir, name);
}

;// CONCATENATED MODULE: ./src/vary/factors.ts
/**
 * The factors: for each, the control's effective value (measured, not assumed) and a varied value
 * guaranteed to differ from it, or the reason it cannot be varied here.
 */






function isInside(file, dir) {
    const rel = external_node_path_.relative(dir, file);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
}
function run(file, args, env) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(file, args, { env, timeout: 5000 }, (err, stdout) => resolve({ ok: !err, stdout: String(stdout) }));
    });
}
// ---------------------------------------------------------------------------------------------
// threads
const THREAD_VARIABLES = [
    'OMP_NUM_THREADS',
    'MKL_NUM_THREADS',
    'OPENBLAS_NUM_THREADS',
    'NUMEXPR_NUM_THREADS',
    'VECLIB_MAXIMUM_THREADS'
];
/** Physical cores from /proc/cpuinfo (core id per physical id); the logical count where unknown. */
function physicalCoreCount(cpuinfo) {
    let text = cpuinfo;
    if (text === undefined) {
        try {
            text = (0,external_node_fs_.readFileSync)('/proc/cpuinfo', 'utf8');
        }
        catch {
            return external_node_os_.availableParallelism();
        }
    }
    const cores = new Set();
    let physical = '0';
    for (const line of text.split('\n')) {
        const [key, value] = line.split(':').map((s) => s.trim());
        if (key === 'physical id')
            physical = value;
        if (key === 'core id')
            cores.add(`${physical}/${value}`);
    }
    return cores.size || external_node_os_.availableParallelism();
}
/**
 * The thread count each library resolves when its variable is unset: OpenMP, OpenBLAS and
 * Accelerate use every logical core, MKL (and torch) the physical cores, numexpr at most 8.
 */
function effectiveThreads(env, logical, physical) {
    const defaults = {
        OMP_NUM_THREADS: [logical, 'all cores'],
        MKL_NUM_THREADS: [physical, 'physical cores'],
        OPENBLAS_NUM_THREADS: [logical, 'all cores'],
        NUMEXPR_NUM_THREADS: [Math.min(logical, 8), 'cores, at most 8'],
        VECLIB_MAXIMUM_THREADS: [logical, 'all cores']
    };
    const perVariable = {};
    let max = 0;
    for (const name of THREAD_VARIABLES) {
        const set = env[name];
        const n = set !== undefined && /^\d+$/.test(set.trim()) ? Number(set) : null;
        const [count, why] = defaults[name];
        perVariable[name] = n !== null ? set.trim() : `unset \u2192 ${count} (${why})`;
        max = Math.max(max, n ?? count);
    }
    return { perVariable, max };
}
/** Threads the repeats ran with, for the likely-cause evidence. */
function controlThreads(env) {
    const logical = external_node_os_.availableParallelism();
    const { perVariable, max } = effectiveThreads(env, logical, physicalCoreCount());
    return { max, detail: `OMP_NUM_THREADS ${perVariable.OMP_NUM_THREADS}, ${logical} logical cores` };
}
// ---------------------------------------------------------------------------------------------
// locale
const normalizeLocale = (name) => name.toLowerCase().replace(/utf-?8/, 'utf8');
const C_LOCALES = new Set(['c', 'posix']);
/** The installed locales (`locale -a`). */
async function installedLocales(env) {
    const { ok, stdout } = await run('locale', ['-a'], env);
    return ok
        ? stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : ['C', 'POSIX'];
}
/**
 * The locale that takes effect for collation: LC_ALL, else LC_COLLATE, else LANG; one that is not
 * installed behaves as C.
 */
function effectiveLocale(env, installed) {
    const source = ['LC_ALL', 'LC_COLLATE', 'LANG'].find((v) => (env[v] ?? '') !== '');
    if (!source)
        return { name: 'C', display: 'C (LC_ALL, LC_COLLATE and LANG unset)' };
    const requested = env[source];
    if (C_LOCALES.has(requested.toLowerCase()))
        return { name: 'C', display: `${requested} (${source})` };
    const found = installed.find((l) => normalizeLocale(l) === normalizeLocale(requested));
    if (!found)
        return { name: 'C', display: `C (${source}=${requested} is not installed)` };
    return { name: found, display: `${requested} (${source})` };
}
/** Another installed locale: one that sorts differently from C first, C.UTF-8 or C when nothing else is there. */
function otherLocale(effective, installed) {
    const current = normalizeLocale(effective);
    const candidates = installed.filter((l) => normalizeLocale(l) !== current && !(C_LOCALES.has(normalizeLocale(l)) && C_LOCALES.has(current)));
    const rank = (l) => {
        const n = normalizeLocale(l);
        if (C_LOCALES.has(n))
            return 4;
        if (n.startsWith('c.'))
            return 3;
        if (!n.includes('utf8'))
            return 2;
        return n.startsWith('fr_') || n.startsWith('de_') ? 0 : 1;
    };
    return candidates.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en'))[0] ?? null;
}
// ---------------------------------------------------------------------------------------------
// time zone
/** The UTC offset in minutes the control's environment resolves (`date +%z`), or null. */
async function utcOffsetMinutes(env) {
    const { ok, stdout } = await run('date', ['+%z'], env);
    const m = /^([+-])(\d\d)(\d\d)/.exec(stdout.trim());
    if (!ok || !m)
        return null;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
function formatOffset(minutes) {
    const sign = minutes < 0 ? '-' : '+';
    const a = Math.abs(minutes);
    return `UTC${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
// ---------------------------------------------------------------------------------------------
// umask
/** The gate's umask (inherited by the runs) from /proc, as four octal digits. */
function currentUmask() {
    try {
        const m = /^Umask:\s*([0-7]+)/m.exec((0,external_node_fs_.readFileSync)('/proc/self/status', 'utf8'));
        return m ? m[1].padStart(4, '0') : null;
    }
    catch {
        return null;
    }
}
// ---------------------------------------------------------------------------------------------
const record = (name, control, value, extra = {}) => ({
    name,
    varied: value !== null && !extra.reason,
    reason: null,
    control,
    value,
    variables: {},
    note: null,
    ...extra
});
const notVaried = (name, control, reason) => ({
    record: { name, varied: false, reason, control, value: null, variables: {}, note: null },
    apply: async () => { }
});
function setVariables(launch, variables) {
    for (const [name, value] of Object.entries(variables)) {
        if (value === null)
            delete launch.env[name];
        else
            launch.env[name] = value;
    }
}
function withVariables(rec) {
    return { record: rec, apply: async (launch) => setVariables(launch, rec.variables) };
}
/**
 * Plans one factor: measures the control's effective value and picks a varied one that differs,
 * or says why the factor cannot be varied on this machine.
 */
async function planFactor(name, ctx) {
    const platform = ctx.platform ?? process.platform;
    const env = ctx.env;
    switch (name) {
        case 'hashseed': {
            const current = env.PYTHONHASHSEED;
            const fixed = current !== undefined && /^\d+$/.test(current.trim());
            const control = fixed
                ? current.trim()
                : current === undefined
                    ? 'random (PYTHONHASHSEED unset)'
                    : `random (PYTHONHASHSEED=${current})`;
            const value = fixed ? String((Number(current) + 1) % 4294967296) : '1';
            return withVariables(record(name, control, value, { variables: { PYTHONHASHSEED: value } }));
        }
        case 'timezone': {
            const offset = await utcOffsetMinutes(env);
            const label = env.TZ ? `TZ=${env.TZ}` : 'TZ unset';
            if (offset === null)
                return notVaried(name, label, "the control's UTC offset could not be read (`date +%z` failed)");
            const candidates = [
                ...((0,external_node_fs_.existsSync)('/usr/share/zoneinfo/Asia/Kolkata') ? ['Asia/Kolkata'] : []),
                'GMT+12', // POSIX sign: UTC\u221212
                'GMT-14' // UTC+14
            ];
            for (const zone of candidates) {
                const other = await utcOffsetMinutes({ ...env, TZ: zone });
                if (other !== null && Math.abs(other - offset) >= 4 * 60) {
                    return withVariables(record(name, `${label} (${formatOffset(offset)})`, `${zone} (${formatOffset(other)})`, { variables: { TZ: zone } }));
                }
            }
            return notVaried(name, `${label} (${formatOffset(offset)})`, "no time zone far enough from the control's could be set");
        }
        case 'locale': {
            const installed = await installedLocales(env);
            const effective = effectiveLocale(env, installed);
            const other = otherLocale(effective.name, installed);
            if (!other)
                return notVaried(name, effective.display, `no other locale is installed (locale -a lists ${installed.join(', ')})`);
            const language = other.split('.')[0];
            return withVariables(record(name, effective.display, other, {
                variables: { LC_ALL: other, LANG: other, LANGUAGE: language },
                note: installed.some((l) => !/^(c|posix)(\.|$)/i.test(l))
                    ? null
                    : `only C locales are installed (${installed.join(', ')}); install e.g. en_US.UTF-8 for a locale that sorts differently`
            }));
        }
        case 'threads': {
            const logical = ctx.logicalCores ?? external_node_os_.availableParallelism();
            const physical = ctx.physicalCores ?? physicalCoreCount();
            const { perVariable, max } = effectiveThreads(env, logical, physical);
            const value = max > 1 ? 1 : Math.max(2, logical);
            const control = `${max} (${Object.entries(perVariable)
                .map(([k, v]) => `${k} ${v}`)
                .join('; ')})`;
            const variables = Object.fromEntries(THREAD_VARIABLES.map((v) => [v, String(value)]));
            return withVariables(record(name, control, String(value), { variables, note: `${value} in ${THREAD_VARIABLES.join(', ')}` }));
        }
        case 'cwd': {
            // The whole checkout is copied (the working directory may read `../data`), and the run starts
            // in the same subfolder of the copy.
            const root = ctx.copyRoot && isInside(ctx.cwd, ctx.copyRoot) ? ctx.copyRoot : ctx.cwd;
            const copyRoot = longerPath(external_node_path_.join(ctx.workRoot, 'cwd'), root);
            const target = external_node_path_.join(copyRoot, external_node_path_.relative(root, ctx.cwd));
            const rec = record(name, ctx.cwd, target);
            return {
                record: rec,
                apply: async (launch) => {
                    const cap = ctx.copyCapBytes ?? DEFAULT_COPY_CAP_BYTES;
                    const copy = await copyWorkingDirectory(root, copyRoot, { capBytes: cap, exclude: ctx.exclude });
                    const what = root === ctx.cwd ? 'the working directory' : `${root} (the checkout around the working directory)`;
                    const linkedDirs = copy.linkedDirs.length ? `; ${copy.linkedDirs.join(', ')} linked, not copied` : '';
                    rec.note =
                        copy.linked.length > 0
                            ? `copied ${what}: ${copy.files} files; ${copy.linked.length} linked to the originals beyond the ${Math.round(cap / 1048576)} MiB copy cap (${copy.linked.slice(0, 3).join(', ')}${copy.linked.length > 3 ? ', \u2026' : ''})${linkedDirs}`
                            : `copied ${what}: ${copy.files} files (${Math.round(copy.bytes / 1024)} KiB; .git and the gate's folders left out${linkedDirs})`;
                    if (isInside(launch.metricsFile, root))
                        launch.metricsFile = external_node_path_.join(copyRoot, external_node_path_.relative(root, launch.metricsFile));
                    launch.cwd = target;
                }
            };
        }
        case 'umask': {
            if (platform !== 'linux')
                return notVaried(name, 'unknown', `umask semantics are varied on Linux only; this runner is ${platform}`);
            const control = currentUmask();
            if (control === null)
                return notVaried(name, 'unknown', 'the umask could not be read from /proc/self/status');
            const value = control === '0077' ? '0002' : '0077';
            return {
                record: record(name, control, value),
                apply: async (launch) => {
                    launch.wrap.umask = value;
                }
            };
        }
        case 'home': {
            const home = external_node_path_.join(ctx.workRoot, 'home');
            const variables = { HOME: home };
            // XDG folders inside the old HOME would let the run still find it.
            for (const xdg of ['XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME']) {
                if (env.HOME && env[xdg]?.startsWith(env.HOME))
                    variables[xdg] = null;
            }
            const rec = record(name, env.HOME ?? 'HOME unset', `${home} (empty)`, { variables });
            return {
                record: rec,
                apply: async (launch) => {
                    await external_node_fs_.promises.rm(home, { recursive: true, force: true });
                    await external_node_fs_.promises.mkdir(home, { recursive: true });
                    setVariables(launch, variables);
                }
            };
        }
        case 'hostname': {
            const control = external_node_os_.hostname();
            const probe = await (0,launch/* probeHostnameMethod */.V)(env, platform);
            if ('reason' in probe)
                return notVaried(name, control, probe.reason);
            const value = control === 'repro-gate-varied' ? 'repro-gate-varied-2' : 'repro-gate-varied';
            const method = probe.method;
            const uid = process.getuid?.() ?? 0;
            const gid = process.getgid?.() ?? 0;
            return {
                record: record(name, control, value, {
                    note: `new UTS namespace via ${method === 'sudo' ? 'sudo unshare --uts, then setpriv back to uid ' + uid : method === 'unshare' ? 'unshare --uts' : 'unshare -r --uts'}`
                }),
                apply: async (launch) => {
                    launch.wrap.hostname = { name: value, method, uid, gid };
                }
            };
        }
    }
}
/** Plans every requested factor (concurrently: each probe is a short process). */
async function planFactors(names, ctx) {
    return Promise.all(names.map((n) => planFactor(n, ctx)));
}


/***/ }),

/***/ 16089:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ wrapCommand),
/* harmony export */   V: () => (/* binding */ probeHostnameMethod)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90997);
/**
 * How a varied run is started: the umask and the host name cannot be passed as variables, so the
 * command is wrapped (`umask 0077` before it; a new UTS namespace around it).
 */


function attempt(file, args, env) {
    return new Promise((resolve) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(file, args, { env, timeout: 5000 }, (err, _stdout, stderr) => {
            const text = `${String(stderr).trim().split('\n').pop() ?? ''}`.trim();
            resolve({ ok: !err, message: err ? text || err.code?.toString() || err.message : '' });
        });
    });
}
/**
 * Finds the first way that works here to run a process under another host name, trying each for
 * real with the run's PATH. Returns the method, or the reason none works (each attempt's error).
 */
async function probeHostnameMethod(env, platform = process.platform) {
    if (platform !== 'linux')
        return { reason: `needs Linux (UTS namespaces); this runner is ${platform}` };
    const probeName = 'repro-gate-probe';
    const tries = [
        ['unshare', 'unshare', ['--uts', '--', 'hostname', probeName]],
        ['unshare-user', 'unshare', ['-r', '--uts', '--', 'hostname', probeName]],
        ['sudo', 'sudo', ['-n', '--', 'unshare', '--uts', '--', 'hostname', probeName]]
    ];
    const failures = [];
    for (const [method, file, args] of tries) {
        const result = await attempt(file, args, env);
        if (result.ok)
            return { method };
        failures.push(`${[file, ...args.slice(0, args.indexOf('--'))].join(' ')}: ${result.message || 'failed'}`);
    }
    return { reason: `no way to set another host name here (${failures.join('; ')})` };
}
/**
 * The command a varied run executes (it still runs as `bash -e -o pipefail -c <result>`).
 * The experiment's environment reaches it unchanged on every path; after `sudo` (which resets the
 * environment and PATH) it is exported before and sourced again as the runner's user.
 */
function wrapCommand(command, wrap) {
    const inner = wrap.umask ? `umask ${wrap.umask}\n${command}` : command;
    if (!wrap.hostname)
        return inner;
    const { name, method, uid, gid } = wrap.hostname;
    const q = _shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .Z;
    if (method === 'unshare' || method === 'unshare-user') {
        const flags = method === 'unshare' ? '--uts' : '-r --uts';
        return `exec unshare ${flags} -- bash -c 'hostname -- "$1" && exec bash -e -o pipefail -c "$2"' repro-gate ${q(name)} ${q(inner)}`;
    }
    // sudo: save the environment, set the name as root, then drop back to the runner's user and restore it.
    const restore = `set -a; . "$1"; rm -f -- "$1"; set +a; exec bash -e -o pipefail -c "$2"`;
    return [
        `repro_gate_env="$(mktemp)"`,
        `export -p > "$repro_gate_env"`,
        `exec sudo -n -- unshare --uts -- sh -c 'hostname -- "$1" && shift && exec setpriv --reuid="$1" --regid="$2" --init-groups -- env -i "$3" -c "$4" repro-gate "$5" "$6"' ` +
            `repro-gate ${q(name)} ${uid} ${gid} "$(command -v bash)" ${q(restore)} "$repro_gate_env" ${q(inner)}`
    ].join('\n');
}


/***/ })

};
