export const id = 370;
export const ids = [370,801];
export const modules = {

/***/ 56952:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Ri: () => (/* binding */ compareMetricSets),
/* harmony export */   jn: () => (/* binding */ reportMetricValues),
/* harmony export */   uL: () => (/* binding */ hasDrift)
/* harmony export */ });
/* unused harmony export runMetricValues */
/* harmony import */ var _inputs_patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79170);
/* harmony import */ var _metrics_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38719);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87801);
/* harmony import */ var _tolerance_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91988);




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
/**
 * One run's metrics: its own, or, for a compared run (one without `metrics`: the report holds its
 * values once, in the comparison), its values there. Null when the run has none.
 */
function runMetricValues(report, run) {
    if (run.metrics === null)
        return null;
    if (run.metrics !== undefined)
        return new Map(Object.entries(run.metrics));
    const k = report.runs.filter((r) => r.metrics === undefined).indexOf(run);
    if (k < 0)
        return null;
    const values = new Map();
    for (const m of report.metrics)
        if (!m.missingIn.includes(k + 1))
            values.set(m.name, m.values[k]);
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
        const { tolerance, rule } = (0,_tolerance_js__WEBPACK_IMPORTED_MODULE_3__/* .toleranceFor */ .Tu)(name, options.tolerances, options.tolerance);
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
        return '\u2014';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return value.nonFinite;
    if (typeof value === 'string')
        return JSON.stringify(value);
    return String(value);
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

/***/ 6370:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_BYTES: () => (/* binding */ DEFAULT_MAX_BYTES),
  MAX_CHARTS: () => (/* binding */ MAX_CHARTS),
  MAX_RUN_COLUMNS: () => (/* binding */ MAX_RUN_COLUMNS),
  NAME_ORDER_UP_TO: () => (/* binding */ NAME_ORDER_UP_TO),
  rankDrifted: () => (/* binding */ rankDrifted),
  renderMarkdown: () => (/* binding */ renderMarkdown),
  verdictTitle: () => (/* binding */ verdictTitle)
});

// EXTERNAL MODULE: ./src/report/render/numbers.ts
var numbers = __webpack_require__(31089);
// EXTERNAL MODULE: ./src/metrics/format.ts
var format = __webpack_require__(23914);
// EXTERNAL MODULE: ./src/report/render/escape.ts
var render_escape = __webpack_require__(70752);
// EXTERNAL MODULE: ./src/report/render/document.ts
var render_document = __webpack_require__(96546);
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
    { color: '#0072B2', square: '\ud83d\udfe6' },
    { color: '#E69F00', square: '\ud83d\udfe7' },
    { color: '#009E73', square: '\ud83d\udfe9' },
    { color: '#D55E00', square: '\ud83d\udfe5' },
    { color: '#9467BD', square: '\ud83d\udfea' },
    { color: '#8C564B', square: '\ud83d\udfeb' }
];
/** Below this many runs, the drift table already shows every value of a metric: no chart. */
const MANY_RUNS = 6;
/** A curve needs at least this many points to be a curve. */
const MIN_CURVE_POINTS = 3;
/** Longer curves are drawn with every k-th point (the key says so). */
const MAX_CURVE_POINTS = 100;
function ordinal(n) {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th');
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
    const palette = RUN_PALETTE.slice(0, lines.length)
        .map((p) => p.color)
        .join(', ');
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
/** `loss[12]` \u2192 { base: 'loss', index: 12 }; only a trailing index makes a curve. */
function curvePoint(name) {
    const m = /^(.+)\[(\d+)\]$/.exec(name);
    return m ? { base: m[1], index: Number(m[2]) } : null;
}
/**
 * Curve metrics (`loss[0]`, `loss[1]`, \u2026) of which at least one point drifted: one chart per curve,
 * one line per run \u2014 the reference and the drifted runs first, at most as many as the palette has.
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
            `Key: ${names.join(' \u00b7 ')}`,
            hidden > 0 ? ` \u00b7 ${hidden} more run${hidden === 1 ? '' : 's'} not drawn` : '',
            stride > 1 ? ` \u00b7 every ${ordinal(stride)} of ${family.length} points` : ''
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
var ml_stack = __webpack_require__(60494);
// EXTERNAL MODULE: ./src/report/render/sections/changes.ts
var changes = __webpack_require__(30061);
;// CONCATENATED MODULE: ./src/report/render/sections/comparisons.ts





const SPARK = '\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588';
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
        return '\u2014';
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
    drift: '\u26a0\ufe0f drift',
    missing: '\u26a0\ufe0f missing',
    new: 'new',
    match: '\u2705 match',
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
        blocks.push(`\u2705 Every metric is within baseline-tolerance of the default branch at ${at}.`);
    }
    else {
        const moved = b.metrics.filter((m) => m.status === 'drift' || m.status === 'missing').length;
        blocks.push(`\u26a0\ufe0f ${moved} ${moved === 1 ? 'metric moved' : 'metrics moved'} away from the default branch at ${at}.`);
    }
    const facts = [];
    if (b.reproducibleShare !== null && b.defaultBranchRuns > 0) {
        const good = Math.round(b.reproducibleShare * b.defaultBranchRuns);
        facts.push(`Default branch: ${good} of ${b.defaultBranchRuns} recent runs reproducible (${Math.round(b.reproducibleShare * 100)}%).`);
    }
    if (b.fingerprintChanged)
        facts.push(`The environment fingerprint differs from the baseline's (${(0,render_escape/* shortHash */.BC)(b.baselineFingerprint)} \u2192 ${(0,render_escape/* shortHash */.BC)(b.currentFingerprint)}).`);
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
        blocks.push((0,render_document/* table */.tp)(['metric', 'baseline', 'this run', '\\|\u0394\\|', 'trend', 'status'], ['l', 'r', 'r', 'r', 'l', 'l'], rows, 3, 'baseline metrics', b.metrics.length - listed.length));
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
        blocks.push(`\u26a0\ufe0f Drifting: ${l.driftingLegs.map((n) => `**${ctx.esc(n, 100)}**`).join(', ')}.`);
    }
    else {
        blocks.push(`\u2705 All ${l.legs.length} legs agree within tolerance.`);
    }
    blocks.push((0,render_document/* table */.tp)(['leg', 'runner', 'fingerprint', 'own verdict', 'differs in'], ['l', 'l', 'l', 'l', 'l'], l.legs.map((leg) => [
        `${ctx.esc(leg.name, 80)}${leg.reference ? ' (reference)' : ''}`,
        leg.runner === null ? '\u2014' : ctx.esc(leg.runner, 80),
        `\`${(0,render_escape/* shortHash */.BC)(leg.fingerprint)}\``,
        leg.verdict,
        leg.driftedMetrics.length
            ? leg.driftedMetrics
                .slice(0, 5)
                .map((m) => ctx.esc(m, 60))
                .join(', ') + (leg.driftedMetrics.length > 5 ? ', \u2026' : '')
            : leg.drift
                ? 'its own runs'
                : '\u2014'
    ]), 4, 'legs'));
    const shown = l.legs.slice(0, 8);
    if (l.metrics.length > 0) {
        const listed = l.metrics.slice(0, ctx.maxRows);
        const rows = listed.map((m) => {
            const values = shown.map((leg) => m.values[leg.name] ?? null);
            const numeric = values.every((v) => typeof v === 'number');
            const printed = numeric ? (0,numbers/* formatNumbersTogether */.iF)(values) : values.map((v) => one(v, ctx));
            return [ctx.esc(m.name, 80), ...printed, m.status === 'drift' ? '\u26a0\ufe0f drift' : m.status === 'ignored' ? 'ignored' : '\u2705'];
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
var diagnose = __webpack_require__(97374);
;// CONCATENATED MODULE: ./src/report/render/sections/variations.ts




const STATUS_ICON = {
    insensitive: '\u2705',
    sensitive: '\u274c',
    interaction: '\u274c',
    inconclusive: '\u2796',
    skipped: '\u26a0\ufe0f'
};
function changeText(ctx, c) {
    if (c.kind === 'artifact')
        return `artifact ${ctx.esc(c.name, 120)} differs`;
    return `${ctx.esc(c.name, 120)} ${ctx.esc((0,diagnose/* showValue */.vp)(c.control), 80)} \u2192 ${ctx.esc((0,diagnose/* showValue */.vp)(c.varied), 80)}`;
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
    const blocks = [`**${STATUS_ICON[v.status]} Variations**: ${ctx.esc(v.message, 400)} \u00b7 ${cost(v)}`];
    if (v.culprits.length) {
        const byName = new Map(v.factors.map((f) => [f.name, f]));
        const lines = v.culprits.map((c) => {
            const f = byName.get(c.factor);
            const what = c.error
                ? `the run ${ctx.esc(c.error.replace(/^run \d+ /, ''), 300)}`
                : c.changes
                    .slice(0, 5)
                    .map((x) => changeText(ctx, x))
                    .join('; ') + (c.changes.length > 5 ? `; and ${c.changes.length - 5} more` : '');
            return `- **${c.factor}** \u2014 with ${ctx.esc((0,diagnose/* describeFactor */.$A)(f), 200)}: ${what}`;
        });
        blocks.push(lines.join('\n'));
    }
    const rows = v.factors.map((f) => [
        f.name,
        ctx.esc(f.control, 120),
        f.value === null ? '\u2014' : ctx.esc(f.value, 120),
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
    const icon = a.wired === true ? '\u2705' : a.wired === false ? (a.level === 'fail' ? '\u274c' : '\u26a0\ufe0f') : '\u26a0\ufe0f';
    const blocks = [`**${icon} Seed audit** (${a.level}): ${ctx.esc(a.message, 600)}`];
    const spread = a.spread.filter((s) => s.spread !== null).sort((x, y) => (y.spread ?? 0) - (x.spread ?? 0));
    const rows = spread.slice(0, ctx.maxRows).map((s) => {
        const t = s.tolerance;
        const tol = t
            ? [t.atol ? `atol ${(0,format/* formatDeviation */.v)(t.atol)}` : '', t.rtol ? `rtol ${(0,format/* formatDeviation */.v)(t.rtol)}` : ''].filter(Boolean).join(' + ') ||
                'exact'
            : 'exact';
        return [ctx.esc(s.name, 120), `tolerance ${tol} \u00b7 seed spread ${(0,format/* formatDeviation */.v)(s.spread ?? 0)}`];
    });
    if (rows.length) {
        const t = (0,render_document/* table */.tp)(['metric', 'tolerance \u00b7 seed spread'], ['l', 'l'], rows, 55, 'metrics', spread.length - rows.length);
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
        return '\u26a0\ufe0f could not be put back';
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
            shown.push(`- \u2026 and ${f.warnings.length - shown.length} more (in the report file)`);
        sections.push({ blocks: ['**\u26a0\ufe0f Files**', shown.join('\n')] });
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
    sections.push({
        blocks: collapsible(ctx, `Files (${f.inWorkspace.length} of run 1's back in place${f.inputs.length ? `, ${f.inputs.length} input${f.inputs.length === 1 ? '' : 's'}` : ''})`, blocks),
        dropOrder: 35
    });
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
        blocks.push(`\u26a0\ufe0f ${ctx.esc(escape, 500)}`);
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
const VERDICT_ICON = { reproducible: '\u2705', drift: '\u274c', error: '\u26a0\ufe0f' };
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
    return '\u2014';
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
        return shown.map((v, i) => cell(ctx, v, drift.has(i + 1))).join(' \u00b7 ');
    return `run 1: ${first ? cell(ctx, first) : '\u2014'}; ${plural(new Set(shown.map((v) => v.text)).size, 'distinct value')}`;
}
function listRuns(runs, max = 10) {
    const shown = (0,render_document/* visibleItems */.B5)(runs, max);
    return runs.length > shown.length ? `${shown.join(', ')}, \u2026 (+${runs.length - shown.length})` : shown.join(', ');
}
// ---------------------------------------------------------------------------------------------
// sections
function verdictSection(report, ctx) {
    const n = runCount(report);
    // Counted in one loop: a filter would copy a million-entry list to count it.
    let driftedMetrics = 0;
    let ignored = 0;
    for (const m of report.metrics) {
        if (m.status === 'drift')
            driftedMetrics++;
        else if (m.status === 'ignored')
            ignored++;
    }
    const driftedArtifacts = report.artifacts.filter((a) => a.status === 'drift').length;
    const compared = report.metrics.length - ignored;
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
        headline = failed ? `Error: run ${failed.index} of ${n} ${runProblem(failed)}` : 'Error: the runs could not be compared';
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
    const blocks = [`### ${VERDICT_ICON[report.verdict]} ${headline}`, facts.join(' \u00b7 ')];
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
        shown.push(`- \u2026 and ${items.length - shown.length} more`);
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
            tail = '\u2026' + tail.slice(-TAIL_CHARS);
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
                return v ? cell(ctx, v, drift.has(i + 1)) : '\u2014';
            });
            return [metricName(ctx, m.name), ...cells, deviation(m), toleranceText(ctx, m.tolerance, m.toleranceRule)];
        });
        return (0,render_document/* table */.tp)(['metric', ...runCols, 'max deviation', 'tolerance'], ['l', ...runCols.map(() => 'r'), 'r', 'l'], rows, 10, 'drifted metrics', omitted);
    }
    const rows = drifted.map((m) => {
        const shown = (0,numbers/* formatRunValues */.z7)(m.values, m.missingIn);
        const ref = shown[0];
        const others = [
            ...new Set(m.driftRuns
                .map((i) => shown[i - 1])
                .filter((v) => v !== undefined)
                .map((v) => cell(ctx, v)))
        ];
        const visible = (0,render_document/* visibleItems */.B5)(others, 3);
        const othersText = visible.join(', ') + (others.length > visible.length ? ` (+${others.length - visible.length})` : '');
        return [
            metricName(ctx, m.name),
            ref ? cell(ctx, ref) : '\u2014',
            othersText || '\u2014',
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
            ? artifacts.map((a) => [
                ctx.esc(a.path, 200),
                ...Array.from({ length: n }, (_, i) => artifactCell(ctx, a, i)),
                ctx.esc(a.reason ?? '', 160)
            ])
            : artifacts.map((a) => [ctx.esc(a.path, 200), artifactCell(ctx, a, 0), listRuns(a.driftRuns), ctx.esc(a.reason ?? '', 160)]);
        const header = n <= MAX_RUN_COLUMNS
            ? ['file', ...Array.from({ length: n }, (_, i) => (i === 0 ? 'run 1 (ref)' : `run ${i + 1}`)), 'why']
            : ['file', 'run 1 (ref)', 'drifted runs', 'why'];
        sections.push({
            blocks: [
                `**Drifted artifacts** (sha256 and size per run)`,
                (0,render_document/* table */.tp)(header, header.map(() => 'l'), rows, 20, 'drifted artifacts')
            ]
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
    const icon = { pass: '\u2705', drift: '\u274c', ignored: '\u2796' };
    // In report order (drift first): the rows past what the size cap can show are only counted.
    const listed = report.metrics.length > ctx.maxRows ? report.metrics.slice(0, ctx.maxRows) : report.metrics;
    const rows = listed.map((m) => [
        metricName(ctx, m.name),
        `${icon[m.status]} ${m.status}`,
        valuesCell(ctx, m, n),
        deviation(m),
        m.status === 'ignored' ? '\u2014' : toleranceText(ctx, m.tolerance, m.toleranceRule)
    ]);
    const t = (0,render_document/* table */.tp)(['metric', 'status', 'values', 'max deviation', 'tolerance'], ['l', 'l', 'r', 'r', 'l'], rows, 100, 'metrics', report.metrics.length - listed.length);
    return { blocks: collapsible(ctx, `All metrics (${(0,numbers/* formatCount */.B4)(report.metrics.length)})`, [t]), dropOrder: 50 };
}
function allArtifactsSection(report, ctx) {
    if (report.artifacts.length === 0)
        return null;
    const rows = report.artifacts.map((a) => [
        ctx.esc(a.path, 200),
        a.status === 'pass' ? '\u2705 same' : '\u274c differs',
        artifactCell(ctx, a, 0),
        a.status === 'drift' ? `${a.driftRuns.length === 1 ? 'run' : 'runs'} ${listRuns(a.driftRuns)}` : '\u2014'
    ]);
    const t = (0,render_document/* table */.tp)(['file', 'status', 'run 1', 'drifted runs'], ['l', 'l', 'l', 'l'], rows, 70, 'artifacts');
    return { blocks: collapsible(ctx, `Artifacts (${report.artifacts.length})`, [t]), dropOrder: 40 };
}
/**
 * How many metrics each run read: its own, or for a compared run (values kept in the comparison)
 * the metrics it is not missing from. One pass over the comparison, whatever the number of runs.
 */
function metricsRead(report) {
    const compared = report.runs.filter((r) => r.metrics === undefined).length;
    const counts = new Array(compared).fill(report.metrics.length);
    if (compared === 0)
        return counts;
    for (const m of report.metrics)
        for (const run of m.missingIn)
            if (run <= compared)
                counts[run - 1]--;
    return counts;
}
function runsSection(report, ctx) {
    if (report.runs.length === 0)
        return null;
    const inComparison = metricsRead(report);
    let k = 0;
    const rows = report.runs.map((r) => {
        const problem = runProblem(r);
        const result = problem ? `\u274c ${problem}` : '\u2705 exit 0';
        const count = r.metrics === undefined ? inComparison[k++] : r.metrics === null ? null : Object.keys(r.metrics).length;
        const metrics = count === null ? 'none' : plural(count, 'metric');
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
    rows.push(['fingerprint', env.fingerprint ? `\`${(0,render_escape/* shortHash */.BC)(env.fingerprint, 16)}\`` : '\u2014']);
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
            const devices = [...counts].map(([name, c]) => `${c} \u00d7 ${e(name, 80)}`).join(', ');
            const versions = [
                g.driverVersion ? `driver ${e(g.driverVersion, 30)}` : null,
                g.cudaDriverVersion ? `CUDA ${e(g.cudaDriverVersion, 20)} (driver)` : null,
                g.cudaToolkitVersion ? `CUDA toolkit ${e(g.cudaToolkitVersion, 20)}` : null
            ].filter((x) => x !== null);
            return [devices, ...versions].join('; ');
        })
    ]);
    rows.push([
        'OS',
        probed(ctx, env.os, (o) => `${e(o.distro || o.platform, 60)} ${e(o.release, 40)} (${e(o.arch, 20)}), kernel ${e(o.kernel, 60)}`)
    ]);
    const r = env.runner;
    const runnerBits = [
        r.name ? e(r.name, 60) : null,
        r.os || r.arch ? e([r.os, r.arch].filter(Boolean).join('/'), 40) : null,
        r.imageOS || r.imageVersion ? `image ${e([r.imageOS, r.imageVersion].filter(Boolean).join(' '), 60)}` : null,
        r.environment ? e(r.environment, 40) : null,
        r.imageDataSha256 ? `image data \`${(0,render_escape/* shortHash */.BC)(r.imageDataSha256)}\`` : null
    ].filter((x) => x !== null);
    rows.push(['runner', runnerBits.join(' \u00b7 ') || 'not on a GitHub runner']);
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
            rows.push(['frameworks', parts.join(' \u00b7 ')]);
        if (python.blas)
            rows.push(['BLAS (numpy)', e((0,ml_stack/* describeBlas */.U0)(python.blas), 200)]);
    }
    rows.push(['Node.js', e(env.toolchains.node, 30)]);
    const math = Object.entries(env.mathEnv);
    if (math.length)
        rows.push([
            'math env',
            math
                .slice(0, 20)
                .map(([k, v]) => `${e(k, 40)}=${e(v, 40)}`)
                .join(', ')
        ]);
    for (const w of env.warnings.slice(0, 10))
        rows.push(['\u26a0\ufe0f warning', e(w, 200)]);
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
            pinned = `\u26a0\ufe0f could not parse: ${ctx.esc(l.error, 160)}`;
        else if (l.unpinned.length === 0)
            pinned = '\u2705 all pinned';
        else {
            const names = l.unpinned.slice(0, 5).map((u) => ctx.esc(`${u.name}${u.spec ? ` ${u.spec}` : ''}`, 60));
            pinned = `\u26a0\ufe0f ${l.unpinned.length} unpinned: ${names.join(', ')}${l.unpinned.length > 5 ? ', \u2026' : ''}`;
        }
        const mismatches = l.installedMismatches ?? [];
        if (mismatches.length > 0) {
            const shown = mismatches.slice(0, 5).map((m) => ctx.esc((0,ml_stack/* describeMismatch */._e)(m), 100));
            pinned += `${ctx.html ? '<br>' : '; '}\u26a0\ufe0f ${mismatches.length} not as installed: ${shown.join(', ')}${mismatches.length > 5 ? ', \u2026' : ''}`;
        }
        // Pinned = exact versions (what the lock fixes); unpinned = named without one.
        const counts = l.error ? '\u2014' : `${l.packageCount} pinned \u00b7 ${l.unpinned.length} unpinned`;
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
    const text = `repro-gate ${ctx.esc(report.tool.version, 20)} \u00b7 report file ${ctx.esc(reportFileName(report), 80)} \u00b7 ${ctx.esc(report.createdAt, 40)} \u00b7 ${(0,numbers/* formatDuration */.a3)(report.durationMs)}`;
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
        note: (text) => (ctx.html ? `_\u2702\ufe0f ${text}_` : `(${text})`)
    });
}
/** The verdict in one line (check-run title, CLI status line): same words as the Markdown heading. */
function verdictTitle(report) {
    const heading = verdictSection(report, renderContext(report, 'terminal')).blocks[0];
    return typeof heading === 'string' ? heading.replace(/^###\s*/, '') : report.verdict;
}


/***/ }),

/***/ 96546:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ visibleItems),
/* harmony export */   VC: () => (/* binding */ fitDocument),
/* harmony export */   d$: () => (/* binding */ rowsWithin),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export MIN_ROW_BYTES */
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31089);
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
    let cut = buf
        .subarray(0, Math.max(0, budget))
        .toString('utf8')
        .replace(/\uFFFD$/, '');
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

/***/ 70752:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
// byte-order mark, fillers, variation selectors and tag characters. They are shown as \u27e8U+XXXX\u27e9.
const INVISIBLE_RANGES = [
    [0xad, 0xad],
    [0x34f, 0x34f],
    [0x61c, 0x61c],
    [0x115f, 0x1160],
    [0x17b4, 0x17b5],
    [0x180b, 0x180f],
    [0x200b, 0x200f],
    [0x202a, 0x202e],
    [0x2060, 0x206f],
    [0x3164, 0x3164],
    [0xfe00, 0xfe0f],
    [0xfeff, 0xfeff],
    [0xffa0, 0xffa0],
    [0xe0000, 0xe007f]
];
// Built from code points: some of them combine, and a literal class of them is misread by people and linters.
const INVISIBLE = new RegExp(`[${INVISIBLE_RANGES.map(([a, b]) => (a === b ? `\\u{${a.toString(16)}}` : `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`)).join('')}]`, 'gu');
/** Shows invisible and direction-changing characters as \u27e8U+XXXX\u27e9, so look-alike names differ on screen. */
function showInvisible(text) {
    return text.replace(INVISIBLE, (c) => `\u27e8U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}\u27e9`);
}
/** Cuts a string to at most `max` characters (code points), marking the cut with an ellipsis. */
function truncate(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join('') + '\u2026';
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
 * An image digest (`name@sha256:\u2026`) as `name@sha256:` plus 12 hex digits in a code span (the
 * report keeps the full digest); anything not shaped like a digest is escaped as text.
 */
function digest(text, esc) {
    const m = DIGEST.exec(text);
    return m ? `\`${m[1]}@sha256:${m[2]?.slice(0, 12)}\u2026\`` : esc(text, 200);
}
/** A short hex digest for display: the first `n` characters, without a `sha256:` prefix. */
function shortHash(hash, n = 12) {
    if (!hash)
        return '\u2014';
    return (hash
        .replace(/^sha256:/, '')
        .replace(/[^0-9a-fA-F]/g, '')
        .slice(0, n) || '\u2014');
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
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
 * 12345 \u2192 "12,345". Not `toLocaleString('en-US')`: its first call loads ICU data, which cost
 * ~50 ms of every gate run.
 */
function formatCount(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}


/***/ }),

/***/ 30061:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ft: () => (/* binding */ renderEnvChanges),
/* harmony export */   uh: () => (/* binding */ renderMetricDeltas)
/* harmony export */ });
/* unused harmony export MAX_DELTA_LINES */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70752);
/* harmony import */ var _compare_reports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56952);


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
 * Renders environment changes as a Markdown list, one change a line (`numpy: 1.26.4 \u2192 2.0.0`).
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
                : `${esc(c.before, 120)} \u2192 ${esc(c.after, 120)}`;
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
            lines.push(`- \u2026 and ${rest} more ${PLURALS[category] ?? `${LABELS[category] ?? category} changes`}`);
        i = j;
    }
    const left = changes.length - i;
    if (left > 0)
        lines.push(`- \u2026 and ${left} more changes (see the report JSON)`);
    return lines.join('\n') + '\n';
}
/**
 * Renders metric deltas as aligned plain text for the terminal (`diff`, `replay`): status, name,
 * reference \u2192 candidate, and the reason when it moved. Names and string values are untrusted and
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
        `${terminal((0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(d.reference), 40)} \u2192 ${terminal((0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_1__/* .formatValue */ .Fl)(d.candidate), 40)}`,
        d.status === 'drift' || d.status === 'missing' ? terminal(d.reason ?? '', 160) : ''
    ]);
    // A loop, not Math.max(...rows): spreading a few hundred thousand arguments overflows the stack.
    const width = [0, 0, 0];
    for (const r of rows)
        for (let c = 0; c < 3; c++)
            width[c] = Math.max(width[c], Array.from(r[c]).length);
    const more = deltas.length - listed.length;
    return (rows
        .map((r) => `  ${r
        .slice(0, 3)
        .map((cell, c) => cell + ' '.repeat(width[c] - Array.from(cell).length))
        .join('  ')}  ${r[3]}`.trimEnd())
        .join('\n') +
        '\n' +
        (more > 0 ? `  \u2026 and ${more} more metrics (--json lists every one)\n` : ''));
}
/** Metric lines `diff` prints at most (drift and missing first); --json has them all. */
const MAX_DELTA_LINES = 1000;


/***/ }),

/***/ 60494:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
    const threading = line.parallel === 0
        ? 'sequential'
        : line.parallel === 1
            ? 'pthreads'
            : line.parallel === 2
                ? 'OpenMP'
                : library === 'MKL'
                    ? env.MKL_THREADING_LAYER || 'intel (default)'
                    : line.config && /USE_OPENMP/.test(line.config)
                        ? 'OpenMP'
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
/** One line for people: "OpenBLAS 0.3.27 \u00b7 Haswell kernels \u00b7 pthreads \u00b7 2 threads". */
function describeBlas(blas) {
    return [
        `${blas.library}${blas.version ? ` ${blas.version}` : ''}`,
        blas.coreType ? `${blas.coreType} kernels` : null,
        blas.threading,
        `${blas.threads} thread${blas.threads === '1' ? '' : 's'}`
    ]
        .filter((x) => x !== null)
        .join(' \u00b7 ');
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


/***/ })

};
