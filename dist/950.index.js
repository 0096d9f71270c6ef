export const id = 950;
export const ids = [950];
export const modules = {

/***/ 12950:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  captureEnvironment: () => (/* binding */ captureEnvironment),
  fingerprintOf: () => (/* reexport */ fingerprintOf),
  fingerprintParts: () => (/* reexport */ fingerprintParts),
  unpinnedWarning: () => (/* binding */ unpinnedWarning)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./src/snapshot/lockfiles/common.ts
/**
 * Collects (name, version) pairs, de-duplicating exact pairs, and returns them sorted by
 * name then version (code-unit order, so the result does not depend on the machine's locale).
 */
class PackageCollector {
    seen = new Set();
    packages = [];
    unpinned = [];
    notes = [];
    /** Adds a pinned package; an exact duplicate (name, version) is ignored. */
    add(name, version) {
        // NUL cannot occur in a package name, so the joined key is unambiguous.
        const key = `${name}\u0000${version}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.packages.push({ name, version });
    }
    /** Adds a requirement that names no exact version. */
    addUnpinned(name, spec) {
        this.unpinned.push({ name, spec });
    }
    /** The result, packages sorted; `notes` only when there are some. */
    result() {
        const packages = sortPackages(this.packages);
        return this.notes.length > 0 ? { packages, unpinned: this.unpinned, notes: this.notes } : { packages, unpinned: this.unpinned };
    }
}
/** Sorts by name then version in code-unit order (stable across locales). */
function sortPackages(packages) {
    return [...packages].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0);
}
/** The last path segment of a relative path, accepting either slash. */
function baseName(fileName) {
    const i = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return i >= 0 ? fileName.slice(i + 1) : fileName;
}
/** The folder names of a relative path, without the basename. */
function parentFolders(fileName) {
    const parts = fileName.split(/[\\/]/);
    parts.pop();
    return parts;
}
/** Lines without their terminators; a leading BOM is dropped so line 1 parses like the rest. */
function splitLines(text) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    // A plain split is several times faster than a regex split on large lockfiles.
    return body.includes('\r') ? body.split(/\r?\n/) : body.split('\n');
}
/** JSON.parse with an error that says which file kind failed and where. */
function parseJson(text, what) {
    const body = text.replace(/^\uFEFF/, '');
    try {
        return JSON.parse(body);
    }
    catch (error) {
        const message = error.message;
        // V8 reports a character offset; people look for a line.
        const position = /at position (\d+)/.exec(message);
        let where = '';
        if (position !== null && !/line \d+/.test(message)) {
            const before = body.slice(0, Number(position[1]));
            const line = before.split('\n').length;
            where = ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
        }
        throw new Error(`${what} is not valid JSON: ${message}${where}`);
    }
}
/** True for a non-null, non-array object. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The value as a non-empty string, or undefined. */
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/snapshot/lockfiles/toml.ts


/** Parses TOML, naming the file kind in the error (smol-toml's message carries line and column). */
function parseToml(text, what) {
    try {
        return (0,smol_toml_dist/* parse */.qg)(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new Error(`${what} is not valid TOML: ${error.message}`);
    }
}
/** The `[[package]]` tables of a TOML lockfile, each checked to be a table. */
function packageTables(doc, what) {
    const tables = doc.package ?? [];
    if (!Array.isArray(tables))
        throw new Error(`${what}: "package" is not an array of tables`);
    return tables.map((table, i) => {
        if (!isRecord(table))
            throw new Error(`${what}: [[package]] #${i + 1} is not a table`);
        return table;
    });
}

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/cargo.ts


/**
 * `Cargo.lock` (versions 1\u20134): `[[package]]` tables with a `source`; source-less ones are the
 * workspace's own crates, so they are left out (and counted in a note).
 */
function parseCargoLock(text) {
    const out = new PackageCollector();
    let workspaceCrates = 0;
    packageTables(parseToml(text, 'Cargo.lock'), 'Cargo.lock').forEach((table, i) => {
        const name = str(table.name);
        const version = str(table.version);
        if (name === undefined || version === undefined) {
            throw new Error(`Cargo.lock: [[package]] #${i + 1} has no ${name === undefined ? 'name' : 'version'}`);
        }
        if (str(table.source) === undefined) {
            workspaceCrates++;
            return;
        }
        out.add(name, version);
    });
    if (workspaceCrates > 0)
        out.notes.push(`${workspaceCrates} workspace crates without source excluded`);
    return out.result();
}
/** Cargo lockfiles. */
const cargoParser = {
    format: 'cargo',
    matches: (fileName) => baseName(fileName) === 'Cargo.lock',
    parse: parseCargoLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/composer.ts

/** `composer.lock`: "packages" + "packages-dev", versions verbatim (a leading `v` is kept). */
function parseComposerLock(text) {
    const doc = parseJson(text, 'composer.lock');
    if (!isRecord(doc))
        throw new Error('composer.lock: expected a JSON object at the top level');
    const out = new PackageCollector();
    for (const section of ['packages', 'packages-dev']) {
        const list = doc[section] ?? [];
        if (!Array.isArray(list))
            throw new Error(`composer.lock: "${section}" is not an array`);
        list.forEach((entry, i) => {
            if (!isRecord(entry))
                throw new Error(`composer.lock: ${section}[${i}] is not an object`);
            const name = str(entry.name);
            const version = str(entry.version);
            if (name === undefined || version === undefined) {
                throw new Error(`composer.lock: ${section}[${i}] has no ${name === undefined ? 'name' : 'version'}`);
            }
            out.add(name, version);
        });
    }
    return out.result();
}
/** Composer lockfiles (PHP). */
const composerParser = {
    format: 'composer',
    matches: (fileName) => baseName(fileName) === 'composer.lock',
    parse: parseComposerLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/requirements.ts

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
function looksLikeUrlOrPath(req) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(req) || /^(\.|\/|~|file:)/.test(req) || /\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.test(req);
}
/**
 * The project a URL or path installs: `#egg=name`, else the name part of a wheel/sdist file
 * name (`tool-1.0-py3-none-any.whl` \u2192 tool), else the URL or path itself.
 */
function nameFromTarget(target) {
    const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(target);
    if (egg !== null)
        return egg[1];
    const file = target
        .replace(/[#?].*$/, '')
        .split('/')
        .pop() ?? '';
    const dist = /^([A-Za-z0-9][A-Za-z0-9._]*?)-\d[^/]*\.(whl|zip|tar\.gz|tgz|tar\.bz2)$/i.exec(file);
    return dist !== null ? dist[1] : target;
}
/**
 * One PEP 508 requirement (no pip options): only a single `==`/`===` specifier without a
 * wildcard is a pin; extras are dropped and environment markers ignored. Returns undefined
 * when the text names no package at all.
 */
function interpretRequirement(requirement) {
    const req = requirement.trim();
    if (req === '')
        return undefined;
    const direct = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*@\s*(.+)$/.exec(req);
    if (direct !== null && !looksLikeUrlOrPath(direct[1])) {
        const target = direct[2].replace(/\s;.*$/, '').trim();
        return { kind: 'unpinned', name: direct[1], spec: `@ ${target}` };
    }
    if (looksLikeUrlOrPath(req))
        return { kind: 'unpinned', name: nameFromTarget(req), spec: req };
    const match = NAME.exec(req);
    if (match === null)
        return undefined;
    const name = match[1];
    let rest = req.slice(name.length).trimStart();
    if (rest.startsWith('[')) {
        const close = rest.indexOf(']');
        if (close < 0)
            return undefined;
        rest = rest.slice(close + 1).trimStart();
    }
    const semicolon = rest.indexOf(';');
    let spec = (semicolon >= 0 ? rest.slice(0, semicolon) : rest).trim();
    if (spec.startsWith('(') && spec.endsWith(')'))
        spec = spec.slice(1, -1).trim();
    spec = spec.replace(/\s+/g, '');
    if (spec !== '' && !/^(===|==|~=|!=|<=|>=|<|>)/.test(spec))
        return undefined;
    const parts = spec.split(',').filter((p) => p !== '');
    if (parts.length === 1) {
        const pin = /^(===|==)([^=<>!~*]+)$/.exec(parts[0]);
        if (pin !== null)
            return { kind: 'pinned', name, version: pin[2] };
    }
    return { kind: 'unpinned', name, spec };
}
/** Options that take the next token as their value (`-r file`, `--index-url URL`, ...). */
const OPTIONS_WITH_VALUE = new Set([
    '-r',
    '--requirement',
    '-c',
    '--constraint',
    '-e',
    '--editable',
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '--trusted-host',
    '--hash',
    '--config-settings',
    '-C',
    '--global-option',
    '--install-option',
    '--no-binary',
    '--only-binary'
]);
/** Logical lines: `\`-continuations joined, comments stripped, with their first line number. */
function logicalLines(text) {
    const result = [];
    let current;
    let startLine = 0;
    const lines = splitLines(text);
    for (let n = 0; n < lines.length; n++) {
        const raw = lines[n];
        const continued = raw.endsWith('\\');
        const part = continued ? raw.slice(0, -1) : raw;
        if (current === undefined) {
            current = part;
            startLine = n + 1;
        }
        else {
            current += ' ' + part;
        }
        if (continued && n + 1 < lines.length)
            continue;
        // pip's rule: `#` starts a comment at the line start or after whitespace (URLs keep `#egg=`).
        const stripped = current.replace(/(^|\s)#.*$/, '').trim();
        if (stripped !== '')
            result.push({ text: stripped, line: startLine });
        current = undefined;
    }
    return result;
}
/**
 * pip requirements files: pinned `name==version` lines are packages; `-e`/URL/path requirements
 * and anything with a range are unpinned; `-r`/`-c`/index options are noted, not followed.
 */
function parseRequirements(text) {
    const out = new PackageCollector();
    for (const { text: line, line: lineNo } of logicalLines(text)) {
        const tokens = line.split(/\s+/);
        const firstOption = tokens.findIndex((t) => t.startsWith('-'));
        const args = (firstOption < 0 ? tokens : tokens.slice(0, firstOption)).join(' ');
        const options = firstOption < 0 ? [] : tokens.slice(firstOption);
        if (args === '') {
            readOptions(options, out, lineNo);
            continue;
        }
        const meaning = interpretRequirement(args);
        if (meaning === undefined)
            throw new Error(`requirements line ${lineNo}: cannot read a requirement from '${args}'`);
        if (meaning.kind === 'pinned')
            out.add(meaning.name, meaning.version);
        else
            out.addUnpinned(meaning.name, meaning.spec);
    }
    return out.result();
}
function readOptions(options, out, lineNo) {
    for (let i = 0; i < options.length; i++) {
        const token = options[i];
        const eq = token.startsWith('--') ? token.indexOf('=') : -1;
        const option = eq >= 0 ? token.slice(0, eq) : token;
        let value = eq >= 0 ? token.slice(eq + 1) : undefined;
        // Short options may be glued to their value: `-rbase.txt`, `-e.`.
        if (value === undefined && /^-[rceif]./.test(token)) {
            value = token.slice(2);
            if (token[1] === 'e') {
                out.addUnpinned(nameFromTarget(value), `-e ${value}`);
                continue;
            }
        }
        if (value === undefined && OPTIONS_WITH_VALUE.has(option))
            value = options[++i];
        if (option === '-e' || option === '--editable') {
            if (value === undefined)
                throw new Error(`requirements line ${lineNo}: ${option} needs a path or URL`);
            out.addUnpinned(nameFromTarget(value), `-e ${value}`);
        }
        else if (option === '-r' || option === '--requirement' || option === '-c' || option === '--constraint') {
            out.notes.push(`line ${lineNo}: ${option} ${value ?? ''} not followed`.trimEnd());
        }
    }
}
/** `requirements*.txt` anywhere, or any `.txt` inside a `requirements/` folder. */
function isRequirementsName(fileName) {
    const base = baseName(fileName);
    if (!base.endsWith('.txt'))
        return false;
    return base.startsWith('requirements') || parentFolders(fileName).at(-1) === 'requirements';
}
/** pip requirements files (a conda explicit spec saved as .txt belongs to conda-explicit). */
const requirementsParser = {
    format: 'pip',
    matches: (fileName, head) => isRequirementsName(fileName) && !/^@EXPLICIT/m.test(head),
    parse: parseRequirements
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/snapshot/lockfiles/yaml-lite.ts
// Kept beside `yaml` (its fallback): same packages, a 10\u201330\u00d7 faster first parse of pnpm, Berry and conda-lock files (npm run bench -- parsers).

/**
 * pnpm, Yarn Berry and conda-lock files are hundreds of KiB of machine-written YAML; the full
 * `yaml` parser needs well over 100 ms for them, so this reads just the subset those writers
 * emit (block mappings and sequences with plain or quoted scalars, flow collections kept as raw
 * text) down to `maxDepth` levels of mapping nesting (a sequence's items share its level) and
 * skips deeper content. Anything outside the subset (anchors, tags, multi-line scalars, odd
 * indentation, duplicate keys) makes it return undefined, and callers fall back to the real
 * parser, which also produces the error message for malformed files.
 */
function scanBlockMappings(text, maxDepth) {
    const root = {};
    const stack = [{ kind: 'map', indent: 0, depth: 1, map: root }];
    let pending;
    let skipDeeperThan = -1;
    let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const length = text.length;
    // Adds `key: rest` (rest already trimmed) to a mapping frame; false when outside the subset.
    const addEntry = (frame, indent, content) => {
        const entry = readKey(content, 0);
        if (entry === undefined)
            return false;
        const { key, rest } = entry;
        if (Object.prototype.hasOwnProperty.call(frame.map, key))
            return false;
        if (rest === '' || rest.startsWith('#')) {
            frame.map[key] = null;
            if (frame.depth < maxDepth)
                pending = { parentIndent: indent, map: frame.map, key, depth: frame.depth + 1 };
            else
                skipDeeperThan = indent;
            return true;
        }
        const value = readValue(rest);
        if (value === undefined)
            return false;
        if (value === BLOCK_SCALAR) {
            frame.map[key] = null;
            skipDeeperThan = indent;
            return true;
        }
        frame.map[key] = value;
        return true;
    };
    while (start <= length) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = length;
        let line = text.slice(start, end);
        start = end + 1;
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        let indent = 0;
        while (indent < line.length && line.charCodeAt(indent) === 32)
            indent++;
        if (indent === line.length)
            continue;
        const first = line[indent];
        if (first === '#')
            continue;
        if (first === '\t')
            return undefined;
        const content = line.slice(indent);
        const isItem = first === '-' && (content.length === 1 || content[1] === ' ');
        if (skipDeeperThan >= 0) {
            // A compact sequence (`key:` then `- item` at the same indent) belongs to the skipped key.
            if (indent > skipDeeperThan || (indent === skipDeeperThan && isItem))
                continue;
            skipDeeperThan = -1;
        }
        if (pending !== undefined) {
            const p = pending;
            pending = undefined;
            if (isItem && indent >= p.parentIndent) {
                const items = [];
                p.map[p.key] = items;
                stack.push({ kind: 'seq', indent, depth: p.depth, items });
            }
            else if (indent > p.parentIndent) {
                const map = {};
                p.map[p.key] = map;
                stack.push({ kind: 'map', indent, depth: p.depth, map });
            }
        }
        while (stack.length > 1 && indent < stack[stack.length - 1].indent)
            stack.pop();
        let top = stack[stack.length - 1];
        if (top.kind === 'seq' && !isItem && stack.length > 1) {
            stack.pop();
            top = stack[stack.length - 1];
        }
        if (indent !== top.indent)
            return undefined;
        if (top.kind === 'map') {
            if (isItem || !addEntry(top, indent, content))
                return undefined;
            continue;
        }
        if (!isItem)
            return undefined;
        const rest = content.slice(1).trimStart();
        if (rest === '' || rest.startsWith('#'))
            return undefined;
        const itemIndent = indent + (content.length - rest.length);
        if (readKey(rest, 0) !== undefined) {
            const map = {};
            top.items.push(map);
            const frame = { kind: 'map', indent: itemIndent, depth: top.depth, map };
            stack.push(frame);
            if (!addEntry(frame, itemIndent, rest))
                return undefined;
            continue;
        }
        const value = readValue(rest);
        if (value === undefined || value === BLOCK_SCALAR)
            return undefined;
        top.items.push(value);
    }
    return root;
}
const BLOCK_SCALAR = Symbol('block scalar');
function readKey(line, indent) {
    const c = line[indent];
    if (c === '"' || c === "'") {
        const quoted = readQuoted(line, indent);
        if (quoted === undefined)
            return undefined;
        let i = quoted.end;
        while (line[i] === ' ')
            i++;
        if (line[i] !== ':')
            return undefined;
        const after = line[i + 1];
        if (after !== undefined && after !== ' ')
            return undefined;
        return { key: quoted.value, rest: line.slice(i + 1).trim() };
    }
    if ('-?[]{}&*!|>%@`,'.includes(c))
        return undefined;
    let colon = line.indexOf(':', indent);
    while (colon >= 0 && colon + 1 < line.length && line[colon + 1] !== ' ')
        colon = line.indexOf(':', colon + 1);
    if (colon < 0)
        return undefined;
    const key = line.slice(indent, colon).trimEnd();
    if (key.includes(' #'))
        return undefined;
    return { key, rest: line.slice(colon + 1).trim() };
}
function readValue(rest) {
    const c = rest[0];
    if (c === '"' || c === "'") {
        const quoted = readQuoted(rest, 0);
        if (quoted === undefined)
            return undefined;
        const tail = rest.slice(quoted.end).trim();
        if (tail !== '' && !tail.startsWith('#'))
            return undefined;
        return quoted.value;
    }
    if (c === '|' || c === '>')
        return BLOCK_SCALAR;
    if (c === '{' || c === '[') {
        // Flow collections are kept as raw text; one that spans lines is left to the real parser.
        const close = c === '{' ? '}' : ']';
        return rest.trimEnd().endsWith(close) ? rest : undefined;
    }
    if ('&*!%@`'.includes(c))
        return undefined;
    if (c === '-' && (rest.length === 1 || rest[1] === ' '))
        return undefined;
    const comment = rest.indexOf(' #');
    return (comment >= 0 ? rest.slice(0, comment) : rest).trimEnd();
}
function readQuoted(s, at) {
    const q = s[at];
    if (q === "'") {
        let value = '';
        let i = at + 1;
        for (;;) {
            const j = s.indexOf("'", i);
            if (j < 0)
                return undefined;
            value += s.slice(i, j);
            if (s[j + 1] === "'") {
                value += "'";
                i = j + 2;
                continue;
            }
            return { value, end: j + 1 };
        }
    }
    let i = at + 1;
    let simple = true;
    while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\') {
            simple = false;
            i += 2;
        }
        else
            i++;
    }
    if (i >= s.length)
        return undefined;
    const body = s.slice(at + 1, i);
    if (simple)
        return { value: body, end: i + 1 };
    // YAML double-quoted escapes are a superset of JSON's; JSON covers what lockfile writers emit.
    try {
        return { value: JSON.parse(`"${body}"`), end: i + 1 };
    }
    catch {
        return undefined;
    }
}
/**
 * Parses YAML with the failsafe schema, so every scalar stays a string (a version `1.10` must
 * not become the number 1.1). A file with several documents (pnpm 10 puts an env document
 * first) yields the last one. Throws an Error naming the file kind and the position.
 */
function parseYaml(text, what) {
    try {
        return (0,yaml_dist/* parse */.qg)(text, { schema: 'failsafe' });
    }
    catch (error) {
        const message = error.message;
        if (/multiple documents/i.test(message) || /Source contains multiple/i.test(message)) {
            const docs = (0,yaml_dist/* parseAllDocuments */.hR)(text, { schema: 'failsafe' });
            if (Array.isArray(docs) && docs.length > 0) {
                const last = docs[docs.length - 1];
                if (last.errors.length > 0)
                    throw new Error(`${what} is not valid YAML: ${last.errors[0].message}`);
                return last.toJS();
            }
        }
        throw new Error(`${what} is not valid YAML: ${message}`);
    }
}

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/conda-env.ts



/**
 * A conda match spec counts as pinned only in the `name=ver`, `name==ver` or `name=ver=build`
 * forms (conda's single `=` is really a prefix match, but it is what people write to pin);
 * a `channel::` prefix is dropped. Ranges, wildcards and bare names are unpinned.
 */
function interpretCondaSpec(spec) {
    let s = spec.trim();
    const channel = s.lastIndexOf('::');
    if (channel >= 0)
        s = s.slice(channel + 2);
    const pin = /^([A-Za-z0-9_][A-Za-z0-9_.+-]*)==?([^=<>!,|*\s[\]]+)(?:=[^=\s]+)?$/.exec(s);
    if (pin !== null)
        return { name: pin[1], version: pin[2], spec: '' };
    const name = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*/.exec(s);
    if (name === null)
        return undefined;
    return { name: name[0], spec: s.slice(name[0].length).trim() };
}
/**
 * conda `environment.yml`: pinned conda specs and `==` pins of the `pip:` subsection are
 * packages; everything else (ranges, bare names, `-e` installs) is unpinned.
 */
function parseCondaEnvironment(text) {
    const doc = parseYaml(text, 'environment.yml');
    if (!isRecord(doc))
        throw new Error('environment.yml: expected a mapping at the top level');
    const out = new PackageCollector();
    const dependencies = doc.dependencies ?? [];
    if (!Array.isArray(dependencies))
        throw new Error('environment.yml: "dependencies" is not a list');
    dependencies.forEach((item, i) => {
        if (typeof item === 'string') {
            const spec = interpretCondaSpec(item);
            if (spec === undefined)
                throw new Error(`environment.yml: dependencies[${i}] '${item}' names no package`);
            if (spec.version !== undefined)
                out.add(spec.name, spec.version);
            else
                out.addUnpinned(spec.name, spec.spec);
            return;
        }
        if (isRecord(item) && Array.isArray(item.pip)) {
            for (const pipItem of item.pip)
                readPipItem(String(pipItem), out);
            return;
        }
        if (item === null || item === '')
            return;
        throw new Error(`environment.yml: dependencies[${i}] is neither a spec string nor a pip: list`);
    });
    return out.result();
}
function readPipItem(line, out) {
    const text = line.trim();
    const editable = /^(-e|--editable)(?:\s+|=)(.+)$/.exec(text);
    if (editable !== null) {
        const target = editable[2].trim();
        out.addUnpinned(nameFromTarget(target), `-e ${target}`);
        return;
    }
    if (text.startsWith('-')) {
        out.notes.push(`pip option '${text}' ignored`);
        return;
    }
    const meaning = interpretRequirement(text);
    if (meaning === undefined)
        throw new Error(`environment.yml: pip entry '${text}' names no package`);
    if (meaning.kind === 'pinned')
        out.add(meaning.name, meaning.version);
    else
        out.addUnpinned(meaning.name, meaning.spec);
}
/** conda environment files. */
const condaEnvParser = {
    format: 'conda-env',
    matches: (fileName) => {
        const base = baseName(fileName);
        return base === 'environment.yml' || base === 'environment.yaml';
    },
    parse: parseCondaEnvironment
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/conda-explicit.ts

/**
 * A conda package file name `name-version-build.conda` / `.tar.bz2` \u2192 (name, version). Names
 * may contain `-`, versions and build strings may not, so the split is from the right.
 */
function condaFileToPackage(fileName) {
    const stem = fileName.replace(/\.(conda|tar\.bz2)$/, '');
    if (stem === fileName)
        return undefined;
    const buildDash = stem.lastIndexOf('-');
    const versionDash = buildDash > 0 ? stem.lastIndexOf('-', buildDash - 1) : -1;
    if (versionDash <= 0)
        return undefined;
    return { name: stem.slice(0, versionDash), version: stem.slice(versionDash + 1, buildDash) };
}
/** conda explicit specs (`conda list --explicit`, conda-lock's `*.lock`): one package URL per line after `@EXPLICIT`. */
function parseCondaExplicit(text) {
    const out = new PackageCollector();
    const lines = splitLines(text);
    let explicit = false;
    lines.forEach((raw, n) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        if (line === '@EXPLICIT') {
            explicit = true;
            return;
        }
        if (!explicit)
            throw new Error(`conda explicit spec line ${n + 1}: '${line.slice(0, 60)}' before @EXPLICIT`);
        const url = line.replace(/#.*$/, '');
        const file = decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
        const pkg = condaFileToPackage(file);
        if (pkg === undefined)
            throw new Error(`conda explicit spec line ${n + 1}: '${file}' is not a conda package file name`);
        out.add(pkg.name, pkg.version);
    });
    if (!explicit)
        throw new Error('conda explicit spec: no @EXPLICIT line');
    return out.result();
}
/** conda explicit specs, recognised by `@EXPLICIT` in a `.lock`/`.txt` file's head. */
const condaExplicitParser = {
    format: 'conda-explicit',
    matches: (fileName, head) => /\.(lock|txt)$/.test(baseName(fileName)) && /^@EXPLICIT\s*$/m.test(head),
    parse: parseCondaExplicit
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/conda-lock.ts


/** `conda-lock.yml` (v1): unique (name, version) across platforms and managers (conda and pip); builds ignored. */
function parseCondaLock(text) {
    const doc = scanBlockMappings(text, 2) ?? parseYaml(text, 'conda-lock.yml');
    if (!isRecord(doc))
        throw new Error('conda-lock.yml: expected a mapping at the top level');
    const packages = doc.package ?? [];
    if (!Array.isArray(packages))
        throw new Error('conda-lock.yml: "package" is not a list');
    const out = new PackageCollector();
    packages.forEach((entry, i) => {
        if (!isRecord(entry))
            throw new Error(`conda-lock.yml: package[${i}] is not a mapping`);
        const name = str(entry.name);
        const version = str(entry.version);
        if (name === undefined || version === undefined) {
            throw new Error(`conda-lock.yml: package[${i}] has no ${name === undefined ? 'name' : 'version'}`);
        }
        out.add(name, version);
    });
    return out.result();
}
/** conda-lock unified lockfiles. */
const condaLockParser = {
    format: 'conda-lock',
    matches: (fileName) => /(^|\.)conda-lock\.ya?ml$/.test(baseName(fileName)),
    parse: parseCondaLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/gemfile.ts

/** Bundler's spec line: `    name (version[-platform])` at exactly four spaces. */
const SPEC = /^ {4}(?! )(\S+) \(([^-)]*)(?:-([^)]*))?\)$/;
const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);
/**
 * `Gemfile.lock`: the `specs:` of every GEM/GIT/PATH source. Platform variants
 * (`0.3.0-x86_64-linux`) are the same gem version, so they collapse to one pair.
 */
function parseGemfileLock(text) {
    const out = new PackageCollector();
    let section = '';
    let inSpecs = false;
    splitLines(text).forEach((line, n) => {
        if (line.trim() === '')
            return;
        if (!line.startsWith(' ')) {
            if (/^(<{7}|={7}|>{7})/.test(line))
                throw new Error(`Gemfile.lock line ${n + 1}: unresolved merge conflict marker`);
            section = line.trim();
            inSpecs = false;
            return;
        }
        if (!SOURCE_SECTIONS.has(section))
            return;
        if (/^ {2}\S/.test(line)) {
            inSpecs = line.trim() === 'specs:';
            return;
        }
        if (!inSpecs || /^ {6}/.test(line))
            return;
        const spec = SPEC.exec(line);
        if (spec === null)
            throw new Error(`Gemfile.lock line ${n + 1}: expected '    name (version)', found '${line.trim()}'`);
        out.add(spec[1], spec[2]);
    });
    return out.result();
}
/** Bundler lockfiles. */
const gemfileParser = {
    format: 'bundler',
    matches: (fileName) => {
        const base = baseName(fileName);
        return base === 'Gemfile.lock' || base === 'gems.locked';
    },
    parse: parseGemfileLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/gosum.ts

/** `go.sum`: `module version hash` lines; `version/go.mod` lines only hash a go.mod and are skipped. */
function parseGoSum(text) {
    const out = new PackageCollector();
    splitLines(text).forEach((raw, n) => {
        const line = raw.trim();
        if (line === '')
            return;
        const fields = line.split(/\s+/);
        if (fields.length !== 3 || !fields[2].includes(':')) {
            throw new Error(`go.sum line ${n + 1}: expected 'module version hash', found '${line.slice(0, 80)}'`);
        }
        const [module, version] = fields;
        if (version.endsWith('/go.mod'))
            return;
        out.add(module, version);
    });
    return out.result();
}
/** Go module checksums. */
const goSumParser = {
    format: 'go',
    matches: (fileName) => baseName(fileName) === 'go.sum',
    parse: parseGoSum
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/npm.ts

/** `npm:real-name@1.2.3` (how v1 lockfiles record an alias) \u2192 the real package. */
function aliasTarget(version) {
    if (!version.startsWith('npm:'))
        return undefined;
    const target = version.slice(4);
    const at = target.indexOf('@', 1);
    return at > 0 ? { name: target.slice(0, at), version: target.slice(at + 1) } : undefined;
}
function walkV1(dependencies, out, trail) {
    if (dependencies === undefined)
        return;
    if (!isRecord(dependencies))
        throw new Error(`package-lock.json: "dependencies" of ${trail} is not an object`);
    for (const [name, entry] of Object.entries(dependencies)) {
        if (!isRecord(entry))
            throw new Error(`package-lock.json: dependency ${trail} > ${name} is not an object`);
        const version = str(entry.version);
        if (version === undefined) {
            out.notes.push(`${trail} > ${name} has no version, skipped`);
        }
        else {
            const alias = aliasTarget(version);
            if (alias !== undefined)
                out.add(alias.name, alias.version);
            else
                out.add(name, version);
        }
        walkV1(entry.dependencies, out, `${trail} > ${name}`);
    }
}
/**
 * npm `package-lock.json` / `npm-shrinkwrap.json`. v2/v3 are read from the flat "packages" map
 * (v2 also carries the legacy tree, which says the same); the root, links and workspace folders
 * are the project itself, and an alias folder (node_modules/x-cjs) counts under its real "name".
 * v1 is the recursive "dependencies" tree.
 */
function parseNpmLockfile(text) {
    const doc = parseJson(text, 'package-lock.json');
    if (!isRecord(doc))
        throw new Error('package-lock.json: expected a JSON object at the top level');
    const out = new PackageCollector();
    if (doc.packages !== undefined) {
        if (!isRecord(doc.packages))
            throw new Error('package-lock.json: "packages" is not an object');
        for (const [key, entry] of Object.entries(doc.packages)) {
            if (key === '')
                continue;
            if (!isRecord(entry))
                throw new Error(`package-lock.json: packages["${key}"] is not an object`);
            if (entry.link === true)
                continue;
            const folder = key.lastIndexOf('node_modules/');
            if (folder < 0)
                continue;
            const version = str(entry.version);
            if (version === undefined) {
                out.notes.push(`packages["${key}"] has no version, skipped`);
                continue;
            }
            out.add(str(entry.name) ?? key.slice(folder + 'node_modules/'.length), version);
        }
        return out.result();
    }
    if (typeof doc.lockfileVersion === 'number' && doc.lockfileVersion >= 3) {
        throw new Error(`package-lock.json: lockfileVersion ${doc.lockfileVersion} without a "packages" object`);
    }
    walkV1(doc.dependencies, out, '(root)');
    return out.result();
}
/** npm lockfiles (v1, v2, v3). */
const npmParser = {
    format: 'npm',
    matches: (fileName) => {
        const base = baseName(fileName);
        return base === 'package-lock.json' || base === 'npm-shrinkwrap.json';
    },
    parse: parseNpmLockfile
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/pipfile.ts

/**
 * `Pipfile.lock`: "default" and "develop" merged; a name pinned differently in the two sections
 * yields two pairs. Entries without a `==` version (editable, path, VCS) are unpinned.
 */
function parsePipfileLock(text) {
    const doc = parseJson(text, 'Pipfile.lock');
    if (!isRecord(doc))
        throw new Error('Pipfile.lock: expected a JSON object at the top level');
    const out = new PackageCollector();
    for (const section of ['default', 'develop']) {
        const entries = doc[section];
        if (entries === undefined)
            continue;
        if (!isRecord(entries))
            throw new Error(`Pipfile.lock: "${section}" is not an object`);
        for (const [name, entry] of Object.entries(entries)) {
            if (!isRecord(entry))
                throw new Error(`Pipfile.lock: ${section}["${name}"] is not an object`);
            const version = str(entry.version);
            if (version !== undefined && version.startsWith('==') && !version.includes('*')) {
                out.add(name, version.replace(/^===?/, ''));
                continue;
            }
            const target = str(entry.git) ?? str(entry.path) ?? str(entry.file);
            const spec = version ?? (target !== undefined ? `${entry.editable === true ? '-e ' : ''}${target}` : '');
            out.addUnpinned(name, spec);
        }
    }
    return out.result();
}
/** Pipenv lockfiles. */
const pipfileParser = {
    format: 'pipenv',
    matches: (fileName) => baseName(fileName) === 'Pipfile.lock',
    parse: parsePipfileLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/pnpm.ts


/**
 * A "packages" key \u2192 (name, version). v5: `/name/1.0.0_peer@2+x` (peers after `_`);
 * v6: `/name@1.0.0(peer@2)`; v9: `name@1.0.0`. Scoped names keep their leading `@`.
 */
function pnpmKeyToPackage(key, v5) {
    let k = key.startsWith('/') ? key.slice(1) : key;
    if (v5) {
        const slash = k.lastIndexOf('/');
        if (slash <= 0)
            return undefined;
        const underscore = k.indexOf('_', slash);
        const version = k.slice(slash + 1, underscore < 0 ? undefined : underscore);
        const name = k.slice(0, slash);
        return name !== '' && version !== '' ? { name, version } : undefined;
    }
    const paren = k.indexOf('(');
    if (paren >= 0)
        k = k.slice(0, paren);
    const at = k.indexOf('@', 1);
    if (at < 0)
        return undefined;
    const name = k.slice(0, at);
    const version = k.slice(at + 1);
    return name !== '' && version !== '' ? { name, version } : undefined;
}
/**
 * `pnpm-lock.yaml` (lockfileVersion 5.x, 6.x, 9.x): one package per key of "packages", peer
 * suffixes stripped. Importers' `link:` dependencies are workspace folders and never appear
 * there. Entries for tarballs/git carry explicit `name`/`version` fields, which win.
 */
function parsePnpmLockfile(text) {
    const doc = scanBlockMappings(text, 3) ?? parseYaml(text, 'pnpm-lock.yaml');
    if (!isRecord(doc))
        throw new Error('pnpm-lock.yaml: expected a mapping at the top level');
    const lockfileVersion = String(doc.lockfileVersion ?? '');
    const major = Number.parseFloat(lockfileVersion);
    if (lockfileVersion === '' || Number.isNaN(major))
        throw new Error('pnpm-lock.yaml: no lockfileVersion');
    const out = new PackageCollector();
    const packages = doc.packages ?? {};
    if (!isRecord(packages))
        throw new Error('pnpm-lock.yaml: "packages" is not a mapping');
    for (const [key, entry] of Object.entries(packages)) {
        const fields = isRecord(entry) ? entry : {};
        const name = str(fields.name);
        const version = str(fields.version);
        if (name !== undefined && version !== undefined) {
            out.add(name, version);
            continue;
        }
        const parsed = pnpmKeyToPackage(key, major < 6);
        if (parsed === undefined) {
            out.notes.push(`packages key '${key}' names no version, skipped`);
            continue;
        }
        out.add(parsed.name, parsed.version);
    }
    return out.result();
}
/** pnpm lockfiles. */
const pnpmParser = {
    format: 'pnpm',
    matches: (fileName) => baseName(fileName) === 'pnpm-lock.yaml',
    parse: parsePnpmLockfile
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/poetry.ts


/** `poetry.lock` (lock-version 1.x and 2.x): every `[[package]]`, whatever its source. */
function parsePoetryLock(text) {
    const out = new PackageCollector();
    packageTables(parseToml(text, 'poetry.lock'), 'poetry.lock').forEach((table, i) => {
        const name = str(table.name);
        const version = str(table.version);
        if (name === undefined || version === undefined) {
            throw new Error(`poetry.lock: [[package]] #${i + 1} has no ${name === undefined ? 'name' : 'version'}`);
        }
        out.add(name, version);
    });
    return out.result();
}
/** Poetry lockfiles. */
const poetryParser = {
    format: 'poetry',
    matches: (fileName) => baseName(fileName) === 'poetry.lock',
    parse: parsePoetryLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/renv.ts

/** `renv.lock`: the "Packages" entries (the R interpreter's own version is not a package). */
function parseRenvLock(text) {
    const doc = parseJson(text, 'renv.lock');
    if (!isRecord(doc))
        throw new Error('renv.lock: expected a JSON object at the top level');
    const packages = doc.Packages ?? {};
    if (!isRecord(packages))
        throw new Error('renv.lock: "Packages" is not an object');
    const out = new PackageCollector();
    for (const [key, entry] of Object.entries(packages)) {
        if (!isRecord(entry))
            throw new Error(`renv.lock: Packages["${key}"] is not an object`);
        const version = str(entry.Version);
        if (version === undefined)
            throw new Error(`renv.lock: Packages["${key}"] has no Version`);
        out.add(str(entry.Package) ?? key, version);
    }
    return out.result();
}
/** renv lockfiles (R). */
const renvParser = {
    format: 'renv',
    matches: (fileName) => baseName(fileName) === 'renv.lock',
    parse: parseRenvLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/uv.ts


/**
 * `uv.lock`: every `[[package]]` except the project's own editable/virtual entries (the code
 * under test, not a dependency); a package without a version (dynamic local project) is noted.
 */
function parseUvLock(text) {
    const out = new PackageCollector();
    packageTables(parseToml(text, 'uv.lock'), 'uv.lock').forEach((table, i) => {
        const name = str(table.name);
        if (name === undefined)
            throw new Error(`uv.lock: [[package]] #${i + 1} has no name`);
        const source = isRecord(table.source) ? table.source : {};
        if ('editable' in source || 'virtual' in source) {
            out.notes.push(`${name}: project entry (${'editable' in source ? 'editable' : 'virtual'}) excluded`);
            return;
        }
        const version = str(table.version);
        if (version === undefined) {
            out.notes.push(`${name}: no version, skipped`);
            return;
        }
        out.add(name, version);
    });
    return out.result();
}
/** uv lockfiles. */
const uvParser = {
    format: 'uv',
    matches: (fileName) => baseName(fileName) === 'uv.lock',
    parse: parseUvLock
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/yarn.ts
// The yarn v1 reader is kept beside @yarnpkg/parsers: same packages, a 4\u00d7 faster first parse of a 400 KiB yarn.lock, and 290 KiB less in dist/ (npm run bench -- parsers).


/** Berry lockfiles start with a `__metadata:` block; classic (v1) ones never have it. */
function isBerryHead(head) {
    return /^__metadata:/m.test(head);
}
/**
 * The package name a classic key spec refers to: `left-pad@^1.0.0` \u2192 left-pad, and an npm alias
 * `string-width-cjs@npm:string-width@^4.2.0` \u2192 string-width (the package actually installed).
 */
function yarnSpecName(spec) {
    const at = spec.indexOf('@', 1);
    if (at < 0)
        return spec;
    const range = spec.slice(at + 1);
    if (range.startsWith('npm:')) {
        const target = range.slice(4);
        const at2 = target.indexOf('@', 1);
        if (at2 > 0)
            return target.slice(0, at2);
        // `alias@npm:real` (no range) names the real package; `x@npm:^1.0.0` is only a range for x.
        if (target !== '' && !/^[\^~<>=\d*]/.test(target))
            return target;
    }
    return spec.slice(0, at);
}
const QUOTED_TOKEN = /"(?:[^"\\]|\\.)*"/y;
const PLAIN_TOKEN = /[^\s,:]+/y;
/** One classic lockfile line: `key[, key...]:` opens a block, `key value` sets a field. */
function readClassicLine(content, lineNo) {
    const keys = [];
    let i = 0;
    for (;;) {
        // Sticky regexes rather than a character loop: the first parse runs before the JIT warms
        // up, and the regex engine scans these long keys far faster than interpreted code.
        const token = content.charCodeAt(i) === 34 /* " */ ? QUOTED_TOKEN : PLAIN_TOKEN;
        token.lastIndex = i;
        const match = token.exec(content);
        if (match === null) {
            throw new Error(content[i] === '"'
                ? `yarn.lock line ${lineNo}: unterminated string`
                : `yarn.lock line ${lineNo}: expected a key, found '${content.slice(i, i + 20)}'`);
        }
        const key = token === QUOTED_TOKEN ? unquote(match[0], lineNo) : match[0];
        i += match[0].length;
        keys.push(key);
        if (content[i] === ',') {
            i++;
            while (content[i] === ' ')
                i++;
            continue;
        }
        break;
    }
    if (content[i] === ':') {
        const tail = content.slice(i + 1).trim();
        if (tail !== '' && !tail.startsWith('#')) {
            throw new Error(`yarn.lock line ${lineNo}: unexpected '${tail}' after ':'`);
        }
        return { keys, value: undefined };
    }
    if (content[i] !== ' ' && content[i] !== '\t') {
        throw new Error(`yarn.lock line ${lineNo}: expected ':' or a value after '${keys.join(', ')}'`);
    }
    if (keys.length > 1)
        throw new Error(`yarn.lock line ${lineNo}: a field cannot have several keys`);
    const raw = content.slice(i).trim();
    if (raw === '')
        throw new Error(`yarn.lock line ${lineNo}: missing value for '${keys[0]}'`);
    return { keys, value: raw.startsWith('"') ? unquote(raw, lineNo) : raw };
}
/** A yarn v1 quoted string (JSON string syntax); most have no escapes, which skips JSON.parse. */
function unquote(quoted, lineNo) {
    if (quoted.length >= 2 && quoted.endsWith('"') && !quoted.includes('\\')) {
        const body = quoted.slice(1, -1);
        if (!body.includes('"'))
            return body;
    }
    try {
        return JSON.parse(quoted);
    }
    catch {
        throw new Error(`yarn.lock line ${lineNo}: invalid string ${quoted}`);
    }
}
/**
 * Yarn classic (v1) lockfiles are not YAML: `"a@^1", a@^1.1:` heads a block whose indented lines
 * are `field value` pairs or nested blocks. Only the top-level blocks' `version` field is needed.
 */
function parseYarnClassic(text) {
    const out = new PackageCollector();
    const lines = splitLines(text);
    let entry;
    // Indentation of each open block, so a line indented deeper than any open block is caught.
    let openIndents = [];
    let expectChildDeeperThan;
    const finish = () => {
        if (entry === undefined)
            return;
        if (entry.version === undefined) {
            out.notes.push(`line ${entry.line}: '${entry.specs.join(', ')}' has no version, skipped`);
        }
        else {
            for (const spec of entry.specs)
                out.add(yarnSpecName(spec), entry.version);
        }
        entry = undefined;
    };
    for (let n = 0; n < lines.length; n++) {
        const line = lines[n];
        const lineNo = n + 1;
        let indent = 0;
        while (indent < line.length && (line.charCodeAt(indent) === 32 || line.charCodeAt(indent) === 9))
            indent++;
        if (indent === line.length || line.charCodeAt(indent) === 35 /* # */)
            continue;
        if (indent === 0 && /^(<{7}|={7}|>{7})/.test(line)) {
            throw new Error(`yarn.lock line ${lineNo}: unresolved merge conflict marker`);
        }
        if (indent > 0 && line.lastIndexOf('\t', indent - 1) >= 0)
            throw new Error(`yarn.lock line ${lineNo}: tab in indentation`);
        const content = indent === 0 ? line : line.slice(indent);
        if (expectChildDeeperThan !== undefined) {
            if (indent > expectChildDeeperThan)
                openIndents.push(indent);
            expectChildDeeperThan = undefined;
        }
        while (openIndents.length > 0 && indent < openIndents[openIndents.length - 1])
            openIndents.pop();
        const level = indent === 0 ? 0 : openIndents.length;
        if (indent !== 0 && openIndents[openIndents.length - 1] !== indent) {
            throw new Error(`yarn.lock line ${lineNo}: unexpected indentation`);
        }
        const parsed = readClassicLine(content, lineNo);
        if (level === 0) {
            finish();
            openIndents = [];
            if (parsed.value !== undefined) {
                // Top-level scalars (e.g. `__metadata`-less headers of odd writers) carry no package.
                continue;
            }
            entry = { specs: parsed.keys, line: lineNo };
            expectChildDeeperThan = 0;
            continue;
        }
        if (parsed.value === undefined) {
            expectChildDeeperThan = indent;
            continue;
        }
        if (level === 1 && entry !== undefined && parsed.keys[0] === 'version')
            entry.version = parsed.value;
    }
    finish();
    return out.result();
}
/** The name part of a Berry locator/descriptor `name@protocol:...` (scoped names keep their @). */
function berryName(resolution) {
    const at = resolution.indexOf('@', 1);
    if (at < 0)
        return undefined;
    const rest = resolution.slice(at + 1);
    const colon = rest.indexOf(':');
    return { name: resolution.slice(0, at), protocol: colon >= 0 ? rest.slice(0, colon) : '' };
}
const LOCAL_PROTOCOLS = new Set(['workspace', 'link', 'portal', 'file']);
/**
 * Yarn Berry (v2+) lockfiles are YAML. The name comes from `resolution` (keys may be aliases),
 * the version from `version`; workspace/link/portal/file entries are the project's own folders,
 * and a `patch:` entry lands on the same (name, version) as the npm package it patches.
 */
function parseYarnBerry(text) {
    const doc = scanBlockMappings(text, 2) ?? parseYaml(text, 'yarn.lock');
    if (!isRecord(doc))
        throw new Error('yarn.lock: expected a mapping at the top level');
    if (!isRecord(doc.__metadata))
        throw new Error('yarn.lock: no __metadata block (not a Yarn Berry lockfile)');
    const out = new PackageCollector();
    for (const [key, value] of Object.entries(doc)) {
        if (key === '__metadata')
            continue;
        if (!isRecord(value))
            throw new Error(`yarn.lock: entry '${key}' is not a mapping`);
        const resolution = str(value.resolution);
        const version = str(value.version);
        if (resolution === undefined || version === undefined) {
            throw new Error(`yarn.lock: entry '${key}' has no ${resolution === undefined ? 'resolution' : 'version'}`);
        }
        const locator = berryName(resolution);
        if (locator === undefined)
            throw new Error(`yarn.lock: entry '${key}' has an unreadable resolution '${resolution}'`);
        if (LOCAL_PROTOCOLS.has(locator.protocol))
            continue;
        out.add(locator.name, version);
    }
    return out.result();
}
/** Yarn classic (v1) `yarn.lock`. */
const yarnClassicParser = {
    format: 'yarn-v1',
    matches: (fileName, head) => baseName(fileName) === 'yarn.lock' && !isBerryHead(head),
    parse: parseYarnClassic
};
/** Yarn Berry (v2+) `yarn.lock`, recognised by its `__metadata:` block. */
const yarnBerryParser = {
    format: 'yarn-berry',
    matches: (fileName, head) => baseName(fileName) === 'yarn.lock' && isBerryHead(head),
    parse: parseYarnBerry
};

;// CONCATENATED MODULE: ./src/snapshot/lockfiles/registry.ts















/**
 * Every parser, in matching order: conda explicit specs come before pip because both may be
 * `.txt`, and the `@EXPLICIT` head decides.
 */
const LOCKFILE_PARSERS = [
    npmParser,
    yarnBerryParser,
    yarnClassicParser,
    pnpmParser,
    condaExplicitParser,
    requirementsParser,
    poetryParser,
    pipfileParser,
    uvParser,
    condaEnvParser,
    condaLockParser,
    cargoParser,
    goSumParser,
    gemfileParser,
    renvParser,
    composerParser
];
/**
 * The first parser that handles this file. `fileName` is a basename or a relative path (the
 * path lets `requirements/*.txt` match); `head` is the file's first 4 KiB ('' if unread).
 */
function findParser(fileName, head) {
    return LOCKFILE_PARSERS.find((parser) => parser.matches(fileName, head));
}
/** The parser with this `format` id, e.g. 'yarn-berry'. */
function parserForFormat(format) {
    return LOCKFILE_PARSERS.find((parser) => parser.format === format);
}

// EXTERNAL MODULE: ./src/hash.ts
var hash = __webpack_require__(56495);
// EXTERNAL MODULE: ./src/regular-file.ts
var regular_file = __webpack_require__(60702);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/snapshot/lockfiles/index.ts











const HEAD_BYTES = 4096;
/** Parsers read a lockfile whole into memory: a bigger one is hashed (streaming) but not parsed. */
const LOCKFILE_MAX_BYTES = 64 * 1024 * 1024;
/**
 * Folders the walk never enters: installed packages, virtualenvs, tool caches, and the gate's own
 * run folders (`.repro-gate/`), whose copies of outputs are not the project's lockfiles.
 */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.venv', 'venv', 'env', '__pycache__', '.tox', 'site-packages', '.repro-gate']);
/**
 * Tracked files are the project's own, so only installed-package trees are dropped from them
 * (a committed `env/environment.yml` is a real lockfile; a vendored node_modules is not).
 */
const INSTALLED_PACKAGE_FOLDERS = new Set(['node_modules', 'site-packages']);
/** The gate's own run folders (local runs keep outputs there): never inputs. */
const GATE_RUN_FOLDERS = '**/.repro-gate/**';
const WALK_MAX_DEPTH = 6;
const WALK_MAX_ENTRIES = 5000;
const WALK_TIME_LIMIT_MS = 2000;
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
function relativeTo(workingDirectory, p) {
    return toPosix(external_node_path_default().isAbsolute(p) ? external_node_path_default().relative(workingDirectory, p) : external_node_path_default().normalize(p));
}
/** Reads, hashes (sha256 of the bytes) and parses each lockfile. A file that fails to parse gets `error` set and packages []. */
async function readLockfiles(workingDirectory, relativePaths) {
    return Promise.all(relativePaths.map((p) => readLockfile(workingDirectory, relativeTo(workingDirectory, p))));
}
async function readLockfile(workingDirectory, relative) {
    const record = {
        path: relative,
        format: 'unknown',
        sha256: '',
        bytes: 0,
        packageCount: 0,
        packages: [],
        unpinned: []
    };
    const file = external_node_path_default().resolve(workingDirectory, relative);
    let bytes;
    try {
        bytes = await (0,regular_file/* readRegularFile */.XF)(file, LOCKFILE_MAX_BYTES);
    }
    catch (error) {
        if (!(error instanceof regular_file/* SkippedFileError */.Nq)) {
            record.error = `cannot read: ${error.message}`;
            return record;
        }
        record.error = `skipped: ${error.message}`;
        // Too big to parse, but still a regular file: its hash still tells two environments apart.
        if (error.message.includes('read limit')) {
            Object.assign(record, await (0,hash/* hashFile */.D)(file).catch(() => ({})));
            record.error = `not parsed: ${error.message}`;
        }
        return record;
    }
    record.sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    record.bytes = bytes.length;
    const parser = findParser(relative, bytes.subarray(0, HEAD_BYTES).toString('utf8'));
    if (parser === undefined) {
        record.error = `no lockfile parser handles '${baseName(relative)}'`;
        return record;
    }
    record.format = parser.format;
    try {
        const parsed = parser.parse(bytes.toString('utf8'));
        // Parsers already de-duplicate; doing it here keeps the record's promise for any parser.
        const unique = new Map(parsed.packages.map((p) => [`${p.name}\u0000${p.version}`, p]));
        record.packages = sortPackages([...unique.values()]);
        record.packageCount = record.packages.length;
        record.unpinned = parsed.unpinned;
    }
    catch (error) {
        record.error = (0,errors/* errorMessage */.gJ)(error);
    }
    return record;
}
/**
 * Reads at most the first 4 KiB of a file; undefined when it cannot be read (a folder, a broken
 * link), '' when it is not a regular file (a link to /dev/zero: its name decides, and reading it
 * later records why it was skipped).
 */
async function readHead(file) {
    let handle;
    try {
        handle = (await (0,regular_file/* openRegularFile */.ZU)(file)).handle;
        const buffer = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    catch (error) {
        return error instanceof regular_file/* SkippedFileError */.Nq && !error.message.startsWith('a directory') ? '' : undefined;
    }
    finally {
        await handle?.close();
    }
}
/**
 * Keeps the paths some parser matches. The head is read only where a name alone cannot decide
 * (`yarn.lock` classic vs Berry, `@EXPLICIT` in `.lock`/`.txt`), a few files at a time.
 */
async function keepLockfiles(dir, candidates, skipFolders) {
    const found = [];
    const needHead = [];
    for (const rel of candidates) {
        if (rel.split('/').some((part) => skipFolders.has(part)))
            continue;
        const base = baseName(rel);
        if (base === 'yarn.lock' || /\.(lock|txt)$/.test(base))
            needHead.push(rel);
        else if (findParser(rel, '') !== undefined)
            found.push(rel);
    }
    const CONCURRENCY = 16;
    for (let i = 0; i < needHead.length; i += CONCURRENCY) {
        const batch = needHead.slice(i, i + CONCURRENCY);
        const heads = await Promise.all(batch.map((rel) => readHead(external_node_path_default().join(dir, rel))));
        batch.forEach((rel, j) => {
            const head = heads[j];
            if (head !== undefined && findParser(rel, head) !== undefined)
                found.push(rel);
        });
    }
    return found.sort();
}
function gitLsFiles(dir) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['ls-files', '-z'], { cwd: dir, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) => {
            resolve(error ? undefined : stdout.split('\0').filter((p) => p !== ''));
        });
    });
}
/** Bounded breadth-first walk: depth, entry count and time are all capped so a data folder cannot stall the snapshot. */
async function walk(dir) {
    const files = [];
    const deadline = Date.now() + WALK_TIME_LIMIT_MS;
    let entriesSeen = 0;
    let queue = [{ rel: '', depth: 0 }];
    while (queue.length > 0) {
        const next = [];
        for (const { rel, depth } of queue) {
            if (entriesSeen >= WALK_MAX_ENTRIES || Date.now() > deadline)
                return files;
            let entries;
            try {
                entries = await (0,promises_.readdir)(external_node_path_default().join(dir, rel), { withFileTypes: true });
            }
            catch {
                continue;
            }
            // A virtualenv may have any name; pyvenv.cfg at its root gives it away.
            if (rel !== '' && entries.some((e) => e.name === 'pyvenv.cfg' && e.isFile()))
                continue;
            // Sorted so that which files the caps cut off does not depend on the file system's order.
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            for (const entry of entries) {
                if (++entriesSeen > WALK_MAX_ENTRIES)
                    return files;
                const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
                if (entry.isFile())
                    files.push(childRel);
                else if (entry.isDirectory() && depth < WALK_MAX_DEPTH && !SKIPPED_FOLDERS.has(entry.name)) {
                    next.push({ rel: childRel, depth: depth + 1 });
                }
            }
        }
        queue = next;
    }
    return files;
}
/** Auto-detects lockfiles under dir: inside a git repository use `git ls-files -z` (cwd=dir; so data folders are never walked), otherwise a bounded walk (max depth 6, max 5000 entries, ~2 s time limit) that skips node_modules, .git, .venv, venv, env, __pycache__, .tox, site-packages, and any folder containing pyvenv.cfg. Returns relative paths, sorted, of files some parser matches (tracked files under node_modules/ or site-packages/ are dropped too). */
async function detectLockfiles(dir) {
    const tracked = await gitLsFiles(dir);
    if (tracked !== undefined)
        return keepLockfiles(dir, tracked, INSTALLED_PACKAGE_FOLDERS);
    return keepLockfiles(dir, await walk(dir), SKIPPED_FOLDERS);
}
/** Expands user globs (tinyglobby, cwd=dir, dot files allowed, never following into node_modules unless the glob says so) to relative paths. */
async function expandLockfileGlobs(dir, globs) {
    const negated = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const positive = globs.filter((g) => !g.startsWith('!') && g.trim() !== '');
    const intoNodeModules = positive.filter((g) => g.includes('node_modules'));
    const elsewhere = positive.filter((g) => !g.includes('node_modules'));
    const options = { cwd: dir, dot: true, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false };
    const results = await Promise.all([
        elsewhere.length > 0 ? (0,dist.glob)(elsewhere, { ...options, ignore: ['**/node_modules/**', GATE_RUN_FOLDERS, ...negated] }) : [],
        intoNodeModules.length > 0 ? (0,dist.glob)(intoNodeModules, { ...options, ignore: [GATE_RUN_FOLDERS, ...negated] }) : []
    ]);
    return [...new Set(results.flat().map(toPosix))].sort();
}

// EXTERNAL MODULE: ./src/snapshot/ml-stack.ts
var ml_stack = __webpack_require__(60494);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/snapshot/probe.ts





/** Default deadline of one external program (nvidia-smi, docker, nvcc, conda). */
const DEFAULT_PROBE_TIMEOUT_MS = 3000;
/** The python probe may import torch, which takes seconds on a cold cache. */
const DEFAULT_PYTHON_TIMEOUT_MS = 10000;
function firstLine(text) {
    const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
    return line.trim().slice(0, 300);
}
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        // A group of its own (detached): a wrapper script's children (`sleep`) go with it.
        process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
    }
    catch {
        try {
            process.kill(pid, 'SIGKILL');
        }
        catch {
            /* already gone */
        }
    }
}
/**
 * Runs one program (no shell) with a deadline and resolves, never rejects: a missing executable,
 * a non-zero exit, a signal or the deadline all come back as `ok: false` with a reason a person
 * can act on. On the deadline the program's whole process group is killed and the promise
 * resolves at once, without waiting for pipes a stray grandchild may still hold.
 */
function execProbe(file, args, options) {
    const started = Date.now();
    const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    // The program and its first arguments name the probe in reasons; a script passed with -c is left out.
    const label = [external_node_path_.basename(file), ...args.slice(0, 2).filter((a) => a.length <= 80 && !a.includes('\n'))].join(' ');
    return new Promise((resolve) => {
        let stdout = '';
        let stderr = '';
        let settled = false;
        let timer;
        const done = (result) => {
            if (settled)
                return;
            settled = true;
            if (timer)
                clearTimeout(timer);
            resolve(result);
        };
        const fail = (reason, timedOut = false) => done({ ok: false, reason, stdout, stderr, timedOut, durationMs: Date.now() - started });
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(file, args, {
                cwd: options.cwd,
                env: options.env,
                stdio: ['ignore', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
                windowsHide: true
            });
        }
        catch (err) {
            fail(`${file}: could not start (${err.message})`);
            return;
        }
        child.stdout?.setEncoding('utf8');
        child.stderr?.setEncoding('utf8');
        child.stdout?.on('data', (d) => {
            if (stdout.length < maxBytes)
                stdout += d;
        });
        child.stderr?.on('data', (d) => {
            if (stderr.length < maxBytes)
                stderr += d;
        });
        timer = setTimeout(() => {
            killGroup(child.pid);
            fail(`${label}: timed out after ${options.timeoutMs} ms (killed)`, true);
        }, options.timeoutMs);
        child.on('error', (err) => {
            killGroup(child.pid);
            if (err.code === 'ENOENT' && options.cwd !== undefined && !(0,external_node_fs_.existsSync)(options.cwd)) {
                fail(`${file}: cannot run in ${options.cwd}: no such directory`);
            }
            else if (err.code === 'ENOENT')
                fail(`${file}: not found on PATH`);
            else if (err.code === 'EACCES')
                fail(`${file}: not executable (permission denied)`);
            else
                fail(`${file}: could not start (${err.message})`);
        });
        const finish = (code, signal) => {
            if (code === 0) {
                done({ ok: true, stdout, stderr, durationMs: Date.now() - started });
                return;
            }
            const detail = firstLine(stderr) || firstLine(stdout);
            const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
            fail(`${label}: ${how}${detail ? `: ${detail}` : ''}`);
        };
        let closed = false;
        child.on('close', (code, signal) => {
            closed = true;
            finish(code, signal);
        });
        // A background grandchild can hold the pipes open after the program exited: wait briefly, not forever.
        child.on('exit', (code, signal) => {
            setTimeout(() => {
                if (!closed) {
                    killGroup(child.pid);
                    // A holder outside the group must not keep the gate's process alive.
                    child.stdout?.destroy();
                    child.stderr?.destroy();
                    finish(code, signal);
                }
            }, 200).unref();
        });
    });
}
/**
 * Runs an in-process probe with a deadline: a throw or a late answer becomes
 * `{status: 'unavailable', reason}`. (The work itself cannot be cancelled; its result is dropped.)
 */
async function withDeadline(name, timeoutMs, work) {
    let timer;
    const deadline = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ status: 'unavailable', reason: `${name}: timed out after ${timeoutMs} ms` }), timeoutMs);
    });
    const attempt = (async () => {
        try {
            const value = await work();
            return { status: 'ok', ...value };
        }
        catch (err) {
            return { status: 'unavailable', reason: `${name}: ${(0,errors/* errorMessage */.gJ)(err)}` };
        }
    })();
    try {
        return await Promise.race([attempt, deadline]);
    }
    finally {
        if (timer)
            clearTimeout(timer);
    }
}
/** The reason of an unavailable probe, for warnings; null when it succeeded. */
function unavailableReason(probe) {
    return probe.status === 'unavailable' ? probe.reason : null;
}
/**
 * The absolute path of `name` on the PATH of `env`, or null. Checking the PATH costs a few
 * stat calls; starting a program that is not there costs a fork.
 */
async function findOnPath(name, env) {
    if (name.includes('/') || name.includes('\\')) {
        try {
            await (0,promises_.access)(name, promises_.constants.X_OK);
            return name;
        }
        catch {
            return null;
        }
    }
    const dirs = (env.PATH ?? env.Path ?? '').split(external_node_path_.delimiter).filter((d) => d !== '');
    const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').concat(['']) : [''];
    for (const dir of dirs) {
        for (const ext of exts) {
            const candidate = external_node_path_.join(dir, name + ext);
            try {
                await (0,promises_.access)(candidate, promises_.constants.X_OK);
                return candidate;
            }
            catch {
                /* next */
            }
        }
    }
    return null;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/snapshot/hardware.ts




/**
 * CPU flags that change floating-point results: which SIMD width and whether fused multiply-add
 * is used decide the order and rounding of reductions in BLAS, numpy and the frameworks.
 */
const FP_FLAGS = [
    'sse2',
    'sse3',
    'ssse3',
    'sse4_1',
    'sse4_2',
    'avx',
    'avx2',
    'fma',
    'fma4',
    'f16c',
    'avx512f',
    'avx512dq',
    'avx512bw',
    'avx512vl',
    'avx512cd',
    'avx512_bf16',
    'avx512_fp16',
    'avx512_vnni',
    'avx_vnni',
    'amx_bf16',
    'amx_tile',
    'amx_int8',
    // Arm
    'asimd',
    'fphp',
    'asimdhp',
    'sve',
    'sve2',
    'bf16',
    'i8mm'
];
/** The FP-relevant subset of a flag list (as /proc/cpuinfo or sysctl prints it), sorted. */
function fpFlags(flags) {
    const present = new Set(flags
        .toLowerCase()
        .split(/[\s,]+/)
        .filter((f) => f !== '')
        // macOS spells them AVX2.0, FMA, SSE4.2
        .map((f) => f.replace(/\.0$/, '').replace('sse4.', 'sse4_')));
    return FP_FLAGS.filter((f) => present.has(f)).sort();
}
const VENDORS = { GenuineIntel: 'Intel', AuthenticAMD: 'AMD', HygonGenuine: 'Hygon', CentaurHauls: 'Centaur' };
/**
 * The CPU from Linux's /proc/cpuinfo: one file read instead of the three `lscpu` processes
 * systeminformation starts (~0.1 s of CPU on a 2-core runner, while the experiment runs). Null
 * when the file lacks a model name (Arm kernels print part numbers only): the caller falls back.
 */
function parseCpuinfo(text, logicalFallback) {
    const processors = text.split(/\n\s*\n/).filter((block) => /^processor\s*:/m.test(block));
    const field = (block, name) => new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm').exec(block)?.[1]?.trim();
    const first = processors[0];
    const model = first && field(first, 'model name');
    if (!first || !model)
        return null;
    const cores = new Set(processors.map((b) => `${field(b, 'physical id') ?? '0'}:${field(b, 'core id') ?? b}`));
    const vendorId = field(first, 'vendor_id') ?? '';
    return {
        vendor: VENDORS[vendorId] ?? vendorId,
        model: model
            .replace(/\((R|TM)\)/g, '')
            .replace(/\s+/g, ' ')
            .trim(),
        physicalCores: cores.size || logicalFallback,
        logicalCores: processors.length || logicalFallback,
        flags: fpFlags(field(first, 'flags') ?? field(first, 'Features') ?? '')
    };
}
/** `NAME` and `VERSION_ID` of an os-release file (systemd's format, on every current distribution). */
function parseOsRelease(text) {
    const values = {};
    for (const line of text.split('\n')) {
        const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
        if (m?.[1] && m[2] !== undefined)
            values[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
    }
    return { distro: values.NAME ?? values.ID ?? 'Linux', release: values.VERSION_ID ?? values.BUILD_ID ?? '' };
}
async function readText(file) {
    try {
        return (await (0,promises_.readFile)(file, 'utf8')).trim();
    }
    catch {
        return null;
    }
}
/**
 * The OS without `si.osInfo()`: that one runs `hostname -f` synchronously, which blocks the whole
 * process for as long as a DNS lookup takes on a runner with a broken resolver.
 */
async function captureOs(root, env, timeoutMs) {
    const base = { platform: process.platform, kernel: external_node_os_.release(), arch: external_node_os_.arch() };
    if (process.platform === 'linux') {
        const text = (await readText(external_node_path_.join(root, 'etc/os-release'))) ?? (await readText(external_node_path_.join(root, 'usr/lib/os-release')));
        return { ...base, ...(text ? parseOsRelease(text) : { distro: 'Linux', release: '' }) };
    }
    if (process.platform === 'darwin') {
        const result = await execProbe('sw_vers', [], { env, timeoutMs });
        const get = (key) => (result.ok ? (new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(result.stdout)?.[1]?.trim() ?? '') : '');
        return { ...base, distro: get('ProductName') || 'macOS', release: get('ProductVersion') };
    }
    return { ...base, distro: external_node_os_.version(), release: external_node_os_.release() };
}
/** DMI vendor and product names of the common hypervisors and clouds. */
const HYPERVISORS = [
    [/virtualbox|innotek/i, 'VirtualBox'],
    [/vmware/i, 'VMware'],
    [/microsoft corporation.*virtual machine/i, 'Hyper-V'],
    [/amazon ec2/i, 'Amazon EC2'],
    [/google/i, 'Google Compute Engine'],
    [/qemu|\bkvm\b/i, 'KVM'],
    [/\bxen\b/i, 'Xen'],
    [/parallels/i, 'Parallels'],
    [/openstack/i, 'OpenStack'],
    [/bochs/i, 'Bochs']
];
/**
 * The hypervisor we run under, or null on bare metal: from the DMI names the kernel exposes to
 * every user (no dmidecode, no dmesg), else the CPU's `hypervisor` flag.
 */
async function captureVirtualization(root, flags, env, timeoutMs) {
    if (process.platform === 'linux') {
        const dmi = external_node_path_.join(root, 'sys/class/dmi/id');
        const names = await Promise.all([
            readText(external_node_path_.join(dmi, 'sys_vendor')),
            readText(external_node_path_.join(dmi, 'product_name')),
            readText(external_node_path_.join(root, 'sys/hypervisor/type'))
        ]);
        const text = names.filter((n) => n).join(' ');
        for (const [pattern, name] of HYPERVISORS)
            if (pattern.test(text))
                return name;
    }
    if (process.platform === 'darwin') {
        const result = await execProbe('sysctl', ['-n', 'kern.hv_vmm_present'], { env, timeoutMs });
        if (result.ok && result.stdout.trim() === '1')
            return 'virtual machine';
    }
    return /\bhypervisor\b/.test(flags) ? 'hypervisor' : null;
}
/**
 * Hardware and OS. From systeminformation only the calls that are cheap and never block the
 * event loop for long: `si.cpu()`, `si.cpuFlags()`, `si.mem()`. Never `si.versions()` or
 * `si.getAllData()` (half a second, dozens of programs), nor `si.osInfo()`/`si.system()`
 * (synchronous `hostname -f`, `dmesg`, `dmidecode`).
 */
async function captureHardware(timeoutMs, root = '/', env = process.env) {
    const [hardware, osInfo] = await Promise.all([
        withDeadline('hardware', timeoutMs, async () => {
            const cpuinfo = process.platform === 'linux' ? await readText(external_node_path_.join(root, 'proc', 'cpuinfo')) : null;
            const fromProc = cpuinfo === null ? null : parseCpuinfo(cpuinfo, external_node_os_.cpus().length);
            if (fromProc) {
                const flagLine = /^(?:flags|Features)\s*:\s*(.*)$/m.exec(cpuinfo ?? '')?.[1] ?? '';
                return { cpu: fromProc, memoryBytes: external_node_os_.totalmem(), virtualization: await captureVirtualization(root, flagLine, env, timeoutMs) };
            }
            // Elsewhere systeminformation: only the two modules needed, loaded only when the snapshot runs.
            const [{ default: cpuLib }, { default: memoryLib }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(796), __webpack_require__.e(724)]).then(__webpack_require__.t.bind(__webpack_require__, 27724, 19)),
                Promise.all(/* import() */[__webpack_require__.e(796), __webpack_require__.e(251)]).then(__webpack_require__.t.bind(__webpack_require__, 81251, 19))
            ]);
            const [cpu, flags, mem] = await Promise.all([cpuLib.cpu(), cpuLib.cpuFlags(), memoryLib.mem()]);
            return {
                cpu: {
                    vendor: cpu.vendor || cpu.manufacturer,
                    model: [cpu.manufacturer, cpu.brand].filter((s) => s).join(' '),
                    physicalCores: cpu.physicalCores,
                    logicalCores: cpu.cores,
                    flags: fpFlags(flags)
                },
                memoryBytes: mem.total,
                virtualization: await captureVirtualization(root, flags, env, timeoutMs)
            };
        }),
        withDeadline('os', timeoutMs, () => captureOs(root, env, timeoutMs))
    ]);
    return { hardware, os: osInfo };
}

;// CONCATENATED MODULE: ./src/snapshot/gpu.ts



/** Parses `nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader,nounits`. */
function parseNvidiaSmiCsv(text) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length === 0)
        throw new Error('no output');
    return lines.map((line, i) => {
        const cells = line.split(',').map((c) => c.trim());
        const [name, memory, driver] = cells;
        if (cells.length !== 3 || !name || /^\[?(N\/A|Not Supported)\]?$/i.test(name)) {
            throw new Error(`unparseable output line ${i + 1}: "${line.slice(0, 120)}"`);
        }
        const memoryMiB = Number(memory);
        if (driver !== undefined && !/^\d+(\.\d+)*$/.test(driver) && !/N\/A/i.test(driver)) {
            throw new Error(`unparseable driver version on line ${i + 1}: "${driver.slice(0, 60)}"`);
        }
        return {
            name,
            memoryMiB: memory !== undefined && memory !== '' && Number.isFinite(memoryMiB) ? memoryMiB : null,
            driverVersion: driver && /^\d/.test(driver) ? driver : null
        };
    });
}
/** The driver's maximum CUDA version from `nvidia-smi -q` ("CUDA Version : 12.4"). */
function parseCudaDriverVersion(text) {
    return /^\s*CUDA Version\s*:\s*(\d+(?:\.\d+)*)/m.exec(text)?.[1] ?? null;
}
/** The toolkit version from `nvcc --version` ("Cuda compilation tools, release 12.4, V12.4.131"). */
function parseNvccVersion(text) {
    const m = /release\s+[\d.]+,\s*V(\d+(?:\.\d+)*)/.exec(text) ?? /release\s+(\d+(?:\.\d+)*)/.exec(text);
    return m?.[1] ?? null;
}
/** The toolkit version from `version.json` (CUDA \u2265 11.1) or `version.txt` ("CUDA Version 10.2.89"). */
function parseCudaVersionFile(text) {
    try {
        const json = JSON.parse(text);
        if (typeof json.cuda?.version === 'string')
            return json.cuda.version;
    }
    catch {
        /* version.txt */
    }
    return /CUDA Version\s+(\d+(?:\.\d+)*)/.exec(text)?.[1] ?? null;
}
const NVCC_DIST_INFO = /^nvidia_cuda_nvcc-(\d+(?:\.\d+)*)\.dist-info$/;
async function toolkitFromFiles(root, env) {
    const homes = [env.CUDA_HOME, env.CUDA_PATH, external_node_path_.join(root, 'usr/local/cuda')].filter((h) => !!h);
    for (const home of homes) {
        // CUDA 13 ships no version.json, but names its components' versions in dist-info folders.
        try {
            const entry = (await (0,promises_.readdir)(external_node_path_.join(home, 'dist-info'))).find((e) => NVCC_DIST_INFO.test(e));
            const version = entry ? NVCC_DIST_INFO.exec(entry)?.[1] : undefined;
            if (version)
                return version;
        }
        catch {
            /* an older layout */
        }
        for (const file of ['version.json', 'version.txt']) {
            try {
                const version = parseCudaVersionFile(await (0,promises_.readFile)(external_node_path_.join(home, file), 'utf8'));
                if (version)
                    return version;
            }
            catch {
                /* next */
            }
        }
    }
    return null;
}
async function cudaToolkit(root, env, timeoutMs) {
    const fromFiles = await toolkitFromFiles(root, env);
    if (fromFiles)
        return fromFiles;
    const nvcc = await findOnPath('nvcc', env);
    if (!nvcc)
        return null;
    const result = await execProbe(nvcc, ['--version'], { env, timeoutMs });
    return result.ok ? parseNvccVersion(result.stdout) : null;
}
/**
 * NVIDIA GPUs, driver, the driver's CUDA version and the toolkit. No nvidia-smi means no GPU:
 * recorded as an empty list, not as a failure. An nvidia-smi that hangs, fails or prints
 * something unexpected makes the probe unavailable with the reason.
 */
async function captureGpu(env, root, timeoutMs) {
    const smi = await findOnPath('nvidia-smi', env);
    const toolkit = cudaToolkit(root, env, timeoutMs);
    if (!smi) {
        return { status: 'ok', devices: [], driverVersion: null, cudaDriverVersion: null, cudaToolkitVersion: await toolkit };
    }
    const [query, details, cudaToolkitVersion] = await Promise.all([
        execProbe(smi, ['--query-gpu=name,memory.total,driver_version', '--format=csv,noheader,nounits'], { env, timeoutMs }),
        execProbe(smi, ['-q'], { env, timeoutMs }),
        toolkit
    ]);
    if (!query.ok)
        return { status: 'unavailable', reason: query.reason };
    let devices;
    try {
        devices = parseNvidiaSmiCsv(query.stdout);
    }
    catch (err) {
        return { status: 'unavailable', reason: `nvidia-smi: ${err.message}` };
    }
    return {
        status: 'ok',
        devices,
        driverVersion: devices.find((d) => d.driverVersion)?.driverVersion ?? null,
        cudaDriverVersion: details.ok ? parseCudaDriverVersion(details.stdout) : null,
        cudaToolkitVersion
    };
}

;// CONCATENATED MODULE: ./src/snapshot/runner.ts


/**
 * Math-library variables that change results or their reproducibility (thread counts decide the
 * order of parallel reductions; MKL_CBWR pins MKL's code path). Nothing outside this list is
 * ever read from the environment into the report.
 */
const MATH_ENV_NAMES = [
    'OMP_NUM_THREADS',
    'MKL_NUM_THREADS',
    'OPENBLAS_NUM_THREADS',
    'MKL_CBWR',
    'VECLIB_MAXIMUM_THREADS',
    'NUMEXPR_NUM_THREADS',
    'OPENBLAS_CORETYPE'
];
/** The allow-listed math variables that are set, by name. */
function captureMathEnv(env) {
    const out = {};
    for (const name of MATH_ENV_NAMES) {
        const value = env[name];
        if (value !== undefined)
            out[name] = value;
    }
    return out;
}
const orNull = (value) => (value === undefined || value === '' ? null : value);
/**
 * The GitHub runner and the workflow run, from the documented default variables; the runner
 * image's own manifest (`/imagegeneration/imagedata.json` on hosted runners) is hashed when present.
 */
async function captureRunner(env, root) {
    let imageDataSha256 = null;
    try {
        imageDataSha256 = (await (0,hash/* hashFile */.D)(external_node_path_.join(root, 'imagegeneration/imagedata.json'))).sha256;
    }
    catch {
        /* not a hosted runner */
    }
    return {
        os: orNull(env.RUNNER_OS),
        arch: orNull(env.RUNNER_ARCH),
        name: orNull(env.RUNNER_NAME),
        environment: orNull(env.RUNNER_ENVIRONMENT),
        imageOS: orNull(env.ImageOS),
        imageVersion: orNull(env.ImageVersion),
        imageDataSha256,
        sha: orNull(env.GITHUB_SHA),
        ref: orNull(env.GITHUB_REF),
        workflowRef: orNull(env.GITHUB_WORKFLOW_REF),
        runId: orNull(env.GITHUB_RUN_ID),
        runAttempt: orNull(env.GITHUB_RUN_ATTEMPT),
        eventName: orNull(env.GITHUB_EVENT_NAME)
    };
}

;// CONCATENATED MODULE: ./src/snapshot/containers.ts



const ID = '[0-9a-f]{64}';
/**
 * The container id in a cgroup v1 `/proc/self/cgroup`: docker (`/docker/<id>`,
 * `/system.slice/docker-<id>.scope`), containerd, CRI-O and Kubernetes (`/kubepods/.../<id>`).
 */
function containerIdFromCgroup(text) {
    for (const line of text.split('\n')) {
        const cgroupPath = line.split(':').slice(2).join(':');
        if (!/docker|containerd|kubepods|crio|libpod/.test(cgroupPath))
            continue;
        const m = new RegExp(`(?:^|[/-])(${ID})(?:\\.scope)?(?:/|$)`).exec(cgroupPath);
        if (m?.[1])
            return m[1];
    }
    return null;
}
/**
 * The container id in `/proc/self/mountinfo` (cgroup v2, where /proc/self/cgroup is just `0::/`):
 * docker bind-mounts /etc/hostname, /etc/hosts and /etc/resolv.conf from
 * `/var/lib/docker/containers/<id>/`; podman from `.../overlay-containers/<id>/userdata/`.
 */
function containerIdFromMountinfo(text) {
    const m = new RegExp(`/docker/containers/(${ID})/`).exec(text) ??
        new RegExp(`/overlay-containers/(${ID})/userdata/`).exec(text) ??
        new RegExp(`/containerd/[^ ]*?/(${ID})/`).exec(text);
    return m?.[1] ?? null;
}
async function containers_readText(file) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return '';
    }
}
async function exists(file) {
    try {
        await (0,promises_.access)(file);
        return true;
    }
    catch {
        return false;
    }
}
/** Whether we run inside a container, how that was seen, and its id when the kernel shows it. */
async function detectContainer(root) {
    const [cgroup, mountinfo, dockerenv, containerenv] = await Promise.all([
        containers_readText(external_node_path_.join(root, 'proc/self/cgroup')),
        containers_readText(external_node_path_.join(root, 'proc/self/mountinfo')),
        exists(external_node_path_.join(root, '.dockerenv')),
        exists(external_node_path_.join(root, 'run/.containerenv'))
    ]);
    const v1 = containerIdFromCgroup(cgroup);
    if (v1)
        return { inContainer: true, detectedBy: 'cgroup-v1', containerId: v1 };
    const v2 = containerIdFromMountinfo(mountinfo);
    if (v2)
        return { inContainer: true, detectedBy: 'cgroup-v2', containerId: v2 };
    if (dockerenv)
        return { inContainer: true, detectedBy: 'dockerenv', containerId: null };
    if (containerenv)
        return { inContainer: true, detectedBy: 'containerenv', containerId: null };
    return { inContainer: false, detectedBy: null, containerId: null };
}
/** `docker.io/library/busybox:1.36` \u2192 `busybox`; digests and tags dropped, registry kept otherwise. */
function repositoryOf(reference) {
    let ref = reference.split('@')[0] ?? reference;
    const slash = ref.lastIndexOf('/');
    const colon = ref.lastIndexOf(':');
    if (colon > slash)
        ref = ref.slice(0, colon);
    return ref.replace(/^(?:docker\.io|index\.docker\.io)\//, '').replace(/^library\//, '');
}
/** The `RepoDigests` entry for `reference`'s repository, else the first one. */
function pickRepoDigest(reference, repoDigests) {
    const repo = repositoryOf(reference);
    return repoDigests.find((d) => repositoryOf(d) === repo) ?? repoDigests[0] ?? null;
}
const PINNED = /@sha256:[0-9a-f]{64}$/;
/** Resolves one image reference to `name@sha256:\u2026` with `docker image inspect`; never throws. */
async function resolveImage(docker, reference, env, timeoutMs, 
/** Whose repository's digest to prefer when the image has several (defaults to `reference`). */
prefer = reference) {
    if (PINNED.test(reference))
        return { reference, digest: reference, reason: null };
    if (!docker)
        return { reference, digest: null, reason: 'docker: not found on PATH' };
    const result = await execProbe(docker, ['image', 'inspect', '--format', '{{json .RepoDigests}}', reference], {
        env,
        timeoutMs
    });
    if (!result.ok)
        return { reference, digest: null, reason: result.reason };
    let digests;
    try {
        digests = JSON.parse(result.stdout.trim().split('\n')[0] ?? '');
    }
    catch {
        return { reference, digest: null, reason: `docker image inspect: unparseable output "${result.stdout.slice(0, 80)}"` };
    }
    if (digests === null || (Array.isArray(digests) && digests.length === 0)) {
        return { reference, digest: null, reason: 'the image has no registry digest (built locally and never pushed or pulled)' };
    }
    if (!Array.isArray(digests) || !digests.every((d) => typeof d === 'string')) {
        return { reference, digest: null, reason: `docker image inspect: unexpected RepoDigests ${JSON.stringify(digests).slice(0, 80)}` };
    }
    return { reference, digest: pickRepoDigest(prefer, digests), reason: null };
}
/** The image the job container was started from, resolved to its digest. */
async function jobImage(docker, containerId, env, timeoutMs) {
    const reference = `container ${containerId.slice(0, 12)}`;
    if (!docker)
        return { reference, digest: null, reason: 'docker: not found on PATH' };
    const result = await execProbe(docker, ['inspect', '--format', '{{.Config.Image}} {{.Image}}', containerId], {
        env,
        timeoutMs
    });
    if (!result.ok)
        return { reference, digest: null, reason: result.reason };
    const [image, imageId] = result.stdout.trim().split(/\s+/);
    if (!image || !imageId)
        return { reference, digest: null, reason: `docker inspect: unparseable output "${result.stdout.slice(0, 80)}"` };
    // Inspect by id: the tag may have moved since the container started.
    const resolved = await resolveImage(docker, imageId, env, timeoutMs, image);
    return { ...resolved, reference: image };
}
/** Runs `work` over `items` with at most `limit` in flight, keeping order. */
async function mapLimit(items, limit, work) {
    const out = new Array(items.length);
    let next = 0;
    const lane = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await work(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
    return out;
}
/**
 * Container provenance: whether we run in one (and which), the job container's image digest
 * when docker is reachable, and every `images` reference resolved to a digest. An image that
 * cannot be resolved stays in the list with the reason. Docker is not started when nothing needs it.
 */
async function captureContainers(images, env, root, timeoutMs) {
    const detected = await detectContainer(root);
    const needsDocker = detected.containerId !== null || images.some((i) => !PINNED.test(i));
    const docker = needsDocker ? await findOnPath('docker', env) : null;
    const [job, resolved] = await Promise.all([
        detected.containerId ? jobImage(docker, detected.containerId, env, timeoutMs) : Promise.resolve(null),
        mapLimit(images, 4, (ref) => resolveImage(docker, ref, env, timeoutMs))
    ]);
    return { ...detected, jobImage: job, images: resolved };
}

;// CONCATENATED MODULE: ./src/snapshot/pyenv.ts
/**
 * pyenv's `python3` is a shim: a bash script that starts `pyenv exec`, which works out the version
 * and then starts the real interpreter \u2014 about 150\u2013550 ms before Python itself starts. The snapshot
 * asks the interpreter the experiment uses, so it resolves the shim the way `pyenv which` does and
 * starts the real interpreter once. Anything it cannot resolve falls back to the shim itself.
 */




/** The interpreter a pyenv shim would start, or null when `file` is not a shim or cannot be resolved here. */
async function resolvePyenvShim(file, workingDirectory, env) {
    const shim = await readPyenvShim(file);
    if (shim === null)
        return null;
    // The shim exports the PYENV_ROOT it was made for, whatever the environment says.
    const root = /export PYENV_ROOT="([^"]+)"/.exec(shim)?.[1] ??
        (env.PYENV_ROOT || external_node_path_.dirname(external_node_path_.dirname(file)) || external_node_path_.join(env.HOME || (0,external_node_os_.homedir)(), '.pyenv'));
    const versions = await selectedVersions(root, workingDirectory, env);
    const command = external_node_path_.basename(file);
    for (const version of versions) {
        if (version === 'system') {
            const system = await findOutside(command, external_node_path_.dirname(file), env);
            if (system)
                return { interpreter: system, version };
            continue;
        }
        const candidate = external_node_path_.join(root, 'versions', version, 'bin', command);
        if (await isExecutable(candidate))
            return { interpreter: candidate, version };
    }
    return null;
}
/** A pyenv shim lives in a folder named `shims` and hands over to `pyenv exec`: its text, or null. */
async function readPyenvShim(file) {
    if (external_node_path_.basename(external_node_path_.dirname(file)) !== 'shims')
        return null;
    let handle;
    try {
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        const stat = await handle.stat();
        if (!stat.isFile() || stat.size > 64 * 1024)
            return null;
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
        const text = buffer.subarray(0, bytesRead).toString('utf8');
        return /pyenv["']?\s+exec\b/.test(text) ? text : null;
    }
    catch {
        return null;
    }
    finally {
        await handle?.close();
    }
}
/**
 * pyenv's order: `PYENV_VERSION`, then the nearest `.python-version` from the working directory up,
 * then `$PYENV_ROOT/version`, then `system`. A file may name several versions, one per line or
 * space-separated; `#` starts a comment.
 */
async function selectedVersions(root, workingDirectory, env) {
    if (env.PYENV_VERSION)
        return env.PYENV_VERSION.split(':').filter((v) => v !== '');
    for (let dir = external_node_path_.resolve(workingDirectory);; dir = external_node_path_.dirname(dir)) {
        const listed = await versionFile(external_node_path_.join(dir, '.python-version'));
        if (listed)
            return listed;
        if (external_node_path_.dirname(dir) === dir)
            break;
    }
    return (await versionFile(external_node_path_.join(root, 'version'))) ?? ['system'];
}
async function versionFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return null;
    }
    const versions = text
        .split('\n')
        .map((line) => line.replace(/#.*/, '').trim())
        .flatMap((line) => line.split(/\s+/))
        .filter((v) => v !== '' && v !== '.' && v !== '..' && !v.includes('/'));
    return versions.length > 0 ? versions : null;
}
async function isExecutable(file) {
    try {
        await (0,promises_.access)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** `system`: the first `command` on PATH that is not in pyenv's shims folder. */
async function findOutside(command, shims, env) {
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter)) {
        if (dir === '' || external_node_path_.resolve(dir) === external_node_path_.resolve(shims))
            continue;
        const candidate = external_node_path_.join(dir, command);
        if (await isExecutable(candidate))
            return candidate;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/snapshot/python.ts





/**
 * Runs inside the experiment's interpreter and prints one JSON object per line, flushing each,
 * so that a probe cut short while importing torch still tells what it found before.
 * Distributions come from the .dist-info/.egg-info folders on sys.path, read the way
 * importlib.metadata reads them (no pip needed: uv venvs have none). Frameworks
 * are never imported when find_spec says they are absent; versions come from metadata. torch's
 * version and CUDA come from its version.py, cuDNN's from the nvidia-cudnn wheel; torch is imported
 * (last) only when neither says, because then cuDNN's version needs the library loaded.
 */
const PYTHON_PROBE_SCRIPT = String.raw `
import sys
# -c puts the working directory first on sys.path: a project file named json.py must not shadow
# the standard library here, but the project's own distributions are still listed.
if sys.path and sys.path[0] == "":
    sys.path.append(sys.path.pop(0))
import json
def out(o):
    sys.stdout.write(json.dumps(o) + "\n")
    sys.stdout.flush()
dists = []
versions = {}
def norm(name):
    return name.lower().replace("_", "-").replace(".", "-")
def headers(path):
    # Name and Version lead the metadata headers; importlib.metadata would parse every file in
    # full (and its import alone costs ~35 ms), so the .dist-info/.egg-info folders are read here.
    with open(path, encoding="utf-8", errors="replace") as f:
        head = f.read(8192)
    name = version = None
    for line in head.partition("\n\n")[0].splitlines():
        if line.startswith("Name:"):
            name = line[5:].strip()
        elif line.startswith("Version:"):
            version = line[8:].strip()
    return name, version
import os
for entry in sys.path:
    try:
        found = sorted(os.scandir(entry or "."), key=lambda d: d.name)
    except OSError:
        continue
    for d in found:
        if d.name.endswith(".dist-info"):
            meta = os.path.join(d.path, "METADATA")
        elif d.name.endswith(".egg-info"):
            meta = os.path.join(d.path, "PKG-INFO") if d.is_dir() else d.path
        else:
            continue
        try:
            name, version = headers(meta)
        except (OSError, ValueError):
            continue
        if not name:
            continue
        # The first on sys.path is the one imported, as with importlib.metadata.
        if norm(name) in versions:
            continue
        versions[norm(name)] = version or ""
        dists.append([name, version or ""])
out({"kind": "base", "version": sys.version.split()[0], "executable": sys.executable, "distributions": dists})
import importlib.util as iu
def present(mod):
    try:
        return iu.find_spec(mod) is not None
    except Exception:
        return False
def dist_version(names):
    for n in names:
        if norm(n) in versions:
            return versions[norm(n)]
    return None
for mod, names in (("numpy", ["numpy"]), ("jax", ["jax"]), ("tensorflow", ["tensorflow", "tensorflow-cpu", "tensorflow-gpu", "tensorflow-macos", "intel-tensorflow", "tf-nightly"])):
    if not present(mod):
        continue
    v = dist_version(names)
    if v is None:
        try:
            v = str(__import__(mod).__version__)
        except Exception as e:
            out({"kind": "error", "name": mod, "error": str(e)[:200]})
            continue
    out({"kind": "framework", "name": mod, "version": v})
def blas():
    # numpy's BLAS without importing numpy: the build names it in numpy/__config__.py, and the
    # bundled OpenBLAS, loaded on its own (a few ms), says which CPU kernels and how many threads it uses.
    import re
    try:
        spec = iu.find_spec("numpy")
        root = spec.submodule_search_locations[0]
    except Exception:
        return
    info = {"kind": "blas"}
    try:
        with open(os.path.join(root, "__config__.py"), encoding="utf-8", errors="replace") as f:
            text = f.read(262144)
    except OSError:
        text = ""
    block = re.search(r'"blas":\s*\{(.*?)\}', text, re.S)
    if block:
        for key, field in (("name", "name"), ("version", "version"), ("openblas configuration", "config")):
            m = re.search(r'"%s":\s*r?"([^"]*)"' % re.escape(key), block.group(1))
            if m and m.group(1):
                info[field] = m.group(1)
    else:
        # numpy < 1.26 (distutils) lists the *_info dicts it found.
        for lib in ("mkl", "openblas", "blis", "accelerate", "atlas"):
            if re.search(r"^\w*%s\w*_info\s*=\s*\{\s*['\"]" % lib, text, re.M | re.I):
                info["name"] = lib
                break
    import glob
    libs = sorted(glob.glob(os.path.join(root, os.pardir, "numpy.libs", "*openblas*")) + glob.glob(os.path.join(root, ".libs", "*openblas*")))
    if libs:
        try:
            import ctypes
            lib = ctypes.CDLL(libs[0])
            done = False
            for pre in ("scipy_", ""):
                for suf in ("64_", ""):
                    core = getattr(lib, pre + "openblas_get_corename" + suf, None)
                    if core is None or done:
                        continue
                    core.restype = ctypes.c_char_p
                    info["coreType"] = (core() or b"").decode("ascii", "replace")
                    config = getattr(lib, pre + "openblas_get_config" + suf)
                    config.restype = ctypes.c_char_p
                    info["config"] = (config() or b"").decode("ascii", "replace").strip()
                    info["threads"] = int(getattr(lib, pre + "openblas_get_num_threads" + suf)())
                    info["parallel"] = int(getattr(lib, pre + "openblas_get_parallel" + suf)())
                    done = True
        except Exception as e:
            out({"kind": "error", "name": "BLAS library", "error": str(e)[:200]})
    if len(info) > 1:
        out(info)
if present("numpy"):
    try:
        blas()
    except Exception as e:
        out({"kind": "error", "name": "numpy's BLAS", "error": str(e)[:200]})
if present("torch"):
    # Version and CUDA from torch/version.py, without the import (seconds on a cold cache).
    static = None
    try:
        import os
        ns = {}
        with open(os.path.join(os.path.dirname(iu.find_spec("torch").origin), "version.py")) as f:
            exec(f.read(), ns)
        static = {"kind": "framework", "name": "torch", "version": str(ns.get("__version__")), "cuda": ns.get("cuda")}
        out(static)
    except Exception:
        pass
    # cuDNN: a CPU build has none; a pip build carries it as the nvidia-cudnn-cu* wheel, whose
    # version is the library's. Only otherwise is torch imported to ask the loaded library.
    cudnn_wheel = None
    for name, version in dists:
        if name.lower().replace("_", "-").startswith("nvidia-cudnn-cu"):
            cudnn_wheel = ".".join(version.split(".")[:3])
    if static is not None and static["cuda"] is None and ns.get("hip") is None:
        pass
    elif static is not None and cudnn_wheel:
        out(dict(static, cudnnVersion=cudnn_wheel))
    else:
        try:
            import torch
            cudnn = None
            try:
                cudnn = torch.backends.cudnn.version()
            except Exception:
                pass
            out({"kind": "framework", "name": "torch", "version": str(torch.__version__), "cuda": torch.version.cuda, "cudnn": cudnn})
        except Exception as e:
            out({"kind": "error", "name": "torch", "error": str(e)[:200]})
`;
/** cuDNN's integer version as torch reports it (8902, 90100) \u2192 "8.9.2", "9.1.0". */
function formatCudnn(value) {
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0)
        return null;
    if (value >= 90000)
        return `${Math.floor(value / 10000)}.${Math.floor((value % 10000) / 100)}.${value % 100}`;
    return `${Math.floor(value / 1000)}.${Math.floor((value % 1000) / 100)}.${value % 100}`;
}
/**
 * Reads the probe's lines into PythonInfo (without `interpreter` and `conda`). Throws when the
 * first line is missing or is not the probe's JSON (a `python` that is something else entirely).
 */
function parsePythonProbe(stdout, env = {}) {
    const lines = stdout.split('\n').filter((l) => l.trim() !== '');
    const parsed = [];
    for (const line of lines) {
        try {
            parsed.push(JSON.parse(line));
        }
        catch {
            // A partial last line when the probe was killed mid-write; anything else is not our probe.
            if (parsed.length === 0)
                throw new Error(`unparseable output "${line.slice(0, 80)}"`);
        }
    }
    const base = parsed[0];
    if (!base || base.kind !== 'base' || typeof base.version !== 'string' || !Array.isArray(base.distributions)) {
        throw new Error(`unparseable output "${(lines[0] ?? '').slice(0, 80)}"`);
    }
    const distributions = base.distributions
        .filter((d) => Array.isArray(d) && typeof d[0] === 'string')
        .map(([name, version]) => ({ name, version: String(version) }))
        .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()) || a.name.localeCompare(b.name));
    const frameworks = {};
    const notes = [];
    let blas = null;
    for (const line of parsed.slice(1)) {
        if (line.kind === 'error')
            notes.push(`python: importing ${line.name} failed: ${line.error}`);
        if (line.kind === 'blas')
            blas = (0,ml_stack/* interpretBlas */.Eb)(line, env);
        if (line.kind !== 'framework')
            continue;
        if (line.name === 'torch') {
            const before = frameworks.torch;
            frameworks.torch = {
                version: line.version,
                cuda: line.cuda ?? before?.cuda ?? null,
                cudnn: formatCudnn(line.cudnn) ?? line.cudnnVersion ?? before?.cudnn ?? null
            };
        }
        else if (line.name === 'numpy' || line.name === 'jax' || line.name === 'tensorflow') {
            frameworks[line.name] = { version: line.version };
        }
    }
    return { info: { version: base.version, executable: base.executable, distributions, frameworks, blas }, notes };
}
/** conda's version from its install's `conda-meta` (instant), else from `conda --version`. */
async function captureConda(env, timeoutMs) {
    const exe = env.CONDA_EXE || (await findOnPath('conda', env));
    if (!exe)
        return null;
    try {
        const meta = external_node_path_.join(external_node_path_.dirname(external_node_path_.dirname(exe)), 'conda-meta');
        for (const file of await (0,promises_.readdir)(meta)) {
            const m = /^conda-(\d[^-]*)-[^-]+\.json$/.exec(file);
            if (m?.[1])
                return m[1];
        }
    }
    catch {
        /* not a standard install layout */
    }
    const result = await execProbe(exe, ['--version'], { env, timeoutMs });
    return result.ok ? (/(\d+(?:\.\d+)+)/.exec(result.stdout + result.stderr)?.[1] ?? null) : null;
}
/**
 * One bounded run of the experiment's interpreter. Missing interpreter, crash, garbage or
 * timeout \u2192 unavailable with the reason; a timeout after the distributions were printed keeps
 * what was printed and says which step was cut short.
 */
async function capturePython(interpreter, workingDirectory, env, timeoutMs, condaTimeoutMs) {
    const named = /[/\\]/.test(interpreter) ? external_node_path_.resolve(workingDirectory, interpreter) : interpreter;
    // A pyenv shim costs a second start (bash, then pyenv) before Python: ask the real interpreter.
    const onPath = await findOnPath(named, env);
    const shim = onPath ? await resolvePyenvShim(onPath, workingDirectory, env) : null;
    const file = shim?.interpreter ?? named;
    const [result, conda] = await Promise.all([
        execProbe(file, ['-c', PYTHON_PROBE_SCRIPT], { env, timeoutMs, cwd: workingDirectory }),
        captureConda(env, condaTimeoutMs)
    ]);
    if (!result.ok && !(result.timedOut && result.stdout.trim() !== '')) {
        return { python: { status: 'unavailable', reason: result.reason }, warnings: [] };
    }
    try {
        const { info, notes } = parsePythonProbe(result.stdout, env);
        const warnings = result.ok ? notes : [...notes, `python probe cut short (${result.reason}); frameworks may be incomplete`];
        return { python: { status: 'ok', interpreter, ...info, conda }, warnings };
    }
    catch (err) {
        return { python: { status: 'unavailable', reason: `${interpreter}: ${err.message}` }, warnings: [] };
    }
}

;// CONCATENATED MODULE: ./src/snapshot/data.ts





/** Data sets can be large; hashing runs beside the experiment, but the gate waits at most this long for it after the runs. */
const DEFAULT_DATA_DEADLINE_MS = 10 * 60 * 1000;
/**
 * Fingerprints the data files the `data` globs match (relative to the working directory):
 * path, sha256 and size, never contents. A glob that matches nothing is a warning, since a
 * mistyped glob would otherwise silently record no data at all. Only regular files are hashed: a
 * FIFO, a device (`/dev/zero`) or a link to one is listed with `skipped` saying why, and so is a
 * file still being hashed when `signal` aborts (the capture's deadline).
 */
async function fingerprintData(workingDirectory, globs, signal) {
    const warnings = [];
    const matched = new Set();
    await Promise.all(globs.map(async (pattern) => {
        try {
            const found = await (0,dist.glob)(pattern, {
                cwd: workingDirectory,
                onlyFiles: true,
                dot: true,
                absolute: true,
                ignore: [GATE_RUN_FOLDERS],
                signal
            });
            if (signal?.aborted)
                warnings.push(`data: "${pattern}" was not expanded before the deadline`);
            else if (found.length === 0)
                warnings.push(`data: "${pattern}" matched no files in ${workingDirectory}`);
            found.forEach((f) => matched.add(external_node_path_.resolve(f)));
        }
        catch (err) {
            warnings.push(`data: "${pattern}" could not be expanded: ${err.message}`);
        }
    }));
    const files = [];
    // Two at a time: hashing is CPU-bound and the runner has two cores.
    const queue = [...matched].sort();
    const lane = async () => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
            const rel = external_node_path_.relative(workingDirectory, file).split(external_node_path_.sep).join('/');
            try {
                files.push({ path: rel, ...(await (0,hash/* hashFile */.D)(file, signal)) });
            }
            catch (err) {
                if (!(err instanceof regular_file/* SkippedFileError */.Nq)) {
                    warnings.push(`data: could not hash ${rel}: ${err.message}`);
                    continue;
                }
                files.push({ path: rel, sha256: '', bytes: 0, skipped: err.message });
                warnings.push(`data: skipped ${rel}: ${err.message}`);
            }
        }
    };
    await Promise.all([lane(), lane()]);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, warnings: warnings.sort() };
}

;// CONCATENATED MODULE: ./src/snapshot/fingerprint.ts

/** Data files listed one by one in the parts, at most. */
const MAX_DATA_PARTS = 50;
/**
 * The flat parts of the environment fingerprint. Run ids, host and runner names, times and
 * memory size are left out on purpose: two captures on the same machine must agree, and two
 * machines that compute the same way must too. An unavailable probe is one part ('unavailable')
 * without its reason, whose text may carry timings.
 */
function fingerprintParts(env, lockfiles) {
    const parts = {};
    const { hardware, os, gpu, container, runner } = env;
    const python = env.toolchains.python;
    if (hardware.status === 'ok') {
        parts['cpu.model'] = hardware.cpu.model;
        parts['cpu.cores'] = `${hardware.cpu.physicalCores}/${hardware.cpu.logicalCores}`;
        parts['cpu.flags'] = hardware.cpu.flags.join(' ');
    }
    else
        parts['cpu'] = 'unavailable';
    if (os.status === 'ok') {
        parts['os.distro'] = `${os.distro} ${os.release}`.trim();
        parts['os.kernel'] = os.kernel;
        parts['os.arch'] = os.arch;
    }
    else
        parts['os'] = 'unavailable';
    if (runner.imageOS || runner.imageVersion)
        parts['runner.image'] = `${runner.imageOS ?? ''} ${runner.imageVersion ?? ''}`.trim();
    if (runner.imageDataSha256)
        parts['runner.imageData'] = runner.imageDataSha256;
    if (gpu.status === 'ok') {
        if (gpu.devices.length > 0)
            parts['gpu.devices'] = gpu.devices.map((d) => d.name).join(', ');
        if (gpu.driverVersion)
            parts['gpu.driver'] = gpu.driverVersion;
        if (gpu.cudaDriverVersion)
            parts['gpu.cuda'] = gpu.cudaDriverVersion;
        if (gpu.cudaToolkitVersion)
            parts['gpu.toolkit'] = gpu.cudaToolkitVersion;
    }
    else
        parts['gpu'] = 'unavailable';
    if (container.status === 'ok') {
        const digests = container.images.map((i) => i.digest ?? `${i.reference} (unresolved)`).sort();
        if (digests.length > 0)
            parts['container.digests'] = digests.join(' ');
        if (container.jobImage)
            parts['container.jobImage'] = container.jobImage.digest ?? container.jobImage.reference;
    }
    else
        parts['container'] = 'unavailable';
    for (const lock of [...lockfiles].sort((a, b) => (a.path < b.path ? -1 : 1)))
        parts[`lockfile:${lock.path}`] = lock.sha256;
    // One part per data file while that stays readable; past that, one part for them all.
    if (env.data.length <= MAX_DATA_PARTS)
        for (const file of env.data)
            parts[`data:${file.path}`] = file.sha256;
    else
        parts['data'] = (0,hash/* sha256 */.s)(env.data
            .map((f) => `${f.sha256}  ${f.path}`)
            .sort()
            .join('\n'));
    parts['node.version'] = env.toolchains.node;
    if (python.status === 'ok') {
        parts['python.version'] = python.version;
        const packages = python.distributions.map((d) => `${d.name.toLowerCase()}==${d.version}`).sort();
        parts['python.packages'] = (0,hash/* sha256 */.s)(packages.join('\n'));
        const torch = python.frameworks.torch;
        if (torch)
            parts['python.torch'] = [torch.version, torch.cuda ?? '', torch.cudnn ?? ''].join(' ').trim();
        // The BLAS and the kernels it picked change float results; its thread count is in mathEnv when set.
        const blas = python.blas;
        if (blas)
            parts['python.blas'] = [blas.library, blas.version ?? '', blas.coreType ?? '', blas.threading ?? '']
                .join(' ')
                .replace(/\s+/g, ' ')
                .trim();
        if (python.conda)
            parts['python.conda'] = python.conda;
    }
    else
        parts['python'] = 'unavailable';
    const math = Object.entries(env.mathEnv).sort(([a], [b]) => (a < b ? -1 : 1));
    if (math.length > 0)
        parts['mathEnv'] = math.map(([k, v]) => `${k}=${v}`).join(' ');
    return parts;
}
/** sha256 over the parts in key order, one `key=value` line each: stable across key insertion order. */
function fingerprintOf(parts) {
    const keys = Object.keys(parts).sort();
    return (0,hash/* sha256 */.s)(keys.map((k) => `${k}=${parts[k]}`).join('\n'));
}

;// CONCATENATED MODULE: ./src/snapshot/index.ts













/** "requirements.txt: 3 unpinned dependencies (numpy>=1.2, \u2026) \u2014 a reproducibility risk" */
function unpinnedWarning(lock) {
    const n = lock.unpinned.length;
    if (n === 0)
        return null;
    const shown = lock.unpinned.slice(0, 5).map((u) => `${u.name}${u.spec}`);
    const more = n > shown.length ? ', \u2026' : '';
    return `${lock.path}: ${n} unpinned ${n === 1 ? 'dependency' : 'dependencies'} (${shown.join(', ')}${more}) \u2014 a reproducibility risk`;
}
async function captureLockfiles(options) {
    try {
        const found = options.lockfiles.length > 0
            ? await expandLockfileGlobs(options.workingDirectory, options.lockfiles)
            : await detectLockfiles(options.workingDirectory);
        const warnings = [];
        if (options.lockfiles.length > 0 && found.length === 0) {
            warnings.push(`lockfiles: ${options.lockfiles.map((g) => `"${g}"`).join(', ')} matched no files`);
        }
        const records = await readLockfiles(options.workingDirectory, found);
        for (const lock of records) {
            if (lock.error)
                warnings.push(`${lock.path}: ${lock.error}`);
            const unpinned = unpinnedWarning(lock);
            if (unpinned)
                warnings.push(unpinned);
        }
        return { records, warnings };
    }
    catch (err) {
        return { records: [], warnings: [`lockfiles: ${err.message}`] };
    }
}
const DEFAULT_LOCKFILES_DEADLINE_MS = 30_000;
/** Lockfile capture under a deadline: every read is bounded, but a huge checkout can still be slow. */
async function lockfilesWithin(options, ms) {
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ records: [], warnings: [`lockfiles: not captured within ${ms / 1000} s`] }), ms);
    });
    try {
        return await Promise.race([captureLockfiles(options), late]);
    }
    finally {
        clearTimeout(timer);
    }
}
function emptyRunner() {
    return {
        os: null,
        arch: null,
        name: null,
        environment: null,
        imageOS: null,
        imageVersion: null,
        imageDataSha256: null,
        sha: null,
        ref: null,
        workflowRef: null,
        runId: null,
        runAttempt: null,
        eventName: null
    };
}
/**
 * Captures provenance with every probe bounded in time and run concurrently; never throws.
 * A probe that is missing, fails, prints garbage or hangs is recorded as unavailable with its
 * reason (and a warning), and the capture goes on.
 */
async function captureEnvironment(options) {
    const started = Date.now();
    const capturedAt = new Date(started).toISOString();
    const env = options.env;
    const root = options.root ?? external_node_path_.parse(process.cwd()).root;
    const probeMs = options.timeouts?.probeMs ?? DEFAULT_PROBE_TIMEOUT_MS;
    const pythonMs = options.timeouts?.pythonMs ?? DEFAULT_PYTHON_TIMEOUT_MS;
    // A probe whose own deadlines failed to hold still cannot stall the gate.
    const outer = Math.max(probeMs, pythonMs) + 2000;
    const assemble = (partial, lockfiles, warnings) => {
        const parts = fingerprintParts(partial, lockfiles);
        return {
            environment: {
                fingerprint: fingerprintOf(parts),
                fingerprintParts: parts,
                capturedAt,
                captureMs: Date.now() - started,
                ...partial,
                warnings
            },
            lockfiles
        };
    };
    try {
        const [system, gpu, runner, container, python, data, locks] = await Promise.all([
            captureHardware(probeMs, root, env),
            withDeadline('gpu', outer, async () => {
                const probed = await captureGpu(env, root, probeMs);
                if (probed.status === 'unavailable')
                    throw new Error(probed.reason);
                return probed;
            }),
            captureRunner(env, root).catch(() => emptyRunner()),
            withDeadline('container', outer, () => captureContainers(options.images, env, root, probeMs)),
            withDeadline('python', outer, () => capturePython(options.python, options.workingDirectory, env, pythonMs, probeMs)),
            fingerprintData(options.workingDirectory, options.data, AbortSignal.timeout(options.timeouts?.dataMs ?? DEFAULT_DATA_DEADLINE_MS)).catch((err) => ({ files: [], warnings: [`data: ${err.message}`] })),
            lockfilesWithin(options, options.timeouts?.lockfilesMs ?? DEFAULT_LOCKFILES_DEADLINE_MS)
        ]);
        const pythonProbe = python.status === 'ok' ? python.python : { status: 'unavailable', reason: python.reason };
        const warnings = [];
        const probes = [
            ['hardware', system.hardware],
            ['os', system.os],
            ['gpu', stripPrefix(gpu, 'gpu: ')],
            ['container', stripPrefix(container, 'container: ')],
            ['python', pythonProbe]
        ];
        for (const [name, probe] of probes) {
            const reason = unavailableReason(probe);
            if (reason !== null)
                warnings.push(`${name} probe unavailable: ${reason}`);
        }
        if (python.status === 'ok')
            warnings.push(...python.warnings);
        if (container.status === 'ok') {
            for (const image of [...(container.jobImage ? [container.jobImage] : []), ...container.images]) {
                if (image.reason)
                    warnings.push(`image ${image.reference}: not resolved to a digest: ${image.reason}`);
            }
        }
        warnings.push(...data.warnings, ...locks.warnings);
        if (pythonProbe.status === 'ok') {
            for (const lock of locks.records) {
                if (lock.error)
                    continue;
                const mismatches = (0,ml_stack/* checkAgainstInstalled */.cX)(lock.format, lock.packages, pythonProbe.distributions);
                if (ml_stack/* PYTHON_LOCK_FORMATS */.cv.has(lock.format))
                    lock.installedMismatches = mismatches;
                if (mismatches.length > 0) {
                    const shown = mismatches.slice(0, 5).map(ml_stack/* describeMismatch */._e).join('; ');
                    warnings.push(`${lock.path}: ${mismatches.length} pin${mismatches.length === 1 ? '' : 's'} not what ${pythonProbe.interpreter} has installed: ${shown}${mismatches.length > 5 ? '; \u2026' : ''}`);
                }
            }
        }
        const partial = {
            hardware: system.hardware,
            os: system.os,
            gpu: stripPrefix(gpu, 'gpu: '),
            runner,
            container,
            toolchains: { node: process.version, python: pythonProbe },
            data: data.files,
            mathEnv: captureMathEnv(env)
        };
        return assemble(partial, locks.records, warnings);
    }
    catch (err) {
        // Unreachable by design (every probe resolves); kept so provenance can never fail the gate.
        const reason = `capture failed: ${(0,errors/* errorMessage */.gJ)(err)}`;
        const partial = {
            hardware: { status: 'unavailable', reason },
            os: { status: 'unavailable', reason },
            gpu: { status: 'unavailable', reason },
            runner: emptyRunner(),
            container: { status: 'unavailable', reason },
            toolchains: { node: process.version, python: { status: 'unavailable', reason } },
            data: [],
            mathEnv: captureMathEnv(env)
        };
        return assemble(partial, [], [reason]);
    }
}
/** withDeadline prefixes its reasons with the probe name; the probes' own reasons already say what failed. */
function stripPrefix(probe, prefix) {
    return probe.status === 'unavailable' && probe.reason.startsWith(prefix)
        ? { status: 'unavailable', reason: probe.reason.slice(prefix.length) }
        : probe;
}


/***/ }),

/***/ 60494:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ interpretBlas),
/* harmony export */   U0: () => (/* binding */ describeBlas),
/* harmony export */   _e: () => (/* binding */ describeMismatch),
/* harmony export */   cX: () => (/* binding */ checkAgainstInstalled),
/* harmony export */   cv: () => (/* binding */ PYTHON_LOCK_FORMATS),
/* harmony export */   pZ: () => (/* binding */ installedStack)
/* harmony export */ });
/* unused harmony exports ML_STACK, normalizeDistributionName, sameVersion */
/** Shown in this order; each entry is matched by any of its distribution names (PEP 503-normalised). */
const ML_STACK = [
    { label: 'torch', distributions: ['torch'] },
    {
        label: 'tensorflow',
        distributions: ['tensorflow', 'tensorflow-cpu', 'tensorflow-gpu', 'tensorflow-macos', 'intel-tensorflow', 'tf-nightly']
    },
    { label: 'keras', distributions: ['keras'] },
    { label: 'jax', distributions: ['jax'] },
    { label: 'jaxlib', distributions: ['jaxlib'] },
    { label: 'flax', distributions: ['flax'] },
    { label: 'lightning', distributions: ['lightning', 'pytorch-lightning'] },
    { label: 'transformers', distributions: ['transformers'] },
    { label: 'datasets', distributions: ['datasets'] },
    { label: 'accelerate', distributions: ['accelerate'] },
    { label: 'torchvision', distributions: ['torchvision'] },
    { label: 'torchaudio', distributions: ['torchaudio'] },
    { label: 'scikit-learn', distributions: ['scikit-learn', 'sklearn'] },
    { label: 'xgboost', distributions: ['xgboost'] },
    { label: 'lightgbm', distributions: ['lightgbm'] },
    { label: 'catboost', distributions: ['catboost'] },
    { label: 'statsmodels', distributions: ['statsmodels'] },
    { label: 'onnxruntime', distributions: ['onnxruntime', 'onnxruntime-gpu'] },
    { label: 'numba', distributions: ['numba'] },
    { label: 'numpy', distributions: ['numpy'] },
    { label: 'scipy', distributions: ['scipy'] },
    { label: 'pandas', distributions: ['pandas'] },
    { label: 'polars', distributions: ['polars'] },
    { label: 'pyarrow', distributions: ['pyarrow'] }
];
/** PEP 503 name normalisation: `Scikit_Learn` and `scikit.learn` are `scikit-learn`. */
function normalizeDistributionName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/** The stack packages installed, in ML_STACK order, with their versions. */
function installedStack(distributions) {
    const versions = new Map(distributions.map((d) => [normalizeDistributionName(d.name), d.version]));
    const found = [];
    for (const entry of ML_STACK) {
        const name = entry.distributions.find((d) => versions.has(d));
        if (name !== undefined)
            found.push({ label: entry.label, version: versions.get(name) ?? '' });
    }
    return found;
}
const LIBRARIES = [
    [/openblas/i, 'OpenBLAS'],
    [/mkl/i, 'MKL'],
    [/accelerate|veclib/i, 'Accelerate'],
    [/blis/i, 'BLIS'],
    [/atlas/i, 'ATLAS'],
    [/^blas$|netlib|refblas/i, 'reference BLAS']
];
/** The thread variables each library reads, most specific first (OMP_NUM_THREADS is the fallback of all). */
const THREAD_VARIABLES = {
    OpenBLAS: ['OPENBLAS_NUM_THREADS', 'GOTO_NUM_THREADS', 'OMP_NUM_THREADS'],
    MKL: ['MKL_NUM_THREADS', 'OMP_NUM_THREADS'],
    BLIS: ['BLIS_NUM_THREADS', 'OMP_NUM_THREADS'],
    Accelerate: ['VECLIB_MAXIMUM_THREADS']
};
/**
 * numpy's BLAS as it affects results: which library and build, its threading layer, how many
 * threads it uses and which CPU kernels it picked. The loaded library's own answers win over the
 * build-time configuration; the environment says the rest.
 */
function interpretBlas(line, env) {
    const name = line.name ?? line.config ?? '';
    const library = LIBRARIES.find(([pattern]) => pattern.test(name))?.[1] ?? (line.name || null);
    if (library === null)
        return null;
    const threading = line.parallel === 0
        ? 'sequential'
        : line.parallel === 1
            ? 'pthreads'
            : line.parallel === 2
                ? 'OpenMP'
                : library === 'MKL'
                    ? env.MKL_THREADING_LAYER || 'intel (default)'
                    : line.config && /USE_OPENMP/.test(line.config)
                        ? 'OpenMP'
                        : null;
    let threads;
    if (typeof line.threads === 'number' && line.threads > 0)
        threads = String(line.threads);
    else {
        const variable = (THREAD_VARIABLES[library] ?? ['OMP_NUM_THREADS']).find((v) => (env[v] ?? '') !== '');
        threads = variable ? `${env[variable]} (${variable})` : 'library default';
    }
    const coreType = line.coreType || (library === 'OpenBLAS' && env.OPENBLAS_CORETYPE ? `${env.OPENBLAS_CORETYPE} (OPENBLAS_CORETYPE)` : null);
    return {
        library,
        distribution: line.name ?? null,
        version: line.version ?? null,
        build: line.config ?? null,
        threading,
        threads,
        coreType
    };
}
/** One line for people: "OpenBLAS 0.3.27 \u00b7 Haswell kernels \u00b7 pthreads \u00b7 2 threads". */
function describeBlas(blas) {
    return [
        `${blas.library}${blas.version ? ` ${blas.version}` : ''}`,
        blas.coreType ? `${blas.coreType} kernels` : null,
        blas.threading,
        `${blas.threads} thread${blas.threads === '1' ? '' : 's'}`
    ]
        .filter((x) => x !== null)
        .join(' \u00b7 ');
}
/** Python lockfile formats whose pins name what `pip install` puts in the interpreter. */
const PYTHON_LOCK_FORMATS = new Set(['pip', 'pipenv', 'poetry', 'uv']);
/** Formats that list only what this platform installs, so a missing package is a real miss (not another platform's). */
const LISTS_ONLY_THIS_PLATFORM = new Set(['pip']);
/** PEP 440 equality for the common cases: "2.0" == "2.0.0", "V1.2" == "1.2"; local and pre-release parts must match. */
function sameVersion(a, b) {
    const norm = (v) => {
        const s = v.trim().toLowerCase().replace(/^v/, '');
        const m = /^(\d+(?:\.\d+)*)(.*)$/.exec(s);
        if (m === null)
            return s;
        return m[1].replace(/(\.0+)+$/, '') + m[2];
    };
    return norm(a) === norm(b);
}
/**
 * The pins of a Python lockfile that the interpreter does not satisfy: another version installed
 * ("pinned 1.13.0, installed 1.13.0a0+gitunknown"), or, for requirements files, not installed.
 */
function checkAgainstInstalled(format, pinned, distributions) {
    if (!PYTHON_LOCK_FORMATS.has(format))
        return [];
    const installed = new Map(distributions.map((d) => [normalizeDistributionName(d.name), d.version]));
    const mismatches = [];
    for (const pin of pinned) {
        const have = installed.get(normalizeDistributionName(pin.name));
        if (have === undefined) {
            if (LISTS_ONLY_THIS_PLATFORM.has(format))
                mismatches.push({ name: pin.name, pinned: pin.version, installed: null });
        }
        else if (!sameVersion(pin.version, have))
            mismatches.push({ name: pin.name, pinned: pin.version, installed: have });
    }
    return mismatches;
}
/** "torch pinned 1.13.0, installed 1.13.0a0+gitunknown" / "tqdm pinned 4.66.1, not installed". */
function describeMismatch(m) {
    return `${m.name} pinned ${m.pinned}, ${m.installed === null ? 'not installed' : `installed ${m.installed}`}`;
}


/***/ })

};
