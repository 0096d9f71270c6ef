export const id = 162;
export const ids = [162];
export const modules = {

/***/ 83162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReplayCommand: () => (/* binding */ runReplayCommand)
/* harmony export */ });
/* unused harmony exports REPLAY_HELP, replayInputSource, showCommand */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91854);
/* harmony import */ var _inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91369);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64533);
/* harmony import */ var _compare_reports_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(64963);
/* harmony import */ var _compare_envdiff_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(36220);
/* harmony import */ var _report_render_sections_changes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60872);
/* harmony import */ var _report_render_escape_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(11493);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(94646);
/* harmony import */ var _report_redact_stream_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(37711);
/* harmony import */ var _report_write_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(54521);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(22202);
/**
 * `repro-gate replay report.json`: re-runs a recorded experiment here, with the recorded seed,
 * determinism, metrics file and tolerance, then says how this machine differs from the recorded
 * one and whether the metrics came out the same. A report may come from someone else, so the
 * command is shown and confirmed first (or `--yes`); without a terminal and without `--yes`, no.
 */













const REPLAY_HELP = `Usage: repro-gate replay <report.json> [--yes] [--runs <n>]

Shows the command a report recorded, asks before running it (a report may come from someone
else), runs it in the current directory with the recorded seed, determinism, metrics file and
tolerance, then prints how this environment differs from the recorded one and compares the new
metrics with the recorded ones.

  --yes, -y     run without asking (needed when stdin is not a terminal)
  --runs <n>    runs to make (default: as recorded; at least 2)

Exit codes: 0 the metrics match the record, 1 drift, 2 not run (declined, bad input) or error.
`;
const REPLAY = {
    usage: 'repro-gate replay',
    flags: { yes: { type: 'boolean', short: 'y' }, runs: { type: 'string', example: '3' } }
};
function parseReplayArgs(argv) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_11__/* .parseCommandLine */ .Du)(argv, REPLAY);
    const files = [...parsed.positionals, ...(parsed.afterDashes ?? [])];
    if (files.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`one report at a time, got "${files[0]}" and "${files[1]}"`);
    return { file: files[0] ?? null, yes: parsed.values.has('yes'), runs: parsed.values.get('runs')?.[0] ?? null, help: parsed.help };
}
/** Reads one line from stdin; '' when it ends first. */
async function readAnswer(stdin) {
    const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input: stdin, terminal: false });
    try {
        return await new Promise((resolve) => {
            rl.once('line', (line) => resolve(line));
            rl.once('close', () => resolve(''));
        });
    }
    finally {
        rl.close();
    }
}
/** Relative to the recorded working directory when inside it; the metrics file keeps its place. */
function relativeTo(base, file) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(base, file);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') : node_path__WEBPACK_IMPORTED_MODULE_0__.basename(file);
}
/** The recorded inputs, as the input source the gate reads, replayed in `cwd`. */
function replayInputSource(recorded, cwd, reportPath, runs) {
    const r = recorded.inputs;
    const python = recorded.environment?.toolchains?.python;
    const values = {
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Mode]: 'gate',
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Command]: r.command,
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Runs]: runs ?? String(r.runs),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Seed]: String(r.seed),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Determinism]: r.determinism,
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Metrics]: relativeTo(r.workingDirectory, r.metrics),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Tolerance]: `atol=${r.tolerance.atol},rtol=${r.tolerance.rtol}`,
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Tolerances]: r.tolerances.map((t) => `${t.pattern}: atol=${t.tolerance.atol},rtol=${t.tolerance.rtol}`).join('\n'),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Ignore]: r.ignore.join('\n'),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Artifacts]: r.artifacts.join('\n'),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.WorkingDirectory]: cwd,
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.TimeoutMinutes]: r.timeoutMinutes === null ? '' : String(r.timeoutMinutes),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.ReportPath]: reportPath,
        // The recorded variations and seed audit run again too (older reports have none).
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Vary]: (r.vary ?? []).join(','),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.VaryMaxRuns]: r.varyMaxRuns === undefined ? '' : String(r.varyMaxRuns),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.SeedAudit]: r.seedAudit ?? '',
        // Fingerprint the same data files and resolve the same images, so their changes show.
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Data]: (recorded.environment?.data ?? []).map((f) => f.path).join('\n'),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Images]: (recorded.environment?.container?.status === 'ok' ? recorded.environment.container.images : []).map((i) => i.reference).join('\n'),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Python]: python?.status === 'ok' ? python.interpreter : '',
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Comment]: 'never',
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.Baseline]: 'false',
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .Input */ .pd.FailOnDrift]: 'true'
    };
    return { get: (name) => values[name] ?? '' };
}
/** Control characters as a person can read them; the rest of C0/C1 and DEL as ⟨U+XXXX⟩. */
const CONTROL_NAMES = { '\t': '⟨TAB⟩', '\r': '⟨CR⟩', '\u001b': '⟨ESC⟩', '\u0000': '⟨NUL⟩', '\b': '⟨BS⟩' };
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
/** One line of a command with nothing hidden: controls, invisible and bidi characters, and trailing blanks shown by name. */
function visibleLine(line) {
    const shown = (0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .showInvisible */ .jQ)(line.replace(CONTROL, (c) => CONTROL_NAMES[c] ?? `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`));
    // A blank after a line-ending backslash changes what bash runs; blanks at the end are shown.
    return shown.replace(/ +$/, (blanks) => '⟨SP⟩'.repeat(blanks.length));
}
/**
 * The recorded command as bash will run it: bash reads every line (a `#` comments out only the
 * rest of its own line), so each line is shown on its own, numbered behind a bar, and nothing in it
 * can hide, move the cursor or reorder the text. One plain line stays one line.
 */
function showCommand(command) {
    const lines = command.split('\n');
    if (lines.length === 1)
        return [`  recorded command: ${visibleLine(command)}`];
    const width = String(lines.length).length;
    return [
        `  recorded command: ${lines.length} lines, run together as one bash script (bash -e -o pipefail -c):`,
        ...lines.map((line, i) => `    ${String(i + 1).padStart(width)} │ ${visibleLine(line)}`)
    ];
}
/** Runs `repro-gate replay`; returns the exit code. */
async function runReplayCommand(argv, io, deps) {
    const env = io.env ?? process.env;
    const cwd = deps.cwd ?? process.cwd();
    let args;
    try {
        args = parseReplayArgs(argv);
    }
    catch (err) {
        io.stderr.write(`repro-gate replay: ${err.message}\n`);
        return 2;
    }
    if (args.help) {
        io.stdout.write(REPLAY_HELP);
        return 0;
    }
    if (args.file === null) {
        io.stderr.write(`repro-gate replay: which report? \n\n${REPLAY_HELP}`);
        return 2;
    }
    let recorded;
    try {
        recorded = await (0,_report_write_js__WEBPACK_IMPORTED_MODULE_10__/* .readReportFile */ .$h)(args.file);
    }
    catch (err) {
        io.stderr.write(`repro-gate replay: ${err.message}\n`);
        return 2;
    }
    if (recorded.inputs.command.trim() === '') {
        io.stderr.write(`repro-gate replay: ${args.file} records no command (a ${recorded.mode} report); nothing to replay\n`);
        return 2;
    }
    const fileAbs = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, args.file);
    let reportPath = node_path__WEBPACK_IMPORTED_MODULE_0__.join(cwd, 'repro-replay-report.json');
    if (reportPath === fileAbs)
        reportPath = node_path__WEBPACK_IMPORTED_MODULE_0__.join(cwd, 'repro-replay-report-2.json');
    let inputs;
    try {
        inputs = (0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .Ko)(replayInputSource(recorded, cwd, reportPath, args.runs), { ...env, GITHUB_WORKSPACE: cwd });
    }
    catch (err) {
        io.stderr.write(`repro-gate replay: ${err.message}\n`);
        return 2;
    }
    const r = recorded.inputs;
    io.stderr.write([
        `repro-gate replay: ${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .TN)(args.file)}`,
        ...showCommand(r.command),
        `  recorded in:      ${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .TN)(r.workingDirectory)}${recorded.context.sha ? ` at ${recorded.context.sha.slice(0, 12)}` : ''}${recorded.context.repository ? ` (${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .TN)(recorded.context.repository)})` : ''}`,
        `  replay in:        ${cwd}`,
        `  runs ${inputs.runs}, seed ${inputs.seed}, determinism ${inputs.determinism}, metrics ${relativeTo(cwd, inputs.metrics)}, tolerance atol=${r.tolerance.atol} rtol=${r.tolerance.rtol}`,
        ''
    ].join('\n') + '\n');
    if (!args.yes) {
        if (!io.stdin || !io.stdin.isTTY) {
            io.stderr.write('repro-gate replay: not run. The command comes from a report, which may come from someone else, and there is no terminal to confirm it on.\n' +
                'Read the command above and pass --yes to run it.\n');
            return 2;
        }
        io.stderr.write('Run this command here? Only run commands from reports you trust. [y/N] ');
        const answer = (await readAnswer(io.stdin)).trim().toLowerCase();
        if (answer !== 'y' && answer !== 'yes') {
            io.stderr.write('repro-gate replay: not run.\n');
            return 2;
        }
    }
    const redactor = (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .createRedactor */ .lY)(env);
    let output = (0,_report_redact_stream_js__WEBPACK_IMPORTED_MODULE_9__/* .redactStream */ .S)(redactor);
    const replayed = await deps.runGate(inputs, {
        env,
        signal: io.signal,
        redactor,
        log: {
            info: (m) => io.stderr.write(`${redactor.text(m)}\n`),
            warning: (m) => io.stderr.write(`warning: ${redactor.text(m)}\n`),
            debug: () => undefined
        },
        observer: {
            onRunStart: (i, n) => {
                output = (0,_report_redact_stream_js__WEBPACK_IMPORTED_MODULE_9__/* .redactStream */ .S)(redactor);
                io.stderr.write(`\n── replay run ${i} of ${n} ──\n`);
            },
            onOutput: (_i, text) => io.stderr.write(output.write(text)),
            onRunEnd: (run) => {
                io.stderr.write(output.end());
                io.stderr.write(`── run ${run.index}: ${run.error ?? 'exit 0'}\n`);
            }
        }
    });
    const deltas = (0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_5__/* .compareMetricSets */ .Ri)((0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_5__/* .reportMetricValues */ .jn)(recorded), (0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_5__/* .reportMetricValues */ .jn)(replayed), {
        tolerance: r.tolerance,
        tolerances: r.tolerances,
        ignore: r.ignore
    });
    const changes = (0,_compare_envdiff_js__WEBPACK_IMPORTED_MODULE_12__/* .diffEnvironments */ .e)(recorded, replayed);
    const drift = (0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_5__/* .hasDrift */ .uL)(deltas);
    const lines = [
        '',
        'Environment (recorded → here):',
        ((0,_report_render_sections_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .renderEnvChanges */ .ft)(changes, { target: 'terminal', max: 60 }) || '  no recorded difference\n').trimEnd(),
        '',
        'Metrics (recorded → replayed):',
        (0,_report_render_sections_changes_js__WEBPACK_IMPORTED_MODULE_6__/* .renderMetricDeltas */ .uh)(deltas).trimEnd(),
        ''
    ];
    if (replayed.verdict === 'error') {
        lines.push(`error: the replay did not complete: ${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .TN)(replayed.errors[0]?.message ?? 'see the output above')}`);
    }
    else {
        if (replayed.verdict === 'drift')
            lines.push(`note: the replayed runs differ among themselves (${replayed.drifted.map((d) => (0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_7__/* .oneLine */ .TN)(d.name)).slice(0, 5).join(', ')})`);
        lines.push(drift ? 'drift: the replay does not reproduce the recorded metrics' : 'match: the replay reproduces the recorded metrics');
    }
    lines.push(`report: ${reportPath}`);
    io.stdout.write(lines.join('\n') + '\n');
    if (replayed.verdict === 'error')
        return 2;
    return drift || replayed.verdict === 'drift' ? 1 : 0;
}


/***/ })

};
