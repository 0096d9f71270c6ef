export const id = 326;
export const ids = [326];
export const modules = {

/***/ 96326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   predicateSchema: () => (/* binding */ predicateSchema)
/* harmony export */ });
/* harmony import */ var _json_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80117);
/* harmony import */ var _inputs_tolerance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83830);
/* harmony import */ var _metrics_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38719);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79124);
/**
 * The JSON Schema (draft-07) of the attestation predicate, published as
 * schema/attestation-predicate.schema.json (written by `repro-gate schema predicate`; a test keeps
 * the committed file equal to this object). It mirrors `ReproPredicate` in types.ts and holds for
 * both predicate types.
 */




const str = { type: 'string' };
const count = { type: 'integer', minimum: 0 };
const sha256Hex = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const stringMap = { type: 'object', additionalProperties: str };
function object(properties, optional = []) {
    return {
        type: 'object',
        properties,
        required: Object.keys(properties).filter((k) => !optional.includes(k)),
        additionalProperties: false
    };
}
const metricItem = object({
    name: str,
    status: { enum: ['pass', 'drift', 'ignored', 'unchecked'] },
    reference: _metrics_values_js__WEBPACK_IMPORTED_MODULE_2__/* .encodedValueSchema */ .jx,
    values: { type: 'array', items: _metrics_values_js__WEBPACK_IMPORTED_MODULE_2__/* .encodedValueSchema */ .jx },
    tolerance: { oneOf: [_inputs_tolerance_js__WEBPACK_IMPORTED_MODULE_1__/* .toleranceSchema */ .R9, { type: 'null' }] },
    maxAbsDeviation: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableNumber */ .H5,
    maxRelDeviation: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableNumber */ .H5
});
const artifactItem = object({
    name: str,
    status: { enum: ['pass', 'drift', 'unchecked'] },
    sha256: { oneOf: [sha256Hex, { type: 'null' }] },
    bytes: { type: ['integer', 'null'], minimum: 0 },
    sha256PerRun: { type: 'array', items: { oneOf: [sha256Hex, { type: 'null' }] } }
});
const environmentSummary = object({
    os: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    cpu: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    gpu: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    runner: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    container: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    python: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    frameworks: stringMap,
    node: str
});
const predicateSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/repro-gate/repro-gate/schema/attestation-predicate.schema.json',
    title: 'repro-gate attestation predicate',
    description: `The predicate of an in-toto Statement v1 written by repro-gate. predicateType ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PredicateType */ .Ot.Reproducible} ` +
        `when the verdict is reproducible, ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PredicateType */ .Ot.NotReproducible} otherwise. The subjects are the reference ` +
        'run\'s metrics file and declared artifacts, named by their path relative to the workspace.',
    ...object({
        verdict: { enum: ['reproducible', 'drift', 'error'] },
        reproducible: { type: 'boolean' },
        tool: object({ name: { const: 'repro-gate' }, version: str }),
        createdAt: str,
        command: str,
        workingDirectory: str,
        runs: object({
            requested: { type: 'integer', minimum: 2 },
            executed: count,
            compared: count,
            durationsMs: { type: 'array', items: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nonNegative */ .rG }
        }),
        seed: object({
            value: { type: 'integer', minimum: 0, maximum: 4294967295 },
            determinism: { enum: ['seeds', 'strict', 'off'] },
            variables: stringMap,
            keptFromUser: stringMap
        }),
        tolerance: object({
            default: _inputs_tolerance_js__WEBPACK_IMPORTED_MODULE_1__/* .toleranceSchema */ .R9,
            rules: { type: 'array', items: object({ pattern: str, tolerance: _inputs_tolerance_js__WEBPACK_IMPORTED_MODULE_1__/* .toleranceSchema */ .R9 }) },
            ignore: { type: 'array', items: str }
        }),
        metrics: object({ file: str, total: count, drifted: count, ignored: count, listed: count, items: { type: 'array', items: metricItem } }),
        artifacts: object({ total: count, drifted: count, listed: count, items: { type: 'array', items: artifactItem } }),
        errors: { type: 'array', items: str },
        source: object({
            repository: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            commit: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            headCommit: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            ref: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            eventName: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            pullRequest: { type: ['integer', 'null'] }
        }),
        workflow: object({
            name: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            ref: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            job: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            runId: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            runAttempt: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            runUrl: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ
        }),
        environment: {
            oneOf: [
                { type: 'null' },
                object({
                    fingerprint: sha256Hex,
                    parts: stringMap,
                    summary: environmentSummary,
                    data: { type: 'array', items: object({ path: str, sha256: sha256Hex, bytes: count }) }
                })
            ]
        },
        lockfiles: {
            type: 'array',
            items: object({ path: str, format: str, sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' }, packages: count, unpinned: count })
        },
        report: object({ path: str, sha256: sha256Hex, schemaVersion: { type: 'integer', minimum: 1 } }),
        variations: object({
            sensitiveTo: { type: 'array', items: str },
            factors: {
                type: 'array',
                items: object({ name: str, varied: { type: 'boolean' }, sensitive: { type: 'boolean' }, reason: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ })
            }
        }),
        seedAudit: object({ seedWired: { type: ['boolean', 'null'] }, auditSeed: count, changedMetrics: count })
    }, ['variations', 'seedAudit'])
};


/***/ }),

/***/ 79124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ PREDICATE_TYPES),
/* harmony export */   Ot: () => (/* binding */ PredicateType),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   zG: () => (/* binding */ STATEMENT_TYPE)
/* harmony export */ });
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement inside a Sigstore bundle. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/**
 * Two predicate types, so a policy that asks for the reproducible one (`gh attestation verify
 * --predicate-type …/reproducible/v1`) can never be met by a statement of a drifting or failed run.
 * Both carry the same predicate shape; the major version is part of the URI.
 */
const PredicateType = {
    Reproducible: 'https://github.com/repro-gate/repro-gate/attestation/reproducible/v1',
    NotReproducible: 'https://github.com/repro-gate/repro-gate/attestation/not-reproducible/v1'
};
const PREDICATE_TYPES = Object.values(PredicateType);


/***/ })

};
