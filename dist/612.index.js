export const id = 612;
export const ids = [612];
export const modules = {

/***/ 27612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ ActionsLegArtifacts),
/* harmony export */   Vq: () => (/* binding */ legNameOf),
/* harmony export */   n_: () => (/* binding */ sanitizeArtifactName),
/* harmony export */   nx: () => (/* binding */ legArtifactPrefix),
/* harmony export */   uploadLegReport: () => (/* binding */ uploadLegReport)
/* harmony export */ });
/* unused harmony exports legArtifactName, newestAttempts, FolderLegArtifacts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * `mode: record`: the gate runs as usual on each matrix leg, then its report is uploaded as an
 * artifact named per leg, for the `compare` job to collect. Artifacts sit behind `LegArtifacts` so
 * compare is tested over a local folder; `@actions/artifact` is imported only when really used.
 */


/** Artifact names allow neither `" : < > | * ? \ /` nor control characters; we keep a safe subset. */
function sanitizeArtifactName(text) {
    return text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
}
/**
 * `repro-gate-leg-<report-artifact>--`: shared by every leg and the compare job of one experiment.
 * A sanitised name never holds `--` nor ends in `-`, so the `--` delimiter keeps `repro` from
 * collecting `repro-large`'s legs (a single `-` would not: names are matched as string prefixes).
 */
function legArtifactPrefix(inputs) {
    return `repro-gate-leg-${sanitizeArtifactName(inputs.reportArtifact) || 'repro-report'}--`;
}
/**
 * `<prefix><comment-key>-<job>--<attempt>`, e.g. `repro-gate-leg-repro-report--train-ubuntu-22.04-record--1`.
 * The leg is named by what stays the same when it is re-run (matrix legs share the job id: give each
 * its own comment-key), and the attempt comes last, so compare can keep each leg's newest attempt.
 */
function legArtifactName(inputs, env, suffix = '') {
    const leg = sanitizeArtifactName(`${inputs.commentKey}-${env.GITHUB_JOB || 'job'}${suffix}`).slice(0, 150);
    const attempt = /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : '1';
    return `${legArtifactPrefix(inputs)}${leg}--${attempt}`;
}
/** The leg's name as shown in the compare report: the artifact name without the prefix and the attempt. */
function legNameOf(artifact, prefix) {
    const rest = artifact.startsWith(prefix) ? artifact.slice(prefix.length) : artifact;
    return rest.replace(/--\d+$/, '') || artifact;
}
/**
 * Of a run's leg artifacts, each leg's newest attempt: "re-run failed jobs" leaves the failed
 * attempt's artifact beside the new one, and only the new one speaks for the leg now.
 */
function newestAttempts(names, prefix) {
    const newest = new Map();
    for (const name of names.filter((n) => n.startsWith(prefix))) {
        const attempt = Number(/--(\d+)$/.exec(name)?.[1] ?? 0);
        const leg = legNameOf(name, prefix);
        const seen = newest.get(leg);
        if (!seen || attempt > seen.attempt)
            newest.set(leg, { name, attempt });
    }
    return [...newest.values()].map((v) => v.name).sort();
}
/** The workflow run's artifacts (`@actions/artifact`, loaded on first use). */
class ActionsLegArtifacts {
    async upload(name, file) {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
        const client = new DefaultArtifactClient();
        // The compare job runs minutes later; a week covers re-running it, within the repository's maximum.
        const max = Number(process.env.GITHUB_RETENTION_DAYS) || 7;
        await client.uploadArtifact(name, [file], node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { retentionDays: Math.max(1, Math.min(7, max)) });
    }
    async download(prefix, into) {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
        const client = new DefaultArtifactClient();
        // Without findBy the client lists the current workflow run's artifacts; latest drops
        // older uploads of the same name.
        const { artifacts } = await client.listArtifacts({ latest: true });
        const wanted = new Set(newestAttempts(artifacts.map((a) => a.name), prefix));
        const legs = artifacts.filter((a) => wanted.has(a.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
        const out = [];
        for (const artifact of legs) {
            const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(into, sanitizeArtifactName(artifact.name));
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir, { recursive: true });
            const { downloadPath } = await client.downloadArtifact(artifact.id, { path: dir });
            out.push({ artifact: artifact.name, files: await listFiles(downloadPath ?? dir) });
        }
        return out;
    }
}
/** A folder with one sub-folder per artifact (`<folder>/<artifact name>/report.json`): tests and local use. */
class FolderLegArtifacts {
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
    async download(prefix, into) {
        void into;
        const entries = await fs.readdir(this.folder, { withFileTypes: true });
        const names = newestAttempts(entries.filter((e) => e.isDirectory()).map((e) => e.name), prefix);
        return Promise.all(names.map(async (name) => ({ artifact: name, files: await listFiles(path.join(this.folder, name)) })));
    }
}
async function listFiles(dir) {
    const entries = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir, { withFileTypes: true, recursive: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(e.parentPath ?? e.path, e.name))
        .sort();
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
    const artifacts = deps.artifacts ?? new ActionsLegArtifacts();
    const base = legArtifactName(inputs, env);
    let lastError;
    // Legs that share a comment key and job collide; a numbered leg name keeps them apart.
    for (let attempt = 1; attempt <= 5; attempt++) {
        const name = attempt === 1 ? base : legArtifactName(inputs, env, `-${attempt}`);
        try {
            await artifacts.upload(name, reportPath);
            return { name };
        }
        catch (err) {
            lastError = err;
            if (!/already exists|conflict|409/i.test(err instanceof Error ? err.message : String(err)))
                break;
        }
    }
    throw new Error(`mode record: could not upload the report as artifact ${base}: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
}


/***/ })

};
