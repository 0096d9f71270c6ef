export const id = 971;
export const ids = [971];
export const modules = {

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


/***/ }),

/***/ 40914:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
/**
 * 2: metrics stored compactly (see stored.ts); 1 is still read. The in-memory report is the same
 * for both: every reader sees every field.
 */
const SCHEMA_VERSION = 2;


/***/ }),

/***/ 31971:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportSchema: () => (/* binding */ reportSchema)
});

// UNUSED EXPORTS: driftItemSchema, inMemoryReportSchema, modeSchema, reportContextSchema, reportErrorSchema, reportInputsSchema, storedMetricSchema, storedRunSchema

// EXTERNAL MODULE: ./src/inputs/constants.ts
var constants = __webpack_require__(11068);
// EXTERNAL MODULE: ./src/inputs/schema.ts
var schema = __webpack_require__(82898);
// EXTERNAL MODULE: ./src/inputs/vary.ts
var vary = __webpack_require__(42953);
// EXTERNAL MODULE: ./src/metrics/schema.ts
var metrics_schema = __webpack_require__(82834);
// EXTERNAL MODULE: ./src/json-schema.ts
var json_schema = __webpack_require__(80117);
;// CONCATENATED MODULE: ./src/plan/schema.ts
/** The JSON Schema of what the plan stage adds to the report (seeds.ts and exposure.ts compute it), and its types. */

const seedVariablesSchema = (0,json_schema/* closed */.$h)({
    /** Variables the gate set for every run. */
    set: (0,json_schema/* recordOf */.zv)(json_schema/* Type */.ZU.String()),
    /** Seed/determinism variables the user had already set; never overwritten. */
    keptFromUser: (0,json_schema/* recordOf */.zv)(json_schema/* Type */.ZU.String())
});
const exposureSchema = (0,json_schema/* closed */.$h)({
    /** Secret-looking variables of the gate's environment that the experiment's lacks but can read there; names only. */
    readableVariables: (0,json_schema/* strings */.P$)(),
    /** A GitHub-hosted runner: the experiment has passwordless sudo and docker. */
    hostedRunner: json_schema/* Type */.ZU.Boolean(),
    /** The same, in one paragraph for people. */
    note: json_schema/* Type */.ZU.String()
}, { description: "What the experiment could read of the gate's secrets although its environment lacked them: variable names only." });
/** What this stage adds to the report (report/schema.ts spreads it in). */
const exposureReportSections = {
    /** What the experiment could read of the gate's secrets although its environment lacked them (absent: nothing to say). */
    exposure: json_schema/* Type */.ZU.Optional(exposureSchema)
};

;// CONCATENATED MODULE: ./src/runs/types.ts
/**
 * What the runs stage produces: one record per run of the experiment, the files section, how the
 * runs were contained and what they left behind. Each is written once as its JSON Schema fragment
 * (the report's schema embeds them); the TypeScript type is derived from it.
 */


/** A sha256 in hex; empty when the file was skipped (or is a link). */
const sha256OrEmpty = json_schema/* Type */.ZU.String({ pattern: '^([0-9a-f]{64})?$' });
/** A process that was still running when the run's main process exited, and was ended with it. */
const leftoverProcessSchema = (0,json_schema/* closed */.$h)({
    /** The kernel's name for it (`comm`, 15 characters at most). */
    name: json_schema/* Type */.ZU.String(),
    /** Its command line as it shows it (argv joined by spaces; argv[0] as the process set it), at most 300 characters. */
    command: json_schema/* Type */.ZU.String()
});
/** What was ended after a run: every process it left behind. */
const leftoversSchema = (0,json_schema/* closed */.$h)({
    count: (0,json_schema/* countOf */.pq)(),
    /** The first 20 of them. */
    processes: json_schema/* Type */.ZU.Array(leftoverProcessSchema, { maxItems: 20 })
}, { description: 'Processes still running when the run\u2019s main process exited, ended with its PID namespace.' });
const artifactFileSchema = (0,json_schema/* closed */.$h)({
    /** Relative to the working directory, forward slashes. */
    path: json_schema/* Type */.ZU.String(),
    /** Empty when the file was skipped. */
    sha256: sha256OrEmpty,
    bytes: (0,json_schema/* countOf */.pq)(),
    /** Why it was not hashed: a symbolic link (moved as a link, never followed), a FIFO, a device. */
    skipped: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.String()),
    /** Where this run's copy is kept (absolute); absent when it could not be moved there (see the files section's warnings). */
    copy: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.String())
});
const runRecordSchema = (0,json_schema/* closed */.$h)({
    /** 1-based, as REPRO_RUN. */
    index: json_schema/* Type */.ZU.Integer({ minimum: 1 }),
    exitCode: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Integer()),
    signal: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    durationMs: (0,json_schema/* nonNegativeNumber */.Wf)(),
    timedOut: json_schema/* Type */.ZU.Boolean(),
    cancelled: json_schema/* Type */.ZU.Boolean(),
    /** The run's own folder; the files it created or changed were moved to its `files/` folder. */
    outputDir: json_schema/* Type */.ZU.String(),
    /** Absolute path the metrics were read from (inside outputDir after the move), or null. */
    metricsFile: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /**
     * The values the run reported; null when it reported none. Absent for a run whose values the
     * report's metric comparison holds (its k-th value for the k-th compared run): a million metrics
     * are kept once, in memory as in a stored report (see report/schema.ts).
     */
    metrics: json_schema/* Type */.ZU.Optional((0,json_schema/* oneOf */.yL)([json_schema/* Type */.ZU.Null(), (0,json_schema/* recordOf */.zv)(metrics_schema/* encodedValueSchema */.j)])),
    artifacts: json_schema/* Type */.ZU.Array(artifactFileSchema),
    /** Why this run cannot be compared (crash, timeout, no metrics, invalid metrics). */
    error: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** Last lines of stdout+stderr, redacted and bounded. */
    outputTail: json_schema/* Type */.ZU.String(),
    /** Processes still running when the run's main process exited, ended by the gate (absent: none, or not known). */
    leftovers: json_schema/* Type */.ZU.Optional(leftoversSchema)
});
/**
 * A file matched by the metrics path or the artifact globs before run 1: the experiment's input.
 * Every run starts from these bytes; the gate keeps a copy of them (`saved`) until it ends.
 */
const inputFileSchema = (0,json_schema/* closed */.$h)({
    /** Relative to the working directory, forward slashes. */
    path: json_schema/* Type */.ZU.String(),
    /** sha256 and size before the gate (empty and 0 for a symbolic link: `link` names its target). */
    sha256: sha256OrEmpty,
    bytes: (0,json_schema/* countOf */.pq)(),
    link: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.String()),
    /** The copy of it from before the gate, kept in the gate's own folder. */
    saved: json_schema/* Type */.ZU.String(),
    /**
     * What the working directory holds after the gate: `before` (the bytes from before the gate),
     * `run 1` (run 1 changed it: its version, as one plain run leaves it), or `unverified` (it could
     * not be put back with the recorded sha256: `saved` holds the original).
     */
    after: json_schema/* Type */.ZU.Enum(['before', 'run 1', 'unverified'])
});
/** Where the experiment's files are after the gate: the report's `files` section. */
const workspaceFilesSchema = (0,json_schema/* closed */.$h)({
    inWorkspace: json_schema/* Type */.ZU.Array(json_schema/* Type */.ZU.String(), {
        description: "Run 1's metrics file and artifacts in the working directory with run 1's bytes (relative paths)."
    }),
    /** Every run's copies: `<folder>/<path relative to the working directory>`. */
    copies: json_schema/* Type */.ZU.Array((0,json_schema/* closed */.$h)({ run: json_schema/* Type */.ZU.Integer({ minimum: 1 }), folder: json_schema/* Type */.ZU.String() })),
    inputs: json_schema/* Type */.ZU.Array(inputFileSchema),
    /** One line per file that could not be kept, put back or checked. */
    warnings: (0,json_schema/* strings */.P$)()
}, {
    description: "Where the experiment's files are after the gate: run 1's outputs back in the working directory, each run's copies, the inputs and what could not be put back."
});
/** How a run's processes were contained: `user-namespace` = unprivileged, the gate's user mapped to itself. */
const CONTAINMENT_VIAS = ['unshare', 'sudo', 'user-namespace'];
/** How the runs were kept from outliving the gate (and, with `isolate`, from reaching it). */
const containmentSchema = (0,json_schema/* closed */.$h)({
    /** `pid-namespace`: each run has its own PID namespace and /proc; `tracking`: the inherited variable only. */
    method: json_schema/* Type */.ZU.Enum(['pid-namespace', 'tracking']),
    via: (0,json_schema/* enumOrNull */.SC)(CONTAINMENT_VIAS),
    /** Input `isolate`: an unprivileged user, no_new_privs, no capabilities, no tokens. */
    isolated: json_schema/* Type */.ZU.Boolean(),
    /** Isolated: who the experiment ran as, `name (uid:gid)`. */
    user: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** Whether a process of the experiment that is or becomes root could still outlive the run. */
    rootCanEscape: json_schema/* Type */.ZU.Boolean(),
    /** In words: what holds, and what does not. */
    note: json_schema/* Type */.ZU.String()
}, { description: 'How the runs were kept from outliving the gate (and, isolated, from reaching it).' });
/** What this stage adds to the report besides its runs (report/schema.ts spreads it in). */
const runsReportSections = {
    /** Where the experiment's files are after the gate: run 1's back in place, each run's copies, the inputs. */
    files: json_schema/* Type */.ZU.Optional(workspaceFilesSchema),
    /** How the runs' processes were contained: a PID namespace per run or the tracking variable; isolated or not. */
    containment: json_schema/* Type */.ZU.Optional(containmentSchema)
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/types.ts
/**
 * Dependency lockfiles: one parser per format, all behind the same interface, so the
 * snapshot records exactly which package versions an experiment was run with.
 */

const pinnedPackageSchema = (0,json_schema/* closed */.$h)({ name: json_schema/* Type */.ZU.String(), version: json_schema/* Type */.ZU.String() });
/** A dependency named without an exact version, e.g. `{ name: 'numpy', spec: '>=1.2' }`; spec '' when none. */
const unpinnedRequirementSchema = (0,json_schema/* closed */.$h)({ name: json_schema/* Type */.ZU.String(), spec: json_schema/* Type */.ZU.String() });
const lockfileRecordSchema = (0,json_schema/* closed */.$h)({
    /** Relative to the working directory, forward slashes. */
    path: json_schema/* Type */.ZU.String(),
    /** parser.format, or 'unknown'. */
    format: json_schema/* Type */.ZU.String(),
    /** Empty when the file could not be read (then `error` says why). */
    sha256: json_schema/* Type */.ZU.String({ pattern: '^([0-9a-f]{64})?$' }),
    bytes: (0,json_schema/* countOf */.pq)(),
    /** Unique (name, version) pairs. */
    packageCount: (0,json_schema/* countOf */.pq)(),
    /** Sorted by name then version, de-duplicated. */
    packages: json_schema/* Type */.ZU.Array(pinnedPackageSchema),
    unpinned: json_schema/* Type */.ZU.Array(unpinnedRequirementSchema),
    /**
     * Python lockfiles only, when the interpreter was probed: pins the interpreter does not have as
     * written (another version, or not installed). Absent when not checked.
     */
    installedMismatches: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.Array((0,json_schema/* closed */.$h)({ name: json_schema/* Type */.ZU.String(), pinned: json_schema/* Type */.ZU.String(), installed: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()) }))),
    /** Parse failure: recorded, never thrown. */
    error: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.String())
});
/** The report's `lockfiles` section; also a schema of its own (`$id`). */
const lockfilesSchema = (0,json_schema/* published */.H3)(json_schema/* Type */.ZU.Array(lockfileRecordSchema), {
    $id: 'https://repro-gate.dev/schema/lockfiles.json',
    title: 'repro-gate dependency lockfiles'
});

;// CONCATENATED MODULE: ./src/snapshot/types.ts
/**
 * Provenance: where and with what the experiment ran. Every probe reports a `Probed<T>`,
 * so a missing tool, a crash or a hang is recorded with its reason instead of failing the gate.
 * Each part is written once as its JSON Schema (the report's `environment` section embeds
 * `environmentSchema`); the TypeScript types are derived from it.
 */


/** `Probed<T>`'s schema: the probe's fields with status 'ok', or only a reason with status 'unavailable'. */
function probed(info) {
    return json_schema/* Type */.ZU.Unsafe({
        oneOf: [
            (0,json_schema/* closed */.$h)({ status: json_schema/* Type */.ZU.Literal('ok'), ...info.properties }),
            (0,json_schema/* closed */.$h)({ status: json_schema/* Type */.ZU.Literal('unavailable'), reason: json_schema/* Type */.ZU.String() })
        ]
    });
}
const sha256Hex = json_schema/* Type */.ZU.String({ pattern: '^[0-9a-f]{64}$' });
const hardwareInfoSchema = (0,json_schema/* closed */.$h)({
    cpu: (0,json_schema/* closed */.$h)({
        vendor: json_schema/* Type */.ZU.String(),
        model: json_schema/* Type */.ZU.String(),
        physicalCores: (0,json_schema/* countOf */.pq)(),
        logicalCores: (0,json_schema/* countOf */.pq)(),
        /** Only the flags that change floating-point results: avx, avx2, avx512f, fma, ... */
        flags: (0,json_schema/* strings */.P$)()
    }),
    memoryBytes: (0,json_schema/* countOf */.pq)(),
    virtualization: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())
});
const osInfoSchema = (0,json_schema/* closed */.$h)({
    platform: json_schema/* Type */.ZU.String(),
    distro: json_schema/* Type */.ZU.String(),
    release: json_schema/* Type */.ZU.String(),
    kernel: json_schema/* Type */.ZU.String(),
    arch: json_schema/* Type */.ZU.String()
});
const gpuDeviceSchema = (0,json_schema/* closed */.$h)({
    name: json_schema/* Type */.ZU.String(),
    memoryMiB: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Number()),
    driverVersion: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())
});
const gpuInfoSchema = (0,json_schema/* closed */.$h)({
    /** Empty when the machine has no NVIDIA GPU (recorded as none, not as a failure). */
    devices: json_schema/* Type */.ZU.Array(gpuDeviceSchema),
    driverVersion: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** The driver's maximum CUDA version, from `nvidia-smi -q`. */
    cudaDriverVersion: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** The CUDA toolkit, from `nvcc --version` or the toolkit's version file. */
    cudaToolkitVersion: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())
});
const runnerInfoSchema = (0,json_schema/* closed */.$h)({
    os: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    arch: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    name: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    environment: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    imageOS: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    imageVersion: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** sha256 of /imagegeneration/imagedata.json when present. */
    imageDataSha256: (0,json_schema/* oneOf */.yL)([sha256Hex, json_schema/* Type */.ZU.Null()]),
    sha: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    ref: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    workflowRef: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    runId: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    runAttempt: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    eventName: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())
});
const imageDigestSchema = (0,json_schema/* closed */.$h)({
    reference: json_schema/* Type */.ZU.String(),
    /** name@sha256:\u2026 when resolved. */
    digest: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String({ pattern: '@sha256:[0-9a-f]{64}$' })),
    /** Why the digest could not be resolved. */
    reason: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())
});
const containerInfoSchema = (0,json_schema/* closed */.$h)({
    inContainer: json_schema/* Type */.ZU.Boolean(),
    /** How it was detected. */
    detectedBy: (0,json_schema/* enumOrNull */.SC)(['cgroup-v1', 'cgroup-v2', 'dockerenv', 'containerenv']),
    containerId: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** The job container's own image, when docker is reachable. */
    jobImage: (0,json_schema/* oneOf */.yL)([imageDigestSchema, json_schema/* Type */.ZU.Null()]),
    /** The `images` input resolved to digests. */
    images: json_schema/* Type */.ZU.Array(imageDigestSchema)
});
const pythonDistributionSchema = (0,json_schema/* closed */.$h)({ name: json_schema/* Type */.ZU.String(), version: json_schema/* Type */.ZU.String() });
const versionOnly = (0,json_schema/* closed */.$h)({ version: json_schema/* Type */.ZU.String() });
/** The BLAS under numpy, as far as it changes floating-point results between machines. */
const blasInfoSchema = (0,json_schema/* closed */.$h)({
    /** OpenBLAS, MKL, Accelerate, BLIS, \u2026 */
    library: json_schema/* Type */.ZU.String(),
    /** The distribution or build name numpy was built against (e.g. scipy-openblas). */
    distribution: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    version: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** The library's build configuration (OpenBLAS: USE64BITINT DYNAMIC_ARCH \u2026 MAX_THREADS=64). */
    build: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** sequential, pthreads, OpenMP, or MKL's threading layer. */
    threading: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** The loaded library's thread count, else the variable that sets it, else "library default". */
    threads: json_schema/* Type */.ZU.String(),
    /** The CPU kernels in use (OpenBLAS core name, e.g. Haswell, SkylakeX). */
    coreType: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())
});
const pythonInfoSchema = (0,json_schema/* closed */.$h)({
    interpreter: json_schema/* Type */.ZU.String(),
    version: json_schema/* Type */.ZU.String(),
    executable: json_schema/* Type */.ZU.String(),
    distributions: json_schema/* Type */.ZU.Array(pythonDistributionSchema),
    frameworks: (0,json_schema/* closed */.$h)({
        torch: json_schema/* Type */.ZU.Optional((0,json_schema/* closed */.$h)({ version: json_schema/* Type */.ZU.String(), cuda: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()), cudnn: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()) })),
        tensorflow: json_schema/* Type */.ZU.Optional(versionOnly),
        jax: json_schema/* Type */.ZU.Optional(versionOnly),
        numpy: json_schema/* Type */.ZU.Optional(versionOnly)
    }),
    /** numpy's BLAS (null when numpy is absent or names none; absent in reports before 0.2); see snapshot/ml-stack.ts. */
    blas: json_schema/* Type */.ZU.Optional((0,json_schema/* oneOf */.yL)([blasInfoSchema, json_schema/* Type */.ZU.Null()])),
    conda: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())
});
const toolchainInfoSchema = (0,json_schema/* closed */.$h)({ node: json_schema/* Type */.ZU.String(), python: probed(pythonInfoSchema) });
const fileFingerprintSchema = (0,json_schema/* closed */.$h)({
    /** Relative to the working directory, forward slashes. */
    path: json_schema/* Type */.ZU.String(),
    /** Empty when the file was skipped. */
    sha256: json_schema/* Type */.ZU.String({ pattern: '^([0-9a-f]{64})?$' }),
    bytes: (0,json_schema/* countOf */.pq)(),
    /** Why it was not hashed: not a regular file (a FIFO, /dev/zero, a link to one), or the deadline passed. */
    skipped: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.String())
});
/** The report's `environment` section; also a schema of its own (`$id`), so a capture can be validated alone. */
const environmentSchema = (0,json_schema/* published */.H3)((0,json_schema/* closed */.$h)({
    /** sha256 over what can change results (hardware model, OS, image, GPU driver, digests, locks, toolchains). */
    fingerprint: sha256Hex,
    /** The parts hashed into the fingerprint, so two reports can be diffed part by part. */
    fingerprintParts: (0,json_schema/* recordOf */.zv)(json_schema/* Type */.ZU.String()),
    capturedAt: json_schema/* Type */.ZU.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T' }),
    captureMs: (0,json_schema/* nonNegativeNumber */.Wf)(),
    hardware: probed(hardwareInfoSchema),
    os: probed(osInfoSchema),
    gpu: probed(gpuInfoSchema),
    runner: runnerInfoSchema,
    container: probed(containerInfoSchema),
    toolchains: toolchainInfoSchema,
    data: json_schema/* Type */.ZU.Array(fileFingerprintSchema),
    /** Thread-count and math-library variables that were already set (allow-listed names only). */
    mathEnv: (0,json_schema/* recordOf */.zv)(json_schema/* Type */.ZU.String()),
    /** Non-fatal problems met while capturing (a probe that timed out, a glob that matched nothing). */
    warnings: (0,json_schema/* strings */.P$)()
}), {
    $id: 'https://repro-gate.dev/schema/environment.json',
    title: 'repro-gate environment (provenance)'
});
/** What this stage adds to the report (report/schema.ts spreads it in). */
const snapshotReportSections = {
    /** Provenance: where and with what the experiment ran. Absent when capture was skipped. */
    environment: json_schema/* Type */.ZU.Optional(environmentSchema),
    lockfiles: json_schema/* Type */.ZU.Optional(lockfilesSchema)
};

// EXTERNAL MODULE: ./src/compare/types.ts
var types = __webpack_require__(18714);
;// CONCATENATED MODULE: ./src/compare/sections/baseline.ts
/**
 * The report's `baseline` section: this report compared with the default branch's history. The
 * baseline stage (src/baseline/) fills it; its shape is a comparison, so it lives with compare.
 * Written once as its JSON Schema; the types are derived from it.
 */




const baselineMetricStatusSchema = json_schema/* Type */.ZU.Enum(['match', 'drift', 'new', 'missing', 'ignored']);
const baselineMetricSchema = (0,json_schema/* closed */.$h)({
    name: json_schema/* Type */.ZU.String(),
    status: baselineMetricStatusSchema,
    /** The baseline's newest value (null when the metric is new). */
    reference: metrics_schema/* encodedValueSchema */.j,
    /** This report's value (its reference run); null when missing. */
    current: metrics_schema/* encodedValueSchema */.j,
    tolerance: (0,json_schema/* oneOf */.yL)([schema/* toleranceSchema */.R, json_schema/* Type */.ZU.Null()]),
    toleranceRule: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    absDeviation: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Number()),
    relDeviation: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Number()),
    reason: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** The commit the reference value comes from. */
    referenceCommit: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** Default-branch values, oldest first (at most HISTORY_LIMIT). */
    trend: json_schema/* Type */.ZU.Array(metrics_schema/* encodedValueSchema */.j)
});
/** This report compared with the default branch's newest reproducible result. */
const baselineSchema = (0,json_schema/* closed */.$h)({
    /** The `baseline-key` input. */
    key: json_schema/* Type */.ZU.String(),
    /** What happened: compared with a restored history, saved a new one, both, or neither. */
    compared: json_schema/* Type */.ZU.Boolean(),
    saved: json_schema/* Type */.ZU.Boolean(),
    /** The commit and time of the newest default-branch run the metrics were compared with. */
    baselineCommit: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    baselineCreatedAt: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    baselineFingerprint: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    currentFingerprint: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    fingerprintChanged: json_schema/* Type */.ZU.Boolean(),
    metrics: json_schema/* Type */.ZU.Array(baselineMetricSchema),
    /**
     * Metrics of this run the history does not track (new, or ignored) past the first
     * MAX_UNTRACKED_LISTED: counted, not listed (a million metrics against a history of a thousand).
     */
    untrackedNotListed: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.Integer({
        minimum: 1,
        description: 'Metrics of this run the baseline does not track (new or ignored) beyond the first listed; absent when none'
    })),
    /** Reproducible share of the recorded default-branch runs (0..1), null when there are none. */
    reproducibleShare: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Number({ minimum: 0, maximum: 1 })),
    /** How many default-branch runs the share is over. */
    defaultBranchRuns: (0,json_schema/* countOf */.pq)(),
    /** match: every metric within baseline-tolerance; drift: one moved or went missing; none: nothing to compare. */
    verdict: json_schema/* Type */.ZU.Enum(['match', 'drift', 'none']),
    /** Environment changes since the baseline, when a metric drifted or the fingerprint differs. */
    changes: json_schema/* Type */.ZU.Array(types/* envChangeSchema */.LK),
    /** Cache misses, an absent cache service, a re-run: never failures. */
    warnings: (0,json_schema/* strings */.P$)()
}, { description: "This report compared with the default branch's newest reproducible result (restored from the Actions cache)." });
/** The section in the report (report/schema.ts spreads it in). */
const baselineReportSections = {
    /** Comparison against the default branch's baseline, when one was restored. */
    baseline: json_schema/* Type */.ZU.Optional(baselineSchema)
};

;// CONCATENATED MODULE: ./src/compare/sections/legs.ts
/**
 * Matrix record/compare: each matrix leg records its report as an artifact; one compare job reads
 * them all and compares every leg with the reference leg. This is the report's `legs` section,
 * written once as its JSON Schema; the types are derived from it.
 */




/** A value per leg name; null where the leg lacks the metric. */
const valuesByLeg = (0,json_schema/* recordOf */.zv)(metrics_schema/* encodedValueSchema */.j);
/** One recorded leg. */
const legSummarySchema = (0,json_schema/* closed */.$h)({
    /** From the artifact name: `<runner name>-<job>-<attempt>`, sanitised. */
    name: json_schema/* Type */.ZU.String(),
    artifact: json_schema/* Type */.ZU.String(),
    /** Runner name, OS and image, e.g. "gpu-box-1 (Linux X64, ubuntu24 20260101.1)". */
    runner: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    fingerprint: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** The leg's own verdict across its runs. */
    verdict: types/* verdictSchema */.$D,
    /** The leg's value of each metric (its reference run); null where missing. */
    metrics: valuesByLeg,
    /** True for the reference leg. */
    reference: json_schema/* Type */.ZU.Boolean(),
    /** The leg differs from the reference beyond tolerance, or did not reproduce itself. */
    drift: json_schema/* Type */.ZU.Boolean(),
    /** Metrics that differ from the reference leg. */
    driftedMetrics: (0,json_schema/* strings */.P$)(),
    /** `diffEnvironments(reference, leg)`, for drifting legs only. */
    changes: json_schema/* Type */.ZU.Array(types/* envChangeSchema */.LK)
});
const legMetricStatusSchema = json_schema/* Type */.ZU.Enum(['pass', 'drift', 'ignored']);
/** One metric across legs. */
const legMetricSchema = (0,json_schema/* closed */.$h)({
    name: json_schema/* Type */.ZU.String(),
    status: legMetricStatusSchema,
    /** Per leg name. */
    values: valuesByLeg,
    tolerance: (0,json_schema/* oneOf */.yL)([schema/* toleranceSchema */.R, json_schema/* Type */.ZU.Null()]),
    toleranceRule: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    maxAbsDeviation: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Number()),
    maxRelDeviation: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Number()),
    /** Legs whose value differs from the reference leg's. */
    driftLegs: (0,json_schema/* strings */.P$)(),
    reason: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())
});
const legsSchema = (0,json_schema/* closed */.$h)({
    /** The reference leg's name. */
    reference: json_schema/* Type */.ZU.String(),
    /** 'input': reference-leg named it; 'first-by-name': the first leg in name order. */
    referenceChosenBy: json_schema/* Type */.ZU.Enum(['input', 'first-by-name']),
    /** In name order. */
    legs: json_schema/* Type */.ZU.Array(legSummarySchema),
    metrics: json_schema/* Type */.ZU.Array(legMetricSchema),
    /** Names of the legs that drift, in name order. */
    driftingLegs: (0,json_schema/* strings */.P$)(),
    warnings: (0,json_schema/* strings */.P$)()
}, { description: 'Matrix compare: every recorded leg compared with the reference leg.' });
/** The section in the report (report/schema.ts spreads it in). */
const legsReportSections = {
    /** Matrix compare: one entry per recorded leg. */
    legs: json_schema/* Type */.ZU.Optional(legsSchema)
};

;// CONCATENATED MODULE: ./src/vary/types.ts
/**
 * What the variation stage adds to the report: which factors of the environment were varied, what
 * moved with which factor, the seed audit, and a likely cause for a same-environment drift.
 * Owned by this stage, written once as JSON Schema fragments (the report's schema embeds them);
 * the types are derived from them, and the report and its renderers only read them.
 */





const factorName = json_schema/* Type */.ZU.Enum(vary/* FACTORS */.XQ);
const factorList = json_schema/* Type */.ZU.Array(factorName);
/** One factor as planned: varied or not (and why not), the control's effective value and the varied one. */
const factorRecordSchema = (0,json_schema/* closed */.$h)({
    name: factorName,
    varied: json_schema/* Type */.ZU.Boolean(),
    /** Why the factor could not be varied here; null when varied. */
    reason: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** The control's effective value, as measured (e.g. `C (LANG=fr_CH.UTF-8 is not installed)`). */
    control: json_schema/* Type */.ZU.String(),
    /** The varied value; null when not varied. */
    value: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** Environment variables the varied run sets (null = removed). */
    variables: (0,json_schema/* recordOf */.zv)((0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())),
    /** Anything the reader should know about how it was varied (files linked instead of copied). */
    note: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())
});
/** A metric or artifact that differs from run 1 in a varied run. */
const variationChangeSchema = (0,json_schema/* closed */.$h)({
    kind: json_schema/* Type */.ZU.Enum(['metric', 'artifact']),
    name: json_schema/* Type */.ZU.String(),
    /** Metric: run 1's value and the varied run's. Artifact: the sha256 of each (null = not produced). */
    control: metrics_schema/* encodedValueSchema */.j,
    varied: metrics_schema/* encodedValueSchema */.j,
    /** |varied \u2212 control| for numbers; null otherwise. */
    absDeviation: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Number({ minimum: 0 }))
});
/** One varied run: the factors it changed and what came out of it. */
const variationRunSchema = (0,json_schema/* closed */.$h)({
    factors: factorList,
    /** `agrees` with run 1, `drift` beyond the repeats' spread, or `failed` where run 1 succeeded. */
    outcome: json_schema/* Type */.ZU.Enum(['agrees', 'drift', 'failed']),
    changes: json_schema/* Type */.ZU.Array(variationChangeSchema),
    /** Why the varied run failed (exit code, no metrics) with the last line of its output. */
    error: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    durationMs: (0,json_schema/* nonNegativeNumber */.Wf)(),
    /** The run's own folder (its outputs, moved there like a repeat's). */
    outputDir: json_schema/* Type */.ZU.String()
});
const culpritSchema = (0,json_schema/* closed */.$h)({
    factor: factorName,
    changes: json_schema/* Type */.ZU.Array(variationChangeSchema),
    error: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** One sentence for a reviewer: what changes with the factor, with the values. */
    summary: json_schema/* Type */.ZU.String()
});
const variationStatusSchema = json_schema/* Type */.ZU.Enum([
    /** Everything varied at once agreed with run 1. */
    'insensitive',
    /** One or more factors were named as culprits. */
    'sensitive',
    /** Everything at once drifted, but no factor alone did: the drift needs factors together. */
    'interaction',
    /** The plain repeats already drift: no factor can be blamed beyond that noise. */
    'inconclusive',
    /** Not diagnosed: the runs failed, nothing could be varied here, or vary-max-runs ran out first. */
    'skipped'
]);
const variationsSchema = (0,json_schema/* closed */.$h)({
    /** The factors asked for (`all` expanded, exclusions applied). */
    requested: factorList,
    factors: json_schema/* Type */.ZU.Array(factorRecordSchema),
    status: variationStatusSchema,
    /** One line for the reader ("insensitive to 7 factors in 1 extra run"). */
    message: json_schema/* Type */.ZU.String(),
    culprits: json_schema/* Type */.ZU.Array(culpritSchema),
    /** Factors the run budget (vary-max-runs) left untested after everything at once drifted. */
    untested: factorList,
    runs: json_schema/* Type */.ZU.Array(variationRunSchema),
    maxRuns: (0,json_schema/* countOf */.pq)(),
    /** Wall time of the varied runs together. */
    durationMs: (0,json_schema/* nonNegativeNumber */.Wf)()
}, { description: 'Variation runs: each factor varied or not (and why not), the culprits with what they move, and the runs spent.' });
const seedSpreadSchema = (0,json_schema/* closed */.$h)({
    name: json_schema/* Type */.ZU.String(),
    tolerance: (0,json_schema/* oneOf */.yL)([schema/* toleranceSchema */.R, json_schema/* Type */.ZU.Null()]),
    control: metrics_schema/* encodedValueSchema */.j,
    audit: metrics_schema/* encodedValueSchema */.j,
    /** |audit \u2212 control|; null when not numeric. */
    spread: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Number({ minimum: 0 }))
});
/** The seed audit: one extra run with a different seed. */
const seedAuditSchema = (0,json_schema/* closed */.$h)({
    level: json_schema/* Type */.ZU.Enum(['warn', 'fail']),
    /** The gate's seed and the audit's. */
    seed: (0,json_schema/* countOf */.pq)(),
    auditSeed: (0,json_schema/* countOf */.pq)(),
    /** Variables the audit run changed (REPRO_SEED, and PL_GLOBAL_SEED when the gate set it). */
    variables: (0,json_schema/* recordOf */.zv)(json_schema/* Type */.ZU.String()),
    /** true: metrics or artifacts changed with the seed; false: nothing changed; null: the audit run failed. */
    wired: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Boolean()),
    message: json_schema/* Type */.ZU.String(),
    /** Per numeric metric: the tolerance beside how far the seed moves it. */
    spread: json_schema/* Type */.ZU.Array(seedSpreadSchema),
    artifactsChanged: (0,json_schema/* strings */.P$)(),
    error: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    durationMs: (0,json_schema/* nonNegativeNumber */.Wf)()
}, { description: 'The seed audit: one run with another seed; whether anything moved, and how far per metric.' });
const likelyCauseKindSchema = json_schema/* Type */.ZU.Enum(['reduction-order', 'unseeded-generator', 'artifact-content']);
/** The best reading of why the plain repeats drifted, with the evidence it rests on. */
const likelyCauseSchema = (0,json_schema/* closed */.$h)({
    kind: likelyCauseKindSchema,
    /** "likely \u2026", one sentence. */
    summary: json_schema/* Type */.ZU.String(),
    evidence: (0,json_schema/* strings */.P$)(),
    suggestion: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())
}, { description: 'The best reading of why the plain repeats drifted, with its evidence.' });
/** What this stage adds to the report (report/schema.ts spreads it in). */
const varyReportSections = {
    /** Variation runs (input `vary`): factors, culprits, runs spent. */
    variations: json_schema/* Type */.ZU.Optional(variationsSchema),
    /** The seed audit (input `seed-audit`). */
    seedAudit: json_schema/* Type */.ZU.Optional(seedAuditSchema),
    /** The best reading of why the plain repeats drifted, when there is evidence. */
    likelyCause: json_schema/* Type */.ZU.Optional(likelyCauseSchema)
};

// EXTERNAL MODULE: ./src/report/schema-version.ts
var schema_version = __webpack_require__(40914);
;// CONCATENATED MODULE: ./src/report/schema.ts
/**
 * The report's shape, written once: the JSON Schema of the report, from which its TypeScript types
 * are derived (`types.ts` re-exports them). Each stage owns the fragment of what it produces
 * (`<stage>/types.ts`: runs, environment, lockfiles, comparisons, baseline, legs, variations \u2026)
 * and names the report sections it adds (`<stage>ReportSections`); this file composes them and
 * adds the report's own fields (inputs, context, drift, errors).
 *
 * Two forms share every fragment: the report in memory (`Report`: every metric comparison with all
 * its fields, every compared run with its metrics) and the report as stored (`reportSchema`,
 * published as schema/report.schema.json by `repro-gate schema`: metrics compact, see stored.ts).
 * A test keeps the committed file equal to this object.
 */













const modeSchema = json_schema/* Type */.ZU.Enum(['gate', 'record', 'compare', 'publish', 'replay']);
const driftItemSchema = (0,json_schema/* closed */.$h)({
    /** `variation`: the results move with an environment factor (name = the factor). */
    kind: json_schema/* Type */.ZU.Enum(['metric', 'artifact', 'variation']),
    name: json_schema/* Type */.ZU.String()
});
/** The inputs as resolved (absolute paths, parsed tolerances), minus the token. */
const reportInputsSchema = (0,json_schema/* closed */.$h)({
    command: json_schema/* Type */.ZU.String(),
    runs: json_schema/* Type */.ZU.Integer({ minimum: 2 }),
    seed: json_schema/* Type */.ZU.Integer({ minimum: 0, maximum: 4294967295 }),
    determinism: json_schema/* Type */.ZU.Enum(constants/* DeterminismLevels */.XN),
    metrics: json_schema/* Type */.ZU.String(),
    tolerance: schema/* toleranceSchema */.R,
    tolerances: json_schema/* Type */.ZU.Array(schema/* toleranceRuleSchema */.f),
    ignore: (0,json_schema/* strings */.P$)(),
    artifacts: (0,json_schema/* strings */.P$)(),
    workingDirectory: json_schema/* Type */.ZU.String(),
    timeoutMinutes: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Number({ exclusiveMinimum: 0 })),
    failOnDrift: json_schema/* Type */.ZU.Boolean(),
    /** Whether moving away from the default-branch baseline fails the check (older reports lack it). */
    failOnBaselineDrift: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.Boolean()),
    reportPath: json_schema/* Type */.ZU.String(),
    /** Factors varied after the repeats, vary-max-runs and the seed audit level (older reports lack them). */
    vary: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.Array(json_schema/* Type */.ZU.Enum(vary/* FACTORS */.XQ))),
    varyMaxRuns: json_schema/* Type */.ZU.Optional((0,json_schema/* countOf */.pq)()),
    seedAudit: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.Enum(vary/* SEED_AUDIT_LEVELS */.wY)),
    /** Input `isolate`, when on: the user the experiment was to run as (`nobody`, a name or uid[:gid]). */
    isolate: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.String())
});
/** Where the report was made: enough to link back to it. */
const reportContextSchema = (0,json_schema/* closed */.$h)({
    repository: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    sha: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    ref: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    /** The PR's head commit when the event is a pull request (GITHUB_SHA is the merge commit there). */
    headSha: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    eventName: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    pullRequest: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Integer()),
    runId: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    runAttempt: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    job: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String()),
    serverUrl: json_schema/* Type */.ZU.String(),
    /** Link to the job's log, when known. */
    runUrl: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.String())
});
const reportErrorSchema = (0,json_schema/* closed */.$h)({ run: (0,json_schema/* nullable */.me)(json_schema/* Type */.ZU.Integer()), message: json_schema/* Type */.ZU.String() });
/** The fields before the runs, in both forms. */
const head = {
    tool: (0,json_schema/* closed */.$h)({ name: json_schema/* Type */.ZU.Literal('repro-gate'), version: json_schema/* Type */.ZU.String() }),
    mode: modeSchema,
    verdict: types/* verdictSchema */.$D,
    reproducible: json_schema/* Type */.ZU.Boolean(),
    createdAt: json_schema/* Type */.ZU.String({ format: 'date-time' }),
    durationMs: (0,json_schema/* nonNegativeNumber */.Wf)(),
    inputs: reportInputsSchema,
    context: reportContextSchema,
    seeds: seedVariablesSchema
};
/**
 * The fields after the metrics, in both forms. A section is optional (older reports lack it) and
 * is declared by the stage that produces it, in its own file: this only spreads them in.
 */
const sections = {
    artifacts: json_schema/* Type */.ZU.Array(types/* artifactComparisonSchema */.zf),
    drifted: json_schema/* Type */.ZU.Array(driftItemSchema),
    errors: json_schema/* Type */.ZU.Array(reportErrorSchema),
    ...runsReportSections,
    ...snapshotReportSections,
    ...baselineReportSections,
    ...legsReportSections,
    ...varyReportSections,
    ...exposureReportSections
};
/** The report in memory: what every rendering and every later comparison reads. */
const inMemoryReportSchema = (0,json_schema/* closed */.$h)({
    schemaVersion: json_schema/* Type */.ZU.Literal(schema_version/* SCHEMA_VERSION */.f),
    ...head,
    runs: json_schema/* Type */.ZU.Array(runRecordSchema),
    metrics: json_schema/* Type */.ZU.Array(types/* metricComparisonSchema */.RH),
    ...sections
});
/** A run as stored: version 2 leaves out the metrics of the runs the metric comparison holds, in their order. */
const storedRunSchema = (0,json_schema/* closed */.$h)({
    ...runRecordSchema.properties,
    metrics: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.With(runRecordSchema.properties.metrics, {
        description: 'The values the run reported (version 2 leaves it out for the runs the metric comparison holds, in their order)'
    }))
});
const { name: schema_name, ...comparisonFields } = types/* metricComparisonSchema */.RH.properties;
/** A metric as stored: the name, and each other field only where it differs from its default (stored.ts). */
const storedMetricSchema = (0,json_schema/* closed */.$h)({
    name: schema_name,
    ...json_schema/* Type */.ZU.Partial(json_schema/* Type */.ZU.Object(comparisonFields)).properties,
    /** Every run's value, when they are all the same (the report's `valuesPerMetric` says how many). */
    value: json_schema/* Type */.ZU.Optional(metrics_schema/* encodedValueSchema */.j)
}, { oneOf: [{ required: ['values'] }, { required: ['value'] }] });
/** The report as its file holds it: the published schema. */
const reportSchema = (0,json_schema/* published */.H3)((0,json_schema/* closed */.$h)({
    schemaVersion: json_schema/* Type */.ZU.Enum([1, schema_version/* SCHEMA_VERSION */.f], {
        description: '2 stores metrics compactly (fields at their defaults left out); 1 wrote every field'
    }),
    ...head,
    runs: json_schema/* Type */.ZU.Array(storedRunSchema),
    valuesPerMetric: json_schema/* Type */.ZU.Optional(json_schema/* Type */.ZU.Integer({
        minimum: 0,
        description: 'Version 2: how many values each metric has (one per compared run), for metrics stored with one `value`'
    })),
    metrics: json_schema/* Type */.ZU.Array(storedMetricSchema, {
        description: 'One comparison per metric. Version 2 leaves out each field at its default: status pass; value (all runs agree) for values; ' +
            'missingIn, driftRuns []; toleranceRule, reason null; tolerance as the rule (or the default) gives it, null for non-numbers; ' +
            'deviations 0 (relative null against 0) when the runs agree on a number, else null'
    }),
    ...sections
}), {
    $id: 'https://github.com/repro-gate/repro-gate/schema/report.schema.json',
    title: 'repro-gate report',
    description: 'What repro-gate ran, what each run reported, how the runs compare, and where they ran.'
});


/***/ })

};
