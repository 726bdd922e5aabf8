import semver from 'semver';
import { ModelshipError } from '../core/errors.js';
import type { RoutingFile } from '../deploy/providers/local.js';
import type { HeaderRoute } from '../deploy/providers/provider.js';
import { hashUnit, type Uniform } from './random.js';

/**
 * `<root>/<model>/routing.json` as the local deploy provider writes it (atomically, by rename): one type for
 * writer and reader. The server only serves a routing that names a stable version.
 */
export type RoutingState = RoutingFile & { stable: string };
export type { HeaderRoute };

export class RoutingError extends ModelshipError {
  constructor(file: string, message: string) {
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
/** Only this much of a header is matched against a regular expression (bounds the work per request). */
const MAX_MATCHED = 4096;
/** Compiled patterns of regex routes, compiled once per routing. */
const patterns = new WeakMap<HeaderRoute, RegExp>();

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
    updatedAt: (raw.updatedAt as string | undefined) ?? '',
  };
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

/** The versions a routing needs loaded: everything it can send traffic to, plus `previous` for instant rollback. */
export function referencedVersions(r: RoutingState): Set<string> {
  const out = new Set<string>([r.stable]);
  if (r.candidate) out.add(r.candidate);
  if (r.previous) out.add(r.previous);
  for (const [v, w] of Object.entries(r.weights)) if (w > 0) out.add(v);
  for (const h of r.headerRoutes) out.add(h.version);
  if (r.shadow) out.add(r.shadow.version);
  return out;
}

export interface RouteRequest {
  /** `/versions/{v}` in the path. */
  explicit?: string;
  /** Lower-cased header names. */
  headers: Record<string, string | string[] | undefined>;
}

export type RouteReason = 'explicit' | 'header' | 'sticky' | 'weighted';
export interface RouteChoice {
  version: string;
  reason: RouteReason;
}

function header(headers: RouteRequest['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The value of cookie `name` in the Cookie header(s) (RFC 6265 `name=value` pairs separated by `;`). */
function cookie(headers: RouteRequest['headers'], name: string): string | undefined {
  const raw = headers.cookie;
  for (const line of Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]) {
    for (const pair of line.split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0 && pair.slice(0, eq).trim() === name) {
        const value = pair.slice(eq + 1).trim();
        return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
      }
    }
  }
  return undefined;
}

/** Whether a request matches a header (or cookie) route. */
export function routeMatches(route: HeaderRoute, headers: RouteRequest['headers']): boolean {
  const value = route.cookie !== undefined ? cookie(headers, route.cookie) : header(headers, route.header);
  if (value === undefined) return false;
  if (route.match !== 'regex') return value === route.value;
  let re = patterns.get(route);
  if (!re) patterns.set(route, (re = new RegExp(route.value, 'u')));
  return re.test(value.length > MAX_MATCHED ? value.slice(0, MAX_MATCHED) : value);
}

/**
 * The canonical order of versions: valid semantic versions ascending (semver precedence; build metadata, which
 * semver ignores, then by text), then any other names by text (code units, not locale). Sticky keys hash to a
 * point laid over the weights in this order, so rewriting routing.json with its keys in another order moves
 * no user.
 */
export function compareVersions(a: string, b: string): number {
  const sa = semver.valid(a);
  const sb = semver.valid(b);
  if (sa && sb) {
    const c = semver.compare(sa, sb);
    if (c !== 0) return c;
  } else if (sa || sb) return sa ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Weight entries in canonical version order, computed once per routing (the weights object is immutable). */
const ordered = new WeakMap<Record<string, number>, Array<[string, number]>>();
function canonicalEntries(weights: Record<string, number>): Array<[string, number]> {
  let entries = ordered.get(weights);
  if (!entries) {
    entries = Object.entries(weights).sort(([a], [b]) => compareVersions(a, b));
    ordered.set(weights, entries);
  }
  return entries;
}

/** Picks a point in [0,1) out of the weights of the versions that can serve, laid out in canonical order. */
function pick(weights: Record<string, number>, available: (v: string) => boolean, u: number): string | undefined {
  const entries = canonicalEntries(weights).filter(([v, w]) => w > 0 && available(v));
  const total = entries.reduce((s, [, w]) => s + w, 0);
  if (total <= 0) return undefined;
  let x = u * total;
  for (const [v, w] of entries) {
    if (x < w) return v;
    x -= w;
  }
  return entries[entries.length - 1][0];
}

/**
 * Routing precedence: explicit `/versions/{v}` > header routes > sticky (hash of the key into the weights) >
 * weighted random. A version that is not serving (refused, still loading) is skipped and the weights of the
 * others renormalised, so a broken canary never fails the requests meant for it; stable is the last resort.
 */
export function chooseVersion(r: RoutingState, req: RouteRequest, available: (v: string) => boolean, uniform: Uniform): RouteChoice | undefined {
  if (req.explicit !== undefined) return { version: req.explicit, reason: 'explicit' };
  for (const h of r.headerRoutes) {
    if (routeMatches(h, req.headers) && available(h.version)) return { version: h.version, reason: 'header' };
  }
  if (r.sticky) {
    const key = header(req.headers, r.sticky.header);
    if (key !== undefined && key !== '') {
      const v = pick(r.weights, available, hashUnit(key));
      if (v) return { version: v, reason: 'sticky' };
    }
  }
  const v = pick(r.weights, available, uniform());
  if (v) return { version: v, reason: 'weighted' };
  return available(r.stable) ? { version: r.stable, reason: 'weighted' } : undefined;
}
