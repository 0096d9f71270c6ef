export const id = 801;
export const ids = [801];
export const modules = {

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


/***/ })

};
