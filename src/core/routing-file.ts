import { ModelshipError } from './errors.js';

/**
 * `<root>/<model>/routing.json`: where a model's traffic goes. The local deploy provider writes it
 * (atomically, by rename) and the embedded server (src/serve) reads it; one type and one strict parser for
 * both, here, so neither depends on the other. Layout: docs/deploy.md, "Model repository".
 */

export interface HeaderRoute {
  /** The header to match (lower-cased by the server); `cookie` for a cookie route. */
  header: string;
  /** A cookie route: the value of this cookie (in the Cookie header) is matched instead of a header's. */
  cookie?: string;
  /** `exact` (default): the value equals `value`; `regex`: `value` is a JavaScript regular expression it matches. */
  match?: 'exact' | 'regex';
  value: string;
  version: string;
}

/**
 * A bandit between `arms` (strategy `bandit`): serve re-allocates the weights among them from the rewards
 * of joined feedback and keeps its posterior in `<model>/bandit.json` (src/serve/bandit.ts); the weights
 * written here are the allocation it starts from.
 */
export interface BanditRouting {
  /** Names this experiment: serve keeps (and restores) the posterior of this id only, so a new rollout starts afresh. */
  id: string;
  arms: string[];
  algorithm: 'thompson' | 'epsilon-greedy';
  /** `binary`: a label fed back is a reward of 1 when it matches the answer, else 0; `continuous`: -|answer - value|. */
  reward: 'binary' | 'continuous';
  /** The least share of traffic each arm keeps (0 to 1/arms). */
  floor: number;
  /** epsilon-greedy: the share spread over the arms that do not look best. */
  epsilon: number;
  /** The probability of being best that decides a winner. */
  bound: number;
  /** Rewards (over all arms) before a winner can be decided. */
  minRewards: number;
}

/** Where traffic goes: exactly what the local provider writes to routing.json (minus bookkeeping). */
export interface TrafficState {
  stable: string | null;
  candidate: string | null;
  previous: string | null;
  /** Integers summing to 100 over versions present (empty when nothing is deployed). */
  weights: Record<string, number>;
  headerRoutes: HeaderRoute[];
  sticky: { header: string } | null;
  shadow: { version: string; percent: number } | null;
  strategy: string;
  /** A bandit re-allocating the weights; absent (or null) for fixed weights. */
  bandit?: BanditRouting | null;
}

/** routing.json as written: the traffic plus bookkeeping. */
export interface RoutingFile extends TrafficState {
  schema: 1;
  model: string;
  /** +1 per write, so a watcher can tell a new file from a re-read. */
  generation: number;
  updatedAt: string;
}

/**
 * The routing file that replaces one of generation `previousGeneration` (0 when there was none). Only the
 * traffic fields are taken: a TrafficState read back from a whole routing file must not carry its old
 * generation into the new one.
 */
export function nextRoutingFile(model: string, traffic: TrafficState, previousGeneration: number, updatedAt: Date): RoutingFile {
  const { stable, candidate, previous, weights, headerRoutes, sticky, shadow, strategy, bandit } = traffic;
  return { schema: 1, model, generation: previousGeneration + 1, stable, candidate, previous, weights, headerRoutes, sticky, shadow, strategy, ...(bandit ? { bandit } : {}), updatedAt: updatedAt.toISOString() };
}

/** The file's text: pretty JSON, one trailing newline. */
export function formatRoutingFile(routing: RoutingFile): string {
  return `${JSON.stringify(routing, null, 2)}\n`;
}

/** A routing.json the server can serve from: it names a stable version. */
export type RoutingState = RoutingFile & { stable: string };

export class RoutingError extends ModelshipError {
  constructor(file: string, message: string) {
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
const patterns = new WeakMap<HeaderRoute, RegExp>();

/** The compiled regular expression of a `match: "regex"` route (compiled once, when parsed or first used). */
export function headerRoutePattern(route: HeaderRoute): RegExp {
  let re = patterns.get(route);
  if (!re) patterns.set(route, (re = new RegExp(route.value, 'u')));
  return re;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Parses and validates routing.json. Anything unexpected is an error naming the field: the server then keeps
 * the routing it had, so a file caught half-written (or hand-edited wrong) never routes a single request.
 */
export function parseRouting(text: string, file: string, expectedModel?: string): RoutingState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new RoutingError(file, `not valid JSON (${(err as Error).message})`);
  }
  if (!isObj(raw)) throw new RoutingError(file, 'expected a JSON object');
  const fail = (field: string, expected: string): never => {
    throw new RoutingError(file, `"${field}" must be ${expected}, got ${JSON.stringify(raw[field.split(/[.[]/)[0]]) ?? 'nothing'}`.slice(0, 400));
  };
  for (const k of Object.keys(raw)) if (!KEYS.has(k)) throw new RoutingError(file, `unknown key "${k}"`);
  if (raw.schema !== 1) fail('schema', '1');
  if (typeof raw.model !== 'string' || raw.model === '') fail('model', 'the model name');
  if (expectedModel !== undefined && raw.model !== expectedModel) throw new RoutingError(file, `"model" is "${String(raw.model)}" but the file is in the folder of model "${expectedModel}"`);
  if (!Number.isSafeInteger(raw.generation) || (raw.generation as number) < 0) fail('generation', 'a non-negative integer');
  const version = (field: string, v: unknown, nullable: boolean): string | null => {
    if (v === null && nullable) return null;
    if (typeof v !== 'string' || !VERSION.test(v)) fail(field, nullable ? 'a version string or null' : 'a version string');
    return v as string;
  };
  const stable = version('stable', raw.stable, false) as string;
  const candidate = version('candidate', raw.candidate ?? null, true);
  const previous = version('previous', raw.previous ?? null, true);
  if (!isObj(raw.weights)) fail('weights', 'an object of version → weight');
  const weights: Record<string, number> = {};
  let total = 0;
  for (const [v, w] of Object.entries(raw.weights as Obj)) {
    if (!VERSION.test(v)) throw new RoutingError(file, `"weights" has an invalid version key ${JSON.stringify(v)}`);
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) throw new RoutingError(file, `"weights.${v}" must be a non-negative number, got ${JSON.stringify(w)}`);
    weights[v] = w;
    total += w;
  }
  if (total <= 0) throw new RoutingError(file, '"weights" must give some version a positive weight');
  const routes = raw.headerRoutes ?? [];
  if (!Array.isArray(routes)) fail('headerRoutes', 'a list');
  const headerRoutes = (routes as unknown[]).map((r, i): HeaderRoute => {
    const bad = () => new RoutingError(file, `"headerRoutes[${i}]" must be {header or cookie, value, version, match?: "exact" | "regex"} with strings, got ${JSON.stringify(r)}`.slice(0, 400));
    if (!isObj(r) || typeof r.value !== 'string' || typeof r.version !== 'string' || !VERSION.test(r.version)) throw bad();
    for (const k of Object.keys(r)) if (!ROUTE_KEYS.has(k)) throw new RoutingError(file, `"headerRoutes[${i}]" has an unknown key "${k}"`);
    if (r.match !== undefined && r.match !== 'exact' && r.match !== 'regex') throw bad();
    const route: HeaderRoute = { header: '', value: r.value, version: r.version };
    if (r.cookie !== undefined) {
      // A cookie route reads the Cookie header; `header`, when given, must say so.
      if (typeof r.cookie !== 'string' || !COOKIE.test(r.cookie) || (r.header !== undefined && String(r.header).toLowerCase() !== 'cookie')) throw bad();
      route.header = 'cookie';
      route.cookie = r.cookie;
    } else {
      if (typeof r.header !== 'string' || !HEADER.test(r.header)) throw bad();
      route.header = r.header.toLowerCase();
    }
    if (r.match === 'regex') {
      route.match = 'regex';
      try {
        patterns.set(route, new RegExp(r.value, 'u'));
      } catch (err) {
        throw new RoutingError(file, `"headerRoutes[${i}].value" is not a valid regular expression: ${(err as Error).message}`);
      }
    }
    return route;
  });
  let sticky: RoutingState['sticky'] = null;
  if (raw.sticky !== undefined && raw.sticky !== null) {
    if (!isObj(raw.sticky) || typeof raw.sticky.header !== 'string' || !HEADER.test(raw.sticky.header)) fail('sticky', '{"header": "<name>"} or null');
    sticky = { header: ((raw.sticky as Obj).header as string).toLowerCase() };
  }
  let shadow: RoutingState['shadow'] = null;
  if (raw.shadow !== undefined && raw.shadow !== null) {
    const s = raw.shadow;
    if (!isObj(s) || typeof s.version !== 'string' || !VERSION.test(s.version) || typeof s.percent !== 'number' || !(s.percent >= 0 && s.percent <= 100)) {
      fail('shadow', '{"version": "<v>", "percent": 0..100} or null');
    }
    shadow = { version: (s as Obj).version as string, percent: (s as Obj).percent as number };
  }
  const bandit = raw.bandit === undefined || raw.bandit === null ? null : parseBandit(raw.bandit, weights, file);
  if (raw.strategy !== undefined && typeof raw.strategy !== 'string') fail('strategy', 'a string');
  if (raw.updatedAt !== undefined && typeof raw.updatedAt !== 'string') fail('updatedAt', 'an ISO date string');
  return {
    schema: 1,
    model: raw.model as string,
    generation: raw.generation as number,
    stable,
    candidate,
    previous,
    weights,
    headerRoutes,
    sticky,
    shadow,
    strategy: (raw.strategy as string | undefined) ?? 'direct',
    ...(bandit ? { bandit } : {}),
    updatedAt: (raw.updatedAt as string | undefined) ?? '',
  };
}

const BANDIT_KEYS = new Set(['id', 'arms', 'algorithm', 'reward', 'floor', 'epsilon', 'bound', 'minRewards']);

/** The `bandit` object: two or more distinct arms, each with a weight, and every setting in its range. */
function parseBandit(b: unknown, weights: Record<string, number>, file: string): BanditRouting {
  const bad = (field: string, expected: string, got: unknown): never => {
    throw new RoutingError(file, `"bandit.${field}" must be ${expected}, got ${JSON.stringify(got) ?? 'nothing'}`.slice(0, 400));
  };
  if (!isObj(b)) return bad('', 'an object', b);
  for (const k of Object.keys(b)) if (!BANDIT_KEYS.has(k)) throw new RoutingError(file, `"bandit" has an unknown key "${k}"`);
  if (typeof b.id !== 'string' || !/^[A-Za-z0-9._:+@-]{1,200}$/.test(b.id)) bad('id', 'an experiment id (letters, digits, . _ : + @ -)', b.id);
  const arms = b.arms;
  if (!Array.isArray(arms) || arms.length < 2 || arms.some((a) => typeof a !== 'string' || !VERSION.test(a)) || new Set(arms).size !== arms.length) bad('arms', 'a list of two or more distinct versions', arms);
  for (const a of arms as string[]) if (!Object.hasOwn(weights, a)) throw new RoutingError(file, `"bandit.arms" names ${a}, which has no entry in "weights"`);
  if (b.algorithm !== 'thompson' && b.algorithm !== 'epsilon-greedy') bad('algorithm', '"thompson" or "epsilon-greedy"', b.algorithm);
  if (b.reward !== 'binary' && b.reward !== 'continuous') bad('reward', '"binary" or "continuous"', b.reward);
  const k = (arms as string[]).length;
  const number = (field: string, lo: number, hi: number, v: unknown): number => (typeof v === 'number' && v >= lo && v <= hi ? v : bad(field, `a number from ${lo} to ${hi}`, v));
  const floor = number('floor', 0, 1 / k, b.floor);
  const epsilon = number('epsilon', 0, 1, b.epsilon);
  const bound = number('bound', 0.5, 1, b.bound);
  if (!Number.isSafeInteger(b.minRewards) || (b.minRewards as number) < 0) bad('minRewards', 'a non-negative integer', b.minRewards);
  return { id: b.id as string, arms: [...(arms as string[])], algorithm: b.algorithm as BanditRouting['algorithm'], reward: b.reward as BanditRouting['reward'], floor, epsilon, bound, minRewards: b.minRewards as number };
}

/**
 * routing.json as the server applies it: a routing, or null when it says nothing of the model is live
 * (`stable: null`, no weights, no candidate, header route or mirror) — what the deploy engine writes when
 * it reverts a failed first deployment. Anything else is parsed by parseRouting.
 */
export function parseRoutingFile(text: string, file: string, expectedModel?: string): RoutingState | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return parseRouting(text, file, expectedModel);
  }
  if (!isObj(raw) || raw.stable !== null) return parseRouting(text, file, expectedModel);
  for (const k of Object.keys(raw)) if (!KEYS.has(k)) throw new RoutingError(file, `unknown key "${k}"`);
  if (raw.schema !== 1) throw new RoutingError(file, `"schema" must be 1, got ${JSON.stringify(raw.schema) ?? 'nothing'}`);
  if (expectedModel !== undefined && raw.model !== expectedModel) throw new RoutingError(file, `"model" is "${String(raw.model)}" but the file is in the folder of model "${expectedModel}"`);
  const weights = raw.weights ?? {};
  const routesTraffic = !isObj(weights) || Object.values(weights).some((w) => w !== 0) || (raw.candidate ?? null) !== null || (Array.isArray(raw.headerRoutes) && raw.headerRoutes.length > 0) || (raw.shadow ?? null) !== null;
  if (routesTraffic) throw new RoutingError(file, '"stable" is null (nothing live) but the routing sends traffic somewhere (weights, candidate, headerRoutes or shadow)');
  return null;
}
