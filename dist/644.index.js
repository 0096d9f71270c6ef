export const id = 644;
export const ids = [644,801];
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

/***/ 97374:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ describeFactor),
/* harmony export */   D7: () => (/* binding */ variationsLine),
/* harmony export */   h4: () => (/* binding */ diagnose),
/* harmony export */   vp: () => (/* binding */ showValue)
/* harmony export */ });
/* unused harmony export culpritSummary */
/** How a factor reads in a sentence: "the thread count (OMP_NUM_THREADS 2 \u2192 1)". */
function describeFactor(f) {
    const change = `${f.control} \u2192 ${f.value ?? '?'}`;
    switch (f.name) {
        case 'hashseed':
            return `the hash seed (PYTHONHASHSEED ${change})`;
        case 'timezone':
            return `the time zone (${change})`;
        case 'locale':
            return `the locale (${change})`;
        case 'threads':
            return `the thread count (OMP_NUM_THREADS and the other math-library thread variables ${f.control.split(' ')[0]} \u2192 ${f.value ?? '?'})`;
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
        return /^[0-9a-f]{64}$/.test(v) ? `sha256 ${v.slice(0, 12)}\u2026` : JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}\u2026` : v);
    return String(v);
}
function describeChanges(changes) {
    if (changes.length === 1 && changes[0].kind === 'metric')
        return `${showValue(changes[0].control)} \u2192 ${showValue(changes[0].varied)}`;
    const shown = changes
        .slice(0, 3)
        .map((c) => (c.kind === 'metric' ? `\`${c.name}\` ${showValue(c.control)} \u2192 ${showValue(c.varied)}` : `artifact \`${c.name}\` differs`));
    return shown.join('; ') + (changes.length > 3 ? `; and ${changes.length - 3} more` : '');
}
/** "`accuracy` changes with the thread count (\u2026): 0.91214 \u2192 0.91238" or "with HOME empty the run exits 1: \u2026". */
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
        return section('skipped', "not diagnosed: none of the requested factors can be varied here (see each factor's reason)");
    if (args.maxRuns < 1)
        return section('skipped', 'not diagnosed: vary-max-runs is 0');
    const runs = [];
    const all = await args.execute(varied);
    runs.push(toRun(varied, all));
    if (all.outcome === 'agrees') {
        return section('insensitive', `insensitive to ${plural(varied.length, 'varied factor')}: everything varied at once agrees with run 1`, {
            runs
        });
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
                culprits.push({
                    factor: factor.record.name,
                    changes: alone.changes,
                    error: alone.error,
                    summary: culpritSummary(factor.record, alone)
                });
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
    return section('interaction', 'everything varied at once drifts, but no factor alone does: the drift needs several of them together', {
        runs
    });
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

/***/ 79644:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVaryStage: () => (/* binding */ runVaryStage)
});

// UNUSED EXPORTS: checkoutRoot, varyWanted

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/compare/compareRuns.ts
var compareRuns = __webpack_require__(662);
// EXTERNAL MODULE: ./src/vary/diagnose.ts
var diagnose = __webpack_require__(97374);
// EXTERNAL MODULE: ./src/vary/factors.ts + 1 modules
var vary_factors = __webpack_require__(4765);
// EXTERNAL MODULE: ./src/runs/runs.ts + 6 modules
var runs = __webpack_require__(78784);
// EXTERNAL MODULE: ./src/vary/launch.ts
var vary_launch = __webpack_require__(16089);
;// CONCATENATED MODULE: ./src/vary/outcome.ts
/**
 * One extra run (varied, or with another seed), executed like a repeat and compared with run 1.
 */




/** The last non-empty line of a run's output: usually the exception. */
function lastLine(text) {
    const line = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .pop() ?? '';
    return line.length > 200 ? `${line.slice(0, 200)}\u2026` : line;
}
/** What differs from run 1 beyond tolerance and beyond the repeats' own spread. */
function changesFromReference(reference, metrics, artifacts, compare) {
    const changes = [];
    for (const m of (0,compareRuns/* compareRuns */.qB)([reference.metrics, metrics], compare)) {
        if (m.status !== 'drift')
            continue;
        const noise = reference.spread.get(m.name) ?? 0;
        if (m.maxAbsDeviation !== null && m.maxAbsDeviation <= noise)
            continue;
        changes.push({ kind: 'metric', name: m.name, control: m.values[0], varied: m.values[1], absDeviation: m.maxAbsDeviation });
    }
    for (const a of (0,compareRuns/* compareArtifacts */.Tu)([reference.artifacts, artifacts])) {
        if (a.status === 'drift')
            changes.push({ kind: 'artifact', name: a.path, control: a.sha256[0], varied: a.sha256[1], absDeviation: null });
    }
    return changes;
}
/**
 * Runs the experiment once more with the given factors varied (and, for the seed audit, another
 * seed), in a folder of its own under the run root, and compares the result with run 1.
 */
async function runExtra(ctx, spec) {
    const { plan } = ctx;
    const launch = {
        env: { ...plan.env, ...(spec.env ?? {}) },
        cwd: plan.cwd,
        metricsFile: plan.metricsFile,
        wrap: { umask: null, hostname: null }
    };
    for (const factor of spec.factors ?? [])
        await factor.apply(launch);
    const extraPlan = {
        ...plan,
        runs: 1,
        seed: spec.seed ?? plan.seed,
        cwd: launch.cwd,
        env: launch.env,
        command: (0,vary_launch/* wrapCommand */.M)(plan.command, launch.wrap),
        metricsFile: launch.metricsFile,
        runRoot: external_node_path_.join(plan.runRoot, 'extra', spec.folder)
    };
    const outer = ctx.observer;
    const result = await (0,runs/* executeRuns */.e)(extraPlan, {
        signal: ctx.signal,
        killGraceMs: ctx.killGraceMs,
        announcedRuns: plan.runs,
        observer: {
            onRunStart: (_i, _n, dir) => outer?.onExtraRunStart?.(spec.label, dir),
            onOutput: (i, text) => outer?.onOutput?.(i, text),
            onRunEnd: (record) => outer?.onExtraRunEnd?.(spec.label, record)
        }
    });
    const record = result.records[0];
    const metrics = result.metrics[0] ?? null;
    if (!record) {
        return {
            record: emptyRecord(extraPlan.runRoot),
            metrics: null,
            outcome: 'failed',
            changes: [],
            error: 'the run was not started (the job was cancelled)'
        };
    }
    if (record.error !== null || metrics === null) {
        const why = (record.error ?? 'wrote no metrics').replace(/^run 1:? /, '');
        const line = lastLine(record.outputTail);
        return { record, metrics, outcome: 'failed', changes: [], error: line && !why.includes(line) ? `${why}: ${line}` : why };
    }
    const changes = changesFromReference(ctx.reference, metrics, record.artifacts, ctx.compare);
    return { record, metrics, outcome: changes.length ? 'drift' : 'agrees', changes, error: null };
}
function emptyRecord(dir) {
    return {
        index: 1,
        exitCode: null,
        signal: null,
        durationMs: 0,
        timedOut: false,
        cancelled: true,
        outputDir: dir,
        metricsFile: null,
        metrics: null,
        artifacts: [],
        error: 'not started',
        outputTail: ''
    };
}

// EXTERNAL MODULE: ./src/compare/tolerance.ts
var tolerance = __webpack_require__(91988);
// EXTERNAL MODULE: ./src/metrics/format.ts
var format = __webpack_require__(23914);
;// CONCATENATED MODULE: ./src/vary/seed-audit.ts
/**
 * The seed audit: one extra run with another seed. Only the seed variables change (REPRO_SEED, and
 * PL_GLOBAL_SEED where the gate set it), never PYTHONHASHSEED: an experiment that iterates a `set`
 * would otherwise read as wired.
 */



/** The audit's seed: the next one (the previous one at the top of the range). */
function auditSeedFor(seed) {
    return seed >= 4294967295 ? seed - 1 : seed + 1;
}
async function auditSeed(args) {
    const started = Date.now();
    const auditSeed = auditSeedFor(args.seed);
    const variables = { REPRO_SEED: String(auditSeed) };
    if ('PL_GLOBAL_SEED' in args.gateSet)
        variables.PL_GLOBAL_SEED = String(auditSeed);
    const result = await args.execute(auditSeed, variables);
    const base = { level: args.level, seed: args.seed, auditSeed, variables, spread: [], artifactsChanged: [] };
    const changed = `${Object.keys(variables).join(' and ')} ${args.seed} \u2192 ${auditSeed}`;
    if (result.outcome === 'failed' || result.metrics === null) {
        return {
            ...base,
            wired: null,
            message: `the seed audit's run (${changed}) failed, so the audit could not tell: ${result.error ?? 'no metrics'}`,
            error: result.error,
            durationMs: Date.now() - started
        };
    }
    // Any change at all counts (tolerance 0); ignored metrics (timings) stay ignored.
    const exact = { tolerance: { atol: 0, rtol: 0 }, tolerances: [], ignore: args.compare.ignore };
    const spread = [];
    let movedMetrics = 0;
    for (const m of (0,compareRuns/* compareRuns */.qB)([args.reference.metrics, result.metrics], exact)) {
        if (m.status === 'ignored')
            continue;
        if (m.status === 'drift')
            movedMetrics++;
        const numeric = m.maxAbsDeviation !== null;
        spread.push({
            name: m.name,
            tolerance: numeric ? (0,tolerance/* toleranceFor */.Tu)(m.name, args.compare.tolerances, args.compare.tolerance).tolerance : null,
            control: m.values[0],
            audit: m.values[1],
            spread: m.maxAbsDeviation
        });
    }
    const before = new Map(args.reference.artifacts.map((a) => [a.path, a.sha256]));
    const after = new Map(result.record.artifacts.map((a) => [a.path, a.sha256]));
    const artifactsChanged = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p)).sort();
    const durationMs = Date.now() - started;
    if (movedMetrics === 0 && artifactsChanged.length === 0) {
        return {
            ...base,
            spread,
            wired: false,
            message: `changing ${changed} changed no metric and no artifact: the seed is probably not wired. ` +
                'Check that the experiment reads REPRO_SEED, and that no generator is seeded from a constant (random.seed(0), np.random.default_rng(1234), torch.manual_seed(0)). ' +
                'An experiment with no randomness at all also changes nothing; the audit is for experiments that should depend on the seed.',
            error: null,
            durationMs
        };
    }
    // Metrics the seed moves less than their tolerance: that tolerance could not tell another seed.
    const loose = spread.filter((s) => s.spread !== null && s.spread > 0 && s.tolerance && s.spread <= s.tolerance.atol + s.tolerance.rtol * Math.abs(Number(s.control)));
    const largest = [...spread].filter((s) => s.spread !== null).sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0))[0];
    const parts = [
        `changing ${changed} moves ${movedMetrics} of ${spread.length} metrics${artifactsChanged.length ? ` and ${artifactsChanged.length} artifacts` : ''}: the seed is wired`,
        ...(largest?.spread ? [`largest seed spread ${(0,format/* formatDeviation */.v)(largest.spread)} (${largest.name})`] : []),
        ...(loose.length
            ? [
                `the tolerance is wider than the seed's effect for ${loose
                    .slice(0, 3)
                    .map((s) => s.name)
                    .join(', ')}${loose.length > 3 ? ', \u2026' : ''}: it would not notice another seed`
            ]
            : [])
    ];
    return { ...base, spread, artifactsChanged, wired: true, message: parts.join('; '), error: null, durationMs };
}

;// CONCATENATED MODULE: ./src/vary/stage.ts
/**
 * The variation stage, after the repeats: the seed audit (one run with another seed), then the
 * diagnosis (one run with every factor varied; one per factor only when that drifts). Each extra
 * run is executed like a repeat, in a folder of its own, and compared with run 1.
 */







/**
 * The checkout around the working directory: GITHUB_WORKSPACE, else the git top level, else the
 * folder the gate was started from when the working directory lies inside it (the CLI run from a
 * project root that is not a git repository), else none. An experiment that reads `../data` needs
 * its siblings in the cwd factor's copy, or the copy itself would "move" its results.
 */
async function checkoutRoot(cwd, env, invocationDir = process.cwd()) {
    const inside = (root) => {
        const rel = external_node_path_.relative(root, cwd);
        return !rel.startsWith('..') && !external_node_path_.isAbsolute(rel);
    };
    const workspace = env.GITHUB_WORKSPACE;
    if (workspace && inside(workspace))
        return workspace;
    const top = await new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['rev-parse', '--show-toplevel'], { cwd, env, timeout: 5000 }, (err, stdout) => resolve(err ? undefined : String(stdout).trim() || undefined));
    });
    if (top)
        return top;
    return external_node_path_.resolve(invocationDir) !== external_node_path_.resolve(cwd) && inside(external_node_path_.resolve(invocationDir)) ? external_node_path_.resolve(invocationDir) : undefined;
}
/** Whether the stage has anything to do for these inputs. */
function varyWanted(inputs) {
    return inputs.vary.length > 0 || inputs.seedAudit !== 'off';
}
async function runVaryStage(inputs, plan, runs, options = {}) {
    const result = { variations: null, seedAudit: null, drifted: [], errors: [], warnings: [] };
    const compare = { tolerance: inputs.tolerance, tolerances: inputs.tolerances, ignore: inputs.ignore };
    const clean = runs.records.every((r) => r.error === null) && runs.skipped === 0 && runs.records.length >= 2;
    const comparable = runs.metrics.filter((m) => m !== null);
    const repeatComparison = clean ? (0,compareRuns/* compareRuns */.qB)(comparable, compare) : [];
    const repeatArtifacts = clean ? (0,compareRuns/* compareArtifacts */.Tu)(runs.records.map((r) => r.artifacts)) : [];
    const repeatsDrifted = repeatComparison.some((m) => m.status === 'drift') || repeatArtifacts.some((a) => a.status === 'drift');
    const reference = clean
        ? {
            metrics: comparable[0],
            artifacts: runs.records[0].artifacts,
            spread: new Map(repeatComparison.map((m) => [m.name, m.maxAbsDeviation ?? 0]))
        }
        : null;
    const ctx = (ref) => ({
        plan,
        compare,
        reference: ref,
        observer: options.observer,
        signal: options.signal,
        killGraceMs: options.killGraceMs
    });
    if (inputs.seedAudit !== 'off' && reference && !options.signal?.aborted) {
        const level = inputs.seedAudit;
        result.seedAudit = await auditSeed({
            level,
            seed: plan.seed,
            gateSet: plan.seeds.set,
            reference,
            compare,
            execute: (seed, variables) => runExtra(ctx(reference), { label: `seed audit (REPRO_SEED ${seed})`, folder: 'seed-audit', seed, env: variables })
        });
        if (result.seedAudit.wired === false) {
            if (level === 'fail')
                result.errors.push({ run: null, message: `seed-audit: ${result.seedAudit.message}` });
            else
                result.warnings.push(`seed-audit: ${result.seedAudit.message}`);
        }
        else if (result.seedAudit.wired === null)
            result.warnings.push(`seed-audit: ${result.seedAudit.message}`);
    }
    if (inputs.vary.length > 0) {
        const workRoot = external_node_path_.join(plan.runRoot, 'vary');
        const factors = await (0,vary_factors/* planFactors */.CV)(inputs.vary, {
            env: plan.env,
            cwd: plan.cwd,
            copyRoot: inputs.vary.includes('cwd') ? await checkoutRoot(plan.cwd, plan.env) : undefined,
            workRoot,
            exclude: [plan.runRoot],
            copyCapBytes: options.copyCapBytes
        });
        let n = 0;
        result.variations = await (0,diagnose/* diagnose */.h4)({
            requested: inputs.vary,
            factors,
            maxRuns: inputs.varyMaxRuns,
            repeatsDrifted,
            repeatsFailed: !clean,
            signal: options.signal,
            execute: (chosen) => {
                const names = chosen.map((f) => f.record.name);
                n++;
                return runExtra(ctx(reference), {
                    label: names.length === 1 ? `varied: ${names[0]}` : `varied: ${names.join(', ')}`,
                    folder: `vary-${n}-${names.length === 1 ? names[0] : 'all'}`,
                    factors: chosen
                });
            }
        });
        const v = result.variations;
        if (v.status === 'sensitive')
            result.drifted.push(...v.culprits.map((c) => ({ kind: 'variation', name: c.factor })));
        if (v.status === 'interaction') {
            result.drifted.push({ kind: 'variation', name: v.runs[0].factors.join('+') });
        }
        for (const f of v.factors)
            if (!f.varied)
                result.warnings.push(`vary: ${f.name} not varied: ${f.reason}`);
    }
    return result;
}


/***/ })

};
