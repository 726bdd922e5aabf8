export const id = 9523;
export const ids = [9523,4456,2916];
export const modules = {

/***/ 24951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(23430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports.A = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 36214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 23430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 72582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkGraphs: () => (/* binding */ checkGraphs)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_graph_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42479);
/* harmony import */ var _core_onnx_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71988);



/**
 * The inference graphs of modelship.yml: structure first (members, cycles, weights, conditions), then whether
 * the members' signatures connect. An artifact member's signature is its declared `signature`, else the one
 * read from its ONNX file; a graph whose members' signatures cannot be known (another format without a
 * declared signature, a `generated` file not made yet) is a warning: serve checks it again when it loads.
 */
async function checkGraphs(loaded) {
    const graphs = loaded.config.graphs ?? {};
    if (Object.keys(graphs).length === 0)
        return { errors: [], warnings: [] };
    const structure = (0,_core_graph_js__WEBPACK_IMPORTED_MODULE_1__.graphStructureIssues)(loaded);
    if (structure.length > 0)
        return { errors: (0,_core_graph_js__WEBPACK_IMPORTED_MODULE_1__.toConfigIssues)(loaded, structure), warnings: [] };
    const signatures = new Map();
    for (const [name, model] of Object.entries(loaded.config.models))
        signatures.set(name, await artifactSignature(loaded, name, model));
    const resolved = (0,_core_graph_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveGraphSignatures */ ._X)(graphs, (member) => signatures.get(member.model) ?? { unknown: `"${member.model}" is not a model` });
    const errors = [];
    const warnings = [];
    for (const [name, r] of resolved) {
        errors.push(...(0,_core_graph_js__WEBPACK_IMPORTED_MODULE_1__.toConfigIssues)(loaded, r.issues));
        if (r.unknown.length > 0)
            warnings.push({ location: loaded.locate(['models', name, 'graph']), path: `models.${name}.graph`, message: `graph "${name}" cannot be checked yet: ${r.unknown[0]}`, hint: 'declare the member\'s `signature:` so shapes and dtypes are checked here' });
    }
    return { errors, warnings };
}
async function artifactSignature(loaded, name, model) {
    if (model.signature)
        return model.signature;
    let file;
    try {
        file = loaded.resolvePath(model.path, ['models', name, 'path']);
    }
    catch (err) {
        return { unknown: err.message };
    }
    const isOnnx = model.format === 'onnx' || (model.format === undefined && file.endsWith('.onnx'));
    if (!isOnnx)
        return { unknown: `model "${name}" declares no signature and is not ONNX (its signature cannot be read)` };
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file).catch(() => undefined))?.isFile())
        return { unknown: `${model.path} (model "${name}") does not exist yet` };
    try {
        return (0,_core_onnx_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .signatureOf */ .yK)(await (0,_core_onnx_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .readOnnxModel */ .Dk)(file));
    }
    catch (err) {
        return { unknown: `the signature of ${model.path} (model "${name}") cannot be read: ${err.message}` };
    }
}


/***/ }),

/***/ 42479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ny: () => (/* binding */ isFloatType),
/* harmony export */   _X: () => (/* binding */ resolveGraphSignatures),
/* harmony export */   graphStructureIssues: () => (/* binding */ graphStructureIssues),
/* harmony export */   jb: () => (/* binding */ comparisonOf),
/* harmony export */   lS: () => (/* binding */ membersOf),
/* harmony export */   pJ: () => (/* binding */ graphSignature),
/* harmony export */   toConfigIssues: () => (/* binding */ toConfigIssues)
/* harmony export */ });
/* unused harmony exports memberPath, tensorMismatch */
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13582);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72020);


const COMPARISONS = ['equals', 'above', 'atLeast', 'below', 'atMost'];
const ENTRY_KEYS = new Set(['graph', 'description']);
/** Where a member sits in modelship.yml: `models.<graph>.graph.members[1]`. */
function memberPath(graph, config, index) {
    const base = ['models', graph, 'graph'];
    if (index === 'default')
        return [...base, 'default'];
    return [...base, config.type === 'sequence' ? 'steps' : config.type === 'switch' ? 'routes' : 'members', index];
}
/** Every member of a graph in order (a switch's default last), with its place in the file. */
function membersOf(graph, config) {
    switch (config.type) {
        case 'sequence':
            return config.steps.map((member, i) => ({ member, keyPath: memberPath(graph, config, i) }));
        case 'switch':
            return [...config.routes.map((member, i) => ({ member, keyPath: memberPath(graph, config, i) })), { member: config.default, keyPath: memberPath(graph, config, 'default') }];
        default:
            return config.members.map((member, i) => ({ member, keyPath: memberPath(graph, config, i) }));
    }
}
/** The comparison of an input condition, or an issue when there is not exactly one. */
function comparisonOf(when) {
    const present = COMPARISONS.filter((c) => when[c] !== undefined);
    return present.length === 1 ? present[0] : undefined;
}
/**
 * The rules the schema cannot say: the entry holds only `graph` (and `description`); members name configured
 * models (a pinned version only of a model, not of a graph); no graph reaches itself through its members;
 * splitter weights are integers summing to 100; weighted-average gives every member a weight; each switch
 * condition is a header with `equals`, or an input with exactly one comparison.
 */
function graphStructureIssues(loaded) {
    const graphs = loaded.config.graphs ?? {};
    const models = loaded.config.models;
    const known = [...Object.keys(models), ...Object.keys(graphs)];
    const issues = [];
    for (const [name, entry] of Object.entries(graphs)) {
        for (const key of Object.keys(entry)) {
            if (!ENTRY_KEYS.has(key))
                issues.push({ keyPath: ['models', name, key], message: `models.${name} is a graph: "${key}" belongs to a model artifact, not a graph`, hint: 'a graph has `graph:` and an optional `description:`; its members carry their own path and signature' });
        }
        const config = entry.graph;
        const extra = { sequence: ['routes', 'default', 'members', 'combine'], switch: ['steps', 'members', 'combine'], ensemble: ['steps', 'routes', 'default'], splitter: ['steps', 'routes', 'default', 'combine'] }[config.type];
        for (const key of extra) {
            if (config[key] !== undefined)
                issues.push({ keyPath: ['models', name, 'graph', key], message: `"${key}" does not belong to a ${config.type} graph (models.${name}.graph)`, hint: `a ${config.type} graph has ${config.type === 'sequence' ? '`steps`' : config.type === 'switch' ? '`routes` and `default`' : config.type === 'ensemble' ? '`members` and `combine`' : '`members` with weights'}` });
        }
        for (const { member, keyPath } of membersOf(name, config)) {
            if (member.model === name) {
                issues.push({ keyPath: [...keyPath, 'model'], message: `graph "${name}" names itself as a member` });
            }
            else if (!Object.hasOwn(models, member.model) && !Object.hasOwn(graphs, member.model)) {
                issues.push({ keyPath: [...keyPath, 'model'], message: `graph "${name}" names model "${member.model}", which is not configured under models`, hint: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(member.model, known) ?? `models: ${known.join(', ')}` });
            }
            else if (member.version !== undefined && Object.hasOwn(graphs, member.model)) {
                issues.push({ keyPath: [...keyPath, 'version'], message: `"${member.model}" is a graph: it has no versions to pin`, hint: 'pin versions on the graph\'s own members' });
            }
        }
        if (config.type === 'splitter') {
            config.members.forEach((m, i) => {
                if (m.weight === undefined || !Number.isInteger(m.weight))
                    issues.push({ keyPath: [...memberPath(name, config, i), 'weight'], message: `splitter member ${i} of "${name}" needs an integer weight (a share of 100), got ${JSON.stringify(m.weight ?? null)}` });
            });
            const sum = config.members.reduce((s, m) => s + (m.weight ?? 0), 0);
            if (sum !== 100)
                issues.push({ keyPath: ['models', name, 'graph', 'members'], message: `the weights of splitter "${name}" sum to ${sum}, expected 100` });
        }
        if (config.type === 'ensemble' && config.combine === 'weighted-average') {
            config.members.forEach((m, i) => {
                if (m.weight === undefined)
                    issues.push({ keyPath: memberPath(name, config, i), message: `member ${i} of "${name}" has no weight: combine: weighted-average needs one on every member` });
            });
        }
        if (config.type === 'switch') {
            config.routes.forEach((route, i) => {
                const at = [...memberPath(name, config, i), 'when'];
                const w = route.when;
                if ((w.header === undefined) === (w.input === undefined)) {
                    issues.push({ keyPath: at, message: `route ${i} of "${name}": a condition names either a header or an input`, hint: 'e.g. `when: { header: x-tier, equals: gold }` or `when: { input: features, index: 2, above: 2.5 }`' });
                }
                else if (w.header !== undefined) {
                    const keys = Object.keys(w).filter((k) => k !== 'header' && k !== 'equals');
                    if (typeof w.equals !== 'string' || keys.length > 0)
                        issues.push({ keyPath: at, message: `route ${i} of "${name}": a header condition is \`header\` and \`equals\` (its text)${keys.length ? `; "${keys[0]}" does not apply` : ''}` });
                }
                else if (comparisonOf(w) === undefined) {
                    issues.push({ keyPath: at, message: `route ${i} of "${name}": an input condition needs exactly one of ${COMPARISONS.join(', ')}` });
                }
                else if (w.equals !== undefined && typeof w.equals !== 'number' && typeof w.equals !== 'boolean') {
                    issues.push({ keyPath: [...at, 'equals'], message: `route ${i} of "${name}": an input element is compared with a number or a boolean, got ${JSON.stringify(w.equals)}` });
                }
            });
        }
    }
    issues.push(...cycleIssues(graphs));
    return issues;
}
function cycleIssues(graphs) {
    const issues = [];
    const state = new Map();
    const visit = (name, trail) => {
        if (state.get(name) === 'done')
            return;
        if (state.get(name) === 'visiting') {
            const cycle = [...trail.slice(trail.indexOf(name)), name];
            issues.push({ keyPath: ['models', name, 'graph'], message: `graphs form a cycle: ${cycle.join(' -> ')}`, hint: 'a graph may contain other graphs, never itself' });
            return;
        }
        state.set(name, 'visiting');
        for (const { member } of membersOf(name, graphs[name].graph))
            if (Object.hasOwn(graphs, member.model) && member.model !== name)
                visit(member.model, [...trail, name]);
        state.set(name, 'done');
    };
    for (const name of Object.keys(graphs))
        visit(name, []);
    return issues;
}
const FLOAT_TYPES = new Set(['float16', 'float32', 'float64', 'bfloat16']);
const isFloatType = (dtype) => FLOAT_TYPES.has(dtype);
/** Two dims can be the same size: equal sizes, or either one symbolic or unknown. */
function dimsConnect(a, b) {
    return typeof a !== 'number' || typeof b !== 'number' || a === b;
}
/** Why a tensor cannot take another's place, or undefined when it can. */
function tensorMismatch(produced, expected) {
    if (produced.dtype !== expected.dtype)
        return `dtype ${produced.dtype} where ${expected.dtype} is expected`;
    if (produced.shape.length > 0 && expected.shape.length > 0) {
        if (produced.shape.length !== expected.shape.length)
            return `shape [${produced.shape.join(', ')}] has rank ${produced.shape.length}, expected rank ${expected.shape.length} ([${expected.shape.join(', ')}])`;
        for (let i = 0; i < produced.shape.length; i++) {
            if (!dimsConnect(produced.shape[i], expected.shape[i]))
                return `dimension ${i} is ${produced.shape[i]}, expected ${expected.shape[i]} ([${produced.shape.join(', ')}] vs [${expected.shape.join(', ')}])`;
        }
    }
    return undefined;
}
/** Signatures equal for graph purposes: same names in the same order, same dtypes, connecting shapes. */
function signatureMismatch(a, b) {
    const names = (ts) => ts.map((t) => t.name).join(', ');
    if (names(a) !== names(b))
        return `tensors [${names(a)}] differ from [${names(b)}]`;
    for (let i = 0; i < a.length; i++) {
        const why = tensorMismatch(a[i], b[i]);
        if (why)
            return `"${a[i].name}": ${why}`;
    }
    return undefined;
}
/**
 * The graph's signature from its members' (each graph member resolved recursively through `signatureOf`),
 * with every place the members do not connect. Sequence: the first step's inputs, the last step's outputs;
 * each later input fed by the previous step's output named in `map` (or of the same name). Switch and
 * splitter: every member has one signature (any of them may answer). Ensemble: the members' inputs and
 * outputs match; the graph has them.
 */
function graphSignature(graph, config, signatureOf) {
    const issues = [];
    const unknown = [];
    const members = membersOf(graph, config).map(({ member, keyPath }) => {
        const s = signatureOf(member);
        if ('unknown' in s)
            unknown.push(s.unknown);
        return { member, keyPath, signature: 'unknown' in s ? undefined : s };
    });
    if (unknown.length > 0)
        return { issues, unknown };
    const label = (m) => (m.version ? `${m.model}@${m.version}` : m.model);
    if (config.type === 'sequence') {
        for (let k = 1; k < members.length; k++) {
            const before = members[k - 1];
            const step = members[k];
            const map = config.steps[k].map ?? {};
            const fed = new Map(); // input -> output feeding it
            for (const [output, input] of Object.entries(map)) {
                const at = [...step.keyPath, 'map', output];
                if (!before.signature.outputs.some((o) => o.name === output))
                    issues.push({ keyPath: at, message: `step ${k} maps "${output}", which is not an output of step ${k - 1} (${label(before.member)})`, hint: `outputs of ${label(before.member)}: ${before.signature.outputs.map((o) => o.name).join(', ')}` });
                else if (!step.signature.inputs.some((i) => i.name === input))
                    issues.push({ keyPath: at, message: `step ${k} maps "${output}" to "${input}", which is not an input of ${label(step.member)}`, hint: `inputs of ${label(step.member)}: ${step.signature.inputs.map((i) => i.name).join(', ')}` });
                else if (fed.has(input))
                    issues.push({ keyPath: at, message: `step ${k} feeds input "${input}" twice (from "${fed.get(input)}" and "${output}")` });
                else
                    fed.set(input, output);
            }
            for (const input of step.signature.inputs) {
                const source = fed.get(input.name) ?? (before.signature.outputs.some((o) => o.name === input.name) ? input.name : undefined);
                if (source === undefined) {
                    if (input.optional)
                        continue;
                    issues.push({ keyPath: [...step.keyPath, 'map'], message: `input "${input.name}" of step ${k} (${label(step.member)}) is fed by nothing: no output of step ${k - 1} (${label(before.member)}) is mapped to it or has its name`, hint: `add \`map: { <output>: ${input.name} }\`; outputs of ${label(before.member)}: ${before.signature.outputs.map((o) => o.name).join(', ')}` });
                    continue;
                }
                const produced = before.signature.outputs.find((o) => o.name === source);
                const why = tensorMismatch(produced, input);
                if (why)
                    issues.push({ keyPath: [...step.keyPath, ...(fed.has(input.name) ? ['map', source] : ['model'])], message: `output "${source}" of step ${k - 1} (${label(before.member)}) cannot feed input "${input.name}" of step ${k} (${label(step.member)}): ${why}` });
            }
        }
        return { signature: { inputs: members[0].signature.inputs, outputs: members[members.length - 1].signature.outputs }, issues, unknown };
    }
    const first = members[0];
    for (const m of members.slice(1)) {
        const inputs = signatureMismatch(m.signature.inputs, first.signature.inputs);
        if (inputs)
            issues.push({ keyPath: [...m.keyPath, 'model'], message: `the inputs of ${label(m.member)} do not match those of ${label(first.member)} in ${config.type} "${graph}": ${inputs}`, hint: `the members of a ${config.type} all receive the same request` });
        const outputs = signatureMismatch(m.signature.outputs, first.signature.outputs);
        if (outputs)
            issues.push({ keyPath: [...m.keyPath, 'model'], message: `the outputs of ${label(m.member)} do not match those of ${label(first.member)} in ${config.type} "${graph}": ${outputs}`, hint: config.type === 'ensemble' ? 'ensemble members combine output by output: same names, types and shapes' : `any member of a ${config.type} may answer, so all answer alike` });
    }
    if (config.type === 'switch') {
        config.routes.forEach((route, i) => {
            if (route.when.input === undefined)
                return;
            const input = first.signature.inputs.find((t) => t.name === route.when.input);
            const at = [...memberPath(graph, config, i), 'when', 'input'];
            if (!input)
                issues.push({ keyPath: at, message: `route ${i} of "${graph}" reads input "${route.when.input}", which the graph does not have`, hint: (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(route.when.input, first.signature.inputs.map((t) => t.name)) ?? `inputs: ${first.signature.inputs.map((t) => t.name).join(', ')}` });
            else if (input.dtype === 'string')
                issues.push({ keyPath: at, message: `route ${i} of "${graph}" compares input "${input.name}", a string tensor, with a number` });
        });
    }
    return { signature: first.signature, issues, unknown };
}
/** Resolves every graph's signature, graphs inside graphs first; `model` gives an artifact member's signature. */
function resolveGraphSignatures(graphs, model) {
    const out = new Map();
    const resolve = (name, depth) => {
        if (out.has(name))
            return;
        if (depth > Object.keys(graphs).length) {
            out.set(name, { issues: [], unknown: [`"${name}" is part of a cycle`] });
            return;
        }
        const signatureOf = (member) => {
            if (!Object.hasOwn(graphs, member.model))
                return model(member);
            resolve(member.model, depth + 1);
            const inner = out.get(member.model);
            return inner.signature ?? { unknown: inner.unknown[0] ?? `graph "${member.model}" does not connect` };
        };
        out.set(name, graphSignature(name, graphs[name].graph, signatureOf));
    };
    for (const name of Object.keys(graphs))
        resolve(name, 0);
    return out;
}
/** Graph issues as config issues at their lines. */
function toConfigIssues(loaded, issues) {
    return issues.map((i) => ({ location: loaded.locate(i.keyPath), path: (0,_config_js__WEBPACK_IMPORTED_MODULE_0__.dotted)(i.keyPath), message: i.message, ...(i.hint ? { hint: i.hint } : {}) }));
}


/***/ })

};
