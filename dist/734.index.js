export const id = 734;
export const ids = [734];
export const modules = {

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


/***/ })

};
