export const id = 404;
export const ids = [404,801];
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

/***/ 20404:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baselineStage: () => (/* binding */ baselineStage)
});

// UNUSED EXPORTS: ActionsCacheStore, HISTORY_PATH, MemoryBaselineStore, baselineCacheKey, baselineKeyPrefix, compareWithBaseline, isDefaultBranchPush, mergeHistories, recordReport

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/report/context.ts
var context = __webpack_require__(70301);
// EXTERNAL MODULE: ./src/keys.ts
var keys = __webpack_require__(97847);
// EXTERNAL MODULE: ./src/action-log.ts
var action_log = __webpack_require__(24286);
// EXTERNAL MODULE: ./src/compare/reports.ts
var reports = __webpack_require__(56952);
// EXTERNAL MODULE: ./src/compare/envdiff.ts
var envdiff = __webpack_require__(3251);
// EXTERNAL MODULE: ./src/inputs/patterns.ts
var patterns = __webpack_require__(79170);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/baseline/types.ts
const HISTORY_VERSION = 1;
/** Entries kept per metric (and runs kept), newest last. */
const HISTORY_LIMIT = 30;
/**
 * Metrics tracked per history. A flattened curve is one metric per point; 1,000 metrics \u00d7 30
 * entries keeps the cached file to a few MB. Metrics past the cap (by name order) are not tracked.
 */
const HISTORY_MAX_METRICS = 1000;

;// CONCATENATED MODULE: ./src/baseline/history.ts




/** An empty history for a baseline key. */
function emptyHistory(key, now = new Date().toISOString()) {
    return { version: HISTORY_VERSION, key, updatedAt: now, runs: [], metrics: {}, latest: null };
}
/** The commit a report stands for: the PR head when there is one (GITHUB_SHA is a merge commit there). */
function reportCommit(report) {
    return report.context.headSha ?? report.context.sha ?? null;
}
/** The report's environment fingerprint, or null when the environment was not captured. */
function reportFingerprint(report) {
    return report.environment?.fingerprint || null;
}
const chronological = (a, b) => a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.commit < b.commit ? -1 : a.commit > b.commit ? 1 : 0;
/** Union by commit (the newer entry of a commit wins), oldest first, the newest `limit` kept. */
function mergeByCommit(a, b, limit) {
    const byCommit = new Map();
    for (const item of [...a, ...b]) {
        const seen = byCommit.get(item.commit);
        if (!seen || chronological(seen, item) < 0)
            byCommit.set(item.commit, item);
    }
    return [...byCommit.values()].sort(chronological).slice(-limit);
}
/**
 * Merges two histories of the same key: runs and each metric's entries by commit, bounded to the
 * newest HISTORY_LIMIT; `latest` is the newer of the two. Commutative, so the order of two
 * concurrent saves does not matter.
 */
function mergeHistories(a, b, limit = HISTORY_LIMIT) {
    const metrics = {};
    const names = [...new Set([...Object.keys(a.metrics), ...Object.keys(b.metrics)])].sort().slice(0, HISTORY_MAX_METRICS);
    for (const name of names)
        metrics[name] = mergeByCommit(a.metrics[name] ?? [], b.metrics[name] ?? [], limit);
    const latest = a.latest && b.latest ? (chronological(a.latest, b.latest) >= 0 ? a.latest : b.latest) : (a.latest ?? b.latest);
    return {
        version: HISTORY_VERSION,
        key: a.key || b.key,
        updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
        runs: mergeByCommit(a.runs, b.runs, limit),
        metrics,
        latest
    };
}
/**
 * Adds one default-branch report (metrics matching `ignore` are not kept: they are never compared).
 * Every report counts as a run (for the reproducible share);
 * only a reproducible one contributes metric values and becomes the provenance later drift is
 * explained against, so a run that drifted never becomes the baseline.
 */
function recordReport(history, report, key, now = new Date().toISOString(), ignore = []) {
    const commit = reportCommit(report);
    if (commit === null)
        return history ?? emptyHistory(key, now);
    const fingerprint = reportFingerprint(report);
    const run = {
        commit,
        createdAt: report.createdAt,
        reproducible: report.reproducible,
        fingerprint,
        runUrl: report.context.runUrl
    };
    const own = emptyHistory(key, now);
    own.runs = [run];
    if (report.reproducible) {
        const values = (0,reports/* reportMetricValues */.jn)(report);
        const tracked = [...values.keys()].filter((name) => !(0,patterns/* matchesAny */._)(name, ignore)).sort();
        for (const name of tracked.slice(0, HISTORY_MAX_METRICS)) {
            own.metrics[name] = [{ commit, createdAt: report.createdAt, value: values.get(name), fingerprint }];
        }
        own.latest = {
            commit,
            createdAt: report.createdAt,
            environment: report.environment,
            lockfiles: report.lockfiles,
            seeds: report.seeds,
            context: { sha: report.context.sha, headSha: report.context.headSha, ref: report.context.ref, runUrl: report.context.runUrl }
        };
    }
    return mergeHistories(history ?? emptyHistory(key, now), own);
}
/** Structural check of a history of the current version (HISTORY_VERSION). */
function isBaselineHistory(value) {
    if (value === null || typeof value !== 'object')
        return false;
    const h = value;
    return (h.version === HISTORY_VERSION &&
        typeof h.key === 'string' &&
        Array.isArray(h.runs) &&
        h.runs.every((r) => typeof r?.commit === 'string' && typeof r.createdAt === 'string') &&
        h.metrics !== null &&
        typeof h.metrics === 'object' &&
        Object.values(h.metrics).every((list) => Array.isArray(list) && list.every((e) => typeof e?.commit === 'string' && typeof e.createdAt === 'string')));
}
/**
 * A reader for every history version this repro-gate knows, each giving the current shape (or
 * undefined when the document is not one). A new version keeps the readers of the old ones: the
 * default branch's cache was written by the previous release, and must still read after an upgrade.
 */
const HISTORY_READERS = {
    1: (doc) => (isBaselineHistory(doc) ? doc : undefined)
};
/** History versions this repro-gate reads. */
const READABLE_HISTORY_VERSIONS = Object.keys(HISTORY_READERS).map(Number);
/**
 * A history read back from the cache, in the current shape, or why it cannot be: a version it
 * does not know is named (a higher one as written by a newer repro-gate, to upgrade), and a
 * document of a known version that does not hold together is called malformed.
 */
function readBaselineHistory(value) {
    const version = value?.version;
    if (value === null || typeof value !== 'object' || typeof version !== 'number') {
        return { problem: 'not a repro-gate baseline history (no version)', newer: false };
    }
    const reader = HISTORY_READERS[version];
    if (reader === undefined) {
        return {
            problem: (0,errors/* unreadableVersion */.EG)('history version', version, READABLE_HISTORY_VERSIONS),
            newer: version > Math.max(...READABLE_HISTORY_VERSIONS)
        };
    }
    return reader(value) ?? { problem: `malformed (history version ${version})`, newer: false };
}

;// CONCATENATED MODULE: ./src/baseline/compare.ts



/**
 * Metrics of this run the history does not track (new since, or ignored) that the section lists;
 * the rest are counted (the history tracks HISTORY_MAX_METRICS, a run may have a million).
 */
const MAX_UNTRACKED_LISTED = 100;
/** A section with nothing compared, e.g. on a cache miss. */
function emptySection(key, report, warnings = []) {
    return {
        key,
        compared: false,
        saved: false,
        baselineCommit: null,
        baselineCreatedAt: null,
        baselineFingerprint: null,
        currentFingerprint: reportFingerprint(report),
        fingerprintChanged: false,
        metrics: [],
        reproducibleShare: null,
        defaultBranchRuns: 0,
        verdict: 'none',
        changes: [],
        warnings
    };
}
/**
 * Compares a report with the newest default-branch value of each metric. The report's own commit
 * is left out of the history (a re-run on the default branch compares with the commit before it,
 * not with itself). Pure.
 */
function compareWithBaseline(report, history, options) {
    const section = emptySection(history.key, report);
    const own = reportCommit(report);
    const runs = history.runs.filter((r) => r.commit !== own);
    section.defaultBranchRuns = runs.length;
    section.reproducibleShare = runs.length === 0 ? null : runs.filter((r) => r.reproducible).length / runs.length;
    const reference = new Map();
    const entries = new Map();
    for (const [name, list] of Object.entries(history.metrics)) {
        const kept = list.filter((e) => e.commit !== own);
        if (kept.length === 0)
            continue;
        entries.set(name, kept);
        reference.set(name, kept[kept.length - 1].value);
    }
    if (reference.size === 0) {
        section.warnings.push('the baseline history has no values from another default-branch commit yet');
        return section;
    }
    const latest = history.latest && history.latest.commit !== own ? history.latest : null;
    const newest = [...entries.values()].map((l) => l[l.length - 1]).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0];
    section.compared = true;
    section.baselineCommit = latest?.commit ?? newest.commit;
    section.baselineCreatedAt = latest?.createdAt ?? newest.createdAt;
    section.baselineFingerprint = (latest?.environment?.fingerprint || null) ?? newest.fingerprint;
    section.fingerprintChanged =
        section.baselineFingerprint !== null &&
            section.currentFingerprint !== null &&
            section.baselineFingerprint !== section.currentFingerprint;
    const deltas = (0,reports/* compareMetricSets */.Ri)(reference, (0,reports/* reportMetricValues */.jn)(report), options);
    let untracked = 0;
    const listed = deltas.filter((d) => reference.has(d.name) || ++untracked <= MAX_UNTRACKED_LISTED);
    if (untracked > MAX_UNTRACKED_LISTED)
        section.untrackedNotListed = untracked - MAX_UNTRACKED_LISTED;
    section.metrics = listed.map((d) => {
        const list = entries.get(d.name) ?? [];
        return {
            name: d.name,
            status: d.status,
            reference: d.reference,
            current: d.candidate,
            tolerance: d.tolerance,
            toleranceRule: d.toleranceRule,
            absDeviation: d.absDeviation,
            relDeviation: d.relDeviation,
            reason: d.reason,
            referenceCommit: list.length ? list[list.length - 1].commit : null,
            trend: list.map((e) => e.value)
        };
    });
    const drift = (0,reports/* hasDrift */.uL)(deltas);
    section.verdict = drift ? 'drift' : 'match';
    if (drift || section.fingerprintChanged) {
        if (latest)
            section.changes = (0,envdiff/* diffEnvironments */.e)(latest, report);
        else
            section.warnings.push('the baseline has no recorded environment to explain the difference with');
    }
    return section;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/artifacts.ts
var artifacts = __webpack_require__(18776);
;// CONCATENATED MODULE: ./src/baseline/store.ts
/**
 * Where baseline histories live. The Actions cache is immutable per key and restores by key prefix
 * (newest first), so each save goes under a new key (one per commit) and a restore by prefix gets
 * the newest. `@actions/cache` is large, so it is imported only when a baseline is really used.
 */




/**
 * The one path saved and restored, relative to a scratch folder of the gate's (see inScratch). The
 * cache version hashes the path strings, so save and restore must name exactly this relative path;
 * an absolute one would differ between runner images and never be found again.
 */
const HISTORY_PATH = '.repro-gate/baseline/history.json';
/** Thrown when the cache service is not there (a local run, GHES without cache, no service URL). */
class CacheUnavailableError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CacheUnavailableError';
    }
}
/**
 * Thrown when the cached history was restored but cannot be used. The next default-branch push
 * replaces it, unless a newer repro-gate wrote it (`newer`): that history is kept for the newer one.
 */
class CachedHistoryError extends Error {
    newer;
    constructor(message, newer = false) {
        super(message);
        this.newer = newer;
        this.name = 'CachedHistoryError';
    }
}
/** Thrown when a save did not store anything (the key exists: a re-run; another job reserved it; cache-mode). */
class CacheNotSavedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CacheNotSavedError';
    }
}
/**
 * Thrown when the runner's ACTIONS_CACHE_MODE does not allow the operation. `@actions/cache` then
 * skips it silently (a restore looks like a miss, a save like a conflict), so the gate asks first.
 */
class CacheModeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CacheModeError';
    }
}
/**
 * The ACTIONS_CACHE_MODE lattice of `@actions/cache` 6: `read` and `write` may read, `write` and
 * `write-only` may write, `none` neither; unset or any other value (`read-only` included) allows both.
 * Returns the mode when it forbids `op`, else null.
 */
function cacheModeForbids(op, env = process.env) {
    const mode = (env.ACTIONS_CACHE_MODE || '').trim().toLowerCase();
    if (!['none', 'read', 'write', 'write-only'].includes(mode))
        return null;
    const allowed = op === 'read' ? mode === 'read' || mode === 'write' : mode === 'write' || mode === 'write-only';
    return allowed ? null : mode;
}
/** Which cache protocol `@actions/cache` speaks here: v1 on GHES whatever is set, else v2 when ACTIONS_CACHE_SERVICE_V2 is set. */
function cacheServiceVersion(env = process.env) {
    return !(0,artifacts/* isGhes */.aT)(env) && env.ACTIONS_CACHE_SERVICE_V2 ? 'v2' : 'v1';
}
/** In memory, prefix-matched like the Actions cache (newest save wins); keys are immutable. */
class MemoryBaselineStore {
    entries = [];
    async restore(keyPrefix) {
        const hit = [...this.entries].reverse().find((e) => e.key.startsWith(keyPrefix));
        return hit ? JSON.parse(JSON.stringify(hit.history)) : null;
    }
    async save(key, history) {
        if (this.entries.some((e) => e.key === key))
            throw new CacheNotSavedError(`cache key ${key} already exists`);
        this.entries.push({ key, history: JSON.parse(JSON.stringify(history)) });
    }
}
/**
 * `@actions/cache` resolves the paths it is given against the current directory and writes tar
 * entries relative to GITHUB_WORKSPACE. Both are pointed at a folder of our own for the call, so the
 * fixed HISTORY_PATH (the cache version hashes that string) lands there and never in the user's
 * checkout: a `.repro-gate/baseline/history.json` of the user's is neither read, overwritten nor
 * deleted. The folder is created here and removed afterwards; nothing else is removed.
 */
async function inScratch(root, work) {
    await external_node_fs_.promises.mkdir(root, { recursive: true });
    const dir = await external_node_fs_.promises.mkdtemp(external_node_path_.join(root, 'repro-gate-baseline-'));
    const before = { cwd: process.cwd(), workspace: process.env.GITHUB_WORKSPACE, temp: process.env.RUNNER_TEMP };
    // The client's archive goes to a folder under RUNNER_TEMP: ours, so a cut download or upload
    // leaves nothing behind, and a call abandoned at its deadline finds its archive gone and stops.
    const temp = external_node_path_.join(dir, '.archive');
    await external_node_fs_.promises.mkdir(temp);
    process.chdir(dir);
    process.env.GITHUB_WORKSPACE = dir;
    process.env.RUNNER_TEMP = temp;
    try {
        return await work(dir);
    }
    finally {
        process.chdir(before.cwd);
        if (before.workspace === undefined)
            delete process.env.GITHUB_WORKSPACE;
        else
            process.env.GITHUB_WORKSPACE = before.workspace;
        if (before.temp === undefined)
            delete process.env.RUNNER_TEMP;
        else
            process.env.RUNNER_TEMP = before.temp;
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    }
}
/**
 * The GitHub Actions cache through `@actions/cache`: cache service v2 (twirp calls to
 * ACTIONS_RESULTS_URL, the bytes in Azure Blob Storage through signed URLs) on github.com and
 * GHE.com, v1 (ACTIONS_CACHE_URL) on GitHub Enterprise Server. Each call has the per-call deadline
 * of clientCall; after one call passed it, the service is taken as down for the rest of the job.
 */
class ActionsCacheStore {
    scratchRoot;
    env;
    down = null;
    /** `scratchRoot`: where the gate's own temporary folders go (RUNNER_TEMP in a workflow). */
    constructor(scratchRoot, env = process.env) {
        this.scratchRoot = scratchRoot;
        this.env = env;
    }
    /** False outside Actions or on GHES without a cache service (no ACTIONS_CACHE_URL / ACTIONS_RESULTS_URL). */
    async available() {
        // The library's own test, made first without loading the library (half the bundle) just to hear no.
        const serviceUrl = cacheServiceVersion(this.env) === 'v2' ? this.env.ACTIONS_RESULTS_URL : this.env.ACTIONS_CACHE_URL || this.env.ACTIONS_RESULTS_URL;
        if (!serviceUrl)
            return false;
        const cache = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        return cache.isFeatureAvailable();
    }
    async call(what, work) {
        if (this.down)
            throw this.down;
        try {
            return await (0,artifacts/* clientCall */.w)(what, work, this.env);
        }
        catch (err) {
            if (err instanceof artifacts/* ServiceTimeoutError */.Zh)
                this.down = err;
            throw err;
        }
    }
    async restore(keyPrefix) {
        const mode = cacheModeForbids('read', this.env);
        if (mode)
            throw new CacheModeError(`the runner's ACTIONS_CACHE_MODE is "${mode}", which does not allow reading the cache`);
        const cache = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        if (!cache.isFeatureAvailable())
            throw new CacheUnavailableError(unavailableReason());
        return inScratch(this.scratchRoot, async (dir) => {
            const file = external_node_path_.join(dir, HISTORY_PATH);
            // The primary key is the prefix too: the newest entry under it is the one wanted.
            const { value: hit, problems } = await this.call('restoring the baseline from the cache', () => cache.restoreCache([HISTORY_PATH], keyPrefix, [keyPrefix]));
            // The client reports a failed restore only in its own warning, then answers like a miss.
            if (hit === undefined && problems.length > 0)
                throw new Error(problems.join('; '));
            if (hit === undefined)
                return null;
            let parsed;
            try {
                parsed = JSON.parse(await external_node_fs_.promises.readFile(file, 'utf8'));
            }
            catch (err) {
                throw new CachedHistoryError(`the cached baseline under ${hit} could not be read (${err.message}); it is ignored`);
            }
            const read = readBaselineHistory(parsed);
            if ('problem' in read) {
                throw new CachedHistoryError(read.newer
                    ? `the cached baseline under ${hit}: ${read.problem}; it is left as it is`
                    : `the cached baseline under ${hit}: ${read.problem}; it is ignored and replaced on the next default-branch push`, read.newer);
            }
            return read;
        });
    }
    async save(key, history) {
        const mode = cacheModeForbids('write', this.env);
        if (mode)
            throw new CacheModeError(`the runner's ACTIONS_CACHE_MODE is "${mode}", which does not allow writing the cache`);
        const cache = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        if (!cache.isFeatureAvailable())
            throw new CacheUnavailableError(unavailableReason());
        await inScratch(this.scratchRoot, async (dir) => {
            const file = external_node_path_.join(dir, HISTORY_PATH);
            await external_node_fs_.promises.mkdir(external_node_path_.dirname(file), { recursive: true });
            await external_node_fs_.promises.writeFile(file, JSON.stringify(history));
            let id;
            let problems;
            try {
                ;
                ({ value: id, problems } = await this.call('saving the baseline to the cache', () => cache.saveCache([HISTORY_PATH], key)));
            }
            catch (err) {
                // ReserveCacheError: the key exists (a re-run of this commit) or another job is saving it.
                if (err.name === 'ReserveCacheError' || /already exists/i.test(err.message)) {
                    throw new CacheNotSavedError(`cache key ${key} already exists or is being saved by another job`);
                }
                throw err;
            }
            // saveCache logs and swallows reservation conflicts (as info) and service errors (as its own
            // warning or error), returning -1 for both.
            if (id === -1 && problems.length > 0)
                throw new Error(problems.join('; '));
            if (id === -1)
                throw new CacheNotSavedError(`the cache did not store ${key} (it may already exist from a re-run, or see the cache messages above)`);
        });
    }
}
/** Why the cache cannot be used here, naming the variable the cache library looks for. */
function unavailableReason(env = process.env) {
    return cacheServiceVersion(env) === 'v2'
        ? 'the GitHub Actions cache service is not available here (ACTIONS_RESULTS_URL is not set: a local run, or GitHub Enterprise Server without the cache)'
        : 'the GitHub Actions cache service is not available here (ACTIONS_CACHE_URL is not set: a local run, or GitHub Enterprise Server without the cache)';
}

;// CONCATENATED MODULE: ./src/baseline/index.ts
/**
 * The baseline stage: compare with the default branch over time. On a pull request (or any event
 * but a default-branch push) the newest default-branch history is restored and compared; on a push
 * to the default branch the report is also merged into the history and saved under a new key.
 * The cache is optional: every problem with it is a notice or a warning, never a failure.
 */














const MAX_KEY = 512;
/**
 * `repro-gate-baseline-<key>--`. Cache keys are matched as string prefixes, so a single `-` would let
 * `\u2026-train-` match `\u2026-train-large-<sha>`; the key is sanitised to hold no `--` and not to end in
 * `-`, which makes `--` an unambiguous delimiter.
 */
function baselineKeyPrefix(baselineKey) {
    return `repro-gate-baseline-${(0,keys/* sanitizeKey */.P)(baselineKey, keys/* KeyRules */.n.cacheKey)}--`;
}
/** The cache key for one commit's history. */
function baselineCacheKey(baselineKey, commit) {
    return `${baselineKeyPrefix(baselineKey)}${(0,keys/* sanitizeKey */.P)(commit, keys/* KeyRules */.n.cacheCommit)}`.slice(0, MAX_KEY);
}
/** True on a push to the repository's default branch (from the event payload). */
function isDefaultBranchPush(env, payload = (0,context/* readEventPayload */.N5)(env)) {
    if (env.GITHUB_EVENT_NAME !== 'push')
        return false;
    const repository = payload.repository;
    const branch = repository?.default_branch;
    return typeof branch === 'string' && branch !== '' && env.GITHUB_REF === `refs/heads/${branch}`;
}
/**
 * On a pull request: restores the base branch's newest baseline and compares the report with it.
 * On a push to the default branch: also saves a report as part of the new baseline (values only
 * from a reproducible report). Never throws: a missing cache service is a warning. Returns
 * undefined outside GitHub Actions (a local run has no default-branch history to compare with).
 */
async function baselineStage(report, inputs, env, deps = {}) {
    if (!inputs.baseline || (env.GITHUB_ACTIONS !== 'true' && !deps.store))
        return undefined;
    const log = deps.log ?? (0,action_log/* actionLog */.Z)();
    const warnings = [];
    const said = new Set();
    const note = (level, message) => {
        if (said.has(message))
            return;
        said.add(message);
        warnings.push(message);
        log[level](`baseline: ${message}`);
    };
    try {
        return await stage(report, inputs, env, deps.store, note, warnings);
    }
    catch (err) {
        // A history from a future version, a bug: the baseline is optional, so it is a warning.
        note('warning', `skipped (${(0,errors/* errorMessage */.gJ)(err)})`);
        return emptySection(inputs.baselineKey, report, warnings);
    }
}
async function stage(report, inputs, env, given, note, warnings) {
    const prefix = baselineKeyPrefix(inputs.baselineKey);
    const commit = reportCommit(report);
    // The cache client reads process.env, so the store does too.
    const store = given ?? new ActionsCacheStore(env.RUNNER_TEMP || external_node_os_.tmpdir());
    if (store instanceof ActionsCacheStore && !(await store.available().catch(() => false))) {
        note('warning', `${unavailableReason()}; the default-branch baseline was not compared or saved`);
        return emptySection(inputs.baselineKey, report, warnings);
    }
    let history = null;
    let unread = null;
    try {
        history = await store.restore(prefix);
    }
    catch (err) {
        // A history that came back unusable is replaced; one that did not come back, or that a newer
        // repro-gate wrote, is kept.
        if (err instanceof CachedHistoryError && err.newer)
            unread = 'the cached baseline was written by a newer repro-gate';
        else if (!(err instanceof CachedHistoryError))
            unread = err instanceof CacheModeError ? err.message : 'the baseline could not be restored';
        if (err instanceof CacheModeError)
            note('notice', `not restored: ${err.message}`);
        else
            note('warning', `could not restore the baseline (${(0,errors/* errorMessage */.gJ)(err)}); continuing without it`);
    }
    const options = { tolerance: inputs.baselineTolerance, tolerances: inputs.tolerances, ignore: inputs.ignore };
    const section = history ? compareWithBaseline(report, history, options) : emptySection(inputs.baselineKey, report);
    section.warnings.forEach((w) => note('notice', w));
    if (!history && warnings.length === 0) {
        note('notice', `no default-branch baseline for key "${inputs.baselineKey}" yet (none saved, or evicted after 7 days unused); it is saved by the next reproducible push to the default branch`);
    }
    if (isDefaultBranchPush(env) && commit !== null && report.verdict !== 'error' && unread !== null) {
        // Saving without the history read first would make this run alone the newest baseline.
        note('notice', `not saved: ${unread}, and a save without it would replace the baseline's history with this run alone`);
    }
    else if (isDefaultBranchPush(env) && commit !== null && report.verdict !== 'error') {
        await saveBaseline(store, history, report, inputs, prefix, commit, section, note);
    }
    section.warnings = warnings;
    return section;
}
async function saveBaseline(store, restored, report, inputs, prefix, commit, section, note) {
    if (restored?.runs.some((r) => r.commit === commit)) {
        note('notice', `the baseline already holds commit ${commit.slice(0, 12)} (a re-run); cache keys are immutable, so the saved one stays`);
        return;
    }
    // Restore once more just before saving: a concurrent push may have saved since; merging by
    // commit keeps its entries as well as ours.
    let fresh = null;
    try {
        fresh = await store.restore(prefix);
    }
    catch (err) {
        // A newer repro-gate saved since: its history is not ours to replace.
        if (err instanceof CachedHistoryError && err.newer) {
            note('notice', `not saved: ${err.message}`);
            return;
        }
        fresh = null;
    }
    const base = restored && fresh ? mergeHistories(restored, fresh) : (fresh ?? restored);
    const history = recordReport(base, report, inputs.baselineKey, undefined, inputs.ignore);
    const tracked = [...(0,reports/* reportMetricValues */.jn)(report).keys()].filter((n) => !(0,patterns/* matchesAny */._)(n, inputs.ignore)).length;
    if (report.reproducible && tracked > HISTORY_MAX_METRICS) {
        note('notice', `${tracked} metrics: the baseline tracks the first ${HISTORY_MAX_METRICS} by name; use ignore for long curves to choose which`);
    }
    const key = baselineCacheKey(inputs.baselineKey, commit);
    try {
        await store.save(key, history);
        section.saved = true;
        if (!report.reproducible)
            note('notice', 'this run drifted: it counts in the reproducible share but its values are not a baseline');
    }
    catch (err) {
        if (err instanceof CacheNotSavedError || err instanceof CacheModeError)
            note('notice', `not saved: ${err.message}`);
        else
            note('warning', `could not save the baseline (${(0,errors/* errorMessage */.gJ)(err)}); the previous one stays`);
    }
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


/***/ })

};
