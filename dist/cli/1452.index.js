export const id = 1452;
export const ids = [1452,8874];
export const modules = {

/***/ 16703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ providerFor)
});

// UNUSED EXPORTS: PROVIDERS

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/deploy/config.ts
var config = __webpack_require__(29621);
// EXTERNAL MODULE: ./src/deploy/providers/batch.ts
var batch = __webpack_require__(73510);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(98571);
;// CONCATENATED MODULE: ./src/deploy/providers/command.ts



const PLACEHOLDER = /\{(model|version|uri|sha256|weight|environment|step)\}/g;
const MAX_OUTPUT = 64 * 1024;
/**
 * Runs the configured argument array per step with execFile (never a shell). The arrays come from
 * modelship.yml as written; values from the deploy (model, version, URI, sha256, weight) reach the process
 * only through environment variables, so no deploy input can become shell syntax or an extra argument.
 */
class CommandProvider {
    spec;
    cwd;
    baseEnv;
    type = 'command';
    timeoutMs;
    constructor(spec, cwd, baseEnv = process.env) {
        this.spec = spec;
        this.cwd = cwd;
        this.baseEnv = baseEnv;
        this.timeoutMs = (0,duration/* parseDuration */.E)(spec.timeout ?? '5m', 'provider.timeout');
    }
    prepare(ctx, target) {
        return this.run('prepare', ctx, target, undefined);
    }
    shiftTraffic(ctx, traffic, target) {
        return this.run('shiftTraffic', ctx, target, traffic);
    }
    verify(ctx, target) {
        return this.run('verify', ctx, target, undefined);
    }
    finalize(ctx, traffic, target) {
        return this.run('finalize', ctx, target, traffic);
    }
    /** MODELSHIP_VERSION, _URI and _SHA256 name the version reverted to (empty when nothing was live). */
    revert(ctx, lastGood, lastGoodTarget) {
        const target = lastGoodTarget ?? { model: ctx.model, version: lastGood.stable ?? '', artifact: '', sha256: '', format: '' };
        return this.run('revert', ctx, target, lastGood);
    }
    run(step, ctx, target, traffic) {
        const argv = this.spec[step];
        if (!argv || argv.length === 0)
            return Promise.resolve(`no ${step} command configured`);
        const weight = traffic ? String(traffic.weights[target.version] ?? 0) : '0';
        const values = { model: target.model, version: target.version, uri: target.artifact, sha256: target.sha256, weight, environment: ctx.environment, step };
        const env = {
            ...this.baseEnv,
            MODELSHIP_STEP: step,
            MODELSHIP_ENVIRONMENT: ctx.environment,
            MODELSHIP_MODEL: target.model,
            MODELSHIP_VERSION: target.version,
            MODELSHIP_URI: target.artifact,
            MODELSHIP_SHA256: target.sha256,
            MODELSHIP_WEIGHT: weight,
            MODELSHIP_TRAFFIC: traffic ? JSON.stringify(traffic) : '',
        };
        for (const [k, v] of Object.entries(this.spec.env ?? {}))
            env[k] = v.replace(PLACEHOLDER, (_m, key) => values[key]);
        const [file, ...args] = argv;
        return new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)(file, args, { cwd: this.cwd, env, timeout: this.timeoutMs, killSignal: 'SIGKILL', maxBuffer: MAX_OUTPUT * 4, windowsHide: true }, (err, stdout, stderr) => {
                const output = `${stdout}${stderr}`.trim().slice(-2000);
                if (err) {
                    const e = err;
                    const why = e.killed ? `timed out after ${this.spec.timeout ?? '5m'}` : e.code === 'ENOENT' ? `command not found: ${file}` : `exited with ${e.code}`;
                    reject(new errors.ModelshipError(`${step}: ${argv.join(' ')} ${why}${output ? `\n${output}` : ''}`));
                    return;
                }
                resolve(`${file} ${step} ok${output ? `: ${output}` : ''}`);
            });
        });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/deploy/atomic.ts
var atomic = __webpack_require__(21106);
// EXTERNAL MODULE: ./src/edge/manifest.ts
var manifest = __webpack_require__(39936);
// EXTERNAL MODULE: ./src/edge/signing.ts
var signing = __webpack_require__(48874);
;// CONCATENATED MODULE: ./src/edge/channel.ts







const NAME = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;
function safeName(value, what) {
    if (!NAME.test(value))
        throw new errors.ModelshipError(`${what} "${value}" is not a safe name (letters, digits, . _ + -; no path separators)`);
    return value;
}
/**
 * A channel in a folder (served as static files, synced to a bucket, or committed to a branch):
 * `<root>/<model>/manifest.json` (the signed manifest devices poll), `manifests/<sequence>.json` (every
 * manifest ever published, so a rollback can name what was live), `models/<sha256>.onnx` (content-addressed
 * model files) and `versions.json` (the publisher's index of versions to artifacts).
 */
class DirectoryChannel {
    root;
    constructor(root) {
        this.root = root;
    }
    modelDir(model) {
        return external_node_path_default().join(this.root, safeName(model, 'model'));
    }
    manifestFile(model) {
        return external_node_path_default().join(this.modelDir(model), 'manifest.json');
    }
    /** Copies a model file in under its sha256 (once) and records the version; a version never changes its bytes. */
    async publishArtifact(model, file, version, sha256, format, baseUrl) {
        safeName(version, 'version');
        const versions = await this.versions(model);
        const known = versions[version];
        if (known && known.sha256 !== sha256)
            throw new errors.ModelshipError(`channel ${this.root}: version ${version} of ${model} was published with sha256 ${known.sha256.slice(0, 12)}, not ${sha256.slice(0, 12)}`, { hint: 'a version is immutable: publish the change as a new version' });
        const relative = `models/${sha256}.onnx`;
        const target = external_node_path_default().join(this.modelDir(model), relative);
        if ((await (0,atomic/* sha256File */.Q3)(target).catch(() => undefined)) !== sha256) {
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            const temp = `${target}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
            try {
                await (0,promises_.copyFile)(file, temp);
                const copied = await (0,atomic/* sha256File */.Q3)(temp);
                if (copied !== sha256)
                    throw new errors.ModelshipError(`the copy of ${file} has sha256 ${copied.slice(0, 12)}, expected ${sha256.slice(0, 12)}: the artifact changed during the deploy`);
                await (0,atomic/* writeFileAtomic */.Zf)(target, await (0,promises_.readFile)(temp));
            }
            finally {
                await (0,promises_.rm)(temp, { force: true });
            }
        }
        const size = (await (0,promises_.readFile)(target)).length;
        const entry = { version, url: baseUrl ? `${baseUrl.replace(/\/+$/, '')}/${model}/${relative}` : relative, sha256, size, format };
        await (0,atomic/* writeFileAtomic */.Zf)(external_node_path_default().join(this.modelDir(model), 'versions.json'), `${JSON.stringify({ ...versions, [version]: entry }, null, 2)}\n`);
        return entry;
    }
    async versions(model) {
        try {
            return JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(this.modelDir(model), 'versions.json'), 'utf8'));
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return {};
            throw new errors.ModelshipError(`channel ${this.root}: ${model}/versions.json is unreadable: ${err.message}`);
        }
    }
    /** The manifest devices see now, verified with the publisher's own key (a channel edited by hand is refused). */
    async latest(model, publicKey) {
        let text;
        try {
            text = await (0,promises_.readFile)(this.manifestFile(model), 'utf8');
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw err;
        }
        return (0,manifest/* parseManifest */.Ng)((0,signing.verifyEnvelope)(JSON.parse(text), publicKey));
    }
    /**
     * Signs and publishes the next manifest (sequence = the latest + 1): its history entry first, then the
     * manifest devices read, each written atomically.
     */
    async publish(model, manifest, privateKey, publicKey, now = new Date()) {
        const previous = await this.latest(model, publicKey);
        const next = { schema: 'modelship.edge/v1', model, ...manifest, sequence: (previous?.sequence ?? 0) + 1, publishedAt: now.toISOString() };
        const envelope = (0,signing.signPayload)(Buffer.from(JSON.stringify(next)), privateKey);
        const text = `${JSON.stringify(envelope, null, 2)}\n`;
        await (0,promises_.mkdir)(external_node_path_default().join(this.modelDir(model), 'manifests'), { recursive: true });
        await (0,atomic/* writeFileAtomic */.Zf)(external_node_path_default().join(this.modelDir(model), 'manifests', `${next.sequence}.json`), text);
        await (0,atomic/* writeFileAtomic */.Zf)(this.manifestFile(model), text);
        return next;
    }
}

;// CONCATENATED MODULE: ./src/deploy/providers/edge.ts





/**
 * Devices as an environment: deploying publishes a signed manifest to a channel that devices poll
 * (`modelship edge fetch`). Traffic is the manifest: a canary weight is the share of device ids (by a
 * stable hash) that take the new version, the rest keep the stable one; a revert publishes the last good
 * traffic again with a higher sequence, so devices that already updated go back.
 */
class EdgeProvider {
    channel;
    privateKey;
    options;
    type = 'edge';
    publicKey;
    constructor(channel, privateKey, options) {
        this.channel = channel;
        this.privateKey = privateKey;
        this.options = options;
        this.publicKey = (0,external_node_crypto_.createPublicKey)(privateKey);
    }
    static fromSpec(spec, loaded, env) {
        const where = (key) => loaded.locate(['environments', env.name, 'provider', key]);
        if (!['direct', 'blue-green', 'canary'].includes(env.strategy.type)) {
            throw new errors.ModelshipError(`environment "${env.name}": devices take one model each, so strategy "${env.strategy.type}" does not apply to the edge provider`, { location: loaded.locate(['environments', env.name, 'strategy', 'type']), hint: 'use direct, blue-green or canary (a share of device ids)' });
        }
        if (!spec.signingKey)
            throw new errors.ModelshipError(`environment "${env.name}": the edge provider's signingKey is empty`, { location: where('signingKey'), hint: 'write signingKey: ${env:MODELSHIP_EDGE_KEY} (modelship edge keygen makes a key pair)' });
        let key;
        try {
            key = (0,signing.privateKeyFrom)(spec.signingKey, `environment "${env.name}": signingKey`);
        }
        catch (err) {
            throw new errors.ModelshipError(err.message, { location: where('signingKey') });
        }
        return new EdgeProvider(new DirectoryChannel(loaded.resolvePath(spec.channel, ['environments', env.name, 'provider', 'channel'])), key, { environment: env.name, baseUrl: spec.baseUrl, minRuntime: spec.minRuntime });
    }
    async prepare(_ctx, target) {
        const published = await this.channel.publishArtifact(target.model, target.artifact, target.version, target.sha256, target.format, this.options.baseUrl);
        return `published ${published.url} (${published.size} bytes, sha256 ${target.sha256.slice(0, 12)})`;
    }
    async verify(_ctx, target) {
        const entry = (await this.channel.versions(target.model))[target.version];
        if (!entry || entry.sha256 !== target.sha256)
            throw new errors.ModelshipError(`channel ${this.channel.root}: version ${target.version} is ${entry ? `sha256 ${entry.sha256.slice(0, 12)}` : 'not published'}, expected ${target.sha256.slice(0, 12)}`);
        const file = `${this.channel.modelDir(target.model)}/models/${target.sha256}.onnx`;
        const actual = await (0,atomic/* sha256File */.Q3)(file).catch(() => undefined);
        if (actual !== target.sha256)
            throw new errors.ModelshipError(`${file}: sha256 ${actual ? actual.slice(0, 12) : 'missing'}, expected ${target.sha256.slice(0, 12)}`);
        return `sha256 ${actual.slice(0, 12)} verified in the channel`;
    }
    shiftTraffic(ctx, traffic) {
        return this.publishTraffic(ctx.model, traffic);
    }
    finalize(ctx, traffic) {
        return this.publishTraffic(ctx.model, traffic);
    }
    async revert(ctx, lastGood) {
        if (!lastGood.stable && !lastGood.candidate) {
            const latest = await this.channel.latest(ctx.model, this.publicKey);
            return latest ? `nothing was live before; the channel still names ${latest.current.version} (sequence ${latest.sequence}): withdraw it by deploying a version` : 'nothing was published';
        }
        return `reverted: ${await this.publishTraffic(ctx.model, lastGood)}`;
    }
    async observe(ctx) {
        const latest = await this.channel.latest(ctx.model, this.publicKey);
        if (!latest)
            return undefined;
        const settled = !latest.fallback || latest.current.share >= 100;
        const stable = settled ? latest.current.version : latest.fallback.version;
        const candidate = settled ? null : latest.current.version;
        const weights = settled ? { [stable]: 100 } : { [latest.current.version]: latest.current.share, [stable]: 100 - latest.current.share };
        return { stable, candidate, previous: null, weights, headerRoutes: [], sticky: null, shadow: null, strategy: settled ? 'direct' : 'canary' };
    }
    async installed(ctx, version) {
        const entry = (await this.channel.versions(ctx.model))[version];
        return entry ? { sha256: entry.sha256, artifact: `${this.channel.modelDir(ctx.model)}/models/${entry.sha256}.onnx` } : undefined;
    }
    /** Publishes the manifest for a traffic state, unless the channel already says exactly that. */
    async publishTraffic(model, traffic) {
        const versions = await this.channel.versions(model);
        const artifact = (version) => {
            const entry = versions[version];
            if (!entry)
                throw new errors.ModelshipError(`channel ${this.channel.root}: version ${version} of ${model} was never published to it`, { hint: 'deploy that version to this environment first' });
            return entry;
        };
        const stable = traffic.stable;
        const candidate = traffic.candidate && traffic.candidate !== stable ? traffic.candidate : null;
        const share = candidate ? Math.max(0, Math.min(100, traffic.weights[candidate] ?? 0)) : 100;
        const currentVersion = candidate ?? stable;
        if (!currentVersion)
            throw new errors.ModelshipError('nothing to publish: the traffic names no version');
        const next = {
            channel: this.options.environment,
            ...(this.options.minRuntime ? { minRuntime: this.options.minRuntime } : {}),
            rolloutSalt: `${this.options.environment}:${currentVersion}`,
            current: { ...artifact(currentVersion), share },
            ...(candidate && stable && share < 100 ? { fallback: artifact(stable) } : {}),
        };
        const latest = await this.channel.latest(model, this.publicKey);
        if (latest && sameRelease(latest, next))
            return `manifest ${latest.sequence} already names ${describe(latest)}`;
        const published = await this.channel.publish(model, next, this.privateKey, this.publicKey);
        return `manifest ${published.sequence}: ${describe(published)}`;
    }
}
function sameRelease(a, b) {
    return a.current.version === b.current.version && a.current.sha256 === b.current.sha256 && a.current.share === b.current.share && a.fallback?.version === b.fallback?.version && a.minRuntime === b.minRuntime;
}
function describe(m) {
    return m.fallback ? `${m.current.version} to ${m.current.share}% of devices, ${m.fallback.version} to the rest` : `${m.current.version} to every device`;
}

// EXTERNAL MODULE: ./src/deploy/providers/kubernetes.ts
var kubernetes = __webpack_require__(73128);
// EXTERNAL MODULE: ./src/deploy/providers/local.ts
var local = __webpack_require__(48605);
;// CONCATENATED MODULE: ./src/deploy/providers/webhook.ts



const SIGNATURE_HEADER = 'x-modelship-signature-256';
/** `sha256=<hex>` of HMAC-SHA256(secret, raw body), like GitHub's X-Hub-Signature-256. */
function signBody(secret, body) {
    return `sha256=${(0,external_node_crypto_.createHmac)('sha256', secret).update(body).digest('hex')}`;
}
/**
 * One signed JSON POST per step. The body carries a timestamp and a delivery id, both covered by the
 * signature, so a receiver can refuse replays. 5xx and network errors are retried with exponential
 * backoff; 4xx is a refusal and is not retried; the response must be 2xx.
 */
class WebhookProvider {
    spec;
    options;
    type = 'webhook';
    timeoutMs;
    constructor(spec, options = {}) {
        this.spec = spec;
        this.options = options;
        if (!spec.secret)
            throw new errors.ModelshipError('webhook provider: `secret` is empty', { hint: 'write secret: ${env:MODELSHIP_WEBHOOK_SECRET}' });
        this.timeoutMs = (0,duration/* parseDuration */.E)(spec.timeout ?? '30s', 'provider.timeout');
    }
    prepare(ctx, target) {
        return this.post('prepare', ctx, target, undefined);
    }
    shiftTraffic(ctx, traffic, target) {
        return this.post('shiftTraffic', ctx, target, traffic);
    }
    verify(ctx, target) {
        return this.post('verify', ctx, target, undefined);
    }
    finalize(ctx, traffic, target) {
        return this.post('finalize', ctx, target, traffic);
    }
    /** `target` is the version reverted to (null when nothing was live). */
    revert(ctx, lastGood, lastGoodTarget) {
        return this.post('revert', ctx, lastGoodTarget, lastGood);
    }
    async post(step, ctx, target, traffic) {
        const delivery = (0,external_node_crypto_.randomUUID)();
        const body = JSON.stringify({ step, delivery, timestamp: new Date().toISOString(), environment: ctx.environment, model: ctx.model, target: target ?? null, traffic: traffic ?? null });
        const headers = { 'content-type': 'application/json', 'user-agent': 'modelship-deploy', [SIGNATURE_HEADER]: signBody(this.spec.secret, body), 'x-modelship-delivery': delivery, 'x-modelship-step': step };
        const retries = this.spec.retries ?? 3;
        const doFetch = this.options.fetch ?? fetch;
        let last = '';
        for (let attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0)
                await new Promise((r) => setTimeout(r, (this.options.backoffMs ?? 500) * 2 ** (attempt - 1)));
            try {
                const response = await doFetch(this.spec.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(this.timeoutMs) });
                const text = (await response.text()).slice(0, 2000);
                if (response.ok)
                    return `${step}: HTTP ${response.status}${attempt ? ` after ${attempt + 1} attempts` : ''}${text ? ` ${text}` : ''}`;
                last = `HTTP ${response.status} ${text}`.trim();
                if (response.status < 500 && response.status !== 429)
                    break;
            }
            catch (err) {
                last = `${err.name === 'TimeoutError' ? 'timed out' : err.message}`;
            }
        }
        throw new errors.ModelshipError(`webhook ${step} to ${redact(this.spec.url)} failed: ${last}`);
    }
}
/** URLs in messages lose credentials and query strings (tokens must never reach logs). */
function redact(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '(invalid URL)';
    }
}

;// CONCATENATED MODULE: ./src/deploy/providers/index.ts








/** Every provider by its `provider.type`: adding one is one file and one line here. */
const PROVIDERS = {
    local: (spec, loaded, env) => new local/* LocalProvider */.T(loaded.resolvePath(spec.root ?? config.DEFAULT_REPOSITORY, ['environments', env.name, 'provider', 'root'])),
    command: (spec, loaded) => new CommandProvider(spec, loaded.root),
    webhook: (spec) => new WebhookProvider(spec),
    kubernetes: (spec) => new kubernetes/* KubernetesProvider */.e8(spec),
    batch: (spec, loaded, env) => batch/* BatchProvider */.u.fromSpec(spec, loaded, env),
    edge: (spec, loaded, env) => EdgeProvider.fromSpec(spec, loaded, env),
};
function providerFor(loaded, env) {
    const factory = PROVIDERS[env.provider.type];
    if (!factory)
        throw new errors.ModelshipError(`environment "${env.name}": unknown provider "${env.provider.type}"`, { location: loaded.locate(['environments', env.name, 'provider', 'type']), hint: `providers: ${Object.keys(PROVIDERS).join(', ')}` });
    return factory(env.provider, loaded, env);
}


/***/ }),

/***/ 67969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ settledTraffic),
/* harmony export */   n: () => (/* binding */ emptyTraffic)
/* harmony export */ });
function emptyTraffic(strategy = 'direct') {
    return { stable: null, candidate: null, previous: null, weights: {}, headerRoutes: [], sticky: null, shadow: null, strategy };
}
/** The traffic of a finished deployment of `version` that replaced `previous`. */
function settledTraffic(version, previous, strategy) {
    return { stable: version, candidate: null, previous, weights: { [version]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy };
}


/***/ }),

/***/ 21452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deadlineOf: () => (/* binding */ deadlineOf),
/* harmony export */   lastProgressMs: () => (/* binding */ lastProgressMs),
/* harmony export */   recoverStalled: () => (/* binding */ recoverStalled),
/* harmony export */   targetOf: () => (/* binding */ targetOf),
/* harmony export */   watchStalledRollouts: () => (/* binding */ watchStalledRollouts)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13582);
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29621);
/* harmony import */ var _providers_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16703);
/* harmony import */ var _providers_provider_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(67969);
/* harmony import */ var _state_lock_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56745);
/* harmony import */ var _state_local_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67314);
/* harmony import */ var _state_select_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(42489);










/** When a record last showed progress: its newest step, heartbeat or status change. */
function lastProgressMs(record) {
    const times = [record.createdAt, record.updatedAt, record.heartbeatAt, ...record.steps.map((s) => s.at)].map((t) => (t ? Date.parse(t) : NaN)).filter((t) => Number.isFinite(t));
    return Math.max(0, ...times);
}
/** The moment an in-progress record passes its environment's progress deadline. */
function deadlineOf(record, env) {
    return lastProgressMs(record) + (0,_config_js__WEBPACK_IMPORTED_MODULE_4__.progressDeadlineMs)(env);
}
/** A live process on this host holds the lock: it enforces its own deadline, and is never reverted under it. */
function heldByLiveLocalProcess(held) {
    return held !== undefined && held.pid > 0 && held.host === node_os__WEBPACK_IMPORTED_MODULE_0___default().hostname() && !_state_lock_file_js__WEBPACK_IMPORTED_MODULE_6__.LockFile.isStale(held);
}
/**
 * Reverts the environment's interrupted rollouts that are past their progress deadline (or that `force`
 * picks: an abort of a rollout whose process is gone, the deploy action's post step). `reason` is journaled.
 */
async function recoverStalled(loaded, env, models, options, request = {}) {
    const store = (0,_state_select_js__WEBPACK_IMPORTED_MODULE_8__.storeFor)(loaded, env, options);
    const now = options.now ?? Date.now;
    const out = [];
    // One read of the environment for every model where the store can; each recovery reads again under the lock.
    const histories = store.histories && models.length > 1 ? await store.histories(env.name, models) : undefined;
    for (const model of models) {
        const found = (histories ? (histories.get(model) ?? []) : await store.history(env.name, model)).find((r) => r.status === 'in_progress');
        if (found === undefined)
            continue;
        const held = await store.lockInfo(env.name);
        const forced = request.force?.(found, held) === true;
        const expired = now() > deadlineOf(found, env);
        if (!forced && (!expired || heldByLiveLocalProcess(held)))
            continue;
        const skipped = (message) => ({ environment: env.name, model, deploymentId: found.id, version: found.payload.version, reverted: false, liveVersion: null, message });
        if (held !== undefined && held.pid <= 0) {
            out.push(skipped(`the interrupted rollout of ${model} ${found.payload.version} is past its deadline, but ${env.name} is locked by hand (${held.owner}): not reverted; modelship rollback ${env.name} as that user`));
            continue;
        }
        const why = request.reason ?? `progress deadline ${(0,_core_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)((0,_config_js__WEBPACK_IMPORTED_MODULE_4__.progressDeadlineMs)(env))} exceeded: no progress since ${new Date(lastProgressMs(found)).toISOString()} (last step "${found.steps.at(-1)?.name ?? 'start'}")`;
        const user = request.actor ?? (0,_state_local_js__WEBPACK_IMPORTED_MODULE_7__.osUser)();
        const owner = (0,_state_local_js__WEBPACK_IMPORTED_MODULE_7__.defaultOwner)(user);
        // Only the lock of the rollout being recovered may be replaced, and only while it is still held by it.
        const takeOver = (h) => h.pid > 0 && held !== undefined && h.owner === held.owner && h.createdAt === held.createdAt;
        try {
            await store.lock(env.name, { owner, pid: process.pid, host: node_os__WEBPACK_IMPORTED_MODULE_0___default().hostname(), reason: `recover ${model} ${found.payload.version}` }, takeOver);
        }
        catch (err) {
            if (!(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError))
                throw err;
            out.push(skipped(`another process holds ${env.name} (recovering it, or deploying): ${err.message}`));
            continue;
        }
        try {
            const history = await store.history(env.name, model);
            const record = history.find((r) => r.id === found.id && r.status === 'in_progress');
            if (record === undefined) {
                out.push(skipped(`${model} ${found.payload.version} in ${env.name} was already recovered by another process`));
                continue;
            }
            const current = history.find((r) => r.status === 'success');
            const liveVersion = current?.payload.version ?? null;
            const fallback = (0,_providers_index_js__WEBPACK_IMPORTED_MODULE_5__/* .providerFor */ .z)(loaded, env);
            const provider = options.provider ? options.provider(env, fallback) : fallback;
            const pctx = { environment: env.name, model, log: options.log ?? (() => { }) };
            const base = current ? (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_9__/* .settledTraffic */ .b)(current.payload.version, current.payload.previousVersion, current.payload.strategy) : (0,_providers_provider_js__WEBPACK_IMPORTED_MODULE_9__/* .emptyTraffic */ .n)(record.payload.strategy);
            const detail = await provider.revert(pctx, base, current ? targetOf(loaded, current.payload) : undefined);
            const step = { name: 'revert-interrupted', status: 'reverted', detail: `${why}: ${detail}`, at: new Date().toISOString() };
            try {
                await store.step(record, step);
                await store.finish(record, 'failure', `${why}; reverted by ${owner} to ${liveVersion ?? 'nothing'}`);
            }
            catch (err) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.ModelshipError(`${env.name} was reverted to ${liveVersion ?? 'nothing'} (${model} ${record.payload.version} stopped: ${why}), but the state store ${store.location} failed to record it: ${err.message}`, {
                    hint: 'traffic is on the last good version; the next modelship command on this environment records the revert',
                });
            }
            out.push({ environment: env.name, model, deploymentId: record.id, version: record.payload.version, reverted: true, liveVersion, message: `${model} ${record.payload.version} in ${env.name}: ${why}; reverted to ${liveVersion ?? 'nothing'}` });
        }
        finally {
            await store.unlock(env.name, owner).catch(() => { });
        }
    }
    return out;
}
/**
 * `modelship serve --env ENV`: while it serves, checks the environment's rollouts every `intervalMs` and
 * reverts one whose process is gone past its progress deadline, then lets the server re-read routing at once.
 * One check at a time; errors are reported and the next check tries again. Returns the stop function.
 */
function watchStalledRollouts(loaded, env, options) {
    let busy = false;
    const check = async () => {
        if (busy)
            return;
        busy = true;
        try {
            for (const r of await recoverStalled(loaded, env, Object.keys(loaded.config.models), options, { actor: 'modelship serve' }))
                await options.onRecovered(r);
        }
        catch (err) {
            options.onError(err);
        }
        finally {
            busy = false;
        }
    };
    const timer = setInterval(() => void check(), options.intervalMs);
    timer.unref();
    void check();
    return () => clearInterval(timer);
}
/** A deployed version as a target again (revert and rollback hand it to the provider). */
function targetOf(loaded, payload) {
    const config = (0,_core_config_js__WEBPACK_IMPORTED_MODULE_1__.getModel)(loaded, payload.model);
    return { model: payload.model, version: payload.version, artifact: payload.artifact, sha256: payload.sha256, format: config.format ?? 'onnx', signature: config.signature, ...(payload.metrics ? { metrics: payload.metrics } : {}) };
}


/***/ }),

/***/ 39936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ releaseFor),
/* harmony export */   Ng: () => (/* binding */ parseManifest)
/* harmony export */ });
/* unused harmony export deviceBucket */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const SHA256 = /^[0-9a-f]{64}$/;
function artifact(value, where) {
    const a = value;
    if (!a || typeof a !== 'object')
        throw invalid(`${where} is missing`);
    if (typeof a.version !== 'string' || !a.version)
        throw invalid(`${where}.version must be a non-empty string`);
    if (typeof a.url !== 'string' || !a.url)
        throw invalid(`${where}.url must be a non-empty string`);
    if (typeof a.sha256 !== 'string' || !SHA256.test(a.sha256))
        throw invalid(`${where}.sha256 must be 64 lowercase hex digits`);
    if (!Number.isSafeInteger(a.size) || a.size < 0)
        throw invalid(`${where}.size must be a whole number of bytes`);
    if (typeof a.format !== 'string')
        throw invalid(`${where}.format must be a string`);
    return a;
}
const invalid = (message) => new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`invalid edge manifest: ${message}`, { exitCode: 1 });
/** Parses and checks a manifest's payload (after its signature verified). */
function parseManifest(payload) {
    let m;
    try {
        m = JSON.parse(payload.toString('utf8'));
    }
    catch (err) {
        throw invalid(`not JSON (${err.message})`);
    }
    if (m?.schema !== 'modelship.edge/v1')
        throw invalid(`schema is ${JSON.stringify(m?.schema)}, expected "modelship.edge/v1"`);
    for (const key of ['channel', 'model', 'publishedAt', 'rolloutSalt'])
        if (typeof m[key] !== 'string')
            throw invalid(`${key} must be a string`);
    if (!Number.isSafeInteger(m.sequence) || m.sequence < 1)
        throw invalid('sequence must be a whole number from 1');
    const current = artifact(m.current, 'current');
    const share = m.current.share;
    if (typeof share !== 'number' || !(share >= 0 && share <= 100))
        throw invalid('current.share must be a percentage (0-100)');
    if (m.fallback !== undefined)
        artifact(m.fallback, 'fallback');
    if (m.minRuntime !== undefined && typeof m.minRuntime !== 'string')
        throw invalid('minRuntime must be a semver range');
    void current;
    return m;
}
/**
 * The device's bucket in [0, 100): the first 32 bits of sha256(salt ":" deviceId), scaled. Stable across
 * runs and machines, uniform, and independent between rollouts with different salts.
 */
function deviceBucket(deviceId, salt) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${salt}:${deviceId}`).digest();
    return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}
/** The release a device runs under a manifest: the current one inside the share, else the fallback. */
function releaseFor(manifest, deviceId) {
    if (!manifest.fallback || manifest.current.share >= 100)
        return manifest.current;
    return deviceBucket(deviceId, manifest.rolloutSalt) < manifest.current.share ? manifest.current : manifest.fallback;
}


/***/ }),

/***/ 48874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateSigningKeys: () => (/* binding */ generateSigningKeys),
/* harmony export */   keyIdOf: () => (/* binding */ keyIdOf),
/* harmony export */   privateKeyFrom: () => (/* binding */ privateKeyFrom),
/* harmony export */   publicKeyFrom: () => (/* binding */ publicKeyFrom),
/* harmony export */   signPayload: () => (/* binding */ signPayload),
/* harmony export */   verifyEnvelope: () => (/* binding */ verifyEnvelope)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/** What is signed is this prefix then the payload bytes: a signature made for anything else never verifies. */
const DOMAIN = 'modelship.edge.manifest.v1\n';
/** Reads an Ed25519 key from PEM text or from base64 DER (PKCS#8 private, SPKI public): one line fits a secret. */
function keyFrom(text, kind, what) {
    const trimmed = text.trim();
    if (!trimmed)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is empty`, { hint: 'modelship edge keygen prints a key pair; store the private key as a secret' });
    try {
        const key = trimmed.startsWith('-----')
            ? kind === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(trimmed) : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(trimmed)
            : kind === 'private'
                ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' })
                : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
        if (key.asymmetricKeyType !== 'ed25519')
            throw new Error(`it is a ${key.asymmetricKeyType} key`);
        return key;
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is not an Ed25519 ${kind} key (PEM or base64 DER): ${err.message}`);
    }
}
const privateKeyFrom = (text, what = 'the signing key') => keyFrom(text, 'private', what);
const publicKeyFrom = (text, what = 'the public key') => keyFrom(text, 'public', what);
/** The first 16 hex digits of the sha256 of the public key's SPKI bytes: names the key without revealing anything. */
function keyIdOf(key) {
    const spki = (key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key).export({ format: 'der', type: 'spki' });
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(spki).digest('hex').slice(0, 16);
}
function signPayload(payload, privateKey) {
    return {
        payloadType: 'application/vnd.modelship.edge.manifest.v1+json',
        payload: payload.toString('base64'),
        keyId: keyIdOf(privateKey),
        signature: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.sign)(null, Buffer.concat([Buffer.from(DOMAIN), payload]), privateKey).toString('base64'),
    };
}
/** The payload bytes when the envelope's signature verifies with the trusted key; throws otherwise. */
function verifyEnvelope(envelope, publicKey) {
    const e = envelope;
    if (!e || typeof e !== 'object' || typeof e.payload !== 'string' || typeof e.signature !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('the manifest is not a signed envelope (payload and signature expected)', { exitCode: 1 });
    if (e.payloadType !== 'application/vnd.modelship.edge.manifest.v1+json')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`the manifest's payloadType is ${JSON.stringify(e.payloadType)}, expected application/vnd.modelship.edge.manifest.v1+json`, { exitCode: 1 });
    const expected = keyIdOf(publicKey);
    if (e.keyId !== expected)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`the manifest is signed by key ${e.keyId}, not the trusted key ${expected}`, { exitCode: 1 });
    const payload = Buffer.from(e.payload, 'base64');
    const ok = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(null, Buffer.concat([Buffer.from(DOMAIN), payload]), publicKey, Buffer.from(e.signature, 'base64'));
    if (!ok)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError('the manifest signature does not verify with the trusted key: it was changed after signing', { exitCode: 1 });
    return payload;
}
/** A fresh key pair: the private key as base64 PKCS#8 DER (for a secret), the public key as base64 SPKI DER. */
function generateSigningKeys() {
    const { privateKey, publicKey } = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.generateKeyPairSync)('ed25519');
    return {
        privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
        publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
        keyId: keyIdOf(publicKey),
    };
}


/***/ })

};
