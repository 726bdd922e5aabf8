import semver from 'semver';
import { headerRoutePattern, type HeaderRoute, type RoutingState } from '../core/routing-file.js';
import { hashUnit, type Uniform } from './random.js';

// routing.json itself (its type, its strict parser) is src/core/routing-file.ts, shared with the local deploy
// provider that writes it; here is how the server routes by it.
export type { HeaderRoute, RoutingState };

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

/** Only this much of a header is matched against a regular expression (bounds the work per request). */
const MAX_MATCHED = 4096;

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
  return headerRoutePattern(route).test(value.length > MAX_MATCHED ? value.slice(0, MAX_MATCHED) : value);
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
