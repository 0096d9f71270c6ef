export const id = 612;
export const ids = [612];
export const modules = {

/***/ 18776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ ActionsArtifacts),
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   IC: () => (/* binding */ RestArtifacts),
/* harmony export */   Nc: () => (/* binding */ newestAttempts),
/* harmony export */   Tm: () => (/* binding */ runAttempt),
/* harmony export */   dj: () => (/* binding */ ArtifactTooBigError),
/* harmony export */   n_: () => (/* binding */ sanitizeArtifactName)
/* harmony export */ });
/* unused harmony export FolderArtifacts */
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
/** The Actions artifact service (`@actions/artifact`). Pass `otherRuns` to read another workflow run's artifacts. */
class ActionsArtifacts {
    otherRuns;
    constructor(otherRuns) {
        this.otherRuns = otherRuns;
    }
    findBy(runId) {
        if (runId === undefined || !this.otherRuns)
            return undefined;
        const { token, owner, repo } = this.otherRuns;
        return { token, repositoryOwner: owner, repositoryName: repo, workflowRunId: runId };
    }
    async client() {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
        return new DefaultArtifactClient();
    }
    async upload(name, file, options = {}) {
        await (await this.client()).uploadArtifact(name, [file], node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(file), { retentionDays: options.retentionDays ?? 7 });
    }
    async list(runId) {
        // Without findBy the client lists the current workflow run's artifacts; latest drops older uploads of a name.
        const { artifacts } = await (await this.client()).listArtifacts({ latest: true, findBy: this.findBy(runId) });
        return artifacts.map((a) => a.name);
    }
    async download(name, into, runId) {
        const client = await this.client();
        const findBy = this.findBy(runId);
        const { artifact } = await client.getArtifact(name, { findBy });
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(into, { recursive: true });
        const { downloadPath } = await client.downloadArtifact(artifact.id, { path: into, findBy });
        return downloadPath ?? into;
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
 * `…/artifacts/{id}/zip`, a redirect to blob storage that is followed by hand so the token never
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
        return { authorization: `Bearer ${this.options.token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'repro-gate' };
    }
    repoUrl() {
        return `${this.options.apiUrl.replace(/\/+$/, '')}/repos/${this.options.owner}/${this.options.repo}`;
    }
    async list(runId) {
        const newest = new Map();
        for (let page = 1;; page++) {
            const res = await this.fetch(`${this.repoUrl()}/actions/runs/${runId}/artifacts?per_page=100&page=${page}`, { headers: this.apiHeaders() });
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
                throw Object.assign(new Error(`downloading artifact ${name}: ${res.status} ${res.statusText}${text ? ` ${text}` : ''}`), { status: res.status });
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

/***/ 27612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ legNameOf),
/* harmony export */   gR: () => (/* binding */ downloadLegs),
/* harmony export */   nx: () => (/* binding */ legArtifactPrefix),
/* harmony export */   uploadLegReport: () => (/* binding */ uploadLegReport)
/* harmony export */ });
/* unused harmony export legArtifactName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18776);
/**
 * `mode: record`: the gate runs as usual on each matrix leg, then its report is uploaded as an
 * artifact named per leg, for the `compare` job to collect. Artifacts go through src/artifacts.ts,
 * so compare is tested over a local folder (`FolderArtifacts`).
 */




/**
 * `repro-gate-leg-<report-artifact>--`: shared by every leg and the compare job of one experiment.
 * A sanitised name never holds `--` nor ends in `-`, so the `--` delimiter keeps `repro` from
 * collecting `repro-large`'s legs (a single `-` would not: names are matched as string prefixes).
 */
function legArtifactPrefix(inputs) {
    return `repro-gate-leg-${(0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizeArtifactName */ .n_)(inputs.reportArtifact) || 'repro-report'}--`;
}
/**
 * `<prefix><comment-key>-<job>--<attempt>`, e.g. `repro-gate-leg-repro-report--train-ubuntu-22.04-record--1`.
 * The leg is named by what stays the same when it is re-run (matrix legs share the job id: give each
 * its own comment-key), and the attempt comes last, so compare can keep each leg's newest attempt.
 */
function legArtifactName(inputs, env, suffix = '') {
    const leg = (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizeArtifactName */ .n_)(`${inputs.commentKey}-${env.GITHUB_JOB || 'job'}${suffix}`).slice(0, 150);
    return `${legArtifactPrefix(inputs)}${leg}--${(0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .runAttempt */ .Tm)(env)}`;
}
/** The leg's name as shown in the compare report: the artifact name without the prefix and the attempt. */
function legNameOf(artifact, prefix) {
    const rest = artifact.startsWith(prefix) ? artifact.slice(prefix.length) : artifact;
    return rest.replace(/--\d+$/, '') || artifact;
}
/** Downloads each leg's newest attempt under `into/<artifact>/`, in name order. */
async function downloadLegs(artifacts, prefix, into) {
    const legs = (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .newestAttempts */ .Nc)(await artifacts.list(), prefix, { unnumbered: true })
        .map((a) => a.name)
        .sort();
    const out = [];
    for (const name of legs) {
        const folder = await artifacts.download(name, node_path__WEBPACK_IMPORTED_MODULE_1__.join(into, (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizeArtifactName */ .n_)(name)));
        out.push({ artifact: name, files: await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .CS)(folder) });
    }
    return out;
}
/**
 * Uploads this leg's report for the compare job. A name already taken (two legs on one self-hosted
 * runner with the same job) gets a numeric suffix. Throws with what to do when there is no artifact
 * service: in record mode the upload is the point, so that is a failure, not a warning.
 */
async function uploadLegReport(reportPath, inputs, env, deps = {}) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(reportPath);
    }
    catch {
        throw new Error(`mode record: the report ${reportPath} was not written, so there is nothing to upload`);
    }
    if (!deps.artifacts && (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL)) {
        throw new Error('mode record: no GitHub Actions artifact service here (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL are not set); ' +
            'record mode uploads the report for a later compare job and only works inside a GitHub Actions job');
    }
    const artifacts = deps.artifacts ?? new _artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionsArtifacts */ .$W();
    const base = legArtifactName(inputs, env);
    let lastError;
    // Legs that share a comment key and job collide; a numbered leg name keeps them apart.
    for (let attempt = 1; attempt <= 5; attempt++) {
        const name = attempt === 1 ? base : legArtifactName(inputs, env, `-${attempt}`);
        try {
            // The compare job runs minutes later; a week covers re-running it, within the repository's maximum.
            const retentionDays = Math.max(1, Math.min(7, Number(env.GITHUB_RETENTION_DAYS) || 7));
            await artifacts.upload(name, reportPath, { retentionDays });
            return { name };
        }
        catch (err) {
            lastError = err;
            if (!/already exists|conflict|409/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(err)))
                break;
        }
    }
    throw new Error(`mode record: could not upload the report as artifact ${base}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(lastError)}`);
}


/***/ })

};
