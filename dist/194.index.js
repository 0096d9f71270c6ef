export const id = 194;
export const ids = [194];
export const modules = {

/***/ 73873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ compareArtifacts),
/* harmony export */   qB: () => (/* binding */ compareRuns)
/* harmony export */ });
/* unused harmony export compareMetricNames */
/* harmony import */ var _metrics_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85594);
/* harmony import */ var _inputs_patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18101);
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99923);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88672);




const isDigit = (code) => code >= 48 && code <= 57;
/** End of the run of digits, or of non-digits, that starts at `i`. */
function tokenEnd(s, i) {
    const digits = isDigit(s.charCodeAt(i));
    let end = i + 1;
    while (end < s.length && isDigit(s.charCodeAt(end)) === digits)
        end++;
    return end;
}
/** Code-unit order of s[i, ie) and t[j, je): a prefix first, like `<` on the two substrings. */
function compareSpans(s, i, ie, t, j, je) {
    for (; i < ie && j < je; i++, j++) {
        const d = s.charCodeAt(i) - t.charCodeAt(j);
        if (d !== 0)
            return d < 0 ? -1 : 1;
    }
    return i < ie ? 1 : j < je ? -1 : 0;
}
/** The number a run of ASCII digits stands for (as Number() reads it). */
function digitsValue(s, i, ie) {
    if (ie - i > 15)
        return Number(s.slice(i, ie));
    let n = 0;
    for (; i < ie; i++)
        n = n * 10 + (s.charCodeAt(i) - 48);
    return n;
}
/**
 * Name order with numbers compared as numbers, so a curve reads `loss[2]` before `loss[10]`.
 * Independent of the locale (no localeCompare), so reports are the same on every machine.
 * The names split into runs of digits and of other characters; the first pair of runs that
 * differs decides (both digits: by value, else as strings), then the number of runs. Walks the
 * names in place: a million metrics are sorted with ~20 million comparisons.
 */
function compareMetricNames(a, b) {
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const ie = tokenEnd(a, i);
        const je = tokenEnd(b, j);
        const lexical = compareSpans(a, i, ie, b, j, je);
        if (lexical !== 0) {
            if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) {
                const x = digitsValue(a, i, ie);
                const y = digitsValue(b, j, je);
                if (x !== y)
                    return x - y;
            }
            return lexical;
        }
        i = ie;
        j = je;
    }
    if (i < a.length)
        return 1;
    if (j < b.length)
        return -1;
    return 0;
}
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
    const ignored = options.ignore.map(_inputs_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .compileMetricPattern */ .c);
    const results = [];
    // One pass over the names, one object literal per metric (no spreads, no per-run closures): a
    // flattened model of a million metrics makes this loop the compare stage's whole cost.
    for (const name of names) {
        const values = new Array(runs.length);
        const encoded = new Array(runs.length);
        const missingIn = [];
        let numeric = false;
        for (let r = 0; r < runs.length; r++) {
            const v = runs[r].get(name);
            values[r] = v;
            if (v === undefined) {
                missingIn.push(r + 1);
                encoded[r] = null;
            }
            else {
                encoded[r] = (0,_metrics_values_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeValue */ .It)(v);
                if (typeof v === 'number')
                    numeric = true;
            }
        }
        const { tolerance, rule } = (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_2__/* .toleranceFor */ .T)(name, options.tolerances, options.tolerance);
        const reference = values[0];
        if (ignored.some((test) => test(name))) {
            results.push({
                name,
                values: encoded,
                missingIn,
                tolerance: numeric ? tolerance : null,
                toleranceRule: numeric ? rule : null,
                status: 'ignored',
                maxAbsDeviation: null,
                maxRelDeviation: null,
                driftRuns: [],
                reason: null
            });
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
            for (let r = 1; r < values.length; r++) {
                const c = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .compareMetricValues */ .C)(reference, values[r], tolerance);
                maxAbs = maxOrNull(maxAbs, c.absDeviation);
                maxRel = maxOrNull(maxRel, c.relDeviation);
                if (!c.ok) {
                    driftRuns.push(r + 1);
                    if (reasons.length < 3)
                        reasons.push(`run ${r + 1}: ${c.reason}`);
                }
            }
        }
        const status = driftRuns.length > 0 ? 'drift' : 'pass';
        results.push({
            name,
            values: encoded,
            missingIn,
            tolerance: numeric ? tolerance : null,
            toleranceRule: numeric ? rule : null,
            status,
            maxAbsDeviation: maxAbs,
            maxRelDeviation: maxRel,
            driftRuns,
            reason: status === 'drift' ? reasons.join('; ') : null
        });
    }
    const order = { drift: 0, pass: 1, ignored: 2 };
    return results.sort((a, b) => order[a.status] - order[b.status] || compareMetricNames(a.name, b.name));
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
        const skipped = files.find((f) => f?.skipped)?.skipped;
        if (skipped && files.every((f) => f?.skipped)) {
            // Not a regular file in any run (a link to /dev/zero, a FIFO): nothing to compare, and said so.
            results.push({ path, status: 'pass', sha256: files.map(() => null), bytes: files.map(() => null), driftRuns: [], reason: `not compared: ${skipped}` });
            continue;
        }
        const sha256 = files.map((f) => (f?.skipped ? null : (f?.sha256 ?? null)));
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

/***/ 64963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Ri: () => (/* binding */ compareMetricSets),
/* harmony export */   jn: () => (/* binding */ reportMetricValues),
/* harmony export */   uL: () => (/* binding */ hasDrift)
/* harmony export */ });
/* harmony import */ var _inputs_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18101);
/* harmony import */ var _metrics_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85594);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88672);
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99923);




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
const NOT_COMPARED = { absDeviation: null, relDeviation: null, reason: null };
const ORDER = { drift: 0, missing: 1, new: 2, match: 3, ignored: 4 };
/** Compares candidate values with reference values; drift and missing first, then by name. Pure. */
function compareMetricSets(reference, candidate, options) {
    const names = [...new Set([...reference.keys(), ...candidate.keys()])];
    const deltas = names.map((name) => {
        const ref = reference.get(name);
        const cand = candidate.get(name);
        const numeric = typeof ref === 'number' || typeof cand === 'number';
        const { tolerance, rule } = (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_3__/* .toleranceFor */ .T)(name, options.tolerances, options.tolerance);
        let status;
        let c = NOT_COMPARED;
        if ((0,_inputs_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._)(name, options.ignore))
            status = 'ignored';
        else if (ref === undefined)
            status = 'new';
        else {
            const compared = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .compareMetricValues */ .C)((0,_metrics_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(ref), cand === undefined ? undefined : (0,_metrics_values_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeValue */ .wz)(cand), tolerance);
            status = cand === undefined ? 'missing' : compared.ok ? 'match' : 'drift';
            c = compared;
        }
        // One literal with every field (no spreads): flattened curves make this loop hot.
        return {
            name,
            status,
            reference: ref ?? null,
            candidate: cand ?? null,
            tolerance: numeric ? tolerance : null,
            toleranceRule: numeric ? rule : null,
            absDeviation: c.absDeviation,
            relDeviation: c.relDeviation,
            reason: c.reason
        };
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

/***/ 99923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ toleranceFor),
/* harmony export */   p: () => (/* binding */ withinTolerance)
/* harmony export */ });
/* harmony import */ var _inputs_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18101);

/** The tolerance for one metric: the first matching rule wins, else the default. */
function toleranceFor(name, rules, fallback) {
    for (const rule of rules) {
        if ((0,_inputs_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compileMetricPattern */ .c)(rule.pattern)(name))
            return { tolerance: rule.tolerance, rule: rule.pattern };
    }
    return { tolerance: fallback, rule: null };
}
/** `|a−b| ≤ atol + rtol·|b|`, with b the reference. */
function withinTolerance(a, b, t) {
    return Math.abs(a - b) <= t.atol + t.rtol * Math.abs(b);
}


/***/ }),

/***/ 88672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ compareMetricValues)
/* harmony export */ });
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99923);

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
        const ok = (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_0__/* .withinTolerance */ .p)(candidate, reference, tolerance);
        return { ok, absDeviation: abs, relDeviation: rel, reason: ok ? null : `|Δ| = ${abs} > ${tolerance.atol} + ${tolerance.rtol}·|ref|` };
    }
    if (typeof reference !== typeof candidate || (reference === null) !== (candidate === null)) {
        return { ok: false, absDeviation: null, relDeviation: null, reason: `type changed: ${describe(candidate)} vs reference ${describe(reference)}` };
    }
    const ok = reference === candidate;
    return { ok, absDeviation: null, relDeviation: null, reason: ok ? null : `${describe(candidate)} vs reference ${describe(reference)}` };
}


/***/ }),

/***/ 64533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** Thrown for input the user must fix; the message names the input, the value and what is accepted. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
/** The message of anything thrown: an Error's message, else the value as text. */
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}


/***/ }),

/***/ 31355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/plan/seeds.ts
var plan_seeds = __webpack_require__(88228);
;// CONCATENATED MODULE: ./src/plan/exposure.ts
/**
 * What the experiment can read although the gate keeps it out of the experiment's environment.
 * The experiment runs as the gate's user, so `/proc/<ppid>/environ` (the gate's environment, any
 * same-user process's) shows the token the gate was given and the runner's own; on GitHub-hosted
 * runners it also has passwordless sudo and docker, so nothing on the machine is hidden from it.
 * The report says so plainly, naming the variables (never their values).
 */
/** Variables the experiment must never see: the gate's inputs (the token among them) and the runner's credentials. */
const HIDDEN_VARIABLE = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_)/;
/** Whether a variable is kept out of the experiment's environment. */
function isHiddenVariable(name) {
    return HIDDEN_VARIABLE.test(name.toUpperCase());
}
const SECRET_NAME = /TOKEN|SECRET|KEY|PASSWORD|CRED/i;
/** What the experiment can read of the gate's secrets here; null when there is nothing to say (no token, not a hosted runner). */
function experimentExposure(env) {
    const readableVariables = Object.entries(env)
        .filter(([name, value]) => isHiddenVariable(name) && SECRET_NAME.test(name) && (value ?? '').trim().length >= 6)
        .map(([name]) => name)
        .sort();
    const hostedRunner = env.RUNNER_ENVIRONMENT === 'github-hosted';
    if (readableVariables.length === 0 && !hostedRunner)
        return null;
    const parts = [];
    if (readableVariables.length > 0) {
        parts.push(`The experiment ran as the gate's user: its own environment lacked ${readableVariables.join(', ')}, ` +
            `but it could read them in the gate's (/proc/<ppid>/environ).`);
    }
    if (hostedRunner)
        parts.push('On a GitHub-hosted runner it has passwordless sudo and docker: nothing on the machine is hidden from it.');
    parts.push('Give the gate job a read-only token (permissions: contents: read) and post the comment from a mode: publish workflow (see the README), ' +
        'so whatever it reads cannot write to the repository.');
    return { readableVariables, hostedRunner, note: parts.join(' ') };
}

;// CONCATENATED MODULE: ./src/plan/plan.ts



/**
 * Also hidden from an isolated experiment (input `isolate`): the job's GitHub tokens, which a step
 * may have put in its environment for the gate or for other tools.
 */
const ISOLATED_HIDDEN_VARIABLE = /^(GITHUB_TOKEN|GH_TOKEN|GH_ENTERPRISE_TOKEN|GITHUB_ENTERPRISE_TOKEN)$/;
/** The step's environment minus the gate's inputs and the runner's tokens (and, isolated, the GitHub tokens). */
function experimentEnvironment(env, isolated = false) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || isHiddenVariable(name) || (isolated && ISOLATED_HIDDEN_VARIABLE.test(name.toUpperCase())))
            continue;
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
    const seeds = (0,plan_seeds/* planSeedVariables */.Ix)(inputs.determinism, inputs.seed, env);
    const base = env.RUNNER_TEMP
        ? external_node_path_.join(env.RUNNER_TEMP, 'repro-gate')
        : external_node_path_.join(inputs.workingDirectory, '.repro-gate', 'runs');
    return {
        command: inputs.command,
        runs: inputs.runs,
        seed: inputs.seed,
        cwd: inputs.workingDirectory,
        env: { ...experimentEnvironment(env, inputs.isolate !== null), ...seeds.set },
        seeds,
        runRoot: external_node_path_.join(base, invocationId(env, now)),
        timeoutMs: inputs.timeoutMinutes === null ? null : Math.round(inputs.timeoutMinutes * 60_000),
        metricsFile: inputs.metrics,
        artifactGlobs: inputs.artifacts,
        // Isolated, the experiment cannot read the gate's /proc: there is nothing to warn about.
        exposure: inputs.isolate ? null : experimentExposure(env),
        isolate: inputs.isolate
    };
}

// EXTERNAL MODULE: ./src/runs/runs.ts + 4 modules
var runs_runs = __webpack_require__(95458);
// EXTERNAL MODULE: ./src/runs/outputs.ts
var outputs = __webpack_require__(57881);
;// CONCATENATED MODULE: ./src/runs/workspace.ts
/**
 * The end of the gate: the working directory left as one plain run leaves it. Run 1's outputs
 * (its metrics file and artifacts) are put back with run 1's bytes; every run keeps its copies in
 * its folder; an input no run's copy replaces holds its bytes from before the gate. Each file is
 * checked by sha256 (a link by its target) once in place.
 */


/**
 * Leaves the working directory as one plain run would, after every run of the gate (repeats and
 * variations). Never throws: what cannot be put back is a warning naming where its copy is kept,
 * and an input that holds neither its original nor run 1's bytes is `unverified`.
 */
async function leaveWorkspace(cwd, runs, ops = outputs/* nodeFileOps */.JY) {
    const files = runs.files ?? { inputs: [], reference: [], warnings: [] };
    const warnings = [...files.warnings];
    const inWorkspace = [];
    const placed = new Set();
    for (const ref of files.reference) {
        try {
            await (0,outputs/* replaceVerified */.BZ)(ops, ref.copy, external_node_path_.resolve(cwd, ref.rel), ref.expected);
            inWorkspace.push(ref.rel);
            placed.add(ref.rel);
        }
        catch (err) {
            warnings.push(`${ref.rel}: run 1's copy could not be put back in the working directory (${(0,outputs/* describeError */.Uc)(err)}); it is kept at ${ref.copy}`);
        }
    }
    const inputs = [];
    for (const input of files.inputs) {
        if (placed.has(input.path)) {
            inputs.push({ ...input, after: 'run 1' });
            continue;
        }
        // No copy of run 1 replaces it (run 1 left it alone, deleted it, or its copy could not be kept):
        // it holds what it held before the gate. A variation run changed it after the repeats' own check.
        const target = external_node_path_.resolve(cwd, input.path);
        let after = 'before';
        if (!(await (0,outputs/* holds */.v9)(target, (0,outputs/* expectedOf */.EX)(input)))) {
            try {
                await (0,outputs/* replaceVerified */.BZ)(ops, input.saved, target, (0,outputs/* expectedOf */.EX)(input));
            }
            catch (err) {
                after = 'unverified';
                warnings.push(`${input.path} could not be put back as it was before the gate (${(0,outputs/* describeError */.Uc)(err)}); its original is kept at ${input.saved}`);
            }
        }
        inputs.push({ ...input, after });
    }
    return {
        inWorkspace: inWorkspace.sort(),
        copies: runs.records.map((r) => ({ run: r.index, folder: external_node_path_.join(r.outputDir, 'files') })),
        inputs,
        warnings: [...new Set(warnings)]
    };
}

// EXTERNAL MODULE: ./src/report/build.ts + 1 modules
var build = __webpack_require__(63183);
// EXTERNAL MODULE: ./src/report/context.ts
var context = __webpack_require__(39148);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(94646);
// EXTERNAL MODULE: ./src/report/write.ts + 2 modules
var write = __webpack_require__(54521);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(64533);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(9334);
;// CONCATENATED MODULE: ./src/gate.ts









/** How long a cancelled gate still waits for the environment capture before writing the report without it. */
const SNAPSHOT_AFTER_CANCEL_MS = 1000;
/** `work`'s result, or `fallback` once `signal` has been aborted for `graceMs`; work cut off is left to itself. */
function unlessCancelled(work, signal, graceMs, fallback) {
    if (!signal)
        return work;
    return new Promise((resolve, reject) => {
        let timer;
        const onAbort = () => {
            timer = setTimeout(() => resolve(fallback), graceMs);
        };
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
        };
        if (signal.aborted)
            onAbort();
        else
            signal.addEventListener('abort', onAbort, { once: true });
        work.then((value) => {
            done();
            resolve(value);
        }, (err) => {
            done();
            reject(err);
        });
    });
}
/** Runs the gate and writes the report; resolves with the (redacted) report for every verdict. */
async function runGate(inputs, options = {}) {
    const env = options.env ?? process.env;
    const log = options.log ?? src_log/* silentLog */.aB;
    const redactor = options.redactor ?? (0,redact/* createRedactor */.lY)(env);
    const startedAt = Date.now();
    const plan = planRuns(inputs, env);
    // Timings are in ms since the process started (performance.now), to see the gate's own cost.
    const at = () => `${Math.round(performance.now())} ms`;
    log.debug(`plan at ${at()}: ${inputs.runs} runs in ${plan.cwd}, outputs kept under ${plan.runRoot}`);
    // The snapshot runs alongside the runs, so provenance costs no wall time of its own. It starts
    // before run 1 so the slowest probe (the Python interpreter) also overlaps the gate's set-up;
    // its code is loaded only when wanted (the probes and lockfile parsers are most of the engine).
    const snapshotting = inputs.snapshot
        ? Promise.all(/* import() */[__webpack_require__.e(645), __webpack_require__.e(304), __webpack_require__.e(410), __webpack_require__.e(299)]).then(__webpack_require__.bind(__webpack_require__, 19299))
            .then(({ captureEnvironment }) => captureEnvironment({
            workingDirectory: inputs.workingDirectory,
            python: inputs.python,
            images: inputs.images,
            lockfiles: inputs.lockfiles,
            data: inputs.data,
            env
        }))
            .catch((err) => {
            log.warning(`environment capture failed: ${String(err)}`);
            return null;
        })
        : Promise.resolve(null);
    const extraErrors = [];
    let runs = { records: [], metrics: [], inputs: [], skipped: inputs.runs };
    try {
        runs = await (0,runs_runs/* executeRuns */.eh)(plan, {
            observer: options.observer,
            signal: options.signal,
            killGraceMs: options.killGraceMs,
            fileOps: options.fileOps
        });
    }
    catch (err) {
        extraErrors.push({ run: null, message: `repro-gate could not run the experiment: ${(0,errors/* errorMessage */.g)(err)}` });
    }
    if (runs.records.length === 0 && extraErrors.length === 0) {
        extraErrors.push({ run: null, message: options.signal?.aborted ? 'cancelled before the first run started' : 'no run was started' });
    }
    log.debug(`runs done at ${at()}`);
    if (runs.containment)
        log.debug(`containment: ${runs.containment.method}${runs.containment.via ? ` via ${runs.containment.via}` : ''}: ${runs.containment.note}`);
    for (const r of runs.records) {
        if (!r.leftovers)
            continue;
        const shown = r.leftovers.processes.slice(0, 5).map((p) => p.command || p.name).join('; ');
        log.info(redactor.text(`run ${r.index} left ${r.leftovers.count} process(es) running, ended with it: ${shown}${r.leftovers.count > 5 ? '; …' : ''}`));
    }
    // Hidden nondeterminism: the seed audit and the variation runs, after the repeats (loaded only when asked for).
    let vary = null;
    if (inputs.vary.length > 0 || inputs.seedAudit !== 'off') {
        try {
            const { runVaryStage } = await __webpack_require__.e(/* import() */ 411).then(__webpack_require__.bind(__webpack_require__, 3411));
            vary = await runVaryStage(inputs, plan, runs, { observer: options.observer, signal: options.signal, killGraceMs: options.killGraceMs });
            for (const warning of vary.warnings)
                log.warning(redactor.text(warning));
            log.debug(`variations done at ${at()}`);
        }
        catch (err) {
            extraErrors.push({ run: null, message: `repro-gate could not vary the environment: ${err instanceof Error ? err.message : String(err)}` });
        }
    }
    // The working directory as one plain run leaves it: run 1's outputs back in place, the inputs checked.
    const files = runs.files ? await leaveWorkspace(plan.cwd, runs, options.fileOps) : null;
    for (const warning of files?.warnings ?? [])
        log.warning(redactor.text(`files: ${warning}`));
    log.debug(`workspace left at ${at()}: ${files?.inWorkspace.length ?? 0} files of run 1 back in place`);
    // A cancelled job has seconds left (see main.ts): a slow probe is not waited for.
    const snapshot = await unlessCancelled(snapshotting, options.signal, SNAPSHOT_AFTER_CANCEL_MS, null);
    log.debug(`snapshot done at ${at()} (capture ${snapshot?.environment.captureMs ?? 0} ms)`);
    for (const warning of snapshot?.environment.warnings ?? [])
        log.warning(redactor.text(warning));
    // The one redaction point: the report is redacted as it is made, so everything that carries it
    // out of the process — the baseline cache entry, the report file and artifact, outputs, summary,
    // comment, check run, annotations — only ever holds the redacted copy.
    // Neither the unredacted report nor the runs' flattened metrics outlive this statement: with a
    // million metrics each copy is hundreds of MB.
    const report = redactor.deep((() => {
        const built = (0,build/* buildReport */.FK)({ inputs, plan, runs, snapshot, context: (0,context/* readReportContext */.u7)(env), startedAt, extraErrors, vary, files });
        runs = { ...runs, metrics: [] };
        log.debug(`report built at ${at()}`);
        return built;
    })());
    log.debug(`redacted at ${at()}`);
    // Baselines live in the Actions cache: only inside a workflow, and loaded only then (the cache
    // client is half the bundle).
    if (inputs.baseline && report.verdict !== 'error' && env.GITHUB_ACTIONS === 'true') {
        try {
            const { baselineStage } = await Promise.all(/* import() */[__webpack_require__.e(864), __webpack_require__.e(211)]).then(__webpack_require__.bind(__webpack_require__, 57211));
            // What was restored from the cache (an older version may have saved it unredacted) is redacted too.
            report.baseline = redactor.deep(await unlessCancelled(baselineStage(report, inputs, env), options.signal, 0, undefined));
        }
        catch (err) {
            log.warning(`baseline skipped: ${String(err)}`);
        }
    }
    report.durationMs = Date.now() - startedAt;
    const written = await (0,write/* writeReport */.u5)(report, inputs.reportPath);
    log.debug(`report written at ${at()}`);
    for (const problem of written.problems)
        log.warning(`report schema: ${problem} (please report this as a repro-gate bug)`);
    return written.report;
}


/***/ }),

/***/ 65142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashFile),
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71939);


/** Read size: large enough that the hash, not the syscalls, is the bottleneck. */
const CHUNK = 1 << 20;
/**
 * Streaming sha256 of a regular file: one reused 1 MiB buffer, so memory stays flat whatever the
 * size (a read stream allocates a fresh buffer per chunk and leaves the garbage collector behind on
 * multi-GiB files). OpenSSL's sha256 uses the CPU's SHA extensions, which keeps this on par with
 * or faster than sha256sum. Anything but a regular file (a FIFO, /dev/zero, a link to one) is
 * refused with SkippedFileError, and so is a file still being read when `signal` aborts.
 */
async function hashFile(file, signal) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const { handle } = await (0,_regular_file_js__WEBPACK_IMPORTED_MODULE_1__/* .openRegularFile */ .ZU)(file);
    try {
        const buffer = Buffer.allocUnsafe(CHUNK);
        let bytes = 0;
        for (;;) {
            if (signal?.aborted)
                throw new _regular_file_js__WEBPACK_IMPORTED_MODULE_1__/* .SkippedFileError */ .Nq(`not hashed: the deadline passed after ${(0,_regular_file_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(bytes)}`);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}


/***/ }),

/***/ 91369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JX: () => (/* binding */ AttestationPolicies),
/* harmony export */   Lv: () => (/* binding */ InputChoices),
/* harmony export */   XN: () => (/* binding */ DeterminismLevels),
/* harmony export */   c$: () => (/* binding */ CommentPolicies),
/* harmony export */   dD: () => (/* binding */ InputDefaultText),
/* harmony export */   dX: () => (/* binding */ Modes),
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   mN: () => (/* binding */ InputFlags),
/* harmony export */   pd: () => (/* binding */ Input),
/* harmony export */   t0: () => (/* binding */ literalDefault)
/* harmony export */ });
/* unused harmony exports Booleans, InputDefaults, VaryWords */
/* harmony import */ var _vary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41262);
/**
 * Every input lives here once: its name, its default, its allowed values and its CLI flag. The
 * action reads these (src/inputs/inputs.ts), the CLI derives its flags, its parser and its --help
 * from them (src/cli/), and __tests__/inputs/contract.test.ts fails when action.yml, --help or the
 * README's input table says anything else. Adding an input: CONTRIBUTING.md.
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
    Isolate: 'isolate',
    FailOnDrift: 'fail-on-drift',
    ReportPath: 'report-path',
    // hidden nondeterminism
    Vary: 'vary',
    VaryMaxRuns: 'vary-max-runs',
    SeedAudit: 'seed-audit',
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
    ReportArtifact: 'report-artifact',
    // signed evidence
    Attestation: 'attestation'
};
const Output = {
    Verdict: 'verdict',
    Reproducible: 'reproducible',
    Drifted: 'drifted',
    DriftedCount: 'drifted-count',
    ReportPath: 'report-path',
    CommentUrl: 'comment-url',
    BaselineVerdict: 'baseline-verdict',
    AttestationPath: 'attestation-path',
    PredicatePath: 'predicate-path',
    PredicateType: 'predicate-type',
    SubjectChecksums: 'subject-checksums',
    SensitiveTo: 'sensitive-to',
    SeedWired: 'seed-wired'
};
const Modes = ['gate', 'record', 'compare', 'publish'];
const DeterminismLevels = ['seeds', 'strict', 'off'];
const CommentPolicies = ['always', 'on-drift', 'never'];
/** `false` (no statement), `true` (a statement for a reproducible run only), `always` (for every verdict). */
const AttestationPolicies = ['false', 'true', 'always'];
/** The two spellings a true/false input accepts. */
const Booleans = ['true', 'false'];
/**
 * Each input's default as action.yml writes it (the runner passes it when the workflow does not);
 * '' = none, the gate works one out (see InputDefaultText). An expression (`${{ … }}`) is the
 * runner's to evaluate: the CLI and readInputs never use it as a value.
 */
const InputDefaults = {
    mode: 'gate',
    command: '',
    runs: '2',
    seed: '42',
    determinism: 'seeds',
    metrics: 'metrics.json',
    tolerance: '0',
    tolerances: '',
    ignore: '',
    artifacts: '',
    'working-directory': '.',
    'timeout-minutes': '',
    isolate: 'false',
    'fail-on-drift': 'true',
    'report-path': 'repro-report.json',
    vary: '',
    'vary-max-runs': '',
    'seed-audit': 'off',
    python: '',
    images: '',
    lockfiles: '',
    data: '',
    snapshot: 'true',
    comment: 'always',
    'comment-key': '',
    'comment-author': '',
    'github-token': '${{ github.token }}',
    'check-name': '',
    'allow-pull-request-target-i-understand-the-risk': 'false',
    baseline: 'true',
    'baseline-key': '',
    'baseline-tolerance': '',
    'fail-on-baseline-drift': 'false',
    'reference-leg': '',
    'report-artifact': 'repro-report',
    attestation: 'false'
};
/**
 * What an input without a written default does when it is not given, where the README's default
 * column and --help say so (the others show —; their README line says what happens).
 */
const InputDefaultText = {
    'vary-max-runs': '1 + the number of factors',
    python: '`python3`',
    lockfiles: 'auto-detect'
};
/** The values an input takes when it is one of a list (the first in each list is not necessarily the default). */
const InputChoices = {
    mode: Modes,
    determinism: DeterminismLevels,
    'fail-on-drift': Booleans,
    'seed-audit': _vary_js__WEBPACK_IMPORTED_MODULE_0__/* .SEED_AUDIT_LEVELS */ .wY,
    snapshot: Booleans,
    comment: CommentPolicies,
    'allow-pull-request-target-i-understand-the-risk': Booleans,
    baseline: Booleans,
    'fail-on-baseline-drift': Booleans,
    attestation: AttestationPolicies
};
/** The factor names `vary` takes (a list, not one choice): the README and --help name each. */
const VaryWords = ['all', ..._vary_js__WEBPACK_IMPORTED_MODULE_0__/* .FACTORS */ .XQ];
/** Every input's CLI flag; null = an input of the action alone (it needs a GitHub workflow). */
const InputFlags = {
    mode: null,
    command: { value: 'cmd', help: 'run with bash -e -o pipefail -c (required unless given after --)' },
    runs: { value: 'n', help: 'runs, at least 2' },
    seed: { value: 'n', help: '0…4294967295, exported as REPRO_SEED' },
    determinism: {
        value: 'level',
        help: [
            '',
            '  seeds:  PYTHONHASHSEED, PL_GLOBAL_SEED = seed',
            '  strict: also CUBLAS_WORKSPACE_CONFIG=:4096:8, TF_DETERMINISTIC_OPS=1,',
            '          TF_CUDNN_DETERMINISTIC=1, PL_SEED_WORKERS=1, XLA_FLAGS+=--xla_gpu_deterministic_ops=true',
            '  off:    only REPRO_SEED, REPRO_RUN, REPRO_RUNS, REPRO_OUTPUT_DIR',
            'variables you already set are never overwritten'
        ].join('\n')
    },
    metrics: { value: 'path', help: 'metrics file the experiment writes: .json, .yaml/.yml, .toml' },
    tolerance: { value: 'tol', help: 'one number (absolute) or atol=…,rtol=… ; |a−b| ≤ atol + rtol·|b|' },
    tolerances: { value: 'rule', help: 'per-metric "<pattern>: atol=…,rtol=…"; the first match wins', repeatable: true },
    ignore: { value: 'pattern', help: 'metric pattern reported but not compared', repeatable: true },
    artifacts: { value: 'glob', help: 'output files that must be bit-identical across runs', repeatable: true },
    'working-directory': { value: 'dir', help: 'where the command runs; other paths resolve against it' },
    'timeout-minutes': { value: 'n', help: 'per run; the whole process tree is killed on timeout' },
    isolate: {
        value: 'user',
        help: 'alone: run the experiment as nobody (or <user>, uid[:gid]) with no_new_privs,\nits own PID namespace and /proc, without the job\'s tokens (needs root or sudo -n)',
        bare: 'true'
    },
    'fail-on-drift': { value: 'bool', help: 'drift exits 0 with a warning' },
    'report-path': { value: 'path', help: 'JSON report' },
    vary: {
        value: 'factors',
        help: `after the repeats, vary factors and name the ones the results change with:\n${_vary_js__WEBPACK_IMPORTED_MODULE_0__/* .FACTORS */ .XQ.join(', ')}\n(comma list; all for every one, all,-timezone to leave one out)`,
        repeatable: true
    },
    'vary-max-runs': { value: 'n', help: 'most extra runs for --vary' },
    'seed-audit': { value: 'level', help: 'one run with another seed; nothing changes\n= the seed is probably not wired' },
    python: { value: 'exe', help: 'interpreter to describe in the environment' },
    images: { value: 'ref', help: 'container image to resolve to a digest', repeatable: true },
    lockfiles: { value: 'glob', help: 'dependency lockfiles', repeatable: true },
    data: { value: 'glob', help: 'input data files to fingerprint', repeatable: true },
    snapshot: { value: 'bool', help: 'capture the environment', negation: 'skip the environment capture' },
    comment: null,
    'comment-key': null,
    'comment-author': null,
    'github-token': null,
    'check-name': null,
    'allow-pull-request-target-i-understand-the-risk': null,
    baseline: null,
    'baseline-key': null,
    'baseline-tolerance': null,
    'fail-on-baseline-drift': null,
    'reference-leg': null,
    'report-artifact': null,
    attestation: {
        value: 'when',
        help: "write an in-toto statement (true: reproducible\nruns only), its predicate and the subjects' sha256sum file beside the report"
    }
};
/** The default readInputs uses for an input given as '' (none for an expression, which is the runner's). */
function literalDefault(name) {
    const value = InputDefaults[name];
    return value.startsWith('${{') ? '' : value;
}


/***/ }),

/***/ 91854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ko: () => (/* binding */ readInputs)
});

// UNUSED EXPORTS: MAX_TIMEOUT_MINUTES, defaultCommentKey, normalizeKey, parseIsolate

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(91369);
// EXTERNAL MODULE: ./src/inputs/tolerance.ts
var inputs_tolerance = __webpack_require__(56247);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(64533);
// EXTERNAL MODULE: ./src/inputs/patterns.ts
var patterns = __webpack_require__(18101);
// EXTERNAL MODULE: ./src/metrics/parsers/index.ts + 1 modules
var parsers = __webpack_require__(53815);
;// CONCATENATED MODULE: ./src/inputs/writable.ts



/**
 * Checks, before anything runs, that `file` (input `name`, given as `raw`) can be written where it
 * will be at the end: not a directory, and in a folder the gate can write (or create). It tries
 * rather than asks (`access` says yes to root even on read-only places): an existing file is opened
 * for writing without truncation, a missing one's nearest existing folder gets an empty probe
 * folder, removed at once. Throws InputError naming the input, what it resolves to and what to do.
 */
function assertWritableFile(name, raw, file) {
    const where = `${name}: "${raw}" resolves to ${file}`;
    const stat = statOrNull(file);
    if (stat) {
        if (stat.isDirectory())
            throw new errors/* InputError */.d(`${where}, which is a directory; give a file path such as ${external_node_path_.join(raw, 'repro-report.json')}`);
        if (!stat.isFile())
            throw new errors/* InputError */.d(`${where}, which is not a regular file; give the path of a file to (over)write`);
        const why = cannotOpen(file);
        if (why)
            throw new errors/* InputError */.d(`${where}, which exists and cannot be written (${why}); choose another path`);
        return;
    }
    // The first existing folder on the way up must be a folder we can create the rest in.
    let dir = external_node_path_.dirname(file);
    let existing = statOrNull(dir);
    while (!existing && external_node_path_.dirname(dir) !== dir) {
        dir = external_node_path_.dirname(dir);
        existing = statOrNull(dir);
    }
    if (existing && !existing.isDirectory())
        throw new errors/* InputError */.d(`${where}, but ${dir} is a file, not a folder; choose another path`);
    const why = cannotCreateIn(dir);
    if (why)
        throw new errors/* InputError */.d(`${where}, but the folder ${dir} cannot be written (${why}); choose another path`);
}
function statOrNull(p) {
    try {
        return external_node_fs_.statSync(p);
    }
    catch {
        return null;
    }
}
function reason(err) {
    const code = err.code;
    if (code === 'EACCES' || code === 'EPERM')
        return `${code}: permission denied`;
    if (code === 'EROFS')
        return 'EROFS: read-only file system';
    return code ?? String(err);
}
/** Null when `file` opens for writing (nothing is changed), else why not. */
function cannotOpen(file) {
    try {
        external_node_fs_.closeSync(external_node_fs_.openSync(file, 'r+'));
        return null;
    }
    catch (err) {
        return reason(err);
    }
}
/** Null when a folder can be created in `dir` (the probe is removed at once), else why not. */
function cannotCreateIn(dir) {
    try {
        external_node_fs_.rmdirSync(external_node_fs_.mkdtempSync(external_node_path_.join(dir, '.repro-gate-probe-')));
        return null;
    }
    catch (err) {
        return reason(err);
    }
}

// EXTERNAL MODULE: ./src/keys.ts
var keys = __webpack_require__(35670);
// EXTERNAL MODULE: ./src/inputs/vary.ts
var inputs_vary = __webpack_require__(41262);
;// CONCATENATED MODULE: ./src/inputs/inputs.ts










/** `isolate`: `false`/'' = off, `true` = the `nobody` user, or a user name / `uid[:gid]` other than root. */
function parseIsolate(raw) {
    const value = raw.trim();
    const lower = value.toLowerCase();
    if (lower === '' || lower === 'false')
        return null;
    if (lower === 'true')
        return { spec: 'nobody' };
    if (/^\d+(:\d+)?$/.test(value) ? Number(value.split(':')[0]) === 0 : value === 'root') {
        throw new errors/* InputError */.d(`${constants/* Input */.pd.Isolate}: got "${raw}": the experiment must run as an unprivileged user, not root (true = nobody)`);
    }
    if (!/^(\d+(:\d+)?|[a-z_][a-z0-9_.-]*\$?)$/i.test(value)) {
        throw new errors/* InputError */.d(`${constants/* Input */.pd.Isolate}: got "${raw}", expected true, false, a user name or uid[:gid] (true = nobody)`);
    }
    return { spec: value };
}
const MAX_SEED = 4294967295;
/** timeout-minutes at most: a self-hosted runner's job limit (5 days); hosted jobs stop at 360. */
const MAX_TIMEOUT_MINUTES = 7200;
function list(raw) {
    return raw
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}
/** The value given, trimmed, or the input's default (InputDefaults). */
function orDefault(name, raw) {
    return raw.trim() || (0,constants/* literalDefault */.t0)(name);
}
function oneOf(name, raw, allowed) {
    const value = orDefault(name, raw);
    if (allowed.includes(value))
        return value;
    throw new errors/* InputError */.d(`${name}: got "${raw}", expected one of: ${allowed.join(', ')}`);
}
function bool(name, raw) {
    const value = orDefault(name, raw).toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new errors/* InputError */.d(`${name}: got "${raw}", expected true or false`);
}
/** A whole number from `min` to `max` (else `fallback` or the default); `why` follows the bounds in the error (what they protect). */
function integer(name, raw, min, max, why = '', fallback) {
    const text = raw.trim() === '' && fallback !== undefined ? String(fallback) : orDefault(name, raw);
    if (!/^[+-]?\d+$/.test(text) || Number(text) < min || Number(text) > max) {
        throw new errors/* InputError */.d(`${name}: got "${raw}", expected a whole number from ${min} to ${max}${why ? ` (${why})` : ''}`);
    }
    return Number(text);
}
function resolveFrom(base, p) {
    return external_node_path_.isAbsolute(p) ? external_node_path_.normalize(p) : external_node_path_.resolve(base, p);
}
/** Letters, digits, `.`, `_` and single `-` only: other runs become one `-`. */
function normalizeKey(key) {
    return (0,keys/* sanitizeKey */.P)(key, keys/* KeyRules */.n.commentKey);
}
/** The default comment key: workflow file plus job id, so two gates in one PR keep two comments. */
function defaultCommentKey(env) {
    const workflowRef = env.GITHUB_WORKFLOW_REF ?? '';
    const file = workflowRef.split('@')[0]?.split('/').pop() ?? '';
    const workflow = (file || env.GITHUB_WORKFLOW || 'local').replace(/\.ya?ml$/, '');
    const job = env.GITHUB_JOB || 'repro-gate';
    return (0,keys/* sanitizeKey */.P)(`${workflow}-${job}`, keys/* KeyRules */.n.defaultCommentKey);
}
/**
 * Reads and validates every input. Throws InputError naming the input, the value received and
 * what is accepted; paths resolve as documented: working-directory against GITHUB_WORKSPACE
 * (or the current directory), every other path against working-directory.
 */
function readInputs(source, env = process.env) {
    const get = (name) => source.get(name) ?? '';
    const mode = oneOf(constants/* Input */.pd.Mode, get(constants/* Input */.pd.Mode), constants/* Modes */.dX);
    const command = get(constants/* Input */.pd.Command).trim();
    const needsCommand = mode === 'gate' || mode === 'record';
    if (needsCommand && command === '') {
        throw new errors/* InputError */.d(`${constants/* Input */.pd.Command}: required, e.g. "python train.py" (it runs with bash -e -o pipefail -c)`);
    }
    const runs = integer(constants/* Input */.pd.Runs, get(constants/* Input */.pd.Runs), 2, 100, 'one run proves nothing about reproducibility');
    const seed = integer(constants/* Input */.pd.Seed, get(constants/* Input */.pd.Seed), 0, MAX_SEED);
    const determinism = oneOf(constants/* Input */.pd.Determinism, get(constants/* Input */.pd.Determinism), constants/* DeterminismLevels */.XN);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const wdRaw = orDefault(constants/* Input */.pd.WorkingDirectory, get(constants/* Input */.pd.WorkingDirectory));
    const workingDirectory = resolveFrom(workspace, wdRaw);
    let stat;
    try {
        stat = external_node_fs_.statSync(workingDirectory);
    }
    catch {
        stat = undefined;
    }
    if (!stat?.isDirectory()) {
        throw new errors/* InputError */.d(`${constants/* Input */.pd.WorkingDirectory}: "${wdRaw}" resolves to ${workingDirectory}, which is not an existing directory (did the checkout step run?)`);
    }
    const metricsRaw = orDefault(constants/* Input */.pd.Metrics, get(constants/* Input */.pd.Metrics));
    if (!(0,parsers/* formatFor */.Bm)(metricsRaw)) {
        throw new errors/* InputError */.d(`${constants/* Input */.pd.Metrics}: "${metricsRaw}" has no supported extension; the metrics file must be ${parsers/* supportedExtensions */.x5.join(', ')} (the format is chosen by extension)`);
    }
    const tolerance = (0,inputs_tolerance/* parseTolerance */.BL)(orDefault(constants/* Input */.pd.Tolerance, get(constants/* Input */.pd.Tolerance)), constants/* Input */.pd.Tolerance);
    const ignore = list(get(constants/* Input */.pd.Ignore));
    ignore.forEach((p) => (0,patterns/* compileMetricPattern */.c)(p));
    const timeoutRaw = get(constants/* Input */.pd.TimeoutMinutes).trim();
    let timeoutMinutes = null;
    if (timeoutRaw !== '') {
        const n = Number(timeoutRaw);
        if (!Number.isFinite(n) || n <= 0 || n > MAX_TIMEOUT_MINUTES) {
            throw new errors/* InputError */.d(`${constants/* Input */.pd.TimeoutMinutes}: got "${timeoutRaw}", expected a number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES} ` +
                `(the longest a self-hosted job may run; e.g. 30 or 0.5)`);
        }
        timeoutMinutes = n;
    }
    // The report is written after the last run: a path it cannot go to must stop the gate before run 1.
    const reportPathRaw = orDefault(constants/* Input */.pd.ReportPath, get(constants/* Input */.pd.ReportPath));
    const reportPath = resolveFrom(workingDirectory, reportPathRaw);
    if (mode !== 'publish')
        assertWritableFile(constants/* Input */.pd.ReportPath, reportPathRaw, reportPath);
    let vary;
    try {
        vary = (0,inputs_vary/* parseVary */.uG)(get(constants/* Input */.pd.Vary), constants/* Input */.pd.Vary);
    }
    catch (err) {
        throw new errors/* InputError */.d(err.message);
    }
    const varyMaxRuns = integer(constants/* Input */.pd.VaryMaxRuns, get(constants/* Input */.pd.VaryMaxRuns), 0, 100, '', 1 + vary.length);
    // One spelling that survives every place the key goes (comment marker, cache key, artifact name).
    const commentKeys = list(get(constants/* Input */.pd.CommentKey)).map(normalizeKey);
    if (mode === 'publish' && commentKeys.length === 0) {
        throw new errors/* InputError */.d(`${constants/* Input */.pd.CommentKey}: required in mode: publish — the comment key(s) of the gate job(s) whose reports this workflow posts, one per line ` +
            `(the gate's ${constants/* Input */.pd.CommentKey}, e.g. "train"). The triggering run's artifacts are written by the pull request's code, so a report under any other key is refused.`);
    }
    const commentKey = mode === 'publish' ? commentKeys[0] : normalizeKey(get(constants/* Input */.pd.CommentKey).trim() || defaultCommentKey(env));
    const baselineToleranceRaw = get(constants/* Input */.pd.BaselineTolerance);
    const checkName = get(constants/* Input */.pd.CheckName).trim();
    return {
        mode,
        command,
        runs,
        seed,
        determinism,
        metrics: resolveFrom(workingDirectory, metricsRaw),
        tolerance,
        tolerances: (0,inputs_tolerance/* parseToleranceRules */.Sd)(get(constants/* Input */.pd.Tolerances), constants/* Input */.pd.Tolerances),
        ignore,
        artifacts: list(get(constants/* Input */.pd.Artifacts)),
        workingDirectory,
        timeoutMinutes,
        isolate: parseIsolate(get(constants/* Input */.pd.Isolate)),
        failOnDrift: bool(constants/* Input */.pd.FailOnDrift, get(constants/* Input */.pd.FailOnDrift)),
        reportPath,
        vary,
        varyMaxRuns,
        seedAudit: oneOf(constants/* Input */.pd.SeedAudit, get(constants/* Input */.pd.SeedAudit), inputs_vary/* SEED_AUDIT_LEVELS */.wY),
        python: get(constants/* Input */.pd.Python).trim() || (process.platform === 'win32' ? 'python' : 'python3'),
        images: list(get(constants/* Input */.pd.Images)),
        lockfiles: list(get(constants/* Input */.pd.Lockfiles)),
        data: list(get(constants/* Input */.pd.Data)),
        snapshot: bool(constants/* Input */.pd.Snapshot, get(constants/* Input */.pd.Snapshot)),
        comment: oneOf(constants/* Input */.pd.Comment, get(constants/* Input */.pd.Comment), constants/* CommentPolicies */.c$),
        commentKey,
        commentKeys,
        commentAuthor: get(constants/* Input */.pd.CommentAuthor).trim() || null,
        githubToken: get(constants/* Input */.pd.GithubToken).trim(),
        checkName: checkName === '' ? null : checkName,
        allowPullRequestTarget: bool(constants/* Input */.pd.AllowPullRequestTarget, get(constants/* Input */.pd.AllowPullRequestTarget)),
        baseline: bool(constants/* Input */.pd.Baseline, get(constants/* Input */.pd.Baseline)),
        baselineKey: (0,keys/* sanitizeKey */.P)(get(constants/* Input */.pd.BaselineKey).trim() || commentKey, keys/* KeyRules */.n.baselineKey),
        baselineTolerance: baselineToleranceRaw.trim() === '' ? tolerance : (0,inputs_tolerance/* parseTolerance */.BL)(baselineToleranceRaw, constants/* Input */.pd.BaselineTolerance),
        failOnBaselineDrift: bool(constants/* Input */.pd.FailOnBaselineDrift, get(constants/* Input */.pd.FailOnBaselineDrift)),
        referenceLeg: get(constants/* Input */.pd.ReferenceLeg).trim() || null,
        reportArtifact: orDefault(constants/* Input */.pd.ReportArtifact, get(constants/* Input */.pd.ReportArtifact)),
        attestation: oneOf(constants/* Input */.pd.Attestation, get(constants/* Input */.pd.Attestation).toLowerCase(), constants/* AttestationPolicies */.JX)
    };
}


/***/ }),

/***/ 18101:
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
        if (c === '.' && pattern.slice(i + 1) === '**') {
            // A trailing `.**` also matches the bare prefix: `eval.**` matches `eval` itself.
            source += '(?:\\..*)?';
            break;
        }
        if (c === '*' && pattern[i + 1] === '*') {
            // `a.**.b` also matches `a.b`.
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

/***/ 56247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BL: () => (/* binding */ parseTolerance),
/* harmony export */   R9: () => (/* binding */ toleranceSchema),
/* harmony export */   Sd: () => (/* binding */ parseToleranceRules)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64533);
/* harmony import */ var _json_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87522);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18101);
/**
 * Tolerances as the user writes them (`tolerance`, `tolerances`, `baseline-tolerance`): their type,
 * their JSON Schema and their parsing. The compare stage applies them (`compare/tolerance.ts`).
 */



const toleranceSchema = {
    type: 'object',
    required: ['atol', 'rtol'],
    additionalProperties: false,
    properties: { atol: _json_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .nonNegative */ .rG, rtol: _json_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .nonNegative */ .rG }
};
const NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function parseNonNegative(input, key, raw) {
    const text = raw.trim();
    if (!NUMBER.test(text) || !Number.isFinite(Number(text))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${input}: ${key} must be a finite non-negative number like 0, 1e-6 or 0.01, got "${raw}"`);
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
        if (!NUMBER.test(text) || !Number.isFinite(Number(text))) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${input}: expected one number or "atol=<number>,rtol=<number>", got "${raw}" (finite and non-negative, e.g. 1e-6, or atol=1e-8,rtol=1e-5)`);
        }
        return { atol: Number(text), rtol: 0 };
    }
    const tolerance = { atol: 0, rtol: 0 };
    const seen = new Set();
    for (const part of text.split(',')) {
        const eq = part.indexOf('=');
        const key = part.slice(0, eq).trim().toLowerCase();
        if (eq < 0 || (key !== 'atol' && key !== 'rtol')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${input}: expected one number or "atol=<number>,rtol=<number>", got "${raw}" (unknown part "${part.trim()}")`);
        }
        if (seen.has(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${input}: ${key} is given twice in "${raw}"`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${input}: line ${i + 1} "${text}" needs a metric pattern before the last ":", e.g. "eval.*: atol=1e-6" or "loss: 0.01"`);
        }
        (0,_patterns_js__WEBPACK_IMPORTED_MODULE_2__/* .compileMetricPattern */ .c)(pattern); // validates
        rules.push({ pattern, tolerance: parseTolerance(text.slice(colon + 1), `${input} (line ${i + 1})`) });
    });
    return rules;
}


/***/ }),

/***/ 41262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XQ: () => (/* binding */ FACTORS),
/* harmony export */   uG: () => (/* binding */ parseVary),
/* harmony export */   wY: () => (/* binding */ SEED_AUDIT_LEVELS)
/* harmony export */ });
/** The factors, in the order they are tried and listed. Users write these names in workflows: keep them stable. */
const FACTORS = ['hashseed', 'timezone', 'locale', 'threads', 'cwd', 'umask', 'home', 'hostname'];
const SEED_AUDIT_LEVELS = ['off', 'warn', 'fail'];
/**
 * Reads the `vary` input: factor names separated by commas or lines, `all` for every factor,
 * `-name` to leave one out (`all,-timezone`). Returns the factors in their canonical order.
 * Throws an Error naming the input, the value and the accepted names.
 */
function parseVary(raw, inputName = 'vary') {
    const words = raw
        .split(/[,\n\r]/)
        .map((w) => w.trim())
        .filter((w) => w !== '' && !w.startsWith('#'));
    const chosen = new Set();
    const excluded = new Set();
    for (const word of words) {
        const name = word.replace(/^[-!]/, '').toLowerCase();
        const exclude = word !== name && /^[-!]/.test(word);
        if (name === 'all' || name === 'none') {
            if (exclude)
                throw new Error(`${inputName}: got "${word}"; "${name}" cannot be excluded`);
            if (name === 'all')
                FACTORS.forEach((f) => chosen.add(f));
            continue;
        }
        if (!FACTORS.includes(name)) {
            throw new Error(`${inputName}: got "${word}" in "${raw.trim()}", expected factor names from: all, ${FACTORS.join(', ')} (prefix - to leave one out: all,-timezone)`);
        }
        if (exclude)
            excluded.add(name);
        else
            chosen.add(name);
    }
    return FACTORS.filter((f) => chosen.has(f) && !excluded.has(f));
}


/***/ }),

/***/ 87522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H5: () => (/* binding */ nullableNumber),
/* harmony export */   rG: () => (/* binding */ nonNegative),
/* harmony export */   vJ: () => (/* binding */ nullableString)
/* harmony export */ });
/** JSON Schema (draft-07) primitives shared by every stage's schema fragment. */
const nullableString = { type: ['string', 'null'] };
const nullableNumber = { type: ['number', 'null'] };
const nonNegative = { type: 'number', minimum: 0 };


/***/ }),

/***/ 35670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ sanitizeKey),
/* harmony export */   n: () => (/* binding */ KeyRules)
/* harmony export */ });
const SAFE_NAME = /[^A-Za-z0-9._-]+/g;
const KeyRules = {
    /** The `comment-key` input as stored: letters, digits, `.`, `_` and single `-`. */
    commentKey: { unsafe: SAFE_NAME, replacement: '-', collapse: true, trim: /^[-.]+|[-.]+$/g, max: 100, trimAfterCut: null, fallback: 'repro-gate' },
    /** The default comment key (workflow file and job) before it is stored as the input. */
    defaultCommentKey: { unsafe: SAFE_NAME, replacement: '-', collapse: false, trim: null, max: Infinity, trimAfterCut: null, fallback: '' },
    /** The key inside the comment's hidden marker: `/` allowed, nothing that can end an HTML comment. */
    commentMarker: { unsafe: /[^A-Za-z0-9._/-]+/g, replacement: '-', collapse: false, trim: null, max: 200, trimAfterCut: null, fallback: 'repro-gate' },
    /** One part of an artifact name (the artifact client rejects the rest). */
    artifactName: { unsafe: SAFE_NAME, replacement: '-', collapse: true, trim: /^[-.]+|[-.]+$/g, max: Infinity, trimAfterCut: null, fallback: '' },
    /** The `baseline-key` input as stored: commas are the cache service's key separator. */
    baselineKey: { unsafe: /,/g, replacement: '-', collapse: false, trim: null, max: 200, trimAfterCut: null, fallback: '' },
    /** The baseline key inside a cache key: no `--`, no dash at either end, so `--` can delimit it; 412 = the cache's 512 less room for the prefix and commit. */
    cacheKey: { unsafe: /[,\s]+/g, replacement: '-', collapse: true, trim: /^-+|-+$/g, max: 412, trimAfterCut: /-+$/g, fallback: 'default' },
    /** A commit inside a cache key: letters and digits only. */
    cacheCommit: { unsafe: /[^0-9A-Za-z]/g, replacement: '', collapse: false, trim: null, max: Infinity, trimAfterCut: null, fallback: '' }
};
/** Makes `text` safe as the kind of key `rule` describes. */
function sanitizeKey(text, rule) {
    let key = text.replace(rule.unsafe, rule.replacement);
    if (rule.collapse)
        key = key.replace(/-{2,}/g, '-');
    if (rule.trim)
        key = key.replace(rule.trim, '');
    if (key.length > rule.max)
        key = key.slice(0, rule.max);
    if (rule.trimAfterCut)
        key = key.replace(rule.trimAfterCut, '');
    return key || rule.fallback;
}


/***/ }),

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ asIs),
/* harmony export */   aB: () => (/* binding */ silentLog),
/* harmony export */   bJ: () => (/* binding */ stderrLog)
/* harmony export */ });
/**
 * Where repro-gate's messages go: one port (`Log`) and two adapters, the CLI's stderr (`stderrLog`,
 * here) and the action's `@actions/core` (`actionLog`, in action-log.ts: the CLI never loads the
 * toolkit, which is a megabyte of code to parse at every start). A stage asks for the part it uses
 * (`Pick<Log, 'info' | 'warning'>`), so a test passes a recorder of just that part.
 */
const asIs = (text) => text;
const silentLog = { debug: () => { }, info: () => { }, notice: () => { }, warning: () => { }, annotate: () => { } };
/** The CLI's log: one line per message on stderr (stdout carries the report); debug lines only when asked. */
function stderrLog(stderr, options = {}) {
    const redact = options.redact ?? asIs;
    const line = (prefix, m) => void stderr.write(`${prefix}${redact(m)}\n`);
    return {
        debug: (m) => (options.debug ? line('debug: ', m) : undefined),
        info: (m) => line('', m),
        notice: (m) => line('notice: ', m),
        warning: (m) => line('warning: ', m),
        annotate: (m, title) => line(`error: ${redact(title)}: `, m)
    };
}


/***/ }),

/***/ 20787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ formatDeviation)
/* harmony export */ });
/**
 * A deviation or tolerance bound as a reviewer reads it: three significant digits, exponent form
 * when tiny or huge. Lives with the metrics so every later stage (vary, report) shares one format.
 */
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


/***/ }),

/***/ 53815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bm: () => (/* binding */ formatFor),
  x5: () => (/* binding */ supportedExtensions)
});

// UNUSED EXPORTS: metricsFormats

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/metrics/parsers/json.ts
// Python's json.dump writes NaN, Infinity and -Infinity as bare tokens, which JSON.parse rejects.
// They are rewritten (outside strings only) to tagged strings and turned back into numbers by the reviver.
const TAG = '\u0000repro-gate-nonfinite:';
const TOKENS = ['-Infinity', 'Infinity', 'NaN'];
function tagNonFiniteTokens(text) {
    // Copies unchanged spans whole (a character at a time would be ~20 million appends for 20 MB).
    const parts = [];
    let copied = 0;
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 0x22 /* " */) {
            // Skip the string, escapes included.
            i++;
            while (i < text.length) {
                const d = text.charCodeAt(i);
                if (d === 0x5c /* \ */)
                    i += 2;
                else if (d === 0x22)
                    break;
                else
                    i++;
            }
            i++;
            continue;
        }
        if (c === 0x4e /* N */ || c === 0x49 /* I */ || c === 0x2d /* - */) {
            const token = TOKENS.find((t) => text.startsWith(t, i));
            if (token) {
                parts.push(text.slice(copied, i), JSON.stringify(TAG + token));
                i += token.length;
                copied = i;
                continue;
            }
        }
        i++;
    }
    parts.push(text.slice(copied));
    return parts.join('');
}
const jsonParser = {
    format: 'JSON',
    extensions: ['.json'],
    parse(text) {
        // A reviver makes JSON.parse several times slower: only a text with the tokens pays for it.
        if (!/NaN|Infinity/.test(text))
            return JSON.parse(text);
        return JSON.parse(tagNonFiniteTokens(text), (_key, value) => {
            if (typeof value === 'string' && value.startsWith(TAG))
                return Number(value.slice(TAG.length));
            return value;
        });
    }
};

;// CONCATENATED MODULE: ./src/metrics/parsers/index.ts


/**
 * Adding a format: one new file and one line here. YAML and TOML parsers are loaded only when a
 * run writes such a file, so the common JSON case does not pay for parsing their code.
 */
const metricsFormats = [
    { format: 'JSON', extensions: jsonParser.extensions, load: async () => jsonParser },
    { format: 'YAML', extensions: ['.yaml', '.yml'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(645), __webpack_require__.e(986)]).then(__webpack_require__.bind(__webpack_require__, 48986))).yamlParser },
    { format: 'TOML', extensions: ['.toml'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(410), __webpack_require__.e(381)]).then(__webpack_require__.bind(__webpack_require__, 29381))).tomlParser }
];
/** The format of a metrics file by its extension, or undefined. */
function formatFor(file) {
    const ext = external_node_path_.extname(file).toLowerCase();
    return metricsFormats.find((f) => f.extensions.includes(ext));
}
const supportedExtensions = metricsFormats.flatMap((f) => f.extensions);


/***/ }),

/***/ 85594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ encodeValue),
/* harmony export */   jx: () => (/* binding */ encodedValueSchema),
/* harmony export */   wz: () => (/* binding */ decodeValue)
/* harmony export */ });
/**
 * A metric's value as read from a metrics file, and as written into a report. JSON has no NaN or
 * Infinity, so non-finite numbers are written as a tagged object: a string metric "NaN" and the
 * number NaN must stay distinguishable.
 */
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


/***/ }),

/***/ 88228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ planSeedVariables),
/* harmony export */   RV: () => (/* binding */ runVariables)
/* harmony export */ });
/* unused harmony exports XLA_DETERMINISTIC_FLAG, determinismKnobs */
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


/***/ }),

/***/ 71939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nq: () => (/* binding */ SkippedFileError),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   ZU: () => (/* binding */ openRegularFile),
/* harmony export */   h_: () => (/* binding */ fileKind),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Only regular files are read. A path can name a FIFO (opening it blocks until a writer comes), a
 * character device (`/dev/zero`, `/dev/urandom`: endless) or a symlink to one; reading such a
 * "file" hangs the gate and grows its memory without bound. Files are opened without blocking
 * and checked with fstat on the open handle (no race between the check and the read).
 */


/** What a path is, in words, when it is not a regular file. */
function fileKind(stats) {
    if (stats.isFIFO())
        return 'a FIFO (named pipe)';
    if (stats.isCharacterDevice())
        return 'a character device (like /dev/zero)';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isDirectory())
        return 'a directory';
    return 'not a regular file';
}
/** A path that is not a regular file, or one larger than the reader accepts; the message says which. */
class SkippedFileError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SkippedFileError';
    }
}
// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer (absent on Windows, which has no FIFOs in the file system).
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/** Opens a regular file for reading; throws SkippedFileError for anything else (symlinks are followed to what they name). */
async function openRegularFile(file) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, OPEN_FLAGS);
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw new SkippedFileError(`${fileKind(stats)}: only regular files are read`);
        return { handle, stats };
    }
    catch (err) {
        await handle.close();
        throw err;
    }
}
/**
 * Reads a regular file whole, refusing more than `maxBytes` (checked on the size, and again while
 * reading, for a file that grows). Throws SkippedFileError when it is not a regular file or too large.
 */
async function readRegularFile(file, maxBytes) {
    const { handle, stats } = await openRegularFile(file);
    try {
        if (stats.size > maxBytes)
            throw new SkippedFileError(`${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} read limit`);
        const chunks = [];
        let total = 0;
        for (;;) {
            const buffer = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total) || 1);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > maxBytes)
                throw new SkippedFileError(`grew past the ${formatBytes(maxBytes)} read limit while being read`);
            chunks.push(buffer.subarray(0, bytesRead));
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        await handle.close();
    }
}
/** 1536 → "1.5 KiB". */
function formatBytes(bytes) {
    const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}


/***/ }),

/***/ 63183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FK: () => (/* binding */ buildReport),
  AU: () => (/* binding */ decideVerdict),
  eP: () => (/* binding */ reportInputs)
});

// EXTERNAL MODULE: ./src/compare/compareRuns.ts
var compareRuns = __webpack_require__(73873);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(83912);
// EXTERNAL MODULE: ./src/report/types.ts
var types = __webpack_require__(12306);
// EXTERNAL MODULE: ./src/vary/factors.ts + 1 modules
var factors = __webpack_require__(90977);
// EXTERNAL MODULE: ./src/metrics/format.ts
var format = __webpack_require__(20787);
;// CONCATENATED MODULE: ./src/vary/cause.ts

/** Relative deviations up to this are floating-point rounding (float32 sums in another order reach ~1e-6). */
const ROUNDING_SCALE = 1e-5;
/** Relative deviations beyond this are far from rounding: randomness, not arithmetic order. */
const LARGE_SCALE = 1e-3;
function likelyCause(e) {
    const drifted = e.metrics.filter((m) => m.status === 'drift');
    const driftedArtifacts = e.artifacts.filter((a) => a.status === 'drift');
    if (drifted.length === 0 && driftedArtifacts.length === 0)
        return null;
    if (drifted.length === 0) {
        const a = driftedArtifacts[0];
        const compared = e.metrics.filter((m) => m.status === 'pass').length;
        const sizes = new Set(a.bytes.filter((b) => b !== null));
        return {
            kind: 'artifact-content',
            summary: 'likely a timestamp, a random name or an unordered iteration written into the file: the artifact changes while every metric agrees',
            evidence: [
                `${driftedArtifacts.map((x) => `\`${x.path}\``).slice(0, 3).join(', ')} ${driftedArtifacts.length === 1 ? 'differs' : 'differ'} between runs while all ${compared} compared metrics agree`,
                sizes.size === 1 ? `\`${a.path}\` has the same size in every run, so its bytes changed in place (a time, an id, or an order)` : `\`${a.path}\` changes size between runs`
            ],
            suggestion: 'write files without timestamps, with sorted keys and in a fixed order; compare the two versions in the run folders to see the bytes that move'
        };
    }
    const numeric = drifted.filter((m) => m.maxRelDeviation !== null);
    if (numeric.length === 0)
        return null;
    const worst = numeric.reduce((a, b) => ((b.maxRelDeviation ?? 0) > (a.maxRelDeviation ?? 0) ? b : a));
    const worstRel = worst.maxRelDeviation ?? 0;
    const deviationLine = `largest relative deviation ${(0,format/* formatDeviation */.v)(worstRel)} (\`${worst.name}\`, |Δ| ${(0,format/* formatDeviation */.v)(worst.maxAbsDeviation ?? 0)})`;
    if (worstRel <= ROUNDING_SCALE) {
        const parallel = e.threads.max > 1 || e.gpus.length > 0;
        if (!parallel)
            return null;
        return {
            kind: 'reduction-order',
            summary: 'likely floating-point reduction order: parallel sums or non-deterministic GPU kernels add the same numbers in another order',
            evidence: [
                `${deviationLine}: floating-point rounding scale (≤ ${(0,format/* formatDeviation */.v)(ROUNDING_SCALE)})`,
                ...(e.threads.max > 1 ? [`the runs had up to ${e.threads.max} threads (${e.threads.detail})`] : []),
                ...(e.gpus.length > 0 ? [`the runs had a GPU (${e.gpus.slice(0, 2).join(', ')})`] : [])
            ],
            suggestion: 'confirm with `determinism: strict` and one thread (OMP_NUM_THREADS=1, MKL_NUM_THREADS=1); or allow it with a tolerance above the deviation'
        };
    }
    const audit = e.seedAudit;
    if (audit?.wired) {
        const comparable = numeric.flatMap((m) => {
            const s = audit.spread.find((x) => x.name === m.name)?.spread;
            const d = m.maxAbsDeviation ?? 0;
            return s && d > 0 && d / s >= 0.1 && d / s <= 10 ? [`\`${m.name}\` moves ${(0,format/* formatDeviation */.v)(d)} between repeats; another seed moves it ${(0,format/* formatDeviation */.v)(s)}`] : [];
        });
        if (comparable.length > 0) {
            return {
                kind: 'unseeded-generator',
                summary: 'likely an unseeded random generator: the repeats differ about as much as two different seeds do',
                evidence: [deviationLine, ...comparable.slice(0, 3)],
                suggestion: 'seed every generator from REPRO_SEED (random, numpy, torch, data loader workers and shuffles)'
            };
        }
    }
    if (worstRel > LARGE_SCALE) {
        return {
            kind: 'unseeded-generator',
            summary: 'likely an unseeded random generator: the deviations are far beyond floating-point rounding',
            evidence: [`${deviationLine}: more than ${(0,format/* formatDeviation */.v)(LARGE_SCALE)}, far beyond rounding`],
            suggestion: 'seed every generator from REPRO_SEED; `seed-audit: warn` measures how far another seed moves each metric'
        };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/report/build.ts





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
        failOnBaselineDrift: inputs.failOnBaselineDrift,
        reportPath: inputs.reportPath,
        // Only when used, so reports without variations read as before.
        ...(inputs.vary.length > 0 || inputs.seedAudit !== 'off' ? { vary: inputs.vary, varyMaxRuns: inputs.varyMaxRuns, seedAudit: inputs.seedAudit } : {}),
        ...(inputs.isolate ? { isolate: inputs.isolate.spec } : {})
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
    if (runs.stopped)
        errors.push({ run: null, message: runs.stopped });
    else if (runs.skipped > 0 && runs.records.length > 0) {
        const last = runs.records[runs.records.length - 1];
        const why = last.cancelled ? 'the job was cancelled' : `run ${last.index} failed`;
        errors.push({ run: null, message: `${runs.skipped} of ${plan.runs} runs were not started because ${why}` });
    }
    // A file of the user's that the gate could not put back is an error, whatever the runs found.
    for (const input of args.files?.inputs ?? []) {
        if (input.after === 'unverified') {
            errors.push({ run: null, message: `${input.path} could not be put back as it was before the gate; its original is kept at ${input.saved}` });
        }
    }
    errors.push(...(args.extraErrors ?? []));
    errors.push(...(args.vary?.errors ?? []));
    const comparable = runs.metrics.filter((m, i) => m !== null && runs.records[i].error === null);
    const metrics = comparable.length >= 2 ? (0,compareRuns/* compareRuns */.qB)(comparable, inputs) : [];
    const cleanRuns = runs.records.filter((r) => r.error === null);
    const artifacts = cleanRuns.length >= 2 ? (0,compareRuns/* compareArtifacts */.Tu)(cleanRuns.map((r) => r.artifacts)) : [];
    const drifted = [
        ...metrics.filter((m) => m.status === 'drift').map((m) => ({ kind: 'metric', name: m.name })),
        ...artifacts.filter((a) => a.status === 'drift').map((a) => ({ kind: 'artifact', name: a.path })),
        // Sensitivity to a factor is drift like any other (it fails the check unless fail-on-drift is false).
        ...(args.vary?.drifted ?? [])
    ];
    const verdict = decideVerdict(errors, drifted);
    const report = {
        schemaVersion: types/* SCHEMA_VERSION */.f,
        tool: { name: 'repro-gate', version: version/* VERSION */.x },
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
    if (args.files)
        report.files = args.files;
    if (snapshot) {
        report.environment = snapshot.environment;
        report.lockfiles = snapshot.lockfiles;
    }
    if (runs.containment)
        report.containment = runs.containment;
    if (args.vary?.variations)
        report.variations = args.vary.variations;
    if (args.vary?.seedAudit)
        report.seedAudit = args.vary.seedAudit;
    // A likely cause for a same-environment drift: read from the deviations, threads, GPUs and the seed audit.
    const gpu = snapshot?.environment.gpu;
    const cause = likelyCause({
        metrics,
        artifacts,
        threads: (0,factors/* controlThreads */.LI)(plan.env),
        gpus: gpu?.status === 'ok' ? gpu.devices.map((d) => d.name) : [],
        seedAudit: args.vary?.seedAudit ?? null
    });
    if (cause)
        report.likelyCause = cause;
    if (plan.exposure)
        report.exposure = plan.exposure;
    return report;
}


/***/ }),

/***/ 39148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ payloadField),
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   u7: () => (/* binding */ readReportContext)
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
/** A nested field of the event payload (`payloadField(p, 'pull_request', 'head', 'sha')`), or undefined. */
function payloadField(obj, ...keys) {
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
    const prNumber = payloadField(payload, 'pull_request', 'number') ?? payloadField(payload, 'number');
    const headSha = payloadField(payload, 'pull_request', 'head', 'sha');
    return {
        repository,
        sha: env.GITHUB_SHA || null,
        ref: env.GITHUB_REF || null,
        headSha: typeof headSha === 'string' ? headSha : null,
        eventName: env.GITHUB_EVENT_NAME || null,
        pullRequest: typeof prNumber === 'number' && payloadField(payload, 'pull_request') !== undefined ? prNumber : null,
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

/***/ 12133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gc: () => (/* binding */ renderMarkdown),
  Sw: () => (/* binding */ verdictTitle)
});

// UNUSED EXPORTS: DEFAULT_MAX_BYTES, MAX_CHARTS, MAX_RUN_COLUMNS, NAME_ORDER_UP_TO, rankDrifted

// EXTERNAL MODULE: ./src/report/render/numbers.ts
var numbers = __webpack_require__(23466);
// EXTERNAL MODULE: ./src/metrics/format.ts
var format = __webpack_require__(20787);
// EXTERNAL MODULE: ./src/report/render/escape.ts
var render_escape = __webpack_require__(11493);
// EXTERNAL MODULE: ./src/report/render/document.ts
var render_document = __webpack_require__(46511);
;// CONCATENATED MODULE: ./src/report/render/context.ts


/**
 * The context for one target: escaper, link style, job log URL (checked to be http(s)), and the
 * row limit that `maxBytes` (the document's size cap) implies.
 */
function renderContext(report, target, maxBytes = 1_000_000) {
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
        runUrl,
        maxRows: (0,render_document/* rowsWithin */.d$)(maxBytes)
    };
}
/** A collapsible section on GitHub, a plain heading in a terminal. `title` is trusted text. */
function collapsible(ctx, title, body, open = false) {
    if (!ctx.html)
        return [`#### ${title}`, ...body];
    return [`<details${open ? ' open' : ''}>\n<summary>${title}</summary>`, ...body, '</details>'];
}

;// CONCATENATED MODULE: ./src/report/render/mermaid.ts
/** One colour per line, with the emoji square that stands for it in the text key. */
const RUN_PALETTE = [
    { color: '#0072B2', square: '🟦' },
    { color: '#E69F00', square: '🟧' },
    { color: '#009E73', square: '🟩' },
    { color: '#D55E00', square: '🟥' },
    { color: '#9467BD', square: '🟪' },
    { color: '#8C564B', square: '🟫' }
];
/** Below this many runs, the drift table already shows every value of a metric: no chart. */
const MANY_RUNS = 6;
/** A curve needs at least this many points to be a curve. */
const MIN_CURVE_POINTS = 3;
/** Longer curves are drawn with every k-th point (the key says so). */
const MAX_CURVE_POINTS = 100;
function ordinal(n) {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
    return `${n}${suffix}`;
}
function fixed(v, decimals) {
    return v.toFixed(decimals).replace(/^-(0\.?0*)$/, '$1');
}
/** The title: Mermaid strings end at `"`, so keep letters, digits and a few separators only. */
function chartTitle(name) {
    const safe = name.replace(/[^A-Za-z0-9 ._/:=+-]/g, '_').slice(0, 60);
    return safe.trim() === '' ? 'metric' : safe;
}
function finiteNumbers(values) {
    return values.every((v) => typeof v === 'number' && Number.isFinite(v));
}
/** The y-axis range and the decimals that show the spread with two significant digits; null when not plottable. */
function yAxis(all) {
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const spread = hi - lo;
    const scale = Math.max(Math.abs(lo), Math.abs(hi));
    if (spread === 0 || spread < scale * 1e-12 || scale >= 1e15)
        return null;
    const decimals = Math.min(20, Math.max(0, Math.ceil(-Math.log10(spread)) + 2));
    const pad = spread * 0.1;
    return { range: `${fixed(lo - pad, decimals)} --> ${fixed(hi + pad, decimals)}`, decimals };
}
function block(title, xAxis, y, lines) {
    const palette = RUN_PALETTE.slice(0, lines.length).map((p) => p.color).join(', ');
    return [
        '```mermaid',
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `  title "${chartTitle(title)}"`,
        `  x-axis ${xAxis}`,
        `  y-axis "value" ${y.range}`,
        ...lines.map((l) => `  line [${l.map((v) => fixed(v, y.decimals)).join(', ')}]`),
        '```'
    ].join('\n');
}
/**
 * One drifted metric across many runs (x = run). With fewer than MANY_RUNS runs the drift table
 * shows the same values, so null.
 */
function runsChart(metric) {
    const values = metric.values;
    if (values.length < MANY_RUNS || metric.missingIn.length > 0 || !finiteNumbers(values))
        return null;
    const y = yAxis(values);
    if (y === null)
        return null;
    const xAxis = `"run" [${values.map((_, i) => `"${i + 1}"`).join(', ')}]`;
    return {
        mermaid: block(metric.name, xAxis, y, [values]),
        key: `Key: ${RUN_PALETTE[0].square} value per run (run 1 is the reference)`,
        metrics: [metric.name]
    };
}
/** `loss[12]` → { base: 'loss', index: 12 }; only a trailing index makes a curve. */
function curvePoint(name) {
    const m = /^(.+)\[(\d+)\]$/.exec(name);
    return m ? { base: m[1], index: Number(m[2]) } : null;
}
/**
 * Curve metrics (`loss[0]`, `loss[1]`, …) of which at least one point drifted: one chart per curve,
 * one line per run — the reference and the drifted runs first, at most as many as the palette has.
 */
function curveCharts(metrics) {
    const families = new Map();
    for (const metric of metrics) {
        const point = curvePoint(metric.name);
        if (point === null)
            continue;
        const family = families.get(point.base) ?? [];
        family.push({ index: point.index, metric });
        families.set(point.base, family);
    }
    const charts = [];
    for (const [base, family] of families) {
        if (family.length < MIN_CURVE_POINTS || !family.some((p) => p.metric.status === 'drift'))
            continue;
        if (family.some((p) => p.metric.missingIn.length > 0 || !finiteNumbers(p.metric.values)))
            continue;
        family.sort((a, b) => a.index - b.index);
        const runCount = family[0].metric.values.length;
        const drifted = new Set(family.flatMap((p) => p.metric.driftRuns));
        const runs = [1, ...[...drifted].filter((r) => r !== 1).sort((a, b) => a - b)];
        for (let r = 2; r <= runCount && runs.length < RUN_PALETTE.length; r++)
            if (!runs.includes(r))
                runs.push(r);
        const shown = runs.slice(0, RUN_PALETTE.length).sort((a, b) => a - b);
        const stride = Math.ceil(family.length / MAX_CURVE_POINTS);
        const points = family.filter((_, i) => i % stride === 0);
        const lines = shown.map((run) => points.map((p) => p.metric.values[run - 1]));
        const y = yAxis(lines.flat());
        if (y === null)
            continue;
        const xAxis = points.length <= 20
            ? `"index" [${points.map((p) => `"${p.index}"`).join(', ')}]`
            : `"index" ${points[0].index} --> ${points[points.length - 1].index}`;
        const names = shown.map((run, i) => `${RUN_PALETTE[i].square} run ${run}${run === 1 ? ' (reference)' : drifted.has(run) ? ' (drifted)' : ''}`);
        const hidden = runCount - shown.length;
        const key = [
            `Key: ${names.join(' · ')}`,
            hidden > 0 ? ` · ${hidden} more run${hidden === 1 ? '' : 's'} not drawn` : '',
            stride > 1 ? ` · every ${ordinal(stride)} of ${family.length} points` : ''
        ].join('');
        charts.push({ mermaid: block(`${base}[...]`, xAxis, y, lines), key, metrics: family.map((p) => p.metric.name) });
    }
    return charts;
}
/** The charts worth drawing for these drifted metrics, curves first, at most `max`. */
function driftCharts(drifted, allMetrics, max = Infinity) {
    // Only the curves a drifted point belongs to are gathered: a million metrics are mostly curves that agree.
    const bases = new Set(drifted.map((m) => curvePoint(m.name)?.base).filter((b) => b !== undefined));
    const points = bases.size === 0 ? [] : allMetrics.filter((m) => m.name.endsWith(']') && bases.has(curvePoint(m.name)?.base ?? ''));
    const charts = curveCharts(points).slice(0, max);
    const inCurve = new Set(charts.flatMap((c) => c.metrics));
    for (const m of drifted) {
        if (charts.length >= max)
            break;
        if (inCurve.has(m.name))
            continue;
        const chart = runsChart(m);
        if (chart !== null)
            charts.push(chart);
    }
    return charts;
}

// EXTERNAL MODULE: ./src/snapshot/ml-stack.ts
var ml_stack = __webpack_require__(65445);
// EXTERNAL MODULE: ./src/report/render/sections/changes.ts
var changes = __webpack_require__(60872);
;// CONCATENATED MODULE: ./src/report/render/sections/comparisons.ts





const SPARK = '▁▂▃▄▅▆▇█';
/** A one-line sparkline of a numeric trend (oldest first); '' when fewer than two finite numbers. */
function sparkline(values) {
    const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
    if (numbers.length < 2)
        return '';
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    return numbers.map((v) => (max === min ? SPARK[3] : SPARK[Math.round(((v - min) / (max - min)) * (SPARK.length - 1))])).join('');
}
/** Two values of one metric, numbers printed with one shared precision so their difference shows. */
function pair(a, b, ctx) {
    if (typeof a === 'number' && typeof b === 'number') {
        const [x, y] = (0,numbers/* formatNumbersTogether */.iF)([a, b]);
        return [x, y];
    }
    return [one(a, ctx), one(b, ctx)];
}
function one(v, ctx) {
    if (v === null)
        return '—';
    if (typeof v === 'object')
        return v.nonFinite;
    if (typeof v === 'number')
        return (0,numbers/* formatNumbersTogether */.iF)([v])[0];
    if (typeof v === 'string')
        return `"${ctx.esc(v, 60)}"`;
    return String(v);
}
function date(iso) {
    return iso ? iso.slice(0, 10) : 'unknown date';
}
function note(ctx, text) {
    return ctx.html ? `_${text}_` : text;
}
const STATUS = {
    drift: '⚠️ drift',
    missing: '⚠️ missing',
    new: 'new',
    match: '✅ match',
    ignored: 'ignored'
};
/** The comparison with the default branch's baseline; [] when the report has none. */
function renderBaselineSections(report, ctx) {
    const b = report.baseline;
    if (!b)
        return [];
    const blocks = ['### Default-branch baseline'];
    const at = b.baselineCommit ? `\`${(0,render_escape/* shortHash */.BC)(b.baselineCommit, 7)}\` (${date(b.baselineCreatedAt)})` : 'the default branch';
    if (b.verdict === 'none') {
        blocks.push(b.saved ? 'No earlier default-branch result to compare with; this run starts the baseline.' : 'Not compared with the default branch.');
    }
    else if (b.verdict === 'match') {
        blocks.push(`✅ Every metric is within baseline-tolerance of the default branch at ${at}.`);
    }
    else {
        const moved = b.metrics.filter((m) => m.status === 'drift' || m.status === 'missing').length;
        blocks.push(`⚠️ ${moved} ${moved === 1 ? 'metric moved' : 'metrics moved'} away from the default branch at ${at}.`);
    }
    const facts = [];
    if (b.reproducibleShare !== null && b.defaultBranchRuns > 0) {
        const good = Math.round(b.reproducibleShare * b.defaultBranchRuns);
        facts.push(`Default branch: ${good} of ${b.defaultBranchRuns} recent runs reproducible (${Math.round(b.reproducibleShare * 100)}%).`);
    }
    if (b.fingerprintChanged)
        facts.push(`The environment fingerprint differs from the baseline's (${(0,render_escape/* shortHash */.BC)(b.baselineFingerprint)} → ${(0,render_escape/* shortHash */.BC)(b.currentFingerprint)}).`);
    if (b.saved)
        facts.push('This run was added to the baseline.');
    if (facts.length)
        blocks.push(facts.join(' '));
    if (b.metrics.length > 0) {
        const listed = b.metrics.slice(0, ctx.maxRows);
        const rows = listed.map((m) => {
            const [ref, cur] = pair(m.reference, m.current, ctx);
            const delta = m.absDeviation === null ? '' : (0,format/* formatDeviation */.v)(m.absDeviation);
            const trend = sparkline([...m.trend, ...(m.current === null ? [] : [m.current])]);
            return [ctx.esc(m.name, 80), ref, cur, delta, trend, STATUS[m.status]];
        });
        blocks.push((0,render_document/* table */.tp)(['metric', 'baseline', 'this run', '\\|Δ\\|', 'trend', 'status'], ['l', 'r', 'r', 'r', 'l', 'l'], rows, 3, 'baseline metrics', b.metrics.length - listed.length));
    }
    if (b.untrackedNotListed) {
        blocks.push(note(ctx, `${(0,numbers/* formatCount */.B4)(b.untrackedNotListed)} more ${b.untrackedNotListed === 1 ? 'metric' : 'metrics'} of this run are not tracked by the baseline (it keeps a bounded number, by name) and are not listed.`));
    }
    if (b.changes.length > 0) {
        const list = (0,changes/* renderEnvChanges */.ft)(b.changes, { target: ctx.html ? 'markdown' : 'terminal', max: 30 }).trimEnd();
        // Open when a metric moved: the explanation is what the reviewer came for.
        blocks.push(...collapsible(ctx, `What changed since the baseline (${b.changes.length})`, [list], b.verdict === 'drift'));
    }
    for (const w of b.warnings)
        blocks.push(note(ctx, ctx.esc(w, 300)));
    return [{ blocks, dropOrder: 2 }];
}
/** Matrix compare: the legs, the metrics across them, and what differs on each drifting leg. */
function renderLegsSections(report, ctx) {
    const l = report.legs;
    if (!l)
        return [];
    const blocks = ['### Matrix legs'];
    const chosen = l.referenceChosenBy === 'input' ? 'named by reference-leg' : 'the first leg by name';
    blocks.push(`Reference leg: **${ctx.esc(l.reference, 100)}** (${chosen}).`);
    if (l.driftingLegs.length > 0) {
        blocks.push(`⚠️ Drifting: ${l.driftingLegs.map((n) => `**${ctx.esc(n, 100)}**`).join(', ')}.`);
    }
    else {
        blocks.push(`✅ All ${l.legs.length} legs agree within tolerance.`);
    }
    blocks.push((0,render_document/* table */.tp)(['leg', 'runner', 'fingerprint', 'own verdict', 'differs in'], ['l', 'l', 'l', 'l', 'l'], l.legs.map((leg) => [
        `${ctx.esc(leg.name, 80)}${leg.reference ? ' (reference)' : ''}`,
        leg.runner === null ? '—' : ctx.esc(leg.runner, 80),
        `\`${(0,render_escape/* shortHash */.BC)(leg.fingerprint)}\``,
        leg.verdict,
        leg.driftedMetrics.length ? leg.driftedMetrics.slice(0, 5).map((m) => ctx.esc(m, 60)).join(', ') + (leg.driftedMetrics.length > 5 ? ', …' : '') : leg.drift ? 'its own runs' : '—'
    ]), 4, 'legs'));
    const shown = l.legs.slice(0, 8);
    if (l.metrics.length > 0) {
        const listed = l.metrics.slice(0, ctx.maxRows);
        const rows = listed.map((m) => {
            const values = shown.map((leg) => m.values[leg.name] ?? null);
            const numeric = values.every((v) => typeof v === 'number');
            const printed = numeric ? (0,numbers/* formatNumbersTogether */.iF)(values) : values.map((v) => one(v, ctx));
            return [ctx.esc(m.name, 80), ...printed, m.status === 'drift' ? '⚠️ drift' : m.status === 'ignored' ? 'ignored' : '✅'];
        });
        blocks.push((0,render_document/* table */.tp)(['metric', ...shown.map((leg) => ctx.esc(leg.name, 40)), 'status'], ['l', ...shown.map(() => 'r'), 'l'], rows, 3, 'leg metrics', l.metrics.length - listed.length));
        if (l.legs.length > shown.length)
            blocks.push(note(ctx, `${l.legs.length - shown.length} more legs are in the report JSON.`));
    }
    for (const leg of l.legs) {
        if (leg.changes.length === 0)
            continue;
        const list = (0,changes/* renderEnvChanges */.ft)(leg.changes, { target: ctx.html ? 'markdown' : 'terminal', max: 30 }).trimEnd();
        blocks.push(...collapsible(ctx, `What differs on ${ctx.esc(leg.name, 80)} (${leg.changes.length})`, [list]));
    }
    for (const w of l.warnings)
        blocks.push(note(ctx, ctx.esc(w, 300)));
    return [{ blocks, dropOrder: 2 }];
}

;// CONCATENATED MODULE: ./src/report/render/baseline.ts

/** Sections comparing this run's metrics with the default branch's baseline; [] without one. */
function renderBaseline(report, ctx) {
    return report.baseline ? renderBaselineSections(report, ctx) : [];
}
/** Sections for the legs of a matrix compare; [] without legs. */
function renderLegs(report, ctx) {
    return report.legs ? renderLegsSections(report, ctx) : [];
}

// EXTERNAL MODULE: ./src/vary/diagnose.ts
var diagnose = __webpack_require__(29345);
;// CONCATENATED MODULE: ./src/report/render/sections/variations.ts




const STATUS_ICON = {
    insensitive: '✅',
    sensitive: '❌',
    interaction: '❌',
    inconclusive: '➖',
    skipped: '⚠️'
};
function changeText(ctx, c) {
    if (c.kind === 'artifact')
        return `artifact ${ctx.esc(c.name, 120)} differs`;
    return `${ctx.esc(c.name, 120)} ${ctx.esc((0,diagnose/* showValue */.vp)(c.control), 80)} → ${ctx.esc((0,diagnose/* showValue */.vp)(c.varied), 80)}`;
}
function factorResult(ctx, v, f) {
    if (!f.varied)
        return `not varied: ${ctx.esc(f.reason ?? 'unknown', 300)}`;
    if (v.culprits.some((c) => c.factor === f.name))
        return ctx.html ? '**moves results**' : 'moves results *';
    if (v.untested.includes(f.name))
        return 'untested (vary-max-runs)';
    if (v.status === 'inconclusive')
        return 'not run (repeats drift)';
    if (v.status === 'interaction')
        return 'only together with others';
    if (v.status === 'skipped')
        return 'not run';
    return 'no effect';
}
/** Extra runs and their time, as the reader pays for them. */
function cost(v) {
    const ms = v.runs.reduce((s, r) => s + r.durationMs, 0);
    return `${v.runs.length} extra run${v.runs.length === 1 ? '' : 's'}, ${(0,numbers/* formatDuration */.a3)(ms)} (vary-max-runs ${v.maxRuns})`;
}
function renderVariations(report, ctx) {
    const v = report.variations;
    if (!v)
        return [];
    const blocks = [`**${STATUS_ICON[v.status]} Variations**: ${ctx.esc(v.message, 400)} · ${cost(v)}`];
    if (v.culprits.length) {
        const byName = new Map(v.factors.map((f) => [f.name, f]));
        const lines = v.culprits.map((c) => {
            const f = byName.get(c.factor);
            const what = c.error
                ? `the run ${ctx.esc(c.error.replace(/^run \d+ /, ''), 300)}`
                : c.changes.slice(0, 5).map((x) => changeText(ctx, x)).join('; ') + (c.changes.length > 5 ? `; and ${c.changes.length - 5} more` : '');
            return `- **${c.factor}** — with ${ctx.esc((0,diagnose/* describeFactor */.$A)(f), 200)}: ${what}`;
        });
        blocks.push(lines.join('\n'));
    }
    const rows = v.factors.map((f) => [
        f.name,
        ctx.esc(f.control, 120),
        f.value === null ? '—' : ctx.esc(f.value, 120),
        factorResult(ctx, v, f)
    ]);
    const notes = v.factors.filter((f) => f.note).map((f) => `- ${f.name}: ${ctx.esc(f.note, 300)}`);
    const detail = [(0,render_document/* table */.tp)(['factor', 'control', 'varied', 'result'], ['l', 'l', 'l', 'l'], rows, 60, 'factors')];
    if (notes.length)
        detail.push(notes.join('\n'));
    blocks.push(...collapsible(ctx, `Factors (${v.factors.length}: ${v.factors.filter((f) => f.varied).length} varied)`, detail, v.status === 'sensitive'));
    return [{ blocks }];
}
function renderSeedAudit(report, ctx) {
    const a = report.seedAudit;
    if (!a)
        return [];
    const icon = a.wired === true ? '✅' : a.wired === false ? (a.level === 'fail' ? '❌' : '⚠️') : '⚠️';
    const blocks = [`**${icon} Seed audit** (${a.level}): ${ctx.esc(a.message, 600)}`];
    const spread = a.spread.filter((s) => s.spread !== null).sort((x, y) => (y.spread ?? 0) - (x.spread ?? 0));
    const rows = spread
        .slice(0, ctx.maxRows)
        .map((s) => {
        const t = s.tolerance;
        const tol = t ? [t.atol ? `atol ${(0,format/* formatDeviation */.v)(t.atol)}` : '', t.rtol ? `rtol ${(0,format/* formatDeviation */.v)(t.rtol)}` : ''].filter(Boolean).join(' + ') || 'exact' : 'exact';
        return [ctx.esc(s.name, 120), `tolerance ${tol} · seed spread ${(0,format/* formatDeviation */.v)(s.spread ?? 0)}`];
    });
    if (rows.length) {
        const t = (0,render_document/* table */.tp)(['metric', 'tolerance · seed spread'], ['l', 'l'], rows, 55, 'metrics', spread.length - rows.length);
        blocks.push(...collapsible(ctx, `Seed spread per metric (${spread.length})`, [t]));
    }
    return [{ blocks }];
}
function renderLikelyCause(report, ctx) {
    const c = report.likelyCause;
    if (!c)
        return [];
    const lines = [`**Likely cause**: ${ctx.esc(c.summary, 300)}`, c.evidence.map((e) => `- ${ctx.esc(e, 300)}`).join('\n')];
    if (c.suggestion)
        lines.push(`Suggestion: ${ctx.esc(c.suggestion, 300)}`);
    return [{ blocks: lines }];
}

;// CONCATENATED MODULE: ./src/report/render/sections/files.ts




const MAX_LISTED = 20;
const MAX_WARNINGS = 10;
/** A path as escaped text (a code span would show the escapes' backslashes). */
function code(ctx, text, max = 300) {
    return ctx.esc(text, max);
}
function now(input) {
    if (input.after === 'run 1')
        return "run 1's version";
    if (input.after === 'unverified')
        return '⚠️ could not be put back';
    return 'as before the gate';
}
function renderFiles(report, ctx) {
    const f = report.files;
    if (!f)
        return [];
    const sections = [];
    if (f.warnings.length) {
        const shown = f.warnings.slice(0, MAX_WARNINGS).map((w) => `- ${ctx.esc(w, 500)}`);
        if (f.warnings.length > shown.length)
            shown.push(`- … and ${f.warnings.length - shown.length} more (in the report file)`);
        sections.push({ blocks: ['**⚠️ Files**', shown.join('\n')] });
    }
    if (ctx.target === 'comment' || (f.inWorkspace.length === 0 && f.inputs.length === 0))
        return sections;
    const blocks = [];
    if (f.inWorkspace.length) {
        const listed = f.inWorkspace.slice(0, MAX_LISTED).map((p) => code(ctx, p, 200));
        const more = f.inWorkspace.length > listed.length ? `, and ${f.inWorkspace.length - listed.length} more` : '';
        blocks.push(`Run 1's outputs are back in the working directory, as one plain run leaves them: ${listed.join(', ')}${more}.`);
    }
    if (f.copies.length) {
        const rows = f.copies.map((c) => [`run ${c.run}`, code(ctx, c.folder)]);
        blocks.push("Each run's copies, under their paths relative to the working directory:", (0,render_document/* table */.tp)(['run', 'folder'], ['l', 'l'], rows, 40, 'runs'));
    }
    if (f.inputs.length) {
        const rows = f.inputs.map((i) => [
            code(ctx, i.path, 200),
            i.link !== undefined ? `link to ${code(ctx, i.link, 200)}` : `\`${(0,render_escape/* shortHash */.BC)(i.sha256)}\` ${(0,numbers/* formatBytes */.z3)(i.bytes)}`,
            now(i),
            code(ctx, i.saved)
        ]);
        blocks.push('Inputs (they existed before run 1; every run started from these bytes):', (0,render_document/* table */.tp)(['file', 'before the gate', 'now', 'original kept at'], ['l', 'l', 'l', 'l'], rows, 45, 'inputs'));
    }
    sections.push({ blocks: collapsible(ctx, `Files (${f.inWorkspace.length} of run 1's back in place${f.inputs.length ? `, ${f.inputs.length} input${f.inputs.length === 1 ? '' : 's'}` : ''})`, blocks), dropOrder: 35 });
    return sections;
}

;// CONCATENATED MODULE: ./src/report/render/sections/processes.ts
function renderProcesses(report, ctx) {
    const lines = [];
    for (const run of report.runs) {
        const left = run.leftovers;
        if (!left || left.count === 0)
            continue;
        const named = left.processes.map((p) => `\`${ctx.esc(p.name, 40)}\` (${ctx.esc(p.command, 120)})`);
        const more = left.count > named.length ? `, and ${left.count - named.length} more` : '';
        const ended = report.containment?.method === 'pid-namespace' ? 'ended with its PID namespace' : 'ended';
        lines.push(`- run ${run.index} left ${left.count} process${left.count === 1 ? '' : 'es'} running, ${ended}: ${named.join(', ')}${more}`);
    }
    const escape = report.containment && report.containment.method !== 'pid-namespace' ? report.containment.note : null;
    if (lines.length === 0 && escape === null)
        return [];
    const blocks = [`**Processes**`];
    if (lines.length)
        blocks.push(lines.join('\n'));
    if (escape !== null)
        blocks.push(`⚠️ ${ctx.esc(escape, 500)}`);
    // Useful but not the verdict: dropped before the environment when the comment is over its size.
    return [{ blocks, dropOrder: 30 }];
}

;// CONCATENATED MODULE: ./src/report/markdown.ts










/**
 * Default caps: GitHub takes 1 MiB per job-summary step and 65,536 characters per comment (a
 * UTF-8 byte cap below that is always under the character limit); a terminal gets 200 kB.
 */
const DEFAULT_MAX_BYTES = {
    summary: 1_000_000,
    comment: 60_000,
    terminal: 200_000
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
const plural = (n, one, many = `${one}s`) => `${(0,numbers/* formatCount */.B4)(n)} ${n === 1 ? one : many}`;
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
        const rel = m.maxRelDeviation !== null ? ` (rel ${(0,format/* formatDeviation */.v)(m.maxRelDeviation)})` : '';
        return `${(0,format/* formatDeviation */.v)(m.maxAbsDeviation)}${rel}`;
    }
    // Strings, booleans, non-finite numbers: the values beside say how they differ.
    if (m.status === 'drift')
        return m.missingIn.length ? `missing in run ${listRuns(m.missingIn)}` : 'differs';
    return '—';
}
function toleranceText(ctx, t, rule) {
    if (t === null)
        return 'exact';
    const parts = [...(t.atol ? [`atol ${(0,format/* formatDeviation */.v)(t.atol)}`] : []), ...(t.rtol ? [`rtol ${(0,format/* formatDeviation */.v)(t.rtol)}`] : [])];
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
    const shown = (0,render_document/* visibleItems */.B5)(runs, max);
    return runs.length > shown.length ? `${shown.join(', ')}, … (+${runs.length - shown.length})` : shown.join(', ');
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
            ...(driftedMetrics ? [`${(0,numbers/* formatCount */.B4)(driftedMetrics)} of ${plural(compared, 'metric')}`] : []),
            ...(driftedArtifacts ? [`${(0,numbers/* formatCount */.B4)(driftedArtifacts)} of ${plural(report.artifacts.length, 'artifact')}`] : [])
        ];
        const factors = report.drifted.filter((d) => d.kind === 'variation').map((d) => ctx.esc(d.name, 60));
        headline =
            what.length === 0 && factors.length > 0
                ? `Sensitive to ${factors.join(', ')}: ${n} runs agree, but the results change when ${factors.length === 1 ? 'it varies' : 'they vary'}`
                : `Drift in ${what.join(' and ') || 'the results'} across ${n} runs${factors.length ? `; sensitive to ${factors.join(', ')}` : ''}`;
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
    const shown = (0,render_document/* visibleItems */.B5)(items, MAX_ERROR_ITEMS);
    if (items.length > shown.length)
        shown.push(`- … and ${items.length - shown.length} more`);
    // A job log exists only in CI; locally the output went to the terminal, and its last lines follow.
    const inCi = report.context.runId !== null;
    const log = ctx.runUrl ? ctx.link('job log', ctx.runUrl) : 'job log';
    const hasTail = failed.some((r) => r.outputTail.trim() !== '');
    const where = ctx.target === 'comment'
        ? `The experiment's output is not shown in comments; read it in the ${log}.`
        : inCi
            ? `The full output is in the ${log}.`
            : hasTail
                ? 'The last lines of its output follow; the whole output was printed above as it ran.'
                : null;
    return { blocks: ['**What failed**', shown.join('\n'), ...(where ? [where] : [])] };
}
/** The summary only: the last lines of each failed run's output, in a fence it cannot close. */
function tailSection(report, ctx) {
    if (ctx.target === 'comment')
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
/**
 * Column names for the values of a metric: runs (run 1 is the reference), or in a matrix compare
 * report the legs, in the order their values are stored, the reference leg marked wherever it is.
 */
function valueColumns(report, ctx, n) {
    const legs = report.mode === 'compare' ? report.legs?.legs : undefined;
    if (legs && legs.length === n)
        return legs.map((l) => `${ctx.esc(l.name, 60)}${l.reference ? ' (ref)' : ''}`);
    return Array.from({ length: n }, (_, i) => (i === 0 ? 'run 1 (ref)' : `run ${i + 1}`));
}
/**
 * How far a drifted metric moved, for ranking: a missing value or a changed type first, then the
 * relative deviation (against a reference of 0, any change counts as infinitely far), then the absolute.
 */
function driftDistance(m) {
    if (m.maxAbsDeviation === null)
        return [Infinity, Infinity];
    return [m.maxRelDeviation ?? (m.maxAbsDeviation > 0 ? Infinity : 0), m.maxAbsDeviation];
}
/**
 * The drifted metrics a table shows: all of them by name when few, else the largest deviations
 * first and no more than the size cap can show (`shown` of `total`).
 */
function rankDrifted(drifted, maxRows) {
    if (drifted.length <= NAME_ORDER_UP_TO)
        return { shown: [...drifted], byDeviation: false };
    const keyed = drifted.map((m, i) => ({ m, i, d: driftDistance(m) }));
    // Stable: equal distances keep the report's (name) order.
    keyed.sort((a, b) => b.d[0] - a.d[0] || b.d[1] - a.d[1] || a.i - b.i);
    return { shown: keyed.slice(0, maxRows).map((k) => k.m), byDeviation: true };
}
/** Up to this many drifted metrics are listed by name; more are ranked by how far they moved. */
const NAME_ORDER_UP_TO = 50;
function driftTable(report, ctx, all) {
    const { shown: drifted } = rankDrifted(all, ctx.maxRows);
    const omitted = all.length - drifted.length;
    const n = columnCount(report);
    if (n <= MAX_RUN_COLUMNS) {
        const runCols = valueColumns(report, ctx, n);
        const rows = drifted.map((m) => {
            const shown = (0,numbers/* formatRunValues */.z7)(m.values, m.missingIn);
            const drift = new Set(m.driftRuns);
            const cells = Array.from({ length: n }, (_, i) => {
                const v = shown[i];
                return v ? cell(ctx, v, drift.has(i + 1)) : '—';
            });
            return [metricName(ctx, m.name), ...cells, deviation(m), toleranceText(ctx, m.tolerance, m.toleranceRule)];
        });
        return (0,render_document/* table */.tp)(['metric', ...runCols, 'max deviation', 'tolerance'], ['l', ...runCols.map(() => 'r'), 'r', 'l'], rows, 10, 'drifted metrics', omitted);
    }
    const rows = drifted.map((m) => {
        const shown = (0,numbers/* formatRunValues */.z7)(m.values, m.missingIn);
        const ref = shown[0];
        const others = [...new Set(m.driftRuns.map((i) => shown[i - 1]).filter((v) => v !== undefined).map((v) => cell(ctx, v)))];
        const visible = (0,render_document/* visibleItems */.B5)(others, 3);
        const othersText = visible.join(', ') + (others.length > visible.length ? ` (+${others.length - visible.length})` : '');
        return [
            metricName(ctx, m.name),
            ref ? cell(ctx, ref) : '—',
            othersText || '—',
            listRuns(m.driftRuns),
            deviation(m),
            toleranceText(ctx, m.tolerance, m.toleranceRule)
        ];
    });
    return (0,render_document/* table */.tp)(['metric', 'run 1 (ref)', 'differing values', 'drifted runs', 'max deviation', 'tolerance'], ['l', 'r', 'r', 'l', 'r', 'l'], rows, 10, 'drifted metrics', omitted);
}
function artifactCell(ctx, a, i) {
    const sha = a.sha256[i];
    // A link or a FIFO in every run is listed, not compared: it is there, just not hashed.
    if (a.reason?.startsWith('not compared'))
        return 'not hashed';
    if (sha === null || sha === undefined)
        return ctx.html ? '_missing_' : 'missing';
    const bytes = a.bytes[i];
    const text = `\`${(0,render_escape/* shortHash */.BC)(sha)}\`${bytes === null || bytes === undefined ? '' : `\u00A0${(0,numbers/* formatBytes */.z3)(bytes)}`}`;
    return a.driftRuns.includes(i + 1) && i > 0 ? (ctx.html ? `**${text}**` : `${text} *`) : text;
}
function driftSection(report, ctx) {
    const drifted = report.metrics.filter((m) => m.status === 'drift');
    const artifacts = report.artifacts.filter((a) => a.status === 'drift');
    const sections = [];
    if (drifted.length) {
        sections.push({
            blocks: [
                `**Drifted metrics** (${report.mode === 'compare' && report.legs ? `the reference leg is ${ctx.esc(report.legs.reference, 60)}` : 'run 1 is the reference'}; drifted values ${ctx.html ? 'in bold' : 'marked *'}${drifted.length > NAME_ORDER_UP_TO ? `; ${(0,numbers/* formatCount */.B4)(drifted.length)} drifted, the largest deviations first` : ''})`,
                driftTable(report, ctx, drifted)
            ]
        });
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
            blocks: [`**Drifted artifacts** (sha256 and size per run)`, (0,render_document/* table */.tp)(header, header.map(() => 'l'), rows, 20, 'drifted artifacts')]
        });
    }
    if (ctx.html && drifted.length) {
        const charts = driftCharts(drifted, report.metrics, MAX_CHARTS);
        if (charts.length) {
            const blocks = charts.flatMap((c) => [c.mermaid, c.key]);
            sections.push({ blocks: collapsible(ctx, `Drifted values across runs (${plural(charts.length, 'chart')})`, blocks), dropOrder: 100 });
        }
    }
    return sections;
}
function allMetricsSection(report, ctx) {
    if (report.metrics.length === 0)
        return null;
    const n = columnCount(report);
    const icon = { pass: '✅', drift: '❌', ignored: '➖' };
    // In report order (drift first): the rows past what the size cap can show are only counted.
    const listed = report.metrics.length > ctx.maxRows ? report.metrics.slice(0, ctx.maxRows) : report.metrics;
    const rows = listed.map((m) => [
        metricName(ctx, m.name),
        `${icon[m.status]} ${m.status}`,
        valuesCell(ctx, m, n),
        deviation(m),
        m.status === 'ignored' ? '—' : toleranceText(ctx, m.tolerance, m.toleranceRule)
    ]);
    const t = (0,render_document/* table */.tp)(['metric', 'status', 'values', 'max deviation', 'tolerance'], ['l', 'l', 'r', 'r', 'l'], rows, 100, 'metrics', report.metrics.length - listed.length);
    return { blocks: collapsible(ctx, `All metrics (${(0,numbers/* formatCount */.B4)(report.metrics.length)})`, [t]), dropOrder: 50 };
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
    const t = (0,render_document/* table */.tp)(['file', 'status', 'run 1', 'drifted runs'], ['l', 'l', 'l', 'l'], rows, 70, 'artifacts');
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
    const t = (0,render_document/* table */.tp)(['run', 'result', 'duration', 'metrics read', 'artifacts'], ['r', 'l', 'r', 'l', 'l'], rows, 60, 'runs');
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
        const python = env.toolchains.python;
        const torch = python.frameworks.torch;
        // The user's own stack as installed; torch with the CUDA and cuDNN it was built for.
        const parts = (0,ml_stack/* installedStack */.pZ)(python.distributions).map(({ label, version }) => label === 'torch' && torch
            ? `torch ${e(torch.version, 30)}${torch.cuda ? ` (CUDA ${e(torch.cuda, 20)}${torch.cudnn ? `, cuDNN ${e(torch.cudnn, 20)}` : ''})` : ''}`
            : `${label} ${e(version, 30)}`);
        if (torch && !parts.some((p) => p.startsWith('torch ')))
            parts.unshift(`torch ${e(torch.version, 30)}`);
        if (parts.length)
            rows.push(['frameworks', parts.join(' · ')]);
        if (python.blas)
            rows.push(['BLAS (numpy)', e((0,ml_stack/* describeBlas */.U0)(python.blas), 200)]);
    }
    rows.push(['Node.js', e(env.toolchains.node, 30)]);
    const math = Object.entries(env.mathEnv);
    if (math.length)
        rows.push(['math env', math.slice(0, 20).map(([k, v]) => `${e(k, 40)}=${e(v, 40)}`).join(', ')]);
    for (const w of env.warnings.slice(0, 10))
        rows.push(['⚠️ warning', e(w, 200)]);
    const blocks = [(0,render_document/* table */.tp)(['component', 'recorded'], ['l', 'l'], rows, 15, 'environment rows')];
    if (env.data.length) {
        const dataRows = env.data.map((d) => [e(d.path, 200), `\`${(0,render_escape/* shortHash */.BC)(d.sha256)}\``, (0,numbers/* formatBytes */.z3)(d.bytes)]);
        blocks.push(`Data files (${env.data.length}):`, (0,render_document/* table */.tp)(['file', 'sha256', 'size'], ['l', 'l', 'r'], dataRows, 90, 'data files'));
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
        const mismatches = l.installedMismatches ?? [];
        if (mismatches.length > 0) {
            const shown = mismatches.slice(0, 5).map((m) => ctx.esc((0,ml_stack/* describeMismatch */._e)(m), 100));
            pinned += `${ctx.html ? '<br>' : '; '}⚠️ ${mismatches.length} not as installed: ${shown.join(', ')}${mismatches.length > 5 ? ', …' : ''}`;
        }
        // Pinned = exact versions (what the lock fixes); unpinned = named without one.
        const counts = l.error ? '—' : `${l.packageCount} pinned · ${l.unpinned.length} unpinned`;
        return [ctx.esc(l.path, 200), ctx.esc(l.format, 30), counts, pinned];
    });
    const unpinned = lockfiles.filter((l) => l.unpinned.length > 0).length;
    const title = `Lockfiles (${lockfiles.length}${unpinned ? `, ${unpinned} with unpinned dependencies` : ''})`;
    const t = (0,render_document/* table */.tp)(['file', 'format', 'packages', 'check'], ['l', 'l', 'r', 'l'], rows, 80, 'lockfiles');
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
    const t = (0,render_document/* table */.tp)(['variable', 'value', 'source'], ['l', 'l', 'l'], rows, 50, 'seed variables');
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
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES[options.target];
    const ctx = renderContext(report, options.target, maxBytes);
    const sections = [verdictSection(report, ctx)];
    const push = (s) => {
        if (s)
            sections.push(s);
    };
    push(errorSection(report, ctx));
    sections.push(...driftSection(report, ctx));
    sections.push(...renderLikelyCause(report, ctx));
    sections.push(...renderVariations(report, ctx));
    sections.push(...renderSeedAudit(report, ctx));
    // Comparison with the default branch's baseline slots in right under the drift tables.
    sections.push(...renderBaseline(report, ctx));
    sections.push(...renderLegs(report, ctx));
    push(tailSection(report, ctx));
    push(allMetricsSection(report, ctx));
    push(allArtifactsSection(report, ctx));
    push(runsSection(report, ctx));
    sections.push(...renderFiles(report, ctx));
    sections.push(...renderProcesses(report, ctx));
    if (report.environment)
        sections.push(environmentSection(report.environment, ctx));
    if (report.exposure)
        sections.push({ blocks: collapsible(ctx, 'What the experiment could read', [ctx.esc(report.exposure.note, 600)]), dropOrder: 25 });
    if (report.lockfiles)
        push(lockfilesSection(report.lockfiles, ctx));
    push(seedsSection(report, ctx));
    sections.push(footer(report, ctx));
    return (0,render_document/* fitDocument */.VC)(sections, {
        maxBytes,
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

/***/ 37711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ redactStream)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94646);
/**
 * Redaction of a live stream (a run's output as it arrives). Chunks end anywhere: a token can be
 * split in two, and a private key printed in two writes would have its body pass unmasked if each
 * chunk were redacted alone. So text is released only at line ends, and from a private key's
 * BEGIN line on it is held until its END line (and masked whole) — or, when the block grows past
 * a cap, masked up to its END line as it streams by.
 *
 * Every write costs time in proportion to the chunk (plus a few hundred characters looked at again
 * for a marker cut in two), never to what is held: a progress bar that prints `\r` and no newline
 * for 100 MB in writes of 60 bytes is as cheap as the same bytes in lines. What is held stays under
 * the caps below.
 */

/** A private key block longer than this is masked as it streams instead of held. */
const HOLD_KEY_CHARS = 64 * 1024;
/** A line longer than this (progress bars that never print `\n`) is released in pieces. */
const HOLD_LINE_CHARS = 64 * 1024;
/** The part of an over-long line kept back, so a secret near the cut is still seen whole. */
const KEEP_CHARS = 4096;
/** Characters of earlier text searched again with each chunk, so a BEGIN or END marker cut in two is found. */
const MARKER_CHARS = 256;
const BEGIN_KEY = /-----BEGIN[A-Z0-9 ]{0,200}PRIVATE KEY-----/;
const END_KEY = /-----END[A-Z0-9 ]{0,200}PRIVATE KEY-----/;
/** Text held back, as the chunks it came in: appending and measuring never copy what is held. */
class Held {
    parts = [];
    length = 0;
    add(text) {
        if (text === '')
            return;
        this.parts.push(text);
        this.length += text.length;
    }
    take() {
        const all = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
        this.parts = [];
        this.length = 0;
        return all;
    }
}
/**
 * The last MARKER_CHARS characters seen, kept as chunks so that remembering them costs nothing
 * per write; they are joined only when a chunk could complete a marker.
 */
class Recent {
    parts = [];
    length = 0;
    add(text) {
        if (text.length >= MARKER_CHARS) {
            this.parts = [text.slice(-MARKER_CHARS)];
            this.length = MARKER_CHARS;
            return;
        }
        this.parts.push(text);
        this.length += text.length;
        while (this.length - this.parts[0].length >= MARKER_CHARS)
            this.length -= this.parts.shift().length;
    }
    text() {
        return this.parts.join('');
    }
    clear() {
        this.parts = [];
        this.length = 0;
    }
}
/** Wraps a redactor for a stream of chunks; one per stream (a run's output). */
function redactStream(redactor) {
    const held = new Held();
    // line: ordinary text, released at line ends. key: a key block from its BEGIN marker on, held
    // until its END marker. masking: inside a key block whose start was already released as the mask.
    let state = 'line';
    // The last characters seen, searched again with the next chunk for a marker that arrives split.
    const recent = new Recent();
    const release = (text) => (text === '' ? '' : redactor.text(text));
    /** Releases held text up to a long line's last blank (or `\r`) before the kept tail. */
    const releaseLongLine = () => {
        const all = held.take();
        const limit = all.length - KEEP_CHARS;
        // Cut at a blank or carriage return before the kept tail, where no token runs across.
        const blank = Math.max(all.lastIndexOf(' ', limit), all.lastIndexOf('\r', limit));
        const cut = blank > 0 ? blank + 1 : limit;
        held.add(all.slice(cut));
        return release(all.slice(0, cut));
    };
    const write = (chunk) => {
        let out = '';
        let text = chunk;
        while (text !== '') {
            // Every marker ends in '-', so one that completes in this chunk has a '-' here: the common
            // chunk without one is never searched, and the text before it is joined only when it has.
            const seen = text.includes('-') ? recent.text() + text : null;
            // Where `text` starts in `seen`.
            const offset = seen === null ? 0 : seen.length - text.length;
            if (state === 'masking') {
                const end = seen === null ? null : END_KEY.exec(seen);
                if (end === null) {
                    recent.add(text);
                    return out;
                }
                text = text.slice(end.index + end[0].length - offset);
                recent.clear();
                state = 'line';
                continue;
            }
            if (state === 'key') {
                const end = seen === null ? null : END_KEY.exec(seen);
                if (end !== null) {
                    // The whole block is held: released now, the redactor masks it as one credential.
                    const upto = end.index + end[0].length - offset;
                    held.add(text.slice(0, upto));
                    out += release(held.take());
                    text = text.slice(upto);
                    recent.clear();
                    state = 'line';
                    continue;
                }
                held.add(text);
                recent.add(text);
                if (held.length > HOLD_KEY_CHARS) {
                    held.take();
                    out += _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .MASK */ .v5;
                    state = 'masking';
                }
                return out;
            }
            const begin = seen === null ? null : BEGIN_KEY.exec(seen);
            if (seen !== null && begin !== null) {
                // Everything before the marker goes now; the block is held from the marker on.
                const at = begin.index - offset;
                recent.clear();
                if (at >= 0) {
                    held.add(text.slice(0, at));
                    out += release(held.take());
                    text = text.slice(at);
                }
                else {
                    // The marker began in text already held (never in text released: a release keeps the last KEEP_CHARS).
                    const all = held.take();
                    const cut = Math.max(0, all.length + at);
                    out += release(all.slice(0, cut));
                    held.add(all.slice(cut));
                    // The held start of the marker is searched with the rest, for an END marker right after it.
                    recent.add(seen.slice(begin.index, offset));
                }
                state = 'key';
                continue;
            }
            const newline = text.lastIndexOf('\n');
            if (newline >= 0) {
                held.add(text.slice(0, newline + 1));
                out += release(held.take());
                held.add(text.slice(newline + 1));
            }
            else {
                held.add(text);
                if (held.length > HOLD_LINE_CHARS)
                    out += releaseLongLine();
            }
            recent.add(text);
            return out;
        }
        return out;
    };
    const end = () => {
        const last = state === 'line' ? release(held.take()) : state === 'key' ? _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .MASK */ .v5 : '';
        held.take();
        state = 'line';
        recent.clear();
        return last;
    };
    return { write, end };
}


/***/ }),

/***/ 94646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   v5: () => (/* binding */ MASK)
/* harmony export */ });
/* unused harmony exports MIN_SECRET_LENGTH, isSecretVariable */
const MASK = '***';
/** Variable names whose values are treated as secrets. */
const SECRET_NAME = /TOKEN|SECRET|KEY|PASSWORD|PASSWD|PASSPHRASE|CRED|PRIVATE|AUTH|COOKIE|SESSION|WEBHOOK|SIGNATURE|(?:^|_)(?:DSN|PASS|PW|PWD|PAT|SALT)(?:_|$)/i;
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
/**
 * More shapes, in a regex of their own: V8 scans an alternation of a few literal-led patterns
 * fast, but slows down fifty-fold once it holds too many.
 */
const MORE_CREDENTIAL_PATTERNS = [
    // OpenAI (sk-, sk-proj-, sk-svcacct-, sk-admin-) and Anthropic (sk-ant-) keys: long, with a digit ("sk-learn" stays)
    String.raw `\bsk-(?=[A-Za-z0-9_-]{0,200}[0-9])[A-Za-z0-9_-]{20,}`,
    // Stripe secret and restricted keys
    String.raw `\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}`,
    // Hugging Face (hf_), GitLab (glpat-), npm (npm_) and PyPI upload tokens
    String.raw `\bhf_[A-Za-z0-9]{30,}`,
    String.raw `\bglpat-[A-Za-z0-9_-]{20,}`,
    String.raw `\bnpm_[A-Za-z0-9]{36}\b`,
    String.raw `\bpypi-AgE[A-Za-z0-9_-]{50,}`
];
const END_KEY = /^-----END[A-Z0-9 ]*PRIVATE KEY-----/;
/** Masks the start of a text up to a private key's END line when no BEGIN line precedes it (an output tail cut inside the block). */
function maskKeyTail(text) {
    const end = text.indexOf('-----END');
    if (end < 0 || text.lastIndexOf('-----BEGIN', end) >= 0)
        return text;
    const marker = END_KEY.exec(text.slice(end, end + 80));
    return marker ? MASK + text.slice(end + marker[0].length) : text;
}
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
const MORE_CREDENTIALS = new RegExp(MORE_CREDENTIAL_PATTERNS.join('|'), 'g');
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
        out = maskKeyTail(out).replace(CREDENTIALS, MASK).replace(MORE_CREDENTIALS, MASK);
        out = out.replace(PREFIXED, (_match, ...groups) => {
            const prefix = groups.slice(0, PREFIXED_PATTERNS.length).find((g) => typeof g === 'string');
            return typeof prefix === 'string' ? prefix + MASK : MASK;
        });
        return out;
    };
    const deep = (value) => {
        // A Map, not a WeakMap: the walk is short-lived, and a million entries in a WeakMap (an
        // ephemeron table) make every garbage collection during the walk crawl.
        const seen = new Map();
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
            // for-in, not Object.entries: no [key, value] pair per property (a run may have a million metrics).
            const object = v;
            for (const k in object)
                if (Object.hasOwn(object, k))
                    copy[text(k)] = walk(object[k]);
            return copy;
        };
        return walk(value);
    };
    return { text, deep };
}


/***/ }),

/***/ 46511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ visibleItems),
/* harmony export */   VC: () => (/* binding */ fitDocument),
/* harmony export */   d$: () => (/* binding */ rowsWithin),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export MIN_ROW_BYTES */
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23466);
/**
 * The rendered report as sections of text and tables, so it can be fitted under a size cap by
 * cutting the least important table rows first (with a note saying how many and where the full
 * report is) instead of truncating the Markdown in the middle of a table or a `<details>` block.
 */

const bytes = (s) => Buffer.byteLength(s, 'utf8');
/**
 * The fewest UTF-8 bytes a table row of four or more cells takes (`| a | b | c | d |` and its
 * newline): no table can show more than maxBytes / MIN_ROW_BYTES rows, so no more are rendered.
 */
const MIN_ROW_BYTES = 18;
/** How many rows one table can possibly show within `maxBytes`. */
function rowsWithin(maxBytes) {
    return Math.ceil(maxBytes / MIN_ROW_BYTES);
}
/**
 * A GFM table from header cells, alignments and rows of already-escaped cells. `omitted` counts
 * rows left out before rendering (a million metrics are never a million rows); the note says so.
 */
function table(header, align, rows, cutPriority, noun, omitted = 0) {
    const head = `| ${header.join(' | ')} |\n|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`;
    return { kind: 'table', header: head, rows: rows.map((r) => `| ${r.join(' | ')} |`), cutPriority, noun, omitted };
}
function cutNote(t, cut, options) {
    const n = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(cut);
    const noun = cut === 1 ? (t.nounOne ?? t.noun.replace(/s$/, '')) : t.noun;
    const what = cut === t.rows.length + t.omitted ? `${n} ${noun}` : `${n} more ${noun}`;
    return options.note(`${what} not shown (size limit); the full list is in ${options.fullReportAt}.`);
}
function renderTable(t, keep, options) {
    const kept = Math.max(0, Math.min(keep, t.rows.length));
    const cut = t.rows.length - kept + t.omitted;
    if (cut === 0)
        return [t.header, ...t.rows].join('\n');
    if (kept === 0)
        return cutNote(t, cut, options);
    return [t.header, ...t.rows.slice(0, kept)].join('\n') + '\n\n' + cutNote(t, cut, options);
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
    const isBig = (t) => t.rows.reduce((n, r) => n + bytes(r) + 1, 0) > 4 * bytes(cutNote(t, t.rows.length + t.omitted, options));
    const tables = [...all.filter(isBig), ...all.filter((t) => !isBig(t))];
    for (const t of tables) {
        let over = bytes(text) - options.maxBytes;
        if (over <= 0)
            break;
        // The note costs bytes too; reserve them before counting rows.
        over += bytes(cutNote(t, t.rows.length + t.omitted, options)) + 2;
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
/**
 * The first `max` items, or all of them when only one more is left: "+1 more" hides exactly what
 * could have been written in its place.
 */
function visibleItems(items, max) {
    return items.length <= max + 1 ? [...items] : items.slice(0, max);
}


/***/ }),

/***/ 11493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   br: () => (/* binding */ digest),
/* harmony export */   jQ: () => (/* binding */ showInvisible),
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
// ANSI escape sequences (colours, cursor moves) as a whole, so no `[31m` is left behind.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-_]/g;
const ZWSP = '\u200B';
// Characters that draw nothing or reorder what follows, so two different names look the same:
// zero-width spaces and joiners, bidi marks, overrides and isolates, invisible operators, the
// byte-order mark, fillers, variation selectors and tag characters. They are shown as ⟨U+XXXX⟩.
const INVISIBLE_RANGES = [
    [0xad, 0xad], [0x34f, 0x34f], [0x61c, 0x61c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
    [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
    [0xffa0, 0xffa0], [0xe0000, 0xe007f]
];
// Built from code points: some of them combine, and a literal class of them is misread by people and linters.
const INVISIBLE = new RegExp(`[${INVISIBLE_RANGES.map(([a, b]) => (a === b ? `\\u{${a.toString(16)}}` : `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`)).join('')}]`, 'gu');
/** Shows invisible and direction-changing characters as ⟨U+XXXX⟩, so look-alike names differ on screen. */
function showInvisible(text) {
    return text.replace(INVISIBLE, (c) => `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
/** Cuts a string to at most `max` characters (code points), marking the cut with an ellipsis. */
function truncate(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}
/** Removes control characters, shows invisible and bidi ones (see showInvisible), and folds newlines and tabs into spaces. */
function oneLine(text) {
    return showInvisible(text.replace(ANSI, '').replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')).replace(CONTROL, '');
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
    const body = text.replace(ANSI, '').replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/\n+$/, '');
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

/***/ 23466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   iF: () => (/* binding */ formatNumbersTogether),
/* harmony export */   z3: () => (/* binding */ formatBytes),
/* harmony export */   z7: () => (/* binding */ formatRunValues)
/* harmony export */ });
/* unused harmony exports MIN_SIGNIFICANT_DIGITS, formatNumber */
/** One deviation format for every stage (see metrics/format.ts). */

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
const NBSP = '\u00A0';
/** Bytes as a short human size: 512 B, 1.5 KiB, 3.2 GiB (a no-break space keeps number and unit together). */
function formatBytes(n) {
    if (!Number.isFinite(n) || n < 1024)
        return `${n}${NBSP}B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let v = n / 1024;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return `${String(Number(v.toPrecision(3)))}${NBSP}${units[u]}`;
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
/**
 * 12345 → "12,345". Not `toLocaleString('en-US')`: its first call loads ICU data, which cost
 * ~50 ms of every gate run.
 */
function formatCount(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}


/***/ }),

/***/ 60872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ft: () => (/* binding */ renderEnvChanges),
/* harmony export */   uh: () => (/* binding */ renderMetricDeltas)
/* harmony export */ });
/* unused harmony export MAX_DELTA_LINES */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11493);
/* harmony import */ var _compare_reports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64963);


/**
 * `inline` guards the start of a line against list and heading markers with a backslash; our
 * fragments are always mid-line, where `\1.26.4` would show the backslash, so that guard is undone.
 */
function midLine(text, max) {
    const escaped = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inline */ .mG)(text, max);
    return /^\\[-+=#>\d]/.test(escaped) ? escaped.slice(1) : escaped;
}
/** For a terminal: one line, control characters removed, bounded; nothing renders Markdown there. */
function terminal(text, max) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(text), max);
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
const PLURALS = {
    package: 'package changes',
    'python-package': 'python package changes',
    unpinned: 'unpinned dependency changes',
    data: 'data file changes'
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
    const perCategory = Math.max(1, options.perCategory ?? 10);
    const strong = (text) => (options.target === 'terminal' ? text : `**${text}**`);
    const line = (change) => {
        // Commits read better as a short range; the full hashes stay in the report's data.
        const c = change.category === 'commit'
            ? { ...change, before: change.before?.slice(0, 12) ?? null, after: change.after?.slice(0, 12) ?? null, detail: undefined }
            : change;
        const label = LABELS[c.category] ?? c.category;
        const what = c.before === null
            ? `added ${esc(c.after ?? '', 120)}`
            : c.after === null
                ? `removed (was ${esc(c.before, 120)})`
                : `${esc(c.before, 120)} → ${esc(c.after, 120)}`;
        const detail = c.detail ? ` (${esc(c.detail, 160)})` : '';
        const subject = strong(esc(c.subject, 120));
        return `- ${label === c.subject ? subject : `${label} ${subject}`}: ${what}${detail}`;
    };
    const lines = [];
    let listed = 0;
    let i = 0;
    while (i < changes.length && listed < max) {
        const category = changes[i].category;
        let j = i;
        while (j < changes.length && changes[j].category === category)
            j++;
        const group = changes.slice(i, j);
        const shown = group.slice(0, Math.min(perCategory, max - listed));
        lines.push(...shown.map(line));
        listed += shown.length;
        const rest = group.length - shown.length;
        if (rest > 0)
            lines.push(`- … and ${rest} more ${PLURALS[category] ?? `${LABELS[category] ?? category} changes`}`);
        i = j;
    }
    const left = changes.length - i;
    if (left > 0)
        lines.push(`- … and ${left} more changes (see the report JSON)`);
    return lines.join('\n') + '\n';
}
/**
 * Renders metric deltas as aligned plain text for the terminal (`diff`, `replay`): status, name,
 * reference → candidate, and the reason when it moved. Names and string values are untrusted and
 * are made one safe line each.
 */
function renderMetricDeltas(deltas, max = MAX_DELTA_LINES) {
    if (deltas.length === 0)
        return '  (no metrics)\n';
    // Drift and missing come first (compareMetricSets' order): a million matches are counted, not listed.
    const listed = deltas.length > max ? deltas.slice(0, max) : deltas;
    const rows = listed.map((d) => [
        d.status,
        terminal(d.name, 80),
        `${terminal((0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(d.reference), 40)} → ${terminal((0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(d.candidate), 40)}`,
        d.status === 'drift' || d.status === 'missing' ? terminal(d.reason ?? '', 160) : ''
    ]);
    // A loop, not Math.max(...rows): spreading a few hundred thousand arguments overflows the stack.
    const width = [0, 0, 0];
    for (const r of rows)
        for (let c = 0; c < 3; c++)
            width[c] = Math.max(width[c], Array.from(r[c]).length);
    const more = deltas.length - listed.length;
    return (rows
        .map((r) => `  ${r.slice(0, 3).map((cell, c) => cell + ' '.repeat(width[c] - Array.from(cell).length)).join('  ')}  ${r[3]}`.trimEnd())
        .join('\n') +
        '\n' +
        (more > 0 ? `  … and ${more} more metrics (--json lists every one)\n` : ''));
}
/** Metric lines `diff` prints at most (drift and missing first); --json has them all. */
const MAX_DELTA_LINES = 1000;


/***/ }),

/***/ 41220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RY: () => (/* binding */ toStoredReport),
/* harmony export */   S0: () => (/* binding */ fromStoredReport),
/* harmony export */   ai: () => (/* binding */ serializeStoredReport),
/* harmony export */   j6: () => (/* binding */ READABLE_SCHEMA_VERSIONS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12306);
/**
 * The report as stored in its file (schemaVersion 2), and back. In memory every metric comparison
 * has all its fields and every compared run its metrics; on disk a million metrics would be a
 * 400 MB file, mostly repeats: the same value once per run, defaults written out, and every value
 * a second time under its run. Stored, a metric writes only what differs from what its status,
 * values and the report's inputs imply (`defaultsFor`), one value when all runs agree, and a
 * compared run's metrics are left to the comparison they are read back from. Version 1 reports
 * (every field written) read through the same path: nothing in them is left to a default.
 */


/** Report versions this repro-gate reads: 1 (every field of every metric) and 2 (stored compactly). */
const READABLE_SCHEMA_VERSIONS = [1, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SCHEMA_VERSION */ .f];
function defaultsOf(report, valuesPerMetric) {
    const rules = new Map();
    for (const rule of report.inputs.tolerances ?? [])
        if (!rules.has(rule.pattern))
            rules.set(rule.pattern, rule.tolerance);
    return { tolerance: report.inputs.tolerance, rules, valuesPerMetric };
}
const isNumeric = (v) => typeof v === 'number' || (v !== null && typeof v === 'object');
function sameValue(a, b) {
    if (a === b)
        return true;
    return a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && a.nonFinite === b.nonFinite;
}
function sameTolerance(a, b) {
    if (a === b)
        return true;
    return a != null && b != null && a.atol === b.atol && a.rtol === b.rtol;
}
/** The deviations of a metric whose runs all agree: 0 (relative: null against a reference of 0). */
function agreedDeviations(status, values) {
    const ref = values[0];
    if (status === 'ignored' || values.length < 2 || typeof ref !== 'number')
        return [null, null];
    for (let i = 1; i < values.length; i++)
        if (values[i] !== ref)
            return [null, null];
    return [0, ref === 0 ? null : 0];
}
/** The tolerance a comparison applied, as its rule (or the default) gives it; null for non-numbers. */
function impliedTolerance(values, rule, d) {
    if (!values.some(isNumeric))
        return null;
    return rule === null ? d.tolerance : d.rules.get(rule);
}
function storeMetric(m, d) {
    const out = { name: m.name };
    if (m.status !== 'pass')
        out.status = m.status;
    const v = m.values;
    let agree = v.length === d.valuesPerMetric && v.length > 0 && m.missingIn.length === 0;
    for (let i = 1; agree && i < v.length; i++)
        agree = sameValue(v[i], v[0]);
    if (agree)
        out.value = v[0];
    else
        out.values = v;
    if (m.missingIn.length > 0)
        out.missingIn = m.missingIn;
    if (!sameTolerance(m.tolerance, impliedTolerance(v, m.toleranceRule, d)))
        out.tolerance = m.tolerance;
    if (m.toleranceRule !== null)
        out.toleranceRule = m.toleranceRule;
    const [abs, rel] = agreedDeviations(m.status, v);
    if (m.maxAbsDeviation !== abs)
        out.maxAbsDeviation = m.maxAbsDeviation;
    if (m.maxRelDeviation !== rel)
        out.maxRelDeviation = m.maxRelDeviation;
    if (m.driftRuns.length > 0)
        out.driftRuns = m.driftRuns;
    if (m.reason !== null)
        out.reason = m.reason;
    return out;
}
function readMetric(s, d) {
    const status = s.status ?? 'pass';
    const values = s.values ?? new Array(d.valuesPerMetric).fill(s.value ?? null);
    const toleranceRule = s.toleranceRule ?? null;
    const [abs, rel] = s.maxAbsDeviation === undefined || s.maxRelDeviation === undefined ? agreedDeviations(status, values) : [null, null];
    return {
        name: s.name,
        values,
        missingIn: s.missingIn ?? [],
        tolerance: s.tolerance !== undefined ? s.tolerance : (impliedTolerance(values, toleranceRule, d) ?? null),
        toleranceRule,
        status,
        maxAbsDeviation: s.maxAbsDeviation !== undefined ? s.maxAbsDeviation : abs,
        maxRelDeviation: s.maxRelDeviation !== undefined ? s.maxRelDeviation : rel,
        driftRuns: s.driftRuns ?? [],
        reason: s.reason ?? null
    };
}
/** The runs whose values the metric comparison holds, in its order (the clean runs with metrics). */
function comparedRuns(report) {
    return report.runs.filter((r) => r.error === null && r.metrics !== null);
}
/** Whether each compared run's metrics are exactly what the comparison holds for it, so they can be left out. */
function runsReadBack(report, valuesPerMetric) {
    if (report.mode === 'compare' || report.metrics.length === 0)
        return false;
    const compared = comparedRuns(report);
    if (compared.length < 2 || compared.length !== valuesPerMetric)
        return false;
    return compared.every((run, k) => {
        let present = 0;
        for (const m of report.metrics) {
            if (m.values.length !== valuesPerMetric)
                return false;
            if (!m.missingIn.includes(k + 1))
                present++;
        }
        let keys = 0;
        for (const name in run.metrics)
            if (Object.hasOwn(run.metrics, name))
                keys++;
        return keys === present;
    });
}
/** The report as stored: compact metrics, and compared runs' metrics left to the comparison. */
function toStoredReport(report) {
    const valuesPerMetric = report.metrics[0]?.values.length ?? 0;
    const d = defaultsOf(report, valuesPerMetric);
    const omitRunMetrics = runsReadBack(report, valuesPerMetric);
    const runs = report.runs.map((r) => {
        if (!omitRunMetrics || r.error !== null || r.metrics === null)
            return r;
        const { metrics: _left, ...rest } = r;
        return rest;
    });
    const stored = { ...report, schemaVersion: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SCHEMA_VERSION */ .f, runs, metrics: report.metrics.map((m) => storeMetric(m, d)) };
    if (report.metrics.length > 0)
        stored.valuesPerMetric = valuesPerMetric;
    return stored;
}
/** A stored report (version 1 or 2, already validated) as the in-memory report every reader uses. */
function fromStoredReport(stored) {
    const d = defaultsOf(stored, stored.valuesPerMetric ?? 0);
    const metrics = stored.metrics.map((m) => readMetric(m, d));
    // Compared runs stored without their metrics get them back from the comparison, in run order.
    let k = 0;
    const runs = stored.runs.map((r) => {
        if (r.metrics !== undefined)
            return r;
        const index = k++;
        const entries = [];
        for (const m of metrics)
            if (!m.missingIn.includes(index + 1))
                entries.push([m.name, m.values[index]]);
        // fromEntries defines own properties: a metric named __proto__ stays a metric.
        return { ...r, metrics: Object.fromEntries(entries) };
    });
    const { valuesPerMetric: _count, ...rest } = stored;
    return { ...rest, schemaVersion: _types_js__WEBPACK_IMPORTED_MODULE_1__/* .SCHEMA_VERSION */ .f, runs, metrics };
}
/**
 * The stored report as JSON text: two-space indented, except each metric (one line each) and any
 * run's own metrics (one line), so a million metrics are a million lines rather than fifteen million.
 */
function serializeStoredReport(stored) {
    // A placeholder no string in the report can equal (a run's output could hold any fixed one).
    const token = `repro-gate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    const runMetrics = [];
    const runs = stored.runs.map((r) => {
        if (r.metrics === undefined || r.metrics === null)
            return r;
        runMetrics.push(JSON.stringify(r.metrics));
        return { ...r, metrics: `${token}:run:${runMetrics.length - 1}` };
    });
    const text = JSON.stringify({ ...stored, runs, metrics: `${token}:metrics` }, null, 2);
    const metricLines = stored.metrics.length === 0 ? '[]' : `[\n${stored.metrics.map((m) => `    ${JSON.stringify(m)}`).join(',\n')}\n  ]`;
    const placeholder = new RegExp(`"${token}:(metrics|run:(\\d+))"`, 'g');
    return text.replace(placeholder, (_match, what, run) => (what === 'metrics' ? metricLines : runMetrics[Number(run)])) + '\n';
}


/***/ }),

/***/ 12306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
/**
 * 2: metrics stored compactly (see stored.ts); 1 is still read. The in-memory report is the same
 * for both: every reader sees every field.
 */
const SCHEMA_VERSION = 2;


/***/ }),

/***/ 54521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $h: () => (/* binding */ readReportFile),
  k$: () => (/* binding */ readStoredReport),
  u5: () => (/* binding */ writeReport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/report/generated/validate-report.js
// Generated by scripts/generate-validator.mjs from schema/report.schema.json. Do not edit.
// @ts-nocheck
const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const validate_report = (validate10);const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/repro-gate/repro-gate/schema/report.schema.json","title":"repro-gate report","description":"What repro-gate ran, what each run reported, how the runs compare, and where they ran.","type":"object","required":["schemaVersion","tool","mode","verdict","reproducible","createdAt","durationMs","inputs","context","seeds","runs","metrics","artifacts","drifted","errors"],"additionalProperties":false,"properties":{"schemaVersion":{"enum":[1,2],"description":"2 stores metrics compactly (fields at their defaults left out); 1 wrote every field"},"tool":{"type":"object","required":["name","version"],"additionalProperties":false,"properties":{"name":{"const":"repro-gate"},"version":{"type":"string"}}},"mode":{"enum":["gate","record","compare","publish","replay"]},"verdict":{"enum":["reproducible","drift","error"]},"reproducible":{"type":"boolean"},"createdAt":{"type":"string","format":"date-time"},"durationMs":{"type":"number","minimum":0},"inputs":{"type":"object","required":["command","runs","seed","determinism","metrics","tolerance","tolerances","ignore","artifacts","workingDirectory","timeoutMinutes","failOnDrift","reportPath"],"additionalProperties":false,"properties":{"command":{"type":"string"},"runs":{"type":"integer","minimum":2},"seed":{"type":"integer","minimum":0,"maximum":4294967295},"determinism":{"enum":["seeds","strict","off"]},"metrics":{"type":"string"},"tolerance":{"type":"object","required":["atol","rtol"],"additionalProperties":false,"properties":{"atol":{"type":"number","minimum":0},"rtol":{"type":"number","minimum":0}}},"tolerances":{"type":"array","items":{"type":"object","required":["pattern","tolerance"],"additionalProperties":false,"properties":{"pattern":{"type":"string","minLength":1},"tolerance":{"type":"object","required":["atol","rtol"],"additionalProperties":false,"properties":{"atol":{"type":"number","minimum":0},"rtol":{"type":"number","minimum":0}}}}}},"ignore":{"type":"array","items":{"type":"string"}},"artifacts":{"type":"array","items":{"type":"string"}},"workingDirectory":{"type":"string"},"timeoutMinutes":{"type":["number","null"],"exclusiveMinimum":0},"failOnDrift":{"type":"boolean"},"failOnBaselineDrift":{"type":"boolean"},"reportPath":{"type":"string"},"vary":{"type":"array","items":{"enum":["hashseed","timezone","locale","threads","cwd","umask","home","hostname"]}},"varyMaxRuns":{"type":"integer","minimum":0},"seedAudit":{"enum":["off","warn","fail"]},"isolate":{"type":"string"}}},"context":{"type":"object","required":["repository","sha","ref","headSha","eventName","pullRequest","runId","runAttempt","job","serverUrl","runUrl"],"additionalProperties":false,"properties":{"repository":{"type":["string","null"]},"sha":{"type":["string","null"]},"ref":{"type":["string","null"]},"headSha":{"type":["string","null"]},"eventName":{"type":["string","null"]},"pullRequest":{"type":["integer","null"]},"runId":{"type":["string","null"]},"runAttempt":{"type":["string","null"]},"job":{"type":["string","null"]},"serverUrl":{"type":"string"},"runUrl":{"type":["string","null"]}}},"seeds":{"type":"object","required":["set","keptFromUser"],"additionalProperties":false,"properties":{"set":{"type":"object","additionalProperties":{"type":"string"}},"keptFromUser":{"type":"object","additionalProperties":{"type":"string"}}}},"runs":{"type":"array","items":{"type":"object","required":["index","exitCode","signal","durationMs","timedOut","cancelled","outputDir","metricsFile","artifacts","error","outputTail"],"additionalProperties":false,"properties":{"index":{"type":"integer","minimum":1},"exitCode":{"type":["integer","null"]},"signal":{"type":["string","null"]},"durationMs":{"type":"number","minimum":0},"timedOut":{"type":"boolean"},"cancelled":{"type":"boolean"},"outputDir":{"type":"string"},"metricsFile":{"type":["string","null"]},"metrics":{"description":"The values the run reported (version 2 leaves it out for the runs the metric comparison holds, in their order)","oneOf":[{"type":"null"},{"type":"object","additionalProperties":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]}}]},"artifacts":{"type":"array","items":{"type":"object","required":["path","sha256","bytes"],"additionalProperties":false,"properties":{"path":{"type":"string"},"sha256":{"type":"string","pattern":"^([0-9a-f]{64})?$"},"bytes":{"type":"integer","minimum":0},"skipped":{"type":"string"},"copy":{"type":"string"}}}},"error":{"type":["string","null"]},"outputTail":{"type":"string"},"leftovers":{"type":"object","description":"Processes still running when the run’s main process exited, ended with its PID namespace.","required":["count","processes"],"additionalProperties":false,"properties":{"count":{"type":"integer","minimum":0},"processes":{"type":"array","maxItems":20,"items":{"type":"object","required":["name","command"],"additionalProperties":false,"properties":{"name":{"type":"string"},"command":{"type":"string"}}}}}}}}},"valuesPerMetric":{"type":"integer","minimum":0,"description":"Version 2: how many values each metric has (one per compared run), for metrics stored with one `value`"},"metrics":{"type":"array","description":"One comparison per metric. Version 2 leaves out each field at its default: status pass; value (all runs agree) for values; missingIn, driftRuns []; toleranceRule, reason null; tolerance as the rule (or the default) gives it, null for non-numbers; deviations 0 (relative null against 0) when the runs agree on a number, else null","items":{"type":"object","required":["name"],"oneOf":[{"required":["values"]},{"required":["value"]}],"additionalProperties":false,"properties":{"name":{"type":"string"},"status":{"enum":["pass","drift","ignored"]},"value":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]},"values":{"type":"array","items":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]}},"missingIn":{"type":"array","items":{"type":"integer","minimum":1}},"tolerance":{"oneOf":[{"type":"null"},{"type":"object","required":["atol","rtol"],"additionalProperties":false,"properties":{"atol":{"type":"number","minimum":0},"rtol":{"type":"number","minimum":0}}}]},"toleranceRule":{"type":["string","null"]},"maxAbsDeviation":{"type":["number","null"]},"maxRelDeviation":{"type":["number","null"]},"driftRuns":{"type":"array","items":{"type":"integer","minimum":1}},"reason":{"type":["string","null"]}}}},"artifacts":{"type":"array","items":{"type":"object","required":["path","status","sha256","bytes","driftRuns","reason"],"additionalProperties":false,"properties":{"path":{"type":"string"},"status":{"enum":["pass","drift"]},"sha256":{"type":"array","items":{"type":["string","null"]}},"bytes":{"type":"array","items":{"type":["integer","null"]}},"driftRuns":{"type":"array","items":{"type":"integer","minimum":1}},"reason":{"type":["string","null"]}}}},"drifted":{"type":"array","items":{"type":"object","required":["kind","name"],"additionalProperties":false,"properties":{"kind":{"enum":["metric","artifact","variation"]},"name":{"type":"string"}}}},"errors":{"type":"array","items":{"type":"object","required":["run","message"],"additionalProperties":false,"properties":{"run":{"type":["integer","null"]},"message":{"type":"string"}}}},"files":{"type":"object","description":"Where the experiment's files are after the gate: run 1's outputs back in the working directory, each run's copies, the inputs and what could not be put back.","required":["inWorkspace","copies","inputs","warnings"],"additionalProperties":false,"properties":{"inWorkspace":{"type":"array","items":{"type":"string"},"description":"Run 1's metrics file and artifacts in the working directory with run 1's bytes (relative paths)."},"copies":{"type":"array","items":{"type":"object","required":["run","folder"],"additionalProperties":false,"properties":{"run":{"type":"integer","minimum":1},"folder":{"type":"string"}}}},"inputs":{"type":"array","items":{"type":"object","required":["path","sha256","bytes","saved","after"],"additionalProperties":false,"properties":{"path":{"type":"string"},"sha256":{"type":"string","pattern":"^([0-9a-f]{64})?$"},"bytes":{"type":"integer","minimum":0},"link":{"type":"string"},"saved":{"type":"string"},"after":{"enum":["before","run 1","unverified"]}}}},"warnings":{"type":"array","items":{"type":"string"}}}},"environment":{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://repro-gate.dev/schema/environment.json","title":"repro-gate environment (provenance)","type":"object","properties":{"fingerprint":{"type":"string","pattern":"^[0-9a-f]{64}$"},"fingerprintParts":{"type":"object","additionalProperties":{"type":"string"}},"capturedAt":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T"},"captureMs":{"type":"number","minimum":0},"hardware":{"oneOf":[{"type":"object","properties":{"status":{"const":"ok"},"cpu":{"type":"object","properties":{"vendor":{"type":"string"},"model":{"type":"string"},"physicalCores":{"type":"integer","minimum":0},"logicalCores":{"type":"integer","minimum":0},"flags":{"type":"array","items":{"type":"string"}}},"required":["vendor","model","physicalCores","logicalCores","flags"],"additionalProperties":false},"memoryBytes":{"type":"integer","minimum":0},"virtualization":{"type":["string","null"]}},"required":["status","cpu","memoryBytes","virtualization"],"additionalProperties":false},{"type":"object","properties":{"status":{"const":"unavailable"},"reason":{"type":"string"}},"required":["status","reason"],"additionalProperties":false}]},"os":{"oneOf":[{"type":"object","properties":{"status":{"const":"ok"},"platform":{"type":"string"},"distro":{"type":"string"},"release":{"type":"string"},"kernel":{"type":"string"},"arch":{"type":"string"}},"required":["status","platform","distro","release","kernel","arch"],"additionalProperties":false},{"type":"object","properties":{"status":{"const":"unavailable"},"reason":{"type":"string"}},"required":["status","reason"],"additionalProperties":false}]},"gpu":{"oneOf":[{"type":"object","properties":{"status":{"const":"ok"},"devices":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"memoryMiB":{"type":["number","null"]},"driverVersion":{"type":["string","null"]}},"required":["name","memoryMiB","driverVersion"],"additionalProperties":false}},"driverVersion":{"type":["string","null"]},"cudaDriverVersion":{"type":["string","null"]},"cudaToolkitVersion":{"type":["string","null"]}},"required":["status","devices","driverVersion","cudaDriverVersion","cudaToolkitVersion"],"additionalProperties":false},{"type":"object","properties":{"status":{"const":"unavailable"},"reason":{"type":"string"}},"required":["status","reason"],"additionalProperties":false}]},"runner":{"type":"object","properties":{"os":{"type":["string","null"]},"arch":{"type":["string","null"]},"name":{"type":["string","null"]},"environment":{"type":["string","null"]},"imageOS":{"type":["string","null"]},"imageVersion":{"type":["string","null"]},"imageDataSha256":{"oneOf":[{"type":"string","pattern":"^[0-9a-f]{64}$"},{"type":"null"}]},"sha":{"type":["string","null"]},"ref":{"type":["string","null"]},"workflowRef":{"type":["string","null"]},"runId":{"type":["string","null"]},"runAttempt":{"type":["string","null"]},"eventName":{"type":["string","null"]}},"required":["os","arch","name","environment","imageOS","imageVersion","imageDataSha256","sha","ref","workflowRef","runId","runAttempt","eventName"],"additionalProperties":false},"container":{"oneOf":[{"type":"object","properties":{"status":{"const":"ok"},"inContainer":{"type":"boolean"},"detectedBy":{"enum":["cgroup-v1","cgroup-v2","dockerenv","containerenv",null]},"containerId":{"type":["string","null"]},"jobImage":{"oneOf":[{"type":"object","properties":{"reference":{"type":"string"},"digest":{"type":["string","null"],"pattern":"@sha256:[0-9a-f]{64}$"},"reason":{"type":["string","null"]}},"required":["reference","digest","reason"],"additionalProperties":false},{"type":"null"}]},"images":{"type":"array","items":{"type":"object","properties":{"reference":{"type":"string"},"digest":{"type":["string","null"],"pattern":"@sha256:[0-9a-f]{64}$"},"reason":{"type":["string","null"]}},"required":["reference","digest","reason"],"additionalProperties":false}}},"required":["status","inContainer","detectedBy","containerId","jobImage","images"],"additionalProperties":false},{"type":"object","properties":{"status":{"const":"unavailable"},"reason":{"type":"string"}},"required":["status","reason"],"additionalProperties":false}]},"toolchains":{"type":"object","properties":{"node":{"type":"string"},"python":{"oneOf":[{"type":"object","properties":{"status":{"const":"ok"},"interpreter":{"type":"string"},"version":{"type":"string"},"executable":{"type":"string"},"distributions":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false}},"frameworks":{"type":"object","properties":{"torch":{"type":"object","properties":{"version":{"type":"string"},"cuda":{"type":["string","null"]},"cudnn":{"type":["string","null"]}},"required":["version","cuda","cudnn"],"additionalProperties":false},"tensorflow":{"type":"object","properties":{"version":{"type":"string"}},"required":["version"],"additionalProperties":false},"jax":{"type":"object","properties":{"version":{"type":"string"}},"required":["version"],"additionalProperties":false},"numpy":{"type":"object","properties":{"version":{"type":"string"}},"required":["version"],"additionalProperties":false}},"required":[],"additionalProperties":false},"blas":{"oneOf":[{"type":"object","properties":{"library":{"type":"string"},"distribution":{"type":["string","null"]},"version":{"type":["string","null"]},"build":{"type":["string","null"]},"threading":{"type":["string","null"]},"threads":{"type":"string"},"coreType":{"type":["string","null"]}},"required":["library","distribution","version","build","threading","threads","coreType"],"additionalProperties":false},{"type":"null"}]},"conda":{"type":["string","null"]}},"required":["status","interpreter","version","executable","distributions","frameworks","conda"],"additionalProperties":false},{"type":"object","properties":{"status":{"const":"unavailable"},"reason":{"type":"string"}},"required":["status","reason"],"additionalProperties":false}]}},"required":["node","python"],"additionalProperties":false},"data":{"type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"sha256":{"type":"string","pattern":"^([0-9a-f]{64})?$"},"bytes":{"type":"integer","minimum":0},"skipped":{"type":"string"}},"required":["path","sha256","bytes"],"additionalProperties":false}},"mathEnv":{"type":"object","additionalProperties":{"type":"string"}},"warnings":{"type":"array","items":{"type":"string"}}},"required":["fingerprint","fingerprintParts","capturedAt","captureMs","hardware","os","gpu","runner","container","toolchains","data","mathEnv","warnings"],"additionalProperties":false},"lockfiles":{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://repro-gate.dev/schema/lockfiles.json","title":"repro-gate dependency lockfiles","type":"array","items":{"type":"object","properties":{"path":{"type":"string"},"format":{"type":"string"},"sha256":{"type":"string","pattern":"^([0-9a-f]{64})?$"},"bytes":{"type":"integer","minimum":0},"packageCount":{"type":"integer","minimum":0},"packages":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"version":{"type":"string"}},"required":["name","version"],"additionalProperties":false}},"unpinned":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"spec":{"type":"string"}},"required":["name","spec"],"additionalProperties":false}},"installedMismatches":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"pinned":{"type":"string"},"installed":{"type":["string","null"]}},"required":["name","pinned","installed"],"additionalProperties":false}},"error":{"type":"string"}},"required":["path","format","sha256","bytes","packageCount","packages","unpinned"],"additionalProperties":false}},"baseline":{"type":"object","description":"This report compared with the default branch's newest reproducible result (restored from the Actions cache).","required":["key","compared","saved","baselineCommit","baselineCreatedAt","baselineFingerprint","currentFingerprint","fingerprintChanged","metrics","reproducibleShare","defaultBranchRuns","verdict","changes","warnings"],"additionalProperties":false,"properties":{"key":{"type":"string"},"compared":{"type":"boolean"},"saved":{"type":"boolean"},"baselineCommit":{"type":["string","null"]},"baselineCreatedAt":{"type":["string","null"]},"baselineFingerprint":{"type":["string","null"]},"currentFingerprint":{"type":["string","null"]},"fingerprintChanged":{"type":"boolean"},"metrics":{"type":"array","items":{"type":"object","required":["name","status","reference","current","tolerance","toleranceRule","absDeviation","relDeviation","reason","referenceCommit","trend"],"additionalProperties":false,"properties":{"name":{"type":"string"},"status":{"enum":["match","drift","new","missing","ignored"]},"reference":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]},"current":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]},"tolerance":{"oneOf":[{"type":"object","required":["atol","rtol"],"additionalProperties":false,"properties":{"atol":{"type":"number","minimum":0},"rtol":{"type":"number","minimum":0}}},{"type":"null"}]},"toleranceRule":{"type":["string","null"]},"absDeviation":{"type":["number","null"]},"relDeviation":{"type":["number","null"]},"reason":{"type":["string","null"]},"referenceCommit":{"type":["string","null"]},"trend":{"type":"array","items":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]}}}}},"untrackedNotListed":{"type":"integer","minimum":1,"description":"Metrics of this run the baseline does not track (new or ignored) beyond the first listed; absent when none"},"reproducibleShare":{"type":["number","null"],"minimum":0,"maximum":1},"defaultBranchRuns":{"type":"integer","minimum":0},"verdict":{"enum":["match","drift","none"]},"changes":{"type":"array","items":{"type":"object","required":["category","subject","before","after"],"additionalProperties":false,"properties":{"category":{"enum":["package","lockfile","unpinned","python-package","framework","toolchain","gpu","container","runner","os","cpu","seed","math-env","data","snapshot","commit"]},"subject":{"type":"string"},"before":{"type":["string","null"]},"after":{"type":["string","null"]},"detail":{"type":"string"}}}},"warnings":{"type":"array","items":{"type":"string"}}}},"legs":{"type":"object","description":"Matrix compare: every recorded leg compared with the reference leg.","required":["reference","referenceChosenBy","legs","metrics","driftingLegs","warnings"],"additionalProperties":false,"properties":{"reference":{"type":"string"},"referenceChosenBy":{"enum":["input","first-by-name"]},"legs":{"type":"array","items":{"type":"object","required":["name","artifact","runner","fingerprint","verdict","metrics","reference","drift","driftedMetrics","changes"],"additionalProperties":false,"properties":{"name":{"type":"string"},"artifact":{"type":"string"},"runner":{"type":["string","null"]},"fingerprint":{"type":["string","null"]},"verdict":{"enum":["reproducible","drift","error"]},"metrics":{"type":"object","additionalProperties":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]}},"reference":{"type":"boolean"},"drift":{"type":"boolean"},"driftedMetrics":{"type":"array","items":{"type":"string"}},"changes":{"type":"array","items":{"type":"object","required":["category","subject","before","after"],"additionalProperties":false,"properties":{"category":{"enum":["package","lockfile","unpinned","python-package","framework","toolchain","gpu","container","runner","os","cpu","seed","math-env","data","snapshot","commit"]},"subject":{"type":"string"},"before":{"type":["string","null"]},"after":{"type":["string","null"]},"detail":{"type":"string"}}}}}}},"metrics":{"type":"array","items":{"type":"object","required":["name","status","values","tolerance","toleranceRule","maxAbsDeviation","maxRelDeviation","driftLegs","reason"],"additionalProperties":false,"properties":{"name":{"type":"string"},"status":{"enum":["pass","drift","ignored"]},"values":{"type":"object","additionalProperties":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]}},"tolerance":{"oneOf":[{"type":"object","required":["atol","rtol"],"additionalProperties":false,"properties":{"atol":{"type":"number","minimum":0},"rtol":{"type":"number","minimum":0}}},{"type":"null"}]},"toleranceRule":{"type":["string","null"]},"maxAbsDeviation":{"type":["number","null"]},"maxRelDeviation":{"type":["number","null"]},"driftLegs":{"type":"array","items":{"type":"string"}},"reason":{"type":["string","null"]}}}},"driftingLegs":{"type":"array","items":{"type":"string"}},"warnings":{"type":"array","items":{"type":"string"}}}},"variations":{"type":"object","description":"Variation runs: each factor varied or not (and why not), the culprits with what they move, and the runs spent.","required":["requested","factors","status","message","culprits","untested","runs","maxRuns","durationMs"],"additionalProperties":false,"properties":{"requested":{"type":"array","items":{"enum":["hashseed","timezone","locale","threads","cwd","umask","home","hostname"]}},"factors":{"type":"array","items":{"type":"object","required":["name","varied","reason","control","value","variables","note"],"additionalProperties":false,"properties":{"name":{"enum":["hashseed","timezone","locale","threads","cwd","umask","home","hostname"]},"varied":{"type":"boolean"},"reason":{"type":["string","null"]},"control":{"type":"string"},"value":{"type":["string","null"]},"variables":{"type":"object","additionalProperties":{"type":["string","null"]}},"note":{"type":["string","null"]}}}},"status":{"enum":["insensitive","sensitive","interaction","inconclusive","skipped"]},"message":{"type":"string"},"culprits":{"type":"array","items":{"type":"object","required":["factor","changes","error","summary"],"additionalProperties":false,"properties":{"factor":{"enum":["hashseed","timezone","locale","threads","cwd","umask","home","hostname"]},"changes":{"type":"array","items":{"type":"object","required":["kind","name","control","varied","absDeviation"],"additionalProperties":false,"properties":{"kind":{"enum":["metric","artifact"]},"name":{"type":"string"},"control":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]},"varied":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]},"absDeviation":{"type":["number","null"],"minimum":0}}}},"error":{"type":["string","null"]},"summary":{"type":"string"}}}},"untested":{"type":"array","items":{"enum":["hashseed","timezone","locale","threads","cwd","umask","home","hostname"]}},"runs":{"type":"array","items":{"type":"object","required":["factors","outcome","changes","error","durationMs","outputDir"],"additionalProperties":false,"properties":{"factors":{"type":"array","items":{"enum":["hashseed","timezone","locale","threads","cwd","umask","home","hostname"]}},"outcome":{"enum":["agrees","drift","failed"]},"changes":{"type":"array","items":{"type":"object","required":["kind","name","control","varied","absDeviation"],"additionalProperties":false,"properties":{"kind":{"enum":["metric","artifact"]},"name":{"type":"string"},"control":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]},"varied":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]},"absDeviation":{"type":["number","null"],"minimum":0}}}},"error":{"type":["string","null"]},"durationMs":{"type":"number","minimum":0},"outputDir":{"type":"string"}}}},"maxRuns":{"type":"integer","minimum":0},"durationMs":{"type":"number","minimum":0}}},"seedAudit":{"type":"object","description":"The seed audit: one run with another seed; whether anything moved, and how far per metric.","required":["level","seed","auditSeed","variables","wired","message","spread","artifactsChanged","error","durationMs"],"additionalProperties":false,"properties":{"level":{"enum":["warn","fail"]},"seed":{"type":"integer","minimum":0},"auditSeed":{"type":"integer","minimum":0},"variables":{"type":"object","additionalProperties":{"type":"string"}},"wired":{"type":["boolean","null"]},"message":{"type":"string"},"spread":{"type":"array","items":{"type":"object","required":["name","tolerance","control","audit","spread"],"additionalProperties":false,"properties":{"name":{"type":"string"},"tolerance":{"oneOf":[{"type":"object","required":["atol","rtol"],"additionalProperties":false,"properties":{"atol":{"type":"number","minimum":0},"rtol":{"type":"number","minimum":0}}},{"type":"null"}]},"control":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]},"audit":{"oneOf":[{"type":["number","string","boolean","null"]},{"type":"object","required":["nonFinite"],"additionalProperties":false,"properties":{"nonFinite":{"enum":["NaN","Infinity","-Infinity"]}}}]},"spread":{"type":["number","null"],"minimum":0}}}},"artifactsChanged":{"type":"array","items":{"type":"string"}},"error":{"type":["string","null"]},"durationMs":{"type":"number","minimum":0}}},"likelyCause":{"type":"object","description":"The best reading of why the plain repeats drifted, with its evidence.","required":["kind","summary","evidence","suggestion"],"additionalProperties":false,"properties":{"kind":{"enum":["reduction-order","unseeded-generator","artifact-content"]},"summary":{"type":"string"},"evidence":{"type":"array","items":{"type":"string"}},"suggestion":{"type":["string","null"]}}},"exposure":{"type":"object","description":"What the experiment could read of the gate's secrets although its environment lacked them: variable names only.","required":["readableVariables","hostedRunner","note"],"additionalProperties":false,"properties":{"readableVariables":{"type":"array","items":{"type":"string"}},"hostedRunner":{"type":"boolean"},"note":{"type":"string"}}},"containment":{"type":"object","description":"How the runs were kept from outliving the gate (and, isolated, from reaching it).","required":["method","via","isolated","user","rootCanEscape","note"],"additionalProperties":false,"properties":{"method":{"enum":["pid-namespace","tracking"]},"via":{"enum":["unshare","sudo","user-namespace",null]},"isolated":{"type":"boolean"},"user":{"type":["string","null"]},"rootCanEscape":{"type":"boolean"},"note":{"type":"string"}}}}};const func2 = Object.prototype.hasOwnProperty;const func4 = function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
};const pattern0 = new RegExp("^([0-9a-f]{64})?$", "u");const pattern2 = new RegExp("^[0-9a-f]{64}$", "u");const pattern3 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T", "u");const pattern5 = new RegExp("@sha256:[0-9a-f]{64}$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){/*# sourceURL="https://github.com/repro-gate/repro-gate/schema/report.schema.json" */;let vErrors = null;let errors = 0;if(errors === 0){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((((((((((((((((data.schemaVersion === undefined) && (missing0 = "schemaVersion")) || ((data.tool === undefined) && (missing0 = "tool"))) || ((data.mode === undefined) && (missing0 = "mode"))) || ((data.verdict === undefined) && (missing0 = "verdict"))) || ((data.reproducible === undefined) && (missing0 = "reproducible"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.durationMs === undefined) && (missing0 = "durationMs"))) || ((data.inputs === undefined) && (missing0 = "inputs"))) || ((data.context === undefined) && (missing0 = "context"))) || ((data.seeds === undefined) && (missing0 = "seeds"))) || ((data.runs === undefined) && (missing0 = "runs"))) || ((data.metrics === undefined) && (missing0 = "metrics"))) || ((data.artifacts === undefined) && (missing0 = "artifacts"))) || ((data.drifted === undefined) && (missing0 = "drifted"))) || ((data.errors === undefined) && (missing0 = "errors"))){validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];return false;}else {const _errs1 = errors;for(const key0 in data){if(!(func2.call(schema11.properties, key0))){validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];return false;break;}}if(_errs1 === errors){if(data.schemaVersion !== undefined){let data0 = data.schemaVersion;const _errs2 = errors;if(!((data0 === 1) || (data0 === 2))){validate10.errors = [{instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/enum",keyword:"enum",params:{allowedValues: schema11.properties.schemaVersion.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs2 === errors;}else {var valid0 = true;}if(valid0){if(data.tool !== undefined){let data1 = data.tool;const _errs3 = errors;if(errors === _errs3){if(data1 && typeof data1 == "object" && !Array.isArray(data1)){let missing1;if(((data1.name === undefined) && (missing1 = "name")) || ((data1.version === undefined) && (missing1 = "version"))){validate10.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];return false;}else {const _errs5 = errors;for(const key1 in data1){if(!((key1 === "name") || (key1 === "version"))){validate10.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];return false;break;}}if(_errs5 === errors){if(data1.name !== undefined){const _errs6 = errors;if("repro-gate" !== data1.name){validate10.errors = [{instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/const",keyword:"const",params:{allowedValue: "repro-gate"},message:"must be equal to constant"}];return false;}var valid1 = _errs6 === errors;}else {var valid1 = true;}if(valid1){if(data1.version !== undefined){const _errs7 = errors;if(typeof data1.version !== "string"){validate10.errors = [{instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid1 = _errs7 === errors;}else {var valid1 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs3 === errors;}else {var valid0 = true;}if(valid0){if(data.mode !== undefined){let data4 = data.mode;const _errs9 = errors;if(!(((((data4 === "gate") || (data4 === "record")) || (data4 === "compare")) || (data4 === "publish")) || (data4 === "replay"))){validate10.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.mode.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs9 === errors;}else {var valid0 = true;}if(valid0){if(data.verdict !== undefined){let data5 = data.verdict;const _errs10 = errors;if(!(((data5 === "reproducible") || (data5 === "drift")) || (data5 === "error"))){validate10.errors = [{instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema11.properties.verdict.enum},message:"must be equal to one of the allowed values"}];return false;}var valid0 = _errs10 === errors;}else {var valid0 = true;}if(valid0){if(data.reproducible !== undefined){const _errs11 = errors;if(typeof data.reproducible !== "boolean"){validate10.errors = [{instancePath:instancePath+"/reproducible",schemaPath:"#/properties/reproducible/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid0 = _errs11 === errors;}else {var valid0 = true;}if(valid0){if(data.createdAt !== undefined){const _errs13 = errors;if(errors === _errs13){if(errors === _errs13){if(!(typeof data.createdAt === "string")){validate10.errors = [{instancePath:instancePath+"/createdAt",schemaPath:"#/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}}var valid0 = _errs13 === errors;}else {var valid0 = true;}if(valid0){if(data.durationMs !== undefined){let data8 = data.durationMs;const _errs15 = errors;if(errors === _errs15){if(typeof data8 == "number"){if(data8 < 0 || isNaN(data8)){validate10.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid0 = _errs15 === errors;}else {var valid0 = true;}if(valid0){if(data.inputs !== undefined){let data9 = data.inputs;const _errs17 = errors;if(errors === _errs17){if(data9 && typeof data9 == "object" && !Array.isArray(data9)){let missing2;if((((((((((((((data9.command === undefined) && (missing2 = "command")) || ((data9.runs === undefined) && (missing2 = "runs"))) || ((data9.seed === undefined) && (missing2 = "seed"))) || ((data9.determinism === undefined) && (missing2 = "determinism"))) || ((data9.metrics === undefined) && (missing2 = "metrics"))) || ((data9.tolerance === undefined) && (missing2 = "tolerance"))) || ((data9.tolerances === undefined) && (missing2 = "tolerances"))) || ((data9.ignore === undefined) && (missing2 = "ignore"))) || ((data9.artifacts === undefined) && (missing2 = "artifacts"))) || ((data9.workingDirectory === undefined) && (missing2 = "workingDirectory"))) || ((data9.timeoutMinutes === undefined) && (missing2 = "timeoutMinutes"))) || ((data9.failOnDrift === undefined) && (missing2 = "failOnDrift"))) || ((data9.reportPath === undefined) && (missing2 = "reportPath"))){validate10.errors = [{instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];return false;}else {const _errs19 = errors;for(const key2 in data9){if(!(func2.call(schema11.properties.inputs.properties, key2))){validate10.errors = [{instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];return false;break;}}if(_errs19 === errors){if(data9.command !== undefined){const _errs20 = errors;if(typeof data9.command !== "string"){validate10.errors = [{instancePath:instancePath+"/inputs/command",schemaPath:"#/properties/inputs/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid2 = _errs20 === errors;}else {var valid2 = true;}if(valid2){if(data9.runs !== undefined){let data11 = data9.runs;const _errs22 = errors;if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){validate10.errors = [{instancePath:instancePath+"/inputs/runs",schemaPath:"#/properties/inputs/properties/runs/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs22){if(typeof data11 == "number"){if(data11 < 2 || isNaN(data11)){validate10.errors = [{instancePath:instancePath+"/inputs/runs",schemaPath:"#/properties/inputs/properties/runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"}];return false;}}}var valid2 = _errs22 === errors;}else {var valid2 = true;}if(valid2){if(data9.seed !== undefined){let data12 = data9.seed;const _errs24 = errors;if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){validate10.errors = [{instancePath:instancePath+"/inputs/seed",schemaPath:"#/properties/inputs/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs24){if(typeof data12 == "number"){if(data12 > 4294967295 || isNaN(data12)){validate10.errors = [{instancePath:instancePath+"/inputs/seed",schemaPath:"#/properties/inputs/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"}];return false;}else {if(data12 < 0 || isNaN(data12)){validate10.errors = [{instancePath:instancePath+"/inputs/seed",schemaPath:"#/properties/inputs/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}}var valid2 = _errs24 === errors;}else {var valid2 = true;}if(valid2){if(data9.determinism !== undefined){let data13 = data9.determinism;const _errs26 = errors;if(!(((data13 === "seeds") || (data13 === "strict")) || (data13 === "off"))){validate10.errors = [{instancePath:instancePath+"/inputs/determinism",schemaPath:"#/properties/inputs/properties/determinism/enum",keyword:"enum",params:{allowedValues: schema11.properties.inputs.properties.determinism.enum},message:"must be equal to one of the allowed values"}];return false;}var valid2 = _errs26 === errors;}else {var valid2 = true;}if(valid2){if(data9.metrics !== undefined){const _errs27 = errors;if(typeof data9.metrics !== "string"){validate10.errors = [{instancePath:instancePath+"/inputs/metrics",schemaPath:"#/properties/inputs/properties/metrics/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid2 = _errs27 === errors;}else {var valid2 = true;}if(valid2){if(data9.tolerance !== undefined){let data15 = data9.tolerance;const _errs29 = errors;if(errors === _errs29){if(data15 && typeof data15 == "object" && !Array.isArray(data15)){let missing3;if(((data15.atol === undefined) && (missing3 = "atol")) || ((data15.rtol === undefined) && (missing3 = "rtol"))){validate10.errors = [{instancePath:instancePath+"/inputs/tolerance",schemaPath:"#/properties/inputs/properties/tolerance/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];return false;}else {const _errs31 = errors;for(const key3 in data15){if(!((key3 === "atol") || (key3 === "rtol"))){validate10.errors = [{instancePath:instancePath+"/inputs/tolerance",schemaPath:"#/properties/inputs/properties/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];return false;break;}}if(_errs31 === errors){if(data15.atol !== undefined){let data16 = data15.atol;const _errs32 = errors;if(errors === _errs32){if(typeof data16 == "number"){if(data16 < 0 || isNaN(data16)){validate10.errors = [{instancePath:instancePath+"/inputs/tolerance/atol",schemaPath:"#/properties/inputs/properties/tolerance/properties/atol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/inputs/tolerance/atol",schemaPath:"#/properties/inputs/properties/tolerance/properties/atol/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid3 = _errs32 === errors;}else {var valid3 = true;}if(valid3){if(data15.rtol !== undefined){let data17 = data15.rtol;const _errs34 = errors;if(errors === _errs34){if(typeof data17 == "number"){if(data17 < 0 || isNaN(data17)){validate10.errors = [{instancePath:instancePath+"/inputs/tolerance/rtol",schemaPath:"#/properties/inputs/properties/tolerance/properties/rtol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/inputs/tolerance/rtol",schemaPath:"#/properties/inputs/properties/tolerance/properties/rtol/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid3 = _errs34 === errors;}else {var valid3 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/inputs/tolerance",schemaPath:"#/properties/inputs/properties/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid2 = _errs29 === errors;}else {var valid2 = true;}if(valid2){if(data9.tolerances !== undefined){let data18 = data9.tolerances;const _errs36 = errors;if(errors === _errs36){if(Array.isArray(data18)){var valid4 = true;const len0 = data18.length;for(let i0=0; i0<len0; i0++){let data19 = data18[i0];const _errs38 = errors;if(errors === _errs38){if(data19 && typeof data19 == "object" && !Array.isArray(data19)){let missing4;if(((data19.pattern === undefined) && (missing4 = "pattern")) || ((data19.tolerance === undefined) && (missing4 = "tolerance"))){validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0,schemaPath:"#/properties/inputs/properties/tolerances/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];return false;}else {const _errs40 = errors;for(const key4 in data19){if(!((key4 === "pattern") || (key4 === "tolerance"))){validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0,schemaPath:"#/properties/inputs/properties/tolerances/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];return false;break;}}if(_errs40 === errors){if(data19.pattern !== undefined){let data20 = data19.pattern;const _errs41 = errors;if(errors === _errs41){if(typeof data20 === "string"){if(func4(data20) < 1){validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0+"/pattern",schemaPath:"#/properties/inputs/properties/tolerances/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0+"/pattern",schemaPath:"#/properties/inputs/properties/tolerances/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid5 = _errs41 === errors;}else {var valid5 = true;}if(valid5){if(data19.tolerance !== undefined){let data21 = data19.tolerance;const _errs43 = errors;if(errors === _errs43){if(data21 && typeof data21 == "object" && !Array.isArray(data21)){let missing5;if(((data21.atol === undefined) && (missing5 = "atol")) || ((data21.rtol === undefined) && (missing5 = "rtol"))){validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0+"/tolerance",schemaPath:"#/properties/inputs/properties/tolerances/items/properties/tolerance/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];return false;}else {const _errs45 = errors;for(const key5 in data21){if(!((key5 === "atol") || (key5 === "rtol"))){validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0+"/tolerance",schemaPath:"#/properties/inputs/properties/tolerances/items/properties/tolerance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];return false;break;}}if(_errs45 === errors){if(data21.atol !== undefined){let data22 = data21.atol;const _errs46 = errors;if(errors === _errs46){if(typeof data22 == "number"){if(data22 < 0 || isNaN(data22)){validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0+"/tolerance/atol",schemaPath:"#/properties/inputs/properties/tolerances/items/properties/tolerance/properties/atol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0+"/tolerance/atol",schemaPath:"#/properties/inputs/properties/tolerances/items/properties/tolerance/properties/atol/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid6 = _errs46 === errors;}else {var valid6 = true;}if(valid6){if(data21.rtol !== undefined){let data23 = data21.rtol;const _errs48 = errors;if(errors === _errs48){if(typeof data23 == "number"){if(data23 < 0 || isNaN(data23)){validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0+"/tolerance/rtol",schemaPath:"#/properties/inputs/properties/tolerances/items/properties/tolerance/properties/rtol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0+"/tolerance/rtol",schemaPath:"#/properties/inputs/properties/tolerances/items/properties/tolerance/properties/rtol/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid6 = _errs48 === errors;}else {var valid6 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0+"/tolerance",schemaPath:"#/properties/inputs/properties/tolerances/items/properties/tolerance/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid5 = _errs43 === errors;}else {var valid5 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/inputs/tolerances/" + i0,schemaPath:"#/properties/inputs/properties/tolerances/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid4 = _errs38 === errors;if(!valid4){break;}}}else {validate10.errors = [{instancePath:instancePath+"/inputs/tolerances",schemaPath:"#/properties/inputs/properties/tolerances/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid2 = _errs36 === errors;}else {var valid2 = true;}if(valid2){if(data9.ignore !== undefined){let data24 = data9.ignore;const _errs50 = errors;if(errors === _errs50){if(Array.isArray(data24)){var valid7 = true;const len1 = data24.length;for(let i1=0; i1<len1; i1++){const _errs52 = errors;if(typeof data24[i1] !== "string"){validate10.errors = [{instancePath:instancePath+"/inputs/ignore/" + i1,schemaPath:"#/properties/inputs/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid7 = _errs52 === errors;if(!valid7){break;}}}else {validate10.errors = [{instancePath:instancePath+"/inputs/ignore",schemaPath:"#/properties/inputs/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid2 = _errs50 === errors;}else {var valid2 = true;}if(valid2){if(data9.artifacts !== undefined){let data26 = data9.artifacts;const _errs54 = errors;if(errors === _errs54){if(Array.isArray(data26)){var valid8 = true;const len2 = data26.length;for(let i2=0; i2<len2; i2++){const _errs56 = errors;if(typeof data26[i2] !== "string"){validate10.errors = [{instancePath:instancePath+"/inputs/artifacts/" + i2,schemaPath:"#/properties/inputs/properties/artifacts/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid8 = _errs56 === errors;if(!valid8){break;}}}else {validate10.errors = [{instancePath:instancePath+"/inputs/artifacts",schemaPath:"#/properties/inputs/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid2 = _errs54 === errors;}else {var valid2 = true;}if(valid2){if(data9.workingDirectory !== undefined){const _errs58 = errors;if(typeof data9.workingDirectory !== "string"){validate10.errors = [{instancePath:instancePath+"/inputs/workingDirectory",schemaPath:"#/properties/inputs/properties/workingDirectory/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid2 = _errs58 === errors;}else {var valid2 = true;}if(valid2){if(data9.timeoutMinutes !== undefined){let data29 = data9.timeoutMinutes;const _errs60 = errors;if((!(typeof data29 == "number")) && (data29 !== null)){validate10.errors = [{instancePath:instancePath+"/inputs/timeoutMinutes",schemaPath:"#/properties/inputs/properties/timeoutMinutes/type",keyword:"type",params:{type: schema11.properties.inputs.properties.timeoutMinutes.type},message:"must be number,null"}];return false;}if(errors === _errs60){if(typeof data29 == "number"){if(data29 <= 0 || isNaN(data29)){validate10.errors = [{instancePath:instancePath+"/inputs/timeoutMinutes",schemaPath:"#/properties/inputs/properties/timeoutMinutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"}];return false;}}}var valid2 = _errs60 === errors;}else {var valid2 = true;}if(valid2){if(data9.failOnDrift !== undefined){const _errs62 = errors;if(typeof data9.failOnDrift !== "boolean"){validate10.errors = [{instancePath:instancePath+"/inputs/failOnDrift",schemaPath:"#/properties/inputs/properties/failOnDrift/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid2 = _errs62 === errors;}else {var valid2 = true;}if(valid2){if(data9.failOnBaselineDrift !== undefined){const _errs64 = errors;if(typeof data9.failOnBaselineDrift !== "boolean"){validate10.errors = [{instancePath:instancePath+"/inputs/failOnBaselineDrift",schemaPath:"#/properties/inputs/properties/failOnBaselineDrift/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid2 = _errs64 === errors;}else {var valid2 = true;}if(valid2){if(data9.reportPath !== undefined){const _errs66 = errors;if(typeof data9.reportPath !== "string"){validate10.errors = [{instancePath:instancePath+"/inputs/reportPath",schemaPath:"#/properties/inputs/properties/reportPath/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid2 = _errs66 === errors;}else {var valid2 = true;}if(valid2){if(data9.vary !== undefined){let data33 = data9.vary;const _errs68 = errors;if(errors === _errs68){if(Array.isArray(data33)){var valid9 = true;const len3 = data33.length;for(let i3=0; i3<len3; i3++){let data34 = data33[i3];const _errs70 = errors;if(!((((((((data34 === "hashseed") || (data34 === "timezone")) || (data34 === "locale")) || (data34 === "threads")) || (data34 === "cwd")) || (data34 === "umask")) || (data34 === "home")) || (data34 === "hostname"))){validate10.errors = [{instancePath:instancePath+"/inputs/vary/" + i3,schemaPath:"#/properties/inputs/properties/vary/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.inputs.properties.vary.items.enum},message:"must be equal to one of the allowed values"}];return false;}var valid9 = _errs70 === errors;if(!valid9){break;}}}else {validate10.errors = [{instancePath:instancePath+"/inputs/vary",schemaPath:"#/properties/inputs/properties/vary/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid2 = _errs68 === errors;}else {var valid2 = true;}if(valid2){if(data9.varyMaxRuns !== undefined){let data35 = data9.varyMaxRuns;const _errs71 = errors;if(!((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35)))){validate10.errors = [{instancePath:instancePath+"/inputs/varyMaxRuns",schemaPath:"#/properties/inputs/properties/varyMaxRuns/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs71){if(typeof data35 == "number"){if(data35 < 0 || isNaN(data35)){validate10.errors = [{instancePath:instancePath+"/inputs/varyMaxRuns",schemaPath:"#/properties/inputs/properties/varyMaxRuns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid2 = _errs71 === errors;}else {var valid2 = true;}if(valid2){if(data9.seedAudit !== undefined){let data36 = data9.seedAudit;const _errs73 = errors;if(!(((data36 === "off") || (data36 === "warn")) || (data36 === "fail"))){validate10.errors = [{instancePath:instancePath+"/inputs/seedAudit",schemaPath:"#/properties/inputs/properties/seedAudit/enum",keyword:"enum",params:{allowedValues: schema11.properties.inputs.properties.seedAudit.enum},message:"must be equal to one of the allowed values"}];return false;}var valid2 = _errs73 === errors;}else {var valid2 = true;}if(valid2){if(data9.isolate !== undefined){const _errs74 = errors;if(typeof data9.isolate !== "string"){validate10.errors = [{instancePath:instancePath+"/inputs/isolate",schemaPath:"#/properties/inputs/properties/isolate/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid2 = _errs74 === errors;}else {var valid2 = true;}}}}}}}}}}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs17 === errors;}else {var valid0 = true;}if(valid0){if(data.context !== undefined){let data38 = data.context;const _errs76 = errors;if(errors === _errs76){if(data38 && typeof data38 == "object" && !Array.isArray(data38)){let missing6;if((((((((((((data38.repository === undefined) && (missing6 = "repository")) || ((data38.sha === undefined) && (missing6 = "sha"))) || ((data38.ref === undefined) && (missing6 = "ref"))) || ((data38.headSha === undefined) && (missing6 = "headSha"))) || ((data38.eventName === undefined) && (missing6 = "eventName"))) || ((data38.pullRequest === undefined) && (missing6 = "pullRequest"))) || ((data38.runId === undefined) && (missing6 = "runId"))) || ((data38.runAttempt === undefined) && (missing6 = "runAttempt"))) || ((data38.job === undefined) && (missing6 = "job"))) || ((data38.serverUrl === undefined) && (missing6 = "serverUrl"))) || ((data38.runUrl === undefined) && (missing6 = "runUrl"))){validate10.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];return false;}else {const _errs78 = errors;for(const key6 in data38){if(!(func2.call(schema11.properties.context.properties, key6))){validate10.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];return false;break;}}if(_errs78 === errors){if(data38.repository !== undefined){let data39 = data38.repository;const _errs79 = errors;if((typeof data39 !== "string") && (data39 !== null)){validate10.errors = [{instancePath:instancePath+"/context/repository",schemaPath:"#/properties/context/properties/repository/type",keyword:"type",params:{type: schema11.properties.context.properties.repository.type},message:"must be string,null"}];return false;}var valid10 = _errs79 === errors;}else {var valid10 = true;}if(valid10){if(data38.sha !== undefined){let data40 = data38.sha;const _errs81 = errors;if((typeof data40 !== "string") && (data40 !== null)){validate10.errors = [{instancePath:instancePath+"/context/sha",schemaPath:"#/properties/context/properties/sha/type",keyword:"type",params:{type: schema11.properties.context.properties.sha.type},message:"must be string,null"}];return false;}var valid10 = _errs81 === errors;}else {var valid10 = true;}if(valid10){if(data38.ref !== undefined){let data41 = data38.ref;const _errs83 = errors;if((typeof data41 !== "string") && (data41 !== null)){validate10.errors = [{instancePath:instancePath+"/context/ref",schemaPath:"#/properties/context/properties/ref/type",keyword:"type",params:{type: schema11.properties.context.properties.ref.type},message:"must be string,null"}];return false;}var valid10 = _errs83 === errors;}else {var valid10 = true;}if(valid10){if(data38.headSha !== undefined){let data42 = data38.headSha;const _errs85 = errors;if((typeof data42 !== "string") && (data42 !== null)){validate10.errors = [{instancePath:instancePath+"/context/headSha",schemaPath:"#/properties/context/properties/headSha/type",keyword:"type",params:{type: schema11.properties.context.properties.headSha.type},message:"must be string,null"}];return false;}var valid10 = _errs85 === errors;}else {var valid10 = true;}if(valid10){if(data38.eventName !== undefined){let data43 = data38.eventName;const _errs87 = errors;if((typeof data43 !== "string") && (data43 !== null)){validate10.errors = [{instancePath:instancePath+"/context/eventName",schemaPath:"#/properties/context/properties/eventName/type",keyword:"type",params:{type: schema11.properties.context.properties.eventName.type},message:"must be string,null"}];return false;}var valid10 = _errs87 === errors;}else {var valid10 = true;}if(valid10){if(data38.pullRequest !== undefined){let data44 = data38.pullRequest;const _errs89 = errors;if((!((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44)))) && (data44 !== null)){validate10.errors = [{instancePath:instancePath+"/context/pullRequest",schemaPath:"#/properties/context/properties/pullRequest/type",keyword:"type",params:{type: schema11.properties.context.properties.pullRequest.type},message:"must be integer,null"}];return false;}var valid10 = _errs89 === errors;}else {var valid10 = true;}if(valid10){if(data38.runId !== undefined){let data45 = data38.runId;const _errs91 = errors;if((typeof data45 !== "string") && (data45 !== null)){validate10.errors = [{instancePath:instancePath+"/context/runId",schemaPath:"#/properties/context/properties/runId/type",keyword:"type",params:{type: schema11.properties.context.properties.runId.type},message:"must be string,null"}];return false;}var valid10 = _errs91 === errors;}else {var valid10 = true;}if(valid10){if(data38.runAttempt !== undefined){let data46 = data38.runAttempt;const _errs93 = errors;if((typeof data46 !== "string") && (data46 !== null)){validate10.errors = [{instancePath:instancePath+"/context/runAttempt",schemaPath:"#/properties/context/properties/runAttempt/type",keyword:"type",params:{type: schema11.properties.context.properties.runAttempt.type},message:"must be string,null"}];return false;}var valid10 = _errs93 === errors;}else {var valid10 = true;}if(valid10){if(data38.job !== undefined){let data47 = data38.job;const _errs95 = errors;if((typeof data47 !== "string") && (data47 !== null)){validate10.errors = [{instancePath:instancePath+"/context/job",schemaPath:"#/properties/context/properties/job/type",keyword:"type",params:{type: schema11.properties.context.properties.job.type},message:"must be string,null"}];return false;}var valid10 = _errs95 === errors;}else {var valid10 = true;}if(valid10){if(data38.serverUrl !== undefined){const _errs97 = errors;if(typeof data38.serverUrl !== "string"){validate10.errors = [{instancePath:instancePath+"/context/serverUrl",schemaPath:"#/properties/context/properties/serverUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid10 = _errs97 === errors;}else {var valid10 = true;}if(valid10){if(data38.runUrl !== undefined){let data49 = data38.runUrl;const _errs99 = errors;if((typeof data49 !== "string") && (data49 !== null)){validate10.errors = [{instancePath:instancePath+"/context/runUrl",schemaPath:"#/properties/context/properties/runUrl/type",keyword:"type",params:{type: schema11.properties.context.properties.runUrl.type},message:"must be string,null"}];return false;}var valid10 = _errs99 === errors;}else {var valid10 = true;}}}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs76 === errors;}else {var valid0 = true;}if(valid0){if(data.seeds !== undefined){let data50 = data.seeds;const _errs101 = errors;if(errors === _errs101){if(data50 && typeof data50 == "object" && !Array.isArray(data50)){let missing7;if(((data50.set === undefined) && (missing7 = "set")) || ((data50.keptFromUser === undefined) && (missing7 = "keptFromUser"))){validate10.errors = [{instancePath:instancePath+"/seeds",schemaPath:"#/properties/seeds/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];return false;}else {const _errs103 = errors;for(const key7 in data50){if(!((key7 === "set") || (key7 === "keptFromUser"))){validate10.errors = [{instancePath:instancePath+"/seeds",schemaPath:"#/properties/seeds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];return false;break;}}if(_errs103 === errors){if(data50.set !== undefined){let data51 = data50.set;const _errs104 = errors;if(errors === _errs104){if(data51 && typeof data51 == "object" && !Array.isArray(data51)){for(const key8 in data51){const _errs107 = errors;if(typeof data51[key8] !== "string"){validate10.errors = [{instancePath:instancePath+"/seeds/set/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/seeds/properties/set/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid12 = _errs107 === errors;if(!valid12){break;}}}else {validate10.errors = [{instancePath:instancePath+"/seeds/set",schemaPath:"#/properties/seeds/properties/set/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid11 = _errs104 === errors;}else {var valid11 = true;}if(valid11){if(data50.keptFromUser !== undefined){let data53 = data50.keptFromUser;const _errs109 = errors;if(errors === _errs109){if(data53 && typeof data53 == "object" && !Array.isArray(data53)){for(const key9 in data53){const _errs112 = errors;if(typeof data53[key9] !== "string"){validate10.errors = [{instancePath:instancePath+"/seeds/keptFromUser/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/seeds/properties/keptFromUser/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid13 = _errs112 === errors;if(!valid13){break;}}}else {validate10.errors = [{instancePath:instancePath+"/seeds/keptFromUser",schemaPath:"#/properties/seeds/properties/keptFromUser/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid11 = _errs109 === errors;}else {var valid11 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/seeds",schemaPath:"#/properties/seeds/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs101 === errors;}else {var valid0 = true;}if(valid0){if(data.runs !== undefined){let data55 = data.runs;const _errs114 = errors;if(errors === _errs114){if(Array.isArray(data55)){var valid14 = true;const len4 = data55.length;for(let i4=0; i4<len4; i4++){let data56 = data55[i4];const _errs116 = errors;if(errors === _errs116){if(data56 && typeof data56 == "object" && !Array.isArray(data56)){let missing8;if((((((((((((data56.index === undefined) && (missing8 = "index")) || ((data56.exitCode === undefined) && (missing8 = "exitCode"))) || ((data56.signal === undefined) && (missing8 = "signal"))) || ((data56.durationMs === undefined) && (missing8 = "durationMs"))) || ((data56.timedOut === undefined) && (missing8 = "timedOut"))) || ((data56.cancelled === undefined) && (missing8 = "cancelled"))) || ((data56.outputDir === undefined) && (missing8 = "outputDir"))) || ((data56.metricsFile === undefined) && (missing8 = "metricsFile"))) || ((data56.artifacts === undefined) && (missing8 = "artifacts"))) || ((data56.error === undefined) && (missing8 = "error"))) || ((data56.outputTail === undefined) && (missing8 = "outputTail"))){validate10.errors = [{instancePath:instancePath+"/runs/" + i4,schemaPath:"#/properties/runs/items/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];return false;}else {const _errs118 = errors;for(const key10 in data56){if(!(func2.call(schema11.properties.runs.items.properties, key10))){validate10.errors = [{instancePath:instancePath+"/runs/" + i4,schemaPath:"#/properties/runs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];return false;break;}}if(_errs118 === errors){if(data56.index !== undefined){let data57 = data56.index;const _errs119 = errors;if(!((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57)))){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/index",schemaPath:"#/properties/runs/items/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs119){if(typeof data57 == "number"){if(data57 < 1 || isNaN(data57)){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/index",schemaPath:"#/properties/runs/items/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid15 = _errs119 === errors;}else {var valid15 = true;}if(valid15){if(data56.exitCode !== undefined){let data58 = data56.exitCode;const _errs121 = errors;if((!((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58)))) && (data58 !== null)){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/exitCode",schemaPath:"#/properties/runs/items/properties/exitCode/type",keyword:"type",params:{type: schema11.properties.runs.items.properties.exitCode.type},message:"must be integer,null"}];return false;}var valid15 = _errs121 === errors;}else {var valid15 = true;}if(valid15){if(data56.signal !== undefined){let data59 = data56.signal;const _errs123 = errors;if((typeof data59 !== "string") && (data59 !== null)){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/signal",schemaPath:"#/properties/runs/items/properties/signal/type",keyword:"type",params:{type: schema11.properties.runs.items.properties.signal.type},message:"must be string,null"}];return false;}var valid15 = _errs123 === errors;}else {var valid15 = true;}if(valid15){if(data56.durationMs !== undefined){let data60 = data56.durationMs;const _errs125 = errors;if(errors === _errs125){if(typeof data60 == "number"){if(data60 < 0 || isNaN(data60)){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/durationMs",schemaPath:"#/properties/runs/items/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/durationMs",schemaPath:"#/properties/runs/items/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid15 = _errs125 === errors;}else {var valid15 = true;}if(valid15){if(data56.timedOut !== undefined){const _errs127 = errors;if(typeof data56.timedOut !== "boolean"){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/timedOut",schemaPath:"#/properties/runs/items/properties/timedOut/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid15 = _errs127 === errors;}else {var valid15 = true;}if(valid15){if(data56.cancelled !== undefined){const _errs129 = errors;if(typeof data56.cancelled !== "boolean"){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/cancelled",schemaPath:"#/properties/runs/items/properties/cancelled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid15 = _errs129 === errors;}else {var valid15 = true;}if(valid15){if(data56.outputDir !== undefined){const _errs131 = errors;if(typeof data56.outputDir !== "string"){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/outputDir",schemaPath:"#/properties/runs/items/properties/outputDir/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid15 = _errs131 === errors;}else {var valid15 = true;}if(valid15){if(data56.metricsFile !== undefined){let data64 = data56.metricsFile;const _errs133 = errors;if((typeof data64 !== "string") && (data64 !== null)){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/metricsFile",schemaPath:"#/properties/runs/items/properties/metricsFile/type",keyword:"type",params:{type: schema11.properties.runs.items.properties.metricsFile.type},message:"must be string,null"}];return false;}var valid15 = _errs133 === errors;}else {var valid15 = true;}if(valid15){if(data56.metrics !== undefined){let data65 = data56.metrics;const _errs135 = errors;const _errs136 = errors;let valid16 = false;let passing0 = null;const _errs137 = errors;if(data65 !== null){const err0 = {instancePath:instancePath+"/runs/" + i4+"/metrics",schemaPath:"#/properties/runs/items/properties/metrics/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs137 === errors;if(_valid0){valid16 = true;passing0 = 0;}const _errs139 = errors;if(errors === _errs139){if(data65 && typeof data65 == "object" && !Array.isArray(data65)){for(const key11 in data65){let data66 = data65[key11];const _errs142 = errors;const _errs143 = errors;let valid18 = false;let passing1 = null;const _errs144 = errors;if((((!(typeof data66 == "number")) && (typeof data66 !== "string")) && (typeof data66 !== "boolean")) && (data66 !== null)){const err1 = {instancePath:instancePath+"/runs/" + i4+"/metrics/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/runs/items/properties/metrics/oneOf/1/additionalProperties/oneOf/0/type",keyword:"type",params:{type: schema11.properties.runs.items.properties.metrics.oneOf[1].additionalProperties.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}var _valid1 = _errs144 === errors;if(_valid1){valid18 = true;passing1 = 0;}const _errs146 = errors;if(errors === _errs146){if(data66 && typeof data66 == "object" && !Array.isArray(data66)){let missing9;if((data66.nonFinite === undefined) && (missing9 = "nonFinite")){const err2 = {instancePath:instancePath+"/runs/" + i4+"/metrics/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/runs/items/properties/metrics/oneOf/1/additionalProperties/oneOf/1/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}else {const _errs148 = errors;for(const key12 in data66){if(!(key12 === "nonFinite")){const err3 = {instancePath:instancePath+"/runs/" + i4+"/metrics/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/runs/items/properties/metrics/oneOf/1/additionalProperties/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;break;}}if(_errs148 === errors){if(data66.nonFinite !== undefined){let data67 = data66.nonFinite;if(!(((data67 === "NaN") || (data67 === "Infinity")) || (data67 === "-Infinity"))){const err4 = {instancePath:instancePath+"/runs/" + i4+"/metrics/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/nonFinite",schemaPath:"#/properties/runs/items/properties/metrics/oneOf/1/additionalProperties/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.runs.items.properties.metrics.oneOf[1].additionalProperties.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}}else {const err5 = {instancePath:instancePath+"/runs/" + i4+"/metrics/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/runs/items/properties/metrics/oneOf/1/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}var _valid1 = _errs146 === errors;if(_valid1 && valid18){valid18 = false;passing1 = [passing1, 1];}else {if(_valid1){valid18 = true;passing1 = 1;}}if(!valid18){const err6 = {instancePath:instancePath+"/runs/" + i4+"/metrics/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/runs/items/properties/metrics/oneOf/1/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs143;if(vErrors !== null){if(_errs143){vErrors.length = _errs143;}else {vErrors = null;}}}var valid17 = _errs142 === errors;if(!valid17){break;}}}else {const err7 = {instancePath:instancePath+"/runs/" + i4+"/metrics",schemaPath:"#/properties/runs/items/properties/metrics/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}var _valid0 = _errs139 === errors;if(_valid0 && valid16){valid16 = false;passing0 = [passing0, 1];}else {if(_valid0){valid16 = true;passing0 = 1;}}if(!valid16){const err8 = {instancePath:instancePath+"/runs/" + i4+"/metrics",schemaPath:"#/properties/runs/items/properties/metrics/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs136;if(vErrors !== null){if(_errs136){vErrors.length = _errs136;}else {vErrors = null;}}}var valid15 = _errs135 === errors;}else {var valid15 = true;}if(valid15){if(data56.artifacts !== undefined){let data68 = data56.artifacts;const _errs150 = errors;if(errors === _errs150){if(Array.isArray(data68)){var valid20 = true;const len5 = data68.length;for(let i5=0; i5<len5; i5++){let data69 = data68[i5];const _errs152 = errors;if(errors === _errs152){if(data69 && typeof data69 == "object" && !Array.isArray(data69)){let missing10;if((((data69.path === undefined) && (missing10 = "path")) || ((data69.sha256 === undefined) && (missing10 = "sha256"))) || ((data69.bytes === undefined) && (missing10 = "bytes"))){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/artifacts/" + i5,schemaPath:"#/properties/runs/items/properties/artifacts/items/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];return false;}else {const _errs154 = errors;for(const key13 in data69){if(!(((((key13 === "path") || (key13 === "sha256")) || (key13 === "bytes")) || (key13 === "skipped")) || (key13 === "copy"))){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/artifacts/" + i5,schemaPath:"#/properties/runs/items/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];return false;break;}}if(_errs154 === errors){if(data69.path !== undefined){const _errs155 = errors;if(typeof data69.path !== "string"){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/artifacts/" + i5+"/path",schemaPath:"#/properties/runs/items/properties/artifacts/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid21 = _errs155 === errors;}else {var valid21 = true;}if(valid21){if(data69.sha256 !== undefined){let data71 = data69.sha256;const _errs157 = errors;if(errors === _errs157){if(typeof data71 === "string"){if(!pattern0.test(data71)){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/artifacts/" + i5+"/sha256",schemaPath:"#/properties/runs/items/properties/artifacts/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^([0-9a-f]{64})?$"},message:"must match pattern \""+"^([0-9a-f]{64})?$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/artifacts/" + i5+"/sha256",schemaPath:"#/properties/runs/items/properties/artifacts/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid21 = _errs157 === errors;}else {var valid21 = true;}if(valid21){if(data69.bytes !== undefined){let data72 = data69.bytes;const _errs159 = errors;if(!((typeof data72 == "number") && (!(data72 % 1) && !isNaN(data72)))){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/artifacts/" + i5+"/bytes",schemaPath:"#/properties/runs/items/properties/artifacts/items/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs159){if(typeof data72 == "number"){if(data72 < 0 || isNaN(data72)){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/artifacts/" + i5+"/bytes",schemaPath:"#/properties/runs/items/properties/artifacts/items/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid21 = _errs159 === errors;}else {var valid21 = true;}if(valid21){if(data69.skipped !== undefined){const _errs161 = errors;if(typeof data69.skipped !== "string"){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/artifacts/" + i5+"/skipped",schemaPath:"#/properties/runs/items/properties/artifacts/items/properties/skipped/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid21 = _errs161 === errors;}else {var valid21 = true;}if(valid21){if(data69.copy !== undefined){const _errs163 = errors;if(typeof data69.copy !== "string"){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/artifacts/" + i5+"/copy",schemaPath:"#/properties/runs/items/properties/artifacts/items/properties/copy/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid21 = _errs163 === errors;}else {var valid21 = true;}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/artifacts/" + i5,schemaPath:"#/properties/runs/items/properties/artifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid20 = _errs152 === errors;if(!valid20){break;}}}else {validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/artifacts",schemaPath:"#/properties/runs/items/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid15 = _errs150 === errors;}else {var valid15 = true;}if(valid15){if(data56.error !== undefined){let data75 = data56.error;const _errs165 = errors;if((typeof data75 !== "string") && (data75 !== null)){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/error",schemaPath:"#/properties/runs/items/properties/error/type",keyword:"type",params:{type: schema11.properties.runs.items.properties.error.type},message:"must be string,null"}];return false;}var valid15 = _errs165 === errors;}else {var valid15 = true;}if(valid15){if(data56.outputTail !== undefined){const _errs167 = errors;if(typeof data56.outputTail !== "string"){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/outputTail",schemaPath:"#/properties/runs/items/properties/outputTail/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid15 = _errs167 === errors;}else {var valid15 = true;}if(valid15){if(data56.leftovers !== undefined){let data77 = data56.leftovers;const _errs169 = errors;if(errors === _errs169){if(data77 && typeof data77 == "object" && !Array.isArray(data77)){let missing11;if(((data77.count === undefined) && (missing11 = "count")) || ((data77.processes === undefined) && (missing11 = "processes"))){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers",schemaPath:"#/properties/runs/items/properties/leftovers/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];return false;}else {const _errs171 = errors;for(const key14 in data77){if(!((key14 === "count") || (key14 === "processes"))){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers",schemaPath:"#/properties/runs/items/properties/leftovers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];return false;break;}}if(_errs171 === errors){if(data77.count !== undefined){let data78 = data77.count;const _errs172 = errors;if(!((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78)))){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers/count",schemaPath:"#/properties/runs/items/properties/leftovers/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs172){if(typeof data78 == "number"){if(data78 < 0 || isNaN(data78)){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers/count",schemaPath:"#/properties/runs/items/properties/leftovers/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid22 = _errs172 === errors;}else {var valid22 = true;}if(valid22){if(data77.processes !== undefined){let data79 = data77.processes;const _errs174 = errors;if(errors === _errs174){if(Array.isArray(data79)){if(data79.length > 20){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers/processes",schemaPath:"#/properties/runs/items/properties/leftovers/properties/processes/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];return false;}else {var valid23 = true;const len6 = data79.length;for(let i6=0; i6<len6; i6++){let data80 = data79[i6];const _errs176 = errors;if(errors === _errs176){if(data80 && typeof data80 == "object" && !Array.isArray(data80)){let missing12;if(((data80.name === undefined) && (missing12 = "name")) || ((data80.command === undefined) && (missing12 = "command"))){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers/processes/" + i6,schemaPath:"#/properties/runs/items/properties/leftovers/properties/processes/items/required",keyword:"required",params:{missingProperty: missing12},message:"must have required property '"+missing12+"'"}];return false;}else {const _errs178 = errors;for(const key15 in data80){if(!((key15 === "name") || (key15 === "command"))){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers/processes/" + i6,schemaPath:"#/properties/runs/items/properties/leftovers/properties/processes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];return false;break;}}if(_errs178 === errors){if(data80.name !== undefined){const _errs179 = errors;if(typeof data80.name !== "string"){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers/processes/" + i6+"/name",schemaPath:"#/properties/runs/items/properties/leftovers/properties/processes/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid24 = _errs179 === errors;}else {var valid24 = true;}if(valid24){if(data80.command !== undefined){const _errs181 = errors;if(typeof data80.command !== "string"){validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers/processes/" + i6+"/command",schemaPath:"#/properties/runs/items/properties/leftovers/properties/processes/items/properties/command/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid24 = _errs181 === errors;}else {var valid24 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers/processes/" + i6,schemaPath:"#/properties/runs/items/properties/leftovers/properties/processes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid23 = _errs176 === errors;if(!valid23){break;}}}}else {validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers/processes",schemaPath:"#/properties/runs/items/properties/leftovers/properties/processes/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid22 = _errs174 === errors;}else {var valid22 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/runs/" + i4+"/leftovers",schemaPath:"#/properties/runs/items/properties/leftovers/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid15 = _errs169 === errors;}else {var valid15 = true;}}}}}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/runs/" + i4,schemaPath:"#/properties/runs/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid14 = _errs116 === errors;if(!valid14){break;}}}else {validate10.errors = [{instancePath:instancePath+"/runs",schemaPath:"#/properties/runs/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs114 === errors;}else {var valid0 = true;}if(valid0){if(data.valuesPerMetric !== undefined){let data83 = data.valuesPerMetric;const _errs183 = errors;if(!((typeof data83 == "number") && (!(data83 % 1) && !isNaN(data83)))){validate10.errors = [{instancePath:instancePath+"/valuesPerMetric",schemaPath:"#/properties/valuesPerMetric/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs183){if(typeof data83 == "number"){if(data83 < 0 || isNaN(data83)){validate10.errors = [{instancePath:instancePath+"/valuesPerMetric",schemaPath:"#/properties/valuesPerMetric/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid0 = _errs183 === errors;}else {var valid0 = true;}if(valid0){if(data.metrics !== undefined){let data84 = data.metrics;const _errs185 = errors;if(errors === _errs185){if(Array.isArray(data84)){var valid25 = true;const len7 = data84.length;for(let i7=0; i7<len7; i7++){let data85 = data84[i7];const _errs187 = errors;const _errs189 = errors;let valid26 = false;let passing2 = null;const _errs190 = errors;if(data85 && typeof data85 == "object" && !Array.isArray(data85)){let missing13;if((data85.values === undefined) && (missing13 = "values")){const err9 = {instancePath:instancePath+"/metrics/" + i7,schemaPath:"#/properties/metrics/items/oneOf/0/required",keyword:"required",params:{missingProperty: missing13},message:"must have required property '"+missing13+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}var _valid2 = _errs190 === errors;if(_valid2){valid26 = true;passing2 = 0;}const _errs191 = errors;if(data85 && typeof data85 == "object" && !Array.isArray(data85)){let missing14;if((data85.value === undefined) && (missing14 = "value")){const err10 = {instancePath:instancePath+"/metrics/" + i7,schemaPath:"#/properties/metrics/items/oneOf/1/required",keyword:"required",params:{missingProperty: missing14},message:"must have required property '"+missing14+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}var _valid2 = _errs191 === errors;if(_valid2 && valid26){valid26 = false;passing2 = [passing2, 1];}else {if(_valid2){valid26 = true;passing2 = 1;}}if(!valid26){const err11 = {instancePath:instancePath+"/metrics/" + i7,schemaPath:"#/properties/metrics/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs189;if(vErrors !== null){if(_errs189){vErrors.length = _errs189;}else {vErrors = null;}}}if(errors === _errs187){if(data85 && typeof data85 == "object" && !Array.isArray(data85)){let missing15;if((data85.name === undefined) && (missing15 = "name")){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7,schemaPath:"#/properties/metrics/items/required",keyword:"required",params:{missingProperty: missing15},message:"must have required property '"+missing15+"'"}];return false;}else {const _errs192 = errors;for(const key16 in data85){if(!(func2.call(schema11.properties.metrics.items.properties, key16))){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7,schemaPath:"#/properties/metrics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];return false;break;}}if(_errs192 === errors){if(data85.name !== undefined){const _errs193 = errors;if(typeof data85.name !== "string"){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/name",schemaPath:"#/properties/metrics/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid27 = _errs193 === errors;}else {var valid27 = true;}if(valid27){if(data85.status !== undefined){let data87 = data85.status;const _errs195 = errors;if(!(((data87 === "pass") || (data87 === "drift")) || (data87 === "ignored"))){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/status",schemaPath:"#/properties/metrics/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.metrics.items.properties.status.enum},message:"must be equal to one of the allowed values"}];return false;}var valid27 = _errs195 === errors;}else {var valid27 = true;}if(valid27){if(data85.value !== undefined){let data88 = data85.value;const _errs196 = errors;const _errs197 = errors;let valid28 = false;let passing3 = null;const _errs198 = errors;if((((!(typeof data88 == "number")) && (typeof data88 !== "string")) && (typeof data88 !== "boolean")) && (data88 !== null)){const err12 = {instancePath:instancePath+"/metrics/" + i7+"/value",schemaPath:"#/properties/metrics/items/properties/value/oneOf/0/type",keyword:"type",params:{type: schema11.properties.metrics.items.properties.value.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}var _valid3 = _errs198 === errors;if(_valid3){valid28 = true;passing3 = 0;}const _errs200 = errors;if(errors === _errs200){if(data88 && typeof data88 == "object" && !Array.isArray(data88)){let missing16;if((data88.nonFinite === undefined) && (missing16 = "nonFinite")){const err13 = {instancePath:instancePath+"/metrics/" + i7+"/value",schemaPath:"#/properties/metrics/items/properties/value/oneOf/1/required",keyword:"required",params:{missingProperty: missing16},message:"must have required property '"+missing16+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}else {const _errs202 = errors;for(const key17 in data88){if(!(key17 === "nonFinite")){const err14 = {instancePath:instancePath+"/metrics/" + i7+"/value",schemaPath:"#/properties/metrics/items/properties/value/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;break;}}if(_errs202 === errors){if(data88.nonFinite !== undefined){let data89 = data88.nonFinite;if(!(((data89 === "NaN") || (data89 === "Infinity")) || (data89 === "-Infinity"))){const err15 = {instancePath:instancePath+"/metrics/" + i7+"/value/nonFinite",schemaPath:"#/properties/metrics/items/properties/value/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.metrics.items.properties.value.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}}}else {const err16 = {instancePath:instancePath+"/metrics/" + i7+"/value",schemaPath:"#/properties/metrics/items/properties/value/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}var _valid3 = _errs200 === errors;if(_valid3 && valid28){valid28 = false;passing3 = [passing3, 1];}else {if(_valid3){valid28 = true;passing3 = 1;}}if(!valid28){const err17 = {instancePath:instancePath+"/metrics/" + i7+"/value",schemaPath:"#/properties/metrics/items/properties/value/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs197;if(vErrors !== null){if(_errs197){vErrors.length = _errs197;}else {vErrors = null;}}}var valid27 = _errs196 === errors;}else {var valid27 = true;}if(valid27){if(data85.values !== undefined){let data90 = data85.values;const _errs204 = errors;if(errors === _errs204){if(Array.isArray(data90)){var valid30 = true;const len8 = data90.length;for(let i8=0; i8<len8; i8++){let data91 = data90[i8];const _errs206 = errors;const _errs207 = errors;let valid31 = false;let passing4 = null;const _errs208 = errors;if((((!(typeof data91 == "number")) && (typeof data91 !== "string")) && (typeof data91 !== "boolean")) && (data91 !== null)){const err18 = {instancePath:instancePath+"/metrics/" + i7+"/values/" + i8,schemaPath:"#/properties/metrics/items/properties/values/items/oneOf/0/type",keyword:"type",params:{type: schema11.properties.metrics.items.properties.values.items.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}var _valid4 = _errs208 === errors;if(_valid4){valid31 = true;passing4 = 0;}const _errs210 = errors;if(errors === _errs210){if(data91 && typeof data91 == "object" && !Array.isArray(data91)){let missing17;if((data91.nonFinite === undefined) && (missing17 = "nonFinite")){const err19 = {instancePath:instancePath+"/metrics/" + i7+"/values/" + i8,schemaPath:"#/properties/metrics/items/properties/values/items/oneOf/1/required",keyword:"required",params:{missingProperty: missing17},message:"must have required property '"+missing17+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}else {const _errs212 = errors;for(const key18 in data91){if(!(key18 === "nonFinite")){const err20 = {instancePath:instancePath+"/metrics/" + i7+"/values/" + i8,schemaPath:"#/properties/metrics/items/properties/values/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;break;}}if(_errs212 === errors){if(data91.nonFinite !== undefined){let data92 = data91.nonFinite;if(!(((data92 === "NaN") || (data92 === "Infinity")) || (data92 === "-Infinity"))){const err21 = {instancePath:instancePath+"/metrics/" + i7+"/values/" + i8+"/nonFinite",schemaPath:"#/properties/metrics/items/properties/values/items/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.metrics.items.properties.values.items.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}}}else {const err22 = {instancePath:instancePath+"/metrics/" + i7+"/values/" + i8,schemaPath:"#/properties/metrics/items/properties/values/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}var _valid4 = _errs210 === errors;if(_valid4 && valid31){valid31 = false;passing4 = [passing4, 1];}else {if(_valid4){valid31 = true;passing4 = 1;}}if(!valid31){const err23 = {instancePath:instancePath+"/metrics/" + i7+"/values/" + i8,schemaPath:"#/properties/metrics/items/properties/values/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs207;if(vErrors !== null){if(_errs207){vErrors.length = _errs207;}else {vErrors = null;}}}var valid30 = _errs206 === errors;if(!valid30){break;}}}else {validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/values",schemaPath:"#/properties/metrics/items/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid27 = _errs204 === errors;}else {var valid27 = true;}if(valid27){if(data85.missingIn !== undefined){let data93 = data85.missingIn;const _errs214 = errors;if(errors === _errs214){if(Array.isArray(data93)){var valid33 = true;const len9 = data93.length;for(let i9=0; i9<len9; i9++){let data94 = data93[i9];const _errs216 = errors;if(!((typeof data94 == "number") && (!(data94 % 1) && !isNaN(data94)))){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/missingIn/" + i9,schemaPath:"#/properties/metrics/items/properties/missingIn/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs216){if(typeof data94 == "number"){if(data94 < 1 || isNaN(data94)){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/missingIn/" + i9,schemaPath:"#/properties/metrics/items/properties/missingIn/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid33 = _errs216 === errors;if(!valid33){break;}}}else {validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/missingIn",schemaPath:"#/properties/metrics/items/properties/missingIn/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid27 = _errs214 === errors;}else {var valid27 = true;}if(valid27){if(data85.tolerance !== undefined){let data95 = data85.tolerance;const _errs218 = errors;const _errs219 = errors;let valid34 = false;let passing5 = null;const _errs220 = errors;if(data95 !== null){const err24 = {instancePath:instancePath+"/metrics/" + i7+"/tolerance",schemaPath:"#/properties/metrics/items/properties/tolerance/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}var _valid5 = _errs220 === errors;if(_valid5){valid34 = true;passing5 = 0;}const _errs222 = errors;if(errors === _errs222){if(data95 && typeof data95 == "object" && !Array.isArray(data95)){let missing18;if(((data95.atol === undefined) && (missing18 = "atol")) || ((data95.rtol === undefined) && (missing18 = "rtol"))){const err25 = {instancePath:instancePath+"/metrics/" + i7+"/tolerance",schemaPath:"#/properties/metrics/items/properties/tolerance/oneOf/1/required",keyword:"required",params:{missingProperty: missing18},message:"must have required property '"+missing18+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}else {const _errs224 = errors;for(const key19 in data95){if(!((key19 === "atol") || (key19 === "rtol"))){const err26 = {instancePath:instancePath+"/metrics/" + i7+"/tolerance",schemaPath:"#/properties/metrics/items/properties/tolerance/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;break;}}if(_errs224 === errors){if(data95.atol !== undefined){let data96 = data95.atol;const _errs225 = errors;if(errors === _errs225){if(typeof data96 == "number"){if(data96 < 0 || isNaN(data96)){const err27 = {instancePath:instancePath+"/metrics/" + i7+"/tolerance/atol",schemaPath:"#/properties/metrics/items/properties/tolerance/oneOf/1/properties/atol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/metrics/" + i7+"/tolerance/atol",schemaPath:"#/properties/metrics/items/properties/tolerance/oneOf/1/properties/atol/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}var valid35 = _errs225 === errors;}else {var valid35 = true;}if(valid35){if(data95.rtol !== undefined){let data97 = data95.rtol;const _errs227 = errors;if(errors === _errs227){if(typeof data97 == "number"){if(data97 < 0 || isNaN(data97)){const err29 = {instancePath:instancePath+"/metrics/" + i7+"/tolerance/rtol",schemaPath:"#/properties/metrics/items/properties/tolerance/oneOf/1/properties/rtol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/metrics/" + i7+"/tolerance/rtol",schemaPath:"#/properties/metrics/items/properties/tolerance/oneOf/1/properties/rtol/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}var valid35 = _errs227 === errors;}else {var valid35 = true;}}}}}else {const err31 = {instancePath:instancePath+"/metrics/" + i7+"/tolerance",schemaPath:"#/properties/metrics/items/properties/tolerance/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}var _valid5 = _errs222 === errors;if(_valid5 && valid34){valid34 = false;passing5 = [passing5, 1];}else {if(_valid5){valid34 = true;passing5 = 1;}}if(!valid34){const err32 = {instancePath:instancePath+"/metrics/" + i7+"/tolerance",schemaPath:"#/properties/metrics/items/properties/tolerance/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs219;if(vErrors !== null){if(_errs219){vErrors.length = _errs219;}else {vErrors = null;}}}var valid27 = _errs218 === errors;}else {var valid27 = true;}if(valid27){if(data85.toleranceRule !== undefined){let data98 = data85.toleranceRule;const _errs229 = errors;if((typeof data98 !== "string") && (data98 !== null)){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/toleranceRule",schemaPath:"#/properties/metrics/items/properties/toleranceRule/type",keyword:"type",params:{type: schema11.properties.metrics.items.properties.toleranceRule.type},message:"must be string,null"}];return false;}var valid27 = _errs229 === errors;}else {var valid27 = true;}if(valid27){if(data85.maxAbsDeviation !== undefined){let data99 = data85.maxAbsDeviation;const _errs231 = errors;if((!(typeof data99 == "number")) && (data99 !== null)){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/maxAbsDeviation",schemaPath:"#/properties/metrics/items/properties/maxAbsDeviation/type",keyword:"type",params:{type: schema11.properties.metrics.items.properties.maxAbsDeviation.type},message:"must be number,null"}];return false;}var valid27 = _errs231 === errors;}else {var valid27 = true;}if(valid27){if(data85.maxRelDeviation !== undefined){let data100 = data85.maxRelDeviation;const _errs233 = errors;if((!(typeof data100 == "number")) && (data100 !== null)){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/maxRelDeviation",schemaPath:"#/properties/metrics/items/properties/maxRelDeviation/type",keyword:"type",params:{type: schema11.properties.metrics.items.properties.maxRelDeviation.type},message:"must be number,null"}];return false;}var valid27 = _errs233 === errors;}else {var valid27 = true;}if(valid27){if(data85.driftRuns !== undefined){let data101 = data85.driftRuns;const _errs235 = errors;if(errors === _errs235){if(Array.isArray(data101)){var valid36 = true;const len10 = data101.length;for(let i10=0; i10<len10; i10++){let data102 = data101[i10];const _errs237 = errors;if(!((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102)))){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/driftRuns/" + i10,schemaPath:"#/properties/metrics/items/properties/driftRuns/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs237){if(typeof data102 == "number"){if(data102 < 1 || isNaN(data102)){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/driftRuns/" + i10,schemaPath:"#/properties/metrics/items/properties/driftRuns/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid36 = _errs237 === errors;if(!valid36){break;}}}else {validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/driftRuns",schemaPath:"#/properties/metrics/items/properties/driftRuns/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid27 = _errs235 === errors;}else {var valid27 = true;}if(valid27){if(data85.reason !== undefined){let data103 = data85.reason;const _errs239 = errors;if((typeof data103 !== "string") && (data103 !== null)){validate10.errors = [{instancePath:instancePath+"/metrics/" + i7+"/reason",schemaPath:"#/properties/metrics/items/properties/reason/type",keyword:"type",params:{type: schema11.properties.metrics.items.properties.reason.type},message:"must be string,null"}];return false;}var valid27 = _errs239 === errors;}else {var valid27 = true;}}}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/metrics/" + i7,schemaPath:"#/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid25 = _errs187 === errors;if(!valid25){break;}}}else {validate10.errors = [{instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs185 === errors;}else {var valid0 = true;}if(valid0){if(data.artifacts !== undefined){let data104 = data.artifacts;const _errs241 = errors;if(errors === _errs241){if(Array.isArray(data104)){var valid37 = true;const len11 = data104.length;for(let i11=0; i11<len11; i11++){let data105 = data104[i11];const _errs243 = errors;if(errors === _errs243){if(data105 && typeof data105 == "object" && !Array.isArray(data105)){let missing19;if(((((((data105.path === undefined) && (missing19 = "path")) || ((data105.status === undefined) && (missing19 = "status"))) || ((data105.sha256 === undefined) && (missing19 = "sha256"))) || ((data105.bytes === undefined) && (missing19 = "bytes"))) || ((data105.driftRuns === undefined) && (missing19 = "driftRuns"))) || ((data105.reason === undefined) && (missing19 = "reason"))){validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11,schemaPath:"#/properties/artifacts/items/required",keyword:"required",params:{missingProperty: missing19},message:"must have required property '"+missing19+"'"}];return false;}else {const _errs245 = errors;for(const key20 in data105){if(!((((((key20 === "path") || (key20 === "status")) || (key20 === "sha256")) || (key20 === "bytes")) || (key20 === "driftRuns")) || (key20 === "reason"))){validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11,schemaPath:"#/properties/artifacts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"}];return false;break;}}if(_errs245 === errors){if(data105.path !== undefined){const _errs246 = errors;if(typeof data105.path !== "string"){validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11+"/path",schemaPath:"#/properties/artifacts/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid38 = _errs246 === errors;}else {var valid38 = true;}if(valid38){if(data105.status !== undefined){let data107 = data105.status;const _errs248 = errors;if(!((data107 === "pass") || (data107 === "drift"))){validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11+"/status",schemaPath:"#/properties/artifacts/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.artifacts.items.properties.status.enum},message:"must be equal to one of the allowed values"}];return false;}var valid38 = _errs248 === errors;}else {var valid38 = true;}if(valid38){if(data105.sha256 !== undefined){let data108 = data105.sha256;const _errs249 = errors;if(errors === _errs249){if(Array.isArray(data108)){var valid39 = true;const len12 = data108.length;for(let i12=0; i12<len12; i12++){let data109 = data108[i12];const _errs251 = errors;if((typeof data109 !== "string") && (data109 !== null)){validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11+"/sha256/" + i12,schemaPath:"#/properties/artifacts/items/properties/sha256/items/type",keyword:"type",params:{type: schema11.properties.artifacts.items.properties.sha256.items.type},message:"must be string,null"}];return false;}var valid39 = _errs251 === errors;if(!valid39){break;}}}else {validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11+"/sha256",schemaPath:"#/properties/artifacts/items/properties/sha256/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid38 = _errs249 === errors;}else {var valid38 = true;}if(valid38){if(data105.bytes !== undefined){let data110 = data105.bytes;const _errs253 = errors;if(errors === _errs253){if(Array.isArray(data110)){var valid40 = true;const len13 = data110.length;for(let i13=0; i13<len13; i13++){let data111 = data110[i13];const _errs255 = errors;if((!((typeof data111 == "number") && (!(data111 % 1) && !isNaN(data111)))) && (data111 !== null)){validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11+"/bytes/" + i13,schemaPath:"#/properties/artifacts/items/properties/bytes/items/type",keyword:"type",params:{type: schema11.properties.artifacts.items.properties.bytes.items.type},message:"must be integer,null"}];return false;}var valid40 = _errs255 === errors;if(!valid40){break;}}}else {validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11+"/bytes",schemaPath:"#/properties/artifacts/items/properties/bytes/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid38 = _errs253 === errors;}else {var valid38 = true;}if(valid38){if(data105.driftRuns !== undefined){let data112 = data105.driftRuns;const _errs257 = errors;if(errors === _errs257){if(Array.isArray(data112)){var valid41 = true;const len14 = data112.length;for(let i14=0; i14<len14; i14++){let data113 = data112[i14];const _errs259 = errors;if(!((typeof data113 == "number") && (!(data113 % 1) && !isNaN(data113)))){validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11+"/driftRuns/" + i14,schemaPath:"#/properties/artifacts/items/properties/driftRuns/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs259){if(typeof data113 == "number"){if(data113 < 1 || isNaN(data113)){validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11+"/driftRuns/" + i14,schemaPath:"#/properties/artifacts/items/properties/driftRuns/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid41 = _errs259 === errors;if(!valid41){break;}}}else {validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11+"/driftRuns",schemaPath:"#/properties/artifacts/items/properties/driftRuns/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid38 = _errs257 === errors;}else {var valid38 = true;}if(valid38){if(data105.reason !== undefined){let data114 = data105.reason;const _errs261 = errors;if((typeof data114 !== "string") && (data114 !== null)){validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11+"/reason",schemaPath:"#/properties/artifacts/items/properties/reason/type",keyword:"type",params:{type: schema11.properties.artifacts.items.properties.reason.type},message:"must be string,null"}];return false;}var valid38 = _errs261 === errors;}else {var valid38 = true;}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/artifacts/" + i11,schemaPath:"#/properties/artifacts/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid37 = _errs243 === errors;if(!valid37){break;}}}else {validate10.errors = [{instancePath:instancePath+"/artifacts",schemaPath:"#/properties/artifacts/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs241 === errors;}else {var valid0 = true;}if(valid0){if(data.drifted !== undefined){let data115 = data.drifted;const _errs263 = errors;if(errors === _errs263){if(Array.isArray(data115)){var valid42 = true;const len15 = data115.length;for(let i15=0; i15<len15; i15++){let data116 = data115[i15];const _errs265 = errors;if(errors === _errs265){if(data116 && typeof data116 == "object" && !Array.isArray(data116)){let missing20;if(((data116.kind === undefined) && (missing20 = "kind")) || ((data116.name === undefined) && (missing20 = "name"))){validate10.errors = [{instancePath:instancePath+"/drifted/" + i15,schemaPath:"#/properties/drifted/items/required",keyword:"required",params:{missingProperty: missing20},message:"must have required property '"+missing20+"'"}];return false;}else {const _errs267 = errors;for(const key21 in data116){if(!((key21 === "kind") || (key21 === "name"))){validate10.errors = [{instancePath:instancePath+"/drifted/" + i15,schemaPath:"#/properties/drifted/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"}];return false;break;}}if(_errs267 === errors){if(data116.kind !== undefined){let data117 = data116.kind;const _errs268 = errors;if(!(((data117 === "metric") || (data117 === "artifact")) || (data117 === "variation"))){validate10.errors = [{instancePath:instancePath+"/drifted/" + i15+"/kind",schemaPath:"#/properties/drifted/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.drifted.items.properties.kind.enum},message:"must be equal to one of the allowed values"}];return false;}var valid43 = _errs268 === errors;}else {var valid43 = true;}if(valid43){if(data116.name !== undefined){const _errs269 = errors;if(typeof data116.name !== "string"){validate10.errors = [{instancePath:instancePath+"/drifted/" + i15+"/name",schemaPath:"#/properties/drifted/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid43 = _errs269 === errors;}else {var valid43 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/drifted/" + i15,schemaPath:"#/properties/drifted/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid42 = _errs265 === errors;if(!valid42){break;}}}else {validate10.errors = [{instancePath:instancePath+"/drifted",schemaPath:"#/properties/drifted/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs263 === errors;}else {var valid0 = true;}if(valid0){if(data.errors !== undefined){let data119 = data.errors;const _errs271 = errors;if(errors === _errs271){if(Array.isArray(data119)){var valid44 = true;const len16 = data119.length;for(let i16=0; i16<len16; i16++){let data120 = data119[i16];const _errs273 = errors;if(errors === _errs273){if(data120 && typeof data120 == "object" && !Array.isArray(data120)){let missing21;if(((data120.run === undefined) && (missing21 = "run")) || ((data120.message === undefined) && (missing21 = "message"))){validate10.errors = [{instancePath:instancePath+"/errors/" + i16,schemaPath:"#/properties/errors/items/required",keyword:"required",params:{missingProperty: missing21},message:"must have required property '"+missing21+"'"}];return false;}else {const _errs275 = errors;for(const key22 in data120){if(!((key22 === "run") || (key22 === "message"))){validate10.errors = [{instancePath:instancePath+"/errors/" + i16,schemaPath:"#/properties/errors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"}];return false;break;}}if(_errs275 === errors){if(data120.run !== undefined){let data121 = data120.run;const _errs276 = errors;if((!((typeof data121 == "number") && (!(data121 % 1) && !isNaN(data121)))) && (data121 !== null)){validate10.errors = [{instancePath:instancePath+"/errors/" + i16+"/run",schemaPath:"#/properties/errors/items/properties/run/type",keyword:"type",params:{type: schema11.properties.errors.items.properties.run.type},message:"must be integer,null"}];return false;}var valid45 = _errs276 === errors;}else {var valid45 = true;}if(valid45){if(data120.message !== undefined){const _errs278 = errors;if(typeof data120.message !== "string"){validate10.errors = [{instancePath:instancePath+"/errors/" + i16+"/message",schemaPath:"#/properties/errors/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid45 = _errs278 === errors;}else {var valid45 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/errors/" + i16,schemaPath:"#/properties/errors/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid44 = _errs273 === errors;if(!valid44){break;}}}else {validate10.errors = [{instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs271 === errors;}else {var valid0 = true;}if(valid0){if(data.files !== undefined){let data123 = data.files;const _errs280 = errors;if(errors === _errs280){if(data123 && typeof data123 == "object" && !Array.isArray(data123)){let missing22;if(((((data123.inWorkspace === undefined) && (missing22 = "inWorkspace")) || ((data123.copies === undefined) && (missing22 = "copies"))) || ((data123.inputs === undefined) && (missing22 = "inputs"))) || ((data123.warnings === undefined) && (missing22 = "warnings"))){validate10.errors = [{instancePath:instancePath+"/files",schemaPath:"#/properties/files/required",keyword:"required",params:{missingProperty: missing22},message:"must have required property '"+missing22+"'"}];return false;}else {const _errs282 = errors;for(const key23 in data123){if(!((((key23 === "inWorkspace") || (key23 === "copies")) || (key23 === "inputs")) || (key23 === "warnings"))){validate10.errors = [{instancePath:instancePath+"/files",schemaPath:"#/properties/files/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"}];return false;break;}}if(_errs282 === errors){if(data123.inWorkspace !== undefined){let data124 = data123.inWorkspace;const _errs283 = errors;if(errors === _errs283){if(Array.isArray(data124)){var valid47 = true;const len17 = data124.length;for(let i17=0; i17<len17; i17++){const _errs285 = errors;if(typeof data124[i17] !== "string"){validate10.errors = [{instancePath:instancePath+"/files/inWorkspace/" + i17,schemaPath:"#/properties/files/properties/inWorkspace/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid47 = _errs285 === errors;if(!valid47){break;}}}else {validate10.errors = [{instancePath:instancePath+"/files/inWorkspace",schemaPath:"#/properties/files/properties/inWorkspace/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid46 = _errs283 === errors;}else {var valid46 = true;}if(valid46){if(data123.copies !== undefined){let data126 = data123.copies;const _errs287 = errors;if(errors === _errs287){if(Array.isArray(data126)){var valid48 = true;const len18 = data126.length;for(let i18=0; i18<len18; i18++){let data127 = data126[i18];const _errs289 = errors;if(errors === _errs289){if(data127 && typeof data127 == "object" && !Array.isArray(data127)){let missing23;if(((data127.run === undefined) && (missing23 = "run")) || ((data127.folder === undefined) && (missing23 = "folder"))){validate10.errors = [{instancePath:instancePath+"/files/copies/" + i18,schemaPath:"#/properties/files/properties/copies/items/required",keyword:"required",params:{missingProperty: missing23},message:"must have required property '"+missing23+"'"}];return false;}else {const _errs291 = errors;for(const key24 in data127){if(!((key24 === "run") || (key24 === "folder"))){validate10.errors = [{instancePath:instancePath+"/files/copies/" + i18,schemaPath:"#/properties/files/properties/copies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"}];return false;break;}}if(_errs291 === errors){if(data127.run !== undefined){let data128 = data127.run;const _errs292 = errors;if(!((typeof data128 == "number") && (!(data128 % 1) && !isNaN(data128)))){validate10.errors = [{instancePath:instancePath+"/files/copies/" + i18+"/run",schemaPath:"#/properties/files/properties/copies/items/properties/run/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs292){if(typeof data128 == "number"){if(data128 < 1 || isNaN(data128)){validate10.errors = [{instancePath:instancePath+"/files/copies/" + i18+"/run",schemaPath:"#/properties/files/properties/copies/items/properties/run/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid49 = _errs292 === errors;}else {var valid49 = true;}if(valid49){if(data127.folder !== undefined){const _errs294 = errors;if(typeof data127.folder !== "string"){validate10.errors = [{instancePath:instancePath+"/files/copies/" + i18+"/folder",schemaPath:"#/properties/files/properties/copies/items/properties/folder/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid49 = _errs294 === errors;}else {var valid49 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/files/copies/" + i18,schemaPath:"#/properties/files/properties/copies/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid48 = _errs289 === errors;if(!valid48){break;}}}else {validate10.errors = [{instancePath:instancePath+"/files/copies",schemaPath:"#/properties/files/properties/copies/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid46 = _errs287 === errors;}else {var valid46 = true;}if(valid46){if(data123.inputs !== undefined){let data130 = data123.inputs;const _errs296 = errors;if(errors === _errs296){if(Array.isArray(data130)){var valid50 = true;const len19 = data130.length;for(let i19=0; i19<len19; i19++){let data131 = data130[i19];const _errs298 = errors;if(errors === _errs298){if(data131 && typeof data131 == "object" && !Array.isArray(data131)){let missing24;if((((((data131.path === undefined) && (missing24 = "path")) || ((data131.sha256 === undefined) && (missing24 = "sha256"))) || ((data131.bytes === undefined) && (missing24 = "bytes"))) || ((data131.saved === undefined) && (missing24 = "saved"))) || ((data131.after === undefined) && (missing24 = "after"))){validate10.errors = [{instancePath:instancePath+"/files/inputs/" + i19,schemaPath:"#/properties/files/properties/inputs/items/required",keyword:"required",params:{missingProperty: missing24},message:"must have required property '"+missing24+"'"}];return false;}else {const _errs300 = errors;for(const key25 in data131){if(!((((((key25 === "path") || (key25 === "sha256")) || (key25 === "bytes")) || (key25 === "link")) || (key25 === "saved")) || (key25 === "after"))){validate10.errors = [{instancePath:instancePath+"/files/inputs/" + i19,schemaPath:"#/properties/files/properties/inputs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"}];return false;break;}}if(_errs300 === errors){if(data131.path !== undefined){const _errs301 = errors;if(typeof data131.path !== "string"){validate10.errors = [{instancePath:instancePath+"/files/inputs/" + i19+"/path",schemaPath:"#/properties/files/properties/inputs/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid51 = _errs301 === errors;}else {var valid51 = true;}if(valid51){if(data131.sha256 !== undefined){let data133 = data131.sha256;const _errs303 = errors;if(errors === _errs303){if(typeof data133 === "string"){if(!pattern0.test(data133)){validate10.errors = [{instancePath:instancePath+"/files/inputs/" + i19+"/sha256",schemaPath:"#/properties/files/properties/inputs/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^([0-9a-f]{64})?$"},message:"must match pattern \""+"^([0-9a-f]{64})?$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/files/inputs/" + i19+"/sha256",schemaPath:"#/properties/files/properties/inputs/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid51 = _errs303 === errors;}else {var valid51 = true;}if(valid51){if(data131.bytes !== undefined){let data134 = data131.bytes;const _errs305 = errors;if(!((typeof data134 == "number") && (!(data134 % 1) && !isNaN(data134)))){validate10.errors = [{instancePath:instancePath+"/files/inputs/" + i19+"/bytes",schemaPath:"#/properties/files/properties/inputs/items/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs305){if(typeof data134 == "number"){if(data134 < 0 || isNaN(data134)){validate10.errors = [{instancePath:instancePath+"/files/inputs/" + i19+"/bytes",schemaPath:"#/properties/files/properties/inputs/items/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid51 = _errs305 === errors;}else {var valid51 = true;}if(valid51){if(data131.link !== undefined){const _errs307 = errors;if(typeof data131.link !== "string"){validate10.errors = [{instancePath:instancePath+"/files/inputs/" + i19+"/link",schemaPath:"#/properties/files/properties/inputs/items/properties/link/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid51 = _errs307 === errors;}else {var valid51 = true;}if(valid51){if(data131.saved !== undefined){const _errs309 = errors;if(typeof data131.saved !== "string"){validate10.errors = [{instancePath:instancePath+"/files/inputs/" + i19+"/saved",schemaPath:"#/properties/files/properties/inputs/items/properties/saved/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid51 = _errs309 === errors;}else {var valid51 = true;}if(valid51){if(data131.after !== undefined){let data137 = data131.after;const _errs311 = errors;if(!(((data137 === "before") || (data137 === "run 1")) || (data137 === "unverified"))){validate10.errors = [{instancePath:instancePath+"/files/inputs/" + i19+"/after",schemaPath:"#/properties/files/properties/inputs/items/properties/after/enum",keyword:"enum",params:{allowedValues: schema11.properties.files.properties.inputs.items.properties.after.enum},message:"must be equal to one of the allowed values"}];return false;}var valid51 = _errs311 === errors;}else {var valid51 = true;}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/files/inputs/" + i19,schemaPath:"#/properties/files/properties/inputs/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid50 = _errs298 === errors;if(!valid50){break;}}}else {validate10.errors = [{instancePath:instancePath+"/files/inputs",schemaPath:"#/properties/files/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid46 = _errs296 === errors;}else {var valid46 = true;}if(valid46){if(data123.warnings !== undefined){let data138 = data123.warnings;const _errs312 = errors;if(errors === _errs312){if(Array.isArray(data138)){var valid52 = true;const len20 = data138.length;for(let i20=0; i20<len20; i20++){const _errs314 = errors;if(typeof data138[i20] !== "string"){validate10.errors = [{instancePath:instancePath+"/files/warnings/" + i20,schemaPath:"#/properties/files/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid52 = _errs314 === errors;if(!valid52){break;}}}else {validate10.errors = [{instancePath:instancePath+"/files/warnings",schemaPath:"#/properties/files/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid46 = _errs312 === errors;}else {var valid46 = true;}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs280 === errors;}else {var valid0 = true;}if(valid0){if(data.environment !== undefined){let data140 = data.environment;const _errs316 = errors;if(errors === _errs316){if(data140 && typeof data140 == "object" && !Array.isArray(data140)){let missing25;if((((((((((((((data140.fingerprint === undefined) && (missing25 = "fingerprint")) || ((data140.fingerprintParts === undefined) && (missing25 = "fingerprintParts"))) || ((data140.capturedAt === undefined) && (missing25 = "capturedAt"))) || ((data140.captureMs === undefined) && (missing25 = "captureMs"))) || ((data140.hardware === undefined) && (missing25 = "hardware"))) || ((data140.os === undefined) && (missing25 = "os"))) || ((data140.gpu === undefined) && (missing25 = "gpu"))) || ((data140.runner === undefined) && (missing25 = "runner"))) || ((data140.container === undefined) && (missing25 = "container"))) || ((data140.toolchains === undefined) && (missing25 = "toolchains"))) || ((data140.data === undefined) && (missing25 = "data"))) || ((data140.mathEnv === undefined) && (missing25 = "mathEnv"))) || ((data140.warnings === undefined) && (missing25 = "warnings"))){validate10.errors = [{instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/required",keyword:"required",params:{missingProperty: missing25},message:"must have required property '"+missing25+"'"}];return false;}else {const _errs318 = errors;for(const key26 in data140){if(!(func2.call(schema11.properties.environment.properties, key26))){validate10.errors = [{instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"}];return false;break;}}if(_errs318 === errors){if(data140.fingerprint !== undefined){let data141 = data140.fingerprint;const _errs319 = errors;if(errors === _errs319){if(typeof data141 === "string"){if(!pattern2.test(data141)){validate10.errors = [{instancePath:instancePath+"/environment/fingerprint",schemaPath:"#/properties/environment/properties/fingerprint/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/environment/fingerprint",schemaPath:"#/properties/environment/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid53 = _errs319 === errors;}else {var valid53 = true;}if(valid53){if(data140.fingerprintParts !== undefined){let data142 = data140.fingerprintParts;const _errs321 = errors;if(errors === _errs321){if(data142 && typeof data142 == "object" && !Array.isArray(data142)){for(const key27 in data142){const _errs324 = errors;if(typeof data142[key27] !== "string"){validate10.errors = [{instancePath:instancePath+"/environment/fingerprintParts/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment/properties/fingerprintParts/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid54 = _errs324 === errors;if(!valid54){break;}}}else {validate10.errors = [{instancePath:instancePath+"/environment/fingerprintParts",schemaPath:"#/properties/environment/properties/fingerprintParts/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid53 = _errs321 === errors;}else {var valid53 = true;}if(valid53){if(data140.capturedAt !== undefined){let data144 = data140.capturedAt;const _errs326 = errors;if(errors === _errs326){if(typeof data144 === "string"){if(!pattern3.test(data144)){validate10.errors = [{instancePath:instancePath+"/environment/capturedAt",schemaPath:"#/properties/environment/properties/capturedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/environment/capturedAt",schemaPath:"#/properties/environment/properties/capturedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid53 = _errs326 === errors;}else {var valid53 = true;}if(valid53){if(data140.captureMs !== undefined){let data145 = data140.captureMs;const _errs328 = errors;if(errors === _errs328){if(typeof data145 == "number"){if(data145 < 0 || isNaN(data145)){validate10.errors = [{instancePath:instancePath+"/environment/captureMs",schemaPath:"#/properties/environment/properties/captureMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/environment/captureMs",schemaPath:"#/properties/environment/properties/captureMs/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid53 = _errs328 === errors;}else {var valid53 = true;}if(valid53){if(data140.hardware !== undefined){let data146 = data140.hardware;const _errs330 = errors;const _errs331 = errors;let valid55 = false;let passing6 = null;const _errs332 = errors;if(errors === _errs332){if(data146 && typeof data146 == "object" && !Array.isArray(data146)){let missing26;if(((((data146.status === undefined) && (missing26 = "status")) || ((data146.cpu === undefined) && (missing26 = "cpu"))) || ((data146.memoryBytes === undefined) && (missing26 = "memoryBytes"))) || ((data146.virtualization === undefined) && (missing26 = "virtualization"))){const err33 = {instancePath:instancePath+"/environment/hardware",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/required",keyword:"required",params:{missingProperty: missing26},message:"must have required property '"+missing26+"'"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}else {const _errs334 = errors;for(const key28 in data146){if(!((((key28 === "status") || (key28 === "cpu")) || (key28 === "memoryBytes")) || (key28 === "virtualization"))){const err34 = {instancePath:instancePath+"/environment/hardware",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;break;}}if(_errs334 === errors){if(data146.status !== undefined){const _errs335 = errors;if("ok" !== data146.status){const err35 = {instancePath:instancePath+"/environment/hardware/status",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}var valid56 = _errs335 === errors;}else {var valid56 = true;}if(valid56){if(data146.cpu !== undefined){let data148 = data146.cpu;const _errs336 = errors;if(errors === _errs336){if(data148 && typeof data148 == "object" && !Array.isArray(data148)){let missing27;if((((((data148.vendor === undefined) && (missing27 = "vendor")) || ((data148.model === undefined) && (missing27 = "model"))) || ((data148.physicalCores === undefined) && (missing27 = "physicalCores"))) || ((data148.logicalCores === undefined) && (missing27 = "logicalCores"))) || ((data148.flags === undefined) && (missing27 = "flags"))){const err36 = {instancePath:instancePath+"/environment/hardware/cpu",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/cpu/required",keyword:"required",params:{missingProperty: missing27},message:"must have required property '"+missing27+"'"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}else {const _errs338 = errors;for(const key29 in data148){if(!(((((key29 === "vendor") || (key29 === "model")) || (key29 === "physicalCores")) || (key29 === "logicalCores")) || (key29 === "flags"))){const err37 = {instancePath:instancePath+"/environment/hardware/cpu",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/cpu/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;break;}}if(_errs338 === errors){if(data148.vendor !== undefined){const _errs339 = errors;if(typeof data148.vendor !== "string"){const err38 = {instancePath:instancePath+"/environment/hardware/cpu/vendor",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/cpu/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}var valid57 = _errs339 === errors;}else {var valid57 = true;}if(valid57){if(data148.model !== undefined){const _errs341 = errors;if(typeof data148.model !== "string"){const err39 = {instancePath:instancePath+"/environment/hardware/cpu/model",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/cpu/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var valid57 = _errs341 === errors;}else {var valid57 = true;}if(valid57){if(data148.physicalCores !== undefined){let data151 = data148.physicalCores;const _errs343 = errors;if(!((typeof data151 == "number") && (!(data151 % 1) && !isNaN(data151)))){const err40 = {instancePath:instancePath+"/environment/hardware/cpu/physicalCores",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/cpu/properties/physicalCores/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(errors === _errs343){if(typeof data151 == "number"){if(data151 < 0 || isNaN(data151)){const err41 = {instancePath:instancePath+"/environment/hardware/cpu/physicalCores",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/cpu/properties/physicalCores/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}var valid57 = _errs343 === errors;}else {var valid57 = true;}if(valid57){if(data148.logicalCores !== undefined){let data152 = data148.logicalCores;const _errs345 = errors;if(!((typeof data152 == "number") && (!(data152 % 1) && !isNaN(data152)))){const err42 = {instancePath:instancePath+"/environment/hardware/cpu/logicalCores",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/cpu/properties/logicalCores/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(errors === _errs345){if(typeof data152 == "number"){if(data152 < 0 || isNaN(data152)){const err43 = {instancePath:instancePath+"/environment/hardware/cpu/logicalCores",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/cpu/properties/logicalCores/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}var valid57 = _errs345 === errors;}else {var valid57 = true;}if(valid57){if(data148.flags !== undefined){let data153 = data148.flags;const _errs347 = errors;if(errors === _errs347){if(Array.isArray(data153)){var valid58 = true;const len21 = data153.length;for(let i21=0; i21<len21; i21++){const _errs349 = errors;if(typeof data153[i21] !== "string"){const err44 = {instancePath:instancePath+"/environment/hardware/cpu/flags/" + i21,schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/cpu/properties/flags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}var valid58 = _errs349 === errors;if(!valid58){break;}}}else {const err45 = {instancePath:instancePath+"/environment/hardware/cpu/flags",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/cpu/properties/flags/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}var valid57 = _errs347 === errors;}else {var valid57 = true;}}}}}}}}else {const err46 = {instancePath:instancePath+"/environment/hardware/cpu",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/cpu/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}var valid56 = _errs336 === errors;}else {var valid56 = true;}if(valid56){if(data146.memoryBytes !== undefined){let data155 = data146.memoryBytes;const _errs351 = errors;if(!((typeof data155 == "number") && (!(data155 % 1) && !isNaN(data155)))){const err47 = {instancePath:instancePath+"/environment/hardware/memoryBytes",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/memoryBytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}if(errors === _errs351){if(typeof data155 == "number"){if(data155 < 0 || isNaN(data155)){const err48 = {instancePath:instancePath+"/environment/hardware/memoryBytes",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/memoryBytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}var valid56 = _errs351 === errors;}else {var valid56 = true;}if(valid56){if(data146.virtualization !== undefined){let data156 = data146.virtualization;const _errs353 = errors;if((typeof data156 !== "string") && (data156 !== null)){const err49 = {instancePath:instancePath+"/environment/hardware/virtualization",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/properties/virtualization/type",keyword:"type",params:{type: schema11.properties.environment.properties.hardware.oneOf[0].properties.virtualization.type},message:"must be string,null"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}var valid56 = _errs353 === errors;}else {var valid56 = true;}}}}}}}else {const err50 = {instancePath:instancePath+"/environment/hardware",schemaPath:"#/properties/environment/properties/hardware/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}var _valid6 = _errs332 === errors;if(_valid6){valid55 = true;passing6 = 0;}const _errs355 = errors;if(errors === _errs355){if(data146 && typeof data146 == "object" && !Array.isArray(data146)){let missing28;if(((data146.status === undefined) && (missing28 = "status")) || ((data146.reason === undefined) && (missing28 = "reason"))){const err51 = {instancePath:instancePath+"/environment/hardware",schemaPath:"#/properties/environment/properties/hardware/oneOf/1/required",keyword:"required",params:{missingProperty: missing28},message:"must have required property '"+missing28+"'"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}else {const _errs357 = errors;for(const key30 in data146){if(!((key30 === "status") || (key30 === "reason"))){const err52 = {instancePath:instancePath+"/environment/hardware",schemaPath:"#/properties/environment/properties/hardware/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;break;}}if(_errs357 === errors){if(data146.status !== undefined){const _errs358 = errors;if("unavailable" !== data146.status){const err53 = {instancePath:instancePath+"/environment/hardware/status",schemaPath:"#/properties/environment/properties/hardware/oneOf/1/properties/status/const",keyword:"const",params:{allowedValue: "unavailable"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}var valid59 = _errs358 === errors;}else {var valid59 = true;}if(valid59){if(data146.reason !== undefined){const _errs359 = errors;if(typeof data146.reason !== "string"){const err54 = {instancePath:instancePath+"/environment/hardware/reason",schemaPath:"#/properties/environment/properties/hardware/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}var valid59 = _errs359 === errors;}else {var valid59 = true;}}}}}else {const err55 = {instancePath:instancePath+"/environment/hardware",schemaPath:"#/properties/environment/properties/hardware/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}var _valid6 = _errs355 === errors;if(_valid6 && valid55){valid55 = false;passing6 = [passing6, 1];}else {if(_valid6){valid55 = true;passing6 = 1;}}if(!valid55){const err56 = {instancePath:instancePath+"/environment/hardware",schemaPath:"#/properties/environment/properties/hardware/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs331;if(vErrors !== null){if(_errs331){vErrors.length = _errs331;}else {vErrors = null;}}}var valid53 = _errs330 === errors;}else {var valid53 = true;}if(valid53){if(data140.os !== undefined){let data159 = data140.os;const _errs361 = errors;const _errs362 = errors;let valid60 = false;let passing7 = null;const _errs363 = errors;if(errors === _errs363){if(data159 && typeof data159 == "object" && !Array.isArray(data159)){let missing29;if(((((((data159.status === undefined) && (missing29 = "status")) || ((data159.platform === undefined) && (missing29 = "platform"))) || ((data159.distro === undefined) && (missing29 = "distro"))) || ((data159.release === undefined) && (missing29 = "release"))) || ((data159.kernel === undefined) && (missing29 = "kernel"))) || ((data159.arch === undefined) && (missing29 = "arch"))){const err57 = {instancePath:instancePath+"/environment/os",schemaPath:"#/properties/environment/properties/os/oneOf/0/required",keyword:"required",params:{missingProperty: missing29},message:"must have required property '"+missing29+"'"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}else {const _errs365 = errors;for(const key31 in data159){if(!((((((key31 === "status") || (key31 === "platform")) || (key31 === "distro")) || (key31 === "release")) || (key31 === "kernel")) || (key31 === "arch"))){const err58 = {instancePath:instancePath+"/environment/os",schemaPath:"#/properties/environment/properties/os/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;break;}}if(_errs365 === errors){if(data159.status !== undefined){const _errs366 = errors;if("ok" !== data159.status){const err59 = {instancePath:instancePath+"/environment/os/status",schemaPath:"#/properties/environment/properties/os/oneOf/0/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}var valid61 = _errs366 === errors;}else {var valid61 = true;}if(valid61){if(data159.platform !== undefined){const _errs367 = errors;if(typeof data159.platform !== "string"){const err60 = {instancePath:instancePath+"/environment/os/platform",schemaPath:"#/properties/environment/properties/os/oneOf/0/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}var valid61 = _errs367 === errors;}else {var valid61 = true;}if(valid61){if(data159.distro !== undefined){const _errs369 = errors;if(typeof data159.distro !== "string"){const err61 = {instancePath:instancePath+"/environment/os/distro",schemaPath:"#/properties/environment/properties/os/oneOf/0/properties/distro/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}var valid61 = _errs369 === errors;}else {var valid61 = true;}if(valid61){if(data159.release !== undefined){const _errs371 = errors;if(typeof data159.release !== "string"){const err62 = {instancePath:instancePath+"/environment/os/release",schemaPath:"#/properties/environment/properties/os/oneOf/0/properties/release/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}var valid61 = _errs371 === errors;}else {var valid61 = true;}if(valid61){if(data159.kernel !== undefined){const _errs373 = errors;if(typeof data159.kernel !== "string"){const err63 = {instancePath:instancePath+"/environment/os/kernel",schemaPath:"#/properties/environment/properties/os/oneOf/0/properties/kernel/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}var valid61 = _errs373 === errors;}else {var valid61 = true;}if(valid61){if(data159.arch !== undefined){const _errs375 = errors;if(typeof data159.arch !== "string"){const err64 = {instancePath:instancePath+"/environment/os/arch",schemaPath:"#/properties/environment/properties/os/oneOf/0/properties/arch/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}var valid61 = _errs375 === errors;}else {var valid61 = true;}}}}}}}}}else {const err65 = {instancePath:instancePath+"/environment/os",schemaPath:"#/properties/environment/properties/os/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}var _valid7 = _errs363 === errors;if(_valid7){valid60 = true;passing7 = 0;}const _errs377 = errors;if(errors === _errs377){if(data159 && typeof data159 == "object" && !Array.isArray(data159)){let missing30;if(((data159.status === undefined) && (missing30 = "status")) || ((data159.reason === undefined) && (missing30 = "reason"))){const err66 = {instancePath:instancePath+"/environment/os",schemaPath:"#/properties/environment/properties/os/oneOf/1/required",keyword:"required",params:{missingProperty: missing30},message:"must have required property '"+missing30+"'"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}else {const _errs379 = errors;for(const key32 in data159){if(!((key32 === "status") || (key32 === "reason"))){const err67 = {instancePath:instancePath+"/environment/os",schemaPath:"#/properties/environment/properties/os/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;break;}}if(_errs379 === errors){if(data159.status !== undefined){const _errs380 = errors;if("unavailable" !== data159.status){const err68 = {instancePath:instancePath+"/environment/os/status",schemaPath:"#/properties/environment/properties/os/oneOf/1/properties/status/const",keyword:"const",params:{allowedValue: "unavailable"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}var valid62 = _errs380 === errors;}else {var valid62 = true;}if(valid62){if(data159.reason !== undefined){const _errs381 = errors;if(typeof data159.reason !== "string"){const err69 = {instancePath:instancePath+"/environment/os/reason",schemaPath:"#/properties/environment/properties/os/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}var valid62 = _errs381 === errors;}else {var valid62 = true;}}}}}else {const err70 = {instancePath:instancePath+"/environment/os",schemaPath:"#/properties/environment/properties/os/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}var _valid7 = _errs377 === errors;if(_valid7 && valid60){valid60 = false;passing7 = [passing7, 1];}else {if(_valid7){valid60 = true;passing7 = 1;}}if(!valid60){const err71 = {instancePath:instancePath+"/environment/os",schemaPath:"#/properties/environment/properties/os/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs362;if(vErrors !== null){if(_errs362){vErrors.length = _errs362;}else {vErrors = null;}}}var valid53 = _errs361 === errors;}else {var valid53 = true;}if(valid53){if(data140.gpu !== undefined){let data168 = data140.gpu;const _errs383 = errors;const _errs384 = errors;let valid63 = false;let passing8 = null;const _errs385 = errors;if(errors === _errs385){if(data168 && typeof data168 == "object" && !Array.isArray(data168)){let missing31;if((((((data168.status === undefined) && (missing31 = "status")) || ((data168.devices === undefined) && (missing31 = "devices"))) || ((data168.driverVersion === undefined) && (missing31 = "driverVersion"))) || ((data168.cudaDriverVersion === undefined) && (missing31 = "cudaDriverVersion"))) || ((data168.cudaToolkitVersion === undefined) && (missing31 = "cudaToolkitVersion"))){const err72 = {instancePath:instancePath+"/environment/gpu",schemaPath:"#/properties/environment/properties/gpu/oneOf/0/required",keyword:"required",params:{missingProperty: missing31},message:"must have required property '"+missing31+"'"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}else {const _errs387 = errors;for(const key33 in data168){if(!(((((key33 === "status") || (key33 === "devices")) || (key33 === "driverVersion")) || (key33 === "cudaDriverVersion")) || (key33 === "cudaToolkitVersion"))){const err73 = {instancePath:instancePath+"/environment/gpu",schemaPath:"#/properties/environment/properties/gpu/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;break;}}if(_errs387 === errors){if(data168.status !== undefined){const _errs388 = errors;if("ok" !== data168.status){const err74 = {instancePath:instancePath+"/environment/gpu/status",schemaPath:"#/properties/environment/properties/gpu/oneOf/0/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}var valid64 = _errs388 === errors;}else {var valid64 = true;}if(valid64){if(data168.devices !== undefined){let data170 = data168.devices;const _errs389 = errors;if(errors === _errs389){if(Array.isArray(data170)){var valid65 = true;const len22 = data170.length;for(let i22=0; i22<len22; i22++){let data171 = data170[i22];const _errs391 = errors;if(errors === _errs391){if(data171 && typeof data171 == "object" && !Array.isArray(data171)){let missing32;if((((data171.name === undefined) && (missing32 = "name")) || ((data171.memoryMiB === undefined) && (missing32 = "memoryMiB"))) || ((data171.driverVersion === undefined) && (missing32 = "driverVersion"))){const err75 = {instancePath:instancePath+"/environment/gpu/devices/" + i22,schemaPath:"#/properties/environment/properties/gpu/oneOf/0/properties/devices/items/required",keyword:"required",params:{missingProperty: missing32},message:"must have required property '"+missing32+"'"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}else {const _errs393 = errors;for(const key34 in data171){if(!(((key34 === "name") || (key34 === "memoryMiB")) || (key34 === "driverVersion"))){const err76 = {instancePath:instancePath+"/environment/gpu/devices/" + i22,schemaPath:"#/properties/environment/properties/gpu/oneOf/0/properties/devices/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;break;}}if(_errs393 === errors){if(data171.name !== undefined){const _errs394 = errors;if(typeof data171.name !== "string"){const err77 = {instancePath:instancePath+"/environment/gpu/devices/" + i22+"/name",schemaPath:"#/properties/environment/properties/gpu/oneOf/0/properties/devices/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}var valid66 = _errs394 === errors;}else {var valid66 = true;}if(valid66){if(data171.memoryMiB !== undefined){let data173 = data171.memoryMiB;const _errs396 = errors;if((!(typeof data173 == "number")) && (data173 !== null)){const err78 = {instancePath:instancePath+"/environment/gpu/devices/" + i22+"/memoryMiB",schemaPath:"#/properties/environment/properties/gpu/oneOf/0/properties/devices/items/properties/memoryMiB/type",keyword:"type",params:{type: schema11.properties.environment.properties.gpu.oneOf[0].properties.devices.items.properties.memoryMiB.type},message:"must be number,null"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}var valid66 = _errs396 === errors;}else {var valid66 = true;}if(valid66){if(data171.driverVersion !== undefined){let data174 = data171.driverVersion;const _errs398 = errors;if((typeof data174 !== "string") && (data174 !== null)){const err79 = {instancePath:instancePath+"/environment/gpu/devices/" + i22+"/driverVersion",schemaPath:"#/properties/environment/properties/gpu/oneOf/0/properties/devices/items/properties/driverVersion/type",keyword:"type",params:{type: schema11.properties.environment.properties.gpu.oneOf[0].properties.devices.items.properties.driverVersion.type},message:"must be string,null"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}var valid66 = _errs398 === errors;}else {var valid66 = true;}}}}}}else {const err80 = {instancePath:instancePath+"/environment/gpu/devices/" + i22,schemaPath:"#/properties/environment/properties/gpu/oneOf/0/properties/devices/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}var valid65 = _errs391 === errors;if(!valid65){break;}}}else {const err81 = {instancePath:instancePath+"/environment/gpu/devices",schemaPath:"#/properties/environment/properties/gpu/oneOf/0/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}var valid64 = _errs389 === errors;}else {var valid64 = true;}if(valid64){if(data168.driverVersion !== undefined){let data175 = data168.driverVersion;const _errs400 = errors;if((typeof data175 !== "string") && (data175 !== null)){const err82 = {instancePath:instancePath+"/environment/gpu/driverVersion",schemaPath:"#/properties/environment/properties/gpu/oneOf/0/properties/driverVersion/type",keyword:"type",params:{type: schema11.properties.environment.properties.gpu.oneOf[0].properties.driverVersion.type},message:"must be string,null"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}var valid64 = _errs400 === errors;}else {var valid64 = true;}if(valid64){if(data168.cudaDriverVersion !== undefined){let data176 = data168.cudaDriverVersion;const _errs402 = errors;if((typeof data176 !== "string") && (data176 !== null)){const err83 = {instancePath:instancePath+"/environment/gpu/cudaDriverVersion",schemaPath:"#/properties/environment/properties/gpu/oneOf/0/properties/cudaDriverVersion/type",keyword:"type",params:{type: schema11.properties.environment.properties.gpu.oneOf[0].properties.cudaDriverVersion.type},message:"must be string,null"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}var valid64 = _errs402 === errors;}else {var valid64 = true;}if(valid64){if(data168.cudaToolkitVersion !== undefined){let data177 = data168.cudaToolkitVersion;const _errs404 = errors;if((typeof data177 !== "string") && (data177 !== null)){const err84 = {instancePath:instancePath+"/environment/gpu/cudaToolkitVersion",schemaPath:"#/properties/environment/properties/gpu/oneOf/0/properties/cudaToolkitVersion/type",keyword:"type",params:{type: schema11.properties.environment.properties.gpu.oneOf[0].properties.cudaToolkitVersion.type},message:"must be string,null"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}var valid64 = _errs404 === errors;}else {var valid64 = true;}}}}}}}}else {const err85 = {instancePath:instancePath+"/environment/gpu",schemaPath:"#/properties/environment/properties/gpu/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}var _valid8 = _errs385 === errors;if(_valid8){valid63 = true;passing8 = 0;}const _errs406 = errors;if(errors === _errs406){if(data168 && typeof data168 == "object" && !Array.isArray(data168)){let missing33;if(((data168.status === undefined) && (missing33 = "status")) || ((data168.reason === undefined) && (missing33 = "reason"))){const err86 = {instancePath:instancePath+"/environment/gpu",schemaPath:"#/properties/environment/properties/gpu/oneOf/1/required",keyword:"required",params:{missingProperty: missing33},message:"must have required property '"+missing33+"'"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}else {const _errs408 = errors;for(const key35 in data168){if(!((key35 === "status") || (key35 === "reason"))){const err87 = {instancePath:instancePath+"/environment/gpu",schemaPath:"#/properties/environment/properties/gpu/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;break;}}if(_errs408 === errors){if(data168.status !== undefined){const _errs409 = errors;if("unavailable" !== data168.status){const err88 = {instancePath:instancePath+"/environment/gpu/status",schemaPath:"#/properties/environment/properties/gpu/oneOf/1/properties/status/const",keyword:"const",params:{allowedValue: "unavailable"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}var valid67 = _errs409 === errors;}else {var valid67 = true;}if(valid67){if(data168.reason !== undefined){const _errs410 = errors;if(typeof data168.reason !== "string"){const err89 = {instancePath:instancePath+"/environment/gpu/reason",schemaPath:"#/properties/environment/properties/gpu/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}var valid67 = _errs410 === errors;}else {var valid67 = true;}}}}}else {const err90 = {instancePath:instancePath+"/environment/gpu",schemaPath:"#/properties/environment/properties/gpu/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}var _valid8 = _errs406 === errors;if(_valid8 && valid63){valid63 = false;passing8 = [passing8, 1];}else {if(_valid8){valid63 = true;passing8 = 1;}}if(!valid63){const err91 = {instancePath:instancePath+"/environment/gpu",schemaPath:"#/properties/environment/properties/gpu/oneOf",keyword:"oneOf",params:{passingSchemas: passing8},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs384;if(vErrors !== null){if(_errs384){vErrors.length = _errs384;}else {vErrors = null;}}}var valid53 = _errs383 === errors;}else {var valid53 = true;}if(valid53){if(data140.runner !== undefined){let data180 = data140.runner;const _errs412 = errors;if(errors === _errs412){if(data180 && typeof data180 == "object" && !Array.isArray(data180)){let missing34;if((((((((((((((data180.os === undefined) && (missing34 = "os")) || ((data180.arch === undefined) && (missing34 = "arch"))) || ((data180.name === undefined) && (missing34 = "name"))) || ((data180.environment === undefined) && (missing34 = "environment"))) || ((data180.imageOS === undefined) && (missing34 = "imageOS"))) || ((data180.imageVersion === undefined) && (missing34 = "imageVersion"))) || ((data180.imageDataSha256 === undefined) && (missing34 = "imageDataSha256"))) || ((data180.sha === undefined) && (missing34 = "sha"))) || ((data180.ref === undefined) && (missing34 = "ref"))) || ((data180.workflowRef === undefined) && (missing34 = "workflowRef"))) || ((data180.runId === undefined) && (missing34 = "runId"))) || ((data180.runAttempt === undefined) && (missing34 = "runAttempt"))) || ((data180.eventName === undefined) && (missing34 = "eventName"))){validate10.errors = [{instancePath:instancePath+"/environment/runner",schemaPath:"#/properties/environment/properties/runner/required",keyword:"required",params:{missingProperty: missing34},message:"must have required property '"+missing34+"'"}];return false;}else {const _errs414 = errors;for(const key36 in data180){if(!(func2.call(schema11.properties.environment.properties.runner.properties, key36))){validate10.errors = [{instancePath:instancePath+"/environment/runner",schemaPath:"#/properties/environment/properties/runner/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"}];return false;break;}}if(_errs414 === errors){if(data180.os !== undefined){let data181 = data180.os;const _errs415 = errors;if((typeof data181 !== "string") && (data181 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/os",schemaPath:"#/properties/environment/properties/runner/properties/os/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.os.type},message:"must be string,null"}];return false;}var valid68 = _errs415 === errors;}else {var valid68 = true;}if(valid68){if(data180.arch !== undefined){let data182 = data180.arch;const _errs417 = errors;if((typeof data182 !== "string") && (data182 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/arch",schemaPath:"#/properties/environment/properties/runner/properties/arch/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.arch.type},message:"must be string,null"}];return false;}var valid68 = _errs417 === errors;}else {var valid68 = true;}if(valid68){if(data180.name !== undefined){let data183 = data180.name;const _errs419 = errors;if((typeof data183 !== "string") && (data183 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/name",schemaPath:"#/properties/environment/properties/runner/properties/name/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.name.type},message:"must be string,null"}];return false;}var valid68 = _errs419 === errors;}else {var valid68 = true;}if(valid68){if(data180.environment !== undefined){let data184 = data180.environment;const _errs421 = errors;if((typeof data184 !== "string") && (data184 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/environment",schemaPath:"#/properties/environment/properties/runner/properties/environment/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.environment.type},message:"must be string,null"}];return false;}var valid68 = _errs421 === errors;}else {var valid68 = true;}if(valid68){if(data180.imageOS !== undefined){let data185 = data180.imageOS;const _errs423 = errors;if((typeof data185 !== "string") && (data185 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/imageOS",schemaPath:"#/properties/environment/properties/runner/properties/imageOS/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.imageOS.type},message:"must be string,null"}];return false;}var valid68 = _errs423 === errors;}else {var valid68 = true;}if(valid68){if(data180.imageVersion !== undefined){let data186 = data180.imageVersion;const _errs425 = errors;if((typeof data186 !== "string") && (data186 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/imageVersion",schemaPath:"#/properties/environment/properties/runner/properties/imageVersion/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.imageVersion.type},message:"must be string,null"}];return false;}var valid68 = _errs425 === errors;}else {var valid68 = true;}if(valid68){if(data180.imageDataSha256 !== undefined){let data187 = data180.imageDataSha256;const _errs427 = errors;const _errs428 = errors;let valid69 = false;let passing9 = null;const _errs429 = errors;if(errors === _errs429){if(typeof data187 === "string"){if(!pattern2.test(data187)){const err92 = {instancePath:instancePath+"/environment/runner/imageDataSha256",schemaPath:"#/properties/environment/properties/runner/properties/imageDataSha256/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}else {const err93 = {instancePath:instancePath+"/environment/runner/imageDataSha256",schemaPath:"#/properties/environment/properties/runner/properties/imageDataSha256/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}var _valid9 = _errs429 === errors;if(_valid9){valid69 = true;passing9 = 0;}const _errs431 = errors;if(data187 !== null){const err94 = {instancePath:instancePath+"/environment/runner/imageDataSha256",schemaPath:"#/properties/environment/properties/runner/properties/imageDataSha256/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}var _valid9 = _errs431 === errors;if(_valid9 && valid69){valid69 = false;passing9 = [passing9, 1];}else {if(_valid9){valid69 = true;passing9 = 1;}}if(!valid69){const err95 = {instancePath:instancePath+"/environment/runner/imageDataSha256",schemaPath:"#/properties/environment/properties/runner/properties/imageDataSha256/oneOf",keyword:"oneOf",params:{passingSchemas: passing9},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs428;if(vErrors !== null){if(_errs428){vErrors.length = _errs428;}else {vErrors = null;}}}var valid68 = _errs427 === errors;}else {var valid68 = true;}if(valid68){if(data180.sha !== undefined){let data188 = data180.sha;const _errs433 = errors;if((typeof data188 !== "string") && (data188 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/sha",schemaPath:"#/properties/environment/properties/runner/properties/sha/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.sha.type},message:"must be string,null"}];return false;}var valid68 = _errs433 === errors;}else {var valid68 = true;}if(valid68){if(data180.ref !== undefined){let data189 = data180.ref;const _errs435 = errors;if((typeof data189 !== "string") && (data189 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/ref",schemaPath:"#/properties/environment/properties/runner/properties/ref/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.ref.type},message:"must be string,null"}];return false;}var valid68 = _errs435 === errors;}else {var valid68 = true;}if(valid68){if(data180.workflowRef !== undefined){let data190 = data180.workflowRef;const _errs437 = errors;if((typeof data190 !== "string") && (data190 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/workflowRef",schemaPath:"#/properties/environment/properties/runner/properties/workflowRef/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.workflowRef.type},message:"must be string,null"}];return false;}var valid68 = _errs437 === errors;}else {var valid68 = true;}if(valid68){if(data180.runId !== undefined){let data191 = data180.runId;const _errs439 = errors;if((typeof data191 !== "string") && (data191 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/runId",schemaPath:"#/properties/environment/properties/runner/properties/runId/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.runId.type},message:"must be string,null"}];return false;}var valid68 = _errs439 === errors;}else {var valid68 = true;}if(valid68){if(data180.runAttempt !== undefined){let data192 = data180.runAttempt;const _errs441 = errors;if((typeof data192 !== "string") && (data192 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/runAttempt",schemaPath:"#/properties/environment/properties/runner/properties/runAttempt/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.runAttempt.type},message:"must be string,null"}];return false;}var valid68 = _errs441 === errors;}else {var valid68 = true;}if(valid68){if(data180.eventName !== undefined){let data193 = data180.eventName;const _errs443 = errors;if((typeof data193 !== "string") && (data193 !== null)){validate10.errors = [{instancePath:instancePath+"/environment/runner/eventName",schemaPath:"#/properties/environment/properties/runner/properties/eventName/type",keyword:"type",params:{type: schema11.properties.environment.properties.runner.properties.eventName.type},message:"must be string,null"}];return false;}var valid68 = _errs443 === errors;}else {var valid68 = true;}}}}}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/environment/runner",schemaPath:"#/properties/environment/properties/runner/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid53 = _errs412 === errors;}else {var valid53 = true;}if(valid53){if(data140.container !== undefined){let data194 = data140.container;const _errs445 = errors;const _errs446 = errors;let valid70 = false;let passing10 = null;const _errs447 = errors;if(errors === _errs447){if(data194 && typeof data194 == "object" && !Array.isArray(data194)){let missing35;if(((((((data194.status === undefined) && (missing35 = "status")) || ((data194.inContainer === undefined) && (missing35 = "inContainer"))) || ((data194.detectedBy === undefined) && (missing35 = "detectedBy"))) || ((data194.containerId === undefined) && (missing35 = "containerId"))) || ((data194.jobImage === undefined) && (missing35 = "jobImage"))) || ((data194.images === undefined) && (missing35 = "images"))){const err96 = {instancePath:instancePath+"/environment/container",schemaPath:"#/properties/environment/properties/container/oneOf/0/required",keyword:"required",params:{missingProperty: missing35},message:"must have required property '"+missing35+"'"};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}else {const _errs449 = errors;for(const key37 in data194){if(!((((((key37 === "status") || (key37 === "inContainer")) || (key37 === "detectedBy")) || (key37 === "containerId")) || (key37 === "jobImage")) || (key37 === "images"))){const err97 = {instancePath:instancePath+"/environment/container",schemaPath:"#/properties/environment/properties/container/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;break;}}if(_errs449 === errors){if(data194.status !== undefined){const _errs450 = errors;if("ok" !== data194.status){const err98 = {instancePath:instancePath+"/environment/container/status",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}var valid71 = _errs450 === errors;}else {var valid71 = true;}if(valid71){if(data194.inContainer !== undefined){const _errs451 = errors;if(typeof data194.inContainer !== "boolean"){const err99 = {instancePath:instancePath+"/environment/container/inContainer",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/inContainer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}var valid71 = _errs451 === errors;}else {var valid71 = true;}if(valid71){if(data194.detectedBy !== undefined){let data197 = data194.detectedBy;const _errs453 = errors;if(!(((((data197 === "cgroup-v1") || (data197 === "cgroup-v2")) || (data197 === "dockerenv")) || (data197 === "containerenv")) || (data197 === null))){const err100 = {instancePath:instancePath+"/environment/container/detectedBy",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/detectedBy/enum",keyword:"enum",params:{allowedValues: schema11.properties.environment.properties.container.oneOf[0].properties.detectedBy.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}var valid71 = _errs453 === errors;}else {var valid71 = true;}if(valid71){if(data194.containerId !== undefined){let data198 = data194.containerId;const _errs454 = errors;if((typeof data198 !== "string") && (data198 !== null)){const err101 = {instancePath:instancePath+"/environment/container/containerId",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/containerId/type",keyword:"type",params:{type: schema11.properties.environment.properties.container.oneOf[0].properties.containerId.type},message:"must be string,null"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}var valid71 = _errs454 === errors;}else {var valid71 = true;}if(valid71){if(data194.jobImage !== undefined){let data199 = data194.jobImage;const _errs456 = errors;const _errs457 = errors;let valid72 = false;let passing11 = null;const _errs458 = errors;if(errors === _errs458){if(data199 && typeof data199 == "object" && !Array.isArray(data199)){let missing36;if((((data199.reference === undefined) && (missing36 = "reference")) || ((data199.digest === undefined) && (missing36 = "digest"))) || ((data199.reason === undefined) && (missing36 = "reason"))){const err102 = {instancePath:instancePath+"/environment/container/jobImage",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/jobImage/oneOf/0/required",keyword:"required",params:{missingProperty: missing36},message:"must have required property '"+missing36+"'"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}else {const _errs460 = errors;for(const key38 in data199){if(!(((key38 === "reference") || (key38 === "digest")) || (key38 === "reason"))){const err103 = {instancePath:instancePath+"/environment/container/jobImage",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/jobImage/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;break;}}if(_errs460 === errors){if(data199.reference !== undefined){const _errs461 = errors;if(typeof data199.reference !== "string"){const err104 = {instancePath:instancePath+"/environment/container/jobImage/reference",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/jobImage/oneOf/0/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}var valid73 = _errs461 === errors;}else {var valid73 = true;}if(valid73){if(data199.digest !== undefined){let data201 = data199.digest;const _errs463 = errors;if((typeof data201 !== "string") && (data201 !== null)){const err105 = {instancePath:instancePath+"/environment/container/jobImage/digest",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/jobImage/oneOf/0/properties/digest/type",keyword:"type",params:{type: schema11.properties.environment.properties.container.oneOf[0].properties.jobImage.oneOf[0].properties.digest.type},message:"must be string,null"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if(errors === _errs463){if(typeof data201 === "string"){if(!pattern5.test(data201)){const err106 = {instancePath:instancePath+"/environment/container/jobImage/digest",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/jobImage/oneOf/0/properties/digest/pattern",keyword:"pattern",params:{pattern: "@sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"@sha256:[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}}var valid73 = _errs463 === errors;}else {var valid73 = true;}if(valid73){if(data199.reason !== undefined){let data202 = data199.reason;const _errs465 = errors;if((typeof data202 !== "string") && (data202 !== null)){const err107 = {instancePath:instancePath+"/environment/container/jobImage/reason",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/jobImage/oneOf/0/properties/reason/type",keyword:"type",params:{type: schema11.properties.environment.properties.container.oneOf[0].properties.jobImage.oneOf[0].properties.reason.type},message:"must be string,null"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}var valid73 = _errs465 === errors;}else {var valid73 = true;}}}}}}else {const err108 = {instancePath:instancePath+"/environment/container/jobImage",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/jobImage/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}var _valid11 = _errs458 === errors;if(_valid11){valid72 = true;passing11 = 0;}const _errs467 = errors;if(data199 !== null){const err109 = {instancePath:instancePath+"/environment/container/jobImage",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/jobImage/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}var _valid11 = _errs467 === errors;if(_valid11 && valid72){valid72 = false;passing11 = [passing11, 1];}else {if(_valid11){valid72 = true;passing11 = 1;}}if(!valid72){const err110 = {instancePath:instancePath+"/environment/container/jobImage",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/jobImage/oneOf",keyword:"oneOf",params:{passingSchemas: passing11},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}else {errors = _errs457;if(vErrors !== null){if(_errs457){vErrors.length = _errs457;}else {vErrors = null;}}}var valid71 = _errs456 === errors;}else {var valid71 = true;}if(valid71){if(data194.images !== undefined){let data203 = data194.images;const _errs469 = errors;if(errors === _errs469){if(Array.isArray(data203)){var valid74 = true;const len23 = data203.length;for(let i23=0; i23<len23; i23++){let data204 = data203[i23];const _errs471 = errors;if(errors === _errs471){if(data204 && typeof data204 == "object" && !Array.isArray(data204)){let missing37;if((((data204.reference === undefined) && (missing37 = "reference")) || ((data204.digest === undefined) && (missing37 = "digest"))) || ((data204.reason === undefined) && (missing37 = "reason"))){const err111 = {instancePath:instancePath+"/environment/container/images/" + i23,schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/images/items/required",keyword:"required",params:{missingProperty: missing37},message:"must have required property '"+missing37+"'"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}else {const _errs473 = errors;for(const key39 in data204){if(!(((key39 === "reference") || (key39 === "digest")) || (key39 === "reason"))){const err112 = {instancePath:instancePath+"/environment/container/images/" + i23,schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/images/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;break;}}if(_errs473 === errors){if(data204.reference !== undefined){const _errs474 = errors;if(typeof data204.reference !== "string"){const err113 = {instancePath:instancePath+"/environment/container/images/" + i23+"/reference",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/images/items/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}var valid75 = _errs474 === errors;}else {var valid75 = true;}if(valid75){if(data204.digest !== undefined){let data206 = data204.digest;const _errs476 = errors;if((typeof data206 !== "string") && (data206 !== null)){const err114 = {instancePath:instancePath+"/environment/container/images/" + i23+"/digest",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/images/items/properties/digest/type",keyword:"type",params:{type: schema11.properties.environment.properties.container.oneOf[0].properties.images.items.properties.digest.type},message:"must be string,null"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}if(errors === _errs476){if(typeof data206 === "string"){if(!pattern5.test(data206)){const err115 = {instancePath:instancePath+"/environment/container/images/" + i23+"/digest",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/images/items/properties/digest/pattern",keyword:"pattern",params:{pattern: "@sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"@sha256:[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}}var valid75 = _errs476 === errors;}else {var valid75 = true;}if(valid75){if(data204.reason !== undefined){let data207 = data204.reason;const _errs478 = errors;if((typeof data207 !== "string") && (data207 !== null)){const err116 = {instancePath:instancePath+"/environment/container/images/" + i23+"/reason",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/images/items/properties/reason/type",keyword:"type",params:{type: schema11.properties.environment.properties.container.oneOf[0].properties.images.items.properties.reason.type},message:"must be string,null"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}var valid75 = _errs478 === errors;}else {var valid75 = true;}}}}}}else {const err117 = {instancePath:instancePath+"/environment/container/images/" + i23,schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/images/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}var valid74 = _errs471 === errors;if(!valid74){break;}}}else {const err118 = {instancePath:instancePath+"/environment/container/images",schemaPath:"#/properties/environment/properties/container/oneOf/0/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}var valid71 = _errs469 === errors;}else {var valid71 = true;}}}}}}}}}else {const err119 = {instancePath:instancePath+"/environment/container",schemaPath:"#/properties/environment/properties/container/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}var _valid10 = _errs447 === errors;if(_valid10){valid70 = true;passing10 = 0;}const _errs480 = errors;if(errors === _errs480){if(data194 && typeof data194 == "object" && !Array.isArray(data194)){let missing38;if(((data194.status === undefined) && (missing38 = "status")) || ((data194.reason === undefined) && (missing38 = "reason"))){const err120 = {instancePath:instancePath+"/environment/container",schemaPath:"#/properties/environment/properties/container/oneOf/1/required",keyword:"required",params:{missingProperty: missing38},message:"must have required property '"+missing38+"'"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}else {const _errs482 = errors;for(const key40 in data194){if(!((key40 === "status") || (key40 === "reason"))){const err121 = {instancePath:instancePath+"/environment/container",schemaPath:"#/properties/environment/properties/container/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;break;}}if(_errs482 === errors){if(data194.status !== undefined){const _errs483 = errors;if("unavailable" !== data194.status){const err122 = {instancePath:instancePath+"/environment/container/status",schemaPath:"#/properties/environment/properties/container/oneOf/1/properties/status/const",keyword:"const",params:{allowedValue: "unavailable"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}var valid76 = _errs483 === errors;}else {var valid76 = true;}if(valid76){if(data194.reason !== undefined){const _errs484 = errors;if(typeof data194.reason !== "string"){const err123 = {instancePath:instancePath+"/environment/container/reason",schemaPath:"#/properties/environment/properties/container/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}var valid76 = _errs484 === errors;}else {var valid76 = true;}}}}}else {const err124 = {instancePath:instancePath+"/environment/container",schemaPath:"#/properties/environment/properties/container/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}var _valid10 = _errs480 === errors;if(_valid10 && valid70){valid70 = false;passing10 = [passing10, 1];}else {if(_valid10){valid70 = true;passing10 = 1;}}if(!valid70){const err125 = {instancePath:instancePath+"/environment/container",schemaPath:"#/properties/environment/properties/container/oneOf",keyword:"oneOf",params:{passingSchemas: passing10},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs446;if(vErrors !== null){if(_errs446){vErrors.length = _errs446;}else {vErrors = null;}}}var valid53 = _errs445 === errors;}else {var valid53 = true;}if(valid53){if(data140.toolchains !== undefined){let data210 = data140.toolchains;const _errs486 = errors;if(errors === _errs486){if(data210 && typeof data210 == "object" && !Array.isArray(data210)){let missing39;if(((data210.node === undefined) && (missing39 = "node")) || ((data210.python === undefined) && (missing39 = "python"))){validate10.errors = [{instancePath:instancePath+"/environment/toolchains",schemaPath:"#/properties/environment/properties/toolchains/required",keyword:"required",params:{missingProperty: missing39},message:"must have required property '"+missing39+"'"}];return false;}else {const _errs488 = errors;for(const key41 in data210){if(!((key41 === "node") || (key41 === "python"))){validate10.errors = [{instancePath:instancePath+"/environment/toolchains",schemaPath:"#/properties/environment/properties/toolchains/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"}];return false;break;}}if(_errs488 === errors){if(data210.node !== undefined){const _errs489 = errors;if(typeof data210.node !== "string"){validate10.errors = [{instancePath:instancePath+"/environment/toolchains/node",schemaPath:"#/properties/environment/properties/toolchains/properties/node/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid77 = _errs489 === errors;}else {var valid77 = true;}if(valid77){if(data210.python !== undefined){let data212 = data210.python;const _errs491 = errors;const _errs492 = errors;let valid78 = false;let passing12 = null;const _errs493 = errors;if(errors === _errs493){if(data212 && typeof data212 == "object" && !Array.isArray(data212)){let missing40;if((((((((data212.status === undefined) && (missing40 = "status")) || ((data212.interpreter === undefined) && (missing40 = "interpreter"))) || ((data212.version === undefined) && (missing40 = "version"))) || ((data212.executable === undefined) && (missing40 = "executable"))) || ((data212.distributions === undefined) && (missing40 = "distributions"))) || ((data212.frameworks === undefined) && (missing40 = "frameworks"))) || ((data212.conda === undefined) && (missing40 = "conda"))){const err126 = {instancePath:instancePath+"/environment/toolchains/python",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/required",keyword:"required",params:{missingProperty: missing40},message:"must have required property '"+missing40+"'"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}else {const _errs495 = errors;for(const key42 in data212){if(!((((((((key42 === "status") || (key42 === "interpreter")) || (key42 === "version")) || (key42 === "executable")) || (key42 === "distributions")) || (key42 === "frameworks")) || (key42 === "blas")) || (key42 === "conda"))){const err127 = {instancePath:instancePath+"/environment/toolchains/python",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;break;}}if(_errs495 === errors){if(data212.status !== undefined){const _errs496 = errors;if("ok" !== data212.status){const err128 = {instancePath:instancePath+"/environment/toolchains/python/status",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/status/const",keyword:"const",params:{allowedValue: "ok"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}var valid79 = _errs496 === errors;}else {var valid79 = true;}if(valid79){if(data212.interpreter !== undefined){const _errs497 = errors;if(typeof data212.interpreter !== "string"){const err129 = {instancePath:instancePath+"/environment/toolchains/python/interpreter",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/interpreter/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}var valid79 = _errs497 === errors;}else {var valid79 = true;}if(valid79){if(data212.version !== undefined){const _errs499 = errors;if(typeof data212.version !== "string"){const err130 = {instancePath:instancePath+"/environment/toolchains/python/version",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}var valid79 = _errs499 === errors;}else {var valid79 = true;}if(valid79){if(data212.executable !== undefined){const _errs501 = errors;if(typeof data212.executable !== "string"){const err131 = {instancePath:instancePath+"/environment/toolchains/python/executable",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/executable/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}var valid79 = _errs501 === errors;}else {var valid79 = true;}if(valid79){if(data212.distributions !== undefined){let data217 = data212.distributions;const _errs503 = errors;if(errors === _errs503){if(Array.isArray(data217)){var valid80 = true;const len24 = data217.length;for(let i24=0; i24<len24; i24++){let data218 = data217[i24];const _errs505 = errors;if(errors === _errs505){if(data218 && typeof data218 == "object" && !Array.isArray(data218)){let missing41;if(((data218.name === undefined) && (missing41 = "name")) || ((data218.version === undefined) && (missing41 = "version"))){const err132 = {instancePath:instancePath+"/environment/toolchains/python/distributions/" + i24,schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/distributions/items/required",keyword:"required",params:{missingProperty: missing41},message:"must have required property '"+missing41+"'"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}else {const _errs507 = errors;for(const key43 in data218){if(!((key43 === "name") || (key43 === "version"))){const err133 = {instancePath:instancePath+"/environment/toolchains/python/distributions/" + i24,schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/distributions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;break;}}if(_errs507 === errors){if(data218.name !== undefined){const _errs508 = errors;if(typeof data218.name !== "string"){const err134 = {instancePath:instancePath+"/environment/toolchains/python/distributions/" + i24+"/name",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/distributions/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}var valid81 = _errs508 === errors;}else {var valid81 = true;}if(valid81){if(data218.version !== undefined){const _errs510 = errors;if(typeof data218.version !== "string"){const err135 = {instancePath:instancePath+"/environment/toolchains/python/distributions/" + i24+"/version",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/distributions/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}var valid81 = _errs510 === errors;}else {var valid81 = true;}}}}}else {const err136 = {instancePath:instancePath+"/environment/toolchains/python/distributions/" + i24,schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/distributions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}var valid80 = _errs505 === errors;if(!valid80){break;}}}else {const err137 = {instancePath:instancePath+"/environment/toolchains/python/distributions",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/distributions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}var valid79 = _errs503 === errors;}else {var valid79 = true;}if(valid79){if(data212.frameworks !== undefined){let data221 = data212.frameworks;const _errs512 = errors;if(errors === _errs512){if(data221 && typeof data221 == "object" && !Array.isArray(data221)){const _errs514 = errors;for(const key44 in data221){if(!((((key44 === "torch") || (key44 === "tensorflow")) || (key44 === "jax")) || (key44 === "numpy"))){const err138 = {instancePath:instancePath+"/environment/toolchains/python/frameworks",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;break;}}if(_errs514 === errors){if(data221.torch !== undefined){let data222 = data221.torch;const _errs515 = errors;if(errors === _errs515){if(data222 && typeof data222 == "object" && !Array.isArray(data222)){let missing42;if((((data222.version === undefined) && (missing42 = "version")) || ((data222.cuda === undefined) && (missing42 = "cuda"))) || ((data222.cudnn === undefined) && (missing42 = "cudnn"))){const err139 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/torch",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/torch/required",keyword:"required",params:{missingProperty: missing42},message:"must have required property '"+missing42+"'"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}else {const _errs517 = errors;for(const key45 in data222){if(!(((key45 === "version") || (key45 === "cuda")) || (key45 === "cudnn"))){const err140 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/torch",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/torch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;break;}}if(_errs517 === errors){if(data222.version !== undefined){const _errs518 = errors;if(typeof data222.version !== "string"){const err141 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/torch/version",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/torch/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}var valid83 = _errs518 === errors;}else {var valid83 = true;}if(valid83){if(data222.cuda !== undefined){let data224 = data222.cuda;const _errs520 = errors;if((typeof data224 !== "string") && (data224 !== null)){const err142 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/torch/cuda",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/torch/properties/cuda/type",keyword:"type",params:{type: schema11.properties.environment.properties.toolchains.properties.python.oneOf[0].properties.frameworks.properties.torch.properties.cuda.type},message:"must be string,null"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}var valid83 = _errs520 === errors;}else {var valid83 = true;}if(valid83){if(data222.cudnn !== undefined){let data225 = data222.cudnn;const _errs522 = errors;if((typeof data225 !== "string") && (data225 !== null)){const err143 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/torch/cudnn",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/torch/properties/cudnn/type",keyword:"type",params:{type: schema11.properties.environment.properties.toolchains.properties.python.oneOf[0].properties.frameworks.properties.torch.properties.cudnn.type},message:"must be string,null"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}var valid83 = _errs522 === errors;}else {var valid83 = true;}}}}}}else {const err144 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/torch",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/torch/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}var valid82 = _errs515 === errors;}else {var valid82 = true;}if(valid82){if(data221.tensorflow !== undefined){let data226 = data221.tensorflow;const _errs524 = errors;if(errors === _errs524){if(data226 && typeof data226 == "object" && !Array.isArray(data226)){let missing43;if((data226.version === undefined) && (missing43 = "version")){const err145 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/tensorflow",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/tensorflow/required",keyword:"required",params:{missingProperty: missing43},message:"must have required property '"+missing43+"'"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}else {const _errs526 = errors;for(const key46 in data226){if(!(key46 === "version")){const err146 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/tensorflow",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/tensorflow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;break;}}if(_errs526 === errors){if(data226.version !== undefined){if(typeof data226.version !== "string"){const err147 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/tensorflow/version",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/tensorflow/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}}}}else {const err148 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/tensorflow",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/tensorflow/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}var valid82 = _errs524 === errors;}else {var valid82 = true;}if(valid82){if(data221.jax !== undefined){let data228 = data221.jax;const _errs529 = errors;if(errors === _errs529){if(data228 && typeof data228 == "object" && !Array.isArray(data228)){let missing44;if((data228.version === undefined) && (missing44 = "version")){const err149 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/jax",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/jax/required",keyword:"required",params:{missingProperty: missing44},message:"must have required property '"+missing44+"'"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}else {const _errs531 = errors;for(const key47 in data228){if(!(key47 === "version")){const err150 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/jax",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/jax/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;break;}}if(_errs531 === errors){if(data228.version !== undefined){if(typeof data228.version !== "string"){const err151 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/jax/version",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/jax/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}}}}else {const err152 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/jax",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/jax/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}var valid82 = _errs529 === errors;}else {var valid82 = true;}if(valid82){if(data221.numpy !== undefined){let data230 = data221.numpy;const _errs534 = errors;if(errors === _errs534){if(data230 && typeof data230 == "object" && !Array.isArray(data230)){let missing45;if((data230.version === undefined) && (missing45 = "version")){const err153 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/numpy",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/numpy/required",keyword:"required",params:{missingProperty: missing45},message:"must have required property '"+missing45+"'"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}else {const _errs536 = errors;for(const key48 in data230){if(!(key48 === "version")){const err154 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/numpy",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/numpy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;break;}}if(_errs536 === errors){if(data230.version !== undefined){if(typeof data230.version !== "string"){const err155 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/numpy/version",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/numpy/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}}}}else {const err156 = {instancePath:instancePath+"/environment/toolchains/python/frameworks/numpy",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/properties/numpy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}var valid82 = _errs534 === errors;}else {var valid82 = true;}}}}}}else {const err157 = {instancePath:instancePath+"/environment/toolchains/python/frameworks",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/frameworks/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}var valid79 = _errs512 === errors;}else {var valid79 = true;}if(valid79){if(data212.blas !== undefined){let data232 = data212.blas;const _errs539 = errors;const _errs540 = errors;let valid87 = false;let passing13 = null;const _errs541 = errors;if(errors === _errs541){if(data232 && typeof data232 == "object" && !Array.isArray(data232)){let missing46;if((((((((data232.library === undefined) && (missing46 = "library")) || ((data232.distribution === undefined) && (missing46 = "distribution"))) || ((data232.version === undefined) && (missing46 = "version"))) || ((data232.build === undefined) && (missing46 = "build"))) || ((data232.threading === undefined) && (missing46 = "threading"))) || ((data232.threads === undefined) && (missing46 = "threads"))) || ((data232.coreType === undefined) && (missing46 = "coreType"))){const err158 = {instancePath:instancePath+"/environment/toolchains/python/blas",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf/0/required",keyword:"required",params:{missingProperty: missing46},message:"must have required property '"+missing46+"'"};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}else {const _errs543 = errors;for(const key49 in data232){if(!(((((((key49 === "library") || (key49 === "distribution")) || (key49 === "version")) || (key49 === "build")) || (key49 === "threading")) || (key49 === "threads")) || (key49 === "coreType"))){const err159 = {instancePath:instancePath+"/environment/toolchains/python/blas",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;break;}}if(_errs543 === errors){if(data232.library !== undefined){const _errs544 = errors;if(typeof data232.library !== "string"){const err160 = {instancePath:instancePath+"/environment/toolchains/python/blas/library",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf/0/properties/library/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}var valid88 = _errs544 === errors;}else {var valid88 = true;}if(valid88){if(data232.distribution !== undefined){let data234 = data232.distribution;const _errs546 = errors;if((typeof data234 !== "string") && (data234 !== null)){const err161 = {instancePath:instancePath+"/environment/toolchains/python/blas/distribution",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf/0/properties/distribution/type",keyword:"type",params:{type: schema11.properties.environment.properties.toolchains.properties.python.oneOf[0].properties.blas.oneOf[0].properties.distribution.type},message:"must be string,null"};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}var valid88 = _errs546 === errors;}else {var valid88 = true;}if(valid88){if(data232.version !== undefined){let data235 = data232.version;const _errs548 = errors;if((typeof data235 !== "string") && (data235 !== null)){const err162 = {instancePath:instancePath+"/environment/toolchains/python/blas/version",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf/0/properties/version/type",keyword:"type",params:{type: schema11.properties.environment.properties.toolchains.properties.python.oneOf[0].properties.blas.oneOf[0].properties.version.type},message:"must be string,null"};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}var valid88 = _errs548 === errors;}else {var valid88 = true;}if(valid88){if(data232.build !== undefined){let data236 = data232.build;const _errs550 = errors;if((typeof data236 !== "string") && (data236 !== null)){const err163 = {instancePath:instancePath+"/environment/toolchains/python/blas/build",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf/0/properties/build/type",keyword:"type",params:{type: schema11.properties.environment.properties.toolchains.properties.python.oneOf[0].properties.blas.oneOf[0].properties.build.type},message:"must be string,null"};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}var valid88 = _errs550 === errors;}else {var valid88 = true;}if(valid88){if(data232.threading !== undefined){let data237 = data232.threading;const _errs552 = errors;if((typeof data237 !== "string") && (data237 !== null)){const err164 = {instancePath:instancePath+"/environment/toolchains/python/blas/threading",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf/0/properties/threading/type",keyword:"type",params:{type: schema11.properties.environment.properties.toolchains.properties.python.oneOf[0].properties.blas.oneOf[0].properties.threading.type},message:"must be string,null"};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}var valid88 = _errs552 === errors;}else {var valid88 = true;}if(valid88){if(data232.threads !== undefined){const _errs554 = errors;if(typeof data232.threads !== "string"){const err165 = {instancePath:instancePath+"/environment/toolchains/python/blas/threads",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf/0/properties/threads/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}var valid88 = _errs554 === errors;}else {var valid88 = true;}if(valid88){if(data232.coreType !== undefined){let data239 = data232.coreType;const _errs556 = errors;if((typeof data239 !== "string") && (data239 !== null)){const err166 = {instancePath:instancePath+"/environment/toolchains/python/blas/coreType",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf/0/properties/coreType/type",keyword:"type",params:{type: schema11.properties.environment.properties.toolchains.properties.python.oneOf[0].properties.blas.oneOf[0].properties.coreType.type},message:"must be string,null"};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}var valid88 = _errs556 === errors;}else {var valid88 = true;}}}}}}}}}}else {const err167 = {instancePath:instancePath+"/environment/toolchains/python/blas",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}var _valid13 = _errs541 === errors;if(_valid13){valid87 = true;passing13 = 0;}const _errs558 = errors;if(data232 !== null){const err168 = {instancePath:instancePath+"/environment/toolchains/python/blas",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}var _valid13 = _errs558 === errors;if(_valid13 && valid87){valid87 = false;passing13 = [passing13, 1];}else {if(_valid13){valid87 = true;passing13 = 1;}}if(!valid87){const err169 = {instancePath:instancePath+"/environment/toolchains/python/blas",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/blas/oneOf",keyword:"oneOf",params:{passingSchemas: passing13},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}else {errors = _errs540;if(vErrors !== null){if(_errs540){vErrors.length = _errs540;}else {vErrors = null;}}}var valid79 = _errs539 === errors;}else {var valid79 = true;}if(valid79){if(data212.conda !== undefined){let data240 = data212.conda;const _errs560 = errors;if((typeof data240 !== "string") && (data240 !== null)){const err170 = {instancePath:instancePath+"/environment/toolchains/python/conda",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/properties/conda/type",keyword:"type",params:{type: schema11.properties.environment.properties.toolchains.properties.python.oneOf[0].properties.conda.type},message:"must be string,null"};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}var valid79 = _errs560 === errors;}else {var valid79 = true;}}}}}}}}}}}else {const err171 = {instancePath:instancePath+"/environment/toolchains/python",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}var _valid12 = _errs493 === errors;if(_valid12){valid78 = true;passing12 = 0;}const _errs562 = errors;if(errors === _errs562){if(data212 && typeof data212 == "object" && !Array.isArray(data212)){let missing47;if(((data212.status === undefined) && (missing47 = "status")) || ((data212.reason === undefined) && (missing47 = "reason"))){const err172 = {instancePath:instancePath+"/environment/toolchains/python",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/1/required",keyword:"required",params:{missingProperty: missing47},message:"must have required property '"+missing47+"'"};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}else {const _errs564 = errors;for(const key50 in data212){if(!((key50 === "status") || (key50 === "reason"))){const err173 = {instancePath:instancePath+"/environment/toolchains/python",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;break;}}if(_errs564 === errors){if(data212.status !== undefined){const _errs565 = errors;if("unavailable" !== data212.status){const err174 = {instancePath:instancePath+"/environment/toolchains/python/status",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/1/properties/status/const",keyword:"const",params:{allowedValue: "unavailable"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}var valid89 = _errs565 === errors;}else {var valid89 = true;}if(valid89){if(data212.reason !== undefined){const _errs566 = errors;if(typeof data212.reason !== "string"){const err175 = {instancePath:instancePath+"/environment/toolchains/python/reason",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/1/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}var valid89 = _errs566 === errors;}else {var valid89 = true;}}}}}else {const err176 = {instancePath:instancePath+"/environment/toolchains/python",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}}var _valid12 = _errs562 === errors;if(_valid12 && valid78){valid78 = false;passing12 = [passing12, 1];}else {if(_valid12){valid78 = true;passing12 = 1;}}if(!valid78){const err177 = {instancePath:instancePath+"/environment/toolchains/python",schemaPath:"#/properties/environment/properties/toolchains/properties/python/oneOf",keyword:"oneOf",params:{passingSchemas: passing12},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs492;if(vErrors !== null){if(_errs492){vErrors.length = _errs492;}else {vErrors = null;}}}var valid77 = _errs491 === errors;}else {var valid77 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/environment/toolchains",schemaPath:"#/properties/environment/properties/toolchains/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid53 = _errs486 === errors;}else {var valid53 = true;}if(valid53){if(data140.data !== undefined){let data243 = data140.data;const _errs568 = errors;if(errors === _errs568){if(Array.isArray(data243)){var valid90 = true;const len25 = data243.length;for(let i25=0; i25<len25; i25++){let data244 = data243[i25];const _errs570 = errors;if(errors === _errs570){if(data244 && typeof data244 == "object" && !Array.isArray(data244)){let missing48;if((((data244.path === undefined) && (missing48 = "path")) || ((data244.sha256 === undefined) && (missing48 = "sha256"))) || ((data244.bytes === undefined) && (missing48 = "bytes"))){validate10.errors = [{instancePath:instancePath+"/environment/data/" + i25,schemaPath:"#/properties/environment/properties/data/items/required",keyword:"required",params:{missingProperty: missing48},message:"must have required property '"+missing48+"'"}];return false;}else {const _errs572 = errors;for(const key51 in data244){if(!((((key51 === "path") || (key51 === "sha256")) || (key51 === "bytes")) || (key51 === "skipped"))){validate10.errors = [{instancePath:instancePath+"/environment/data/" + i25,schemaPath:"#/properties/environment/properties/data/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"}];return false;break;}}if(_errs572 === errors){if(data244.path !== undefined){const _errs573 = errors;if(typeof data244.path !== "string"){validate10.errors = [{instancePath:instancePath+"/environment/data/" + i25+"/path",schemaPath:"#/properties/environment/properties/data/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid91 = _errs573 === errors;}else {var valid91 = true;}if(valid91){if(data244.sha256 !== undefined){let data246 = data244.sha256;const _errs575 = errors;if(errors === _errs575){if(typeof data246 === "string"){if(!pattern0.test(data246)){validate10.errors = [{instancePath:instancePath+"/environment/data/" + i25+"/sha256",schemaPath:"#/properties/environment/properties/data/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^([0-9a-f]{64})?$"},message:"must match pattern \""+"^([0-9a-f]{64})?$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/environment/data/" + i25+"/sha256",schemaPath:"#/properties/environment/properties/data/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid91 = _errs575 === errors;}else {var valid91 = true;}if(valid91){if(data244.bytes !== undefined){let data247 = data244.bytes;const _errs577 = errors;if(!((typeof data247 == "number") && (!(data247 % 1) && !isNaN(data247)))){validate10.errors = [{instancePath:instancePath+"/environment/data/" + i25+"/bytes",schemaPath:"#/properties/environment/properties/data/items/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs577){if(typeof data247 == "number"){if(data247 < 0 || isNaN(data247)){validate10.errors = [{instancePath:instancePath+"/environment/data/" + i25+"/bytes",schemaPath:"#/properties/environment/properties/data/items/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid91 = _errs577 === errors;}else {var valid91 = true;}if(valid91){if(data244.skipped !== undefined){const _errs579 = errors;if(typeof data244.skipped !== "string"){validate10.errors = [{instancePath:instancePath+"/environment/data/" + i25+"/skipped",schemaPath:"#/properties/environment/properties/data/items/properties/skipped/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid91 = _errs579 === errors;}else {var valid91 = true;}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/environment/data/" + i25,schemaPath:"#/properties/environment/properties/data/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid90 = _errs570 === errors;if(!valid90){break;}}}else {validate10.errors = [{instancePath:instancePath+"/environment/data",schemaPath:"#/properties/environment/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid53 = _errs568 === errors;}else {var valid53 = true;}if(valid53){if(data140.mathEnv !== undefined){let data249 = data140.mathEnv;const _errs581 = errors;if(errors === _errs581){if(data249 && typeof data249 == "object" && !Array.isArray(data249)){for(const key52 in data249){const _errs584 = errors;if(typeof data249[key52] !== "string"){validate10.errors = [{instancePath:instancePath+"/environment/mathEnv/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment/properties/mathEnv/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid92 = _errs584 === errors;if(!valid92){break;}}}else {validate10.errors = [{instancePath:instancePath+"/environment/mathEnv",schemaPath:"#/properties/environment/properties/mathEnv/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid53 = _errs581 === errors;}else {var valid53 = true;}if(valid53){if(data140.warnings !== undefined){let data251 = data140.warnings;const _errs586 = errors;if(errors === _errs586){if(Array.isArray(data251)){var valid93 = true;const len26 = data251.length;for(let i26=0; i26<len26; i26++){const _errs588 = errors;if(typeof data251[i26] !== "string"){validate10.errors = [{instancePath:instancePath+"/environment/warnings/" + i26,schemaPath:"#/properties/environment/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid93 = _errs588 === errors;if(!valid93){break;}}}else {validate10.errors = [{instancePath:instancePath+"/environment/warnings",schemaPath:"#/properties/environment/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid53 = _errs586 === errors;}else {var valid53 = true;}}}}}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs316 === errors;}else {var valid0 = true;}if(valid0){if(data.lockfiles !== undefined){let data253 = data.lockfiles;const _errs590 = errors;if(errors === _errs590){if(Array.isArray(data253)){var valid94 = true;const len27 = data253.length;for(let i27=0; i27<len27; i27++){let data254 = data253[i27];const _errs592 = errors;if(errors === _errs592){if(data254 && typeof data254 == "object" && !Array.isArray(data254)){let missing49;if((((((((data254.path === undefined) && (missing49 = "path")) || ((data254.format === undefined) && (missing49 = "format"))) || ((data254.sha256 === undefined) && (missing49 = "sha256"))) || ((data254.bytes === undefined) && (missing49 = "bytes"))) || ((data254.packageCount === undefined) && (missing49 = "packageCount"))) || ((data254.packages === undefined) && (missing49 = "packages"))) || ((data254.unpinned === undefined) && (missing49 = "unpinned"))){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27,schemaPath:"#/properties/lockfiles/items/required",keyword:"required",params:{missingProperty: missing49},message:"must have required property '"+missing49+"'"}];return false;}else {const _errs594 = errors;for(const key53 in data254){if(!(func2.call(schema11.properties.lockfiles.items.properties, key53))){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27,schemaPath:"#/properties/lockfiles/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"}];return false;break;}}if(_errs594 === errors){if(data254.path !== undefined){const _errs595 = errors;if(typeof data254.path !== "string"){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/path",schemaPath:"#/properties/lockfiles/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid95 = _errs595 === errors;}else {var valid95 = true;}if(valid95){if(data254.format !== undefined){const _errs597 = errors;if(typeof data254.format !== "string"){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/format",schemaPath:"#/properties/lockfiles/items/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid95 = _errs597 === errors;}else {var valid95 = true;}if(valid95){if(data254.sha256 !== undefined){let data257 = data254.sha256;const _errs599 = errors;if(errors === _errs599){if(typeof data257 === "string"){if(!pattern0.test(data257)){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/sha256",schemaPath:"#/properties/lockfiles/items/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^([0-9a-f]{64})?$"},message:"must match pattern \""+"^([0-9a-f]{64})?$"+"\""}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/sha256",schemaPath:"#/properties/lockfiles/items/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}var valid95 = _errs599 === errors;}else {var valid95 = true;}if(valid95){if(data254.bytes !== undefined){let data258 = data254.bytes;const _errs601 = errors;if(!((typeof data258 == "number") && (!(data258 % 1) && !isNaN(data258)))){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/bytes",schemaPath:"#/properties/lockfiles/items/properties/bytes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs601){if(typeof data258 == "number"){if(data258 < 0 || isNaN(data258)){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/bytes",schemaPath:"#/properties/lockfiles/items/properties/bytes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid95 = _errs601 === errors;}else {var valid95 = true;}if(valid95){if(data254.packageCount !== undefined){let data259 = data254.packageCount;const _errs603 = errors;if(!((typeof data259 == "number") && (!(data259 % 1) && !isNaN(data259)))){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/packageCount",schemaPath:"#/properties/lockfiles/items/properties/packageCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs603){if(typeof data259 == "number"){if(data259 < 0 || isNaN(data259)){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/packageCount",schemaPath:"#/properties/lockfiles/items/properties/packageCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid95 = _errs603 === errors;}else {var valid95 = true;}if(valid95){if(data254.packages !== undefined){let data260 = data254.packages;const _errs605 = errors;if(errors === _errs605){if(Array.isArray(data260)){var valid96 = true;const len28 = data260.length;for(let i28=0; i28<len28; i28++){let data261 = data260[i28];const _errs607 = errors;if(errors === _errs607){if(data261 && typeof data261 == "object" && !Array.isArray(data261)){let missing50;if(((data261.name === undefined) && (missing50 = "name")) || ((data261.version === undefined) && (missing50 = "version"))){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/packages/" + i28,schemaPath:"#/properties/lockfiles/items/properties/packages/items/required",keyword:"required",params:{missingProperty: missing50},message:"must have required property '"+missing50+"'"}];return false;}else {const _errs609 = errors;for(const key54 in data261){if(!((key54 === "name") || (key54 === "version"))){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/packages/" + i28,schemaPath:"#/properties/lockfiles/items/properties/packages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"}];return false;break;}}if(_errs609 === errors){if(data261.name !== undefined){const _errs610 = errors;if(typeof data261.name !== "string"){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/packages/" + i28+"/name",schemaPath:"#/properties/lockfiles/items/properties/packages/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid97 = _errs610 === errors;}else {var valid97 = true;}if(valid97){if(data261.version !== undefined){const _errs612 = errors;if(typeof data261.version !== "string"){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/packages/" + i28+"/version",schemaPath:"#/properties/lockfiles/items/properties/packages/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid97 = _errs612 === errors;}else {var valid97 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/packages/" + i28,schemaPath:"#/properties/lockfiles/items/properties/packages/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid96 = _errs607 === errors;if(!valid96){break;}}}else {validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/packages",schemaPath:"#/properties/lockfiles/items/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid95 = _errs605 === errors;}else {var valid95 = true;}if(valid95){if(data254.unpinned !== undefined){let data264 = data254.unpinned;const _errs614 = errors;if(errors === _errs614){if(Array.isArray(data264)){var valid98 = true;const len29 = data264.length;for(let i29=0; i29<len29; i29++){let data265 = data264[i29];const _errs616 = errors;if(errors === _errs616){if(data265 && typeof data265 == "object" && !Array.isArray(data265)){let missing51;if(((data265.name === undefined) && (missing51 = "name")) || ((data265.spec === undefined) && (missing51 = "spec"))){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/unpinned/" + i29,schemaPath:"#/properties/lockfiles/items/properties/unpinned/items/required",keyword:"required",params:{missingProperty: missing51},message:"must have required property '"+missing51+"'"}];return false;}else {const _errs618 = errors;for(const key55 in data265){if(!((key55 === "name") || (key55 === "spec"))){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/unpinned/" + i29,schemaPath:"#/properties/lockfiles/items/properties/unpinned/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key55},message:"must NOT have additional properties"}];return false;break;}}if(_errs618 === errors){if(data265.name !== undefined){const _errs619 = errors;if(typeof data265.name !== "string"){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/unpinned/" + i29+"/name",schemaPath:"#/properties/lockfiles/items/properties/unpinned/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid99 = _errs619 === errors;}else {var valid99 = true;}if(valid99){if(data265.spec !== undefined){const _errs621 = errors;if(typeof data265.spec !== "string"){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/unpinned/" + i29+"/spec",schemaPath:"#/properties/lockfiles/items/properties/unpinned/items/properties/spec/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid99 = _errs621 === errors;}else {var valid99 = true;}}}}}else {validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/unpinned/" + i29,schemaPath:"#/properties/lockfiles/items/properties/unpinned/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid98 = _errs616 === errors;if(!valid98){break;}}}else {validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/unpinned",schemaPath:"#/properties/lockfiles/items/properties/unpinned/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid95 = _errs614 === errors;}else {var valid95 = true;}if(valid95){if(data254.installedMismatches !== undefined){let data268 = data254.installedMismatches;const _errs623 = errors;if(errors === _errs623){if(Array.isArray(data268)){var valid100 = true;const len30 = data268.length;for(let i30=0; i30<len30; i30++){let data269 = data268[i30];const _errs625 = errors;if(errors === _errs625){if(data269 && typeof data269 == "object" && !Array.isArray(data269)){let missing52;if((((data269.name === undefined) && (missing52 = "name")) || ((data269.pinned === undefined) && (missing52 = "pinned"))) || ((data269.installed === undefined) && (missing52 = "installed"))){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/installedMismatches/" + i30,schemaPath:"#/properties/lockfiles/items/properties/installedMismatches/items/required",keyword:"required",params:{missingProperty: missing52},message:"must have required property '"+missing52+"'"}];return false;}else {const _errs627 = errors;for(const key56 in data269){if(!(((key56 === "name") || (key56 === "pinned")) || (key56 === "installed"))){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/installedMismatches/" + i30,schemaPath:"#/properties/lockfiles/items/properties/installedMismatches/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties"}];return false;break;}}if(_errs627 === errors){if(data269.name !== undefined){const _errs628 = errors;if(typeof data269.name !== "string"){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/installedMismatches/" + i30+"/name",schemaPath:"#/properties/lockfiles/items/properties/installedMismatches/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid101 = _errs628 === errors;}else {var valid101 = true;}if(valid101){if(data269.pinned !== undefined){const _errs630 = errors;if(typeof data269.pinned !== "string"){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/installedMismatches/" + i30+"/pinned",schemaPath:"#/properties/lockfiles/items/properties/installedMismatches/items/properties/pinned/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid101 = _errs630 === errors;}else {var valid101 = true;}if(valid101){if(data269.installed !== undefined){let data272 = data269.installed;const _errs632 = errors;if((typeof data272 !== "string") && (data272 !== null)){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/installedMismatches/" + i30+"/installed",schemaPath:"#/properties/lockfiles/items/properties/installedMismatches/items/properties/installed/type",keyword:"type",params:{type: schema11.properties.lockfiles.items.properties.installedMismatches.items.properties.installed.type},message:"must be string,null"}];return false;}var valid101 = _errs632 === errors;}else {var valid101 = true;}}}}}}else {validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/installedMismatches/" + i30,schemaPath:"#/properties/lockfiles/items/properties/installedMismatches/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid100 = _errs625 === errors;if(!valid100){break;}}}else {validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/installedMismatches",schemaPath:"#/properties/lockfiles/items/properties/installedMismatches/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid95 = _errs623 === errors;}else {var valid95 = true;}if(valid95){if(data254.error !== undefined){const _errs634 = errors;if(typeof data254.error !== "string"){validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27+"/error",schemaPath:"#/properties/lockfiles/items/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid95 = _errs634 === errors;}else {var valid95 = true;}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/lockfiles/" + i27,schemaPath:"#/properties/lockfiles/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid94 = _errs592 === errors;if(!valid94){break;}}}else {validate10.errors = [{instancePath:instancePath+"/lockfiles",schemaPath:"#/properties/lockfiles/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid0 = _errs590 === errors;}else {var valid0 = true;}if(valid0){if(data.baseline !== undefined){let data274 = data.baseline;const _errs636 = errors;if(errors === _errs636){if(data274 && typeof data274 == "object" && !Array.isArray(data274)){let missing53;if(((((((((((((((data274.key === undefined) && (missing53 = "key")) || ((data274.compared === undefined) && (missing53 = "compared"))) || ((data274.saved === undefined) && (missing53 = "saved"))) || ((data274.baselineCommit === undefined) && (missing53 = "baselineCommit"))) || ((data274.baselineCreatedAt === undefined) && (missing53 = "baselineCreatedAt"))) || ((data274.baselineFingerprint === undefined) && (missing53 = "baselineFingerprint"))) || ((data274.currentFingerprint === undefined) && (missing53 = "currentFingerprint"))) || ((data274.fingerprintChanged === undefined) && (missing53 = "fingerprintChanged"))) || ((data274.metrics === undefined) && (missing53 = "metrics"))) || ((data274.reproducibleShare === undefined) && (missing53 = "reproducibleShare"))) || ((data274.defaultBranchRuns === undefined) && (missing53 = "defaultBranchRuns"))) || ((data274.verdict === undefined) && (missing53 = "verdict"))) || ((data274.changes === undefined) && (missing53 = "changes"))) || ((data274.warnings === undefined) && (missing53 = "warnings"))){validate10.errors = [{instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/required",keyword:"required",params:{missingProperty: missing53},message:"must have required property '"+missing53+"'"}];return false;}else {const _errs638 = errors;for(const key57 in data274){if(!(func2.call(schema11.properties.baseline.properties, key57))){validate10.errors = [{instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key57},message:"must NOT have additional properties"}];return false;break;}}if(_errs638 === errors){if(data274.key !== undefined){const _errs639 = errors;if(typeof data274.key !== "string"){validate10.errors = [{instancePath:instancePath+"/baseline/key",schemaPath:"#/properties/baseline/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid102 = _errs639 === errors;}else {var valid102 = true;}if(valid102){if(data274.compared !== undefined){const _errs641 = errors;if(typeof data274.compared !== "boolean"){validate10.errors = [{instancePath:instancePath+"/baseline/compared",schemaPath:"#/properties/baseline/properties/compared/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid102 = _errs641 === errors;}else {var valid102 = true;}if(valid102){if(data274.saved !== undefined){const _errs643 = errors;if(typeof data274.saved !== "boolean"){validate10.errors = [{instancePath:instancePath+"/baseline/saved",schemaPath:"#/properties/baseline/properties/saved/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid102 = _errs643 === errors;}else {var valid102 = true;}if(valid102){if(data274.baselineCommit !== undefined){let data278 = data274.baselineCommit;const _errs645 = errors;if((typeof data278 !== "string") && (data278 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/baselineCommit",schemaPath:"#/properties/baseline/properties/baselineCommit/type",keyword:"type",params:{type: schema11.properties.baseline.properties.baselineCommit.type},message:"must be string,null"}];return false;}var valid102 = _errs645 === errors;}else {var valid102 = true;}if(valid102){if(data274.baselineCreatedAt !== undefined){let data279 = data274.baselineCreatedAt;const _errs647 = errors;if((typeof data279 !== "string") && (data279 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/baselineCreatedAt",schemaPath:"#/properties/baseline/properties/baselineCreatedAt/type",keyword:"type",params:{type: schema11.properties.baseline.properties.baselineCreatedAt.type},message:"must be string,null"}];return false;}var valid102 = _errs647 === errors;}else {var valid102 = true;}if(valid102){if(data274.baselineFingerprint !== undefined){let data280 = data274.baselineFingerprint;const _errs649 = errors;if((typeof data280 !== "string") && (data280 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/baselineFingerprint",schemaPath:"#/properties/baseline/properties/baselineFingerprint/type",keyword:"type",params:{type: schema11.properties.baseline.properties.baselineFingerprint.type},message:"must be string,null"}];return false;}var valid102 = _errs649 === errors;}else {var valid102 = true;}if(valid102){if(data274.currentFingerprint !== undefined){let data281 = data274.currentFingerprint;const _errs651 = errors;if((typeof data281 !== "string") && (data281 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/currentFingerprint",schemaPath:"#/properties/baseline/properties/currentFingerprint/type",keyword:"type",params:{type: schema11.properties.baseline.properties.currentFingerprint.type},message:"must be string,null"}];return false;}var valid102 = _errs651 === errors;}else {var valid102 = true;}if(valid102){if(data274.fingerprintChanged !== undefined){const _errs653 = errors;if(typeof data274.fingerprintChanged !== "boolean"){validate10.errors = [{instancePath:instancePath+"/baseline/fingerprintChanged",schemaPath:"#/properties/baseline/properties/fingerprintChanged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid102 = _errs653 === errors;}else {var valid102 = true;}if(valid102){if(data274.metrics !== undefined){let data283 = data274.metrics;const _errs655 = errors;if(errors === _errs655){if(Array.isArray(data283)){var valid103 = true;const len31 = data283.length;for(let i31=0; i31<len31; i31++){let data284 = data283[i31];const _errs657 = errors;if(errors === _errs657){if(data284 && typeof data284 == "object" && !Array.isArray(data284)){let missing54;if((((((((((((data284.name === undefined) && (missing54 = "name")) || ((data284.status === undefined) && (missing54 = "status"))) || ((data284.reference === undefined) && (missing54 = "reference"))) || ((data284.current === undefined) && (missing54 = "current"))) || ((data284.tolerance === undefined) && (missing54 = "tolerance"))) || ((data284.toleranceRule === undefined) && (missing54 = "toleranceRule"))) || ((data284.absDeviation === undefined) && (missing54 = "absDeviation"))) || ((data284.relDeviation === undefined) && (missing54 = "relDeviation"))) || ((data284.reason === undefined) && (missing54 = "reason"))) || ((data284.referenceCommit === undefined) && (missing54 = "referenceCommit"))) || ((data284.trend === undefined) && (missing54 = "trend"))){validate10.errors = [{instancePath:instancePath+"/baseline/metrics/" + i31,schemaPath:"#/properties/baseline/properties/metrics/items/required",keyword:"required",params:{missingProperty: missing54},message:"must have required property '"+missing54+"'"}];return false;}else {const _errs659 = errors;for(const key58 in data284){if(!(func2.call(schema11.properties.baseline.properties.metrics.items.properties, key58))){validate10.errors = [{instancePath:instancePath+"/baseline/metrics/" + i31,schemaPath:"#/properties/baseline/properties/metrics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties"}];return false;break;}}if(_errs659 === errors){if(data284.name !== undefined){const _errs660 = errors;if(typeof data284.name !== "string"){validate10.errors = [{instancePath:instancePath+"/baseline/metrics/" + i31+"/name",schemaPath:"#/properties/baseline/properties/metrics/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid104 = _errs660 === errors;}else {var valid104 = true;}if(valid104){if(data284.status !== undefined){let data286 = data284.status;const _errs662 = errors;if(!(((((data286 === "match") || (data286 === "drift")) || (data286 === "new")) || (data286 === "missing")) || (data286 === "ignored"))){validate10.errors = [{instancePath:instancePath+"/baseline/metrics/" + i31+"/status",schemaPath:"#/properties/baseline/properties/metrics/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.baseline.properties.metrics.items.properties.status.enum},message:"must be equal to one of the allowed values"}];return false;}var valid104 = _errs662 === errors;}else {var valid104 = true;}if(valid104){if(data284.reference !== undefined){let data287 = data284.reference;const _errs663 = errors;const _errs664 = errors;let valid105 = false;let passing14 = null;const _errs665 = errors;if((((!(typeof data287 == "number")) && (typeof data287 !== "string")) && (typeof data287 !== "boolean")) && (data287 !== null)){const err178 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/reference",schemaPath:"#/properties/baseline/properties/metrics/items/properties/reference/oneOf/0/type",keyword:"type",params:{type: schema11.properties.baseline.properties.metrics.items.properties.reference.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}var _valid14 = _errs665 === errors;if(_valid14){valid105 = true;passing14 = 0;}const _errs667 = errors;if(errors === _errs667){if(data287 && typeof data287 == "object" && !Array.isArray(data287)){let missing55;if((data287.nonFinite === undefined) && (missing55 = "nonFinite")){const err179 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/reference",schemaPath:"#/properties/baseline/properties/metrics/items/properties/reference/oneOf/1/required",keyword:"required",params:{missingProperty: missing55},message:"must have required property '"+missing55+"'"};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}else {const _errs669 = errors;for(const key59 in data287){if(!(key59 === "nonFinite")){const err180 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/reference",schemaPath:"#/properties/baseline/properties/metrics/items/properties/reference/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;break;}}if(_errs669 === errors){if(data287.nonFinite !== undefined){let data288 = data287.nonFinite;if(!(((data288 === "NaN") || (data288 === "Infinity")) || (data288 === "-Infinity"))){const err181 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/reference/nonFinite",schemaPath:"#/properties/baseline/properties/metrics/items/properties/reference/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.baseline.properties.metrics.items.properties.reference.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}}}}else {const err182 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/reference",schemaPath:"#/properties/baseline/properties/metrics/items/properties/reference/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}var _valid14 = _errs667 === errors;if(_valid14 && valid105){valid105 = false;passing14 = [passing14, 1];}else {if(_valid14){valid105 = true;passing14 = 1;}}if(!valid105){const err183 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/reference",schemaPath:"#/properties/baseline/properties/metrics/items/properties/reference/oneOf",keyword:"oneOf",params:{passingSchemas: passing14},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs664;if(vErrors !== null){if(_errs664){vErrors.length = _errs664;}else {vErrors = null;}}}var valid104 = _errs663 === errors;}else {var valid104 = true;}if(valid104){if(data284.current !== undefined){let data289 = data284.current;const _errs671 = errors;const _errs672 = errors;let valid107 = false;let passing15 = null;const _errs673 = errors;if((((!(typeof data289 == "number")) && (typeof data289 !== "string")) && (typeof data289 !== "boolean")) && (data289 !== null)){const err184 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/current",schemaPath:"#/properties/baseline/properties/metrics/items/properties/current/oneOf/0/type",keyword:"type",params:{type: schema11.properties.baseline.properties.metrics.items.properties.current.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}var _valid15 = _errs673 === errors;if(_valid15){valid107 = true;passing15 = 0;}const _errs675 = errors;if(errors === _errs675){if(data289 && typeof data289 == "object" && !Array.isArray(data289)){let missing56;if((data289.nonFinite === undefined) && (missing56 = "nonFinite")){const err185 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/current",schemaPath:"#/properties/baseline/properties/metrics/items/properties/current/oneOf/1/required",keyword:"required",params:{missingProperty: missing56},message:"must have required property '"+missing56+"'"};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}else {const _errs677 = errors;for(const key60 in data289){if(!(key60 === "nonFinite")){const err186 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/current",schemaPath:"#/properties/baseline/properties/metrics/items/properties/current/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;break;}}if(_errs677 === errors){if(data289.nonFinite !== undefined){let data290 = data289.nonFinite;if(!(((data290 === "NaN") || (data290 === "Infinity")) || (data290 === "-Infinity"))){const err187 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/current/nonFinite",schemaPath:"#/properties/baseline/properties/metrics/items/properties/current/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.baseline.properties.metrics.items.properties.current.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}}}}else {const err188 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/current",schemaPath:"#/properties/baseline/properties/metrics/items/properties/current/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}var _valid15 = _errs675 === errors;if(_valid15 && valid107){valid107 = false;passing15 = [passing15, 1];}else {if(_valid15){valid107 = true;passing15 = 1;}}if(!valid107){const err189 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/current",schemaPath:"#/properties/baseline/properties/metrics/items/properties/current/oneOf",keyword:"oneOf",params:{passingSchemas: passing15},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs672;if(vErrors !== null){if(_errs672){vErrors.length = _errs672;}else {vErrors = null;}}}var valid104 = _errs671 === errors;}else {var valid104 = true;}if(valid104){if(data284.tolerance !== undefined){let data291 = data284.tolerance;const _errs679 = errors;const _errs680 = errors;let valid109 = false;let passing16 = null;const _errs681 = errors;if(errors === _errs681){if(data291 && typeof data291 == "object" && !Array.isArray(data291)){let missing57;if(((data291.atol === undefined) && (missing57 = "atol")) || ((data291.rtol === undefined) && (missing57 = "rtol"))){const err190 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/tolerance",schemaPath:"#/properties/baseline/properties/metrics/items/properties/tolerance/oneOf/0/required",keyword:"required",params:{missingProperty: missing57},message:"must have required property '"+missing57+"'"};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}else {const _errs683 = errors;for(const key61 in data291){if(!((key61 === "atol") || (key61 === "rtol"))){const err191 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/tolerance",schemaPath:"#/properties/baseline/properties/metrics/items/properties/tolerance/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;break;}}if(_errs683 === errors){if(data291.atol !== undefined){let data292 = data291.atol;const _errs684 = errors;if(errors === _errs684){if(typeof data292 == "number"){if(data292 < 0 || isNaN(data292)){const err192 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/tolerance/atol",schemaPath:"#/properties/baseline/properties/metrics/items/properties/tolerance/oneOf/0/properties/atol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}}else {const err193 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/tolerance/atol",schemaPath:"#/properties/baseline/properties/metrics/items/properties/tolerance/oneOf/0/properties/atol/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}var valid110 = _errs684 === errors;}else {var valid110 = true;}if(valid110){if(data291.rtol !== undefined){let data293 = data291.rtol;const _errs686 = errors;if(errors === _errs686){if(typeof data293 == "number"){if(data293 < 0 || isNaN(data293)){const err194 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/tolerance/rtol",schemaPath:"#/properties/baseline/properties/metrics/items/properties/tolerance/oneOf/0/properties/rtol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}else {const err195 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/tolerance/rtol",schemaPath:"#/properties/baseline/properties/metrics/items/properties/tolerance/oneOf/0/properties/rtol/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}var valid110 = _errs686 === errors;}else {var valid110 = true;}}}}}else {const err196 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/tolerance",schemaPath:"#/properties/baseline/properties/metrics/items/properties/tolerance/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}}var _valid16 = _errs681 === errors;if(_valid16){valid109 = true;passing16 = 0;}const _errs688 = errors;if(data291 !== null){const err197 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/tolerance",schemaPath:"#/properties/baseline/properties/metrics/items/properties/tolerance/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}var _valid16 = _errs688 === errors;if(_valid16 && valid109){valid109 = false;passing16 = [passing16, 1];}else {if(_valid16){valid109 = true;passing16 = 1;}}if(!valid109){const err198 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/tolerance",schemaPath:"#/properties/baseline/properties/metrics/items/properties/tolerance/oneOf",keyword:"oneOf",params:{passingSchemas: passing16},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs680;if(vErrors !== null){if(_errs680){vErrors.length = _errs680;}else {vErrors = null;}}}var valid104 = _errs679 === errors;}else {var valid104 = true;}if(valid104){if(data284.toleranceRule !== undefined){let data294 = data284.toleranceRule;const _errs690 = errors;if((typeof data294 !== "string") && (data294 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/metrics/" + i31+"/toleranceRule",schemaPath:"#/properties/baseline/properties/metrics/items/properties/toleranceRule/type",keyword:"type",params:{type: schema11.properties.baseline.properties.metrics.items.properties.toleranceRule.type},message:"must be string,null"}];return false;}var valid104 = _errs690 === errors;}else {var valid104 = true;}if(valid104){if(data284.absDeviation !== undefined){let data295 = data284.absDeviation;const _errs692 = errors;if((!(typeof data295 == "number")) && (data295 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/metrics/" + i31+"/absDeviation",schemaPath:"#/properties/baseline/properties/metrics/items/properties/absDeviation/type",keyword:"type",params:{type: schema11.properties.baseline.properties.metrics.items.properties.absDeviation.type},message:"must be number,null"}];return false;}var valid104 = _errs692 === errors;}else {var valid104 = true;}if(valid104){if(data284.relDeviation !== undefined){let data296 = data284.relDeviation;const _errs694 = errors;if((!(typeof data296 == "number")) && (data296 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/metrics/" + i31+"/relDeviation",schemaPath:"#/properties/baseline/properties/metrics/items/properties/relDeviation/type",keyword:"type",params:{type: schema11.properties.baseline.properties.metrics.items.properties.relDeviation.type},message:"must be number,null"}];return false;}var valid104 = _errs694 === errors;}else {var valid104 = true;}if(valid104){if(data284.reason !== undefined){let data297 = data284.reason;const _errs696 = errors;if((typeof data297 !== "string") && (data297 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/metrics/" + i31+"/reason",schemaPath:"#/properties/baseline/properties/metrics/items/properties/reason/type",keyword:"type",params:{type: schema11.properties.baseline.properties.metrics.items.properties.reason.type},message:"must be string,null"}];return false;}var valid104 = _errs696 === errors;}else {var valid104 = true;}if(valid104){if(data284.referenceCommit !== undefined){let data298 = data284.referenceCommit;const _errs698 = errors;if((typeof data298 !== "string") && (data298 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/metrics/" + i31+"/referenceCommit",schemaPath:"#/properties/baseline/properties/metrics/items/properties/referenceCommit/type",keyword:"type",params:{type: schema11.properties.baseline.properties.metrics.items.properties.referenceCommit.type},message:"must be string,null"}];return false;}var valid104 = _errs698 === errors;}else {var valid104 = true;}if(valid104){if(data284.trend !== undefined){let data299 = data284.trend;const _errs700 = errors;if(errors === _errs700){if(Array.isArray(data299)){var valid111 = true;const len32 = data299.length;for(let i32=0; i32<len32; i32++){let data300 = data299[i32];const _errs702 = errors;const _errs703 = errors;let valid112 = false;let passing17 = null;const _errs704 = errors;if((((!(typeof data300 == "number")) && (typeof data300 !== "string")) && (typeof data300 !== "boolean")) && (data300 !== null)){const err199 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/trend/" + i32,schemaPath:"#/properties/baseline/properties/metrics/items/properties/trend/items/oneOf/0/type",keyword:"type",params:{type: schema11.properties.baseline.properties.metrics.items.properties.trend.items.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}var _valid17 = _errs704 === errors;if(_valid17){valid112 = true;passing17 = 0;}const _errs706 = errors;if(errors === _errs706){if(data300 && typeof data300 == "object" && !Array.isArray(data300)){let missing58;if((data300.nonFinite === undefined) && (missing58 = "nonFinite")){const err200 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/trend/" + i32,schemaPath:"#/properties/baseline/properties/metrics/items/properties/trend/items/oneOf/1/required",keyword:"required",params:{missingProperty: missing58},message:"must have required property '"+missing58+"'"};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}else {const _errs708 = errors;for(const key62 in data300){if(!(key62 === "nonFinite")){const err201 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/trend/" + i32,schemaPath:"#/properties/baseline/properties/metrics/items/properties/trend/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;break;}}if(_errs708 === errors){if(data300.nonFinite !== undefined){let data301 = data300.nonFinite;if(!(((data301 === "NaN") || (data301 === "Infinity")) || (data301 === "-Infinity"))){const err202 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/trend/" + i32+"/nonFinite",schemaPath:"#/properties/baseline/properties/metrics/items/properties/trend/items/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.baseline.properties.metrics.items.properties.trend.items.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}}}}}else {const err203 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/trend/" + i32,schemaPath:"#/properties/baseline/properties/metrics/items/properties/trend/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}}var _valid17 = _errs706 === errors;if(_valid17 && valid112){valid112 = false;passing17 = [passing17, 1];}else {if(_valid17){valid112 = true;passing17 = 1;}}if(!valid112){const err204 = {instancePath:instancePath+"/baseline/metrics/" + i31+"/trend/" + i32,schemaPath:"#/properties/baseline/properties/metrics/items/properties/trend/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing17},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs703;if(vErrors !== null){if(_errs703){vErrors.length = _errs703;}else {vErrors = null;}}}var valid111 = _errs702 === errors;if(!valid111){break;}}}else {validate10.errors = [{instancePath:instancePath+"/baseline/metrics/" + i31+"/trend",schemaPath:"#/properties/baseline/properties/metrics/items/properties/trend/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid104 = _errs700 === errors;}else {var valid104 = true;}}}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/baseline/metrics/" + i31,schemaPath:"#/properties/baseline/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid103 = _errs657 === errors;if(!valid103){break;}}}else {validate10.errors = [{instancePath:instancePath+"/baseline/metrics",schemaPath:"#/properties/baseline/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid102 = _errs655 === errors;}else {var valid102 = true;}if(valid102){if(data274.untrackedNotListed !== undefined){let data302 = data274.untrackedNotListed;const _errs710 = errors;if(!((typeof data302 == "number") && (!(data302 % 1) && !isNaN(data302)))){validate10.errors = [{instancePath:instancePath+"/baseline/untrackedNotListed",schemaPath:"#/properties/baseline/properties/untrackedNotListed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs710){if(typeof data302 == "number"){if(data302 < 1 || isNaN(data302)){validate10.errors = [{instancePath:instancePath+"/baseline/untrackedNotListed",schemaPath:"#/properties/baseline/properties/untrackedNotListed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];return false;}}}var valid102 = _errs710 === errors;}else {var valid102 = true;}if(valid102){if(data274.reproducibleShare !== undefined){let data303 = data274.reproducibleShare;const _errs712 = errors;if((!(typeof data303 == "number")) && (data303 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/reproducibleShare",schemaPath:"#/properties/baseline/properties/reproducibleShare/type",keyword:"type",params:{type: schema11.properties.baseline.properties.reproducibleShare.type},message:"must be number,null"}];return false;}if(errors === _errs712){if(typeof data303 == "number"){if(data303 > 1 || isNaN(data303)){validate10.errors = [{instancePath:instancePath+"/baseline/reproducibleShare",schemaPath:"#/properties/baseline/properties/reproducibleShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];return false;}else {if(data303 < 0 || isNaN(data303)){validate10.errors = [{instancePath:instancePath+"/baseline/reproducibleShare",schemaPath:"#/properties/baseline/properties/reproducibleShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}}var valid102 = _errs712 === errors;}else {var valid102 = true;}if(valid102){if(data274.defaultBranchRuns !== undefined){let data304 = data274.defaultBranchRuns;const _errs714 = errors;if(!((typeof data304 == "number") && (!(data304 % 1) && !isNaN(data304)))){validate10.errors = [{instancePath:instancePath+"/baseline/defaultBranchRuns",schemaPath:"#/properties/baseline/properties/defaultBranchRuns/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs714){if(typeof data304 == "number"){if(data304 < 0 || isNaN(data304)){validate10.errors = [{instancePath:instancePath+"/baseline/defaultBranchRuns",schemaPath:"#/properties/baseline/properties/defaultBranchRuns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid102 = _errs714 === errors;}else {var valid102 = true;}if(valid102){if(data274.verdict !== undefined){let data305 = data274.verdict;const _errs716 = errors;if(!(((data305 === "match") || (data305 === "drift")) || (data305 === "none"))){validate10.errors = [{instancePath:instancePath+"/baseline/verdict",schemaPath:"#/properties/baseline/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema11.properties.baseline.properties.verdict.enum},message:"must be equal to one of the allowed values"}];return false;}var valid102 = _errs716 === errors;}else {var valid102 = true;}if(valid102){if(data274.changes !== undefined){let data306 = data274.changes;const _errs717 = errors;if(errors === _errs717){if(Array.isArray(data306)){var valid114 = true;const len33 = data306.length;for(let i33=0; i33<len33; i33++){let data307 = data306[i33];const _errs719 = errors;if(errors === _errs719){if(data307 && typeof data307 == "object" && !Array.isArray(data307)){let missing59;if(((((data307.category === undefined) && (missing59 = "category")) || ((data307.subject === undefined) && (missing59 = "subject"))) || ((data307.before === undefined) && (missing59 = "before"))) || ((data307.after === undefined) && (missing59 = "after"))){validate10.errors = [{instancePath:instancePath+"/baseline/changes/" + i33,schemaPath:"#/properties/baseline/properties/changes/items/required",keyword:"required",params:{missingProperty: missing59},message:"must have required property '"+missing59+"'"}];return false;}else {const _errs721 = errors;for(const key63 in data307){if(!(((((key63 === "category") || (key63 === "subject")) || (key63 === "before")) || (key63 === "after")) || (key63 === "detail"))){validate10.errors = [{instancePath:instancePath+"/baseline/changes/" + i33,schemaPath:"#/properties/baseline/properties/changes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key63},message:"must NOT have additional properties"}];return false;break;}}if(_errs721 === errors){if(data307.category !== undefined){let data308 = data307.category;const _errs722 = errors;if(!((((((((((((((((data308 === "package") || (data308 === "lockfile")) || (data308 === "unpinned")) || (data308 === "python-package")) || (data308 === "framework")) || (data308 === "toolchain")) || (data308 === "gpu")) || (data308 === "container")) || (data308 === "runner")) || (data308 === "os")) || (data308 === "cpu")) || (data308 === "seed")) || (data308 === "math-env")) || (data308 === "data")) || (data308 === "snapshot")) || (data308 === "commit"))){validate10.errors = [{instancePath:instancePath+"/baseline/changes/" + i33+"/category",schemaPath:"#/properties/baseline/properties/changes/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema11.properties.baseline.properties.changes.items.properties.category.enum},message:"must be equal to one of the allowed values"}];return false;}var valid115 = _errs722 === errors;}else {var valid115 = true;}if(valid115){if(data307.subject !== undefined){const _errs723 = errors;if(typeof data307.subject !== "string"){validate10.errors = [{instancePath:instancePath+"/baseline/changes/" + i33+"/subject",schemaPath:"#/properties/baseline/properties/changes/items/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid115 = _errs723 === errors;}else {var valid115 = true;}if(valid115){if(data307.before !== undefined){let data310 = data307.before;const _errs725 = errors;if((typeof data310 !== "string") && (data310 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/changes/" + i33+"/before",schemaPath:"#/properties/baseline/properties/changes/items/properties/before/type",keyword:"type",params:{type: schema11.properties.baseline.properties.changes.items.properties.before.type},message:"must be string,null"}];return false;}var valid115 = _errs725 === errors;}else {var valid115 = true;}if(valid115){if(data307.after !== undefined){let data311 = data307.after;const _errs727 = errors;if((typeof data311 !== "string") && (data311 !== null)){validate10.errors = [{instancePath:instancePath+"/baseline/changes/" + i33+"/after",schemaPath:"#/properties/baseline/properties/changes/items/properties/after/type",keyword:"type",params:{type: schema11.properties.baseline.properties.changes.items.properties.after.type},message:"must be string,null"}];return false;}var valid115 = _errs727 === errors;}else {var valid115 = true;}if(valid115){if(data307.detail !== undefined){const _errs729 = errors;if(typeof data307.detail !== "string"){validate10.errors = [{instancePath:instancePath+"/baseline/changes/" + i33+"/detail",schemaPath:"#/properties/baseline/properties/changes/items/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid115 = _errs729 === errors;}else {var valid115 = true;}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/baseline/changes/" + i33,schemaPath:"#/properties/baseline/properties/changes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid114 = _errs719 === errors;if(!valid114){break;}}}else {validate10.errors = [{instancePath:instancePath+"/baseline/changes",schemaPath:"#/properties/baseline/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid102 = _errs717 === errors;}else {var valid102 = true;}if(valid102){if(data274.warnings !== undefined){let data313 = data274.warnings;const _errs731 = errors;if(errors === _errs731){if(Array.isArray(data313)){var valid116 = true;const len34 = data313.length;for(let i34=0; i34<len34; i34++){const _errs733 = errors;if(typeof data313[i34] !== "string"){validate10.errors = [{instancePath:instancePath+"/baseline/warnings/" + i34,schemaPath:"#/properties/baseline/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid116 = _errs733 === errors;if(!valid116){break;}}}else {validate10.errors = [{instancePath:instancePath+"/baseline/warnings",schemaPath:"#/properties/baseline/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid102 = _errs731 === errors;}else {var valid102 = true;}}}}}}}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs636 === errors;}else {var valid0 = true;}if(valid0){if(data.legs !== undefined){let data315 = data.legs;const _errs735 = errors;if(errors === _errs735){if(data315 && typeof data315 == "object" && !Array.isArray(data315)){let missing60;if(((((((data315.reference === undefined) && (missing60 = "reference")) || ((data315.referenceChosenBy === undefined) && (missing60 = "referenceChosenBy"))) || ((data315.legs === undefined) && (missing60 = "legs"))) || ((data315.metrics === undefined) && (missing60 = "metrics"))) || ((data315.driftingLegs === undefined) && (missing60 = "driftingLegs"))) || ((data315.warnings === undefined) && (missing60 = "warnings"))){validate10.errors = [{instancePath:instancePath+"/legs",schemaPath:"#/properties/legs/required",keyword:"required",params:{missingProperty: missing60},message:"must have required property '"+missing60+"'"}];return false;}else {const _errs737 = errors;for(const key64 in data315){if(!((((((key64 === "reference") || (key64 === "referenceChosenBy")) || (key64 === "legs")) || (key64 === "metrics")) || (key64 === "driftingLegs")) || (key64 === "warnings"))){validate10.errors = [{instancePath:instancePath+"/legs",schemaPath:"#/properties/legs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties"}];return false;break;}}if(_errs737 === errors){if(data315.reference !== undefined){const _errs738 = errors;if(typeof data315.reference !== "string"){validate10.errors = [{instancePath:instancePath+"/legs/reference",schemaPath:"#/properties/legs/properties/reference/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid117 = _errs738 === errors;}else {var valid117 = true;}if(valid117){if(data315.referenceChosenBy !== undefined){let data317 = data315.referenceChosenBy;const _errs740 = errors;if(!((data317 === "input") || (data317 === "first-by-name"))){validate10.errors = [{instancePath:instancePath+"/legs/referenceChosenBy",schemaPath:"#/properties/legs/properties/referenceChosenBy/enum",keyword:"enum",params:{allowedValues: schema11.properties.legs.properties.referenceChosenBy.enum},message:"must be equal to one of the allowed values"}];return false;}var valid117 = _errs740 === errors;}else {var valid117 = true;}if(valid117){if(data315.legs !== undefined){let data318 = data315.legs;const _errs741 = errors;if(errors === _errs741){if(Array.isArray(data318)){var valid118 = true;const len35 = data318.length;for(let i35=0; i35<len35; i35++){let data319 = data318[i35];const _errs743 = errors;if(errors === _errs743){if(data319 && typeof data319 == "object" && !Array.isArray(data319)){let missing61;if(((((((((((data319.name === undefined) && (missing61 = "name")) || ((data319.artifact === undefined) && (missing61 = "artifact"))) || ((data319.runner === undefined) && (missing61 = "runner"))) || ((data319.fingerprint === undefined) && (missing61 = "fingerprint"))) || ((data319.verdict === undefined) && (missing61 = "verdict"))) || ((data319.metrics === undefined) && (missing61 = "metrics"))) || ((data319.reference === undefined) && (missing61 = "reference"))) || ((data319.drift === undefined) && (missing61 = "drift"))) || ((data319.driftedMetrics === undefined) && (missing61 = "driftedMetrics"))) || ((data319.changes === undefined) && (missing61 = "changes"))){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35,schemaPath:"#/properties/legs/properties/legs/items/required",keyword:"required",params:{missingProperty: missing61},message:"must have required property '"+missing61+"'"}];return false;}else {const _errs745 = errors;for(const key65 in data319){if(!(func2.call(schema11.properties.legs.properties.legs.items.properties, key65))){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35,schemaPath:"#/properties/legs/properties/legs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties"}];return false;break;}}if(_errs745 === errors){if(data319.name !== undefined){const _errs746 = errors;if(typeof data319.name !== "string"){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/name",schemaPath:"#/properties/legs/properties/legs/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid119 = _errs746 === errors;}else {var valid119 = true;}if(valid119){if(data319.artifact !== undefined){const _errs748 = errors;if(typeof data319.artifact !== "string"){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/artifact",schemaPath:"#/properties/legs/properties/legs/items/properties/artifact/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid119 = _errs748 === errors;}else {var valid119 = true;}if(valid119){if(data319.runner !== undefined){let data322 = data319.runner;const _errs750 = errors;if((typeof data322 !== "string") && (data322 !== null)){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/runner",schemaPath:"#/properties/legs/properties/legs/items/properties/runner/type",keyword:"type",params:{type: schema11.properties.legs.properties.legs.items.properties.runner.type},message:"must be string,null"}];return false;}var valid119 = _errs750 === errors;}else {var valid119 = true;}if(valid119){if(data319.fingerprint !== undefined){let data323 = data319.fingerprint;const _errs752 = errors;if((typeof data323 !== "string") && (data323 !== null)){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/fingerprint",schemaPath:"#/properties/legs/properties/legs/items/properties/fingerprint/type",keyword:"type",params:{type: schema11.properties.legs.properties.legs.items.properties.fingerprint.type},message:"must be string,null"}];return false;}var valid119 = _errs752 === errors;}else {var valid119 = true;}if(valid119){if(data319.verdict !== undefined){let data324 = data319.verdict;const _errs754 = errors;if(!(((data324 === "reproducible") || (data324 === "drift")) || (data324 === "error"))){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/verdict",schemaPath:"#/properties/legs/properties/legs/items/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema11.properties.legs.properties.legs.items.properties.verdict.enum},message:"must be equal to one of the allowed values"}];return false;}var valid119 = _errs754 === errors;}else {var valid119 = true;}if(valid119){if(data319.metrics !== undefined){let data325 = data319.metrics;const _errs755 = errors;if(errors === _errs755){if(data325 && typeof data325 == "object" && !Array.isArray(data325)){for(const key66 in data325){let data326 = data325[key66];const _errs758 = errors;const _errs759 = errors;let valid121 = false;let passing18 = null;const _errs760 = errors;if((((!(typeof data326 == "number")) && (typeof data326 !== "string")) && (typeof data326 !== "boolean")) && (data326 !== null)){const err205 = {instancePath:instancePath+"/legs/legs/" + i35+"/metrics/" + key66.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/legs/properties/legs/items/properties/metrics/additionalProperties/oneOf/0/type",keyword:"type",params:{type: schema11.properties.legs.properties.legs.items.properties.metrics.additionalProperties.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}var _valid18 = _errs760 === errors;if(_valid18){valid121 = true;passing18 = 0;}const _errs762 = errors;if(errors === _errs762){if(data326 && typeof data326 == "object" && !Array.isArray(data326)){let missing62;if((data326.nonFinite === undefined) && (missing62 = "nonFinite")){const err206 = {instancePath:instancePath+"/legs/legs/" + i35+"/metrics/" + key66.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/legs/properties/legs/items/properties/metrics/additionalProperties/oneOf/1/required",keyword:"required",params:{missingProperty: missing62},message:"must have required property '"+missing62+"'"};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}else {const _errs764 = errors;for(const key67 in data326){if(!(key67 === "nonFinite")){const err207 = {instancePath:instancePath+"/legs/legs/" + i35+"/metrics/" + key66.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/legs/properties/legs/items/properties/metrics/additionalProperties/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;break;}}if(_errs764 === errors){if(data326.nonFinite !== undefined){let data327 = data326.nonFinite;if(!(((data327 === "NaN") || (data327 === "Infinity")) || (data327 === "-Infinity"))){const err208 = {instancePath:instancePath+"/legs/legs/" + i35+"/metrics/" + key66.replace(/~/g, "~0").replace(/\//g, "~1")+"/nonFinite",schemaPath:"#/properties/legs/properties/legs/items/properties/metrics/additionalProperties/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.legs.properties.legs.items.properties.metrics.additionalProperties.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}}}}}else {const err209 = {instancePath:instancePath+"/legs/legs/" + i35+"/metrics/" + key66.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/legs/properties/legs/items/properties/metrics/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err209];}else {vErrors.push(err209);}errors++;}}var _valid18 = _errs762 === errors;if(_valid18 && valid121){valid121 = false;passing18 = [passing18, 1];}else {if(_valid18){valid121 = true;passing18 = 1;}}if(!valid121){const err210 = {instancePath:instancePath+"/legs/legs/" + i35+"/metrics/" + key66.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/legs/properties/legs/items/properties/metrics/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing18},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err210];}else {vErrors.push(err210);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs759;if(vErrors !== null){if(_errs759){vErrors.length = _errs759;}else {vErrors = null;}}}var valid120 = _errs758 === errors;if(!valid120){break;}}}else {validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/metrics",schemaPath:"#/properties/legs/properties/legs/items/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid119 = _errs755 === errors;}else {var valid119 = true;}if(valid119){if(data319.reference !== undefined){const _errs766 = errors;if(typeof data319.reference !== "boolean"){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/reference",schemaPath:"#/properties/legs/properties/legs/items/properties/reference/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid119 = _errs766 === errors;}else {var valid119 = true;}if(valid119){if(data319.drift !== undefined){const _errs768 = errors;if(typeof data319.drift !== "boolean"){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/drift",schemaPath:"#/properties/legs/properties/legs/items/properties/drift/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid119 = _errs768 === errors;}else {var valid119 = true;}if(valid119){if(data319.driftedMetrics !== undefined){let data330 = data319.driftedMetrics;const _errs770 = errors;if(errors === _errs770){if(Array.isArray(data330)){var valid123 = true;const len36 = data330.length;for(let i36=0; i36<len36; i36++){const _errs772 = errors;if(typeof data330[i36] !== "string"){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/driftedMetrics/" + i36,schemaPath:"#/properties/legs/properties/legs/items/properties/driftedMetrics/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid123 = _errs772 === errors;if(!valid123){break;}}}else {validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/driftedMetrics",schemaPath:"#/properties/legs/properties/legs/items/properties/driftedMetrics/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid119 = _errs770 === errors;}else {var valid119 = true;}if(valid119){if(data319.changes !== undefined){let data332 = data319.changes;const _errs774 = errors;if(errors === _errs774){if(Array.isArray(data332)){var valid124 = true;const len37 = data332.length;for(let i37=0; i37<len37; i37++){let data333 = data332[i37];const _errs776 = errors;if(errors === _errs776){if(data333 && typeof data333 == "object" && !Array.isArray(data333)){let missing63;if(((((data333.category === undefined) && (missing63 = "category")) || ((data333.subject === undefined) && (missing63 = "subject"))) || ((data333.before === undefined) && (missing63 = "before"))) || ((data333.after === undefined) && (missing63 = "after"))){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/changes/" + i37,schemaPath:"#/properties/legs/properties/legs/items/properties/changes/items/required",keyword:"required",params:{missingProperty: missing63},message:"must have required property '"+missing63+"'"}];return false;}else {const _errs778 = errors;for(const key68 in data333){if(!(((((key68 === "category") || (key68 === "subject")) || (key68 === "before")) || (key68 === "after")) || (key68 === "detail"))){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/changes/" + i37,schemaPath:"#/properties/legs/properties/legs/items/properties/changes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties"}];return false;break;}}if(_errs778 === errors){if(data333.category !== undefined){let data334 = data333.category;const _errs779 = errors;if(!((((((((((((((((data334 === "package") || (data334 === "lockfile")) || (data334 === "unpinned")) || (data334 === "python-package")) || (data334 === "framework")) || (data334 === "toolchain")) || (data334 === "gpu")) || (data334 === "container")) || (data334 === "runner")) || (data334 === "os")) || (data334 === "cpu")) || (data334 === "seed")) || (data334 === "math-env")) || (data334 === "data")) || (data334 === "snapshot")) || (data334 === "commit"))){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/changes/" + i37+"/category",schemaPath:"#/properties/legs/properties/legs/items/properties/changes/items/properties/category/enum",keyword:"enum",params:{allowedValues: schema11.properties.legs.properties.legs.items.properties.changes.items.properties.category.enum},message:"must be equal to one of the allowed values"}];return false;}var valid125 = _errs779 === errors;}else {var valid125 = true;}if(valid125){if(data333.subject !== undefined){const _errs780 = errors;if(typeof data333.subject !== "string"){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/changes/" + i37+"/subject",schemaPath:"#/properties/legs/properties/legs/items/properties/changes/items/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid125 = _errs780 === errors;}else {var valid125 = true;}if(valid125){if(data333.before !== undefined){let data336 = data333.before;const _errs782 = errors;if((typeof data336 !== "string") && (data336 !== null)){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/changes/" + i37+"/before",schemaPath:"#/properties/legs/properties/legs/items/properties/changes/items/properties/before/type",keyword:"type",params:{type: schema11.properties.legs.properties.legs.items.properties.changes.items.properties.before.type},message:"must be string,null"}];return false;}var valid125 = _errs782 === errors;}else {var valid125 = true;}if(valid125){if(data333.after !== undefined){let data337 = data333.after;const _errs784 = errors;if((typeof data337 !== "string") && (data337 !== null)){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/changes/" + i37+"/after",schemaPath:"#/properties/legs/properties/legs/items/properties/changes/items/properties/after/type",keyword:"type",params:{type: schema11.properties.legs.properties.legs.items.properties.changes.items.properties.after.type},message:"must be string,null"}];return false;}var valid125 = _errs784 === errors;}else {var valid125 = true;}if(valid125){if(data333.detail !== undefined){const _errs786 = errors;if(typeof data333.detail !== "string"){validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/changes/" + i37+"/detail",schemaPath:"#/properties/legs/properties/legs/items/properties/changes/items/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid125 = _errs786 === errors;}else {var valid125 = true;}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/changes/" + i37,schemaPath:"#/properties/legs/properties/legs/items/properties/changes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid124 = _errs776 === errors;if(!valid124){break;}}}else {validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35+"/changes",schemaPath:"#/properties/legs/properties/legs/items/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid119 = _errs774 === errors;}else {var valid119 = true;}}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/legs/legs/" + i35,schemaPath:"#/properties/legs/properties/legs/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid118 = _errs743 === errors;if(!valid118){break;}}}else {validate10.errors = [{instancePath:instancePath+"/legs/legs",schemaPath:"#/properties/legs/properties/legs/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid117 = _errs741 === errors;}else {var valid117 = true;}if(valid117){if(data315.metrics !== undefined){let data339 = data315.metrics;const _errs788 = errors;if(errors === _errs788){if(Array.isArray(data339)){var valid126 = true;const len38 = data339.length;for(let i38=0; i38<len38; i38++){let data340 = data339[i38];const _errs790 = errors;if(errors === _errs790){if(data340 && typeof data340 == "object" && !Array.isArray(data340)){let missing64;if((((((((((data340.name === undefined) && (missing64 = "name")) || ((data340.status === undefined) && (missing64 = "status"))) || ((data340.values === undefined) && (missing64 = "values"))) || ((data340.tolerance === undefined) && (missing64 = "tolerance"))) || ((data340.toleranceRule === undefined) && (missing64 = "toleranceRule"))) || ((data340.maxAbsDeviation === undefined) && (missing64 = "maxAbsDeviation"))) || ((data340.maxRelDeviation === undefined) && (missing64 = "maxRelDeviation"))) || ((data340.driftLegs === undefined) && (missing64 = "driftLegs"))) || ((data340.reason === undefined) && (missing64 = "reason"))){validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38,schemaPath:"#/properties/legs/properties/metrics/items/required",keyword:"required",params:{missingProperty: missing64},message:"must have required property '"+missing64+"'"}];return false;}else {const _errs792 = errors;for(const key69 in data340){if(!(func2.call(schema11.properties.legs.properties.metrics.items.properties, key69))){validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38,schemaPath:"#/properties/legs/properties/metrics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties"}];return false;break;}}if(_errs792 === errors){if(data340.name !== undefined){const _errs793 = errors;if(typeof data340.name !== "string"){validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38+"/name",schemaPath:"#/properties/legs/properties/metrics/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid127 = _errs793 === errors;}else {var valid127 = true;}if(valid127){if(data340.status !== undefined){let data342 = data340.status;const _errs795 = errors;if(!(((data342 === "pass") || (data342 === "drift")) || (data342 === "ignored"))){validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38+"/status",schemaPath:"#/properties/legs/properties/metrics/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.legs.properties.metrics.items.properties.status.enum},message:"must be equal to one of the allowed values"}];return false;}var valid127 = _errs795 === errors;}else {var valid127 = true;}if(valid127){if(data340.values !== undefined){let data343 = data340.values;const _errs796 = errors;if(errors === _errs796){if(data343 && typeof data343 == "object" && !Array.isArray(data343)){for(const key70 in data343){let data344 = data343[key70];const _errs799 = errors;const _errs800 = errors;let valid129 = false;let passing19 = null;const _errs801 = errors;if((((!(typeof data344 == "number")) && (typeof data344 !== "string")) && (typeof data344 !== "boolean")) && (data344 !== null)){const err211 = {instancePath:instancePath+"/legs/metrics/" + i38+"/values/" + key70.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/legs/properties/metrics/items/properties/values/additionalProperties/oneOf/0/type",keyword:"type",params:{type: schema11.properties.legs.properties.metrics.items.properties.values.additionalProperties.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err211];}else {vErrors.push(err211);}errors++;}var _valid19 = _errs801 === errors;if(_valid19){valid129 = true;passing19 = 0;}const _errs803 = errors;if(errors === _errs803){if(data344 && typeof data344 == "object" && !Array.isArray(data344)){let missing65;if((data344.nonFinite === undefined) && (missing65 = "nonFinite")){const err212 = {instancePath:instancePath+"/legs/metrics/" + i38+"/values/" + key70.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/legs/properties/metrics/items/properties/values/additionalProperties/oneOf/1/required",keyword:"required",params:{missingProperty: missing65},message:"must have required property '"+missing65+"'"};if(vErrors === null){vErrors = [err212];}else {vErrors.push(err212);}errors++;}else {const _errs805 = errors;for(const key71 in data344){if(!(key71 === "nonFinite")){const err213 = {instancePath:instancePath+"/legs/metrics/" + i38+"/values/" + key70.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/legs/properties/metrics/items/properties/values/additionalProperties/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err213];}else {vErrors.push(err213);}errors++;break;}}if(_errs805 === errors){if(data344.nonFinite !== undefined){let data345 = data344.nonFinite;if(!(((data345 === "NaN") || (data345 === "Infinity")) || (data345 === "-Infinity"))){const err214 = {instancePath:instancePath+"/legs/metrics/" + i38+"/values/" + key70.replace(/~/g, "~0").replace(/\//g, "~1")+"/nonFinite",schemaPath:"#/properties/legs/properties/metrics/items/properties/values/additionalProperties/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.legs.properties.metrics.items.properties.values.additionalProperties.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err214];}else {vErrors.push(err214);}errors++;}}}}}else {const err215 = {instancePath:instancePath+"/legs/metrics/" + i38+"/values/" + key70.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/legs/properties/metrics/items/properties/values/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err215];}else {vErrors.push(err215);}errors++;}}var _valid19 = _errs803 === errors;if(_valid19 && valid129){valid129 = false;passing19 = [passing19, 1];}else {if(_valid19){valid129 = true;passing19 = 1;}}if(!valid129){const err216 = {instancePath:instancePath+"/legs/metrics/" + i38+"/values/" + key70.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/legs/properties/metrics/items/properties/values/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing19},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err216];}else {vErrors.push(err216);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs800;if(vErrors !== null){if(_errs800){vErrors.length = _errs800;}else {vErrors = null;}}}var valid128 = _errs799 === errors;if(!valid128){break;}}}else {validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38+"/values",schemaPath:"#/properties/legs/properties/metrics/items/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid127 = _errs796 === errors;}else {var valid127 = true;}if(valid127){if(data340.tolerance !== undefined){let data346 = data340.tolerance;const _errs807 = errors;const _errs808 = errors;let valid131 = false;let passing20 = null;const _errs809 = errors;if(errors === _errs809){if(data346 && typeof data346 == "object" && !Array.isArray(data346)){let missing66;if(((data346.atol === undefined) && (missing66 = "atol")) || ((data346.rtol === undefined) && (missing66 = "rtol"))){const err217 = {instancePath:instancePath+"/legs/metrics/" + i38+"/tolerance",schemaPath:"#/properties/legs/properties/metrics/items/properties/tolerance/oneOf/0/required",keyword:"required",params:{missingProperty: missing66},message:"must have required property '"+missing66+"'"};if(vErrors === null){vErrors = [err217];}else {vErrors.push(err217);}errors++;}else {const _errs811 = errors;for(const key72 in data346){if(!((key72 === "atol") || (key72 === "rtol"))){const err218 = {instancePath:instancePath+"/legs/metrics/" + i38+"/tolerance",schemaPath:"#/properties/legs/properties/metrics/items/properties/tolerance/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err218];}else {vErrors.push(err218);}errors++;break;}}if(_errs811 === errors){if(data346.atol !== undefined){let data347 = data346.atol;const _errs812 = errors;if(errors === _errs812){if(typeof data347 == "number"){if(data347 < 0 || isNaN(data347)){const err219 = {instancePath:instancePath+"/legs/metrics/" + i38+"/tolerance/atol",schemaPath:"#/properties/legs/properties/metrics/items/properties/tolerance/oneOf/0/properties/atol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err219];}else {vErrors.push(err219);}errors++;}}else {const err220 = {instancePath:instancePath+"/legs/metrics/" + i38+"/tolerance/atol",schemaPath:"#/properties/legs/properties/metrics/items/properties/tolerance/oneOf/0/properties/atol/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err220];}else {vErrors.push(err220);}errors++;}}var valid132 = _errs812 === errors;}else {var valid132 = true;}if(valid132){if(data346.rtol !== undefined){let data348 = data346.rtol;const _errs814 = errors;if(errors === _errs814){if(typeof data348 == "number"){if(data348 < 0 || isNaN(data348)){const err221 = {instancePath:instancePath+"/legs/metrics/" + i38+"/tolerance/rtol",schemaPath:"#/properties/legs/properties/metrics/items/properties/tolerance/oneOf/0/properties/rtol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err221];}else {vErrors.push(err221);}errors++;}}else {const err222 = {instancePath:instancePath+"/legs/metrics/" + i38+"/tolerance/rtol",schemaPath:"#/properties/legs/properties/metrics/items/properties/tolerance/oneOf/0/properties/rtol/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err222];}else {vErrors.push(err222);}errors++;}}var valid132 = _errs814 === errors;}else {var valid132 = true;}}}}}else {const err223 = {instancePath:instancePath+"/legs/metrics/" + i38+"/tolerance",schemaPath:"#/properties/legs/properties/metrics/items/properties/tolerance/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err223];}else {vErrors.push(err223);}errors++;}}var _valid20 = _errs809 === errors;if(_valid20){valid131 = true;passing20 = 0;}const _errs816 = errors;if(data346 !== null){const err224 = {instancePath:instancePath+"/legs/metrics/" + i38+"/tolerance",schemaPath:"#/properties/legs/properties/metrics/items/properties/tolerance/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err224];}else {vErrors.push(err224);}errors++;}var _valid20 = _errs816 === errors;if(_valid20 && valid131){valid131 = false;passing20 = [passing20, 1];}else {if(_valid20){valid131 = true;passing20 = 1;}}if(!valid131){const err225 = {instancePath:instancePath+"/legs/metrics/" + i38+"/tolerance",schemaPath:"#/properties/legs/properties/metrics/items/properties/tolerance/oneOf",keyword:"oneOf",params:{passingSchemas: passing20},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err225];}else {vErrors.push(err225);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs808;if(vErrors !== null){if(_errs808){vErrors.length = _errs808;}else {vErrors = null;}}}var valid127 = _errs807 === errors;}else {var valid127 = true;}if(valid127){if(data340.toleranceRule !== undefined){let data349 = data340.toleranceRule;const _errs818 = errors;if((typeof data349 !== "string") && (data349 !== null)){validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38+"/toleranceRule",schemaPath:"#/properties/legs/properties/metrics/items/properties/toleranceRule/type",keyword:"type",params:{type: schema11.properties.legs.properties.metrics.items.properties.toleranceRule.type},message:"must be string,null"}];return false;}var valid127 = _errs818 === errors;}else {var valid127 = true;}if(valid127){if(data340.maxAbsDeviation !== undefined){let data350 = data340.maxAbsDeviation;const _errs820 = errors;if((!(typeof data350 == "number")) && (data350 !== null)){validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38+"/maxAbsDeviation",schemaPath:"#/properties/legs/properties/metrics/items/properties/maxAbsDeviation/type",keyword:"type",params:{type: schema11.properties.legs.properties.metrics.items.properties.maxAbsDeviation.type},message:"must be number,null"}];return false;}var valid127 = _errs820 === errors;}else {var valid127 = true;}if(valid127){if(data340.maxRelDeviation !== undefined){let data351 = data340.maxRelDeviation;const _errs822 = errors;if((!(typeof data351 == "number")) && (data351 !== null)){validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38+"/maxRelDeviation",schemaPath:"#/properties/legs/properties/metrics/items/properties/maxRelDeviation/type",keyword:"type",params:{type: schema11.properties.legs.properties.metrics.items.properties.maxRelDeviation.type},message:"must be number,null"}];return false;}var valid127 = _errs822 === errors;}else {var valid127 = true;}if(valid127){if(data340.driftLegs !== undefined){let data352 = data340.driftLegs;const _errs824 = errors;if(errors === _errs824){if(Array.isArray(data352)){var valid133 = true;const len39 = data352.length;for(let i39=0; i39<len39; i39++){const _errs826 = errors;if(typeof data352[i39] !== "string"){validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38+"/driftLegs/" + i39,schemaPath:"#/properties/legs/properties/metrics/items/properties/driftLegs/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid133 = _errs826 === errors;if(!valid133){break;}}}else {validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38+"/driftLegs",schemaPath:"#/properties/legs/properties/metrics/items/properties/driftLegs/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid127 = _errs824 === errors;}else {var valid127 = true;}if(valid127){if(data340.reason !== undefined){let data354 = data340.reason;const _errs828 = errors;if((typeof data354 !== "string") && (data354 !== null)){validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38+"/reason",schemaPath:"#/properties/legs/properties/metrics/items/properties/reason/type",keyword:"type",params:{type: schema11.properties.legs.properties.metrics.items.properties.reason.type},message:"must be string,null"}];return false;}var valid127 = _errs828 === errors;}else {var valid127 = true;}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/legs/metrics/" + i38,schemaPath:"#/properties/legs/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid126 = _errs790 === errors;if(!valid126){break;}}}else {validate10.errors = [{instancePath:instancePath+"/legs/metrics",schemaPath:"#/properties/legs/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid117 = _errs788 === errors;}else {var valid117 = true;}if(valid117){if(data315.driftingLegs !== undefined){let data355 = data315.driftingLegs;const _errs830 = errors;if(errors === _errs830){if(Array.isArray(data355)){var valid134 = true;const len40 = data355.length;for(let i40=0; i40<len40; i40++){const _errs832 = errors;if(typeof data355[i40] !== "string"){validate10.errors = [{instancePath:instancePath+"/legs/driftingLegs/" + i40,schemaPath:"#/properties/legs/properties/driftingLegs/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid134 = _errs832 === errors;if(!valid134){break;}}}else {validate10.errors = [{instancePath:instancePath+"/legs/driftingLegs",schemaPath:"#/properties/legs/properties/driftingLegs/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid117 = _errs830 === errors;}else {var valid117 = true;}if(valid117){if(data315.warnings !== undefined){let data357 = data315.warnings;const _errs834 = errors;if(errors === _errs834){if(Array.isArray(data357)){var valid135 = true;const len41 = data357.length;for(let i41=0; i41<len41; i41++){const _errs836 = errors;if(typeof data357[i41] !== "string"){validate10.errors = [{instancePath:instancePath+"/legs/warnings/" + i41,schemaPath:"#/properties/legs/properties/warnings/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid135 = _errs836 === errors;if(!valid135){break;}}}else {validate10.errors = [{instancePath:instancePath+"/legs/warnings",schemaPath:"#/properties/legs/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid117 = _errs834 === errors;}else {var valid117 = true;}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/legs",schemaPath:"#/properties/legs/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs735 === errors;}else {var valid0 = true;}if(valid0){if(data.variations !== undefined){let data359 = data.variations;const _errs838 = errors;if(errors === _errs838){if(data359 && typeof data359 == "object" && !Array.isArray(data359)){let missing67;if((((((((((data359.requested === undefined) && (missing67 = "requested")) || ((data359.factors === undefined) && (missing67 = "factors"))) || ((data359.status === undefined) && (missing67 = "status"))) || ((data359.message === undefined) && (missing67 = "message"))) || ((data359.culprits === undefined) && (missing67 = "culprits"))) || ((data359.untested === undefined) && (missing67 = "untested"))) || ((data359.runs === undefined) && (missing67 = "runs"))) || ((data359.maxRuns === undefined) && (missing67 = "maxRuns"))) || ((data359.durationMs === undefined) && (missing67 = "durationMs"))){validate10.errors = [{instancePath:instancePath+"/variations",schemaPath:"#/properties/variations/required",keyword:"required",params:{missingProperty: missing67},message:"must have required property '"+missing67+"'"}];return false;}else {const _errs840 = errors;for(const key73 in data359){if(!(func2.call(schema11.properties.variations.properties, key73))){validate10.errors = [{instancePath:instancePath+"/variations",schemaPath:"#/properties/variations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key73},message:"must NOT have additional properties"}];return false;break;}}if(_errs840 === errors){if(data359.requested !== undefined){let data360 = data359.requested;const _errs841 = errors;if(errors === _errs841){if(Array.isArray(data360)){var valid137 = true;const len42 = data360.length;for(let i42=0; i42<len42; i42++){let data361 = data360[i42];const _errs843 = errors;if(!((((((((data361 === "hashseed") || (data361 === "timezone")) || (data361 === "locale")) || (data361 === "threads")) || (data361 === "cwd")) || (data361 === "umask")) || (data361 === "home")) || (data361 === "hostname"))){validate10.errors = [{instancePath:instancePath+"/variations/requested/" + i42,schemaPath:"#/properties/variations/properties/requested/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.requested.items.enum},message:"must be equal to one of the allowed values"}];return false;}var valid137 = _errs843 === errors;if(!valid137){break;}}}else {validate10.errors = [{instancePath:instancePath+"/variations/requested",schemaPath:"#/properties/variations/properties/requested/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid136 = _errs841 === errors;}else {var valid136 = true;}if(valid136){if(data359.factors !== undefined){let data362 = data359.factors;const _errs844 = errors;if(errors === _errs844){if(Array.isArray(data362)){var valid138 = true;const len43 = data362.length;for(let i43=0; i43<len43; i43++){let data363 = data362[i43];const _errs846 = errors;if(errors === _errs846){if(data363 && typeof data363 == "object" && !Array.isArray(data363)){let missing68;if((((((((data363.name === undefined) && (missing68 = "name")) || ((data363.varied === undefined) && (missing68 = "varied"))) || ((data363.reason === undefined) && (missing68 = "reason"))) || ((data363.control === undefined) && (missing68 = "control"))) || ((data363.value === undefined) && (missing68 = "value"))) || ((data363.variables === undefined) && (missing68 = "variables"))) || ((data363.note === undefined) && (missing68 = "note"))){validate10.errors = [{instancePath:instancePath+"/variations/factors/" + i43,schemaPath:"#/properties/variations/properties/factors/items/required",keyword:"required",params:{missingProperty: missing68},message:"must have required property '"+missing68+"'"}];return false;}else {const _errs848 = errors;for(const key74 in data363){if(!(((((((key74 === "name") || (key74 === "varied")) || (key74 === "reason")) || (key74 === "control")) || (key74 === "value")) || (key74 === "variables")) || (key74 === "note"))){validate10.errors = [{instancePath:instancePath+"/variations/factors/" + i43,schemaPath:"#/properties/variations/properties/factors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key74},message:"must NOT have additional properties"}];return false;break;}}if(_errs848 === errors){if(data363.name !== undefined){let data364 = data363.name;const _errs849 = errors;if(!((((((((data364 === "hashseed") || (data364 === "timezone")) || (data364 === "locale")) || (data364 === "threads")) || (data364 === "cwd")) || (data364 === "umask")) || (data364 === "home")) || (data364 === "hostname"))){validate10.errors = [{instancePath:instancePath+"/variations/factors/" + i43+"/name",schemaPath:"#/properties/variations/properties/factors/items/properties/name/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.factors.items.properties.name.enum},message:"must be equal to one of the allowed values"}];return false;}var valid139 = _errs849 === errors;}else {var valid139 = true;}if(valid139){if(data363.varied !== undefined){const _errs850 = errors;if(typeof data363.varied !== "boolean"){validate10.errors = [{instancePath:instancePath+"/variations/factors/" + i43+"/varied",schemaPath:"#/properties/variations/properties/factors/items/properties/varied/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid139 = _errs850 === errors;}else {var valid139 = true;}if(valid139){if(data363.reason !== undefined){let data366 = data363.reason;const _errs852 = errors;if((typeof data366 !== "string") && (data366 !== null)){validate10.errors = [{instancePath:instancePath+"/variations/factors/" + i43+"/reason",schemaPath:"#/properties/variations/properties/factors/items/properties/reason/type",keyword:"type",params:{type: schema11.properties.variations.properties.factors.items.properties.reason.type},message:"must be string,null"}];return false;}var valid139 = _errs852 === errors;}else {var valid139 = true;}if(valid139){if(data363.control !== undefined){const _errs854 = errors;if(typeof data363.control !== "string"){validate10.errors = [{instancePath:instancePath+"/variations/factors/" + i43+"/control",schemaPath:"#/properties/variations/properties/factors/items/properties/control/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid139 = _errs854 === errors;}else {var valid139 = true;}if(valid139){if(data363.value !== undefined){let data368 = data363.value;const _errs856 = errors;if((typeof data368 !== "string") && (data368 !== null)){validate10.errors = [{instancePath:instancePath+"/variations/factors/" + i43+"/value",schemaPath:"#/properties/variations/properties/factors/items/properties/value/type",keyword:"type",params:{type: schema11.properties.variations.properties.factors.items.properties.value.type},message:"must be string,null"}];return false;}var valid139 = _errs856 === errors;}else {var valid139 = true;}if(valid139){if(data363.variables !== undefined){let data369 = data363.variables;const _errs858 = errors;if(errors === _errs858){if(data369 && typeof data369 == "object" && !Array.isArray(data369)){for(const key75 in data369){let data370 = data369[key75];const _errs861 = errors;if((typeof data370 !== "string") && (data370 !== null)){validate10.errors = [{instancePath:instancePath+"/variations/factors/" + i43+"/variables/" + key75.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/variations/properties/factors/items/properties/variables/additionalProperties/type",keyword:"type",params:{type: schema11.properties.variations.properties.factors.items.properties.variables.additionalProperties.type},message:"must be string,null"}];return false;}var valid140 = _errs861 === errors;if(!valid140){break;}}}else {validate10.errors = [{instancePath:instancePath+"/variations/factors/" + i43+"/variables",schemaPath:"#/properties/variations/properties/factors/items/properties/variables/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid139 = _errs858 === errors;}else {var valid139 = true;}if(valid139){if(data363.note !== undefined){let data371 = data363.note;const _errs863 = errors;if((typeof data371 !== "string") && (data371 !== null)){validate10.errors = [{instancePath:instancePath+"/variations/factors/" + i43+"/note",schemaPath:"#/properties/variations/properties/factors/items/properties/note/type",keyword:"type",params:{type: schema11.properties.variations.properties.factors.items.properties.note.type},message:"must be string,null"}];return false;}var valid139 = _errs863 === errors;}else {var valid139 = true;}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/variations/factors/" + i43,schemaPath:"#/properties/variations/properties/factors/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid138 = _errs846 === errors;if(!valid138){break;}}}else {validate10.errors = [{instancePath:instancePath+"/variations/factors",schemaPath:"#/properties/variations/properties/factors/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid136 = _errs844 === errors;}else {var valid136 = true;}if(valid136){if(data359.status !== undefined){let data372 = data359.status;const _errs865 = errors;if(!(((((data372 === "insensitive") || (data372 === "sensitive")) || (data372 === "interaction")) || (data372 === "inconclusive")) || (data372 === "skipped"))){validate10.errors = [{instancePath:instancePath+"/variations/status",schemaPath:"#/properties/variations/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.status.enum},message:"must be equal to one of the allowed values"}];return false;}var valid136 = _errs865 === errors;}else {var valid136 = true;}if(valid136){if(data359.message !== undefined){const _errs866 = errors;if(typeof data359.message !== "string"){validate10.errors = [{instancePath:instancePath+"/variations/message",schemaPath:"#/properties/variations/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid136 = _errs866 === errors;}else {var valid136 = true;}if(valid136){if(data359.culprits !== undefined){let data374 = data359.culprits;const _errs868 = errors;if(errors === _errs868){if(Array.isArray(data374)){var valid141 = true;const len44 = data374.length;for(let i44=0; i44<len44; i44++){let data375 = data374[i44];const _errs870 = errors;if(errors === _errs870){if(data375 && typeof data375 == "object" && !Array.isArray(data375)){let missing69;if(((((data375.factor === undefined) && (missing69 = "factor")) || ((data375.changes === undefined) && (missing69 = "changes"))) || ((data375.error === undefined) && (missing69 = "error"))) || ((data375.summary === undefined) && (missing69 = "summary"))){validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44,schemaPath:"#/properties/variations/properties/culprits/items/required",keyword:"required",params:{missingProperty: missing69},message:"must have required property '"+missing69+"'"}];return false;}else {const _errs872 = errors;for(const key76 in data375){if(!((((key76 === "factor") || (key76 === "changes")) || (key76 === "error")) || (key76 === "summary"))){validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44,schemaPath:"#/properties/variations/properties/culprits/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key76},message:"must NOT have additional properties"}];return false;break;}}if(_errs872 === errors){if(data375.factor !== undefined){let data376 = data375.factor;const _errs873 = errors;if(!((((((((data376 === "hashseed") || (data376 === "timezone")) || (data376 === "locale")) || (data376 === "threads")) || (data376 === "cwd")) || (data376 === "umask")) || (data376 === "home")) || (data376 === "hostname"))){validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44+"/factor",schemaPath:"#/properties/variations/properties/culprits/items/properties/factor/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.culprits.items.properties.factor.enum},message:"must be equal to one of the allowed values"}];return false;}var valid142 = _errs873 === errors;}else {var valid142 = true;}if(valid142){if(data375.changes !== undefined){let data377 = data375.changes;const _errs874 = errors;if(errors === _errs874){if(Array.isArray(data377)){var valid143 = true;const len45 = data377.length;for(let i45=0; i45<len45; i45++){let data378 = data377[i45];const _errs876 = errors;if(errors === _errs876){if(data378 && typeof data378 == "object" && !Array.isArray(data378)){let missing70;if((((((data378.kind === undefined) && (missing70 = "kind")) || ((data378.name === undefined) && (missing70 = "name"))) || ((data378.control === undefined) && (missing70 = "control"))) || ((data378.varied === undefined) && (missing70 = "varied"))) || ((data378.absDeviation === undefined) && (missing70 = "absDeviation"))){validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45,schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/required",keyword:"required",params:{missingProperty: missing70},message:"must have required property '"+missing70+"'"}];return false;}else {const _errs878 = errors;for(const key77 in data378){if(!(((((key77 === "kind") || (key77 === "name")) || (key77 === "control")) || (key77 === "varied")) || (key77 === "absDeviation"))){validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45,schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key77},message:"must NOT have additional properties"}];return false;break;}}if(_errs878 === errors){if(data378.kind !== undefined){let data379 = data378.kind;const _errs879 = errors;if(!((data379 === "metric") || (data379 === "artifact"))){validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/kind",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.culprits.items.properties.changes.items.properties.kind.enum},message:"must be equal to one of the allowed values"}];return false;}var valid144 = _errs879 === errors;}else {var valid144 = true;}if(valid144){if(data378.name !== undefined){const _errs880 = errors;if(typeof data378.name !== "string"){validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/name",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid144 = _errs880 === errors;}else {var valid144 = true;}if(valid144){if(data378.control !== undefined){let data381 = data378.control;const _errs882 = errors;const _errs883 = errors;let valid145 = false;let passing21 = null;const _errs884 = errors;if((((!(typeof data381 == "number")) && (typeof data381 !== "string")) && (typeof data381 !== "boolean")) && (data381 !== null)){const err226 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/control",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/control/oneOf/0/type",keyword:"type",params:{type: schema11.properties.variations.properties.culprits.items.properties.changes.items.properties.control.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err226];}else {vErrors.push(err226);}errors++;}var _valid21 = _errs884 === errors;if(_valid21){valid145 = true;passing21 = 0;}const _errs886 = errors;if(errors === _errs886){if(data381 && typeof data381 == "object" && !Array.isArray(data381)){let missing71;if((data381.nonFinite === undefined) && (missing71 = "nonFinite")){const err227 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/control",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/control/oneOf/1/required",keyword:"required",params:{missingProperty: missing71},message:"must have required property '"+missing71+"'"};if(vErrors === null){vErrors = [err227];}else {vErrors.push(err227);}errors++;}else {const _errs888 = errors;for(const key78 in data381){if(!(key78 === "nonFinite")){const err228 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/control",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/control/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key78},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err228];}else {vErrors.push(err228);}errors++;break;}}if(_errs888 === errors){if(data381.nonFinite !== undefined){let data382 = data381.nonFinite;if(!(((data382 === "NaN") || (data382 === "Infinity")) || (data382 === "-Infinity"))){const err229 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/control/nonFinite",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/control/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.culprits.items.properties.changes.items.properties.control.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err229];}else {vErrors.push(err229);}errors++;}}}}}else {const err230 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/control",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/control/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err230];}else {vErrors.push(err230);}errors++;}}var _valid21 = _errs886 === errors;if(_valid21 && valid145){valid145 = false;passing21 = [passing21, 1];}else {if(_valid21){valid145 = true;passing21 = 1;}}if(!valid145){const err231 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/control",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/control/oneOf",keyword:"oneOf",params:{passingSchemas: passing21},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err231];}else {vErrors.push(err231);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs883;if(vErrors !== null){if(_errs883){vErrors.length = _errs883;}else {vErrors = null;}}}var valid144 = _errs882 === errors;}else {var valid144 = true;}if(valid144){if(data378.varied !== undefined){let data383 = data378.varied;const _errs890 = errors;const _errs891 = errors;let valid147 = false;let passing22 = null;const _errs892 = errors;if((((!(typeof data383 == "number")) && (typeof data383 !== "string")) && (typeof data383 !== "boolean")) && (data383 !== null)){const err232 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/varied",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/varied/oneOf/0/type",keyword:"type",params:{type: schema11.properties.variations.properties.culprits.items.properties.changes.items.properties.varied.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err232];}else {vErrors.push(err232);}errors++;}var _valid22 = _errs892 === errors;if(_valid22){valid147 = true;passing22 = 0;}const _errs894 = errors;if(errors === _errs894){if(data383 && typeof data383 == "object" && !Array.isArray(data383)){let missing72;if((data383.nonFinite === undefined) && (missing72 = "nonFinite")){const err233 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/varied",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/varied/oneOf/1/required",keyword:"required",params:{missingProperty: missing72},message:"must have required property '"+missing72+"'"};if(vErrors === null){vErrors = [err233];}else {vErrors.push(err233);}errors++;}else {const _errs896 = errors;for(const key79 in data383){if(!(key79 === "nonFinite")){const err234 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/varied",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/varied/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key79},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err234];}else {vErrors.push(err234);}errors++;break;}}if(_errs896 === errors){if(data383.nonFinite !== undefined){let data384 = data383.nonFinite;if(!(((data384 === "NaN") || (data384 === "Infinity")) || (data384 === "-Infinity"))){const err235 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/varied/nonFinite",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/varied/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.culprits.items.properties.changes.items.properties.varied.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err235];}else {vErrors.push(err235);}errors++;}}}}}else {const err236 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/varied",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/varied/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err236];}else {vErrors.push(err236);}errors++;}}var _valid22 = _errs894 === errors;if(_valid22 && valid147){valid147 = false;passing22 = [passing22, 1];}else {if(_valid22){valid147 = true;passing22 = 1;}}if(!valid147){const err237 = {instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/varied",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/varied/oneOf",keyword:"oneOf",params:{passingSchemas: passing22},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err237];}else {vErrors.push(err237);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs891;if(vErrors !== null){if(_errs891){vErrors.length = _errs891;}else {vErrors = null;}}}var valid144 = _errs890 === errors;}else {var valid144 = true;}if(valid144){if(data378.absDeviation !== undefined){let data385 = data378.absDeviation;const _errs898 = errors;if((!(typeof data385 == "number")) && (data385 !== null)){validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/absDeviation",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/absDeviation/type",keyword:"type",params:{type: schema11.properties.variations.properties.culprits.items.properties.changes.items.properties.absDeviation.type},message:"must be number,null"}];return false;}if(errors === _errs898){if(typeof data385 == "number"){if(data385 < 0 || isNaN(data385)){validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45+"/absDeviation",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/properties/absDeviation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid144 = _errs898 === errors;}else {var valid144 = true;}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44+"/changes/" + i45,schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid143 = _errs876 === errors;if(!valid143){break;}}}else {validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44+"/changes",schemaPath:"#/properties/variations/properties/culprits/items/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid142 = _errs874 === errors;}else {var valid142 = true;}if(valid142){if(data375.error !== undefined){let data386 = data375.error;const _errs900 = errors;if((typeof data386 !== "string") && (data386 !== null)){validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44+"/error",schemaPath:"#/properties/variations/properties/culprits/items/properties/error/type",keyword:"type",params:{type: schema11.properties.variations.properties.culprits.items.properties.error.type},message:"must be string,null"}];return false;}var valid142 = _errs900 === errors;}else {var valid142 = true;}if(valid142){if(data375.summary !== undefined){const _errs902 = errors;if(typeof data375.summary !== "string"){validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44+"/summary",schemaPath:"#/properties/variations/properties/culprits/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid142 = _errs902 === errors;}else {var valid142 = true;}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/variations/culprits/" + i44,schemaPath:"#/properties/variations/properties/culprits/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid141 = _errs870 === errors;if(!valid141){break;}}}else {validate10.errors = [{instancePath:instancePath+"/variations/culprits",schemaPath:"#/properties/variations/properties/culprits/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid136 = _errs868 === errors;}else {var valid136 = true;}if(valid136){if(data359.untested !== undefined){let data388 = data359.untested;const _errs904 = errors;if(errors === _errs904){if(Array.isArray(data388)){var valid149 = true;const len46 = data388.length;for(let i46=0; i46<len46; i46++){let data389 = data388[i46];const _errs906 = errors;if(!((((((((data389 === "hashseed") || (data389 === "timezone")) || (data389 === "locale")) || (data389 === "threads")) || (data389 === "cwd")) || (data389 === "umask")) || (data389 === "home")) || (data389 === "hostname"))){validate10.errors = [{instancePath:instancePath+"/variations/untested/" + i46,schemaPath:"#/properties/variations/properties/untested/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.untested.items.enum},message:"must be equal to one of the allowed values"}];return false;}var valid149 = _errs906 === errors;if(!valid149){break;}}}else {validate10.errors = [{instancePath:instancePath+"/variations/untested",schemaPath:"#/properties/variations/properties/untested/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid136 = _errs904 === errors;}else {var valid136 = true;}if(valid136){if(data359.runs !== undefined){let data390 = data359.runs;const _errs907 = errors;if(errors === _errs907){if(Array.isArray(data390)){var valid150 = true;const len47 = data390.length;for(let i47=0; i47<len47; i47++){let data391 = data390[i47];const _errs909 = errors;if(errors === _errs909){if(data391 && typeof data391 == "object" && !Array.isArray(data391)){let missing73;if(((((((data391.factors === undefined) && (missing73 = "factors")) || ((data391.outcome === undefined) && (missing73 = "outcome"))) || ((data391.changes === undefined) && (missing73 = "changes"))) || ((data391.error === undefined) && (missing73 = "error"))) || ((data391.durationMs === undefined) && (missing73 = "durationMs"))) || ((data391.outputDir === undefined) && (missing73 = "outputDir"))){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47,schemaPath:"#/properties/variations/properties/runs/items/required",keyword:"required",params:{missingProperty: missing73},message:"must have required property '"+missing73+"'"}];return false;}else {const _errs911 = errors;for(const key80 in data391){if(!((((((key80 === "factors") || (key80 === "outcome")) || (key80 === "changes")) || (key80 === "error")) || (key80 === "durationMs")) || (key80 === "outputDir"))){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47,schemaPath:"#/properties/variations/properties/runs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key80},message:"must NOT have additional properties"}];return false;break;}}if(_errs911 === errors){if(data391.factors !== undefined){let data392 = data391.factors;const _errs912 = errors;if(errors === _errs912){if(Array.isArray(data392)){var valid152 = true;const len48 = data392.length;for(let i48=0; i48<len48; i48++){let data393 = data392[i48];const _errs914 = errors;if(!((((((((data393 === "hashseed") || (data393 === "timezone")) || (data393 === "locale")) || (data393 === "threads")) || (data393 === "cwd")) || (data393 === "umask")) || (data393 === "home")) || (data393 === "hostname"))){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/factors/" + i48,schemaPath:"#/properties/variations/properties/runs/items/properties/factors/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.runs.items.properties.factors.items.enum},message:"must be equal to one of the allowed values"}];return false;}var valid152 = _errs914 === errors;if(!valid152){break;}}}else {validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/factors",schemaPath:"#/properties/variations/properties/runs/items/properties/factors/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid151 = _errs912 === errors;}else {var valid151 = true;}if(valid151){if(data391.outcome !== undefined){let data394 = data391.outcome;const _errs915 = errors;if(!(((data394 === "agrees") || (data394 === "drift")) || (data394 === "failed"))){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/outcome",schemaPath:"#/properties/variations/properties/runs/items/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.runs.items.properties.outcome.enum},message:"must be equal to one of the allowed values"}];return false;}var valid151 = _errs915 === errors;}else {var valid151 = true;}if(valid151){if(data391.changes !== undefined){let data395 = data391.changes;const _errs916 = errors;if(errors === _errs916){if(Array.isArray(data395)){var valid153 = true;const len49 = data395.length;for(let i49=0; i49<len49; i49++){let data396 = data395[i49];const _errs918 = errors;if(errors === _errs918){if(data396 && typeof data396 == "object" && !Array.isArray(data396)){let missing74;if((((((data396.kind === undefined) && (missing74 = "kind")) || ((data396.name === undefined) && (missing74 = "name"))) || ((data396.control === undefined) && (missing74 = "control"))) || ((data396.varied === undefined) && (missing74 = "varied"))) || ((data396.absDeviation === undefined) && (missing74 = "absDeviation"))){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49,schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/required",keyword:"required",params:{missingProperty: missing74},message:"must have required property '"+missing74+"'"}];return false;}else {const _errs920 = errors;for(const key81 in data396){if(!(((((key81 === "kind") || (key81 === "name")) || (key81 === "control")) || (key81 === "varied")) || (key81 === "absDeviation"))){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49,schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key81},message:"must NOT have additional properties"}];return false;break;}}if(_errs920 === errors){if(data396.kind !== undefined){let data397 = data396.kind;const _errs921 = errors;if(!((data397 === "metric") || (data397 === "artifact"))){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/kind",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.runs.items.properties.changes.items.properties.kind.enum},message:"must be equal to one of the allowed values"}];return false;}var valid154 = _errs921 === errors;}else {var valid154 = true;}if(valid154){if(data396.name !== undefined){const _errs922 = errors;if(typeof data396.name !== "string"){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/name",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid154 = _errs922 === errors;}else {var valid154 = true;}if(valid154){if(data396.control !== undefined){let data399 = data396.control;const _errs924 = errors;const _errs925 = errors;let valid155 = false;let passing23 = null;const _errs926 = errors;if((((!(typeof data399 == "number")) && (typeof data399 !== "string")) && (typeof data399 !== "boolean")) && (data399 !== null)){const err238 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/control",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/control/oneOf/0/type",keyword:"type",params:{type: schema11.properties.variations.properties.runs.items.properties.changes.items.properties.control.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err238];}else {vErrors.push(err238);}errors++;}var _valid23 = _errs926 === errors;if(_valid23){valid155 = true;passing23 = 0;}const _errs928 = errors;if(errors === _errs928){if(data399 && typeof data399 == "object" && !Array.isArray(data399)){let missing75;if((data399.nonFinite === undefined) && (missing75 = "nonFinite")){const err239 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/control",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/control/oneOf/1/required",keyword:"required",params:{missingProperty: missing75},message:"must have required property '"+missing75+"'"};if(vErrors === null){vErrors = [err239];}else {vErrors.push(err239);}errors++;}else {const _errs930 = errors;for(const key82 in data399){if(!(key82 === "nonFinite")){const err240 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/control",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/control/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key82},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err240];}else {vErrors.push(err240);}errors++;break;}}if(_errs930 === errors){if(data399.nonFinite !== undefined){let data400 = data399.nonFinite;if(!(((data400 === "NaN") || (data400 === "Infinity")) || (data400 === "-Infinity"))){const err241 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/control/nonFinite",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/control/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.runs.items.properties.changes.items.properties.control.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err241];}else {vErrors.push(err241);}errors++;}}}}}else {const err242 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/control",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/control/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err242];}else {vErrors.push(err242);}errors++;}}var _valid23 = _errs928 === errors;if(_valid23 && valid155){valid155 = false;passing23 = [passing23, 1];}else {if(_valid23){valid155 = true;passing23 = 1;}}if(!valid155){const err243 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/control",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/control/oneOf",keyword:"oneOf",params:{passingSchemas: passing23},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err243];}else {vErrors.push(err243);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs925;if(vErrors !== null){if(_errs925){vErrors.length = _errs925;}else {vErrors = null;}}}var valid154 = _errs924 === errors;}else {var valid154 = true;}if(valid154){if(data396.varied !== undefined){let data401 = data396.varied;const _errs932 = errors;const _errs933 = errors;let valid157 = false;let passing24 = null;const _errs934 = errors;if((((!(typeof data401 == "number")) && (typeof data401 !== "string")) && (typeof data401 !== "boolean")) && (data401 !== null)){const err244 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/varied",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/varied/oneOf/0/type",keyword:"type",params:{type: schema11.properties.variations.properties.runs.items.properties.changes.items.properties.varied.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err244];}else {vErrors.push(err244);}errors++;}var _valid24 = _errs934 === errors;if(_valid24){valid157 = true;passing24 = 0;}const _errs936 = errors;if(errors === _errs936){if(data401 && typeof data401 == "object" && !Array.isArray(data401)){let missing76;if((data401.nonFinite === undefined) && (missing76 = "nonFinite")){const err245 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/varied",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/varied/oneOf/1/required",keyword:"required",params:{missingProperty: missing76},message:"must have required property '"+missing76+"'"};if(vErrors === null){vErrors = [err245];}else {vErrors.push(err245);}errors++;}else {const _errs938 = errors;for(const key83 in data401){if(!(key83 === "nonFinite")){const err246 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/varied",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/varied/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key83},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err246];}else {vErrors.push(err246);}errors++;break;}}if(_errs938 === errors){if(data401.nonFinite !== undefined){let data402 = data401.nonFinite;if(!(((data402 === "NaN") || (data402 === "Infinity")) || (data402 === "-Infinity"))){const err247 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/varied/nonFinite",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/varied/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.variations.properties.runs.items.properties.changes.items.properties.varied.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err247];}else {vErrors.push(err247);}errors++;}}}}}else {const err248 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/varied",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/varied/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err248];}else {vErrors.push(err248);}errors++;}}var _valid24 = _errs936 === errors;if(_valid24 && valid157){valid157 = false;passing24 = [passing24, 1];}else {if(_valid24){valid157 = true;passing24 = 1;}}if(!valid157){const err249 = {instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/varied",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/varied/oneOf",keyword:"oneOf",params:{passingSchemas: passing24},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err249];}else {vErrors.push(err249);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs933;if(vErrors !== null){if(_errs933){vErrors.length = _errs933;}else {vErrors = null;}}}var valid154 = _errs932 === errors;}else {var valid154 = true;}if(valid154){if(data396.absDeviation !== undefined){let data403 = data396.absDeviation;const _errs940 = errors;if((!(typeof data403 == "number")) && (data403 !== null)){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/absDeviation",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/absDeviation/type",keyword:"type",params:{type: schema11.properties.variations.properties.runs.items.properties.changes.items.properties.absDeviation.type},message:"must be number,null"}];return false;}if(errors === _errs940){if(typeof data403 == "number"){if(data403 < 0 || isNaN(data403)){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49+"/absDeviation",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/properties/absDeviation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid154 = _errs940 === errors;}else {var valid154 = true;}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/changes/" + i49,schemaPath:"#/properties/variations/properties/runs/items/properties/changes/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid153 = _errs918 === errors;if(!valid153){break;}}}else {validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/changes",schemaPath:"#/properties/variations/properties/runs/items/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid151 = _errs916 === errors;}else {var valid151 = true;}if(valid151){if(data391.error !== undefined){let data404 = data391.error;const _errs942 = errors;if((typeof data404 !== "string") && (data404 !== null)){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/error",schemaPath:"#/properties/variations/properties/runs/items/properties/error/type",keyword:"type",params:{type: schema11.properties.variations.properties.runs.items.properties.error.type},message:"must be string,null"}];return false;}var valid151 = _errs942 === errors;}else {var valid151 = true;}if(valid151){if(data391.durationMs !== undefined){let data405 = data391.durationMs;const _errs944 = errors;if(errors === _errs944){if(typeof data405 == "number"){if(data405 < 0 || isNaN(data405)){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/durationMs",schemaPath:"#/properties/variations/properties/runs/items/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/durationMs",schemaPath:"#/properties/variations/properties/runs/items/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid151 = _errs944 === errors;}else {var valid151 = true;}if(valid151){if(data391.outputDir !== undefined){const _errs946 = errors;if(typeof data391.outputDir !== "string"){validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47+"/outputDir",schemaPath:"#/properties/variations/properties/runs/items/properties/outputDir/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid151 = _errs946 === errors;}else {var valid151 = true;}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/variations/runs/" + i47,schemaPath:"#/properties/variations/properties/runs/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid150 = _errs909 === errors;if(!valid150){break;}}}else {validate10.errors = [{instancePath:instancePath+"/variations/runs",schemaPath:"#/properties/variations/properties/runs/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid136 = _errs907 === errors;}else {var valid136 = true;}if(valid136){if(data359.maxRuns !== undefined){let data407 = data359.maxRuns;const _errs948 = errors;if(!((typeof data407 == "number") && (!(data407 % 1) && !isNaN(data407)))){validate10.errors = [{instancePath:instancePath+"/variations/maxRuns",schemaPath:"#/properties/variations/properties/maxRuns/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs948){if(typeof data407 == "number"){if(data407 < 0 || isNaN(data407)){validate10.errors = [{instancePath:instancePath+"/variations/maxRuns",schemaPath:"#/properties/variations/properties/maxRuns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid136 = _errs948 === errors;}else {var valid136 = true;}if(valid136){if(data359.durationMs !== undefined){let data408 = data359.durationMs;const _errs950 = errors;if(errors === _errs950){if(typeof data408 == "number"){if(data408 < 0 || isNaN(data408)){validate10.errors = [{instancePath:instancePath+"/variations/durationMs",schemaPath:"#/properties/variations/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/variations/durationMs",schemaPath:"#/properties/variations/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid136 = _errs950 === errors;}else {var valid136 = true;}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/variations",schemaPath:"#/properties/variations/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs838 === errors;}else {var valid0 = true;}if(valid0){if(data.seedAudit !== undefined){let data409 = data.seedAudit;const _errs952 = errors;if(errors === _errs952){if(data409 && typeof data409 == "object" && !Array.isArray(data409)){let missing77;if(((((((((((data409.level === undefined) && (missing77 = "level")) || ((data409.seed === undefined) && (missing77 = "seed"))) || ((data409.auditSeed === undefined) && (missing77 = "auditSeed"))) || ((data409.variables === undefined) && (missing77 = "variables"))) || ((data409.wired === undefined) && (missing77 = "wired"))) || ((data409.message === undefined) && (missing77 = "message"))) || ((data409.spread === undefined) && (missing77 = "spread"))) || ((data409.artifactsChanged === undefined) && (missing77 = "artifactsChanged"))) || ((data409.error === undefined) && (missing77 = "error"))) || ((data409.durationMs === undefined) && (missing77 = "durationMs"))){validate10.errors = [{instancePath:instancePath+"/seedAudit",schemaPath:"#/properties/seedAudit/required",keyword:"required",params:{missingProperty: missing77},message:"must have required property '"+missing77+"'"}];return false;}else {const _errs954 = errors;for(const key84 in data409){if(!(func2.call(schema11.properties.seedAudit.properties, key84))){validate10.errors = [{instancePath:instancePath+"/seedAudit",schemaPath:"#/properties/seedAudit/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key84},message:"must NOT have additional properties"}];return false;break;}}if(_errs954 === errors){if(data409.level !== undefined){let data410 = data409.level;const _errs955 = errors;if(!((data410 === "warn") || (data410 === "fail"))){validate10.errors = [{instancePath:instancePath+"/seedAudit/level",schemaPath:"#/properties/seedAudit/properties/level/enum",keyword:"enum",params:{allowedValues: schema11.properties.seedAudit.properties.level.enum},message:"must be equal to one of the allowed values"}];return false;}var valid159 = _errs955 === errors;}else {var valid159 = true;}if(valid159){if(data409.seed !== undefined){let data411 = data409.seed;const _errs956 = errors;if(!((typeof data411 == "number") && (!(data411 % 1) && !isNaN(data411)))){validate10.errors = [{instancePath:instancePath+"/seedAudit/seed",schemaPath:"#/properties/seedAudit/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs956){if(typeof data411 == "number"){if(data411 < 0 || isNaN(data411)){validate10.errors = [{instancePath:instancePath+"/seedAudit/seed",schemaPath:"#/properties/seedAudit/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid159 = _errs956 === errors;}else {var valid159 = true;}if(valid159){if(data409.auditSeed !== undefined){let data412 = data409.auditSeed;const _errs958 = errors;if(!((typeof data412 == "number") && (!(data412 % 1) && !isNaN(data412)))){validate10.errors = [{instancePath:instancePath+"/seedAudit/auditSeed",schemaPath:"#/properties/seedAudit/properties/auditSeed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];return false;}if(errors === _errs958){if(typeof data412 == "number"){if(data412 < 0 || isNaN(data412)){validate10.errors = [{instancePath:instancePath+"/seedAudit/auditSeed",schemaPath:"#/properties/seedAudit/properties/auditSeed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid159 = _errs958 === errors;}else {var valid159 = true;}if(valid159){if(data409.variables !== undefined){let data413 = data409.variables;const _errs960 = errors;if(errors === _errs960){if(data413 && typeof data413 == "object" && !Array.isArray(data413)){for(const key85 in data413){const _errs963 = errors;if(typeof data413[key85] !== "string"){validate10.errors = [{instancePath:instancePath+"/seedAudit/variables/" + key85.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/seedAudit/properties/variables/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid160 = _errs963 === errors;if(!valid160){break;}}}else {validate10.errors = [{instancePath:instancePath+"/seedAudit/variables",schemaPath:"#/properties/seedAudit/properties/variables/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid159 = _errs960 === errors;}else {var valid159 = true;}if(valid159){if(data409.wired !== undefined){let data415 = data409.wired;const _errs965 = errors;if((typeof data415 !== "boolean") && (data415 !== null)){validate10.errors = [{instancePath:instancePath+"/seedAudit/wired",schemaPath:"#/properties/seedAudit/properties/wired/type",keyword:"type",params:{type: schema11.properties.seedAudit.properties.wired.type},message:"must be boolean,null"}];return false;}var valid159 = _errs965 === errors;}else {var valid159 = true;}if(valid159){if(data409.message !== undefined){const _errs967 = errors;if(typeof data409.message !== "string"){validate10.errors = [{instancePath:instancePath+"/seedAudit/message",schemaPath:"#/properties/seedAudit/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid159 = _errs967 === errors;}else {var valid159 = true;}if(valid159){if(data409.spread !== undefined){let data417 = data409.spread;const _errs969 = errors;if(errors === _errs969){if(Array.isArray(data417)){var valid161 = true;const len50 = data417.length;for(let i50=0; i50<len50; i50++){let data418 = data417[i50];const _errs971 = errors;if(errors === _errs971){if(data418 && typeof data418 == "object" && !Array.isArray(data418)){let missing78;if((((((data418.name === undefined) && (missing78 = "name")) || ((data418.tolerance === undefined) && (missing78 = "tolerance"))) || ((data418.control === undefined) && (missing78 = "control"))) || ((data418.audit === undefined) && (missing78 = "audit"))) || ((data418.spread === undefined) && (missing78 = "spread"))){validate10.errors = [{instancePath:instancePath+"/seedAudit/spread/" + i50,schemaPath:"#/properties/seedAudit/properties/spread/items/required",keyword:"required",params:{missingProperty: missing78},message:"must have required property '"+missing78+"'"}];return false;}else {const _errs973 = errors;for(const key86 in data418){if(!(((((key86 === "name") || (key86 === "tolerance")) || (key86 === "control")) || (key86 === "audit")) || (key86 === "spread"))){validate10.errors = [{instancePath:instancePath+"/seedAudit/spread/" + i50,schemaPath:"#/properties/seedAudit/properties/spread/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key86},message:"must NOT have additional properties"}];return false;break;}}if(_errs973 === errors){if(data418.name !== undefined){const _errs974 = errors;if(typeof data418.name !== "string"){validate10.errors = [{instancePath:instancePath+"/seedAudit/spread/" + i50+"/name",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid162 = _errs974 === errors;}else {var valid162 = true;}if(valid162){if(data418.tolerance !== undefined){let data420 = data418.tolerance;const _errs976 = errors;const _errs977 = errors;let valid163 = false;let passing25 = null;const _errs978 = errors;if(errors === _errs978){if(data420 && typeof data420 == "object" && !Array.isArray(data420)){let missing79;if(((data420.atol === undefined) && (missing79 = "atol")) || ((data420.rtol === undefined) && (missing79 = "rtol"))){const err250 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/tolerance",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/tolerance/oneOf/0/required",keyword:"required",params:{missingProperty: missing79},message:"must have required property '"+missing79+"'"};if(vErrors === null){vErrors = [err250];}else {vErrors.push(err250);}errors++;}else {const _errs980 = errors;for(const key87 in data420){if(!((key87 === "atol") || (key87 === "rtol"))){const err251 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/tolerance",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/tolerance/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key87},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err251];}else {vErrors.push(err251);}errors++;break;}}if(_errs980 === errors){if(data420.atol !== undefined){let data421 = data420.atol;const _errs981 = errors;if(errors === _errs981){if(typeof data421 == "number"){if(data421 < 0 || isNaN(data421)){const err252 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/tolerance/atol",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/tolerance/oneOf/0/properties/atol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err252];}else {vErrors.push(err252);}errors++;}}else {const err253 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/tolerance/atol",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/tolerance/oneOf/0/properties/atol/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err253];}else {vErrors.push(err253);}errors++;}}var valid164 = _errs981 === errors;}else {var valid164 = true;}if(valid164){if(data420.rtol !== undefined){let data422 = data420.rtol;const _errs983 = errors;if(errors === _errs983){if(typeof data422 == "number"){if(data422 < 0 || isNaN(data422)){const err254 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/tolerance/rtol",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/tolerance/oneOf/0/properties/rtol/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err254];}else {vErrors.push(err254);}errors++;}}else {const err255 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/tolerance/rtol",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/tolerance/oneOf/0/properties/rtol/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err255];}else {vErrors.push(err255);}errors++;}}var valid164 = _errs983 === errors;}else {var valid164 = true;}}}}}else {const err256 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/tolerance",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/tolerance/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err256];}else {vErrors.push(err256);}errors++;}}var _valid25 = _errs978 === errors;if(_valid25){valid163 = true;passing25 = 0;}const _errs985 = errors;if(data420 !== null){const err257 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/tolerance",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/tolerance/oneOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err257];}else {vErrors.push(err257);}errors++;}var _valid25 = _errs985 === errors;if(_valid25 && valid163){valid163 = false;passing25 = [passing25, 1];}else {if(_valid25){valid163 = true;passing25 = 1;}}if(!valid163){const err258 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/tolerance",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/tolerance/oneOf",keyword:"oneOf",params:{passingSchemas: passing25},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err258];}else {vErrors.push(err258);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs977;if(vErrors !== null){if(_errs977){vErrors.length = _errs977;}else {vErrors = null;}}}var valid162 = _errs976 === errors;}else {var valid162 = true;}if(valid162){if(data418.control !== undefined){let data423 = data418.control;const _errs987 = errors;const _errs988 = errors;let valid165 = false;let passing26 = null;const _errs989 = errors;if((((!(typeof data423 == "number")) && (typeof data423 !== "string")) && (typeof data423 !== "boolean")) && (data423 !== null)){const err259 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/control",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/control/oneOf/0/type",keyword:"type",params:{type: schema11.properties.seedAudit.properties.spread.items.properties.control.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err259];}else {vErrors.push(err259);}errors++;}var _valid26 = _errs989 === errors;if(_valid26){valid165 = true;passing26 = 0;}const _errs991 = errors;if(errors === _errs991){if(data423 && typeof data423 == "object" && !Array.isArray(data423)){let missing80;if((data423.nonFinite === undefined) && (missing80 = "nonFinite")){const err260 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/control",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/control/oneOf/1/required",keyword:"required",params:{missingProperty: missing80},message:"must have required property '"+missing80+"'"};if(vErrors === null){vErrors = [err260];}else {vErrors.push(err260);}errors++;}else {const _errs993 = errors;for(const key88 in data423){if(!(key88 === "nonFinite")){const err261 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/control",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/control/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key88},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err261];}else {vErrors.push(err261);}errors++;break;}}if(_errs993 === errors){if(data423.nonFinite !== undefined){let data424 = data423.nonFinite;if(!(((data424 === "NaN") || (data424 === "Infinity")) || (data424 === "-Infinity"))){const err262 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/control/nonFinite",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/control/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.seedAudit.properties.spread.items.properties.control.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err262];}else {vErrors.push(err262);}errors++;}}}}}else {const err263 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/control",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/control/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err263];}else {vErrors.push(err263);}errors++;}}var _valid26 = _errs991 === errors;if(_valid26 && valid165){valid165 = false;passing26 = [passing26, 1];}else {if(_valid26){valid165 = true;passing26 = 1;}}if(!valid165){const err264 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/control",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/control/oneOf",keyword:"oneOf",params:{passingSchemas: passing26},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err264];}else {vErrors.push(err264);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs988;if(vErrors !== null){if(_errs988){vErrors.length = _errs988;}else {vErrors = null;}}}var valid162 = _errs987 === errors;}else {var valid162 = true;}if(valid162){if(data418.audit !== undefined){let data425 = data418.audit;const _errs995 = errors;const _errs996 = errors;let valid167 = false;let passing27 = null;const _errs997 = errors;if((((!(typeof data425 == "number")) && (typeof data425 !== "string")) && (typeof data425 !== "boolean")) && (data425 !== null)){const err265 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/audit",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/audit/oneOf/0/type",keyword:"type",params:{type: schema11.properties.seedAudit.properties.spread.items.properties.audit.oneOf[0].type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err265];}else {vErrors.push(err265);}errors++;}var _valid27 = _errs997 === errors;if(_valid27){valid167 = true;passing27 = 0;}const _errs999 = errors;if(errors === _errs999){if(data425 && typeof data425 == "object" && !Array.isArray(data425)){let missing81;if((data425.nonFinite === undefined) && (missing81 = "nonFinite")){const err266 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/audit",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/audit/oneOf/1/required",keyword:"required",params:{missingProperty: missing81},message:"must have required property '"+missing81+"'"};if(vErrors === null){vErrors = [err266];}else {vErrors.push(err266);}errors++;}else {const _errs1001 = errors;for(const key89 in data425){if(!(key89 === "nonFinite")){const err267 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/audit",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/audit/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key89},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err267];}else {vErrors.push(err267);}errors++;break;}}if(_errs1001 === errors){if(data425.nonFinite !== undefined){let data426 = data425.nonFinite;if(!(((data426 === "NaN") || (data426 === "Infinity")) || (data426 === "-Infinity"))){const err268 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/audit/nonFinite",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/audit/oneOf/1/properties/nonFinite/enum",keyword:"enum",params:{allowedValues: schema11.properties.seedAudit.properties.spread.items.properties.audit.oneOf[1].properties.nonFinite.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err268];}else {vErrors.push(err268);}errors++;}}}}}else {const err269 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/audit",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/audit/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err269];}else {vErrors.push(err269);}errors++;}}var _valid27 = _errs999 === errors;if(_valid27 && valid167){valid167 = false;passing27 = [passing27, 1];}else {if(_valid27){valid167 = true;passing27 = 1;}}if(!valid167){const err270 = {instancePath:instancePath+"/seedAudit/spread/" + i50+"/audit",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/audit/oneOf",keyword:"oneOf",params:{passingSchemas: passing27},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err270];}else {vErrors.push(err270);}errors++;validate10.errors = vErrors;return false;}else {errors = _errs996;if(vErrors !== null){if(_errs996){vErrors.length = _errs996;}else {vErrors = null;}}}var valid162 = _errs995 === errors;}else {var valid162 = true;}if(valid162){if(data418.spread !== undefined){let data427 = data418.spread;const _errs1003 = errors;if((!(typeof data427 == "number")) && (data427 !== null)){validate10.errors = [{instancePath:instancePath+"/seedAudit/spread/" + i50+"/spread",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/spread/type",keyword:"type",params:{type: schema11.properties.seedAudit.properties.spread.items.properties.spread.type},message:"must be number,null"}];return false;}if(errors === _errs1003){if(typeof data427 == "number"){if(data427 < 0 || isNaN(data427)){validate10.errors = [{instancePath:instancePath+"/seedAudit/spread/" + i50+"/spread",schemaPath:"#/properties/seedAudit/properties/spread/items/properties/spread/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}}var valid162 = _errs1003 === errors;}else {var valid162 = true;}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/seedAudit/spread/" + i50,schemaPath:"#/properties/seedAudit/properties/spread/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid161 = _errs971 === errors;if(!valid161){break;}}}else {validate10.errors = [{instancePath:instancePath+"/seedAudit/spread",schemaPath:"#/properties/seedAudit/properties/spread/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid159 = _errs969 === errors;}else {var valid159 = true;}if(valid159){if(data409.artifactsChanged !== undefined){let data428 = data409.artifactsChanged;const _errs1005 = errors;if(errors === _errs1005){if(Array.isArray(data428)){var valid169 = true;const len51 = data428.length;for(let i51=0; i51<len51; i51++){const _errs1007 = errors;if(typeof data428[i51] !== "string"){validate10.errors = [{instancePath:instancePath+"/seedAudit/artifactsChanged/" + i51,schemaPath:"#/properties/seedAudit/properties/artifactsChanged/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid169 = _errs1007 === errors;if(!valid169){break;}}}else {validate10.errors = [{instancePath:instancePath+"/seedAudit/artifactsChanged",schemaPath:"#/properties/seedAudit/properties/artifactsChanged/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid159 = _errs1005 === errors;}else {var valid159 = true;}if(valid159){if(data409.error !== undefined){let data430 = data409.error;const _errs1009 = errors;if((typeof data430 !== "string") && (data430 !== null)){validate10.errors = [{instancePath:instancePath+"/seedAudit/error",schemaPath:"#/properties/seedAudit/properties/error/type",keyword:"type",params:{type: schema11.properties.seedAudit.properties.error.type},message:"must be string,null"}];return false;}var valid159 = _errs1009 === errors;}else {var valid159 = true;}if(valid159){if(data409.durationMs !== undefined){let data431 = data409.durationMs;const _errs1011 = errors;if(errors === _errs1011){if(typeof data431 == "number"){if(data431 < 0 || isNaN(data431)){validate10.errors = [{instancePath:instancePath+"/seedAudit/durationMs",schemaPath:"#/properties/seedAudit/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];return false;}}else {validate10.errors = [{instancePath:instancePath+"/seedAudit/durationMs",schemaPath:"#/properties/seedAudit/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number"}];return false;}}var valid159 = _errs1011 === errors;}else {var valid159 = true;}}}}}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/seedAudit",schemaPath:"#/properties/seedAudit/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs952 === errors;}else {var valid0 = true;}if(valid0){if(data.likelyCause !== undefined){let data432 = data.likelyCause;const _errs1013 = errors;if(errors === _errs1013){if(data432 && typeof data432 == "object" && !Array.isArray(data432)){let missing82;if(((((data432.kind === undefined) && (missing82 = "kind")) || ((data432.summary === undefined) && (missing82 = "summary"))) || ((data432.evidence === undefined) && (missing82 = "evidence"))) || ((data432.suggestion === undefined) && (missing82 = "suggestion"))){validate10.errors = [{instancePath:instancePath+"/likelyCause",schemaPath:"#/properties/likelyCause/required",keyword:"required",params:{missingProperty: missing82},message:"must have required property '"+missing82+"'"}];return false;}else {const _errs1015 = errors;for(const key90 in data432){if(!((((key90 === "kind") || (key90 === "summary")) || (key90 === "evidence")) || (key90 === "suggestion"))){validate10.errors = [{instancePath:instancePath+"/likelyCause",schemaPath:"#/properties/likelyCause/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key90},message:"must NOT have additional properties"}];return false;break;}}if(_errs1015 === errors){if(data432.kind !== undefined){let data433 = data432.kind;const _errs1016 = errors;if(!(((data433 === "reduction-order") || (data433 === "unseeded-generator")) || (data433 === "artifact-content"))){validate10.errors = [{instancePath:instancePath+"/likelyCause/kind",schemaPath:"#/properties/likelyCause/properties/kind/enum",keyword:"enum",params:{allowedValues: schema11.properties.likelyCause.properties.kind.enum},message:"must be equal to one of the allowed values"}];return false;}var valid170 = _errs1016 === errors;}else {var valid170 = true;}if(valid170){if(data432.summary !== undefined){const _errs1017 = errors;if(typeof data432.summary !== "string"){validate10.errors = [{instancePath:instancePath+"/likelyCause/summary",schemaPath:"#/properties/likelyCause/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid170 = _errs1017 === errors;}else {var valid170 = true;}if(valid170){if(data432.evidence !== undefined){let data435 = data432.evidence;const _errs1019 = errors;if(errors === _errs1019){if(Array.isArray(data435)){var valid171 = true;const len52 = data435.length;for(let i52=0; i52<len52; i52++){const _errs1021 = errors;if(typeof data435[i52] !== "string"){validate10.errors = [{instancePath:instancePath+"/likelyCause/evidence/" + i52,schemaPath:"#/properties/likelyCause/properties/evidence/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid171 = _errs1021 === errors;if(!valid171){break;}}}else {validate10.errors = [{instancePath:instancePath+"/likelyCause/evidence",schemaPath:"#/properties/likelyCause/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid170 = _errs1019 === errors;}else {var valid170 = true;}if(valid170){if(data432.suggestion !== undefined){let data437 = data432.suggestion;const _errs1023 = errors;if((typeof data437 !== "string") && (data437 !== null)){validate10.errors = [{instancePath:instancePath+"/likelyCause/suggestion",schemaPath:"#/properties/likelyCause/properties/suggestion/type",keyword:"type",params:{type: schema11.properties.likelyCause.properties.suggestion.type},message:"must be string,null"}];return false;}var valid170 = _errs1023 === errors;}else {var valid170 = true;}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/likelyCause",schemaPath:"#/properties/likelyCause/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs1013 === errors;}else {var valid0 = true;}if(valid0){if(data.exposure !== undefined){let data438 = data.exposure;const _errs1025 = errors;if(errors === _errs1025){if(data438 && typeof data438 == "object" && !Array.isArray(data438)){let missing83;if((((data438.readableVariables === undefined) && (missing83 = "readableVariables")) || ((data438.hostedRunner === undefined) && (missing83 = "hostedRunner"))) || ((data438.note === undefined) && (missing83 = "note"))){validate10.errors = [{instancePath:instancePath+"/exposure",schemaPath:"#/properties/exposure/required",keyword:"required",params:{missingProperty: missing83},message:"must have required property '"+missing83+"'"}];return false;}else {const _errs1027 = errors;for(const key91 in data438){if(!(((key91 === "readableVariables") || (key91 === "hostedRunner")) || (key91 === "note"))){validate10.errors = [{instancePath:instancePath+"/exposure",schemaPath:"#/properties/exposure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key91},message:"must NOT have additional properties"}];return false;break;}}if(_errs1027 === errors){if(data438.readableVariables !== undefined){let data439 = data438.readableVariables;const _errs1028 = errors;if(errors === _errs1028){if(Array.isArray(data439)){var valid173 = true;const len53 = data439.length;for(let i53=0; i53<len53; i53++){const _errs1030 = errors;if(typeof data439[i53] !== "string"){validate10.errors = [{instancePath:instancePath+"/exposure/readableVariables/" + i53,schemaPath:"#/properties/exposure/properties/readableVariables/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid173 = _errs1030 === errors;if(!valid173){break;}}}else {validate10.errors = [{instancePath:instancePath+"/exposure/readableVariables",schemaPath:"#/properties/exposure/properties/readableVariables/type",keyword:"type",params:{type: "array"},message:"must be array"}];return false;}}var valid172 = _errs1028 === errors;}else {var valid172 = true;}if(valid172){if(data438.hostedRunner !== undefined){const _errs1032 = errors;if(typeof data438.hostedRunner !== "boolean"){validate10.errors = [{instancePath:instancePath+"/exposure/hostedRunner",schemaPath:"#/properties/exposure/properties/hostedRunner/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid172 = _errs1032 === errors;}else {var valid172 = true;}if(valid172){if(data438.note !== undefined){const _errs1034 = errors;if(typeof data438.note !== "string"){validate10.errors = [{instancePath:instancePath+"/exposure/note",schemaPath:"#/properties/exposure/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid172 = _errs1034 === errors;}else {var valid172 = true;}}}}}}else {validate10.errors = [{instancePath:instancePath+"/exposure",schemaPath:"#/properties/exposure/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs1025 === errors;}else {var valid0 = true;}if(valid0){if(data.containment !== undefined){let data443 = data.containment;const _errs1036 = errors;if(errors === _errs1036){if(data443 && typeof data443 == "object" && !Array.isArray(data443)){let missing84;if(((((((data443.method === undefined) && (missing84 = "method")) || ((data443.via === undefined) && (missing84 = "via"))) || ((data443.isolated === undefined) && (missing84 = "isolated"))) || ((data443.user === undefined) && (missing84 = "user"))) || ((data443.rootCanEscape === undefined) && (missing84 = "rootCanEscape"))) || ((data443.note === undefined) && (missing84 = "note"))){validate10.errors = [{instancePath:instancePath+"/containment",schemaPath:"#/properties/containment/required",keyword:"required",params:{missingProperty: missing84},message:"must have required property '"+missing84+"'"}];return false;}else {const _errs1038 = errors;for(const key92 in data443){if(!((((((key92 === "method") || (key92 === "via")) || (key92 === "isolated")) || (key92 === "user")) || (key92 === "rootCanEscape")) || (key92 === "note"))){validate10.errors = [{instancePath:instancePath+"/containment",schemaPath:"#/properties/containment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key92},message:"must NOT have additional properties"}];return false;break;}}if(_errs1038 === errors){if(data443.method !== undefined){let data444 = data443.method;const _errs1039 = errors;if(!((data444 === "pid-namespace") || (data444 === "tracking"))){validate10.errors = [{instancePath:instancePath+"/containment/method",schemaPath:"#/properties/containment/properties/method/enum",keyword:"enum",params:{allowedValues: schema11.properties.containment.properties.method.enum},message:"must be equal to one of the allowed values"}];return false;}var valid174 = _errs1039 === errors;}else {var valid174 = true;}if(valid174){if(data443.via !== undefined){let data445 = data443.via;const _errs1040 = errors;if(!((((data445 === "unshare") || (data445 === "sudo")) || (data445 === "user-namespace")) || (data445 === null))){validate10.errors = [{instancePath:instancePath+"/containment/via",schemaPath:"#/properties/containment/properties/via/enum",keyword:"enum",params:{allowedValues: schema11.properties.containment.properties.via.enum},message:"must be equal to one of the allowed values"}];return false;}var valid174 = _errs1040 === errors;}else {var valid174 = true;}if(valid174){if(data443.isolated !== undefined){const _errs1041 = errors;if(typeof data443.isolated !== "boolean"){validate10.errors = [{instancePath:instancePath+"/containment/isolated",schemaPath:"#/properties/containment/properties/isolated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid174 = _errs1041 === errors;}else {var valid174 = true;}if(valid174){if(data443.user !== undefined){let data447 = data443.user;const _errs1043 = errors;if((typeof data447 !== "string") && (data447 !== null)){validate10.errors = [{instancePath:instancePath+"/containment/user",schemaPath:"#/properties/containment/properties/user/type",keyword:"type",params:{type: schema11.properties.containment.properties.user.type},message:"must be string,null"}];return false;}var valid174 = _errs1043 === errors;}else {var valid174 = true;}if(valid174){if(data443.rootCanEscape !== undefined){const _errs1045 = errors;if(typeof data443.rootCanEscape !== "boolean"){validate10.errors = [{instancePath:instancePath+"/containment/rootCanEscape",schemaPath:"#/properties/containment/properties/rootCanEscape/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];return false;}var valid174 = _errs1045 === errors;}else {var valid174 = true;}if(valid174){if(data443.note !== undefined){const _errs1047 = errors;if(typeof data443.note !== "string"){validate10.errors = [{instancePath:instancePath+"/containment/note",schemaPath:"#/properties/containment/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}var valid174 = _errs1047 === errors;}else {var valid174 = true;}}}}}}}}}else {validate10.errors = [{instancePath:instancePath+"/containment",schemaPath:"#/properties/containment/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}var valid0 = _errs1036 === errors;}else {var valid0 = true;}}}}}}}}}}}}}}}}}}}}}}}}}}}}}else {validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];return false;}}validate10.errors = vErrors;return errors === 0;}

;// CONCATENATED MODULE: ./src/report/validate.ts

/**
 * Validates a report against the published schema; returns readable problems (empty when valid).
 * The validator is compiled from schema/report.schema.json at build time: compiling the schema
 * at run time cost ~0.5 s of every gate run.
 */
function validateReport(report) {
    if (validate_report(report))
        return [];
    return (validate_report.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

// EXTERNAL MODULE: ./src/report/stored.ts
var report_stored = __webpack_require__(41220);
;// CONCATENATED MODULE: ./src/report/write.ts




/**
 * Validates and writes a report that was redacted where it was made (`redactor.deep`, in the gate
 * and compare mode), in its stored form (stored.ts: what is validated is what the file holds).
 * A schema violation is a bug in repro-gate, not in the experiment: it is returned as problems to
 * log, and the report is still written so nothing is lost.
 */
async function writeReport(report, file) {
    const stored = (0,report_stored/* toStoredReport */.RY)(report);
    const problems = validateReport(stored);
    await external_node_fs_.promises.mkdir(external_node_path_.dirname(file), { recursive: true });
    await external_node_fs_.promises.writeFile(file, (0,report_stored/* serializeStoredReport */.ai)(stored));
    return { report, problems };
}
/**
 * A parsed report file as the in-memory report, or the problems that make it not one: a schema
 * version this repro-gate does not read, or a schema violation.
 */
function readStoredReport(parsed) {
    const version = parsed?.schemaVersion;
    if (typeof version === 'number' && !report_stored/* READABLE_SCHEMA_VERSIONS */.j6.includes(version)) {
        return { report: null, problems: [`schemaVersion ${version}: this repro-gate reads ${report_stored/* READABLE_SCHEMA_VERSIONS */.j6.join(' and ')} (a newer repro-gate wrote it?)`] };
    }
    const problems = validateReport(parsed);
    if (problems.length > 0)
        return { report: null, problems };
    return { report: (0,report_stored/* fromStoredReport */.S0)(parsed), problems: [] };
}
/** Reads a report written by repro-gate; the error names the file and what is wrong. */
async function readReportFile(file) {
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
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
    const read = readStoredReport(parsed);
    if (read.report === null) {
        throw new Error(`${file}: not a repro-gate report (schema: ${read.problems.slice(0, 3).join('; ')})`);
    }
    return read.report;
}


/***/ }),

/***/ 57881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ replaceVerified),
/* harmony export */   EX: () => (/* binding */ expectedOf),
/* harmony export */   JY: () => (/* binding */ nodeFileOps),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   jl: () => (/* binding */ OutputGuard),
/* harmony export */   v9: () => (/* binding */ holds)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65142);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64533);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71939);






const nodeFileOps = {
    copyFile: (source, target, mode) => node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.copyFile(source, target, mode),
    rename: (from, to) => node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(from, to),
    symlink: (linkTarget, file) => node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.symlink(linkTarget, file)
};
/**
 * Keeps runs independent without destroying anything. Files matched by the metrics path and the
 * artifact globs that exist before run 1 are the experiment's inputs: a copy is saved (checked by
 * sha256) and they are put back before every later run and when the runs end, whatever failed.
 * Whatever a run creates or changes there is moved into that run's folder before the next run
 * starts, so run 2 can never read run 1's metrics. Symbolic links are moved as links, never
 * followed; a file that cannot be moved is a warning for that file, never the end of the gate.
 */
class OutputGuard {
    cwd;
    patterns;
    runRoot;
    ops;
    /** Matched paths that are neither regular files nor links (a FIFO, a device) → why; never read, copied or moved. */
    skipped = new Map();
    /** One line per file that could not be moved or put back. */
    warnings = [];
    inputs = new Map();
    /** Outputs that could not be moved, as the run left them: a later run that leaves them alone did not write them. */
    leftBehind = new Map();
    constructor(cwd, patterns, runRoot, ops = nodeFileOps) {
        this.cwd = cwd;
        this.patterns = patterns;
        this.runRoot = runRoot;
        this.ops = ops;
    }
    /** Files and links currently matched by the metrics path and artifact globs, relative to cwd, sorted. */
    async matchedFiles() {
        return (await this.matched()).map((m) => m.rel);
    }
    async matched() {
        const found = new Map();
        this.skipped.clear();
        const consider = async (rel) => {
            const stats = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(this.cwd, rel)).catch(() => null);
            if (!stats || stats.isDirectory())
                return;
            if (stats.isFile())
                found.set(rel, { rel, kind: 'file', stats });
            else if (stats.isSymbolicLink())
                found.set(rel, { rel, kind: 'link', stats });
            else
                this.skipped.set(rel, `${(0,_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .fileKind */ .h_)(stats)}: only regular files are read`);
        };
        const metrics = this.relative(this.patterns.metricsFile);
        await consider(metrics);
        // The metrics path is an output even when it is a FIFO: only the globs' skips are listed as artifacts.
        this.skipped.delete(metrics);
        if (this.patterns.artifactGlobs.length > 0) {
            // Loaded only when there are artifact globs to expand.
            const { glob, escapePath } = await __webpack_require__.e(/* import() */ 304).then(__webpack_require__.bind(__webpack_require__, 55304));
            const runRoot = this.relative(this.runRoot);
            const matches = await glob(this.patterns.artifactGlobs, {
                cwd: this.cwd,
                dot: true,
                onlyFiles: true,
                expandDirectories: false,
                followSymbolicLinks: false,
                fs: { readdir: listWithoutFollowing },
                // The gate's own run folders live here when run locally; never treat them as outputs.
                ignore: [
                    '**/.repro-gate/**',
                    '**/node_modules/**',
                    '.git/**',
                    ...(runRoot.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(runRoot) ? [] : [`${escapePath(runRoot)}/**`])
                ]
            });
            for (const m of matches)
                await consider(toPosix(m));
        }
        return [...found.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    }
    /**
     * Saves a checked copy of every input that exists before run 1. Throws, naming the file, when one
     * cannot be saved (a full RUNNER_TEMP): no run has started then, so nothing is changed without a copy.
     */
    async backUpInputs() {
        for (const m of await this.matched()) {
            const source = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(this.cwd, m.rel);
            const saved = node_path__WEBPACK_IMPORTED_MODULE_2__.join(this.runRoot, 'inputs', safeRelative(m.rel));
            try {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(saved), { recursive: true });
                if (m.kind === 'link') {
                    const link = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readlink(source);
                    await this.ops.symlink(link, saved);
                    this.inputs.set(m.rel, { path: m.rel, sha256: '', bytes: 0, link, saved, after: 'before', stats: m.stats });
                }
                else {
                    const before = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .D)(source);
                    await this.ops.copyFile(source, saved, COPY_NEW);
                    const copy = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .D)(saved);
                    if (copy.sha256 !== before.sha256)
                        throw new Error(`the copy's sha256 is ${copy.sha256}, the file's ${before.sha256}`);
                    this.inputs.set(m.rel, { path: m.rel, ...before, saved, after: 'before', stats: m.stats });
                }
            }
            catch (err) {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(saved, { force: true }).catch(() => undefined);
                throw new Error(`${m.rel} exists before run 1 and its copy could not be saved to ${saved} (${describeError(err)}); ` +
                    'no run was started, so it is unchanged. Free space there or narrow the artifacts globs to what the runs write.');
            }
        }
        return this.savedInputs();
    }
    /** The inputs saved before run 1 (what the working directory holds is settled at the end of the gate). */
    savedInputs() {
        return [...this.inputs.values()].map(({ stats: _stats, ...input }) => input);
    }
    /**
     * Puts every input back as it was before run 1 (before every run after the first, and when the
     * runs end), each checked against its sha256. Never throws: returns one line per input that could
     * not be put back, naming where its original is kept.
     */
    async restoreInputs() {
        const problems = [];
        for (const input of this.inputs.values()) {
            const target = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(this.cwd, input.path);
            // An input the last run left alone (same inode, size, mtime and ctime) is still the original.
            const now = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(target).catch(() => null);
            if (now && !changed(input.stats, now))
                continue;
            try {
                await replaceVerified(this.ops, input.saved, target, expectedOf(input));
                input.stats = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(target);
            }
            catch (err) {
                problems.push(`${input.path} could not be put back as it was before run 1 (${describeError(err)}); its original is kept at ${input.saved}`);
            }
        }
        return problems;
    }
    /**
     * Moves what the run created or changed into `runDir/files/`. An input the run left untouched
     * stays where it is. A file that cannot be moved stays where the run left it, with a warning.
     */
    async collectOutputs(runDir, label) {
        const collected = [];
        for (const m of await this.matched()) {
            const input = this.inputs.get(m.rel);
            if (input && !changed(input.stats, m.stats))
                continue;
            const left = this.leftBehind.get(m.rel);
            if (left && !changed(left, m.stats))
                continue;
            const source = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(this.cwd, m.rel);
            const target = node_path__WEBPACK_IMPORTED_MODULE_2__.join(runDir, 'files', safeRelative(m.rel));
            let link;
            try {
                if (m.kind === 'link')
                    link = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readlink(source);
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target), { recursive: true });
                await this.move(source, target, link);
                this.leftBehind.delete(m.rel);
                collected.push({ rel: m.rel, kind: m.kind, location: target, kept: true, ...(link === undefined ? {} : { link }) });
            }
            catch (err) {
                this.warnings.push(`${label}: ${m.rel} could not be moved to ${target} (${describeError(err)}); it was compared where the run left it` +
                    (input ? ', and is put back as it was before run 1' : ''));
                if (!input)
                    this.leftBehind.set(m.rel, (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(source).catch(() => null)) ?? m.stats);
                collected.push({ rel: m.rel, kind: m.kind, location: source, kept: false, ...(link === undefined ? {} : { link }) });
            }
        }
        return collected;
    }
    /** A rename; across devices (RUNNER_TEMP on another disk) a copy then an unlink, a link copied as a link. */
    async move(source, target, link) {
        try {
            await this.ops.rename(source, target);
        }
        catch (err) {
            if (err.code !== 'EXDEV')
                throw err;
            try {
                if (link !== undefined)
                    await this.ops.symlink(link, target);
                else
                    await this.ops.copyFile(source, target, COPY_NEW);
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.unlink(source);
            }
            catch (copyErr) {
                // Half a copy is no copy: the file stays where the run left it.
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(target, { force: true }).catch(() => undefined);
                throw copyErr;
            }
        }
    }
    /** The path as matched files are keyed: relative to cwd, forward slashes. */
    relative(file) {
        return toPosix(node_path__WEBPACK_IMPORTED_MODULE_2__.relative(this.cwd, node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(this.cwd, file)));
    }
}
/** Never overwrite (the target is new), and share blocks where the file system can (btrfs, XFS, APFS). */
const COPY_NEW = node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_EXCL | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_FICLONE;
/** What an input must hold to be the original. */
function expectedOf(input) {
    return input.link !== undefined ? { link: input.link } : { sha256: input.sha256 };
}
/** Whether `file` holds what is expected: the same sha256, or a link to the same target (not followed). */
async function holds(file, expected) {
    try {
        if ('link' in expected)
            return (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readlink(file)) === expected.link;
        if (!(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(file)).isFile())
            return false;
        return (await (0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .D)(file)).sha256 === expected.sha256;
    }
    catch {
        return false;
    }
}
/**
 * Replaces `target` with a copy of `source` (or a link, as expected) and checks it: the copy is made
 * beside the target under a fresh name, its sha256 compared with the expected one, and only then
 * renamed over the target. A failure at any step leaves the target as it was, never half-written,
 * and never writes through a link planted at the target; the error says what failed.
 */
async function replaceVerified(ops, source, target, expected) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target), { recursive: true });
    const temp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(target)}.repro-gate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    try {
        if ('link' in expected) {
            await ops.symlink(expected.link, temp);
            const made = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readlink(temp);
            if (made !== expected.link)
                throw new Error(`the link made points to ${made}, not ${expected.link}`);
        }
        else {
            await ops.copyFile(source, temp, COPY_NEW);
            const { sha256 } = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFile */ .D)(temp);
            if (sha256 !== expected.sha256)
                throw new Error(`the copy's sha256 is ${sha256}, not the recorded ${expected.sha256}`);
        }
        await ops.rename(temp, target);
    }
    catch (err) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(temp, { force: true }).catch(() => undefined);
        throw err;
    }
}
/** An error in a few words: the errno code and message when there is one (ENOSPC says "no space left on device"). */
function describeError(err) {
    // Node's own errors may come from another realm (a vm context) and fail `instanceof Error`.
    const message = typeof err?.message === 'string' ? err.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(err);
    return message.replace(/\s+/g, ' ');
}
/**
 * tinyglobby either follows symbolic links (into a link to `/` under `**`, or to `/dev/zero`) or,
 * told not to, drops them. Its walker is given a readdir that shows every entry but a directory as
 * a file, so links, FIFOs and devices are listed and never entered; lstat then says what each is.
 */
function listWithoutFollowing(dir, _options, callback) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true }, (err, entries) => {
        callback(err, (entries ?? []).map((e) => {
            const isDirectory = e.isDirectory();
            return { name: e.name, isFile: () => !isDirectory, isDirectory: () => isDirectory, isSymbolicLink: () => false };
        }));
    });
}
function changed(before, after) {
    return (before.mtimeMs !== after.mtimeMs ||
        before.ctimeMs !== after.ctimeMs ||
        before.size !== after.size ||
        before.ino !== after.ino ||
        before.isSymbolicLink() !== after.isSymbolicLink());
}
function toPosix(p) {
    return p.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
/** Keeps files from outside the working directory (`../x`, absolute paths) inside the run folder. */
function safeRelative(rel) {
    return rel
        .split('/')
        .map((seg) => (seg === '..' ? '_up_' : seg))
        .join(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)
        .replace(/^([A-Za-z]):/, '$1_');
}


/***/ }),

/***/ 95458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eh: () => (/* binding */ executeRuns)
});

// UNUSED EXPORTS: boundedTail, containmentFor

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/plan/seeds.ts
var seeds = __webpack_require__(88228);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(91369);
;// CONCATENATED MODULE: ./src/runs/containment.ts
/**
 * Where a run's processes live, so that none outlives it: each run gets its own PID namespace
 * whose first process (a few lines of Perl, see INIT) starts the experiment, waits for it, names
 * whatever is still running and exits — and when a namespace's init exits, the kernel kills every
 * process left in it, daemons that scrubbed their environment (`setsid env -i …`), double forks
 * and changed process groups included. With `isolate`, the experiment also runs as an
 * unprivileged user, with no_new_privs, an empty capability bounding set and its own /proc.
 */





/** The error for an `isolate` that cannot be set up here: it names the input and what to do. */
class IsolationError extends Error {
}
/**
 * PID 1 of a run's namespace, in Perl (perl-base is essential on Debian and Ubuntu; no module is
 * loaded, so it starts in a few milliseconds). Arguments: the status file, the environment file
 * (NUL-separated NAME=value, deleted once read: the environment then passes sudo and is never on
 * a command line), then the experiment's argv. It starts the experiment as its child (so the
 * experiment is not PID 1 and keeps ordinary signal behaviour), reaps orphans, and once the
 * experiment has exited writes its exit status (or signal) and the processes still running, then
 * exits: the kernel kills the rest. As PID 1 it ignores SIGTERM and SIGINT (it has no handler), so
 * a graceful stop reaches the experiment while the init stays to report; SIGKILL ends it all.
 */
const INIT = String.raw `
my ($status, $envf, @cmd) = @ARGV;
open(my $e, '<', $envf) or die "repro-gate: $envf: $!\n";
my $data = do { local $/; <$e> }; close $e; unlink $envf;
%ENV = ();
for (split /\0/, $data) { my $i = index($_, '='); $ENV{substr($_, 0, $i)} = substr($_, $i + 1) if $i > 0 }
my $child = fork();
die "repro-gate: fork: $!\n" unless defined $child;
if ($child == 0) { exec { $cmd[0] } @cmd; print STDERR "repro-gate: could not start $cmd[0]: $!\n"; exit 127 }
my $st;
while (1) { my $p = waitpid(-1, 0); if ($p == -1) { $st = 127 << 8; last } if ($p == $child) { $st = $?; last } }
my @left;
opendir(my $d, '/proc');
for my $p (sort { $a <=> $b } grep { /^\d+$/ && $_ != $$ } readdir $d) {
  open(my $s, '<', "/proc/$p/stat") or next; my $stat = <$s>; close $s;
  next unless defined $stat && $stat =~ /^\d+ \((.*)\) (\S)/s; next if $2 eq 'Z' || $2 eq 'X';
  my $comm = $1; my $cmd = '';
  if (open(my $c, '<', "/proc/$p/cmdline")) { local $/; $cmd = <$c> // ''; close $c }
  $cmd =~ s/\0+$//; $cmd =~ tr/\0/ /; $cmd = substr($cmd, 0, 300);
  for ($comm, $cmd) { tr/\t\n\r/   / }
  push @left, "left\t$comm\t$cmd\n";
}
closedir $d;
open(my $o, '>', $status) or die "repro-gate: $status: $!\n";
print $o (($st & 127) ? 'signal ' . ($st & 127) : 'exit ' . ($st >> 8)), "\n", @left; close $o;
exit(($st & 127) ? 128 + ($st & 127) : $st >> 8);
`;
/** Runs a probe: its exit code (null when it could not start or was killed) and the last of its stderr. */
function run(argv, env, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(argv[0], argv.slice(1), { env, cwd, timeout: 10_000 }, (err, _stdout, stderr) => {
            const text = String(stderr).trim().split('\n').slice(-2).join(' ').trim();
            const code = err ? (typeof err.code === 'number' ? Number(err.code) : null) : 0;
            resolve({ code, message: err ? text || String(err.code ?? err.message) : '' });
        });
    });
}
/** `name`, `uid` or `uid:gid` to ids, from /etc/passwd; null when there is no such user. */
function resolveUser(spec, passwd = readPasswd()) {
    const [first, gidText] = spec.split(':');
    const entries = passwd
        .split('\n')
        .map((l) => l.split(':'))
        .filter((f) => f.length >= 4);
    if (/^\d+$/.test(first)) {
        const uid = Number(first);
        const entry = entries.find((f) => Number(f[2]) === uid);
        return { uid, gid: gidText !== undefined ? Number(gidText) : entry ? Number(entry[3]) : uid, name: entry?.[0] ?? String(uid) };
    }
    const entry = entries.find((f) => f[0] === first);
    return entry ? { uid: Number(entry[2]), gid: Number(entry[3]), name: entry[0] } : null;
}
function readPasswd() {
    try {
        return (0,external_node_fs_.readFileSync)('/etc/passwd', 'utf8');
    }
    catch {
        return '';
    }
}
/** The namespace part of every launch: its own PIDs and /proc; the init is killed with unshare. */
const UNSHARE = ['unshare', '--pid', '--fork', '--kill-child', '--mount-proc'];
/** Back to the gate's own user after `sudo` (its groups as they are, whether or not it has a passwd entry). */
function setprivSelf(self) {
    return ['setpriv', `--reuid=${self.uid}`, `--regid=${self.gid}`, self.groups.length ? `--groups=${self.groups.join(',')}` : '--clear-groups', '--'];
}
/** To the isolated user: no supplementary groups, no way back to privileges. */
function setprivIsolated(user) {
    return ['setpriv', `--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', '--no-new-privs', '--bounding-set=-all', '--inh-caps=-all', '--'];
}
/**
 * The argv that starts one run: `[...prefix, perl, -e, INIT, status, envFile, ...experiment]`.
 * unshare: root (or CAP_SYS_ADMIN) makes the namespace itself. sudo: passwordless sudo makes it,
 * and setpriv goes back to the gate's user before the init starts. user-namespace: unprivileged
 * user namespaces, the gate's user mapped to itself (the experiment keeps its uid and gets no
 * capability). Isolated, the init stays privileged and only the experiment drops to the user.
 */
function launchArgv(launcher, statusFile, envFile, experiment) {
    const init = ['perl', '-e', INIT, statusFile, envFile];
    const target = launcher.user ? [...setprivIsolated(launcher.user), ...experiment] : experiment;
    switch (launcher.via) {
        case 'unshare':
            return [...UNSHARE, '--', ...init, ...target];
        case 'sudo':
            return ['sudo', '-n', '--', ...UNSHARE, '--', ...(launcher.user ? [] : setprivSelf(launcher.self)), ...init, ...target];
        case 'user-namespace':
            return [UNSHARE[0], '--map-current-user', ...UNSHARE.slice(1), '--', ...init, ...target];
        default:
            return experiment;
    }
}
function selfIds() {
    return { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1, groups: (process.getgroups?.() ?? []).filter((g) => g !== process.getgid?.()) };
}
const NO_ROOT = 'a process that gains root (sudo, a setuid binary) can still leave the namespace: unmount /proc, nsenter, docker, systemd-run';
function describe(via, isolated, self) {
    if (isolated) {
        return {
            method: 'pid-namespace',
            via,
            isolated: true,
            user: `${isolated.name} (${isolated.uid}:${isolated.gid})`,
            rootCanEscape: false,
            note: `each run in its own PID namespace and /proc, as ${isolated.name} with no_new_privs and no capabilities, without the job's tokens: ` +
                'its processes end with it, it cannot see or signal the gate, and cannot regain root'
        };
    }
    const root = self.uid === 0;
    const note = via === 'user-namespace'
        ? 'each run in its own PID namespace and /proc (an unprivileged user namespace): every process it leaves is ended with it'
        : root
            ? `each run in its own PID namespace and /proc; the experiment runs as root: ${NO_ROOT}`
            : `each run in its own PID namespace and /proc, made through sudo; the experiment can use passwordless sudo too: ${NO_ROOT}`;
    return { method: 'pid-namespace', via, isolated: false, user: null, rootCanEscape: via !== 'user-namespace', note };
}
/**
 * Finds how this machine can give every run its own PID namespace, trying each way for real (a
 * few milliseconds, once per gate). Without isolation, none working falls back to the tracking
 * variable (and says so). With `isolate`, it throws IsolationError naming the input.
 */
async function prepareContainment(options) {
    const platform = options.platform ?? process.platform;
    const self = selfIds();
    const probeEnv = { PATH: options.env.PATH ?? '/usr/bin:/bin' };
    const fallback = (why) => ({
        containment: {
            method: 'tracking',
            via: null,
            isolated: false,
            user: null,
            rootCanEscape: true,
            note: `no PID namespace (${why}): leftover processes are found by the REPRO_GATE_TRACKING_ID variable they inherit; one that clears its environment can outlive the run`
        },
        via: null,
        user: null,
        self
    });
    const fail = (why) => {
        throw new IsolationError(`${constants/* Input */.pd.Isolate}: cannot isolate the experiment here: ${why}`);
    };
    if (platform !== 'linux')
        return options.isolate ? fail(`needs Linux (PID namespaces); this runner is ${platform}`) : fallback(`needs Linux; this is ${platform}`);
    let user = null;
    if (options.isolate) {
        user = resolveUser(options.isolate.spec);
        if (!user)
            return fail(`there is no user "${options.isolate.spec}" in /etc/passwd (give a uid, e.g. 65534:65534)`);
        if (user.uid === 0)
            return fail(`"${options.isolate.spec}" is root; the experiment must run as an unprivileged user`);
    }
    // isolated: only ways that can switch to another user (root, or sudo); otherwise root first,
    // then sudo (the experiment keeps a working sudo), then an unprivileged user namespace.
    const ways = self.uid === 0 ? ['unshare'] : user ? ['sudo'] : ['sudo', 'user-namespace'];
    const failures = [];
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'repro-gate-probe-'));
    try {
        for (const via of ways) {
            const launcher = { containment: describe(via, user, self), via, user, self };
            // The probe is a whole run of the chain (namespace, init, user switch) whose experiment checks,
            // isolated, that the working directory is writable by that user (exit 3 when it is not).
            const envFile = external_node_path_.join(dir, 'env');
            (0,external_node_fs_.writeFileSync)(envFile, `PATH=${probeEnv.PATH}\0`, { mode: 0o600 });
            const argv = launchArgv(launcher, external_node_path_.join(dir, 'status'), envFile, ['sh', '-c', user ? 'test -w . || exit 3' : 'exit 0']);
            const result = await run(argv, probeEnv, options.cwd);
            if (result.code === 0)
                return launcher;
            if (user && result.code === 3) {
                return fail(`the working directory ${options.cwd} is not writable by ${user.name} (${user.uid}:${user.gid}), who runs the experiment; ` +
                    `make it theirs (sudo chown -R ${user.uid}:${user.gid} .) or writable (chmod -R a+rwX .) in a step before, or set ${constants/* Input */.pd.Isolate} to a user who can write it`);
            }
            failures.push(`${via === 'user-namespace' ? 'unshare --map-current-user' : via === 'sudo' ? 'sudo -n unshare' : 'unshare'}: ${result.message || 'failed'}`);
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    const why = failures.join('; ');
    if (user) {
        return fail(`it needs root or passwordless sudo to run the experiment as ${user.name}, plus unshare and setpriv (util-linux) and perl (${why})`);
    }
    return fallback(why);
}

// EXTERNAL MODULE: ./src/metrics/values.ts
var values = __webpack_require__(85594);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/metrics/parsers/index.ts + 1 modules
var parsers = __webpack_require__(53815);
// EXTERNAL MODULE: ./src/regular-file.ts
var regular_file = __webpack_require__(71939);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(64533);
;// CONCATENATED MODULE: ./src/metrics/read.ts




/** A metrics file is parsed in memory, as one string: JavaScript strings end a little over 512 MiB. */
const MAX_METRICS_FILE_BYTES = 256 * 1024 * 1024;
/** A string value or name longer than this is kept as its start, its length and the sha256 of the whole. */
const MAX_KEPT_CHARS = 4096;
const KEPT_PREFIX_CHARS = 1000;
/**
 * Caps what is kept of one string: a 100 MB string metric in three runs would otherwise be six
 * copies in the report (more than a JavaScript string can hold, so no report at all). The sha256
 * of the whole stays in what is kept, so two values still compare equal only when all of them is.
 */
function capString(text) {
    if (text.length <= MAX_KEPT_CHARS)
        return text;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    return `${text.slice(0, KEPT_PREFIX_CHARS)}… [${text.length} characters, sha256 ${hash}]`;
}
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
            flattenMetrics(item, prefix === '' ? capString(key) : `${prefix}.${capString(key)}`, out);
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
    if (typeof value === 'string')
        return capString(value);
    if (value === null || typeof value === 'number' || typeof value === 'boolean')
        return value;
    if (typeof value === 'bigint')
        return Number(value);
    if (value === undefined)
        return null;
    // TOML dates and other scalars: their string form is what a person compares.
    return capString(String(value));
}
/** A metrics file that cannot be used; the message names the file and what is wrong. */
class MetricsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MetricsError';
    }
}
/** Parses a metrics file's text; `label` names it in errors. Rejects with MetricsError. */
async function parseMetricsText(text, file, label = file) {
    const format = (0,parsers/* formatFor */.Bm)(file);
    if (!format) {
        throw new MetricsError(`${label}: unsupported metrics file extension; use one of ${parsers/* supportedExtensions */.x5.join(', ')}`);
    }
    const parser = await format.load();
    // Windows tools and Python's utf-8-sig write a byte-order mark; no parser wants it.
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === '')
        throw new MetricsError(`${label} is empty: the experiment must write its metrics as ${parser.format}`);
    let parsed;
    try {
        parsed = parser.parse(text);
    }
    catch (err) {
        const reason = (0,errors/* errorMessage */.g)(err).split('\n')[0];
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
        text = (await (0,regular_file/* readRegularFile */.XF)(file, MAX_METRICS_FILE_BYTES)).toString('utf8');
    }
    catch (err) {
        const code = err.code;
        if (err instanceof regular_file/* SkippedFileError */.Nq)
            throw new MetricsError(`${label} cannot be used: ${err.message}; write metrics as a regular file of at most 256 MiB`);
        throw new MetricsError(code === 'ENOENT' ? `${label} was not written (the experiment must write its metrics there; see the metrics input)` : `${label} could not be read: ${String(err)}`);
    }
    return await parseMetricsText(text, file, label);
}

// EXTERNAL MODULE: ./src/hash.ts
var hash = __webpack_require__(65142);
// EXTERNAL MODULE: ./src/runs/outputs.ts
var outputs = __webpack_require__(57881);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/runs/process.ts








/**
 * Every process of a run inherits this variable, so the ones that left its tree (`setsid`, daemons,
 * double forks) can still be found and ended — the Actions runner does the same with RUNNER_TRACKING_ID.
 */
const TRACKING_VARIABLE = 'REPRO_GATE_TRACKING_ID';
/** Linux: the processes whose environment carries the run's tracking id. Elsewhere none. */
async function trackedProcesses(trackingId) {
    if (process.platform !== 'linux')
        return [];
    let entries;
    try {
        entries = await (0,promises_.readdir)('/proc');
    }
    catch {
        return [];
    }
    const needle = Buffer.from(`${TRACKING_VARIABLE}=${trackingId}`);
    const found = [];
    await Promise.all(entries
        .filter((e) => /^\d+$/.test(e) && Number(e) !== process.pid)
        .map(async (e) => {
        try {
            if ((await (0,promises_.readFile)(`/proc/${e}/environ`)).includes(needle))
                found.push(Number(e));
        }
        catch {
            /* gone, or another user's */
        }
    }));
    return found;
}
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
/** Signals the group and each process; returns the ones we may not signal (another user's: root's, or the isolated user's). */
function signalAll(pids, groupLeader, signal) {
    const denied = [];
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
        catch (err) {
            if (err.code === 'EPERM')
                denied.push(pid);
        }
    }
    return denied;
}
/** `sudo -n kill`, for a run made through sudo whose processes are not the gate's user's. */
function sudoSignal(pids, signal) {
    if (pids.length === 0)
        return Promise.resolve();
    return new Promise((resolve) => (0,external_node_child_process_.execFile)('sudo', ['-n', 'kill', '-s', signal.replace(/^SIG/, ''), ...pids.map(String)], { timeout: 2000 }, () => resolve()));
}
/**
 * Kills a process and everything it started: the process group, plus descendants that made their
 * own group. SIGTERM first so experiments can flush, SIGKILL after the grace period.
 */
async function killTree(pid, graceMs, trackingId, viaSudo = false) {
    if (process.platform === 'win32') {
        await new Promise((resolve) => (0,external_node_child_process_.execFile)('taskkill', ['/pid', String(pid), '/T', '/F'], () => resolve()));
        return;
    }
    const tree = [...new Set([...(await descendants(pid)), ...(trackingId ? await trackedProcesses(trackingId) : [])])];
    const denied = signalAll(tree, pid, 'SIGTERM');
    if (viaSudo)
        await sudoSignal(denied, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    const alive = (p) => {
        try {
            process.kill(p, 0);
            return true;
        }
        catch (err) {
            return err.code === 'EPERM';
        }
    };
    while (Date.now() < deadline && [pid, ...tree].some(alive))
        await new Promise((r) => setTimeout(r, 50));
    const late = [...tree, ...(await descendants(pid)), ...(trackingId ? await trackedProcesses(trackingId) : [])];
    const deniedLate = signalAll(late, pid, 'SIGKILL');
    if (viaSudo)
        await sudoSignal(deniedLate, 'SIGKILL');
}
/**
 * The last `limit` characters of a stream, kept as the chunks they came in: adding a chunk costs
 * its own length, never the tail's, so a progress bar's millions of small writes stay linear.
 */
class OutputTail {
    limit;
    parts = [];
    /** Index of the first part still kept (dropped parts are removed in batches). */
    head = 0;
    length = 0;
    constructor(limit) {
        this.limit = limit;
    }
    add(text) {
        if (text === '')
            return;
        this.parts.push(text);
        this.length += text.length;
        // Drop whole chunks while what is left still covers the limit; text() trims the rest.
        while (this.head < this.parts.length - 1 && this.length - this.parts[this.head].length >= this.limit) {
            this.length -= this.parts[this.head++].length;
        }
        if (this.head > 1024 && this.head * 2 > this.parts.length) {
            this.parts = this.parts.slice(this.head);
            this.head = 0;
        }
    }
    text() {
        const all = this.parts.slice(this.head).join('');
        return all.length > this.limit ? all.slice(-this.limit) : all;
    }
}
/**
 * setTimeout for any delay: Node fires a timer of more than 2^31−1 ms (about 24.8 days) at once,
 * so a longer one is chained. Returns the function that cancels it.
 */
function setLongTimeout(fn, ms) {
    let timer;
    const arm = (left) => {
        timer = left > MAX_TIMER_MS ? setTimeout(() => arm(left - MAX_TIMER_MS), MAX_TIMER_MS) : setTimeout(fn, Math.max(0, left));
    };
    arm(ms);
    return () => clearTimeout(timer);
}
/** The longest delay a Node timer holds. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Resolves when `closed` does, or after `ms`; the timer never keeps the process alive on its own. */
function drainWithin(closed, ms) {
    let timer;
    const late = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
    return Promise.race([closed, late]).finally(() => clearTimeout(timer));
}
/**
 * Runs `bash -e -o pipefail -c command` in its own process group, streams its output, keeps a
 * bounded tail, and kills the whole tree on timeout or cancellation. Resolves, never rejects,
 * for anything the experiment does; only a failure to start bash is an error result.
 */
/** What the namespace's init wrote: the experiment's status and the processes still running then. */
function parseInitStatus(text) {
    const [first, ...rest] = text.split('\n');
    const m = /^(exit|signal) (\d+)$/.exec(first ?? '');
    if (!m)
        return null;
    const number = Number(m[2]);
    const signalName = Object.entries(external_node_os_.constants.signals).find(([, n]) => n === number)?.[0] ?? `signal ${number}`;
    const processes = rest
        .filter((l) => l.startsWith('left\t'))
        .map((l) => {
        const [, name = '', command = ''] = l.split('\t');
        return { name, command };
    });
    return {
        exitCode: m[1] === 'exit' ? number : null,
        signal: m[1] === 'signal' ? signalName : null,
        leftovers: { count: processes.length, processes: processes.slice(0, 20) }
    };
}
/** The environment as NUL-separated NAME=value, the way the init reads it. */
function environmentFile(env) {
    return Object.entries(env)
        .filter(([name, value]) => name !== '' && !name.includes('=') && !name.includes('\0') && !value.includes('\0'))
        .map(([name, value]) => `${name}=${value}\0`)
        .join('');
}
/**
 * Runs `bash -e -o pipefail -c command` in its own process group, streams its output, keeps a
 * bounded tail, and kills the whole tree on timeout or cancellation. With a launcher, the run has
 * its own PID namespace: whatever it leaves running is ended when its main process exits, and
 * named in `leftovers`. Resolves, never rejects, for anything the experiment does; only a failure
 * to start bash is an error result.
 */
function runProcess(options) {
    const started = Date.now();
    const tailBytes = options.tailBytes ?? 64 * 1024;
    const grace = options.killGraceMs ?? 5000;
    const tail = new OutputTail(tailBytes);
    const [shell, args] = shellArgs(options.command);
    const trackingId = (0,external_node_crypto_.randomUUID)();
    const env = { ...options.env, [TRACKING_VARIABLE]: trackingId };
    const launcher = options.launcher?.via ? options.launcher : undefined;
    // In a namespace the environment goes to the init in a file (it passes sudo that way, and the
    // init's own environment then holds nothing but PATH); the init writes the outcome beside it.
    let work = null;
    let file = shell;
    let argv = args;
    let spawnEnv = env;
    if (launcher) {
        work = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'repro-gate-run-'));
        const envFile = external_node_path_.join(work, 'env');
        (0,external_node_fs_.writeFileSync)(envFile, environmentFile(env), { mode: 0o600 });
        const full = launchArgv(launcher, external_node_path_.join(work, 'status'), envFile, [shell, ...args]);
        file = full[0];
        argv = full.slice(1);
        spawnEnv = { PATH: env.PATH ?? '/usr/bin:/bin' };
    }
    return new Promise((resolve) => {
        let timedOut = false;
        let cancelled = false;
        let killing = null;
        const child = (0,external_node_child_process_.spawn)(file, argv, {
            cwd: options.cwd,
            env: spawnEnv,
            stdio: ['ignore', 'pipe', 'pipe'],
            // A group of its own, so the experiment's children can be killed with it.
            detached: process.platform !== 'win32',
            windowsHide: true
        });
        // One decoder per pipe: a character whose bytes arrive in two chunks is decoded whole.
        const reader = (decoder) => (chunk) => {
            const text = decoder.write(chunk);
            if (text === '')
                return;
            tail.add(text);
            options.onOutput?.(text);
        };
        const stdoutDecoder = new external_node_string_decoder_.StringDecoder('utf8');
        const stderrDecoder = new external_node_string_decoder_.StringDecoder('utf8');
        child.stdout.on('data', reader(stdoutDecoder));
        child.stderr.on('data', reader(stderrDecoder));
        const stop = (why) => {
            if (why === 'timeout')
                timedOut = true;
            else
                cancelled = true;
            if (child.pid !== undefined && !killing)
                killing = killTree(child.pid, grace, trackingId, launcher?.via === 'sudo');
        };
        const cancelTimer = options.timeoutMs !== null ? setLongTimeout(() => stop('timeout'), options.timeoutMs) : null;
        const onAbort = () => stop('cancel');
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener('abort', onAbort, { once: true });
        let settled = false;
        const finish = async (exitCode, signal) => {
            if (settled)
                return;
            settled = true;
            cancelTimer?.();
            options.signal?.removeEventListener('abort', onAbort);
            // Bytes of a character cut off by the end of the stream.
            for (const decoder of [stdoutDecoder, stderrDecoder]) {
                const rest = decoder.end();
                if (rest !== '') {
                    tail.add(rest);
                    options.onOutput?.(rest);
                }
            }
            let leftovers;
            if (work) {
                // The init's word on the experiment's status (a signal too, which PID 1 cannot pass on by dying).
                const status = parseInitStatus(await (0,promises_.readFile)(external_node_path_.join(work, 'status'), 'utf8').catch(() => ''));
                if (status) {
                    exitCode = status.exitCode;
                    signal = status.signal;
                    leftovers = status.leftovers;
                }
                await (0,promises_.rm)(work, { recursive: true, force: true }).catch(() => undefined);
            }
            resolve({ exitCode, signal, durationMs: Date.now() - started, timedOut, cancelled, tail: tail.text(), ...(leftovers ? { leftovers } : {}) });
        };
        child.on('error', (err) => {
            tail.add(`\nrepro-gate: could not start ${file}: ${err.message}\n`);
            void finish(null, null);
        });
        const closed = new Promise((r) => child.once('close', () => r()));
        child.on('exit', (code, signal) => {
            // Processes the experiment left behind would hold our pipes open and leak into the next run.
            // In a namespace they are already gone (its init exited, and the kernel ended the rest).
            // Otherwise: the group goes with its leader, and so does whatever left the group but kept
            // the run's tracking id (setsid, daemons).
            const cleanup = killing ??
                (async () => {
                    if (child.pid === undefined || process.platform === 'win32' || launcher)
                        return;
                    signalAll(await trackedProcesses(trackingId), child.pid, 'SIGKILL');
                    // A second look catches one that was between fork and exec (its environment briefly
                    // unreadable) during the first; a scan costs a few milliseconds.
                    signalAll(await trackedProcesses(trackingId), child.pid, 'SIGKILL');
                })();
            void cleanup
                // Let the pipes drain what was written just before exit, but never wait on a stray holder.
                .then(() => drainWithin(closed, 500))
                .then(() => {
                // A holder we could not end (not ours to kill, or no /proc) must not keep the gate alive.
                child.stdout.destroy();
                child.stderr.destroy();
                return finish(code, signal);
            });
        });
    });
}

;// CONCATENATED MODULE: ./src/runs/hints.ts
/**
 * Hints for the two mistakes a newcomer makes first: a command quoted into one word, and a metrics
 * path that is not where the experiment writes. Each turns a bare failure into the fix.
 */


/**
 * `repro-gate -- 'echo "{}" > metrics.json'` quotes the whole command as one word, so bash looks
 * for a program named `echo "{}" > metrics.json` and exits 127. Said only then: a one-word command
 * with spaces that did run is what the user meant.
 */
function quotedCommandHint(command, exitCode) {
    if (exitCode !== 127)
        return null;
    const word = /^'((?:[^']|'\\'')*)'$/.exec(command.trim());
    if (word === null || !/\s/.test(word[1]))
        return null;
    const inner = word[1].replace(/'\\''/g, "'");
    return (`the command is one quoted word, so bash looked for a program named "${inner.slice(0, 80)}": ` +
        `pass the words unquoted after "--" (repro-gate -- ${inner.slice(0, 80)}), or the whole line with --command`);
}
const METRICS_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.toml']);
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.repro-gate', '__pycache__', '.venv', 'venv', '.tox']);
/** The walk is a hint, not a scan: it stops early rather than cost time on a big tree. */
const MAX_ENTRIES = 5000;
const MAX_DEPTH = 4;
/**
 * Metrics-like files (.json/.yaml/.yml/.toml) under `root` modified at or after `sinceMs`, relative
 * to `root` with forward slashes, newest first. Bounded in entries and depth; never throws.
 */
async function changedMetricsLikeFiles(root, sinceMs, exclude = []) {
    const found = [];
    const excluded = new Set(exclude.map((p) => external_node_path_.resolve(p)));
    let seen = 0;
    const walk = async (dir, depth) => {
        if (depth > MAX_DEPTH || seen > MAX_ENTRIES || excluded.has(dir))
            return;
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (++seen > MAX_ENTRIES)
                return;
            const full = external_node_path_.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name))
                    await walk(full, depth + 1);
            }
            else if (entry.isFile() && METRICS_EXTENSIONS.has(external_node_path_.extname(entry.name).toLowerCase())) {
                try {
                    const stat = await external_node_fs_.promises.stat(full);
                    if (stat.mtimeMs >= sinceMs)
                        found.push({ rel: external_node_path_.relative(root, full).split(external_node_path_.sep).join('/'), mtimeMs: stat.mtimeMs });
                }
                catch {
                    /* gone meanwhile */
                }
            }
        }
    };
    await walk(root, 0);
    return found.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.rel < b.rel ? -1 : 1)).map((f) => f.rel);
}
/** " — did you mean out/metrics.json?" or " — the run wrote a.json, b.yaml (is one of them the metrics file?)". */
function metricsPathHint(candidates) {
    if (candidates.length === 0)
        return '';
    if (candidates.length === 1)
        return ` — did you mean ${candidates[0]}? (the run wrote it; set the metrics input to it)`;
    const shown = candidates.slice(0, 5).join(', ');
    return ` — the run wrote ${shown}${candidates.length > 5 ? ', …' : ''}: is one of them the metrics file?`;
}

;// CONCATENATED MODULE: ./src/runs/runs.ts












/** One probe per gate and working directory: the way that works does not change between runs. */
const launchers = new Map();
/** How runs in `plan` are contained here (probed once; throws IsolationError when `isolate` cannot be had). */
function containmentFor(plan) {
    const key = JSON.stringify([plan.cwd, plan.env.PATH ?? '', plan.isolate?.spec ?? null]);
    let launcher = launchers.get(key);
    if (!launcher) {
        launcher = prepareContainment({ env: plan.env, cwd: plan.cwd, isolate: plan.isolate });
        launchers.set(key, launcher);
        // A failure is not remembered: the next gate in this process may have what was missing.
        launcher.catch(() => launchers.delete(key));
    }
    return launcher;
}
/** Lines of output the report keeps per run: enough to see a traceback, bounded for the JSON. */
const TAIL_LINES = 40;
const TAIL_CHARS = 8000;
/**
 * The last lines of a run's output as a terminal shows them: a line that a progress bar rewrote
 * with `\r` keeps only its last state, so a traceback after a megabyte of progress is not pushed out.
 */
function boundedTail(text, lines = TAIL_LINES, chars = TAIL_CHARS) {
    const last = text
        .split('\n')
        .slice(-lines - 1)
        .map(lastRewrite)
        .join('\n');
    return last.length > chars ? last.slice(-chars) : last;
}
/** What is left of a line after its carriage returns: the text after the last one (a `\r\n` ending keeps the line). */
function lastRewrite(line) {
    const trimmed = line.replace(/\r+$/, '');
    const cr = trimmed.lastIndexOf('\r');
    return cr < 0 ? trimmed : trimmed.slice(cr + 1);
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
 * and output folder. Stops at the first run that fails to exit cleanly or to write usable metrics
 * (later runs could only repeat the failure, and experiments are expensive). Never throws for what the experiment does.
 */
async function executeRuns(plan, options = {}) {
    const launcher = await containmentFor(plan);
    const guard = new outputs/* OutputGuard */.jl(plan.cwd, { metricsFile: plan.metricsFile, artifactGlobs: plan.artifactGlobs }, plan.runRoot, options.fileOps);
    await external_node_fs_.promises.mkdir(plan.runRoot, { recursive: true });
    // Throws before any run starts when an input cannot be saved: nothing has been changed then.
    const inputs = await guard.backUpInputs();
    const metricsRel = guard.relative(plan.metricsFile);
    const records = [];
    const metrics = [];
    const reference = [];
    let stopped = null;
    try {
        for (let index = 1; index <= plan.runs; index++) {
            if (options.signal?.aborted)
                break;
            const dir = external_node_path_.join(plan.runRoot, `run-${index}`);
            const outputDir = external_node_path_.join(dir, 'output');
            await external_node_fs_.promises.mkdir(outputDir, { recursive: true });
            // An isolated experiment runs as another user, who must be able to write REPRO_OUTPUT_DIR.
            if (launcher.user)
                await external_node_fs_.promises.chmod(outputDir, 0o777);
            if (index > 1) {
                const problems = await guard.restoreInputs();
                if (problems.length > 0) {
                    // Run `index` would not start from the bytes run 1 started from: its result could not be compared.
                    stopped = `run ${index} was not started: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`;
                    break;
                }
            }
            options.observer?.onRunStart?.(index, plan.runs, dir);
            // File times have coarse resolution on some filesystems: a second's slack for the metrics hint.
            const startedMs = Date.now() - 1000;
            const result = await runProcess({
                command: plan.command,
                cwd: plan.cwd,
                env: { ...plan.env, ...(0,seeds/* runVariables */.RV)(plan.seed, index, options.announcedRuns ?? plan.runs, outputDir) },
                timeoutMs: plan.timeoutMs,
                signal: options.signal,
                killGraceMs: options.killGraceMs,
                launcher,
                onOutput: (text) => options.observer?.onOutput?.(index, text)
            });
            const collected = await guard.collectOutputs(dir, `run ${index}`);
            const metricsOut = collected.find((c) => c.rel === metricsRel) ?? null;
            const failed = result.exitCode !== 0 || result.timedOut || result.cancelled;
            const quoted = failed ? quotedCommandHint(plan.command, result.exitCode) : null;
            let error = failed
                ? `run ${index} ${describeFailure(result.exitCode, result.signal, result.timedOut, result.cancelled, plan.timeoutMs)}${quoted ? `: ${quoted}` : ''}`
                : null;
            let flat = null;
            const metricsFile = metricsOut?.location ?? null;
            if (!failed) {
                try {
                    if (metricsFile === null) {
                        const stale = inputs.some((i) => i.path === metricsRel);
                        throw new Error(stale
                            ? `run ${index}: ${metricsRel} was not rewritten by the run (it existed before run 1 and is unchanged)`
                            : `run ${index}: ${metricsRel} was not written (the experiment must write its metrics there; see the metrics input)` +
                                metricsPathHint(await changedMetricsLikeFiles(plan.cwd, startedMs, [plan.runRoot])));
                    }
                    flat = await readMetricsFile(metricsFile, `run ${index}: ${metricsRel}`);
                }
                catch (err) {
                    error = (0,errors/* errorMessage */.g)(err);
                }
            }
            const artifacts = [];
            for (const file of collected) {
                const copy = file.kept ? { copy: file.location } : {};
                if (file.kind === 'link') {
                    // Moved as a link and never followed: what it points to may be endless (/dev/zero) or outside the workspace.
                    const skipped = `a symbolic link to ${file.link ?? '?'}: moved as a link, never followed`;
                    if (index === 1 && file.kept && file.link !== undefined)
                        reference.push({ rel: file.rel, copy: file.location, expected: { link: file.link } });
                    if (file.rel !== metricsRel)
                        artifacts.push({ path: file.rel, sha256: '', bytes: 0, skipped, ...copy });
                    continue;
                }
                let hashed = null;
                try {
                    hashed = await (0,hash/* hashFile */.D)(file.location);
                }
                catch (err) {
                    if (!(err instanceof regular_file/* SkippedFileError */.Nq))
                        throw err;
                    if (file.rel !== metricsRel)
                        artifacts.push({ path: file.rel, sha256: '', bytes: 0, skipped: err.message, ...copy });
                }
                if (hashed === null)
                    continue;
                if (index === 1 && file.kept)
                    reference.push({ rel: file.rel, copy: file.location, expected: { sha256: hashed.sha256 } });
                if (file.rel !== metricsRel)
                    artifacts.push({ path: file.rel, ...hashed, ...copy });
            }
            // Matched paths that are not regular files (a FIFO, a device) were left where they are.
            for (const [rel, reason] of guard.skipped) {
                if (!artifacts.some((a) => a.path === rel))
                    artifacts.push({ path: rel, sha256: '', bytes: 0, skipped: reason });
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
                outputTail: boundedTail(result.tail),
                ...(result.leftovers && result.leftovers.count > 0 ? { leftovers: result.leftovers } : {})
            };
            records.push(record);
            metrics.push(flat);
            options.observer?.onRunEnd?.(record);
            // A run that failed or wrote no usable metrics: later runs could only repeat it, at full cost.
            if (failed || error !== null)
                break;
        }
    }
    finally {
        // Whatever failed above, the inputs are put back (and checked) before the gate goes on; what
        // still differs is found and said by leaveWorkspace, which checks every input once more.
        await guard.restoreInputs();
    }
    return {
        records,
        metrics,
        inputs: inputs.map((i) => i.path),
        skipped: plan.runs - records.length,
        stopped,
        files: { inputs: guard.savedInputs(), reference, warnings: [...new Set(guard.warnings)] },
        containment: launcher.containment
    };
}


/***/ }),

/***/ 65445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ interpretBlas),
/* harmony export */   U0: () => (/* binding */ describeBlas),
/* harmony export */   _e: () => (/* binding */ describeMismatch),
/* harmony export */   cX: () => (/* binding */ checkAgainstInstalled),
/* harmony export */   cv: () => (/* binding */ PYTHON_LOCK_FORMATS),
/* harmony export */   pZ: () => (/* binding */ installedStack)
/* harmony export */ });
/* unused harmony exports ML_STACK, normalizeDistributionName, sameVersion */
/** Shown in this order; each entry is matched by any of its distribution names (PEP 503-normalised). */
const ML_STACK = [
    { label: 'torch', distributions: ['torch'] },
    { label: 'tensorflow', distributions: ['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos', 'intel-tensorflow', 'tf-nightly'] },
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
];
/** PEP 503 name normalisation: `Scikit_Learn` and `scikit.learn` are `scikit-learn`. */
function normalizeDistributionName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** The stack packages installed, in ML_STACK order, with their versions. */
function installedStack(distributions) {
    const versions = new Map(distributions.map((d) => [normalizeDistributionName(d.name), d.version]));
    const found = [];
    for (const entry of ML_STACK) {
        const name = entry.distributions.find((d) => versions.has(d));
        if (name !== undefined)
            found.push({ label: entry.label, version: versions.get(name) ?? '' });
    }
    return found;
}
const LIBRARIES = [
    [/openblas/i, 'OpenBLAS'],
    [/mkl/i, 'MKL'],
    [/accelerate|veclib/i, 'Accelerate'],
    [/blis/i, 'BLIS'],
    [/atlas/i, 'ATLAS'],
    [/^blas$|netlib|refblas/i, 'reference BLAS']
];
/** The thread variables each library reads, most specific first (OMP_NUM_THREADS is the fallback of all). */
const THREAD_VARIABLES = {
    OpenBLAS: ['OPENBLAS_NUM_THREADS', 'GOTO_NUM_THREADS', 'OMP_NUM_THREADS'],
    MKL: ['MKL_NUM_THREADS', 'OMP_NUM_THREADS'],
    BLIS: ['BLIS_NUM_THREADS', 'OMP_NUM_THREADS'],
    Accelerate: ['VECLIB_MAXIMUM_THREADS']
};
/**
 * numpy's BLAS as it affects results: which library and build, its threading layer, how many
 * threads it uses and which CPU kernels it picked. The loaded library's own answers win over the
 * build-time configuration; the environment says the rest.
 */
function interpretBlas(line, env) {
    const name = line.name ?? line.config ?? '';
    const library = LIBRARIES.find(([pattern]) => pattern.test(name))?.[1] ?? (line.name || null);
    if (library === null)
        return null;
    const threading = line.parallel === 0 ? 'sequential' : line.parallel === 1 ? 'pthreads' : line.parallel === 2 ? 'OpenMP'
        : library === 'MKL' ? (env.MKL_THREADING_LAYER || 'intel (default)')
            : line.config && /USE_OPENMP/.test(line.config) ? 'OpenMP'
                : null;
    let threads;
    if (typeof line.threads === 'number' && line.threads > 0)
        threads = String(line.threads);
    else {
        const variable = (THREAD_VARIABLES[library] ?? ['OMP_NUM_THREADS']).find((v) => (env[v] ?? '') !== '');
        threads = variable ? `${env[variable]} (${variable})` : 'library default';
    }
    const coreType = line.coreType || (library === 'OpenBLAS' && env.OPENBLAS_CORETYPE ? `${env.OPENBLAS_CORETYPE} (OPENBLAS_CORETYPE)` : null);
    return {
        library,
        distribution: line.name ?? null,
        version: line.version ?? null,
        build: line.config ?? null,
        threading,
        threads,
        coreType
    };
}
/** One line for people: "OpenBLAS 0.3.27 · Haswell kernels · pthreads · 2 threads". */
function describeBlas(blas) {
    return [
        `${blas.library}${blas.version ? ` ${blas.version}` : ''}`,
        blas.coreType ? `${blas.coreType} kernels` : null,
        blas.threading,
        `${blas.threads} thread${blas.threads === '1' ? '' : 's'}`
    ]
        .filter((x) => x !== null)
        .join(' · ');
}
/** Python lockfile formats whose pins name what `pip install` puts in the interpreter. */
const PYTHON_LOCK_FORMATS = new Set(['pip', 'pipenv', 'poetry', 'uv']);
/** Formats that list only what this platform installs, so a missing package is a real miss (not another platform's). */
const LISTS_ONLY_THIS_PLATFORM = new Set(['pip']);
/** PEP 440 equality for the common cases: "2.0" == "2.0.0", "V1.2" == "1.2"; local and pre-release parts must match. */
function sameVersion(a, b) {
    const norm = (v) => {
        const s = v.trim().toLowerCase().replace(/^v/, '');
        const m = /^(\d+(?:\.\d+)*)(.*)$/.exec(s);
        if (m === null)
            return s;
        return m[1].replace(/(\.0+)+$/, '') + m[2];
    };
    return norm(a) === norm(b);
}
/**
 * The pins of a Python lockfile that the interpreter does not satisfy: another version installed
 * ("pinned 1.13.0, installed 1.13.0a0+gitunknown"), or, for requirements files, not installed.
 */
function checkAgainstInstalled(format, pinned, distributions) {
    if (!PYTHON_LOCK_FORMATS.has(format))
        return [];
    const installed = new Map(distributions.map((d) => [normalizeDistributionName(d.name), d.version]));
    const mismatches = [];
    for (const pin of pinned) {
        const have = installed.get(normalizeDistributionName(pin.name));
        if (have === undefined) {
            if (LISTS_ONLY_THIS_PLATFORM.has(format))
                mismatches.push({ name: pin.name, pinned: pin.version, installed: null });
        }
        else if (!sameVersion(pin.version, have))
            mismatches.push({ name: pin.name, pinned: pin.version, installed: have });
    }
    return mismatches;
}
/** "torch pinned 1.13.0, installed 1.13.0a0+gitunknown" / "tqdm pinned 4.66.1, not installed". */
function describeMismatch(m) {
    return `${m.name} pinned ${m.pinned}, ${m.installed === null ? 'not installed' : `installed ${m.installed}`}`;
}


/***/ }),

/***/ 29345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ describeFactor),
/* harmony export */   D7: () => (/* binding */ variationsLine),
/* harmony export */   h4: () => (/* binding */ diagnose),
/* harmony export */   vp: () => (/* binding */ showValue)
/* harmony export */ });
/* unused harmony export culpritSummary */
/** How a factor reads in a sentence: "the thread count (OMP_NUM_THREADS 2 → 1)". */
function describeFactor(f) {
    const change = `${f.control} → ${f.value ?? '?'}`;
    switch (f.name) {
        case 'hashseed':
            return `the hash seed (PYTHONHASHSEED ${change})`;
        case 'timezone':
            return `the time zone (${change})`;
        case 'locale':
            return `the locale (${change})`;
        case 'threads':
            return `the thread count (OMP_NUM_THREADS and the other math-library thread variables ${f.control.split(' ')[0]} → ${f.value ?? '?'})`;
        case 'cwd':
            return `the working directory's path (${change})`;
        case 'umask':
            return `the umask (${change})`;
        case 'home':
            return 'HOME (an empty folder)';
        case 'hostname':
            return `the host name (${change})`;
    }
}
/** A value as a reviewer reads it. */
function showValue(v) {
    if (v === null)
        return 'missing';
    if (typeof v === 'object')
        return v.nonFinite;
    if (typeof v === 'string')
        return /^[0-9a-f]{64}$/.test(v) ? `sha256 ${v.slice(0, 12)}…` : JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
    return String(v);
}
function describeChanges(changes) {
    if (changes.length === 1 && changes[0].kind === 'metric')
        return `${showValue(changes[0].control)} → ${showValue(changes[0].varied)}`;
    const shown = changes.slice(0, 3).map((c) => c.kind === 'metric' ? `\`${c.name}\` ${showValue(c.control)} → ${showValue(c.varied)}` : `artifact \`${c.name}\` differs`);
    return shown.join('; ') + (changes.length > 3 ? `; and ${changes.length - 3} more` : '');
}
/** "`accuracy` changes with the thread count (…): 0.91214 → 0.91238" or "with HOME empty the run exits 1: …". */
function culpritSummary(f, result) {
    if (result.error)
        return `with ${describeFactor(f)} the run ${result.error.replace(/^run \d+ /, '')}`;
    const names = result.changes.map((c) => `\`${c.name}\``);
    const subject = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
    return `${subject} ${result.changes.length === 1 ? 'changes' : 'change'} with ${describeFactor(f)}: ${describeChanges(result.changes)}`;
}
function toRun(factors, r) {
    return {
        factors: factors.map((f) => f.record.name),
        outcome: r.outcome,
        changes: r.changes,
        error: r.error,
        durationMs: r.record.durationMs,
        outputDir: r.record.outputDir
    };
}
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** Runs the diagnosis and returns the report's Variations section. */
async function diagnose(args) {
    const started = Date.now();
    const records = args.factors.map((f) => f.record);
    const varied = args.factors.filter((f) => f.record.varied);
    const section = (status, message, extra = {}) => ({
        requested: args.requested,
        factors: records,
        status,
        message,
        culprits: [],
        untested: [],
        runs: [],
        maxRuns: args.maxRuns,
        durationMs: Date.now() - started,
        ...extra
    });
    if (args.repeatsFailed)
        return section('skipped', 'not diagnosed: the repeats failed, so there is no result to vary');
    if (args.repeatsDrifted) {
        return section('inconclusive', 'inconclusive: the plain repeats already drift, so no factor can be blamed beyond that noise (no varied run made)');
    }
    if (varied.length === 0)
        return section('skipped', 'not diagnosed: none of the requested factors can be varied here (see each factor\'s reason)');
    if (args.maxRuns < 1)
        return section('skipped', 'not diagnosed: vary-max-runs is 0');
    const runs = [];
    const all = await args.execute(varied);
    runs.push(toRun(varied, all));
    if (all.outcome === 'agrees') {
        return section('insensitive', `insensitive to ${plural(varied.length, 'varied factor')}: everything varied at once agrees with run 1`, { runs });
    }
    const culprits = [];
    const untested = [];
    if (varied.length === 1) {
        const f = varied[0].record;
        culprits.push({ factor: f.name, changes: all.changes, error: all.error, summary: culpritSummary(f, all) });
    }
    else {
        for (const factor of varied) {
            if (runs.length >= args.maxRuns || args.signal?.aborted) {
                untested.push(factor.record.name);
                continue;
            }
            const alone = await args.execute([factor]);
            runs.push(toRun([factor], alone));
            if (alone.outcome !== 'agrees') {
                culprits.push({ factor: factor.record.name, changes: alone.changes, error: alone.error, summary: culpritSummary(factor.record, alone) });
            }
        }
    }
    if (culprits.length > 0) {
        const names = culprits.map((c) => c.factor).join(', ');
        const rest = untested.length ? `; not tested within vary-max-runs: ${untested.join(', ')}` : '';
        return section('sensitive', `sensitive to ${names}${rest}`, { runs, culprits, untested });
    }
    if (untested.length > 0) {
        return section('skipped', `everything varied at once drifted, but vary-max-runs (${args.maxRuns}) ran out before a culprit was found; untested: ${untested.join(', ')}`, {
            runs,
            untested
        });
    }
    return section('interaction', 'everything varied at once drifts, but no factor alone does: the drift needs several of them together', { runs });
}
/** One line for a report's variations, for `repro-gate diff`: "sensitive to threads", "insensitive to 8 factors"; null without. */
function variationsLine(v) {
    if (!v)
        return null;
    if (v.culprits.length)
        return `sensitive to ${v.culprits.map((c) => c.factor).join(', ')}`;
    if (v.status === 'insensitive')
        return `insensitive to ${plural(v.factors.filter((f) => f.varied).length, 'varied factor')}`;
    return v.status === 'interaction' ? 'sensitive to factors together' : v.status;
}


/***/ }),

/***/ 90977:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


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
var launch = __webpack_require__(98578);
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
const THREAD_VARIABLES = ['OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'NUMEXPR_NUM_THREADS', 'VECLIB_MAXIMUM_THREADS'];
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
        perVariable[name] = n !== null ? set.trim() : `unset → ${count} (${why})`;
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
    return ok ? stdout.split('\n').map((l) => l.trim()).filter(Boolean) : ['C', 'POSIX'];
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
            const control = fixed ? current.trim() : current === undefined ? 'random (PYTHONHASHSEED unset)' : `random (PYTHONHASHSEED=${current})`;
            const value = fixed ? String((Number(current) + 1) % 4294967296) : '1';
            return withVariables(record(name, control, value, { variables: { PYTHONHASHSEED: value } }));
        }
        case 'timezone': {
            const offset = await utcOffsetMinutes(env);
            const label = env.TZ ? `TZ=${env.TZ}` : 'TZ unset';
            if (offset === null)
                return notVaried(name, label, 'the control\'s UTC offset could not be read (`date +%z` failed)');
            const candidates = [
                ...((0,external_node_fs_.existsSync)('/usr/share/zoneinfo/Asia/Kolkata') ? ['Asia/Kolkata'] : []),
                'GMT+12', // POSIX sign: UTC−12
                'GMT-14' // UTC+14
            ];
            for (const zone of candidates) {
                const other = await utcOffsetMinutes({ ...env, TZ: zone });
                if (other !== null && Math.abs(other - offset) >= 4 * 60) {
                    return withVariables(record(name, `${label} (${formatOffset(offset)})`, `${zone} (${formatOffset(other)})`, { variables: { TZ: zone } }));
                }
            }
            return notVaried(name, `${label} (${formatOffset(offset)})`, 'no time zone far enough from the control\'s could be set');
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
            const control = `${max} (${Object.entries(perVariable).map(([k, v]) => `${k} ${v}`).join('; ')})`;
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
                            ? `copied ${what}: ${copy.files} files; ${copy.linked.length} linked to the originals beyond the ${Math.round(cap / 1048576)} MiB copy cap (${copy.linked.slice(0, 3).join(', ')}${copy.linked.length > 3 ? ', …' : ''})${linkedDirs}`
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
            const probe = await (0,launch/* probeHostnameMethod */.Vw)(env, platform);
            if ('reason' in probe)
                return notVaried(name, control, probe.reason);
            const value = control === 'repro-gate-varied' ? 'repro-gate-varied-2' : 'repro-gate-varied';
            const method = probe.method;
            const uid = process.getuid?.() ?? 0;
            const gid = process.getgid?.() ?? 0;
            return {
                record: record(name, control, value, { note: `new UTS namespace via ${method === 'sudo' ? 'sudo unshare --uts, then setpriv back to uid ' + uid : method === 'unshare' ? 'unshare --uts' : 'unshare -r --uts'}` }),
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

/***/ 98578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MG: () => (/* binding */ wrapCommand),
/* harmony export */   Vw: () => (/* binding */ probeHostnameMethod)
/* harmony export */ });
/* unused harmony export shellQuote */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * How a varied run is started: the umask and the host name cannot be passed as variables, so the
 * command is wrapped (`umask 0077` before it; a new UTS namespace around it).
 */

/** Quotes one word for bash. */
function shellQuote(word) {
    if (word !== '' && /^[A-Za-z0-9_\-+=/.,:@%]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
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
    const q = shellQuote;
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


/***/ }),

/***/ 83912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version, written into every report (a test keeps it equal to package.json's). */
const VERSION = '0.1.0';


/***/ })

};
