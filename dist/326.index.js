export const id = 326;
export const ids = [326];
export const modules = {

/***/ 96326:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   predicateSchema: () => (/* binding */ predicateSchema)
/* harmony export */ });
/* unused harmony exports environmentSummarySchema, predicateMetricSchema, predicateArtifactSchema, predicateVariationsSchema, predicateSeedAuditSchema */
/* harmony import */ var _inputs_constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11068);
/* harmony import */ var _inputs_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82898);
/* harmony import */ var _metrics_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82834);
/* harmony import */ var _compare_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18714);
/* harmony import */ var _uris_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24302);
/* harmony import */ var _json_schema_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80117);
/**
 * The JSON Schema (draft-07) of the attestation predicate, published as
 * schema/attestation-predicate.schema.json (written by `repro-gate schema predicate`; a test keeps
 * the committed file equal to this object), and the predicate's types, derived from it. It holds
 * for both predicate types.
 */






/** One line per part of the environment, for people. */
const environmentSummarySchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
    os: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
    cpu: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
    gpu: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
    runner: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
    container: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
    python: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
    frameworks: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .recordOf */ .zv)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
    node: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()
});
const sha256Hex = _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String({ pattern: '^[0-9a-f]{64}$' });
/** One metric as attested: its reference value (run 1) and how the other runs compared. */
const predicateMetricSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
    name: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(),
    /** `unchecked`: fewer than two runs finished cleanly, so nothing was compared. */
    status: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Enum(['pass', 'drift', 'ignored', 'unchecked']),
    /** Run 1's value. */
    reference: _metrics_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .encodedValueSchema */ .j,
    /** Every run's value in run order (null where missing). */
    values: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Array(_metrics_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .encodedValueSchema */ .j),
    tolerance: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .oneOf */ .yL)([_inputs_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .toleranceSchema */ .R, _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Null()]),
    maxAbsDeviation: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Number()),
    maxRelDeviation: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Number())
});
/** One declared artifact: run 1's digest (the subject) and every run's. */
const predicateArtifactSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
    /** Relative to the workspace, as the subject is named. */
    name: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(),
    /** `unchecked`: fewer than two runs finished cleanly, so nothing was compared. */
    status: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Enum(['pass', 'drift', 'unchecked']),
    /** Run 1's digest; null when run 1 did not write it. */
    sha256: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .oneOf */ .yL)([sha256Hex, _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Null()]),
    bytes: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Integer({ minimum: 0 })),
    sha256PerRun: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Array((0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .oneOf */ .yL)([sha256Hex, _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Null()]))
});
/**
 * Variation runs (issue #8): which environment factors were varied and which of them moved a
 * result. Optional: absent when the gate ran without `vary`, or in a version without the feature.
 */
const predicateVariationsSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
    /** Factors that moved a metric or artifact; [] when none did. */
    sensitiveTo: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .strings */ .P$)(),
    factors: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Array((0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({ name: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(), varied: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Boolean(), sensitive: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Boolean(), reason: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()) }))
});
/** The seed audit (issue #8): one run with another seed, to show the seed is wired at all. */
const predicateSeedAuditSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
    /** null when the audit did not reach a conclusion. */
    seedWired: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Boolean()),
    auditSeed: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)(),
    changedMetrics: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)()
});
/** The predicate: what a verifier needs to trust the subjects, and nothing secret (it is redacted). Holds for both predicate types. */
const predicateSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .published */ .H3)((0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
    verdict: _compare_types_js__WEBPACK_IMPORTED_MODULE_3__/* .verdictSchema */ .$D,
    reproducible: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Boolean(),
    tool: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({ name: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Literal('repro-gate'), version: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String() }),
    /** When the report was made. */
    createdAt: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(),
    command: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(),
    /** Relative to the workspace. */
    workingDirectory: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(),
    runs: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
        requested: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Integer({ minimum: 2 }),
        /** Runs that were started. */
        executed: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)(),
        /** Runs that finished cleanly and were compared. */
        compared: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)(),
        durationsMs: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Array((0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nonNegativeNumber */ .Wf)())
    }),
    seed: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
        value: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Integer({ minimum: 0, maximum: 4294967295 }),
        determinism: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Enum(_inputs_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DeterminismLevels */ .XN),
        /** The variables the gate set for every run. */
        variables: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .recordOf */ .zv)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
        /** Seed and determinism variables the step had already set (never overwritten). */
        keptFromUser: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .recordOf */ .zv)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String())
    }),
    tolerance: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
        default: _inputs_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .toleranceSchema */ .R,
        rules: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Array((0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({ pattern: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(), tolerance: _inputs_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .toleranceSchema */ .R })),
        ignore: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .strings */ .P$)()
    }),
    metrics: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
        /** The metrics file, relative to the workspace (a subject). */
        file: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(),
        total: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)(),
        drifted: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)(),
        ignored: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)(),
        /** How many are listed in items: all of them unless the set is too large (drifted ones first). */
        listed: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)(),
        items: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Array(predicateMetricSchema)
    }),
    artifacts: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({ total: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)(), drifted: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)(), listed: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)(), items: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Array(predicateArtifactSchema) }),
    /** Why the verdict is error, when it is. */
    errors: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .strings */ .P$)(),
    source: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
        repository: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
        /** GITHUB_SHA: the commit checked out (the merge commit on a pull request). */
        commit: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
        /** The pull request's head commit. */
        headCommit: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
        ref: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
        eventName: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
        pullRequest: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Integer())
    }),
    workflow: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
        name: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
        /** owner/repo/.github/workflows/file.yml@ref: the identity a signing certificate also names. */
        ref: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
        job: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
        runId: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
        runAttempt: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
        runUrl: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String())
    }),
    environment: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .oneOf */ .yL)([
        _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Null(),
        (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
            fingerprint: sha256Hex,
            /** The parts hashed into the fingerprint (hardware model, OS, image, GPU driver, digests, locks, toolchains). */
            parts: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .recordOf */ .zv)(_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String()),
            summary: environmentSummarySchema,
            data: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Array((0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({ path: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(), sha256: sha256Hex, bytes: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)() }))
        })
    ]),
    lockfiles: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Array((0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({
        path: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(),
        format: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(),
        sha256: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String({ pattern: '^([0-9a-f]{64})?$' }),
        packages: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)(),
        unpinned: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .countOf */ .pq)()
    })),
    /** The JSON report this predicate summarises. */
    report: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .closed */ .$h)({ path: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.String(), sha256: sha256Hex, schemaVersion: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Integer({ minimum: 1 }) }),
    variations: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Optional(predicateVariationsSchema),
    seedAudit: _json_schema_js__WEBPACK_IMPORTED_MODULE_5__/* .Type */ .ZU.Optional(predicateSeedAuditSchema)
}), {
    $id: 'https://github.com/repro-gate/repro-gate/schema/attestation-predicate.schema.json',
    title: 'repro-gate attestation predicate',
    description: `The predicate of an in-toto Statement v1 written by repro-gate. predicateType ${_uris_js__WEBPACK_IMPORTED_MODULE_4__/* .PredicateType */ .Ot.Reproducible} ` +
        `when the verdict is reproducible, ${_uris_js__WEBPACK_IMPORTED_MODULE_4__/* .PredicateType */ .Ot.NotReproducible} otherwise. The subjects are the reference ` +
        "run's metrics file and declared artifacts, named by their path relative to the workspace."
});


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

/***/ 18714:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ verdictSchema),
/* harmony export */   LK: () => (/* binding */ envChangeSchema),
/* harmony export */   RH: () => (/* binding */ metricComparisonSchema),
/* harmony export */   zf: () => (/* binding */ artifactComparisonSchema)
/* harmony export */ });
/* unused harmony exports comparisonStatusSchema, runIndexListSchema, toleranceOrNullSchema */
/* harmony import */ var _inputs_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82898);
/* harmony import */ var _metrics_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82834);
/* harmony import */ var _json_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80117);
/* harmony import */ var _env_change_categories_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56114);
/**
 * What the compare stage produces: per-metric and per-artifact comparisons across runs, the
 * verdict, and the environment changes between two reports. Each is written once as its JSON
 * Schema; the TypeScript type is derived from it.
 */




const verdictSchema = _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Enum(['reproducible', 'drift', 'error']);
const comparisonStatusSchema = _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Enum(['pass', 'drift', 'ignored']);
/** 1-based run indices. */
const runIndexListSchema = _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Array(_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Integer({ minimum: 1 }));
/** A tolerance, or null where none applies (strings, booleans, null). */
const toleranceOrNullSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)([_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Null(), _inputs_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .toleranceSchema */ .R]);
/**
 * One metric across the runs, as compared in memory. The report stores it compactly (fields at
 * their defaults left out): see report/stored.ts and report/schema.ts.
 */
const metricComparisonSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .closed */ .$h)({
    name: _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String(),
    status: comparisonStatusSchema,
    /** One entry per run in run order; null where the metric is missing (see missingIn). */
    values: _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Array(_metrics_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .encodedValueSchema */ .j),
    /** 1-based indices of the runs where the metric was absent. */
    missingIn: runIndexListSchema,
    /** Tolerance applied (numbers only); null for strings, booleans, null. */
    tolerance: toleranceOrNullSchema,
    /** The tolerance rule's pattern that applied, or null for the default tolerance. */
    toleranceRule: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String()),
    /** max |a\u2212b| over the runs compared with the reference; null when not numeric. */
    maxAbsDeviation: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Number()),
    /** max |a\u2212b|/|b|; null when the reference is 0 or not numeric. */
    maxRelDeviation: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Number()),
    /** 1-based indices of runs that differ from the reference beyond tolerance. */
    driftRuns: runIndexListSchema,
    /** Human-readable reason when status is drift. */
    reason: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String())
});
const artifactComparisonSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .closed */ .$h)({
    path: _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String(),
    status: _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Enum(['pass', 'drift']),
    /** sha256 per run; null where the run did not produce it. */
    sha256: _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Array((0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String())),
    bytes: _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Array((0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Integer())),
    driftRuns: runIndexListSchema,
    reason: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String())
});

/** One difference between where two reports were made. `before`/`after` are null when the thing was absent on that side. */
const envChangeSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .closed */ .$h)({
    category: _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Enum(_env_change_categories_js__WEBPACK_IMPORTED_MODULE_3__/* .EnvChangeCategories */ .o),
    /** What changed: a package name, a lockfile path, `GPU driver`, a variable name. */
    subject: _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String(),
    before: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String()),
    after: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .nullable */ .me)(_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String()),
    /** Where or why, e.g. the lockfile a package comes from. */
    detail: _json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_json_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String())
});


/***/ }),

/***/ 82898:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ toleranceSchema),
/* harmony export */   f: () => (/* binding */ toleranceRuleSchema)
/* harmony export */ });
/* harmony import */ var _json_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80117);
/** The JSON Schema of the tolerances as the report records them, and their types (tolerance.ts parses them). */

/** `|a\u2212b| \u2264 atol + rtol\u00b7|b|`, with b the reference value. */
const toleranceSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .closed */ .$h)({ atol: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nonNegativeNumber */ .Wf)(), rtol: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nonNegativeNumber */ .Wf)() });
/** A per-metric override: the first rule whose pattern matches a metric name wins. */
const toleranceRuleSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .closed */ .$h)({ pattern: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({ minLength: 1 }), tolerance: toleranceSchema });


/***/ }),

/***/ 80117:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ closed),
/* harmony export */   H3: () => (/* binding */ published),
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   SC: () => (/* binding */ enumOrNull),
/* harmony export */   Wf: () => (/* binding */ nonNegativeNumber),
/* harmony export */   ZU: () => (/* reexport safe */ typebox__WEBPACK_IMPORTED_MODULE_0__.Ay$),
/* harmony export */   me: () => (/* binding */ nullable),
/* harmony export */   pq: () => (/* binding */ countOf),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zv: () => (/* binding */ recordOf)
/* harmony export */ });
/* harmony import */ var typebox__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6868);
/**
 * JSON Schema (draft-07) building blocks shared by every stage's schema fragment. A stage writes the
 * schema of what it produces once, with TypeBox, and derives its TypeScript type from it
 * (`type X = Static<typeof xSchema>`), so the published schema and the types cannot drift apart.
 * TypeBox keeps its own bookkeeping (`~kind`, `~optional`) in non-enumerable keys: JSON.stringify
 * and ajv see plain JSON Schema.
 *
 * The helpers below keep the schema's established forms where TypeBox would write another one:
 * `{ type: ['string', 'null'] }` (TypeBox: anyOf), `oneOf` (TypeBox unions are anyOf), and
 * `additionalProperties` for maps (TypeBox's Record writes `patternProperties: { '^.*$': \u2026 }`, which
 * lets a key with a line break through unchecked, and tests a regex per key of a million-metric run).
 */


/** A closed object: these properties and no other; `Type.Optional(\u2026)` marks the `?` ones. */
function closed(properties, options = {}) {
    return typebox__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Object */ .Ay$.Object(properties, { additionalProperties: false, ...options });
}
/** A schema that is also published or validated on its own: its `$schema`, `$id` and `title`. */
function published(schema, meta) {
    return Object.assign(schema, { $schema: 'http://json-schema.org/draft-07/schema#', ...meta });
}
/** A schema with one `type` keyword, or null: `{ type: ['string', 'null'], \u2026 }`. */
function nullable(schema) {
    return typebox__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Unsafe */ .Ay$.Unsafe({ ...schema, type: [schema.type, 'null'] });
}
/** Exactly one of these schemas (`oneOf`); the type is their union. */
function oneOf(schemas, options = {}) {
    return typebox__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Unsafe */ .Ay$.Unsafe({ ...options, oneOf: schemas });
}
/** One of these values, or null: `{ enum: [..., null] }` (TypeBox's Enum takes no null). */
function enumOrNull(values) {
    return typebox__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Unsafe */ .Ay$.Unsafe({ enum: [...values, null] });
}
/** A map from any string to values of one schema (`additionalProperties`). */
function recordOf(value, options = {}) {
    return typebox__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Unsafe */ .Ay$.Unsafe({ type: 'object', additionalProperties: value, ...options });
}
/** The number-or-null and integer-count forms every stage uses. */
const nonNegativeNumber = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Number */ .Ay$.Number({ minimum: 0 });
const countOf = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Integer */ .Ay$.Integer({ minimum: 0 });
const strings = () => typebox__WEBPACK_IMPORTED_MODULE_0__/* ["default"].Array */ .Ay$.Array(typebox__WEBPACK_IMPORTED_MODULE_0__/* ["default"].String */ .Ay$.String());


/***/ }),

/***/ 82834:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ encodedValueSchema)
/* harmony export */ });
/* unused harmony export nonFiniteSchema */
/* harmony import */ var _json_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80117);
/** The JSON Schema of a metric value as the report writes it, and its type (values.ts reads and writes them). */

/** NaN and \u00b1Infinity, tagged: JSON has no such numbers. */
const nonFiniteSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .closed */ .$h)({ nonFinite: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Enum(['NaN', 'Infinity', '-Infinity']) });
/**
 * A metric value as written in a report: JSON scalars, or `{ nonFinite }` for NaN and \u00b1Infinity.
 * The scalars are one `type` keyword (one check per value, a million values in a big report).
 */
const encodedValueSchema = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)([
    _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Unsafe({ type: ['number', 'string', 'boolean', 'null'] }),
    nonFiniteSchema
]);


/***/ })

};
