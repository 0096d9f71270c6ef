export const id = 612;
export const ids = [612];
export const modules = {

/***/ 27612:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
            if (err instanceof _artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtifactsUnsupportedError */ .tV)
                throw new Error(`mode record: the report was not uploaded: ${err.message}; record and compare need github.com or GHE.com`);
            if (!/already exists|conflict|409/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)))
                break;
        }
    }
    throw new Error(`mode record: could not upload the report as artifact ${base}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(lastError)}`);
}


/***/ })

};
