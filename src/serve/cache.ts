import { createHash } from 'node:crypto';
import { Counter, Gauge, type Registry } from 'prom-client';
import { parseDuration } from '../core/duration.js';
import { ModelshipError } from '../core/errors.js';
import type { RoutingState } from '../core/routing-file.js';

/**
 * The prediction cache of `modelship serve` (opt-in per model, `models.<name>.cache` of modelship.yml): the
 * model's 200 answer to a request, keyed by the model, the version, the version's sha256 and the exact bytes
 * that decide the answer (the body, and the Inference-Header-Content-Length header that says how to split
 * it), so a hit is byte for byte what that version answered. Stored in process (an LRU with a byte budget)
 * or in Redis (redis-cache.ts), both with a TTL. Only versions routing sends traffic to are cached, and a
 * version's entries are dropped as soon as it stops getting traffic (rollback, promotion, unload).
 */

/** One model's cache settings, checked. */
export interface CacheSettings {
  /** In-process LRU byte budget (bodies plus a fixed overhead per entry); absent when `redis` is set. */
  maxBytes?: number;
  /** Redis URL (`redis://` or `rediss://`) shared by several servers; absent for the in-process cache. */
  redis?: string;
  /** How long an entry lives. */
  ttlMs: number;
  /** Redis: connect and per-command timeout; past it the request is answered by the model. */
  timeoutMs: number;
}

const DEFAULT_CACHE_TTL = '10m';
const DEFAULT_REDIS_TIMEOUT = '50ms';

/** A stored 200 answer: the body as sent, and the JSON length when it is binary tensor data (0 for JSON). */
export interface CachedAnswer {
  headerLength: number;
  body: Buffer;
}

/** Where a model's answers live. Failures never throw: a store that cannot answer misses. */
export interface AnswerStore {
  get(version: string, key: string): CachedAnswer | undefined | Promise<CachedAnswer | undefined>;
  set(version: string, key: string, answer: CachedAnswer): void;
  /** Drops every entry of the version. */
  drop(version: string): void;
  close(): Promise<void>;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks one `cache:` value (the schema checks it too; this names the field for API callers). */
export function resolveCacheSettings(raw: unknown, where: string): CacheSettings {
  if (!isObj(raw)) throw new ModelshipError(`${where}: expected an object { maxBytes, ttl } or { redis, ttl }`);
  const unknown = Object.keys(raw).filter((k) => !['maxBytes', 'redis', 'ttl', 'timeout'].includes(k));
  if (unknown.length) throw new ModelshipError(`${where}: unknown key(s) ${unknown.join(', ')}; expected maxBytes or redis, ttl, timeout`);
  const { maxBytes, redis } = raw;
  if ((maxBytes === undefined) === (redis === undefined)) throw new ModelshipError(`${where}: give exactly one of maxBytes (in-process LRU) or redis (a redis:// URL)`);
  if (maxBytes !== undefined && (!Number.isSafeInteger(maxBytes) || (maxBytes as number) < 1024)) throw new ModelshipError(`${where}.maxBytes: expected an integer number of bytes >= 1024, got ${JSON.stringify(maxBytes)}`);
  if (redis !== undefined) {
    let url: URL | undefined;
    try {
      url = typeof redis === 'string' ? new URL(redis) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || !['redis:', 'rediss:'].includes(url.protocol)) throw new ModelshipError(`${where}.redis: expected a redis:// or rediss:// URL`);
  }
  const duration = (key: 'ttl' | 'timeout', fallback: string, max: number): number => {
    const v = raw[key] ?? fallback;
    if (typeof v !== 'string' && typeof v !== 'number') throw new ModelshipError(`${where}.${key}: expected a duration such as 30s or 10m, got ${JSON.stringify(v)}`);
    const ms = parseDuration(v, `${where}.${key}`);
    if (!(ms >= 1 && ms <= max)) throw new ModelshipError(`${where}.${key}: expected a duration from 1ms to ${max / 1000}s, got ${JSON.stringify(v)}`);
    return Math.round(ms);
  };
  return {
    ...(maxBytes !== undefined ? { maxBytes: maxBytes as number } : { redis: redis as string }),
    ttlMs: duration('ttl', DEFAULT_CACHE_TTL, 30 * 86_400_000),
    timeoutMs: duration('timeout', DEFAULT_REDIS_TIMEOUT, 10_000),
  };
}

/** The cache's Prometheus metrics, in the server's registry. */
export class CacheMetrics {
  readonly lookups: Counter<'model' | 'version' | 'result'>;
  readonly evictions: Counter<'model' | 'reason'>;
  readonly bytes: Gauge<'model'>;
  readonly entries: Gauge<'model'>;
  readonly errors: Counter<'model' | 'operation'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.lookups = new Counter({ name: 'modelship_cache_lookups_total', help: 'Prediction cache lookups by model, version and result (hit: answered from the cache; miss: answered by the model).', labelNames: ['model', 'version', 'result'], registers });
    this.evictions = new Counter({ name: 'modelship_cache_evictions_total', help: 'In-process cache entries removed: lru (byte budget), expired (TTL), retired (the version stopped getting traffic).', labelNames: ['model', 'reason'], registers });
    this.bytes = new Gauge({ name: 'modelship_cache_bytes', help: 'Bytes held by the in-process prediction cache (bodies plus a fixed overhead per entry).', labelNames: ['model'], registers });
    this.entries = new Gauge({ name: 'modelship_cache_entries', help: 'Entries held by the in-process prediction cache.', labelNames: ['model'], registers });
    this.errors = new Counter({ name: 'modelship_cache_errors_total', help: 'Redis cache operations that failed or timed out (get, set, drop); the request is answered by the model.', labelNames: ['model', 'operation'], registers });
  }
}

/** Bookkeeping bytes counted per entry beside its body (key, map slots, object). */
const ENTRY_OVERHEAD = 200;

interface LocalEntry {
  version: string;
  answer: CachedAnswer;
  expires: number;
  size: number;
}

/** The in-process store: one LRU per model (Map insertion order is recency), a byte budget and a TTL. */
export class LocalAnswerStore implements AnswerStore {
  private readonly entries = new Map<string, LocalEntry>();
  private bytes = 0;

  constructor(private readonly model: string, private readonly maxBytes: number, private readonly ttlMs: number, private readonly metrics: CacheMetrics, private readonly now: () => number = Date.now) {}

  get(_version: string, key: string): CachedAnswer | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    if (e.expires <= this.now()) {
      this.forget(e, 'expired');
      return undefined;
    }
    this.entries.set(key, e);
    return e.answer;
  }

  set(version: string, key: string, answer: CachedAnswer): void {
    const size = answer.body.length + key.length + ENTRY_OVERHEAD;
    if (size > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.size;
    }
    this.entries.set(key, { version, answer, expires: this.now() + this.ttlMs, size });
    this.bytes += size;
    // The least recently used entries go first; expired ones are found on lookup or here when they are oldest.
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.forget(e, e.expires <= this.now() ? 'expired' : 'lru');
    }
    this.report();
  }

  drop(version: string): void {
    for (const [k, e] of this.entries) {
      if (e.version !== version) continue;
      this.entries.delete(k);
      this.forget(e, 'retired');
    }
    this.report();
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.bytes = 0;
    this.report();
  }

  private forget(e: LocalEntry, reason: 'lru' | 'expired' | 'retired'): void {
    this.bytes -= e.size;
    this.metrics.evictions.inc({ model: this.model, reason });
    this.report();
  }

  private report(): void {
    this.metrics.bytes.set({ model: this.model }, this.bytes);
    this.metrics.entries.set({ model: this.model }, this.entries.size);
  }
}

/** Versions that routing sends traffic to (explicit requests aside): the only ones cached. */
const routedMemo = new WeakMap<RoutingState, Set<string>>();
export function routedVersions(r: RoutingState): Set<string> {
  let out = routedMemo.get(r);
  if (!out) {
    out = new Set([r.stable]);
    for (const [v, w] of Object.entries(r.weights)) if (w > 0) out.add(v);
    for (const h of r.headerRoutes) out.add(h.version);
    routedMemo.set(r, out);
  }
  return out;
}

/** What the cache needs of a model's serving state (catalog.ts's ModelState). */
interface ServingState {
  routing: RoutingState;
  versions: ReadonlyMap<string, unknown>;
}

/** One model's cache: keys, lookups counted, stores, and the drop of versions that stop getting traffic. */
export class PredictionCache {
  constructor(readonly model: string, private readonly answers: AnswerStore, private readonly metrics: CacheMetrics) {}

  /** Whether requests answered by `version` may be looked up and stored under `state`. */
  serves(state: ServingState, version: string): boolean {
    return state.versions.has(version) && routedVersions(state.routing).has(version);
  }

  /**
   * sha256 over everything that decides the answer's bytes: model, version, the version's model sha256 (a
   * folder replaced under the same version name never hits the old answers), the raw
   * Inference-Header-Content-Length value and the body (which holds the id, the inputs and the output options).
   */
  key(version: string, modelSha256: string, headerLength: string | string[] | undefined, body: Buffer): string {
    const h = Array.isArray(headerLength) ? headerLength.join(', ') : (headerLength ?? '');
    return createHash('sha256').update(`${this.model}\0${version}\0${modelSha256}\0${h}\0`).update(body).digest('hex');
  }

  async lookup(version: string, key: string): Promise<CachedAnswer | undefined> {
    const hit = await this.answers.get(version, key);
    this.metrics.lookups.inc({ model: this.model, version, result: hit ? 'hit' : 'miss' });
    return hit;
  }

  store(version: string, key: string, answer: CachedAnswer): void {
    this.answers.set(version, key, answer);
  }

  /** Drops the versions of `before` that `after` no longer routes traffic to, no longer loads, or reloaded. */
  switched(before: ServingState | undefined, after: ServingState | undefined): void {
    if (!before) return;
    for (const v of routedVersions(before.routing)) {
      const loaded = before.versions.get(v);
      if (loaded && !(after && this.serves(after, v) && after.versions.get(v) === loaded)) this.answers.drop(v);
    }
  }

  close(): Promise<void> {
    return this.answers.close();
  }
}
