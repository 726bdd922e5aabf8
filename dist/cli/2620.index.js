export const id = 2620;
export const ids = [2620,4456,3330,7300];
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

/***/ 27300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nG: () => (/* binding */ normalSf),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony export erfc */
/**
 * The standard normal distribution. erfc follows W. J. Cody's rational Chebyshev approximation as given
 * by Numerical Recipes (`erfcc`, relative error < 1.2e-7 everywhere), which is ample for p-values.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z - 1.26551223 +
            t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
                t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** P(Z <= z). */
function normalCdf(z) {
    return 0.5 * erfc(-z / Math.SQRT2);
}
/** P(Z > z), computed directly so small tails keep their precision. */
function normalSf(z) {
    return 0.5 * erfc(z / Math.SQRT2);
}


/***/ }),

/***/ 23184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ createRandom)
/* harmony export */ });
/** cyrb128: spreads a string into four 32-bit seeds, so nearby seeds give unrelated streams. */
function seedWords(seed) {
    let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
    for (let i = 0; i < seed.length; i++) {
        const k = seed.charCodeAt(i);
        h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
        h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
        h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
        h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
/** A generator from a seed (number or string). The default seed is fixed on purpose: determinism first. */
function createRandom(seed = 0x5eed) {
    let [a, b, c, d] = seedWords(String(seed));
    const next = () => {
        a >>>= 0;
        b >>>= 0;
        c >>>= 0;
        d >>>= 0;
        let t = (a + b) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (c << 21) | (c >>> 11);
        d = (d + 1) | 0;
        t = (t + d) | 0;
        c = (c + t) | 0;
        return (t >>> 0) / 4294967296;
    };
    // Discard the first outputs: sfc32 needs a few rounds to mix its state.
    for (let i = 0; i < 15; i++)
        next();
    let spare;
    return {
        next,
        int(n) {
            if (!Number.isInteger(n) || n <= 0)
                throw new RangeError(`int(n): n must be a positive integer, got ${n}`);
            return Math.floor(next() * n);
        },
        normal() {
            if (spare !== undefined) {
                const s = spare;
                spare = undefined;
                return s;
            }
            let u = 0;
            while (u === 0)
                u = next();
            const v = next();
            const r = Math.sqrt(-2 * Math.log(u));
            spare = r * Math.sin(2 * Math.PI * v);
            return r * Math.cos(2 * Math.PI * v);
        },
    };
}


/***/ })

};
