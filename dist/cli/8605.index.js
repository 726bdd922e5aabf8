export const id = 8605;
export const ids = [8605];
export const modules = {

/***/ 22704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aL: () => (/* binding */ formatBanditFile),
/* harmony export */   iK: () => (/* binding */ parseBanditFile),
/* harmony export */   wu: () => (/* binding */ BANDIT_FILE)
/* harmony export */ });
/**
 * `<root>/<model>/bandit.json`: the state of a bandit experiment, beside routing.json. `modelship serve`
 * writes it (atomically, by rename) each time it re-allocates, and reads it back on start, so the posterior
 * survives a restart; the deploy strategy `bandit` reads it to journal the allocation and to decide. One type
 * and one parser for both, here, so neither depends on the other. Layout: docs/deploy.md, "Bandit".
 */
const BANDIT_FILE = 'bandit.json';
function formatBanditFile(state) {
    return `${JSON.stringify(state, null, 2)}\n`;
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v) => typeof v === 'number' && Number.isFinite(v);
/**
 * Parses bandit.json; throws an Error naming the field on anything unexpected (the caller then starts
 * afresh, or reports the state as unreadable: a broken file never steers traffic).
 */
function parseBanditFile(text, file) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new Error(`${file}: not valid JSON (${err.message})`);
    }
    const fail = (field, expected) => {
        throw new Error(`${file}: "${field}" must be ${expected}`);
    };
    if (!isObj(raw))
        return fail('(top)', 'a JSON object');
    if (raw.schema !== 1)
        fail('schema', '1');
    for (const k of ['model', 'id', 'updatedAt'])
        if (typeof raw[k] !== 'string')
            fail(k, 'a string');
    if (raw.algorithm !== 'thompson' && raw.algorithm !== 'epsilon-greedy')
        fail('algorithm', '"thompson" or "epsilon-greedy"');
    if (raw.reward !== 'binary' && raw.reward !== 'continuous')
        fail('reward', '"binary" or "continuous"');
    if (!Array.isArray(raw.arms) || raw.arms.length < 2 || !raw.arms.every((a) => typeof a === 'string'))
        fail('arms', 'a list of two or more versions');
    const arms = raw.arms;
    if (!isObj(raw.stats))
        fail('stats', 'an object of version -> {n, mean, m2}');
    const stats = {};
    for (const a of arms) {
        const s = raw.stats[a];
        if (!isObj(s) || !Number.isSafeInteger(s.n) || s.n < 0 || !finite(s.mean) || !finite(s.m2) || s.m2 < 0)
            fail(`stats.${a}`, '{n: a non-negative integer, mean: a number, m2: a non-negative number}');
        stats[a] = { n: s.n, mean: s.mean, m2: s.m2 };
    }
    const perArm = (field, lo, hi) => {
        const o = raw[field];
        if (!isObj(o))
            return fail(field, 'an object of version -> number');
        const out = {};
        for (const a of arms) {
            const v = o[a];
            if (!finite(v) || v < lo || v > hi)
                fail(`${field}.${a}`, `a number from ${lo} to ${hi}`);
            out[a] = v;
        }
        return out;
    };
    const allocation = perArm('allocation', 0, 1);
    const probabilityBest = perArm('probabilityBest', 0, 1);
    const means = perArm('means', -Number.MAX_VALUE, Number.MAX_VALUE);
    if (!Number.isSafeInteger(raw.rewards) || raw.rewards < 0)
        fail('rewards', 'a non-negative integer');
    if (!finite(raw.regret))
        fail('regret', 'a number');
    if (raw.winner !== null && !(typeof raw.winner === 'string' && arms.includes(raw.winner)))
        fail('winner', 'one of the arms, or null');
    return {
        schema: 1,
        model: raw.model,
        id: raw.id,
        algorithm: raw.algorithm,
        reward: raw.reward,
        arms,
        stats,
        allocation,
        probabilityBest,
        means,
        rewards: raw.rewards,
        regret: raw.regret,
        winner: raw.winner,
        updatedAt: raw.updatedAt,
    };
}


/***/ }),

/***/ 69296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ parseRoutingFile),
/* harmony export */   HB: () => (/* binding */ headerRoutePattern),
/* harmony export */   I_: () => (/* binding */ formatRoutingFile),
/* harmony export */   wR: () => (/* binding */ nextRoutingFile)
/* harmony export */ });
/* unused harmony exports RoutingError, parseRouting */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);

/**
 * The routing file that replaces one of generation `previousGeneration` (0 when there was none). Only the
 * traffic fields are taken: a TrafficState read back from a whole routing file must not carry its old
 * generation into the new one.
 */
function nextRoutingFile(model, traffic, previousGeneration, updatedAt) {
    const { stable, candidate, previous, weights, headerRoutes, sticky, shadow, strategy, bandit } = traffic;
    return { schema: 1, model, generation: previousGeneration + 1, stable, candidate, previous, weights, headerRoutes, sticky, shadow, strategy, ...(bandit ? { bandit } : {}), updatedAt: updatedAt.toISOString() };
}
/** The file's text: pretty JSON, one trailing newline. */
function formatRoutingFile(routing) {
    return `${JSON.stringify(routing, null, 2)}\n`;
}
class RoutingError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError {
    constructor(file, message) {
        super(`${file}: ${message}`, { location: { file }, hint: 'the last valid routing stays in force' });
        this.name = 'RoutingError';
    }
}
const KEYS = new Set(['schema', 'model', 'generation', 'stable', 'candidate', 'previous', 'weights', 'headerRoutes', 'sticky', 'shadow', 'strategy', 'bandit', 'updatedAt']);
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
const HEADER = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,128}$/;
/** A cookie name is an RFC 6265 token, like a header name. */
const COOKIE = HEADER;
const ROUTE_KEYS = new Set(['header', 'cookie', 'value', 'version', 'match']);
/** Compiled patterns of regex routes, compiled once per routing. */
const patterns = new WeakMap();
/** The compiled regular expression of a `match: "regex"` route (compiled once, when parsed or first used). */
function headerRoutePattern(route) {
    let re = patterns.get(route);
    if (!re)
        patterns.set(route, (re = new RegExp(route.value, 'u')));
    return re;
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * Parses and validates routing.json. Anything unexpected is an error naming the field: the server then keeps
 * the routing it had, so a file caught half-written (or hand-edited wrong) never routes a single request.
 */
function parseRouting(text, file, expectedModel) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        throw new RoutingError(file, `not valid JSON (${err.message})`);
    }
    if (!isObj(raw))
        throw new RoutingError(file, 'expected a JSON object');
    const fail = (field, expected) => {
        throw new RoutingError(file, `"${field}" must be ${expected}, got ${JSON.stringify(raw[field.split(/[.[]/)[0]]) ?? 'nothing'}`.slice(0, 400));
    };
    for (const k of Object.keys(raw))
        if (!KEYS.has(k))
            throw new RoutingError(file, `unknown key "${k}"`);
    if (raw.schema !== 1)
        fail('schema', '1');
    if (typeof raw.model !== 'string' || raw.model === '')
        fail('model', 'the model name');
    if (expectedModel !== undefined && raw.model !== expectedModel)
        throw new RoutingError(file, `"model" is "${String(raw.model)}" but the file is in the folder of model "${expectedModel}"`);
    if (!Number.isSafeInteger(raw.generation) || raw.generation < 0)
        fail('generation', 'a non-negative integer');
    const version = (field, v, nullable) => {
        if (v === null && nullable)
            return null;
        if (typeof v !== 'string' || !VERSION.test(v))
            fail(field, nullable ? 'a version string or null' : 'a version string');
        return v;
    };
    const stable = version('stable', raw.stable, false);
    const candidate = version('candidate', raw.candidate ?? null, true);
    const previous = version('previous', raw.previous ?? null, true);
    if (!isObj(raw.weights))
        fail('weights', 'an object of version → weight');
    const weights = {};
    let total = 0;
    for (const [v, w] of Object.entries(raw.weights)) {
        if (!VERSION.test(v))
            throw new RoutingError(file, `"weights" has an invalid version key ${JSON.stringify(v)}`);
        if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
            throw new RoutingError(file, `"weights.${v}" must be a non-negative number, got ${JSON.stringify(w)}`);
        weights[v] = w;
        total += w;
    }
    if (total <= 0)
        throw new RoutingError(file, '"weights" must give some version a positive weight');
    const routes = raw.headerRoutes ?? [];
    if (!Array.isArray(routes))
        fail('headerRoutes', 'a list');
    const headerRoutes = routes.map((r, i) => {
        const bad = () => new RoutingError(file, `"headerRoutes[${i}]" must be {header or cookie, value, version, match?: "exact" | "regex"} with strings, got ${JSON.stringify(r)}`.slice(0, 400));
        if (!isObj(r) || typeof r.value !== 'string' || typeof r.version !== 'string' || !VERSION.test(r.version))
            throw bad();
        for (const k of Object.keys(r))
            if (!ROUTE_KEYS.has(k))
                throw new RoutingError(file, `"headerRoutes[${i}]" has an unknown key "${k}"`);
        if (r.match !== undefined && r.match !== 'exact' && r.match !== 'regex')
            throw bad();
        const route = { header: '', value: r.value, version: r.version };
        if (r.cookie !== undefined) {
            // A cookie route reads the Cookie header; `header`, when given, must say so.
            if (typeof r.cookie !== 'string' || !COOKIE.test(r.cookie) || (r.header !== undefined && String(r.header).toLowerCase() !== 'cookie'))
                throw bad();
            route.header = 'cookie';
            route.cookie = r.cookie;
        }
        else {
            if (typeof r.header !== 'string' || !HEADER.test(r.header))
                throw bad();
            route.header = r.header.toLowerCase();
        }
        if (r.match === 'regex') {
            route.match = 'regex';
            try {
                patterns.set(route, new RegExp(r.value, 'u'));
            }
            catch (err) {
                throw new RoutingError(file, `"headerRoutes[${i}].value" is not a valid regular expression: ${err.message}`);
            }
        }
        return route;
    });
    let sticky = null;
    if (raw.sticky !== undefined && raw.sticky !== null) {
        if (!isObj(raw.sticky) || typeof raw.sticky.header !== 'string' || !HEADER.test(raw.sticky.header))
            fail('sticky', '{"header": "<name>"} or null');
        sticky = { header: raw.sticky.header.toLowerCase() };
    }
    let shadow = null;
    if (raw.shadow !== undefined && raw.shadow !== null) {
        const s = raw.shadow;
        if (!isObj(s) || typeof s.version !== 'string' || !VERSION.test(s.version) || typeof s.percent !== 'number' || !(s.percent >= 0 && s.percent <= 100)) {
            fail('shadow', '{"version": "<v>", "percent": 0..100} or null');
        }
        shadow = { version: s.version, percent: s.percent };
    }
    const bandit = raw.bandit === undefined || raw.bandit === null ? null : parseBandit(raw.bandit, weights, file);
    if (raw.strategy !== undefined && typeof raw.strategy !== 'string')
        fail('strategy', 'a string');
    if (raw.updatedAt !== undefined && typeof raw.updatedAt !== 'string')
        fail('updatedAt', 'an ISO date string');
    return {
        schema: 1,
        model: raw.model,
        generation: raw.generation,
        stable,
        candidate,
        previous,
        weights,
        headerRoutes,
        sticky,
        shadow,
        strategy: raw.strategy ?? 'direct',
        ...(bandit ? { bandit } : {}),
        updatedAt: raw.updatedAt ?? '',
    };
}
const BANDIT_KEYS = new Set(['id', 'arms', 'algorithm', 'reward', 'floor', 'epsilon', 'bound', 'minRewards']);
/** The `bandit` object: two or more distinct arms, each with a weight, and every setting in its range. */
function parseBandit(b, weights, file) {
    const bad = (field, expected, got) => {
        throw new RoutingError(file, `"bandit.${field}" must be ${expected}, got ${JSON.stringify(got) ?? 'nothing'}`.slice(0, 400));
    };
    if (!isObj(b))
        return bad('', 'an object', b);
    for (const k of Object.keys(b))
        if (!BANDIT_KEYS.has(k))
            throw new RoutingError(file, `"bandit" has an unknown key "${k}"`);
    if (typeof b.id !== 'string' || !/^[A-Za-z0-9._:+@-]{1,200}$/.test(b.id))
        bad('id', 'an experiment id (letters, digits, . _ : + @ -)', b.id);
    const arms = b.arms;
    if (!Array.isArray(arms) || arms.length < 2 || arms.some((a) => typeof a !== 'string' || !VERSION.test(a)) || new Set(arms).size !== arms.length)
        bad('arms', 'a list of two or more distinct versions', arms);
    for (const a of arms)
        if (!Object.hasOwn(weights, a))
            throw new RoutingError(file, `"bandit.arms" names ${a}, which has no entry in "weights"`);
    if (b.algorithm !== 'thompson' && b.algorithm !== 'epsilon-greedy')
        bad('algorithm', '"thompson" or "epsilon-greedy"', b.algorithm);
    if (b.reward !== 'binary' && b.reward !== 'continuous')
        bad('reward', '"binary" or "continuous"', b.reward);
    const k = arms.length;
    const number = (field, lo, hi, v) => (typeof v === 'number' && v >= lo && v <= hi ? v : bad(field, `a number from ${lo} to ${hi}`, v));
    const floor = number('floor', 0, 1 / k, b.floor);
    const epsilon = number('epsilon', 0, 1, b.epsilon);
    const bound = number('bound', 0.5, 1, b.bound);
    if (!Number.isSafeInteger(b.minRewards) || b.minRewards < 0)
        bad('minRewards', 'a non-negative integer', b.minRewards);
    return { id: b.id, arms: [...arms], algorithm: b.algorithm, reward: b.reward, floor, epsilon, bound, minRewards: b.minRewards };
}
/**
 * routing.json as the server applies it: a routing, or null when it says nothing of the model is live
 * (`stable: null`, no weights, no candidate, header route or mirror) — what the deploy engine writes when
 * it reverts a failed first deployment. Anything else is parsed by parseRouting.
 */
function parseRoutingFile(text, file, expectedModel) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return parseRouting(text, file, expectedModel);
    }
    if (!isObj(raw) || raw.stable !== null)
        return parseRouting(text, file, expectedModel);
    for (const k of Object.keys(raw))
        if (!KEYS.has(k))
            throw new RoutingError(file, `unknown key "${k}"`);
    if (raw.schema !== 1)
        throw new RoutingError(file, `"schema" must be 1, got ${JSON.stringify(raw.schema) ?? 'nothing'}`);
    if (expectedModel !== undefined && raw.model !== expectedModel)
        throw new RoutingError(file, `"model" is "${String(raw.model)}" but the file is in the folder of model "${expectedModel}"`);
    const weights = raw.weights ?? {};
    const routesTraffic = !isObj(weights) || Object.values(weights).some((w) => w !== 0) || (raw.candidate ?? null) !== null || (Array.isArray(raw.headerRoutes) && raw.headerRoutes.length > 0) || (raw.shadow ?? null) !== null;
    if (routesTraffic)
        throw new RoutingError(file, '"stable" is null (nothing live) but the routing sends traffic somewhere (weights, candidate, headerRoutes or shadow)');
    return null;
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

/***/ 48605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ LocalProvider),
/* harmony export */   h: () => (/* binding */ describeTraffic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _core_bandit_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22704);
/* harmony import */ var _core_routing_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69296);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21106);







const VERSION_NAME = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;
/**
 * The embedded default: a model repository folder `<root>/<model>/<version>/` (the layout Triton and TF
 * Serving load) plus `<root>/<model>/routing.json`. Version folders are written under a temp name and
 * renamed into place; routing.json is written atomically. Nothing a reader sees is ever half-written.
 */
class LocalProvider {
    root;
    type = 'local';
    constructor(root) {
        this.root = root;
    }
    modelDir(model) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.root, safeName(model, 'model'));
    }
    versionDir(model, version) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.modelDir(model), safeName(version, 'version'));
    }
    routingFile(model) {
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.modelDir(model), 'routing.json');
    }
    static artifactName(target) {
        return `model${node_path__WEBPACK_IMPORTED_MODULE_2___default().extname(target.artifact) || '.onnx'}`;
    }
    async prepare(_ctx, target) {
        const dir = this.versionDir(target.model, target.version);
        const name = LocalProvider.artifactName(target);
        if (await exists(dir)) {
            const installed = await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name)).catch(() => undefined);
            if (installed === target.sha256)
                return `${dir} already holds ${target.version} (sha256 ${short(target.sha256)})`;
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${dir} holds a different artifact for version ${target.version} (sha256 ${installed ? short(installed) : 'unreadable'}, expected ${short(target.sha256)})`, {
                hint: 'a version is immutable: publish the change as a new version',
            });
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.modelDir(target.model), { recursive: true });
        const temp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.modelDir(target.model), `.${target.version}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(temp);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(target.artifact, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(temp, name));
            const copied = await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(temp, name));
            if (copied !== target.sha256)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`the copy of ${target.artifact} has sha256 ${short(copied)}, expected ${short(target.sha256)}: the artifact changed during the deploy`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(temp, 'SHA256SUMS'), `${target.sha256}  ${name}\n`);
            const metadata = { model: target.model, version: target.version, sha256: target.sha256, format: target.format, ...(target.signature ? { signature: target.signature } : {}), ...(target.oci ? { oci: target.oci } : {}), deployedAt: new Date().toISOString() };
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(temp, 'metadata.json'), `${JSON.stringify(metadata, null, 2)}\n`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, dir);
            await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .fsyncDir */ .t_)(this.modelDir(target.model));
        }
        catch (err) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { recursive: true, force: true });
            throw err;
        }
        return `copied to ${dir} (sha256 ${short(target.sha256)})`;
    }
    async verify(_ctx, target) {
        const dir = this.versionDir(target.model, target.version);
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, LocalProvider.artifactName(target));
        const actual = await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(file).catch(() => undefined);
        if (actual !== target.sha256)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${file}: sha256 ${actual ? short(actual) : 'missing'}, expected ${short(target.sha256)}`);
        const metadata = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'metadata.json'), 'utf8'));
        if (metadata.version !== target.version)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${dir}/metadata.json names version ${metadata.version}, expected ${target.version}`);
        return `sha256 ${short(actual)} verified in ${dir}`;
    }
    async shiftTraffic(_ctx, traffic, target) {
        await this.writeRouting(target.model, traffic);
        return `routing ${describeTraffic(traffic)}`;
    }
    async finalize(_ctx, traffic, target) {
        await this.writeRouting(target.model, traffic);
        return `routing final: ${describeTraffic(traffic)}`;
    }
    async revert(ctx, lastGood) {
        await this.writeRouting(ctx.model, lastGood);
        return `routing restored: ${describeTraffic(lastGood)}`;
    }
    async observe(ctx) {
        return this.readRouting(ctx.model);
    }
    /** The version folder's artifact and the sha256 its SHA256SUMS records (prepare writes both). */
    async installed(ctx, version) {
        const dir = this.versionDir(ctx.model, version);
        const sums = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'SHA256SUMS'), 'utf8').catch(() => undefined);
        const line = sums?.split('\n').map((l) => l.trim().match(/^([0-9a-f]{64})\s+\*?(\S.*)$/i)).find((m) => m !== null && m !== undefined);
        if (!line)
            return (await exists(dir)) ? { sha256: 'unreadable', artifact: dir } : undefined;
        return { sha256: line[1].toLowerCase(), artifact: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(line[2])) };
    }
    /** `<model>/bandit.json`, written by `modelship serve` as it re-allocates (src/serve/bandit.ts). */
    async experiment(ctx) {
        const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.modelDir(ctx.model), _core_bandit_file_js__WEBPACK_IMPORTED_MODULE_6__/* .BANDIT_FILE */ .wu);
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8').catch((err) => {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        });
        if (text === undefined)
            return undefined;
        try {
            return (0,_core_bandit_file_js__WEBPACK_IMPORTED_MODULE_6__/* .parseBanditFile */ .iK)(text, file);
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(err.message, { location: { file } });
        }
    }
    async readRouting(model) {
        const file = this.routingFile(model);
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        try {
            return JSON.parse(text);
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${file} is not valid JSON: ${err.message}`, { location: { file } });
        }
    }
    async writeRouting(model, traffic) {
        for (const version of Object.keys(traffic.weights)) {
            if (!(await exists(this.versionDir(model, version))))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`cannot route to ${model} ${version}: ${this.versionDir(model, version)} does not exist`);
        }
        const previous = await this.readRouting(model).catch(() => undefined);
        // observe() hands back a whole routing file as the TrafficState: nextRoutingFile takes only its traffic.
        const routing = (0,_core_routing_file_js__WEBPACK_IMPORTED_MODULE_4__/* .nextRoutingFile */ .wR)(model, traffic, previous?.generation ?? 0, new Date());
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(this.modelDir(model), { recursive: true });
        await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(this.routingFile(model), (0,_core_routing_file_js__WEBPACK_IMPORTED_MODULE_4__/* .formatRoutingFile */ .I_)(routing));
    }
}
function describeTraffic(t) {
    const weights = Object.entries(t.weights).map(([v, w]) => `${v}=${w}%`).join(' ') || 'none';
    const extra = [t.shadow ? `shadow ${t.shadow.version} ${t.shadow.percent}%` : '', ...t.headerRoutes.map((r) => `${r.header}:${r.value}->${r.version}`)].filter(Boolean);
    return `${weights}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}
function safeName(name, what) {
    if (!VERSION_NAME.test(name) || name === '.' || name === '..')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${what} "${name}" cannot name a folder: use letters, digits, . _ + - (max 128)`);
    return name;
}
async function exists(p) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(p).then(() => true, () => false);
}
function short(sha) {
    return sha.slice(0, 12);
}


/***/ })

};
