export const id = 551;
export const ids = [551];
export const modules = {

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


/***/ }),

/***/ 13551:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerifyCommand: () => (/* binding */ runVerifyCommand)
});

// UNUSED EXPORTS: VERIFY_HELP

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/attest/types.ts
var types = __webpack_require__(79124);
;// CONCATENATED MODULE: ./src/attest/read.ts
/**
 * Reads in-toto statements from what a consumer has at hand: the statement the gate wrote, the
 * Sigstore bundle `actions/attest` saved (`bundle-path`), the JSON lines of bundles that
 * `gh attestation download` saves, or the attestations API's JSON. Signatures are not checked here.
 */

/** The input is not a statement, a bundle or a list of them: exit 2 territory. */
class StatementFormatError extends Error {
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Checks the in-toto Statement v1 shape; throws naming what is wrong. */
function parseStatement(value, origin) {
    if (!isObject(value))
        throw new StatementFormatError(`${origin}: the statement is not a JSON object`);
    if (value._type !== types/* STATEMENT_TYPE */.zG) {
        throw new StatementFormatError(`${origin}: _type is ${JSON.stringify(value._type)}, expected ${types/* STATEMENT_TYPE */.zG}`);
    }
    const subjects = value.subject;
    if (!Array.isArray(subjects) || subjects.length === 0)
        throw new StatementFormatError(`${origin}: subject must be a non-empty array`);
    const subject = subjects.map((s, i) => {
        if (!isObject(s) || typeof s.name !== 'string' || !isObject(s.digest)) {
            throw new StatementFormatError(`${origin}: subject[${i}] needs a name and a digest object`);
        }
        const digest = {};
        for (const [alg, hex] of Object.entries(s.digest)) {
            if (typeof hex !== 'string' || !/^[0-9a-fA-F]+$/.test(hex))
                throw new StatementFormatError(`${origin}: subject[${i}].digest.${alg} is not a hex string`);
            digest[alg] = hex.toLowerCase();
        }
        return { name: s.name, digest };
    });
    if (typeof value.predicateType !== 'string' || value.predicateType === '')
        throw new StatementFormatError(`${origin}: predicateType is missing`);
    if (!isObject(value.predicate))
        throw new StatementFormatError(`${origin}: predicate must be a JSON object`);
    return { subject, predicateType: value.predicateType, predicate: value.predicate, origin };
}
/** The statement inside a Sigstore bundle's DSSE envelope, or why the bundle carries none. */
function statementOfBundle(bundle, origin) {
    const envelope = bundle.dsseEnvelope;
    if (!isObject(envelope))
        return `${origin}: a Sigstore bundle without a DSSE envelope (a message signature attests no statement)`;
    if (typeof envelope.payload !== 'string')
        throw new StatementFormatError(`${origin}: the bundle's dsseEnvelope has no payload`);
    if (envelope.payloadType !== types/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        return `${origin}: the envelope's payloadType is ${JSON.stringify(envelope.payloadType)}, not ${types/* IN_TOTO_PAYLOAD_TYPE */.T4}`;
    }
    let decoded;
    try {
        decoded = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    }
    catch {
        throw new StatementFormatError(`${origin}: the envelope's payload is not base64 of a JSON statement`);
    }
    return parseStatement(decoded, `${origin}, bundle`);
}
/** One JSON document: a statement, a bundle, `{bundle}` (an API attestation) or `{attestations: [\u2026]}`. */
function statementsOf(doc, origin, into) {
    if (Array.isArray(doc)) {
        doc.forEach((d, i) => statementsOf(d, `${origin}[${i}]`, into));
        return;
    }
    if (!isObject(doc))
        throw new StatementFormatError(`${origin}: not a statement or a Sigstore bundle (a JSON ${doc === null ? 'null' : typeof doc})`);
    let found;
    if ('_type' in doc)
        found = parseStatement(doc, origin);
    else if ('dsseEnvelope' in doc || 'messageSignature' in doc)
        found = statementOfBundle(doc, origin);
    else if (isObject(doc.bundle))
        found = statementOfBundle(doc.bundle, origin);
    else if (Array.isArray(doc.attestations))
        return statementsOf(doc.attestations, `${origin} attestations`, into);
    else
        throw new StatementFormatError(`${origin}: not an in-toto statement (no _type) or a Sigstore bundle (no dsseEnvelope)`);
    if (typeof found === 'string')
        into.skipped.push(found);
    else
        into.statements.push(found);
}
/**
 * Every statement in a file's text: one JSON document (pretty-printed or not), or JSON lines
 * (one bundle per line, as `gh attestation download` writes them).
 */
function readStatements(text, file) {
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '')
        throw new StatementFormatError(`${file}: the file is empty`);
    const result = { statements: [], skipped: [] };
    let whole;
    let isWhole = true;
    try {
        whole = JSON.parse(body);
    }
    catch {
        isWhole = false;
    }
    if (isWhole) {
        statementsOf(whole, file, result);
        return result;
    }
    const lines = body.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim() === '')
            continue;
        let doc;
        try {
            doc = JSON.parse(lines[i]);
        }
        catch (err) {
            throw new StatementFormatError(`${file}: line ${i + 1} is not JSON (${err.message}); expected a statement, a bundle, or JSON lines of bundles`);
        }
        statementsOf(doc, `${file} line ${i + 1}`, result);
    }
    return result;
}

// EXTERNAL MODULE: ./src/hash.ts
var hash = __webpack_require__(56495);
;// CONCATENATED MODULE: ./src/attest/verify.ts
/**
 * Offline checks of a repro-gate statement: do the files match the subjects' sha256 digests, and
 * does the statement say the run was reproducible? No signature is checked here; that is
 * `gh attestation verify`'s job (it needs the network or a trusted root).
 */




/** Hashes each file once, however many statements it is checked against. */
class DigestCache {
    digests = new Map();
    /** sha256 of the file, or null when it does not exist. Other read errors throw. */
    sha256(file) {
        const key = external_node_path_.resolve(file);
        let digest = this.digests.get(key);
        if (!digest) {
            digest = (0,hash/* hashFile */.D)(key).then((h) => h.sha256, (err) => {
                if (err.code === 'ENOENT')
                    return null;
                throw new Error(`${file}: cannot read (${err.code ?? err.message})`);
            });
            this.digests.set(key, digest);
        }
        return digest;
    }
}
function toPosix(p) {
    return p.split(external_node_path_.sep).join('/');
}
/** Checks files given on the command line: each must have the digest of some subject. */
async function checkGivenFiles(statement, files, cwd, cache) {
    const checks = [];
    for (const file of files) {
        const actual = await cache.sha256(external_node_path_.resolve(cwd, file));
        if (actual === null) {
            checks.push({ file, status: 'missing', subject: null, expected: null, actual: null });
            continue;
        }
        const rel = toPosix(external_node_path_.relative(cwd, external_node_path_.resolve(cwd, file)));
        const sameDigest = statement.subject.filter((s) => s.digest.sha256 === actual);
        if (sameDigest.length > 0) {
            const named = sameDigest.find((s) => s.name === rel) ?? sameDigest[0];
            checks.push({ file, status: 'match', subject: named.name, expected: actual, actual });
            continue;
        }
        // No subject has its digest: name the subject it was meant to be, when one has its path or name.
        const sameName = statement.subject.find((s) => s.name === rel) ?? statement.subject.find((s) => external_node_path_.posix.basename(s.name) === external_node_path_.basename(file));
        checks.push({
            file,
            status: sameName ? 'mismatch' : 'unlisted',
            subject: sameName?.name ?? null,
            expected: sameName?.digest.sha256 ?? null,
            actual
        });
    }
    return checks;
}
/** Checks every subject against the file of that name under cwd, like `sha256sum -c`. */
async function checkSubjects(statement, cwd, cache) {
    const checks = [];
    for (const s of statement.subject) {
        const expected = s.digest.sha256 ?? null;
        const actual = await cache.sha256(external_node_path_.resolve(cwd, s.name));
        const status = actual === null ? 'missing' : actual === expected ? 'match' : 'mismatch';
        checks.push({ file: s.name, status, subject: s.name, expected, actual });
    }
    return checks;
}
/**
 * Checks one statement: with files, each file against the subjects' digests; without, every
 * subject against the file of its name under cwd. OK when all match and the run was reproducible.
 */
async function checkStatement(statement, files, cwd, cache = new DigestCache()) {
    const verdict = typeof statement.predicate.verdict === 'string' ? statement.predicate.verdict : null;
    const reproducible = statement.predicateType === types/* PredicateType */.Ot.Reproducible && verdict === 'reproducible';
    const checks = files.length > 0 ? await checkGivenFiles(statement, files, cwd, cache) : await checkSubjects(statement, cwd, cache);
    return {
        statement,
        reproducible,
        verdict,
        files: checks,
        ok: reproducible && checks.length > 0 && checks.every((c) => c.status === 'match')
    };
}
/** Whether a path names an existing regular file (for the CLI's up-front argument check). */
async function isRegularFile(file) {
    return external_node_fs_.promises.stat(file).then((s) => s.isFile(), () => false);
}

// EXTERNAL MODULE: ./src/cli/parse.ts
var parse = __webpack_require__(99537);
;// CONCATENATED MODULE: ./src/cli/verify.ts
/**
 * `repro-gate verify <statement.json | bundle> [files\u2026]`: offline, checks that files match a
 * repro-gate statement's subjects and that it records a reproducible run, and prints what it
 * attests. Exit 0 all match and reproducible, 1 a mismatch or a run that was not reproducible,
 * 2 an input that is missing, malformed or holds no repro-gate statement. Never uses the network.
 */






const VERIFY_HELP = `Usage: repro-gate verify <statement.json | bundle.json | bundle.jsonl> [files\u2026]

Checks, offline, that files match the sha256 digests of a repro-gate attestation's subjects and
that it records a reproducible run, then prints what it attests (verdict, runs, seed, command,
commit, workflow, environment). The first argument is the statement the gate wrote
(attestation-path), the Sigstore bundle actions/attest saved (bundle-path), or the JSON lines
that "gh attestation download" saves.

With files, each must have the digest of a subject. Without, every subject is checked against
the file of that name under the current directory (names are relative to the workspace).

It checks digests, not signatures. To check who signed the attestation, run:
  gh attestation verify <file> --repo <owner/repo> --predicate-type ${types/* PredicateType */.Ot.Reproducible}

Exit codes: 0 every file matches and the run was reproducible, 1 a file differs or is missing,
or the run was not reproducible, 2 an argument is missing, malformed or not a repro-gate attestation.
`;
/** verify takes no flag but --help: every other word is a file. */
const VERIFY = { usage: 'repro-gate verify', flags: {} };
const MARK = { match: 'ok  ', mismatch: 'FAIL', missing: 'FAIL', unlisted: 'FAIL' };
function verify_short(hex) {
    return hex ? `${hex.slice(0, 16)}\u2026` : '\u2014';
}
function describeFile(c) {
    switch (c.status) {
        case 'match':
            return c.subject && c.subject !== c.file ? `matches subject ${c.subject} (sha256 ${verify_short(c.actual)})` : `sha256 ${verify_short(c.actual)}`;
        case 'mismatch':
            return `differs from subject ${c.subject}: expected sha256 ${verify_short(c.expected)}, got ${verify_short(c.actual)}`;
        case 'missing':
            return 'not found';
        case 'unlisted':
            return `sha256 ${verify_short(c.actual)} is not the digest of any subject`;
    }
}
/** A nested string or number of the predicate, or null: the predicate is read, not trusted to be well formed. */
function field(value, ...keys) {
    let cur = value;
    for (const key of keys) {
        if (cur === null || typeof cur !== 'object')
            return null;
        cur = cur[key];
    }
    return typeof cur === 'string' || typeof cur === 'number' || typeof cur === 'boolean' ? String(cur) : null;
}
function attestedLines(p) {
    const lines = [
        [
            'verdict',
            field(p, 'verdict') &&
                `${field(p, 'verdict')} (${field(p, 'runs', 'compared') ?? '?'} of ${field(p, 'runs', 'requested') ?? '?'} runs compared)`
        ],
        ['seed', field(p, 'seed', 'value') && `${field(p, 'seed', 'value')}, determinism ${field(p, 'seed', 'determinism') ?? '?'}`],
        ['command', field(p, 'command')],
        [
            'commit',
            field(p, 'source', 'commit') &&
                [field(p, 'source', 'commit'), field(p, 'source', 'repository'), field(p, 'source', 'ref')].filter(Boolean).join(' \u00b7 ')
        ],
        ['workflow', [field(p, 'workflow', 'ref'), field(p, 'workflow', 'runUrl')].filter(Boolean).join(' \u00b7 ') || null],
        [
            'metrics',
            field(p, 'metrics', 'total') &&
                `${field(p, 'metrics', 'total')} in ${field(p, 'metrics', 'file') ?? '?'}, ${field(p, 'metrics', 'drifted') ?? '?'} drifted`
        ],
        ['environment', field(p, 'environment', 'fingerprint') && `fingerprint ${verify_short(field(p, 'environment', 'fingerprint'))}`]
    ];
    for (const part of ['os', 'cpu', 'gpu', 'runner', 'python'])
        lines.push([`  ${part}`, field(p, 'environment', 'summary', part)]);
    const frameworks = p.environment?.summary?.frameworks;
    if (frameworks && typeof frameworks === 'object') {
        const list = Object.entries(frameworks).map(([k, v]) => `${k} ${String(v)}`);
        if (list.length > 0)
            lines.push(['  frameworks', list.join(', ')]);
    }
    lines.push(['report sha256', field(p, 'report', 'sha256')]);
    return lines.filter((l) => l[1] !== null && l[1] !== '').map(([k, v]) => `  ${k.padEnd(14)} ${v}`);
}
function renderCheck(check) {
    const out = [`statement (${check.statement.origin}): ${check.statement.predicateType}`, ...attestedLines(check.statement.predicate)];
    out.push('  files');
    for (const c of check.files)
        out.push(`    ${MARK[c.status]} ${c.file}  ${describeFile(c)}`);
    const failed = check.files.filter((c) => c.status !== 'match').length;
    if (check.ok)
        out.push('  result: every file matches, and the run was reproducible');
    else {
        const why = [
            check.reproducible ? null : `the run was not reproducible (verdict ${check.verdict ?? 'unknown'})`,
            failed > 0 ? `${failed} of ${check.files.length} files do not match` : null
        ].filter(Boolean);
        out.push(`  result: ${why.join('; ')}`);
    }
    return out.join('\n') + '\n';
}
/** Runs `repro-gate verify`; returns the exit code and never throws. */
async function runVerifyCommand(argv, io, context = {}) {
    let parsed;
    try {
        parsed = (0,parse/* parseCommandLine */.Du)(argv, VERIFY);
    }
    catch (err) {
        io.err(`repro-gate verify: ${err.message} (put "--" before a file whose name starts with "-")\n\n${VERIFY_HELP}`);
        return 2;
    }
    if (parsed.help) {
        io.out(VERIFY_HELP);
        return 0;
    }
    // Words after "--" are files, even when they start with "-".
    const [source, ...files] = [...parsed.positionals, ...(parsed.afterDashes ?? [])];
    if (!source) {
        io.err(`repro-gate verify: expected a statement or bundle file\n\n${VERIFY_HELP}`);
        return 2;
    }
    // Where subject names and relative file arguments resolve.
    const cwd = context.cwd ?? process.cwd();
    let statements;
    let skipped;
    try {
        const text = await external_node_fs_.promises.readFile(external_node_path_.resolve(cwd, source), 'utf8').catch((err) => {
            throw new StatementFormatError(`${source}: cannot read (${err.code ?? err.message})`);
        });
        ({ statements, skipped } = readStatements(text, source));
    }
    catch (err) {
        io.err(`repro-gate verify: ${err.message}\n`);
        return 2;
    }
    const ours = statements.filter((s) => types/* PREDICATE_TYPES */.Cs.includes(s.predicateType));
    if (ours.length === 0) {
        const found = [...new Set(statements.map((s) => s.predicateType))];
        io.err(`repro-gate verify: ${source} holds no repro-gate statement (predicate types found: ${found.join(', ') || 'none'}${skipped.length ? `; skipped: ${skipped.join('; ')}` : ''})\n`);
        return 2;
    }
    for (const file of files) {
        if (!(await isRegularFile(external_node_path_.resolve(cwd, file)))) {
            io.err(`repro-gate verify: ${file}: not found or not a regular file\n`);
            return 2;
        }
    }
    io.out("repro-gate verify checks files against the statement's sha256 digests and the verdict it records; it does not check signatures.\n" +
        `To check who signed it: gh attestation verify <file> --repo <owner/repo> --predicate-type ${types/* PredicateType */.Ot.Reproducible}\n\n`);
    const cache = new DigestCache();
    let anyOk = false;
    try {
        for (const statement of ours) {
            const check = await checkStatement(statement, files, cwd, cache);
            anyOk ||= check.ok;
            io.out(renderCheck(check) + '\n');
        }
    }
    catch (err) {
        io.err(`repro-gate verify: ${err.message}\n`);
        return 2;
    }
    if (ours.length > 1)
        io.out(anyOk ? 'At least one statement verifies.\n' : 'No statement verifies.\n');
    return anyOk ? 0 : 1;
}


/***/ })

};
