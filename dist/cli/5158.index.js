export const id = 5158;
export const ids = [5158,2489];
export const modules = {

/***/ 29112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ defaultBatchRoot),
/* harmony export */   e: () => (/* binding */ BATCH_DEFAULTS)
/* harmony export */ });
/** The `provider: {type: batch}` of an environment (schema/sections/environments.defs.json is the authority). */
const BATCH_DEFAULTS = {
    chunkRows: 10_000,
    batchRows: 1_024,
    maxErrorRate: 0,
    outputFormat: 'csv',
};
function defaultBatchRoot(environment) {
    return `.modelship/batch/${environment}`;
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
    const { stable, candidate, previous, weights, headerRoutes, sticky, shadow, strategy } = traffic;
    return { schema: 1, model, generation: previousGeneration + 1, stable, candidate, previous, weights, headerRoutes, sticky, shadow, strategy, updatedAt: updatedAt.toISOString() };
}
/** The file's text: pretty JSON, one trailing newline. */
function formatRoutingFile(routing) {
    return `${JSON.stringify(routing, null, 2)}\n`;
}
class RoutingError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7 {
    constructor(file, message) {
        super(`${file}: ${message}`, { location: { file }, hint: 'the last valid routing stays in force' });
        this.name = 'RoutingError';
    }
}
const KEYS = new Set(['schema', 'model', 'generation', 'stable', 'candidate', 'previous', 'weights', 'headerRoutes', 'sticky', 'shadow', 'strategy', 'updatedAt']);
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
        updatedAt: raw.updatedAt ?? '',
    };
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

/***/ 29621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_REPOSITORY: () => (/* binding */ DEFAULT_REPOSITORY),
/* harmony export */   DEFAULT_STATE_DIR: () => (/* binding */ DEFAULT_STATE_DIR),
/* harmony export */   environmentOf: () => (/* binding */ environmentOf),
/* harmony export */   environmentsOf: () => (/* binding */ environmentsOf),
/* harmony export */   modelNameOf: () => (/* binding */ modelNameOf)
/* harmony export */ });
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72020);



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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environment "${name}" requires unknown environment "${requires}"`, {
                location: loaded.locate(['environments', name, 'requires']),
                hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(requires, Object.keys(section)) ?? `environments: ${Object.keys(section).join(', ')}`,
            });
        }
        const strategy = spec.strategy ?? { type: 'direct' };
        for (const [k, step] of (strategy.steps ?? []).entries()) {
            if (step.pause !== undefined)
                (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(step.pause, `environments.${name}.strategy.steps[${k}].pause`);
        }
        checkHeaderRoute(loaded, name, strategy);
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
function environmentOf(loaded, name) {
    const all = environmentsOf(loaded);
    const found = all.find((e) => e.name === name);
    if (found === undefined) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`unknown environment "${name}" in ${loaded.file}`, {
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`unknown model "${requested}" in ${loaded.file}`, { hint: (0,_core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .au)(requested, names) ?? `models: ${names.join(', ')}` });
        }
        return requested;
    }
    if (names.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`${loaded.file} configures ${names.length} models: pass --model NAME`, { hint: `models: ${names.join(', ')}` });
    return names[0];
}
/** The A/B header route: exactly one of `name` and `cookie`, and a regular expression that compiles. */
function checkHeaderRoute(loaded, env, strategy) {
    const h = strategy.header;
    if (!h)
        return;
    const at = ['environments', env, 'strategy', 'header'];
    if ((h.name === undefined) === (h.cookie === undefined)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environments.${env}.strategy.header: give exactly one of "name" (a header) and "cookie"`, { location: loaded.locate(at) });
    }
    if (h.match === 'regex') {
        try {
            new RegExp(h.value, 'u');
        }
        catch (err) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ModelshipError */ .W7(`environments.${env}.strategy.header.value is not a valid regular expression: ${err.message}`, { location: loaded.locate([...at, 'value']) });
        }
    }
}


/***/ }),

/***/ 73510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ BatchProvider)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _batch_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29112);
/* harmony import */ var _local_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48605);



/**
 * A scheduled scoring environment: versions are installed as in the local model repository
 * (`<root>/<model>/<version>/model.onnx`, verified by sha256), and "traffic" is which version the next
 * `modelship batch run ENV` loads. There is no live traffic to split, so only direct and blue-green apply.
 */
class BatchProvider {
    type = 'batch';
    repository;
    constructor(root) {
        this.repository = new _local_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalProvider */ .T(root);
    }
    static fromSpec(spec, loaded, env) {
        if (env.strategy.type !== 'direct' && env.strategy.type !== 'blue-green') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelshipError */ .W7(`environment "${env.name}": a batch environment switches whole runs, so strategy "${env.strategy.type}" does not apply`, {
                location: loaded.locate(['environments', env.name, 'strategy', 'type']),
                hint: 'use strategy direct or blue-green, and gate the switch on `modelship batch compare`',
            });
        }
        return new BatchProvider(loaded.resolvePath(spec.root ?? (0,_batch_config_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultBatchRoot */ ._)(env.name), ['environments', env.name, 'provider', 'root']));
    }
    /** The installed artifact of a version: what a run loads (then checks against the recorded sha256). */
    artifactOf(model, version, artifact) {
        return `${this.repository.versionDir(model, version)}/${_local_js__WEBPACK_IMPORTED_MODULE_2__/* .LocalProvider */ .T.artifactName({ artifact })}`;
    }
    prepare(ctx, target) {
        return this.repository.prepare(ctx, target);
    }
    verify(ctx, target) {
        return this.repository.verify(ctx, target);
    }
    async shiftTraffic(ctx, traffic, target) {
        return `next runs: ${(await this.repository.shiftTraffic(ctx, traffic, target)).replace(/^routing /, '')}`;
    }
    finalize(ctx, traffic, target) {
        return this.repository.finalize(ctx, traffic, target);
    }
    revert(ctx, lastGood) {
        return this.repository.revert(ctx, lastGood);
    }
    observe(ctx) {
        return this.repository.observe(ctx);
    }
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${dir} holds a different artifact for version ${target.version} (sha256 ${installed ? short(installed) : 'unreadable'}, expected ${short(target.sha256)})`, {
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
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`the copy of ${target.artifact} has sha256 ${short(copied)}, expected ${short(target.sha256)}: the artifact changed during the deploy`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(temp, 'SHA256SUMS'), `${target.sha256}  ${name}\n`);
            const metadata = { model: target.model, version: target.version, sha256: target.sha256, format: target.format, ...(target.signature ? { signature: target.signature } : {}), deployedAt: new Date().toISOString() };
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${file}: sha256 ${actual ? short(actual) : 'missing'}, expected ${short(target.sha256)}`);
        const metadata = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'metadata.json'), 'utf8'));
        if (metadata.version !== target.version)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${dir}/metadata.json names version ${metadata.version}, expected ${target.version}`);
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
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${file} is not valid JSON: ${err.message}`, { location: { file } });
        }
    }
    async writeRouting(model, traffic) {
        for (const version of Object.keys(traffic.weights)) {
            if (!(await exists(this.versionDir(model, version))))
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`cannot route to ${model} ${version}: ${this.versionDir(model, version)} does not exist`);
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
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ModelshipError */ .W7(`${what} "${name}" cannot name a folder: use letters, digits, . _ + - (max 128)`);
    return name;
}
async function exists(p) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(p).then(() => true, () => false);
}
function short(sha) {
    return sha.slice(0, 12);
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
    return options.store ?? new _local_js__WEBPACK_IMPORTED_MODULE_0__/* .LocalDeploymentStore */ .oF(loaded.resolvePath(env.stateDir, ['environments', env.name, 'stateDir']));
}


/***/ })

};
