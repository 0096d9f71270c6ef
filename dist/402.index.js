export const id = 402;
export const ids = [402,612];
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


/***/ }),

/***/ 18402:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportArtifactName: () => (/* binding */ reportArtifactName),
/* harmony export */   runPublishMode: () => (/* binding */ runPublishMode),
/* harmony export */   uploadReportArtifact: () => (/* binding */ uploadReportArtifact)
/* harmony export */ });
/* unused harmony exports MAX_REPORT_BYTES, reportsToPublish, ActionsReportArtifacts, UntrustedReportError, readUntrustedReport */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _inputs_constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11068);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2563);
/* harmony import */ var _report_validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93865);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20649);
/* harmony import */ var _index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7255);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(39198);
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5445);
/* harmony import */ var _matrix_record_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(27612);
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
    const attempt = /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : '1';
    return `${(0,_matrix_record_js__WEBPACK_IMPORTED_MODULE_10__/* .sanitizeArtifactName */ .n_)(inputs.reportArtifact) || 'repro-report'}--${(0,_matrix_record_js__WEBPACK_IMPORTED_MODULE_10__/* .sanitizeArtifactName */ .n_)(inputs.commentKey) || 'gate'}--${attempt}`;
}
/**
 * The reports to publish among a run's artifacts: per comment key, the newest attempt up to the
 * one that triggered us (an older attempt's report would be stale; a newer one is another event's).
 */
function reportsToPublish(names, reportArtifact, upToAttempt) {
    const prefix = `${(0,_matrix_record_js__WEBPACK_IMPORTED_MODULE_10__/* .sanitizeArtifactName */ .n_)(reportArtifact) || 'repro-report'}--`;
    const newest = new Map();
    for (const name of names) {
        const m = name.startsWith(prefix) ? /^(.+)--(\d+)$/.exec(name.slice(prefix.length)) : null;
        if (!m)
            continue;
        const found = { name, key: m[1], attempt: Number(m[2]) };
        const seen = newest.get(found.key);
        if (found.attempt <= upToAttempt && (!seen || found.attempt > seen.attempt))
            newest.set(found.key, found);
    }
    return [...newest.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}
/** `@actions/artifact`, loaded on first use (it is big), reading another run's artifacts. */
class ActionsReportArtifacts {
    token;
    repo;
    constructor(token, repo) {
        this.token = token;
        this.repo = repo;
    }
    findBy(runId) {
        return { token: this.token, repositoryOwner: this.repo.owner, repositoryName: this.repo.repo, workflowRunId: runId };
    }
    async list(runId) {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
        const { artifacts } = await new DefaultArtifactClient().listArtifacts({ findBy: this.findBy(runId), latest: true });
        return artifacts.map((a) => a.name);
    }
    async download(name, runId, dir) {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
        const client = new DefaultArtifactClient();
        const findBy = this.findBy(runId);
        const { artifact } = await client.getArtifact(name, { findBy });
        const { downloadPath } = await client.downloadArtifact(artifact.id, { path: dir, findBy });
        return downloadPath ?? dir;
    }
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
        throw new UntrustedReportError(`${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    const version = parsed?.schemaVersion;
    if (typeof version !== 'number')
        throw new UntrustedReportError(`${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)} has no schemaVersion: not a repro-gate report`);
    if (version !== _report_types_js__WEBPACK_IMPORTED_MODULE_11__/* .SCHEMA_VERSION */ .f) {
        throw new UntrustedReportError(`${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)} has schemaVersion ${version}; this repro-gate reads ${_report_types_js__WEBPACK_IMPORTED_MODULE_11__/* .SCHEMA_VERSION */ .f} (use the same version in both workflows)`);
    }
    const problems = (0,_report_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateReport */ .R)(parsed);
    if (problems.length)
        throw new UntrustedReportError(`${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)} does not match the report schema: ${problems.slice(0, 5).join('; ')}`);
    return parsed;
}
function triggeringRun(payload) {
    const id = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadField */ .$)(payload, 'workflow_run', 'id');
    const headSha = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadField */ .$)(payload, 'workflow_run', 'head_sha');
    if (typeof id !== 'number' || typeof headSha !== 'string')
        return null;
    const attempt = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadField */ .$)(payload, 'workflow_run', 'run_attempt');
    const htmlUrl = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadField */ .$)(payload, 'workflow_run', 'html_url');
    const prs = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadField */ .$)(payload, 'workflow_run', 'pull_requests');
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
    const log = deps.log ?? _index_js__WEBPACK_IMPORTED_MODULE_7__/* .coreLog */ .uu;
    const fail = (message) => {
        log.annotate(message, 'repro-gate publish');
        return 1;
    };
    if (env.GITHUB_EVENT_NAME !== 'workflow_run') {
        return fail(`${_inputs_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Mode}: publish runs on the workflow_run event (the run that made the report); this event is ${env.GITHUB_EVENT_NAME || 'unknown'}`);
    }
    const repo = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .repoFromEnv */ .K)(env);
    const run = triggeringRun((0,_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .readEventPayload */ .N5)(env));
    if (!repo || !run)
        return fail('mode: publish: the workflow_run event payload has no workflow_run.id and head_sha');
    if (!inputs.githubToken)
        return fail(`mode: publish needs ${_inputs_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.GithubToken} (with pull-requests: write and actions: read)`);
    const client = deps.client ?? (0,_octokit_js__WEBPACK_IMPORTED_MODULE_8__/* .createGitHubClient */ .LX)(inputs.githubToken, env, deps.tuning);
    const artifacts = deps.artifacts ?? new ActionsReportArtifacts(inputs.githubToken, repo);
    let chosen;
    try {
        chosen = reportsToPublish(await artifacts.list(run.id), inputs.reportArtifact, run.attempt);
    }
    catch (err) {
        return fail(`repro-gate could not list the artifacts of run ${run.id}: ${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_8__/* .describeApiError */ .gg)(err)}`);
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
            report = await readUntrustedReport(await artifacts.download(artifact.name, run.id, dir));
        }
        catch (err) {
            const why = err instanceof UntrustedReportError ? err.message : (0,_octokit_js__WEBPACK_IMPORTED_MODULE_8__/* .describeApiError */ .gg)(err);
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
            log.warning(`repro-gate could not find the pull request of ${run.headSha}: ${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_8__/* .describeApiError */ .gg)(err)}. The verdict is unchanged.`);
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
            log.warning(`repro-gate could not post the PR comment: ${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_8__/* .describeApiError */ .gg)(err)}. The verdict is unchanged.`);
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
async function uploadReportArtifact(reportPath, name, env = process.env) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return false;
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
        await new DefaultArtifactClient().uploadArtifact(name, [reportPath], node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(reportPath), { retentionDays: 7 });
        return true;
    }
    catch (err) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`repro-gate could not upload the report as artifact "${name}": ${err instanceof Error ? err.message : String(err)}`);
        return false;
    }
}


/***/ })

};
