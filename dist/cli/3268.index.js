export const id = 3268;
export const ids = [3268,4456,2916,3330,2002];
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

/***/ 98571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/**
 * A duration in milliseconds from `90`, `1.5s`, `30s`, `5m`, `1h`, `2d`, `1w` or a compound `1h30m`.
 * A bare number is seconds (as in modelship.yml). `what` names the field for the error.
 */
function parseDuration(value, what) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what}: expected a duration >= 0, got ${value}`);
        return value * 1000;
    }
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/gy;
    let total = 0;
    let consumed = 0;
    let match;
    while ((match = re.exec(text)) !== null) {
        total += Number(match[1]) * UNITS[match[2]];
        consumed = re.lastIndex;
    }
    if (text === '' || consumed !== text.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what}: "${value}" is not a duration`, { hint: 'use a number of seconds or e.g. 500ms, 30s, 5m, 1h30m, 2d' });
    }
    return total;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
    if (ms < 3_600_000)
        return `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`;
    return `${Math.floor(ms / 3_600_000)}h${Math.round((ms % 3_600_000) / 60_000)}m`;
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


/***/ }),

/***/ 29621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BANDIT_DEFAULTS: () => (/* binding */ BANDIT_DEFAULTS),
/* harmony export */   DEFAULT_PROGRESS_DEADLINE: () => (/* binding */ DEFAULT_PROGRESS_DEADLINE),
/* harmony export */   DEFAULT_REPOSITORY: () => (/* binding */ DEFAULT_REPOSITORY),
/* harmony export */   DEFAULT_STATE_DIR: () => (/* binding */ DEFAULT_STATE_DIR),
/* harmony export */   environmentOf: () => (/* binding */ environmentOf),
/* harmony export */   environmentsOf: () => (/* binding */ environmentsOf),
/* harmony export */   modelNameOf: () => (/* binding */ modelNameOf),
/* harmony export */   pauseMsOf: () => (/* binding */ pauseMsOf),
/* harmony export */   progressDeadlineMs: () => (/* binding */ progressDeadlineMs)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72020);



/** Argo Rollouts' `progressDeadlineSeconds` default (600 s): a rollout that shows no progress for this long has failed. */
const DEFAULT_PROGRESS_DEADLINE = '10m';
const BANDIT_DEFAULTS = { algorithm: 'thompson', reward: 'binary', floor: 0.05, epsilon: 0.1, bound: 0.95, minRewards: 200, interval: '30s' };
const DEFAULT_REPOSITORY = '.modelship/repository';
const DEFAULT_STATE_DIR = '.modelship/deployments';
/** All environments in promotion order (explicit `order`, else position in the file). */
function environmentsOf(loaded) {
    const section = (loaded.config.environments ?? {});
    const list = Object.entries(section).map(([name, spec], index) => ({ name, spec, order: spec.order ?? index }));
    list.sort((a, b) => a.order - b.order);
    return list.map(({ name, spec, order }, i) => {
        const requires = spec.requires ?? (i > 0 ? list[i - 1].name : null);
        if (requires !== null && !Object.hasOwn(section, requires)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environment "${name}" requires unknown environment "${requires}"`, {
                location: loaded.locate(['environments', name, 'requires']),
                hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(requires, Object.keys(section)) ?? `environments: ${Object.keys(section).join(', ')}`,
            });
        }
        const strategy = spec.strategy ?? { type: 'direct' };
        for (const [k, step] of (strategy.steps ?? []).entries())
            pauseMsOf(step.pause, `environments.${name}.strategy.steps[${k}].pause`);
        if ((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(strategy.progressDeadline ?? DEFAULT_PROGRESS_DEADLINE, `environments.${name}.strategy.progressDeadline`) <= 0) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${name}.strategy.progressDeadline must be longer than 0`, { location: loaded.locate(['environments', name, 'strategy', 'progressDeadline']) });
        }
        checkHeaderRoute(loaded, name, strategy);
        checkBandit(loaded, name, strategy, spec.provider?.type ?? 'local');
        checkAnalyses(loaded, name, strategy);
        return {
            name,
            order,
            provider: spec.provider ?? { type: 'local' },
            strategy,
            gates: spec.gates ?? [],
            githubEnvironment: spec.githubEnvironment,
            url: spec.url,
            requires,
            stateDir: spec.stateDir ?? DEFAULT_STATE_DIR,
        };
    });
}
/** A step's pause in ms: undefined for none, null for `{}` (until promoted). */
function pauseMsOf(pause, what) {
    if (pause === undefined)
        return undefined;
    if (typeof pause === 'object' && pause !== null)
        return pause.duration === undefined ? null : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(pause.duration, `${what}.duration`);
    return (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(pause, what);
}
/** The environment's progress deadline in ms. */
function progressDeadlineMs(env) {
    return (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(env.strategy.progressDeadline ?? DEFAULT_PROGRESS_DEADLINE, `environments.${env.name}.strategy.progressDeadline`);
}
function environmentOf(loaded, name) {
    const all = environmentsOf(loaded);
    const found = all.find((e) => e.name === name);
    if (found === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`unknown environment "${name}" in ${loaded.file}`, {
            location: loaded.locate(['environments']),
            hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(name, all.map((e) => e.name)) ?? (all.length ? `environments: ${all.map((e) => e.name).join(', ')}` : 'add an `environments:` section (see docs/deploy.md)'),
        });
    }
    return found;
}
/** The model a request names, or the only configured one. */
function modelNameOf(loaded, requested) {
    const names = Object.keys(loaded.config.models);
    if (requested !== undefined) {
        if (!Object.hasOwn(loaded.config.models, requested)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`unknown model "${requested}" in ${loaded.file}`, { hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(requested, names) ?? `models: ${names.join(', ')}` });
        }
        return requested;
    }
    if (names.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${loaded.file} configures ${names.length} models: pass --model NAME`, { hint: `models: ${names.join(', ')}` });
    return names[0];
}
/** What the schema cannot say of an analysis: durations that parse, and `count > 1` only with an `interval`. */
function checkAnalyses(loaded, env, strategy) {
    for (const key of ['analysis', 'prePromotionAnalysis', 'postPromotionAnalysis']) {
        const a = strategy[key];
        if (!a)
            continue;
        const where = `environments.${env}.strategy.${key}`;
        if (a.interval !== undefined)
            (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(a.interval, `${where}.interval`);
        if (a.sequential?.window !== undefined)
            (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(a.sequential.window, `${where}.sequential.window`);
        if ((a.count ?? 1) > 1 && a.interval === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${where}: count ${a.count} needs an interval between the measurements`, { location: loaded.locate(['environments', env, 'strategy', key, 'count']), hint: 'add e.g. interval: 30s' });
        }
        if (key !== 'analysis' && strategy.type !== 'blue-green') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${where} is for blue-green; a ${strategy.type} rollout never runs it`, { location: loaded.locate(['environments', env, 'strategy', key]), hint: 'use strategy.analysis' });
        }
    }
}
/** What the schema cannot say of a bandit: the local provider (serve allocates), a floor every arm can keep, a parsable interval. */
function checkBandit(loaded, env, strategy, provider) {
    if (strategy.type !== 'bandit') {
        if (strategy.bandit)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}.strategy.bandit is for strategy type bandit, not ${strategy.type}`, { location: loaded.locate(['environments', env, 'strategy', 'bandit']) });
        return;
    }
    const at = ['environments', env, 'strategy'];
    if (provider !== 'local') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}: strategy bandit needs the local provider (modelship serve allocates the traffic), not ${provider}`, { location: loaded.locate([...at, 'type']), hint: 'use strategy ab with a winner gate on other providers' });
    }
    const b = strategy.bandit ?? {};
    const arms = 2 + (b.arms?.length ?? 0);
    const floor = b.floor ?? BANDIT_DEFAULTS.floor;
    if (floor * arms > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}.strategy.bandit.floor ${floor} cannot hold for ${arms} arms (floor x arms must be at most 1)`, { location: loaded.locate([...at, 'bandit', 'floor']) });
    if ((0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(b.interval ?? BANDIT_DEFAULTS.interval, `environments.${env}.strategy.bandit.interval`) <= 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}.strategy.bandit.interval must be longer than 0`, { location: loaded.locate([...at, 'bandit', 'interval']) });
    if (strategy.duration !== undefined)
        (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(strategy.duration, `environments.${env}.strategy.duration`);
}
/** The A/B header route: exactly one of `name` and `cookie`, and a regular expression that compiles. */
function checkHeaderRoute(loaded, env, strategy) {
    const h = strategy.header;
    if (!h)
        return;
    const at = ['environments', env, 'strategy', 'header'];
    if ((h.name === undefined) === (h.cookie === undefined)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}.strategy.header: give exactly one of "name" (a header) and "cookie"`, { location: loaded.locate(at) });
    }
    if (h.match === 'regex') {
        try {
            new RegExp(h.value, 'u');
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`environments.${env}.strategy.header.value is not a valid regular expression: ${err.message}`, { location: loaded.locate([...at, 'value']) });
        }
    }
}


/***/ }),

/***/ 33595:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployGraph: () => (/* binding */ deployGraph)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/deploy/config.ts
var config = __webpack_require__(29621);
// EXTERNAL MODULE: ./src/core/graph.ts
var core_graph = __webpack_require__(42479);
// EXTERNAL MODULE: ./src/deploy/providers/kubernetes.ts
var kubernetes = __webpack_require__(73128);
;// CONCATENATED MODULE: ./src/deploy/providers/kserve-graph.ts



/** A DNS-label node or step name from a graph or member name. */
function label(name) {
    return (0,kubernetes/* inferenceServiceName */.mi)({}, name);
}
/** The GJSON query KServe's Switch evaluates on the request body for an input condition. */
function gjsonCondition(graph, index, when) {
    if (when.header !== undefined) {
        throw new errors.ModelshipError(`route ${index} of graph "${graph}" matches header "${when.header}": KServe's InferenceGraph Switch reads only the request body`, { hint: 'route on an input value for KServe, or serve this graph with `modelship serve`' });
    }
    const comparison = (0,core_graph/* comparisonOf */.jb)(when);
    const op = { equals: '==', above: '>', atLeast: '>=', below: '<', atMost: '<=' }[comparison];
    // Every input tensor named `input`, then the first whose element `index` of its flat data compares true.
    return `inputs.#(name==${JSON.stringify(when.input)})#|#(data.${when.index ?? 0}${op}${JSON.stringify(when[comparison])})`;
}
/** The InferenceGraph of `name`, with a node per graph it contains. */
function renderInferenceGraph(spec, name, graphs) {
    const nodes = {};
    const visit = (graphName, nodeName) => {
        if (nodes[nodeName] !== undefined)
            return;
        const config = graphs[graphName].graph;
        nodes[nodeName] = {}; // claimed before its members, so a graph met twice is one node
        if (config.type === 'sequence') {
            throw new errors.ModelshipError(`graph "${graphName}" is a sequence: KServe's InferenceGraph router passes a step's v2 response (\`outputs\`) unchanged as the next request, which needs \`inputs\`, so the declared mapping cannot be expressed`, { hint: 'serve the sequence with `modelship serve`, or chain the models in one InferenceService (a transformer)' });
        }
        const steps = (0,core_graph/* membersOf */.lS)(graphName, config).map(({ member }, i) => {
            if (member.version !== undefined)
                throw new errors.ModelshipError(`graph "${graphName}" pins ${member.model}@${member.version}: a KServe InferenceService serves one version of a model`, { hint: `deploy that version as a model of its own (its own models: entry) and name it in the graph` });
            const target = Object.hasOwn(graphs, member.model) ? { nodeName: label(member.model) } : { serviceName: label(member.model) };
            if (Object.hasOwn(graphs, member.model))
                visit(member.model, label(member.model));
            const step = { name: `${label(member.model)}-${i}`, ...target };
            if (config.type === 'splitter')
                step.weight = member.weight;
            if (config.type === 'switch')
                step.condition = i < config.routes.length ? gjsonCondition(graphName, i, config.routes[i].when) : 'inputs';
            if (config.type === 'ensemble')
                step.dependency = 'Hard';
            return step;
        });
        const routerType = { switch: 'Switch', ensemble: 'Ensemble', splitter: 'Splitter' }[config.type];
        nodes[nodeName] = { routerType, steps };
    };
    visit(name, 'root');
    return {
        apiVersion: 'serving.kserve.io/v1alpha1',
        kind: 'InferenceGraph',
        metadata: {
            name: label(name),
            ...(spec.namespace ? { namespace: spec.namespace } : {}),
            labels: { 'app.kubernetes.io/managed-by': 'modelship', 'modelship.dev/model': label(name) },
        },
        spec: { nodes },
    };
}

;// CONCATENATED MODULE: ./src/deploy/graph-deploy.ts





/**
 * `modelship deploy ENV --model GRAPH` for an inference graph of modelship.yml (docs/graphs.md). A graph has
 * no artifact and no versions: on a kubernetes environment its InferenceGraph is applied (the members are
 * deployed as the models they are); on a local one `modelship serve --env` serves it from modelship.yml, so
 * there is nothing to deploy. Other providers have no graphs.
 */
async function deployGraph(loaded, environment, graph, options) {
    const env = (0,config.environmentOf)(loaded, environment);
    const base = { environment: env.name, model: graph, version: null, previousVersion: null, strategy: 'direct', provider: env.provider.type, dryRun: options.dryRun, liveVersion: null };
    const at = () => new Date().toISOString();
    if (env.provider.type === 'local') {
        const message = `graph "${graph}" is served by \`modelship serve --env ${env.name}\` from modelship.yml over its members: nothing to deploy (deploy its members as models)`;
        return { ...base, outcome: 'noop', steps: [{ name: 'graph', status: 'skipped', detail: message, at: at() }], message };
    }
    if (env.provider.type !== 'kubernetes') {
        throw new errors.ModelshipError(`environment "${env.name}" uses provider "${env.provider.type}", which has no inference graphs`, { location: loaded.locate(['environments', env.name, 'provider']), hint: 'a graph is served by `modelship serve` (local) or written as a KServe InferenceGraph (kubernetes)' });
    }
    const spec = env.provider;
    const manifest = renderInferenceGraph(spec, graph, loaded.config.graphs ?? {});
    if (options.dryRun) {
        return { ...base, outcome: 'planned', steps: [{ name: 'apply InferenceGraph', status: 'planned', detail: (0,dist.stringify)(manifest).trimEnd(), at: at() }], message: `would apply InferenceGraph ${manifest.metadata.name} for graph "${graph}" to ${env.name}` };
    }
    const detail = await new kubernetes/* KubernetesProvider */.e8(spec, options.env).applyInferenceGraph(manifest);
    return { ...base, outcome: 'deployed', steps: [{ name: 'apply InferenceGraph', status: 'ok', detail, at: at() }], message: `${detail} for graph "${graph}" in ${env.name}` };
}


/***/ })

};
