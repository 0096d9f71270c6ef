export const id = 402;
export const ids = [402];
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

/***/ 18402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportArtifactName: () => (/* binding */ reportArtifactName),
/* harmony export */   runPublishMode: () => (/* binding */ runPublishMode),
/* harmony export */   uploadReportArtifact: () => (/* binding */ uploadReportArtifact)
/* harmony export */ });
/* unused harmony exports MAX_REPORT_BYTES, reportsToPublish, UntrustedReportError, readUntrustedReport */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _inputs_constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11068);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2563);
/* harmony import */ var _report_validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93865);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20649);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7255);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(25625);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(39198);
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5445);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(18776);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(83916);
/**
 * `mode: publish` — the workflow_run pattern for pull requests from forks. The gate runs on
 * `pull_request` with a read-only token and uploads its report as an artifact; a second workflow,
 * triggered by `workflow_run`, has a write token, downloads that report and posts the comment.
 * The report came from untrusted code: it is validated, its commit must be the run's head commit,
 * its links are rebuilt from trusted values, everything in it is escaped by the renderer, and it
 * only ever becomes a comment — never a check run.
 */














/** Reports bigger than this are not read (a real one is a few hundred KiB). */
const MAX_REPORT_BYTES = 50 * 1024 * 1024;
/**
 * `<report-artifact>--<comment-key>--<attempt>`: one name per gate job and attempt, so matrix jobs
 * and re-runs never collide (artifact names are unique within a workflow run), and publish mode
 * knows which sticky comment each report belongs to.
 */
function reportArtifactName(inputs, env) {
    return `${(0,_artifacts_js__WEBPACK_IMPORTED_MODULE_11__/* .sanitizeArtifactName */ .n_)(inputs.reportArtifact) || 'repro-report'}--${(0,_artifacts_js__WEBPACK_IMPORTED_MODULE_11__/* .sanitizeArtifactName */ .n_)(inputs.commentKey) || 'gate'}--${(0,_artifacts_js__WEBPACK_IMPORTED_MODULE_11__/* .runAttempt */ .Tm)(env)}`;
}
/**
 * The reports to publish among a run's artifacts: per comment key, the newest attempt up to the
 * one that triggered us (an older attempt's report would be stale; a newer one is another event's).
 */
function reportsToPublish(names, reportArtifact, upToAttempt) {
    return (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_11__/* .newestAttempts */ .Nc)(names, `${(0,_artifacts_js__WEBPACK_IMPORTED_MODULE_11__/* .sanitizeArtifactName */ .n_)(reportArtifact) || 'repro-report'}--`, { upTo: upToAttempt });
}
/** Thrown for a report artifact that must not be published; the message says why. */
class UntrustedReportError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UntrustedReportError';
    }
}
async function findReportFile(dir) {
    const files = [];
    const walk = async (d, depth) => {
        for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(d, { withFileTypes: true })) {
            const p = node_path__WEBPACK_IMPORTED_MODULE_3__.join(d, entry.name);
            if (entry.isDirectory() && depth < 3)
                await walk(p, depth + 1);
            else if (entry.isFile() && entry.name.endsWith('.json'))
                files.push(p);
        }
    };
    await walk(dir, 0);
    if (files.length === 0)
        throw new UntrustedReportError('the artifact holds no .json file');
    // The gate uploads exactly one report; prefer the default name if there are several.
    return files.find((f) => node_path__WEBPACK_IMPORTED_MODULE_3__.basename(f) === 'repro-report.json') ?? files.sort()[0];
}
/** Reads and validates the downloaded report: JSON, our schema version, our schema. */
async function readUntrustedReport(dir) {
    const file = await findReportFile(dir);
    const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file)).size;
    if (size > MAX_REPORT_BYTES)
        throw new UntrustedReportError(`${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)} is ${size} bytes, over the ${MAX_REPORT_BYTES}-byte limit`);
    let parsed;
    try {
        parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
    }
    catch (err) {
        throw new UntrustedReportError(`${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)} is not JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .errorMessage */ .g)(err)}`);
    }
    const version = parsed?.schemaVersion;
    if (typeof version !== 'number')
        throw new UntrustedReportError(`${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)} has no schemaVersion: not a repro-gate report`);
    if (version !== _report_types_js__WEBPACK_IMPORTED_MODULE_13__/* .SCHEMA_VERSION */ .f) {
        throw new UntrustedReportError(`${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)} has schemaVersion ${version}; this repro-gate reads ${_report_types_js__WEBPACK_IMPORTED_MODULE_13__/* .SCHEMA_VERSION */ .f} (use the same version in both workflows)`);
    }
    const problems = (0,_report_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateReport */ .R)(parsed);
    if (problems.length)
        throw new UntrustedReportError(`${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)} does not match the report schema: ${problems.slice(0, 5).join('; ')}`);
    return parsed;
}
function triggeringRun(payload) {
    const id = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_10__/* .payloadField */ .$)(payload, 'workflow_run', 'id');
    const headSha = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_10__/* .payloadField */ .$)(payload, 'workflow_run', 'head_sha');
    if (typeof id !== 'number' || typeof headSha !== 'string')
        return null;
    const attempt = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_10__/* .payloadField */ .$)(payload, 'workflow_run', 'run_attempt');
    const htmlUrl = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_10__/* .payloadField */ .$)(payload, 'workflow_run', 'html_url');
    const prs = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_10__/* .payloadField */ .$)(payload, 'workflow_run', 'pull_requests');
    return {
        id,
        attempt: typeof attempt === 'number' ? attempt : 1,
        headSha,
        htmlUrl: typeof htmlUrl === 'string' ? htmlUrl : null,
        pullRequests: Array.isArray(prs) ? prs.map((p) => p.number).filter((n) => typeof n === 'number') : []
    };
}
/** The open PR whose head is `sha`: GitHub's list on the run is empty for forks, so ask the API. */
async function pullRequestFor(client, repo, run) {
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ owner: repo.owner, repo: repo.repo, commit_sha: run.headSha });
    const open = data.filter((p) => p.state === 'open');
    const exact = open.find((p) => p.head.sha === run.headSha) ?? open[0];
    return exact?.number ?? run.pullRequests[0] ?? null;
}
/**
 * Runs publish mode: download the triggering run's report, check it, post the sticky comment.
 * Returns the exit code: 0 when the comment was posted or there was nothing to post, 1 when the
 * report could not be used (the reason is an error in the log).
 */
async function runPublishMode(inputs, deps = {}) {
    const env = deps.env ?? process.env;
    const log = deps.log ?? (0,_log_js__WEBPACK_IMPORTED_MODULE_8__/* .actionLog */ .Zx)();
    const fail = (message) => {
        log.annotate(message, 'repro-gate publish');
        return 1;
    };
    if (env.GITHUB_EVENT_NAME !== 'workflow_run') {
        return fail(`${_inputs_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Mode}: publish runs on the workflow_run event (the run that made the report); this event is ${env.GITHUB_EVENT_NAME || 'unknown'}`);
    }
    const repo = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_10__/* .repoFromEnv */ .K)(env);
    const run = triggeringRun((0,_github_event_js__WEBPACK_IMPORTED_MODULE_10__/* .readEventPayload */ .N5)(env));
    if (!repo || !run)
        return fail('mode: publish: the workflow_run event payload has no workflow_run.id and head_sha');
    if (!inputs.githubToken)
        return fail(`mode: publish needs ${_inputs_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.GithubToken} (with pull-requests: write and actions: read)`);
    const client = deps.client ?? (0,_octokit_js__WEBPACK_IMPORTED_MODULE_9__/* .createGitHubClient */ .LX)(inputs.githubToken, env, deps.tuning);
    const artifacts = deps.artifacts ?? new _artifacts_js__WEBPACK_IMPORTED_MODULE_11__/* .ActionsArtifacts */ .$W({ token: inputs.githubToken, owner: repo.owner, repo: repo.repo });
    let chosen;
    try {
        chosen = reportsToPublish(await artifacts.list(run.id), inputs.reportArtifact, run.attempt);
    }
    catch (err) {
        return fail(`repro-gate could not list the artifacts of run ${run.id}: ${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_9__/* .describeApiError */ .gg)(err)}`);
    }
    if (chosen.length === 0) {
        return fail(`repro-gate found no report artifact "${inputs.reportArtifact}--<comment-key>--<attempt>" in run ${run.id} (did the gate run there, with the same report-artifact?)`);
    }
    let code = 0;
    for (const artifact of chosen) {
        code = Math.max(code, await publishOne(artifact, { ...inputs, commentKey: artifact.key }, run, repo, client, artifacts, env, log, deps));
    }
    return code;
}
/** Downloads, checks and publishes one report artifact under its own comment key. */
async function publishOne(artifact, inputs, run, repo, client, artifacts, env, log, deps) {
    const fail = (message) => {
        log.annotate(message, 'repro-gate publish');
        return 1;
    };
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'repro-gate-publish-'));
    try {
        let report;
        try {
            report = await readUntrustedReport(await artifacts.download(artifact.name, dir, run.id));
        }
        catch (err) {
            const why = err instanceof UntrustedReportError ? err.message : (0,_octokit_js__WEBPACK_IMPORTED_MODULE_9__/* .describeApiError */ .gg)(err);
            return fail(`repro-gate could not read the report artifact "${artifact.name}" of run ${run.id}: ${why}`);
        }
        const reportSha = report.context.headSha ?? report.context.sha;
        if (reportSha !== run.headSha) {
            return fail(`repro-gate will not publish the report: it is for commit ${String(reportSha).slice(0, 40)}, but run ${run.id} ran ${run.headSha}`);
        }
        let pr;
        try {
            pr = await pullRequestFor(client, repo, run);
        }
        catch (err) {
            log.warning(`repro-gate could not find the pull request of ${run.headSha}: ${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_9__/* .describeApiError */ .gg)(err)}. The verdict is unchanged.`);
            return 0;
        }
        if (pr === null) {
            log.info(`repro-gate: commit ${run.headSha} belongs to no open pull request; nothing to comment on`);
            return 0;
        }
        // Links and identifiers come from the trusted event, not from the report.
        const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
        const trusted = {
            ...report,
            context: {
                ...report.context,
                repository: `${repo.owner}/${repo.repo}`,
                serverUrl,
                headSha: run.headSha,
                pullRequest: pr,
                runId: String(run.id),
                runAttempt: String(artifact.attempt),
                runUrl: run.htmlUrl ?? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${run.id}`
            }
        };
        const redactor = (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .createRedactor */ .lY)(env);
        try {
            await (0,_index_js__WEBPACK_IMPORTED_MODULE_7__/* .publishComment */ .p8)({ client, repo, pullRequest: pr, report: redactor.deep(trusted), inputs, redactor, env, backoffMs: deps.tuning?.retryAfterBaseValue }, log);
        }
        catch (err) {
            log.warning(`repro-gate could not post the PR comment: ${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_9__/* .describeApiError */ .gg)(err)}. The verdict is unchanged.`);
        }
        return 0;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Uploads the report as a workflow artifact named `name` (gate mode, after writing it), so the
 * publish workflow and people can fetch it. Best effort: outside Actions (no ACTIONS_RUNTIME_TOKEN)
 * it does nothing, and a failure is a warning. Returns whether it uploaded.
 */
async function uploadReportArtifact(reportPath, name, env = process.env, artifacts = new _artifacts_js__WEBPACK_IMPORTED_MODULE_11__/* .ActionsArtifacts */ .$W()) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return false;
    try {
        await artifacts.upload(name, reportPath, { retentionDays: 7 });
        return true;
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`repro-gate could not upload the report as artifact "${name}": ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_12__/* .errorMessage */ .g)(err)}`);
        return false;
    }
}


/***/ })

};
