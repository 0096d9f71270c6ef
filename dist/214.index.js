export const id = 214;
export const ids = [214,612];
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

/***/ 3251:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ diffEnvironments)
/* harmony export */ });
/* harmony import */ var _env_change_categories_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56114);


const byCodeUnit = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
/** Compares two optional values and records a change when they differ. */
function field(add, category, subject, before, after, detail) {
    const b = before ?? null;
    const a = after ?? null;
    if (b !== a)
        add(category, subject, b, a, detail);
}
/** Compares two name \u2192 value maps; a missing name is null on that side. */
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
        return [...counts].map(([name, n]) => (n > 1 ? `${n}\u00d7 ${name}` : name)).join(', ');
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
    const rank = new Map(_env_change_categories_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvChangeCategories */ .o.map((c, i) => [c, i]));
    // Stable sort: within a category the order of discovery (by subject, lockfile by lockfile) is kept.
    return changes
        .map((c, i) => ({ c, i }))
        .sort((x, y) => rank.get(x.c.category) - rank.get(y.c.category) || x.i - y.i)
        .map((x) => x.c);
}


/***/ }),

/***/ 76214:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCompareMode: () => (/* binding */ runCompareMode)
/* harmony export */ });
/* unused harmony exports resolveReferenceLeg, compareLegs */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(40914);
/* harmony import */ var _report_build_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41219);
/* harmony import */ var _report_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70301);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20649);
/* harmony import */ var _report_write_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1693);
/* harmony import */ var _compare_reports_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56952);
/* harmony import */ var _compare_envdiff_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3251);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(311);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18776);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(27612);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(83916);
/**
 * `mode: compare`: collects every leg's recorded report from this workflow run and compares their
 * metrics with the reference leg's (same tolerance semantics as runs), producing one report whose
 * `legs` section says which leg drifts and what differs in its environment.
 */














function runnerOf(report) {
    const r = report.environment?.runner;
    if (!r)
        return null;
    const where = [r.os, r.arch].filter(Boolean).join(' ');
    const image = [r.imageOS, r.imageVersion].filter(Boolean).join(' ');
    const details = [where, image].filter(Boolean).join(', ');
    const name = r.name ?? 'runner';
    return details ? `${name} (${details})` : name;
}
function globToRegExp(glob) {
    return new RegExp(`^${glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`, 'i');
}
/**
 * Finds the leg `reference-leg` names: an exact leg or artifact name, else a leg whose runner name,
 * ImageOS or runner OS equals it, else a `*` glob over leg names. Returns the index or an error.
 */
function resolveReferenceLeg(legs, wanted) {
    const exact = legs.findIndex((l) => l.name === wanted || l.artifact === wanted);
    if (exact >= 0)
        return { index: exact, warning: null };
    const lower = wanted.toLowerCase();
    const runnerMatch = (l) => {
        const r = l.report.environment?.runner;
        return [r?.name, r?.imageOS, r?.os].some((v) => typeof v === 'string' && v.toLowerCase() === lower);
    };
    const re = globToRegExp(wanted);
    const matches = legs.flatMap((l, i) => (runnerMatch(l) || re.test(l.name) ? [i] : []));
    if (matches.length === 0) {
        return { error: `reference-leg: got "${wanted}", which names none of the recorded legs: ${legs.map((l) => l.name).join(', ')}` };
    }
    const warning = matches.length > 1
        ? `reference-leg "${wanted}" matches ${matches.length} legs; using the first by name, ${legs[matches[0]].name}`
        : null;
    return { index: matches[0], warning };
}
/**
 * Compares every leg with the reference leg. Legs are taken in name order (stable whatever order
 * the artifacts were listed in). A leg drifts when a metric differs beyond tolerance from the
 * reference leg's, when it lacks one the reference has (or has one the reference lacks), or when
 * it did not reproduce itself. Pure.
 */
function compareLegs(input, options) {
    const legs = [...input].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const warnings = [];
    const errors = [];
    let refIndex = 0;
    let chosenBy = 'first-by-name';
    if (options.referenceLeg) {
        const found = resolveReferenceLeg(legs, options.referenceLeg);
        if ('error' in found) {
            errors.push({ run: null, message: found.error });
        }
        else {
            refIndex = found.index;
            chosenBy = 'input';
            if (found.warning)
                warnings.push(found.warning);
        }
    }
    const ref = legs[refIndex];
    const values = legs.map((l) => (0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_7__/* .reportMetricValues */ .jn)(l.report));
    const refValues = values[refIndex];
    const names = [...new Set(values.flatMap((v) => [...v.keys()]))].sort();
    // By name: flattened metrics (a 10,000-point curve is 10,000 metrics) make a scan per name quadratic.
    const perLeg = values.map((v, i) => (i === refIndex ? null : new Map((0,_compare_reports_js__WEBPACK_IMPORTED_MODULE_7__/* .compareMetricSets */ .Ri)(refValues, v, options).map((d) => [d.name, d]))));
    const metrics = [];
    const legMetrics = [];
    for (const name of names) {
        const deltas = perLeg.map((d) => d?.get(name) ?? null);
        const sample = deltas.find((d) => d !== null) ?? null;
        const ignored = sample?.status === 'ignored';
        const driftIdx = deltas.flatMap((d, i) => (d && (d.status === 'drift' || d.status === 'missing' || d.status === 'new') ? [i] : []));
        const reasons = driftIdx.slice(0, 3).map((i) => {
            const d = deltas[i];
            const why = d.status === 'new' ? `missing in the reference leg ${ref.name}` : d.status === 'missing' ? 'missing' : d.reason;
            return `leg ${legs[i].name}: ${why}`;
        });
        const abs = deltas.map((d) => d?.absDeviation ?? null).filter((x) => x !== null);
        const rel = deltas.map((d) => d?.relDeviation ?? null).filter((x) => x !== null);
        const status = ignored ? 'ignored' : driftIdx.length ? 'drift' : 'pass';
        const encoded = values.map((v) => v.get(name) ?? null);
        const tolerance = sample?.tolerance ?? null;
        const toleranceRule = sample?.toleranceRule ?? null;
        const maxAbs = abs.length ? Math.max(...abs) : null;
        const maxRel = rel.length ? Math.max(...rel) : null;
        metrics.push({
            name,
            status,
            values: encoded,
            missingIn: values.flatMap((v, i) => (v.has(name) ? [] : [i + 1])),
            tolerance,
            toleranceRule,
            maxAbsDeviation: maxAbs,
            maxRelDeviation: maxRel,
            driftRuns: ignored ? [] : driftIdx.map((i) => i + 1),
            reason: status === 'drift' ? reasons.join('; ') : null
        });
        legMetrics.push({
            name,
            status,
            values: Object.fromEntries(legs.map((l, i) => [l.name, encoded[i]])),
            tolerance,
            toleranceRule,
            maxAbsDeviation: maxAbs,
            maxRelDeviation: maxRel,
            driftLegs: ignored ? [] : driftIdx.map((i) => legs[i].name),
            reason: status === 'drift' ? reasons.join('; ') : null
        });
    }
    const driftedByLeg = new Map(legs.map((l) => [l.name, []]));
    for (const m of legMetrics)
        for (const name of m.driftLegs)
            driftedByLeg.get(name)?.push(m.name);
    const summaries = legs.map((leg, i) => {
        const driftedMetrics = driftedByLeg.get(leg.name) ?? [];
        const selfDrift = leg.report.verdict === 'drift';
        const drift = driftedMetrics.length > 0 || selfDrift;
        if (leg.report.verdict === 'error')
            errors.push({
                run: null,
                message: `leg ${leg.name}: its own gate ended in error (${leg.report.errors[0]?.message ?? 'see its report'})`
            });
        if (selfDrift)
            warnings.push(`leg ${leg.name} did not reproduce itself across its own runs (${leg.report.drifted
                .map((d) => d.name)
                .slice(0, 5)
                .join(', ')})`);
        return {
            name: leg.name,
            artifact: leg.artifact,
            runner: runnerOf(leg.report),
            fingerprint: leg.report.environment?.fingerprint || null,
            verdict: leg.report.verdict,
            metrics: Object.fromEntries(names.map((n) => [n, values[i].get(n) ?? null])),
            reference: i === refIndex,
            drift,
            driftedMetrics,
            changes: drift && i !== refIndex ? (0,_compare_envdiff_js__WEBPACK_IMPORTED_MODULE_11__/* .diffEnvironments */ .e)(ref.report, leg.report) : []
        };
    });
    const drifted = metrics.filter((m) => m.status === 'drift').map((m) => ({ kind: 'metric', name: m.name }));
    for (const leg of legs) {
        if (leg.report.verdict !== 'drift')
            continue;
        for (const item of leg.report.drifted) {
            if (!drifted.some((d) => d.kind === item.kind && d.name === item.name))
                drifted.push(item);
        }
    }
    const driftingLegs = summaries.filter((s) => s.drift).map((s) => s.name);
    for (const name of driftingLegs) {
        const s = summaries.find((x) => x.name === name);
        if (s.driftedMetrics.length)
            warnings.push(`leg ${name} drifts from the reference leg ${ref.name}: ${s.driftedMetrics.slice(0, 5).join(', ')}`);
    }
    return {
        section: { reference: ref.name, referenceChosenBy: chosenBy, legs: summaries, metrics: legMetrics, driftingLegs, warnings },
        metrics: metrics.sort((a, b) => (a.status === b.status ? 0 : a.status === 'drift' ? -1 : b.status === 'drift' ? 1 : 0)),
        drifted,
        errors
    };
}
/**
 * Downloads every leg report of this workflow run, compares them and returns one report
 * (`mode: 'compare'`); also writes it to `report-path`. Problems with the artifacts (none found,
 * one unreadable) become the report's errors, so they are published like any verdict.
 */
async function runCompareMode(inputs, env, deps = {}) {
    const startedAt = Date.now();
    const prefix = (0,_record_js__WEBPACK_IMPORTED_MODULE_9__/* .legArtifactPrefix */ .nx)(inputs);
    const errors = [];
    const legs = [];
    let ownDir = null;
    try {
        const artifacts = deps.artifacts ?? new _artifacts_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionsArtifacts */ .$W();
        const dir = deps.downloadDir ?? (ownDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'repro-gate-legs-')));
        for (const leg of await (0,_record_js__WEBPACK_IMPORTED_MODULE_9__/* .downloadLegs */ .gR)(artifacts, prefix, dir)) {
            const name = (0,_record_js__WEBPACK_IMPORTED_MODULE_9__/* .legNameOf */ .Vq)(leg.artifact, prefix);
            const jsons = leg.files.filter((f) => f.endsWith('.json'));
            if (jsons.length !== 1) {
                errors.push({ run: null, message: `leg ${name}: artifact ${leg.artifact} holds ${jsons.length} JSON files, expected one report` });
                continue;
            }
            try {
                legs.push({ name, artifact: leg.artifact, report: await (0,_report_write_js__WEBPACK_IMPORTED_MODULE_6__.readReportFile)(jsons[0]) });
            }
            catch (err) {
                errors.push({ run: null, message: `leg ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .gJ)(err)}` });
            }
        }
    }
    catch (err) {
        errors.push({ run: null, message: `could not download the leg reports: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .errorMessage */ .gJ)(err)}` });
    }
    finally {
        // The reports are read; a download cut short leaves nothing behind either.
        if (ownDir)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(ownDir, { recursive: true, force: true });
    }
    let comparison = null;
    if (legs.length >= 2) {
        comparison = compareLegs(legs, {
            referenceLeg: inputs.referenceLeg,
            tolerance: inputs.tolerance,
            tolerances: inputs.tolerances,
            ignore: inputs.ignore
        });
        errors.push(...comparison.errors);
    }
    else if (errors.length === 0) {
        errors.push({
            run: null,
            message: `found ${legs.length} leg report(s) named ${prefix}*; compare needs at least two. Did the matrix jobs run with ` +
                `mode: record and the same report-artifact ("${inputs.reportArtifact}"), and does this job need: them?`
        });
    }
    const drifted = comparison?.drifted ?? [];
    const verdict = (0,_report_build_js__WEBPACK_IMPORTED_MODULE_3__.decideVerdict)(errors, drifted);
    const reference = comparison ? legs.find((l) => l.name === comparison.section.reference) : undefined;
    const report = {
        schemaVersion: _report_types_js__WEBPACK_IMPORTED_MODULE_12__/* .SCHEMA_VERSION */ .f,
        tool: { name: 'repro-gate', version: _version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x },
        mode: 'compare',
        verdict,
        reproducible: verdict === 'reproducible',
        createdAt: new Date().toISOString(),
        durationMs: 0,
        // In a compare report the legs play the part of runs (metrics[].values has one per leg).
        inputs: comparison ? { ...(0,_report_build_js__WEBPACK_IMPORTED_MODULE_3__.reportInputs)(inputs), runs: legs.length } : (0,_report_build_js__WEBPACK_IMPORTED_MODULE_3__.reportInputs)(inputs),
        context: (0,_report_context_js__WEBPACK_IMPORTED_MODULE_4__/* .readReportContext */ .u7)(env),
        seeds: reference?.report.seeds ?? { set: {}, keptFromUser: {} },
        runs: [],
        metrics: comparison?.metrics ?? [],
        artifacts: [],
        drifted,
        errors
    };
    if (comparison)
        report.legs = comparison.section;
    report.durationMs = Date.now() - startedAt;
    if (deps.write === false)
        return report;
    const written = await (0,_report_write_js__WEBPACK_IMPORTED_MODULE_6__.writeReport)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactReport */ .a5)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .createRedactor */ .lY)(env), report), inputs.reportPath);
    return written.report;
}


/***/ }),

/***/ 27612:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ legNameOf),
/* harmony export */   gR: () => (/* binding */ downloadLegs),
/* harmony export */   nx: () => (/* binding */ legArtifactPrefix),
/* harmony export */   uploadLegReport: () => (/* binding */ uploadLegReport)
/* harmony export */ });
/* unused harmony export legArtifactName */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18776);
/**
 * `mode: record`: the gate runs as usual on each matrix leg, then its report is uploaded as an
 * artifact named per leg, for the `compare` job to collect. Artifacts go through src/artifacts.ts,
 * so compare is tested over a local folder (`FolderArtifacts`).
 */




/**
 * `repro-gate-leg-<report-artifact>--`: shared by every leg and the compare job of one experiment.
 * A sanitised name never holds `--` nor ends in `-`, so the `--` delimiter keeps `repro` from
 * collecting `repro-large`'s legs (a single `-` would not: names are matched as string prefixes).
 */
function legArtifactPrefix(inputs) {
    return `repro-gate-leg-${(0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizeArtifactName */ .n_)(inputs.reportArtifact) || 'repro-report'}--`;
}
/**
 * `<prefix><comment-key>-<job>--<attempt>`, e.g. `repro-gate-leg-repro-report--train-ubuntu-22.04-record--1`.
 * The leg is named by what stays the same when it is re-run (matrix legs share the job id: give each
 * its own comment-key), and the attempt comes last, so compare can keep each leg's newest attempt.
 */
function legArtifactName(inputs, env, suffix = '') {
    const leg = (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizeArtifactName */ .n_)(`${inputs.commentKey}-${env.GITHUB_JOB || 'job'}${suffix}`).slice(0, 150);
    return `${legArtifactPrefix(inputs)}${leg}--${(0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .runAttempt */ .Tm)(env)}`;
}
/** The leg's name as shown in the compare report: the artifact name without the prefix and the attempt. */
function legNameOf(artifact, prefix) {
    const rest = artifact.startsWith(prefix) ? artifact.slice(prefix.length) : artifact;
    return rest.replace(/--\d+$/, '') || artifact;
}
/** Downloads each leg's newest attempt under `into/<artifact>/`, in name order. */
async function downloadLegs(artifacts, prefix, into) {
    const legs = (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .newestAttempts */ .Nc)(await artifacts.list(), prefix, { unnumbered: true })
        .map((a) => a.name)
        .sort();
    const out = [];
    for (const name of legs) {
        const folder = await artifacts.download(name, node_path__WEBPACK_IMPORTED_MODULE_1__.join(into, (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitizeArtifactName */ .n_)(name)));
        out.push({ artifact: name, files: await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .CS)(folder) });
    }
    return out;
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
    const artifacts = deps.artifacts ?? new _artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionsArtifacts */ .$W();
    const base = legArtifactName(inputs, env);
    let lastError;
    // Legs that share a comment key and job collide; a numbered leg name keeps them apart.
    for (let attempt = 1; attempt <= 5; attempt++) {
        const name = attempt === 1 ? base : legArtifactName(inputs, env, `-${attempt}`);
        try {
            // The compare job runs minutes later; a week covers re-running it, within the repository's maximum.
            const retentionDays = Math.max(1, Math.min(7, Number(env.GITHUB_RETENTION_DAYS) || 7));
            await artifacts.upload(name, reportPath, { retentionDays });
            return { name };
        }
        catch (err) {
            lastError = err;
            if (err instanceof _artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .ArtifactsUnsupportedError */ .tV)
                throw new Error(`mode record: the report was not uploaded: ${err.message}; record and compare need github.com or GHE.com`);
            if (!/already exists|conflict|409/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)))
                break;
        }
    }
    throw new Error(`mode record: could not upload the report as artifact ${base}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(lastError)}`);
}


/***/ }),

/***/ 41219:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildReport: () => (/* binding */ buildReport),
  decideVerdict: () => (/* binding */ decideVerdict),
  reportInputs: () => (/* binding */ reportInputs)
});

// EXTERNAL MODULE: ./src/compare/compareRuns.ts
var compareRuns = __webpack_require__(662);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/report/schema-version.ts
var schema_version = __webpack_require__(40914);
// EXTERNAL MODULE: ./src/metrics/values.ts
var values = __webpack_require__(38719);
// EXTERNAL MODULE: ./src/vary/factors.ts + 1 modules
var factors = __webpack_require__(4765);
// EXTERNAL MODULE: ./src/metrics/format.ts
var format = __webpack_require__(23914);
;// CONCATENATED MODULE: ./src/vary/cause.ts

/** Relative deviations up to this are floating-point rounding (float32 sums in another order reach ~1e-6). */
const ROUNDING_SCALE = 1e-5;
/** Relative deviations beyond this are far from rounding: randomness, not arithmetic order. */
const LARGE_SCALE = 1e-3;
function likelyCause(e) {
    const drifted = e.metrics.filter((m) => m.status === 'drift');
    const driftedArtifacts = e.artifacts.filter((a) => a.status === 'drift');
    if (drifted.length === 0 && driftedArtifacts.length === 0)
        return null;
    if (drifted.length === 0) {
        const a = driftedArtifacts[0];
        let compared = 0;
        for (const m of e.metrics)
            if (m.status === 'pass')
                compared++;
        const sizes = new Set(a.bytes.filter((b) => b !== null));
        return {
            kind: 'artifact-content',
            summary: 'likely a timestamp, a random name or an unordered iteration written into the file: the artifact changes while every metric agrees',
            evidence: [
                `${driftedArtifacts
                    .map((x) => `\`${x.path}\``)
                    .slice(0, 3)
                    .join(', ')} ${driftedArtifacts.length === 1 ? 'differs' : 'differ'} between runs while all ${compared} compared metrics agree`,
                sizes.size === 1
                    ? `\`${a.path}\` has the same size in every run, so its bytes changed in place (a time, an id, or an order)`
                    : `\`${a.path}\` changes size between runs`
            ],
            suggestion: 'write files without timestamps, with sorted keys and in a fixed order; compare the two versions in the run folders to see the bytes that move'
        };
    }
    const numeric = drifted.filter((m) => m.maxRelDeviation !== null);
    if (numeric.length === 0)
        return null;
    const worst = numeric.reduce((a, b) => ((b.maxRelDeviation ?? 0) > (a.maxRelDeviation ?? 0) ? b : a));
    const worstRel = worst.maxRelDeviation ?? 0;
    const deviationLine = `largest relative deviation ${(0,format/* formatDeviation */.v)(worstRel)} (\`${worst.name}\`, |\u0394| ${(0,format/* formatDeviation */.v)(worst.maxAbsDeviation ?? 0)})`;
    if (worstRel <= ROUNDING_SCALE) {
        const parallel = e.threads.max > 1 || e.gpus.length > 0;
        if (!parallel)
            return null;
        return {
            kind: 'reduction-order',
            summary: 'likely floating-point reduction order: parallel sums or non-deterministic GPU kernels add the same numbers in another order',
            evidence: [
                `${deviationLine}: floating-point rounding scale (\u2264 ${(0,format/* formatDeviation */.v)(ROUNDING_SCALE)})`,
                ...(e.threads.max > 1 ? [`the runs had up to ${e.threads.max} threads (${e.threads.detail})`] : []),
                ...(e.gpus.length > 0 ? [`the runs had a GPU (${e.gpus.slice(0, 2).join(', ')})`] : [])
            ],
            suggestion: 'confirm with `determinism: strict` and one thread (OMP_NUM_THREADS=1, MKL_NUM_THREADS=1); or allow it with a tolerance above the deviation'
        };
    }
    const audit = e.seedAudit;
    if (audit?.wired) {
        const comparable = numeric.flatMap((m) => {
            const s = audit.spread.find((x) => x.name === m.name)?.spread;
            const d = m.maxAbsDeviation ?? 0;
            return s && d > 0 && d / s >= 0.1 && d / s <= 10
                ? [`\`${m.name}\` moves ${(0,format/* formatDeviation */.v)(d)} between repeats; another seed moves it ${(0,format/* formatDeviation */.v)(s)}`]
                : [];
        });
        if (comparable.length > 0) {
            return {
                kind: 'unseeded-generator',
                summary: 'likely an unseeded random generator: the repeats differ about as much as two different seeds do',
                evidence: [deviationLine, ...comparable.slice(0, 3)],
                suggestion: 'seed every generator from REPRO_SEED (random, numpy, torch, data loader workers and shuffles)'
            };
        }
    }
    if (worstRel > LARGE_SCALE) {
        return {
            kind: 'unseeded-generator',
            summary: 'likely an unseeded random generator: the deviations are far beyond floating-point rounding',
            evidence: [`${deviationLine}: more than ${(0,format/* formatDeviation */.v)(LARGE_SCALE)}, far beyond rounding`],
            suggestion: 'seed every generator from REPRO_SEED; `seed-audit: warn` measures how far another seed moves each metric'
        };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/report/build.ts






/** The inputs as recorded: resolved, and without anything secret (the token is not an input of the run). */
function reportInputs(inputs) {
    return {
        command: inputs.command,
        runs: inputs.runs,
        seed: inputs.seed,
        determinism: inputs.determinism,
        metrics: inputs.metrics,
        tolerance: inputs.tolerance,
        tolerances: inputs.tolerances,
        ignore: inputs.ignore,
        artifacts: inputs.artifacts,
        workingDirectory: inputs.workingDirectory,
        timeoutMinutes: inputs.timeoutMinutes,
        failOnDrift: inputs.failOnDrift,
        failOnBaselineDrift: inputs.failOnBaselineDrift,
        reportPath: inputs.reportPath,
        // Only when used, so reports without variations read as before.
        ...(inputs.vary.length > 0 || inputs.seedAudit !== 'off'
            ? { vary: inputs.vary, varyMaxRuns: inputs.varyMaxRuns, seedAudit: inputs.seedAudit }
            : {}),
        ...(inputs.isolate ? { isolate: inputs.isolate.spec } : {})
    };
}
/** The verdict: any error wins over drift, drift over reproducible. */
function decideVerdict(errors, drifted) {
    if (errors.length > 0)
        return 'error';
    return drifted.length > 0 ? 'drift' : 'reproducible';
}
/**
 * Compares the runs and assembles the report. Runs that failed are left out of the comparison
 * (their failure is the finding), so a crash never also shows up as spurious drift.
 */
function buildReport(args) {
    const { inputs, plan, runs, snapshot, context, startedAt } = args;
    const errors = runs.records.flatMap((r) => (r.error ? [{ run: r.index, message: r.error }] : []));
    if (runs.stopped)
        errors.push({ run: null, message: runs.stopped });
    else if (runs.skipped > 0 && runs.records.length > 0) {
        const last = runs.records[runs.records.length - 1];
        const why = last.cancelled ? 'the job was cancelled' : `run ${last.index} failed`;
        errors.push({ run: null, message: `${runs.skipped} of ${plan.runs} runs were not started because ${why}` });
    }
    // A file of the user's that the gate could not put back is an error, whatever the runs found.
    for (const input of args.files?.inputs ?? []) {
        if (input.after === 'unverified') {
            errors.push({
                run: null,
                message: `${input.path} could not be put back as it was before the gate; its original is kept at ${input.saved}`
            });
        }
    }
    errors.push(...(args.extraErrors ?? []));
    errors.push(...(args.vary?.errors ?? []));
    const comparable = runs.metrics.filter((m, i) => m !== null && runs.records[i].error === null);
    const compared = comparable.length >= 2;
    const metrics = compared ? (0,compareRuns/* compareRuns */.qB)(comparable, inputs) : [];
    // A compared run's values are the comparison's (its k-th value); any other run with metrics keeps its own.
    const records = runs.records.map((r, i) => {
        const flat = runs.metrics[i] ?? null;
        if (r.metrics !== undefined || (compared && flat !== null && r.error === null))
            return r;
        return { ...r, metrics: flat === null ? null : (0,values/* encodeMetrics */.sb)(flat) };
    });
    const cleanRuns = runs.records.filter((r) => r.error === null);
    const artifacts = cleanRuns.length >= 2 ? (0,compareRuns/* compareArtifacts */.Tu)(cleanRuns.map((r) => r.artifacts)) : [];
    const drifted = [
        ...metrics.filter((m) => m.status === 'drift').map((m) => ({ kind: 'metric', name: m.name })),
        ...artifacts.filter((a) => a.status === 'drift').map((a) => ({ kind: 'artifact', name: a.path })),
        // Sensitivity to a factor is drift like any other (it fails the check unless fail-on-drift is false).
        ...(args.vary?.drifted ?? [])
    ];
    const verdict = decideVerdict(errors, drifted);
    const report = {
        schemaVersion: schema_version/* SCHEMA_VERSION */.f,
        tool: { name: 'repro-gate', version: version/* VERSION */.x },
        mode: inputs.mode === 'record' ? 'record' : 'gate',
        verdict,
        reproducible: verdict === 'reproducible',
        createdAt: new Date().toISOString(),
        durationMs: Date.now() - startedAt,
        inputs: reportInputs(inputs),
        context,
        seeds: plan.seeds,
        runs: records,
        metrics,
        artifacts,
        drifted,
        errors
    };
    if (args.files)
        report.files = args.files;
    if (snapshot) {
        report.environment = snapshot.environment;
        report.lockfiles = snapshot.lockfiles;
    }
    if (runs.containment)
        report.containment = runs.containment;
    if (args.vary?.variations)
        report.variations = args.vary.variations;
    if (args.vary?.seedAudit)
        report.seedAudit = args.vary.seedAudit;
    // A likely cause for a same-environment drift: read from the deviations, threads, GPUs and the seed audit.
    const gpu = snapshot?.environment.gpu;
    const cause = likelyCause({
        metrics,
        artifacts,
        threads: (0,factors/* controlThreads */.LI)(plan.env),
        gpus: gpu?.status === 'ok' ? gpu.devices.map((d) => d.name) : [],
        seedAudit: args.vary?.seedAudit ?? null
    });
    if (cause)
        report.likelyCause = cause;
    if (plan.exposure)
        report.exposure = plan.exposure;
    return report;
}


/***/ }),

/***/ 311:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The tool's version, written into every report (a test keeps it equal to package.json's). */
const VERSION = '0.1.0';


/***/ })

};
