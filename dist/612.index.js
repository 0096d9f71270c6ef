export const id = 612;
export const ids = [612];
export const modules = {

/***/ 18776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ ActionsArtifacts),
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   Nc: () => (/* binding */ newestAttempts),
/* harmony export */   Tm: () => (/* binding */ runAttempt),
/* harmony export */   n_: () => (/* binding */ sanitizeArtifactName)
/* harmony export */ });
/* unused harmony export FolderArtifacts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97847);
/**
 * The one seam to the workflow run's artifacts: upload, list, download, each key's newest attempt,
 * and how names are made. Used by the gate's report upload (read later by publish mode), the
 * matrix legs (record uploads, compare downloads) and publish mode (another run's artifacts).
 * `@actions/artifact` is big and only needed inside Actions: it is imported on first use.
 */



/** One part of an artifact name: the artifact client rejects `" : < > | * ? \ /` and control characters. */
function sanitizeArtifactName(text) {
    return (0,_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeKey */ .P)(text, _keys_js__WEBPACK_IMPORTED_MODULE_2__/* .KeyRules */ .n.artifactName);
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
        await (await this.client()).uploadArtifact(name, [file], node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { retentionDays: options.retentionDays ?? 7 });
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
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(e.parentPath ?? e.path, e.name))
        .sort();
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
