export const id = 526;
export const ids = [526];
export const modules = {

/***/ 45526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCliProcess: () => (/* binding */ runCliProcess)
});

// EXTERNAL MODULE: ./src/inputs/inputs.ts
var inputs_inputs = __webpack_require__(18028);
// EXTERNAL MODULE: ./src/compare/tolerance.ts
var tolerance = __webpack_require__(91988);
// EXTERNAL MODULE: ./src/gate.ts + 40 modules
var gate = __webpack_require__(11034);
// EXTERNAL MODULE: ./src/report/markdown.ts + 4 modules
var markdown = __webpack_require__(89667);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/report/schema.ts + 3 modules
var schema = __webpack_require__(95217);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(11068);
;// CONCATENATED MODULE: ./src/cli/args.ts


/** Inputs that take several values: each repetition of the flag adds a line. */
const MULTI_LINE = new Set([constants/* Input */.pd.Tolerances, constants/* Input */.pd.Ignore, constants/* Input */.pd.Artifacts, constants/* Input */.pd.Images, constants/* Input */.pd.Lockfiles, constants/* Input */.pd.Data]);
/** Inputs the CLI does not take: they only make sense inside a GitHub workflow. */
const ACTION_ONLY = new Set([
    constants/* Input */.pd.Mode, constants/* Input */.pd.Comment, constants/* Input */.pd.CommentKey, constants/* Input */.pd.CommentAuthor, constants/* Input */.pd.GithubToken, constants/* Input */.pd.CheckName,
    constants/* Input */.pd.AllowPullRequestTarget, constants/* Input */.pd.Baseline, constants/* Input */.pd.BaselineKey, constants/* Input */.pd.BaselineTolerance,
    constants/* Input */.pd.FailOnBaselineDrift, constants/* Input */.pd.ReferenceLeg, constants/* Input */.pd.ReportArtifact
]);
const CLI_FLAGS = Object.values(constants/* Input */.pd).filter((n) => !ACTION_ONLY.has(n));
/** Quotes one word for bash so it reaches the command exactly as typed. */
function shellQuote(word) {
    if (word !== '' && /^[A-Za-z0-9_\-+=/.,:@%]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/**
 * Parses `--name value`, `--name=value`, `--no-snapshot`, and `-- words…` (the command, quoted
 * for bash exactly as given). Flag names are the action's input names.
 */
function parseGateArgs(argv) {
    const values = new Map();
    let help = false;
    const known = new Set(CLI_FLAGS);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            const words = argv.slice(i + 1);
            if (words.length === 0)
                throw new tolerance/* InputError */.dz('command: nothing follows "--"; put the experiment command after it');
            if (values.has(constants/* Input */.pd.Command))
                throw new tolerance/* InputError */.dz('command: given both as --command and after "--"; use one');
            values.set(constants/* Input */.pd.Command, words.map(shellQuote).join(' '));
            break;
        }
        if (arg === '-h' || arg === '--help') {
            help = true;
            continue;
        }
        if (arg === '--no-snapshot') {
            values.set(constants/* Input */.pd.Snapshot, 'false');
            continue;
        }
        if (!arg.startsWith('--')) {
            throw new tolerance/* InputError */.dz(`unexpected argument "${arg}": flags start with "--", and the command goes after "--" (repro-gate --runs 3 -- python train.py)`);
        }
        const eq = arg.indexOf('=');
        const name = (eq < 0 ? arg.slice(2) : arg.slice(2, eq));
        if (!known.has(name)) {
            const hint = ACTION_ONLY.has(name) ? ' (it is an action input; the CLI runs the gate locally)' : '; see repro-gate --help';
            throw new tolerance/* InputError */.dz(`unknown flag --${name}${hint}`);
        }
        let value;
        if (eq >= 0)
            value = arg.slice(eq + 1);
        else {
            if (i + 1 >= argv.length)
                throw new tolerance/* InputError */.dz(`--${name} needs a value`);
            value = argv[++i];
        }
        const previous = values.get(name);
        values.set(name, MULTI_LINE.has(name) && previous !== undefined ? `${previous}\n${value}` : value);
    }
    return { values, help };
}
/** The parsed flags as an input source, so the CLI validates exactly like the action. */
function flagInputs(parsed) {
    return { get: (name) => parsed.values.get(name) ?? '' };
}

;// CONCATENATED MODULE: ./src/cli/help.ts

const EXIT_CODES = `Exit codes (every subcommand):
  0  reproducible / reports match (also drift when --fail-on-drift false)
  1  drift: a metric or artifact moved beyond tolerance
  2  error: bad input, the experiment crashed, timed out, or wrote no/invalid metrics`;
const HELP = `repro-gate ${version/* VERSION */.x} — run an experiment several times with pinned seeds and fail on drift.

Usage:
  repro-gate [flags] -- <command words…>      run the gate (the words are quoted for bash as given)
  repro-gate --command "python train.py" [flags]
  repro-gate diff <a.json> <b.json>            compare two reports: metrics and environment
  repro-gate replay <report.json> [--yes]      re-run a recorded command and compare with the record
  repro-gate schema                            print the report's JSON Schema
  repro-gate --version | --help

Flags (the action's input names):
  --command <cmd>            run with bash -e -o pipefail -c (required unless given after --)
  --runs <n>                 runs, at least 2 (default 2)
  --seed <n>                 0…4294967295, exported as REPRO_SEED (default 42)
  --determinism <level>      seeds (default) | strict | off
                               seeds:  PYTHONHASHSEED, PL_GLOBAL_SEED = seed
                               strict: also CUBLAS_WORKSPACE_CONFIG=:4096:8, TF_DETERMINISTIC_OPS=1,
                                       TF_CUDNN_DETERMINISTIC=1, PL_SEED_WORKERS=1, XLA_FLAGS+=--xla_gpu_deterministic_ops=true
                               off:    only REPRO_SEED, REPRO_RUN, REPRO_RUNS, REPRO_OUTPUT_DIR
                             variables you already set are never overwritten
  --metrics <path>           metrics file the experiment writes: .json, .yaml/.yml, .toml (default metrics.json)
  --tolerance <tol>          one number (absolute) or atol=…,rtol=… ; |a−b| ≤ atol + rtol·|b| (default 0)
  --tolerances <rule>        per-metric "<pattern>: atol=…,rtol=…" (repeatable; first match wins)
  --ignore <pattern>         metric pattern reported but not compared (repeatable)
  --artifacts <glob>         output files that must be bit-identical across runs (repeatable)
  --working-directory <dir>  where the command runs; other paths resolve against it (default .)
  --timeout-minutes <n>      per run; the whole process tree is killed on timeout
  --fail-on-drift <bool>     true (default) | false: drift exits 0 with a warning
  --report-path <path>       JSON report (default repro-report.json)
  --python <exe>             interpreter to describe in the environment (default python3)
  --images <ref>             container image to resolve to a digest (repeatable)
  --lockfiles <glob>         dependency lockfiles (repeatable; default: auto-detect)
  --data <glob>              input data files to fingerprint (repeatable)
  --no-snapshot              skip the environment capture

Metric patterns are dot-segment globs over flattened names: * within a segment, ** across
segments, [ and ] literal (loss[3], train.*, eval.**).

${EXIT_CODES}
`;

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI: the same engine as the action, so a person can reproduce a CI verdict on a laptop.
 * Runs' output goes to stderr; the verdict (Markdown) goes to stdout.
 */









/** 0 reproducible (or drift that does not fail), 1 drift, 2 error. */
function exitCodeFor(report, failOnDrift) {
    if (report.verdict === 'error')
        return 2;
    if (report.verdict === 'drift')
        return failOnDrift ? 1 : 0;
    return 0;
}
async function main_gate(argv, io) {
    const env = io.env ?? process.env;
    const parsed = parseGateArgs(argv);
    if (parsed.help) {
        io.stdout.write(HELP);
        return 0;
    }
    const inputs = (0,inputs_inputs/* readInputs */.K)(flagInputs(parsed), { ...env, GITHUB_WORKSPACE: undefined });
    const redactor = (0,redact/* createRedactor */.lY)(env);
    const log = {
        info: (m) => io.stderr.write(`${redactor.text(m)}\n`),
        warning: (m) => io.stderr.write(`warning: ${redactor.text(m)}\n`),
        debug: (m) => (env.REPRO_GATE_DEBUG ? io.stderr.write(`debug: ${redactor.text(m)}\n`) : true)
    };
    const report = await (0,gate/* runGate */.R)(inputs, {
        env,
        log,
        redactor,
        signal: io.signal,
        observer: {
            onRunStart: (i, n, dir) => io.stderr.write(`\n── run ${i} of ${n} (outputs: ${dir}) ──\n`),
            onOutput: (_i, text) => io.stderr.write(redactor.text(text)),
            onRunEnd: (r) => io.stderr.write(`── run ${r.index}: ${r.error ?? `exit 0 in ${(r.durationMs / 1000).toFixed(2)} s`}\n`)
        }
    });
    io.stdout.write('\n' + (0,markdown/* renderMarkdown */.Gc)(report, { target: 'terminal' }));
    io.stdout.write(`\nreport: ${inputs.reportPath}\n`);
    return exitCodeFor(report, inputs.failOnDrift);
}
/** Runs the CLI and returns its exit code; never throws. */
async function runCli(argv, io) {
    const [first, ...rest] = argv;
    try {
        switch (first) {
            case '--version':
            case '-V':
                io.stdout.write(`${version/* VERSION */.x}\n`);
                return 0;
            case 'help':
                io.stdout.write(HELP);
                return 0;
            case 'schema':
                io.stdout.write(JSON.stringify(schema/* reportSchema */.Q, null, 2) + '\n');
                return 0;
            case 'diff': {
                const { runDiffCommand } = await __webpack_require__.e(/* import() */ 847).then(__webpack_require__.bind(__webpack_require__, 26847));
                return await runDiffCommand(rest, io);
            }
            case 'replay': {
                const { runReplayCommand } = await __webpack_require__.e(/* import() */ 919).then(__webpack_require__.bind(__webpack_require__, 57919));
                return await runReplayCommand(rest, io, { runGate: gate/* runGate */.R });
            }
            default:
                if (first === 'gate')
                    return await main_gate(rest, io);
                return await main_gate(argv, io);
        }
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        io.stderr.write(`repro-gate: ${message}\n`);
        if (!(err instanceof tolerance/* InputError */.dz))
            io.stderr.write('(this looks like a bug in repro-gate; please report it with the output above)\n');
        else
            io.stderr.write('run "repro-gate --help" for the flags\n');
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/cli/index.ts

/** The CLI process: wires signals and stdio to runCli and sets the exit code. */
async function runCliProcess() {
    const controller = new AbortController();
    // Ctrl-C kills the experiment's process tree; the report is still written.
    process.once('SIGINT', () => controller.abort());
    process.once('SIGTERM', () => controller.abort());
    process.exitCode = await runCli(process.argv.slice(2), {
        stdout: process.stdout,
        stderr: process.stderr,
        stdin: process.stdin,
        signal: controller.signal
    });
}


/***/ })

};
