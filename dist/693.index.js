export const id = 693;
export const ids = [693];
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

/***/ 37527:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ metricLine),
/* harmony export */   H0: () => (/* binding */ metricsEnd),
/* harmony export */   S0: () => (/* binding */ fromStoredReport),
/* harmony export */   _H: () => (/* binding */ isValidStoredMetric),
/* harmony export */   aE: () => (/* binding */ storedParts),
/* harmony export */   cF: () => (/* binding */ serializeStoredHead),
/* harmony export */   wL: () => (/* binding */ reportVersionProblem)
/* harmony export */ });
/* unused harmony exports READABLE_SCHEMA_VERSIONS, toStoredReport, serializeStoredReport */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _compare_compareRuns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(662);
/* harmony import */ var _schema_version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40914);
/**
 * The report as stored in its file (schemaVersion 2), and back. In memory every metric comparison
 * has all its fields, and a compared run holds no metrics of its own (its values are the
 * comparison's: compare/reports.ts `runMetricValues`); on disk a million metrics would be a
 * 400 MB file, mostly repeats: the same value once per run, defaults written out. Stored, a metric
 * writes only what differs from what its status, values and the report's inputs imply
 * (`defaultsFor`), and one value when all runs agree. Version 1 reports (every field written, every
 * run its metrics) read through the same path: nothing in them is left to a default.
 */




/** Report versions this repro-gate reads: 1 (every field of every metric) and 2 (stored compactly). */
const READABLE_SCHEMA_VERSIONS = [1, _schema_version_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f];
/** Why a parsed report's `schemaVersion` cannot be read (naming it; a newer one says to upgrade), or null. */
function reportVersionProblem(parsed) {
    const version = parsed?.schemaVersion;
    return typeof version === 'number' && !READABLE_SCHEMA_VERSIONS.includes(version)
        ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreadableVersion */ .EG)('schemaVersion', version, READABLE_SCHEMA_VERSIONS)
        : null;
}
const STORED_METRIC_KEYS = new Set([
    'name',
    'status',
    'value',
    'values',
    'missingIn',
    'tolerance',
    'toleranceRule',
    'maxAbsDeviation',
    'maxRelDeviation',
    'driftRuns',
    'reason'
]);
// JSON Schema's number, integer and minimum exactly as the generated validator checks them (it
// takes NaN and Infinity for numbers: JSON.stringify writes them as null).
const isNumber = (v) => typeof v === 'number';
const isRunIndex = (v) => typeof v === 'number' && !(v % 1) && !isNaN(v) && !(v < 1);
function isEncodedValue(v) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number')
        return true;
    if (typeof v !== 'object' || Array.isArray(v))
        return false;
    let keys = 0;
    for (const k in v)
        if (Object.hasOwn(v, k) && (keys++ > 0 || k !== 'nonFinite'))
            return false;
    const tag = v.nonFinite;
    return keys === 1 && (tag === 'NaN' || tag === 'Infinity' || tag === '-Infinity');
}
function isRunList(v) {
    if (!Array.isArray(v))
        return false;
    for (const i of v)
        if (!isRunIndex(i))
            return false;
    return true;
}
function isTolerance(v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return false;
    let keys = 0;
    for (const k in v)
        if (Object.hasOwn(v, k) && (k === 'atol' || k === 'rtol'))
            keys++;
        else if (Object.hasOwn(v, k))
            return false;
    const t = v;
    return keys === 2 && isNumber(t.atol) && !(t.atol < 0) && isNumber(t.rtol) && !(t.rtol < 0);
}
const isNullableString = (v) => v === null || typeof v === 'string';
const isNullableNumber = (v) => v === null || isNumber(v);
/**
 * Whether a stored metric is valid against the report schema's `metrics` item, checked by hand:
 * the generated validator takes seconds over a million of them. writeReport still runs the
 * validator over any chunk this rejects (for its messages) and over the first; a test holds the
 * two to the same answers (__tests__/report/stored.test.ts).
 */
function isValidStoredMetric(m) {
    if (m === null || typeof m !== 'object' || Array.isArray(m))
        return false;
    const s = m;
    for (const k in s)
        if (Object.hasOwn(s, k) && (!STORED_METRIC_KEYS.has(k) || s[k] === undefined))
            return false;
    if (typeof s.name !== 'string')
        return false;
    // Exactly one of value and values.
    if (Object.hasOwn(s, 'value') === Object.hasOwn(s, 'values'))
        return false;
    if (Object.hasOwn(s, 'value') && !isEncodedValue(s.value))
        return false;
    if (Object.hasOwn(s, 'values') && !(Array.isArray(s.values) && s.values.every(isEncodedValue)))
        return false;
    if (Object.hasOwn(s, 'status') && s.status !== 'pass' && s.status !== 'drift' && s.status !== 'ignored')
        return false;
    if (Object.hasOwn(s, 'missingIn') && !isRunList(s.missingIn))
        return false;
    if (Object.hasOwn(s, 'driftRuns') && !isRunList(s.driftRuns))
        return false;
    if (Object.hasOwn(s, 'tolerance') && s.tolerance !== null && !isTolerance(s.tolerance))
        return false;
    if (Object.hasOwn(s, 'toleranceRule') && !isNullableString(s.toleranceRule))
        return false;
    if (Object.hasOwn(s, 'reason') && !isNullableString(s.reason))
        return false;
    if (Object.hasOwn(s, 'maxAbsDeviation') && !isNullableNumber(s.maxAbsDeviation))
        return false;
    if (Object.hasOwn(s, 'maxRelDeviation') && !isNullableNumber(s.maxRelDeviation))
        return false;
    return true;
}
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
        missingIn: s.missingIn ?? _compare_compareRuns_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_RUNS */ .R8,
        tolerance: s.tolerance !== undefined ? s.tolerance : (impliedTolerance(values, toleranceRule, d) ?? null),
        toleranceRule,
        status,
        maxAbsDeviation: s.maxAbsDeviation !== undefined ? s.maxAbsDeviation : abs,
        maxRelDeviation: s.maxRelDeviation !== undefined ? s.maxRelDeviation : rel,
        driftRuns: s.driftRuns ?? _compare_compareRuns_js__WEBPACK_IMPORTED_MODULE_2__/* .NO_RUNS */ .R8,
        reason: s.reason ?? null
    };
}
/**
 * The stored report without its metrics (`metrics: []`), and how each metric is stored: the
 * writer stores, validates and writes the metrics a chunk at a time, so a million of them are
 * never all in memory twice.
 */
function storedParts(report) {
    const valuesPerMetric = report.metrics[0]?.values.length ?? 0;
    const d = defaultsOf(report, valuesPerMetric);
    // Compared runs hold no metrics of their own (buildReport keeps their values in the comparison),
    // and are stored so; a run with its own keeps them.
    const runs = report.runs;
    const head = { ...report, schemaVersion: _schema_version_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f, runs, metrics: [] };
    if (report.metrics.length > 0)
        head.valuesPerMetric = valuesPerMetric;
    return { head, store: (m) => storeMetric(m, d) };
}
/** The report as stored: compact metrics, and compared runs' metrics left to the comparison. */
function toStoredReport(report) {
    const { head, store } = storedParts(report);
    return { ...head, metrics: report.metrics.map(store) };
}
/**
 * A stored report (version 1 or 2, already validated) as the in-memory report every reader uses.
 * Compared runs stored without their metrics stay so: their values are the comparison's
 * (`runMetricValues` in compare/reports.ts reads them), as in the report the gate made.
 */
function fromStoredReport(stored) {
    const d = defaultsOf(stored, stored.valuesPerMetric ?? 0);
    const metrics = new Array(stored.metrics.length);
    for (let i = 0; i < metrics.length; i++)
        metrics[i] = readMetric(stored.metrics[i], d);
    const { valuesPerMetric: _count, ...rest } = stored;
    return { ...rest, schemaVersion: _schema_version_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEMA_VERSION */ .f, runs: stored.runs, metrics };
}
/**
 * The stored report's JSON text around its metrics: two-space indented, except any run's own
 * metrics (one line). The metrics go between the two, each on a line of its own (`metricLine`),
 * so a million metrics are a million lines rather than fifteen million.
 */
function serializeStoredHead(stored) {
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
    const placeholder = new RegExp(`"${token}:run:(\\d+)"`, 'g');
    const [before, after] = text.split(`"${token}:metrics"`);
    const fill = (part) => part.replace(placeholder, (_match, run) => runMetrics[Number(run)]);
    return { before: fill(before), after: fill(after) + '\n' };
}
/** JSON text of a stored metric: a metric that only has a name and one value (most) without a generic stringify. */
function storedMetricJson(m) {
    let keys = 0;
    for (const k in m)
        if (Object.hasOwn(m, k))
            keys++;
    const v = m.value;
    if (keys === 2 && (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === null))
        return `{"name":${JSON.stringify(m.name)},"value":${JSON.stringify(v)}}`;
    return JSON.stringify(m);
}
/** One stored metric's line: the first one opens the array, a later one follows a comma. */
function metricLine(m, first) {
    return `${first ? '[\n' : ',\n'}    ${storedMetricJson(m)}`;
}
/** How the metrics array ends: `[]` when there was none, else a line of its own. */
function metricsEnd(count) {
    return count === 0 ? '[]' : '\n  ]';
}
/** The stored report as JSON text (see serializeStoredHead). */
function serializeStoredReport(stored) {
    const { before, after } = serializeStoredHead(stored);
    const lines = stored.metrics.map((m, i) => metricLine(m, i === 0));
    return before + lines.join('') + metricsEnd(stored.metrics.length) + after;
}


/***/ }),

/***/ 1693:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readReportFile: () => (/* binding */ readReportFile),
/* harmony export */   readStoredReport: () => (/* binding */ readStoredReport),
/* harmony export */   writeReport: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50898);
/* harmony import */ var _stored_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37527);




/** Metrics stored, validated and written at a time: a few MB of text, whatever the report's size. */
const METRICS_PER_CHUNK = 20_000;
/**
 * Validates and writes a report that was redacted where it was made (`redactor.deep`, in the gate
 * and compare mode), in its stored form (stored.ts: what is validated is what the file holds).
 * A schema violation is a bug in repro-gate, not in the experiment: it is returned as problems to
 * log, and the report is still written so nothing is lost.
 * The metrics are stored, validated against the schema and written a chunk at a time (each chunk
 * in the report around it, less its runs), so neither the stored metrics nor the file's text are
 * ever all in memory.
 */
async function writeReport(report, file) {
    const { head, store } = (0,_stored_js__WEBPACK_IMPORTED_MODULE_2__/* .storedParts */ .aE)(report);
    const problems = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateReport */ .R)(head);
    // Each chunk is validated inside a small frame: the report without its runs (validated above).
    const frame = { ...head, runs: [] };
    // A frame the schema rejects by itself (it never should) would hide the metrics' own problems.
    const framed = (await (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateReport */ .R)(frame)).length === 0;
    const { before, after } = (0,_stored_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeStoredHead */ .cF)(head);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const out = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(file, 'w');
    try {
        await out.write(before);
        for (let start = 0; start < report.metrics.length; start += METRICS_PER_CHUNK) {
            const chunk = report.metrics.slice(start, start + METRICS_PER_CHUNK).map(store);
            // The schema's own validator runs on the first chunk and on any chunk the hand check
            // (isValidStoredMetric: the same rules, a hundred times faster) finds fault with.
            if (start === 0 || !chunk.every(_stored_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidStoredMetric */ ._H)) {
                const found = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateReport */ .R)(framed ? { ...frame, metrics: chunk } : { ...head, metrics: chunk });
                // Paths name the metric's index in the whole report, not in its chunk.
                for (const problem of found) {
                    const whole = problem.replace(/^\/metrics\/(\d+)/, (_m, i) => `/metrics/${start + Number(i)}`);
                    if (!problems.includes(whole))
                        problems.push(whole);
                }
            }
            const lines = new Array(chunk.length);
            for (let i = 0; i < chunk.length; i++)
                lines[i] = (0,_stored_js__WEBPACK_IMPORTED_MODULE_2__/* .metricLine */ .DE)(chunk[i], start + i === 0);
            await out.write(lines.join(''));
        }
        await out.write((0,_stored_js__WEBPACK_IMPORTED_MODULE_2__/* .metricsEnd */ .H0)(report.metrics.length) + after);
    }
    finally {
        await out.close();
    }
    return { report, problems };
}
/**
 * The schema's problems with a parsed report file. Its metrics (a million, maybe) are checked by
 * hand (isValidStoredMetric) past the first chunk, which the validator checks with the rest of the
 * report; any fault found sends the whole file through the validator, for its messages.
 */
async function validateStoredReport(parsed) {
    const metrics = parsed?.metrics;
    if (!Array.isArray(metrics) || metrics.length <= METRICS_PER_CHUNK)
        return (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateReport */ .R)(parsed);
    const problems = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateReport */ .R)({ ...parsed, metrics: metrics.slice(0, METRICS_PER_CHUNK) });
    if (problems.length > 0)
        return problems;
    for (let i = METRICS_PER_CHUNK; i < metrics.length; i++)
        if (!(0,_stored_js__WEBPACK_IMPORTED_MODULE_2__/* .isValidStoredMetric */ ._H)(metrics[i]))
            return (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateReport */ .R)(parsed);
    return [];
}
/**
 * A parsed report file as the in-memory report, or the problems that make it not one: a schema
 * version this repro-gate does not read, or a schema violation.
 */
async function readStoredReport(parsed) {
    const versionProblem = (0,_stored_js__WEBPACK_IMPORTED_MODULE_2__/* .reportVersionProblem */ .wL)(parsed);
    if (versionProblem !== null)
        return { report: null, problems: [versionProblem] };
    const problems = await validateStoredReport(parsed);
    if (problems.length > 0)
        return { report: null, problems };
    return { report: (0,_stored_js__WEBPACK_IMPORTED_MODULE_2__/* .fromStoredReport */ .S0)(parsed), problems: [] };
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
    // A version it does not read is a repro-gate report all the same: say which, not "not a report".
    const versionProblem = (0,_stored_js__WEBPACK_IMPORTED_MODULE_2__/* .reportVersionProblem */ .wL)(parsed);
    if (versionProblem !== null)
        throw new Error(`${file}: ${versionProblem}`);
    const read = await readStoredReport(parsed);
    if (read.report === null) {
        throw new Error(`${file}: not a repro-gate report (schema: ${read.problems.slice(0, 3).join('; ')})`);
    }
    return read.report;
}


/***/ })

};
