export const id = 7814;
export const ids = [7814];
export const modules = {

/***/ 57814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  adopt: () => (/* binding */ adopt),
  deploy: () => (/* binding */ deploy),
  exitCodeOf: () => (/* binding */ exitCodeOf),
  lock: () => (/* binding */ lock),
  promote: () => (/* binding */ promote),
  rollback: () => (/* binding */ rollback),
  status: () => (/* binding */ engine_status),
  storeFor: () => (/* reexport */ state_select.storeFor),
  unlock: () => (/* binding */ unlock)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/config.ts + 1 modules
var core_config = __webpack_require__(50012);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/gate/run.ts + 3 modules
var gate_run = __webpack_require__(61418);
;// CONCATENATED MODULE: ./src/deploy/analysis.ts

/** Analysis over the gate engine: the gate's sources may be live (Prometheus), its verdict is the phase. */
class GateAnalysisRunner {
    loaded;
    live;
    candidateVersion;
    constructor(loaded, live, 
    /** The candidate version's metrics (read at its release tag), when the engine bound them. */
    candidateVersion) {
        this.loaded = loaded;
        this.live = live;
        this.candidateVersion = candidateVersion;
    }
    async analyze(context) {
        const run = await (0,gate_run.runGate)(this.loaded, context.gate, { live: this.live, candidateVersion: this.candidateVersion });
        const phase = run.verdict === 'pass' ? 'successful' : run.verdict === 'fail' ? 'failed' : 'inconclusive';
        const bad = run.checks.filter((c) => c.status === 'fail' || c.status === 'error');
        const reasons = bad.length ? bad.map((c) => `${c.gate}: ${c.reason}`) : run.gates.map((g) => g.reason);
        return { phase, reasons };
    }
}
/** The phase of several analyses of one step: any failure fails, else any inconclusive is inconclusive. */
function worstPhase(phases) {
    if (phases.includes('failed'))
        return 'failed';
    if (phases.includes('inconclusive') || phases.length === 0)
        return 'inconclusive';
    return 'successful';
}

// EXTERNAL MODULE: ./src/validate/config.ts
var validate_config = __webpack_require__(62066);
// EXTERNAL MODULE: ./src/validate/engine.ts + 48 modules
var engine = __webpack_require__(76840);
;// CONCATENATED MODULE: ./src/deploy/artifact-check.ts





/**
 * What a deploy ships is validated before any traffic moves, with the same engine and settings as
 * `modelship validate`: the format by content (and against `models.<name>.format`), safety (pickle and
 * archive scanning), and the signature the file declares against `models.<name>.signature`. Any error
 * (or warning with `validate.failOnWarning`) is a refusal, exit 2, naming each problem.
 */
async function checkArtifact(loaded, model, version, artifact, sha256) {
    const config = (0,core_config.getModel)(loaded, model);
    const settings = (0,validate_config/* resolveValidateSettings */.UZ)(loaded.config.validate);
    const report = await (0,engine/* validateArtifacts */.y)({ paths: [artifact], cwd: loaded.root, settings, targets: new Map([[artifact, { format: config.format, signature: config.signature }]]) });
    const shown = displayPath(loaded.root, artifact);
    const main = report.artifacts.find((a) => external_node_path_default().resolve(loaded.root, a.path) === artifact) ?? report.artifacts[0];
    if (report.verdict !== 'pass' || main === undefined) {
        const problems = report.artifacts.flatMap((a) => a.findings.filter((f) => f.severity === 'error' || (settings.failOnWarning && f.severity === 'warning')).map((f) => `${f.rule}: ${f.message}`));
        const listed = problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
        throw new errors.ModelshipError(`refusing to deploy ${model} ${version}: ${shown} does not pass validation: ${listed || 'rejected'}`, {
            hint: `nothing was changed. See the full report: modelship validate ${shown}`,
        });
    }
    if (main.sha256 !== sha256) {
        throw new errors.ModelshipError(`refusing to deploy ${model} ${version}: ${shown} changed while it was checked (sha256 ${main.sha256.slice(0, 12)}, expected ${sha256.slice(0, 12)})`, { hint: 'nothing was changed; deploy again once the file is stable' });
    }
    return { format: main.format };
}
function displayPath(root, file) {
    const rel = external_node_path_default().relative(root, file);
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? file : rel.split((external_node_path_default()).sep).join('/');
}

// EXTERNAL MODULE: ./src/deploy/atomic.ts
var atomic = __webpack_require__(21106);
// EXTERNAL MODULE: ./src/deploy/config.ts
var config = __webpack_require__(29621);
// EXTERNAL MODULE: ./src/deploy/providers/batch.ts
var batch = __webpack_require__(73510);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/duration.ts
var core_duration = __webpack_require__(98571);
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
        this.timeoutMs = (0,core_duration/* parseDuration */.E)(spec.timeout ?? '5m', 'provider.timeout');
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/deploy/providers/kubernetes.ts




/** A KServe v1beta1 InferenceService for `target`, with `canaryTrafficPercent` when a canary runs. */
function renderInferenceService(spec, target, canaryPercent) {
    const name = (spec.name ?? target.model).toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63).replace(/^-+|-+$/g, '');
    const storageUri = spec.storageUri.replaceAll('{model}', target.model).replaceAll('{version}', target.version);
    const model = { modelFormat: { name: 'onnx' }, storageUri };
    if (spec.runtime)
        model.runtime = spec.runtime;
    if (spec.resources)
        model.resources = spec.resources;
    const predictor = { model };
    if (canaryPercent !== undefined && canaryPercent < 100)
        predictor.canaryTrafficPercent = canaryPercent;
    return {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: {
            name,
            ...(spec.namespace ? { namespace: spec.namespace } : {}),
            labels: { 'app.kubernetes.io/managed-by': 'modelship', 'modelship.dev/model': name },
            annotations: { 'modelship.dev/version': target.version, 'modelship.dev/sha256': target.sha256 },
        },
        spec: { predictor },
    };
}
/**
 * KServe through kubectl. KServe itself keeps the previous revision while `canaryTrafficPercent` < 100,
 * so a canary step is a re-apply with the new storage URI and the percent; finalize removes the percent;
 * revert re-applies the last good version's manifest. kubectl runs via execFile with the YAML on stdin.
 */
class KubernetesProvider {
    spec;
    env;
    type = 'kubernetes';
    constructor(spec, env = process.env) {
        this.spec = spec;
        this.env = env;
    }
    async prepare(_ctx, target) {
        return `manifest for ${target.version} rendered (storageUri ${String(renderInferenceService(this.spec, target).spec.predictor.model.storageUri)})`;
    }
    async shiftTraffic(_ctx, traffic, target) {
        const percent = traffic.weights[target.version] ?? 0;
        if (percent === 0)
            return 'no traffic for the candidate: nothing to apply';
        return this.apply(renderInferenceService(this.spec, target, percent));
    }
    async verify(_ctx, target) {
        const name = renderInferenceService(this.spec, target).metadata.name;
        const timeout = `${Math.ceil((0,core_duration/* parseDuration */.E)(this.spec.readyTimeout ?? '5m', 'provider.readyTimeout') / 1000)}s`;
        return this.kubectl(['wait', '--for=condition=Ready', `inferenceservice/${name}`, `--timeout=${timeout}`, ...this.scope()]);
    }
    async finalize(_ctx, _traffic, target) {
        return this.apply(renderInferenceService(this.spec, target));
    }
    async revert(ctx, lastGood, lastGoodTarget) {
        if (lastGood.stable === null)
            return 'nothing was live before: left as is (delete the InferenceService by hand if wanted)';
        return this.apply(renderInferenceService(this.spec, { model: ctx.model, version: lastGood.stable, sha256: lastGoodTarget?.version === lastGood.stable ? lastGoodTarget.sha256 : '' }));
    }
    scope() {
        return [...(this.spec.namespace ? ['--namespace', this.spec.namespace] : []), ...(this.spec.context ? ['--context', this.spec.context] : [])];
    }
    apply(manifest) {
        return this.kubectl(['apply', '-f', '-', ...this.scope()], (0,dist/* stringify */.As)(manifest));
    }
    kubectl(args, stdin) {
        const bin = this.spec.kubectl ?? 'kubectl';
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.execFile)(bin, args, { env: this.env, timeout: 10 * 60_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
                const out = `${stdout}${stderr}`.trim().slice(-2000);
                if (err)
                    reject(new errors.ModelshipError(`kubectl ${args[0]} failed: ${err.code === 'ENOENT' ? `${bin} not found` : out || err.message}`));
                else
                    resolve(`kubectl ${args[0]}: ${out}`);
            });
            if (stdin !== undefined)
                child.stdin?.end(stdin);
        });
    }
}

// EXTERNAL MODULE: ./src/deploy/providers/local.ts + 1 modules
var local = __webpack_require__(8997);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
        this.timeoutMs = (0,core_duration/* parseDuration */.E)(spec.timeout ?? '30s', 'provider.timeout');
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
    kubernetes: (spec) => new KubernetesProvider(spec),
    batch: (spec, loaded, env) => batch/* BatchProvider */.u.fromSpec(spec, loaded, env),
};
function providerFor(loaded, env) {
    const factory = PROVIDERS[env.provider.type];
    if (!factory)
        throw new errors.ModelshipError(`environment "${env.name}": unknown provider "${env.provider.type}"`, { location: loaded.locate(['environments', env.name, 'provider', 'type']), hint: `providers: ${Object.keys(PROVIDERS).join(', ')}` });
    return factory(env.provider, loaded, env);
}

;// CONCATENATED MODULE: ./src/deploy/providers/provider.ts
function emptyTraffic(strategy = 'direct') {
    return { stable: null, candidate: null, previous: null, weights: {}, headerRoutes: [], sticky: null, shadow: null, strategy };
}
/** The traffic of a finished deployment of `version` that replaced `previous`. */
function settledTraffic(version, previous, strategy) {
    return { stable: version, candidate: null, previous, weights: { [version]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy };
}

// EXTERNAL MODULE: ./src/deploy/live-baseline.ts
var live_baseline = __webpack_require__(24745);
// EXTERNAL MODULE: ./src/version/version-metrics.ts
var version_metrics = __webpack_require__(73388);
;// CONCATENATED MODULE: ./src/deploy/version-metrics.ts

/**
 * The deploy side of version-bound metrics (src/version/version-metrics.ts): what a deployment records
 * about its version's metrics, and the binding its gates and canary analysis read the candidate through.
 */
/** Whether a rollout to `env` judges the candidate's metrics (gates before it, analysis during it). */
function judgesMetrics(env) {
    return env.gates.length > 0 || env.strategy.analysis !== undefined || env.strategy.winnerGate !== undefined;
}
/**
 * The record for the payload of a deployment of `version`. `recorded` is what the previous environment's
 * deployment recorded (on promotion). When the metrics cannot be found and this environment judges none,
 * the deployment records nothing rather than being refused: the next environment that judges them refuses.
 */
async function recordVersionMetrics(loaded, env, model, version, options) {
    try {
        return await (await version_metrics/* VersionMetrics */.cH.bind(loaded, model, version, options)).record();
    }
    catch (err) {
        if (judgesMetrics(env))
            throw err;
        return undefined;
    }
}
/** The candidate binding for the gates of a rollout of `version`, from the record made for it. */
async function candidateMetrics(loaded, env, model, version, recorded) {
    if (!judgesMetrics(env))
        return undefined;
    return version_metrics/* VersionMetrics */.cH.bind(loaded, model, version, { recorded, firstDeploy: false });
}

// EXTERNAL MODULE: ./src/deploy/state/lock-file.ts
var lock_file = __webpack_require__(56745);
// EXTERNAL MODULE: ./src/deploy/state/local.ts
var state_local = __webpack_require__(67314);
// EXTERNAL MODULE: ./src/deploy/state/select.ts
var state_select = __webpack_require__(42489);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(72020);
;// CONCATENATED MODULE: ./src/deploy/strategies/strategy.ts
/** Thrown to stop a rollout on purpose (analysis failed, A/B lost); the engine reverts and says why. */
class RolloutAborted extends Error {
    details;
    constructor(message, details) {
        super(message);
        this.details = details;
        this.name = 'RolloutAborted';
    }
}
function split(stable, candidate, weight) {
    if (stable === null || stable === candidate || weight >= 100)
        return { [candidate]: 100 };
    if (weight <= 0)
        return { [stable]: 100 };
    return { [stable]: 100 - weight, [candidate]: weight };
}
/** Shared opening of every strategy: install beside, check it. */
async function prepareAndVerify(ctx) {
    await ctx.step('prepare', () => ctx.provider.prepare(ctx.providerContext, ctx.target));
    await ctx.step('verify', () => ctx.provider.verify(ctx.providerContext, ctx.target));
}
/** Shared close: all traffic to the candidate, previous kept for instant rollback. */
async function promoteFully(ctx, strategy) {
    const { version } = ctx.target;
    const previous = ctx.base.stable === version ? ctx.base.previous : ctx.base.stable;
    const traffic = { stable: version, candidate: null, previous, weights: { [version]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy };
    await ctx.step('finalize', () => ctx.provider.finalize(ctx.providerContext, traffic, ctx.target), traffic.weights);
    return traffic;
}

;// CONCATENATED MODULE: ./src/deploy/strategies/ab.ts


/**
 * A/B: split traffic by weight (default 50) and/or route a header value to the candidate, observe for
 * `duration`, then let the winner gate decide (its checks carry the statistical test, e.g. a paired
 * bootstrap or Mann-Whitney over the arms). The candidate becomes stable only if it wins; otherwise the
 * rollout aborts and the engine restores the previous traffic. Onto an empty environment there is nothing to
 * compare: the candidate takes all traffic at once, without waiting out `duration` (the winner gate still runs).
 */
const abStrategy = {
    type: 'ab',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const weight = ctx.spec.weight ?? (ctx.spec.header ? 0 : 50);
        const weights = split(ctx.base.stable, ctx.target.version, weight);
        const headerRoutes = ctx.spec.header ? [headerRoute(ctx.spec.header, ctx.target.version)] : [];
        // Nothing live yet: there is no B to compare with, the candidate takes all traffic and is the stable
        // version of the routing (a routing with weights but no stable is refused by `modelship serve`).
        const alone = ctx.base.stable === null;
        const sticky = ctx.spec.sticky ? { sticky: { header: ctx.spec.sticky.header } } : {};
        const traffic = alone
            ? { ...ctx.base, stable: ctx.target.version, candidate: null, weights, headerRoutes: [], shadow: null, strategy: 'ab' }
            : { ...ctx.base, candidate: ctx.target.version, weights, headerRoutes, ...sticky, shadow: null, strategy: 'ab' };
        const route = headerRoutes.length ? ` + ${headerRoutes[0].cookie !== undefined ? `cookie ${headerRoutes[0].cookie}` : `header ${headerRoutes[0].header}`}` : '';
        const name = alone ? 'route 100% (nothing live to compare with)' : `split ${weight}%${route}${ctx.spec.sticky ? `, sticky by ${ctx.spec.sticky.header}` : ''}`;
        await ctx.step(name, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
        const duration = ctx.spec.duration === undefined ? 0 : (0,core_duration/* parseDuration */.E)(ctx.spec.duration, 'strategy.duration');
        // With nothing live there is no arm to compare with: waiting out the duration would measure nothing.
        if (duration > 0 && alone)
            await ctx.skip(`observe ${ctx.spec.duration}`, `nothing live in ${ctx.providerContext.environment} to compare ${ctx.target.version} with: no A/B observation, it takes all traffic at once`);
        else if (duration > 0)
            await ctx.step(`observe ${ctx.spec.duration}`, async () => (await ctx.sleep(duration), 'observed'));
        const result = await ctx.analyze(1, weight);
        if (result && result.phase !== 'successful')
            throw new RolloutAborted(`A/B: the candidate did not win (${result.phase}): ${result.reasons.join('; ')}`);
        return { live: true, traffic: await promoteFully(ctx, 'ab') };
    },
};
/** The configured route as the provider writes it (routing.json `headerRoutes`). */
function headerRoute(h, version) {
    const match = h.match === 'regex' ? { match: 'regex' } : {};
    return h.cookie !== undefined ? { header: 'cookie', cookie: h.cookie, value: h.value, version, ...match } : { header: h.name ?? '', value: h.value, version, ...match };
}

;// CONCATENATED MODULE: ./src/deploy/strategies/blue-green.ts

/**
 * Deploy the new version beside the old (green beside blue), verify it with no traffic, switch `stable`
 * in one atomic write, verify again, and keep the old slot as `previous` for an instant rollback.
 */
const blueGreenStrategy = {
    type: 'blue-green',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const switched = { ...ctx.base, stable: ctx.target.version, candidate: null, previous: ctx.base.stable, weights: { [ctx.target.version]: 100 }, headerRoutes: [], shadow: null, strategy: 'blue-green' };
        await ctx.step('switch', () => ctx.provider.shiftTraffic(ctx.providerContext, switched, ctx.target), switched.weights);
        await ctx.step('verify-after-switch', () => ctx.provider.verify(ctx.providerContext, ctx.target));
        return { live: true, traffic: await promoteFully(ctx, 'blue-green') };
    },
};

;// CONCATENATED MODULE: ./src/deploy/strategies/canary.ts


const DEFAULT_CANARY_STEPS = [{ weight: 10, pause: '1m' }, { weight: 50, pause: '1m' }, { weight: 100 }];
/**
 * Weighted steps with pauses; after each pause the analysis judges the canary (Argo Rollouts semantics):
 * `failed` results beyond `failureLimit` (default 0) abort, `inconclusive` beyond `inconclusiveLimit`
 * (default 0) abort too — a canary nobody can judge is not promoted. An abort throws; the engine reverts
 * to the last good traffic, so weights return to {stable: 100}.
 */
const canaryStrategy = {
    type: 'canary',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const steps = ctx.spec.steps?.length ? ctx.spec.steps : DEFAULT_CANARY_STEPS;
        const failureLimit = ctx.spec.analysis?.failureLimit ?? 0;
        const inconclusiveLimit = ctx.spec.analysis?.inconclusiveLimit ?? 0;
        let failures = 0;
        let inconclusive = 0;
        for (const [i, s] of steps.entries()) {
            const weights = split(ctx.base.stable, ctx.target.version, s.weight);
            // Nothing live yet (first deploy): the candidate takes all traffic from the first step, so it is the
            // stable version of the routing (a routing with weights but no stable is refused by `modelship serve`).
            const whole = s.weight >= 100 || ctx.base.stable === null;
            const traffic = { ...ctx.base, candidate: whole ? null : ctx.target.version, stable: whole ? ctx.target.version : ctx.base.stable, previous: s.weight >= 100 ? ctx.base.stable : ctx.base.previous, weights, headerRoutes: [], ...(ctx.spec.sticky && !whole ? { sticky: { header: ctx.spec.sticky.header } } : {}), shadow: null, strategy: 'canary' };
            await ctx.step(`set-weight ${s.weight}%`, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
            const pause = s.pause === undefined ? 0 : (0,core_duration/* parseDuration */.E)(s.pause, `strategy.steps[${i}].pause`);
            if (pause > 0)
                await ctx.step(`pause ${s.pause}`, async () => (await ctx.sleep(pause), `paused ${s.pause}`));
            const result = await ctx.analyze(i + 1, s.weight);
            if (result?.phase === 'failed' && ++failures > failureLimit) {
                throw new RolloutAborted(`analysis failed at step ${i + 1} (${s.weight}%): ${result.reasons.join('; ')} (failureLimit ${failureLimit})`);
            }
            if (result?.phase === 'inconclusive' && ++inconclusive > inconclusiveLimit) {
                throw new RolloutAborted(`analysis inconclusive at step ${i + 1} (${s.weight}%): ${result.reasons.join('; ')} (inconclusiveLimit ${inconclusiveLimit})`);
            }
        }
        return { live: true, traffic: await promoteFully(ctx, 'canary') };
    },
};

;// CONCATENATED MODULE: ./src/deploy/strategies/direct.ts

/** Install, check, switch all traffic at once. */
const directStrategy = {
    type: 'direct',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const traffic = { ...ctx.base, stable: ctx.target.version, candidate: null, previous: ctx.base.stable, weights: { [ctx.target.version]: 100 }, headerRoutes: [], shadow: null, strategy: 'direct' };
        await ctx.step('shift-traffic', () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), traffic.weights);
        return { live: true, traffic: await promoteFully(ctx, 'direct') };
    },
};

;// CONCATENATED MODULE: ./src/serve/exposition.ts

/**
 * Reads the server's own Prometheus text exposition (`GET /metrics`) into per-version figures: requests by
 * status, errors and the latency histogram, for one model. This is what canary analysis needs on a machine
 * with no Prometheus server: scrape twice, subtract, judge the window. Quantiles follow Prometheus'
 * `histogram_quantile` (linear interpolation inside the bucket; the highest finite bound when the rank
 * falls in `+Inf`), so a figure computed here matches the one a real Prometheus would show.
 */
/** The metric names `ServeMetrics` exposes (src/serve/metrics.ts). */
const REQUESTS_METRIC = 'modelship_requests_total';
const DURATION_METRIC = 'modelship_request_duration_seconds';
class ExpositionError extends errors.ModelshipError {
    constructor(message) {
        super(message, { hint: 'expected the Prometheus text format (version 0.0.4), as GET /metrics of modelship serve answers' });
        this.name = 'ExpositionError';
    }
}
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
/** Parses the Prometheus text format; every malformed line is an error naming the line. */
function parseExposition(text, origin = 'the exposition') {
    const samples = [];
    const types = new Map();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        const line = raw.trim();
        if (line === '')
            continue;
        const at = `${origin}, line ${i + 1}`;
        if (line.startsWith('#')) {
            const m = /^#\s+TYPE\s+(\S+)\s+(\S+)\s*$/.exec(line);
            if (m) {
                if (!/^(counter|gauge|histogram|summary|untyped|gaugehistogram|info|stateset|unknown)$/.test(m[2]))
                    throw new ExpositionError(`${at}: unknown metric type "${m[2]}" for ${m[1]}`);
                types.set(m[1], m[2]);
            }
            continue; // HELP and other comments carry no samples
        }
        samples.push(parseSample(line, i + 1, at));
    }
    return { samples, types };
}
function parseSample(line, lineNo, at) {
    const name = NAME.exec(line)?.[0];
    if (!name)
        throw new ExpositionError(`${at}: expected a metric name, got ${JSON.stringify(line.slice(0, 40))}`);
    let pos = name.length;
    const labels = {};
    if (line[pos] === '{') {
        pos++;
        for (;;) {
            while (line[pos] === ' ')
                pos++;
            if (line[pos] === '}') {
                pos++;
                break;
            }
            const label = LABEL_NAME.exec(line.slice(pos))?.[0];
            if (!label)
                throw new ExpositionError(`${at}: expected a label name or "}" at column ${pos + 1}`);
            pos += label.length;
            while (line[pos] === ' ')
                pos++;
            if (line[pos] !== '=' || line[pos + 1] !== '"')
                throw new ExpositionError(`${at}: expected ="value" after label ${label}`);
            pos += 2;
            let value = '';
            for (;;) {
                const c = line[pos];
                if (c === undefined)
                    throw new ExpositionError(`${at}: the value of label ${label} is not closed by a quote`);
                if (c === '"')
                    break;
                if (c === '\\') {
                    const next = line[pos + 1];
                    if (next === 'n')
                        value += '\n';
                    else if (next === '\\' || next === '"')
                        value += next;
                    else
                        throw new ExpositionError(`${at}: bad escape "\\${next ?? ''}" in the value of label ${label} (expected \\\\, \\" or \\n)`);
                    pos += 2;
                    continue;
                }
                value += c;
                pos++;
            }
            pos++;
            if (Object.hasOwn(labels, label))
                throw new ExpositionError(`${at}: label ${label} appears twice`);
            labels[label] = value;
            while (line[pos] === ' ')
                pos++;
            if (line[pos] === ',')
                pos++;
            else if (line[pos] !== '}')
                throw new ExpositionError(`${at}: expected "," or "}" after the value of label ${label}`);
        }
    }
    const rest = line.slice(pos).trim().split(/\s+/);
    if (rest.length < 1 || rest.length > 2 || rest[0] === '')
        throw new ExpositionError(`${at}: expected one value (and an optional timestamp) after ${name}`);
    const value = parseValue(rest[0]);
    if (value === undefined)
        throw new ExpositionError(`${at}: "${rest[0]}" is not a sample value (a float, +Inf, -Inf or NaN)`);
    if (rest[1] !== undefined && !/^-?\d+$/.test(rest[1]))
        throw new ExpositionError(`${at}: "${rest[1]}" is not a timestamp (integer milliseconds)`);
    return { name, labels, value, line: lineNo };
}
function parseValue(text) {
    if (text === '+Inf' || text === 'Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    if (text === 'NaN')
        return NaN;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return undefined;
    return Number(text);
}
/**
 * Per-version figures of `model` from an exposition (text or parsed). Requests answered before a version was
 * chosen (e.g. 503 when the queue is full) carry the version `""` and are kept under it.
 */
function figuresByVersion(exposition, model) {
    const parsed = typeof exposition === 'string' ? parseExposition(exposition) : exposition;
    const out = new Map();
    const of = (version) => {
        let f = out.get(version);
        if (!f)
            out.set(version, (f = { version, requests: 0, errors: 0, serverErrors: 0, byCode: {}, latency: { buckets: [], count: 0, sum: 0 } }));
        return f;
    };
    for (const s of parsed.samples) {
        if (s.labels.model !== model)
            continue;
        const version = s.labels.version ?? '';
        if (s.name === REQUESTS_METRIC) {
            const code = s.labels.code ?? '';
            const f = of(version);
            f.byCode[code] = (f.byCode[code] ?? 0) + s.value;
            f.requests += s.value;
            const status = Number(code);
            if (status >= 400)
                f.errors += s.value;
            if (status >= 500)
                f.serverErrors += s.value;
        }
        else if (s.name === `${DURATION_METRIC}_bucket`) {
            const le = parseValue(s.labels.le ?? '');
            if (le === undefined || Number.isNaN(le))
                throw new ExpositionError(`line ${s.line}: ${s.name} has le="${s.labels.le ?? ''}", not a bucket bound`);
            of(version).latency.buckets.push({ le, count: s.value });
        }
        else if (s.name === `${DURATION_METRIC}_count`) {
            of(version).latency.count = s.value;
        }
        else if (s.name === `${DURATION_METRIC}_sum`) {
            of(version).latency.sum = s.value;
        }
    }
    for (const f of out.values())
        f.latency.buckets.sort((a, b) => a.le - b.le);
    return out;
}
/**
 * What happened between two scrapes of the same server: counter deltas per version. A counter that went
 * down means the server restarted in between, and the window cannot be measured: an error, not a guess.
 */
function figuresBetween(before, after) {
    const out = new Map();
    for (const [version, a] of after) {
        const b = before.get(version);
        const minus = (x, y, what) => {
            if (x < y)
                throw new ExpositionError(`${what} of version "${version}" went down from ${y} to ${x} between two scrapes: the server restarted, so this window cannot be measured`);
            return x - y;
        };
        if (!b) {
            out.set(version, structuredClone(a));
            continue;
        }
        const byCode = {};
        for (const [code, n] of Object.entries(a.byCode))
            byCode[code] = minus(n, b.byCode[code] ?? 0, `${REQUESTS_METRIC}{code="${code}"}`);
        for (const code of Object.keys(b.byCode))
            if (!(code in a.byCode) && b.byCode[code] > 0)
                minus(0, b.byCode[code], `${REQUESTS_METRIC}{code="${code}"}`);
        const buckets = a.latency.buckets.map(({ le, count }) => ({ le, count: minus(count, b.latency.buckets.find((x) => x.le === le)?.count ?? 0, `${DURATION_METRIC}_bucket{le="${le}"}`) }));
        out.set(version, {
            version,
            requests: minus(a.requests, b.requests, REQUESTS_METRIC),
            errors: minus(a.errors, b.errors, `${REQUESTS_METRIC} (status >= 400)`),
            serverErrors: minus(a.serverErrors, b.serverErrors, `${REQUESTS_METRIC} (status >= 500)`),
            byCode,
            latency: { buckets, count: minus(a.latency.count, b.latency.count, `${DURATION_METRIC}_count`), sum: a.latency.sum - b.latency.sum },
        });
    }
    return out;
}
/**
 * The q-quantile (0 ≤ q ≤ 1) of a cumulative histogram, in its unit, as Prometheus' `histogram_quantile`:
 * NaN without observations; the bucket holding rank q·count is interpolated linearly from its lower bound
 * (the previous `le`, or 0) to its `le`; a rank in `+Inf` gives the highest finite bound.
 */
function histogramQuantile(q, histogram) {
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile ${q} is outside [0, 1]`);
    const buckets = histogram.buckets;
    if (buckets.length === 0)
        return NaN;
    const total = buckets[buckets.length - 1].count;
    if (!(total > 0))
        return NaN;
    if (buckets[buckets.length - 1].le !== Infinity)
        throw new ExpositionError('a histogram without its +Inf bucket has no total: the quantile cannot be computed');
    const rank = q * total;
    let i = buckets.findIndex((b) => b.count >= rank);
    if (i < 0)
        i = buckets.length - 1;
    if (buckets[i].le === Infinity)
        return buckets.length >= 2 ? buckets[buckets.length - 2].le : NaN;
    const upper = buckets[i].le;
    const lower = i === 0 ? 0 : buckets[i - 1].le;
    const below = i === 0 ? 0 : buckets[i - 1].count;
    if (i === 0 && upper <= 0)
        return upper;
    const inBucket = buckets[i].count - below;
    if (inBucket <= 0)
        return upper;
    return lower + (upper - lower) * ((rank - below) / inBucket);
}
/**
 * One value per observation of a histogram, each at the middle of its bucket (the highest finite bound for
 * `+Inf`): what rank statistics (Mann-Whitney) can compare when only the histogram was kept. Observations in
 * one bucket tie, which the rank test accounts for.
 */
function histogramSamples(histogram) {
    const out = [];
    let previous = 0;
    let lower = 0;
    const finite = histogram.buckets.filter((b) => b.le !== Infinity);
    const top = finite.length ? finite[finite.length - 1].le : 0;
    for (const { le, count } of histogram.buckets) {
        const n = count - previous;
        if (n < 0)
            throw new ExpositionError(`histogram bucket le="${le}" holds ${count}, fewer than the bucket below it (${previous}): buckets must be cumulative`);
        const value = le === Infinity ? top : (lower + le) / 2;
        for (let i = 0; i < n; i++)
            out.push(value);
        previous = count;
        if (le !== Infinity)
            lower = le;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/deploy/mirror.ts

const DEFAULT_MIRROR_BOUND = { maxErrorRateIncrease: 0.01, minRequests: 100 };
const SHADOW_REQUESTS = 'modelship_shadow_requests_total';
const SHADOW_DURATION = 'modelship_shadow_duration_seconds';
const SCRAPE_TIMEOUT_MS = 10_000;
function mirrorScrapeOf(exposition, model) {
    const shadow = new Map();
    const of = (version) => {
        let s = shadow.get(version);
        if (!s)
            shadow.set(version, (s = { ok: 0, error: 0, dropped: 0, latency: { buckets: [], count: 0, sum: 0 } }));
        return s;
    };
    for (const sample of exposition.samples) {
        if (sample.labels.model !== model)
            continue;
        const version = sample.labels.version ?? '';
        if (sample.name === SHADOW_REQUESTS) {
            const result = sample.labels.result;
            if (result === 'ok' || result === 'error' || result === 'dropped')
                of(version)[result] += sample.value;
        }
        else if (sample.name === `${SHADOW_DURATION}_bucket`) {
            const le = sample.labels.le === '+Inf' ? Infinity : Number(sample.labels.le);
            if (!Number.isNaN(le))
                of(version).latency.buckets.push({ le, count: sample.value });
        }
        else if (sample.name === `${SHADOW_DURATION}_count`)
            of(version).latency.count = sample.value;
        else if (sample.name === `${SHADOW_DURATION}_sum`)
            of(version).latency.sum = sample.value;
    }
    for (const s of shadow.values())
        s.latency.buckets.sort((a, b) => a.le - b.le);
    return { versions: figuresByVersion(exposition, model), shadow };
}
/** Reads `url` (a modelship serve /metrics); throws an Error saying why it could not. */
async function scrapeMirror(url, model) {
    let response;
    try {
        response = await fetch(url, { signal: AbortSignal.timeout(SCRAPE_TIMEOUT_MS) });
    }
    catch (err) {
        const cause = err.cause;
        throw new Error(`${url} could not be read (${cause?.code ?? cause?.message ?? err.message})`);
    }
    const text = await response.text();
    if (response.status !== 200)
        throw new Error(`${url} answered ${response.status}`);
    const exposition = parseExposition(text, url);
    if (!exposition.types.has('modelship_requests_total'))
        throw new Error(`${url} is not the /metrics of modelship serve (no modelship_requests_total)`);
    return mirrorScrapeOf(exposition, model);
}
const ms = (h, q) => {
    const v = histogramQuantile(q, h);
    return Number.isFinite(v) ? Number((v * 1000).toFixed(3)) : null;
};
const rate = (errors, requests) => (requests > 0 ? errors / requests : null);
const pct = (r) => (r === null ? 'n/a' : `${Number((r * 100).toFixed(2))}%`);
const lat = (s) => (s.p50Ms === null ? 'no latency observed' : `p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms`);
/** The window between two scrapes, judged against the bound. Throws when the server restarted in between. */
function judgeMirror(before, after, stable, candidate, bound, source) {
    const versions = figuresBetween(before.versions, after.versions);
    const s = versions.get(stable);
    const stableSide = {
        version: stable,
        requests: s?.requests ?? 0,
        errors: s?.serverErrors ?? 0,
        errorRate: rate(s?.serverErrors ?? 0, s?.requests ?? 0),
        p50Ms: s ? ms(s.latency, 0.5) : null,
        p99Ms: s ? ms(s.latency, 0.99) : null,
    };
    const a = after.shadow.get(candidate) ?? { ok: 0, error: 0, dropped: 0, latency: { buckets: [], count: 0, sum: 0 } };
    const b = before.shadow.get(candidate) ?? { ok: 0, error: 0, dropped: 0, latency: { buckets: [], count: 0, sum: 0 } };
    const minus = (x, y, what) => {
        if (x < y)
            throw new Error(`${what} of ${candidate} went down from ${y} to ${x} between the two reads of ${source}: the server restarted, so this window cannot be measured`);
        return x - y;
    };
    const ok = minus(a.ok, b.ok, `${SHADOW_REQUESTS}{result="ok"}`);
    const error = minus(a.error, b.error, `${SHADOW_REQUESTS}{result="error"}`);
    const dropped = minus(a.dropped, b.dropped, `${SHADOW_REQUESTS}{result="dropped"}`);
    const latency = {
        buckets: a.latency.buckets.map(({ le, count }) => ({ le, count: minus(count, b.latency.buckets.find((x) => x.le === le)?.count ?? 0, `${SHADOW_DURATION}_bucket`) })),
        count: minus(a.latency.count, b.latency.count, `${SHADOW_DURATION}_count`),
        sum: a.latency.sum - b.latency.sum,
    };
    const shadowSide = { version: candidate, requests: ok + error, errors: error, errorRate: rate(error, ok + error), p50Ms: ms(latency, 0.5), p99Ms: ms(latency, 0.99), dropped };
    const figures = `shadow ${candidate}: ${shadowSide.requests} mirrored, ${error} failed (${pct(shadowSide.errorRate)})${dropped ? `, ${dropped} dropped` : ''}, ${lat(shadowSide)} (inference only); stable ${stable}: ${stableSide.requests} answered, ${stableSide.errors} with 5xx (${pct(stableSide.errorRate)}), ${lat(stableSide)} (whole request)`;
    let state;
    let verdict;
    if (shadowSide.requests < bound.minRequests) {
        state = 'not-enough-traffic';
        verdict = `not enough traffic: ${shadowSide.requests} mirrored request(s), ${bound.minRequests} needed (minRequests)`;
    }
    else {
        const limit = (stableSide.errorRate ?? 0) + bound.maxErrorRateIncrease;
        const shadowRate = shadowSide.errorRate ?? 0;
        // A tolerance for floating point only: 1/3 against 0.3333... is not an excess.
        if (shadowRate > limit + 1e-12) {
            state = 'failed';
            verdict = `the shadow's error rate ${pct(shadowRate)} exceeds stable's ${pct(stableSide.errorRate ?? 0)} by more than ${pct(bound.maxErrorRateIncrease)} (maxErrorRateIncrease)`;
        }
        else {
            state = 'passed';
            verdict = shadowSide.requests === 0 ? 'nothing was mirrored, and minRequests is 0' : `the shadow's error rate ${pct(shadowRate)} is within stable's ${pct(stableSide.errorRate ?? 0)} + ${pct(bound.maxErrorRateIncrease)}`;
        }
    }
    return { state, reason: `${verdict}; ${figures}`, source, bound, shadow: shadowSide, stable: stableSide };
}
/** A report of a mirror nothing measured. */
function notMeasured(reason, source, bound) {
    return { state: 'not-measured', reason, source, bound, shadow: null, stable: null };
}

;// CONCATENATED MODULE: ./src/deploy/strategies/shadow.ts



/** Where `modelship serve --env ENV` listens unless told otherwise (src/cli/commands/serve.ts). */
const SERVE_DEFAULT_METRICS = 'http://127.0.0.1:8080/metrics';
/**
 * Shadow: mirror `percent` of requests to the candidate, whose answers are recorded and dropped; users
 * only ever see the stable version. Over `duration` the mirror is measured from the server's /metrics (the
 * candidate's failed mirrored runs against stable's 5xx answers, and both latencies) and judged by
 * `maxErrorRateIncrease` and `minRequests`; an `analysis` gate, when configured, judges too (and alone when
 * nothing could be measured). The mirror is then removed and the candidate is NOT made live (promote it
 * with a canary or blue-green deploy). A failed judgement aborts: the engine restores the routing without
 * the mirror, stable untouched, exit 1.
 */
const shadowStrategy = {
    type: 'shadow',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const percent = ctx.spec.percent ?? 100;
        const bound = {
            maxErrorRateIncrease: ctx.spec.maxErrorRateIncrease ?? DEFAULT_MIRROR_BOUND.maxErrorRateIncrease,
            minRequests: ctx.spec.minRequests ?? DEFAULT_MIRROR_BOUND.minRequests,
        };
        const source = metricsSourceOf(ctx);
        const stable = ctx.base.stable; // the engine refuses a shadow onto an empty environment
        const mirrored = { ...ctx.base, candidate: ctx.target.version, shadow: { version: ctx.target.version, percent }, strategy: 'shadow' };
        await ctx.step(`mirror ${percent}%`, () => ctx.provider.shiftTraffic(ctx.providerContext, mirrored, ctx.target), mirrored.weights);
        // The window opens once the mirror is written: counts read now are subtracted from those read at the end.
        const before = source && !ctx.dryRun ? await scrape(source, ctx.target.model) : undefined;
        const duration = ctx.spec.duration === undefined ? 0 : (0,core_duration/* parseDuration */.E)(ctx.spec.duration, 'strategy.duration');
        if (duration > 0)
            await ctx.step(`observe ${ctx.spec.duration}`, async () => (await ctx.sleep(duration), 'observed'));
        if (ctx.dryRun) {
            await ctx.step('measure-mirror', async () => (source ? `would read ${source} before and after the observation and fail if ${ctx.target.version}'s mirrored error rate exceeds ${stable}'s by more than ${bound.maxErrorRateIncrease} or fewer than ${bound.minRequests} requests are mirrored` : notMeasuredWhy(ctx)));
            await ctx.analyze(1, 0);
            await ctx.step('remove-mirror', () => ctx.provider.finalize(ctx.providerContext, ctx.base, ctx.target), ctx.base.weights);
            return { live: false, traffic: ctx.base };
        }
        let report;
        if (source === null)
            report = notMeasured(notMeasuredWhy(ctx), null, bound);
        else if (before instanceof Error)
            report = notMeasured(`not measured: ${before.message}`, source, bound);
        else {
            const after = await scrape(source, ctx.target.model);
            try {
                report = after instanceof Error ? notMeasured(`not measured: ${after.message}`, source, bound) : judgeMirror(before, after, stable, ctx.target.version, bound, source);
            }
            catch (err) {
                report = notMeasured(`not measured: ${err.message}`, source, bound);
            }
        }
        await ctx.step('measure-mirror', async () => `${report.state}: ${report.reason}`);
        const analysis = await ctx.analyze(1, 0);
        const failures = [];
        if (report.state === 'failed' || report.state === 'not-enough-traffic')
            failures.push(`the mirror ${report.state === 'failed' ? 'failed' : 'had not enough traffic'}: ${report.reason}`);
        if (report.state === 'not-measured' && analysis === undefined && bound.minRequests > 0) {
            failures.push(`nothing judged the mirror: ${report.reason}, and the strategy has no analysis (set minRequests: 0 to accept an unmeasured shadow)`);
        }
        if (analysis && analysis.phase !== 'successful')
            failures.push(`shadow analysis ${analysis.phase}: ${analysis.reasons.join('; ')}`);
        const details = { mirror: report };
        await ctx.step('judge-mirror', async () => {
            if (failures.length)
                throw new RolloutAborted(failures.join('; '), details);
            return report.state === 'not-measured' ? `passed on ${analysis ? 'the analysis alone' : 'nothing (minRequests is 0)'}: the mirror was ${report.reason}` : `passed: ${report.reason.split('; ')[0]}`;
        });
        await ctx.step('remove-mirror', () => ctx.provider.finalize(ctx.providerContext, ctx.base, ctx.target), ctx.base.weights);
        return { live: false, traffic: ctx.base, details };
    },
};
async function scrape(source, model) {
    return scrapeMirror(source, model).catch((err) => err);
}
/**
 * The modelship serve /metrics that sees the mirror: `metricsUrl`; else, for the local provider, the origin
 * of the environment's `url`, or where `modelship serve` listens by default. Other providers run their own
 * servers: without `metricsUrl` their mirror is not measured.
 */
function metricsSourceOf(ctx) {
    if (ctx.spec.metricsUrl)
        return ctx.spec.metricsUrl;
    if (ctx.provider.type !== 'local')
        return null;
    if (ctx.environmentUrl && /^https?:\/\//.test(ctx.environmentUrl) && URL.canParse(ctx.environmentUrl))
        return new URL('/metrics', ctx.environmentUrl).href;
    return SERVE_DEFAULT_METRICS;
}
function notMeasuredWhy(ctx) {
    return `not measured: the ${ctx.provider.type} provider's server is not known to be modelship serve (set strategy.metricsUrl to the /metrics of the modelship serve that mirrors, or judge the shadow with strategy.analysis)`;
}

;// CONCATENATED MODULE: ./src/deploy/strategies/index.ts







/** Every strategy by its `strategy.type`: adding one is one file and one line here. */
const STRATEGIES = {
    direct: directStrategy,
    'blue-green': blueGreenStrategy,
    canary: canaryStrategy,
    ab: abStrategy,
    shadow: shadowStrategy,
};
function strategyFor(type) {
    const s = STRATEGIES[type];
    if (!s)
        throw new errors.ModelshipError(`unknown strategy "${type}"`, { hint: (0,core_text/* didYouMean */.au)(type, Object.keys(STRATEGIES)) ?? `strategies: ${Object.keys(STRATEGIES).join(', ')}` });
    return s;
}

;// CONCATENATED MODULE: ./src/deploy/engine.ts
/**
 * The deploy engine: the one API the CLI, the deploy action and chatops call.
 *
 *   deploy(loaded, {environment, model?, version?, artifact?, resume?, actor?}, options) → DeployResult
 *   promote(loaded, {model?, to, version?, actor?}, options)                              → DeployResult
 *   rollback(loaded, {environment, model?, to?, actor?}, options)                         → DeployResult
 *   status(loaded, {environment?, model?}, options)                                       → StatusResult
 *   lock(loaded, {environment, reason?, actor?}, options) / unlock(...)                   → LockResult
 *   adopt(loaded, {environment, model?, actor?}, options)                                 → DeployResult
 *
 * options: {dryRun?, store?: DeploymentStore (default: the local state file of the environment), log?,
 * analysis?: AnalysisRunner (default: the gate engine), provider?: (env, default) => DeploymentProvider
 * (wrap or replace, e.g. in tests), sleep?, live?: LiveBaselineProvider (for gates)}.
 *
 * Guarantees: one deploy per environment at a time (the lock; refused → ModelshipError exit 2 naming the
 * holder); every step is journaled before and after it runs, so a killed process is found by the next
 * run (`status` shows it; `deploy --resume` — version and artifact from the journal — or `rollback`
 * clear it); any failure reverts through the provider to the last good traffic and the result says which
 * version is live (`liveVersion`); what ships is validated (format by content, safety, signature) and its
 * sha256 checked against its manifest and against the previous environment on promotion; a version is
 * immutable (other bytes under a known version are refused); deploying what is already live is a `noop`;
 * `dryRun` plans without touching anything. The user is `actor`, else the OS user: a manual lock lets its
 * holder deploy. Refusals (unknown environment, artifact not valid or changed, promotion not allowed, lock
 * held, interrupted deploy, state and provider disagreeing) throw ModelshipError with exit code 2 before
 * anything is recorded; a failed or aborted rollout returns outcome `aborted` (exit 1).
 */



















/** The exit code for a result: 0 deployed/rolled back/noop/planned, 1 aborted. */
function exitCodeOf(result) {
    return result.outcome === 'aborted' ? errors.ExitCode.Failed : errors.ExitCode.Pass;
}

/** Gates with `baseline: {live}` read the state this engine writes, unless the caller brings its own provider. */
function liveOf(loaded, options) {
    return options.live ?? (0,live_baseline.liveBaselinesFromState)(loaded, options);
}
async function deploy(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const modelConfig = (0,core_config.getModel)(loaded, model);
    if (request.version === undefined) {
        if (request.resume !== true)
            throw new errors.ModelshipError(`deploy to ${env.name} needs a version`, { hint: `modelship deploy ${env.name} VERSION` });
        return rollout(loaded, env, await resumeTarget(loaded, env, model, options), request.actor, options, { resume: true, gates: true });
    }
    const artifact = loaded.resolvePath(request.artifact ?? modelConfig.path, request.artifact ? [] : ['models', model, 'path']);
    const sha256 = await verifiedSha256(artifact, request.artifact === undefined ? `model "${model}" (models.${model}.path in ${external_node_path_default().basename(loaded.file)})` : '--artifact');
    const { format } = await checkArtifact(loaded, model, request.version, artifact, sha256);
    const target = { model, version: request.version, artifact, sha256, format, signature: modelConfig.signature, metrics: await metricsFor(loaded, model, artifact) };
    target.versionMetrics = await recordVersionMetrics(loaded, env, model, request.version, { firstDeploy: true });
    return rollout(loaded, env, target, request.actor, options, { resume: request.resume === true, gates: true });
}
/** `deploy ENV --resume` without a version: the interrupted deployment's own version and artifact, from its journal. */
async function resumeTarget(loaded, env, model, options) {
    const history = await (0,state_select.storeFor)(loaded, env, options).history(env.name, model);
    const interrupted = history.find((r) => r.status === 'in_progress');
    if (interrupted === undefined) {
        throw new errors.ModelshipError(`nothing to resume in ${env.name}: no deployment of ${model} was interrupted`, { hint: `modelship status ${env.name} shows what is live; to deploy a version: modelship deploy ${env.name} VERSION` });
    }
    const { version, artifact, sha256: recorded, metrics, versionMetrics } = interrupted.payload;
    const sha256 = await (0,atomic/* sha256File */.Q3)(artifact).catch(() => {
        throw new errors.ModelshipError(`cannot resume ${model} ${version} in ${env.name}: its artifact ${artifact} is gone`, { hint: `go back instead: modelship rollback ${env.name}` });
    });
    if (sha256 !== recorded) {
        throw new errors.ModelshipError(`cannot resume ${model} ${version} in ${env.name}: ${artifact} has sha256 ${sha256.slice(0, 12)}, but the interrupted deployment shipped ${recorded.slice(0, 12)}`, { hint: `the file changed since; go back (modelship rollback ${env.name}) and deploy the new bytes as a new version` });
    }
    const { format } = await checkArtifact(loaded, model, version, artifact, sha256);
    return { model, version, artifact, sha256, format, signature: (0,core_config.getModel)(loaded, model).signature, ...(metrics ? { metrics } : {}), ...(versionMetrics ? { versionMetrics } : {}) };
}
async function promote(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.to);
    const model = (0,config.modelNameOf)(loaded, request.model);
    if (env.requires === null) {
        throw new errors.ModelshipError(`"${env.name}" is the first environment: there is nothing to promote from`, { hint: `use: modelship deploy ${env.name} VERSION` });
    }
    const from = (0,config.environmentOf)(loaded, env.requires);
    const fromStore = (0,state_select.storeFor)(loaded, from, options);
    const history = await fromStore.history(from.name, model);
    const live = history.find((r) => r.status === 'success');
    const interrupted = history.find((r) => r.status === 'in_progress');
    if (live === undefined)
        throw new errors.ModelshipError(`cannot promote ${model} to ${env.name}: nothing is live in ${from.name}`, { hint: `deploy it there first: modelship deploy ${from.name} VERSION` });
    if (request.version !== undefined && request.version !== live.payload.version) {
        throw new errors.ModelshipError(`cannot promote ${model} ${request.version} to ${env.name}: ${from.name} runs ${live.payload.version}`, { hint: 'only a version live and healthy in the previous environment can be promoted' });
    }
    if (interrupted)
        throw new errors.ModelshipError(`cannot promote from ${from.name}: a deployment there was interrupted at "${lastStep(interrupted)}"`, { hint: `finish it first: modelship deploy ${from.name} --resume, or modelship rollback ${from.name}` });
    // The hop check: the artifact must still be the bytes that were verified in the previous environment.
    const sha256 = await (0,atomic/* sha256File */.Q3)(live.payload.artifact).catch(() => {
        throw new errors.ModelshipError(`cannot promote: the artifact ${live.payload.artifact} deployed to ${from.name} is gone`);
    });
    if (sha256 !== live.payload.sha256) {
        // A refusal before anything runs (exit 2): nothing was changed, so nothing was reverted.
        throw new errors.ModelshipError(`cannot promote ${model} ${live.payload.version} to ${env.name}: ${live.payload.artifact} has sha256 ${sha256.slice(0, 12)}, but ${from.name} verified ${live.payload.sha256.slice(0, 12)}`, { hint: `nothing was changed. The file changed since it was deployed to ${from.name}; release the change as a new version and deploy it there first` });
    }
    const modelConfig = (0,core_config.getModel)(loaded, model);
    const { format } = await checkArtifact(loaded, model, live.payload.version, live.payload.artifact, sha256);
    const target = { model, version: live.payload.version, artifact: live.payload.artifact, sha256, format, signature: modelConfig.signature, metrics: live.payload.metrics };
    // The promoted version's metrics: at its release tag, checked against what the previous environment recorded.
    target.versionMetrics = await recordVersionMetrics(loaded, env, model, target.version, { recorded: live.payload.versionMetrics, firstDeploy: false });
    return rollout(loaded, env, target, request.actor, options, { resume: false, gates: true });
}
async function rollback(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const store = (0,state_select.storeFor)(loaded, env, options);
    const history = await store.history(env.name, model);
    const current = history.find((r) => r.status === 'success');
    const interrupted = history.find((r) => r.status === 'in_progress');
    let target;
    if (request.to !== undefined) {
        target = history.find((r) => r.payload.version === request.to && wasLive(r));
        if (target === undefined)
            throw new errors.ModelshipError(`cannot roll ${env.name} back to ${model} ${request.to}: it was never successfully deployed there`, { hint: `versions deployed successfully: ${successfulVersions(history).join(', ') || '(none)'}` });
    }
    else if (interrupted) {
        // A killed deploy: rolling back means returning to the last good version (or to nothing).
        target = current;
    }
    else {
        target = history.find((r) => r.status === 'inactive' && wasLive(r) && r.payload.version !== current?.payload.version);
        if (target === undefined)
            throw new errors.ModelshipError(`nothing to roll back to in ${env.name}: no earlier successful deployment of ${model}`, { hint: 'rollback never guesses; pass --to VERSION naming a version deployed here before' });
    }
    if (target === undefined) {
        // Interrupted first deployment: restore "nothing live".
        return rollout(loaded, env, null, request.actor, options, { resume: true, gates: false, rollback: true });
    }
    const t = { model, version: target.payload.version, artifact: target.payload.artifact, sha256: target.payload.sha256, format: (0,core_config.getModel)(loaded, model).format ?? 'onnx', signature: (0,core_config.getModel)(loaded, model).signature, metrics: target.payload.metrics, versionMetrics: target.payload.versionMetrics };
    return rollout(loaded, env, t, request.actor, options, { resume: true, gates: false, rollback: true });
}
async function rollout(loaded, env, target, actor, options, mode) {
    const model = target?.model ?? (0,config.modelNameOf)(loaded, undefined);
    const store = (0,state_select.storeFor)(loaded, env, options);
    const fallback = providerFor(loaded, env);
    const provider = options.provider ? options.provider(env, fallback) : fallback;
    const strategySpec = mode.rollback ? { type: 'direct' } : env.strategy;
    const strategy = strategyFor(strategySpec.type);
    const log = options.log ?? (() => { });
    const pctx = { environment: env.name, model, log };
    const steps = [];
    const now = () => new Date().toISOString();
    const result = (outcome, liveVersion, message, previousVersion, extra = {}) => ({
        environment: env.name, model, version: target?.version ?? null, previousVersion, strategy: mode.rollback ? 'rollback' : strategySpec.type, provider: provider.type,
        dryRun: options.dryRun === true, outcome, steps, sha256: target?.sha256, url: env.url, liveVersion, message, ...extra,
    });
    // Who deploys: the actor given (GITHUB_ACTOR, a chatops commenter), else the OS user, as `lock` records it.
    const user = actor ?? (0,state_local/* osUser */.kR)();
    const owner = (0,state_local/* defaultOwner */.XB)(user);
    const reason = `${mode.rollback ? 'rollback' : 'deploy'} ${model} ${target?.version ?? '(nothing)'}`;
    const held = await store.lockInfo(env.name);
    // A manual lock (`modelship lock`) lets its own holder deploy; anything else must take the lock.
    const manualLockByActor = held !== undefined && held.pid <= 0 && held.owner === user;
    if (!options.dryRun && !manualLockByActor)
        await store.lock(env.name, { owner, pid: process.pid, host: (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23))).hostname(), reason });
    try {
        const history = await store.history(env.name, model);
        const current = history.find((r) => r.status === 'success');
        const interrupted = history.find((r) => r.status === 'in_progress');
        const previousVersion = current?.payload.version ?? null;
        const observed = provider.observe ? await provider.observe(pctx) : undefined;
        if (interrupted && !mode.resume) {
            throw new errors.ModelshipError(`a deployment of ${model} ${interrupted.payload.version} to ${env.name} was interrupted at "${lastStep(interrupted)}" (${interrupted.id}, by ${interrupted.actor})`, {
                hint: `resume it: modelship deploy ${env.name} --resume, or go back: modelship rollback ${env.name}`,
            });
        }
        // Refused only when the provider serves a version the state does not know as live: deploying over it
        // would record a wrong previous version, and a revert would restore the wrong traffic. (A provider
        // serving nothing while the state names a version is reported by status; a deploy or rollback mends it.)
        const disagreement = interrupted || !observed?.stable ? null : disagreementOf(previousVersion, observed);
        if (disagreement) {
            throw new errors.ModelshipError(`the deployment state of ${env.name} (${store.location}) and the ${provider.type} provider disagree: ${disagreement}`, {
                hint: `nothing was changed. If the state was lost, restore it (a local state file keeps its last good copy as .bak), or record what the provider serves: modelship adopt ${env.name}${Object.keys(loaded.config.models).length > 1 ? ` --model ${model}` : ''}`,
            });
        }
        const base = current ? (observed && !interrupted ? observed : settledTraffic(current.payload.version, current.payload.previousVersion, current.payload.strategy)) : emptyTraffic(strategySpec.type);
        const lastGoodTarget = current ? targetOf(loaded, current.payload) : undefined;
        if (target && !mode.rollback)
            await refuseOtherBytes(provider, pctx, history, env.name, target);
        if (target && !mode.rollback && strategySpec.type === 'shadow' && base.stable === null) {
            throw new errors.ModelshipError(`cannot shadow ${model} ${target.version} in ${env.name}: nothing is live there to mirror`, { hint: `deploy a first version with another strategy, or to another environment: shadow only observes a candidate beside a live version` });
        }
        if (!interrupted && target && current && current.payload.version === target.version) {
            steps.push({ name: 'check', status: 'skipped', detail: `${target.version} is already live`, at: now() });
            return result('noop', target.version, `${model} ${target.version} is already live in ${env.name}: nothing to do`, previousVersion);
        }
        // Gates and analysis judge the target version's own metrics (its release tag), never the checkout's files.
        const candidateVersion = mode.gates && target ? await candidateMetrics(loaded, env, model, target.version, target.versionMetrics) : undefined;
        if (mode.gates && target) {
            for (const gate of env.gates) {
                const run = await (0,gate_run.runGate)(loaded, gate, { live: liveOf(loaded, options), candidateVersion });
                const ok = run.verdict === 'pass';
                steps.push({ name: `gate ${gate}`, status: ok ? 'ok' : 'failed', detail: run.gates.map((g) => g.reason).join('; '), at: now() });
                if (!ok)
                    return result('aborted', previousVersion, `gate "${gate}" did not pass (${run.verdict}): nothing was changed, ${env.name} stays on ${previousVersion ?? 'nothing'}`, previousVersion);
            }
        }
        if (options.dryRun) {
            const plan = recordingProvider(provider.type);
            if (interrupted)
                steps.push({ name: 'revert-interrupted', status: 'planned', detail: `restore ${(0,local/* describeTraffic */.h)(base)}`, at: now() });
            if (target)
                await strategy.run(strategyContext(strategySpec, plan, pctx, target, base, steps, undefined, async () => { }, true, undefined, undefined, env.url));
            else
                steps.push({ name: 'revert', status: 'planned', detail: 'restore: nothing live', at: now() });
            return result('planned', previousVersion, `dry run: ${steps.length} step(s) planned for ${env.name}; nothing was changed`, previousVersion);
        }
        if (interrupted) {
            const detail = await provider.revert(pctx, base, lastGoodTarget);
            steps.push({ name: 'revert-interrupted', status: 'reverted', detail, at: now() });
            await store.step(interrupted, steps[steps.length - 1]);
            await store.finish(interrupted, 'failure', `interrupted at "${lastStep(interrupted)}"; reverted by ${owner}`);
        }
        if (target === null) {
            return result('rolled-back', null, `${env.name} restored to its state before the interrupted first deployment: nothing is live`, previousVersion);
        }
        if (mode.rollback && current && current.payload.version === target.version && !interrupted) {
            return result('noop', target.version, `${target.version} is already live in ${env.name}`, previousVersion);
        }
        const payload = { model, version: target.version, sha256: target.sha256, artifact: target.artifact, strategy: mode.rollback ? 'rollback' : strategySpec.type, provider: provider.type, previousVersion, ...(target.metrics ? { metrics: target.metrics } : {}), ...(target.versionMetrics ? { versionMetrics: target.versionMetrics } : {}) };
        const record = await store.create(env.name, payload, user);
        const analysis = options.analysis ?? (strategySpec.analysis || strategySpec.winnerGate ? new GateAnalysisRunner(loaded, liveOf(loaded, options), candidateVersion) : undefined);
        const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        try {
            const ctx = strategyContext(strategySpec, provider, pctx, target, base, steps, record, sleep, false, analysis, store, env.url);
            const outcome = await strategy.run(ctx);
            if (!outcome.live) {
                const judged = outcome.details?.mirror ? ` (mirror ${outcome.details.mirror.state}: ${outcome.details.mirror.reason})` : '';
                await store.finish(record, 'inactive', `${strategySpec.type} run of ${target.version} passed${judged}; ${previousVersion ?? 'nothing'} stays live`);
                return result('deployed', previousVersion, `${strategySpec.type}: ${target.version} observed without user traffic${judged}; ${env.name} stays on ${previousVersion ?? 'nothing'}`, previousVersion, { deploymentId: record.id, ...outcome.details });
            }
            await store.finish(record, 'success', `${target.version} live (${(0,local/* describeTraffic */.h)(outcome.traffic)})`, env.url);
            const verb = mode.rollback ? 'rolled back to' : 'now runs';
            return result(mode.rollback ? 'rolled-back' : 'deployed', target.version, `${env.name} ${verb} ${model} ${target.version}${previousVersion ? ` (was ${previousVersion})` : ''}`, previousVersion, { deploymentId: record.id, ...outcome.details });
        }
        catch (err) {
            const why = err instanceof errors.ModelshipError ? err.message : err instanceof RolloutAborted ? err.message : `${err.message}`;
            const revertStep = { name: 'revert', status: 'started', detail: `restore ${(0,local/* describeTraffic */.h)(base)}`, at: now() };
            let reverted = true;
            try {
                await store.step(record, revertStep);
                revertStep.detail = await provider.revert(pctx, base, lastGoodTarget);
                revertStep.status = 'reverted';
            }
            catch (revertErr) {
                reverted = false;
                revertStep.status = 'failed';
                revertStep.detail = `revert failed: ${revertErr.message}`;
            }
            steps.push({ ...revertStep, at: now() });
            await store.step(record, steps[steps.length - 1]).catch(() => { });
            const where = reverted ? `${env.name} is left on its last good version, ${previousVersion ?? 'nothing'}` : `REVERT FAILED: ${env.name} may be serving ${target.version}; run modelship rollback ${env.name}`;
            await store.finish(record, 'failure', `${why}; ${where}`).catch(() => { });
            return result('aborted', reverted ? previousVersion : null, `${mode.rollback ? 'rollback' : 'deploy'} of ${target.version} aborted: ${why}. ${where}`, previousVersion, { deploymentId: record.id, ...(err instanceof RolloutAborted ? err.details : {}) });
        }
    }
    finally {
        if (!options.dryRun && !manualLockByActor)
            await store.unlock(env.name, owner).catch(() => { });
    }
}
function strategyContext(spec, provider, pctx, target, base, steps, record, sleep, dryRun, analysis, store, environmentUrl) {
    const journal = async (s) => {
        steps.push(s);
        if (record && store)
            await store.step(record, s);
    };
    return {
        spec, provider, providerContext: pctx, target, base, analysis, sleep, dryRun, environmentUrl,
        async skip(name, why) {
            await journal({ name, status: 'skipped', detail: why, at: new Date().toISOString() });
        },
        async step(name, run, weights) {
            if (dryRun) {
                const detail = await run();
                await journal({ name, status: 'planned', detail, at: new Date().toISOString(), ...(weights ? { weights } : {}) });
                return detail;
            }
            // Journaled before it runs: a process killed inside this step is found by the next run.
            if (record && store)
                await store.step(record, { name, status: 'started', detail: '', at: new Date().toISOString() });
            try {
                const detail = await run();
                const done = { name, status: 'ok', detail, at: new Date().toISOString(), ...(weights ? { weights } : {}) };
                await journal(done);
                return detail;
            }
            catch (err) {
                await journal({ name, status: 'failed', detail: err.message, at: new Date().toISOString() });
                throw err;
            }
        },
        async analyze(step, weight) {
            if (dryRun) {
                if (!spec.analysis && !spec.winnerGate)
                    return undefined;
                await journal({ name: `analysis ${step}`, status: 'planned', detail: `gate ${spec.analysis?.gate ?? spec.winnerGate ?? '(injected)'}`, at: new Date().toISOString() });
                return undefined;
            }
            if (!analysis)
                return undefined;
            const gate = spec.winnerGate ?? spec.analysis?.gate ?? '';
            let res;
            try {
                res = await analysis.analyze({ environment: pctx.environment, model: pctx.model, stable: base.stable, candidate: target.version, step, weight, gate });
            }
            catch (err) {
                // An analysis that cannot run judges nothing: journaled as a failed step, and the rollout aborts.
                const why = `error: ${err.message}`;
                await journal({ name: `analysis ${step}`, status: 'failed', detail: why, at: new Date().toISOString() });
                throw new RolloutAborted(`analysis ${step} could not run (${err.message})`);
            }
            await journal({ name: `analysis ${step}`, status: res.phase === 'successful' ? 'ok' : 'failed', detail: `${res.phase}${res.reasons.length ? `: ${res.reasons.join('; ')}` : ''}`, at: new Date().toISOString() });
            return res;
        },
    };
}
/** A provider that only describes what it would do (dry run). */
function recordingProvider(type) {
    return {
        type,
        prepare: async (_c, t) => `would install ${t.version} (sha256 ${t.sha256.slice(0, 12)})`,
        verify: async (_c, t) => `would verify ${t.version}`,
        shiftTraffic: async (_c, traffic) => `would route ${(0,local/* describeTraffic */.h)(traffic)}`,
        finalize: async (_c, traffic) => `would finalize ${(0,local/* describeTraffic */.h)(traffic)}`,
        revert: async (_c, traffic) => `would restore ${(0,local/* describeTraffic */.h)(traffic)}`,
    };
}
async function engine_status(loaded, request = {}, options = {}) {
    const envs = request.environment ? [(0,config.environmentOf)(loaded, request.environment)] : (0,config.environmentsOf)(loaded);
    const models = request.model ? [(0,config.modelNameOf)(loaded, request.model)] : Object.keys(loaded.config.models);
    const out = [];
    for (const env of envs) {
        const store = (0,state_select.storeFor)(loaded, env, options);
        const held = await store.lockInfo(env.name);
        const lockInfo = held ? { ...held, stale: lock_file.LockFile.isStale(held) } : null;
        const provider = providerOrUndefined(loaded, env, options);
        for (const model of models) {
            const history = await store.history(env.name, model);
            const current = history.find((r) => r.status === 'success');
            const interrupted = history.find((r) => r.status === 'in_progress');
            // Status never fails on what the provider says; it reports what it could see.
            const seen = provider?.observe ? await provider.observe({ environment: env.name, model, log: () => { } }).catch(() => undefined) : undefined;
            const disagreement = interrupted ? null : disagreementOf(current?.payload.version ?? null, seen);
            const rollbackTarget = interrupted ? (current?.payload.version ?? null) : (history.find((r) => r.status === 'inactive' && wasLive(r) && r.payload.version !== current?.payload.version)?.payload.version ?? null);
            out.push({
                environment: env.name, model, order: env.order, provider: env.provider.type, strategy: env.strategy.type, url: env.url,
                liveVersion: current?.payload.version ?? null, sha256: current?.payload.sha256 ?? null, deployedAt: current?.updatedAt ?? null,
                rollbackTarget,
                interrupted: interrupted ? { version: interrupted.payload.version, step: lastStep(interrupted), startedAt: interrupted.createdAt, id: interrupted.id } : null,
                lock: lockInfo,
                observed: seen ? { stable: seen.stable, weights: seen.weights } : null,
                disagreement: disagreement ? `${disagreement} (state: ${store.location})` : null,
                history: history.slice(0, 10).map((r) => ({ version: r.payload.version, status: r.status, at: r.updatedAt, strategy: r.payload.strategy })),
            });
        }
    }
    return { environments: out };
}
/**
 * Records what the provider serves as the live version when the state lost track of it (a deleted or
 * replaced state file): the reconcile step a refused deploy points to. Only a settled version is adopted
 * (all traffic on it, no canary or mirror), from the provider's own copy (its sha256 and artifact), and
 * only while state and provider disagree.
 */
async function adopt(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const store = (0,state_select.storeFor)(loaded, env, options);
    const fallback = providerFor(loaded, env);
    const provider = options.provider ? options.provider(env, fallback) : fallback;
    const pctx = { environment: env.name, model, log: options.log ?? (() => { }) };
    const user = request.actor ?? (0,state_local/* osUser */.kR)();
    const owner = (0,state_local/* defaultOwner */.XB)(user);
    const steps = [];
    if (!provider.observe || !provider.installed) {
        throw new errors.ModelshipError(`the ${provider.type} provider of ${env.name} cannot tell what it serves: there is nothing to adopt from`, { hint: 'restore the state instead (a local state file keeps its last good copy as .bak)' });
    }
    const held = await store.lockInfo(env.name);
    const manualLockByUser = held !== undefined && held.pid <= 0 && held.owner === user;
    if (!options.dryRun && !manualLockByUser)
        await store.lock(env.name, { owner, pid: process.pid, host: (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23))).hostname(), reason: `adopt ${model}` });
    try {
        const history = await store.history(env.name, model);
        const current = history.find((r) => r.status === 'success');
        const interrupted = history.find((r) => r.status === 'in_progress');
        const previousVersion = current?.payload.version ?? null;
        if (interrupted)
            throw new errors.ModelshipError(`a deployment of ${model} ${interrupted.payload.version} to ${env.name} was interrupted: the state is not lost`, { hint: `resume it (modelship deploy ${env.name} --resume) or go back (modelship rollback ${env.name})` });
        const observed = await provider.observe(pctx);
        const served = observed?.stable ?? null;
        const result = (outcome, message, extra = {}) => ({
            environment: env.name, model, version: served, previousVersion, strategy: 'adopt', provider: provider.type, dryRun: options.dryRun === true, outcome, steps, url: env.url, liveVersion: outcome === 'adopted' ? served : previousVersion, message, ...extra,
        });
        if (served === previousVersion)
            return result('noop', `state and ${provider.type} provider agree: ${served ?? 'nothing'} is live in ${env.name}; nothing to adopt`);
        if (served === null) {
            throw new errors.ModelshipError(`the ${provider.type} provider of ${env.name} serves nothing, but the state says ${previousVersion} is live: there is nothing to adopt`, { hint: `make ${previousVersion} live again (modelship rollback ${env.name} --to ${previousVersion}) or deploy another version` });
        }
        if (observed.candidate !== null || observed.shadow !== null || observed.headerRoutes.length > 0 || Object.keys(observed.weights).some((v) => v !== served)) {
            throw new errors.ModelshipError(`the ${provider.type} provider of ${env.name} is in the middle of a rollout (${(0,local/* describeTraffic */.h)(observed)}): only a settled version can be adopted`, { hint: 'finish or revert that rollout where it runs, then adopt' });
        }
        const installed = await provider.installed(pctx, served);
        if (installed === undefined || !/^[0-9a-f]{64}$/.test(installed.sha256)) {
            throw new errors.ModelshipError(`the ${provider.type} provider of ${env.name} routes to ${model} ${served} but does not hold a verifiable copy of it`, { hint: 'deploy a version again instead' });
        }
        const actual = await (0,atomic/* sha256File */.Q3)(installed.artifact).catch(() => undefined);
        if (actual !== installed.sha256) {
            throw new errors.ModelshipError(`the installed copy of ${model} ${served} (${installed.artifact}) has sha256 ${actual?.slice(0, 12) ?? 'unreadable'}, but its SHA256SUMS says ${installed.sha256.slice(0, 12)}`, { hint: 'the repository was changed by hand; deploy a version again instead' });
        }
        const detail = `recorded ${served} as live: the ${provider.type} provider serves it (sha256 ${installed.sha256.slice(0, 12)}, ${installed.artifact}); the state said ${previousVersion ?? 'nothing'}`;
        if (options.dryRun) {
            steps.push({ name: 'adopt', status: 'planned', detail, at: new Date().toISOString() });
            return result('planned', `dry run: would record ${model} ${served} as live in ${env.name}; nothing was changed`, { sha256: installed.sha256 });
        }
        const payload = { model, version: served, sha256: installed.sha256, artifact: installed.artifact, strategy: 'adopt', provider: provider.type, previousVersion };
        const record = await store.create(env.name, payload, user);
        const step = { name: 'adopt', status: 'ok', detail, at: new Date().toISOString() };
        steps.push(step);
        await store.step(record, step);
        await store.finish(record, 'success', `${served} adopted from the ${provider.type} provider by ${user}`, env.url);
        return result('adopted', `${env.name} state now records ${model} ${served} as live, as the ${provider.type} provider serves it (was ${previousVersion ?? 'nothing'})`, { sha256: installed.sha256, deploymentId: record.id });
    }
    finally {
        if (!options.dryRun && !manualLockByUser)
            await store.unlock(env.name, owner).catch(() => { });
    }
}
async function lock(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const store = (0,state_select.storeFor)(loaded, env, options);
    const owner = request.actor ?? (0,state_local/* osUser */.kR)();
    if (options.dryRun)
        return { environment: env.name, locked: false, lock: (await store.lockInfo(env.name)) ?? null, message: `dry run: would lock ${env.name} for ${owner}` };
    // pid -1: a manual lock, held until unlocked (never taken over as stale).
    const info = await store.lock(env.name, { owner, pid: -1, host: (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23))).hostname(), reason: request.reason ?? 'locked by hand' });
    return { environment: env.name, locked: true, lock: info, message: `${env.name} locked by ${owner}` };
}
async function unlock(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const store = (0,state_select.storeFor)(loaded, env, options);
    const held = (await store.lockInfo(env.name)) ?? null;
    if (options.dryRun)
        return { environment: env.name, locked: held !== null, lock: held, message: `dry run: would unlock ${env.name}` };
    const owner = request.actor ?? (0,state_local/* osUser */.kR)();
    const released = await store.unlock(env.name, owner, request.force === true);
    return { environment: env.name, locked: false, lock: null, message: released ? `${env.name} unlocked` : `${env.name} was not locked` };
}
/** sha256 of the artifact, checked against a SHA256SUMS manifest beside it when there is one. */
async function verifiedSha256(artifact, from) {
    const info = await (0,promises_.stat)(artifact).catch(() => undefined);
    if (!info)
        throw new errors.ModelshipError(`the artifact of ${from} is missing: ${artifact} does not exist`, { hint: from === '--artifact' ? 'pass the path of an existing file' : 'build or fetch the model first, fix the path in modelship.yml, or pass --artifact PATH' });
    if (!info.isFile())
        throw new errors.ModelshipError(`the artifact of ${from}, ${artifact}, is not a file`);
    const sha256 = await (0,atomic/* sha256File */.Q3)(artifact);
    const manifest = await (0,promises_.readFile)(external_node_path_default().join(external_node_path_default().dirname(artifact), 'SHA256SUMS'), 'utf8').catch(() => undefined);
    if (manifest !== undefined) {
        const name = external_node_path_default().basename(artifact);
        const line = manifest.split('\n').map((l) => l.trim().match(/^([0-9a-f]{64})\s+\*?(.+)$/i)).find((m) => m && external_node_path_default().basename(m[2]) === name);
        if (line && line[1].toLowerCase() !== sha256) {
            throw new errors.ModelshipError(`${artifact} has sha256 ${sha256.slice(0, 12)} but its SHA256SUMS says ${line[1].slice(0, 12)}`, { hint: 'nothing was changed: the artifact is not the one that was released' });
        }
    }
    return sha256;
}
/** Where state and provider disagree about the live version, in words; null when they agree or the provider cannot tell. */
function disagreementOf(stateVersion, observed) {
    if (observed === undefined || observed.stable === stateVersion)
        return null;
    // A routing with no stable version names no live version: the provider serves nothing.
    if (observed.stable === null && Object.keys(observed.weights).length === 0)
        return stateVersion === null ? null : `the state says ${stateVersion} is live, but the provider serves nothing`;
    return `the state says ${stateVersion ?? 'nothing'} is live, but the provider serves ${observed.stable ?? (0,local/* describeTraffic */.h)(observed)}`;
}
/** The provider of an environment for status, which must not fail on a provider that cannot be built (e.g. an unset secret). */
function providerOrUndefined(loaded, env, options) {
    try {
        const fallback = providerFor(loaded, env);
        return options.provider ? options.provider(env, fallback) : fallback;
    }
    catch {
        return undefined;
    }
}
/** A deployed version as a target again (revert and rollback hand it to the provider). */
function targetOf(loaded, payload) {
    const config = (0,core_config.getModel)(loaded, payload.model);
    return { model: payload.model, version: payload.version, artifact: payload.artifact, sha256: payload.sha256, format: config.format ?? 'onnx', signature: config.signature, ...(payload.metrics ? { metrics: payload.metrics } : {}) };
}
/**
 * A version is immutable: the same version with other bytes is refused before anything runs (no record,
 * no routing change), whether the state has it (live, replaced, failed) or the provider already holds it.
 */
async function refuseOtherBytes(provider, pctx, history, environment, target) {
    const known = history.find((r) => r.payload.version === target.version && r.payload.sha256 !== target.sha256);
    const installed = known ? undefined : await provider.installed?.(pctx, target.version);
    const other = known ? { sha256: known.payload.sha256, where: `the ${known.status} deployment ${known.id} in ${environment}` } : installed && installed.sha256 !== target.sha256 ? { sha256: installed.sha256, where: `the ${provider.type} provider's copy (${installed.artifact})` } : undefined;
    if (other) {
        throw new errors.ModelshipError(`${target.model} ${target.version} already exists with other bytes: sha256 ${other.sha256.slice(0, 12)} in ${other.where}, but this artifact has ${target.sha256.slice(0, 12)}`, {
            hint: 'nothing was changed. A version is immutable: release the change as a new version',
        });
    }
}
function lastStep(record) {
    return record.steps[record.steps.length - 1]?.name ?? 'start';
}
function successfulVersions(history) {
    return [...new Set(history.filter(wasLive).map((r) => r.payload.version))];
}
/** Success, or success later superseded (inactive); a shadow run is inactive but was never live. */
function wasLive(r) {
    return r.status === 'success' || (r.status === 'inactive' && r.payload.strategy !== 'shadow');
}
/** The metrics of the artifact's version: `metrics.json` beside it, else the model's configured metrics when it is the configured artifact. */
async function metricsFor(loaded, model, artifact) {
    const beside = external_node_path_default().join(external_node_path_default().dirname(artifact), 'metrics.json');
    if (await (0,promises_.stat)(beside).then((s) => s.isFile(), () => false))
        return beside;
    const config = (0,core_config.getModel)(loaded, model);
    if (config.metrics && loaded.resolvePath(config.path, ['models', model, 'path']) === artifact)
        return loaded.resolvePath(config.metrics, ['models', model, 'metrics']);
    return undefined;
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
/* harmony import */ var _core_metrics_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54685);
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


/***/ })

};
