export const id = 211;
export const ids = [211];
export const modules = {

/***/ 60211:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportArtifactName: () => (/* binding */ reportArtifactName),
  runPublishMode: () => (/* binding */ runPublishMode),
  uploadReportArtifact: () => (/* binding */ uploadReportArtifact)
});

// UNUSED EXPORTS: DOWNLOAD_TIMEOUT_MS, MAX_REPORT_BYTES, MAX_ZIP_BYTES, UntrustedReportError, parseUntrustedReport, readReportZip, reportsToPublish

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(11068);
// EXTERNAL MODULE: ./src/report/stored.ts
var stored = __webpack_require__(37527);
// EXTERNAL MODULE: ./src/report/write.ts
var write = __webpack_require__(1693);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(20649);
// EXTERNAL MODULE: ./src/publish/index.ts + 3 modules
var publish = __webpack_require__(7255);
// EXTERNAL MODULE: ./src/action-log.ts
var action_log = __webpack_require__(24286);
// EXTERNAL MODULE: ./src/publish/octokit.ts + 1 modules
var octokit = __webpack_require__(32002);
// EXTERNAL MODULE: ./src/publish/deadline.ts
var deadline = __webpack_require__(38459);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/publish/artifact-zip.ts
/**
 * Reads one file out of a workflow artifact's zip without trusting the zip: the central directory
 * is read within fixed bounds, only the wanted entry is inflated (zlib's inflateRaw on that local
 * entry's data, streamed from disk), and inflating stops the moment the output passes the size
 * limit, whatever the headers claim \u2014 so a small zip that expands to gigabytes costs a few
 * megabytes. The bytes are checked against the entry's CRC-32 and size.
 */



/** Thrown for a zip that cannot or must not be read; the message says why. */
class ZipError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipError';
    }
}
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An artifact holding a report has one entry; a directory this long is not one. */
const MAX_ENTRIES = 1000;
const MAX_CENTRAL_BYTES = 1024 * 1024;
async function readAt(handle, position, length) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    if (bytesRead !== length)
        throw new ZipError('the zip is truncated');
    return buffer;
}
/** The entries of the zip's central directory (no data is read). */
async function listZip(file) {
    const handle = await external_node_fs_.promises.open(file, 'r');
    try {
        const { size } = await handle.stat();
        if (size < 22)
            throw new ZipError('not a zip file (too short)');
        // The end record is the last 22 bytes plus a comment of at most 65,535.
        const tailLength = Math.min(size, 22 + 0xffff);
        const tail = await readAt(handle, size - tailLength, tailLength);
        let at = -1;
        for (let i = tail.length - 22; i >= 0; i--) {
            if (tail.readUInt32LE(i) === EOCD) {
                at = i;
                break;
            }
        }
        if (at < 0)
            throw new ZipError('not a zip file (no end of central directory record)');
        const count = tail.readUInt16LE(at + 10);
        const centralSize = tail.readUInt32LE(at + 12);
        const centralOffset = tail.readUInt32LE(at + 16);
        if (count === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) {
            throw new ZipError('the zip uses ZIP64, which an artifact holding one report never needs');
        }
        if (count > MAX_ENTRIES || centralSize > MAX_CENTRAL_BYTES)
            throw new ZipError(`the zip lists ${count} entries in ${centralSize} bytes; a report artifact holds one file`);
        if (centralOffset + centralSize > size)
            throw new ZipError('the zip is truncated (central directory past the end)');
        const central = await readAt(handle, centralOffset, centralSize);
        const entries = [];
        let p = 0;
        for (let i = 0; i < count; i++) {
            if (p + 46 > central.length || central.readUInt32LE(p) !== CENTRAL)
                throw new ZipError('the zip has a damaged central directory');
            const nameLength = central.readUInt16LE(p + 28);
            const extraLength = central.readUInt16LE(p + 30);
            const commentLength = central.readUInt16LE(p + 32);
            if (p + 46 + nameLength > central.length)
                throw new ZipError('the zip has a damaged central directory');
            entries.push({
                flags: central.readUInt16LE(p + 8),
                method: central.readUInt16LE(p + 10),
                crc32: central.readUInt32LE(p + 16),
                compressedSize: central.readUInt32LE(p + 20),
                size: central.readUInt32LE(p + 24),
                localHeaderOffset: central.readUInt32LE(p + 42),
                name: central.subarray(p + 46, p + 46 + nameLength).toString('utf8')
            });
            p += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }
    finally {
        await handle.close();
    }
}
/**
 * Inflates one entry into memory, stopping with a ZipError as soon as it would exceed `maxBytes`.
 * Only stored (0) and deflated (8) entries are read; encrypted ones are refused.
 */
async function readZipEntry(file, entry, maxBytes) {
    if (entry.flags & 0x1)
        throw new ZipError(`${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8)
        throw new ZipError(`${entry.name} uses compression method ${entry.method}; only stored and deflated entries are read`);
    if (entry.size > maxBytes)
        throw new ZipError(`${entry.name} is ${entry.size} bytes, over the ${maxBytes}-byte limit`);
    const handle = await external_node_fs_.promises.open(file, 'r');
    let dataStart;
    try {
        const local = await readAt(handle, entry.localHeaderOffset, 30);
        if (local.readUInt32LE(0) !== LOCAL)
            throw new ZipError(`the zip's local header of ${entry.name} is damaged`);
        dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    }
    finally {
        await handle.close();
    }
    if (entry.compressedSize === 0) {
        if (entry.size !== 0)
            throw new ZipError(`${entry.name}: the zip claims ${entry.size} bytes from no data`);
        return Buffer.alloc(0);
    }
    const source = (0,external_node_fs_.createReadStream)(file, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
    const chunks = [];
    let total = 0;
    const stream = entry.method === 8 ? source.pipe(external_node_zlib_.createInflateRaw()) : source;
    try {
        for await (const chunk of stream) {
            total += chunk.length;
            if (total > maxBytes)
                throw new ZipError(`${entry.name} expands to more than the ${maxBytes}-byte limit (the zip said ${entry.size} bytes)`);
            chunks.push(chunk);
        }
    }
    catch (err) {
        if (err instanceof ZipError)
            throw err;
        throw new ZipError(`${entry.name} could not be inflated: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    finally {
        source.destroy();
        if (stream !== source)
            stream.destroy();
    }
    const data = Buffer.concat(chunks, total);
    if (data.length !== entry.size)
        throw new ZipError(`${entry.name} is ${data.length} bytes, but the zip says ${entry.size}`);
    if (external_node_zlib_.crc32(data) !== entry.crc32)
        throw new ZipError(`${entry.name} does not match its CRC-32: the zip is damaged`);
    return data;
}

// EXTERNAL MODULE: ./src/publish/github-event.ts
var github_event = __webpack_require__(5445);
// EXTERNAL MODULE: ./src/artifacts.ts
var src_artifacts = __webpack_require__(18776);
;// CONCATENATED MODULE: ./src/publish/workflow-run.ts
/**
 * `mode: publish` \u2014 the workflow_run pattern for pull requests from forks. The gate runs on
 * `pull_request` with a read-only token and uploads its report as an artifact; a second workflow,
 * triggered by `workflow_run`, has a write token, downloads that report and posts the comment.
 * The report came from untrusted code \u2014 the artifact's name, its zip and the report in it were all
 * written by the pull request's workflow run: only the comment keys this workflow names are
 * accepted, the zip is downloaded and read here within size limits (only the report entry is
 * inflated), the report is validated, its commit must be the run's head commit and the head of the
 * open PR it goes to, its links are rebuilt from trusted values, everything in it is escaped by the
 * renderer, and it only ever becomes a comment \u2014 never a check run.
 */
















/** Reports bigger than this are not read (a real one is a few hundred KiB). */
const MAX_REPORT_BYTES = 50 * 1024 * 1024;
/** An artifact zip bigger than this is not downloaded (deflate never makes a report bigger by much). */
const MAX_ZIP_BYTES = MAX_REPORT_BYTES + 1024 * 1024;
/** One artifact download (the API's redirect, then the blob) may take this long. */
const DOWNLOAD_TIMEOUT_MS = 60_000;
/**
 * `<report-artifact>--<comment-key>--<attempt>`: one name per gate job and attempt, so matrix jobs
 * and re-runs never collide (artifact names are unique within a workflow run), and publish mode
 * knows which sticky comment each report belongs to.
 */
function reportArtifactName(inputs, env) {
    return `${(0,src_artifacts/* sanitizeArtifactName */.n_)(inputs.reportArtifact) || 'repro-report'}--${(0,src_artifacts/* sanitizeArtifactName */.n_)(inputs.commentKey) || 'gate'}--${(0,src_artifacts/* runAttempt */.Tm)(env)}`;
}
/**
 * The reports to publish among a run's artifacts: per comment key, the newest attempt up to the
 * one that triggered us (an older attempt's report would be stale; a newer one is another event's).
 */
function reportsToPublish(names, reportArtifact, upToAttempt) {
    return (0,src_artifacts/* newestAttempts */.Nc)(names, `${(0,src_artifacts/* sanitizeArtifactName */.n_)(reportArtifact) || 'repro-report'}--`, { upTo: upToAttempt });
}
/** Thrown for a report artifact that must not be published; the message says why. */
class UntrustedReportError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UntrustedReportError';
    }
}
/**
 * Reads the report out of an artifact's zip: the one `.json` file at its root (the gate uploads
 * exactly one), inflated within MAX_REPORT_BYTES \u2014 nothing else in the zip is inflated.
 */
async function readReportZip(zip) {
    const entries = await listZip(zip);
    const reports = entries.filter((e) => !e.name.includes('/') && !e.name.includes('\\') && e.name.endsWith('.json'));
    const entry = reports.length === 1 ? reports[0] : reports.find((e) => e.name === 'repro-report.json');
    if (!entry) {
        throw new UntrustedReportError(reports.length === 0
            ? 'the artifact holds no .json file at its root'
            : `the artifact holds ${reports.length} .json files (${reports
                .slice(0, 5)
                .map((e) => e.name)
                .join(', ')}); the gate uploads one`);
    }
    return parseUntrustedReport((await readZipEntry(zip, entry, MAX_REPORT_BYTES)).toString('utf8'), entry.name);
}
/** Parses and validates a report from untrusted text: JSON, our schema version, our schema. */
async function parseUntrustedReport(text, name) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (err) {
        throw new UntrustedReportError(`${name} is not JSON: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const version = parsed?.schemaVersion;
    if (typeof version !== 'number')
        throw new UntrustedReportError(`${name} has no schemaVersion: not a repro-gate report`);
    const versionProblem = (0,stored/* reportVersionProblem */.wL)(parsed);
    if (versionProblem !== null)
        throw new UntrustedReportError(`${name}: ${versionProblem} (use the same repro-gate version in both workflows)`);
    const read = await (0,write.readStoredReport)(parsed);
    if (read.report === null)
        throw new UntrustedReportError(`${name} does not match the report schema: ${read.problems.slice(0, 5).join('; ')}`);
    return read.report;
}
function triggeringRun(payload) {
    const id = (0,github_event/* payloadField */.$)(payload, 'workflow_run', 'id');
    const headSha = (0,github_event/* payloadField */.$)(payload, 'workflow_run', 'head_sha');
    if (typeof id !== 'number' || typeof headSha !== 'string')
        return null;
    const attempt = (0,github_event/* payloadField */.$)(payload, 'workflow_run', 'run_attempt');
    const htmlUrl = (0,github_event/* payloadField */.$)(payload, 'workflow_run', 'html_url');
    const prs = (0,github_event/* payloadField */.$)(payload, 'workflow_run', 'pull_requests');
    return {
        id,
        attempt: typeof attempt === 'number' ? attempt : 1,
        headSha,
        htmlUrl: typeof htmlUrl === 'string' ? htmlUrl : null,
        pullRequests: Array.isArray(prs)
            ? prs.map((p) => p.number).filter((n) => typeof n === 'number')
            : []
    };
}
/**
 * The open PR whose head is the run's commit: GitHub's list on the run is empty for forks, so ask
 * the API. Another open PR that merely contains the commit (its head has moved on, or it is a
 * different branch) is never it: that PR's reviewers would read a report of code they are not
 * looking at. `others` lists such PRs, to say why nothing was posted.
 */
async function pullRequestFor(client, repo, run) {
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: repo.owner,
        repo: repo.repo,
        commit_sha: run.headSha
    });
    const open = data.filter((p) => p.state === 'open');
    const exact = open.find((p) => p.head.sha === run.headSha);
    return {
        number: exact?.number ?? null,
        others: open.filter((p) => p !== exact).map((p) => `#${p.number} (head ${p.head.sha.slice(0, 12)})`)
    };
}
/**
 * Runs publish mode: download the triggering run's report, check it, post the sticky comment.
 * Returns the exit code: 0 when the comment was posted or there was nothing to post, 1 when the
 * report could not be used (the reason is an error in the log).
 */
async function runPublishMode(inputs, deps = {}) {
    const env = deps.env ?? process.env;
    const log = deps.log ?? (0,action_log/* actionLog */.Z)();
    const fail = (message) => {
        log.annotate(message, 'repro-gate publish');
        return 1;
    };
    if (env.GITHUB_EVENT_NAME !== 'workflow_run') {
        return fail(`${constants/* Input */.pd.Mode}: publish runs on the workflow_run event (the run that made the report); this event is ${env.GITHUB_EVENT_NAME || 'unknown'}`);
    }
    const repo = (0,github_event/* repoFromEnv */.K)(env);
    const run = triggeringRun((0,github_event/* readEventPayload */.N5)(env));
    if (!repo || !run)
        return fail('mode: publish: the workflow_run event payload has no workflow_run.id and head_sha');
    if (!inputs.githubToken)
        return fail(`mode: publish needs ${constants/* Input */.pd.GithubToken} (with pull-requests: write and actions: read)`);
    const client = deps.client ?? (0,octokit/* createGitHubClient */.LX)(inputs.githubToken, env, deps.tuning);
    const artifacts = deps.artifacts ??
        new src_artifacts/* RestArtifacts */.IC({
            token: inputs.githubToken,
            owner: repo.owner,
            repo: repo.repo,
            apiUrl: (0,octokit/* apiBaseUrl */.tj)(env),
            fetch: (0,deadline/* fetchWithTimeout */.u9)(DOWNLOAD_TIMEOUT_MS, deps.tuning?.signal)
        });
    let listed;
    try {
        listed = await artifacts.list(run.id);
    }
    catch (err) {
        return fail(`repro-gate could not list the artifacts of run ${run.id}: ${(0,octokit/* describeApiError */.gg)(err)}`);
    }
    // The artifact's name is the PR's to choose: only the keys this workflow names are published,
    // or a PR could rewrite another gate's comment by uploading a report under its key.
    const accepted = new Set(inputs.commentKeys.map((k) => (0,src_artifacts/* sanitizeArtifactName */.n_)(k)));
    const all = reportsToPublish(listed, inputs.reportArtifact, run.attempt);
    const chosen = all.filter((a) => accepted.has(a.key));
    const ignored = all.filter((a) => !accepted.has(a.key)).map((a) => a.key);
    if (ignored.length > 0) {
        log.warning(`repro-gate ignores the report artifacts of comment keys ${ignored.join(', ')}: ${constants/* Input */.pd.CommentKey} names ${[...accepted].join(', ')} (add a key there to publish its reports)`);
    }
    if (chosen.length === 0) {
        return fail(`repro-gate found no report artifact "${inputs.reportArtifact}--<comment-key>--<attempt>" for ${constants/* Input */.pd.CommentKey} ${[...accepted].join(', ')} in run ${run.id}` +
            (ignored.length ? ` (it has reports for ${ignored.join(', ')})` : ' (did the gate run there, with the same report-artifact?)'));
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
    const root = env.RUNNER_TEMP || external_node_os_.tmpdir();
    await (0,promises_.mkdir)(root, { recursive: true });
    const dir = await (0,promises_.mkdtemp)(external_node_path_.join(root, 'repro-gate-publish-'));
    try {
        let report;
        try {
            const zip = external_node_path_.join(dir, 'artifact.zip');
            await artifacts.downloadZip(artifact.name, zip, MAX_ZIP_BYTES, run.id);
            report = await readReportZip(zip);
        }
        catch (err) {
            const why = err instanceof UntrustedReportError || err instanceof ZipError || err instanceof src_artifacts/* ArtifactTooBigError */.dj
                ? err.message
                : (0,octokit/* describeApiError */.gg)(err);
            return fail(`repro-gate could not read the report artifact "${artifact.name}" of run ${run.id}: ${why}`);
        }
        const reportSha = report.context.headSha ?? report.context.sha;
        if (reportSha !== run.headSha) {
            return fail(`repro-gate will not publish the report: it is for commit ${String(reportSha).slice(0, 40)}, but run ${run.id} ran ${run.headSha}`);
        }
        let found;
        try {
            found = await pullRequestFor(client, repo, run);
        }
        catch (err) {
            log.warning(`repro-gate could not find the pull request of ${run.headSha}: ${(0,octokit/* describeApiError */.gg)(err)}. The verdict is unchanged.`);
            return 0;
        }
        const pr = found.number;
        if (pr === null && found.others.length > 0) {
            log.warning(`repro-gate will not publish the report of ${run.headSha}: no open pull request has it as its head commit ` +
                `(open pull requests that contain it: ${found.others.join(', ')}; a newer push gets its own report). Nothing was posted.`);
            return 0;
        }
        if (pr === null) {
            log.info(`repro-gate: commit ${run.headSha} is the head of no open pull request; nothing to comment on`);
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
        const redactor = (0,redact/* createRedactor */.lY)(env);
        try {
            await (0,publish/* publishComment */.p8)({
                client,
                repo,
                pullRequest: pr,
                report: redactor.deep(trusted),
                inputs,
                redactor,
                env,
                backoffMs: deps.tuning?.retryAfterBaseValue
            }, log);
        }
        catch (err) {
            log.warning(`repro-gate could not post the PR comment: ${(0,octokit/* describeApiError */.gg)(err)}. The verdict is unchanged.`);
        }
        return 0;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Uploads the report as a workflow artifact named `name` (gate mode, after writing it), so the
 * publish workflow and people can fetch it. Best effort: outside Actions (no ACTIONS_RUNTIME_TOKEN)
 * it does nothing, and a failure is a warning. Returns whether it uploaded.
 */
async function uploadReportArtifact(reportPath, name, env = process.env, artifacts = new src_artifacts/* ActionsArtifacts */.$W()) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        return false;
    try {
        await artifacts.upload(name, reportPath, { retentionDays: 7 });
        return true;
    }
    catch (err) {
        core/* warning */.$e(`repro-gate could not upload the report as artifact "${name}": ${(0,errors/* errorMessage */.gJ)(err)}`);
        return false;
    }
}


/***/ })

};
