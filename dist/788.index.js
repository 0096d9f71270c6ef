export const id = 788;
export const ids = [788,734];
export const modules = {

/***/ 24286:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ actionLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25625);
/** The action's adapter of the `Log` port (see log.ts): kept apart so the CLI never loads `@actions/core`. */


/** The action's log: `@actions/core` messages and annotations, each redacted first. */
function actionLog(redact = _log_js__WEBPACK_IMPORTED_MODULE_1__/* .asIs */ .$B) {
    return {
        debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(redact(m)),
        info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(redact(m)),
        notice: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(redact(m)),
        warning: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(redact(m)),
        annotate: (m, title) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(redact(m), { title: redact(title) })
    };
}


/***/ }),

/***/ 18776:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ ActionsArtifacts),
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   IC: () => (/* binding */ RestArtifacts),
/* harmony export */   JR: () => (/* binding */ abandonedServiceCalls),
/* harmony export */   Nc: () => (/* binding */ newestAttempts),
/* harmony export */   Tm: () => (/* binding */ runAttempt),
/* harmony export */   Zh: () => (/* binding */ ServiceTimeoutError),
/* harmony export */   aT: () => (/* binding */ isGhes),
/* harmony export */   dj: () => (/* binding */ ArtifactTooBigError),
/* harmony export */   n_: () => (/* binding */ sanitizeArtifactName),
/* harmony export */   tV: () => (/* binding */ ArtifactsUnsupportedError),
/* harmony export */   w: () => (/* binding */ clientCall)
/* harmony export */ });
/* unused harmony exports SERVICE_TIMEOUT_ENV, DEFAULT_SERVICE_TIMEOUT_MS, serviceTimeoutMs, FolderArtifacts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97847);
/**
 * The one seam to the workflow run's artifacts: upload, list, download, each key's newest attempt,
 * and how names are made. Used by the gate's report upload (read later by publish mode), the
 * matrix legs (record uploads, compare downloads) and publish mode (another run's artifacts, as
 * zips over the REST API: RestArtifacts).
 * `@actions/artifact` is big and only needed inside Actions: it is imported on first use.
 */





// ---------------------------------------------------------------------------------------------
// Calls into the Actions service clients (@actions/cache, @actions/artifact). Both retry a failing
// call about five times with backoff (~30 s) and set no request timeout, so a service that accepts
// the connection and never answers would hold the job forever; both also write their own warning
// and error annotations. Every call the gate makes through them goes through clientCall: it gets a
// deadline of its own, and the clients' annotations become plain log lines whose text the caller
// folds into one message of its own.
/** Names the variable that sets the per-call deadline (ms) of every cache and artifact service call. */
const SERVICE_TIMEOUT_ENV = 'REPRO_GATE_SERVICE_TIMEOUT_MS';
/** The default per-call deadline: the clients' own retries (~35 s for five attempts) fit inside it. */
const DEFAULT_SERVICE_TIMEOUT_MS = 60_000;
/** The per-call deadline: REPRO_GATE_SERVICE_TIMEOUT_MS when it is a positive number, else the default. */
function serviceTimeoutMs(env = process.env) {
    const ms = Number(env[SERVICE_TIMEOUT_ENV]);
    return Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_SERVICE_TIMEOUT_MS;
}
/** Thrown when a service call passed its deadline; the call itself is abandoned, not cancelled. */
class ServiceTimeoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ServiceTimeoutError';
    }
}
let abandoned = 0;
/**
 * How many service calls were abandoned at their deadline. Their sockets stay open (the clients
 * take no signal), so the action exits explicitly when this is not 0 instead of waiting for them.
 */
function abandonedServiceCalls() {
    return abandoned;
}
/** The start of the annotations the clients write themselves (matched after `::warning::` / `::error::`). */
const CLIENT_ANNOTATIONS = [
    'Failed to restore:',
    'Failed to save:',
    'Cache reservation failed:',
    'uploadCacheArchiveSDK:',
    "You've hit a rate limit",
    'Artifact upload failed with error',
    'Download Artifact failed with error',
    'Listing Artifacts failed with error',
    'Get Artifact failed with error',
    'Delete Artifact failed with error',
    'No data was uploaded to blob storage',
    'Multiple artifacts found'
];
const collectors = new Set();
let originalWrite = null;
function unescapeCommand(text) {
    return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
/** Demotes the clients' `::warning::`/`::error::` lines to plain lines while a collector is active, and collects their text. */
function interceptStdout() {
    if (originalWrite)
        return;
    const write = process.stdout.write.bind(process.stdout);
    originalWrite = process.stdout.write;
    process.stdout.write = ((chunk, ...rest) => {
        if (collectors.size > 0) {
            const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : null;
            const m = text === null ? null : /^::(warning|error)(?: [^:]*)?::(.*?)(\r?\n)?$/s.exec(text);
            if (m && CLIENT_ANNOTATIONS.some((p) => m[2].startsWith(p))) {
                // The first line: the artifact client adds a paragraph about githubstatus.com.
                const message = unescapeCommand(m[2]).split(/\r?\n/)[0].replace(/\.$/, '');
                for (const c of collectors)
                    c.push(message);
                return write(`${m[1]} from the service client (repro-gate reports it below): ${m[2]}${m[3] ?? '\n'}`, ...rest);
            }
        }
        return write(chunk, ...rest);
    });
}
function releaseStdout() {
    if (collectors.size === 0 && originalWrite) {
        process.stdout.write = originalWrite;
        originalWrite = null;
    }
}
/**
 * Runs one call into a service client within the per-call deadline, with the client's own
 * annotations demoted to log lines; `problems` holds their text (the clients report some failures
 * only that way, returning as if nothing was found). On the deadline it rejects with a
 * ServiceTimeoutError and leaves the call to itself.
 */
async function clientCall(what, work, env = process.env) {
    const problems = [];
    const timeoutMs = serviceTimeoutMs(env);
    collectors.add(problems);
    interceptStdout();
    let timer;
    try {
        const call = work();
        const deadline = new Promise((_, reject) => {
            timer = setTimeout(() => {
                abandoned++;
                call.catch(() => undefined);
                reject(new ServiceTimeoutError(`${what} got no answer within ${Math.round(timeoutMs / 100) / 10} s (${SERVICE_TIMEOUT_ENV})`));
            }, timeoutMs);
        });
        const value = await Promise.race([call, deadline]);
        return { value, problems };
    }
    catch (err) {
        if (err instanceof ServiceTimeoutError || problems.length === 0)
            throw err;
        // The client's own words say more than its wrapped error.
        throw new Error(`${err instanceof Error ? err.message : String(err)} (${problems.join('; ')})`);
    }
    finally {
        clearTimeout(timer);
        collectors.delete(problems);
        releaseStdout();
    }
}
/**
 * GitHub Enterprise Server, by the rule the Actions clients use: a server URL other than
 * github.com, *.ghe.com or *.localhost. There `@actions/cache` speaks cache service v1 and
 * `@actions/artifact` (v2 and later) does not work at all.
 */
function isGhes(env = process.env) {
    let host;
    try {
        host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.trimEnd().toUpperCase();
    }
    catch {
        return false;
    }
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
/** Thrown where there is no artifact service the gate can use (GitHub Enterprise Server). */
class ArtifactsUnsupportedError extends Error {
    constructor(message = 'workflow artifacts are not available on GitHub Enterprise Server to this action (@actions/artifact 2 and later do not support it)') {
        super(message);
        this.name = 'ArtifactsUnsupportedError';
    }
}
/** One part of an artifact name: the artifact client rejects `" : < > | * ? \ /` and control characters. */
function sanitizeArtifactName(text) {
    return (0,_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitizeKey */ .P)(text, _keys_js__WEBPACK_IMPORTED_MODULE_4__/* .KeyRules */ .n.artifactName);
}
/** GITHUB_RUN_ATTEMPT when it is a number, else `1`: the last part of every artifact name repro-gate writes. */
function runAttempt(env) {
    return /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : '1';
}
/**
 * Of the artifacts named `<prefix><key>--<attempt>`, each key's newest attempt up to `upTo`, by key:
 * "re-run failed jobs" leaves the failed attempt's artifact beside the new one, and only the new one
 * speaks for the job now (a newer one than `upTo` belongs to another event). With `unnumbered`, a
 * name without `--<attempt>` counts as attempt 0 (matrix legs recorded by hand or by older versions).
 */
function newestAttempts(names, prefix, options = {}) {
    const upTo = options.upTo ?? Infinity;
    const pattern = options.unnumbered ? /^(.+?)(?:--(\d+))?$/ : /^(.+)--(\d+)$/;
    const newest = new Map();
    for (const name of names) {
        const m = name.startsWith(prefix) ? pattern.exec(name.slice(prefix.length)) : null;
        if (!m)
            continue;
        const found = { name, key: m[1], attempt: Number(m[2] ?? 0) };
        const seen = newest.get(found.key);
        if (found.attempt <= upTo && (!seen || found.attempt > seen.attempt))
            newest.set(found.key, found);
    }
    return [...newest.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
/**
 * The Actions artifact service (`@actions/artifact`), through the results service's twirp API.
 * Pass `otherRuns` to read another workflow run's artifacts. Every call has the per-call deadline
 * (clientCall); on GitHub Enterprise Server every call throws ArtifactsUnsupportedError first.
 */
class ActionsArtifacts {
    otherRuns;
    env;
    constructor(otherRuns, env = process.env) {
        this.otherRuns = otherRuns;
        this.env = env;
    }
    findBy(runId) {
        if (runId === undefined || !this.otherRuns)
            return undefined;
        const { token, owner, repo } = this.otherRuns;
        return { token, repositoryOwner: owner, repositoryName: repo, workflowRunId: runId };
    }
    async client() {
        if (isGhes(this.env))
            throw new ArtifactsUnsupportedError();
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(913), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
        return new DefaultArtifactClient();
    }
    async upload(name, file, options = {}) {
        const client = await this.client();
        await clientCall(`uploading artifact ${name}`, () => client.uploadArtifact(name, [file], node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), { retentionDays: options.retentionDays ?? 7 }), this.env);
    }
    async list(runId) {
        const client = await this.client();
        // Without findBy the client lists the current workflow run's artifacts; latest drops older uploads of a name.
        const { value } = await clientCall('listing artifacts', () => client.listArtifacts({ latest: true, findBy: this.findBy(runId) }), this.env);
        return value.artifacts.map((a) => a.name);
    }
    /** A download that fails leaves nothing behind: `into` is removed again. */
    async download(name, into, runId) {
        const client = await this.client();
        const findBy = this.findBy(runId);
        const { value: found } = await clientCall(`finding artifact ${name}`, () => client.getArtifact(name, { findBy }), this.env);
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(into, { recursive: true });
        try {
            const { value } = await clientCall(`downloading artifact ${name}`, () => client.downloadArtifact(found.artifact.id, { path: into, findBy }), this.env);
            return value.downloadPath ?? into;
        }
        catch (err) {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(into, { recursive: true, force: true });
            throw err;
        }
    }
}
/** A folder with one sub-folder per artifact (`<folder>/<artifact name>/<file>`): tests and local use. */
class FolderArtifacts {
    folder;
    constructor(folder) {
        this.folder = folder;
    }
    async upload(name, file) {
        const dir = path.join(this.folder, name);
        try {
            await fs.mkdir(dir);
        }
        catch (err) {
            if (err.code === 'EEXIST')
                throw new Error(`an artifact named ${name} already exists`);
            if (err.code !== 'ENOENT')
                throw err;
            await fs.mkdir(dir, { recursive: true });
        }
        await fs.copyFile(file, path.join(dir, path.basename(file)));
    }
    async list() {
        const entries = await fs.readdir(this.folder, { withFileTypes: true });
        return entries.filter((e) => e.isDirectory()).map((e) => e.name);
    }
    /** The files stay where they are: returns the artifact's own folder. */
    async download(name) {
        return path.join(this.folder, name);
    }
}
/** Every file under `dir`, sorted. */
async function listFiles(dir) {
    const entries = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir, { withFileTypes: true, recursive: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_3__.join(e.parentPath ?? e.path, e.name))
        .sort();
}
/** Thrown for an artifact zip over its size limit. */
class ArtifactTooBigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ArtifactTooBigError';
    }
}
/**
 * Another run's artifacts through the Actions REST API, downloaded here rather than by
 * `@actions/artifact` (which unzips everything before anything can be checked). The zip comes from
 * `\u2026/artifacts/{id}/zip`, a redirect to blob storage that is followed by hand so the token never
 * leaves the API's origin, and is written to disk only up to a size limit, while streaming.
 */
class RestArtifacts {
    options;
    ids = new Map();
    fetch;
    constructor(options) {
        this.options = options;
        this.fetch = options.fetch ?? globalThis.fetch;
    }
    apiHeaders() {
        return {
            authorization: `Bearer ${this.options.token}`,
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'repro-gate'
        };
    }
    repoUrl() {
        return `${this.options.apiUrl.replace(/\/+$/, '')}/repos/${this.options.owner}/${this.options.repo}`;
    }
    async list(runId) {
        const newest = new Map();
        for (let page = 1;; page++) {
            const res = await this.fetch(`${this.repoUrl()}/actions/runs/${runId}/artifacts?per_page=100&page=${page}`, {
                headers: this.apiHeaders()
            });
            const body = (await res.json().catch(() => null));
            if (!res.ok)
                throw Object.assign(new Error(body?.message ?? `${res.status} ${res.statusText}`), { status: res.status });
            const artifacts = body?.artifacts ?? [];
            // Of two uploads with one name, the later (higher id) speaks for the name.
            for (const a of artifacts)
                if (!a.expired && (newest.get(a.name) ?? -1) < a.id)
                    newest.set(a.name, a.id);
            if (artifacts.length < 100)
                break;
        }
        for (const [name, id] of newest)
            this.ids.set(`${runId}/${name}`, id);
        return [...newest.keys()];
    }
    async downloadZip(name, file, maxBytes, runId) {
        if (!this.ids.has(`${runId}/${name}`))
            await this.list(runId);
        const id = this.ids.get(`${runId}/${name}`);
        if (id === undefined)
            throw new Error(`run ${runId} has no artifact named ${name}`);
        let url = new URL(`${this.repoUrl()}/actions/artifacts/${id}/zip`);
        for (let hop = 0;; hop++) {
            // The token is for the API request only; the blob URL it redirects to carries its own signature.
            const headers = hop === 0 ? this.apiHeaders() : { 'user-agent': 'repro-gate' };
            const res = await this.fetch(url, { headers, redirect: 'manual' });
            const location = res.headers.get('location');
            if (res.status >= 300 && res.status < 400 && location) {
                await res.body?.cancel();
                if (hop >= 3)
                    throw new Error('the artifact download redirected more than 3 times');
                url = new URL(location, url);
                continue;
            }
            if (!res.ok || !res.body) {
                const text = (await res.text().catch(() => '')).slice(0, 200);
                throw Object.assign(new Error(`downloading artifact ${name}: ${res.status} ${res.statusText}${text ? ` ${text}` : ''}`), {
                    status: res.status
                });
            }
            const declared = Number(res.headers.get('content-length') ?? NaN);
            if (declared > maxBytes) {
                await res.body.cancel();
                throw new ArtifactTooBigError(`the artifact's zip is ${declared} bytes, over the ${maxBytes}-byte limit`);
            }
            let total = 0;
            const limit = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
                transform(chunk, _encoding, done) {
                    total += chunk.length;
                    if (total > maxBytes)
                        done(new ArtifactTooBigError(`the artifact's zip is over the ${maxBytes}-byte limit`));
                    else
                        done(null, chunk);
                }
            });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_2__.Readable.fromWeb(res.body), limit, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(file));
            return;
        }
    }
}


/***/ }),

/***/ 44734:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  attestAndLog: () => (/* binding */ attestAndLog),
  Nw: () => (/* binding */ attestationOutputs)
});

// UNUSED EXPORTS: PredicateType, attestRun, attestationPaths

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(11068);
// EXTERNAL MODULE: ./src/hash.ts
var hash = __webpack_require__(56495);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/attest/types.ts
var types = __webpack_require__(79124);
;// CONCATENATED MODULE: ./src/attest/predicate.ts


/**
 * The predicate is kept well under `actions/attest`'s 16 MB limit: metric and artifact lists are
 * cut (drifted ones kept first) until the JSON fits, and the report's sha256 stands for the rest.
 */
const PREDICATE_BUDGET_BYTES = 8 * 1024 * 1024;
/** A path as a subject is named: relative to the workspace, forward slashes. */
function workspaceRelative(workspace, file) {
    const rel = external_node_path_.relative(workspace, external_node_path_.resolve(workspace, file));
    return rel === '' ? '.' : rel.split(external_node_path_.sep).join('/');
}
/** The predicate type for a verdict: only a reproducible run gets the reproducible type. */
function predicateTypeFor(report) {
    return report.verdict === 'reproducible' ? types/* PredicateType */.Ot.Reproducible : types/* PredicateType */.Ot.NotReproducible;
}
function probed(p, ok) {
    return p.status === 'ok' ? ok(p) : null;
}
/** The environment in a few lines a person reads in `repro-gate verify`'s output. */
function summariseEnvironment(env) {
    const python = env.toolchains.python;
    const frameworks = {};
    if (python.status === 'ok') {
        for (const [name, info] of Object.entries(python.frameworks))
            if (info)
                frameworks[name] = info.version;
    }
    const r = env.runner;
    const runner = [r.os, r.arch, r.imageOS, r.imageVersion].filter(Boolean).join(' ');
    return {
        os: probed(env.os, (o) => `${o.distro || o.platform} ${o.release} (${o.arch}), kernel ${o.kernel}`.trim()),
        cpu: probed(env.hardware, (h) => `${h.cpu.model || 'unknown'}, ${h.cpu.physicalCores} cores / ${h.cpu.logicalCores} threads`),
        gpu: probed(env.gpu, (g) => g.devices.length === 0
            ? 'none'
            : [
                `${g.devices.length} \u00d7 ${g.devices[0].name}`,
                g.driverVersion ? `driver ${g.driverVersion}` : null,
                g.cudaDriverVersion ? `CUDA ${g.cudaDriverVersion}` : null
            ]
                .filter(Boolean)
                .join(', ')),
        runner: runner === '' ? null : runner,
        container: probed(env.container, (c) => c.inContainer ? `in a container${c.jobImage ? ` (${c.jobImage.digest ?? c.jobImage.reference})` : ''}` : 'not in a container'),
        python: probed(python, (p) => `${p.version} (${p.distributions.length} distributions)`),
        frameworks,
        node: env.toolchains.node
    };
}
function metricItems(report) {
    if (report.metrics.length > 0) {
        const items = report.metrics.map((m) => ({
            name: m.name,
            status: m.status,
            reference: m.values[0] ?? null,
            values: m.values,
            tolerance: m.tolerance,
            maxAbsDeviation: m.maxAbsDeviation,
            maxRelDeviation: m.maxRelDeviation
        }));
        // Drifted first, so cutting a long list never drops the metrics that matter.
        return [...items.filter((m) => m.status === 'drift'), ...items.filter((m) => m.status !== 'drift')];
    }
    // Nothing was compared (a run failed): what run 1 reported, unchecked.
    const first = report.runs[0]?.metrics ?? {};
    return Object.entries(first).map(([name, value]) => ({
        name,
        status: 'unchecked',
        reference: value,
        values: [value],
        tolerance: null,
        maxAbsDeviation: null,
        maxRelDeviation: null
    }));
}
function artifactItems(report, name) {
    const items = report.artifacts.map((a) => ({
        name: name(a.path),
        status: a.status,
        sha256: a.sha256[0] ?? null,
        bytes: a.bytes[0] ?? null,
        sha256PerRun: a.sha256
    }));
    const compared = new Set(report.artifacts.map((a) => a.path));
    for (const a of report.runs[0]?.artifacts ?? []) {
        if (compared.has(a.path))
            continue;
        // A link or a FIFO is listed unhashed (its sha256 is empty): null, as for a file a run did not write.
        const sha256 = a.skipped || a.sha256 === '' ? null : a.sha256;
        items.push({ name: name(a.path), status: 'unchecked', sha256, bytes: sha256 === null ? null : a.bytes, sha256PerRun: [sha256] });
    }
    return [...items.filter((a) => a.status === 'drift'), ...items.filter((a) => a.status !== 'drift')];
}
/** Cuts the longest lists in half until the predicate's JSON fits the budget. */
function fitToBudget(predicate, budget) {
    const size = () => Buffer.byteLength(JSON.stringify(predicate));
    while (size() > budget) {
        const { metrics, artifacts } = predicate;
        if (metrics.items.length === 0 && artifacts.items.length === 0)
            break;
        if (metrics.items.length >= artifacts.items.length)
            metrics.items = metrics.items.slice(0, Math.floor(metrics.items.length / 2));
        else
            artifacts.items = artifacts.items.slice(0, Math.floor(artifacts.items.length / 2));
        metrics.listed = metrics.items.length;
        artifacts.listed = artifacts.items.length;
    }
    return predicate;
}
/**
 * Builds the predicate from a written report. Pure: the report's own sha256 is computed by the
 * caller from the file as written. The caller redacts the result like everything that leaves.
 */
function buildPredicate(report, ctx) {
    const wd = report.inputs.workingDirectory;
    const fromWd = (file) => workspaceRelative(ctx.workspace, external_node_path_.resolve(wd, file));
    const metrics = metricItems(report);
    const artifacts = artifactItems(report, fromWd);
    const environment = report.environment;
    const predicate = {
        verdict: report.verdict,
        reproducible: report.verdict === 'reproducible',
        tool: report.tool,
        createdAt: report.createdAt,
        command: report.inputs.command,
        workingDirectory: workspaceRelative(ctx.workspace, wd),
        runs: {
            requested: report.inputs.runs,
            executed: report.runs.length,
            compared: report.runs.filter((r) => r.error === null).length,
            durationsMs: report.runs.map((r) => r.durationMs)
        },
        seed: {
            value: report.inputs.seed,
            determinism: report.inputs.determinism,
            variables: report.seeds.set,
            keptFromUser: report.seeds.keptFromUser
        },
        tolerance: { default: report.inputs.tolerance, rules: report.inputs.tolerances, ignore: report.inputs.ignore },
        metrics: {
            file: workspaceRelative(ctx.workspace, report.inputs.metrics),
            total: metrics.length,
            drifted: metrics.filter((m) => m.status === 'drift').length,
            ignored: metrics.filter((m) => m.status === 'ignored').length,
            listed: metrics.length,
            items: metrics
        },
        artifacts: {
            total: artifacts.length,
            drifted: artifacts.filter((a) => a.status === 'drift').length,
            listed: artifacts.length,
            items: artifacts
        },
        errors: report.errors.map((e) => e.message).slice(0, 20),
        source: {
            repository: report.context.repository,
            commit: report.context.sha,
            headCommit: report.context.headSha,
            ref: report.context.ref,
            eventName: report.context.eventName,
            pullRequest: report.context.pullRequest
        },
        workflow: {
            name: ctx.env.GITHUB_WORKFLOW || null,
            ref: ctx.env.GITHUB_WORKFLOW_REF || environment?.runner.workflowRef || null,
            job: report.context.job,
            runId: report.context.runId,
            runAttempt: report.context.runAttempt,
            runUrl: report.context.runUrl
        },
        environment: environment
            ? {
                fingerprint: environment.fingerprint,
                parts: environment.fingerprintParts,
                summary: summariseEnvironment(environment),
                data: environment.data.slice(0, 1000).map((d) => ({ path: fromWd(d.path), sha256: d.sha256, bytes: d.bytes }))
            }
            : null,
        lockfiles: (report.lockfiles ?? []).map((l) => ({
            path: fromWd(l.path),
            format: l.format,
            sha256: l.sha256,
            packages: l.packageCount,
            unpinned: l.unpinned.length
        })),
        report: { path: workspaceRelative(ctx.workspace, ctx.reportPath), sha256: ctx.reportSha256, schemaVersion: report.schemaVersion }
    };
    // Variation runs and the seed audit (issue #8), when the gate ran them: which factors moved a
    // result, and whether the seed is wired at all.
    if (report.variations) {
        const culprits = new Set(report.variations.culprits.map((c) => c.factor));
        predicate.variations = {
            sensitiveTo: [...culprits].sort(),
            factors: report.variations.factors.map((f) => ({ name: f.name, varied: f.varied, sensitive: culprits.has(f.name), reason: f.reason }))
        };
    }
    if (report.seedAudit) {
        predicate.seedAudit = {
            seedWired: report.seedAudit.wired,
            auditSeed: report.seedAudit.auditSeed,
            changedMetrics: report.seedAudit.spread.filter((s) => JSON.stringify(s.control) !== JSON.stringify(s.audit)).length
        };
    }
    return fitToBudget(predicate, ctx.budgetBytes ?? PREDICATE_BUDGET_BYTES);
}

;// CONCATENATED MODULE: ./src/attest/subjects.ts



/** `actions/attest` signs at most this many subjects in one statement. */
const MAX_SUBJECTS = 1024;
/**
 * The subjects: run 1's metrics file and every declared artifact it wrote, named by their path
 * relative to the workspace, where the gate puts run 1's outputs back when it ends: `sha256sum -c`
 * checks them in place. Artifacts keep the digest taken when run 1's copy was collected (the gate
 * checked the file put back against it); the metrics file is hashed where it is. A file that is not
 * back in place, or is no regular file (a link, a FIFO), is left out with the reason.
 */
async function referenceSubjects(report, workspace) {
    const run = report.runs[0];
    const leftOut = [];
    if (!run)
        return { subjects: [], leftOut };
    const wd = report.inputs.workingDirectory;
    // Reports from before the gate put run 1's files back name no files section: their subjects are named as before.
    const inPlace = report.files ? new Set(report.files.inWorkspace) : null;
    const fromWd = (file) => external_node_path_.relative(wd, external_node_path_.resolve(wd, file)).split(external_node_path_.sep).join('/');
    const found = new Map();
    if (run.metricsFile) {
        const rel = fromWd(report.inputs.metrics);
        if (inPlace && !inPlace.has(rel))
            leftOut.push(`${rel}: run 1's metrics file is not back in the working directory (it is kept at ${run.metricsFile})`);
        else {
            const file = inPlace ? external_node_path_.resolve(wd, rel) : run.metricsFile;
            try {
                found.set(workspaceRelative(workspace, external_node_path_.resolve(wd, rel)), (await (0,hash/* hashFile */.D)(file)).sha256);
            }
            catch (err) {
                leftOut.push(`${file}: run 1's metrics file cannot be read (${err.code ?? String(err)})`);
            }
        }
    }
    for (const artifact of run.artifacts) {
        if (artifact.skipped || artifact.sha256 === '')
            leftOut.push(`${artifact.path}: ${artifact.skipped ?? 'not hashed'}`);
        else if (inPlace && !inPlace.has(artifact.path)) {
            leftOut.push(`${artifact.path}: run 1's copy is not back in the working directory${artifact.copy ? ` (it is kept at ${artifact.copy})` : ''}`);
        }
        else
            found.set(workspaceRelative(workspace, external_node_path_.resolve(wd, artifact.path)), artifact.sha256);
    }
    let subjects = [];
    for (const [name, sha256] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        // sha256sum escapes such names with a backslash, which actions/attest does not read back.
        if (/[\r\n\\]/.test(name))
            leftOut.push(`${JSON.stringify(name)}: a newline or backslash in a file name cannot be written in sha256sum format`);
        else
            subjects.push({ name, digest: { sha256 } });
    }
    if (subjects.length > MAX_SUBJECTS) {
        leftOut.push(`${subjects.length - MAX_SUBJECTS} of ${subjects.length} files: actions/attest signs at most ${MAX_SUBJECTS} subjects (the predicate still lists their digests)`);
        subjects = subjects.slice(0, MAX_SUBJECTS);
    }
    return { subjects, leftOut };
}
/** The subjects in `sha256sum` format (two spaces: text mode), which `sha256sum -c` and actions/attest read. */
function checksumsText(subjects) {
    return subjects.map((s) => `${s.digest.sha256}  ${s.name}\n`).join('');
}

;// CONCATENATED MODULE: ./src/attest/index.ts
/**
 * The attestation stage, after the report is written: an in-toto Statement v1 of the gated run,
 * its predicate on its own (what `actions/attest` takes as `predicate-path`) and the subjects in
 * `sha256sum` format (its `subject-checksums`). Files go beside the report.
 */







/** `repro-report.json` \u2192 `repro-report.intoto.json`, `.predicate.json`, `.subjects.sha256`. */
function attestationPaths(reportPath) {
    const stem = reportPath.replace(/\.json$/i, '');
    return {
        statementPath: `${stem}.intoto.json`,
        predicatePath: `${stem}.predicate.json`,
        checksumsPath: `${stem}.subjects.sha256`
    };
}
/**
 * Writes the statement, predicate and checksums for a written report, as the policy says:
 * `true` only for a reproducible run, `always` for every verdict (a run that is not reproducible
 * gets the not-reproducible predicate type). Returns why nothing was written otherwise.
 */
async function attestRun(report, options) {
    if (options.policy === 'false')
        return { written: false, reason: 'attestation is false', warnings: [] };
    if (options.policy === 'true' && report.verdict !== 'reproducible') {
        return {
            written: false,
            reason: `the verdict is ${report.verdict} (attestation: true attests reproducible runs only; always attests every verdict)`,
            warnings: []
        };
    }
    const { subjects, leftOut } = await referenceSubjects(report, options.workspace);
    const warnings = leftOut.map((l) => `attestation: left out ${l}`);
    if (subjects.length === 0) {
        return { written: false, reason: 'run 1 left no metrics file and no artifact to attest', warnings };
    }
    const { sha256: reportSha256 } = await (0,hash/* hashFile */.D)(options.reportPath);
    const predicate = buildPredicate(report, { workspace: options.workspace, reportPath: options.reportPath, reportSha256, env: options.env });
    if (predicate.metrics.listed < predicate.metrics.total || predicate.artifacts.listed < predicate.artifacts.total) {
        warnings.push(`attestation: the predicate lists ${predicate.metrics.listed} of ${predicate.metrics.total} metrics and ${predicate.artifacts.listed} of ${predicate.artifacts.total} artifacts to stay within actions/attest's 16 MB; the report's sha256 covers the rest`);
    }
    const statement = options.redactor.deep({
        _type: types/* STATEMENT_TYPE */.zG,
        subject: subjects,
        predicateType: predicateTypeFor(report),
        predicate
    });
    const paths = attestationPaths(options.reportPath);
    await external_node_fs_.promises.writeFile(paths.statementPath, JSON.stringify(statement, null, 2) + '\n');
    await external_node_fs_.promises.writeFile(paths.predicatePath, JSON.stringify(statement.predicate, null, 2) + '\n');
    await external_node_fs_.promises.writeFile(paths.checksumsPath, checksumsText(statement.subject));
    return { written: true, files: { ...paths, predicateType: statement.predicateType, subjects: subjects.length }, warnings };
}
/** The step outputs: the paths and type when a statement was written, empty strings otherwise. */
function attestationOutputs(result) {
    const files = result.written ? result.files : null;
    return {
        [constants/* Output */.k7.AttestationPath]: files?.statementPath ?? '',
        [constants/* Output */.k7.PredicatePath]: files?.predicatePath ?? '',
        [constants/* Output */.k7.PredicateType]: files?.predicateType ?? '',
        [constants/* Output */.k7.SubjectChecksums]: files?.checksumsPath ?? ''
    };
}
/** Runs the stage for the action or the CLI and says what happened in their log. */
async function attestAndLog(report, options) {
    const result = await attestRun(report, options);
    for (const warning of result.warnings)
        options.log.warning(warning);
    if (result.written) {
        options.log.info(`attestation: ${result.files.statementPath} (${result.files.subjects} subjects, predicate type ${result.files.predicateType})`);
    }
    else if (options.policy !== 'false')
        options.log.info(`attestation: none written, ${result.reason}`);
    return result;
}


/***/ }),

/***/ 79124:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* reexport safe */ _uris_js__WEBPACK_IMPORTED_MODULE_0__.Cs),
/* harmony export */   Ot: () => (/* reexport safe */ _uris_js__WEBPACK_IMPORTED_MODULE_0__.Ot),
/* harmony export */   T4: () => (/* reexport safe */ _uris_js__WEBPACK_IMPORTED_MODULE_0__.T4),
/* harmony export */   zG: () => (/* reexport safe */ _uris_js__WEBPACK_IMPORTED_MODULE_0__.zG)
/* harmony export */ });
/* harmony import */ var _uris_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24302);



/***/ }),

/***/ 24302:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ PREDICATE_TYPES),
/* harmony export */   Ot: () => (/* binding */ PredicateType),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   zG: () => (/* binding */ STATEMENT_TYPE)
/* harmony export */ });
/** The URIs an attestation is typed by: the in-toto statement's, its DSSE payload's and the two predicate types. */
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement inside a Sigstore bundle. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * Two predicate types, so a policy that asks for the reproducible one (`gh attestation verify
 * --predicate-type \u2026/reproducible/v1`) can never be met by a statement of a drifting or failed run.
 * Both carry the same predicate shape; the major version is part of the URI.
 */
const PredicateType = {
    Reproducible: 'https://github.com/repro-gate/repro-gate/attestation/reproducible/v1',
    NotReproducible: 'https://github.com/repro-gate/repro-gate/attestation/not-reproducible/v1'
};
const PREDICATE_TYPES = Object.values(PredicateType);


/***/ }),

/***/ 39788:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: runGate

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/inputs/inputs.ts + 1 modules
var inputs_inputs = __webpack_require__(49511);
// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(11068);
// EXTERNAL MODULE: ./src/gate.ts + 3 modules
var gate = __webpack_require__(94089);
// EXTERNAL MODULE: ./src/action-log.ts
var action_log = __webpack_require__(24286);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/report/redact-stream.ts
var redact_stream = __webpack_require__(56310);
// EXTERNAL MODULE: ./src/report/render/escape.ts
var render_escape = __webpack_require__(70752);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/publish/summary.ts


/**
 * Appends Markdown to the job summary file, when the runner provides one. Returns whether it wrote.
 *
 * The runner's own summary file goes through `@actions/core`'s `summary`, so a harness that stands
 * in for `@actions/core` (GitHub's `@github/local-action`) sees the summary as well as the outputs.
 * A file given only in `env` (a caller's own environment, as tests pass) is appended directly,
 * because `core.summary` reads `process.env` once and caches the path.
 */
async function appendJobSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    const text = markdown.endsWith('\n') ? markdown : markdown + '\n';
    if (file !== process.env.GITHUB_STEP_SUMMARY) {
        await external_node_fs_.promises.appendFile(file, text);
        return true;
    }
    // core.summary refuses a file that does not exist yet; the runner creates it, a local run may not.
    await external_node_fs_.promises.appendFile(file, '');
    await core/* summary */.z.addRaw(text).write();
    return true;
}

// EXTERNAL MODULE: ./src/publish/index.ts + 3 modules
var publish = __webpack_require__(7255);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/publish/events.ts


/**
 * Refuses to run untrusted PR code with a write token (pull_request_target) unless the user opted in.
 * Throws InputError with the reason and the opt-in input's name.
 */
function assertEventIsSafe(inputs, env) {
    if (env.GITHUB_EVENT_NAME !== 'pull_request_target')
        return;
    // Publish mode runs no experiment: it only reads a report artifact.
    if (inputs.mode === 'publish' || inputs.allowPullRequestTarget)
        return;
    throw new errors/* InputError */.dz('repro-gate refuses to run the experiment on pull_request_target: that event runs with a write token and ' +
        "the repository's secrets, and the experiment is the pull request's own code, so anyone who opens a PR " +
        'could use them. Run the gate on pull_request and post the comment from a workflow_run workflow with ' +
        `mode: publish (see README 'Forks'), or, if every PR author is trusted, set ` +
        `${constants/* Input */.pd.AllowPullRequestTarget}: true.`);
}

// EXTERNAL MODULE: ./src/attest/index.ts + 2 modules
var attest = __webpack_require__(44734);
// EXTERNAL MODULE: ./src/report/markdown.ts + 7 modules
var markdown = __webpack_require__(6370);
;// CONCATENATED MODULE: ./src/publish/outputs.ts

/** GitHub caps one output at 1 MB; the list of drifted items is cut well below, keeping valid JSON. */
const DRIFTED_OUTPUT_MAX_CHARS = 64 * 1024;
/** The step outputs for a report, as name \u2192 value strings. */
function reportOutputs(report, reportPath) {
    const drifted = report?.drifted ?? [];
    let shown = drifted;
    let json = JSON.stringify(shown);
    while (json.length > DRIFTED_OUTPUT_MAX_CHARS && shown.length > 0) {
        shown = shown.slice(0, Math.floor(shown.length / 2));
        json = JSON.stringify(shown);
    }
    return {
        [constants/* Output */.k7.Verdict]: report?.verdict ?? 'error',
        [constants/* Output */.k7.Reproducible]: String(report?.verdict === 'reproducible'),
        [constants/* Output */.k7.Drifted]: json,
        [constants/* Output */.k7.DriftedCount]: String(drifted.length),
        [constants/* Output */.k7.ReportPath]: reportPath,
        [constants/* Output */.k7.BaselineVerdict]: report?.baseline?.verdict ?? 'none',
        // Empty when vary is unset / no audit ran, so `if: steps.x.outputs.sensitive-to` reads naturally.
        [constants/* Output */.k7.SensitiveTo]: report?.variations ? JSON.stringify(report.variations.culprits.map((c) => c.factor)) : '',
        [constants/* Output */.k7.SeedWired]: report?.seedAudit && report.seedAudit.wired !== null ? String(report.seedAudit.wired) : ''
    };
}

// EXTERNAL MODULE: ./src/publish/deadline.ts
var publish_deadline = __webpack_require__(38459);
;// CONCATENATED MODULE: ./src/publish/channels.ts
/**
 * The channels the verdict leaves by: step outputs, the job summary, annotations, the report
 * artifact, the PR comment and the check run. Each is optional and fails on its own: one that
 * cannot be written (an unwritable GITHUB_OUTPUT or summary, an API that errors or never answers)
 * is one warning, and the other channels and the verdict go on.
 */








/** Why a channel failed, in a few words: the errno code and message, or the deadline's reason. */
function reason(err) {
    return (0,errors/* errorMessage */.gJ)(err);
}
/** Step outputs through GITHUB_OUTPUT; once that cannot be written, one warning and no more tries. */
class StepOutputs {
    log;
    redactor;
    broken = false;
    constructor(log, redactor) {
        this.log = log;
        this.redactor = redactor;
    }
    /** Sets each output (redacted); never throws. */
    set(values) {
        for (const [name, value] of Object.entries(values)) {
            if (this.broken)
                return;
            try {
                core/* setOutput */.uH(name, this.redactor.text(value));
            }
            catch (err) {
                this.broken = true;
                this.log.warning(this.redactor.text(`repro-gate could not write the step outputs (${reason(err)}); later steps will not see ${name} and the rest. The verdict is unchanged.`));
            }
        }
    }
}
/**
 * Runs one channel until it finishes or `deadline` fires; a failure or the deadline becomes one
 * warning naming the channel. Never throws.
 */
async function deliver(what, work, log, redactor, deadline) {
    try {
        const done = Promise.resolve().then(work);
        await (deadline ? (0,publish_deadline/* beforeDeadline */.OJ)(done, deadline) : done);
    }
    catch (err) {
        const stopped = deadline?.aborted && err === deadline.reason;
        log.warning(redactor.text(stopped
            ? `repro-gate stopped waiting for the ${what}: ${reason(err)}. The verdict is unchanged.`
            : `repro-gate could not write the ${what}: ${reason(err)}. The verdict is unchanged.`));
    }
}
/**
 * Sends the verdict everywhere it goes, each channel on its own: outputs and the job summary
 * first (local files, instant), then the artifact upload and the API calls side by side, all
 * within the deadline. Never throws.
 */
async function publishChannels(report, inputs, redactor, options) {
    const { env, log, outputs, deadline } = options;
    outputs.set(reportOutputs(report, inputs.reportPath));
    await deliver('job summary', () => appendJobSummary(redactor.text((0,markdown.renderMarkdown)(report, { target: 'summary' })), env), log, redactor);
    const upload = options.upload;
    // Once the deadline has said it stopped waiting, a late failure of the abandoned work is not news.
    const inTime = { ...log, warning: (m) => (deadline.aborted ? undefined : log.warning(m)) };
    await Promise.all([
        upload ? deliver('report artifact', upload, log, redactor, deadline) : Promise.resolve(),
        deliver('PR comment and check run', async () => {
            const published = await (0,publish/* publishToGitHub */.Wt)(report, inputs, redactor, {
                env,
                log: inTime,
                tuning: { ...options.tuning, signal: deadline }
            });
            if (published.commentUrl)
                outputs.set({ [constants/* Output */.k7.CommentUrl]: published.commentUrl });
        }, log, redactor, deadline)
    ]);
}

// EXTERNAL MODULE: ./src/artifacts.ts
var artifacts = __webpack_require__(18776);
;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action: read inputs, run the gate (or another mode), then publish the verdict where people
 * look \u2014 step outputs, job summary, PR comment, check \u2014 and fail the step on error or drift.
 */


















const actionInputs = { get: (name) => core/* getInput */.V4(name) };
/**
 * Streams each run's output into a collapsible log group, redacted as a stream (see redact-stream).
 * The experiment's output is untrusted: inside the group the runner's command processing is stopped
 * (`::stop-commands::<token>`) and resumed (`::<token>::`) only after it, with a token drawn fresh
 * for each run that the experiment never sees, so a `::set-output`, `::add-mask::` or `::error`
 * line it prints (or a guessed resume token) is shown as text and does nothing.
 */
function logGroups(redactor) {
    const write = (text) => void process.stdout.write(text);
    let stream = (0,redact_stream/* redactStream */.S)(redactor);
    let token = '';
    // Whether the last text written ended a line: the resume command must start a line of its own.
    let atLineStart = true;
    const echo = (text) => {
        if (text === '')
            return;
        write(text);
        atLineStart = text.endsWith('\n');
    };
    const start = (title) => {
        stream = (0,redact_stream/* redactStream */.S)(redactor);
        token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
        core/* startGroup */.Oh(title);
        write(`::stop-commands::${token}\n`);
        atLineStart = true;
    };
    const end = () => {
        echo(stream.end());
        if (!atLineStart)
            write('\n');
        write(`::${token}::\n`);
        core/* endGroup */.N4();
    };
    return {
        onExtraRunStart: (label) => start(`repro-gate: extra run, ${label}`),
        onExtraRunEnd: (label, record) => {
            end();
            core/* info */.pq(redactor.text((0,render_escape/* oneLine */.TN)(`${label}: ${record.error ?? `exit 0 in ${(record.durationMs / 1000).toFixed(1)} s`}`)));
        },
        onRunStart: (index, total) => start(`repro-gate: run ${index} of ${total}`),
        onOutput: (_index, text) => echo(stream.write(text)),
        onRunEnd: (record) => {
            end();
            const status = record.error ?? `exit 0 in ${(record.durationMs / 1000).toFixed(1)} s`;
            // One line: an error can quote the experiment's files (a metrics parse error), which must not start a command line.
            core/* info */.pq(redactor.text((0,render_escape/* oneLine */.TN)(`run ${record.index}: ${status}`)));
        }
    };
}
/**
 * Cancelling a job sends SIGINT, then SIGTERM 7.5 s later, then kills the tree 2.5 s after that.
 * The first signal ends the current run (its tree gets CANCEL_KILL_GRACE_MS after SIGTERM), moves
 * the publishing deadline to CANCEL_BUDGET_MS and arms a last exit at CANCEL_EXIT_MS, so the
 * report, summary and outputs are written and the gate is gone before SIGTERM. A second signal
 * exits at once.
 */
function cancelOnSignals(deadline) {
    const controller = new AbortController();
    const onSignal = (name) => {
        if (controller.signal.aborted) {
            core/* warning */.$e(`repro-gate: ${name} again; exiting now`);
            exitNow();
        }
        core/* warning */.$e(`repro-gate: ${name} (the job was cancelled): ending the run, then writing the report and publishing for at most ${publish_deadline/* CANCEL_BUDGET_MS */.W3 / 1000} s`);
        controller.abort();
        deadline.within(publish_deadline/* CANCEL_BUDGET_MS */.W3, `the job was cancelled (publishing gets ${publish_deadline/* CANCEL_BUDGET_MS */.W3 / 1000} s after a cancel)`);
        setTimeout(() => {
            core/* warning */.$e('repro-gate: still busy after the cancel; exiting before the runner kills the job');
            exitNow();
        }, publish_deadline/* CANCEL_EXIT_MS */.BQ).unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return controller;
}
/** Exits at once, as failed unless the step already has a failing status (a cancelled gate has failed). */
function exitNow() {
    process.exit(process.exitCode === undefined || process.exitCode === 0 ? 1 : process.exitCode);
}
/** Writes the in-toto statement when the attestation input asks for one; a failure fails the step, not the verdict. */
async function main_attest(report, inputs, redactor, outputs) {
    if (inputs.attestation === 'false')
        return;
    try {
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const result = await (0,attest.attestAndLog)(report, {
            policy: inputs.attestation,
            workspace,
            reportPath: inputs.reportPath,
            redactor,
            env: process.env,
            log: (0,action_log/* actionLog */.Z)((t) => redactor.text(t))
        });
        outputs.set((0,attest/* attestationOutputs */.Nw)(result));
    }
    catch (err) {
        core/* setFailed */.C1(redactor.text(`attestation: could not write the statement: ${(0,errors/* errorMessage */.gJ)(err)}`));
    }
}
/** Fails the step on error, and on drift unless fail-on-drift is false (then drift is a warning). */
function settle(report, inputs, redactor) {
    const message = redactor.text((0,publish/* failureMessage */.oh)(report));
    if (report.verdict === 'error')
        core/* setFailed */.C1(message);
    else if (report.verdict === 'drift') {
        if (inputs.failOnDrift)
            core/* setFailed */.C1(message);
        else
            core/* warning */.$e(`${message} (fail-on-drift is false, so the step passes)`);
    }
    else
        core/* info */.pq(message);
    if (report.baseline?.verdict === 'drift' && inputs.failOnBaselineDrift) {
        core/* setFailed */.C1('metrics moved away from the default-branch baseline (fail-on-baseline-drift is true)');
    }
}
/** The action's entry point. */
async function run() {
    const redactor = (0,redact/* createRedactor */.lY)(process.env);
    const log = (0,action_log/* actionLog */.Z)((t) => redactor.text(t));
    const outputs = new StepOutputs(log, redactor);
    const deadline = new publish_deadline/* Deadline */.B2();
    const controller = cancelOnSignals(deadline);
    let inputs;
    try {
        inputs = (0,inputs_inputs/* readInputs */.Ko)(actionInputs);
        assertEventIsSafe(inputs, process.env);
    }
    catch (err) {
        const message = redactor.text((0,errors/* errorMessage */.gJ)(err));
        outputs.set({ [constants/* Output */.k7.Verdict]: 'error', [constants/* Output */.k7.Reproducible]: 'false' });
        await deliver('job summary', () => appendJobSummary(`## repro-gate: \u26a0\ufe0f error\n\nThe gate did not start: ${message}\n`), log, redactor);
        core/* setFailed */.C1(message);
        return;
    }
    core/* debug */.Yz(`inputs: ${redactor.text(JSON.stringify({ ...inputs, githubToken: inputs.githubToken ? '***' : '' }))}`);
    const budget = `publishing took longer than ${publish_deadline/* PUBLISH_BUDGET_MS */.Be / 1000} s`;
    let report;
    let upload;
    try {
        if (inputs.mode === 'publish') {
            const { runPublishMode } = await Promise.all(/* import() */[__webpack_require__.e(693), __webpack_require__.e(211)]).then(__webpack_require__.bind(__webpack_require__, 60211));
            deadline.within(publish_deadline/* PUBLISH_BUDGET_MS */.Be, budget);
            process.exitCode = await (0,publish_deadline/* beforeDeadline */.OJ)(runPublishMode(inputs, { tuning: { signal: deadline.signal } }), deadline.signal).catch((err) => {
                core/* error */.z3(redactor.text(`repro-gate publish stopped: ${(0,errors/* errorMessage */.gJ)(err)}`));
                return 1;
            });
            // Requests cut off by the deadline must not keep the job alive.
            if (deadline.signal.aborted)
                process.exit(process.exitCode ?? 0);
            return;
        }
        if (inputs.mode === 'compare') {
            const { runCompareMode } = await Promise.all(/* import() */[__webpack_require__.e(693), __webpack_require__.e(765), __webpack_require__.e(214)]).then(__webpack_require__.bind(__webpack_require__, 76214));
            report = await runCompareMode(inputs, process.env);
        }
        else {
            report = await (0,gate/* runGate */.R)(inputs, {
                signal: controller.signal,
                observer: logGroups(redactor),
                log,
                redactor,
                killGraceMs: publish_deadline/* CANCEL_KILL_GRACE_MS */.oT
            });
            upload = reportUpload(inputs);
        }
    }
    catch (err) {
        outputs.set({ [constants/* Output */.k7.Verdict]: 'error', [constants/* Output */.k7.Reproducible]: 'false' });
        // The message for the person, the stack for a bug report (visible with step debug logging).
        if (err instanceof Error && err.stack)
            core/* debug */.Yz(redactor.text(err.stack));
        core/* setFailed */.C1(redactor.text(`repro-gate failed: ${(0,errors/* errorMessage */.gJ)(err)}`));
        return;
    }
    deadline.within(publish_deadline/* PUBLISH_BUDGET_MS */.Be, budget);
    await publishChannels(report, inputs, redactor, { env: process.env, log: (0,action_log/* actionLog */.Z)(), outputs, deadline: deadline.signal, upload });
    if (inputs.mode !== 'compare')
        await main_attest(report, inputs, redactor, outputs);
    settle(report, inputs, redactor);
    // Work cut off by a deadline (a request that never answers) must not keep the job alive.
    if (deadline.signal.aborted || controller.signal.aborted || (0,artifacts/* abandonedServiceCalls */.JR)() > 0)
        process.exit(process.exitCode ?? 0);
}
/** The report's upload as a workflow artifact: the leg's report in record mode, else the full report. */
function reportUpload(inputs) {
    return async () => {
        if (inputs.mode === 'record') {
            const { uploadLegReport } = await __webpack_require__.e(/* import() */ 612).then(__webpack_require__.bind(__webpack_require__, 27612));
            return uploadLegReport(inputs.reportPath, inputs, process.env);
        }
        // For readers of a cut comment, and for the fork pattern's publish workflow.
        const { reportArtifactName, uploadReportArtifact } = await Promise.all(/* import() */[__webpack_require__.e(693), __webpack_require__.e(211)]).then(__webpack_require__.bind(__webpack_require__, 60211));
        return uploadReportArtifact(inputs.reportPath, reportArtifactName(inputs, process.env));
    };
}


/***/ }),

/***/ 38459:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   BQ: () => (/* binding */ CANCEL_EXIT_MS),
/* harmony export */   Be: () => (/* binding */ PUBLISH_BUDGET_MS),
/* harmony export */   OJ: () => (/* binding */ beforeDeadline),
/* harmony export */   W3: () => (/* binding */ CANCEL_BUDGET_MS),
/* harmony export */   j2: () => (/* binding */ REQUEST_TIMEOUT_MS),
/* harmony export */   oT: () => (/* binding */ CANCEL_KILL_GRACE_MS),
/* harmony export */   u9: () => (/* binding */ fetchWithTimeout)
/* harmony export */ });
/* unused harmony export DeadlineError */
/**
 * Time limits for everything after the runs. The gate must always end with its report: an API that
 * accepts the connection and never answers, or a cancelled job, must not keep it alive. Every
 * request has a timeout, publishing as a whole a deadline, and a cancel moves that deadline close.
 */
/** One HTTP request to the GitHub API (a comment page, the check run) gets this long. */
const REQUEST_TIMEOUT_MS = 20_000;
/** Publishing as a whole (artifact upload, comment, check): a late comment is worth less than a finished job. */
const PUBLISH_BUDGET_MS = 90_000;
/**
 * On cancel the runner sends SIGINT, SIGTERM 7.5 s later and kills the tree 2.5 s after that. The
 * gate gives a run this long to end after SIGTERM before SIGKILL, publishes until CANCEL_BUDGET_MS
 * after the signal and exits by CANCEL_EXIT_MS whatever is still pending.
 */
const CANCEL_KILL_GRACE_MS = 2_000;
const CANCEL_BUDGET_MS = 5_500;
const CANCEL_EXIT_MS = 6_500;
/** The reason a deadline gives when it fires. */
class DeadlineError extends Error {
    constructor(message) {
        super(message);
        this.name = 'DeadlineError';
    }
}
/** An AbortSignal that fires at a deadline that can be moved sooner (a cancel), never later. */
class Deadline {
    controller = new AbortController();
    timer = null;
    at = Infinity;
    /** Fires when the deadline passes; its reason is a DeadlineError saying why. */
    get signal() {
        return this.controller.signal;
    }
    /** Moves the deadline to `ms` from now when that is sooner; `why` becomes the reason. */
    within(ms, why) {
        const at = Date.now() + ms;
        if (this.controller.signal.aborted || at >= this.at)
            return;
        this.at = at;
        if (this.timer)
            clearTimeout(this.timer);
        this.timer = setTimeout(() => this.controller.abort(new DeadlineError(why)), Math.max(0, ms));
        // The deadline only cuts work short; it never keeps the process alive on its own.
        this.timer.unref();
    }
}
/**
 * Resolves or rejects with `work`, or rejects with the signal's reason as soon as it aborts. Work
 * that is cut off is left to itself: the caller moves on (and exits) without it.
 */
function beforeDeadline(work, signal) {
    if (signal.aborted) {
        work.catch(() => undefined);
        return Promise.reject(signal.reason);
    }
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        work.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (err) => {
            signal.removeEventListener('abort', onAbort);
            reject(err);
        });
    });
}
/**
 * A `fetch` whose every request ends after `timeoutMs`, or when `deadline` fires, whichever is first.
 * Octokit turns the abort into an error the caller reports as a warning.
 */
function fetchWithTimeout(timeoutMs, deadline) {
    return (input, init = {}) => {
        const signals = [AbortSignal.timeout(timeoutMs)];
        if (init.signal)
            signals.push(init.signal);
        if (deadline)
            signals.push(deadline);
        return globalThis.fetch(input, { ...init, signal: AbortSignal.any(signals) });
    };
}


/***/ }),

/***/ 5445:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* reexport safe */ _report_context_js__WEBPACK_IMPORTED_MODULE_0__.$),
/* harmony export */   K: () => (/* binding */ repoFromEnv),
/* harmony export */   N5: () => (/* reexport safe */ _report_context_js__WEBPACK_IMPORTED_MODULE_0__.N5),
/* harmony export */   vR: () => (/* binding */ pullRequestFromEvent)
/* harmony export */ });
/* unused harmony export PULL_REQUEST_EVENTS */
/* harmony import */ var _report_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70301);
/**
 * What the publishing side reads from the runner: the repository and the pull request of the
 * event (from the payload at GITHUB_EVENT_PATH \u2014 GITHUB_SHA is the merge commit on a PR, not the
 * head the reviewer looks at).
 */


/** Events whose runs belong to a pull request. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** `owner/name` from GITHUB_REPOSITORY, or null outside Actions. */
function repoFromEnv(env) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    return owner && repo && rest.length === 0 ? { owner, repo } : null;
}
/**
 * The pull request this run is for, or null when the event is not a pull request (push,
 * schedule, workflow_dispatch, merge_group, \u2026).
 */
function pullRequestFromEvent(env, payload = (0,_report_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readEventPayload */ .N5)(env)) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    if (!PULL_REQUEST_EVENTS.includes(event))
        return null;
    const number = (0,_report_context_js__WEBPACK_IMPORTED_MODULE_0__/* .payloadField */ .$)(payload, 'pull_request', 'number');
    if (typeof number !== 'number')
        return null;
    const headSha = (0,_report_context_js__WEBPACK_IMPORTED_MODULE_0__/* .payloadField */ .$)(payload, 'pull_request', 'head', 'sha');
    const headRepo = (0,_report_context_js__WEBPACK_IMPORTED_MODULE_0__/* .payloadField */ .$)(payload, 'pull_request', 'head', 'repo', 'full_name');
    const baseRepo = (0,_report_context_js__WEBPACK_IMPORTED_MODULE_0__/* .payloadField */ .$)(payload, 'pull_request', 'base', 'repo', 'full_name');
    return {
        number,
        headSha: typeof headSha === 'string' ? headSha : null,
        fromFork: typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo
    };
}


/***/ }),

/***/ 7255:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oh: () => (/* reexport */ failureMessage),
  p8: () => (/* binding */ publishComment),
  Wt: () => (/* binding */ publishToGitHub)
});

// UNUSED EXPORTS: DRIFT_GONE_NOTE, FORK_REASON, StickyComment, checkConclusion, driftAnnotations, markerFor

// EXTERNAL MODULE: ./src/action-log.ts
var action_log = __webpack_require__(24286);
// EXTERNAL MODULE: ./src/report/markdown.ts + 7 modules
var report_markdown = __webpack_require__(6370);
// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(11068);
// EXTERNAL MODULE: ./src/report/render/document.ts
var render_document = __webpack_require__(96546);
// EXTERNAL MODULE: ./src/report/render/numbers.ts
var numbers = __webpack_require__(31089);
// EXTERNAL MODULE: ./src/metrics/format.ts
var format = __webpack_require__(23914);
// EXTERNAL MODULE: ./src/report/render/escape.ts
var render_escape = __webpack_require__(70752);
;// CONCATENATED MODULE: ./src/publish/annotations.ts



/** Annotations for drifted items, at most; one more says how many were left out. */
const MAX_DRIFT_ANNOTATIONS = 9;
const clean = (text, max = 120) => (0,render_escape/* truncate */.xv)((0,render_escape/* oneLine */.TN)(text), max);
function names(items, max = 5) {
    const shown = (0,render_document/* visibleItems */.B5)(items, max).map((n) => clean(n, 80));
    return items.length > shown.length ? `${shown.join(', ')} and ${items.length - shown.length} more` : shown.join(', ');
}
/**
 * The message for `core.setFailed` (or the success line): what happened and, on drift, which
 * metrics and artifacts drifted.
 */
function failureMessage(report) {
    const runs = Math.max(report.inputs.runs, report.runs.length);
    if (report.verdict === 'reproducible') {
        return `repro-gate: reproducible \u2014 ${runs} runs agree on ${report.metrics.filter((m) => m.status !== 'ignored').length} metrics`;
    }
    if (report.verdict === 'error') {
        const first = report.errors[0];
        const what = first ? clean(first.message, 300) : 'the runs could not be compared';
        // With one more error, say it: "+1 more" would hide what fits in its place.
        const second = report.errors.length === 2 ? report.errors[1] : undefined;
        const more = second ? `; also: ${clean(second.message, 200)}` : report.errors.length > 2 ? ` (+${report.errors.length - 1} more)` : '';
        return `repro-gate: error \u2014 ${what}${more}. See the job summary and the job log.`;
    }
    const metrics = report.drifted.filter((d) => d.kind === 'metric').map((d) => d.name);
    const artifacts = report.drifted.filter((d) => d.kind === 'artifact').map((d) => d.name);
    const factors = report.drifted.filter((d) => d.kind === 'variation').map((d) => d.name);
    const parts = [
        ...(factors.length ? [`sensitivity to ${names(factors)}`] : []),
        ...(metrics.length ? [`${metrics.length} metric${metrics.length === 1 ? '' : 's'} (${names(metrics)})`] : []),
        ...(artifacts.length ? [`${artifacts.length} artifact${artifacts.length === 1 ? '' : 's'} (${names(artifacts)})`] : [])
    ];
    return `repro-gate: drift across ${runs} runs in ${parts.join(' and ') || 'the results'}. See the job summary for values per run.`;
}
/** One annotation per drifted item (capped), in the order of `report.drifted`. */
function driftAnnotations(report) {
    const out = [];
    for (const item of report.drifted.slice(0, MAX_DRIFT_ANNOTATIONS)) {
        if (item.kind === 'metric') {
            const m = report.metrics.find((x) => x.name === item.name);
            const values = m
                ? (0,numbers/* formatRunValues */.z7)(m.values, m.missingIn).map((v, i) => `run ${i + 1}: ${v.kind === 'string' ? JSON.stringify(clean(v.text, 40)) : v.text}`)
                : [];
            const dev = m?.maxAbsDeviation != null ? `; max |\u0394| ${(0,format/* formatDeviation */.v)(m.maxAbsDeviation)}` : '';
            const tol = m?.tolerance ? ` (tolerance atol ${(0,format/* formatDeviation */.v)(m.tolerance.atol)}, rtol ${(0,format/* formatDeviation */.v)(m.tolerance.rtol)})` : '';
            out.push({ title: `repro-gate: metric drifted`, message: `${clean(item.name)} \u2014 ${values.slice(0, 10).join(', ')}${dev}${tol}` });
        }
        else if (item.kind === 'variation') {
            const culprit = report.variations?.culprits.find((c) => c.factor === item.name);
            out.push({
                title: 'repro-gate: sensitive to an environment factor',
                message: clean(culprit?.summary ?? `results change when ${item.name} is varied`, 500)
            });
        }
        else {
            const a = report.artifacts.find((x) => x.path === item.name);
            out.push({
                title: `repro-gate: artifact drifted`,
                message: `${clean(item.name)} \u2014 ${clean(a?.reason ?? 'content differs between runs', 200)}`
            });
        }
    }
    const rest = report.drifted.length - MAX_DRIFT_ANNOTATIONS;
    if (rest > 0) {
        out.push({
            title: 'repro-gate: more drift',
            message: `${rest} more drifted item${rest === 1 ? '' : 's'} not annotated; see the job summary.`
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/publish/check.ts

/** GitHub's limit on a check run's output.summary, in characters. */
const CHECK_SUMMARY_MAX_CHARS = 65_535;
/** Reproducible passes; error fails; drift fails unless fail-on-drift is false (then neutral). */
function checkConclusion(report) {
    // The step fails on baseline drift when asked to; a check that branch protection requires must agree.
    if (report.baseline?.verdict === 'drift' && report.inputs.failOnBaselineDrift)
        return 'failure';
    if (report.verdict === 'reproducible')
        return 'success';
    if (report.verdict === 'drift' && !report.inputs.failOnDrift)
        return 'neutral';
    return 'failure';
}
/** Creates the completed check run; returns its html_url. Throws the API error. */
async function createCheckRun(client, repo, args) {
    const { report, redactor } = args;
    // A byte cap below the character cap: the rendered summary always fits.
    const summary = redactor.text((0,report_markdown.renderMarkdown)(report, { target: 'comment', maxBytes: CHECK_SUMMARY_MAX_CHARS - 35 }));
    const runUrl = report.context.runUrl;
    const { data } = await client.rest.checks.create({
        owner: repo.owner,
        repo: repo.repo,
        name: args.name.slice(0, 200),
        head_sha: args.headSha,
        status: 'completed',
        conclusion: checkConclusion(report),
        completed_at: new Date().toISOString(),
        ...(runUrl && /^https?:\/\//.test(runUrl) ? { details_url: runUrl } : {}),
        output: {
            title: redactor.text((0,report_markdown.verdictTitle)(report)).slice(0, 255),
            summary: summary.slice(0, CHECK_SUMMARY_MAX_CHARS)
        }
    });
    return data.html_url ?? null;
}

// EXTERNAL MODULE: ./src/publish/octokit.ts + 1 modules
var octokit = __webpack_require__(32002);
// EXTERNAL MODULE: ./src/keys.ts
var keys = __webpack_require__(97847);
;// CONCATENATED MODULE: ./src/publish/comment.ts


/** Who the default GITHUB_TOKEN acts as. */
const ACTIONS_BOT = 'github-actions[bot]';
/** GitHub's limit on a comment body, in characters. */
const COMMENT_MAX_CHARS = 65_536;
/** Keys live inside an HTML comment: keep a safe subset so no key can end the comment. */
function sanitizeCommentKey(key) {
    return (0,keys/* sanitizeKey */.P)(key, keys/* KeyRules */.n.commentMarker);
}
/** The hidden first line of every comment repro-gate writes. */
function formatMarker(m) {
    const sha = m.sha.replace(/[^0-9a-fA-F]/g, '').slice(0, 40);
    return `<!-- repro-gate:key=${sanitizeCommentKey(m.key)} run=${m.runId} attempt=${m.attempt} sha=${sha} -->`;
}
const MARKER = /<!-- repro-gate:key=(\S+) run=(\d+) attempt=(\d+) sha=([0-9a-fA-F]*) -->/g;
/** Every marker in a body (a body normally has one). */
function parseMarkers(body) {
    return [...body.matchAll(MARKER)].map((m) => ({
        key: m[1] ?? '',
        runId: Number(m[2]),
        attempt: Number(m[3]),
        sha: m[4] ?? ''
    }));
}
/** True when `a` was written by a later run than `b` (higher run id, or same run and higher attempt). */
function isNewer(a, b) {
    return a.runId !== b.runId ? a.runId > b.runId : a.attempt > b.attempt;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The sticky pull-request comment of one `comment-key`. */
class StickyComment {
    client;
    target;
    key;
    options;
    author;
    constructor(client, target, key, options = {}) {
        this.client = client;
        this.target = target;
        this.key = key;
        this.options = options;
        this.author = options.author?.trim() || null;
    }
    /**
     * The login whose comments we may edit. GET /user answers for personal tokens; the
     * installation token of GitHub Actions gets 403 there and is github-actions[bot].
     */
    async identity() {
        if (this.author)
            return this.author;
        try {
            const { data } = await this.client.rest.users.getAuthenticated();
            this.author = data.login;
        }
        catch (err) {
            const status = (0,octokit/* statusOf */.c2)(err);
            if (status !== 401 && status !== 403 && status !== 404)
                throw err;
            this.author = ACTIONS_BOT;
        }
        return this.author;
    }
    /** Our comments for this key (by our identity, carrying the key's marker), newest marker first. */
    async findAll() {
        const me = (await this.identity()).toLowerCase();
        const key = sanitizeCommentKey(this.key);
        const comments = await this.client.paginate(this.client.rest.issues.listComments, {
            owner: this.target.owner,
            repo: this.target.repo,
            issue_number: this.target.issueNumber,
            per_page: 100
        });
        const ours = [];
        for (const c of comments) {
            if (c.user?.login?.toLowerCase() !== me || !c.body)
                continue;
            const marker = parseMarkers(c.body).find((m) => m.key === key);
            if (marker)
                ours.push({ id: c.id, url: c.html_url, marker });
        }
        // Newest run first; for the same run, the first comment written.
        return ours.sort((a, b) => (isNewer(a.marker, b.marker) ? -1 : isNewer(b.marker, a.marker) ? 1 : a.id - b.id));
    }
    /** Our comment for this key: the one by our identity with the newest marker, or null. */
    async find() {
        return (await this.findAll())[0] ?? null;
    }
    /**
     * Creates or updates the comment. `body` is the Markdown without the marker. A comment written
     * by a newer run is kept; with `createIfMissing` false only an existing comment is updated.
     */
    async upsert(body, marker, { createIfMissing = true } = {}) {
        const full = withMarker(body, marker);
        const existing = await this.find();
        if (existing) {
            if (isNewer(existing.marker, marker))
                return { action: 'kept-newer', id: existing.id, url: existing.url, newer: existing.marker };
            const { data } = await this.client.rest.issues.updateComment({
                owner: this.target.owner,
                repo: this.target.repo,
                comment_id: existing.id,
                body: full
            });
            return { action: 'updated', id: data.id, url: data.html_url };
        }
        if (!createIfMissing)
            return { action: 'none' };
        const created = await this.create(full, marker);
        return created.action === 'created' ? this.settleRace(created) : created;
    }
    /**
     * Two runs that both found no comment both create one. Whoever sees two afterwards keeps the
     * newest run's and deletes the other, so the PR ends with one comment per key. Best effort.
     */
    async settleRace(created) {
        let ours;
        try {
            ours = await this.findAll();
        }
        catch {
            return created;
        }
        const [keep, ...extra] = ours;
        if (!keep || extra.length === 0)
            return created;
        for (const c of extra) {
            await this.client.rest.issues
                .deleteComment({ owner: this.target.owner, repo: this.target.repo, comment_id: c.id })
                .catch(() => undefined);
        }
        return keep.id === created.id ? created : { action: 'kept-newer', id: keep.id, url: keep.url, newer: keep.marker };
    }
    /**
     * POST is not idempotent: a 502 may come after GitHub stored the comment. So the plugin does not
     * retry it; we look for the comment we may have written before trying again.
     */
    async create(full, marker) {
        const attempts = 3;
        for (let i = 1;; i++) {
            try {
                const { data } = await this.client.rest.issues.createComment({
                    owner: this.target.owner,
                    repo: this.target.repo,
                    issue_number: this.target.issueNumber,
                    body: full,
                    request: { retries: 0 }
                });
                return { action: 'created', id: data.id, url: data.html_url };
            }
            catch (err) {
                const status = (0,octokit/* statusOf */.c2)(err);
                const transient = status === null || status >= 500;
                if (!transient || i >= attempts)
                    throw err;
                await sleep((this.options.backoffMs ?? 1000) * i * i);
                const found = await this.find();
                if (found && found.marker.runId === marker.runId && found.marker.attempt === marker.attempt) {
                    return { action: 'created', id: found.id, url: found.url };
                }
                if (found && isNewer(found.marker, marker))
                    return { action: 'kept-newer', id: found.id, url: found.url, newer: found.marker };
            }
        }
    }
}
/** The marker line, then the Markdown, within GitHub's comment limit. */
function withMarker(body, marker) {
    const head = `${formatMarker(marker)}\n`;
    const room = COMMENT_MAX_CHARS - head.length;
    return head + (body.length <= room ? body : body.slice(0, room - 2) + '\n\u2026');
}

// EXTERNAL MODULE: ./src/publish/github-event.ts
var github_event = __webpack_require__(5445);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/publish/index.ts
/**
 * Publishes the verdict where reviewers look: error annotations, the sticky PR comment and the
 * optional check run. Publishing is optional: any failure here becomes one warning and never
 * changes or hides the verdict.
 */












/** The README section a fork's read-only token points to. */
const FORK_REASON = "the token is read-only on pull requests from forks; see README 'Forks'";
/** Collects what failed, to say it once. */
class Failures {
    items = [];
    add(what, err) {
        this.items.push({ what, err });
    }
    /** One sentence naming everything that failed and why, or null. */
    message(pr) {
        if (this.items.length === 0)
            return null;
        const what = this.items.map((i) => i.what).join(' and ');
        const forbidden = this.items.every((i) => (0,octokit/* statusOf */.c2)(i.err) === 403);
        let why;
        if (forbidden && pr?.fromFork)
            why = FORK_REASON;
        else if (forbidden) {
            why = `${(0,octokit/* describeApiError */.gg)(this.items[0]?.err)} \u2014 give the job \`permissions: pull-requests: write\` (comment) and \`checks: write\` (check run), or set ${constants/* Input */.pd.Comment}: never`;
        }
        else
            why = this.items.map((i) => `${i.what}: ${(0,octokit/* describeApiError */.gg)(i.err)}`).join('; ');
        return `repro-gate could not post the ${what}: ${why}. The verdict is unchanged.`;
    }
}
/** The marker a comment from this run carries. */
function markerFor(report, key, env) {
    const runId = Number(report.context.runId ?? env.GITHUB_RUN_ID ?? 0);
    const attempt = Number(report.context.runAttempt ?? env.GITHUB_RUN_ATTEMPT ?? 1);
    return {
        key,
        runId: Number.isSafeInteger(runId) ? runId : 0,
        attempt: Number.isSafeInteger(attempt) && attempt > 0 ? attempt : 1,
        sha: report.context.headSha ?? report.context.sha ?? ''
    };
}
/** The note on top of an on-drift comment once the drift is gone. */
const DRIFT_GONE_NOTE = '> [!NOTE]\n> The drift reported earlier in this pull request is gone: this run is reproducible.';
/**
 * Posts or updates the sticky comment according to the `comment` policy. Returns the comment URL,
 * or null when none was written. Throws the API error.
 */
async function publishComment(args, log) {
    const { report, inputs } = args;
    if (inputs.comment === 'never')
        return null;
    const sticky = new StickyComment(args.client, { ...args.repo, issueNumber: args.pullRequest }, inputs.commentKey, {
        author: inputs.commentAuthor,
        backoffMs: args.backoffMs
    });
    const onDrift = inputs.comment === 'on-drift';
    const quiet = onDrift && report.verdict === 'reproducible';
    const markdown = (0,report_markdown.renderMarkdown)(report, { target: 'comment' });
    const body = args.redactor.text(quiet ? `${DRIFT_GONE_NOTE}\n\n${markdown}` : markdown);
    const outcome = await sticky.upsert(body, markerFor(report, inputs.commentKey, args.env), { createIfMissing: !quiet });
    switch (outcome.action) {
        case 'none':
            log.info(`repro-gate: reproducible and ${constants/* Input */.pd.Comment} is on-drift, so no comment`);
            return null;
        case 'kept-newer':
            log.info(`repro-gate: the comment was written by a newer run (${outcome.newer.runId}, attempt ${outcome.newer.attempt}); left as it is`);
            return outcome.url;
        default:
            log.info(`repro-gate: ${outcome.action} the PR comment ${outcome.url}`);
            return outcome.url;
    }
}
/**
 * Publishes the verdict where reviewers look: the sticky PR comment, the optional check run and
 * error annotations. Never throws: a failure to publish must not change or hide the verdict.
 */
async function publishToGitHub(report, inputs, redactor, options = {}) {
    const env = options.env ?? process.env;
    const log = options.log ?? (0,action_log/* actionLog */.Z)();
    const result = { commentUrl: null, checkRunUrl: null, warnings: [] };
    try {
        const safe = redactor.deep(report);
        // Annotations are a channel of their own: a failure there must not cost the comment.
        try {
            for (const a of driftAnnotations(safe))
                log.annotate(redactor.text(a.message), redactor.text(a.title));
        }
        catch (err) {
            const message = redactor.text(`repro-gate could not write the annotations: ${(0,errors/* errorMessage */.gJ)(err)}. The verdict is unchanged.`);
            log.warning(message);
            result.warnings.push(message);
        }
        const repo = (0,github_event/* repoFromEnv */.K)(env);
        const payload = (0,github_event/* readEventPayload */.N5)(env);
        const pr = (0,github_event/* pullRequestFromEvent */.vR)(env, payload);
        const wantsComment = inputs.comment !== 'never' && pr !== null;
        const wantsCheck = inputs.checkName !== null;
        if (!repo || (!wantsComment && !wantsCheck))
            return result;
        if (!inputs.githubToken) {
            log.info(`repro-gate: no ${constants/* Input */.pd.GithubToken}, so no PR comment or check run`);
            return result;
        }
        const client = options.client ?? (0,octokit/* createGitHubClient */.LX)(inputs.githubToken, env, options.tuning);
        const failures = new Failures();
        if (wantsComment && pr) {
            try {
                result.commentUrl = await publishComment({ client, repo, pullRequest: pr.number, report: safe, inputs, redactor, env, backoffMs: options.tuning?.retryAfterBaseValue }, log);
            }
            catch (err) {
                failures.add('PR comment', err);
            }
        }
        if (wantsCheck && inputs.checkName) {
            const headSha = pr?.headSha ?? safe.context.headSha ?? env.GITHUB_SHA ?? safe.context.sha;
            if (headSha) {
                try {
                    result.checkRunUrl = await createCheckRun(client, repo, { name: inputs.checkName, headSha, report: safe, redactor });
                }
                catch (err) {
                    failures.add(`check run "${inputs.checkName}"`, err);
                }
            }
        }
        const message = failures.message(pr);
        if (message) {
            log.warning(redactor.text(message));
            result.warnings.push(redactor.text(message));
        }
    }
    catch (err) {
        const message = redactor.text(`repro-gate could not publish the verdict: ${(0,errors/* errorMessage */.gJ)(err)}`);
        log.warning(message);
        result.warnings.push(message);
    }
    return result;
}


/***/ }),

/***/ 32002:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tj: () => (/* binding */ apiBaseUrl),
  LX: () => (/* binding */ createGitHubClient),
  gg: () => (/* binding */ describeApiError),
  c2: () => (/* binding */ statusOf)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/publish/deadline.ts
var deadline = __webpack_require__(38459);
;// CONCATENATED MODULE: ./src/publish/octokit.ts
/**
 * The one Octokit the reviewer's view uses, composed once with the retry and throttling plugins:
 * transient 5xx answers and rate limits are retried with backoff, so a blip of the API does not
 * turn into a missing comment.
 */





/** The API root: GITHUB_API_URL (GHES sets its own), else api.github.com. */
function apiBaseUrl(env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/**
 * The plugin's write and notification queues (`throttle.write`, `throttle.notifications`: Bottleneck
 * groups keyed by `id`, where each write first schedules a no-op) without their spacing: each write
 * starts at once. Only the `key(id).schedule(options, job)` the plugin calls is there.
 */
const UNSPACED = {
    key: () => ({ schedule: (_options, job) => Promise.resolve().then(job) })
};
/** Rate limits retried at most this many times, waiting at most this long per wait. */
const MAX_LIMIT_RETRIES = 2;
const MAX_LIMIT_WAIT_S = 60;
/**
 * Builds the client. Rate limits (primary and secondary) are waited out twice when the wait is
 * at most a minute; longer waits give up, because a late comment is worth less than a finished job.
 * Every request ends after `requestTimeoutMs` or when `signal` fires: an API that accepts the
 * connection and never answers cannot hold the gate.
 */
function createGitHubClient(token, env = process.env, tuning = {}) {
    const onLimit = (retryAfter, _options, _octokit, retryCount) => retryCount < MAX_LIMIT_RETRIES && retryAfter <= MAX_LIMIT_WAIT_S;
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiBaseUrl(env),
        retry: { retryAfterBaseValue: tuning.retryAfterBaseValue ?? 1000, retries: tuning.retries ?? 3 },
        throttle: {
            id: tuning.throttleId ?? 'repro-gate',
            retryAfterBaseValue: tuning.rateLimitBaseValue ?? 1000,
            fallbackSecondaryRateRetryAfter: 30,
            onRateLimit: onLimit,
            onSecondaryRateLimit: onLimit,
            ...(tuning.spaceWrites === false ? { write: UNSPACED, notifications: UNSPACED } : {})
        },
        request: { fetch: (0,deadline/* fetchWithTimeout */.u9)(tuning.requestTimeoutMs ?? deadline/* REQUEST_TIMEOUT_MS */.j2, tuning.signal) },
        // Octokit logs every failed request as a warning; the caller turns failures into one warning.
        log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }
    }, dist_bundle/* retry */.L, throttling);
}
/** The HTTP status of an Octokit error, or null for a network failure. */
function statusOf(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : null;
}
/** A short reason for a failed API call: the status and GitHub's message, or that no answer came. */
function describeApiError(err) {
    // Octokit reports a request it could not finish (timeout, deadline, network) as a status 500.
    const cause = err?.cause;
    const name = cause instanceof Error || (typeof cause === 'object' && cause !== null) ? cause.name : undefined;
    if (name === 'TimeoutError')
        return 'no answer from the GitHub API before the request timeout';
    if (name === 'DeadlineError')
        return cause.message;
    const status = statusOf(err);
    const message = (0,errors/* errorMessage */.gJ)(err);
    return status === null ? message : `HTTP ${status}: ${message}`;
}


/***/ })

};
