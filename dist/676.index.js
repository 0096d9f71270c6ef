export const id = 676;
export const ids = [676];
export const modules = {

/***/ 3251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ diffEnvironments),
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
const byCodeUnit = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
/** Compares two optional values and records a change when they differ. */
function field(add, category, subject, before, after, detail) {
    const b = before ?? null;
    const a = after ?? null;
    if (b !== a)
        add(category, subject, b, a, detail);
}
/** Compares two name → value maps; a missing name is null on that side. */
function mapDiff(add, category, before, after, detail) {
    const names = [...new Set([...before.keys(), ...after.keys()])].sort(byCodeUnit);
    for (const name of names)
        field(add, category, name, before.get(name), after.get(name), detail);
}
function probed(p) {
    return p && p.status === 'ok' ? p : undefined;
}
/** When a probe worked on one side only, the change is that: recorded once instead of one per field. */
function probeStatus(add, category, subject, a, b) {
    const describe = (p) => p === undefined ? null : p.status === 'ok' ? 'captured' : `unavailable (${p.reason})`;
    if ((a?.status === 'ok') === (b?.status === 'ok'))
        return a?.status === 'ok';
    add(category, subject, describe(a), describe(b));
    return false;
}
function pinsOf(lockfile) {
    const pins = new Map();
    const get = (name) => {
        let pin = pins.get(name);
        if (!pin)
            pins.set(name, (pin = { versions: [], spec: null }));
        return pin;
    };
    for (const p of lockfile.packages ?? [])
        get(p.name).versions.push(p.version);
    for (const u of lockfile.unpinned ?? []) {
        const pin = get(u.name);
        pin.spec = pin.spec === null ? u.spec : `${pin.spec}, ${u.spec}`;
    }
    for (const pin of pins.values())
        pin.versions.sort(byCodeUnit);
    return pins;
}
function describePin(pin) {
    if (!pin)
        return null;
    const parts = [...pin.versions];
    if (pin.spec !== null)
        parts.push(pin.spec === '' ? 'unpinned (any version)' : `unpinned ${pin.spec}`);
    return parts.join(', ');
}
function lockfileSummary(l) {
    return l.error
        ? `unparsed (${l.error})`
        : `${l.packages?.length ?? 0} packages${l.unpinned?.length ? `, ${l.unpinned.length} unpinned` : ''}`;
}
function diffLockfiles(add, a, b) {
    const before = new Map(a.map((l) => [l.path, l]));
    const after = new Map(b.map((l) => [l.path, l]));
    const paths = [...new Set([...before.keys(), ...after.keys()])].sort(byCodeUnit);
    const whole = [];
    for (const path of paths) {
        const la = before.get(path);
        const lb = after.get(path);
        if (!la || !lb) {
            whole.push([path, la ? lockfileSummary(la) : null, lb ? lockfileSummary(lb) : null]);
            continue;
        }
        if (la.error || lb.error) {
            if (la.sha256 !== lb.sha256 || la.error !== lb.error)
                whole.push([path, lockfileSummary(la), lockfileSummary(lb)]);
            continue;
        }
        const pa = pinsOf(la);
        const pb = pinsOf(lb);
        let found = false;
        for (const name of [...new Set([...pa.keys(), ...pb.keys()])].sort(byCodeUnit)) {
            const da = describePin(pa.get(name));
            const db = describePin(pb.get(name));
            if (da === db)
                continue;
            found = true;
            const unpinned = (pa.get(name)?.spec ?? null) !== null || (pb.get(name)?.spec ?? null) !== null;
            add(unpinned ? 'unpinned' : 'package', name, da, db, path);
        }
        if (!found && la.sha256 !== lb.sha256)
            whole.push([path, `sha256 ${la.sha256.slice(0, 12)}`, `sha256 ${lb.sha256.slice(0, 12)}`, 'content changed, same packages']);
    }
    for (const [path, x, y, detail] of whole)
        add('lockfile', path, x, y, detail);
}
/** PEP 503 normalisation, so `Scikit_Learn` and `scikit-learn` are one distribution. */
function normalizeDistribution(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
function diffPython(add, a, b) {
    const subject = 'python';
    if (!probeStatus(add, 'toolchain', subject, a.toolchains?.python, b.toolchains?.python)) {
        field(add, 'toolchain', 'node', a.toolchains?.node, b.toolchains?.node);
        return;
    }
    const pa = probed(a.toolchains.python);
    const pb = probed(b.toolchains.python);
    const dists = (list) => {
        const map = new Map();
        for (const d of list ?? []) {
            const key = normalizeDistribution(d.name);
            map.set(key, map.has(key) ? `${map.get(key)}, ${d.version}` : d.version);
        }
        return map;
    };
    mapDiff(add, 'python-package', dists(pa.distributions), dists(pb.distributions), `installed in ${pb.executable || pb.interpreter}`);
    const fa = pa.frameworks ?? {};
    const fb = pb.frameworks ?? {};
    field(add, 'framework', 'torch', fa.torch?.version, fb.torch?.version);
    field(add, 'framework', 'torch CUDA build', fa.torch?.cuda, fb.torch?.cuda);
    field(add, 'framework', 'torch cuDNN', fa.torch?.cudnn, fb.torch?.cudnn);
    field(add, 'framework', 'tensorflow', fa.tensorflow?.version, fb.tensorflow?.version);
    field(add, 'framework', 'jax', fa.jax?.version, fb.jax?.version);
    field(add, 'framework', 'numpy', fa.numpy?.version, fb.numpy?.version);
    field(add, 'toolchain', 'python', pa.version, pb.version);
    field(add, 'toolchain', 'conda', pa.conda, pb.conda);
    field(add, 'toolchain', 'node', a.toolchains?.node, b.toolchains?.node);
}
function diffGpu(add, a, b) {
    if (!probeStatus(add, 'gpu', 'GPU probe', a.gpu, b.gpu))
        return;
    const ga = probed(a.gpu);
    const gb = probed(b.gpu);
    const devices = (g) => {
        if (!g.devices?.length)
            return 'none';
        const counts = new Map();
        for (const d of g.devices)
            counts.set(d.name, (counts.get(d.name) ?? 0) + 1);
        return [...counts].map(([name, n]) => (n > 1 ? `${n}× ${name}` : name)).join(', ');
    };
    field(add, 'gpu', 'GPU', devices(ga), devices(gb));
    field(add, 'gpu', 'GPU driver', ga.driverVersion, gb.driverVersion);
    field(add, 'gpu', 'CUDA (driver)', ga.cudaDriverVersion, gb.cudaDriverVersion);
    field(add, 'gpu', 'CUDA toolkit', ga.cudaToolkitVersion, gb.cudaToolkitVersion);
}
function diffContainers(add, a, b) {
    if (!probeStatus(add, 'container', 'container probe', a.container, b.container))
        return;
    const ca = probed(a.container);
    const cb = probed(b.container);
    field(add, 'container', 'in a container', String(ca.inContainer), String(cb.inContainer));
    const digest = (d) => d ? (d.digest ?? `unresolved (${d.reason ?? 'no reason'})`) : null;
    field(add, 'container', `job image ${cb.jobImage?.reference ?? ca.jobImage?.reference ?? ''}`.trim(), digest(ca.jobImage), digest(cb.jobImage));
    const images = (c) => {
        const map = new Map();
        for (const i of c.images ?? [])
            map.set(i.reference, digest(i));
        return map;
    };
    mapDiff(add, 'container', images(ca), images(cb), 'image digest');
}
function diffRunner(add, a, b) {
    const ra = a.runner ?? {};
    const rb = b.runner ?? {};
    field(add, 'runner', 'runner image', ra.imageOS, rb.imageOS);
    field(add, 'runner', 'runner image version', ra.imageVersion, rb.imageVersion);
    field(add, 'runner', 'runner image data', ra.imageDataSha256, rb.imageDataSha256, 'sha256 of /imagegeneration/imagedata.json');
    field(add, 'runner', 'runner environment', ra.environment, rb.environment);
    field(add, 'runner', 'runner OS', ra.os, rb.os);
    field(add, 'runner', 'runner arch', ra.arch, rb.arch);
}
function diffOs(add, a, b) {
    if (!probeStatus(add, 'os', 'OS probe', a.os, b.os))
        return;
    const oa = probed(a.os);
    const ob = probed(b.os);
    field(add, 'os', 'platform', oa.platform, ob.platform);
    field(add, 'os', 'distribution', oa.distro, ob.distro);
    field(add, 'os', 'release', oa.release, ob.release);
    field(add, 'os', 'kernel', oa.kernel, ob.kernel);
    field(add, 'os', 'arch', oa.arch, ob.arch);
}
function diffCpu(add, a, b) {
    if (!probeStatus(add, 'cpu', 'hardware probe', a.hardware, b.hardware))
        return;
    const ha = probed(a.hardware);
    const hb = probed(b.hardware);
    field(add, 'cpu', 'CPU', cpuName(ha.cpu), cpuName(hb.cpu));
    const fa = new Set(ha.cpu.flags ?? []);
    const fb = new Set(hb.cpu.flags ?? []);
    const lost = [...fa].filter((f) => !fb.has(f)).sort(byCodeUnit);
    const gained = [...fb].filter((f) => !fa.has(f)).sort(byCodeUnit);
    if (lost.length || gained.length) {
        const detail = [gained.length ? `gained ${gained.join(' ')}` : '', lost.length ? `lost ${lost.join(' ')}` : '']
            .filter(Boolean)
            .join('; ');
        add('cpu', 'CPU flags', [...fa].sort(byCodeUnit).join(' '), [...fb].sort(byCodeUnit).join(' '), detail);
    }
    field(add, 'cpu', 'cores (physical/logical)', `${ha.cpu.physicalCores}/${ha.cpu.logicalCores}`, `${hb.cpu.physicalCores}/${hb.cpu.logicalCores}`, 'thread counts follow the core count unless pinned');
    field(add, 'cpu', 'virtualization', ha.virtualization, hb.virtualization);
}
/** "AMD EPYC 7763", not "AMD AMD EPYC 7763": most models already name their vendor. */
function cpuName(cpu) {
    const vendor = (cpu.vendor ?? '').trim();
    const model = (cpu.model ?? '').trim();
    return vendor && !model.toLowerCase().includes(vendor.toLowerCase()) ? `${vendor} ${model}`.trim() : model || vendor;
}
function seedMap(s) {
    return new Map(Object.entries({ ...(s?.set ?? {}), ...(s?.keptFromUser ?? {}) }));
}
function diffData(add, a, b) {
    const files = (e) => new Map((e.data ?? []).map((f) => [f.path, `sha256 ${f.sha256.slice(0, 12)} (${f.bytes} bytes)`]));
    mapDiff(add, 'data', files(a), files(b));
}
/**
 * Lists what differs between the environments two reports were made in, `a` being the reference
 * (before) and `b` the candidate (after). Changes come in `EnvChangeCategories` order, the likeliest
 * causes of a metric moving first; within a category, by subject. An empty list means nothing
 * recorded differs (which does not prove nothing did: see each side's capture warnings).
 */
function diffEnvironments(a, b) {
    const changes = [];
    const add = (category, subject, before, after, detail) => changes.push(detail === undefined ? { category, subject, before, after } : { category, subject, before, after, detail });
    // A side without lockfiles did not capture them (snapshot off): that is not "every lockfile removed".
    if (a.lockfiles && b.lockfiles)
        diffLockfiles(add, a.lockfiles, b.lockfiles);
    const ea = a.environment;
    const eb = b.environment;
    if (ea && eb) {
        diffPython(add, ea, eb);
        diffGpu(add, ea, eb);
        diffContainers(add, ea, eb);
        diffRunner(add, ea, eb);
        diffOs(add, ea, eb);
        diffCpu(add, ea, eb);
    }
    mapDiff(add, 'seed', seedMap(a.seeds), seedMap(b.seeds));
    if (ea && eb) {
        mapDiff(add, 'math-env', new Map(Object.entries(ea.mathEnv ?? {})), new Map(Object.entries(eb.mathEnv ?? {})));
        diffData(add, ea, eb);
    }
    else if (ea || eb) {
        add('snapshot', 'environment', ea ? 'captured' : 'not captured', eb ? 'captured' : 'not captured', 'only one side recorded its environment; nothing else can be compared');
    }
    // The fingerprint says the environments differ but nothing above names how: show the parts.
    const explained = changes.some((c) => c.category !== 'seed' && c.category !== 'commit');
    if (ea && eb && ea.fingerprint && eb.fingerprint && ea.fingerprint !== eb.fingerprint && !explained) {
        mapDiff(add, 'snapshot', new Map(Object.entries(ea.fingerprintParts ?? {})), new Map(Object.entries(eb.fingerprintParts ?? {})), 'fingerprint part');
    }
    const shaA = a.context?.headSha ?? a.context?.sha ?? null;
    const shaB = b.context?.headSha ?? b.context?.sha ?? null;
    if (shaA !== shaB)
        add('commit', 'commit', shaA, shaB, shaA && shaB ? `${shaA.slice(0, 12)}..${shaB.slice(0, 12)}` : undefined);
    const rank = new Map(EnvChangeCategories.map((c, i) => [c, i]));
    // Stable sort: within a category the order of discovery (by subject, lockfile by lockfile) is kept.
    return changes
        .map((c, i) => ({ c, i }))
        .sort((x, y) => rank.get(x.c.category) - rank.get(y.c.category) || x.i - y.i)
        .map((x) => x.c);
}


/***/ }),

/***/ 52676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportSchema: () => (/* binding */ reportSchema)
});

// UNUSED EXPORTS: buildReportSchema

// EXTERNAL MODULE: ./src/metrics/values.ts
var values = __webpack_require__(38719);
// EXTERNAL MODULE: ./src/json-schema.ts
var json_schema = __webpack_require__(80117);
// EXTERNAL MODULE: ./src/inputs/tolerance.ts
var tolerance = __webpack_require__(83830);
// EXTERNAL MODULE: ./src/snapshot/schema.ts
var schema = __webpack_require__(77989);
// EXTERNAL MODULE: ./src/compare/envdiff.ts
var envdiff = __webpack_require__(3251);
;// CONCATENATED MODULE: ./src/compare/schema.ts
/** JSON Schema (draft-07) fragments shared by the sections that carry comparisons and environment changes. */




/** One `EnvChange`. */
const envChangeSchema = {
    type: 'object',
    required: ['category', 'subject', 'before', 'after'],
    additionalProperties: false,
    properties: {
        category: { enum: [...envdiff/* EnvChangeCategories */.o] },
        subject: { type: 'string' },
        before: json_schema/* nullableString */.vJ,
        after: json_schema/* nullableString */.vJ,
        detail: { type: 'string' }
    }
};

;// CONCATENATED MODULE: ./src/compare/sections/baseline-schema.ts
/** The JSON Schema (draft-07) of the report's `baseline` section (`BaselineSection`). */



const nullableString = { type: ['string', 'null'] };
const nullableNumber = { type: ['number', 'null'] };
const baselineSchema = {
    type: 'object',
    description: "This report compared with the default branch's newest reproducible result (restored from the Actions cache).",
    required: [
        'key',
        'compared',
        'saved',
        'baselineCommit',
        'baselineCreatedAt',
        'baselineFingerprint',
        'currentFingerprint',
        'fingerprintChanged',
        'metrics',
        'reproducibleShare',
        'defaultBranchRuns',
        'verdict',
        'changes',
        'warnings'
    ],
    additionalProperties: false,
    properties: {
        key: { type: 'string' },
        compared: { type: 'boolean' },
        saved: { type: 'boolean' },
        baselineCommit: nullableString,
        baselineCreatedAt: nullableString,
        baselineFingerprint: nullableString,
        currentFingerprint: nullableString,
        fingerprintChanged: { type: 'boolean' },
        metrics: {
            type: 'array',
            items: {
                type: 'object',
                required: [
                    'name',
                    'status',
                    'reference',
                    'current',
                    'tolerance',
                    'toleranceRule',
                    'absDeviation',
                    'relDeviation',
                    'reason',
                    'referenceCommit',
                    'trend'
                ],
                additionalProperties: false,
                properties: {
                    name: { type: 'string' },
                    status: { enum: ['match', 'drift', 'new', 'missing', 'ignored'] },
                    reference: values/* encodedValueSchema */.jx,
                    current: values/* encodedValueSchema */.jx,
                    tolerance: { oneOf: [tolerance/* toleranceSchema */.R9, { type: 'null' }] },
                    toleranceRule: nullableString,
                    absDeviation: nullableNumber,
                    relDeviation: nullableNumber,
                    reason: nullableString,
                    referenceCommit: nullableString,
                    trend: { type: 'array', items: values/* encodedValueSchema */.jx }
                }
            }
        },
        untrackedNotListed: {
            type: 'integer',
            minimum: 1,
            description: 'Metrics of this run the baseline does not track (new or ignored) beyond the first listed; absent when none'
        },
        reproducibleShare: { type: ['number', 'null'], minimum: 0, maximum: 1 },
        defaultBranchRuns: { type: 'integer', minimum: 0 },
        verdict: { enum: ['match', 'drift', 'none'] },
        changes: { type: 'array', items: envChangeSchema },
        warnings: { type: 'array', items: { type: 'string' } }
    }
};

;// CONCATENATED MODULE: ./src/compare/sections/legs-schema.ts
/** The JSON Schema (draft-07) of the report's `legs` section (`LegsSection`), written by `mode: compare`. */



const legs_schema_nullableString = { type: ['string', 'null'] };
const legs_schema_nullableNumber = { type: ['number', 'null'] };
const valuesByLeg = { type: 'object', additionalProperties: values/* encodedValueSchema */.jx };
const names = { type: 'array', items: { type: 'string' } };
const legsSchema = {
    type: 'object',
    description: 'Matrix compare: every recorded leg compared with the reference leg.',
    required: ['reference', 'referenceChosenBy', 'legs', 'metrics', 'driftingLegs', 'warnings'],
    additionalProperties: false,
    properties: {
        reference: { type: 'string' },
        referenceChosenBy: { enum: ['input', 'first-by-name'] },
        legs: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'artifact', 'runner', 'fingerprint', 'verdict', 'metrics', 'reference', 'drift', 'driftedMetrics', 'changes'],
                additionalProperties: false,
                properties: {
                    name: { type: 'string' },
                    artifact: { type: 'string' },
                    runner: legs_schema_nullableString,
                    fingerprint: legs_schema_nullableString,
                    verdict: { enum: ['reproducible', 'drift', 'error'] },
                    metrics: valuesByLeg,
                    reference: { type: 'boolean' },
                    drift: { type: 'boolean' },
                    driftedMetrics: names,
                    changes: { type: 'array', items: envChangeSchema }
                }
            }
        },
        metrics: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'status', 'values', 'tolerance', 'toleranceRule', 'maxAbsDeviation', 'maxRelDeviation', 'driftLegs', 'reason'],
                additionalProperties: false,
                properties: {
                    name: { type: 'string' },
                    status: { enum: ['pass', 'drift', 'ignored'] },
                    values: valuesByLeg,
                    tolerance: { oneOf: [tolerance/* toleranceSchema */.R9, { type: 'null' }] },
                    toleranceRule: legs_schema_nullableString,
                    maxAbsDeviation: legs_schema_nullableNumber,
                    maxRelDeviation: legs_schema_nullableNumber,
                    driftLegs: names,
                    reason: legs_schema_nullableString
                }
            }
        },
        driftingLegs: names,
        warnings: names
    }
};

// EXTERNAL MODULE: ./src/inputs/vary.ts
var vary = __webpack_require__(42953);
;// CONCATENATED MODULE: ./src/vary/schema.ts
/** JSON Schema fragments of the variation stage's report sections (see types.ts). */




const factorName = { enum: [...vary/* FACTORS */.XQ] };
const factorList = { type: 'array', items: factorName };
const change = {
    type: 'object',
    required: ['kind', 'name', 'control', 'varied', 'absDeviation'],
    additionalProperties: false,
    properties: {
        kind: { enum: ['metric', 'artifact'] },
        name: { type: 'string' },
        control: values/* encodedValueSchema */.jx,
        varied: values/* encodedValueSchema */.jx,
        absDeviation: { type: ['number', 'null'], minimum: 0 }
    }
};
const variationsSchema = {
    type: 'object',
    description: 'Variation runs: each factor varied or not (and why not), the culprits with what they move, and the runs spent.',
    required: ['requested', 'factors', 'status', 'message', 'culprits', 'untested', 'runs', 'maxRuns', 'durationMs'],
    additionalProperties: false,
    properties: {
        requested: factorList,
        factors: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'varied', 'reason', 'control', 'value', 'variables', 'note'],
                additionalProperties: false,
                properties: {
                    name: factorName,
                    varied: { type: 'boolean' },
                    reason: json_schema/* nullableString */.vJ,
                    control: { type: 'string' },
                    value: json_schema/* nullableString */.vJ,
                    variables: { type: 'object', additionalProperties: json_schema/* nullableString */.vJ },
                    note: json_schema/* nullableString */.vJ
                }
            }
        },
        status: { enum: ['insensitive', 'sensitive', 'interaction', 'inconclusive', 'skipped'] },
        message: { type: 'string' },
        culprits: {
            type: 'array',
            items: {
                type: 'object',
                required: ['factor', 'changes', 'error', 'summary'],
                additionalProperties: false,
                properties: { factor: factorName, changes: { type: 'array', items: change }, error: json_schema/* nullableString */.vJ, summary: { type: 'string' } }
            }
        },
        untested: factorList,
        runs: {
            type: 'array',
            items: {
                type: 'object',
                required: ['factors', 'outcome', 'changes', 'error', 'durationMs', 'outputDir'],
                additionalProperties: false,
                properties: {
                    factors: factorList,
                    outcome: { enum: ['agrees', 'drift', 'failed'] },
                    changes: { type: 'array', items: change },
                    error: json_schema/* nullableString */.vJ,
                    durationMs: json_schema/* nonNegative */.rG,
                    outputDir: { type: 'string' }
                }
            }
        },
        maxRuns: { type: 'integer', minimum: 0 },
        durationMs: json_schema/* nonNegative */.rG
    }
};
const seedAuditSchema = {
    type: 'object',
    description: 'The seed audit: one run with another seed; whether anything moved, and how far per metric.',
    required: ['level', 'seed', 'auditSeed', 'variables', 'wired', 'message', 'spread', 'artifactsChanged', 'error', 'durationMs'],
    additionalProperties: false,
    properties: {
        level: { enum: ['warn', 'fail'] },
        seed: { type: 'integer', minimum: 0 },
        auditSeed: { type: 'integer', minimum: 0 },
        variables: { type: 'object', additionalProperties: { type: 'string' } },
        wired: { type: ['boolean', 'null'] },
        message: { type: 'string' },
        spread: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'tolerance', 'control', 'audit', 'spread'],
                additionalProperties: false,
                properties: {
                    name: { type: 'string' },
                    tolerance: { oneOf: [tolerance/* toleranceSchema */.R9, { type: 'null' }] },
                    control: values/* encodedValueSchema */.jx,
                    audit: values/* encodedValueSchema */.jx,
                    spread: { type: ['number', 'null'], minimum: 0 }
                }
            }
        },
        artifactsChanged: { type: 'array', items: { type: 'string' } },
        error: json_schema/* nullableString */.vJ,
        durationMs: json_schema/* nonNegative */.rG
    }
};
const likelyCauseSchema = {
    type: 'object',
    description: 'The best reading of why the plain repeats drifted, with its evidence.',
    required: ['kind', 'summary', 'evidence', 'suggestion'],
    additionalProperties: false,
    properties: {
        kind: { enum: ['reduction-order', 'unseeded-generator', 'artifact-content'] },
        summary: { type: 'string' },
        evidence: { type: 'array', items: { type: 'string' } },
        suggestion: json_schema/* nullableString */.vJ
    }
};

;// CONCATENATED MODULE: ./src/runs/schema.ts
/** JSON Schema fragments of what the runs stage adds to the report: the files section, containment and leftovers. */
const sha256 = { type: 'string', pattern: '^([0-9a-f]{64})?$' };
const workspaceFilesSchema = {
    type: 'object',
    description: "Where the experiment's files are after the gate: run 1's outputs back in the working directory, each run's copies, the inputs and what could not be put back.",
    required: ['inWorkspace', 'copies', 'inputs', 'warnings'],
    additionalProperties: false,
    properties: {
        inWorkspace: {
            type: 'array',
            items: { type: 'string' },
            description: "Run 1's metrics file and artifacts in the working directory with run 1's bytes (relative paths)."
        },
        copies: {
            type: 'array',
            items: {
                type: 'object',
                required: ['run', 'folder'],
                additionalProperties: false,
                properties: { run: { type: 'integer', minimum: 1 }, folder: { type: 'string' } }
            }
        },
        inputs: {
            type: 'array',
            items: {
                type: 'object',
                required: ['path', 'sha256', 'bytes', 'saved', 'after'],
                additionalProperties: false,
                properties: {
                    path: { type: 'string' },
                    sha256,
                    bytes: { type: 'integer', minimum: 0 },
                    link: { type: 'string' },
                    saved: { type: 'string' },
                    after: { enum: ['before', 'run 1', 'unverified'] }
                }
            }
        },
        warnings: { type: 'array', items: { type: 'string' } }
    }
};
const containmentSchema = {
    type: 'object',
    description: 'How the runs were kept from outliving the gate (and, isolated, from reaching it).',
    required: ['method', 'via', 'isolated', 'user', 'rootCanEscape', 'note'],
    additionalProperties: false,
    properties: {
        method: { enum: ['pid-namespace', 'tracking'] },
        via: { enum: ['unshare', 'sudo', 'user-namespace', null] },
        isolated: { type: 'boolean' },
        user: { type: ['string', 'null'] },
        rootCanEscape: { type: 'boolean' },
        note: { type: 'string' }
    }
};
const leftoversSchema = {
    type: 'object',
    description: 'Processes still running when the run’s main process exited, ended with its PID namespace.',
    required: ['count', 'processes'],
    additionalProperties: false,
    properties: {
        count: { type: 'integer', minimum: 0 },
        processes: {
            type: 'array',
            maxItems: 20,
            items: {
                type: 'object',
                required: ['name', 'command'],
                additionalProperties: false,
                properties: { name: { type: 'string' }, command: { type: 'string' } }
            }
        }
    }
};

;// CONCATENATED MODULE: ./src/report/schema.ts
/**
 * The JSON Schema of the report, published as schema/report.schema.json (written by
 * `repro-gate schema`; a test keeps the committed file equal to this object). Sections owned by
 * other stages (environment, lockfiles, baseline, legs) bring their own fragments.
 */









const encodedValue = values/* encodedValueSchema */.jx;
const schema_tolerance = tolerance/* toleranceSchema */.R9;
const runIndexList = { type: 'array', items: { type: 'integer', minimum: 1 } };
/** Builds the report schema around the section fragments. */
function buildReportSchema(sections = {}) {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: 'https://github.com/repro-gate/repro-gate/schema/report.schema.json',
        title: 'repro-gate report',
        description: 'What repro-gate ran, what each run reported, how the runs compare, and where they ran.',
        type: 'object',
        required: [
            'schemaVersion',
            'tool',
            'mode',
            'verdict',
            'reproducible',
            'createdAt',
            'durationMs',
            'inputs',
            'context',
            'seeds',
            'runs',
            'metrics',
            'artifacts',
            'drifted',
            'errors'
        ],
        additionalProperties: false,
        properties: {
            schemaVersion: { enum: [1, 2], description: '2 stores metrics compactly (fields at their defaults left out); 1 wrote every field' },
            tool: {
                type: 'object',
                required: ['name', 'version'],
                additionalProperties: false,
                properties: { name: { const: 'repro-gate' }, version: { type: 'string' } }
            },
            mode: { enum: ['gate', 'record', 'compare', 'publish', 'replay'] },
            verdict: { enum: ['reproducible', 'drift', 'error'] },
            reproducible: { type: 'boolean' },
            createdAt: { type: 'string', format: 'date-time' },
            durationMs: json_schema/* nonNegative */.rG,
            inputs: {
                type: 'object',
                required: [
                    'command',
                    'runs',
                    'seed',
                    'determinism',
                    'metrics',
                    'tolerance',
                    'tolerances',
                    'ignore',
                    'artifacts',
                    'workingDirectory',
                    'timeoutMinutes',
                    'failOnDrift',
                    'reportPath'
                ],
                additionalProperties: false,
                properties: {
                    command: { type: 'string' },
                    runs: { type: 'integer', minimum: 2 },
                    seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
                    determinism: { enum: ['seeds', 'strict', 'off'] },
                    metrics: { type: 'string' },
                    tolerance: schema_tolerance,
                    tolerances: {
                        type: 'array',
                        items: {
                            type: 'object',
                            required: ['pattern', 'tolerance'],
                            additionalProperties: false,
                            properties: { pattern: { type: 'string', minLength: 1 }, tolerance: schema_tolerance }
                        }
                    },
                    ignore: { type: 'array', items: { type: 'string' } },
                    artifacts: { type: 'array', items: { type: 'string' } },
                    workingDirectory: { type: 'string' },
                    timeoutMinutes: { type: ['number', 'null'], exclusiveMinimum: 0 },
                    failOnDrift: { type: 'boolean' },
                    failOnBaselineDrift: { type: 'boolean' },
                    reportPath: { type: 'string' },
                    vary: { type: 'array', items: { enum: [...vary/* FACTORS */.XQ] } },
                    varyMaxRuns: { type: 'integer', minimum: 0 },
                    seedAudit: { enum: ['off', 'warn', 'fail'] },
                    isolate: { type: 'string' }
                }
            },
            context: {
                type: 'object',
                required: ['repository', 'sha', 'ref', 'headSha', 'eventName', 'pullRequest', 'runId', 'runAttempt', 'job', 'serverUrl', 'runUrl'],
                additionalProperties: false,
                properties: {
                    repository: json_schema/* nullableString */.vJ,
                    sha: json_schema/* nullableString */.vJ,
                    ref: json_schema/* nullableString */.vJ,
                    headSha: json_schema/* nullableString */.vJ,
                    eventName: json_schema/* nullableString */.vJ,
                    pullRequest: { type: ['integer', 'null'] },
                    runId: json_schema/* nullableString */.vJ,
                    runAttempt: json_schema/* nullableString */.vJ,
                    job: json_schema/* nullableString */.vJ,
                    serverUrl: { type: 'string' },
                    runUrl: json_schema/* nullableString */.vJ
                }
            },
            seeds: {
                type: 'object',
                required: ['set', 'keptFromUser'],
                additionalProperties: false,
                properties: {
                    set: { type: 'object', additionalProperties: { type: 'string' } },
                    keptFromUser: { type: 'object', additionalProperties: { type: 'string' } }
                }
            },
            runs: {
                type: 'array',
                items: {
                    type: 'object',
                    required: [
                        'index',
                        'exitCode',
                        'signal',
                        'durationMs',
                        'timedOut',
                        'cancelled',
                        'outputDir',
                        'metricsFile',
                        'artifacts',
                        'error',
                        'outputTail'
                    ],
                    additionalProperties: false,
                    properties: {
                        index: { type: 'integer', minimum: 1 },
                        exitCode: { type: ['integer', 'null'] },
                        signal: json_schema/* nullableString */.vJ,
                        durationMs: json_schema/* nonNegative */.rG,
                        timedOut: { type: 'boolean' },
                        cancelled: { type: 'boolean' },
                        outputDir: { type: 'string' },
                        metricsFile: json_schema/* nullableString */.vJ,
                        metrics: {
                            description: 'The values the run reported (version 2 leaves it out for the runs the metric comparison holds, in their order)',
                            oneOf: [{ type: 'null' }, { type: 'object', additionalProperties: encodedValue }]
                        },
                        artifacts: {
                            type: 'array',
                            items: {
                                type: 'object',
                                required: ['path', 'sha256', 'bytes'],
                                additionalProperties: false,
                                properties: {
                                    path: { type: 'string' },
                                    sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' },
                                    bytes: { type: 'integer', minimum: 0 },
                                    skipped: { type: 'string' },
                                    copy: { type: 'string' }
                                }
                            }
                        },
                        error: json_schema/* nullableString */.vJ,
                        outputTail: { type: 'string' },
                        leftovers: leftoversSchema
                    }
                }
            },
            valuesPerMetric: {
                type: 'integer',
                minimum: 0,
                description: 'Version 2: how many values each metric has (one per compared run), for metrics stored with one `value`'
            },
            metrics: {
                type: 'array',
                description: 'One comparison per metric. Version 2 leaves out each field at its default: status pass; value (all runs agree) for values; ' +
                    'missingIn, driftRuns []; toleranceRule, reason null; tolerance as the rule (or the default) gives it, null for non-numbers; ' +
                    'deviations 0 (relative null against 0) when the runs agree on a number, else null',
                items: {
                    type: 'object',
                    required: ['name'],
                    oneOf: [{ required: ['values'] }, { required: ['value'] }],
                    additionalProperties: false,
                    properties: {
                        name: { type: 'string' },
                        status: { enum: ['pass', 'drift', 'ignored'] },
                        value: encodedValue,
                        values: { type: 'array', items: encodedValue },
                        missingIn: runIndexList,
                        tolerance: { oneOf: [{ type: 'null' }, schema_tolerance] },
                        toleranceRule: json_schema/* nullableString */.vJ,
                        maxAbsDeviation: json_schema/* nullableNumber */.H5,
                        maxRelDeviation: json_schema/* nullableNumber */.H5,
                        driftRuns: runIndexList,
                        reason: json_schema/* nullableString */.vJ
                    }
                }
            },
            artifacts: {
                type: 'array',
                items: {
                    type: 'object',
                    required: ['path', 'status', 'sha256', 'bytes', 'driftRuns', 'reason'],
                    additionalProperties: false,
                    properties: {
                        path: { type: 'string' },
                        status: { enum: ['pass', 'drift'] },
                        sha256: { type: 'array', items: { type: ['string', 'null'] } },
                        bytes: { type: 'array', items: { type: ['integer', 'null'] } },
                        driftRuns: runIndexList,
                        reason: json_schema/* nullableString */.vJ
                    }
                }
            },
            drifted: {
                type: 'array',
                items: {
                    type: 'object',
                    required: ['kind', 'name'],
                    additionalProperties: false,
                    properties: { kind: { enum: ['metric', 'artifact', 'variation'] }, name: { type: 'string' } }
                }
            },
            errors: {
                type: 'array',
                items: {
                    type: 'object',
                    required: ['run', 'message'],
                    additionalProperties: false,
                    properties: { run: { type: ['integer', 'null'] }, message: { type: 'string' } }
                }
            },
            files: workspaceFilesSchema,
            environment: sections.environment ?? { type: 'object' },
            lockfiles: sections.lockfiles ?? { type: 'array', items: { type: 'object' } },
            baseline: sections.baseline ?? { type: 'object' },
            legs: sections.legs ?? { type: 'object' },
            variations: variationsSchema,
            seedAudit: seedAuditSchema,
            likelyCause: likelyCauseSchema,
            exposure: {
                type: 'object',
                description: "What the experiment could read of the gate's secrets although its environment lacked them: variable names only.",
                required: ['readableVariables', 'hostedRunner', 'note'],
                additionalProperties: false,
                properties: {
                    readableVariables: { type: 'array', items: { type: 'string' } },
                    hostedRunner: { type: 'boolean' },
                    note: { type: 'string' }
                }
            },
            containment: containmentSchema
        }
    };
}
const reportSchema = buildReportSchema({
    environment: schema/* environmentSchema */.V,
    lockfiles: schema/* lockfilesSchema */.e,
    baseline: baselineSchema,
    legs: legsSchema
});


/***/ }),

/***/ 77989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ environmentSchema),
/* harmony export */   e: () => (/* binding */ lockfilesSchema)
/* harmony export */ });
/* harmony import */ var _json_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80117);
/**
 * JSON Schemas (draft-07) of the provenance sections of the report: `environment` and
 * `lockfiles`. The report's schema embeds them; they mirror `types.ts` and
 * `lockfiles/types.ts`, and the tests validate real captures against them.
 */

/** `Probed<T>`: the probe's fields with status 'ok', or only a reason with status 'unavailable'. */
function probed(properties, optional = []) {
    return {
        oneOf: [(0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ status: { const: 'ok' }, ...properties }, optional), (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ status: { const: 'unavailable' }, reason: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx })]
    };
}
const imageDigest = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
    reference: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
    digest: { type: ['string', 'null'], pattern: '@sha256:[0-9a-f]{64}$' },
    reason: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ
});
const fileFingerprint = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ path: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' }, bytes: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9, skipped: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx }, ['skipped']);
const versionOnly = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ version: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx });
const environmentSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://repro-gate.dev/schema/environment.json',
    title: 'repro-gate environment (provenance)',
    ...(0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
        fingerprint: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg,
        fingerprintParts: { type: 'object', additionalProperties: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx },
        capturedAt: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T' },
        captureMs: { type: 'number', minimum: 0 },
        hardware: probed({
            cpu: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
                vendor: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
                model: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
                physicalCores: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
                logicalCores: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
                flags: { type: 'array', items: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx }
            }),
            memoryBytes: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
            virtualization: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ
        }),
        os: probed({ platform: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, distro: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, release: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, kernel: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, arch: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx }),
        gpu: probed({
            devices: {
                type: 'array',
                items: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ name: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, memoryMiB: { type: ['number', 'null'] }, driverVersion: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ })
            },
            driverVersion: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            cudaDriverVersion: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            cudaToolkitVersion: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ
        }),
        runner: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
            os: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            arch: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            name: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            environment: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            imageOS: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            imageVersion: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            imageDataSha256: { oneOf: [_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg, { type: 'null' }] },
            sha: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            ref: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            workflowRef: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            runId: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            runAttempt: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            eventName: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ
        }),
        container: probed({
            inContainer: { type: 'boolean' },
            detectedBy: { enum: ['cgroup-v1', 'cgroup-v2', 'dockerenv', 'containerenv', null] },
            containerId: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
            jobImage: { oneOf: [imageDigest, { type: 'null' }] },
            images: { type: 'array', items: imageDigest }
        }),
        toolchains: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
            node: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
            python: probed({
                interpreter: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
                version: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
                executable: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
                distributions: { type: 'array', items: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ name: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, version: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx }) },
                frameworks: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
                    torch: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ version: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, cuda: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ, cudnn: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ }),
                    tensorflow: versionOnly,
                    jax: versionOnly,
                    numpy: versionOnly
                }, ['torch', 'tensorflow', 'jax', 'numpy']),
                blas: {
                    oneOf: [
                        (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
                            library: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
                            distribution: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
                            version: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
                            build: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
                            threading: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ,
                            threads: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
                            coreType: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ
                        }),
                        { type: 'null' }
                    ]
                },
                conda: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ
            }, ['blas'])
        }),
        data: { type: 'array', items: fileFingerprint },
        mathEnv: { type: 'object', additionalProperties: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx },
        warnings: { type: 'array', items: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx }
    })
};
const lockfilesSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://repro-gate.dev/schema/lockfiles.json',
    title: 'repro-gate dependency lockfiles',
    type: 'array',
    items: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({
        path: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
        format: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx,
        // Empty when the file could not be read (then `error` says why).
        sha256: { type: 'string', pattern: '^([0-9a-f]{64})?$' },
        bytes: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
        packageCount: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9,
        packages: { type: 'array', items: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ name: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, version: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx }) },
        unpinned: { type: 'array', items: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ name: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, spec: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx }) },
        installedMismatches: { type: 'array', items: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ik)({ name: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, pinned: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx, installed: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .nullableString */ .vJ }) },
        error: _json_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx
    }, ['error', 'installedMismatches'])
};


/***/ })

};
