export const id = 919;
export const ids = [919,801];
export const modules = {

/***/ 57919:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReplayCommand: () => (/* binding */ runReplayCommand)
/* harmony export */ });
/* unused harmony exports REPLAY_HELP, replayInputSource, showCommand */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49511);
/* harmony import */ var _inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11068);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _compare_reports_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56952);
/* harmony import */ var _compare_envdiff_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3251);
/* harmony import */ var _report_render_sections_changes_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(30061);
/* harmony import */ var _report_render_escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70752);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20649);
/* harmony import */ var _report_redact_stream_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56310);
/* harmony import */ var _report_write_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1693);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(99537);
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
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_10__/* .parseCommandLine */ .Du)(argv, REPLAY);
    const files = [...parsed.positionals, ...(parsed.afterDashes ?? [])];
    if (files.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`one report at a time, got "${files[0]}" and "${files[1]}"`);
    return { file: files[0] ?? null, yes: parsed.values.has('yes'), runs: parsed.values.get('runs')?.[0] ?? null, help: parsed.help };
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
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Mode]: 'gate',
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Command]: r.command,
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Runs]: runs ?? String(r.runs),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Seed]: String(r.seed),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Determinism]: r.determinism,
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Metrics]: relativeTo(r.workingDirectory, r.metrics),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Tolerance]: `atol=${r.tolerance.atol},rtol=${r.tolerance.rtol}`,
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Tolerances]: r.tolerances.map((t) => `${t.pattern}: atol=${t.tolerance.atol},rtol=${t.tolerance.rtol}`).join('\n'),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Ignore]: r.ignore.join('\n'),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Artifacts]: r.artifacts.join('\n'),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.WorkingDirectory]: cwd,
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.TimeoutMinutes]: r.timeoutMinutes === null ? '' : String(r.timeoutMinutes),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.ReportPath]: reportPath,
        // The recorded variations and seed audit run again too (older reports have none).
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Vary]: (r.vary ?? []).join(','),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.VaryMaxRuns]: r.varyMaxRuns === undefined ? '' : String(r.varyMaxRuns),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.SeedAudit]: r.seedAudit ?? '',
        // Fingerprint the same data files and resolve the same images, so their changes show.
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Data]: (recorded.environment?.data ?? []).map((f) => f.path).join('\n'),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Images]: (recorded.environment?.container?.status === 'ok' ? recorded.environment.container.images : [])
            .map((i) => i.reference)
            .join('\n'),
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Python]: python?.status === 'ok' ? python.interpreter : '',
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Comment]: 'never',
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Baseline]: 'false',
        [_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.FailOnDrift]: 'true'
    };
    return { get: (name) => values[name] ?? '' };
}
/** Control characters as a person can read them; the rest of C0/C1 and DEL as \u27e8U+XXXX\u27e9. */
const CONTROL_NAMES = { '\t': '\u27e8TAB\u27e9', '\r': '\u27e8CR\u27e9', '\u001b': '\u27e8ESC\u27e9', '\u0000': '\u27e8NUL\u27e9', '\b': '\u27e8BS\u27e9' };
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
/** One line of a command with nothing hidden: controls, invisible and bidi characters, and trailing blanks shown by name. */
function visibleLine(line) {
    const shown = (0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .showInvisible */ .jQ)(line.replace(CONTROL, (c) => CONTROL_NAMES[c] ?? `\u27e8U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}\u27e9`));
    // A blank after a line-ending backslash changes what bash runs; blanks at the end are shown.
    return shown.replace(/ +$/, (blanks) => '\u27e8SP\u27e9'.repeat(blanks.length));
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
        ...lines.map((line, i) => `    ${String(i + 1).padStart(width)} \u2502 ${visibleLine(line)}`)
    ];
}
/** Runs `repro-gate replay`; returns the exit code. */
async function runReplayCommand(argv, io, deps) {
    const env = deps.env ?? process.env;
    const cwd = deps.cwd ?? process.cwd();
    let args;
    try {
        args = parseReplayArgs(argv);
    }
    catch (err) {
        io.err(`repro-gate replay: ${err.message}\n`);
        return 2;
    }
    if (args.help) {
        io.out(REPLAY_HELP);
        return 0;
    }
    if (args.file === null) {
        io.err(`repro-gate replay: which report? \n\n${REPLAY_HELP}`);
        return 2;
    }
    let recorded;
    try {
        recorded = await (0,_report_write_js__WEBPACK_IMPORTED_MODULE_9__.readReportFile)(args.file);
    }
    catch (err) {
        io.err(`repro-gate replay: ${err.message}\n`);
        return 2;
    }
    if (recorded.inputs.command.trim() === '') {
        io.err(`repro-gate replay: ${args.file} records no command (a ${recorded.mode} report); nothing to replay\n`);
        return 2;
    }
    const fileAbs = node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(cwd, args.file);
    let reportPath = node_path__WEBPACK_IMPORTED_MODULE_0__.join(cwd, 'repro-replay-report.json');
    if (reportPath === fileAbs)
        reportPath = node_path__WEBPACK_IMPORTED_MODULE_0__.join(cwd, 'repro-replay-report-2.json');
    let inputs;
    try {
        inputs = (0,_inputs_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInputs */ .Ko)(replayInputSource(recorded, cwd, reportPath, args.runs), { ...env, GITHUB_WORKSPACE: cwd });
    }
    catch (err) {
        io.err(`repro-gate replay: ${err.message}\n`);
        return 2;
    }
    const r = recorded.inputs;
    io.err([
        `repro-gate replay: ${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)(args.file)}`,
        ...showCommand(r.command),
        `  recorded in:      ${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)(r.workingDirectory)}${recorded.context.sha ? ` at ${recorded.context.sha.slice(0, 12)}` : ''}${recorded.context.repository ? ` (${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)(recorded.context.repository)})` : ''}`,
        `  replay in:        ${cwd}`,
        `  runs ${inputs.runs}, seed ${inputs.seed}, determinism ${inputs.determinism}, metrics ${relativeTo(cwd, inputs.metrics)}, tolerance atol=${r.tolerance.atol} rtol=${r.tolerance.rtol}`,
        ''
    ].join('\n') + '\n');
    if (!args.yes) {
        if (!io.isTTY) {
            io.err('repro-gate replay: not run. The command comes from a report, which may come from someone else, and there is no terminal to confirm it on.\n' +
                'Read the command above and pass --yes to run it.\n');
            return 2;
        }
        const answer = (await io.prompt('Run this command here? Only run commands from reports you trust. [y/N] ')).trim().toLowerCase();
        if (answer !== 'y' && answer !== 'yes') {
            io.err('repro-gate replay: not run.\n');
            return 2;
        }
    }
    const redactor = (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .createRedactor */ .lY)(env);
    let output = (0,_report_redact_stream_js__WEBPACK_IMPORTED_MODULE_8__/* .redactStream */ .S)(redactor);
    const replayed = await deps.runGate(inputs, {
        env,
        signal: deps.signal,
        redactor,
        log: {
            info: (m) => io.err(`${redactor.text(m)}\n`),
            warning: (m) => io.err(`warning: ${redactor.text(m)}\n`),
            debug: () => undefined
        },
        observer: {
            onRunStart: (i, n) => {
                output = (0,_report_redact_stream_js__WEBPACK_IMPORTED_MODULE_8__/* .redactStream */ .S)(redactor);
                io.err(`\n\u2500\u2500 replay run ${i} of ${n} \u2500\u2500\n`);
            },
            onOutput: (_i, text) => io.err(output.write(text)),
            onRunEnd: (run) => {
                io.err(output.end());
                io.err(`\u2500\u2500 run ${run.index}: ${run.error ?? 'exit 0'}\n`);
            }
        }
    });
    const deltas = (0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_4__/* .compareMetricSets */ .Ri)((0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_4__/* .reportMetricValues */ .jn)(recorded), (0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_4__/* .reportMetricValues */ .jn)(replayed), {
        tolerance: r.tolerance,
        tolerances: r.tolerances,
        ignore: r.ignore
    });
    const changes = (0,_compare_envdiff_js__WEBPACK_IMPORTED_MODULE_11__/* .diffEnvironments */ .e)(recorded, replayed);
    const drift = (0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_4__/* .hasDrift */ .uL)(deltas);
    const lines = [
        '',
        'Environment (recorded \u2192 here):',
        ((0,_report_render_sections_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .renderEnvChanges */ .ft)(changes, { target: 'terminal', max: 60 }) || '  no recorded difference\n').trimEnd(),
        '',
        'Metrics (recorded \u2192 replayed):',
        (0,_report_render_sections_changes_js__WEBPACK_IMPORTED_MODULE_5__/* .renderMetricDeltas */ .uh)(deltas).trimEnd(),
        ''
    ];
    if (replayed.verdict === 'error') {
        lines.push(`error: the replay did not complete: ${(0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)(replayed.errors[0]?.message ?? 'see the output above')}`);
    }
    else {
        if (replayed.verdict === 'drift')
            lines.push(`note: the replayed runs differ among themselves (${replayed.drifted
                .map((d) => (0,_report_render_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .oneLine */ .TN)(d.name))
                .slice(0, 5)
                .join(', ')})`);
        lines.push(drift ? 'drift: the replay does not reproduce the recorded metrics' : 'match: the replay reproduces the recorded metrics');
    }
    lines.push(`report: ${reportPath}`);
    io.out(lines.join('\n') + '\n');
    if (replayed.verdict === 'error')
        return 2;
    return drift || replayed.verdict === 'drift' ? 1 : 0;
}


/***/ }),

/***/ 56114:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ EnvChangeCategories)
/* harmony export */ });
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


/***/ }),

/***/ 3251:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ diffEnvironments)
/* harmony export */ });
/* harmony import */ var _env_change_categories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56114);


const byCodeUnit = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
/** Compares two optional values and records a change when they differ. */
function field(add, category, subject, before, after, detail) {
    const b = before ?? null;
    const a = after ?? null;
    if (b !== a)
        add(category, subject, b, a, detail);
}
/** Compares two name \u2192 value maps; a missing name is null on that side. */
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
    return l.error
        ? `unparsed (${l.error})`
        : `${l.packages?.length ?? 0} packages${l.unpinned?.length ? `, ${l.unpinned.length} unpinned` : ''}`;
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
        return [...counts].map(([name, n]) => (n > 1 ? `${n}\u00d7 ${name}` : name)).join(', ');
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
    field(add, 'cpu', 'CPU', cpuName(ha.cpu), cpuName(hb.cpu));
    const fa = new Set(ha.cpu.flags ?? []);
    const fb = new Set(hb.cpu.flags ?? []);
    const lost = [...fa].filter((f) => !fb.has(f)).sort(byCodeUnit);
    const gained = [...fb].filter((f) => !fa.has(f)).sort(byCodeUnit);
    if (lost.length || gained.length) {
        const detail = [gained.length ? `gained ${gained.join(' ')}` : '', lost.length ? `lost ${lost.join(' ')}` : '']
            .filter(Boolean)
            .join('; ');
        add('cpu', 'CPU flags', [...fa].sort(byCodeUnit).join(' '), [...fb].sort(byCodeUnit).join(' '), detail);
    }
    field(add, 'cpu', 'cores (physical/logical)', `${ha.cpu.physicalCores}/${ha.cpu.logicalCores}`, `${hb.cpu.physicalCores}/${hb.cpu.logicalCores}`, 'thread counts follow the core count unless pinned');
    field(add, 'cpu', 'virtualization', ha.virtualization, hb.virtualization);
}
/** "AMD EPYC 7763", not "AMD AMD EPYC 7763": most models already name their vendor. */
function cpuName(cpu) {
    const vendor = (cpu.vendor ?? '').trim();
    const model = (cpu.model ?? '').trim();
    return vendor && !model.toLowerCase().includes(vendor.toLowerCase()) ? `${vendor} ${model}`.trim() : model || vendor;
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
    const rank = new Map(_env_change_categories_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvChangeCategories */ .o.map((c, i) => [c, i]));
    // Stable sort: within a category the order of discovery (by subject, lockfile by lockfile) is kept.
    return changes
        .map((c, i) => ({ c, i }))
        .sort((x, y) => rank.get(x.c.category) - rank.get(y.c.category) || x.i - y.i)
        .map((x) => x.c);
}


/***/ }),

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


/***/ })

};
