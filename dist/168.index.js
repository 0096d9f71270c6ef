export const id = 168;
export const ids = [168];
export const modules = {

/***/ 68168:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCliProcess: () => (/* binding */ runCliProcess)
});

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/cli/io.ts
/**
 * The CLI's one way to talk to a person, passed to every subcommand: `out` is stdout (the result:
 * what a pipe or a redirect gets), `err` is stderr (progress, the runs' output, messages), `isTTY`
 * says whether there is a terminal to ask on, and `prompt` asks there. The process wires it to its
 * own streams (`streamIO`); a test passes a recorder (`__tests__/support/cli-io.ts`).
 */
/** Reads one line from a stream; '' when it ends first. */
async function readLine(input) {
    // Loaded when asked for: a gate run never prompts, and readline is a few modules to load.
    const { createInterface } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 80481, 23));
    const rl = createInterface({ input, terminal: false });
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
/**
 * Writes to a stream whose reader may go away: `repro-gate schema | head -1` closes the pipe after
 * one line. A closed pipe (EPIPE) is the reader saying it has read enough, as for every CLI, so
 * writes stop quietly and the command ends with its own exit code; the gate still finishes its
 * runs and writes its report. Node ignores SIGPIPE: without a listener the EPIPE would be thrown.
 */
function quietWhenClosed(stream) {
    let closed = false;
    stream.on('error', (err) => {
        if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED')
            closed = true;
        else
            throw err;
    });
    return (text) => {
        if (!closed)
            stream.write(text);
    };
}
/** The port over real streams (the process's, by default). stdin is read only when a prompt asks. */
function streamIO(streams = process) {
    const { stdout, stderr, stdin } = streams;
    return {
        out: quietWhenClosed(stdout),
        err: quietWhenClosed(stderr),
        isTTY: Boolean(stdin?.isTTY),
        prompt: async (question) => {
            stderr.write(question);
            return stdin ? readLine(stdin) : '';
        }
    };
}

// EXTERNAL MODULE: ./src/inputs/inputs.ts + 1 modules
var inputs_inputs = __webpack_require__(49511);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/gate.ts + 3 modules
var gate = __webpack_require__(94089);
// EXTERNAL MODULE: ./src/log.ts
var src_log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/report/redact-stream.ts
var redact_stream = __webpack_require__(56310);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(11068);
;// CONCATENATED MODULE: ./src/cli/help.ts


const FLAG_COLUMN = 27;
/**
 * The gate's flags in --help, one entry per input that has a flag (src/inputs/constants.ts): the
 * help line, the allowed values with the default marked, or the default, and "repeatable".
 */
function flagLines() {
    const lines = [];
    for (const name of Object.values(constants/* Input */.pd)) {
        const flag = constants/* InputFlags */.mN[name];
        if (!flag)
            continue;
        if (flag.negation) {
            lines.push(`  ${`--no-${name}`.padEnd(FLAG_COLUMN)}${flag.negation}`);
            continue;
        }
        const choices = constants/* InputChoices */.Lv[name];
        const fallback = (0,constants/* literalDefault */.t0)(name);
        const text = flag.help.split('\n');
        if (choices) {
            const list = choices.map((c) => (c === fallback ? `${c} (default)` : c)).join(' | ');
            text[0] = text[0] === '' ? list : `${list}: ${text[0]}`;
        }
        const notes = [
            flag.repeatable ? 'repeatable' : null,
            choices
                ? null
                : fallback
                    ? `default ${fallback}`
                    : constants/* InputDefaultText */.dD[name]
                        ? `default ${constants/* InputDefaultText */.dD[name].replace(/`/g, '')}`
                        : null
        ].filter(Boolean);
        if (notes.length > 0)
            text[text.length - 1] += ` (${notes.join('; ')})`;
        lines.push(`  ${`--${name} <${flag.value}>`.padEnd(FLAG_COLUMN)}${text[0]}`);
        for (const more of text.slice(1))
            lines.push(`${' '.repeat(FLAG_COLUMN + 2)}${more}`);
    }
    return lines.join('\n');
}
const EXIT_CODES = `Exit codes (every subcommand):
  0  reproducible / reports match (also drift when --fail-on-drift false)
  1  drift: a metric or artifact moved beyond tolerance
  2  error: bad input, the experiment crashed, timed out, or wrote no/invalid metrics`;
/** The CLI's help, built when asked for: a gate run has no use for its flag table. */
function helpText() {
    return `repro-gate ${version/* VERSION */.x} \u2014 run an experiment several times with pinned seeds and fail on drift.

Usage:
  repro-gate [flags] -- <command words\u2026>      run the gate (the words are quoted for bash as given)
  repro-gate --command "python train.py" [flags]
  repro-gate diff <a.json> <b.json> [--tolerance <tol>] [--json]
                                               compare two reports: metrics (A's tolerances unless
                                               --tolerance) and what changed in the environment
  repro-gate replay <report.json> [--yes] [--runs <n>]
                                               re-run a recorded command here with its seed and
                                               variables, after confirmation (or --yes), and compare
  repro-gate verify <statement | bundle> [files\u2026]
                                               check files against an attestation's sha256 digests
                                               and its verdict, offline (digests, not signatures)
  repro-gate schema [predicate]                print the report's (or the attestation predicate's) JSON Schema
  repro-gate --version | --help

Flags (the action's input names):
${flagLines()}

Metric patterns are dot-segment globs over flattened names: * within a segment, ** across
segments, [ and ] literal (loss[3], train.*, eval.**).

${EXIT_CODES}
`;
}

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
async function main_gate(argv, io, context) {
    const env = context.env ?? process.env;
    const parsed = (0,parse/* parseGateArgs */.Ai)(argv);
    if (parsed.help) {
        io.out(helpText());
        return 0;
    }
    const inputs = (0,inputs_inputs/* readInputs */.Ko)((0,parse/* flagInputs */.Cp)(parsed), { ...env, GITHUB_WORKSPACE: undefined });
    const redactor = (0,redact/* createRedactor */.lY)(env);
    const log = (0,src_log/* stderrLog */.bJ)({ write: (text) => io.err(text) }, { debug: Boolean(env.REPRO_GATE_DEBUG), redact: (t) => redactor.text(t) });
    let output = (0,redact_stream/* redactStream */.S)(redactor);
    let renderer = null;
    const loadRenderer = () => (renderer ??= __webpack_require__.e(/* import() */ 370).then(__webpack_require__.bind(__webpack_require__, 6370)));
    const report = await (0,gate/* runGate */.R)(inputs, {
        env,
        log,
        redactor,
        signal: context.signal,
        observer: {
            onRunStart: (i, n, dir) => {
                // The renderer loads while run 2 runs (the CLI needs it only for the verdict; run 1's
                // time goes to loading the report's validator).
                if (i === Math.min(2, n))
                    loadRenderer().catch(() => undefined);
                output = (0,redact_stream/* redactStream */.S)(redactor);
                io.err(`\n\u2500\u2500 run ${i} of ${n} (outputs: ${dir}) \u2500\u2500\n`);
            },
            onOutput: (_i, text) => io.err(output.write(text)),
            onRunEnd: (r) => {
                io.err(output.end());
                io.err(`\u2500\u2500 run ${r.index}: ${r.error ?? `exit 0 in ${(r.durationMs / 1000).toFixed(2)} s`}\n`);
            },
            onExtraRunStart: (label, dir) => {
                output = (0,redact_stream/* redactStream */.S)(redactor);
                io.err(`\n\u2500\u2500 extra run, ${label} (outputs: ${dir}) \u2500\u2500\n`);
            },
            onExtraRunEnd: (label, r) => {
                io.err(output.end());
                io.err(`\u2500\u2500 ${label}: ${r.error ?? `exit 0 in ${(r.durationMs / 1000).toFixed(2)} s`}\n`);
            }
        }
    });
    const { renderMarkdown } = await loadRenderer();
    io.out('\n' + renderMarkdown(report, { target: 'terminal' }));
    log.debug(`rendered at ${Math.round(process.uptime() * 1000)} ms`);
    io.out(`\nreport: ${inputs.reportPath}\n`);
    if (inputs.attestation !== 'false') {
        const { attestAndLog } = await __webpack_require__.e(/* import() */ 734).then(__webpack_require__.bind(__webpack_require__, 44734));
        const attested = await attestAndLog(report, {
            policy: inputs.attestation,
            workspace: process.cwd(),
            reportPath: inputs.reportPath,
            redactor,
            env,
            log: { ...log, info: () => { } }
        });
        if (attested.written)
            io.out(`attestation: ${attested.files.statementPath} (predicate type ${attested.files.predicateType})\n`);
    }
    return exitCodeFor(report, inputs.failOnDrift);
}
/** Runs the CLI and returns its exit code; never throws. */
async function runCli(argv, io, context = {}) {
    const [first, ...rest] = argv;
    try {
        switch (first) {
            case '--version':
            case '-V':
                io.out(`${version/* VERSION */.x}\n`);
                return 0;
            case 'help':
                io.out(helpText());
                return 0;
            case 'schema':
                if (rest[0] === 'predicate') {
                    const { predicateSchema } = await Promise.all(/* import() */[__webpack_require__.e(868), __webpack_require__.e(326)]).then(__webpack_require__.bind(__webpack_require__, 96326));
                    io.out(JSON.stringify(predicateSchema, null, 2) + '\n');
                }
                else {
                    const { reportSchema } = await Promise.all(/* import() */[__webpack_require__.e(868), __webpack_require__.e(971)]).then(__webpack_require__.bind(__webpack_require__, 31971));
                    io.out(JSON.stringify(reportSchema, null, 2) + '\n');
                }
                return 0;
            case 'verify': {
                const { runVerifyCommand } = await __webpack_require__.e(/* import() */ 551).then(__webpack_require__.bind(__webpack_require__, 13551));
                return await runVerifyCommand(rest, io, context);
            }
            case 'diff': {
                const { runDiffCommand } = await Promise.all(/* import() */[__webpack_require__.e(693), __webpack_require__.e(847)]).then(__webpack_require__.bind(__webpack_require__, 26847));
                return await runDiffCommand(rest, io);
            }
            case 'replay': {
                const { runReplayCommand } = await Promise.all(/* import() */[__webpack_require__.e(693), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 57919));
                return await runReplayCommand(rest, io, { ...context, runGate: gate/* runGate */.R });
            }
            default:
                if (first === 'gate')
                    return await main_gate(rest, io, context);
                return await main_gate(argv, io, context);
        }
    }
    catch (err) {
        const message = (0,errors/* errorMessage */.gJ)(err);
        io.err(`repro-gate: ${message}\n`);
        if (!(err instanceof errors/* InputError */.dz))
            io.err('(this looks like a bug in repro-gate; please report it with the output above)\n');
        else
            io.err('run "repro-gate --help" for the flags\n');
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
    const code = await runCli(process.argv.slice(2), streamIO(process), { signal: controller.signal });
    // Everything is written: exit now rather than when the event loop is empty, which skips tearing
    // down the heap (tens of ms, each run) and does not wait on anything the gate left idle.
    await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => stream.write('', () => resolve()))));
    external_node_module_.flushCompileCache?.();
    process.exit(code);
}


/***/ }),

/***/ 99537:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ parseGateArgs),
/* harmony export */   Cp: () => (/* binding */ flagInputs),
/* harmony export */   Du: () => (/* binding */ parseCommandLine)
/* harmony export */ });
/* unused harmony exports editDistance, didYouMean, CLI_FLAGS, SUBCOMMANDS */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11068);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90997);
/**
 * The command line, read once for every command (the gate, diff, replay, verify) with
 * `node:util`'s parseArgs. A mistake is an InputError (exit 2) that names the flag and says what
 * would fix it: the flag meant ("did you mean --metrics?"), the value it needs, or where the
 * command's words go.
 */





/** Edit distance with adjacent transpositions (`rnus` is one step from `runs`). */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/**
 * The known words a mistyped one most likely meant: the nearest within a third of its length
 * (at least 1, at most 3 edits), else the ones it begins (`--work` \u2192 `--working-directory`).
 */
function didYouMean(word, known) {
    const w = word.toLowerCase();
    const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
    let best = Infinity;
    let nearest = [];
    for (const candidate of known) {
        const d = editDistance(w, candidate);
        if (d > limit || d > best)
            continue;
        if (d < best)
            nearest = [];
        best = d;
        nearest.push(candidate);
    }
    if (nearest.length > 0)
        return nearest;
    return w.length >= 3 ? known.filter((k) => k.startsWith(w)).slice(0, 3) : [];
}
function orList(words) {
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
/**
 * Reads `argv` for `spec`: `--name value`, `--name=value`, short aliases, `-h`/`--help` anywhere,
 * and "--" after which every word is returned as typed. Throws InputError for an unknown or
 * refused flag, a missing value, or a value given to a flag that takes none.
 */
function parseCommandLine(argv, spec) {
    const flags = { help: { type: 'boolean', short: 'h' }, ...spec.flags };
    const options = Object.fromEntries(Object.entries(flags).map(([name, f]) => [name, f.short ? { type: f.type, short: f.short } : { type: f.type }]));
    // Not strict: every token comes back, and the messages below say more than parseArgs' own.
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
    const parsed = { values: new Map(), positionals: [], afterDashes: null, help: false };
    for (const token of tokens) {
        if (token.kind === 'option-terminator') {
            parsed.afterDashes = argv.slice(token.index + 1);
            break;
        }
        if (token.kind === 'positional') {
            parsed.positionals.push(token.value);
            continue;
        }
        const flag = flags[token.name];
        if (!flag)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(unknownFlag(argv[token.index], token.rawName, spec, Object.keys(flags)));
        if (flag.type === 'boolean') {
            if (token.value !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${token.rawName} takes no value (got "${token.value}"); write ${token.rawName} alone`);
            if (token.name === 'help')
                parsed.help = true;
            else
                parsed.values.set(token.name, ['true']);
            continue;
        }
        if (token.value === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${token.rawName} needs a value, e.g. ${token.rawName} ${flag.example ?? '<value>'}`);
        }
        const previous = parsed.values.get(token.name) ?? [];
        parsed.values.set(token.name, flag.multiple ? [...previous, token.value] : [token.value]);
    }
    return parsed;
}
/** The message for a flag the command does not know: what was meant, or where to look. */
function unknownFlag(arg, rawName, spec, known) {
    // `-runs` is read as -r -u -n -s: name the whole word, which probably wanted two dashes.
    const singleDash = /^-[^-]/.test(arg) && arg.length > 2;
    const word = singleDash ? arg.slice(1).split('=')[0] : rawName.replace(/^-+/, '');
    const shown = singleDash ? arg.split('=')[0] : rawName;
    const refusal = spec.refused?.[word];
    if (refusal !== undefined)
        return `unknown flag ${shown} (${refusal})`;
    const meant = singleDash && known.includes(word) ? [word] : didYouMean(word, known);
    if (meant.length > 0)
        return `unknown flag ${shown}; did you mean ${orList(meant.map((m) => `--${m}`))}?`;
    return `unknown flag ${shown}; see ${spec.usage} --help`;
}
// \u2500\u2500 the gate \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500
/** Every input that is also a CLI flag (the flag's name is the input's). */
const CLI_FLAGS = Object.values(_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd).filter((n) => _inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFlags */ .mN[n] !== null);
/** Words that start a subcommand instead of the gate. */
const SUBCOMMANDS = ['gate', 'diff', 'replay', 'verify', 'schema', 'help'];
const GATE = {
    usage: 'repro-gate',
    flags: Object.fromEntries(CLI_FLAGS.flatMap((name) => {
        const flag = _inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFlags */ .mN[name];
        const value = [name, { type: 'string', multiple: flag.repeatable, example: `<${flag.value}>` }];
        return flag.negation ? [value, [`no-${name}`, { type: 'boolean' }]] : [value];
    })),
    refused: Object.fromEntries(Object.values(_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd)
        .filter((n) => _inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFlags */ .mN[n] === null)
        .map((n) => [n, 'it is an action input; the CLI runs the gate locally'])),
    subcommands: SUBCOMMANDS
};
/**
 * The gate's flags: the action's input names (`--runs 3`, `--runs=3`; a repeatable flag adds a
 * line), `--no-snapshot`, and `-- words\u2026` (the command, quoted for bash exactly as given).
 */
function parseGateArgs(argv) {
    const parsed = parseCommandLine(withBareValues(argv), GATE);
    const values = new Map();
    for (const [name, given] of parsed.values) {
        if (name.startsWith('no-'))
            values.set(name.slice(3), 'false');
        else
            values.set(name, given.join('\n'));
    }
    const [first] = parsed.positionals;
    if (first !== undefined) {
        const meant = didYouMean(first, SUBCOMMANDS);
        const hint = meant.length > 0 ? `; did you mean repro-gate ${orList(meant)}?` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`unexpected argument "${first}": flags start with "--", and the command goes after "--" (repro-gate --runs 3 -- python train.py)${hint}`);
    }
    if (parsed.afterDashes !== null) {
        if (parsed.afterDashes.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('command: nothing follows "--"; put the experiment command after it');
        if (values.has(_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Command))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('command: given both as --command and after "--"; use one');
        values.set(_inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Input */ .pd.Command, parsed.afterDashes.map(_shell_js__WEBPACK_IMPORTED_MODULE_3__/* .shellQuote */ .Z).join(' '));
    }
    return { values, help: parsed.help };
}
/**
 * A flag that may stand alone (`--isolate`, InputFlags' `bare`) gets its bare value written in when
 * the next word is another flag, `--` or nothing: parseArgs would take that word as its value.
 */
function withBareValues(argv) {
    const out = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--')
            return [...out, ...argv.slice(i)];
        const flag = arg.startsWith('--') && !arg.includes('=') ? _inputs_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .InputFlags */ .mN[arg.slice(2)] : undefined;
        const next = argv[i + 1];
        out.push(flag?.bare !== undefined && (next === undefined || next.startsWith('-')) ? `${arg}=${flag.bare}` : arg);
    }
    return out;
}
/** The parsed flags as an input source, so the CLI validates exactly like the action. */
function flagInputs(parsed) {
    return { get: (name) => parsed.values.get(name) ?? '' };
}


/***/ }),

/***/ 90997:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote)
/* harmony export */ });
/** Quotes one word for bash so it reaches the command exactly as typed (the CLI's `-- words\u2026`, vary's wrappers). */
function shellQuote(word) {
    if (word !== '' && /^[A-Za-z0-9_\-+=/.,:@%]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}


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
