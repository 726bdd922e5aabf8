import type { Registry } from 'prom-client';
import type { ServeLog } from './access-log.js';
import { CacheMetrics, LocalAnswerStore, PredictionCache, resolveCacheSettings } from './cache.js';

/** Redis connection errors are logged at most this often (a Redis that is down fails every reconnect). */
const REDIS_LOG_INTERVAL_MS = 10_000;

/** Redacts the password of a Redis URL for the log. */
function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/**
 * The prediction caches of a server, one per model that opted in (`cache` by model name, as in modelship.yml).
 * The Redis client is loaded only when a model names Redis (it takes ~300 ms to load).
 */
export async function openCaches(settings: Record<string, unknown> | undefined, registry: Registry, log: ServeLog): Promise<Map<string, PredictionCache>> {
  const caches = new Map<string, PredictionCache>();
  const entries = Object.entries(settings ?? {});
  if (!entries.length) return caches;
  const resolved = entries.map(([model, raw]) => [model, resolveCacheSettings(raw, `models.${model}.cache`)] as const);
  const metrics = new CacheMetrics(registry);
  let lastLogged = -Infinity;
  const redis = resolved.some(([, s]) => s.redis) ? await import('./redis-cache.js') : undefined;
  const connections =
    redis &&
    new redis.RedisConnections((err) => {
      const now = Date.now();
      if (now - lastLogged < REDIS_LOG_INTERVAL_MS) return;
      lastLogged = now;
      log.write({ event: 'cache-error', error: err.message });
    });
  for (const [model, s] of resolved) {
    const store = s.redis && redis && connections
      ? new redis.RedisAnswerStore(model, s.redis, s.ttlMs, s.timeoutMs, connections, (operation) => metrics.errors.inc({ model, operation }))
      : new LocalAnswerStore(model, s.maxBytes as number, s.ttlMs, metrics);
    if (s.redis) for (const operation of ['get', 'set', 'drop']) metrics.errors.inc({ model, operation }, 0);
    caches.set(model, new PredictionCache(model, store, metrics));
    log.write({ event: 'cache', model, store: s.redis ? redact(s.redis) : 'memory', ...(s.maxBytes ? { maxBytes: s.maxBytes } : {}), ttlMs: s.ttlMs });
  }
  return caches;
}
