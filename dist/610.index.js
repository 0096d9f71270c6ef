export const id = 610;
export const ids = [610];
export const modules = {

/***/ 35610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDiffCommand: () => (/* binding */ runDiffCommand)
/* harmony export */ });
/* unused harmony export DIFF_HELP */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22202);
/* harmony import */ var _inputs_tolerance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56247);
/* harmony import */ var _compare_reports_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64963);
/* harmony import */ var _compare_envdiff_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(36220);
/* harmony import */ var _report_render_sections_changes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60872);
/* harmony import */ var _report_render_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11493);
/* harmony import */ var _vary_diagnose_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29345);
/* harmony import */ var _report_write_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(54521);
/**
 * `repro-gate diff A.json B.json`: what moved between two reports (metrics, with A's recorded
 * tolerance) and what differs in where they ran. Exit 0 when every metric matches, 1 on drift,
 * 2 when an input is not a readable report.
 */








const DIFF_HELP = `Usage: repro-gate diff <a.json> <b.json> [--tolerance <t>] [--json]

Compares report B with report A (the reference): each metric's value with A's tolerance
(|b−a| ≤ atol + rtol·|a|, A's per-metric rules and ignore list), then what differs in the
environments they were made in (packages, GPU, images, OS, seeds, data, commits).

  --tolerance <t>   override A's tolerance: 0.001 or atol=1e-6,rtol=1e-3
  --json            print the comparison as JSON instead of text

Exit codes: 0 every metric matches, 1 drift, 2 a file is missing or not a repro-gate report.
`;
const DIFF = {
    usage: 'repro-gate diff',
    flags: { tolerance: { type: 'string', example: '1e-6 or --tolerance atol=1e-6,rtol=1e-3' }, json: { type: 'boolean' } }
};
function parseDiffArgs(argv) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCommandLine */ .Du)(argv, DIFF);
    const tolerance = parsed.values.get('tolerance')?.[0];
    return {
        // A file named like a flag goes after "--".
        files: [...parsed.positionals, ...(parsed.afterDashes ?? [])],
        tolerance: tolerance === undefined ? null : (0,_inputs_tolerance_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTolerance */ .BL)(tolerance, '--tolerance'),
        json: parsed.values.has('json'),
        help: parsed.help
    };
}
/** Runs `repro-gate diff`; returns the exit code and never throws. */
async function runDiffCommand(argv, io) {
    let args;
    try {
        args = parseDiffArgs(argv);
    }
    catch (err) {
        io.stderr.write(`repro-gate diff: ${err.message}\n`);
        return 2;
    }
    if (args.help) {
        io.stdout.write(DIFF_HELP);
        return 0;
    }
    if (args.files.length !== 2) {
        io.stderr.write(`repro-gate diff: expected two report files, got ${args.files.length}\n\n${DIFF_HELP}`);
        return 2;
    }
    const reports = [];
    for (const file of args.files) {
        try {
            reports.push(await (0,_report_write_js__WEBPACK_IMPORTED_MODULE_5__/* .readReportFile */ .$h)(file));
        }
        catch (err) {
            io.stderr.write(`repro-gate diff: ${err.message}\n`);
            return 2;
        }
    }
    const [a, b] = reports;
    // A report whose every run failed has no metrics to compare: that is an error, not a match.
    for (const [file, r] of [[args.files[0], a], [args.files[1], b]]) {
        if (!r.runs.some((run) => run.error === null && run.metrics !== null) && (r.legs?.legs.length ?? 0) === 0) {
            const why = r.errors[0]?.message ?? 'no run produced metrics';
            io.stderr.write(`repro-gate diff: ${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(file)} has no clean run to compare (${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(why)})\n`);
            return 2;
        }
    }
    const tolerance = args.tolerance ?? a.inputs.tolerance;
    const deltas = (0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_2__/* .compareMetricSets */ .Ri)((0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_2__/* .reportMetricValues */ .jn)(a), (0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_2__/* .reportMetricValues */ .jn)(b), {
        tolerance,
        tolerances: args.tolerance ? [] : a.inputs.tolerances,
        ignore: a.inputs.ignore
    });
    const changes = (0,_compare_envdiff_js__WEBPACK_IMPORTED_MODULE_6__/* .diffEnvironments */ .e)(a, b);
    const drift = (0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_2__/* .hasDrift */ .uL)(deltas);
    // Reports with variation runs (vary): what each is sensitive to, side by side.
    const variations = a.variations || b.variations ? { a: (0,_vary_diagnose_js__WEBPACK_IMPORTED_MODULE_7__/* .variationsLine */ .D7)(a.variations), b: (0,_vary_diagnose_js__WEBPACK_IMPORTED_MODULE_7__/* .variationsLine */ .D7)(b.variations) } : null;
    if (args.json) {
        io.stdout.write(JSON.stringify({ a: args.files[0], b: args.files[1], verdict: drift ? 'drift' : 'match', tolerance, metrics: deltas, changes, ...(variations ? { variations } : {}) }, null, 2) + '\n');
        return drift ? 1 : 0;
    }
    const moved = deltas.filter((d) => d.status === 'drift' || d.status === 'missing').length;
    const lines = [
        `repro-gate diff: ${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(args.files[0])} (reference) → ${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(args.files[1])}`,
        '',
        `Metrics (atol=${tolerance.atol}, rtol=${tolerance.rtol}${!args.tolerance && a.inputs.tolerances.length ? `, ${a.inputs.tolerances.length} per-metric rules` : ''}, from ${args.tolerance ? '--tolerance' : 'A'}):`,
        (0,_report_render_sections_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMetricDeltas */ .uh)(deltas).trimEnd(),
        '',
        'Environment (A → B):',
        ((0,_report_render_sections_changes_js__WEBPACK_IMPORTED_MODULE_3__/* .renderEnvChanges */ .ft)(changes, { target: 'terminal', max: 60 }) || '  no recorded difference\n').trimEnd(),
        ...(variations ? ['', `Variations (A → B): ${variations.a ?? 'not varied'} → ${variations.b ?? 'not varied'}`] : []),
        '',
        drift ? `drift: ${moved} of ${deltas.length} metrics moved beyond tolerance` : `match: all ${deltas.length} metrics within tolerance`
    ];
    for (const [file, r] of [[args.files[0], a], [args.files[1], b]]) {
        if (r.verdict !== 'reproducible')
            lines.push(`note: ${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .oneLine */ .TN)(file)} itself ended in ${r.verdict}; its first clean run was used`);
    }
    io.stdout.write(lines.join('\n') + '\n');
    return drift ? 1 : 0;
}


/***/ })

};
