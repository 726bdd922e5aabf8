export const id = 1752;
export const ids = [1752,2741,7824];
export const modules = {

/***/ 37417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ GateAnalysisRunner),
/* harmony export */   V: () => (/* binding */ worstPhase)
/* harmony export */ });
/* harmony import */ var _gate_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93654);

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
        const args = { candidate: context.candidate, stable: context.stable, model: context.model, environment: context.environment };
        for (const [k, v] of Object.entries(context.args ?? {}))
            args[`args.${k}`] = String(v);
        const run = await (0,_gate_run_js__WEBPACK_IMPORTED_MODULE_0__.runGate)(this.loaded, context.gate, { live: this.live, candidateVersion: this.candidateVersion, args, measurement: context.measurement });
        const phase = run.verdict === 'pass' ? 'successful' : run.verdict === 'fail' ? 'failed' : 'inconclusive';
        const bad = run.checks.filter((c) => c.status === 'fail' || c.status === 'error');
        const reasons = bad.length ? bad.map((c) => `${c.gate}: ${c.reason}`) : run.gates.map((g) => g.reason);
        // A gate whose sources could not be read judged no check: the measurement failed to be taken.
        const unread = run.gates.find((g) => g.verdict === 'inconclusive' && g.checks.length === 0);
        return { phase, reasons, ...(unread ? { error: `${unread.gate}: ${unread.reason}` } : {}) };
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


/***/ }),

/***/ 61752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  adopt: () => (/* binding */ adopt),
  control: () => (/* binding */ control),
  deploy: () => (/* binding */ deploy),
  exitCodeOf: () => (/* binding */ exitCodeOf),
  lock: () => (/* binding */ lock),
  promote: () => (/* binding */ promote),
  retry: () => (/* binding */ retry),
  rollback: () => (/* binding */ rollback),
  status: () => (/* binding */ engine_status),
  storeFor: () => (/* reexport */ state_select.storeFor),
  unlock: () => (/* binding */ unlock)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/config.ts + 2 modules
var core_config = __webpack_require__(13582);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/gate/run.ts
var gate_run = __webpack_require__(93654);
// EXTERNAL MODULE: ./src/core/duration.ts
var core_duration = __webpack_require__(98571);
// EXTERNAL MODULE: ./src/core/metrics/index.ts + 14 modules
var metrics = __webpack_require__(41464);
;// CONCATENATED MODULE: ./src/core/stats/sprt.ts
/**
 * A sequential probability ratio test (Wald 1945) on the error proportions of a canary and its stable
 * measured over the same windows: is the candidate's error rate `relativeRisk` times the stable's (H1), or
 * the same (H0)?
 *
 * Conditioning makes it exact whatever the traffic split and the stable's own error rate: in a window where
 * the candidate answered n_c requests and the stable n_s, and e errors happened between them, the number
 * e_c that were the candidate's is Binomial(e, π) with π = r·n_c / (r·n_c + n_s), r the ratio of the two
 * error rates (errors as Poisson events at rate p·n). Under H0 r = 1, under H1 r = relativeRisk. Each window
 * adds its log-likelihood ratio log Bin(e_c; e, π1) − log Bin(e_c; e, π0) (the binomial coefficients cancel)
 * to a running sum S. The test stops when S ≥ log((1−β)/α) (the candidate is worse) or S ≤ log(β/(1−α))
 * (it is not). Wald's inequalities bound the errors whatever the number of looks:
 *   P(says worse | H0) ≤ α/(1−β),   P(says not worse | H1) ≤ β/(1−α),
 * and a candidate better than the stable (r < 1) is called worse even less often. Windows with no errors,
 * or where one side answered nothing, carry no information and leave S unchanged: one noisy window never
 * decides on its own unless it holds enough errors to.
 */
const DEFAULT_SPRT = { alpha: 0.05, beta: 0.2, relativeRisk: 2 };
function sprtBoundaries(options) {
    const { alpha, beta } = options;
    if (!(alpha > 0 && alpha < 1 && beta > 0 && beta < 1 && alpha + beta < 1))
        throw new RangeError(`SPRT needs 0 < alpha, beta < 1 and alpha + beta < 1, got alpha ${alpha}, beta ${beta}`);
    if (!(options.relativeRisk > 1 && Number.isFinite(options.relativeRisk)))
        throw new RangeError(`SPRT relativeRisk must be a finite number above 1, got ${options.relativeRisk}`);
    return { upper: Math.log((1 - beta) / alpha), lower: Math.log(beta / (1 - alpha)) };
}
/** The log-likelihood ratio one window adds (0 when it carries no information). */
function windowLogLikelihoodRatio(w, relativeRisk) {
    const { candidateRequests: nc, stableRequests: ns, candidateErrors: ec, stableErrors: es } = w;
    for (const [k, v] of Object.entries(w))
        if (!(Number.isInteger(v) && v >= 0))
            throw new RangeError(`SPRT window ${k} must be a whole number >= 0, got ${v}`);
    if (ec > nc || es > ns)
        throw new RangeError(`SPRT window has more errors than requests (${ec}/${nc} candidate, ${es}/${ns} stable)`);
    if (nc === 0 || ns === 0 || ec + es === 0)
        return 0;
    const pi0 = nc / (nc + ns);
    const pi1 = (relativeRisk * nc) / (relativeRisk * nc + ns);
    return ec * Math.log(pi1 / pi0) + es * Math.log((1 - pi1) / (1 - pi0));
}
/** The test over windows as they come; once decided it stays decided. */
class ErrorRateSprt {
    options;
    s;
    constructor(options = DEFAULT_SPRT) {
        this.options = options;
        const { upper, lower } = sprtBoundaries(options);
        this.s = { decision: 'continue', llr: 0, upper, lower, candidateRequests: 0, candidateErrors: 0, stableRequests: 0, stableErrors: 0, windows: 0 };
    }
    get state() {
        return { ...this.s };
    }
    add(w) {
        const inc = windowLogLikelihoodRatio(w, this.options.relativeRisk);
        if (this.s.decision !== 'continue')
            return this.state;
        const s = this.s;
        s.llr += inc;
        s.windows++;
        s.candidateRequests += w.candidateRequests;
        s.candidateErrors += w.candidateErrors;
        s.stableRequests += w.stableRequests;
        s.stableErrors += w.stableErrors;
        if (s.llr >= s.upper)
            s.decision = 'worse';
        else if (s.llr <= s.lower)
            s.decision = 'not-worse';
        return this.state;
    }
}

;// CONCATENATED MODULE: ./src/deploy/analysis-run.ts



const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4;
/** Reads an analysis spec's limits, checking what the schema cannot (count needs an interval). */
function analysisLimits(spec, where) {
    const intervalMs = spec.interval === undefined ? 0 : (0,core_duration/* parseDuration */.E)(spec.interval, `${where}.interval`);
    const count = spec.count ?? 1;
    if (count > 1 && spec.interval === undefined)
        throw new metrics/* MetricSourceError */.ux(`${where}: count ${count} needs an interval between the measurements`, { hint: 'add e.g. interval: 30s' });
    return { count, intervalMs, failureLimit: spec.failureLimit ?? 0, inconclusiveLimit: spec.inconclusiveLimit ?? 0, consecutiveErrorLimit: spec.consecutiveErrorLimit ?? DEFAULT_CONSECUTIVE_ERROR_LIMIT };
}
async function runAnalysis(spec, context, options, where = 'analysis') {
    const limits = analysisLimits(spec, where);
    const sequential = spec.sequential ? new ErrorRateSprt({ alpha: spec.sequential.alpha ?? DEFAULT_SPRT.alpha, beta: spec.sequential.beta ?? DEFAULT_SPRT.beta, relativeRisk: spec.sequential.relativeRisk ?? DEFAULT_SPRT.relativeRisk }) : undefined;
    // The environment's url may name the model's endpoint (…/v2/models/iris): its server's /metrics is at the origin.
    const seqUrl = spec.sequential ? (spec.sequential.url ?? originOf(options.serveUrl)) : undefined;
    if (spec.sequential && !seqUrl)
        throw new metrics/* MetricSourceError */.ux(`${where}.sequential: no modelship serve to read: set sequential.url (or the environment's url)`);
    const seqWindowMs = spec.sequential ? (0,core_duration/* parseDuration */.E)(spec.sequential.window ?? '10s', `${where}.sequential.window`) : 0;
    const measurements = [];
    let failed = 0;
    let inconclusive = 0;
    let consecutiveErrors = 0;
    let stoppedEarly;
    let verdict;
    const args = { ...(spec.args ?? {}) };
    for (let i = 0; i < limits.count; i++) {
        if (i > 0 && limits.intervalMs > 0)
            await options.sleep(limits.intervalMs);
        const measurement = new metrics/* ServeMeasurement */.uk({ fetch: options.fetch });
        const m = { index: i + 1, phase: 'successful', reasons: [], at: new Date().toISOString() };
        const phases = [];
        const seqRead = sequential && seqUrl ? readSequential(measurement, seqUrl, seqWindowMs, context, sequential).then((state) => ({ state }), (error) => ({ error })) : undefined;
        if (options.runner) {
            try {
                const r = await options.runner.analyze({ ...context, args, measurement });
                phases.push(r.error !== undefined ? 'error' : r.phase);
                m.reasons.push(...(r.error !== undefined ? [r.error] : r.reasons));
            }
            catch (err) {
                phases.push('error');
                m.reasons.push(`measurement could not be taken: ${err.message}`);
            }
        }
        if (seqRead) {
            const got = await seqRead;
            if ('error' in got) {
                phases.push('error');
                m.reasons.push(`sequential test: ${got.error.message}`);
            }
            else {
                m.sequential = got.state;
                const s = got.state;
                const figures = `${context.candidate} ${s.candidateErrors}/${s.candidateRequests} errors, ${context.stable ?? 'stable'} ${s.stableErrors}/${s.stableRequests}, log-likelihood ratio ${s.llr.toFixed(2)} in (${s.lower.toFixed(2)}, ${s.upper.toFixed(2)})`;
                if (s.decision === 'worse') {
                    phases.push('failed');
                    m.reasons.push(`sequential test: the candidate's error rate is ${spec.sequential.relativeRisk ?? DEFAULT_SPRT.relativeRisk}x the stable's (${figures})`);
                }
                else {
                    phases.push('successful');
                    m.reasons.push(`sequential test: ${s.decision === 'not-worse' ? 'not worse than the stable' : 'undecided'} (${figures})`);
                }
            }
        }
        for (const url of measurement.urls())
            options.onServer?.(url);
        m.phase = phases.includes('error') ? 'error' : phases.includes('failed') ? 'failed' : phases.includes('inconclusive') ? 'inconclusive' : 'successful';
        measurements.push(m);
        if (m.phase === 'error')
            consecutiveErrors++;
        else
            consecutiveErrors = 0;
        if (m.phase === 'failed')
            failed++;
        if (m.phase === 'inconclusive')
            inconclusive++;
        if (m.sequential?.decision === 'worse') {
            verdict = 'failed';
            stoppedEarly = `the sequential test decided after ${i + 1} measurement(s)`;
            break;
        }
        if (failed > limits.failureLimit) {
            verdict = 'failed';
            if (i + 1 < limits.count)
                stoppedEarly = `failureLimit ${limits.failureLimit} exceeded`;
            break;
        }
        if (consecutiveErrors > limits.consecutiveErrorLimit) {
            verdict = 'error';
            if (i + 1 < limits.count)
                stoppedEarly = `consecutiveErrorLimit ${limits.consecutiveErrorLimit} exceeded`;
            break;
        }
        if (inconclusive > limits.inconclusiveLimit) {
            verdict = 'inconclusive';
            if (i + 1 < limits.count)
                stoppedEarly = `inconclusiveLimit ${limits.inconclusiveLimit} exceeded`;
            break;
        }
        if (m.sequential?.decision === 'not-worse' && m.phase === 'successful') {
            verdict = 'successful';
            if (i + 1 < limits.count)
                stoppedEarly = `the sequential test found the candidate not worse after ${i + 1} measurement(s)`;
            break;
        }
    }
    if (verdict === undefined)
        verdict = measurements.every((x) => x.phase === 'error') ? 'error' : 'successful';
    const last = measurements[measurements.length - 1];
    const counts = `${measurements.length} measurement(s): ${measurements.filter((x) => x.phase === 'successful').length} successful, ${failed} failed, ${inconclusive} inconclusive, ${measurements.filter((x) => x.phase === 'error').length} error`;
    const why = verdict === 'failed' ? (last.sequential?.decision === 'worse' ? 'the sequential test' : `failed measurements exceed failureLimit ${limits.failureLimit}`)
        : verdict === 'error' ? (consecutiveErrors > limits.consecutiveErrorLimit ? `measurements could not be taken ${consecutiveErrors} times in a row (consecutiveErrorLimit ${limits.consecutiveErrorLimit}): the source is down longer than the budget` : 'no measurement could be taken')
            : verdict === 'inconclusive' ? `inconclusive measurements exceed inconclusiveLimit ${limits.inconclusiveLimit}`
                : undefined;
    // One measurement speaks for itself; a longer run says why it ended and what it counted.
    const reasons = measurements.length === 1 && limits.count === 1 ? [...last.reasons] : [...(why ? [why] : []), ...last.reasons, counts];
    return {
        phase: verdict === 'error' ? 'failed' : verdict,
        runPhase: verdict,
        action: verdict === 'successful' ? 'continue' : verdict === 'inconclusive' ? 'pause' : 'abort',
        reasons,
        measurements,
        ...(stoppedEarly ? { stoppedEarly } : {}),
    };
}
async function readSequential(measurement, url, windowMs, context, test) {
    const w = await measurement.window(url, context.model, windowMs);
    const c = w.figures.get(context.candidate);
    const s = context.stable ? w.figures.get(context.stable) : undefined;
    return test.add({ candidateRequests: c?.requests ?? 0, candidateErrors: c?.errors ?? 0, stableRequests: s?.requests ?? 0, stableErrors: s?.errors ?? 0 });
}
/** How many requests a version answered and how many failed, as each modelship serve counts them since it started. */
async function blastRadius(urls, model, version, fetchImpl) {
    let requests = 0;
    let errors = 0;
    const sources = [];
    for (const url of new Set(urls)) {
        const figures = await (0,metrics/* scrapeServe */.GQ)(url, model, fetchImpl).catch(() => undefined);
        if (!figures)
            continue;
        const f = figures.get(version);
        requests += f?.requests ?? 0;
        errors += f?.errors ?? 0;
        sources.push(url);
    }
    return sources.length ? { requests, errors, sources } : undefined;
}
function originOf(url) {
    if (url === undefined)
        return undefined;
    try {
        return new URL(url).origin;
    }
    catch {
        return url; // reported by the source, which names it
    }
}

// EXTERNAL MODULE: ./src/deploy/analysis.ts
var deploy_analysis = __webpack_require__(37417);
// EXTERNAL MODULE: ./src/package/fetch-model.ts
var fetch_model = __webpack_require__(63312);
// EXTERNAL MODULE: ./src/package/reference.ts
var reference = __webpack_require__(72525);
// EXTERNAL MODULE: ./src/validate/config.ts
var validate_config = __webpack_require__(62066);
// EXTERNAL MODULE: ./src/validate/engine.ts + 6 modules
var engine = __webpack_require__(76278);
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
    const report = await (0,engine.validateArtifacts)({ paths: [artifact], cwd: loaded.root, settings, targets: new Map([[artifact, { format: config.format, signature: config.signature }]]) });
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
/**
 * What a strategy does with an analysis run: go on, abort (failed, or its source down beyond the error
 * budget), or, when inconclusive, wait for a person (or abort where no one can be asked).
 */
async function actOnAnalysis(ctx, result, where) {
    if (!result || result.action === 'continue')
        return;
    const reasons = result.reasons.join('; ');
    if (result.action === 'abort') {
        throw new RolloutAborted(`analysis ${result.runPhase === 'error' ? 'could not measure' : 'failed'} ${where}: ${reasons}`);
    }
    if (ctx.waitForPerson)
        return ctx.waitForPerson(`analysis inconclusive ${where}: ${reasons}`);
    throw new RolloutAborted(`analysis inconclusive ${where}: ${reasons} (nobody can be asked to promote here, so the rollout is not promoted)`);
}

;// CONCATENATED MODULE: ./src/deploy/control.ts

class RolloutControl {
    options;
    applied = new Set();
    pausedBy = null;
    promoteBy = null;
    fullBy = null;
    pollMs;
    heartbeatMs;
    constructor(options) {
        this.options = options;
        this.pollMs = Math.max(1, options.pollMs ?? options.store.pollMs);
        // Several heartbeats per deadline, so one slow write never makes a live rollout look dead.
        this.heartbeatMs = Math.max(this.pollMs, Math.min(options.deadlineMs / 4, 60_000));
    }
    /** Who asked for promote-full, once asked: the strategy skips what is left. */
    get promotedFullyBy() {
        return this.fullBy;
    }
    /** Reads and applies new requests; an abort (or a signal) throws RolloutAborted. */
    async poll() {
        this.throwIfSignalled();
        const requests = await this.options.store.requests(this.options.record);
        for (const r of requests) {
            if (this.applied.has(r.id))
                continue;
            this.applied.add(r.id);
            await this.options.journal({ name: `request ${r.action}`, status: 'ok', detail: `by ${r.actor} at ${r.at}`, at: new Date().toISOString() });
            if (r.action === 'abort')
                throw new RolloutAborted(`aborted by ${r.actor} (modelship rollout abort)`);
            if (r.action === 'pause')
                this.pausedBy = r.actor;
            else if (r.action === 'resume')
                this.pausedBy = null;
            else if (r.action === 'promote') {
                this.pausedBy = null;
                this.promoteBy = r.actor;
            }
            else if (r.action === 'promote-full') {
                this.pausedBy = null;
                this.fullBy = r.actor;
            }
        }
    }
    /** Between steps: applies requests, and holds here while a `pause` request stands. */
    async checkpoint(step) {
        await this.poll();
        if (this.pausedBy !== null)
            await step(`pause (requested by ${this.pausedBy})`, () => this.wait(0));
    }
    /**
     * Waits `ms` (null: until promoted), reading requests every pollMs (the caller heartbeats). A standing pause
     * request holds it past its end; promote ends it; promote-full ends it and every later one. The injected
     * `sleep` (when given) is the pause itself, called once with `ms`, as before control existed.
     */
    async wait(ms) {
        const started = Date.now();
        let timerDone = ms === null ? false : ms <= 0;
        let cancel = () => { };
        const timed = ms === null || ms <= 0
            ? new Promise(() => { })
            : this.options.sleep
                ? this.options.sleep(ms)
                : new Promise((resolve) => {
                    const t = setTimeout(resolve, ms);
                    cancel = () => clearTimeout(t);
                });
        void timed.then(() => (timerDone = true));
        const since = () => `${Math.round((Date.now() - started) / 1000)}s`;
        try {
            for (;;) {
                await this.poll();
                if (this.fullBy !== null)
                    return `ended by promote-full (${this.fullBy})`;
                if (this.promoteBy !== null) {
                    const by = this.promoteBy;
                    this.promoteBy = null;
                    return `ended by promote (${by}) after ${since()}`;
                }
                if (timerDone && this.pausedBy === null)
                    return ms === 0 ? `held ${since()}` : `waited ${since()}`;
                await this.sleepOrWake(timed);
            }
        }
        finally {
            cancel();
        }
    }
    /** Runs `work` while writing a heartbeat every heartbeatMs (a failed heartbeat is retried at the next). */
    async heartbeating(note, work) {
        const timer = setInterval(() => void this.options.store.heartbeat(this.options.record, note).catch(() => { }), this.heartbeatMs);
        try {
            return await work();
        }
        finally {
            clearInterval(timer);
        }
    }
    /** Until the next poll, the pause's end, or the signal. */
    async sleepOrWake(timed) {
        let timer;
        let onAbort;
        const signal = this.options.signal;
        await Promise.race([
            timed,
            new Promise((resolve) => {
                timer = setTimeout(resolve, this.pollMs);
                onAbort = resolve;
                signal?.addEventListener('abort', onAbort, { once: true });
            }),
        ]);
        clearTimeout(timer);
        if (onAbort)
            signal?.removeEventListener('abort', onAbort);
        this.throwIfSignalled();
    }
    throwIfSignalled() {
        const signal = this.options.signal;
        if (signal?.aborted)
            throw new RolloutAborted(`interrupted by ${String(signal.reason ?? 'a signal')}`);
    }
}

// EXTERNAL MODULE: ./src/deploy/recovery.ts
var recovery = __webpack_require__(21452);
;// CONCATENATED MODULE: ./src/deploy/strategies/canary.ts


const DEFAULT_CANARY_STEPS = [{ weight: 10, pause: '1m' }, { weight: 50, pause: '1m' }, { weight: 100 }];
/**
 * Weighted steps with pauses; after each pause an analysis run judges the canary at that weight (Argo
 * Rollouts semantics, src/deploy/analysis-run.ts: `count` measurements `interval` apart, `failureLimit`,
 * `inconclusiveLimit`, `consecutiveErrorLimit`, the sequential test). Failed or error aborts; inconclusive
 * waits for a person where one can be asked, else aborts: a canary nobody can judge is not promoted. An
 * abort throws; the engine reverts to the last good traffic, so weights return to {stable: 100}.
 * Before each step, requests from `modelship rollout` are applied (pause holds, abort throws, promote-full
 * skips to 100%); a step's pause is steerable (promote ends it, `pause: {}` waits for promote).
 */
const canaryStrategy = {
    type: 'canary',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const steps = ctx.spec.steps?.length ? ctx.spec.steps : DEFAULT_CANARY_STEPS;
        for (const [i, s] of steps.entries()) {
            await ctx.checkpoint();
            const fullBy = ctx.promotedFullyBy();
            if (fullBy !== null) {
                await ctx.skip(`steps ${i + 1}-${steps.length}`, `promote-full by ${fullBy}: remaining steps, pauses and analysis skipped`);
                break;
            }
            const weights = split(ctx.base.stable, ctx.target.version, s.weight);
            // Nothing live yet (first deploy): the candidate takes all traffic from the first step, so it is the
            // stable version of the routing (a routing with weights but no stable is refused by `modelship serve`).
            const whole = s.weight >= 100 || ctx.base.stable === null;
            const traffic = { ...ctx.base, candidate: whole ? null : ctx.target.version, stable: whole ? ctx.target.version : ctx.base.stable, previous: s.weight >= 100 ? ctx.base.stable : ctx.base.previous, weights, headerRoutes: [], ...(ctx.spec.sticky && !whole ? { sticky: { header: ctx.spec.sticky.header } } : {}), shadow: null, strategy: 'canary' };
            await ctx.step(`set-weight ${s.weight}%`, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
            const pause = (0,config.pauseMsOf)(s.pause, `strategy.steps[${i}].pause`);
            if (pause === null)
                await ctx.pause('pause (until promoted)', null);
            else if (pause !== undefined && pause > 0)
                await ctx.pause(`pause ${typeof s.pause === 'object' ? s.pause.duration : s.pause}`, pause);
            const fullAfterPause = ctx.promotedFullyBy();
            if (fullAfterPause !== null) {
                await ctx.skip(`analysis ${i + 1}`, `promote-full by ${fullAfterPause}`);
                continue;
            }
            await actOnAnalysis(ctx, await ctx.analyze(i + 1, s.weight), `at step ${i + 1} (${s.weight}%)`);
        }
        return { live: true, traffic: await promoteFully(ctx, 'canary') };
    },
};

;// CONCATENATED MODULE: ./src/deploy/rollout-status.ts


/** A step that waits: a pause (of a step, or by request) or an observation. Started and not ended = Paused. */
const WAITING = /^(pause|observe)\b/;
/**
 * A rollout's state as Argo Rollouts names it (its four phases; "aborted" is Degraded), read from the
 * newest deployment record of the model in the environment:
 *
 * - Progressing: in progress and moving; Paused: in progress and waiting (a pause step, a pause request);
 * - Degraded: the newest rollout failed or was aborted, so the version wanted is not the one live (retry
 *   re-runs it), or an interrupted one is past its progress deadline;
 * - Healthy: the newest rollout finished (or nothing was ever deployed).
 */
function rolloutView(history, env, now = Date.now()) {
    const newest = history[0];
    const stepCount = env.strategy.type === 'canary' ? (env.strategy.steps?.length ? env.strategy.steps.length : DEFAULT_CANARY_STEPS.length) : null;
    if (newest === undefined)
        return { phase: 'Healthy', version: null, deploymentId: null, step: null, stepNumber: null, stepCount, weight: null, analysis: null, message: `nothing deployed to ${env.name} yet`, deadline: null };
    const steps = newest.steps;
    const weightSteps = steps.filter((s) => /^set-weight \d+%/.test(s.name) || s.name === 'switch' || s.name === 'finalize');
    const lastWeight = weightSteps.at(-1);
    const weight = lastWeight ? (lastWeight.weights?.[newest.payload.version] ?? (lastWeight.name.startsWith('set-weight') ? Number(/(\d+)%/.exec(lastWeight.name)[1]) : 100)) : null;
    const stepNumber = new Set(steps.filter((s) => s.name.startsWith('set-weight')).map((s) => s.name)).size || null;
    const analysisStep = [...steps].reverse().find((s) => s.name.startsWith('analysis') && s.status !== 'started');
    const analysis = analysisStep ? { name: analysisStep.name, status: analysisStep.status, detail: analysisStep.detail } : null;
    const base = { version: newest.payload.version, deploymentId: newest.id, stepNumber, stepCount, weight, analysis };
    if (newest.status === 'in_progress') {
        const last = steps.at(-1);
        const deadline = new Date((0,recovery.deadlineOf)(newest, env)).toISOString();
        if (now > Date.parse(deadline)) {
            return { ...base, phase: 'Degraded', step: last?.name ?? null, deadline, message: `no progress since ${new Date((0,recovery.lastProgressMs)(newest)).toISOString()}: past its progress deadline (${deadline}); the next modelship command here reverts it` };
        }
        if (last && last.status === 'started' && WAITING.test(last.name)) {
            const until = last.name.includes('until promoted') ? `modelship rollout promote ${env.name} goes on` : last.name.includes('requested') ? `modelship rollout resume ${env.name} goes on` : 'it goes on when the pause ends, or on modelship rollout promote';
            return { ...base, phase: 'Paused', step: last.name, deadline, message: `${newest.payload.version} paused at "${last.name}": ${until}` };
        }
        return { ...base, phase: 'Progressing', step: last?.name ?? null, deadline, message: `${newest.payload.version} rolling out${last ? `: ${last.name}` : ''}` };
    }
    const last = steps.at(-1);
    if (newest.status === 'failure') {
        return { ...base, phase: 'Degraded', step: last?.name ?? null, deadline: null, message: `${newest.description ?? `${newest.payload.version} failed`} — re-run it: modelship rollout retry ${env.name}` };
    }
    return { ...base, phase: 'Healthy', step: last?.name ?? null, deadline: null, message: newest.description ?? `${newest.payload.version} live` };
}

// EXTERNAL MODULE: ./src/deploy/providers/index.ts + 4 modules
var providers = __webpack_require__(16703);
// EXTERNAL MODULE: ./src/deploy/providers/local.ts
var local = __webpack_require__(48605);
// EXTERNAL MODULE: ./src/deploy/providers/provider.ts
var providers_provider = __webpack_require__(67969);
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
    const { analysis, prePromotionAnalysis, postPromotionAnalysis, winnerGate } = env.strategy;
    // An analysis judged by the sequential test alone reads live counts only, no metrics of the version.
    return env.gates.length > 0 || [analysis, prePromotionAnalysis, postPromotionAnalysis].some((a) => a?.gate !== undefined) || winnerGate !== undefined;
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
            await ctx.step(`observe ${ctx.spec.duration}`, async () => (await ctx.sleep(duration), 'observed'), undefined, true);
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

;// CONCATENATED MODULE: ./src/deploy/strategies/bandit.ts




/**
 * Bandit: the live version, the new one (and any `bandit.arms` already installed) share traffic, and
 * `modelship serve` re-allocates it from the rewards of joined feedback (src/serve/bandit.ts), writing the
 * experiment's state to bandit.json. Every `interval` the rollout reads that state and journals the
 * allocation when it moved; once an arm's probability of being best reaches `bound` after `minRewards`
 * rewards it decides: the new version wins -> it takes all traffic; another arm wins -> the rollout aborts
 * and the engine restores the previous traffic. `modelship rollout promote` (or `/promote`) ends the
 * experiment with the new version; past `duration` undecided, a person is asked (or it aborts).
 */
const banditStrategy = {
    type: 'bandit',
    async run(ctx) {
        await prepareAndVerify(ctx);
        const { version } = ctx.target;
        const stable = ctx.base.stable;
        if (stable === null || stable === version) {
            await ctx.skip('bandit', `nothing else live in ${ctx.providerContext.environment} to compare ${version} with: it takes all traffic at once`);
            return { live: true, traffic: await promoteFully(ctx, 'bandit') };
        }
        const b = ctx.spec.bandit ?? {};
        const arms = [...new Set([stable, ...(b.arms ?? []), version])];
        for (const arm of b.arms ?? []) {
            if (arm === stable || arm === version || ctx.dryRun)
                continue;
            if (!(await ctx.provider.installed?.(ctx.providerContext, arm))) {
                throw new errors.ModelshipError(`bandit arm ${arm} is not installed in ${ctx.providerContext.environment}`, { hint: `deploy ${arm} there first, or remove it from strategy.bandit.arms` });
            }
        }
        const bandit = {
            id: `${version}@${new Date().toISOString()}`,
            arms,
            algorithm: b.algorithm ?? config.BANDIT_DEFAULTS.algorithm,
            reward: b.reward ?? config.BANDIT_DEFAULTS.reward,
            floor: b.floor ?? config.BANDIT_DEFAULTS.floor,
            epsilon: b.epsilon ?? config.BANDIT_DEFAULTS.epsilon,
            bound: b.bound ?? config.BANDIT_DEFAULTS.bound,
            minRewards: b.minRewards ?? config.BANDIT_DEFAULTS.minRewards,
        };
        const weights = equalWeights(arms);
        const sticky = ctx.spec.sticky ? { header: ctx.spec.sticky.header } : null;
        const traffic = { ...ctx.base, candidate: version, weights, headerRoutes: [], sticky, shadow: null, strategy: 'bandit', bandit };
        await ctx.step(`bandit ${arms.join(' vs ')} (${bandit.algorithm}, ${bandit.reward} rewards, floor ${bandit.floor})`, () => ctx.provider.shiftTraffic(ctx.providerContext, traffic, ctx.target), weights);
        const interval = (0,core_duration/* parseDuration */.E)(b.interval ?? config.BANDIT_DEFAULTS.interval, 'strategy.bandit.interval');
        const limit = ctx.spec.duration === undefined ? Infinity : (0,core_duration/* parseDuration */.E)(ctx.spec.duration, 'strategy.duration');
        if (ctx.dryRun) {
            await ctx.step('learn', async () => `would read the experiment every ${b.interval ?? config.BANDIT_DEFAULTS.interval} until an arm's probability of being best reaches ${bandit.bound} after ${bandit.minRewards} rewards`);
            return { live: true, traffic: await promoteFully(ctx, 'bandit') };
        }
        let waited = 0;
        let journaled = '';
        let state;
        const read = async () => {
            const s = await ctx.provider.experiment?.(ctx.providerContext);
            // Another experiment's file (an earlier rollout) says nothing of this one.
            return s && s.id === bandit.id ? s : undefined;
        };
        const report = (decidedBy) => {
            const { id, algorithm, reward } = bandit;
            const flat = (x) => Object.fromEntries(arms.map((a) => [a, x]));
            const s = state;
            return s
                ? { id, arms, algorithm, reward, allocation: s.allocation, probabilityBest: s.probabilityBest, means: s.means, rewards: s.rewards, regret: s.regret, winner: s.winner, decidedBy }
                : { id, arms, algorithm, reward, allocation: Object.fromEntries(arms.map((a) => [a, weights[a] / 100])), probabilityBest: flat(1 / arms.length), means: flat(0), rewards: 0, regret: 0, winner: null, decidedBy };
        };
        const promote = async (decidedBy) => ({ live: true, traffic: await promoteFully(ctx, 'bandit'), details: { bandit: report(decidedBy) } });
        for (;;) {
            await ctx.checkpoint();
            if (ctx.promotedFullyBy())
                return promote('promote-full');
            state = await read();
            if (state) {
                const shares = Object.fromEntries(arms.map((a) => [a, Math.round(state.allocation[a] * 1000) / 10]));
                const summary = arms.map((a) => `${a} ${shares[a]}%`).join(' · ');
                if (summary !== journaled || state.winner) {
                    journaled = summary;
                    await ctx.step(`allocation after ${state.rewards} rewards`, async () => `${summary}; P(best) ${arms.map((a) => `${a} ${state.probabilityBest[a].toFixed(3)}`).join(' · ')}; estimated regret ${state.regret.toFixed(2)}`, shares);
                }
                if (state.winner) {
                    const p = state.probabilityBest[state.winner].toFixed(3);
                    if (state.winner === version) {
                        await ctx.step('decide', async () => `${version} is best with probability ${p} after ${state.rewards} rewards (bound ${bandit.bound})`);
                        return promote('bound');
                    }
                    throw new RolloutAborted(`bandit: ${state.winner} is best with probability ${p} after ${state.rewards} rewards, not ${version}${state.winner === stable ? '' : ` (deploy ${state.winner} to make it live)`}`, { bandit: report('bound') });
                }
            }
            if (waited >= limit) {
                const why = `bandit undecided after ${ctx.spec.duration}: ${state ? `${state.rewards} rewards, best P(best) ${Math.max(...Object.values(state.probabilityBest)).toFixed(3)} (bound ${bandit.bound}, minRewards ${bandit.minRewards})` : 'no reward joined yet (is modelship serve running with feedback posted?)'}`;
                if (!ctx.waitForPerson)
                    throw new RolloutAborted(`${why} (nobody can be asked to promote here, so it is not promoted)`, { bandit: report('undecided') });
                try {
                    await ctx.waitForPerson(why);
                }
                catch (err) {
                    if (err instanceof RolloutAborted)
                        throw new RolloutAborted(err.message, { bandit: report('undecided') });
                    throw err;
                }
                return promote('promote');
            }
            const wait = Math.min(interval, limit - waited);
            const detail = await ctx.pause(`observe ${formatMs(wait)}`, wait);
            waited += wait;
            if (detail.startsWith('ended by promote-full'))
                return promote('promote-full');
            if (detail.startsWith('ended by promote'))
                return promote('promote');
        }
    },
};
/** Integer weights summing to 100, as equal as they can be (the remainder to the first arms). */
function equalWeights(arms) {
    const base = Math.floor(100 / arms.length);
    let rest = 100 - base * arms.length;
    return Object.fromEntries(arms.map((a) => [a, base + (rest-- > 0 ? 1 : 0)]));
}
function formatMs(ms) {
    return ms % 60_000 === 0 ? `${ms / 60_000}m` : ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

;// CONCATENATED MODULE: ./src/deploy/strategies/blue-green.ts

/**
 * Deploy the new version beside the old (green beside blue), verify it with no traffic, judge the preview
 * (`prePromotionAnalysis`: the candidate answers only requests sent to it by version, e.g.
 * /v2/models/M/versions/V/infer; a failure leaves the active version untouched), switch `stable` in one
 * atomic write, verify again, judge live traffic (`postPromotionAnalysis`: a failure or an error switches
 * back), and keep the old slot as `previous` for an instant rollback.
 */
const blueGreenStrategy = {
    type: 'blue-green',
    async run(ctx) {
        await prepareAndVerify(ctx);
        if (ctx.spec.prePromotionAnalysis && ctx.base.stable !== null) {
            // The preview: routed as a candidate with weight 0, so the server loads it and answers requests sent to
            // its version, while every user request still goes to the active version.
            const preview = { ...ctx.base, candidate: ctx.target.version, weights: { ...ctx.base.weights, [ctx.target.version]: 0 }, headerRoutes: [], shadow: null, strategy: 'blue-green' };
            await ctx.step('preview', () => ctx.provider.shiftTraffic(ctx.providerContext, preview, ctx.target), preview.weights);
        }
        await actOnAnalysis(ctx, await ctx.analyze(1, 0, 'prePromotionAnalysis'), 'before promotion (on the preview)');
        // A pause or abort requested while green was prepared is applied before any traffic moves.
        await ctx.checkpoint();
        const switched = { ...ctx.base, stable: ctx.target.version, candidate: null, previous: ctx.base.stable, weights: { [ctx.target.version]: 100 }, headerRoutes: [], shadow: null, strategy: 'blue-green' };
        await ctx.step('switch', () => ctx.provider.shiftTraffic(ctx.providerContext, switched, ctx.target), switched.weights);
        await ctx.step('verify-after-switch', () => ctx.provider.verify(ctx.providerContext, ctx.target));
        await actOnAnalysis(ctx, await ctx.analyze(2, 100, 'postPromotionAnalysis'), 'after promotion');
        return { live: true, traffic: await promoteFully(ctx, 'blue-green') };
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

// EXTERNAL MODULE: ./src/core/metrics/exposition.ts
var metrics_exposition = __webpack_require__(66487);
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
    return { versions: (0,metrics_exposition/* figuresByVersion */.XF)(exposition, model), shadow };
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
    const exposition = (0,metrics_exposition/* parseExposition */.gw)(text, url);
    if (!exposition.types.has('modelship_requests_total'))
        throw new Error(`${url} is not the /metrics of modelship serve (no modelship_requests_total)`);
    return mirrorScrapeOf(exposition, model);
}
const ms = (h, q) => {
    const v = (0,metrics_exposition/* histogramQuantile */.EV)(q, h);
    return Number.isFinite(v) ? Number((v * 1000).toFixed(3)) : null;
};
const rate = (errors, requests) => (requests > 0 ? errors / requests : null);
const pct = (r) => (r === null ? 'n/a' : `${Number((r * 100).toFixed(2))}%`);
const lat = (s) => (s.p50Ms === null ? 'no latency observed' : `p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms`);
/** The window between two scrapes, judged against the bound. Throws when the server restarted in between. */
function judgeMirror(before, after, stable, candidate, bound, source) {
    const versions = (0,metrics_exposition/* figuresBetween */.oQ)(before.versions, after.versions);
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
            await ctx.step(`observe ${ctx.spec.duration}`, async () => (await ctx.sleep(duration), 'observed'), undefined, true);
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
    bandit: banditStrategy,
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
    return result.outcome === 'aborted' ? errors/* ExitCode */.yU.Failed : errors/* ExitCode */.yU.Pass;
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
    // oci://registry/repository@sha256:... is pulled, verified and extracted into the project's cache first.
    const fetched = request.artifact !== undefined && (0,reference.isOciUri)(request.artifact) ? await (0,fetch_model/* fetchModelByDigest */.N)(request.artifact, external_node_path_default().join(loaded.root, '.modelship', 'oci'), options.env ?? process.env) : undefined;
    const artifact = fetched?.file ?? loaded.resolvePath(request.artifact ?? modelConfig.path, request.artifact ? [] : ['models', model, 'path']);
    const sha256 = await verifiedSha256(artifact, request.artifact === undefined ? `model "${model}" (models.${model}.path in ${external_node_path_default().basename(loaded.file)})` : '--artifact');
    const { format } = await checkArtifact(loaded, model, request.version, artifact, sha256);
    const target = { model, version: request.version, artifact, sha256, format, signature: modelConfig.signature, metrics: await metricsFor(loaded, model, artifact), ...(fetched ? { oci: fetched.reference } : {}) };
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
    // Deployed by digest: the registry must still serve those bytes under that digest.
    if (live.payload.oci)
        await (0,fetch_model/* checkDigestReference */.O)(live.payload.oci, live.payload.sha256, options.env ?? process.env);
    const modelConfig = (0,core_config.getModel)(loaded, model);
    const { format } = await checkArtifact(loaded, model, live.payload.version, live.payload.artifact, sha256);
    const target = { model, version: live.payload.version, artifact: live.payload.artifact, sha256, format, signature: modelConfig.signature, metrics: live.payload.metrics, ...(live.payload.oci ? { oci: live.payload.oci } : {}) };
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
    const t = { model, version: target.payload.version, artifact: target.payload.artifact, sha256: target.payload.sha256, format: (0,core_config.getModel)(loaded, model).format ?? 'onnx', signature: (0,core_config.getModel)(loaded, model).signature, metrics: target.payload.metrics, versionMetrics: target.payload.versionMetrics, ...(target.payload.oci ? { oci: target.payload.oci } : {}) };
    return rollout(loaded, env, t, request.actor, options, { resume: true, gates: false, rollback: true });
}
async function rollout(loaded, env, target, actor, options, mode) {
    const model = target?.model ?? (0,config.modelNameOf)(loaded, undefined);
    const store = (0,state_select.storeFor)(loaded, env, options);
    const fallback = (0,providers/* providerFor */.z)(loaded, env);
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
    const user = actor ?? (0,state_local.osUser)();
    const owner = (0,state_local.defaultOwner)(user);
    const reason = `${mode.rollback ? 'rollback' : 'deploy'} ${model} ${target?.version ?? '(nothing)'}`;
    const held = await store.lockInfo(env.name);
    // A manual lock (`modelship lock`) lets its own holder deploy; anything else must take the lock.
    const manualLockByActor = held !== undefined && held.pid <= 0 && held.owner === user;
    // An interrupted rollout past its progress deadline is reverted first (journaled), as by any command here.
    if (!options.dryRun)
        await (0,recovery.recoverStalled)(loaded, env, [model], options, { actor });
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
        const base = current ? (observed && !interrupted ? observed : (0,providers_provider/* settledTraffic */.b)(current.payload.version, current.payload.previousVersion, current.payload.strategy)) : (0,providers_provider/* emptyTraffic */.n)(strategySpec.type);
        const lastGoodTarget = current ? (0,recovery.targetOf)(loaded, current.payload) : undefined;
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
                await strategy.run(strategyContext(strategySpec, plan, pctx, target, base, steps, undefined, async () => { }, true, undefined, undefined, env.url, undefined, undefined, (0,config.progressDeadlineMs)(env)));
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
        const payload = { model, version: target.version, sha256: target.sha256, artifact: target.artifact, strategy: mode.rollback ? 'rollback' : strategySpec.type, provider: provider.type, previousVersion, ...(target.metrics ? { metrics: target.metrics } : {}), ...(target.versionMetrics ? { versionMetrics: target.versionMetrics } : {}), ...(target.oci ? { oci: target.oci } : {}) };
        const record = await store.create(env.name, payload, user);
        const analysis = options.analysis ?? (strategySpec.analysis || strategySpec.winnerGate || strategySpec.prePromotionAnalysis || strategySpec.postPromotionAnalysis ? new deploy_analysis/* GateAnalysisRunner */.G(loaded, liveOf(loaded, options), candidateVersion) : undefined);
        // The modelship serve processes analysis read: on an abort they say how many requests the candidate served.
        const servers = new Set();
        const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
        const deadlineMs = (0,config.progressDeadlineMs)(env);
        const journalStep = async (step) => {
            steps.push(step);
            await store.step(record, step);
        };
        const control = new RolloutControl({ store, record, journal: journalStep, sleep: options.sleep, signal: options.signal, deadlineMs, pollMs: options.controlPollMs });
        try {
            const ctx = strategyContext(strategySpec, provider, pctx, target, base, steps, record, sleep, false, analysis, store, env.url, servers, control, deadlineMs);
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
            // Blast radius: what the candidate served before the abort, first in the description (GitHub keeps 140 characters).
            const blast = servers.size > 0 ? await blastRadius(servers, model, target.version).catch(() => undefined) : undefined;
            const blastText = blast ? `blast radius: ${target.version} served ${blast.requests} request(s), ${blast.errors} failed` : undefined;
            if (blast) {
                steps.push({ name: 'blast-radius', status: 'ok', detail: `${blastText} (counted by modelship serve at ${blast.sources.join(', ')} since it started)`, at: now() });
                await store.step(record, steps[steps.length - 1]).catch(() => { });
            }
            await store.finish(record, 'failure', `${blastText ? `${blastText}; ` : ''}${why}; ${where}`).catch(() => { });
            return result('aborted', reverted ? previousVersion : null, `${mode.rollback ? 'rollback' : 'deploy'} of ${target.version} aborted: ${why}. ${where}${blastText ? ` (${blastText})` : ''}`, previousVersion, { deploymentId: record.id, ...(blast ? { blastRadius: { version: target.version, requests: blast.requests, errors: blast.errors } } : {}), ...(err instanceof RolloutAborted ? err.details : {}) });
        }
    }
    finally {
        if (!options.dryRun && !manualLockByActor)
            await store.unlock(env.name, owner).catch(() => { });
    }
}
function strategyContext(spec, provider, pctx, target, base, steps, record, sleep, dryRun, analysis, store, environmentUrl, servers, control, deadlineMs) {
    const journal = async (s) => {
        steps.push(s);
        if (record && store)
            await store.step(record, s);
    };
    const ctx = {
        spec, provider, providerContext: pctx, target, base, analysis, sleep, dryRun, environmentUrl,
        async skip(name, why) {
            await journal({ name, status: 'skipped', detail: why, at: new Date().toISOString() });
        },
        async checkpoint() {
            if (control)
                await control.checkpoint((name, run) => this.step(name, run, undefined, true));
        },
        async pause(name, ms) {
            if (dryRun || !control) {
                return this.step(name, async () => (ms === null ? 'would wait until promoted (modelship rollout promote)' : dryRun ? `would wait ${name.replace(/^\S+ /, '')}` : (await sleep(ms), 'waited')));
            }
            return this.step(name, () => control.wait(ms), undefined, true);
        },
        promotedFullyBy: () => control?.promotedFullyBy ?? null,
        async step(name, run, weights, waiting = false) {
            if (dryRun) {
                const detail = await run();
                await journal({ name, status: 'planned', detail, at: new Date().toISOString(), ...(weights ? { weights } : {}) });
                return detail;
            }
            // Journaled before it runs: a process killed inside this step is found by the next run.
            if (record && store)
                await store.step(record, { name, status: 'started', detail: '', at: new Date().toISOString() });
            try {
                // A step that does not wait must end within the progress deadline; a wait heartbeats instead.
                const detail = !waiting ? await withinDeadline(run(), deadlineMs, name) : control ? await control.heartbeating(name, run) : await run();
                const done = { name, status: 'ok', detail, at: new Date().toISOString(), ...(weights ? { weights } : {}) };
                await journal(done);
                return detail;
            }
            catch (err) {
                await journal({ name, status: 'failed', detail: err.message, at: new Date().toISOString() });
                throw err;
            }
        },
        async analyze(step, weight, which = 'analysis') {
            const aspec = which === 'analysis' ? (spec.analysis ?? (spec.winnerGate ? { gate: spec.winnerGate } : undefined)) : spec[which];
            const gate = which === 'analysis' ? (spec.winnerGate ?? aspec?.gate) : aspec?.gate;
            const name = which === 'analysis' ? `analysis ${step}` : which;
            if (dryRun) {
                if (!aspec)
                    return undefined;
                await journal({ name, status: 'planned', detail: [gate ? `gate ${gate}` : undefined, aspec.sequential ? 'sequential test' : undefined].filter(Boolean).join(' + ') || '(injected)', at: new Date().toISOString() });
                return undefined;
            }
            // An injected runner (tests, the demo) judges whenever the strategy asks for the main analysis.
            if (!aspec && !(which === 'analysis' && analysis))
                return undefined;
            const run = aspec ?? {};
            let res;
            try {
                res = await runAnalysis(run, { environment: pctx.environment, model: pctx.model, stable: base.stable, candidate: target.version, step, weight, gate: gate ?? '' }, {
                    runner: gate !== undefined || !run.sequential ? analysis : undefined,
                    sleep,
                    serveUrl: environmentUrl,
                    onServer: (url) => servers?.add(url),
                }, `environments.${pctx.environment}.strategy.${which}`);
            }
            catch (err) {
                // An analysis that cannot run at all (a bad spec) judges nothing: journaled as failed, and the rollout aborts.
                await journal({ name, status: 'failed', detail: `error: ${err.message}`, at: new Date().toISOString() });
                throw new RolloutAborted(`${name} could not run (${err.message})`);
            }
            const early = res.stoppedEarly ? ` (stopped early: ${res.stoppedEarly})` : '';
            await journal({ name, status: res.runPhase === 'successful' ? 'ok' : 'failed', detail: `${res.runPhase}${early}${res.reasons.length ? `: ${res.reasons.join('; ')}` : ''}`, at: new Date().toISOString() });
            return res;
        },
    };
    // An inconclusive analysis waits for a person (`modelship rollout promote|abort`, `/rollout ...`) where the
    // rollout can be steered from outside, for at most the progress deadline: a CI job nobody watches must not
    // hold a split for hours, so an unanswered pause aborts. A dry run or an unsteerable rollout aborts at once.
    if (control && !dryRun) {
        ctx.waitForPerson = async (why) => {
            const detail = await ctx.step(`paused: ${why}`, () => control.wait(deadlineMs), undefined, true);
            if (!detail.startsWith('ended by promote')) {
                throw new RolloutAborted(`${why}; nobody promoted it within ${(0,core_duration/* formatDuration */.a)(deadlineMs)} (strategy.progressDeadline), so it is not promoted`);
            }
        };
    }
    return ctx;
}
/** The step's result, or RolloutAborted when it shows no progress within the deadline (the step keeps running, unheeded). */
async function withinDeadline(work, deadlineMs, name) {
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new RolloutAborted(`progress deadline exceeded: step "${name}" ran longer than ${(0,core_duration/* formatDuration */.a)(deadlineMs)} (strategy.progressDeadline)`)), deadlineMs);
        timer.unref();
    });
    try {
        return await Promise.race([work, expired]);
    }
    finally {
        clearTimeout(timer);
    }
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
        // Status reverts interrupted rollouts past their progress deadline (journaled), and says so; a failure
        // to do it is reported, never thrown: status still answers.
        const recovered = options.dryRun ? [] : await (0,recovery.recoverStalled)(loaded, env, models, options).then((r) => r.map((x) => x.message), (err) => [`could not revert an interrupted rollout: ${err.message}`]);
        const held = await store.lockInfo(env.name);
        const lockInfo = held ? { ...held, stale: lock_file.LockFile.isStale(held) } : null;
        const provider = providerOrUndefined(loaded, env, options);
        // One read of the environment for every model where the store can (the Deployments API: one listing).
        const histories = store.histories ? await store.histories(env.name, models) : undefined;
        for (const model of models) {
            const history = histories ? (histories.get(model) ?? []) : await store.history(env.name, model);
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
                rollout: rolloutView(history, env),
                ...(recovered.length ? { recovered } : {}),
            });
        }
    }
    return { environments: out };
}
/**
 * `modelship rollout pause|resume|promote|promote-full|abort ENV`: a request journaled for the rollout in
 * progress, which applies it between steps or while it waits. An abort of a rollout whose process is gone
 * reverts it here and now. Refused (exit 2) when nothing is rolling out, or when a request other than abort
 * is for a rollout no process runs.
 */
async function control(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const store = (0,state_select.storeFor)(loaded, env, options);
    const actor = request.actor ?? (0,state_local.osUser)();
    if (!options.dryRun)
        await (0,recovery.recoverStalled)(loaded, env, [model], options, { actor });
    const history = await store.history(env.name, model);
    const record = history.find((r) => r.status === 'in_progress');
    if (record === undefined) {
        const newest = history[0];
        const hint = newest?.status === 'failure' ? `the last rollout (${newest.payload.version}) ended: ${newest.description ?? 'failed'}; re-run it: modelship rollout retry ${env.name}` : `modelship status ${env.name} shows what is live`;
        throw new errors.ModelshipError(`no rollout of ${model} is in progress in ${env.name}: nothing to ${request.action}`, { hint });
    }
    const result = (outcome, message, requestId) => ({ environment: env.name, model, action: request.action, outcome, deploymentId: record.id, version: record.payload.version, ...(requestId ? { requestId } : {}), message });
    const held = await store.lockInfo(env.name);
    const running = held !== undefined && held.pid > 0 && !lock_file.LockFile.isStale(held);
    if (!running) {
        if (request.action !== 'abort') {
            throw new errors.ModelshipError(`the rollout of ${model} ${record.payload.version} in ${env.name} is interrupted: no process runs it, so it cannot ${request.action}`, { hint: `abort it (modelship rollout abort ${env.name}: back to the last good version), or resume it: modelship deploy ${env.name} --resume` });
        }
        if (options.dryRun)
            return result('planned', `dry run: would revert the interrupted rollout of ${model} ${record.payload.version} in ${env.name}`);
        const [done] = await (0,recovery.recoverStalled)(loaded, env, [model], options, { actor, reason: `aborted by ${actor} (modelship rollout abort); no process was running it`, force: (r) => r.id === record.id });
        if (!done?.reverted)
            throw new errors.ModelshipError(done?.message ?? `could not abort ${model} ${record.payload.version} in ${env.name}`);
        return result('reverted', `no process was running ${model} ${record.payload.version} in ${env.name}: reverted it here to ${done.liveVersion ?? 'nothing'}`);
    }
    if (options.dryRun)
        return result('planned', `dry run: would ask the rollout of ${model} ${record.payload.version} in ${env.name} to ${request.action}`);
    const id = (0,external_node_crypto_.randomUUID)();
    await store.request(record, { id, action: request.action, actor, at: new Date().toISOString() });
    return result('requested', `${request.action} requested for ${model} ${record.payload.version} in ${env.name} (run by ${held.owner}); it applies it at the next step boundary, or within ${(0,core_duration/* formatDuration */.a)(options.controlPollMs ?? store.pollMs)} while it waits`, id);
}
/**
 * `modelship rollout retry ENV`: re-runs the newest rollout when it failed or was aborted (Degraded), from
 * its first step, with the bytes it recorded (checked again), as Argo Rollouts' `retry`.
 */
async function retry(loaded, request, options = {}) {
    const env = (0,config.environmentOf)(loaded, request.environment);
    const model = (0,config.modelNameOf)(loaded, request.model);
    const newest = (await (0,state_select.storeFor)(loaded, env, options).history(env.name, model))[0];
    if (newest === undefined || newest.status !== 'failure' || newest.payload.strategy === 'rollback') {
        const state = newest === undefined ? 'nothing was deployed' : newest.status === 'in_progress' ? `${newest.payload.version} is still rolling out` : newest.status === 'failure' ? `the last change was a rollback` : `${newest.payload.version} went through`;
        throw new errors.ModelshipError(`nothing to retry in ${env.name}: ${state}`, { hint: 'retry re-runs the newest rollout of the environment when it failed or was aborted (status Degraded)' });
    }
    const { version, artifact, sha256: recorded, metrics, versionMetrics } = newest.payload;
    const sha256 = await (0,atomic/* sha256File */.Q3)(artifact).catch(() => {
        throw new errors.ModelshipError(`cannot retry ${model} ${version} in ${env.name}: its artifact ${artifact} is gone`);
    });
    if (sha256 !== recorded)
        throw new errors.ModelshipError(`cannot retry ${model} ${version} in ${env.name}: ${artifact} has sha256 ${sha256.slice(0, 12)}, but the aborted rollout shipped ${recorded.slice(0, 12)}`, { hint: 'release the change as a new version' });
    const { format } = await checkArtifact(loaded, model, version, artifact, sha256);
    const target = { model, version, artifact, sha256, format, signature: (0,core_config.getModel)(loaded, model).signature, ...(metrics ? { metrics } : {}), ...(versionMetrics ? { versionMetrics } : {}) };
    return rollout(loaded, env, target, request.actor, options, { resume: false, gates: true });
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
    const fallback = (0,providers/* providerFor */.z)(loaded, env);
    const provider = options.provider ? options.provider(env, fallback) : fallback;
    const pctx = { environment: env.name, model, log: options.log ?? (() => { }) };
    const user = request.actor ?? (0,state_local.osUser)();
    const owner = (0,state_local.defaultOwner)(user);
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
    const owner = request.actor ?? (0,state_local.osUser)();
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
    const owner = request.actor ?? (0,state_local.osUser)();
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
        const fallback = (0,providers/* providerFor */.z)(loaded, env);
        return options.provider ? options.provider(env, fallback) : fallback;
    }
    catch {
        return undefined;
    }
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

/***/ 82493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   extractRawLayers: () => (/* binding */ extractRawLayers),
/* harmony export */   weightLayer: () => (/* binding */ weightLayer)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80420);






/** The model's weight layer of a ModelPack manifest (Modelship packages one per model). */
function weightLayer(manifest, what) {
    const weights = manifest.layers.filter((l) => l.mediaType.startsWith('application/vnd.cncf.model.weight.v1.') || l.mediaType.startsWith('application/vnd.cnai.model.weight.v1.'));
    if (weights.length !== 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${what} has ${weights.length} weight layers; Modelship deploys a ModelPack artifact with exactly one`, { exitCode: 1 });
    return weights[0];
}
/**
 * Writes the raw layers of a pulled manifest as files under `dir`, at their `org.cncf.model.filepath`
 * (checked to stay inside `dir`). Blobs come from the layout, where they were verified when they landed.
 */
async function extractRawLayers(layout, manifest, dir) {
    const written = [];
    for (const layer of manifest.layers) {
        const filepath = layer.annotations?.[_media_types_js__WEBPACK_IMPORTED_MODULE_5__.ANNOTATION.filepath];
        if (!filepath)
            continue;
        if (layer.mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_5__.MEDIA.weightTar)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`layer ${filepath} is a tar of a folder: extracting folder models is not supported yet; use the OCI layout (pull --output) or a single-file model`, { exitCode: 1 });
        if (!layer.mediaType.endsWith('.raw'))
            continue;
        const target = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir, filepath);
        if (!target.startsWith(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir) + (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)) || filepath.includes('\0'))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`layer file path "${filepath}" leaves the output folder: refused`, { exitCode: 1 });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(target), { recursive: true });
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(layout.readBlobStream(layer), (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.createWriteStream)(target, { flags: 'wx' }));
        written.push({ path: filepath, digest: layer.digest, size: layer.size });
    }
    return written;
}


/***/ }),

/***/ 63312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ fetchModelByDigest),
/* harmony export */   O: () => (/* binding */ checkDigestReference)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _extract_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82493);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70348);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(72525);
/* harmony import */ var _registry_connect_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7824);
/* harmony import */ var _transfer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(82741);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(80420);











/** Registry settings from the environment: MODELSHIP_REGISTRY_PLAIN_HTTP=1 (loopback only), MODELSHIP_REGISTRY_CA. */
function connectOptions(env, log) {
    return { plainHttp: env.MODELSHIP_REGISTRY_PLAIN_HTTP === '1' || env.MODELSHIP_REGISTRY_PLAIN_HTTP === 'true', log };
}
/**
 * Pulls `oci://registry/repository@sha256:...` into a content-addressed cache under `cacheRoot`
 * (`<cacheRoot>/<manifest hex>/`): every blob verified against its digest as it lands, then the raw layers
 * written as files and the weight file hashed again. A second call for the same digest reuses the cache
 * after re-hashing the weight file.
 */
async function fetchModelByDigest(uri, cacheRoot, env, log) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__.parseDigestReference)(uri, 'artifact');
    const hex = ref.digest.slice('sha256:'.length);
    const filesDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheRoot, hex, 'files');
    const layout = await _layout_js__WEBPACK_IMPORTED_MODULE_6__.OciLayout.create(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheRoot, hex, 'layout'));
    const client = await (0,_registry_connect_js__WEBPACK_IMPORTED_MODULE_8__.connectRegistry)(ref.registry, env, connectOptions(env, log));
    let manifest;
    try {
        manifest = (await (0,_transfer_js__WEBPACK_IMPORTED_MODULE_9__.pullToLayout)(client, { registry: ref.registry, repository: ref.repository, digest: ref.digest }, layout)).manifest;
    }
    finally {
        await client.close();
    }
    const weight = (0,_extract_js__WEBPACK_IMPORTED_MODULE_5__.weightLayer)(manifest, uri);
    const name = weight.annotations?.[_media_types_js__WEBPACK_IMPORTED_MODULE_10__.ANNOTATION.filepath];
    if (!name)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${uri}: the weight layer has no ${_media_types_js__WEBPACK_IMPORTED_MODULE_10__.ANNOTATION.filepath} annotation`, { exitCode: 1 });
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(filesDir).then(() => true, () => false))) {
        const temp = `${filesDir}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
        try {
            await (0,_extract_js__WEBPACK_IMPORTED_MODULE_5__.extractRawLayers)(layout, manifest, temp);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, filesDir);
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(temp, { recursive: true, force: true });
        }
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(filesDir, name);
    const actual = await hashFile(file).catch(() => undefined);
    if (`sha256:${actual}` !== weight.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${file} has sha256 ${actual?.slice(0, 12) ?? 'unreadable'}, but ${uri} names weights ${weight.digest.slice(7, 19)}: the cache was changed; delete ${node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheRoot, hex)}`, { exitCode: 1 });
    const config = JSON.parse((await layout.readBlob(manifest.config)).toString('utf8'));
    const text = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
    return { file, sha256: weight.digest.slice('sha256:'.length), reference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__.formatDigestReference)(ref), name: text(config.descriptor?.name), version: text(config.descriptor?.version), format: text(config.config?.format) };
}
/**
 * The hop check of a promotion: the registry still serves the manifest `uri` names (its bytes hash to the
 * digest) and its weight layer is the bytes the previous environment verified.
 */
async function checkDigestReference(uri, sha256, env) {
    const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_7__.parseDigestReference)(uri, 'deployed artifact');
    const client = await (0,_registry_connect_js__WEBPACK_IMPORTED_MODULE_8__.connectRegistry)(ref.registry, env, connectOptions(env));
    try {
        const got = await client.getManifest(ref.repository, ref.digest);
        if (!got)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${uri} is gone from the registry: cannot promote bytes that no longer exist there`, { exitCode: 1 });
        const weight = (0,_extract_js__WEBPACK_IMPORTED_MODULE_5__.weightLayer)(JSON.parse(got.bytes.toString('utf8')), uri);
        if (weight.digest !== `sha256:${sha256}`)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(`${uri} has weights ${weight.digest.slice(7, 19)}, but the previous environment verified ${sha256.slice(0, 12)}`, { exitCode: 1 });
    }
    finally {
        await client.close();
    }
}
async function hashFile(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}


/***/ }),

/***/ 7824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectRegistry: () => (/* binding */ connectRegistry)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72423);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83320);




const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|localhost|\[::1\])(?::\d+)?$/;
/** A client for `registry` with the credentials and trust the environment gives. */
async function connectRegistry(registry, env, options = {}) {
    if (options.plainHttp && !LOOPBACK.test(registry))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`--plain-http is refused for ${registry}: credentials and models would cross the network unencrypted`, { hint: 'use TLS; trust a private CA with --ca FILE or MODELSHIP_REGISTRY_CA' });
    const caFile = options.caFile ?? env.MODELSHIP_REGISTRY_CA;
    const ca = caFile ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(caFile, 'utf8').catch((err) => { throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`cannot read the CA file ${caFile}: ${err.message}`); }) : undefined;
    const credentials = await (0,_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCredentials */ .z)(registry, env);
    return new _client_js__WEBPACK_IMPORTED_MODULE_2__/* .RegistryClient */ .bP({ registry, plainHttp: options.plainHttp, ca, credentials, chunkSize: options.chunkSize, log: options.log });
}


/***/ }),

/***/ 82741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   attachReferrer: () => (/* binding */ attachReferrer),
/* harmony export */   pullToLayout: () => (/* binding */ pullToLayout),
/* harmony export */   pushLayout: () => (/* binding */ pushLayout)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70348);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80420);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72525);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72423);





/** Pushes one manifest of a layout (by tag or digest) and its blobs; tags it with `ref.tag` when given. */
async function pushLayout(client, layout, from, ref, mountFrom) {
    const desc = await layout.resolve(from);
    const bytes = await layout.readBlob(desc);
    const manifest = parseManifest(bytes, `${layout.dir} manifest ${desc.digest}`);
    const blobs = [];
    for (const blob of [manifest.config, ...manifest.layers]) {
        if (!(await layout.hasBlob(blob)))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${layout.dir}: blob ${blob.digest} (${blob.mediaType}) is missing or has the wrong size`);
        const outcome = await client.pushBlob(ref.repository, blob, (start, end) => layout.readBlobStream(blob, start, end), mountFrom);
        blobs.push({ digest: blob.digest, mediaType: blob.mediaType, size: blob.size, outcome });
    }
    const { digest } = await client.putManifest(ref.repository, ref.tag ?? desc.digest, bytes, manifest.mediaType);
    if (digest !== desc.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`pushed manifest digest ${digest} differs from the layout's ${desc.digest}`, { exitCode: 1 });
    const pinned = { registry: client.registry, repository: ref.repository, digest };
    return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${digest}`, digestReference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatDigestReference)(pinned), digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs };
}
/**
 * Pulls a manifest (by tag or digest) and its blobs into a layout. Every byte is checked against its digest
 * before it lands; a digest reference is checked against the manifest itself.
 */
async function pullToLayout(client, ref, layout) {
    const reference = ref.digest ?? ref.tag;
    if (!reference)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${ref.registry}/${ref.repository}: name a tag or a digest to pull`);
    const got = await client.getManifest(ref.repository, reference);
    if (!got)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${ref.registry}/${ref.repository}: no manifest "${reference}"`, { exitCode: 1 });
    if (ref.digest && got.digest !== ref.digest)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${ref.registry}/${ref.repository}: manifest hashes to ${got.digest}, expected ${ref.digest}: refused`, { exitCode: 1 });
    const manifest = parseManifest(got.bytes, `${ref.registry}/${ref.repository}@${got.digest}`);
    const blobs = [];
    for (const blob of [manifest.config, ...manifest.layers]) {
        const outcome = await client.pullBlob(ref.repository, blob, layout);
        blobs.push({ digest: blob.digest, mediaType: blob.mediaType, size: blob.size, outcome });
    }
    const desc = await layout.writeBytes(manifest.mediaType, got.bytes);
    await layout.tag({ ...desc, ...(manifest.artifactType ? { artifactType: manifest.artifactType } : {}) }, ref.tag ?? got.digest);
    const pinned = { registry: client.registry, repository: ref.repository, digest: got.digest };
    return { reference: `${client.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}@${got.digest}`, digestReference: (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__.formatDigestReference)(pinned), digest: got.digest, mediaType: manifest.mediaType, artifactType: manifest.artifactType, tag: ref.tag, blobs, manifest };
}
/**
 * Attaches a document (validation report, release notes, score) to a manifest as an OCI referrer: an
 * artifact manifest with the empty config, the document as its one layer and `subject` = the model. When
 * the registry does not process the subject (no OCI-Subject header), the `sha256-<hex>` tag index is kept.
 */
async function attachReferrer(client, repository, subject, artifactType, document) {
    const open = (bytes) => (start, end) => bytes.subarray(start, end + 1);
    const empty = Buffer.from('{}');
    await client.pushBlob(repository, { ..._media_types_js__WEBPACK_IMPORTED_MODULE_2__.EMPTY_CONFIG }, open(empty));
    const layer = { mediaType: document.mediaType, digest: (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__.sha256Digest)(document.bytes), size: document.bytes.length, annotations: { 'org.opencontainers.image.title': document.title } };
    await client.pushBlob(repository, layer, open(document.bytes));
    const manifest = {
        schemaVersion: 2,
        mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.manifest,
        artifactType,
        config: { ..._media_types_js__WEBPACK_IMPORTED_MODULE_2__.EMPTY_CONFIG },
        layers: [layer],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: { 'org.opencontainers.image.title': document.title },
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const { digest, subjectProcessed } = await client.putManifest(repository, (0,_layout_js__WEBPACK_IMPORTED_MODULE_1__.sha256Digest)(bytes), bytes, _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.manifest);
    // ECR answers OCI-Subject without serving the referrers API: believe the header only when the API answers.
    if (subjectProcessed && (await client.referrers(repository, subject.digest)).via === 'api')
        return { digest, via: 'api' };
    // Tag schema fallback: read-modify-write of the subject's referrers index.
    const tag = (0,_registry_client_js__WEBPACK_IMPORTED_MODULE_4__/* .referrersTag */ .LN)(subject.digest);
    const current = await client.getManifest(repository, tag);
    // Some registries (GitLab) resolve the `sha256-<hex>` tag to the subject itself: only an index is one.
    const index = current?.mediaType === _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.index ? JSON.parse(current.bytes.toString('utf8')) : { schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.index, manifests: [] };
    if (!index.manifests.some((m) => m.digest === digest)) {
        index.manifests.push({ mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.manifest, digest, size: bytes.length, artifactType, annotations: manifest.annotations });
        const indexBytes = Buffer.from(JSON.stringify(index));
        await client.putManifest(repository, tag, indexBytes, _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.index);
    }
    return { digest, via: 'tag' };
}
function parseManifest(bytes, what) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch (err) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} is not JSON: ${err.message}`, { exitCode: 1 });
    }
    if (manifest.mediaType !== _media_types_js__WEBPACK_IMPORTED_MODULE_2__.MEDIA.manifest || !manifest.config || !Array.isArray(manifest.layers)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.ModelshipError(`${what} is not an OCI image manifest (mediaType "${String(manifest.mediaType)}"): Modelship moves single-manifest artifacts`, { exitCode: 1 });
    }
    return manifest;
}


/***/ }),

/***/ 62066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ resolveValidateSettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_LIMITS, DEFAULT_PICKLE_POLICY, parseSize */
/* harmony import */ var _core_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98571);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const GiB = 1024 ** 3;
/** Generous enough for real checkpoints, tight enough that a hostile file cannot exhaust a runner. */
const DEFAULT_LIMITS = {
    maxFileBytes: 1024 * GiB,
    maxArchiveMembers: 10_000,
    maxArchiveDepth: 4,
    maxDecompressedBytes: 32 * GiB,
    maxCompressionRatio: 200,
    maxPickleOpcodes: 50_000_000,
    maxPickleMemo: 1_000_000,
    maxHeaderBytes: 100_000_000,
    timeoutMs: 10 * 60_000,
};
const DEFAULT_PICKLE_POLICY = {
    profiles: ['pytorch', 'numpy', 'sklearn', 'xgboost', 'lightgbm', 'data'],
    allow: [],
    deny: [],
};
const SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB|TB|TiB)?$/;
const UNITS = { B: 1, KB: 1e3, KiB: 1024, MB: 1e6, MiB: 1024 ** 2, GB: 1e9, GiB: GiB, TB: 1e12, TiB: 1024 ** 4 };
/** `4 GiB`, `100MB` or a plain number of bytes. */
function parseSize(value, what) {
    if (typeof value === 'number') {
        if (!Number.isFinite(value) || value < 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is ${value}, expected a size >= 0`);
        return Math.floor(value);
    }
    const m = SIZE.exec(value.trim());
    if (!m)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`${what} is "${value}", expected a size such as 4GiB, 500MB or a number of bytes`);
    return Math.floor(Number(m[1]) * UNITS[m[2] ?? 'B']);
}
/** Applies defaults to the section; `raw` is already schema-valid when it comes from loadConfig. */
function resolveValidateSettings(raw) {
    const limits = { ...DEFAULT_LIMITS };
    for (const [key, value] of Object.entries(raw?.limits ?? {})) {
        if (value === undefined)
            continue;
        const k = key;
        if (!(k in DEFAULT_LIMITS))
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`validate.limits.${key} is not a known limit`);
        // timeoutMs: a number is milliseconds (as the key says), a string is a duration such as `5m`.
        limits[k] = k === 'timeoutMs' ? (typeof value === 'number' ? value : (0,_core_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(value, `validate.limits.${key}`)) : k.endsWith('Bytes') ? parseSize(value, `validate.limits.${key}`) : Number(value);
    }
    return {
        limits,
        pickle: {
            profiles: raw?.pickle?.profiles ?? DEFAULT_PICKLE_POLICY.profiles,
            allow: raw?.pickle?.allow ?? [],
            deny: raw?.pickle?.deny ?? [],
        },
        manifest: raw?.manifest,
        allowCustomOnnxDomains: raw?.allowCustomOnnxDomains ?? [],
        failOnWarning: raw?.failOnWarning ?? false,
        ignore: raw?.ignore ?? [],
    };
}


/***/ }),

/***/ 53854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GM: () => (/* binding */ TagFormat)
/* harmony export */ });
/* unused harmony exports DEFAULT_TAG_FORMAT, refNameProblem */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


const DEFAULT_TAG_FORMAT = '{model}@v{version}';
/**
 * A model's tag template (`models.<name>.tagFormat`): `{model}` and `{version}` are replaced.
 * Parsing is exact: the template is matched literally (no regex metacharacters leak through, unlike
 * prefix-based taggers), so `iris@v1.2.0` is never mistaken for a tag of `iris-large`.
 */
class TagFormat {
    model;
    template;
    pattern;
    constructor(model, template = DEFAULT_TAG_FORMAT, location) {
        this.model = model;
        this.template = template;
        if (!template.includes('{version}')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`tagFormat "${template}" has no {version} placeholder`, { location, hint: 'e.g. {model}@v{version}' });
        }
        if (template.split('{version}').length > 2) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`tagFormat "${template}" has {version} more than once`, { location });
        }
        const sample = this.format('1.2.3-rc.1');
        const problem = refNameProblem(sample);
        if (problem)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.ModelshipError(`tagFormat "${template}" makes tags git refuses (${sample}: ${problem})`, { location });
        const [head, tail] = template.replaceAll('{model}', model).split('{version}');
        this.pattern = new RegExp(`^${escapeRegExp(head)}(.+)${escapeRegExp(tail)}$`, 's');
    }
    format(version) {
        return this.template.replaceAll('{model}', this.model).replaceAll('{version}', version);
    }
    /** The strict semver a tag names for this model, or undefined for anything else (other models, junk, `v1`). */
    parse(tag) {
        const m = this.pattern.exec(tag);
        if (!m)
            return undefined;
        const v = m[1];
        // semver.valid is lenient about a leading "v" and "="; a tag must spell the version exactly.
        return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v) === v ? v : undefined;
    }
    /** The floating major tag (`iris@v1`): the template with the major number as the version. */
    floatingMajor(version) {
        return this.format(String(semver__WEBPACK_IMPORTED_MODULE_0___default().major(version)));
    }
    /** The part of every tag before the version: used to list candidate refs by prefix. */
    prefix() {
        return this.template.replaceAll('{model}', this.model).split('{version}')[0];
    }
}
/** Why git would refuse a tag name (git check-ref-format rules), or undefined when it is fine. */
function refNameProblem(name) {
    if (name === '' || name === '@')
        return 'empty or "@"';
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(name))
        return 'contains a space, control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return 'contains ".."';
    if (name.includes('@{'))
        return 'contains "@{"';
    if (name.startsWith('-'))
        return 'starts with "-"';
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return 'has an empty path component';
    if (name.endsWith('.') || name.endsWith('.lock'))
        return 'ends with "." or ".lock"';
    if (name.split('/').some((c) => c.startsWith('.')))
        return 'has a component starting with "."';
    return undefined;
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}


/***/ }),

/***/ 73388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cH: () => (/* binding */ VersionMetrics),
/* harmony export */   mW: () => (/* binding */ metricsFilesAt),
/* harmony export */   uh: () => (/* binding */ metricsFilesComment)
/* harmony export */ });
/* unused harmony exports parseMetricsFilesComment, versionMetricFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(74296);
/* harmony import */ var _core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41464);
/* harmony import */ var _core_metrics_text_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(23301);
/* harmony import */ var _core_git_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62773);
/* harmony import */ var _tag_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(53854);









const NOTES_MARKER = 'modelship:metrics-files';
/** The hidden line of the release notes that records the metrics files (`<!-- modelship:metrics-files {...} -->`). */
function metricsFilesComment(files) {
    // JSON inside an HTML comment: "--" cannot appear in paths git accepts here, but escape ">" anyway.
    return `<!-- ${NOTES_MARKER} ${JSON.stringify({ files }).replace(/>/g, '\\u003e')} -->`;
}
/** The files recorded by metricsFilesComment in release notes, or undefined when the notes have none. */
function parseMetricsFilesComment(notes) {
    const m = new RegExp(`<!-- ${NOTES_MARKER} (\\{.*?\\}) -->`).exec(notes);
    if (!m)
        return undefined;
    try {
        const data = JSON.parse(m[1]);
        if (!Array.isArray(data.files))
            return undefined;
        return data.files.filter((f) => typeof f?.path === 'string' && typeof f?.sha256 === 'string' && /^[0-9a-f]{64}$/.test(f.sha256));
    }
    catch {
        return undefined;
    }
}
/**
 * The metrics files that judge `model`: the candidate files of every gate about it (gates naming it, and
 * gates naming no model), and the model's own `metrics`. Paths are relative to the folder of modelship.yml.
 * Live sources (Prometheus) measure the running version and are not files of it.
 */
function versionMetricFiles(loaded, model) {
    const out = new Set();
    const own = loaded.config.models[model]?.metrics;
    const gates = (loaded.config.gates ?? {});
    for (const gate of Object.values(gates)) {
        if (gate.model !== undefined && gate.model !== model)
            continue;
        const spec = gate.candidate ?? (gate.model !== undefined ? loaded.config.models[gate.model]?.metrics : undefined);
        if (spec !== undefined)
            for (const f of fileSpecs(spec, loaded))
                if (f.ref === undefined)
                    out.add(normalize(f.file));
    }
    if (typeof own === 'string')
        for (const f of fileSpecs(own, loaded))
            if (f.ref === undefined)
                out.add(normalize(f.file));
    return [...out].sort();
}
/** The file sources inside a spec (lists walked; Prometheus and MLflow left out). */
function fileSpecs(spec, loaded) {
    if (Array.isArray(spec))
        return spec.flatMap((s) => fileSpecs(s, loaded));
    if (typeof spec === 'string')
        return [(0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFileSpec */ .xq)(spec, undefined, (p) => existsUnder(loaded.root, p))];
    if (spec === null || typeof spec !== 'object')
        return [];
    if ('file' in spec)
        return [spec];
    if ('bench' in spec)
        return [typeof spec.bench === 'string' ? { file: spec.bench, format: 'bench' } : { ...spec.bench, format: 'bench' }];
    if ('score' in spec)
        return [{ file: spec.score, format: 'score' }];
    return [];
}
function existsUnder(root, p) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(root, p));
}
function normalize(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.normalize(p.split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/')).replace(/^\.\//, '');
}
const sha256 = (b) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(b).digest('hex');
/** sha256 of the version's metrics files at `commit` (release notes): files the commit does not hold are left out. */
async function metricsFilesAt(tree, configDir, loaded, model) {
    const files = [...versionMetricFiles(loaded, model)];
    // One `git cat-file --batch` for every file, not one git process per file.
    const blobs = await tree.readPaths(files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(configDir, file)));
    const out = [];
    for (const file of files) {
        const blob = blobs.get(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(configDir, file));
        if (blob !== undefined)
            out.push({ path: file, sha256: sha256(blob) });
    }
    return out;
}
/** Where the metrics of one version are read from. */
class VersionMetrics {
    model;
    version;
    loaded;
    at;
    recorded;
    firstDeploy;
    constructor(model, version, loaded, at, recorded, firstDeploy) {
        this.model = model;
        this.version = version;
        this.loaded = loaded;
        this.at = at;
        this.recorded = recorded;
        this.firstDeploy = firstDeploy;
    }
    /** Finds the version's release tag (or decides it was never released) and what was recorded for it. */
    static async bind(loaded, model, version, options) {
        const config = loaded.config.models[model];
        const tag = new _tag_format_js__WEBPACK_IMPORTED_MODULE_8__/* .TagFormat */ .GM(model, config?.tagFormat, loaded.locate(['models', model, 'tagFormat'])).format(version);
        let repo;
        try {
            repo = await (0,_core_git_index_js__WEBPACK_IMPORTED_MODULE_7__/* .openGit */ .zY)(loaded.root, options.env);
        }
        catch {
            repo = undefined; // not a git repository: nothing is released here
        }
        const commit = repo ? await repo.git.commitOf(`refs/tags/${tag}`) : undefined;
        const recorded = options.recorded;
        if (repo && commit) {
            if (recorded?.tag !== undefined && recorded.commit !== undefined && recorded.commit !== commit) {
                throw refusal(`${model} ${version} was deployed from ${recorded.tag} on commit ${recorded.commit.slice(0, 12)}, but that tag now points at ${commit.slice(0, 12)}`, 'a released version never moves: restore the tag, or release the change as a new version');
            }
            const configDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(repo.toplevel), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(loaded.root)).split((node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)).join('/');
            const message = await repo.git.run(['for-each-ref', '--format=%(contents)', `refs/tags/${tag}`]);
            const released = message.code === 0 ? parseMetricsFilesComment(message.stdout.toString('utf8')) : undefined;
            return new VersionMetrics(model, version, loaded, { tag, commit, git: repo.git, configDir, released }, recorded, options.firstDeploy);
        }
        if (recorded?.tag !== undefined) {
            throw refusal(`the metrics of ${model} ${version} are those of its release ${recorded.tag}, and this clone does not have that tag`, 'fetch the tags (actions/checkout with fetch-depth: 0, or git fetch --tags)');
        }
        if (repo?.shallow) {
            throw refusal(`cannot tell whether ${model} ${version} was released: this is a shallow clone, and ${tag} is not in it`, 'fetch history and tags (actions/checkout with fetch-depth: 0, or git fetch --unshallow --tags); the metrics of a released version are read at its tag');
        }
        if (!options.firstDeploy && recorded === undefined) {
            throw refusal(`the metrics of ${model} ${version} cannot be found: it has no release tag ${tag}${repo ? '' : ' (the project is not in a git repository)'} and its deployment recorded none`, `release it (modelship release ${model}) and deploy the released version; gates never judge a version on the checkout's files`);
        }
        return new VersionMetrics(model, version, loaded, undefined, recorded, options.firstDeploy);
    }
    describe() {
        return this.at ? `${this.model} ${this.version} at ${this.at.tag}` : `${this.model} ${this.version} (not released: the checkout as recorded at its first deploy)`;
    }
    /** The record for the deployment payload: every metrics file of the version, read where the version's metrics live. */
    async record() {
        const files = [];
        for (const file of versionMetricFiles(this.loaded, this.model)) {
            // Run-time evidence belongs to one deployment, not to the version: it is checked when read, never recorded.
            if (!this.at?.released?.some((f) => f.path === file) && (await stampOf(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.loaded.root, file))))
                continue;
            const bytes = await this.bytes(file, { optional: true });
            if (bytes !== undefined)
                files.push({ path: file, sha256: sha256(bytes) });
        }
        // Files recorded by the previous environment and no longer configured stay in the record: nothing recorded is dropped.
        for (const f of this.recorded?.files ?? [])
            if (!files.some((x) => x.path === f.path))
                files.push(f);
        return this.at ? { tag: this.at.tag, commit: this.at.commit, files } : { files };
    }
    /** The gate's candidate source for this version: files read where the version's metrics live, live sources as they are. */
    source(spec, ctx, gate) {
        if (Array.isArray(spec)) {
            if (spec.length === 0)
                return (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .createMetricSource */ .QB)(spec, ctx);
            const sources = spec.map((s) => this.source(s, ctx, gate));
            return { describe: () => sources.map((s) => s.describe()).join(' + '), read: async () => new _core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .MergedMetricSet */ .FR(await Promise.all(sources.map((s) => s.read()))) };
        }
        if (spec !== null && typeof spec === 'object' && 'prometheus' in spec)
            return (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .createMetricSource */ .QB)(spec, ctx);
        if (spec !== null && typeof spec === 'object' && 'mlflow' in spec) {
            throw refusal(`gate "${gate}" reads its candidate from an MLflow run folder, which cannot be bound to ${this.model} ${this.version}`, 'commit the run\'s metrics as a file (JSON, YAML, CSV) so the release tag holds them');
        }
        const [file] = fileSpecs(spec, this.loaded);
        if (file === undefined)
            return (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .createMetricSource */ .QB)(spec, ctx); // not a source: let the gate report the spec error
        if (file.ref !== undefined) {
            throw refusal(`gate "${gate}" reads its candidate ${file.file} at git ref ${file.ref}, not from ${this.model} ${this.version}`, 'a rollout judges the version it deploys: drop the @ref from the gate\'s candidate');
        }
        const absolute = ctx.resolvePath(file.file);
        const rel = normalize(node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(this.loaded.root, absolute));
        if (rel.startsWith('../'))
            throw refusal(`gate "${gate}": the candidate ${file.file} is outside the project, so it cannot belong to ${this.model} ${this.version}`);
        const format = file.format && file.format !== 'auto' ? file.format : formatByExtension(rel);
        const label = this.at ? `${rel} at ${this.at.tag}` : `${rel} (recorded for ${this.version})`;
        return {
            describe: () => label,
            read: async () => {
                const stamped = format === 'json' ? await this.stampedEvidence(rel, gate) : undefined;
                if (stamped)
                    return (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMetricsText */ .o0)(stamped, `${rel} (measured on ${this.model} ${this.version})`, format, file);
                const bytes = (await this.bytes(rel, { optional: false }));
                const text = bytes.toString('utf8');
                return (0,_core_metrics_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseMetricsText */ .o0)(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, this.at ? `${rel}@${this.at.tag}` : rel, format, file);
            },
        };
    }
    /**
     * Run-time evidence names the version it measured (`"candidate": {"model", "version"}`, as `modelship batch
     * compare` writes): it is produced for this deployment, not released with the version, so it is read from
     * the workspace, and only when it names exactly the version being judged. Undefined for any other file.
     */
    async stampedEvidence(rel, gate) {
        const stamped = await stampOf(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.loaded.root, rel));
        if (!stamped)
            return undefined;
        if (stamped.model !== this.model || stamped.version !== this.version) {
            throw refusal(`gate "${gate}": ${rel} measured ${stamped.model} ${stamped.version} (its "candidate"), not ${this.model} ${this.version}, the version being deployed`, `produce it for ${this.model} ${this.version} (e.g. modelship batch compare ENV --candidate ${this.model}@${this.version})`);
        }
        return stamped.text;
    }
    /** The bytes of one metrics file of the version, verified against every sha256 recorded for it. */
    async bytes(rel, options) {
        const recorded = this.recorded?.files.find((f) => f.path === rel);
        let bytes;
        if (this.at) {
            bytes = await new _core_git_index_js__WEBPACK_IMPORTED_MODULE_7__/* .GitTree */ .xn(this.at.git, this.at.commit).readPath(node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(this.at.configDir, rel));
            if (bytes === undefined) {
                if (options.optional)
                    return undefined;
                throw refusal(`the metrics of ${this.model} ${this.version} cannot be found: ${rel} is not in its release ${this.at.tag} (commit ${this.at.commit.slice(0, 12)})`, 'the gate judges the files the release holds; release a version that commits them');
            }
            const released = this.at.released?.find((f) => f.path === rel);
            if (released && released.sha256 !== sha256(bytes)) {
                throw refusal(`${rel} at ${this.at.tag} has sha256 ${sha256(bytes).slice(0, 12)}, but the release notes of ${this.model} ${this.version} recorded ${released.sha256.slice(0, 12)}`, 'the tag was recreated after the release: restore it, or release the change as a new version');
            }
        }
        else {
            if (this.recorded !== undefined && recorded === undefined) {
                if (options.optional)
                    return undefined;
                throw refusal(`the metrics of ${this.model} ${this.version} cannot be found: ${rel} was not recorded when it was first deployed, and it has no release tag`, `release it (modelship release ${this.model}) so its metrics are read at its tag`);
            }
            if (this.recorded === undefined && !this.firstDeploy)
                throw refusal(`the metrics of ${this.model} ${this.version} cannot be found`);
            bytes = await readSmallFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(this.loaded.root, rel));
            if (bytes === undefined) {
                if (options.optional)
                    return undefined;
                throw refusal(`the metrics of ${this.model} ${this.version} cannot be found: ${rel} does not exist and the version has no release tag`);
            }
        }
        if (recorded && recorded.sha256 !== sha256(bytes)) {
            const where = this.at ? `at ${this.at.tag}` : 'in the checkout';
            throw refusal(`${rel} ${where} has sha256 ${sha256(bytes).slice(0, 12)}, but ${recorded.sha256.slice(0, 12)} was recorded when ${this.model} ${this.version} was deployed`, this.at ? 'the release changed since it was deployed: deploy it again from the start' : `the file changed since ${this.version} was deployed; release the model (modelship release ${this.model}) so its metrics are bound to its tag`);
        }
        return bytes;
    }
}
function formatByExtension(file) {
    const ext = node_path__WEBPACK_IMPORTED_MODULE_3___default().extname(file).toLowerCase();
    if (ext === '.json')
        return 'json';
    if (ext === '.yaml' || ext === '.yml')
        return 'yaml';
    if (ext === '.csv')
        return 'csv';
    if (ext === '.md' || ext === '.markdown')
        return 'model-card';
    throw refusal(`cannot tell the format of metrics file ${file} from its extension`, 'use .json, .yaml, .csv or .md, or set format: on the source');
}
/** The version a run-time evidence file says it measured (`"candidate": {"model", "version"}`), with its text. */
async function stampOf(file) {
    if (node_path__WEBPACK_IMPORTED_MODULE_3___default().extname(file).toLowerCase() !== '.json')
        return undefined;
    const bytes = await readSmallFile(file);
    if (bytes === undefined)
        return undefined;
    const text = bytes.toString('utf8');
    let candidate;
    try {
        candidate = JSON.parse(text)?.candidate;
    }
    catch {
        return undefined;
    }
    if (candidate === null || typeof candidate !== 'object')
        return undefined;
    const { model, version } = candidate;
    return typeof model === 'string' && typeof version === 'string' ? { model, version, text } : undefined;
}
async function readSmallFile(file) {
    const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(file).catch(() => undefined);
    if (!s || !s.isFile())
        return undefined;
    if (s.size > _core_metrics_text_file_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_METRICS_FILE_BYTES */ .wU)
        throw refusal(`metrics file ${file} is ${s.size} bytes, more than the ${_core_metrics_text_file_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_METRICS_FILE_BYTES */ .wU}-byte limit`);
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file);
}
function refusal(message, hint) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.ModelshipError(message, { exitCode: _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .yU.Usage, hint });
}


/***/ })

};
