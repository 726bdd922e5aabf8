export const id = 2244;
export const ids = [2244];
export const modules = {

/***/ 72020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony exports editDistance, nearest */
/** Levenshtein distance, for "did you mean" suggestions on unknown keys, commands and names. */
function editDistance(a, b) {
    const prev = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The closest candidate within a distance that scales with the word, or undefined. */
function nearest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const limit = Math.max(2, Math.floor(word.length / 3));
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
function didYouMean(word, candidates) {
    const n = nearest(word, candidates);
    return n === undefined ? undefined : `did you mean "${n}"?`;
}


/***/ }),

/***/ 30668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eS: () => (/* binding */ readYamlFast),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   sp: () => (/* binding */ locateOffset)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
// YAML read with the source offsets of its nodes, so a value can be pointed back at its line.
//
// Two readers give the same answer. The fast one (js-yaml's event stream, 4-5x faster than `yaml`
// building a document with positions) takes the plain YAML configurations are written in and declines
// the rest; the exact one (src/core/yaml-source-exact.ts, the `yaml` library) reads everything and
// words the errors. test/core/yaml-source.test.ts holds them equal, value and offset, on
// every case the fast one accepts.

/**
 * Offset of the value at `keyPath`, or of the nearest ancestor that exists. A scalar is pointed at
 * itself; a mapping or list under a key at its key (the line a reader looks for). With `wantKey`, the
 * last key itself rather than its value.
 */
function locateOffset(root, keyPath, wantKey = false) {
    let node = root;
    let last = root.start;
    for (const segment of keyPath) {
        if (node.entries) {
            const entry = node.entries.find((e) => e.key === String(segment));
            if (!entry)
                return last;
            last = entry.keyStart;
            node = entry.value;
            if ((!wantKey || segment !== keyPath[keyPath.length - 1]) && node.start !== undefined && !node.entries && !node.items)
                last = node.start;
        }
        else if (node.items && typeof segment === 'number') {
            const item = node.items[segment];
            if (item === undefined)
                return last;
            node = item;
            last = item.start;
        }
        else {
            return last;
        }
    }
    return last;
}
/** 1-based line and column of an offset. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
}
const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, ALIAS, POP } = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy;
const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED } = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .SCALAR_STYLE */ .jK;
/**
 * One document whose top level is a mapping, read fast; undefined for anything else (syntax errors,
 * anchors, aliases, tags, directives, block scalars, empty values, several documents, non-string keys):
 * the exact reader then reads it and says what is wrong. Values follow YAML 1.2's core schema, as `yaml`'s.
 */
function readYamlFast(text) {
    let events;
    let value;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { maxDepth: 100 });
        const documents = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, maxAliases: 0 });
        if (documents.length !== 1)
            return undefined;
        value = documents[0];
    }
    catch {
        return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    if (events[0]?.type !== DOCUMENT || events[0].directives.length > 0)
        return undefined;
    let index = 1;
    // Builds the node at `index` and moves past it; undefined when it uses what only the exact reader handles.
    const node = () => {
        const e = events[index++];
        if (e === undefined || e.type === ALIAS || e.type === DOCUMENT || e.type === POP || e.anchorStart !== -1 || e.tagStart !== -1)
            return undefined;
        if (e.type === SCALAR) {
            if (e.valueStart === -1)
                return undefined; // an empty value: `yaml` places it differently
            if (e.style === PLAIN)
                return { start: e.valueStart };
            if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED)
                return { start: e.valueStart - 1 };
            return undefined; // block scalars: `yaml` points at the header, which the event does not carry
        }
        const start = e.start;
        if (e.type === SEQUENCE) {
            const items = [];
            while (events[index]?.type !== POP) {
                const item = node();
                if (!item)
                    return undefined;
                items.push(item);
            }
            index++;
            return { start, items };
        }
        if (e.type !== MAPPING)
            return undefined;
        const entries = [];
        while (events[index]?.type !== POP) {
            const k = events[index];
            if (k?.type !== SCALAR || k.valueStart === -1)
                return undefined;
            const keyNode = node();
            if (!keyNode)
                return undefined;
            const key = text.slice(k.valueStart, k.valueEnd);
            // Plain keys that are not strings in the core schema (null, numbers, booleans) and quoted keys
            // with escapes are spelled differently by the two readers: leave them to the exact one.
            if (k.style === PLAIN ? !isPlainString(key) : k.style === DOUBLE_QUOTED ? key.includes('\\') : key.includes("'"))
                return undefined;
            if (key.includes('\n') || key === '__proto__')
                return undefined;
            const valueNode = node();
            if (!valueNode)
                return undefined;
            entries.push({ key, keyStart: keyNode.start, value: valueNode });
        }
        index++;
        return { start, entries };
    };
    const root = node();
    if (!root?.entries || events[index]?.type !== POP || index + 1 !== events.length)
        return undefined;
    return { value, root };
}
// YAML 1.2 core schema: a plain scalar matching one of these is a null, boolean or number, not a string.
const CORE_NON_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
function isPlainString(s) {
    return s !== '' && !CORE_NON_STRING.test(s);
}


/***/ }),

/***/ 97554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PULL_REQUEST_BASE: () => (/* binding */ PULL_REQUEST_BASE),
/* harmony export */   gateRequest: () => (/* binding */ gateRequest)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_metrics_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41464);




/** A baseline ref naming the pull request's base commit without an expression in the workflow. */
const PULL_REQUEST_BASE = 'pr-base';
/**
 * Raw options to one gate request, for the CLI and the action alike:
 * - `FILE@REF` names the file at a git ref, split at the first "@" after a path that exists (so tags that hold
 *   "@", such as `iris@v1.0.0`, stay whole);
 * - `pr-base` is the pull request's base commit (`HEAD^` outside a pull request);
 * - each override remembers how the user wrote it, so an error in it names that argument.
 */
function gateRequest(options, surface) {
    const source = (text) => {
        const { file, ref } = (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_3__/* .splitFileAtRef */ .Bk)(text, (f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(surface.cwd, f)));
        return { file: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(surface.cwd, file), ref };
    };
    const given = (values) => (values && values.length > 0 ? values : undefined);
    const candidate = given(options.candidate);
    const baseline = given(options.baseline);
    const baselineRef = options.baselineRef === PULL_REQUEST_BASE ? (surface.pullRequestBase ?? 'HEAD^') : options.baselineRef;
    const named = (label, values) => (values ? `${label} ${values.map((v) => JSON.stringify(v)).join(', ')}` : undefined);
    return {
        overrides: {
            candidate: candidate?.map(source),
            baseline: baseline?.map(source),
            baselineRef,
            seed: seedOf(options.seed, surface.labels.seed),
            arguments: {
                candidate: named(surface.labels.candidate, candidate),
                baseline: named(surface.labels.baseline, baseline),
                baselineRef: named(surface.labels.baselineRef, options.baselineRef === undefined ? undefined : [options.baselineRef]),
            },
        },
        blessingDir: options.blessing ? node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(surface.cwd, options.blessing) : undefined,
    };
}
function seedOf(value, label) {
    if (value === undefined || value === '')
        return undefined;
    const seed = Number(value);
    if (!Number.isInteger(seed))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.ModelshipError(`${label} is "${value}", expected an integer`);
    return seed;
}


/***/ })

};
