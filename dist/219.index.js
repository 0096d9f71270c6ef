export const id = 219;
export const ids = [219,801];
export const modules = {

/***/ 662:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R8: () => (/* binding */ NO_RUNS),
/* harmony export */   Tu: () => (/* binding */ compareArtifacts),
/* harmony export */   qB: () => (/* binding */ compareRuns)
/* harmony export */ });
/* unused harmony export compareMetricNames */
/* harmony import */ var _metrics_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38719);
/* harmony import */ var _inputs_patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79170);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87801);
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91988);




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
/** The empty list of runs every metric without missing values or drifted runs shares (frozen: never written to). */
const NO_RUNS = Object.freeze([]);
const NONE = NO_RUNS;
function sameNames(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/**
 * The metric names of all runs and each run's values in their order (undefined where a run lacks
 * the name). When every run wrote the same names in the same order \u2014 the usual case \u2014 the values
 * are read in one pass over each run, without a lookup by name.
 */
function alignRuns(runs) {
    const lists = runs.map((run) => (run instanceof _metrics_values_js__WEBPACK_IMPORTED_MODULE_0__/* .MetricList */ .x4 ? run.columns() : null));
    const first = lists[0];
    if (first && lists.every((l) => l !== null && (l.names === first.names || sameNames(l.names, first.names)))) {
        return { names: first.names, columns: lists.map((l) => l.values) };
    }
    const names = Array.from(runs[0].keys());
    const columns = [Array.from(runs[0].values())];
    let aligned = true;
    for (let r = 1; r < runs.length && aligned; r++) {
        if (runs[r].size !== names.length) {
            aligned = false;
            break;
        }
        const column = new Array(names.length);
        let i = 0;
        for (const [name, value] of runs[r]) {
            if (name !== names[i]) {
                aligned = false;
                break;
            }
            column[i++] = value;
        }
        columns.push(column);
    }
    if (aligned)
        return { names, columns };
    const all = new Set(names);
    for (let r = 1; r < runs.length; r++)
        for (const name of runs[r].keys())
            all.add(name);
    const union = Array.from(all);
    return { names: union, columns: runs.map((run) => union.map((name) => run.get(name))) };
}
/**
 * Compares the metrics of every run with run 1 (the reference). A metric passes when every later
 * run is within tolerance; a metric missing from any run is drift. Pure: runs' flattened metrics in,
 * one comparison per metric name out, drift first, then by name.
 * A flattened model has a million metrics: the loop below allocates one object and one array of
 * values per metric and nothing else on the common path (runs that agree share the empty lists,
 * equal numbers are not measured by a call), and the patterns are compiled once.
 */
function compareRuns(runs, options) {
    if (runs.length === 0)
        return [];
    const { names, columns } = alignRuns(runs);
    const n = runs.length;
    const ignored = options.ignore.map(_inputs_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .compileMetricPattern */ .c);
    const ruleFor = (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_3__/* .toleranceRuleMatcher */ .EL)(options.tolerances);
    const results = new Array(names.length);
    for (let i = 0; i < names.length; i++) {
        const name = names[i];
        const encoded = new Array(n);
        let missingIn = NONE;
        let numeric = false;
        for (let r = 0; r < n; r++) {
            const v = columns[r][i];
            if (v === undefined) {
                if (missingIn === NONE)
                    missingIn = [];
                missingIn.push(r + 1);
                encoded[r] = null;
            }
            else if (typeof v === 'number') {
                numeric = true;
                encoded[r] = Number.isFinite(v) ? v : (0,_metrics_values_js__WEBPACK_IMPORTED_MODULE_0__/* .encodeValue */ .It)(v);
            }
            else
                encoded[r] = v;
        }
        const matched = ruleFor(name);
        const tolerance = matched ? matched.tolerance : options.tolerance;
        const rule = matched ? matched.pattern : null;
        let isIgnored = false;
        for (let k = 0; k < ignored.length && !isIgnored; k++)
            isIgnored = ignored[k](name);
        const reference = columns[0][i];
        let maxAbs = null;
        let maxRel = null;
        let driftRuns = NONE;
        let reasons = null;
        if (isIgnored) {
            // Reported with its values, never measured.
        }
        else if (reference === undefined) {
            // Without a reference value there is nothing to measure against: the runs lacking it are the finding.
            driftRuns = missingIn;
            reasons = [`missing in run ${missingIn.join(', ')}`];
        }
        else {
            const equalFinite = typeof reference === 'number' && Number.isFinite(reference);
            for (let r = 1; r < n; r++) {
                const candidate = columns[r][i];
                if (equalFinite && candidate === reference) {
                    // The same finite number: no deviation (what compareMetricValues says, without the call).
                    if (maxAbs === null)
                        maxAbs = 0;
                    if (reference !== 0 && maxRel === null)
                        maxRel = 0;
                    continue;
                }
                const c = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .compareMetricValues */ .C)(reference, candidate, tolerance);
                maxAbs = maxOrNull(maxAbs, c.absDeviation);
                maxRel = maxOrNull(maxRel, c.relDeviation);
                if (!c.ok) {
                    if (driftRuns === NONE)
                        driftRuns = [];
                    driftRuns.push(r + 1);
                    reasons ??= [];
                    if (reasons.length < 3)
                        reasons.push(`run ${r + 1}: ${c.reason}`);
                }
            }
        }
        const status = isIgnored ? 'ignored' : driftRuns.length > 0 ? 'drift' : 'pass';
        results[i] = {
            name,
            values: encoded,
            missingIn,
            tolerance: numeric ? tolerance : null,
            toleranceRule: numeric ? rule : null,
            status,
            maxAbsDeviation: maxAbs,
            maxRelDeviation: maxRel,
            driftRuns,
            reason: status === 'drift' && reasons !== null ? reasons.join('; ') : null
        };
    }
    // Drift, then pass, then ignored, each by name: three sorts by name alone, and none where the
    // names already come in order (checked in one pass).
    const byName = (a, b) => compareMetricNames(a.name, b.name);
    const sorted = (list) => {
        for (let i = 1; i < list.length; i++)
            if (byName(list[i - 1], list[i]) > 0)
                return list.sort(byName);
        return list;
    };
    const drift = [];
    const pass = [];
    const ignoredList = [];
    for (const m of results)
        (m.status === 'drift' ? drift : m.status === 'pass' ? pass : ignoredList).push(m);
    const out = sorted(drift);
    for (const m of sorted(pass))
        out.push(m);
    for (const m of sorted(ignoredList))
        out.push(m);
    return out;
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
            results.push({
                path,
                status: 'pass',
                sha256: files.map(() => null),
                bytes: files.map(() => null),
                driftRuns: [],
                reason: `not compared: ${skipped}`
            });
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

/***/ 91988:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ toleranceRuleMatcher),
/* harmony export */   Tu: () => (/* binding */ toleranceFor),
/* harmony export */   p4: () => (/* binding */ withinTolerance)
/* harmony export */ });
/* harmony import */ var _inputs_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79170);

/**
 * The rule that sets a metric's tolerance (the first whose pattern matches), or null for the
 * default; patterns compiled once, and nothing allocated per name (compareRuns asks a million times).
 */
function toleranceRuleMatcher(rules) {
    const compiled = rules.map((rule) => ({ test: (0,_inputs_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compileMetricPattern */ .c)(rule.pattern), rule }));
    return (name) => {
        for (let k = 0; k < compiled.length; k++)
            if (compiled[k].test(name))
                return compiled[k].rule;
        return null;
    };
}
/** The tolerance for one metric: the first matching rule wins, else the default. */
function toleranceFor(name, rules, fallback) {
    const rule = toleranceRuleMatcher(rules)(name);
    return rule ? { tolerance: rule.tolerance, rule: rule.pattern } : { tolerance: fallback, rule: null };
}
/** `|a\u2212b| \u2264 atol + rtol\u00b7|b|`, with b the reference. */
function withinTolerance(a, b, t) {
    return Math.abs(a - b) <= t.atol + t.rtol * Math.abs(b);
}


/***/ }),

/***/ 87801:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ compareMetricValues)
/* harmony export */ });
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91988);

function describe(value) {
    if (typeof value === 'string')
        return `string ${JSON.stringify(value)}`;
    if (value === null)
        return 'null';
    return `${typeof value} ${String(value)}`;
}
/**
 * Compares one candidate value with the reference. Numbers within `|a\u2212b| \u2264 atol + rtol\u00b7|b|`
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
        return { ok, absDeviation: abs, relDeviation: rel, reason: ok ? null : `|\u0394| = ${abs} > ${tolerance.atol} + ${tolerance.rtol}\u00b7|ref|` };
    }
    if (typeof reference !== typeof candidate || (reference === null) !== (candidate === null)) {
        return {
            ok: false,
            absDeviation: null,
            relDeviation: null,
            reason: `type changed: ${describe(candidate)} vs reference ${describe(reference)}`
        };
    }
    const ok = reference === candidate;
    return { ok, absDeviation: null, relDeviation: null, reason: ok ? null : `${describe(candidate)} vs reference ${describe(reference)}` };
}


/***/ }),

/***/ 23914:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 41219:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildReport: () => (/* binding */ buildReport),
  decideVerdict: () => (/* binding */ decideVerdict),
  reportInputs: () => (/* binding */ reportInputs)
});

// EXTERNAL MODULE: ./src/compare/compareRuns.ts
var compareRuns = __webpack_require__(662);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/report/schema-version.ts
var schema_version = __webpack_require__(40914);
// EXTERNAL MODULE: ./src/metrics/values.ts
var values = __webpack_require__(38719);
// EXTERNAL MODULE: ./src/vary/factors.ts + 1 modules
var factors = __webpack_require__(4765);
// EXTERNAL MODULE: ./src/metrics/format.ts
var format = __webpack_require__(23914);
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
        let compared = 0;
        for (const m of e.metrics)
            if (m.status === 'pass')
                compared++;
        const sizes = new Set(a.bytes.filter((b) => b !== null));
        return {
            kind: 'artifact-content',
            summary: 'likely a timestamp, a random name or an unordered iteration written into the file: the artifact changes while every metric agrees',
            evidence: [
                `${driftedArtifacts
                    .map((x) => `\`${x.path}\``)
                    .slice(0, 3)
                    .join(', ')} ${driftedArtifacts.length === 1 ? 'differs' : 'differ'} between runs while all ${compared} compared metrics agree`,
                sizes.size === 1
                    ? `\`${a.path}\` has the same size in every run, so its bytes changed in place (a time, an id, or an order)`
                    : `\`${a.path}\` changes size between runs`
            ],
            suggestion: 'write files without timestamps, with sorted keys and in a fixed order; compare the two versions in the run folders to see the bytes that move'
        };
    }
    const numeric = drifted.filter((m) => m.maxRelDeviation !== null);
    if (numeric.length === 0)
        return null;
    const worst = numeric.reduce((a, b) => ((b.maxRelDeviation ?? 0) > (a.maxRelDeviation ?? 0) ? b : a));
    const worstRel = worst.maxRelDeviation ?? 0;
    const deviationLine = `largest relative deviation ${(0,format/* formatDeviation */.v)(worstRel)} (\`${worst.name}\`, |\u0394| ${(0,format/* formatDeviation */.v)(worst.maxAbsDeviation ?? 0)})`;
    if (worstRel <= ROUNDING_SCALE) {
        const parallel = e.threads.max > 1 || e.gpus.length > 0;
        if (!parallel)
            return null;
        return {
            kind: 'reduction-order',
            summary: 'likely floating-point reduction order: parallel sums or non-deterministic GPU kernels add the same numbers in another order',
            evidence: [
                `${deviationLine}: floating-point rounding scale (\u2264 ${(0,format/* formatDeviation */.v)(ROUNDING_SCALE)})`,
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
            return s && d > 0 && d / s >= 0.1 && d / s <= 10
                ? [`\`${m.name}\` moves ${(0,format/* formatDeviation */.v)(d)} between repeats; another seed moves it ${(0,format/* formatDeviation */.v)(s)}`]
                : [];
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
        ...(inputs.vary.length > 0 || inputs.seedAudit !== 'off'
            ? { vary: inputs.vary, varyMaxRuns: inputs.varyMaxRuns, seedAudit: inputs.seedAudit }
            : {}),
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
            errors.push({
                run: null,
                message: `${input.path} could not be put back as it was before the gate; its original is kept at ${input.saved}`
            });
        }
    }
    errors.push(...(args.extraErrors ?? []));
    errors.push(...(args.vary?.errors ?? []));
    const comparable = runs.metrics.filter((m, i) => m !== null && runs.records[i].error === null);
    const compared = comparable.length >= 2;
    const metrics = compared ? (0,compareRuns/* compareRuns */.qB)(comparable, inputs) : [];
    // A compared run's values are the comparison's (its k-th value); any other run with metrics keeps its own.
    const records = runs.records.map((r, i) => {
        const flat = runs.metrics[i] ?? null;
        if (r.metrics !== undefined || (compared && flat !== null && r.error === null))
            return r;
        return { ...r, metrics: flat === null ? null : (0,values/* encodeMetrics */.sb)(flat) };
    });
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
        schemaVersion: schema_version/* SCHEMA_VERSION */.f,
        tool: { name: 'repro-gate', version: version/* VERSION */.x },
        mode: inputs.mode === 'record' ? 'record' : 'gate',
        verdict,
        reproducible: verdict === 'reproducible',
        createdAt: new Date().toISOString(),
        durationMs: Date.now() - startedAt,
        inputs: reportInputs(inputs),
        context,
        seeds: plan.seeds,
        runs: records,
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

/***/ 40914:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
/**
 * 2: metrics stored compactly (see stored.ts); 1 is still read. The in-memory report is the same
 * for both: every reader sees every field.
 */
const SCHEMA_VERSION = 2;


/***/ }),

/***/ 311:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version, written into every report (a test keeps it equal to package.json's). */
const VERSION = '0.1.0';


/***/ })

};
