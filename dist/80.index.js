export const id = 80;
export const ids = [80];
export const modules = {

/***/ 83916:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ unreadableVersion),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
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
/**
 * What a reader says of a document version it does not read (a report's `schemaVersion`, a
 * baseline history's `version`): the version it got and the ones it reads, and for a higher one
 * that a newer repro-gate wrote it, so the way out is to upgrade. CONTRIBUTING.md: "Versions".
 */
function unreadableVersion(field, version, readable) {
    const list = readable.length > 1 ? `${readable.slice(0, -1).join(', ')} and ${readable[readable.length - 1]}` : String(readable[0]);
    const reads = `${field} ${version}: this repro-gate reads ${list}`;
    return version > Math.max(...readable) ? `${reads}; it was written by a newer repro-gate: upgrade repro-gate to read it` : reads;
}


/***/ }),

/***/ 94089:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ runGate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/plan/seeds.ts
var plan_seeds = __webpack_require__(23777);
;// CONCATENATED MODULE: ./src/plan/exposure.ts
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
    const base = env.RUNNER_TEMP ? external_node_path_.join(env.RUNNER_TEMP, 'repro-gate') : external_node_path_.join(inputs.workingDirectory, '.repro-gate', 'runs');
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

// EXTERNAL MODULE: ./src/runs/runs.ts + 6 modules
var runs_runs = __webpack_require__(78784);
// EXTERNAL MODULE: ./src/runs/outputs.ts
var outputs = __webpack_require__(85060);
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

// EXTERNAL MODULE: ./src/report/context.ts
var context = __webpack_require__(70301);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/report/validate.ts
var validate = __webpack_require__(50898);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(25625);
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
let reporting = null;
function loadReporting() {
    // One after the other: jest's module loader fails two dynamic imports that share modules at once.
    reporting ??= Promise.all(/* import() */[__webpack_require__.e(765), __webpack_require__.e(219)]).then(__webpack_require__.bind(__webpack_require__, 41219)).then(async (build) => [build, await Promise.all(/* import() */[__webpack_require__.e(693), __webpack_require__.e(801)]).then(__webpack_require__.bind(__webpack_require__, 1693))]);
    return reporting;
}
/**
 * The observer, plus, once run 1 has started: `onRun1` (the snapshot), and the code the gate needs
 * after the runs \u2014 the report's builder and writer, and its validator \u2014 loads while the main
 * thread waits on the experiment; writeReport awaits the validator's promise, so a failure to load
 * shows there.
 */
function preloadingObserver(observer, onRun1, debug) {
    return {
        onRunStart: (index, total, dir) => {
            debug(`run ${index} starts`);
            observer?.onRunStart?.(index, total, dir);
            // After the run has started: the run's request goes to the spawner in a microtask of its
            // own, and a compile queued before it would hold the run back by its whole length.
            if (index === 1)
                setImmediate(() => {
                    onRun1();
                    loadReporting().catch(() => undefined);
                    (0,validate/* loadReportValidator */.v)().catch(() => undefined);
                });
        },
        onOutput: (index, text) => observer?.onOutput?.(index, text),
        onRunEnd: (record) => {
            debug(`run ${record.index} ended (${record.durationMs} ms)`);
            observer?.onRunEnd?.(record);
        },
        onExtraRunStart: (label, dir) => observer?.onExtraRunStart?.(label, dir),
        onExtraRunEnd: (label, record) => observer?.onExtraRunEnd?.(label, record)
    };
}
/** Runs the gate and writes the report; resolves with the (redacted) report for every verdict. */
async function runGate(inputs, options = {}) {
    const env = options.env ?? process.env;
    const log = options.log ?? src_log/* silentLog */.aB;
    const redactor = options.redactor ?? (0,redact/* createRedactor */.lY)(env);
    const startedAt = Date.now();
    const plan = planRuns(inputs, env);
    // Timings are in ms since the process started, to see the gate's own cost (process.uptime:
    // the global \`performance\` loads ten modules of perf_hooks on first use).
    const at = () => `${Math.round(process.uptime() * 1000)} ms`;
    log.debug(`plan at ${at()}: ${inputs.runs} runs in ${plan.cwd}, outputs kept under ${plan.runRoot}`);
    // The snapshot runs alongside the runs, so provenance costs no wall time of its own. It starts
    // when run 1 does (or when the runs end without one): loading its code (the probes and lockfile
    // parsers are most of the engine) before then would hold up run 1 on the main thread, while
    // run 1's own time hides all of it. Its code is loaded only when wanted.
    let startSnapshot = () => undefined;
    const snapshotting = inputs.snapshot
        ? new Promise((resolve) => (startSnapshot = resolve))
            .then(() => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(382), __webpack_require__.e(292), __webpack_require__.e(950)]).then(__webpack_require__.bind(__webpack_require__, 12950)))
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
        runs = await (0,runs_runs/* executeRuns */.e)(plan, {
            observer: preloadingObserver(options.observer, () => startSnapshot(), (text) => log.debug(`${text} at ${at()}`)),
            signal: options.signal,
            killGraceMs: options.killGraceMs,
            fileOps: options.fileOps
        });
    }
    catch (err) {
        extraErrors.push({ run: null, message: `repro-gate could not run the experiment: ${(0,errors/* errorMessage */.gJ)(err)}` });
    }
    startSnapshot();
    if (runs.records.length === 0 && extraErrors.length === 0) {
        extraErrors.push({ run: null, message: options.signal?.aborted ? 'cancelled before the first run started' : 'no run was started' });
    }
    log.debug(`runs done at ${at()}`);
    if (runs.containment)
        log.debug(`containment: ${runs.containment.method}${runs.containment.via ? ` via ${runs.containment.via}` : ''}: ${runs.containment.note}`);
    for (const r of runs.records) {
        if (!r.leftovers)
            continue;
        const shown = r.leftovers.processes
            .slice(0, 5)
            .map((p) => p.command || p.name)
            .join('; ');
        log.info(redactor.text(`run ${r.index} left ${r.leftovers.count} process(es) running, ended with it: ${shown}${r.leftovers.count > 5 ? '; \u2026' : ''}`));
    }
    // Hidden nondeterminism: the seed audit and the variation runs, after the repeats (loaded only when asked for).
    let vary = null;
    if (inputs.vary.length > 0 || inputs.seedAudit !== 'off') {
        try {
            const { runVaryStage } = await Promise.all(/* import() */[__webpack_require__.e(765), __webpack_require__.e(644)]).then(__webpack_require__.bind(__webpack_require__, 79644));
            vary = await runVaryStage(inputs, plan, runs, {
                observer: options.observer,
                signal: options.signal,
                killGraceMs: options.killGraceMs
            });
            for (const warning of vary.warnings)
                log.warning(redactor.text(warning));
            log.debug(`variations done at ${at()}`);
        }
        catch (err) {
            extraErrors.push({
                run: null,
                message: `repro-gate could not vary the environment: ${err instanceof Error ? err.message : String(err)}`
            });
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
    // out of the process \u2014 the baseline cache entry, the report file and artifact, outputs, summary,
    // comment, check run, annotations \u2014 only ever holds the redacted copy.
    // Neither the unredacted report nor the runs' flattened metrics outlive this statement: with a
    // million metrics each copy is hundreds of MB.
    const [{ buildReport }, { writeReport }] = await loadReporting();
    const report = (0,redact/* redactReport */.a5)(redactor, (() => {
        const built = buildReport({ inputs, plan, runs, snapshot, context: (0,context/* readReportContext */.u7)(env), startedAt, extraErrors, vary, files });
        runs = { ...runs, metrics: [] };
        log.debug(`report built at ${at()}`);
        return built;
    })());
    log.debug(`redacted at ${at()}`);
    // Baselines live in the Actions cache: only inside a workflow, and loaded only then (the cache
    // client is half the bundle).
    if (inputs.baseline && report.verdict !== 'error' && env.GITHUB_ACTIONS === 'true') {
        try {
            const { baselineStage } = await Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(404)]).then(__webpack_require__.bind(__webpack_require__, 20404));
            // What was restored from the cache (an older version may have saved it unredacted) is redacted too.
            report.baseline = redactor.deep(await unlessCancelled(baselineStage(report, inputs, env), options.signal, 0, undefined));
        }
        catch (err) {
            log.warning(`baseline skipped: ${String(err)}`);
        }
    }
    report.durationMs = Date.now() - startedAt;
    const written = await writeReport(report, inputs.reportPath);
    log.debug(`report written at ${at()}`);
    for (const problem of written.problems)
        log.warning(`report schema: ${problem} (please report this as a repro-gate bug)`);
    return written.report;
}


/***/ }),

/***/ 56495:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ hashFile),
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60702);


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

/***/ 11068:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/* harmony import */ var _vary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42953);
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
 * '' = none, the gate works one out (see InputDefaultText). An expression (`${{ \u2026 }}`) is the
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
 * column and --help say so (the others show \u2014; their README line says what happens).
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
    seed: { value: 'n', help: '0\u20264294967295, exported as REPRO_SEED' },
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
    tolerance: { value: 'tol', help: 'one number (absolute) or atol=\u2026,rtol=\u2026 ; |a\u2212b| \u2264 atol + rtol\u00b7|b|' },
    tolerances: { value: 'rule', help: 'per-metric "<pattern>: atol=\u2026,rtol=\u2026"; the first match wins', repeatable: true },
    ignore: { value: 'pattern', help: 'metric pattern reported but not compared', repeatable: true },
    artifacts: { value: 'glob', help: 'output files that must be bit-identical across runs', repeatable: true },
    'working-directory': { value: 'dir', help: 'where the command runs; other paths resolve against it' },
    'timeout-minutes': { value: 'n', help: 'per run; the whole process tree is killed on timeout' },
    isolate: {
        value: 'user',
        help: "alone: run the experiment as nobody (or <user>, uid[:gid]) with no_new_privs,\nits own PID namespace and /proc, without the job's tokens (needs root or sudo -n)",
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

/***/ 49511:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


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
var constants = __webpack_require__(11068);
// EXTERNAL MODULE: ./src/inputs/tolerance.ts
var inputs_tolerance = __webpack_require__(83830);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/inputs/patterns.ts
var patterns = __webpack_require__(79170);
// EXTERNAL MODULE: ./src/metrics/parsers/index.ts + 1 modules
var parsers = __webpack_require__(60272);
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
            throw new errors/* InputError */.dz(`${where}, which is a directory; give a file path such as ${external_node_path_.join(raw, 'repro-report.json')}`);
        if (!stat.isFile())
            throw new errors/* InputError */.dz(`${where}, which is not a regular file; give the path of a file to (over)write`);
        const why = cannotOpen(file);
        if (why)
            throw new errors/* InputError */.dz(`${where}, which exists and cannot be written (${why}); choose another path`);
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
        throw new errors/* InputError */.dz(`${where}, but ${dir} is a file, not a folder; choose another path`);
    const why = cannotCreateIn(dir);
    if (why)
        throw new errors/* InputError */.dz(`${where}, but the folder ${dir} cannot be written (${why}); choose another path`);
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
var keys = __webpack_require__(97847);
// EXTERNAL MODULE: ./src/inputs/vary.ts
var inputs_vary = __webpack_require__(42953);
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
        throw new errors/* InputError */.dz(`${constants/* Input */.pd.Isolate}: got "${raw}": the experiment must run as an unprivileged user, not root (true = nobody)`);
    }
    if (!/^(\d+(:\d+)?|[a-z_][a-z0-9_.-]*\$?)$/i.test(value)) {
        throw new errors/* InputError */.dz(`${constants/* Input */.pd.Isolate}: got "${raw}", expected true, false, a user name or uid[:gid] (true = nobody)`);
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
    throw new errors/* InputError */.dz(`${name}: got "${raw}", expected one of: ${allowed.join(', ')}`);
}
function bool(name, raw) {
    const value = orDefault(name, raw).toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new errors/* InputError */.dz(`${name}: got "${raw}", expected true or false`);
}
/** A whole number from `min` to `max` (else `fallback` or the default); `why` follows the bounds in the error (what they protect). */
function integer(name, raw, min, max, why = '', fallback) {
    const text = raw.trim() === '' && fallback !== undefined ? String(fallback) : orDefault(name, raw);
    if (!/^[+-]?\d+$/.test(text) || Number(text) < min || Number(text) > max) {
        throw new errors/* InputError */.dz(`${name}: got "${raw}", expected a whole number from ${min} to ${max}${why ? ` (${why})` : ''}`);
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
        throw new errors/* InputError */.dz(`${constants/* Input */.pd.Command}: required, e.g. "python train.py" (it runs with bash -e -o pipefail -c)`);
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
        throw new errors/* InputError */.dz(`${constants/* Input */.pd.WorkingDirectory}: "${wdRaw}" resolves to ${workingDirectory}, which is not an existing directory (did the checkout step run?)`);
    }
    const metricsRaw = orDefault(constants/* Input */.pd.Metrics, get(constants/* Input */.pd.Metrics));
    if (!(0,parsers/* formatFor */.Bm)(metricsRaw)) {
        throw new errors/* InputError */.dz(`${constants/* Input */.pd.Metrics}: "${metricsRaw}" has no supported extension; the metrics file must be ${parsers/* supportedExtensions */.x5.join(', ')} (the format is chosen by extension)`);
    }
    const tolerance = (0,inputs_tolerance/* parseTolerance */.B)(orDefault(constants/* Input */.pd.Tolerance, get(constants/* Input */.pd.Tolerance)), constants/* Input */.pd.Tolerance);
    const ignore = list(get(constants/* Input */.pd.Ignore));
    ignore.forEach((p) => (0,patterns/* compileMetricPattern */.c)(p));
    const timeoutRaw = get(constants/* Input */.pd.TimeoutMinutes).trim();
    let timeoutMinutes = null;
    if (timeoutRaw !== '') {
        const n = Number(timeoutRaw);
        if (!Number.isFinite(n) || n <= 0 || n > MAX_TIMEOUT_MINUTES) {
            throw new errors/* InputError */.dz(`${constants/* Input */.pd.TimeoutMinutes}: got "${timeoutRaw}", expected a number of minutes above 0 and at most ${MAX_TIMEOUT_MINUTES} ` +
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
        throw new errors/* InputError */.dz(err.message);
    }
    const varyMaxRuns = integer(constants/* Input */.pd.VaryMaxRuns, get(constants/* Input */.pd.VaryMaxRuns), 0, 100, '', 1 + vary.length);
    // One spelling that survives every place the key goes (comment marker, cache key, artifact name).
    const commentKeys = list(get(constants/* Input */.pd.CommentKey)).map(normalizeKey);
    if (mode === 'publish' && commentKeys.length === 0) {
        throw new errors/* InputError */.dz(`${constants/* Input */.pd.CommentKey}: required in mode: publish \u2014 the comment key(s) of the gate job(s) whose reports this workflow posts, one per line ` +
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
        tolerances: (0,inputs_tolerance/* parseToleranceRules */.S)(get(constants/* Input */.pd.Tolerances), constants/* Input */.pd.Tolerances),
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
        baselineTolerance: baselineToleranceRaw.trim() === '' ? tolerance : (0,inputs_tolerance/* parseTolerance */.B)(baselineToleranceRaw, constants/* Input */.pd.BaselineTolerance),
        failOnBaselineDrift: bool(constants/* Input */.pd.FailOnBaselineDrift, get(constants/* Input */.pd.FailOnBaselineDrift)),
        referenceLeg: get(constants/* Input */.pd.ReferenceLeg).trim() || null,
        reportArtifact: orDefault(constants/* Input */.pd.ReportArtifact, get(constants/* Input */.pd.ReportArtifact)),
        attestation: oneOf(constants/* Input */.pd.Attestation, get(constants/* Input */.pd.Attestation).toLowerCase(), constants/* AttestationPolicies */.JX)
    };
}


/***/ }),

/***/ 79170:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ matchesAny),
/* harmony export */   c: () => (/* binding */ compileMetricPattern)
/* harmony export */ });
/**
 * Metric patterns are globs over dot-separated metric names: `*` matches within one segment,
 * `**` across segments, `?` one character. `[` and `]` are literal, so `loss[3]` means the
 * fourth element of `loss`, not a character class \u2014 general-purpose glob libraries get this wrong.
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
    // The pattern's literal start (up to its first wildcard) is the regex's: a name without it is
    // refused by one startsWith, not a regex run (a million metric names pass through each pattern).
    let prefix = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' || c === '?' || (c === '.' && pattern.slice(i + 1) === '**'))
            break;
        prefix += c;
    }
    const test = (name) => name.startsWith(prefix) && re.test(name);
    cache.set(pattern, test);
    return test;
}
/** True when any pattern matches the name. */
function matchesAny(name, patterns) {
    return patterns.some((p) => compileMetricPattern(p)(name));
}


/***/ }),

/***/ 83830:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseTolerance),
/* harmony export */   S: () => (/* binding */ parseToleranceRules)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79170);
/**
 * Tolerances as the user writes them (`tolerance`, `tolerances`, `baseline-tolerance`): their parsing
 * (their JSON Schema and type are in schema.ts). The compare stage applies them (`compare/tolerance.ts`).
 */


const NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function parseNonNegative(input, key, raw) {
    const text = raw.trim();
    if (!NUMBER.test(text) || !Number.isFinite(Number(text))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${input}: ${key} must be a finite non-negative number like 0, 1e-6 or 0.01, got "${raw}"`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${input}: expected one number or "atol=<number>,rtol=<number>", got "${raw}" (finite and non-negative, e.g. 1e-6, or atol=1e-8,rtol=1e-5)`);
        }
        return { atol: Number(text), rtol: 0 };
    }
    const tolerance = { atol: 0, rtol: 0 };
    const seen = new Set();
    for (const part of text.split(',')) {
        const eq = part.indexOf('=');
        const key = part.slice(0, eq).trim().toLowerCase();
        if (eq < 0 || (key !== 'atol' && key !== 'rtol')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${input}: expected one number or "atol=<number>,rtol=<number>", got "${raw}" (unknown part "${part.trim()}")`);
        }
        if (seen.has(key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${input}: ${key} is given twice in "${raw}"`);
        seen.add(key);
        tolerance[key] = parseNonNegative(input, key, part.slice(eq + 1));
    }
    return tolerance;
}
/**
 * Parses the multi-line `tolerances` input: `<pattern>: atol=\u2026,rtol=\u2026` per line. The line is
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${input}: line ${i + 1} "${text}" needs a metric pattern before the last ":", e.g. "eval.*: atol=1e-6" or "loss: 0.01"`);
        }
        (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .compileMetricPattern */ .c)(pattern); // validates
        rules.push({ pattern, tolerance: parseTolerance(text.slice(colon + 1), `${input} (line ${i + 1})`) });
    });
    return rules;
}


/***/ }),

/***/ 42953:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 97847:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ sanitizeKey),
/* harmony export */   n: () => (/* binding */ KeyRules)
/* harmony export */ });
const SAFE_NAME = /[^A-Za-z0-9._-]+/g;
const KeyRules = {
    /** The `comment-key` input as stored: letters, digits, `.`, `_` and single `-`. */
    commentKey: {
        unsafe: SAFE_NAME,
        replacement: '-',
        collapse: true,
        trim: /^[-.]+|[-.]+$/g,
        max: 100,
        trimAfterCut: null,
        fallback: 'repro-gate'
    },
    /** The default comment key (workflow file and job) before it is stored as the input. */
    defaultCommentKey: { unsafe: SAFE_NAME, replacement: '-', collapse: false, trim: null, max: Infinity, trimAfterCut: null, fallback: '' },
    /** The key inside the comment's hidden marker: `/` allowed, nothing that can end an HTML comment. */
    commentMarker: {
        unsafe: /[^A-Za-z0-9._/-]+/g,
        replacement: '-',
        collapse: false,
        trim: null,
        max: 200,
        trimAfterCut: null,
        fallback: 'repro-gate'
    },
    /** One part of an artifact name (the artifact client rejects the rest). */
    artifactName: {
        unsafe: SAFE_NAME,
        replacement: '-',
        collapse: true,
        trim: /^[-.]+|[-.]+$/g,
        max: Infinity,
        trimAfterCut: null,
        fallback: ''
    },
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

/***/ 25625:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 60272:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


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
    { format: 'YAML', extensions: ['.yaml', '.yml'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(867)]).then(__webpack_require__.bind(__webpack_require__, 47867))).yamlParser },
    { format: 'TOML', extensions: ['.toml'], load: async () => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(8)]).then(__webpack_require__.bind(__webpack_require__, 25008))).tomlParser }
];
/** The format of a metrics file by its extension, or undefined. */
function formatFor(file) {
    const ext = external_node_path_.extname(file).toLowerCase();
    return metricsFormats.find((f) => f.extensions.includes(ext));
}
const supportedExtensions = metricsFormats.flatMap((f) => f.extensions);


/***/ }),

/***/ 38719:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ encodeValue),
/* harmony export */   sb: () => (/* binding */ encodeMetrics),
/* harmony export */   wz: () => (/* binding */ decodeValue),
/* harmony export */   x4: () => (/* binding */ MetricList)
/* harmony export */ });
/**
 * A run's flattened metrics as two arrays in file order, names and values: what the compare stage
 * reads, without a million-entry hash table per run. A Map all the same for every other reader:
 * the first Map method used (other than `size`) fills the table from the arrays. Runs whose files
 * have run 1's shape share its `metricNames` array (see readMetricsFile). The names are distinct.
 */
class MetricList extends Map {
    metricNames;
    metricValues;
    #filled = false;
    #changed = false;
    constructor(metricNames, metricValues) {
        super();
        this.metricNames = metricNames;
        this.metricValues = metricValues;
    }
    /** The two arrays, or null once the Map was changed (they no longer say what it holds). */
    columns() {
        return this.#changed ? null : { names: this.metricNames, values: this.metricValues };
    }
    #fill() {
        if (this.#filled)
            return;
        this.#filled = true;
        for (let i = 0; i < this.metricNames.length; i++)
            super.set(this.metricNames[i], this.metricValues[i]);
    }
    get size() {
        return this.#filled ? super.size : this.metricNames.length;
    }
    get(key) {
        this.#fill();
        return super.get(key);
    }
    has(key) {
        this.#fill();
        return super.has(key);
    }
    set(key, value) {
        this.#fill();
        this.#changed = true;
        return super.set(key, value);
    }
    delete(key) {
        this.#fill();
        this.#changed = true;
        return super.delete(key);
    }
    clear() {
        this.#fill();
        this.#changed = true;
        super.clear();
    }
    forEach(callback, thisArg) {
        this.#fill();
        super.forEach(callback, thisArg);
    }
    keys() {
        this.#fill();
        return super.keys();
    }
    values() {
        this.#fill();
        return super.values();
    }
    entries() {
        this.#fill();
        return super.entries();
    }
    [Symbol.iterator]() {
        return this.entries();
    }
}
/** Writes a metric value into the report: non-finite numbers become tagged objects (JSON has no NaN). */
function encodeValue(value) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
        return { nonFinite: Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity' };
    }
    return value;
}
/**
 * A run's flattened metrics as the report's object of encoded values. A loop, not
 * Object.fromEntries over [key, value] pairs: five times faster at a million metrics. A metric
 * named __proto__ is an own property, as every other.
 */
function encodeMetrics(flat) {
    const out = {};
    for (const [name, value] of flat) {
        if (name === '__proto__')
            Object.defineProperty(out, name, { value: encodeValue(value), enumerable: true, writable: true, configurable: true });
        else
            out[name] = encodeValue(value);
    }
    return out;
}
/** Reads a metric value back from a report. */
function decodeValue(value) {
    if (value !== null && typeof value === 'object') {
        return value.nonFinite === 'NaN' ? NaN : value.nonFinite === 'Infinity' ? Infinity : -Infinity;
    }
    return value;
}


/***/ }),

/***/ 23777:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 60702:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
        // One buffer of the size the file has (a byte more, to see it grow): no chunks to copy together.
        let buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1);
        let total = 0;
        for (;;) {
            if (total === buffer.length) {
                const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
                buffer.copy(grown, 0, 0, total);
                buffer = grown;
            }
            const { bytesRead } = await handle.read(buffer, total, Math.min(buffer.length - total, 1 << 24), null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > maxBytes)
                throw new SkippedFileError(`grew past the ${formatBytes(maxBytes)} read limit while being read`);
        }
        return buffer.subarray(0, total);
    }
    finally {
        await handle.close();
    }
}
/** 1536 \u2192 "1.5 KiB". */
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

/***/ 70301:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
        runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}${runAttempt ? `/attempts/${runAttempt}` : ''}` : null
    };
}


/***/ }),

/***/ 56310:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ redactStream)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20649);
/**
 * Redaction of a live stream (a run's output as it arrives). Chunks end anywhere: a token can be
 * split in two, and a private key printed in two writes would have its body pass unmasked if each
 * chunk were redacted alone. So text is released only at line ends, and from a private key's
 * BEGIN line on it is held until its END line (and masked whole) \u2014 or, when the block grows past
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

/***/ 20649:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a5: () => (/* binding */ redactReport),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   v5: () => (/* binding */ MASK)
/* harmony export */ });
/* unused harmony exports MIN_SECRET_LENGTH, isSecretVariable */
const MASK = '***';
/** Sets an own property, a key named __proto__ included (a metric may be called that). */
function define(object, key, value) {
    if (key === '__proto__')
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    else
        object[key] = value;
}
/** What `deep` holds for an object while it walks it. */
const PENDING = Symbol('pending');
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
        // Copy on write: an object or array is copied only when something under it was redacted, so a
        // report with a million metrics and no secret costs a walk, not a second report in memory.
        // A Map, not a WeakMap: the walk is short-lived, and a million entries in a WeakMap (an
        // ephemeron table) make every garbage collection during the walk crawl.
        // `seen` holds each object's result; PENDING while it is walked and nothing in it has changed
        // yet. An object reached again while pending (a cycle) gets its copy made there and then,
        // which its own walk then fills.
        const seen = new Map();
        const walk = (v) => {
            if (typeof v === 'string')
                return text(v);
            if (v === null || typeof v !== 'object')
                return v;
            const known = seen.get(v);
            if (known === PENDING) {
                const copy = Array.isArray(v) ? [] : {};
                seen.set(v, copy);
                return copy;
            }
            if (known !== undefined)
                return known;
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
            seen.set(v, PENDING);
            const result = Array.isArray(v) ? walkArray(v) : walkObject(v);
            seen.set(v, result);
            return result;
        };
        /** The copy a cycle made of `v` while it was walked, if one did. */
        const madeByCycle = (v) => {
            const known = seen.get(v);
            return known === PENDING ? undefined : known;
        };
        const walkArray = (v) => {
            let copy;
            for (let i = 0; i < v.length; i++) {
                const item = walk(v[i]);
                if (copy === undefined && item !== v[i]) {
                    // (A cycle back to this array changes the item that leads to it: its copy is made here.)
                    copy = madeByCycle(v) ?? [];
                    seen.set(v, copy);
                    for (let j = 0; j < i; j++)
                        copy[j] = v[j];
                }
                if (copy !== undefined)
                    copy[i] = item;
            }
            return copy ?? v;
        };
        const walkObject = (v) => {
            let copy;
            // for-in, not Object.entries: no [key, value] pair per property (a run may have a million metrics).
            for (const k in v) {
                if (!Object.hasOwn(v, k))
                    continue;
                const key = text(k);
                const item = walk(v[k]);
                if (copy === undefined && (key !== k || item !== v[k])) {
                    copy = madeByCycle(v) ?? {};
                    seen.set(v, copy);
                    // Every key before this one was left as it was.
                    for (const before in v) {
                        if (before === k)
                            break;
                        if (Object.hasOwn(v, before))
                            define(copy, before, v[before]);
                    }
                }
                if (copy !== undefined)
                    define(copy, key, item);
            }
            return copy ?? v;
        };
        return walk(value);
    };
    // The strings joined by newlines are redacted as one text. Every pattern above that matches
    // inside one string matches the same characters inside the joined text (none needs the string's
    // start or end, and a newline ends a word as the end of a string does), and a match always
    // changes the text: an unchanged joined text means unchanged strings. A match across two strings
    // only sends the caller the slow way. The exception is maskKeyTail, which looks at the first
    // END marker only: a text with one is never vouched for.
    const unchanged = (values) => {
        const joined = values.join('\n');
        return !joined.includes('-----END') && text(joined) === joined;
    };
    return { text, deep, unchanged };
}
/** Metric comparisons whose strings are checked together (see Redactor.unchanged). */
const REDACT_BATCH = 2048;
/**
 * `redactor.deep(report)` for a report whose metric comparisons may number a million: their
 * strings (names, string values, reasons, rule patterns) are checked a batch at a time, and only
 * the comparisons of a batch that holds something to redact are walked one by one. Copy on write,
 * like deep: the result is the report itself when nothing was redacted.
 */
function redactReport(redactor, report) {
    const { metrics, ...rest } = report;
    const head = redactor.deep(rest);
    let copy;
    const parts = [];
    for (let start = 0; start < metrics.length; start += REDACT_BATCH) {
        const end = Math.min(start + REDACT_BATCH, metrics.length);
        parts.length = 0;
        for (let i = start; i < end; i++) {
            const m = metrics[i];
            parts.push(m.name);
            if (m.reason !== null)
                parts.push(m.reason);
            if (m.toleranceRule !== null)
                parts.push(m.toleranceRule);
            for (const v of m.values)
                if (typeof v === 'string')
                    parts.push(v);
        }
        if (redactor.unchanged?.(parts))
            continue;
        for (let i = start; i < end; i++) {
            const m = redactor.deep(metrics[i]);
            if (m === metrics[i])
                continue;
            copy ??= metrics.slice();
            copy[i] = m;
        }
    }
    if (head === rest && copy === undefined)
        return report;
    return { ...head, metrics: copy ?? metrics };
}


/***/ }),

/***/ 50898:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ validateReport),
/* harmony export */   v: () => (/* binding */ loadReportValidator)
/* harmony export */ });
let loading = null;
/**
 * The generated validator is a file of its own beside the code that loads it (src/report/generated/;
 * the build copies it to dist/generated/), imported as it is: inside the bundle its 390 kB were
 * parsed twice, with the chunk and again when its module ran (~25 ms more, on the main thread
 * while run 1 runs). The bundler leaves this import alone (webpackIgnore, a computed URL).
 */
const VALIDATOR_FILE = './generated/validate-report.js';
/**
 * Loads the report validator (about 390 kB of generated code: read and pre-parsed, most of the
 * work; each part of the schema is a function V8 compiles when a report first reaches that part,
 * see scripts/generate-validator.mjs) and calls it once, which compiles its entry: the gate calls
 * this when run 1 has started, so the work happens while the main thread waits on the experiment.
 * Later calls return the same promise.
 */
function loadReportValidator() {
    loading ??= import(/* webpackIgnore: true */ new URL(VALIDATOR_FILE, import.meta.url).href).then(({ default: validate }) => {
        validate(null);
        return validate;
    });
    return loading;
}
/**
 * Validates a report against the published schema; returns readable problems (empty when valid).
 * The validator is compiled from schema/report.schema.json at build time: compiling the schema
 * at run time cost ~0.5 s of every gate run.
 */
async function validateReport(report) {
    const validate = await loadReportValidator();
    if (validate(report))
        return [];
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}


/***/ }),

/***/ 85060:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56495);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _regular_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60702);






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
    /** Matched paths that are neither regular files nor links (a FIFO, a device) \u2192 why; never read, copied or moved. */
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
            const { glob, escapePath } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 73382));
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
    const message = typeof err?.message === 'string' ? err.message : (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err);
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

/***/ 78784:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ executeRuns)
});

// UNUSED EXPORTS: boundedTail

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/plan/seeds.ts
var seeds = __webpack_require__(23777);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(11068);
;// CONCATENATED MODULE: ./src/runs/init.ts
/**
 * The body of a run's PID 1 (see containment.ts's INIT and spawner.ts), in Perl: given $status, $envf
 * and @cmd, it reads the environment file, starts the experiment as its child, reaps orphans,
 * writes the experiment's status and the processes still running, and exits with `leave`. The
 * script around it defines `leave` and `started` (called once the chain is up, just before the
 * experiment is started: the spawner marks it, so a first run that never got there is known to
 * have run nothing of the experiment).
 */
const INIT_BODY = String.raw `open(my $e, '<', $envf) or die "repro-gate: $envf: $!\n";
my $data = do { local $/; <$e> }; close $e; unlink $envf;
%ENV = ();
for (split /\0/, $data) { my $i = index($_, '='); $ENV{substr($_, 0, $i)} = substr($_, $i + 1) if $i > 0 }
started();
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
leave(($st & 127) ? 128 + ($st & 127) : $st >> 8);
`;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/runs/spawner.ts
/**
 * One small Perl process per gate that starts every run, so that a run costs a fork of Perl
 * instead of a fork of Node: forking the gate's Node process (tens of MB of page tables) was the
 * largest part of what each run cost beyond the command, on a VM several milliseconds a run.
 *
 * The spawner makes each run's namespaces itself, with unshare(2), setns(2) and mount(2) through
 * Perl's `syscall` (no `unshare` or second Perl to exec): per run, it leaves for a new PID
 * namespace and forks the run's PID 1 \u2014 the same init as containment.ts's INIT, already
 * compiled \u2014 which takes a mount namespace of its own, mounts /proc, starts the experiment and
 * writes its status. It behaves as `unshare --pid --fork --kill-child --mount-proc perl -e INIT \u2026`
 * did: the init ignores SIGINT and SIGTERM (PID 1 without handlers) and dies with the spawner
 * (PR_SET_PDEATHSIG). Started through sudo, the spawner is root once, and no run pays for sudo.
 * Without privileges (an unprivileged user namespace) a child of the spawner makes the namespaces,
 * as `unshare --map-current-user` did, and waits for the init while ignoring SIGINT and SIGTERM.
 *
 * Protocol, one run at a time. Node writes `<bytes>\n<fields>`, the fields NUL-separated: a
 * random word for the run's marks, the working directory, the status file, the environment file,
 * the experiment's argv. The spawner answers with marks in the output streams (sudo closes every
 * other descriptor): `\0<word>:p<pid>\0` on stdout once the run's process group exists (to signal
 * on timeout or cancel); `\0<word>:s\0` on stdout from the init, just before it starts the
 * experiment (until then anything on the streams is the chain's own complaint); once the run's every process is gone, `\0<word>:e\0` on stderr and
 * `\0<word>:d<wait status>\0` on stdout, after all of the run's output. The runs share the
 * spawner's stdout and stderr: it clears O_NONBLOCK on them before and after each run, so a run
 * starts with a blocking pipe as it would with a fresh one.
 */



/** unshare(2), mount(2), prctl(2), setns(2) and exit_group(2) by architecture; elsewhere runs are started as before (unshare and perl per run). */
const SYSCALLS = {
    x64: [272, 165, 157, 308, 231],
    arm64: [97, 40, 167, 268, 94]
};
function spawnerSyscalls(arch = process.arch) {
    return SYSCALLS[arch] ?? null;
}
/**
 * The command that starts a spawner: `pid` (privileged: root, or through sudo) or `user` (an
 * unprivileged user namespace mapping `self`); null where this architecture has none.
 */
function spawnerCommand(mode, sudo, self, arch) {
    const syscalls = spawnerSyscalls(arch);
    if (!syscalls)
        return null;
    const perl = ['perl', '-e', SPAWNER, mode, ...syscalls.map(String), String(self.uid), String(self.gid)];
    return sudo ? ['sudo', '-n', '--', ...perl] : perl;
}
/** The spawner's source: args mode (`pid` or `user`), the five syscall numbers, the uid and gid to map (`user`). */
const SPAWNER = String.raw `
my ($mode, $nr_unshare, $nr_mount, $nr_prctl, $nr_setns, $nr_exit, $uid, $gid) = @ARGV;
# A forked Perl's exit (global destruction, every signal handler reset) costs milliseconds a run;
# the init and the namespace's maker have nothing to flush or destroy.
sub leave { syscall($nr_exit + 0, $_[0] + 0) }
binmode STDIN;
my $own_pid_ns;
if ($mode eq 'pid') { open($own_pid_ns, '<', '/proc/self/ns/pid') or die "repro-gate: /proc/self/ns/pid: $!\n" }
sub blocking { for my $fh (\*STDOUT, \*STDERR) { my $fl = fcntl($fh, 3, 0); fcntl($fh, 4, $fl & ~0x800) if $fl } }
sub fail { syswrite(STDERR, "repro-gate: $_[0]\n"); exit 125 }
sub put { my ($file, $text) = @_; open(my $f, '>', $file) or fail("$file: $!"); print $f $text; close $f or fail("$file: $!") }
# The run's random word (its marks): the init marks the moment the experiment is about to start.
my $mark;
sub started { syswrite(STDOUT, "\0$mark:s\0") }
sub init {
  my ($status, $envf, @cmd) = @_;
${INIT_BODY}
}
# In the new PID namespace (its PID 1): a mount namespace of its own, with its own /proc.
sub become_init {
  my ($cwd, $status, $envf, @cmd) = @_;
  syscall($nr_prctl + 0, 1, 9, 0, 0, 0);
  if ($mode eq 'pid') {
    open(STDIN, '<', '/dev/null'); setpgrp(0, 0);
    syscall($nr_unshare + 0, 0x20000) == 0 or fail("unshare: $!");
  }
  chdir($cwd) or fail("cannot enter $cwd: $!");
  my ($none, $root, $proc, $procdir) = ('none', '/', 'proc', '/proc');
  syscall($nr_mount + 0, $none, $root, 0, 0x44000, 0) == 0 or fail("mount --make-rprivate /: $!");
  syscall($nr_mount + 0, $proc, $procdir, $proc, 14, 0) == 0 or fail("mount /proc: $!");
  init($status, $envf, @cmd);
}
# pid: the spawner is privileged and leaves for a new PID namespace itself (setns back to its own
# first, which unshare requires), so the init is its child. user: a child makes the user namespace
# (the spawner must stay outside it), ignores SIGINT and SIGTERM, and waits for the init.
sub start {
  my @run = @_;
  if ($mode eq 'pid') {
    syscall($nr_setns + 0, fileno($own_pid_ns), 0x20000000) == 0 or return (undef, "setns: $!");
    syscall($nr_unshare + 0, 0x20000000) == 0 or return (undef, "unshare: $!");
    my $init = fork();
    become_init(@run) if defined $init && $init == 0;
    return ($init, "fork: $!");
  }
  my $child = fork();
  return ($child, "fork: $!") unless defined $child && $child == 0;
  open(STDIN, '<', '/dev/null'); setpgrp(0, 0);
  syscall($nr_unshare + 0, 0x10000000 | 0x20000000 | 0x20000) == 0 or fail("unshare: $!");
  put('/proc/self/setgroups', 'deny'); put('/proc/self/uid_map', "$uid $uid 1"); put('/proc/self/gid_map', "$gid $gid 1");
  my $init = fork();
  defined $init or fail("fork: $!");
  become_init(@run) if $init == 0;
  $SIG{INT} = $SIG{TERM} = 'IGNORE';
  waitpid($init, 0);
  leave(($? & 127) ? 128 + ($? & 127) : $? >> 8);
}
while (defined(my $len = <STDIN>)) {
  chomp $len;
  my $req = '';
  while (length($req) < $len) { my $n = read(STDIN, $req, $len - length($req), length($req)); exit 0 unless $n }
  ($mark, my @run) = split /\0/, $req, -1;
  blocking();
  my ($child, $why) = start(@run);
  my $st = 125 << 8;
  if (defined $child) { syswrite(STDOUT, "\0$mark:p$child\0"); $st = $? if waitpid($child, 0) == $child }
  else { syswrite(STDERR, "repro-gate: $why\n") }
  blocking();
  syswrite(STDERR, "\0$mark:e\0"); syswrite(STDOUT, "\0$mark:d$st\0");
}
`;
/** The last two lines of what a process said on stderr, on one line: the gist of its complaint. */
function lastWords(text) {
    return text.trim().split('\n').slice(-2).join(' ').trim();
}
/**
 * Takes the spawner's marks out of a stream (`\0<word>:<kind><digits>\0`, kinds p: the run's
 * process group, s: the experiment starts, d: done with this wait status, e: the end of stderr), passing everything else
 * on and holding back what may be the start of a mark.
 */
class Marks {
    held = Buffer.alloc(0);
    prefix;
    constructor(word) {
        this.prefix = Buffer.from(`\0${word}:`);
    }
    /** The bytes to pass on, and the marks found (nothing after a `d` or `e` mark belongs to this run). */
    push(chunk) {
        let buf = this.held.length > 0 ? Buffer.concat([this.held, chunk]) : chunk;
        this.held = Buffer.alloc(0);
        const parts = [];
        const marks = [];
        for (;;) {
            const at = buf.indexOf(this.prefix);
            if (at < 0)
                break;
            const close = buf.indexOf(0, at + this.prefix.length);
            if (close < 0) {
                // A mark cut by the chunk's end: the rest comes with the next chunk.
                parts.push(buf.subarray(0, at));
                this.held = Buffer.from(buf.subarray(at));
                return { data: Buffer.concat(parts), marks };
            }
            parts.push(buf.subarray(0, at));
            const body = buf.subarray(at + this.prefix.length, close).toString('latin1');
            marks.push({ kind: body.slice(0, 1), value: Number(body.slice(1)) });
            buf = buf.subarray(close + 1);
            if (body[0] === 'd' || body[0] === 'e')
                return { data: Buffer.concat(parts), marks };
        }
        // Only a tail from a NUL on can be the beginning of a mark.
        for (let from = Math.max(0, buf.length - this.prefix.length + 1); from < buf.length; from++) {
            from = buf.indexOf(0, from);
            if (from < 0)
                break;
            if (this.prefix.subarray(0, buf.length - from).equals(buf.subarray(from))) {
                this.held = Buffer.from(buf.subarray(from));
                parts.push(buf.subarray(0, from));
                return { data: Buffer.concat(parts), marks };
            }
        }
        parts.push(buf);
        return { data: parts.length === 1 ? parts[0] : Buffer.concat(parts), marks };
    }
}
/** How long an idle spawner stays: a gate's runs follow each other within milliseconds; a later gate starts its own. */
const IDLE_MS = 2000;
/**
 * The spawner process for one way of containing runs: started on first use, ended when idle for
 * a while (and started again when wanted), never keeping the gate's process alive between runs.
 */
class Spawner {
    argv;
    env;
    child = null;
    current = null;
    queue = Promise.resolve();
    idle;
    /** Why the spawner ended before it was asked to (its stderr when it never started: sudo's "a password is required"). */
    died = null;
    stderrBeforeStart = '';
    constructor(
    /** The command that starts it: `perl` or `sudo -n -- perl`, with SPAWNER and its arguments. */
    argv, env) {
        this.argv = argv;
        this.env = env;
    }
    /** Runs one request (requests queue up: one run at a time). */
    run(request) {
        const result = this.queue.then(() => this.runNow(request));
        this.queue = result.catch(() => undefined);
        return result;
    }
    /** Starts the process now (Perl compiles the spawner meanwhile), so that the first run does not wait for it. */
    warm() {
        this.child ??= this.start();
    }
    /** Ends the spawner and the run in progress at once (a chain that never came up). */
    kill() {
        const child = this.child;
        this.close();
        try {
            child?.kill('SIGKILL');
        }
        catch {
            /* gone, or root's (started through sudo): its stdin is closed, it ends with the run */
        }
    }
    /** Ends the spawner (it exits when its stdin closes, after the run in progress). */
    close() {
        clearTimeout(this.idle);
        const child = this.child;
        this.child = null;
        child?.stdin?.end();
        if (child)
            this.setRef(child, false);
    }
    start() {
        const child = (0,external_node_child_process_.spawn)(this.argv[0], this.argv.slice(1), {
            env: this.env,
            stdio: ['pipe', 'pipe', 'pipe'],
            // Its own group: Ctrl-C in a terminal reaches the gate, which ends the run as it chooses.
            detached: true
        });
        this.died = null;
        this.stderrBeforeStart = '';
        const stdout = child.stdout;
        const stderr = child.stderr;
        stdout.on('data', (chunk) => this.output('out', chunk));
        stderr.on('data', (chunk) => this.output('err', chunk));
        child.stdin.on('error', () => undefined);
        const gone = (why) => {
            if (this.child === child)
                this.child = null;
            this.died = why;
            const current = this.current;
            if (current && current.waitStatus === undefined) {
                this.current = null;
                current.resolve({ waitStatus: null, started: current.started, error: why });
            }
        };
        child.on('error', (err) => gone(`could not start ${this.argv[0]}: ${err.message}`));
        child.on('exit', (code, signal) => {
            const said = lastWords(this.stderrBeforeStart);
            gone(said || `the run's spawner (${this.argv[0]}) ended (${signal ?? `exit ${code}`})`);
        });
        this.setRef(child, false);
        return child;
    }
    setRef(child, on) {
        for (const handle of [child, child.stdin, child.stdout, child.stderr]) {
            if (on)
                handle?.ref?.();
            else
                handle?.unref?.();
        }
    }
    runNow(request) {
        clearTimeout(this.idle);
        const child = this.child ?? (this.child = this.start());
        this.setRef(child, true);
        return new Promise((resolve) => {
            const word = `repro-gate-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
            this.current = {
                request,
                out: new Marks(word),
                err: new Marks(word),
                outDone: false,
                errDone: false,
                started: false,
                waitStatus: undefined,
                resolve: (result) => {
                    if (this.child === child) {
                        this.setRef(child, false);
                        this.idle = setTimeout(() => this.close(), IDLE_MS);
                        this.idle.unref();
                    }
                    resolve(result);
                }
            };
            const fields = [word, request.cwd, request.statusFile, request.envFile, ...request.argv];
            const payload = Buffer.from(fields.join('\0'));
            child.stdin.write(Buffer.concat([Buffer.from(`${payload.length}\n`), payload]));
        });
    }
    output(stream, chunk) {
        const current = this.current;
        if (!current) {
            // Before any run: the spawner's own complaint (sudo's). After a run: a stray writer, not any
            // run's (a root process that left the namespace can write for ever): only the last 2,000 kept.
            if (stream === 'err' && this.child && !this.died)
                this.stderrBeforeStart = (this.stderrBeforeStart + chunk.toString('utf8')).slice(-2000);
            return;
        }
        const { data, marks } = (stream === 'out' ? current.out : current.err).push(chunk);
        if (data.length > 0)
            (stream === 'out' ? current.request.onStdout : current.request.onStderr)?.(data);
        for (const { kind, value } of marks) {
            if (kind === 'p')
                current.request.onPid?.(value);
            else if (kind === 's') {
                current.started = true;
                current.request.onStarted?.();
            }
            else if (kind === 'e')
                current.errDone = true;
            else if (kind === 'd') {
                current.outDone = true;
                current.waitStatus = value;
            }
        }
        if (marks.length > 0)
            this.settle();
    }
    settle() {
        const current = this.current;
        if (!current || current.waitStatus === undefined || !current.outDone || !current.errDone)
            return;
        this.current = null;
        current.resolve({ waitStatus: current.waitStatus, started: current.started });
    }
}

;// CONCATENATED MODULE: ./src/runs/containment.ts
/**
 * Where a run's processes live, so that none outlives it: each run gets its own PID namespace
 * whose first process (a few lines of Perl, see INIT) starts the experiment, waits for it, names
 * whatever is still running and exits \u2014 and when a namespace's init exits, the kernel kills every
 * process left in it, daemons that scrubbed their environment (`setsid env -i \u2026`), double forks
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
const INIT = `sub leave { exit $_[0] }\nsub started {}\nmy ($status, $envf, @cmd) = @ARGV;\n${INIT_BODY}`;
/** Runs a probe: its exit code (null when it could not start or was killed) and the last of its stderr. */
function run(argv, env, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(argv[0], argv.slice(1), { env, cwd, timeout: 10_000 }, (err, _stdout, stderr) => {
            const text = lastWords(String(stderr));
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
    return [
        'setpriv',
        `--reuid=${self.uid}`,
        `--regid=${self.gid}`,
        self.groups.length ? `--groups=${self.groups.join(',')}` : '--clear-groups',
        '--'
    ];
}
/** To the isolated user: no supplementary groups, no way back to privileges. */
function setprivIsolated(user) {
    return [
        'setpriv',
        `--reuid=${user.uid}`,
        `--regid=${user.gid}`,
        '--clear-groups',
        '--no-new-privs',
        '--bounding-set=-all',
        '--inh-caps=-all',
        '--'
    ];
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
/**
 * Through the spawner: what its namespace's init starts, the experiment as the user it runs as
 * (the spawner and the init are root where made through sudo; the experiment goes back to the
 * gate's user, or to the isolated one).
 */
function experimentArgv(launcher, experiment) {
    if (launcher.user)
        return [...setprivIsolated(launcher.user), ...experiment];
    if (launcher.via === 'sudo')
        return [...setprivSelf(launcher.self), ...experiment];
    return experiment;
}
/** The command that starts the spawner for `via` (null where this architecture has none). */
function spawnerArgv(via, self, arch) {
    return spawnerCommand(via === 'user-namespace' ? 'user' : 'pid', via === 'sudo', self, arch);
}
/** A probe through the spawner: the exit code of `argv` run in the chain (null when it did not run) and the last of its stderr. */
async function probeSpawner(spawner, request) {
    let stderr = '';
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ waitStatus: null, started: false, error: 'no answer within 10 s' }), 10_000);
    });
    const result = await Promise.race([
        spawner.run({ ...request, onStderr: (chunk) => (stderr = (stderr + chunk.toString('utf8')).slice(-2000)) }),
        timeout
    ]).finally(() => clearTimeout(timer));
    const text = lastWords(stderr);
    if (result.waitStatus === null)
        return { code: null, message: text || result.error || 'failed' };
    const code = result.waitStatus & 127 ? null : result.waitStatus >> 8;
    return { code, message: code === 0 ? '' : text || `exit ${code ?? `signal ${result.waitStatus & 127}`}` };
}
function selfIds() {
    return {
        uid: process.getuid?.() ?? -1,
        gid: process.getgid?.() ?? -1,
        groups: (process.getgroups?.() ?? []).filter((g) => g !== process.getgid?.())
    };
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
/** How a way is named where it failed. */
function wayLabel(via) {
    return via === 'user-namespace' ? 'unshare --map-current-user' : via === 'sudo' ? 'sudo -n unshare' : 'unshare';
}
/**
 * A launcher for the first of `ways` whose spawner starts at once (Perl compiles it while the gate
 * gets run 1 ready) and whose first run proves it (Launcher.unproven): on failure the same object
 * becomes the next way, then the tracking fallback, so everyone holding it sees the way that works.
 */
function provenByFirstRun(ways, self, arch, env, fallback) {
    const launcher = {};
    const failures = [];
    const become = (index) => {
        const via = ways[index];
        const argv = via === undefined ? null : spawnerArgv(via, self, arch);
        const next = via === undefined || argv === null
            ? fallback(failures.join('; '))
            : {
                containment: describe(via, null, self),
                via,
                user: null,
                self,
                spawner: new Spawner(argv, env),
                unproven: {
                    proven: () => delete launcher.unproven,
                    failed: (why) => {
                        launcher.spawner?.kill();
                        failures.push(`${wayLabel(via)}: ${why || 'failed'}`);
                        become(index + 1);
                    }
                }
            };
        for (const key of Object.keys(launcher))
            delete launcher[key];
        Object.assign(launcher, next);
        launcher.spawner?.warm();
    };
    become(0);
    return launcher;
}
/**
 * Finds how this machine can give every run its own PID namespace, trying each way for real: with
 * a spawner, through the first run itself; otherwise with a probe (a few milliseconds, once per
 * gate). Without isolation, none working falls back to the tracking variable (and says so). With
 * `isolate`, it throws IsolationError naming the input.
 */
async function prepareContainment(options) {
    const platform = options.platform ?? process.platform;
    const arch = options.arch ?? process.arch;
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
    // Not isolated, with a spawner: the first run is the probe (isolated, the probe also checks that
    // the user can write the working directory, and an isolate that cannot be had must stop the gate
    // before any run).
    if (!user && spawnerSyscalls(arch))
        return provenByFirstRun(ways, self, arch, probeEnv, fallback);
    const failures = [];
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'repro-gate-probe-'));
    try {
        for (const via of ways) {
            const launcher = { containment: describe(via, user, self), via, user, self };
            // The probe is a whole run of the chain (namespace, init, user switch) whose experiment checks,
            // isolated, that the working directory is writable by that user (exit 3 when it is not).
            const envFile = external_node_path_.join(dir, 'env');
            (0,external_node_fs_.writeFileSync)(envFile, `PATH=${probeEnv.PATH}\0`, { mode: 0o600 });
            const probe = ['sh', '-c', user ? 'test -w . || exit 3' : 'exit 0'];
            const started = spawnerArgv(via, self, arch);
            // With a spawner the probe is its first run: the process that starts the gate's runs is up when run 1 comes.
            const spawner = started ? new Spawner(started, probeEnv) : undefined;
            const result = spawner
                ? await probeSpawner(spawner, {
                    cwd: options.cwd,
                    statusFile: external_node_path_.join(dir, 'status'),
                    envFile,
                    argv: experimentArgv(launcher, probe)
                })
                : await run(launchArgv(launcher, external_node_path_.join(dir, 'status'), envFile, probe), probeEnv, options.cwd);
            if (result.code !== 0)
                spawner?.close();
            if (result.code === 0)
                return spawner ? { ...launcher, spawner } : launcher;
            if (user && result.code === 3) {
                return fail(`the working directory ${options.cwd} is not writable by ${user.name} (${user.uid}:${user.gid}), who runs the experiment; ` +
                    `make it theirs (sudo chown -R ${user.uid}:${user.gid} .) or writable (chmod -R a+rwX .) in a step before, or set ${constants/* Input */.pd.Isolate} to a user who can write it`);
            }
            failures.push(`${wayLabel(via)}: ${result.message || 'failed'}`);
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
var metrics_values = __webpack_require__(38719);
// EXTERNAL MODULE: ./src/metrics/parsers/index.ts + 1 modules
var parsers = __webpack_require__(60272);
// EXTERNAL MODULE: ./src/regular-file.ts
var regular_file = __webpack_require__(60702);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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
    return `${text.slice(0, KEPT_PREFIX_CHARS)}\u2026 [${text.length} characters, sha256 ${hash}]`;
}
/**
 * Flattens nested objects to dot paths (`eval.accuracy`) and arrays to indices (`loss[3]`).
 * Leaves are numbers, strings, booleans and null; dates and big integers become comparable scalars.
 * A name made twice (a key `a.b` beside `a: {b}`) keeps its first place and its last value.
 */
function flattenMetrics(value) {
    const names = [];
    const values = [];
    collect(value, '', names, values);
    return inOrder(names, values);
}
/** The names and values as a Map set in order: a name made twice keeps its first place and its last value. */
function inOrder(names, values) {
    const map = new Map();
    for (let i = 0; i < names.length; i++)
        map.set(names[i], values[i]);
    return map;
}
/** Parsed files kept as the shape later files are read against (see readMetricsFile), by their list. */
const shapes = new WeakMap();
/** Whether a key can make a name another path also makes (`a.b` beside `a: {b}`, `[0]`, or the empty key). */
const mayCollide = (key) => key === '' || key.includes('.') || key.includes('[');
/**
 * The leaves of `value` in flattening order, names and values side by side; false when a key may
 * have made a name twice (then a Map decides, see inOrder). Plain loops (for-in, indexed): no
 * [key, value] pair or closure per property, which a model's million metrics would each pay for.
 */
function collect(value, prefix, names, values) {
    let distinct = true;
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            const name = `${prefix}[${i}]`;
            if (item !== null && typeof item === 'object')
                distinct = collect(item, name, names, values) && distinct;
            else {
                names.push(name);
                values.push(toLeaf(item));
            }
        }
    }
    else if (isPlainObject(value)) {
        for (const key in value) {
            if (!Object.hasOwn(value, key))
                continue;
            if (mayCollide(key))
                distinct = false;
            const item = value[key];
            const part = key.length > MAX_KEPT_CHARS ? capString(key) : key;
            const name = prefix === '' ? part : `${prefix}.${part}`;
            if (item !== null && typeof item === 'object')
                distinct = collect(item, name, names, values) && distinct;
            else {
                names.push(name);
                values.push(toLeaf(item));
            }
        }
    }
    else {
        names.push(prefix);
        values.push(toLeaf(value));
    }
    return distinct;
}
/** 0 a leaf, 1 an array, 2 a plain object: how flattening treats a value. */
const kindOf = (v) => (v === null || typeof v !== 'object' ? 0 : Array.isArray(v) ? 1 : isPlainObject(v) ? 2 : 0);
/**
 * The leaves of `value` in flattening order when it has the shape of `shape` (the same keys in the
 * same order, arrays of the same lengths, leaves where it has leaves), else false. Such a file's
 * names are the shape's, so they are not built again.
 */
function valuesInShape(value, shape, out) {
    const kind = kindOf(shape);
    if (kindOf(value) !== kind)
        return false;
    if (kind === 0) {
        out.push(toLeaf(value));
        return true;
    }
    if (kind === 1) {
        const a = value;
        const b = shape;
        if (a.length !== b.length)
            return false;
        for (let i = 0; i < b.length; i++)
            if (!valuesInShape(a[i], b[i], out))
                return false;
        return true;
    }
    const a = value;
    const b = shape;
    const keys = Object.keys(b);
    let j = 0;
    for (const key in a) {
        if (!Object.hasOwn(a, key))
            continue;
        if (key !== keys[j] || !valuesInShape(a[key], b[key], out))
            return false;
        j++;
    }
    return j === keys.length;
}
/**
 * A parsed metrics file as a MetricList. With `like` (an earlier run's list, read with `keepShape`)
 * and a file of the same shape, only the values are read and the names are `like`'s.
 */
function flattenToList(parsed, like, keepShape = false) {
    const shape = like ? shapes.get(like) : undefined;
    if (like instanceof metrics_values/* MetricList */.x4 && shape !== undefined) {
        const values = [];
        if (valuesInShape(parsed, shape, values))
            return new metrics_values/* MetricList */.x4(like.metricNames, values);
    }
    const names = [];
    const values = [];
    let list;
    if (collect(parsed, '', names, values))
        list = new metrics_values/* MetricList */.x4(names, values);
    else {
        const map = inOrder(names, values);
        list = new metrics_values/* MetricList */.x4(Array.from(map.keys()), Array.from(map.values()));
    }
    if (keepShape && list.metricNames === names)
        shapes.set(list, parsed);
    return list;
}
/** Lets go of the parsed file kept for `list` (readMetricsFile's `keepShape`). */
function forgetShape(list) {
    shapes.delete(list);
}
/** Parsers give plain or null-prototype objects for tables; dates and other classes are leaves. */
function isPlainObject(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
function toLeaf(value) {
    if (typeof value === 'number')
        return value;
    if (typeof value === 'string')
        return value.length > MAX_KEPT_CHARS ? capString(value) : value;
    if (value === null || typeof value === 'boolean')
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
async function parseMetricsText(text, file, label = file, read = {}) {
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
        const reason = (0,errors/* errorMessage */.gJ)(err).split('\n')[0];
        throw new MetricsError(`${label} is not valid ${parser.format}: ${reason}`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        const got = Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : `a ${typeof parsed}`;
        throw new MetricsError(`${label} must hold an object of metrics like {"accuracy": 0.91}, got ${got}`);
    }
    const flat = flattenToList(parsed, read.like, read.keepShape);
    if (flat.size === 0)
        throw new MetricsError(`${label} holds no metrics (an empty object)`);
    return flat;
}
/**
 * Reads and flattens a metrics file. Throws MetricsError naming the file when it is missing or unusable.
 * Runs of one experiment write files of one shape: read `like` run 1's, a million metrics' names are built once.
 */
async function readMetricsFile(file, label = file, read = {}) {
    let text;
    try {
        text = (await (0,regular_file/* readRegularFile */.XF)(file, MAX_METRICS_FILE_BYTES)).toString('utf8');
    }
    catch (err) {
        const code = err.code;
        if (err instanceof regular_file/* SkippedFileError */.Nq)
            throw new MetricsError(`${label} cannot be used: ${err.message}; write metrics as a regular file of at most 256 MiB`);
        throw new MetricsError(code === 'ENOENT'
            ? `${label} was not written (the experiment must write its metrics there; see the metrics input)`
            : `${label} could not be read: ${String(err)}`);
    }
    return await parseMetricsText(text, file, label, read);
}

// EXTERNAL MODULE: ./src/hash.ts
var hash = __webpack_require__(56495);
// EXTERNAL MODULE: ./src/runs/outputs.ts
var outputs = __webpack_require__(85060);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./src/runs/process.ts









/**
 * Every process of a run inherits this variable, so the ones that left its tree (`setsid`, daemons,
 * double forks) can still be found and ended \u2014 the Actions runner does the same with RUNNER_TRACKING_ID.
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
// Kept beside pidtree: both make one `ps` call and find the same processes in the same time; this needs no dependency (npm run bench -- parsers).
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
 * setTimeout for any delay: Node fires a timer of more than 2^31\u22121 ms (about 24.8 days) at once,
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
/** What the namespace's init wrote: the experiment's status and the processes still running then. */
function parseInitStatus(text) {
    const [first, ...rest] = text.split('\n');
    const m = /^(exit|signal) (\d+)$/.exec(first ?? '');
    if (!m)
        return null;
    const number = Number(m[2]);
    const processes = rest
        .filter((l) => l.startsWith('left\t'))
        .map((l) => {
        const [, name = '', command = ''] = l.split('\t');
        return { name, command };
    });
    return {
        exitCode: m[1] === 'exit' ? number : null,
        signal: m[1] === 'signal' ? signalName(number) : null,
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
 *
 * The first run through an unproven launcher (containment.ts) is its probe: when the chain ends
 * before it starts the experiment, the launcher moves on to its next way and the run starts again.
 */
async function runProcess(options) {
    for (;;) {
        const unproven = options.launcher?.unproven;
        const { notStarted, ...result } = await runAttempt(options);
        if (!unproven)
            return result;
        if (notStarted === undefined) {
            // Cancelled or timed out before the chain was up: the next run proves the way instead.
            if (!result.cancelled && !result.timedOut)
                unproven.proven();
            return result;
        }
        unproven.failed(notStarted);
    }
}
/** How long an unproven chain may take to start the experiment (sudo, a slow PAM) before the next way is tried. */
const CHAIN_START_MS = 10_000;
function runAttempt(options) {
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
    const spawner = launcher?.spawner;
    if (launcher) {
        work = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), 'repro-gate-run-'));
        const envFile = external_node_path_.join(work, 'env');
        (0,external_node_fs_.writeFileSync)(envFile, environmentFile(env), { mode: 0o600 });
        if (!spawner) {
            const full = launchArgv(launcher, external_node_path_.join(work, 'status'), envFile, [shell, ...args]);
            file = full[0];
            argv = full.slice(1);
            spawnEnv = { PATH: env.PATH ?? '/usr/bin:/bin' };
        }
    }
    return new Promise((resolve) => {
        let timedOut = false;
        let cancelled = false;
        let killing = null;
        // The run's process group: the spawned chain's, or the one the spawner names once it has forked.
        let pid;
        let stopWanted = null;
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
        const kill = () => {
            if (pid !== undefined && !killing)
                killing = killTree(pid, grace, trackingId, launcher?.via === 'sudo');
        };
        const stop = (why) => {
            if (why === 'timeout')
                timedOut = true;
            else
                cancelled = true;
            stopWanted = why;
            kill();
        };
        const cancelTimer = options.timeoutMs !== null ? setLongTimeout(() => stop('timeout'), options.timeoutMs) : null;
        const onAbort = () => stop('cancel');
        let settled = false;
        const finish = async (exitCode, signal, notStarted) => {
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
            // A kill in progress (timeout, cancel) is finished before the result: nothing of the run is left.
            if (killing)
                await killing;
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
            if (notStarted !== undefined) {
                resolve({ exitCode, signal, durationMs: Date.now() - started, timedOut, cancelled, tail: '', notStarted });
                return;
            }
            resolve({
                exitCode,
                signal,
                durationMs: Date.now() - started,
                timedOut,
                cancelled,
                tail: tail.text(),
                ...(leftovers ? { leftovers } : {})
            });
        };
        if (spawner && work) {
            // The spawner forks the chain (no fork of this process); the run is over once its every
            // process is gone and all of its output has arrived. Through an unproven launcher, what
            // comes before the experiment starts is held: the chain's complaint when it never does.
            const unproven = launcher?.unproven !== undefined;
            let experimentStarted = !unproven;
            const held = [];
            const toStdout = reader(stdoutDecoder);
            const toStderr = reader(stderrDecoder);
            // A chain that never answers (a sudo that hangs) is given up on whether or not its spawner
            // can be ended (one started through sudo is root's): the next way does not wait for it. One
            // that comes up late cannot start the experiment a second time: finish removes the run's
            // work folder, and the init reads its environment file from there before anything else.
            const chainStartMs = options.chainStartMs ?? CHAIN_START_MS;
            const chainDeadline = unproven
                ? setTimeout(() => {
                    spawner.kill();
                    void finish(null, null, `no answer within ${chainStartMs / 1000} s`);
                }, chainStartMs)
                : undefined;
            void spawner
                .run({
                cwd: options.cwd,
                statusFile: external_node_path_.join(work, 'status'),
                envFile: external_node_path_.join(work, 'env'),
                argv: experimentArgv(launcher, [shell, ...args]),
                onPid: (group) => {
                    pid = group;
                    if (stopWanted)
                        kill();
                },
                onStarted: () => {
                    clearTimeout(chainDeadline);
                    experimentStarted = true;
                    for (const { out, chunk } of held.splice(0))
                        (out ? toStdout : toStderr)(chunk);
                },
                onStdout: (chunk) => (experimentStarted ? toStdout(chunk) : held.push({ out: true, chunk })),
                onStderr: (chunk) => (experimentStarted ? toStderr(chunk) : held.push({ out: false, chunk }))
            })
                .then((result) => {
                clearTimeout(chainDeadline);
                if (unproven && !result.started && !timedOut && !cancelled) {
                    const said = lastWords(Buffer.concat(held.filter((h) => !h.out).map((h) => h.chunk)).toString('utf8'));
                    return finish(null, null, said || result.error || `exit ${result.waitStatus === null ? '?' : result.waitStatus >> 8}`);
                }
                // A chain that failed before the experiment: its complaint is the run's output.
                for (const { out, chunk } of held.splice(0))
                    (out ? toStdout : toStderr)(chunk);
                if (result.waitStatus === null) {
                    tail.add(`\nrepro-gate: could not run the experiment: ${result.error ?? 'its spawner ended'}\n`);
                    return finish(null, null);
                }
                const number = result.waitStatus & 127;
                return finish(number ? null : result.waitStatus >> 8, number ? signalName(number) : null);
            });
        }
        else {
            const child = (0,external_node_child_process_.spawn)(file, argv, {
                cwd: options.cwd,
                env: spawnEnv,
                stdio: ['ignore', 'pipe', 'pipe'],
                // A group of its own, so the experiment's children can be killed with it.
                detached: process.platform !== 'win32',
                windowsHide: true
            });
            pid = child.pid;
            child.stdout.on('data', reader(stdoutDecoder));
            child.stderr.on('data', reader(stderrDecoder));
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
        }
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** SIGKILL for 9: the name Node gives a signal number. */
function signalName(number) {
    return Object.entries(external_node_os_.constants.signals).find(([, n]) => n === number)?.[0] ?? `signal ${number}`;
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
/** " \u2014 did you mean out/metrics.json?" or " \u2014 the run wrote a.json, b.yaml (is one of them the metrics file?)". */
function metricsPathHint(candidates) {
    if (candidates.length === 0)
        return '';
    if (candidates.length === 1)
        return ` \u2014 did you mean ${candidates[0]}? (the run wrote it; set the metrics input to it)`;
    const shown = candidates.slice(0, 5).join(', ');
    return ` \u2014 the run wrote ${shown}${candidates.length > 5 ? ', \u2026' : ''}: is one of them the metrics file?`;
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
    const guard = new outputs/* OutputGuard */.jl(plan.cwd, { metricsFile: plan.metricsFile, artifactGlobs: plan.artifactGlobs }, plan.runRoot, options.fileOps);
    // The inputs are saved on libuv's threads while this thread starts the spawner (containmentFor
    // forks it: milliseconds of this thread). Throws before any run starts when an input cannot be
    // saved: nothing has been changed then.
    const saving = external_node_fs_.promises.mkdir(plan.runRoot, { recursive: true }).then(() => guard.backUpInputs());
    saving.catch(() => undefined);
    let launcher;
    try {
        launcher = await containmentFor(plan);
    }
    catch (err) {
        // No run can start (an isolate that cannot be had): the copies saved meanwhile are not wanted.
        await saving.catch(() => undefined);
        await external_node_fs_.promises.rm(plan.runRoot, { recursive: true, force: true }).catch(() => undefined);
        throw err;
    }
    const inputs = await saving;
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
                    // Run 1's file is the shape the others are read against: their names are not built again.
                    flat = await readMetricsFile(metricsFile, `run ${index}: ${metricsRel}`, { like: metrics[0], keepShape: index === 1 });
                }
                catch (err) {
                    error = (0,errors/* errorMessage */.gJ)(err);
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
                // A run with metrics gets them in the report (buildReport): kept once, in the comparison, when compared.
                ...(flat ? {} : { metrics: null }),
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
        if (metrics[0])
            forgetShape(metrics[0]);
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


/***/ })

};
