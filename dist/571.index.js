export const id = 571;
export const ids = [571];
export const modules = {

/***/ 28571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPublishMode: () => (/* binding */ runPublishMode),
/* harmony export */   uploadReportArtifact: () => (/* binding */ uploadReportArtifact)
/* harmony export */ });
/* unused harmony exports MAX_REPORT_BYTES, ActionsReportArtifacts, UntrustedReportError, readUntrustedReport */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _inputs_constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11068);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2563);
/* harmony import */ var _report_validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93865);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(20649);
/* harmony import */ var _publish_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7255);
/* harmony import */ var _publish_octokit_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(39198);
/* harmony import */ var _publish_github_event_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5445);
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
/** `@actions/artifact`, loaded on first use (it is big), reading another run's artifacts. */
class ActionsReportArtifacts {
    token;
    repo;
    constructor(token, repo) {
        this.token = token;
        this.repo = repo;
    }
    async download(name, runId, dir) {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(518)]).then(__webpack_require__.bind(__webpack_require__, 56518));
        const client = new DefaultArtifactClient();
        const findBy = { token: this.token, repositoryOwner: this.repo.owner, repositoryName: this.repo.repo, workflowRunId: runId };
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
    if (version !== _report_types_js__WEBPACK_IMPORTED_MODULE_10__/* .SCHEMA_VERSION */ .f) {
        throw new UntrustedReportError(`${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)} has schemaVersion ${version}; this repro-gate reads ${_report_types_js__WEBPACK_IMPORTED_MODULE_10__/* .SCHEMA_VERSION */ .f} (use the same version in both workflows)`);
    }
    const problems = (0,_report_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateReport */ .R)(parsed);
    if (problems.length)
        throw new UntrustedReportError(`${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(file)} does not match the report schema: ${problems.slice(0, 5).join('; ')}`);
    return parsed;
}
function triggeringRun(payload) {
    const id = (0,_publish_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadField */ .$)(payload, 'workflow_run', 'id');
    const headSha = (0,_publish_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadField */ .$)(payload, 'workflow_run', 'head_sha');
    if (typeof id !== 'number' || typeof headSha !== 'string')
        return null;
    const attempt = (0,_publish_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadField */ .$)(payload, 'workflow_run', 'run_attempt');
    const htmlUrl = (0,_publish_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadField */ .$)(payload, 'workflow_run', 'html_url');
    const prs = (0,_publish_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .payloadField */ .$)(payload, 'workflow_run', 'pull_requests');
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
    const log = deps.log ?? _publish_index_js__WEBPACK_IMPORTED_MODULE_7__/* .coreLog */ .uu;
    const fail = (message) => {
        log.annotate(message, 'repro-gate publish');
        return 1;
    };
    if (env.GITHUB_EVENT_NAME !== 'workflow_run') {
        return fail(`${_inputs_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.Mode}: publish runs on the workflow_run event (the run that made the report); this event is ${env.GITHUB_EVENT_NAME || 'unknown'}`);
    }
    const repo = (0,_publish_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .repoFromEnv */ .K)(env);
    const run = triggeringRun((0,_publish_github_event_js__WEBPACK_IMPORTED_MODULE_9__/* .readEventPayload */ .N5)(env));
    if (!repo || !run)
        return fail('mode: publish: the workflow_run event payload has no workflow_run.id and head_sha');
    if (!inputs.githubToken)
        return fail(`mode: publish needs ${_inputs_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .Input */ .pd.GithubToken} (with pull-requests: write and actions: read)`);
    const client = deps.client ?? (0,_publish_octokit_js__WEBPACK_IMPORTED_MODULE_8__/* .createGitHubClient */ .LX)(inputs.githubToken, env, deps.tuning);
    const artifacts = deps.artifacts ?? new ActionsReportArtifacts(inputs.githubToken, repo);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3__.join(env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'repro-gate-publish-'));
    try {
        let report;
        try {
            report = await readUntrustedReport(await artifacts.download(inputs.reportArtifact, run.id, dir));
        }
        catch (err) {
            const why = err instanceof UntrustedReportError ? err.message : (0,_publish_octokit_js__WEBPACK_IMPORTED_MODULE_8__/* .describeApiError */ .gg)(err);
            return fail(`repro-gate could not read the report artifact "${inputs.reportArtifact}" of run ${run.id}: ${why}`);
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
            log.warning(`repro-gate could not find the pull request of ${run.headSha}: ${(0,_publish_octokit_js__WEBPACK_IMPORTED_MODULE_8__/* .describeApiError */ .gg)(err)}. The verdict is unchanged.`);
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
                runAttempt: String(run.attempt),
                runUrl: run.htmlUrl ?? `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${run.id}`
            }
        };
        const redactor = (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .createRedactor */ .lY)(env);
        try {
            await (0,_publish_index_js__WEBPACK_IMPORTED_MODULE_7__/* .publishComment */ .p8)({ client, repo, pullRequest: pr, report: redactor.deep(trusted), inputs, redactor, env, backoffMs: deps.tuning?.retryAfterBaseValue }, log);
        }
        catch (err) {
            log.warning(`repro-gate could not post the PR comment: ${(0,_publish_octokit_js__WEBPACK_IMPORTED_MODULE_8__/* .describeApiError */ .gg)(err)}. The verdict is unchanged.`);
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
