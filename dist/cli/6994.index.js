export const id = 6994;
export const ids = [6994,7314,2489,6745];
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

/***/ 21106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   f1: () => (/* binding */ sha256Text),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/**
 * Writes a file so a reader never sees it half-written: temp file in the same folder (same file system,
 * so rename is atomic), fsync, rename over the target, fsync the folder so the rename survives a crash.
 */
async function writeFileAtomic(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(file);
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, 'wx', 0o644);
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, file);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { force: true });
        throw err;
    }
    await fsyncDir(dir);
}
async function fsyncDir(dir) {
    // Some platforms refuse to open folders for fsync; durability of the rename is then best effort.
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(dir, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        /* best effort */
    }
}
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}
function sha256Text(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
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

/***/ 24745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   liveBaselinesFromState: () => (/* binding */ liveBaselinesFromState)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41464);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29621);
/* harmony import */ var _state_select_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42489);




/**
 * The gate's LiveBaselineProvider over the deployment state: the metrics file recorded in the payload of
 * the deployment live in the environment. Nothing live, or a payload without metrics, is "no baseline"
 * (the gate's onMissingBaseline policy decides).
 */
function liveBaselinesFromState(loaded, options = {}) {
    return {
        async metricsForLiveVersion(environment, model) {
            const env = (0,_config_js__WEBPACK_IMPORTED_MODULE_2__.environmentOf)(loaded, environment);
            const live = await (0,_state_select_js__WEBPACK_IMPORTED_MODULE_3__.storeFor)(loaded, env, options).current(env.name, model);
            const file = live?.payload.metrics;
            if (!file)
                return undefined;
            // Recorded paths are absolute; they are read as they are, inside the project or not (the state is trusted output of modelship).
            return (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__/* .createMetricSource */ .QB)(file, { root: loaded.root, resolvePath: (p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(loaded.root, p) }).read();
        },
    };
}


/***/ }),

/***/ 67314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LocalDeploymentStore: () => (/* binding */ LocalDeploymentStore),
/* harmony export */   defaultOwner: () => (/* binding */ defaultOwner),
/* harmony export */   osUser: () => (/* binding */ osUser),
/* harmony export */   userOf: () => (/* binding */ userOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21106);
/* harmony import */ var _lock_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56745);







/**
 * The local deployment state: one JSON file per environment (`<dir>/<env>.json`), written atomically
 * while the environment's lock is held, with a checksum so corruption is detected. The previous good
 * file is kept as `<env>.json.bak` so recovery is a copy, never a guess.
 */
class LocalDeploymentStore {
    dir;
    /** A file read costs nothing: a waiting rollout sees a request within a quarter of a second. */
    pollMs = 250;
    constructor(dir) {
        this.dir = dir;
    }
    get location() {
        return this.dir;
    }
    fileFor(environment) {
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, `${environment}.json`);
    }
    lockFile(environment) {
        return new _lock_file_js__WEBPACK_IMPORTED_MODULE_6__.LockFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, `${environment}.lock`));
    }
    /** The records of one environment; [] when there is no file yet. Corruption throws. */
    async load(environment) {
        const file = this.fileFor(environment);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return [];
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`cannot read deployment state ${file}: ${err.message}`);
        }
        const corrupt = (why) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`deployment state ${file} is corrupted: ${why}`, {
            location: { file },
            hint: `nothing was changed. Restore the last good copy (cp ${file}.bak ${file}) or move the file away to start a fresh history, after checking what is live`,
        });
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (err) {
            throw corrupt(`not valid JSON (${err.message})`);
        }
        if (parsed === null || typeof parsed !== 'object' || parsed.schema !== 1 || !Array.isArray(parsed.records))
            throw corrupt('not a modelship state file (schema 1)');
        if (parsed.environment !== environment)
            throw corrupt(`it names environment "${String(parsed.environment)}", expected "${environment}"`);
        if (parsed.checksum !== checksumOf(environment, parsed.records))
            throw corrupt('checksum mismatch (edited or torn)');
        return parsed.records;
    }
    async save(environment, records) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.dir, { recursive: true });
        const file = this.fileFor(environment);
        // Keep the last good file as .bak: load() throws on a corrupted one, so only a valid file is copied.
        if ((await this.load(environment)).length > 0)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(file, `${file}.bak`);
        const state = { schema: 1, environment, checksum: checksumOf(environment, records), records };
        await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(file, `${JSON.stringify(state, null, 2)}\n`);
    }
    async environments() {
        try {
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(this.dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
        }
        catch {
            return [];
        }
    }
    async current(environment, model) {
        return (await this.history(environment, model)).find((r) => r.status === 'success');
    }
    async history(environment, model) {
        return (await this.load(environment)).filter((r) => r.payload.model === model).reverse();
    }
    async create(environment, payload, actor) {
        const records = await this.load(environment);
        const now = new Date().toISOString();
        const record = { id: `${environment}-${records.length + 1}`, environment, payload, status: 'in_progress', createdAt: now, updatedAt: now, actor, steps: [] };
        records.push(record);
        await this.save(environment, records);
        return record;
    }
    /** Writes of this process, one at a time: a heartbeat must not interleave with a journal write (lost update). */
    writes = Promise.resolve();
    update(record, change) {
        const next = this.writes.then(() => this.updateNow(record, change));
        this.writes = next.catch(() => { });
        return next;
    }
    async updateNow(record, change) {
        const records = await this.load(record.environment);
        const stored = records.find((r) => r.id === record.id);
        if (stored === undefined)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`deployment ${record.id} is missing from ${this.fileFor(record.environment)}`);
        change(stored, records);
        stored.updatedAt = new Date().toISOString();
        await this.save(record.environment, records);
        Object.assign(record, stored);
    }
    async step(record, step) {
        await this.update(record, (r) => void r.steps.push(step));
    }
    async finish(record, status, description, url) {
        await this.update(record, (r, all) => {
            r.status = status;
            r.description = description;
            if (url)
                r.url = url;
            if (status === 'success') {
                for (const other of all)
                    if (other !== r && other.payload.model === r.payload.model && other.status === 'success')
                        other.status = 'inactive';
            }
        });
    }
    async lock(environment, info, takeOver) {
        return this.lockFile(environment).acquire({ environment, ...info, createdAt: new Date().toISOString() }, takeOver);
    }
    /** `<env>.requests/<deployment id>/`: one file per request, created exclusively, so writers never race the state file. */
    requestDir(record) {
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.dir, `${record.environment}.requests`, record.id.replace(/[^A-Za-z0-9._-]/g, '_'));
    }
    async request(record, request) {
        const dir = this.requestDir(record);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        const name = `${String(Date.parse(request.at)).padStart(15, '0')}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.json`;
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name), 'wx', 0o644);
        try {
            await handle.writeFile(JSON.stringify(request));
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    async requests(record) {
        const dir = this.requestDir(record);
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => []);
        const out = [];
        for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
            // A request is written in one small write and synced; one caught mid-write is read on the next poll.
            const parsed = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, name), 'utf8').then((t) => JSON.parse(t), () => undefined);
            if (parsed && typeof parsed.id === 'string' && typeof parsed.action === 'string')
                out.push(parsed);
        }
        return out;
    }
    async heartbeat(record, _note) {
        await this.update(record, (r) => void (r.heartbeatAt = new Date().toISOString()));
    }
    async unlock(environment, owner, force = false) {
        return this.lockFile(environment).release(owner, force);
    }
    async lockInfo(environment) {
        return this.lockFile(environment).read();
    }
}
/** The owner of a process lock: `user@host:pid`. */
function defaultOwner(actor) {
    return `${actor ?? osUser()}@${node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname()}:${process.pid}`;
}
/** The OS user running modelship (what `lock` and `deploy` record when no actor is given). */
function osUser() {
    try {
        return node_os__WEBPACK_IMPORTED_MODULE_2___default().userInfo().username;
    }
    catch {
        // No passwd entry (some containers): the login name the shell exported, if any.
        return process.env.USER || process.env.USERNAME || 'unknown';
    }
}
/**
 * Who runs a command, the same for `lock`, `unlock`, `deploy`, `promote` and `rollback`: GITHUB_ACTOR when
 * set (Actions, chatops), else the OS user. A manual lock names this user, and lets this user deploy.
 */
function userOf(env) {
    return env.GITHUB_ACTOR?.trim() || osUser();
}
function checksumOf(environment, records) {
    return (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Text */ .f1)(JSON.stringify({ environment, records }));
}


/***/ }),

/***/ 56745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LockFile: () => (/* binding */ LockFile),
/* harmony export */   STALE_LOCK_AGE_MS: () => (/* binding */ STALE_LOCK_AGE_MS)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);





/** A lock older than this is stale even when its process cannot be checked (another host). */
const STALE_LOCK_AGE_MS = 24 * 3_600_000;
/** A takeover file older than this was left by a process killed while replacing a lock. */
const TAKEOVER_GUARD_MS = 10_000;
/**
 * One deploy per environment at a time: a lock file holding owner, pid, host, reason and time, written whole
 * to a temporary file and then hard-linked into place (link fails with EEXIST when the lock exists, atomically
 * on local file systems), so no reader ever sees it empty or half-written. A lock whose process is gone (same host) is stale and taken
 * over, so a killed deploy does not block the environment forever; its journal still says what it did.
 */
class LockFile {
    file;
    constructor(file) {
        this.file = file;
    }
    async read() {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        try {
            return JSON.parse(text);
        }
        catch {
            // A lock is linked into place whole; an unreadable one was damaged outside modelship (or by an older one).
            return { environment: node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(this.file, '.lock'), owner: 'unknown (unreadable lock file)', pid: 0, host: '', reason: '', createdAt: new Date(0).toISOString() };
        }
    }
    /**
     * A process lock (pid > 0) is stale when it is older than STALE_LOCK_AGE_MS or, on this host, its
     * process is gone. A manual lock (pid <= 0: `modelship lock`, chatops `.lock`, or an unreadable file)
     * is never stale: only an unlock removes it, as branch-deploy's sticky locks.
     */
    static isStale(lock, now = Date.now()) {
        if (lock.pid <= 0)
            return false;
        if (now - Date.parse(lock.createdAt) > STALE_LOCK_AGE_MS)
            return true;
        if (lock.host !== node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname())
            return false;
        try {
            process.kill(lock.pid, 0);
            return false;
        }
        catch (err) {
            return err.code === 'ESRCH';
        }
    }
    /**
     * Takes the lock. A stale lock, or a held one `takeOver` accepts (a rollout past its progress deadline), is
     * replaced under a second exclusive file (`<lock>.takeover`), so of two processes replacing the same lock
     * one wins and the other finds the winner's lock.
     */
    async acquire(info, takeOver) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(this.file), { recursive: true });
        for (let attempt = 0; attempt < 40; attempt++) {
            try {
                await this.create(info);
                return info;
            }
            catch (err) {
                if (err.code !== 'EEXIST')
                    throw err;
                const held = await this.read();
                if (held && held.owner === info.owner && held.pid === info.pid)
                    return held;
                if (held && (LockFile.isStale(held) || takeOver?.(held) === true)) {
                    const outcome = await this.replace(held);
                    if (outcome !== 'busy')
                        continue;
                    await new Promise((r) => setTimeout(r, 25));
                    continue;
                }
                if (held === undefined)
                    continue; // released between open and read
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`environment "${info.environment}" is locked by ${held.owner} (pid ${held.pid} on ${held.host || '?'}, since ${held.createdAt}): ${held.reason || 'no reason given'}`, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .yU.Usage, hint: `wait for it to finish, or if it is gone: modelship unlock ${info.environment} --force (lock file ${this.file})` });
            }
        }
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`could not take the lock ${this.file}`);
    }
    /** Creates the lock whole, or fails with EEXIST when it exists; the temporary file is removed either way. */
    async create(info) {
        const temporary = `${this.file}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`;
        try {
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(temporary, 'wx', 0o644);
            try {
                await handle.writeFile(JSON.stringify(info, null, 2));
                await handle.sync();
            }
            finally {
                await handle.close();
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.link)(temporary, this.file);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
        }
    }
    /** Removes `held` if it is still the lock, under the takeover file; 'busy' when another process is replacing it. */
    async replace(held) {
        const guard = `${this.file}.takeover`;
        let handle;
        try {
            handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(guard, 'wx', 0o644);
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            // A takeover file left by a process killed mid-takeover is removed after a while.
            const age = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(guard).then((s) => Date.now() - s.mtimeMs, () => 0);
            if (age > TAKEOVER_GUARD_MS)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
            return 'busy';
        }
        try {
            await handle.close();
            const now = await this.read();
            if (now === undefined || now.owner !== held.owner || now.pid !== held.pid || now.createdAt !== held.createdAt)
                return 'changed';
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true });
            return 'removed';
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(guard, { force: true });
        }
    }
    async release(owner, force = false) {
        const held = await this.read();
        if (held === undefined)
            return false;
        if (!force && held.owner !== owner) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`lock on "${held.environment}" is held by ${held.owner}, not ${owner}`, { hint: 'pass --force to break it' });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.file, { force: true });
        return true;
    }
}


/***/ }),

/***/ 42489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   storeFor: () => (/* binding */ storeFor)
/* harmony export */ });
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67314);

/** The store given by the caller (GitHub Deployments in actions), else the environment's local state file. */
function storeFor(loaded, env, options) {
    return options.store ?? new _local_js__WEBPACK_IMPORTED_MODULE_0__.LocalDeploymentStore(loaded.resolvePath(env.stateDir, ['environments', env.name, 'stateDir']));
}


/***/ })

};
