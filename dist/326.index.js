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




const stringMap = { type: 'object', additionalProperties: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx };
const metricItem = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
    name: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
    status: { enum: ['pass', 'drift', 'ignored', 'unchecked'] },
    reference: _metrics_values_js__WEBPACK_IMPORTED_MODULE_2__/* .encodedValueSchema */ .jx,
    values: { type: 'array', items: _metrics_values_js__WEBPACK_IMPORTED_MODULE_2__/* .encodedValueSchema */ .jx },
    tolerance: { oneOf: [_inputs_tolerance_js__WEBPACK_IMPORTED_MODULE_1__/* .toleranceSchema */ .R9, { type: 'null' }] },
    maxAbsDeviation: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableNumber */ .H5,
    maxRelDeviation: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableNumber */ .H5
});
const artifactItem = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
    name: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
    status: { enum: ['pass', 'drift', 'unchecked'] },
    sha256: { oneOf: [_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg, { type: 'null' }] },
    bytes: { type: ['integer', 'null'], minimum: 0 },
    sha256PerRun: { type: 'array', items: { oneOf: [_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg, { type: 'null' }] } }
});
const environmentSummary = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
    os: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    cpu: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    gpu: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    runner: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    container: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    python: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
    frameworks: stringMap,
    node: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx
});
const predicateSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/repro-gate/repro-gate/schema/attestation-predicate.schema.json',
    title: 'repro-gate attestation predicate',
    description: `The predicate of an in-toto Statement v1 written by repro-gate. predicateType ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PredicateType */ .Ot.Reproducible} ` +
        `when the verdict is reproducible, ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PredicateType */ .Ot.NotReproducible} otherwise. The subjects are the reference ` +
        "run's metrics file and declared artifacts, named by their path relative to the workspace.",
    ...(0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
        verdict: { enum: ['reproducible', 'drift', 'error'] },
        reproducible: { type: 'boolean' },
        tool: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ name: { const: 'repro-gate' }, version: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx }),
        createdAt: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
        command: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
        workingDirectory: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
        runs: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
            requested: { type: 'integer', minimum: 2 },
            executed: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
            compared: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
            durationsMs: { type: 'array', items: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nonNegative */ .rG }
        }),
        seed: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
            value: { type: 'integer', minimum: 0, maximum: 4294967295 },
            determinism: { enum: ['seeds', 'strict', 'off'] },
            variables: stringMap,
            keptFromUser: stringMap
        }),
        tolerance: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
            default: _inputs_tolerance_js__WEBPACK_IMPORTED_MODULE_1__/* .toleranceSchema */ .R9,
            rules: { type: 'array', items: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ pattern: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, tolerance: _inputs_tolerance_js__WEBPACK_IMPORTED_MODULE_1__/* .toleranceSchema */ .R9 }) },
            ignore: { type: 'array', items: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx }
        }),
        metrics: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
            file: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
            total: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
            drifted: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
            ignored: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
            listed: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
            items: { type: 'array', items: metricItem }
        }),
        artifacts: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ total: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9, drifted: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9, listed: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9, items: { type: 'array', items: artifactItem } }),
        errors: { type: 'array', items: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx },
        source: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
            repository: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            commit: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            headCommit: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            ref: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            eventName: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            pullRequest: { type: ['integer', 'null'] }
        }),
        workflow: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
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
                (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
                    fingerprint: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg,
                    parts: stringMap,
                    summary: environmentSummary,
                    data: { type: 'array', items: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ path: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, sha256: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg, bytes: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9 }) }
                })
            ]
        },
        lockfiles: {
            type: 'array',
            items: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
                path: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
                format: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
                sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' },
                packages: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
                unpinned: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9
            })
        },
        report: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ path: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, sha256: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg, schemaVersion: { type: 'integer', minimum: 1 } }),
        variations: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
            sensitiveTo: { type: 'array', items: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx },
            factors: {
                type: 'array',
                items: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ name: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, varied: { type: 'boolean' }, sensitive: { type: 'boolean' }, reason: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ })
            }
        }),
        seedAudit: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ seedWired: { type: ['boolean', 'null'] }, auditSeed: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9, changedMetrics: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9 })
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
