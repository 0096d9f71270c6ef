export const id = 481;
export const ids = [481];
export const modules = {

/***/ 662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* reexport safe */ _values_js__WEBPACK_IMPORTED_MODULE_2__.CH),
/* harmony export */   Tu: () => (/* binding */ compareArtifacts),
/* harmony export */   qB: () => (/* binding */ compareRuns),
/* harmony export */   wz: () => (/* reexport safe */ _values_js__WEBPACK_IMPORTED_MODULE_2__.wz)
/* harmony export */ });
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94824);
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91988);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87801);




function maxOrNull(current, next) {
    if (next === null)
        return current;
    return current === null ? next : Math.max(current, next);
}
/**
 * Compares the metrics of every run with run 1 (the reference). A metric passes when every later
 * run is within tolerance; a metric missing from any run is drift. Pure: runs' flattened metrics in,
 * one comparison per metric name out, drift first, then by name.
 */
function compareRuns(runs, options) {
    const names = new Set();
    for (const run of runs)
        for (const name of run.keys())
            names.add(name);
    const results = [];
    for (const name of names) {
        const values = runs.map((r) => r.get(name));
        const missingIn = values.flatMap((v, i) => (v === undefined ? [i + 1] : []));
        const encoded = values.map((v) => (v === undefined ? null : (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeValue */ .It)(v)));
        const reference = values[0];
        const numeric = typeof reference === 'number' || values.some((v) => typeof v === 'number');
        const { tolerance, rule } = (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_1__/* .toleranceFor */ .Tu)(name, options.tolerances, options.tolerance);
        const base = { name, values: encoded, missingIn, tolerance: numeric ? tolerance : null, toleranceRule: numeric ? rule : null };
        if ((0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._)(name, options.ignore)) {
            results.push({ ...base, status: 'ignored', maxAbsDeviation: null, maxRelDeviation: null, driftRuns: [], reason: null });
            continue;
        }
        let maxAbs = null;
        let maxRel = null;
        let driftRuns = [];
        const reasons = [];
        if (reference === undefined) {
            // Without a reference value there is nothing to measure against: the runs lacking it are the finding.
            driftRuns = missingIn;
            reasons.push(`missing in run ${missingIn.join(', ')}`);
        }
        else {
            values.slice(1).forEach((candidate, i) => {
                const c = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .compareMetricValues */ .CH)(reference, candidate, tolerance);
                maxAbs = maxOrNull(maxAbs, c.absDeviation);
                maxRel = maxOrNull(maxRel, c.relDeviation);
                if (!c.ok) {
                    driftRuns.push(i + 2);
                    if (reasons.length < 3)
                        reasons.push(`run ${i + 2}: ${c.reason}`);
                }
            });
        }
        const status = driftRuns.length > 0 ? 'drift' : 'pass';
        results.push({
            ...base,
            status,
            maxAbsDeviation: maxAbs,
            maxRelDeviation: maxRel,
            driftRuns,
            reason: status === 'drift' ? reasons.join('; ') : null
        });
    }
    const order = { drift: 0, pass: 1, ignored: 2 };
    return results.sort((a, b) => order[a.status] - order[b.status] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * Compares output artifacts bit for bit (by sha256) with run 1. An artifact produced by some runs
 * and not others is drift.
 */
function compareArtifacts(runs) {
    const paths = new Set();
    for (const run of runs)
        for (const f of run)
            paths.add(f.path);
    const results = [];
    for (const path of [...paths].sort()) {
        const files = runs.map((run) => run.find((f) => f.path === path) ?? null);
        const sha256 = files.map((f) => f?.sha256 ?? null);
        const bytes = files.map((f) => f?.bytes ?? null);
        const driftRuns = sha256.flatMap((h, i) => (i > 0 && h !== sha256[0] ? [i + 1] : []));
        if (sha256[0] === null)
            driftRuns.unshift(1);
        const missing = sha256.flatMap((h, i) => (h === null ? [i + 1] : []));
        const reason = driftRuns.length === 0
            ? null
            : missing.length > 0
                ? `not produced by run ${missing.join(', ')}`
                : `content differs from run 1 in run ${driftRuns.join(', ')}`;
        results.push({ path, status: driftRuns.length ? 'drift' : 'pass', sha256, bytes, driftRuns: [...new Set(driftRuns)], reason });
    }
    return results.sort((a, b) => (a.status === b.status ? 0 : a.status === 'drift' ? -1 : 1));
}


/***/ }),

/***/ 94824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ matchesAny),
/* harmony export */   c: () => (/* binding */ compileMetricPattern)
/* harmony export */ });
/**
 * Metric patterns are globs over dot-separated metric names: `*` matches within one segment,
 * `**` across segments, `?` one character. `[` and `]` are literal, so `loss[3]` means the
 * fourth element of `loss`, not a character class — general-purpose glob libraries get this wrong.
 */
const cache = new Map();
function compileMetricPattern(pattern) {
    const hit = cache.get(pattern);
    if (hit)
        return hit;
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            // `a.**.b` also matches `a.b`; a trailing `.**` also matches the bare prefix.
            if (pattern[i + 2] === '.') {
                source += '(?:.*\\.)?';
                i += 2;
            }
            else {
                source += '.*';
                i += 1;
            }
        }
        else if (c === '*') {
            source += '[^.]*';
        }
        else if (c === '?') {
            source += '[^.]';
        }
        else {
            source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        }
    }
    const re = new RegExp(`^${source}$`);
    const test = (name) => re.test(name);
    cache.set(pattern, test);
    return test;
}
/** True when any pattern matches the name. */
function matchesAny(name, patterns) {
    return patterns.some((p) => compileMetricPattern(p)(name));
}


/***/ }),

/***/ 91988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ parseTolerance),
/* harmony export */   Sd: () => (/* binding */ parseToleranceRules),
/* harmony export */   Tu: () => (/* binding */ toleranceFor),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   p4: () => (/* binding */ withinTolerance)
/* harmony export */ });
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94824);

/** Thrown for input the user must fix; the message names the input, the value and what is accepted. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
const NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function parseNonNegative(input, key, raw) {
    const text = raw.trim();
    if (!NUMBER.test(text)) {
        throw new InputError(`${input}: ${key} must be a non-negative number like 0, 1e-6 or 0.01, got "${raw}"`);
    }
    return Number(text);
}
/**
 * Parses `0.001` (absolute tolerance) or `atol=1e-6,rtol=1e-3` (either key may be left out).
 * `input` names the input in error messages.
 */
function parseTolerance(raw, input = 'tolerance') {
    const text = raw.trim();
    if (text === '')
        return { atol: 0, rtol: 0 };
    if (!text.includes('=')) {
        if (!NUMBER.test(text)) {
            throw new InputError(`${input}: expected one number or "atol=<number>,rtol=<number>", got "${raw}" (e.g. 1e-6, or atol=1e-8,rtol=1e-5)`);
        }
        return { atol: Number(text), rtol: 0 };
    }
    const tolerance = { atol: 0, rtol: 0 };
    const seen = new Set();
    for (const part of text.split(',')) {
        const eq = part.indexOf('=');
        const key = part.slice(0, eq).trim().toLowerCase();
        if (eq < 0 || (key !== 'atol' && key !== 'rtol')) {
            throw new InputError(`${input}: expected one number or "atol=<number>,rtol=<number>", got "${raw}" (unknown part "${part.trim()}")`);
        }
        if (seen.has(key))
            throw new InputError(`${input}: ${key} is given twice in "${raw}"`);
        seen.add(key);
        tolerance[key] = parseNonNegative(input, key, part.slice(eq + 1));
    }
    return tolerance;
}
/**
 * Parses the multi-line `tolerances` input: `<pattern>: atol=…,rtol=…` per line. The line is
 * split at its last `:` so metric names may contain colons. Blank lines and `#` comments are skipped.
 */
function parseToleranceRules(raw, input = 'tolerances') {
    const rules = [];
    raw.split(/\r?\n/).forEach((line, i) => {
        const text = line.trim();
        if (text === '' || text.startsWith('#'))
            return;
        const colon = text.lastIndexOf(':');
        const pattern = colon < 0 ? '' : text.slice(0, colon).trim();
        if (colon < 0 || pattern === '') {
            throw new InputError(`${input}: line ${i + 1} "${text}" needs a metric pattern before the last ":", e.g. "eval.*: atol=1e-6" or "loss: 0.01"`);
        }
        (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compileMetricPattern */ .c)(pattern); // validates
        rules.push({ pattern, tolerance: parseTolerance(text.slice(colon + 1), `${input} (line ${i + 1})`) });
    });
    return rules;
}
/** The tolerance for one metric: the first matching rule wins, else the default. */
function toleranceFor(name, rules, fallback) {
    for (const rule of rules) {
        if ((0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compileMetricPattern */ .c)(rule.pattern)(name))
            return { tolerance: rule.tolerance, rule: rule.pattern };
    }
    return { tolerance: fallback, rule: null };
}
/** `|a−b| ≤ atol + rtol·|b|`, with b the reference. */
function withinTolerance(a, b, t) {
    return Math.abs(a - b) <= t.atol + t.rtol * Math.abs(b);
}


/***/ }),

/***/ 87801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CH: () => (/* binding */ compareMetricValues),
/* harmony export */   It: () => (/* binding */ encodeValue),
/* harmony export */   wz: () => (/* binding */ decodeValue)
/* harmony export */ });
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91988);

/** Writes a metric value into the report: non-finite numbers become tagged objects (JSON has no NaN). */
function encodeValue(value) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
        return { nonFinite: Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity' };
    }
    return value;
}
/** Reads a metric value back from a report. */
function decodeValue(value) {
    if (value !== null && typeof value === 'object') {
        return value.nonFinite === 'NaN' ? NaN : value.nonFinite === 'Infinity' ? Infinity : -Infinity;
    }
    return value;
}
function describe(value) {
    if (typeof value === 'string')
        return `string ${JSON.stringify(value)}`;
    if (value === null)
        return 'null';
    return `${typeof value} ${String(value)}`;
}
/**
 * Compares one candidate value with the reference. Numbers within `|a−b| ≤ atol + rtol·|b|`
 * pass; equal non-finite values are equal (NaN = NaN, +Inf = +Inf) and non-finite vs finite is
 * drift; strings, booleans and null compare exactly; a missing value (undefined) is drift.
 * Every comparison in repro-gate (runs, baseline, matrix legs, diff, replay) goes through here.
 */
function compareMetricValues(reference, candidate, tolerance) {
    if (reference === undefined || candidate === undefined) {
        return { ok: false, absDeviation: null, relDeviation: null, reason: reference === undefined ? 'missing in the reference' : 'missing' };
    }
    if (typeof reference === 'number' && typeof candidate === 'number') {
        const refFinite = Number.isFinite(reference);
        const candFinite = Number.isFinite(candidate);
        if (!refFinite || !candFinite) {
            const same = Object.is(reference, candidate) || (Number.isNaN(reference) && Number.isNaN(candidate));
            return {
                ok: same,
                absDeviation: null,
                relDeviation: null,
                reason: same ? null : `${String(candidate)} vs reference ${String(reference)}`
            };
        }
        const abs = Math.abs(candidate - reference);
        const rel = reference === 0 ? null : abs / Math.abs(reference);
        const ok = (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_0__/* .withinTolerance */ .p4)(candidate, reference, tolerance);
        return { ok, absDeviation: abs, relDeviation: rel, reason: ok ? null : `|Δ| = ${abs} > ${tolerance.atol} + ${tolerance.rtol}·|ref|` };
    }
    if (typeof reference !== typeof candidate || (reference === null) !== (candidate === null)) {
        return { ok: false, absDeviation: null, relDeviation: null, reason: `type changed: ${describe(candidate)} vs reference ${describe(reference)}` };
    }
    const ok = reference === candidate;
    return { ok, absDeviation: null, relDeviation: null, reason: ok ? null : `${describe(candidate)} vs reference ${describe(reference)}` };
}


/***/ }),

/***/ 48597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Ri: () => (/* binding */ compareMetricSets),
/* harmony export */   jn: () => (/* binding */ reportMetricValues),
/* harmony export */   uL: () => (/* binding */ hasDrift)
/* harmony export */ });
/* harmony import */ var _compare_compareRuns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(662);
/* harmony import */ var _compare_patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94824);
/* harmony import */ var _compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91988);



/**
 * The values a report stands for: its first run that finished cleanly (the reference run of its
 * own comparison), else run 1 of its metric comparison. Missing metrics are absent from the map.
 */
function reportMetricValues(report) {
    const clean = report.runs?.find((r) => r.error === null && r.metrics !== null);
    if (clean?.metrics)
        return new Map(Object.entries(clean.metrics));
    const values = new Map();
    for (const m of report.metrics ?? []) {
        if (!m.missingIn.includes(1) && m.values.length > 0)
            values.set(m.name, m.values[0]);
    }
    return values;
}
const ORDER = { drift: 0, missing: 1, new: 2, match: 3, ignored: 4 };
/** Compares candidate values with reference values; drift and missing first, then by name. Pure. */
function compareMetricSets(reference, candidate, options) {
    const names = [...new Set([...reference.keys(), ...candidate.keys()])];
    const deltas = names.map((name) => {
        const ref = reference.get(name);
        const cand = candidate.get(name);
        const numeric = typeof ref === 'number' || typeof cand === 'number';
        const { tolerance, rule } = (0,_compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .toleranceFor */ .Tu)(name, options.tolerances, options.tolerance);
        const base = {
            name,
            reference: ref ?? null,
            candidate: cand ?? null,
            tolerance: numeric ? tolerance : null,
            toleranceRule: numeric ? rule : null
        };
        if ((0,_compare_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._)(name, options.ignore)) {
            return { ...base, status: 'ignored', absDeviation: null, relDeviation: null, reason: null };
        }
        if (ref === undefined)
            return { ...base, status: 'new', absDeviation: null, relDeviation: null, reason: null };
        const c = (0,_compare_compareRuns_js__WEBPACK_IMPORTED_MODULE_0__/* .compareMetricValues */ .CH)((0,_compare_compareRuns_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeValue */ .wz)(ref), cand === undefined ? undefined : (0,_compare_compareRuns_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeValue */ .wz)(cand), tolerance);
        const status = cand === undefined ? 'missing' : c.ok ? 'match' : 'drift';
        return { ...base, status, absDeviation: c.absDeviation, relDeviation: c.relDeviation, reason: c.reason };
    });
    return deltas.sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** True when any delta is drift (a metric that moved or went missing). */
function hasDrift(deltas) {
    return deltas.some((d) => d.status === 'drift' || d.status === 'missing');
}
/** Formats an encoded value for people: numbers as written, non-finite by name, strings quoted. */
function formatValue(value) {
    if (value === undefined)
        return '—';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return value.nonFinite;
    if (typeof value === 'string')
        return JSON.stringify(value);
    return String(value);
}


/***/ }),

/***/ 82027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eG: () => (/* binding */ diffEnvironments),
/* harmony export */   o3: () => (/* binding */ EnvChangeCategories)
/* harmony export */ });
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8247);

/** Categories in the order changes are listed: the likeliest causes of drift first. */
const EnvChangeCategories = [
    'package',
    'lockfile',
    'unpinned',
    'python-package',
    'framework',
    'toolchain',
    'gpu',
    'container',
    'runner',
    'os',
    'cpu',
    'seed',
    'math-env',
    'data',
    'snapshot',
    'commit'
];
const byCodeUnit = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
/** Compares two optional values and records a change when they differ. */
function field(add, category, subject, before, after, detail) {
    const b = before ?? null;
    const a = after ?? null;
    if (b !== a)
        add(category, subject, b, a, detail);
}
/** Compares two name → value maps; a missing name is null on that side. */
function mapDiff(add, category, before, after, detail) {
    const names = [...new Set([...before.keys(), ...after.keys()])].sort(byCodeUnit);
    for (const name of names)
        field(add, category, name, before.get(name), after.get(name), detail);
}
function probed(p) {
    return p && p.status === 'ok' ? p : undefined;
}
/** When a probe worked on one side only, the change is that: recorded once instead of one per field. */
function probeStatus(add, category, subject, a, b) {
    const describe = (p) => p === undefined ? null : p.status === 'ok' ? 'captured' : `unavailable (${p.reason})`;
    if ((a?.status === 'ok') === (b?.status === 'ok'))
        return a?.status === 'ok';
    add(category, subject, describe(a), describe(b));
    return false;
}
function pinsOf(lockfile) {
    const pins = new Map();
    const get = (name) => {
        let pin = pins.get(name);
        if (!pin)
            pins.set(name, (pin = { versions: [], spec: null }));
        return pin;
    };
    for (const p of lockfile.packages ?? [])
        get(p.name).versions.push(p.version);
    for (const u of lockfile.unpinned ?? []) {
        const pin = get(u.name);
        pin.spec = pin.spec === null ? u.spec : `${pin.spec}, ${u.spec}`;
    }
    for (const pin of pins.values())
        pin.versions.sort(byCodeUnit);
    return pins;
}
function describePin(pin) {
    if (!pin)
        return null;
    const parts = [...pin.versions];
    if (pin.spec !== null)
        parts.push(pin.spec === '' ? 'unpinned (any version)' : `unpinned ${pin.spec}`);
    return parts.join(', ');
}
function lockfileSummary(l) {
    return l.error ? `unparsed (${l.error})` : `${l.packages?.length ?? 0} packages${l.unpinned?.length ? `, ${l.unpinned.length} unpinned` : ''}`;
}
function diffLockfiles(add, a, b) {
    const before = new Map(a.map((l) => [l.path, l]));
    const after = new Map(b.map((l) => [l.path, l]));
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort(byCodeUnit);
    const whole = [];
    for (const path of paths) {
        const la = before.get(path);
        const lb = after.get(path);
        if (!la || !lb) {
            whole.push([path, la ? lockfileSummary(la) : null, lb ? lockfileSummary(lb) : null]);
            continue;
        }
        if (la.error || lb.error) {
            if (la.sha256 !== lb.sha256 || la.error !== lb.error)
                whole.push([path, lockfileSummary(la), lockfileSummary(lb)]);
            continue;
        }
        const pa = pinsOf(la);
        const pb = pinsOf(lb);
        let found = false;
        for (const name of [...new Set([...pa.keys(), ...pb.keys()])].sort(byCodeUnit)) {
            const da = describePin(pa.get(name));
            const db = describePin(pb.get(name));
            if (da === db)
                continue;
            found = true;
            const unpinned = (pa.get(name)?.spec ?? null) !== null || (pb.get(name)?.spec ?? null) !== null;
            add(unpinned ? 'unpinned' : 'package', name, da, db, path);
        }
        if (!found && la.sha256 !== lb.sha256)
            whole.push([path, `sha256 ${la.sha256.slice(0, 12)}`, `sha256 ${lb.sha256.slice(0, 12)}`, 'content changed, same packages']);
    }
    for (const [path, x, y, detail] of whole)
        add('lockfile', path, x, y, detail);
}
/** PEP 503 normalisation, so `Scikit_Learn` and `scikit-learn` are one distribution. */
function normalizeDistribution(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function diffPython(add, a, b) {
    const subject = 'python';
    if (!probeStatus(add, 'toolchain', subject, a.toolchains?.python, b.toolchains?.python)) {
        field(add, 'toolchain', 'node', a.toolchains?.node, b.toolchains?.node);
        return;
    }
    const pa = probed(a.toolchains.python);
    const pb = probed(b.toolchains.python);
    const dists = (list) => {
        const map = new Map();
        for (const d of list ?? []) {
            const key = normalizeDistribution(d.name);
            map.set(key, map.has(key) ? `${map.get(key)}, ${d.version}` : d.version);
        }
        return map;
    };
    mapDiff(add, 'python-package', dists(pa.distributions), dists(pb.distributions), `installed in ${pb.executable || pb.interpreter}`);
    const fa = pa.frameworks ?? {};
    const fb = pb.frameworks ?? {};
    field(add, 'framework', 'torch', fa.torch?.version, fb.torch?.version);
    field(add, 'framework', 'torch CUDA build', fa.torch?.cuda, fb.torch?.cuda);
    field(add, 'framework', 'torch cuDNN', fa.torch?.cudnn, fb.torch?.cudnn);
    field(add, 'framework', 'tensorflow', fa.tensorflow?.version, fb.tensorflow?.version);
    field(add, 'framework', 'jax', fa.jax?.version, fb.jax?.version);
    field(add, 'framework', 'numpy', fa.numpy?.version, fb.numpy?.version);
    field(add, 'toolchain', 'python', pa.version, pb.version);
    field(add, 'toolchain', 'conda', pa.conda, pb.conda);
    field(add, 'toolchain', 'node', a.toolchains?.node, b.toolchains?.node);
}
function diffGpu(add, a, b) {
    if (!probeStatus(add, 'gpu', 'GPU probe', a.gpu, b.gpu))
        return;
    const ga = probed(a.gpu);
    const gb = probed(b.gpu);
    const devices = (g) => {
        if (!g.devices?.length)
            return 'none';
        const counts = new Map();
        for (const d of g.devices)
            counts.set(d.name, (counts.get(d.name) ?? 0) + 1);
        return [...counts].map(([name, n]) => (n > 1 ? `${n}× ${name}` : name)).join(', ');
    };
    field(add, 'gpu', 'GPU', devices(ga), devices(gb));
    field(add, 'gpu', 'GPU driver', ga.driverVersion, gb.driverVersion);
    field(add, 'gpu', 'CUDA (driver)', ga.cudaDriverVersion, gb.cudaDriverVersion);
    field(add, 'gpu', 'CUDA toolkit', ga.cudaToolkitVersion, gb.cudaToolkitVersion);
}
function diffContainers(add, a, b) {
    if (!probeStatus(add, 'container', 'container probe', a.container, b.container))
        return;
    const ca = probed(a.container);
    const cb = probed(b.container);
    field(add, 'container', 'in a container', String(ca.inContainer), String(cb.inContainer));
    const digest = (d) => d ? (d.digest ?? `unresolved (${d.reason ?? 'no reason'})`) : null;
    field(add, 'container', `job image ${cb.jobImage?.reference ?? ca.jobImage?.reference ?? ''}`.trim(), digest(ca.jobImage), digest(cb.jobImage));
    const images = (c) => {
        const map = new Map();
        for (const i of c.images ?? [])
            map.set(i.reference, digest(i));
        return map;
    };
    mapDiff(add, 'container', images(ca), images(cb), 'image digest');
}
function diffRunner(add, a, b) {
    const ra = a.runner ?? {};
    const rb = b.runner ?? {};
    field(add, 'runner', 'runner image', ra.imageOS, rb.imageOS);
    field(add, 'runner', 'runner image version', ra.imageVersion, rb.imageVersion);
    field(add, 'runner', 'runner image data', ra.imageDataSha256, rb.imageDataSha256, 'sha256 of /imagegeneration/imagedata.json');
    field(add, 'runner', 'runner environment', ra.environment, rb.environment);
    field(add, 'runner', 'runner OS', ra.os, rb.os);
    field(add, 'runner', 'runner arch', ra.arch, rb.arch);
}
function diffOs(add, a, b) {
    if (!probeStatus(add, 'os', 'OS probe', a.os, b.os))
        return;
    const oa = probed(a.os);
    const ob = probed(b.os);
    field(add, 'os', 'platform', oa.platform, ob.platform);
    field(add, 'os', 'distribution', oa.distro, ob.distro);
    field(add, 'os', 'release', oa.release, ob.release);
    field(add, 'os', 'kernel', oa.kernel, ob.kernel);
    field(add, 'os', 'arch', oa.arch, ob.arch);
}
function diffCpu(add, a, b) {
    if (!probeStatus(add, 'cpu', 'hardware probe', a.hardware, b.hardware))
        return;
    const ha = probed(a.hardware);
    const hb = probed(b.hardware);
    field(add, 'cpu', 'CPU', `${ha.cpu.vendor} ${ha.cpu.model}`.trim(), `${hb.cpu.vendor} ${hb.cpu.model}`.trim());
    const fa = new Set(ha.cpu.flags ?? []);
    const fb = new Set(hb.cpu.flags ?? []);
    const lost = [...fa].filter((f) => !fb.has(f)).sort(byCodeUnit);
    const gained = [...fb].filter((f) => !fa.has(f)).sort(byCodeUnit);
    if (lost.length || gained.length) {
        const detail = [gained.length ? `gained ${gained.join(' ')}` : '', lost.length ? `lost ${lost.join(' ')}` : ''].filter(Boolean).join('; ');
        add('cpu', 'CPU flags', [...fa].sort(byCodeUnit).join(' '), [...fb].sort(byCodeUnit).join(' '), detail);
    }
    field(add, 'cpu', 'cores (physical/logical)', `${ha.cpu.physicalCores}/${ha.cpu.logicalCores}`, `${hb.cpu.physicalCores}/${hb.cpu.logicalCores}`, 'thread counts follow the core count unless pinned');
    field(add, 'cpu', 'virtualization', ha.virtualization, hb.virtualization);
}
function seedMap(s) {
    return new Map(Object.entries({ ...(s?.set ?? {}), ...(s?.keptFromUser ?? {}) }));
}
function diffData(add, a, b) {
    const files = (e) => new Map((e.data ?? []).map((f) => [f.path, `sha256 ${f.sha256.slice(0, 12)} (${f.bytes} bytes)`]));
    mapDiff(add, 'data', files(a), files(b));
}
/**
 * Lists what differs between the environments two reports were made in, `a` being the reference
 * (before) and `b` the candidate (after). Changes come in `EnvChangeCategories` order, the likeliest
 * causes of a metric moving first; within a category, by subject. An empty list means nothing
 * recorded differs (which does not prove nothing did: see each side's capture warnings).
 */
function diffEnvironments(a, b) {
    const changes = [];
    const add = (category, subject, before, after, detail) => changes.push(detail === undefined ? { category, subject, before, after } : { category, subject, before, after, detail });
    // A side without lockfiles did not capture them (snapshot off): that is not "every lockfile removed".
    if (a.lockfiles && b.lockfiles)
        diffLockfiles(add, a.lockfiles, b.lockfiles);
    const ea = a.environment;
    const eb = b.environment;
    if (ea && eb) {
        diffPython(add, ea, eb);
        diffGpu(add, ea, eb);
        diffContainers(add, ea, eb);
        diffRunner(add, ea, eb);
        diffOs(add, ea, eb);
        diffCpu(add, ea, eb);
    }
    mapDiff(add, 'seed', seedMap(a.seeds), seedMap(b.seeds));
    if (ea && eb) {
        mapDiff(add, 'math-env', new Map(Object.entries(ea.mathEnv ?? {})), new Map(Object.entries(eb.mathEnv ?? {})));
        diffData(add, ea, eb);
    }
    else if (ea || eb) {
        add('snapshot', 'environment', ea ? 'captured' : 'not captured', eb ? 'captured' : 'not captured', 'only one side recorded its environment; nothing else can be compared');
    }
    // The fingerprint says the environments differ but nothing above names how: show the parts.
    const explained = changes.some((c) => c.category !== 'seed' && c.category !== 'commit');
    if (ea && eb && ea.fingerprint && eb.fingerprint && ea.fingerprint !== eb.fingerprint && !explained) {
        mapDiff(add, 'snapshot', new Map(Object.entries(ea.fingerprintParts ?? {})), new Map(Object.entries(eb.fingerprintParts ?? {})), 'fingerprint part');
    }
    const shaA = a.context?.headSha ?? a.context?.sha ?? null;
    const shaB = b.context?.headSha ?? b.context?.sha ?? null;
    if (shaA !== shaB)
        add('commit', 'commit', shaA, shaB, shaA && shaB ? `${shaA.slice(0, 12)}..${shaB.slice(0, 12)}` : undefined);
    const rank = new Map(EnvChangeCategories.map((c, i) => [c, i]));
    // Stable sort: within a category the order of discovery (by subject, lockfile by lockfile) is kept.
    return changes.map((c, i) => ({ c, i })).sort((x, y) => rank.get(x.c.category) - rank.get(y.c.category) || x.i - y.i).map((x) => x.c);
}


/***/ }),

/***/ 8247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ renderEnvChanges),
/* harmony export */   u: () => (/* binding */ renderMetricDeltas)
/* harmony export */ });
/* harmony import */ var _report_render_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70752);
/* harmony import */ var _compareReports_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48597);


/**
 * `inline` guards the start of a line against list and heading markers with a backslash; our
 * fragments are always mid-line, where `\1.26.4` would show the backslash, so that guard is undone.
 */
function midLine(text, max) {
    const escaped = (0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inline */ .mG)(text, max);
    return /^\\[-+=#>\d]/.test(escaped) ? escaped.slice(1) : escaped;
}
/** For a terminal: one line, control characters removed, bounded; nothing renders Markdown there. */
function terminal(text, max) {
    return (0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(text), max);
}
const LABELS = {
    package: 'package',
    lockfile: 'lockfile',
    unpinned: 'unpinned dependency',
    'python-package': 'python package',
    framework: 'framework',
    toolchain: 'toolchain',
    gpu: 'GPU',
    container: 'container',
    runner: 'runner',
    os: 'OS',
    cpu: 'CPU',
    seed: 'seed variable',
    'math-env': 'math variable',
    data: 'data',
    snapshot: 'snapshot',
    commit: 'commit'
};
/**
 * Renders environment changes as a Markdown list, one change a line (`numpy: 1.26.4 → 2.0.0`).
 * Every string from a report is untrusted (a package name, a digest reason, a path) and is
 * escaped, so nothing in it can ping, link, break a table or open HTML. Empty input gives ''.
 */
function renderEnvChanges(changes, options = {}) {
    if (changes.length === 0)
        return '';
    const esc = options.target === 'terminal' ? terminal : midLine;
    const max = Math.max(1, options.max ?? 40);
    const strong = (text) => (options.target === 'terminal' ? text : `**${text}**`);
    const lines = changes.slice(0, max).map((c) => {
        const label = LABELS[c.category] ?? c.category;
        const what = c.before === null
            ? `added ${esc(c.after ?? '', 120)}`
            : c.after === null
                ? `removed (was ${esc(c.before, 120)})`
                : `${esc(c.before, 120)} → ${esc(c.after, 120)}`;
        const detail = c.detail ? ` (${esc(c.detail, 160)})` : '';
        const subject = strong(esc(c.subject, 120));
        return `- ${label === c.subject ? subject : `${label} ${subject}`}: ${what}${detail}`;
    });
    if (changes.length > max)
        lines.push(`- … and ${changes.length - max} more (see the report JSON)`);
    return lines.join('\n') + '\n';
}
/**
 * Renders metric deltas as aligned plain text for the terminal (`diff`, `replay`): status, name,
 * reference → candidate, and the reason when it moved. Names and string values are untrusted and
 * are made one safe line each.
 */
function renderMetricDeltas(deltas) {
    if (deltas.length === 0)
        return '  (no metrics)\n';
    const rows = deltas.map((d) => [
        d.status,
        terminal(d.name, 80),
        `${terminal((0,_compareReports_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(d.reference), 40)} → ${terminal((0,_compareReports_js__WEBPACK_IMPORTED_MODULE_0__/* .formatValue */ .Fl)(d.candidate), 40)}`,
        d.status === 'drift' || d.status === 'missing' ? terminal(d.reason ?? '', 160) : ''
    ]);
    const width = [0, 1, 2].map((c) => Math.max(...rows.map((r) => Array.from(r[c]).length)));
    return (rows
        .map((r) => `  ${r.slice(0, 3).map((cell, c) => cell + ' '.repeat(width[c] - Array.from(cell).length)).join('  ')}  ${r[3]}`.trimEnd())
        .join('\n') + '\n');
}


/***/ }),

/***/ 11034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: silentLogger

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/plan/seeds.ts
/** Flag appended to XLA_FLAGS under `strict`; old XLA builds abort on unknown flags (documented). */
const XLA_DETERMINISTIC_FLAG = '--xla_gpu_deterministic_ops=true';
/**
 * The determinism knobs a level turns on, beyond the gate's own REPRO_* variables.
 * Environment variables cannot seed numpy or torch; these are the ones frameworks read themselves.
 */
function determinismKnobs(level, seed) {
    if (level === 'off')
        return {};
    const knobs = {
        PYTHONHASHSEED: String(seed),
        PL_GLOBAL_SEED: String(seed)
    };
    if (level === 'strict') {
        Object.assign(knobs, {
            CUBLAS_WORKSPACE_CONFIG: ':4096:8',
            TF_DETERMINISTIC_OPS: '1',
            TF_CUDNN_DETERMINISTIC: '1',
            PL_SEED_WORKERS: '1',
            XLA_FLAGS: XLA_DETERMINISTIC_FLAG
        });
    }
    return knobs;
}
/**
 * Decides the seed variables of every run: the knobs of the level, except that a variable the
 * user already set is never overwritten (XLA_FLAGS is extended instead, since it holds many flags).
 */
function planSeedVariables(level, seed, env) {
    // REPRO_RUN and REPRO_OUTPUT_DIR differ per run and are documented, not recorded here.
    const set = { REPRO_SEED: String(seed) };
    const keptFromUser = {};
    for (const [name, value] of Object.entries(determinismKnobs(level, seed))) {
        const existing = env[name];
        if (name === 'XLA_FLAGS' && existing !== undefined && existing !== '') {
            if (existing.split(/\s+/).some((f) => f.startsWith('--xla_gpu_deterministic_ops')))
                keptFromUser[name] = existing;
            else
                set[name] = `${existing} ${value}`;
        }
        else if (existing !== undefined) {
            keptFromUser[name] = existing;
        }
        else {
            set[name] = value;
        }
    }
    return { set, keptFromUser };
}
/** The gate's own variables for run `index` (1-based). These always come from the gate. */
function runVariables(seed, index, runs, outputDir) {
    return {
        REPRO_SEED: String(seed),
        REPRO_RUN: String(index),
        REPRO_RUNS: String(runs),
        REPRO_OUTPUT_DIR: outputDir
    };
}

;// CONCATENATED MODULE: ./src/plan/plan.ts


/** Variables the experiment must never see: the gate's inputs (the token among them) and the runner's credentials. */
const HIDDEN_VARIABLE = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_)/;
/** The step's environment minus the gate's inputs and the runner's tokens. */
function experimentEnvironment(env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value !== undefined && !HIDDEN_VARIABLE.test(name.toUpperCase()))
            out[name] = value;
    }
    return out;
}
/** A folder name unique to this gate invocation that sorts by time. */
function invocationId(env, now) {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    return env.GITHUB_RUN_ID ? `run-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${process.pid}` : `${stamp}-${process.pid}`;
}
/** Plans the runs: environment, seeds, where each run's outputs go. Pure apart from reading the clock. */
function planRuns(inputs, env, now = new Date()) {
    const seeds = planSeedVariables(inputs.determinism, inputs.seed, env);
    const base = env.RUNNER_TEMP
        ? external_node_path_.join(env.RUNNER_TEMP, 'repro-gate')
        : external_node_path_.join(inputs.workingDirectory, '.repro-gate', 'runs');
    return {
        command: inputs.command,
        runs: inputs.runs,
        seed: inputs.seed,
        cwd: inputs.workingDirectory,
        env: { ...experimentEnvironment(env), ...seeds.set },
        seeds,
        runRoot: external_node_path_.join(base, invocationId(env, now)),
        timeoutMs: inputs.timeoutMinutes === null ? null : Math.round(inputs.timeoutMinutes * 60_000),
        metricsFile: inputs.metrics,
        artifactGlobs: inputs.artifacts
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/compare/values.ts
var values = __webpack_require__(87801);
;// CONCATENATED MODULE: ./src/metrics/parsers/json.ts
// Python's json.dump writes NaN, Infinity and -Infinity as bare tokens, which JSON.parse rejects.
// They are rewritten (outside strings only) to tagged strings and turned back into numbers by the reviver.
const TAG = '\u0000repro-gate-nonfinite:';
const TOKENS = ['-Infinity', 'Infinity', 'NaN'];
function tagNonFiniteTokens(text) {
    let out = '';
    let i = 0;
    let inString = false;
    while (i < text.length) {
        const c = text[i];
        if (inString) {
            out += c;
            if (c === '\\') {
                out += text[i + 1] ?? '';
                i += 2;
                continue;
            }
            if (c === '"')
                inString = false;
            i++;
            continue;
        }
        if (c === '"') {
            inString = true;
            out += c;
            i++;
            continue;
        }
        const token = TOKENS.find((t) => text.startsWith(t, i));
        if (token) {
            out += JSON.stringify(TAG + token);
            i += token.length;
            continue;
        }
        out += c;
        i++;
    }
    return out;
}
const jsonParser = {
    format: 'JSON',
    extensions: ['.json'],
    parse(text) {
        const needsTagging = /NaN|Infinity/.test(text);
        return JSON.parse(needsTagging ? tagNonFiniteTokens(text) : text, (_key, value) => {
            if (typeof value === 'string' && value.startsWith(TAG))
                return Number(value.slice(TAG.length));
            return value;
        });
    }
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/metrics/parsers/toml.ts

const tomlParser = {
    format: 'TOML',
    extensions: ['.toml'],
    parse: (text) => (0,dist/* parse */.qg)(text)
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/metrics/parsers/yaml.ts

const yamlParser = {
    format: 'YAML',
    extensions: ['.yaml', '.yml'],
    // `.nan` and `.inf` are YAML's own non-finite numbers; the yaml package maps them to NaN/Infinity.
    parse: (text) => (0,yaml_dist/* parse */.qg)(text, { prettyErrors: true })
};

;// CONCATENATED MODULE: ./src/metrics/parsers/index.ts




/** Adding a format: one new file and one line here. */
const metricsParsers = [jsonParser, yamlParser, tomlParser];
/** The parser for a metrics file by its extension, or undefined. */
function parserFor(file) {
    const ext = external_node_path_.extname(file).toLowerCase();
    return metricsParsers.find((p) => p.extensions.includes(ext));
}
const supportedExtensions = metricsParsers.flatMap((p) => p.extensions);

;// CONCATENATED MODULE: ./src/metrics/read.ts


/**
 * Flattens nested objects to dot paths (`eval.accuracy`) and arrays to indices (`loss[3]`).
 * Leaves are numbers, strings, booleans and null; dates and big integers become comparable scalars.
 */
function flattenMetrics(value, prefix = '', out = new Map()) {
    if (Array.isArray(value)) {
        value.forEach((item, i) => flattenMetrics(item, `${prefix}[${i}]`, out));
    }
    else if (isPlainObject(value)) {
        for (const [key, item] of Object.entries(value))
            flattenMetrics(item, prefix === '' ? key : `${prefix}.${key}`, out);
    }
    else {
        out.set(prefix, toLeaf(value));
    }
    return out;
}
/** Parsers give plain or null-prototype objects for tables; dates and other classes are leaves. */
function isPlainObject(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function toLeaf(value) {
    if (value === null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'bigint')
        return Number(value);
    if (value === undefined)
        return null;
    // TOML dates and other scalars: their string form is what a person compares.
    return String(value);
}
/** A metrics file that cannot be used; the message names the file and what is wrong. */
class MetricsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MetricsError';
    }
}
/** Parses a metrics file's text; `label` names it in errors. Throws MetricsError. */
function parseMetricsText(text, file, label = file) {
    const parser = parserFor(file);
    if (!parser) {
        throw new MetricsError(`${label}: unsupported metrics file extension; use one of ${supportedExtensions.join(', ')}`);
    }
    if (text.trim() === '')
        throw new MetricsError(`${label} is empty: the experiment must write its metrics as ${parser.format}`);
    let parsed;
    try {
        parsed = parser.parse(text);
    }
    catch (err) {
        const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new MetricsError(`${label} is not valid ${parser.format}: ${reason}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        const got = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`;
        throw new MetricsError(`${label} must hold an object of metrics like {"accuracy": 0.91}, got ${got}`);
    }
    const flat = flattenMetrics(parsed);
    if (flat.size === 0)
        throw new MetricsError(`${label} holds no metrics (an empty object)`);
    return flat;
}
/** Reads and flattens a metrics file. Throws MetricsError naming the file when it is missing or unusable. */
async function readMetricsFile(file, label = file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new MetricsError(code === 'ENOENT' ? `${label} was not written (the experiment must write its metrics there; see the metrics input)` : `${label} could not be read: ${String(err)}`);
    }
    return parseMetricsText(text, file, label);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/snapshot/hash.ts


/** Read size: large enough that the hash, not the syscalls, is the bottleneck. */
const CHUNK = 1 << 20;
/**
 * Streaming sha256 of a file: one reused 1 MiB buffer, so memory stays flat whatever the size
 * (a read stream allocates a fresh buffer per chunk and leaves the garbage collector behind on
 * multi-GiB files). OpenSSL's sha256 uses the CPU's SHA extensions, which keeps this on par with
 * or faster than sha256sum.
 */
async function hashFile(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.allocUnsafe(CHUNK);
        let bytes = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            bytes += bytesRead;
        }
        return { sha256: hash.digest('hex'), bytes };
    }
    finally {
        await handle.close();
    }
}
/** sha256 of a string or buffer, hex. */
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./src/runs/outputs.ts



/**
 * Keeps runs independent without destroying anything. Files matched by the metrics path and the
 * artifact globs that exist before run 1 are the experiment's inputs: they are backed up and put
 * back before every later run. Whatever a run creates or changes there is moved into that run's
 * folder before the next run starts, so run 2 can never read run 1's metrics.
 */
class OutputGuard {
    cwd;
    patterns;
    runRoot;
    /** Relative path → backup location and the stat taken right before the current run. */
    preexisting = new Map();
    constructor(cwd, patterns, runRoot) {
        this.cwd = cwd;
        this.patterns = patterns;
        this.runRoot = runRoot;
    }
    /** Files currently matched by the metrics path and artifact globs, relative to cwd. */
    async matchedFiles() {
        const found = new Set();
        const metrics = this.relative(this.patterns.metricsFile);
        if (await isFile(external_node_path_.resolve(this.cwd, metrics)))
            found.add(metrics);
        if (this.patterns.artifactGlobs.length > 0) {
            const matches = await (0,tinyglobby_dist/* glob */.TI)(this.patterns.artifactGlobs, {
                cwd: this.cwd,
                dot: true,
                onlyFiles: true,
                expandDirectories: false,
                // The gate's own run folders live here when run locally; never treat them as outputs.
                ignore: ['.repro-gate/**', '**/node_modules/**', '.git/**']
            });
            for (const m of matches)
                found.add(toPosix(m));
        }
        return [...found].sort();
    }
    /** Backs up the inputs that exist before run 1. */
    async backUpInputs() {
        const files = await this.matchedFiles();
        for (const rel of files) {
            const backup = external_node_path_.join(this.runRoot, 'inputs', safeRelative(rel));
            await external_node_fs_.promises.mkdir(external_node_path_.dirname(backup), { recursive: true });
            await external_node_fs_.promises.copyFile(external_node_path_.resolve(this.cwd, rel), backup);
            this.preexisting.set(rel, { backup, before: await external_node_fs_.promises.stat(external_node_path_.resolve(this.cwd, rel)) });
        }
        return files;
    }
    /** Puts the inputs back as they were (before every run after the first, and at the end). */
    async restoreInputs() {
        for (const [rel, entry] of this.preexisting) {
            const target = external_node_path_.resolve(this.cwd, rel);
            await external_node_fs_.promises.mkdir(external_node_path_.dirname(target), { recursive: true });
            await external_node_fs_.promises.copyFile(entry.backup, target);
            entry.before = await external_node_fs_.promises.stat(target);
        }
    }
    /**
     * Moves what the run created or changed into `runDir/files/`. Returns the moved files as
     * relative path → new absolute location. An input the run left untouched stays where it is.
     */
    async collectOutputs(runDir) {
        const moved = new Map();
        for (const rel of await this.matchedFiles()) {
            const source = external_node_path_.resolve(this.cwd, rel);
            const input = this.preexisting.get(rel);
            if (input && !changed(input.before, await external_node_fs_.promises.stat(source)))
                continue;
            const target = external_node_path_.join(runDir, 'files', safeRelative(rel));
            await external_node_fs_.promises.mkdir(external_node_path_.dirname(target), { recursive: true });
            await move(source, target);
            moved.set(rel, target);
        }
        return moved;
    }
    /** The path as matched files are keyed: relative to cwd, forward slashes. */
    relative(file) {
        return toPosix(external_node_path_.relative(this.cwd, external_node_path_.resolve(this.cwd, file)));
    }
}
function changed(before, after) {
    return before.mtimeMs !== after.mtimeMs || before.size !== after.size || before.ino !== after.ino;
}
async function isFile(file) {
    try {
        return (await external_node_fs_.promises.stat(file)).isFile();
    }
    catch {
        return false;
    }
}
async function move(source, target) {
    try {
        await external_node_fs_.promises.rename(source, target);
    }
    catch (err) {
        // RUNNER_TEMP can sit on another device than the workspace.
        if (err.code !== 'EXDEV')
            throw err;
        await external_node_fs_.promises.copyFile(source, target);
        await external_node_fs_.promises.unlink(source);
    }
}
function toPosix(p) {
    return p.split(external_node_path_.sep).join('/');
}
/** Keeps files from outside the working directory (`../x`, absolute paths) inside the run folder. */
function safeRelative(rel) {
    return rel
        .split('/')
        .map((seg) => (seg === '..' ? '_up_' : seg))
        .join(external_node_path_.sep)
        .replace(/^([A-Za-z]):/, '$1_');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/runs/process.ts

/** The shell the command runs in: bash everywhere (Git Bash on Windows runners). */
function shellArgs(command) {
    return ['bash', ['-e', '-o', 'pipefail', '-c', command]];
}
/** Every descendant of `root`, found from `ps` (Linux and macOS); children that left the process group are found too. */
async function descendants(root) {
    if (process.platform === 'win32')
        return [];
    const table = await new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('ps', ['-A', '-o', 'pid=,ppid='], { timeout: 2000 }, (err, stdout) => resolve(err ? '' : stdout));
    });
    const children = new Map();
    for (const line of table.split('\n')) {
        const [pid, ppid] = line.trim().split(/\s+/).map(Number);
        if (!pid || ppid === undefined)
            continue;
        children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    }
    const found = [];
    const queue = [root];
    while (queue.length) {
        for (const child of children.get(queue.shift()) ?? []) {
            found.push(child);
            queue.push(child);
        }
    }
    return found;
}
function signalAll(pids, groupLeader, signal) {
    try {
        process.kill(-groupLeader, signal);
    }
    catch {
        /* the group is gone */
    }
    for (const pid of pids) {
        try {
            process.kill(pid, signal);
        }
        catch {
            /* already exited */
        }
    }
}
/**
 * Kills a process and everything it started: the process group, plus descendants that made their
 * own group. SIGTERM first so experiments can flush, SIGKILL after the grace period.
 */
async function killTree(pid, graceMs) {
    if (process.platform === 'win32') {
        await new Promise((resolve) => (0,external_node_child_process_.execFile)('taskkill', ['/pid', String(pid), '/T', '/F'], () => resolve()));
        return;
    }
    const tree = await descendants(pid);
    signalAll(tree, pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    const alive = (p) => {
        try {
            process.kill(p, 0);
            return true;
        }
        catch {
            return false;
        }
    };
    while (Date.now() < deadline && [pid, ...tree].some(alive))
        await new Promise((r) => setTimeout(r, 50));
    const late = [...tree, ...(await descendants(pid))];
    signalAll(late, pid, 'SIGKILL');
}
/**
 * Runs `bash -e -o pipefail -c command` in its own process group, streams its output, keeps a
 * bounded tail, and kills the whole tree on timeout or cancellation. Resolves, never rejects,
 * for anything the experiment does; only a failure to start bash is an error result.
 */
function runProcess(options) {
    const started = Date.now();
    const tailBytes = options.tailBytes ?? 64 * 1024;
    const grace = options.killGraceMs ?? 5000;
    let tail = '';
    const [shell, args] = shellArgs(options.command);
    return new Promise((resolve) => {
        let timedOut = false;
        let cancelled = false;
        let killing = null;
        const child = (0,external_node_child_process_.spawn)(shell, args, {
            cwd: options.cwd,
            env: options.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            // A group of its own, so the experiment's children can be killed with it.
            detached: process.platform !== 'win32',
            windowsHide: true
        });
        const onData = (chunk) => {
            const text = chunk.toString('utf8');
            tail = (tail + text).slice(-tailBytes);
            options.onOutput?.(text);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        const stop = (why) => {
            if (why === 'timeout')
                timedOut = true;
            else
                cancelled = true;
            if (child.pid !== undefined && !killing)
                killing = killTree(child.pid, grace);
        };
        const timer = options.timeoutMs !== null ? setTimeout(() => stop('timeout'), options.timeoutMs) : null;
        const onAbort = () => stop('cancel');
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener('abort', onAbort, { once: true });
        let settled = false;
        const finish = (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            resolve({ exitCode, signal, durationMs: Date.now() - started, timedOut, cancelled, tail });
        };
        child.on('error', (err) => {
            tail += `\nrepro-gate: could not start ${shell}: ${err.message}\n`;
            finish(null, null);
        });
        const closed = new Promise((r) => child.once('close', () => r()));
        child.on('exit', (code, signal) => {
            // Processes the experiment left behind would hold our pipes open and leak into the next run:
            // the group goes with its leader.
            if (!killing && child.pid !== undefined && process.platform !== 'win32') {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    /* nothing left */
                }
            }
            void (killing ?? Promise.resolve()).then(() => 
            // Let the pipes drain what was written just before exit, but never wait on a stray holder.
            Promise.race([closed, new Promise((r) => setTimeout(r, 500))]).then(() => finish(code, signal)));
        });
    });
}

;// CONCATENATED MODULE: ./src/runs/runs.ts








/** Lines of output the report keeps per run: enough to see a traceback, bounded for the JSON. */
const TAIL_LINES = 40;
const TAIL_CHARS = 8000;
function boundedTail(text, lines = TAIL_LINES, chars = TAIL_CHARS) {
    const last = text.split('\n').slice(-lines - 1).join('\n');
    return last.length > chars ? last.slice(-chars) : last;
}
function describeFailure(exitCode, signal, timedOut, cancelled, timeoutMs) {
    if (cancelled)
        return 'was cancelled (the job received SIGINT/SIGTERM); its process tree was killed';
    if (timedOut)
        return `timed out after ${(timeoutMs ?? 0) / 60000} minute(s) (timeout-minutes); its process tree was killed`;
    if (signal)
        return `was killed by ${signal}`;
    return `exited with code ${exitCode}`;
}
/**
 * Runs the experiment `plan.runs` times, one after the other, each with its own REPRO_* variables
 * and output folder. Stops at the first run that fails to exit cleanly (later runs could only
 * repeat the failure, and experiments are expensive). Never throws for what the experiment does.
 */
async function executeRuns(plan, options = {}) {
    const guard = new OutputGuard(plan.cwd, { metricsFile: plan.metricsFile, artifactGlobs: plan.artifactGlobs }, plan.runRoot);
    await external_node_fs_.promises.mkdir(plan.runRoot, { recursive: true });
    const inputs = await guard.backUpInputs();
    const metricsRel = guard.relative(plan.metricsFile);
    const records = [];
    const metrics = [];
    for (let index = 1; index <= plan.runs; index++) {
        if (options.signal?.aborted)
            break;
        const dir = external_node_path_.join(plan.runRoot, `run-${index}`);
        const outputDir = external_node_path_.join(dir, 'output');
        await external_node_fs_.promises.mkdir(outputDir, { recursive: true });
        if (index > 1)
            await guard.restoreInputs();
        options.observer?.onRunStart?.(index, plan.runs, dir);
        const running = runProcess({
            command: plan.command,
            cwd: plan.cwd,
            env: { ...plan.env, ...runVariables(plan.seed, index, plan.runs, outputDir) },
            timeoutMs: plan.timeoutMs,
            signal: options.signal,
            killGraceMs: options.killGraceMs,
            onOutput: (text) => options.observer?.onOutput?.(index, text)
        });
        if (index === 1)
            options.onFirstRunStarted?.();
        const result = await running;
        const moved = await guard.collectOutputs(dir);
        const failed = result.exitCode !== 0 || result.timedOut || result.cancelled;
        let error = failed
            ? `run ${index} ${describeFailure(result.exitCode, result.signal, result.timedOut, result.cancelled, plan.timeoutMs)}`
            : null;
        let flat = null;
        const metricsFile = moved.get(metricsRel) ?? null;
        if (!failed) {
            try {
                if (metricsFile === null) {
                    const stale = inputs.includes(metricsRel);
                    throw new Error(stale
                        ? `run ${index}: ${metricsRel} was not rewritten by the run (it existed before run 1 and is unchanged)`
                        : `run ${index}: ${metricsRel} was not written (the experiment must write its metrics there; see the metrics input)`);
                }
                flat = await readMetricsFile(metricsFile, `run ${index}: ${metricsRel}`);
            }
            catch (err) {
                error = err instanceof Error ? err.message : String(err);
            }
        }
        const artifacts = [];
        for (const [rel, location] of moved) {
            if (rel === metricsRel)
                continue;
            const { sha256, bytes } = await hashFile(location);
            artifacts.push({ path: rel, sha256, bytes });
        }
        const record = {
            index,
            exitCode: result.exitCode,
            signal: result.signal,
            durationMs: result.durationMs,
            timedOut: result.timedOut,
            cancelled: result.cancelled,
            outputDir: dir,
            metricsFile,
            metrics: flat ? Object.fromEntries([...flat].map(([k, v]) => [k, (0,values/* encodeValue */.It)(v)])) : null,
            artifacts: artifacts.sort((a, b) => (a.path < b.path ? -1 : 1)),
            error,
            outputTail: boundedTail(result.tail)
        };
        records.push(record);
        metrics.push(flat);
        options.observer?.onRunEnd?.(record);
        if (failed)
            break;
    }
    await guard.restoreInputs();
    return { records, metrics, inputs, skipped: plan.runs - records.length };
}

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/common.ts
/**
 * Collects (name, version) pairs, de-duplicating exact pairs, and returns them sorted by
 * name then version (code-unit order, so the result does not depend on the machine's locale).
 */
class PackageCollector {
    seen = new Set();
    packages = [];
    unpinned = [];
    notes = [];
    /** Adds a pinned package; an exact duplicate (name, version) is ignored. */
    add(name, version) {
        // NUL cannot occur in a package name, so the joined key is unambiguous.
        const key = `${name}\u0000${version}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.packages.push({ name, version });
    }
    /** Adds a requirement that names no exact version. */
    addUnpinned(name, spec) {
        this.unpinned.push({ name, spec });
    }
    /** The result, packages sorted; `notes` only when there are some. */
    result() {
        const packages = sortPackages(this.packages);
        return this.notes.length > 0
            ? { packages, unpinned: this.unpinned, notes: this.notes }
            : { packages, unpinned: this.unpinned };
    }
}
/** Sorts by name then version in code-unit order (stable across locales). */
function sortPackages(packages) {
    return [...packages].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0);
}
/** The last path segment of a relative path, accepting either slash. */
function baseName(fileName) {
    const i = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return i >= 0 ? fileName.slice(i + 1) : fileName;
}
/** The folder names of a relative path, without the basename. */
function parentFolders(fileName) {
    const parts = fileName.split(/[\\/]/);
    parts.pop();
    return parts;
}
/** Lines without their terminators; a leading BOM is dropped so line 1 parses like the rest. */
function splitLines(text) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // A plain split is several times faster than a regex split on large lockfiles.
    return body.includes('\r') ? body.split(/\r?\n/) : body.split('\n');
}
/** JSON.parse with an error that says which file kind failed and where. */
function parseJson(text, what) {
    const body = text.replace(/^\uFEFF/, '');
    try {
        return JSON.parse(body);
    }
    catch (error) {
        const message = error.message;
        // V8 reports a character offset; people look for a line.
        const position = /at position (\d+)/.exec(message);
        let where = '';
        if (position !== null && !/line \d+/.test(message)) {
            const before = body.slice(0, Number(position[1]));
            const line = before.split('\n').length;
            where = ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
        }
        throw new Error(`${what} is not valid JSON: ${message}${where}`);
    }
}
/** True for a non-null, non-array object. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value as a non-empty string, or undefined. */
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/toml.ts


/** Parses TOML, naming the file kind in the error (smol-toml's message carries line and column). */
function parseToml(text, what) {
    try {
        return (0,dist/* parse */.qg)(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new Error(`${what} is not valid TOML: ${error.message}`);
    }
}
/** The `[[package]]` tables of a TOML lockfile, each checked to be a table. */
function packageTables(doc, what) {
    const tables = doc.package ?? [];
    if (!Array.isArray(tables))
        throw new Error(`${what}: "package" is not an array of tables`);
    return tables.map((table, i) => {
        if (!isRecord(table))
            throw new Error(`${what}: [[package]] #${i + 1} is not a table`);
        return table;
    });
}

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/cargo.ts


/**
 * `Cargo.lock` (versions 1–4): `[[package]]` tables with a `source`; source-less ones are the
 * workspace's own crates, so they are left out (and counted in a note).
 */
function parseCargoLock(text) {
    const out = new PackageCollector();
    let workspaceCrates = 0;
    packageTables(parseToml(text, 'Cargo.lock'), 'Cargo.lock').forEach((table, i) => {
        const name = str(table.name);
        const version = str(table.version);
        if (name === undefined || version === undefined) {
            throw new Error(`Cargo.lock: [[package]] #${i + 1} has no ${name === undefined ? 'name' : 'version'}`);
        }
        if (str(table.source) === undefined) {
            workspaceCrates++;
            return;
        }
        out.add(name, version);
    });
    if (workspaceCrates > 0)
        out.notes.push(`${workspaceCrates} workspace crates without source excluded`);
    return out.result();
}
/** Cargo lockfiles. */
const cargoParser = {
    format: 'cargo',
    matches: (fileName) => baseName(fileName) === 'Cargo.lock',
    parse: parseCargoLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/composer.ts

/** `composer.lock`: "packages" + "packages-dev", versions verbatim (a leading `v` is kept). */
function parseComposerLock(text) {
    const doc = parseJson(text, 'composer.lock');
    if (!isRecord(doc))
        throw new Error('composer.lock: expected a JSON object at the top level');
    const out = new PackageCollector();
    for (const section of ['packages', 'packages-dev']) {
        const list = doc[section] ?? [];
        if (!Array.isArray(list))
            throw new Error(`composer.lock: "${section}" is not an array`);
        list.forEach((entry, i) => {
            if (!isRecord(entry))
                throw new Error(`composer.lock: ${section}[${i}] is not an object`);
            const name = str(entry.name);
            const version = str(entry.version);
            if (name === undefined || version === undefined) {
                throw new Error(`composer.lock: ${section}[${i}] has no ${name === undefined ? 'name' : 'version'}`);
            }
            out.add(name, version);
        });
    }
    return out.result();
}
/** Composer lockfiles (PHP). */
const composerParser = {
    format: 'composer',
    matches: (fileName) => baseName(fileName) === 'composer.lock',
    parse: parseComposerLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/requirements.ts

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
function looksLikeUrlOrPath(req) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(req) || /^(\.|\/|~|file:)/.test(req) || /\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(req);
}
/**
 * The project a URL or path installs: `#egg=name`, else the name part of a wheel/sdist file
 * name (`tool-1.0-py3-none-any.whl` → tool), else the URL or path itself.
 */
function nameFromTarget(target) {
    const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(target);
    if (egg !== null)
        return egg[1];
    const file = target.replace(/[#?].*$/, '').split('/').pop() ?? '';
    const dist = /^([A-Za-z0-9][A-Za-z0-9._]*?)-\d[^/]*\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.exec(file);
    return dist !== null ? dist[1] : target;
}
/**
 * One PEP 508 requirement (no pip options): only a single `==`/`===` specifier without a
 * wildcard is a pin; extras are dropped and environment markers ignored. Returns undefined
 * when the text names no package at all.
 */
function interpretRequirement(requirement) {
    const req = requirement.trim();
    if (req === '')
        return undefined;
    const direct = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*@\s*(.+)$/.exec(req);
    if (direct !== null && !looksLikeUrlOrPath(direct[1])) {
        const target = direct[2].replace(/\s;.*$/, '').trim();
        return { kind: 'unpinned', name: direct[1], spec: `@ ${target}` };
    }
    if (looksLikeUrlOrPath(req))
        return { kind: 'unpinned', name: nameFromTarget(req), spec: req };
    const match = NAME.exec(req);
    if (match === null)
        return undefined;
    const name = match[1];
    let rest = req.slice(name.length).trimStart();
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close < 0)
            return undefined;
        rest = rest.slice(close + 1).trimStart();
    }
    const semicolon = rest.indexOf(';');
    let spec = (semicolon >= 0 ? rest.slice(0, semicolon) : rest).trim();
    if (spec.startsWith('(') && spec.endsWith(')'))
        spec = spec.slice(1, -1).trim();
    spec = spec.replace(/\s+/g, '');
    if (spec !== '' && !/^(===|==|~=|!=|<=|>=|<|>)/.test(spec))
        return undefined;
    const parts = spec.split(',').filter((p) => p !== '');
    if (parts.length === 1) {
        const pin = /^(===|==)([^=<>!~*]+)$/.exec(parts[0]);
        if (pin !== null)
            return { kind: 'pinned', name, version: pin[2] };
    }
    return { kind: 'unpinned', name, spec };
}
/** Options that take the next token as their value (`-r file`, `--index-url URL`, ...). */
const OPTIONS_WITH_VALUE = new Set([
    '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url',
    '--extra-index-url', '-f', '--find-links', '--trusted-host', '--hash', '--config-settings',
    '-C', '--global-option', '--install-option', '--no-binary', '--only-binary'
]);
/** Logical lines: `\`-continuations joined, comments stripped, with their first line number. */
function logicalLines(text) {
    const result = [];
    let current;
    let startLine = 0;
    const lines = splitLines(text);
    for (let n = 0; n < lines.length; n++) {
        const raw = lines[n];
        const continued = raw.endsWith('\\');
        const part = continued ? raw.slice(0, -1) : raw;
        if (current === undefined) {
            current = part;
            startLine = n + 1;
        }
        else {
            current += ' ' + part;
        }
        if (continued && n + 1 < lines.length)
            continue;
        // pip's rule: `#` starts a comment at the line start or after whitespace (URLs keep `#egg=`).
        const stripped = current.replace(/(^|\s)#.*$/, '').trim();
        if (stripped !== '')
            result.push({ text: stripped, line: startLine });
        current = undefined;
    }
    return result;
}
/**
 * pip requirements files: pinned `name==version` lines are packages; `-e`/URL/path requirements
 * and anything with a range are unpinned; `-r`/`-c`/index options are noted, not followed.
 */
function parseRequirements(text) {
    const out = new PackageCollector();
    for (const { text: line, line: lineNo } of logicalLines(text)) {
        const tokens = line.split(/\s+/);
        const firstOption = tokens.findIndex((t) => t.startsWith('-'));
        const args = (firstOption < 0 ? tokens : tokens.slice(0, firstOption)).join(' ');
        const options = firstOption < 0 ? [] : tokens.slice(firstOption);
        if (args === '') {
            readOptions(options, out, lineNo);
            continue;
        }
        const meaning = interpretRequirement(args);
        if (meaning === undefined)
            throw new Error(`requirements line ${lineNo}: cannot read a requirement from '${args}'`);
        if (meaning.kind === 'pinned')
            out.add(meaning.name, meaning.version);
        else
            out.addUnpinned(meaning.name, meaning.spec);
    }
    return out.result();
}
function readOptions(options, out, lineNo) {
    for (let i = 0; i < options.length; i++) {
        const token = options[i];
        const eq = token.startsWith('--') ? token.indexOf('=') : -1;
        const option = eq >= 0 ? token.slice(0, eq) : token;
        let value = eq >= 0 ? token.slice(eq + 1) : undefined;
        // Short options may be glued to their value: `-rbase.txt`, `-e.`.
        if (value === undefined && /^-[rceif]./.test(token)) {
            value = token.slice(2);
            if (token[1] === 'e') {
                out.addUnpinned(nameFromTarget(value), `-e ${value}`);
                continue;
            }
        }
        if (value === undefined && OPTIONS_WITH_VALUE.has(option))
            value = options[++i];
        if (option === '-e' || option === '--editable') {
            if (value === undefined)
                throw new Error(`requirements line ${lineNo}: ${option} needs a path or URL`);
            out.addUnpinned(nameFromTarget(value), `-e ${value}`);
        }
        else if (option === '-r' || option === '--requirement' || option === '-c' || option === '--constraint') {
            out.notes.push(`line ${lineNo}: ${option} ${value ?? ''} not followed`.trimEnd());
        }
    }
}
/** `requirements*.txt` anywhere, or any `.txt` inside a `requirements/` folder. */
function isRequirementsName(fileName) {
    const base = baseName(fileName);
    if (!base.endsWith('.txt'))
        return false;
    return base.startsWith('requirements') || parentFolders(fileName).at(-1) === 'requirements';
}
/** pip requirements files (a conda explicit spec saved as .txt belongs to conda-explicit). */
const requirementsParser = {
    format: 'pip',
    matches: (fileName, head) => isRequirementsName(fileName) && !/^@EXPLICIT/m.test(head),
    parse: parseRequirements
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/yaml-lite.ts

/**
 * pnpm, Yarn Berry and conda-lock files are hundreds of KiB of machine-written YAML; the full
 * `yaml` parser needs well over 100 ms for them, so this reads just the subset those writers
 * emit (block mappings and sequences with plain or quoted scalars, flow collections kept as raw
 * text) down to `maxDepth` levels of mapping nesting (a sequence's items share its level) and
 * skips deeper content. Anything outside the subset (anchors, tags, multi-line scalars, odd
 * indentation, duplicate keys) makes it return undefined, and callers fall back to the real
 * parser, which also produces the error message for malformed files.
 */
function scanBlockMappings(text, maxDepth) {
    const root = {};
    const stack = [{ kind: 'map', indent: 0, depth: 1, map: root }];
    let pending;
    let skipDeeperThan = -1;
    let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const length = text.length;
    // Adds `key: rest` (rest already trimmed) to a mapping frame; false when outside the subset.
    const addEntry = (frame, indent, content) => {
        const entry = readKey(content, 0);
        if (entry === undefined)
            return false;
        const { key, rest } = entry;
        if (Object.prototype.hasOwnProperty.call(frame.map, key))
            return false;
        if (rest === '' || rest.startsWith('#')) {
            frame.map[key] = null;
            if (frame.depth < maxDepth)
                pending = { parentIndent: indent, map: frame.map, key, depth: frame.depth + 1 };
            else
                skipDeeperThan = indent;
            return true;
        }
        const value = readValue(rest);
        if (value === undefined)
            return false;
        if (value === BLOCK_SCALAR) {
            frame.map[key] = null;
            skipDeeperThan = indent;
            return true;
        }
        frame.map[key] = value;
        return true;
    };
    while (start <= length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = length;
        let line = text.slice(start, end);
        start = end + 1;
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        let indent = 0;
        while (indent < line.length && line.charCodeAt(indent) === 32)
            indent++;
        if (indent === line.length)
            continue;
        const first = line[indent];
        if (first === '#')
            continue;
        if (first === '\t')
            return undefined;
        const content = line.slice(indent);
        const isItem = first === '-' && (content.length === 1 || content[1] === ' ');
        if (skipDeeperThan >= 0) {
            // A compact sequence (`key:` then `- item` at the same indent) belongs to the skipped key.
            if (indent > skipDeeperThan || (indent === skipDeeperThan && isItem))
                continue;
            skipDeeperThan = -1;
        }
        if (pending !== undefined) {
            const p = pending;
            pending = undefined;
            if (isItem && indent >= p.parentIndent) {
                const items = [];
                p.map[p.key] = items;
                stack.push({ kind: 'seq', indent, depth: p.depth, items });
            }
            else if (indent > p.parentIndent) {
                const map = {};
                p.map[p.key] = map;
                stack.push({ kind: 'map', indent, depth: p.depth, map });
            }
        }
        while (stack.length > 1 && indent < stack[stack.length - 1].indent)
            stack.pop();
        let top = stack[stack.length - 1];
        if (top.kind === 'seq' && !isItem && stack.length > 1) {
            stack.pop();
            top = stack[stack.length - 1];
        }
        if (indent !== top.indent)
            return undefined;
        if (top.kind === 'map') {
            if (isItem || !addEntry(top, indent, content))
                return undefined;
            continue;
        }
        if (!isItem)
            return undefined;
        const rest = content.slice(1).trimStart();
        if (rest === '' || rest.startsWith('#'))
            return undefined;
        const itemIndent = indent + (content.length - rest.length);
        if (readKey(rest, 0) !== undefined) {
            const map = {};
            top.items.push(map);
            const frame = { kind: 'map', indent: itemIndent, depth: top.depth, map };
            stack.push(frame);
            if (!addEntry(frame, itemIndent, rest))
                return undefined;
            continue;
        }
        const value = readValue(rest);
        if (value === undefined || value === BLOCK_SCALAR)
            return undefined;
        top.items.push(value);
    }
    return root;
}
const BLOCK_SCALAR = Symbol('block scalar');
function readKey(line, indent) {
    const c = line[indent];
    if (c === '"' || c === "'") {
        const quoted = readQuoted(line, indent);
        if (quoted === undefined)
            return undefined;
        let i = quoted.end;
        while (line[i] === ' ')
            i++;
        if (line[i] !== ':')
            return undefined;
        const after = line[i + 1];
        if (after !== undefined && after !== ' ')
            return undefined;
        return { key: quoted.value, rest: line.slice(i + 1).trim() };
    }
    if ('-?[]{}&*!|>%@`,'.includes(c))
        return undefined;
    let colon = line.indexOf(':', indent);
    while (colon >= 0 && colon + 1 < line.length && line[colon + 1] !== ' ')
        colon = line.indexOf(':', colon + 1);
    if (colon < 0)
        return undefined;
    const key = line.slice(indent, colon).trimEnd();
    if (key.includes(' #'))
        return undefined;
    return { key, rest: line.slice(colon + 1).trim() };
}
function readValue(rest) {
    const c = rest[0];
    if (c === '"' || c === "'") {
        const quoted = readQuoted(rest, 0);
        if (quoted === undefined)
            return undefined;
        const tail = rest.slice(quoted.end).trim();
        if (tail !== '' && !tail.startsWith('#'))
            return undefined;
        return quoted.value;
    }
    if (c === '|' || c === '>')
        return BLOCK_SCALAR;
    if (c === '{' || c === '[') {
        // Flow collections are kept as raw text; one that spans lines is left to the real parser.
        const close = c === '{' ? '}' : ']';
        return rest.trimEnd().endsWith(close) ? rest : undefined;
    }
    if ('&*!%@`'.includes(c))
        return undefined;
    if (c === '-' && (rest.length === 1 || rest[1] === ' '))
        return undefined;
    const comment = rest.indexOf(' #');
    return (comment >= 0 ? rest.slice(0, comment) : rest).trimEnd();
}
function readQuoted(s, at) {
    const q = s[at];
    if (q === "'") {
        let value = '';
        let i = at + 1;
        for (;;) {
            const j = s.indexOf("'", i);
            if (j < 0)
                return undefined;
            value += s.slice(i, j);
            if (s[j + 1] === "'") {
                value += "'";
                i = j + 2;
                continue;
            }
            return { value, end: j + 1 };
        }
    }
    let i = at + 1;
    let simple = true;
    while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\') {
            simple = false;
            i += 2;
        }
        else
            i++;
    }
    if (i >= s.length)
        return undefined;
    const body = s.slice(at + 1, i);
    if (simple)
        return { value: body, end: i + 1 };
    // YAML double-quoted escapes are a superset of JSON's; JSON covers what lockfile writers emit.
    try {
        return { value: JSON.parse(`"${body}"`), end: i + 1 };
    }
    catch {
        return undefined;
    }
}
/**
 * Parses YAML with the failsafe schema, so every scalar stays a string (a version `1.10` must
 * not become the number 1.1). A file with several documents (pnpm 10 puts an env document
 * first) yields the last one. Throws an Error naming the file kind and the position.
 */
function parseYaml(text, what) {
    try {
        return (0,yaml_dist/* parse */.qg)(text, { schema: 'failsafe' });
    }
    catch (error) {
        const message = error.message;
        if (/multiple documents/i.test(message) || /Source contains multiple/i.test(message)) {
            const docs = (0,yaml_dist/* parseAllDocuments */.hR)(text, { schema: 'failsafe' });
            if (Array.isArray(docs) && docs.length > 0) {
                const last = docs[docs.length - 1];
                if (last.errors.length > 0)
                    throw new Error(`${what} is not valid YAML: ${last.errors[0].message}`);
                return last.toJS();
            }
        }
        throw new Error(`${what} is not valid YAML: ${message}`);
    }
}

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/conda-env.ts



/**
 * A conda match spec counts as pinned only in the `name=ver`, `name==ver` or `name=ver=build`
 * forms (conda's single `=` is really a prefix match, but it is what people write to pin);
 * a `channel::` prefix is dropped. Ranges, wildcards and bare names are unpinned.
 */
function interpretCondaSpec(spec) {
    let s = spec.trim();
    const channel = s.lastIndexOf('::');
    if (channel >= 0)
        s = s.slice(channel + 2);
    const pin = /^([A-Za-z0-9_][A-Za-z0-9_.+-]*)==?([^=<>!,|*\s[\]]+)(?:=[^=\s]+)?$/.exec(s);
    if (pin !== null)
        return { name: pin[1], version: pin[2], spec: '' };
    const name = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*/.exec(s);
    if (name === null)
        return undefined;
    return { name: name[0], spec: s.slice(name[0].length).trim() };
}
/**
 * conda `environment.yml`: pinned conda specs and `==` pins of the `pip:` subsection are
 * packages; everything else (ranges, bare names, `-e` installs) is unpinned.
 */
function parseCondaEnvironment(text) {
    const doc = parseYaml(text, 'environment.yml');
    if (!isRecord(doc))
        throw new Error('environment.yml: expected a mapping at the top level');
    const out = new PackageCollector();
    const dependencies = doc.dependencies ?? [];
    if (!Array.isArray(dependencies))
        throw new Error('environment.yml: "dependencies" is not a list');
    dependencies.forEach((item, i) => {
        if (typeof item === 'string') {
            const spec = interpretCondaSpec(item);
            if (spec === undefined)
                throw new Error(`environment.yml: dependencies[${i}] '${item}' names no package`);
            if (spec.version !== undefined)
                out.add(spec.name, spec.version);
            else
                out.addUnpinned(spec.name, spec.spec);
            return;
        }
        if (isRecord(item) && Array.isArray(item.pip)) {
            for (const pipItem of item.pip)
                readPipItem(String(pipItem), out);
            return;
        }
        if (item === null || item === '')
            return;
        throw new Error(`environment.yml: dependencies[${i}] is neither a spec string nor a pip: list`);
    });
    return out.result();
}
function readPipItem(line, out) {
    const text = line.trim();
    const editable = /^(-e|--editable)(?:\s+|=)(.+)$/.exec(text);
    if (editable !== null) {
        const target = editable[2].trim();
        out.addUnpinned(nameFromTarget(target), `-e ${target}`);
        return;
    }
    if (text.startsWith('-')) {
        out.notes.push(`pip option '${text}' ignored`);
        return;
    }
    const meaning = interpretRequirement(text);
    if (meaning === undefined)
        throw new Error(`environment.yml: pip entry '${text}' names no package`);
    if (meaning.kind === 'pinned')
        out.add(meaning.name, meaning.version);
    else
        out.addUnpinned(meaning.name, meaning.spec);
}
/** conda environment files. */
const condaEnvParser = {
    format: 'conda-env',
    matches: (fileName) => {
        const base = baseName(fileName);
        return base === 'environment.yml' || base === 'environment.yaml';
    },
    parse: parseCondaEnvironment
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/conda-explicit.ts

/**
 * A conda package file name `name-version-build.conda` / `.tar.bz2` → (name, version). Names
 * may contain `-`, versions and build strings may not, so the split is from the right.
 */
function condaFileToPackage(fileName) {
    const stem = fileName.replace(/\.(conda|tar\.bz2)$/, '');
    if (stem === fileName)
        return undefined;
    const buildDash = stem.lastIndexOf('-');
    const versionDash = buildDash > 0 ? stem.lastIndexOf('-', buildDash - 1) : -1;
    if (versionDash <= 0)
        return undefined;
    return { name: stem.slice(0, versionDash), version: stem.slice(versionDash + 1, buildDash) };
}
/** conda explicit specs (`conda list --explicit`, conda-lock's `*.lock`): one package URL per line after `@EXPLICIT`. */
function parseCondaExplicit(text) {
    const out = new PackageCollector();
    const lines = splitLines(text);
    let explicit = false;
    lines.forEach((raw, n) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        if (line === '@EXPLICIT') {
            explicit = true;
            return;
        }
        if (!explicit)
            throw new Error(`conda explicit spec line ${n + 1}: '${line.slice(0, 60)}' before @EXPLICIT`);
        const url = line.replace(/#.*$/, '');
        const file = decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
        const pkg = condaFileToPackage(file);
        if (pkg === undefined)
            throw new Error(`conda explicit spec line ${n + 1}: '${file}' is not a conda package file name`);
        out.add(pkg.name, pkg.version);
    });
    if (!explicit)
        throw new Error('conda explicit spec: no @EXPLICIT line');
    return out.result();
}
/** conda explicit specs, recognised by `@EXPLICIT` in a `.lock`/`.txt` file's head. */
const condaExplicitParser = {
    format: 'conda-explicit',
    matches: (fileName, head) => /\.(lock|txt)$/.test(baseName(fileName)) && /^@EXPLICIT\s*$/m.test(head),
    parse: parseCondaExplicit
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/conda-lock.ts


/** `conda-lock.yml` (v1): unique (name, version) across platforms and managers (conda and pip); builds ignored. */
function parseCondaLock(text) {
    const doc = scanBlockMappings(text, 2) ?? parseYaml(text, 'conda-lock.yml');
    if (!isRecord(doc))
        throw new Error('conda-lock.yml: expected a mapping at the top level');
    const packages = doc.package ?? [];
    if (!Array.isArray(packages))
        throw new Error('conda-lock.yml: "package" is not a list');
    const out = new PackageCollector();
    packages.forEach((entry, i) => {
        if (!isRecord(entry))
            throw new Error(`conda-lock.yml: package[${i}] is not a mapping`);
        const name = str(entry.name);
        const version = str(entry.version);
        if (name === undefined || version === undefined) {
            throw new Error(`conda-lock.yml: package[${i}] has no ${name === undefined ? 'name' : 'version'}`);
        }
        out.add(name, version);
    });
    return out.result();
}
/** conda-lock unified lockfiles. */
const condaLockParser = {
    format: 'conda-lock',
    matches: (fileName) => /(^|\.)conda-lock\.ya?ml$/.test(baseName(fileName)),
    parse: parseCondaLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/gemfile.ts

/** Bundler's spec line: `    name (version[-platform])` at exactly four spaces. */
const SPEC = /^ {4}(?! )(\S+) \(([^-)]*)(?:-([^)]*))?\)$/;
const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);
/**
 * `Gemfile.lock`: the `specs:` of every GEM/GIT/PATH source. Platform variants
 * (`0.3.0-x86_64-linux`) are the same gem version, so they collapse to one pair.
 */
function parseGemfileLock(text) {
    const out = new PackageCollector();
    let section = '';
    let inSpecs = false;
    splitLines(text).forEach((line, n) => {
        if (line.trim() === '')
            return;
        if (!line.startsWith(' ')) {
            if (/^(<{7}|={7}|>{7})/.test(line))
                throw new Error(`Gemfile.lock line ${n + 1}: unresolved merge conflict marker`);
            section = line.trim();
            inSpecs = false;
            return;
        }
        if (!SOURCE_SECTIONS.has(section))
            return;
        if (/^ {2}\S/.test(line)) {
            inSpecs = line.trim() === 'specs:';
            return;
        }
        if (!inSpecs || /^ {6}/.test(line))
            return;
        const spec = SPEC.exec(line);
        if (spec === null)
            throw new Error(`Gemfile.lock line ${n + 1}: expected '    name (version)', found '${line.trim()}'`);
        out.add(spec[1], spec[2]);
    });
    return out.result();
}
/** Bundler lockfiles. */
const gemfileParser = {
    format: 'bundler',
    matches: (fileName) => {
        const base = baseName(fileName);
        return base === 'Gemfile.lock' || base === 'gems.locked';
    },
    parse: parseGemfileLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/gosum.ts

/** `go.sum`: `module version hash` lines; `version/go.mod` lines only hash a go.mod and are skipped. */
function parseGoSum(text) {
    const out = new PackageCollector();
    splitLines(text).forEach((raw, n) => {
        const line = raw.trim();
        if (line === '')
            return;
        const fields = line.split(/\s+/);
        if (fields.length !== 3 || !fields[2].includes(':')) {
            throw new Error(`go.sum line ${n + 1}: expected 'module version hash', found '${line.slice(0, 80)}'`);
        }
        const [module, version] = fields;
        if (version.endsWith('/go.mod'))
            return;
        out.add(module, version);
    });
    return out.result();
}
/** Go module checksums. */
const goSumParser = {
    format: 'go',
    matches: (fileName) => baseName(fileName) === 'go.sum',
    parse: parseGoSum
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/npm.ts

/** `npm:real-name@1.2.3` (how v1 lockfiles record an alias) → the real package. */
function aliasTarget(version) {
    if (!version.startsWith('npm:'))
        return undefined;
    const target = version.slice(4);
    const at = target.indexOf('@', 1);
    return at > 0 ? { name: target.slice(0, at), version: target.slice(at + 1) } : undefined;
}
function walkV1(dependencies, out, trail) {
    if (dependencies === undefined)
        return;
    if (!isRecord(dependencies))
        throw new Error(`package-lock.json: "dependencies" of ${trail} is not an object`);
    for (const [name, entry] of Object.entries(dependencies)) {
        if (!isRecord(entry))
            throw new Error(`package-lock.json: dependency ${trail} > ${name} is not an object`);
        const version = str(entry.version);
        if (version === undefined) {
            out.notes.push(`${trail} > ${name} has no version, skipped`);
        }
        else {
            const alias = aliasTarget(version);
            if (alias !== undefined)
                out.add(alias.name, alias.version);
            else
                out.add(name, version);
        }
        walkV1(entry.dependencies, out, `${trail} > ${name}`);
    }
}
/**
 * npm `package-lock.json` / `npm-shrinkwrap.json`. v2/v3 are read from the flat "packages" map
 * (v2 also carries the legacy tree, which says the same); the root, links and workspace folders
 * are the project itself, and an alias folder (node_modules/x-cjs) counts under its real "name".
 * v1 is the recursive "dependencies" tree.
 */
function parseNpmLockfile(text) {
    const doc = parseJson(text, 'package-lock.json');
    if (!isRecord(doc))
        throw new Error('package-lock.json: expected a JSON object at the top level');
    const out = new PackageCollector();
    if (doc.packages !== undefined) {
        if (!isRecord(doc.packages))
            throw new Error('package-lock.json: "packages" is not an object');
        for (const [key, entry] of Object.entries(doc.packages)) {
            if (key === '')
                continue;
            if (!isRecord(entry))
                throw new Error(`package-lock.json: packages["${key}"] is not an object`);
            if (entry.link === true)
                continue;
            const folder = key.lastIndexOf('node_modules/');
            if (folder < 0)
                continue;
            const version = str(entry.version);
            if (version === undefined) {
                out.notes.push(`packages["${key}"] has no version, skipped`);
                continue;
            }
            out.add(str(entry.name) ?? key.slice(folder + 'node_modules/'.length), version);
        }
        return out.result();
    }
    if (typeof doc.lockfileVersion === 'number' && doc.lockfileVersion >= 3) {
        throw new Error(`package-lock.json: lockfileVersion ${doc.lockfileVersion} without a "packages" object`);
    }
    walkV1(doc.dependencies, out, '(root)');
    return out.result();
}
/** npm lockfiles (v1, v2, v3). */
const npmParser = {
    format: 'npm',
    matches: (fileName) => {
        const base = baseName(fileName);
        return base === 'package-lock.json' || base === 'npm-shrinkwrap.json';
    },
    parse: parseNpmLockfile
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/pipfile.ts

/**
 * `Pipfile.lock`: "default" and "develop" merged; a name pinned differently in the two sections
 * yields two pairs. Entries without a `==` version (editable, path, VCS) are unpinned.
 */
function parsePipfileLock(text) {
    const doc = parseJson(text, 'Pipfile.lock');
    if (!isRecord(doc))
        throw new Error('Pipfile.lock: expected a JSON object at the top level');
    const out = new PackageCollector();
    for (const section of ['default', 'develop']) {
        const entries = doc[section];
        if (entries === undefined)
            continue;
        if (!isRecord(entries))
            throw new Error(`Pipfile.lock: "${section}" is not an object`);
        for (const [name, entry] of Object.entries(entries)) {
            if (!isRecord(entry))
                throw new Error(`Pipfile.lock: ${section}["${name}"] is not an object`);
            const version = str(entry.version);
            if (version !== undefined && version.startsWith('==') && !version.includes('*')) {
                out.add(name, version.replace(/^===?/, ''));
                continue;
            }
            const target = str(entry.git) ?? str(entry.path) ?? str(entry.file);
            const spec = version ?? (target !== undefined ? `${entry.editable === true ? '-e ' : ''}${target}` : '');
            out.addUnpinned(name, spec);
        }
    }
    return out.result();
}
/** Pipenv lockfiles. */
const pipfileParser = {
    format: 'pipenv',
    matches: (fileName) => baseName(fileName) === 'Pipfile.lock',
    parse: parsePipfileLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/pnpm.ts


/**
 * A "packages" key → (name, version). v5: `/name/1.0.0_peer@2+x` (peers after `_`);
 * v6: `/name@1.0.0(peer@2)`; v9: `name@1.0.0`. Scoped names keep their leading `@`.
 */
function pnpmKeyToPackage(key, v5) {
    let k = key.startsWith('/') ? key.slice(1) : key;
    if (v5) {
        const slash = k.lastIndexOf('/');
        if (slash <= 0)
            return undefined;
        const underscore = k.indexOf('_', slash);
        const version = k.slice(slash + 1, underscore < 0 ? undefined : underscore);
        const name = k.slice(0, slash);
        return name !== '' && version !== '' ? { name, version } : undefined;
    }
    const paren = k.indexOf('(');
    if (paren >= 0)
        k = k.slice(0, paren);
    const at = k.indexOf('@', 1);
    if (at < 0)
        return undefined;
    const name = k.slice(0, at);
    const version = k.slice(at + 1);
    return name !== '' && version !== '' ? { name, version } : undefined;
}
/**
 * `pnpm-lock.yaml` (lockfileVersion 5.x, 6.x, 9.x): one package per key of "packages", peer
 * suffixes stripped. Importers' `link:` dependencies are workspace folders and never appear
 * there. Entries for tarballs/git carry explicit `name`/`version` fields, which win.
 */
function parsePnpmLockfile(text) {
    const doc = scanBlockMappings(text, 3) ?? parseYaml(text, 'pnpm-lock.yaml');
    if (!isRecord(doc))
        throw new Error('pnpm-lock.yaml: expected a mapping at the top level');
    const lockfileVersion = String(doc.lockfileVersion ?? '');
    const major = Number.parseFloat(lockfileVersion);
    if (lockfileVersion === '' || Number.isNaN(major))
        throw new Error('pnpm-lock.yaml: no lockfileVersion');
    const out = new PackageCollector();
    const packages = doc.packages ?? {};
    if (!isRecord(packages))
        throw new Error('pnpm-lock.yaml: "packages" is not a mapping');
    for (const [key, entry] of Object.entries(packages)) {
        const fields = isRecord(entry) ? entry : {};
        const name = str(fields.name);
        const version = str(fields.version);
        if (name !== undefined && version !== undefined) {
            out.add(name, version);
            continue;
        }
        const parsed = pnpmKeyToPackage(key, major < 6);
        if (parsed === undefined) {
            out.notes.push(`packages key '${key}' names no version, skipped`);
            continue;
        }
        out.add(parsed.name, parsed.version);
    }
    return out.result();
}
/** pnpm lockfiles. */
const pnpmParser = {
    format: 'pnpm',
    matches: (fileName) => baseName(fileName) === 'pnpm-lock.yaml',
    parse: parsePnpmLockfile
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/poetry.ts


/** `poetry.lock` (lock-version 1.x and 2.x): every `[[package]]`, whatever its source. */
function parsePoetryLock(text) {
    const out = new PackageCollector();
    packageTables(parseToml(text, 'poetry.lock'), 'poetry.lock').forEach((table, i) => {
        const name = str(table.name);
        const version = str(table.version);
        if (name === undefined || version === undefined) {
            throw new Error(`poetry.lock: [[package]] #${i + 1} has no ${name === undefined ? 'name' : 'version'}`);
        }
        out.add(name, version);
    });
    return out.result();
}
/** Poetry lockfiles. */
const poetryParser = {
    format: 'poetry',
    matches: (fileName) => baseName(fileName) === 'poetry.lock',
    parse: parsePoetryLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/renv.ts

/** `renv.lock`: the "Packages" entries (the R interpreter's own version is not a package). */
function parseRenvLock(text) {
    const doc = parseJson(text, 'renv.lock');
    if (!isRecord(doc))
        throw new Error('renv.lock: expected a JSON object at the top level');
    const packages = doc.Packages ?? {};
    if (!isRecord(packages))
        throw new Error('renv.lock: "Packages" is not an object');
    const out = new PackageCollector();
    for (const [key, entry] of Object.entries(packages)) {
        if (!isRecord(entry))
            throw new Error(`renv.lock: Packages["${key}"] is not an object`);
        const version = str(entry.Version);
        if (version === undefined)
            throw new Error(`renv.lock: Packages["${key}"] has no Version`);
        out.add(str(entry.Package) ?? key, version);
    }
    return out.result();
}
/** renv lockfiles (R). */
const renvParser = {
    format: 'renv',
    matches: (fileName) => baseName(fileName) === 'renv.lock',
    parse: parseRenvLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/uv.ts


/**
 * `uv.lock`: every `[[package]]` except the project's own editable/virtual entries (the code
 * under test, not a dependency); a package without a version (dynamic local project) is noted.
 */
function parseUvLock(text) {
    const out = new PackageCollector();
    packageTables(parseToml(text, 'uv.lock'), 'uv.lock').forEach((table, i) => {
        const name = str(table.name);
        if (name === undefined)
            throw new Error(`uv.lock: [[package]] #${i + 1} has no name`);
        const source = isRecord(table.source) ? table.source : {};
        if ('editable' in source || 'virtual' in source) {
            out.notes.push(`${name}: project entry (${'editable' in source ? 'editable' : 'virtual'}) excluded`);
            return;
        }
        const version = str(table.version);
        if (version === undefined) {
            out.notes.push(`${name}: no version, skipped`);
            return;
        }
        out.add(name, version);
    });
    return out.result();
}
/** uv lockfiles. */
const uvParser = {
    format: 'uv',
    matches: (fileName) => baseName(fileName) === 'uv.lock',
    parse: parseUvLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/yarn.ts


/** Berry lockfiles start with a `__metadata:` block; classic (v1) ones never have it. */
function isBerryHead(head) {
    return /^__metadata:/m.test(head);
}
/**
 * The package name a classic key spec refers to: `left-pad@^1.0.0` → left-pad, and an npm alias
 * `string-width-cjs@npm:string-width@^4.2.0` → string-width (the package actually installed).
 */
function yarnSpecName(spec) {
    const at = spec.indexOf('@', 1);
    if (at < 0)
        return spec;
    const range = spec.slice(at + 1);
    if (range.startsWith('npm:')) {
        const target = range.slice(4);
        const at2 = target.indexOf('@', 1);
        if (at2 > 0)
            return target.slice(0, at2);
        // `alias@npm:real` (no range) names the real package; `x@npm:^1.0.0` is only a range for x.
        if (target !== '' && !/^[\^~<>=\d*]/.test(target))
            return target;
    }
    return spec.slice(0, at);
}
/** One classic lockfile line: `key[, key...]:` opens a block, `key value` sets a field. */
function readClassicLine(content, lineNo) {
    const keys = [];
    let i = 0;
    for (;;) {
        let key;
        if (content[i] === '"') {
            let j = i + 1;
            while (j < content.length && content[j] !== '"')
                j += content[j] === '\\' ? 2 : 1;
            if (j >= content.length)
                throw new Error(`yarn.lock line ${lineNo}: unterminated string`);
            key = unquote(content.slice(i, j + 1), lineNo);
            i = j + 1;
        }
        else {
            let j = i;
            while (j < content.length && !' \t,:'.includes(content[j]))
                j++;
            if (j === i)
                throw new Error(`yarn.lock line ${lineNo}: expected a key, found '${content.slice(i, i + 20)}'`);
            key = content.slice(i, j);
            i = j;
        }
        keys.push(key);
        if (content[i] === ',') {
            i++;
            while (content[i] === ' ')
                i++;
            continue;
        }
        break;
    }
    if (content[i] === ':') {
        const tail = content.slice(i + 1).trim();
        if (tail !== '' && !tail.startsWith('#')) {
            throw new Error(`yarn.lock line ${lineNo}: unexpected '${tail}' after ':'`);
        }
        return { keys, value: undefined };
    }
    if (content[i] !== ' ' && content[i] !== '\t') {
        throw new Error(`yarn.lock line ${lineNo}: expected ':' or a value after '${keys.join(', ')}'`);
    }
    if (keys.length > 1)
        throw new Error(`yarn.lock line ${lineNo}: a field cannot have several keys`);
    const raw = content.slice(i).trim();
    if (raw === '')
        throw new Error(`yarn.lock line ${lineNo}: missing value for '${keys[0]}'`);
    return { keys, value: raw.startsWith('"') ? unquote(raw, lineNo) : raw };
}
/** A yarn v1 quoted string (JSON string syntax); most have no escapes, which skips JSON.parse. */
function unquote(quoted, lineNo) {
    if (quoted.length >= 2 && quoted.endsWith('"') && !quoted.includes('\\')) {
        const body = quoted.slice(1, -1);
        if (!body.includes('"'))
            return body;
    }
    try {
        return JSON.parse(quoted);
    }
    catch {
        throw new Error(`yarn.lock line ${lineNo}: invalid string ${quoted}`);
    }
}
/**
 * Yarn classic (v1) lockfiles are not YAML: `"a@^1", a@^1.1:` heads a block whose indented lines
 * are `field value` pairs or nested blocks. Only the top-level blocks' `version` field is needed.
 */
function parseYarnClassic(text) {
    const out = new PackageCollector();
    const lines = splitLines(text);
    let entry;
    // Indentation of each open block, so a line indented deeper than any open block is caught.
    let openIndents = [];
    let expectChildDeeperThan;
    const finish = () => {
        if (entry === undefined)
            return;
        if (entry.version === undefined) {
            out.notes.push(`line ${entry.line}: '${entry.specs.join(', ')}' has no version, skipped`);
        }
        else {
            for (const spec of entry.specs)
                out.add(yarnSpecName(spec), entry.version);
        }
        entry = undefined;
    };
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n];
        const lineNo = n + 1;
        let indent = 0;
        while (indent < line.length && (line.charCodeAt(indent) === 32 || line.charCodeAt(indent) === 9))
            indent++;
        if (indent === line.length || line.charCodeAt(indent) === 35 /* # */)
            continue;
        if (indent === 0 && /^(<{7}|={7}|>{7})/.test(line)) {
            throw new Error(`yarn.lock line ${lineNo}: unresolved merge conflict marker`);
        }
        if (indent > 0 && line.lastIndexOf('\t', indent - 1) >= 0)
            throw new Error(`yarn.lock line ${lineNo}: tab in indentation`);
        const content = indent === 0 ? line : line.slice(indent);
        if (expectChildDeeperThan !== undefined) {
            if (indent > expectChildDeeperThan)
                openIndents.push(indent);
            expectChildDeeperThan = undefined;
        }
        while (openIndents.length > 0 && indent < openIndents[openIndents.length - 1])
            openIndents.pop();
        const level = indent === 0 ? 0 : openIndents.length;
        if (indent !== 0 && openIndents[openIndents.length - 1] !== indent) {
            throw new Error(`yarn.lock line ${lineNo}: unexpected indentation`);
        }
        const parsed = readClassicLine(content, lineNo);
        if (level === 0) {
            finish();
            openIndents = [];
            if (parsed.value !== undefined) {
                // Top-level scalars (e.g. `__metadata`-less headers of odd writers) carry no package.
                continue;
            }
            entry = { specs: parsed.keys, line: lineNo };
            expectChildDeeperThan = 0;
            continue;
        }
        if (parsed.value === undefined) {
            expectChildDeeperThan = indent;
            continue;
        }
        if (level === 1 && entry !== undefined && parsed.keys[0] === 'version')
            entry.version = parsed.value;
    }
    finish();
    return out.result();
}
/** The name part of a Berry locator/descriptor `name@protocol:...` (scoped names keep their @). */
function berryName(resolution) {
    const at = resolution.indexOf('@', 1);
    if (at < 0)
        return undefined;
    const rest = resolution.slice(at + 1);
    const colon = rest.indexOf(':');
    return { name: resolution.slice(0, at), protocol: colon >= 0 ? rest.slice(0, colon) : '' };
}
const LOCAL_PROTOCOLS = new Set(['workspace', 'link', 'portal', 'file']);
/**
 * Yarn Berry (v2+) lockfiles are YAML. The name comes from `resolution` (keys may be aliases),
 * the version from `version`; workspace/link/portal/file entries are the project's own folders,
 * and a `patch:` entry lands on the same (name, version) as the npm package it patches.
 */
function parseYarnBerry(text) {
    const doc = scanBlockMappings(text, 2) ?? parseYaml(text, 'yarn.lock');
    if (!isRecord(doc))
        throw new Error('yarn.lock: expected a mapping at the top level');
    if (!isRecord(doc.__metadata))
        throw new Error('yarn.lock: no __metadata block (not a Yarn Berry lockfile)');
    const out = new PackageCollector();
    for (const [key, value] of Object.entries(doc)) {
        if (key === '__metadata')
            continue;
        if (!isRecord(value))
            throw new Error(`yarn.lock: entry '${key}' is not a mapping`);
        const resolution = str(value.resolution);
        const version = str(value.version);
        if (resolution === undefined || version === undefined) {
            throw new Error(`yarn.lock: entry '${key}' has no ${resolution === undefined ? 'resolution' : 'version'}`);
        }
        const locator = berryName(resolution);
        if (locator === undefined)
            throw new Error(`yarn.lock: entry '${key}' has an unreadable resolution '${resolution}'`);
        if (LOCAL_PROTOCOLS.has(locator.protocol))
            continue;
        out.add(locator.name, version);
    }
    return out.result();
}
/** Yarn classic (v1) `yarn.lock`. */
const yarnClassicParser = {
    format: 'yarn-v1',
    matches: (fileName, head) => baseName(fileName) === 'yarn.lock' && !isBerryHead(head),
    parse: parseYarnClassic
};
/** Yarn Berry (v2+) `yarn.lock`, recognised by its `__metadata:` block. */
const yarnBerryParser = {
    format: 'yarn-berry',
    matches: (fileName, head) => baseName(fileName) === 'yarn.lock' && isBerryHead(head),
    parse: parseYarnBerry
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/registry.ts















/**
 * Every parser, in matching order: conda explicit specs come before pip because both may be
 * `.txt`, and the `@EXPLICIT` head decides.
 */
const LOCKFILE_PARSERS = [
    npmParser,
    yarnBerryParser,
    yarnClassicParser,
    pnpmParser,
    condaExplicitParser,
    requirementsParser,
    poetryParser,
    pipfileParser,
    uvParser,
    condaEnvParser,
    condaLockParser,
    cargoParser,
    goSumParser,
    gemfileParser,
    renvParser,
    composerParser
];
/**
 * The first parser that handles this file. `fileName` is a basename or a relative path (the
 * path lets `requirements/*.txt` match); `head` is the file's first 4 KiB ('' if unread).
 */
function findParser(fileName, head) {
    return LOCKFILE_PARSERS.find((parser) => parser.matches(fileName, head));
}
/** The parser with this `format` id, e.g. 'yarn-berry'. */
function parserForFormat(format) {
    return LOCKFILE_PARSERS.find((parser) => parser.format === format);
}

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/index.ts








const HEAD_BYTES = 4096;
/** Folders the walk never enters: installed packages, virtualenvs and tool caches. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.venv', 'venv', 'env', '__pycache__', '.tox', 'site-packages']);
/**
 * Tracked files are the project's own, so only installed-package trees are dropped from them
 * (a committed `env/environment.yml` is a real lockfile; a vendored node_modules is not).
 */
const INSTALLED_PACKAGE_FOLDERS = new Set(['node_modules', 'site-packages']);
const WALK_MAX_DEPTH = 6;
const WALK_MAX_ENTRIES = 5000;
const WALK_TIME_LIMIT_MS = 2000;
function lockfiles_toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
function relativeTo(workingDirectory, p) {
    return lockfiles_toPosix(external_node_path_default().isAbsolute(p) ? external_node_path_default().relative(workingDirectory, p) : external_node_path_default().normalize(p));
}
/** Reads, hashes (sha256 of the bytes) and parses each lockfile. A file that fails to parse gets `error` set and packages []. */
async function readLockfiles(workingDirectory, relativePaths) {
    return Promise.all(relativePaths.map((p) => readLockfile(workingDirectory, relativeTo(workingDirectory, p))));
}
async function readLockfile(workingDirectory, relative) {
    const record = {
        path: relative,
        format: 'unknown',
        sha256: '',
        bytes: 0,
        packageCount: 0,
        packages: [],
        unpinned: []
    };
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(external_node_path_default().resolve(workingDirectory, relative));
    }
    catch (error) {
        record.error = `cannot read: ${error.message}`;
        return record;
    }
    record.sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    record.bytes = bytes.length;
    const parser = findParser(relative, bytes.subarray(0, HEAD_BYTES).toString('utf8'));
    if (parser === undefined) {
        record.error = `no lockfile parser handles '${baseName(relative)}'`;
        return record;
    }
    record.format = parser.format;
    try {
        const parsed = parser.parse(bytes.toString('utf8'));
        // Parsers already de-duplicate; doing it here keeps the record's promise for any parser.
        const unique = new Map(parsed.packages.map((p) => [`${p.name}\u0000${p.version}`, p]));
        record.packages = sortPackages([...unique.values()]);
        record.packageCount = record.packages.length;
        record.unpinned = parsed.unpinned;
    }
    catch (error) {
        record.error = error instanceof Error ? error.message : String(error);
    }
    return record;
}
/** Reads at most the first 4 KiB of a file; undefined when it cannot be read (a folder, a broken link). */
async function readHead(file) {
    let handle;
    try {
        handle = await (0,promises_.open)(file, 'r');
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    catch {
        return undefined;
    }
    finally {
        await handle?.close();
    }
}
/**
 * Keeps the paths some parser matches. The head is read only where a name alone cannot decide
 * (`yarn.lock` classic vs Berry, `@EXPLICIT` in `.lock`/`.txt`), a few files at a time.
 */
async function keepLockfiles(dir, candidates, skipFolders) {
    const found = [];
    const needHead = [];
    for (const rel of candidates) {
        if (rel.split('/').some((part) => skipFolders.has(part)))
            continue;
        const base = baseName(rel);
        if (base === 'yarn.lock' || /\.(lock|txt)$/.test(base))
            needHead.push(rel);
        else if (findParser(rel, '') !== undefined)
            found.push(rel);
    }
    const CONCURRENCY = 16;
    for (let i = 0; i < needHead.length; i += CONCURRENCY) {
        const batch = needHead.slice(i, i + CONCURRENCY);
        const heads = await Promise.all(batch.map((rel) => readHead(external_node_path_default().join(dir, rel))));
        batch.forEach((rel, j) => {
            const head = heads[j];
            if (head !== undefined && findParser(rel, head) !== undefined)
                found.push(rel);
        });
    }
    return found.sort();
}
function gitLsFiles(dir) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['ls-files', '-z'], { cwd: dir, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
            resolve(error ? undefined : stdout.split('\0').filter((p) => p !== ''));
        });
    });
}
/** Bounded breadth-first walk: depth, entry count and time are all capped so a data folder cannot stall the snapshot. */
async function walk(dir) {
    const files = [];
    const deadline = Date.now() + WALK_TIME_LIMIT_MS;
    let entriesSeen = 0;
    let queue = [{ rel: '', depth: 0 }];
    while (queue.length > 0) {
        const next = [];
        for (const { rel, depth } of queue) {
            if (entriesSeen >= WALK_MAX_ENTRIES || Date.now() > deadline)
                return files;
            let entries;
            try {
                entries = await (0,promises_.readdir)(external_node_path_default().join(dir, rel), { withFileTypes: true });
            }
            catch {
                continue;
            }
            // A virtualenv may have any name; pyvenv.cfg at its root gives it away.
            if (rel !== '' && entries.some((e) => e.name === 'pyvenv.cfg' && e.isFile()))
                continue;
            // Sorted so that which files the caps cut off does not depend on the file system's order.
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            for (const entry of entries) {
                if (++entriesSeen > WALK_MAX_ENTRIES)
                    return files;
                const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
                if (entry.isFile())
                    files.push(childRel);
                else if (entry.isDirectory() && depth < WALK_MAX_DEPTH && !SKIPPED_FOLDERS.has(entry.name)) {
                    next.push({ rel: childRel, depth: depth + 1 });
                }
            }
        }
        queue = next;
    }
    return files;
}
/** Auto-detects lockfiles under dir: inside a git repository use `git ls-files -z` (cwd=dir; so data folders are never walked), otherwise a bounded walk (max depth 6, max 5000 entries, ~2 s time limit) that skips node_modules, .git, .venv, venv, env, __pycache__, .tox, site-packages, and any folder containing pyvenv.cfg. Returns relative paths, sorted, of files some parser matches. */
async function detectLockfiles(dir) {
    const tracked = await gitLsFiles(dir);
    if (tracked !== undefined)
        return keepLockfiles(dir, tracked, INSTALLED_PACKAGE_FOLDERS);
    return keepLockfiles(dir, await walk(dir), SKIPPED_FOLDERS);
}
/** Expands user globs (tinyglobby, cwd=dir, dot files allowed, never following into node_modules unless the glob says so) to relative paths. */
async function expandLockfileGlobs(dir, globs) {
    const negated = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const positive = globs.filter((g) => !g.startsWith('!') && g.trim() !== '');
    const intoNodeModules = positive.filter((g) => g.includes('node_modules'));
    const elsewhere = positive.filter((g) => !g.includes('node_modules'));
    const options = { cwd: dir, dot: true, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false };
    const results = await Promise.all([
        elsewhere.length > 0 ? (0,tinyglobby_dist/* glob */.TI)(elsewhere, { ...options, ignore: ['**/node_modules/**', ...negated] }) : [],
        intoNodeModules.length > 0 ? (0,tinyglobby_dist/* glob */.TI)(intoNodeModules, { ...options, ignore: negated }) : []
    ]);
    return [...new Set(results.flat().map(lockfiles_toPosix))].sort();
}

;// CONCATENATED MODULE: ./src/snapshot/probe.ts



/** Default deadline of one external program (nvidia-smi, docker, nvcc, conda). */
const DEFAULT_PROBE_TIMEOUT_MS = 3000;
/** The python probe may import torch, which takes seconds on a cold cache. */
const DEFAULT_PYTHON_TIMEOUT_MS = 10000;
function firstLine(text) {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    return line.trim().slice(0, 300);
}
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        // A group of its own (detached): a wrapper script's children (`sleep`) go with it.
        process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
    }
    catch {
        try {
            process.kill(pid, 'SIGKILL');
        }
        catch {
            /* already gone */
        }
    }
}
/**
 * Runs one program (no shell) with a deadline and resolves, never rejects: a missing executable,
 * a non-zero exit, a signal or the deadline all come back as `ok: false` with a reason a person
 * can act on. On the deadline the program's whole process group is killed and the promise
 * resolves at once, without waiting for pipes a stray grandchild may still hold.
 */
function execProbe(file, args, options) {
    const started = Date.now();
    const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    // The program and its first arguments name the probe in reasons; a script passed with -c is left out.
    const label = [external_node_path_.basename(file), ...args.slice(0, 2).filter((a) => a.length <= 80 && !a.includes('\n'))].join(' ');
    return new Promise((resolve) => {
        let stdout = '';
        let stderr = '';
        let settled = false;
        let timer;
        const done = (result) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            resolve(result);
        };
        const fail = (reason, timedOut = false) => done({ ok: false, reason, stdout, stderr, timedOut, durationMs: Date.now() - started });
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(file, args, {
                cwd: options.cwd,
                env: options.env,
                stdio: ['ignore', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
                windowsHide: true
            });
        }
        catch (err) {
            fail(`${file}: could not start (${err.message})`);
            return;
        }
        child.stdout?.setEncoding('utf8');
        child.stderr?.setEncoding('utf8');
        child.stdout?.on('data', (d) => {
            if (stdout.length < maxBytes)
                stdout += d;
        });
        child.stderr?.on('data', (d) => {
            if (stderr.length < maxBytes)
                stderr += d;
        });
        timer = setTimeout(() => {
            killGroup(child.pid);
            fail(`${label}: timed out after ${options.timeoutMs} ms (killed)`, true);
        }, options.timeoutMs);
        child.on('error', (err) => {
            killGroup(child.pid);
            if (err.code === 'ENOENT')
                fail(`${file}: not found on PATH`);
            else if (err.code === 'EACCES')
                fail(`${file}: not executable (permission denied)`);
            else
                fail(`${file}: could not start (${err.message})`);
        });
        const finish = (code, signal) => {
            if (code === 0) {
                done({ ok: true, stdout, stderr, durationMs: Date.now() - started });
                return;
            }
            const detail = firstLine(stderr) || firstLine(stdout);
            const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
            fail(`${label}: ${how}${detail ? `: ${detail}` : ''}`);
        };
        let closed = false;
        child.on('close', (code, signal) => {
            closed = true;
            finish(code, signal);
        });
        // A background grandchild can hold the pipes open after the program exited: wait briefly, not forever.
        child.on('exit', (code, signal) => {
            setTimeout(() => {
                if (!closed) {
                    killGroup(child.pid);
                    finish(code, signal);
                }
            }, 200).unref();
        });
    });
}
/**
 * Runs an in-process probe with a deadline: a throw or a late answer becomes
 * `{status: 'unavailable', reason}`. (The work itself cannot be cancelled; its result is dropped.)
 */
async function withDeadline(name, timeoutMs, work) {
    let timer;
    const deadline = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ status: 'unavailable', reason: `${name}: timed out after ${timeoutMs} ms` }), timeoutMs);
    });
    const attempt = (async () => {
        try {
            const value = await work();
            return { status: 'ok', ...value };
        }
        catch (err) {
            return { status: 'unavailable', reason: `${name}: ${err instanceof Error ? err.message : String(err)}` };
        }
    })();
    try {
        return await Promise.race([attempt, deadline]);
    }
    finally {
        if (timer)
            clearTimeout(timer);
    }
}
/** The reason of an unavailable probe, for warnings; null when it succeeded. */
function unavailableReason(probe) {
    return probe.status === 'unavailable' ? probe.reason : null;
}
/**
 * The absolute path of `name` on the PATH of `env`, or null. Checking the PATH costs a few
 * stat calls; starting a program that is not there costs a fork.
 */
async function findOnPath(name, env) {
    if (name.includes('/') || name.includes('\\')) {
        try {
            await (0,promises_.access)(name, promises_.constants.X_OK);
            return name;
        }
        catch {
            return null;
        }
    }
    const dirs = (env.PATH ?? env.Path ?? '').split(external_node_path_.delimiter).filter((d) => d !== '');
    const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').concat(['']) : [''];
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = external_node_path_.join(dir, name + ext);
            try {
                await (0,promises_.access)(candidate, promises_.constants.X_OK);
                return candidate;
            }
            catch {
                /* next */
            }
        }
    }
    return null;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/systeminformation/lib/index.js
var lib = __webpack_require__(22754);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/snapshot/hardware.ts





/**
 * CPU flags that change floating-point results: which SIMD width and whether fused multiply-add
 * is used decide the order and rounding of reductions in BLAS, numpy and the frameworks.
 */
const FP_FLAGS = [
    'sse2',
    'sse3',
    'ssse3',
    'sse4_1',
    'sse4_2',
    'avx',
    'avx2',
    'fma',
    'fma4',
    'f16c',
    'avx512f',
    'avx512dq',
    'avx512bw',
    'avx512vl',
    'avx512cd',
    'avx512_bf16',
    'avx512_fp16',
    'avx512_vnni',
    'avx_vnni',
    'amx_bf16',
    'amx_tile',
    'amx_int8',
    // Arm
    'asimd',
    'fphp',
    'asimdhp',
    'sve',
    'sve2',
    'bf16',
    'i8mm'
];
/** The FP-relevant subset of a flag list (as /proc/cpuinfo or sysctl prints it), sorted. */
function fpFlags(flags) {
    const present = new Set(flags
        .toLowerCase()
        .split(/[\s,]+/)
        .filter((f) => f !== '')
        // macOS spells them AVX2.0, FMA, SSE4.2
        .map((f) => f.replace(/\.0$/, '').replace('sse4.', 'sse4_')));
    return FP_FLAGS.filter((f) => present.has(f)).sort();
}
/** `NAME` and `VERSION_ID` of an os-release file (systemd's format, on every current distribution). */
function parseOsRelease(text) {
    const values = {};
    for (const line of text.split('\n')) {
        const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
        if (m?.[1] && m[2] !== undefined)
            values[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
    }
    return { distro: values.NAME ?? values.ID ?? 'Linux', release: values.VERSION_ID ?? values.BUILD_ID ?? '' };
}
async function readText(file) {
    try {
        return (await (0,promises_.readFile)(file, 'utf8')).trim();
    }
    catch {
        return null;
    }
}
/**
 * The OS without `si.osInfo()`: that one runs `hostname -f` synchronously, which blocks the whole
 * process for as long as a DNS lookup takes on a runner with a broken resolver.
 */
async function captureOs(root, env, timeoutMs) {
    const base = { platform: process.platform, kernel: external_node_os_.release(), arch: external_node_os_.arch() };
    if (process.platform === 'linux') {
        const text = (await readText(external_node_path_.join(root, 'etc/os-release'))) ?? (await readText(external_node_path_.join(root, 'usr/lib/os-release')));
        return { ...base, ...(text ? parseOsRelease(text) : { distro: 'Linux', release: '' }) };
    }
    if (process.platform === 'darwin') {
        const result = await execProbe('sw_vers', [], { env, timeoutMs });
        const get = (key) => (result.ok ? new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(result.stdout)?.[1]?.trim() ?? '' : '');
        return { ...base, distro: get('ProductName') || 'macOS', release: get('ProductVersion') };
    }
    return { ...base, distro: external_node_os_.version(), release: external_node_os_.release() };
}
/** DMI vendor and product names of the common hypervisors and clouds. */
const HYPERVISORS = [
    [/virtualbox|innotek/i, 'VirtualBox'],
    [/vmware/i, 'VMware'],
    [/microsoft corporation.*virtual machine/i, 'Hyper-V'],
    [/amazon ec2/i, 'Amazon EC2'],
    [/google/i, 'Google Compute Engine'],
    [/qemu|\bkvm\b/i, 'KVM'],
    [/\bxen\b/i, 'Xen'],
    [/parallels/i, 'Parallels'],
    [/openstack/i, 'OpenStack'],
    [/bochs/i, 'Bochs']
];
/**
 * The hypervisor we run under, or null on bare metal: from the DMI names the kernel exposes to
 * every user (no dmidecode, no dmesg), else the CPU's `hypervisor` flag.
 */
async function captureVirtualization(root, flags, env, timeoutMs) {
    if (process.platform === 'linux') {
        const dmi = external_node_path_.join(root, 'sys/class/dmi/id');
        const names = await Promise.all([
            readText(external_node_path_.join(dmi, 'sys_vendor')),
            readText(external_node_path_.join(dmi, 'product_name')),
            readText(external_node_path_.join(root, 'sys/hypervisor/type'))
        ]);
        const text = names.filter((n) => n).join(' ');
        for (const [pattern, name] of HYPERVISORS)
            if (pattern.test(text))
                return name;
    }
    if (process.platform === 'darwin') {
        const result = await execProbe('sysctl', ['-n', 'kern.hv_vmm_present'], { env, timeoutMs });
        if (result.ok && result.stdout.trim() === '1')
            return 'virtual machine';
    }
    return /\bhypervisor\b/.test(flags) ? 'hypervisor' : null;
}
/**
 * Hardware and OS. From systeminformation only the calls that are cheap and never block the
 * event loop for long: `si.cpu()`, `si.cpuFlags()`, `si.mem()`. Never `si.versions()` or
 * `si.getAllData()` (half a second, dozens of programs), nor `si.osInfo()`/`si.system()`
 * (synchronous `hostname -f`, `dmesg`, `dmidecode`).
 */
async function captureHardware(timeoutMs, root = '/', env = process.env) {
    const [hardware, osInfo] = await Promise.all([
        withDeadline('hardware', timeoutMs, async () => {
            const [cpu, flags, mem] = await Promise.all([lib_default().cpu(), lib_default().cpuFlags(), lib_default().mem()]);
            return {
                cpu: {
                    vendor: cpu.vendor || cpu.manufacturer,
                    model: [cpu.manufacturer, cpu.brand].filter((s) => s).join(' '),
                    physicalCores: cpu.physicalCores,
                    logicalCores: cpu.cores,
                    flags: fpFlags(flags)
                },
                memoryBytes: mem.total,
                virtualization: await captureVirtualization(root, flags, env, timeoutMs)
            };
        }),
        withDeadline('os', timeoutMs, () => captureOs(root, env, timeoutMs))
    ]);
    return { hardware, os: osInfo };
}

;// CONCATENATED MODULE: ./src/snapshot/gpu.ts



/** Parses `nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader,nounits`. */
function parseNvidiaSmiCsv(text) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length === 0)
        throw new Error('no output');
    return lines.map((line, i) => {
        const cells = line.split(',').map((c) => c.trim());
        const [name, memory, driver] = cells;
        if (cells.length !== 3 || !name || /^\[?(N\/A|Not Supported)\]?$/i.test(name)) {
            throw new Error(`unparseable output line ${i + 1}: "${line.slice(0, 120)}"`);
        }
        const memoryMiB = Number(memory);
        if (driver !== undefined && !/^\d+(\.\d+)*$/.test(driver) && !/N\/A/i.test(driver)) {
            throw new Error(`unparseable driver version on line ${i + 1}: "${driver.slice(0, 60)}"`);
        }
        return {
            name,
            memoryMiB: memory !== undefined && memory !== '' && Number.isFinite(memoryMiB) ? memoryMiB : null,
            driverVersion: driver && /^\d/.test(driver) ? driver : null
        };
    });
}
/** The driver's maximum CUDA version from `nvidia-smi -q` ("CUDA Version : 12.4"). */
function parseCudaDriverVersion(text) {
    return /^\s*CUDA Version\s*:\s*(\d+(?:\.\d+)*)/m.exec(text)?.[1] ?? null;
}
/** The toolkit version from `nvcc --version` ("Cuda compilation tools, release 12.4, V12.4.131"). */
function parseNvccVersion(text) {
    const m = /release\s+[\d.]+,\s*V(\d+(?:\.\d+)*)/.exec(text) ?? /release\s+(\d+(?:\.\d+)*)/.exec(text);
    return m?.[1] ?? null;
}
/** The toolkit version from `version.json` (CUDA ≥ 11.1) or `version.txt` ("CUDA Version 10.2.89"). */
function parseCudaVersionFile(text) {
    try {
        const json = JSON.parse(text);
        if (typeof json.cuda?.version === 'string')
            return json.cuda.version;
    }
    catch {
        /* version.txt */
    }
    return /CUDA Version\s+(\d+(?:\.\d+)*)/.exec(text)?.[1] ?? null;
}
const NVCC_DIST_INFO = /^nvidia_cuda_nvcc-(\d+(?:\.\d+)*)\.dist-info$/;
async function toolkitFromFiles(root, env) {
    const homes = [env.CUDA_HOME, env.CUDA_PATH, external_node_path_.join(root, 'usr/local/cuda')].filter((h) => !!h);
    for (const home of homes) {
        // CUDA 13 ships no version.json, but names its components' versions in dist-info folders.
        try {
            const entry = (await (0,promises_.readdir)(external_node_path_.join(home, 'dist-info'))).find((e) => NVCC_DIST_INFO.test(e));
            const version = entry ? NVCC_DIST_INFO.exec(entry)?.[1] : undefined;
            if (version)
                return version;
        }
        catch {
            /* an older layout */
        }
        for (const file of ['version.json', 'version.txt']) {
            try {
                const version = parseCudaVersionFile(await (0,promises_.readFile)(external_node_path_.join(home, file), 'utf8'));
                if (version)
                    return version;
            }
            catch {
                /* next */
            }
        }
    }
    return null;
}
async function cudaToolkit(root, env, timeoutMs) {
    const fromFiles = await toolkitFromFiles(root, env);
    if (fromFiles)
        return fromFiles;
    const nvcc = await findOnPath('nvcc', env);
    if (!nvcc)
        return null;
    const result = await execProbe(nvcc, ['--version'], { env, timeoutMs });
    return result.ok ? parseNvccVersion(result.stdout) : null;
}
/**
 * NVIDIA GPUs, driver, the driver's CUDA version and the toolkit. No nvidia-smi means no GPU:
 * recorded as an empty list, not as a failure. An nvidia-smi that hangs, fails or prints
 * something unexpected makes the probe unavailable with the reason.
 */
async function captureGpu(env, root, timeoutMs) {
    const smi = await findOnPath('nvidia-smi', env);
    const toolkit = cudaToolkit(root, env, timeoutMs);
    if (!smi) {
        return { status: 'ok', devices: [], driverVersion: null, cudaDriverVersion: null, cudaToolkitVersion: await toolkit };
    }
    const [query, details, cudaToolkitVersion] = await Promise.all([
        execProbe(smi, ['--query-gpu=name,memory.total,driver_version', '--format=csv,noheader,nounits'], { env, timeoutMs }),
        execProbe(smi, ['-q'], { env, timeoutMs }),
        toolkit
    ]);
    if (!query.ok)
        return { status: 'unavailable', reason: query.reason };
    let devices;
    try {
        devices = parseNvidiaSmiCsv(query.stdout);
    }
    catch (err) {
        return { status: 'unavailable', reason: `nvidia-smi: ${err.message}` };
    }
    return {
        status: 'ok',
        devices,
        driverVersion: devices.find((d) => d.driverVersion)?.driverVersion ?? null,
        cudaDriverVersion: details.ok ? parseCudaDriverVersion(details.stdout) : null,
        cudaToolkitVersion
    };
}

;// CONCATENATED MODULE: ./src/snapshot/runner.ts


/**
 * Math-library variables that change results or their reproducibility (thread counts decide the
 * order of parallel reductions; MKL_CBWR pins MKL's code path). Nothing outside this list is
 * ever read from the environment into the report.
 */
const MATH_ENV_NAMES = [
    'OMP_NUM_THREADS',
    'MKL_NUM_THREADS',
    'OPENBLAS_NUM_THREADS',
    'MKL_CBWR',
    'VECLIB_MAXIMUM_THREADS',
    'NUMEXPR_NUM_THREADS',
    'OPENBLAS_CORETYPE'
];
/** The allow-listed math variables that are set, by name. */
function captureMathEnv(env) {
    const out = {};
    for (const name of MATH_ENV_NAMES) {
        const value = env[name];
        if (value !== undefined)
            out[name] = value;
    }
    return out;
}
const orNull = (value) => (value === undefined || value === '' ? null : value);
/**
 * The GitHub runner and the workflow run, from the documented default variables; the runner
 * image's own manifest (`/imagegeneration/imagedata.json` on hosted runners) is hashed when present.
 */
async function captureRunner(env, root) {
    let imageDataSha256 = null;
    try {
        imageDataSha256 = (await hashFile(external_node_path_.join(root, 'imagegeneration/imagedata.json'))).sha256;
    }
    catch {
        /* not a hosted runner */
    }
    return {
        os: orNull(env.RUNNER_OS),
        arch: orNull(env.RUNNER_ARCH),
        name: orNull(env.RUNNER_NAME),
        environment: orNull(env.RUNNER_ENVIRONMENT),
        imageOS: orNull(env.ImageOS),
        imageVersion: orNull(env.ImageVersion),
        imageDataSha256,
        sha: orNull(env.GITHUB_SHA),
        ref: orNull(env.GITHUB_REF),
        workflowRef: orNull(env.GITHUB_WORKFLOW_REF),
        runId: orNull(env.GITHUB_RUN_ID),
        runAttempt: orNull(env.GITHUB_RUN_ATTEMPT),
        eventName: orNull(env.GITHUB_EVENT_NAME)
    };
}

;// CONCATENATED MODULE: ./src/snapshot/containers.ts



const ID = '[0-9a-f]{64}';
/**
 * The container id in a cgroup v1 `/proc/self/cgroup`: docker (`/docker/<id>`,
 * `/system.slice/docker-<id>.scope`), containerd, CRI-O and Kubernetes (`/kubepods/.../<id>`).
 */
function containerIdFromCgroup(text) {
    for (const line of text.split('\n')) {
        const cgroupPath = line.split(':').slice(2).join(':');
        if (!/docker|containerd|kubepods|crio|libpod/.test(cgroupPath))
            continue;
        const m = new RegExp(`(?:^|[/-])(${ID})(?:\\.scope)?(?:/|$)`).exec(cgroupPath);
        if (m?.[1])
            return m[1];
    }
    return null;
}
/**
 * The container id in `/proc/self/mountinfo` (cgroup v2, where /proc/self/cgroup is just `0::/`):
 * docker bind-mounts /etc/hostname, /etc/hosts and /etc/resolv.conf from
 * `/var/lib/docker/containers/<id>/`; podman from `.../overlay-containers/<id>/userdata/`.
 */
function containerIdFromMountinfo(text) {
    const m = new RegExp(`/docker/containers/(${ID})/`).exec(text) ??
        new RegExp(`/overlay-containers/(${ID})/userdata/`).exec(text) ??
        new RegExp(`/containerd/[^ ]*?/(${ID})/`).exec(text);
    return m?.[1] ?? null;
}
async function containers_readText(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return '';
    }
}
async function exists(file) {
    try {
        await (0,promises_.access)(file);
        return true;
    }
    catch {
        return false;
    }
}
/** Whether we run inside a container, how that was seen, and its id when the kernel shows it. */
async function detectContainer(root) {
    const [cgroup, mountinfo, dockerenv, containerenv] = await Promise.all([
        containers_readText(external_node_path_.join(root, 'proc/self/cgroup')),
        containers_readText(external_node_path_.join(root, 'proc/self/mountinfo')),
        exists(external_node_path_.join(root, '.dockerenv')),
        exists(external_node_path_.join(root, 'run/.containerenv'))
    ]);
    const v1 = containerIdFromCgroup(cgroup);
    if (v1)
        return { inContainer: true, detectedBy: 'cgroup-v1', containerId: v1 };
    const v2 = containerIdFromMountinfo(mountinfo);
    if (v2)
        return { inContainer: true, detectedBy: 'cgroup-v2', containerId: v2 };
    if (dockerenv)
        return { inContainer: true, detectedBy: 'dockerenv', containerId: null };
    if (containerenv)
        return { inContainer: true, detectedBy: 'containerenv', containerId: null };
    return { inContainer: false, detectedBy: null, containerId: null };
}
/** `docker.io/library/busybox:1.36` → `busybox`; digests and tags dropped, registry kept otherwise. */
function repositoryOf(reference) {
    let ref = reference.split('@')[0] ?? reference;
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    if (colon > slash)
        ref = ref.slice(0, colon);
    return ref.replace(/^(?:docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '');
}
/** The `RepoDigests` entry for `reference`'s repository, else the first one. */
function pickRepoDigest(reference, repoDigests) {
    const repo = repositoryOf(reference);
    return repoDigests.find((d) => repositoryOf(d) === repo) ?? repoDigests[0] ?? null;
}
const PINNED = /@sha256:[0-9a-f]{64}$/;
/** Resolves one image reference to `name@sha256:…` with `docker image inspect`; never throws. */
async function resolveImage(docker, reference, env, timeoutMs, 
/** Whose repository's digest to prefer when the image has several (defaults to `reference`). */
prefer = reference) {
    if (PINNED.test(reference))
        return { reference, digest: reference, reason: null };
    if (!docker)
        return { reference, digest: null, reason: 'docker: not found on PATH' };
    const result = await execProbe(docker, ['image', 'inspect', '--format', '{{json .RepoDigests}}', reference], {
        env,
        timeoutMs
    });
    if (!result.ok)
        return { reference, digest: null, reason: result.reason };
    let digests;
    try {
        digests = JSON.parse(result.stdout.trim().split('\n')[0] ?? '');
    }
    catch {
        return { reference, digest: null, reason: `docker image inspect: unparseable output "${result.stdout.slice(0, 80)}"` };
    }
    if (digests === null || (Array.isArray(digests) && digests.length === 0)) {
        return { reference, digest: null, reason: 'the image has no registry digest (built locally and never pushed or pulled)' };
    }
    if (!Array.isArray(digests) || !digests.every((d) => typeof d === 'string')) {
        return { reference, digest: null, reason: `docker image inspect: unexpected RepoDigests ${JSON.stringify(digests).slice(0, 80)}` };
    }
    return { reference, digest: pickRepoDigest(prefer, digests), reason: null };
}
/** The image the job container was started from, resolved to its digest. */
async function jobImage(docker, containerId, env, timeoutMs) {
    const reference = `container ${containerId.slice(0, 12)}`;
    if (!docker)
        return { reference, digest: null, reason: 'docker: not found on PATH' };
    const result = await execProbe(docker, ['inspect', '--format', '{{.Config.Image}} {{.Image}}', containerId], {
        env,
        timeoutMs
    });
    if (!result.ok)
        return { reference, digest: null, reason: result.reason };
    const [image, imageId] = result.stdout.trim().split(/\s+/);
    if (!image || !imageId)
        return { reference, digest: null, reason: `docker inspect: unparseable output "${result.stdout.slice(0, 80)}"` };
    // Inspect by id: the tag may have moved since the container started.
    const resolved = await resolveImage(docker, imageId, env, timeoutMs, image);
    return { ...resolved, reference: image };
}
/** Runs `work` over `items` with at most `limit` in flight, keeping order. */
async function mapLimit(items, limit, work) {
    const out = new Array(items.length);
    let next = 0;
    const lane = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await work(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
    return out;
}
/**
 * Container provenance: whether we run in one (and which), the job container's image digest
 * when docker is reachable, and every `images` reference resolved to a digest. An image that
 * cannot be resolved stays in the list with the reason. Docker is not started when nothing needs it.
 */
async function captureContainers(images, env, root, timeoutMs) {
    const detected = await detectContainer(root);
    const needsDocker = detected.containerId !== null || images.some((i) => !PINNED.test(i));
    const docker = needsDocker ? await findOnPath('docker', env) : null;
    const [job, resolved] = await Promise.all([
        detected.containerId ? jobImage(docker, detected.containerId, env, timeoutMs) : Promise.resolve(null),
        mapLimit(images, 4, (ref) => resolveImage(docker, ref, env, timeoutMs))
    ]);
    return { ...detected, jobImage: job, images: resolved };
}

;// CONCATENATED MODULE: ./src/snapshot/python.ts



/**
 * Runs inside the experiment's interpreter and prints one JSON object per line, flushing each,
 * so that a probe cut short while importing torch still tells what it found before.
 * Distributions come from importlib.metadata (no pip needed: uv venvs have none). Frameworks
 * are never imported when find_spec says they are absent; versions come from metadata. torch's
 * version and CUDA come from its version.py, cuDNN's from the nvidia-cudnn wheel; torch is imported
 * (last) only when neither says, because then cuDNN's version needs the library loaded.
 */
const PYTHON_PROBE_SCRIPT = String.raw `
import sys, json
def out(o):
    sys.stdout.write(json.dumps(o) + "\n")
    sys.stdout.flush()
dists = []
md = None
try:
    import importlib.metadata as md
    seen = set()
    def name_version(d):
        # The headers only: d.metadata parses every file in full, 1 ms per package.
        text = d.read_text("METADATA") or d.read_text("PKG-INFO") or ""
        name = version = None
        for line in text.partition("\n\n")[0].splitlines():
            if line.startswith("Name:"):
                name = line[5:].strip()
            elif line.startswith("Version:"):
                version = line[8:].strip()
        if name and version:
            return name, version
        return d.metadata["Name"], d.version
    for d in md.distributions():
        try:
            name, version = name_version(d)
        except Exception:
            name = None
        if not name:
            continue
        key = name.lower().replace("_", "-").replace(".", "-")
        if key in seen:
            continue
        seen.add(key)
        dists.append([name, version or ""])
except Exception:
    pass
out({"kind": "base", "version": sys.version.split()[0], "executable": sys.executable, "distributions": dists})
import importlib.util as iu
def present(mod):
    try:
        return iu.find_spec(mod) is not None
    except Exception:
        return False
def dist_version(names):
    for n in names:
        try:
            return md.version(n)
        except Exception:
            pass
    return None
for mod, names in (("numpy", ["numpy"]), ("jax", ["jax"]), ("tensorflow", ["tensorflow", "tensorflow-cpu", "tensorflow-gpu", "tensorflow-macos", "intel-tensorflow", "tf-nightly"])):
    if not present(mod):
        continue
    v = dist_version(names) if md else None
    if v is None:
        try:
            v = str(__import__(mod).__version__)
        except Exception as e:
            out({"kind": "error", "name": mod, "error": str(e)[:200]})
            continue
    out({"kind": "framework", "name": mod, "version": v})
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
`;
/** cuDNN's integer version as torch reports it (8902, 90100) → "8.9.2", "9.1.0". */
function formatCudnn(value) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0)
        return null;
    if (value >= 90000)
        return `${Math.floor(value / 10000)}.${Math.floor((value % 10000) / 100)}.${value % 100}`;
    return `${Math.floor(value / 1000)}.${Math.floor((value % 1000) / 100)}.${value % 100}`;
}
/**
 * Reads the probe's lines into PythonInfo (without `interpreter` and `conda`). Throws when the
 * first line is missing or is not the probe's JSON (a `python` that is something else entirely).
 */
function parsePythonProbe(stdout) {
    const lines = stdout.split('\n').filter((l) => l.trim() !== '');
    const parsed = [];
    for (const line of lines) {
        try {
            parsed.push(JSON.parse(line));
        }
        catch {
            // A partial last line when the probe was killed mid-write; anything else is not our probe.
            if (parsed.length === 0)
                throw new Error(`unparseable output "${line.slice(0, 80)}"`);
        }
    }
    const base = parsed[0];
    if (!base || base.kind !== 'base' || typeof base.version !== 'string' || !Array.isArray(base.distributions)) {
        throw new Error(`unparseable output "${(lines[0] ?? '').slice(0, 80)}"`);
    }
    const distributions = base.distributions
        .filter((d) => Array.isArray(d) && typeof d[0] === 'string')
        .map(([name, version]) => ({ name, version: String(version) }))
        .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.name.localeCompare(b.name));
    const frameworks = {};
    const notes = [];
    for (const line of parsed.slice(1)) {
        if (line.kind === 'error')
            notes.push(`python: importing ${line.name} failed: ${line.error}`);
        if (line.kind !== 'framework')
            continue;
        if (line.name === 'torch') {
            const before = frameworks.torch;
            frameworks.torch = {
                version: line.version,
                cuda: line.cuda ?? before?.cuda ?? null,
                cudnn: formatCudnn(line.cudnn) ?? line.cudnnVersion ?? before?.cudnn ?? null
            };
        }
        else if (line.name === 'numpy' || line.name === 'jax' || line.name === 'tensorflow') {
            frameworks[line.name] = { version: line.version };
        }
    }
    return { info: { version: base.version, executable: base.executable, distributions, frameworks }, notes };
}
/** conda's version from its install's `conda-meta` (instant), else from `conda --version`. */
async function captureConda(env, timeoutMs) {
    const exe = env.CONDA_EXE || (await findOnPath('conda', env));
    if (!exe)
        return null;
    try {
        const meta = external_node_path_.join(external_node_path_.dirname(external_node_path_.dirname(exe)), 'conda-meta');
        for (const file of await (0,promises_.readdir)(meta)) {
            const m = /^conda-(\d[^-]*)-[^-]+\.json$/.exec(file);
            if (m?.[1])
                return m[1];
        }
    }
    catch {
        /* not a standard install layout */
    }
    const result = await execProbe(exe, ['--version'], { env, timeoutMs });
    return result.ok ? (/(\d+(?:\.\d+)+)/.exec(result.stdout + result.stderr)?.[1] ?? null) : null;
}
/**
 * One bounded run of the experiment's interpreter. Missing interpreter, crash, garbage or
 * timeout → unavailable with the reason; a timeout after the distributions were printed keeps
 * what was printed and says which step was cut short.
 */
async function capturePython(interpreter, workingDirectory, env, timeoutMs, condaTimeoutMs) {
    const file = /[/\\]/.test(interpreter) ? external_node_path_.resolve(workingDirectory, interpreter) : interpreter;
    const [result, conda] = await Promise.all([
        execProbe(file, ['-c', PYTHON_PROBE_SCRIPT], { env, timeoutMs, cwd: workingDirectory }),
        captureConda(env, condaTimeoutMs)
    ]);
    if (!result.ok && !(result.timedOut && result.stdout.trim() !== '')) {
        return { python: { status: 'unavailable', reason: result.reason }, warnings: [] };
    }
    try {
        const { info, notes } = parsePythonProbe(result.stdout);
        const warnings = result.ok ? notes : [...notes, `python probe cut short (${result.reason}); frameworks may be incomplete`];
        return { python: { status: 'ok', interpreter, ...info, conda }, warnings };
    }
    catch (err) {
        return { python: { status: 'unavailable', reason: `${interpreter}: ${err.message}` }, warnings: [] };
    }
}

;// CONCATENATED MODULE: ./src/snapshot/data.ts



/**
 * Fingerprints the data files the `data` globs match (relative to the working directory):
 * path, sha256 and size, never contents. A glob that matches nothing is a warning, since a
 * mistyped glob would otherwise silently record no data at all.
 */
async function fingerprintData(workingDirectory, globs) {
    const warnings = [];
    const matched = new Set();
    await Promise.all(globs.map(async (pattern) => {
        try {
            const found = await (0,tinyglobby_dist/* glob */.TI)(pattern, { cwd: workingDirectory, onlyFiles: true, dot: true, absolute: true });
            if (found.length === 0)
                warnings.push(`data: "${pattern}" matched no files in ${workingDirectory}`);
            found.forEach((f) => matched.add(external_node_path_.resolve(f)));
        }
        catch (err) {
            warnings.push(`data: "${pattern}" could not be expanded: ${err.message}`);
        }
    }));
    const files = [];
    // Two at a time: hashing is CPU-bound and the runner has two cores.
    const queue = [...matched].sort();
    const lane = async () => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
            const rel = external_node_path_.relative(workingDirectory, file).split(external_node_path_.sep).join('/');
            try {
                files.push({ path: rel, ...(await hashFile(file)) });
            }
            catch (err) {
                warnings.push(`data: could not hash ${rel}: ${err.message}`);
            }
        }
    };
    await Promise.all([lane(), lane()]);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, warnings: warnings.sort() };
}

;// CONCATENATED MODULE: ./src/snapshot/fingerprint.ts

/**
 * The flat parts of the environment fingerprint. Run ids, host and runner names, times and
 * memory size are left out on purpose: two captures on the same machine must agree, and two
 * machines that compute the same way must too. An unavailable probe is one part ('unavailable')
 * without its reason, whose text may carry timings.
 */
function fingerprintParts(env, lockfiles) {
    const parts = {};
    const { hardware, os, gpu, container, runner } = env;
    const python = env.toolchains.python;
    if (hardware.status === 'ok') {
        parts['cpu.model'] = hardware.cpu.model;
        parts['cpu.cores'] = `${hardware.cpu.physicalCores}/${hardware.cpu.logicalCores}`;
        parts['cpu.flags'] = hardware.cpu.flags.join(' ');
    }
    else
        parts['cpu'] = 'unavailable';
    if (os.status === 'ok') {
        parts['os.distro'] = `${os.distro} ${os.release}`.trim();
        parts['os.kernel'] = os.kernel;
        parts['os.arch'] = os.arch;
    }
    else
        parts['os'] = 'unavailable';
    if (runner.imageOS || runner.imageVersion)
        parts['runner.image'] = `${runner.imageOS ?? ''} ${runner.imageVersion ?? ''}`.trim();
    if (runner.imageDataSha256)
        parts['runner.imageData'] = runner.imageDataSha256;
    if (gpu.status === 'ok') {
        if (gpu.devices.length > 0)
            parts['gpu.devices'] = gpu.devices.map((d) => d.name).join(', ');
        if (gpu.driverVersion)
            parts['gpu.driver'] = gpu.driverVersion;
        if (gpu.cudaDriverVersion)
            parts['gpu.cuda'] = gpu.cudaDriverVersion;
        if (gpu.cudaToolkitVersion)
            parts['gpu.toolkit'] = gpu.cudaToolkitVersion;
    }
    else
        parts['gpu'] = 'unavailable';
    if (container.status === 'ok') {
        const digests = container.images.map((i) => i.digest ?? `${i.reference} (unresolved)`).sort();
        if (digests.length > 0)
            parts['container.digests'] = digests.join(' ');
        if (container.jobImage)
            parts['container.jobImage'] = container.jobImage.digest ?? container.jobImage.reference;
    }
    else
        parts['container'] = 'unavailable';
    for (const lock of [...lockfiles].sort((a, b) => (a.path < b.path ? -1 : 1)))
        parts[`lockfile:${lock.path}`] = lock.sha256;
    for (const file of env.data)
        parts[`data:${file.path}`] = file.sha256;
    parts['node.version'] = env.toolchains.node;
    if (python.status === 'ok') {
        parts['python.version'] = python.version;
        const packages = python.distributions.map((d) => `${d.name.toLowerCase()}==${d.version}`).sort();
        parts['python.packages'] = sha256(packages.join('\n'));
        const torch = python.frameworks.torch;
        if (torch)
            parts['python.torch'] = [torch.version, torch.cuda ?? '', torch.cudnn ?? ''].join(' ').trim();
        if (python.conda)
            parts['python.conda'] = python.conda;
    }
    else
        parts['python'] = 'unavailable';
    const math = Object.entries(env.mathEnv).sort(([a], [b]) => (a < b ? -1 : 1));
    if (math.length > 0)
        parts['mathEnv'] = math.map(([k, v]) => `${k}=${v}`).join(' ');
    return parts;
}
/** sha256 over the parts in key order, one `key=value` line each: stable across key insertion order. */
function fingerprintOf(parts) {
    const keys = Object.keys(parts).sort();
    return sha256(keys.map((k) => `${k}=${parts[k]}`).join('\n'));
}

// EXTERNAL MODULE: ./src/snapshot/schema.ts
var schema = __webpack_require__(77989);
;// CONCATENATED MODULE: ./src/snapshot/index.ts












/** "requirements.txt: 3 unpinned dependencies (numpy>=1.2, …) — a reproducibility risk" */
function unpinnedWarning(lock) {
    const n = lock.unpinned.length;
    if (n === 0)
        return null;
    const shown = lock.unpinned.slice(0, 5).map((u) => `${u.name}${u.spec}`);
    const more = n > shown.length ? ', …' : '';
    return `${lock.path}: ${n} unpinned ${n === 1 ? 'dependency' : 'dependencies'} (${shown.join(', ')}${more}) — a reproducibility risk`;
}
async function captureLockfiles(options) {
    try {
        const found = options.lockfiles.length > 0
            ? await expandLockfileGlobs(options.workingDirectory, options.lockfiles)
            : await detectLockfiles(options.workingDirectory);
        const warnings = [];
        if (options.lockfiles.length > 0 && found.length === 0) {
            warnings.push(`lockfiles: ${options.lockfiles.map((g) => `"${g}"`).join(', ')} matched no files`);
        }
        const records = await readLockfiles(options.workingDirectory, found);
        for (const lock of records) {
            if (lock.error)
                warnings.push(`${lock.path}: ${lock.error}`);
            const unpinned = unpinnedWarning(lock);
            if (unpinned)
                warnings.push(unpinned);
        }
        return { records, warnings };
    }
    catch (err) {
        return { records: [], warnings: [`lockfiles: ${err.message}`] };
    }
}
function emptyRunner() {
    return {
        os: null, arch: null, name: null, environment: null, imageOS: null, imageVersion: null,
        imageDataSha256: null, sha: null, ref: null, workflowRef: null, runId: null, runAttempt: null, eventName: null
    };
}
/**
 * Captures provenance with every probe bounded in time and run concurrently; never throws.
 * A probe that is missing, fails, prints garbage or hangs is recorded as unavailable with its
 * reason (and a warning), and the capture goes on.
 */
async function captureEnvironment(options) {
    const started = Date.now();
    const capturedAt = new Date(started).toISOString();
    const env = options.env;
    const root = options.root ?? external_node_path_.parse(process.cwd()).root;
    const probeMs = options.timeouts?.probeMs ?? DEFAULT_PROBE_TIMEOUT_MS;
    const pythonMs = options.timeouts?.pythonMs ?? DEFAULT_PYTHON_TIMEOUT_MS;
    // A probe whose own deadlines failed to hold still cannot stall the gate.
    const outer = Math.max(probeMs, pythonMs) + 2000;
    try {
        const [system, gpu, runner, container, python, data, locks] = await Promise.all([
            captureHardware(probeMs, root, env),
            withDeadline('gpu', outer, async () => {
                const probed = await captureGpu(env, root, probeMs);
                if (probed.status === 'unavailable')
                    throw new Error(probed.reason);
                return probed;
            }),
            captureRunner(env, root).catch(() => emptyRunner()),
            withDeadline('container', outer, () => captureContainers(options.images, env, root, probeMs)),
            withDeadline('python', outer, () => capturePython(options.python, options.workingDirectory, env, pythonMs, probeMs)),
            fingerprintData(options.workingDirectory, options.data).catch((err) => ({
                files: [],
                warnings: [`data: ${err.message}`]
            })),
            captureLockfiles(options)
        ]);
        const pythonProbe = python.status === 'ok' ? python.python : { status: 'unavailable', reason: python.reason };
        const warnings = [];
        const probes = [
            ['hardware', system.hardware],
            ['os', system.os],
            ['gpu', stripPrefix(gpu, 'gpu: ')],
            ['container', stripPrefix(container, 'container: ')],
            ['python', pythonProbe]
        ];
        for (const [name, probe] of probes) {
            const reason = unavailableReason(probe);
            if (reason !== null)
                warnings.push(`${name} probe unavailable: ${reason}`);
        }
        if (python.status === 'ok')
            warnings.push(...python.warnings);
        if (container.status === 'ok') {
            for (const image of [...(container.jobImage ? [container.jobImage] : []), ...container.images]) {
                if (image.reason)
                    warnings.push(`image ${image.reference}: not resolved to a digest: ${image.reason}`);
            }
        }
        warnings.push(...data.warnings, ...locks.warnings);
        const partial = {
            hardware: system.hardware,
            os: system.os,
            gpu: stripPrefix(gpu, 'gpu: '),
            runner,
            container,
            toolchains: { node: process.version, python: pythonProbe },
            data: data.files,
            mathEnv: captureMathEnv(env)
        };
        const parts = fingerprintParts(partial, locks.records);
        return {
            environment: {
                fingerprint: fingerprintOf(parts),
                fingerprintParts: parts,
                capturedAt,
                captureMs: Date.now() - started,
                ...partial,
                warnings
            },
            lockfiles: locks.records
        };
    }
    catch (err) {
        // Unreachable by design (every probe resolves); kept so provenance can never fail the gate.
        const reason = `capture failed: ${err instanceof Error ? err.message : String(err)}`;
        const partial = {
            hardware: { status: 'unavailable', reason },
            os: { status: 'unavailable', reason },
            gpu: { status: 'unavailable', reason },
            runner: emptyRunner(),
            container: { status: 'unavailable', reason },
            toolchains: { node: process.version, python: { status: 'unavailable', reason } },
            data: [],
            mathEnv: captureMathEnv(env)
        };
        const parts = fingerprintParts(partial, []);
        return {
            environment: {
                fingerprint: fingerprintOf(parts),
                fingerprintParts: parts,
                capturedAt,
                captureMs: Date.now() - started,
                ...partial,
                warnings: [reason]
            },
            lockfiles: []
        };
    }
}
/** withDeadline prefixes its reasons with the probe name; the probes' own reasons already say what failed. */
function stripPrefix(probe, prefix) {
    return probe.status === 'unavailable' && probe.reason.startsWith(prefix)
        ? { status: 'unavailable', reason: probe.reason.slice(prefix.length) }
        : probe;
}

// EXTERNAL MODULE: ./src/report/build.ts
var build = __webpack_require__(95066);
// EXTERNAL MODULE: ./src/report/context.ts
var context = __webpack_require__(70301);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/report/write.ts
var write = __webpack_require__(1693);
;// CONCATENATED MODULE: ./src/gate.ts







const silentLogger = { info: () => { }, warning: () => { }, debug: () => { } };
/** Runs the gate and writes the report; resolves with the (redacted) report for every verdict. */
async function runGate(inputs, options = {}) {
    const env = options.env ?? process.env;
    const log = options.log ?? silentLogger;
    const redactor = options.redactor ?? (0,redact/* createRedactor */.lY)(env);
    const startedAt = Date.now();
    const plan = planRuns(inputs, env);
    log.debug(`plan: ${inputs.runs} runs in ${plan.cwd}, outputs kept under ${plan.runRoot}`);
    // The snapshot runs alongside run 1 so provenance costs no wall time of its own.
    let snapshotting = Promise.resolve(null);
    const startSnapshot = () => {
        if (!inputs.snapshot)
            return;
        snapshotting = captureEnvironment({
            workingDirectory: inputs.workingDirectory,
            python: inputs.python,
            images: inputs.images,
            lockfiles: inputs.lockfiles,
            data: inputs.data,
            env
        }).catch((err) => {
            log.warning(`environment capture failed: ${String(err)}`);
            return null;
        });
    };
    const extraErrors = [];
    let runs = { records: [], metrics: [], inputs: [], skipped: inputs.runs };
    try {
        runs = await executeRuns(plan, {
            observer: options.observer,
            signal: options.signal,
            killGraceMs: options.killGraceMs,
            onFirstRunStarted: startSnapshot
        });
    }
    catch (err) {
        extraErrors.push({ run: null, message: `repro-gate could not run the experiment: ${err instanceof Error ? err.message : String(err)}` });
    }
    if (runs.records.length === 0 && extraErrors.length === 0) {
        extraErrors.push({ run: null, message: options.signal?.aborted ? 'cancelled before the first run started' : 'no run was started' });
    }
    const snapshot = await snapshotting;
    for (const warning of snapshot?.environment.warnings ?? [])
        log.warning(redactor.text(warning));
    const report = (0,build/* buildReport */.FK)({ inputs, plan, runs, snapshot, context: (0,context/* readReportContext */.u)(env), startedAt, extraErrors });
    // Baselines live in the Actions cache: only inside a workflow, and loaded only then (the cache
    // client is half the bundle).
    if (inputs.baseline && report.verdict !== 'error' && env.GITHUB_ACTIONS === 'true') {
        try {
            const { baselineStage } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(404)]).then(__webpack_require__.bind(__webpack_require__, 20404));
            report.baseline = await baselineStage(report, inputs, env);
        }
        catch (err) {
            log.warning(`baseline skipped: ${String(err)}`);
        }
    }
    report.durationMs = Date.now() - startedAt;
    const written = await (0,write/* writeReport */.u)(report, inputs.reportPath, redactor);
    for (const problem of written.problems)
        log.warning(`report schema: ${problem} (please report this as a repro-gate bug)`);
    return written.report;
}


/***/ }),

/***/ 11068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XN: () => (/* binding */ DeterminismLevels),
/* harmony export */   c$: () => (/* binding */ CommentPolicies),
/* harmony export */   dX: () => (/* binding */ Modes),
/* harmony export */   pd: () => (/* binding */ Input)
/* harmony export */ });
/* unused harmony export Output */
/**
 * Input and output names live here once, so a rename is one edit (action.yml, the CLI
 * flags and the README table are checked against this list by tests).
 */
const Input = {
    Mode: 'mode',
    Command: 'command',
    Runs: 'runs',
    Seed: 'seed',
    Determinism: 'determinism',
    Metrics: 'metrics',
    Tolerance: 'tolerance',
    Tolerances: 'tolerances',
    Ignore: 'ignore',
    Artifacts: 'artifacts',
    WorkingDirectory: 'working-directory',
    TimeoutMinutes: 'timeout-minutes',
    FailOnDrift: 'fail-on-drift',
    ReportPath: 'report-path',
    // provenance
    Python: 'python',
    Images: 'images',
    Lockfiles: 'lockfiles',
    Data: 'data',
    Snapshot: 'snapshot',
    // the reviewer's view
    Comment: 'comment',
    CommentKey: 'comment-key',
    CommentAuthor: 'comment-author',
    GithubToken: 'github-token',
    CheckName: 'check-name',
    AllowPullRequestTarget: 'allow-pull-request-target-i-understand-the-risk',
    // baselines and matrix
    Baseline: 'baseline',
    BaselineKey: 'baseline-key',
    BaselineTolerance: 'baseline-tolerance',
    FailOnBaselineDrift: 'fail-on-baseline-drift',
    ReferenceLeg: 'reference-leg',
    ReportArtifact: 'report-artifact'
};
const Output = {
    Verdict: 'verdict',
    Reproducible: 'reproducible',
    Drifted: 'drifted',
    DriftedCount: 'drifted-count',
    ReportPath: 'report-path',
    CommentUrl: 'comment-url',
    BaselineVerdict: 'baseline-verdict'
};
const Modes = ['gate', 'record', 'compare', 'publish'];
const DeterminismLevels = ['seeds', 'strict', 'off'];
const CommentPolicies = ['always', 'on-drift', 'never'];


/***/ }),

/***/ 18028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ readInputs)
/* harmony export */ });
/* unused harmony export defaultCommentKey */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91988);
/* harmony import */ var _compare_patterns_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94824);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11068);





const MAX_SEED = 4294967295;
function list(raw) {
    return raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
function oneOf(name, raw, allowed, fallback) {
    const value = raw.trim() === '' ? fallback : raw.trim();
    if (allowed.includes(value))
        return value;
    throw new _compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${name}: got "${raw}", expected one of: ${allowed.join(', ')}`);
}
function bool(name, raw, fallback) {
    const value = raw.trim().toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new _compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${name}: got "${raw}", expected true or false`);
}
function integer(name, raw, fallback, min, max) {
    const text = raw.trim();
    if (text === '')
        return fallback;
    if (!/^[+-]?\d+$/.test(text) || Number(text) < min || Number(text) > max) {
        throw new _compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${name}: got "${raw}", expected a whole number from ${min} to ${max}`);
    }
    return Number(text);
}
function resolveFrom(base, p) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(p) ? node_path__WEBPACK_IMPORTED_MODULE_1__.normalize(p) : node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(base, p);
}
/** The default comment key: workflow file plus job id, so two gates in one PR keep two comments. */
function defaultCommentKey(env) {
    const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
    const file = workflowRef.split('@')[0]?.split('/').pop() ?? '';
    const workflow = (file || env.GITHUB_WORKFLOW || 'local').replace(/\.ya?ml$/, '');
    const job = env.GITHUB_JOB || 'repro-gate';
    return `${workflow}-${job}`.replace(/[^A-Za-z0-9._-]+/g, '-');
}
/**
 * Reads and validates every input. Throws InputError naming the input, the value received and
 * what is accepted; paths resolve as documented: working-directory against GITHUB_WORKSPACE
 * (or the current directory), every other path against working-directory.
 */
function readInputs(source, env = process.env) {
    const get = (name) => source.get(name) ?? '';
    const mode = oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Mode, get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Mode), _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Modes */ .dX, 'gate');
    const command = get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Command).trim();
    const needsCommand = mode === 'gate' || mode === 'record';
    if (needsCommand && command === '') {
        throw new _compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Command}: required, e.g. "python train.py" (it runs with bash -e -o pipefail -c)`);
    }
    const runsRaw = get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Runs);
    const runs = integer(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Runs, runsRaw, 2, -Infinity, Infinity);
    if (runs < 2 || runs > 100) {
        throw new _compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Runs}: got "${runsRaw}", expected a whole number from 2 to 100 (one run proves nothing about reproducibility)`);
    }
    const seed = integer(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Seed, get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Seed), 42, 0, MAX_SEED);
    const determinism = oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Determinism, get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Determinism), _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .DeterminismLevels */ .XN, 'seeds');
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const wdRaw = get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.WorkingDirectory).trim() || '.';
    const workingDirectory = resolveFrom(workspace, wdRaw);
    let stat;
    try {
        stat = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(workingDirectory);
    }
    catch {
        stat = undefined;
    }
    if (!stat?.isDirectory()) {
        throw new _compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.WorkingDirectory}: "${wdRaw}" resolves to ${workingDirectory}, which is not an existing directory (did the checkout step run?)`);
    }
    const metricsRaw = get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Metrics).trim() || 'metrics.json';
    const tolerance = (0,_compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTolerance */ .BL)(get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Tolerance), _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Tolerance);
    const ignore = list(get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Ignore));
    ignore.forEach((p) => (0,_compare_patterns_js__WEBPACK_IMPORTED_MODULE_3__/* .compileMetricPattern */ .c)(p));
    const timeoutRaw = get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.TimeoutMinutes).trim();
    let timeoutMinutes = null;
    if (timeoutRaw !== '') {
        const n = Number(timeoutRaw);
        if (!Number.isFinite(n) || n <= 0) {
            throw new _compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.TimeoutMinutes}: got "${timeoutRaw}", expected a positive number of minutes (e.g. 30 or 0.5)`);
        }
        timeoutMinutes = n;
    }
    const commentKey = get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.CommentKey).trim() || defaultCommentKey(env);
    const baselineToleranceRaw = get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.BaselineTolerance);
    const checkName = get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.CheckName).trim();
    return {
        mode,
        command,
        runs,
        seed,
        determinism,
        metrics: resolveFrom(workingDirectory, metricsRaw),
        tolerance,
        tolerances: (0,_compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToleranceRules */ .Sd)(get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Tolerances), _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Tolerances),
        ignore,
        artifacts: list(get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Artifacts)),
        workingDirectory,
        timeoutMinutes,
        failOnDrift: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.FailOnDrift, get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.FailOnDrift), true),
        reportPath: resolveFrom(workingDirectory, get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.ReportPath).trim() || 'repro-report.json'),
        python: get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Python).trim() || (process.platform === 'win32' ? 'python' : 'python3'),
        images: list(get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Images)),
        lockfiles: list(get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Lockfiles)),
        data: list(get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Data)),
        snapshot: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Snapshot, get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Snapshot), true),
        comment: oneOf(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Comment, get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Comment), _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .CommentPolicies */ .c$, 'always'),
        commentKey,
        commentAuthor: get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.CommentAuthor).trim() || null,
        githubToken: get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.GithubToken).trim(),
        checkName: checkName === '' ? null : checkName,
        allowPullRequestTarget: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.AllowPullRequestTarget, get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.AllowPullRequestTarget), false),
        baseline: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Baseline, get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Baseline), true),
        baselineKey: (get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.BaselineKey).trim() || commentKey).replace(/,/g, '-').slice(0, 200),
        baselineTolerance: baselineToleranceRaw.trim() === '' ? tolerance : (0,_compare_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTolerance */ .BL)(baselineToleranceRaw, _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.BaselineTolerance),
        failOnBaselineDrift: bool(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.FailOnBaselineDrift, get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.FailOnBaselineDrift), false),
        referenceLeg: get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.ReferenceLeg).trim() || null,
        reportArtifact: get(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.ReportArtifact).trim() || 'repro-report'
    };
}


/***/ }),

/***/ 95066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ decideVerdict),
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   eP: () => (/* binding */ reportInputs)
/* harmony export */ });
/* harmony import */ var _compare_compareRuns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(662);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2563);



/** The inputs as recorded: resolved, and without anything secret (the token is not an input of the run). */
function reportInputs(inputs) {
    return {
        command: inputs.command,
        runs: inputs.runs,
        seed: inputs.seed,
        determinism: inputs.determinism,
        metrics: inputs.metrics,
        tolerance: inputs.tolerance,
        tolerances: inputs.tolerances,
        ignore: inputs.ignore,
        artifacts: inputs.artifacts,
        workingDirectory: inputs.workingDirectory,
        timeoutMinutes: inputs.timeoutMinutes,
        failOnDrift: inputs.failOnDrift,
        reportPath: inputs.reportPath
    };
}
/** The verdict: any error wins over drift, drift over reproducible. */
function decideVerdict(errors, drifted) {
    if (errors.length > 0)
        return 'error';
    return drifted.length > 0 ? 'drift' : 'reproducible';
}
/**
 * Compares the runs and assembles the report. Runs that failed are left out of the comparison
 * (their failure is the finding), so a crash never also shows up as spurious drift.
 */
function buildReport(args) {
    const { inputs, plan, runs, snapshot, context, startedAt } = args;
    const errors = runs.records.flatMap((r) => (r.error ? [{ run: r.index, message: r.error }] : []));
    if (runs.skipped > 0 && runs.records.length > 0) {
        const last = runs.records[runs.records.length - 1];
        const why = last.cancelled ? 'the job was cancelled' : `run ${last.index} failed`;
        errors.push({ run: null, message: `${runs.skipped} of ${plan.runs} runs were not started because ${why}` });
    }
    errors.push(...(args.extraErrors ?? []));
    const comparable = runs.metrics.filter((m, i) => m !== null && runs.records[i].error === null);
    const metrics = comparable.length >= 2 ? (0,_compare_compareRuns_js__WEBPACK_IMPORTED_MODULE_0__/* .compareRuns */ .qB)(comparable, inputs) : [];
    const cleanRuns = runs.records.filter((r) => r.error === null);
    const artifacts = cleanRuns.length >= 2 ? (0,_compare_compareRuns_js__WEBPACK_IMPORTED_MODULE_0__/* .compareArtifacts */ .Tu)(cleanRuns.map((r) => r.artifacts)) : [];
    const drifted = [
        ...metrics.filter((m) => m.status === 'drift').map((m) => ({ kind: 'metric', name: m.name })),
        ...artifacts.filter((a) => a.status === 'drift').map((a) => ({ kind: 'artifact', name: a.path }))
    ];
    const verdict = decideVerdict(errors, drifted);
    const report = {
        schemaVersion: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SCHEMA_VERSION */ .f,
        tool: { name: 'repro-gate', version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x },
        mode: inputs.mode === 'record' ? 'record' : 'gate',
        verdict,
        reproducible: verdict === 'reproducible',
        createdAt: new Date().toISOString(),
        durationMs: Date.now() - startedAt,
        inputs: reportInputs(inputs),
        context,
        seeds: plan.seeds,
        runs: runs.records,
        metrics,
        artifacts,
        drifted,
        errors
    };
    if (snapshot) {
        report.environment = snapshot.environment;
        report.lockfiles = snapshot.lockfiles;
    }
    return report;
}


/***/ }),

/***/ 70301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ readEventPayload),
/* harmony export */   u: () => (/* binding */ readReportContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** The event payload (GITHUB_EVENT_PATH), or {} outside Actions or when unreadable. */
function readEventPayload(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (!file)
        return {};
    try {
        const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        return parsed !== null && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}
function field(obj, ...keys) {
    let cur = obj;
    for (const key of keys) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[key];
    }
    return cur;
}
/** Where the report was made, from the runner's GITHUB_* variables and the event payload. */
function readReportContext(env, payload = readEventPayload(env)) {
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || null;
    const runId = env.GITHUB_RUN_ID || null;
    const runAttempt = env.GITHUB_RUN_ATTEMPT || null;
    const prNumber = field(payload, 'pull_request', 'number') ?? field(payload, 'number');
    const headSha = field(payload, 'pull_request', 'head', 'sha');
    return {
        repository,
        sha: env.GITHUB_SHA || null,
        ref: env.GITHUB_REF || null,
        headSha: typeof headSha === 'string' ? headSha : null,
        eventName: env.GITHUB_EVENT_NAME || null,
        pullRequest: typeof prNumber === 'number' && field(payload, 'pull_request') !== undefined ? prNumber : null,
        runId,
        runAttempt,
        job: env.GITHUB_JOB || null,
        serverUrl,
        runUrl: repository && runId
            ? `${serverUrl}/${repository}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ''}`
            : null
    };
}


/***/ }),

/***/ 89667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gc: () => (/* binding */ renderMarkdown),
  Sw: () => (/* binding */ verdictTitle)
});

// UNUSED EXPORTS: DEFAULT_MAX_BYTES, MAX_CHARTS, MAX_RUN_COLUMNS

// EXTERNAL MODULE: ./src/report/render/numbers.ts
var numbers = __webpack_require__(31089);
// EXTERNAL MODULE: ./src/report/render/escape.ts
var render_escape = __webpack_require__(70752);
;// CONCATENATED MODULE: ./src/report/render/document.ts
/**
 * The rendered report as sections of text and tables, so it can be fitted under a size cap by
 * cutting the least important table rows first (with a note saying how many and where the full
 * report is) instead of truncating the Markdown in the middle of a table or a `<details>` block.
 */
const bytes = (s) => Buffer.byteLength(s, 'utf8');
function table(header, align, rows, cutPriority, noun) {
    const head = `| ${header.join(' | ')} |\n|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`;
    return { kind: 'table', header: head, rows: rows.map((r) => `| ${r.join(' | ')} |`), cutPriority, noun };
}
function cutNote(t, cut, options) {
    const n = cut.toLocaleString('en-US');
    const noun = cut === 1 ? (t.nounOne ?? t.noun.replace(/s$/, '')) : t.noun;
    return options.note(`${n} more ${noun} not shown (size limit); the full list is in ${options.fullReportAt}.`);
}
function renderTable(t, keep, options) {
    const cut = t.rows.length - keep;
    if (keep >= t.rows.length)
        return [t.header, ...t.rows].join('\n');
    if (keep <= 0)
        return cutNote(t, cut, options);
    return [t.header, ...t.rows.slice(0, keep)].join('\n') + '\n\n' + cutNote(t, cut, options);
}
function assemble(sections, keep, dropped, options) {
    const parts = [];
    for (const section of sections) {
        if (dropped.has(section))
            continue;
        for (const block of section.blocks) {
            parts.push(typeof block === 'string' ? block : renderTable(block, keep.get(block) ?? block.rows.length, options));
        }
    }
    if (dropped.size > 0) {
        parts.push(options.note(`${dropped.size} section(s) left out (size limit); the full report is in ${options.fullReportAt}.`));
    }
    return parts.join('\n\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
/** Cuts a string to at most `max` UTF-8 bytes at a line boundary, closing any open `<details>`. */
function hardCut(text, max, options) {
    const note = '\n\n' + options.note(`cut at the size limit; the full report is in ${options.fullReportAt}.`) + '\n';
    const closer = '\n\n</details>';
    let budget = max - bytes(note);
    const buf = Buffer.from(text, 'utf8');
    let cut = buf.subarray(0, Math.max(0, budget)).toString('utf8').replace(/\uFFFD$/, '');
    cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    // Close the fence and details we opened; untrusted text cannot contain either (it is escaped).
    const fences = cut.match(/^`{3,}/gm) ?? [];
    const openFence = fences.length % 2 === 1 ? `\n${fences[fences.length - 1]}` : '';
    const opens = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
    const tail = openFence + closer.repeat(Math.max(0, opens));
    budget -= bytes(tail);
    while (bytes(cut) > budget && cut.length > 0)
        cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
    return cut + tail + note;
}
/**
 * Joins the sections into one document of at most `maxBytes` UTF-8 bytes. When too big: cut table
 * rows (highest cutPriority first), then drop whole optional sections (highest dropOrder first),
 * and only then cut the text itself at a line boundary.
 */
function fitDocument(sections, options) {
    const keep = new Map();
    const dropped = new Set();
    let text = assemble(sections, keep, dropped, options);
    if (bytes(text) <= options.maxBytes)
        return text;
    // Big tables first (in priority order), then the rest: cutting a table of three rows frees less
    // than its note costs, so small tables are only cut when the big ones were not enough.
    const all = sections
        .flatMap((s) => s.blocks.filter((b) => typeof b !== 'string'))
        .sort((a, b) => b.cutPriority - a.cutPriority);
    const isBig = (t) => t.rows.reduce((n, r) => n + bytes(r) + 1, 0) > 4 * bytes(cutNote(t, t.rows.length, options));
    const tables = [...all.filter(isBig), ...all.filter((t) => !isBig(t))];
    for (const t of tables) {
        let over = bytes(text) - options.maxBytes;
        if (over <= 0)
            break;
        // The note costs bytes too; reserve them before counting rows.
        over += bytes(cutNote(t, t.rows.length, options)) + 2;
        let k = t.rows.length;
        while (k > 0 && over > 0) {
            k--;
            over -= bytes(t.rows[k] ?? '') + 1;
        }
        if (k === 0)
            over -= bytes(t.header) + 1;
        keep.set(t, k);
        text = assemble(sections, keep, dropped, options);
    }
    const droppable = sections.filter((s) => s.dropOrder !== undefined).sort((a, b) => (b.dropOrder ?? 0) - (a.dropOrder ?? 0));
    for (const s of droppable) {
        if (bytes(text) <= options.maxBytes)
            break;
        dropped.add(s);
        text = assemble(sections, keep, dropped, options);
    }
    return bytes(text) <= options.maxBytes ? text : hardCut(text, options.maxBytes, options);
}

;// CONCATENATED MODULE: ./src/report/render/context.ts

function renderContext(report, target) {
    const html = target !== 'terminal';
    const runUrl = (0,render_escape/* safeUrl */.Pl)(report.context.runUrl);
    return {
        target,
        html,
        esc: (0,render_escape/* escaperFor */.rC)(target),
        link: (text, url) => {
            const safe = (0,render_escape/* safeUrl */.Pl)(url);
            if (!safe)
                return text;
            return html ? `[${text}](${safe})` : `${text} (${safe})`;
        },
        runUrl
    };
}
/** A collapsible section on GitHub, a plain heading in a terminal. `title` is trusted text. */
function collapsible(ctx, title, body) {
    if (!ctx.html)
        return [`#### ${title}`, ...body];
    return [`<details>\n<summary>${title}</summary>`, ...body, '</details>'];
}

;// CONCATENATED MODULE: ./src/report/render/mermaid.ts
/** Charts only help with at least this many runs: two points make a line that says nothing. */
const MIN_RUNS_FOR_CHART = 3;
function fixed(v, decimals) {
    return v.toFixed(decimals).replace(/^-(0\.?0*)$/, '$1');
}
/** The title: Mermaid strings end at `"`, so keep letters, digits and a few separators only. */
function chartTitle(name) {
    const safe = name.replace(/[^A-Za-z0-9 ._/:=+-]/g, '_').slice(0, 60);
    return safe.trim() === '' ? 'metric' : safe;
}
/**
 * The chart for one metric, or null when it would not help: fewer than three runs, a value that is
 * not a finite number, all values equal, or a spread too small (relative to the values) to plot.
 */
function driftChart(metric) {
    const values = metric.values;
    if (values.length < MIN_RUNS_FOR_CHART || metric.missingIn.length > 0)
        return null;
    if (!values.every((v) => typeof v === 'number' && Number.isFinite(v)))
        return null;
    const nums = values;
    const lo = Math.min(...nums);
    const hi = Math.max(...nums);
    const spread = hi - lo;
    const scale = Math.max(Math.abs(lo), Math.abs(hi));
    if (spread === 0 || spread < scale * 1e-12 || scale >= 1e15)
        return null;
    // Enough decimals to show the spread with two significant digits, as fixed notation allows.
    const decimals = Math.min(20, Math.max(0, Math.ceil(-Math.log10(spread)) + 2));
    const pad = spread * 0.1;
    const lines = [
        '```mermaid',
        'xychart-beta',
        `  title "${chartTitle(metric.name)}"`,
        `  x-axis "run" [${nums.map((_, i) => `"${i + 1}"`).join(', ')}]`,
        `  y-axis "value" ${fixed(lo - pad, decimals)} --> ${fixed(hi + pad, decimals)}`,
        `  line [${nums.map((v) => fixed(v, decimals)).join(', ')}]`,
        '```'
    ];
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/render/baseline.ts
/** Sections comparing this run's metrics with the baseline; empty until baselines land. */
function renderBaseline(report, ctx) {
    void report;
    void ctx;
    return [];
}
/** Sections for matrix legs (`report.legs`); empty until the matrix compare mode lands. */
function renderLegs(report, ctx) {
    void report;
    void ctx;
    return [];
}

;// CONCATENATED MODULE: ./src/report/markdown.ts






/**
 * Default caps: GitHub takes 1 MiB per job-summary step and 65,536 characters per comment (a
 * UTF-8 byte cap below that is always under the character limit); a terminal has no cap.
 */
const DEFAULT_MAX_BYTES = {
    summary: 1_000_000,
    comment: 60_000,
    terminal: Number.POSITIVE_INFINITY
};
/** Per-run columns up to this many runs; beyond, the reference and the differing values. */
const MAX_RUN_COLUMNS = 8;
/** Mermaid charts drawn at most (one per drifted numeric metric, in report order). */
const MAX_CHARTS = 3;
/** Output tails shown in the job summary at most, and how much of each. */
const MAX_TAILS = 5;
const TAIL_LINES = 60;
const TAIL_CHARS = 8000;
const MAX_ERROR_ITEMS = 20;
const VERDICT_ICON = { reproducible: '✅', drift: '❌', error: '⚠️' };
const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
/** Runs planned (a failed run stops the rest, so fewer may have run). */
function runCount(report) {
    return Math.max(report.inputs.runs, report.runs.length);
}
/** Runs that ran: one table column each. */
function columnCount(report) {
    return report.runs.length || report.inputs.runs;
}
function commitSha(report) {
    return report.context.headSha ?? report.context.sha;
}
// ---------------------------------------------------------------------------------------------
// values
function cell(ctx, v, strong = false) {
    let text;
    if (v.kind === 'missing')
        text = ctx.html ? '_missing_' : 'missing';
    else if (v.kind === 'string')
        text = `"${ctx.esc(v.text, 80)}"`;
    else
        text = v.text;
    return strong && v.kind !== 'missing' ? (ctx.html ? `**${text}**` : `${text} *`) : text;
}
function deviation(m) {
    if (m.maxAbsDeviation === 0)
        return '0';
    if (m.maxAbsDeviation !== null) {
        const rel = m.maxRelDeviation !== null ? ` (rel ${(0,numbers/* formatDeviation */.vl)(m.maxRelDeviation)})` : '';
        return `${(0,numbers/* formatDeviation */.vl)(m.maxAbsDeviation)}${rel}`;
    }
    // Strings, booleans, non-finite numbers: the values beside say how they differ.
    if (m.status === 'drift')
        return m.missingIn.length ? `missing in run ${listRuns(m.missingIn)}` : 'differs';
    return '—';
}
function toleranceText(ctx, t, rule) {
    if (t === null)
        return 'exact';
    const parts = [...(t.atol ? [`atol ${(0,numbers/* formatDeviation */.vl)(t.atol)}`] : []), ...(t.rtol ? [`rtol ${(0,numbers/* formatDeviation */.vl)(t.rtol)}`] : [])];
    const base = parts.length ? parts.join(' + ') : 'exact (0)';
    return rule ? `${base} (rule ${ctx.esc(rule, 60)})` : base;
}
function metricName(ctx, name) {
    return ctx.esc(name, 200);
}
/** All runs' values in one cell: one value when they agree, else each run's. */
function valuesCell(ctx, m, n) {
    const shown = (0,numbers/* formatRunValues */.z7)(m.values, m.missingIn);
    const first = shown[0];
    if (first && shown.every((v) => v.kind === first.kind && v.text === first.text)) {
        return `${cell(ctx, first)}${n > 1 ? ` (all ${n})` : ''}`;
    }
    const drift = new Set(m.driftRuns);
    if (shown.length <= MAX_RUN_COLUMNS)
        return shown.map((v, i) => cell(ctx, v, drift.has(i + 1))).join(' · ');
    return `run 1: ${first ? cell(ctx, first) : '—'}; ${plural(new Set(shown.map((v) => v.text)).size, 'distinct value')}`;
}
function listRuns(runs, max = 10) {
    const shown = runs.slice(0, max).join(', ');
    return runs.length > max ? `${shown}, … (+${runs.length - max})` : shown;
}
// ---------------------------------------------------------------------------------------------
// sections
function verdictSection(report, ctx) {
    const n = runCount(report);
    const driftedMetrics = report.metrics.filter((m) => m.status === 'drift').length;
    const driftedArtifacts = report.artifacts.filter((a) => a.status === 'drift').length;
    const compared = report.metrics.filter((m) => m.status !== 'ignored').length;
    const ignored = report.metrics.length - compared;
    let headline;
    if (report.verdict === 'reproducible') {
        const what = [plural(compared, 'metric'), ...(report.artifacts.length ? [plural(report.artifacts.length, 'artifact')] : [])];
        headline = `Reproducible: ${n} runs agree on ${what.join(' and ')}`;
    }
    else if (report.verdict === 'drift') {
        const what = [
            ...(driftedMetrics ? [`${driftedMetrics.toLocaleString('en-US')} of ${plural(compared, 'metric')}`] : []),
            ...(driftedArtifacts ? [`${driftedArtifacts.toLocaleString('en-US')} of ${plural(report.artifacts.length, 'artifact')}`] : [])
        ];
        headline = `Drift in ${what.join(' and ') || 'the results'} across ${n} runs`;
    }
    else {
        const failed = report.runs.find((r) => runProblem(r) !== null);
        headline = failed
            ? `Error: run ${failed.index} of ${n} ${runProblem(failed)}`
            : 'Error: the runs could not be compared';
    }
    const sha = commitSha(report);
    const repo = report.context.repository;
    const commitUrl = sha && repo ? `${report.context.serverUrl}/${repo}/commit/${sha}` : null;
    const facts = [
        `**repro-gate**`,
        plural(n, 'run'),
        `seed ${report.inputs.seed}`,
        ...(sha ? [`commit ${ctx.link(`\`${(0,render_escape/* shortHash */.BC)(sha, 7)}\``, commitUrl)}`] : []),
        `determinism ${ctx.esc(report.inputs.determinism)}`,
        ...(report.context.job ? [`job ${ctx.esc(report.context.job, 60)}`] : []),
        ...(ignored ? [`${ignored} ignored`] : []),
        ...(ctx.runUrl ? [ctx.link('job log', ctx.runUrl)] : [])
    ];
    const blocks = [`### ${VERDICT_ICON[report.verdict]} ${headline}`, facts.join(' · ')];
    if (report.verdict === 'drift' && !report.inputs.failOnDrift) {
        blocks.push('fail-on-drift is false: the drift is reported and the check stays neutral.');
    }
    return { blocks };
}
function runProblem(r) {
    if (r.timedOut)
        return `timed out after ${(0,numbers/* formatDuration */.a3)(r.durationMs)}`;
    if (r.cancelled)
        return 'was cancelled';
    if (r.signal)
        return `was killed by ${r.signal.replace(/[^A-Z0-9]/gi, '')}`;
    if (r.exitCode !== null && r.exitCode !== 0)
        return `exited with code ${r.exitCode}`;
    if (r.error)
        return 'could not be compared';
    return null;
}
function errorSection(report, ctx) {
    const items = [];
    const failed = report.runs.filter((r) => runProblem(r) !== null || r.error);
    for (const r of failed) {
        const problem = runProblem(r) ?? 'failed';
        // The gate's own error often repeats the problem ("run 2 exited with code 3"): say it once.
        const detail = r.error && !r.error.includes(problem) ? `: ${ctx.esc(r.error, 500)}` : '';
        items.push(`- **Run ${r.index}** ${problem} after ${(0,numbers/* formatDuration */.a3)(r.durationMs)}${detail}`);
    }
    for (const e of report.errors) {
        const run = e.run === null ? undefined : report.runs.find((r) => r.index === e.run);
        if (run?.error === e.message)
            continue;
        items.push(`- ${e.run === null ? '' : `**Run ${e.run}**: `}${ctx.esc(e.message, 500)}`);
    }
    if (items.length === 0)
        return null;
    const shown = items.slice(0, MAX_ERROR_ITEMS);
    if (items.length > shown.length)
        shown.push(`- … and ${items.length - shown.length} more`);
    const log = ctx.runUrl ? ctx.link('job log', ctx.runUrl) : 'job log';
    const where = ctx.target === 'comment'
        ? `The experiment's output is not shown in comments; read it in the ${log}.`
        : `The full output is in the ${log}.`;
    return { blocks: ['**What failed**', shown.join('\n'), where] };
}
/** The summary only: the last lines of each failed run's output, in a fence it cannot close. */
function tailSection(report, ctx) {
    if (ctx.target !== 'summary')
        return null;
    const failed = report.runs.filter((r) => (runProblem(r) !== null || r.error) && r.outputTail.trim() !== '');
    if (failed.length === 0)
        return null;
    const blocks = [];
    for (const r of failed.slice(0, MAX_TAILS)) {
        let tail = r.outputTail.split(/\r?\n/).slice(-TAIL_LINES).join('\n');
        if (tail.length > TAIL_CHARS)
            tail = '…' + tail.slice(-TAIL_CHARS);
        blocks.push(...collapsible(ctx, `Output of run ${r.index} (last lines)`, [(0,render_escape/* codeBlock */.DV)(tail)]));
    }
    return { blocks, dropOrder: 90 };
}
function driftTable(report, ctx, drifted) {
    const n = columnCount(report);
    if (n <= MAX_RUN_COLUMNS) {
        const runCols = Array.from({ length: n }, (_, i) => (i === 0 ? 'run 1 (ref)' : `run ${i + 1}`));
        const rows = drifted.map((m) => {
            const shown = (0,numbers/* formatRunValues */.z7)(m.values, m.missingIn);
            const drift = new Set(m.driftRuns);
            const cells = Array.from({ length: n }, (_, i) => {
                const v = shown[i];
                return v ? cell(ctx, v, drift.has(i + 1)) : '—';
            });
            return [metricName(ctx, m.name), ...cells, deviation(m), toleranceText(ctx, m.tolerance, m.toleranceRule)];
        });
        return table(['metric', ...runCols, 'max deviation', 'tolerance'], ['l', ...runCols.map(() => 'r'), 'r', 'l'], rows, 10, 'drifted metrics');
    }
    const rows = drifted.map((m) => {
        const shown = (0,numbers/* formatRunValues */.z7)(m.values, m.missingIn);
        const ref = shown[0];
        const others = [...new Set(m.driftRuns.map((i) => shown[i - 1]).filter((v) => v !== undefined).map((v) => cell(ctx, v)))];
        const othersText = others.slice(0, 3).join(', ') + (others.length > 3 ? ` (+${others.length - 3})` : '');
        return [
            metricName(ctx, m.name),
            ref ? cell(ctx, ref) : '—',
            othersText || '—',
            listRuns(m.driftRuns),
            deviation(m),
            toleranceText(ctx, m.tolerance, m.toleranceRule)
        ];
    });
    return table(['metric', 'run 1 (ref)', 'differing values', 'drifted runs', 'max deviation', 'tolerance'], ['l', 'r', 'r', 'l', 'r', 'l'], rows, 10, 'drifted metrics');
}
function artifactCell(ctx, a, i) {
    const sha = a.sha256[i];
    if (sha === null || sha === undefined)
        return ctx.html ? '_missing_' : 'missing';
    const bytes = a.bytes[i];
    const text = `\`${(0,render_escape/* shortHash */.BC)(sha)}\`${bytes === null || bytes === undefined ? '' : ` ${(0,numbers/* formatBytes */.z3)(bytes)}`}`;
    return a.driftRuns.includes(i + 1) && i > 0 ? (ctx.html ? `**${text}**` : `${text} *`) : text;
}
function driftSection(report, ctx) {
    const drifted = report.metrics.filter((m) => m.status === 'drift');
    const artifacts = report.artifacts.filter((a) => a.status === 'drift');
    const sections = [];
    if (drifted.length) {
        sections.push({ blocks: [`**Drifted metrics** (run 1 is the reference; drifted values in bold)`, driftTable(report, ctx, drifted)] });
    }
    if (artifacts.length) {
        const n = columnCount(report);
        const rows = n <= MAX_RUN_COLUMNS
            ? artifacts.map((a) => [ctx.esc(a.path, 200), ...Array.from({ length: n }, (_, i) => artifactCell(ctx, a, i)), ctx.esc(a.reason ?? '', 160)])
            : artifacts.map((a) => [ctx.esc(a.path, 200), artifactCell(ctx, a, 0), listRuns(a.driftRuns), ctx.esc(a.reason ?? '', 160)]);
        const header = n <= MAX_RUN_COLUMNS
            ? ['file', ...Array.from({ length: n }, (_, i) => (i === 0 ? 'run 1 (ref)' : `run ${i + 1}`)), 'why']
            : ['file', 'run 1 (ref)', 'drifted runs', 'why'];
        sections.push({
            blocks: [`**Drifted artifacts** (sha256 and size per run)`, table(header, header.map(() => 'l'), rows, 20, 'drifted artifacts')]
        });
    }
    if (ctx.html && drifted.length) {
        const charts = drifted
            .map(driftChart)
            .filter((c) => c !== null)
            .slice(0, MAX_CHARTS);
        if (charts.length) {
            sections.push({ blocks: collapsible(ctx, `Drifted values across runs (${plural(charts.length, 'chart')})`, charts), dropOrder: 100 });
        }
    }
    return sections;
}
function allMetricsSection(report, ctx) {
    if (report.metrics.length === 0)
        return null;
    const n = columnCount(report);
    const icon = { pass: '✅', drift: '❌', ignored: '➖' };
    const rows = report.metrics.map((m) => [
        metricName(ctx, m.name),
        `${icon[m.status]} ${m.status}`,
        valuesCell(ctx, m, n),
        deviation(m),
        m.status === 'ignored' ? '—' : toleranceText(ctx, m.tolerance, m.toleranceRule)
    ]);
    const t = table(['metric', 'status', 'values', 'max deviation', 'tolerance'], ['l', 'l', 'r', 'r', 'l'], rows, 100, 'metrics');
    return { blocks: collapsible(ctx, `All metrics (${report.metrics.length.toLocaleString('en-US')})`, [t]), dropOrder: 50 };
}
function allArtifactsSection(report, ctx) {
    if (report.artifacts.length === 0)
        return null;
    const rows = report.artifacts.map((a) => [
        ctx.esc(a.path, 200),
        a.status === 'pass' ? '✅ same' : '❌ differs',
        artifactCell(ctx, a, 0),
        a.status === 'drift' ? `${a.driftRuns.length === 1 ? 'run' : 'runs'} ${listRuns(a.driftRuns)}` : '—'
    ]);
    const t = table(['file', 'status', 'run 1', 'drifted runs'], ['l', 'l', 'l', 'l'], rows, 70, 'artifacts');
    return { blocks: collapsible(ctx, `Artifacts (${report.artifacts.length})`, [t]), dropOrder: 40 };
}
function runsSection(report, ctx) {
    if (report.runs.length === 0)
        return null;
    const rows = report.runs.map((r) => {
        const problem = runProblem(r);
        const result = problem ? `❌ ${problem}` : '✅ exit 0';
        const metrics = r.metrics ? plural(Object.keys(r.metrics).length, 'metric') : 'none';
        return [String(r.index), result, (0,numbers/* formatDuration */.a3)(r.durationMs), metrics, `${plural(r.artifacts.length, 'file')}`];
    });
    const t = table(['run', 'result', 'duration', 'metrics read', 'artifacts'], ['r', 'l', 'r', 'l', 'l'], rows, 60, 'runs');
    return { blocks: collapsible(ctx, `Runs (${report.runs.length})`, [t]), dropOrder: 30 };
}
function probed(ctx, p, ok) {
    return p.status === 'ok' ? ok(p) : `unavailable: ${ctx.esc(p.reason, 200)}`;
}
function environmentSection(env, ctx) {
    const e = ctx.esc;
    const rows = [];
    rows.push(['fingerprint', env.fingerprint ? `\`${(0,render_escape/* shortHash */.BC)(env.fingerprint, 16)}\`` : '—']);
    rows.push([
        'CPU',
        probed(ctx, env.hardware, (h) => {
            const flags = h.cpu.flags.length ? `; ${e(h.cpu.flags.join(' '), 120)}` : '';
            return `${e(h.cpu.model || 'unknown', 100)} (${e(h.cpu.vendor || '?', 40)}), ${h.cpu.physicalCores} cores / ${h.cpu.logicalCores} threads${flags}`;
        })
    ]);
    if (env.hardware.status === 'ok') {
        const h = env.hardware;
        rows.push(['memory', `${(0,numbers/* formatBytes */.z3)(h.memoryBytes)}${h.virtualization ? `, ${e(h.virtualization, 40)}` : ''}`]);
    }
    rows.push([
        'GPU',
        probed(ctx, env.gpu, (g) => {
            if (g.devices.length === 0)
                return 'none';
            const counts = new Map();
            for (const d of g.devices) {
                const key = `${d.name}${d.memoryMiB ? ` (${(0,numbers/* formatBytes */.z3)(d.memoryMiB * 1024 * 1024)})` : ''}`;
                counts.set(key, (counts.get(key) ?? 0) + 1);
            }
            const devices = [...counts].map(([name, c]) => `${c} × ${e(name, 80)}`).join(', ');
            const versions = [
                g.driverVersion ? `driver ${e(g.driverVersion, 30)}` : null,
                g.cudaDriverVersion ? `CUDA ${e(g.cudaDriverVersion, 20)} (driver)` : null,
                g.cudaToolkitVersion ? `CUDA toolkit ${e(g.cudaToolkitVersion, 20)}` : null
            ].filter((x) => x !== null);
            return [devices, ...versions].join('; ');
        })
    ]);
    rows.push(['OS', probed(ctx, env.os, (o) => `${e(o.distro || o.platform, 60)} ${e(o.release, 40)} (${e(o.arch, 20)}), kernel ${e(o.kernel, 60)}`)]);
    const r = env.runner;
    const runnerBits = [
        r.name ? e(r.name, 60) : null,
        r.os || r.arch ? e([r.os, r.arch].filter(Boolean).join('/'), 40) : null,
        r.imageOS || r.imageVersion ? `image ${e([r.imageOS, r.imageVersion].filter(Boolean).join(' '), 60)}` : null,
        r.environment ? e(r.environment, 40) : null,
        r.imageDataSha256 ? `image data \`${(0,render_escape/* shortHash */.BC)(r.imageDataSha256)}\`` : null
    ].filter((x) => x !== null);
    rows.push(['runner', runnerBits.join(' · ') || 'not on a GitHub runner']);
    rows.push([
        'container',
        probed(ctx, env.container, (c) => {
            if (!c.inContainer)
                return 'not in a container';
            const how = c.detectedBy ? ` (${e(c.detectedBy, 30)})` : '';
            const img = c.jobImage ? `; image ${c.jobImage.digest ? (0,render_escape/* digest */.br)(c.jobImage.digest, e) : e(c.jobImage.reference, 160)}` : '';
            return `in a container${how}${img}`;
        })
    ]);
    if (env.container.status === 'ok') {
        for (const img of env.container.images.slice(0, 20)) {
            rows.push([`image ${e(img.reference, 80)}`, img.digest ? (0,render_escape/* digest */.br)(img.digest, e) : `digest unknown: ${e(img.reason ?? '?', 120)}`]);
        }
    }
    rows.push([
        'Python',
        probed(ctx, env.toolchains.python, (p) => {
            const conda = p.conda ? `; conda ${e(p.conda, 40)}` : '';
            return `${e(p.version, 40)} (${e(p.executable, 120)}); ${plural(p.distributions.length, 'package')} installed${conda}`;
        })
    ]);
    if (env.toolchains.python.status === 'ok') {
        const f = env.toolchains.python.frameworks;
        const parts = [
            f.torch ? `torch ${e(f.torch.version, 30)}${f.torch.cuda ? ` (CUDA ${e(f.torch.cuda, 20)}${f.torch.cudnn ? `, cuDNN ${e(f.torch.cudnn, 20)}` : ''})` : ''}` : null,
            f.tensorflow ? `tensorflow ${e(f.tensorflow.version, 30)}` : null,
            f.jax ? `jax ${e(f.jax.version, 30)}` : null,
            f.numpy ? `numpy ${e(f.numpy.version, 30)}` : null
        ].filter((x) => x !== null);
        if (parts.length)
            rows.push(['frameworks', parts.join(' · ')]);
    }
    rows.push(['Node.js', e(env.toolchains.node, 30)]);
    const math = Object.entries(env.mathEnv);
    if (math.length)
        rows.push(['math env', math.slice(0, 20).map(([k, v]) => `${e(k, 40)}=${e(v, 40)}`).join(', ')]);
    for (const w of env.warnings.slice(0, 10))
        rows.push(['⚠️ warning', e(w, 200)]);
    const blocks = [table(['component', 'recorded'], ['l', 'l'], rows, 15, 'environment rows')];
    if (env.data.length) {
        const dataRows = env.data.map((d) => [e(d.path, 200), `\`${(0,render_escape/* shortHash */.BC)(d.sha256)}\``, (0,numbers/* formatBytes */.z3)(d.bytes)]);
        blocks.push(`Data files (${env.data.length}):`, table(['file', 'sha256', 'size'], ['l', 'l', 'r'], dataRows, 90, 'data files'));
    }
    return { blocks: collapsible(ctx, 'Environment', blocks), dropOrder: 20 };
}
function lockfilesSection(lockfiles, ctx) {
    if (lockfiles.length === 0)
        return null;
    const rows = lockfiles.map((l) => {
        let pinned;
        if (l.error)
            pinned = `⚠️ could not parse: ${ctx.esc(l.error, 160)}`;
        else if (l.unpinned.length === 0)
            pinned = '✅ all pinned';
        else {
            const names = l.unpinned.slice(0, 5).map((u) => ctx.esc(`${u.name}${u.spec ? ` ${u.spec}` : ''}`, 60));
            pinned = `⚠️ ${l.unpinned.length} unpinned: ${names.join(', ')}${l.unpinned.length > 5 ? ', …' : ''}`;
        }
        return [ctx.esc(l.path, 200), ctx.esc(l.format, 30), String(l.packageCount), pinned];
    });
    const unpinned = lockfiles.filter((l) => l.unpinned.length > 0).length;
    const title = `Lockfiles (${lockfiles.length}${unpinned ? `, ${unpinned} with unpinned dependencies` : ''})`;
    const t = table(['file', 'format', 'packages', 'pinned'], ['l', 'l', 'r', 'l'], rows, 80, 'lockfiles');
    return { blocks: collapsible(ctx, title, [t]), dropOrder: 25 };
}
function seedsSection(report, ctx) {
    const set = Object.entries(report.seeds.set);
    const kept = Object.entries(report.seeds.keptFromUser);
    if (set.length + kept.length === 0)
        return null;
    const rows = [
        ...set.map(([k, v]) => [ctx.esc(k, 60), ctx.esc(v, 80), 'set by repro-gate']),
        ...kept.map(([k, v]) => [ctx.esc(k, 60), ctx.esc(v, 80), 'already set by you (kept)'])
    ];
    const t = table(['variable', 'value', 'source'], ['l', 'l', 'l'], rows, 50, 'seed variables');
    return { blocks: collapsible(ctx, `Seed variables (${rows.length})`, [t]), dropOrder: 10 };
}
function reportFileName(report) {
    return report.inputs.reportPath.split(/[\\/]/).pop() || 'repro-report.json';
}
function footer(report, ctx) {
    const text = `repro-gate ${ctx.esc(report.tool.version, 20)} · report file ${ctx.esc(reportFileName(report), 80)} · ${ctx.esc(report.createdAt, 40)} · ${(0,numbers/* formatDuration */.a3)(report.durationMs)}`;
    return { blocks: [ctx.html ? `<sub>${text}</sub>` : text] };
}
function fullReportAt(report, ctx) {
    const file = ctx.esc(reportFileName(report), 80);
    if (ctx.target === 'comment') {
        return `the ${ctx.runUrl ? ctx.link('job summary', ctx.runUrl) : 'job summary'} and the report file ${file} (workflow artifact)`;
    }
    if (ctx.target === 'summary')
        return `the report file ${file} (workflow artifact)`;
    return `the report file ${ctx.esc(report.inputs.reportPath, 300)}`;
}
/** Renders the report as GitHub-flavoured Markdown, drifted metrics first. Pure. */
function renderMarkdown(report, options) {
    const ctx = renderContext(report, options.target);
    const sections = [verdictSection(report, ctx)];
    const push = (s) => {
        if (s)
            sections.push(s);
    };
    push(errorSection(report, ctx));
    sections.push(...driftSection(report, ctx));
    // Comparison with the default branch's baseline slots in right under the drift tables.
    sections.push(...renderBaseline(report, ctx));
    sections.push(...renderLegs(report, ctx));
    push(tailSection(report, ctx));
    push(allMetricsSection(report, ctx));
    push(allArtifactsSection(report, ctx));
    push(runsSection(report, ctx));
    if (report.environment)
        sections.push(environmentSection(report.environment, ctx));
    if (report.lockfiles)
        push(lockfilesSection(report.lockfiles, ctx));
    push(seedsSection(report, ctx));
    sections.push(footer(report, ctx));
    return fitDocument(sections, {
        maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES[options.target],
        fullReportAt: fullReportAt(report, ctx),
        note: (text) => (ctx.html ? `_✂️ ${text}_` : `(${text})`)
    });
}
/** The verdict in one line (check-run title, CLI status line): same words as the Markdown heading. */
function verdictTitle(report) {
    const heading = verdictSection(report, renderContext(report, 'terminal')).blocks[0];
    return typeof heading === 'string' ? heading.replace(/^###\s*/, '') : report.verdict;
}


/***/ }),

/***/ 20649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lY: () => (/* binding */ createRedactor)
/* harmony export */ });
/* unused harmony exports MASK, MIN_SECRET_LENGTH, isSecretVariable */
const MASK = '***';
/** Variable names whose values are treated as secrets. */
const SECRET_NAME = /TOKEN|SECRET|KEY|PASSWORD|PASSWD|PASSPHRASE|CREDENTIAL|PRIVATE|AUTH|COOKIE|SESSION|WEBHOOK|(?:^|_)DSN(?:_|$)|(?:^|_)PASS(?:_|$)|(?:^|_)PWD$/i;
/** Names that match the pattern above but hold no secret (a path, a socket, the current directory). */
const NOT_SECRET_NAME = new Set(['PWD', 'OLDPWD', 'XAUTHORITY', 'SSH_AUTH_SOCK', 'GPG_AGENT_INFO', 'KEYTIMEOUT']);
/** Values too common to mask: replacing every `true` in a report would mangle it and protect nothing. */
const BORING_VALUE = /^(?:true|false|yes|no|on|off|null|none|undefined|default|enabled|disabled|[-+]?\d+(?:\.\d+)?)$/i;
/** A secret value must be at least this long to be masked (shorter ones match ordinary text). */
const MIN_SECRET_LENGTH = 6;
/**
 * Credential shapes masked wherever they appear, whatever variable (if any) they came from.
 * Each alternative starts with a literal, so a megabyte of ordinary text is scanned in milliseconds.
 */
const CREDENTIAL_PATTERNS = [
    // PEM private keys, the whole block (to the end of the text when the END line was cut off)
    String.raw `-----BEGIN[A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z0-9 ]*PRIVATE KEY-----|$)`,
    // GitHub tokens: classic (ghp_), OAuth (gho_), user-to-server (ghu_), server-to-server (ghs_), refresh (ghr_), fine-grained
    String.raw `\bgh[pousr]_[A-Za-z0-9]{20,255}\b`,
    String.raw `\bgithub_pat_[A-Za-z0-9_]{20,255}`,
    // AWS access key ids (long-term AKIA, temporary ASIA)
    String.raw `\b(?:AKIA|ASIA)[A-Z0-9]{16}\b`,
    // Slack tokens
    String.raw `\bxox[baprs]-[A-Za-z0-9-]{10,}`,
    // Google API keys
    String.raw `\bAIza[0-9A-Za-z_-]{35}`,
    // JSON Web Tokens: header.payload.signature, base64url
    String.raw `\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}`
];
/** Patterns that keep a prefix (group 1) and mask what follows. */
const PREFIXED_PATTERNS = [
    // Authorization headers and "Bearer <token>" wherever it is
    // (a token has a digit somewhere: "Bearer authentication" in prose stays)
    String.raw `(\bBearer\s+)(?=[A-Za-z._~+/=-]*[0-9])[A-Za-z0-9._~+/=-]{12,}`,
    String.raw `(\bAuthorization:\s*(?:Basic|token|Bearer)\s+)[A-Za-z0-9._~+/=-]{8,}`,
    // Passwords in URLs: scheme://user:password@host
    String.raw `(\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@]+:)[^/\s@]+(?=@)`
];
const CREDENTIALS = new RegExp(CREDENTIAL_PATTERNS.join('|'), 'g');
const PREFIXED = new RegExp(PREFIXED_PATTERNS.map((p) => `(?:${p})`).join('|'), 'g');
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Whether a variable's value is masked: a secret-looking name and a value long and unusual enough. */
function isSecretVariable(name, value) {
    if (value === undefined || value.trim().length < MIN_SECRET_LENGTH)
        return false;
    if (NOT_SECRET_NAME.has(name.toUpperCase()) || !SECRET_NAME.test(name))
        return false;
    return !BORING_VALUE.test(value.trim());
}
/** Builds the redactor from the environment: values of secret-looking variables plus credential shapes. */
function createRedactor(env = process.env) {
    const values = new Set();
    for (const [name, value] of Object.entries(env)) {
        if (!isSecretVariable(name, value))
            continue;
        values.add(value);
        // A multi-line secret may be printed a line at a time, or trimmed.
        if (value.trim() !== value)
            values.add(value.trim());
        for (const line of value.split(/\r?\n/))
            if (line.trim().length >= MIN_SECRET_LENGTH)
                values.add(line.trim());
    }
    // Longest first, so a value that contains another is masked whole.
    const literals = [...values].sort((a, b) => b.length - a.length);
    const literal = literals.length > 0 ? new RegExp(literals.map(escapeRegExp).join('|'), 'g') : null;
    const text = (value) => {
        if (value.length < MIN_SECRET_LENGTH)
            return value;
        let out = literal ? value.replace(literal, MASK) : value;
        out = out.replace(CREDENTIALS, MASK);
        out = out.replace(PREFIXED, (_match, ...groups) => {
            const prefix = groups.slice(0, PREFIXED_PATTERNS.length).find((g) => typeof g === 'string');
            return typeof prefix === 'string' ? prefix + MASK : MASK;
        });
        return out;
    };
    const deep = (value) => {
        const seen = new WeakMap();
        const walk = (v) => {
            if (typeof v === 'string')
                return text(v);
            if (v === null || typeof v !== 'object')
                return v;
            if (seen.has(v))
                return seen.get(v);
            if (Array.isArray(v)) {
                const copy = [];
                seen.set(v, copy);
                for (const item of v)
                    copy.push(walk(item));
                return copy;
            }
            if (v instanceof Map) {
                const copy = new Map();
                seen.set(v, copy);
                for (const [k, item] of v)
                    copy.set(walk(k), walk(item));
                return copy;
            }
            if (v instanceof Set) {
                const copy = new Set();
                seen.set(v, copy);
                for (const item of v)
                    copy.add(walk(item));
                return copy;
            }
            if (v instanceof Date)
                return new Date(v.getTime());
            if (Buffer.isBuffer(v) || ArrayBuffer.isView(v))
                return v;
            const copy = {};
            seen.set(v, copy);
            for (const [k, item] of Object.entries(v))
                copy[text(k)] = walk(item);
            return copy;
        };
        return walk(value);
    };
    return { text, deep };
}


/***/ }),

/***/ 70752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   br: () => (/* binding */ digest),
/* harmony export */   mG: () => (/* binding */ inline),
/* harmony export */   rC: () => (/* binding */ escaperFor),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export plain */
/**
 * Everything that comes from the experiment (metric names, string values, file names, error text,
 * output) is untrusted. These helpers make it inert in GitHub-flavoured Markdown: no HTML, no
 * links or images, no table breaks, no @-mentions, no math, no code blocks and no way to close the
 * `<details>` blocks around it.
 */
// C0/C1 controls (ANSI escapes start with ESC or CSI), DEL, and the bidi overrides that can make
// text read differently from what it is (Trojan Source).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ZWSP = '\u200B';
/** Cuts a string to at most `max` characters (code points), marking the cut with an ellipsis. */
function truncate(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}
/** Removes control and bidi characters and folds newlines and tabs into spaces. */
function oneLine(text) {
    return text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ').replace(CONTROL, '');
}
/**
 * Escapes untrusted text for inline Markdown, including a table cell. HTML-significant characters
 * become entities, Markdown punctuation is backslash-escaped, `@` and `#` get a zero-width space
 * so nobody is pinged and no issue is linked, and `://` is broken so nothing autolinks.
 */
function inline(text, max = 200) {
    return truncate(oneLine(text), max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]~|$]/g, (c) => `\\${c}`)
        .replace(/@/g, `@${ZWSP}`)
        .replace(/#(?=\w)/g, `#${ZWSP}`)
        .replace(/:\/\//g, `:${ZWSP}//`)
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`);
}
/** For the terminal: no entities or backslashes (nothing renders them), but still one safe line. */
function plain(text, max = 200) {
    return truncate(oneLine(text), max).replace(/\|/g, '\\|');
}
/** Escapes for the chosen target: Markdown for GitHub, plain text for a terminal. */
function escaperFor(target) {
    return target === 'terminal' ? plain : inline;
}
/**
 * A fenced code block that the content cannot end: the fence is one backtick longer than the
 * longest backtick run inside (at least three). Control characters are removed; lines are kept.
 */
function codeBlock(text, language = 'text') {
    const body = text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/\n+$/, '');
    const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${body}\n${fence}`;
}
const DIGEST = /^([A-Za-z0-9][\w.\-/:]{0,200})@sha256:([0-9a-f]{64})$/;
/**
 * An image digest (`name@sha256:…`) as `name@sha256:` plus 12 hex digits in a code span (the
 * report keeps the full digest); anything not shaped like a digest is escaped as text.
 */
function digest(text, esc) {
    const m = DIGEST.exec(text);
    return m ? `\`${m[1]}@sha256:${m[2]?.slice(0, 12)}…\`` : esc(text, 200);
}
/** A short hex digest for display: the first `n` characters, without a `sha256:` prefix. */
function shortHash(hash, n = 12) {
    if (!hash)
        return '—';
    return hash.replace(/^sha256:/, '').replace(/[^0-9a-fA-F]/g, '').slice(0, n) || '—';
}
/** A URL we build ourselves, checked to be http(s) so a link cannot carry `javascript:`. */
function safeUrl(url) {
    if (!url)
        return null;
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
            return null;
        return parsed.toString().replace(/[()<>\s]/g, (c) => encodeURIComponent(c));
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 31089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   vl: () => (/* binding */ formatDeviation),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   z7: () => (/* binding */ formatRunValues)
/* harmony export */ });
/* unused harmony exports MIN_SIGNIFICANT_DIGITS, formatNumbersTogether, formatNumber */
/** The fewest significant digits a value is shown with (unless it is shorter exactly). */
const MIN_SIGNIFICANT_DIGITS = 6;
function isNonFinite(value) {
    return value !== null && typeof value === 'object' && 'nonFinite' in value;
}
/** `v` rounded to `p` significant digits, printed the way JavaScript prints the rounded number. */
function atPrecision(v, p) {
    if (Number.isInteger(v) && Math.abs(v) < 1e21)
        return String(v);
    if (p >= 17)
        return String(v); // shortest round-trip repr: distinct doubles print differently
    return String(Number(v.toPrecision(p)));
}
function integerDigits(v) {
    const a = Math.abs(v);
    return a < 1 ? 1 : Math.floor(Math.log10(a)) + 1;
}
/**
 * Formats the finite numbers of one metric across runs with one shared precision: the smallest
 * number of significant digits (at least MIN_SIGNIFICANT_DIGITS, and at least the integer digits of
 * the largest value, plus one for a fraction) at which distinct values print differently and equal values print the same.
 */
function formatNumbersTogether(values) {
    const finite = values.filter((v) => Number.isFinite(v));
    if (finite.length === 0)
        return values.map(String);
    // A fraction keeps at least one decimal, so 1234567.5 does not print as the integer 1234568.
    const fraction = finite.some((v) => !Number.isInteger(v)) ? 1 : 0;
    const maxDigits = Math.max(...finite.map(integerDigits)) + fraction;
    const distinct = [...new Set(finite.map((v) => (Object.is(v, -0) ? 0 : v)))];
    for (let p = Math.min(17, Math.max(MIN_SIGNIFICANT_DIGITS, maxDigits)); p <= 17; p++) {
        const printed = new Set(distinct.map((v) => atPrecision(v, p)));
        if (printed.size === distinct.length)
            return values.map((v) => atPrecision(v, p));
    }
    return values.map(String);
}
/** One value on its own (a single reference, a tolerance): at most MIN_SIGNIFICANT_DIGITS digits. */
function formatNumber(v) {
    if (!Number.isFinite(v))
        return String(v);
    return atPrecision(v, MIN_SIGNIFICANT_DIGITS);
}
/** A deviation or tolerance bound: three significant digits, exponent form when tiny or huge. */
function formatDeviation(v) {
    if (!Number.isFinite(v))
        return String(v);
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    if (a < 1e-3 || a >= 1e6) {
        const [mantissa, exponent] = v.toExponential(2).split('e');
        return `${String(Number(mantissa))}e${exponent?.replace('+', '')}`;
    }
    return String(Number(v.toPrecision(3)));
}
/**
 * Formats one metric's values across runs. `missingIn` holds the 1-based runs where it was absent.
 * Finite numbers share one precision (see formatNumbersTogether); non-finite numbers print as
 * NaN, Infinity, -Infinity; strings stay raw here (escaping is the Markdown layer's job).
 */
function formatRunValues(values, missingIn = []) {
    const missing = new Set(missingIn);
    const finiteIdx = [];
    const finite = [];
    values.forEach((v, i) => {
        if (typeof v === 'number' && !missing.has(i + 1)) {
            finiteIdx.push(i);
            finite.push(v);
        }
    });
    const printed = formatNumbersTogether(finite);
    const byIndex = new Map();
    finiteIdx.forEach((idx, k) => byIndex.set(idx, printed[k] ?? String(finite[k])));
    return values.map((v, i) => {
        if (missing.has(i + 1))
            return { kind: 'missing', text: 'missing' };
        if (typeof v === 'number')
            return { kind: 'number', text: byIndex.get(i) ?? String(v) };
        if (isNonFinite(v))
            return { kind: 'number', text: v.nonFinite };
        if (typeof v === 'string')
            return { kind: 'string', text: v };
        return { kind: 'literal', text: String(v) };
    });
}
/** Bytes as a short human size: 512 B, 1.5 KiB, 3.2 GiB. */
function formatBytes(n) {
    if (!Number.isFinite(n) || n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${String(Number(v.toPrecision(3)))} ${units[u]}`;
}
/** Milliseconds as a short duration: 850 ms, 12.3 s, 4 min 05 s. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '?';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${String(Number(s.toPrecision(3)))} s`;
    const m = Math.floor(s / 60);
    const rest = Math.round(s - m * 60);
    if (m < 60)
        return `${m} min ${String(rest).padStart(2, '0')} s`;
    return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}


/***/ }),

/***/ 95217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ reportSchema)
});

// UNUSED EXPORTS: buildReportSchema

// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(2563);
// EXTERNAL MODULE: ./src/snapshot/schema.ts
var schema = __webpack_require__(77989);
// EXTERNAL MODULE: ./src/explain/envdiff.ts
var envdiff = __webpack_require__(82027);
;// CONCATENATED MODULE: ./src/explain/schema.ts
/** JSON Schema (draft-07) fragments shared by the sections that carry comparisons and environment changes. */

const nullableString = { type: ['string', 'null'] };
/** A metric value as written in a report: JSON scalars, or `{ nonFinite }` for NaN and ±Infinity. */
const encodedValueSchema = {
    oneOf: [
        { type: ['number', 'string', 'boolean', 'null'] },
        {
            type: 'object',
            required: ['nonFinite'],
            additionalProperties: false,
            properties: { nonFinite: { enum: ['NaN', 'Infinity', '-Infinity'] } }
        }
    ]
};
const toleranceSchema = {
    type: 'object',
    required: ['atol', 'rtol'],
    additionalProperties: false,
    properties: { atol: { type: 'number', minimum: 0 }, rtol: { type: 'number', minimum: 0 } }
};
/** One `EnvChange`. */
const envChangeSchema = {
    type: 'object',
    required: ['category', 'subject', 'before', 'after'],
    additionalProperties: false,
    properties: {
        category: { enum: [...envdiff/* EnvChangeCategories */.o3] },
        subject: { type: 'string' },
        before: nullableString,
        after: nullableString,
        detail: { type: 'string' }
    }
};

;// CONCATENATED MODULE: ./src/baseline/schema.ts
/** The JSON Schema (draft-07) of the report's `baseline` section (`BaselineSection`). */

const schema_nullableString = { type: ['string', 'null'] };
const nullableNumber = { type: ['number', 'null'] };
const baselineSchema = {
    type: 'object',
    description: 'This report compared with the default branch\'s newest reproducible result (restored from the Actions cache).',
    required: [
        'key', 'compared', 'saved', 'baselineCommit', 'baselineCreatedAt', 'baselineFingerprint', 'currentFingerprint',
        'fingerprintChanged', 'metrics', 'reproducibleShare', 'defaultBranchRuns', 'verdict', 'changes', 'warnings'
    ],
    additionalProperties: false,
    properties: {
        key: { type: 'string' },
        compared: { type: 'boolean' },
        saved: { type: 'boolean' },
        baselineCommit: schema_nullableString,
        baselineCreatedAt: schema_nullableString,
        baselineFingerprint: schema_nullableString,
        currentFingerprint: schema_nullableString,
        fingerprintChanged: { type: 'boolean' },
        metrics: {
            type: 'array',
            items: {
                type: 'object',
                required: [
                    'name', 'status', 'reference', 'current', 'tolerance', 'toleranceRule', 'absDeviation', 'relDeviation',
                    'reason', 'referenceCommit', 'trend'
                ],
                additionalProperties: false,
                properties: {
                    name: { type: 'string' },
                    status: { enum: ['match', 'drift', 'new', 'missing', 'ignored'] },
                    reference: encodedValueSchema,
                    current: encodedValueSchema,
                    tolerance: { oneOf: [toleranceSchema, { type: 'null' }] },
                    toleranceRule: schema_nullableString,
                    absDeviation: nullableNumber,
                    relDeviation: nullableNumber,
                    reason: schema_nullableString,
                    referenceCommit: schema_nullableString,
                    trend: { type: 'array', items: encodedValueSchema }
                }
            }
        },
        reproducibleShare: { type: ['number', 'null'], minimum: 0, maximum: 1 },
        defaultBranchRuns: { type: 'integer', minimum: 0 },
        verdict: { enum: ['match', 'drift', 'none'] },
        changes: { type: 'array', items: envChangeSchema },
        warnings: { type: 'array', items: { type: 'string' } }
    }
};

;// CONCATENATED MODULE: ./src/modes/schema.ts
/** The JSON Schema (draft-07) of the report's `legs` section (`LegsSection`), written by `mode: compare`. */

const modes_schema_nullableString = { type: ['string', 'null'] };
const schema_nullableNumber = { type: ['number', 'null'] };
const valuesByLeg = { type: 'object', additionalProperties: encodedValueSchema };
const names = { type: 'array', items: { type: 'string' } };
const legsSchema = {
    type: 'object',
    description: 'Matrix compare: every recorded leg compared with the reference leg.',
    required: ['reference', 'referenceChosenBy', 'legs', 'metrics', 'driftingLegs', 'warnings'],
    additionalProperties: false,
    properties: {
        reference: { type: 'string' },
        referenceChosenBy: { enum: ['input', 'first-by-name'] },
        legs: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'artifact', 'runner', 'fingerprint', 'verdict', 'metrics', 'reference', 'drift', 'driftedMetrics', 'changes'],
                additionalProperties: false,
                properties: {
                    name: { type: 'string' },
                    artifact: { type: 'string' },
                    runner: modes_schema_nullableString,
                    fingerprint: modes_schema_nullableString,
                    verdict: { enum: ['reproducible', 'drift', 'error'] },
                    metrics: valuesByLeg,
                    reference: { type: 'boolean' },
                    drift: { type: 'boolean' },
                    driftedMetrics: names,
                    changes: { type: 'array', items: envChangeSchema }
                }
            }
        },
        metrics: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'status', 'values', 'tolerance', 'toleranceRule', 'maxAbsDeviation', 'maxRelDeviation', 'driftLegs', 'reason'],
                additionalProperties: false,
                properties: {
                    name: { type: 'string' },
                    status: { enum: ['pass', 'drift', 'ignored'] },
                    values: valuesByLeg,
                    tolerance: { oneOf: [toleranceSchema, { type: 'null' }] },
                    toleranceRule: modes_schema_nullableString,
                    maxAbsDeviation: schema_nullableNumber,
                    maxRelDeviation: schema_nullableNumber,
                    driftLegs: names,
                    reason: modes_schema_nullableString
                }
            }
        },
        driftingLegs: names,
        warnings: names
    }
};

;// CONCATENATED MODULE: ./src/report/schema.ts
/**
 * The JSON Schema of the report, published as schema/report.schema.json (written by
 * `repro-gate schema`; a test keeps the committed file equal to this object). Sections owned by
 * other stages (environment, lockfiles, baseline, legs) bring their own fragments.
 */




const report_schema_nullableNumber = { type: ['number', 'null'] };
const report_schema_nullableString = { type: ['string', 'null'] };
const nonNegative = { type: 'number', minimum: 0 };
const encodedValue = {
    oneOf: [
        { type: ['number', 'string', 'boolean', 'null'] },
        {
            type: 'object',
            required: ['nonFinite'],
            additionalProperties: false,
            properties: { nonFinite: { enum: ['NaN', 'Infinity', '-Infinity'] } }
        }
    ]
};
const tolerance = {
    type: 'object',
    required: ['atol', 'rtol'],
    additionalProperties: false,
    properties: { atol: nonNegative, rtol: nonNegative }
};
const runIndexList = { type: 'array', items: { type: 'integer', minimum: 1 } };
/** Builds the report schema around the section fragments. */
function buildReportSchema(sections = {}) {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://github.com/repro-gate/repro-gate/schema/report.schema.json',
        title: 'repro-gate report',
        description: 'What repro-gate ran, what each run reported, how the runs compare, and where they ran.',
        type: 'object',
        required: [
            'schemaVersion', 'tool', 'mode', 'verdict', 'reproducible', 'createdAt', 'durationMs', 'inputs',
            'context', 'seeds', 'runs', 'metrics', 'artifacts', 'drifted', 'errors'
        ],
        additionalProperties: false,
        properties: {
            schemaVersion: { const: types/* SCHEMA_VERSION */.f },
            tool: {
                type: 'object',
                required: ['name', 'version'],
                additionalProperties: false,
                properties: { name: { const: 'repro-gate' }, version: { type: 'string' } }
            },
            mode: { enum: ['gate', 'record', 'compare', 'publish', 'replay'] },
            verdict: { enum: ['reproducible', 'drift', 'error'] },
            reproducible: { type: 'boolean' },
            createdAt: { type: 'string', format: 'date-time' },
            durationMs: nonNegative,
            inputs: {
                type: 'object',
                required: [
                    'command', 'runs', 'seed', 'determinism', 'metrics', 'tolerance', 'tolerances', 'ignore', 'artifacts',
                    'workingDirectory', 'timeoutMinutes', 'failOnDrift', 'reportPath'
                ],
                additionalProperties: false,
                properties: {
                    command: { type: 'string' },
                    runs: { type: 'integer', minimum: 2 },
                    seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
                    determinism: { enum: ['seeds', 'strict', 'off'] },
                    metrics: { type: 'string' },
                    tolerance,
                    tolerances: {
                        type: 'array',
                        items: {
                            type: 'object',
                            required: ['pattern', 'tolerance'],
                            additionalProperties: false,
                            properties: { pattern: { type: 'string', minLength: 1 }, tolerance }
                        }
                    },
                    ignore: { type: 'array', items: { type: 'string' } },
                    artifacts: { type: 'array', items: { type: 'string' } },
                    workingDirectory: { type: 'string' },
                    timeoutMinutes: { type: ['number', 'null'], exclusiveMinimum: 0 },
                    failOnDrift: { type: 'boolean' },
                    reportPath: { type: 'string' }
                }
            },
            context: {
                type: 'object',
                required: ['repository', 'sha', 'ref', 'headSha', 'eventName', 'pullRequest', 'runId', 'runAttempt', 'job', 'serverUrl', 'runUrl'],
                additionalProperties: false,
                properties: {
                    repository: report_schema_nullableString,
                    sha: report_schema_nullableString,
                    ref: report_schema_nullableString,
                    headSha: report_schema_nullableString,
                    eventName: report_schema_nullableString,
                    pullRequest: { type: ['integer', 'null'] },
                    runId: report_schema_nullableString,
                    runAttempt: report_schema_nullableString,
                    job: report_schema_nullableString,
                    serverUrl: { type: 'string' },
                    runUrl: report_schema_nullableString
                }
            },
            seeds: {
                type: 'object',
                required: ['set', 'keptFromUser'],
                additionalProperties: false,
                properties: {
                    set: { type: 'object', additionalProperties: { type: 'string' } },
                    keptFromUser: { type: 'object', additionalProperties: { type: 'string' } }
                }
            },
            runs: {
                type: 'array',
                items: {
                    type: 'object',
                    required: [
                        'index', 'exitCode', 'signal', 'durationMs', 'timedOut', 'cancelled', 'outputDir', 'metricsFile',
                        'metrics', 'artifacts', 'error', 'outputTail'
                    ],
                    additionalProperties: false,
                    properties: {
                        index: { type: 'integer', minimum: 1 },
                        exitCode: { type: ['integer', 'null'] },
                        signal: report_schema_nullableString,
                        durationMs: nonNegative,
                        timedOut: { type: 'boolean' },
                        cancelled: { type: 'boolean' },
                        outputDir: { type: 'string' },
                        metricsFile: report_schema_nullableString,
                        metrics: { oneOf: [{ type: 'null' }, { type: 'object', additionalProperties: encodedValue }] },
                        artifacts: {
                            type: 'array',
                            items: {
                                type: 'object',
                                required: ['path', 'sha256', 'bytes'],
                                additionalProperties: false,
                                properties: {
                                    path: { type: 'string' },
                                    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
                                    bytes: { type: 'integer', minimum: 0 }
                                }
                            }
                        },
                        error: report_schema_nullableString,
                        outputTail: { type: 'string' }
                    }
                }
            },
            metrics: {
                type: 'array',
                items: {
                    type: 'object',
                    required: [
                        'name', 'status', 'values', 'missingIn', 'tolerance', 'toleranceRule', 'maxAbsDeviation', 'maxRelDeviation',
                        'driftRuns', 'reason'
                    ],
                    additionalProperties: false,
                    properties: {
                        name: { type: 'string' },
                        status: { enum: ['pass', 'drift', 'ignored'] },
                        values: { type: 'array', items: encodedValue },
                        missingIn: runIndexList,
                        tolerance: { oneOf: [{ type: 'null' }, tolerance] },
                        toleranceRule: report_schema_nullableString,
                        maxAbsDeviation: report_schema_nullableNumber,
                        maxRelDeviation: report_schema_nullableNumber,
                        driftRuns: runIndexList,
                        reason: report_schema_nullableString
                    }
                }
            },
            artifacts: {
                type: 'array',
                items: {
                    type: 'object',
                    required: ['path', 'status', 'sha256', 'bytes', 'driftRuns', 'reason'],
                    additionalProperties: false,
                    properties: {
                        path: { type: 'string' },
                        status: { enum: ['pass', 'drift'] },
                        sha256: { type: 'array', items: { type: ['string', 'null'] } },
                        bytes: { type: 'array', items: { type: ['integer', 'null'] } },
                        driftRuns: runIndexList,
                        reason: report_schema_nullableString
                    }
                }
            },
            drifted: {
                type: 'array',
                items: {
                    type: 'object',
                    required: ['kind', 'name'],
                    additionalProperties: false,
                    properties: { kind: { enum: ['metric', 'artifact'] }, name: { type: 'string' } }
                }
            },
            errors: {
                type: 'array',
                items: {
                    type: 'object',
                    required: ['run', 'message'],
                    additionalProperties: false,
                    properties: { run: { type: ['integer', 'null'] }, message: { type: 'string' } }
                }
            },
            environment: sections.environment ?? { type: 'object' },
            lockfiles: sections.lockfiles ?? { type: 'array', items: { type: 'object' } },
            baseline: sections.baseline ?? { type: 'object' },
            legs: sections.legs ?? { type: 'object' }
        }
    };
}
const reportSchema = buildReportSchema({
    environment: schema/* environmentSchema */.V,
    lockfiles: schema/* lockfilesSchema */.e,
    baseline: baselineSchema,
    legs: legsSchema
});


/***/ }),

/***/ 2563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
const SCHEMA_VERSION = 1;


/***/ }),

/***/ 50898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ validateReport)
/* harmony export */ });
/* unused harmony export isReport */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95217);


let compiled;
/** Validates a report against the published schema; returns readable problems (empty when valid). */
function validateReport(report) {
    // Compiled once and lazily: ajv compilation is the slowest part of writing a report.
    compiled ??= new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .reportSchema */ .Q);
    if (compiled(report))
        return [];
    return (compiled.errors ?? []).slice(0, 20).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
/** Narrowing helper for reports read from disk (diff, replay, publish). */
function isReport(value) {
    return validateReport(value).length === 0;
}


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ readReportFile),
/* harmony export */   u: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50898);



/**
 * Redacts, validates and writes the report. A schema violation is a bug in repro-gate, not in
 * the experiment: it is returned as problems to log, and the report is still written so nothing is lost.
 */
async function writeReport(report, file, redactor) {
    const safe = redactor.deep(report);
    const problems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateReport */ .R)(safe);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(file, JSON.stringify(safe, null, 2) + '\n');
    return { report: safe, problems };
}
/** Reads a report written by repro-gate; the error names the file and what is wrong. */
async function readReportFile(file) {
    let text;
    try {
        text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
    }
    catch (err) {
        throw new Error(`${file}: cannot read the report (${err.code ?? String(err)})`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${file}: not a JSON report (${err.message})`);
    }
    const problems = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateReport */ .R)(parsed);
    if (problems.length > 0) {
        throw new Error(`${file}: not a repro-gate report (schema: ${problems.slice(0, 3).join('; ')})`);
    }
    return parsed;
}


/***/ }),

/***/ 77989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ environmentSchema),
/* harmony export */   e: () => (/* binding */ lockfilesSchema)
/* harmony export */ });
/**
 * JSON Schemas (draft-07) of the provenance sections of the report: `environment` and
 * `lockfiles`. The report's schema embeds them; they mirror `types.ts` and
 * `lockfiles/types.ts`, and the tests validate real captures against them.
 */
const str = { type: 'string' };
const strOrNull = { type: ['string', 'null'] };
const sha256Hex = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const count = { type: 'integer', minimum: 0 };
function object(properties, optional = []) {
    return {
        type: 'object',
        properties,
        required: Object.keys(properties).filter((k) => !optional.includes(k)),
        additionalProperties: false
    };
}
/** `Probed<T>`: the probe's fields with status 'ok', or only a reason with status 'unavailable'. */
function probed(properties, optional = []) {
    return {
        oneOf: [
            object({ status: { const: 'ok' }, ...properties }, optional),
            object({ status: { const: 'unavailable' }, reason: str })
        ]
    };
}
const imageDigest = object({
    reference: str,
    digest: { type: ['string', 'null'], pattern: '@sha256:[0-9a-f]{64}$' },
    reason: strOrNull
});
const fileFingerprint = object({ path: str, sha256: sha256Hex, bytes: count });
const versionOnly = object({ version: str });
const environmentSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://repro-gate.dev/schema/environment.json',
    title: 'repro-gate environment (provenance)',
    ...object({
        fingerprint: sha256Hex,
        fingerprintParts: { type: 'object', additionalProperties: str },
        capturedAt: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T' },
        captureMs: { type: 'number', minimum: 0 },
        hardware: probed({
            cpu: object({
                vendor: str,
                model: str,
                physicalCores: count,
                logicalCores: count,
                flags: { type: 'array', items: str }
            }),
            memoryBytes: count,
            virtualization: strOrNull
        }),
        os: probed({ platform: str, distro: str, release: str, kernel: str, arch: str }),
        gpu: probed({
            devices: {
                type: 'array',
                items: object({ name: str, memoryMiB: { type: ['number', 'null'] }, driverVersion: strOrNull })
            },
            driverVersion: strOrNull,
            cudaDriverVersion: strOrNull,
            cudaToolkitVersion: strOrNull
        }),
        runner: object({
            os: strOrNull,
            arch: strOrNull,
            name: strOrNull,
            environment: strOrNull,
            imageOS: strOrNull,
            imageVersion: strOrNull,
            imageDataSha256: { oneOf: [sha256Hex, { type: 'null' }] },
            sha: strOrNull,
            ref: strOrNull,
            workflowRef: strOrNull,
            runId: strOrNull,
            runAttempt: strOrNull,
            eventName: strOrNull
        }),
        container: probed({
            inContainer: { type: 'boolean' },
            detectedBy: { enum: ['cgroup-v1', 'cgroup-v2', 'dockerenv', 'containerenv', null] },
            containerId: strOrNull,
            jobImage: { oneOf: [imageDigest, { type: 'null' }] },
            images: { type: 'array', items: imageDigest }
        }),
        toolchains: object({
            node: str,
            python: probed({
                interpreter: str,
                version: str,
                executable: str,
                distributions: { type: 'array', items: object({ name: str, version: str }) },
                frameworks: object({
                    torch: object({ version: str, cuda: strOrNull, cudnn: strOrNull }),
                    tensorflow: versionOnly,
                    jax: versionOnly,
                    numpy: versionOnly
                }, ['torch', 'tensorflow', 'jax', 'numpy']),
                conda: strOrNull
            })
        }),
        data: { type: 'array', items: fileFingerprint },
        mathEnv: { type: 'object', additionalProperties: str },
        warnings: { type: 'array', items: str }
    })
};
const lockfilesSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://repro-gate.dev/schema/lockfiles.json',
    title: 'repro-gate dependency lockfiles',
    type: 'array',
    items: object({
        path: str,
        format: str,
        // Empty when the file could not be read (then `error` says why).
        sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' },
        bytes: count,
        packageCount: count,
        packages: { type: 'array', items: object({ name: str, version: str }) },
        unpinned: { type: 'array', items: object({ name: str, spec: str }) },
        error: str
    }, ['error'])
};


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version, written into every report (a test keeps it equal to package.json's). */
const VERSION = '0.1.0';


/***/ })

};
