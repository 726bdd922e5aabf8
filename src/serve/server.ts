import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ModelshipError } from '../core/errors.js';
import { silentLog, type ServeLog } from './access-log.js';
import { BanditRouter, type BanditOptions } from './bandit.js';
import { DEFAULT_BATCH, type BatchPolicy } from './batching.js';
import { ModelCatalog } from './catalog.js';
import { GraphServer, pinnedVersions, type GraphDefinitions } from './graph.js';
import { resolveLimits, type ServeLimits } from './limits.js';
import { ServeMetrics } from './metrics.js';
import { ServeMonitor, type MonitorOptions } from './monitoring.js';
import { openCaches } from './prediction-caches.js';
import { seededUniform, type Uniform } from './random.js';
import { createRequestHandler } from './routes.js';
import { DEFAULT_INLINE, type InlinePolicy } from './sessions.js';

export interface ServeOptions {
  /** The local model repository: `<root>/<model>/<version>/` and `<root>/<model>/routing.json`. */
  repository: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  limits?: Partial<Record<keyof ServeLimits, number | string>>;
  /** Poll interval of the repository watch fallback. */
  pollMs?: number;
  /** Seeds the weighted router and shadow sampling (tests); unseeded uses Math.random. */
  seed?: number;
  threads?: { intraOp?: number; interOp?: number };
  /** Inference worker threads per loaded version (default 1). */
  workers?: number;
  /**
   * Dynamic batching: queued requests for one version with the same non-batch dims run as one onnxruntime
   * call of at most `maxSize` rows (default 64; 1 turns batching off). `maxDelayMs` (default 0) holds a
   * request up to that long for more to arrive; 0 merges only what is already waiting.
   */
  batch?: { maxSize?: number; maxDelayMs?: number };
  /**
   * Small, fast models run on the main thread, with no hop to a worker (docs/serve.md "Execution"): on by
   * default with `DEFAULT_INLINE`'s limits; false keeps every version on worker threads.
   */
  inline?: Partial<InlinePolicy> | false;
  /** Shadow inferences running at once across the server; beyond it mirrors are dropped (and counted). */
  shadowConcurrency?: number;
  log?: ServeLog;
  /** Live profiles, drift gauges and feedback (docs/monitor.md); false turns them off. Default on. */
  monitoring?: MonitorOptions | false;
  /** Prediction caches by model name: `{maxBytes, ttl?}` or `{redis, ttl?, timeout?}` (models.<name>.cache, docs/serve.md). */
  cache?: Record<string, unknown>;
  /** Inference graphs of modelship.yml served as models over the repository's models (docs/graphs.md). */
  graphs?: GraphDefinitions;
  /** Bandit routing (strategy `bandit`): re-allocation delay and Monte-Carlo draws. Rewards come from monitoring's feedback. */
  bandit?: BanditOptions;
}

export interface RunningServer {
  url: string;
  port: number;
  metrics: ServeMetrics;
  catalog: ModelCatalog;
  bandit: BanditRouter;
  /** Re-reads the repository now (the watch and the poll do it on their own). */
  reload(): Promise<void>;
  /** Stops accepting, finishes in-flight requests, releases every session. */
  close(): Promise<void>;
}

/** Resolves the batching options, each checked. */
export function resolveBatch(options: ServeOptions['batch'] = {}): BatchPolicy {
  const maxRows = options.maxSize ?? DEFAULT_BATCH.maxRows;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_BATCH.maxDelayMs;
  if (!Number.isSafeInteger(maxRows) || maxRows < 1 || maxRows > 65536) throw new ModelshipError(`serve batch maxSize must be an integer from 1 to 65536 (1 turns batching off), got ${JSON.stringify(maxRows)}`);
  if (typeof maxDelayMs !== 'number' || !(maxDelayMs >= 0 && maxDelayMs <= 1000)) throw new ModelshipError(`serve batch maxDelayMs must be a number of milliseconds from 0 to 1000, got ${JSON.stringify(maxDelayMs)}`);
  return { maxRows, maxDelayMs };
}

/** Resolves the inline execution options, each checked; undefined when off. */
export function resolveInline(options: ServeOptions['inline'] = {}): InlinePolicy | undefined {
  if (options === false) return undefined;
  const policy = { ...DEFAULT_INLINE, ...options };
  if (typeof policy.maxRunMs !== 'number' || !(policy.maxRunMs >= 0 && policy.maxRunMs <= 1000)) throw new ModelshipError(`serve inline maxRunMs must be a number of milliseconds from 0 to 1000 (0 keeps every model on worker threads), got ${JSON.stringify(policy.maxRunMs)}`);
  if (!Number.isSafeInteger(policy.maxModelBytes) || policy.maxModelBytes < 0) throw new ModelshipError(`serve inline maxModelBytes must be a non-negative integer, got ${JSON.stringify(policy.maxModelBytes)}`);
  return policy;
}

/** Starts the embedded Open Inference Protocol v2 server over a local model repository. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const limits = resolveLimits(options.limits);
  const batch = resolveBatch(options.batch);
  const log = options.log ?? silentLog;
  const metrics = new ServeMetrics();
  const caches = await openCaches(options.cache, metrics.registry, log);
  const catalog = new ModelCatalog({
    root: options.repository,
    limits,
    session: { intraOpThreads: options.threads?.intraOp ?? 1, interOpThreads: options.threads?.interOp ?? 1, workers: options.workers ?? 1, batch, inline: resolveInline(options.inline) },
    pollMs: options.pollMs ?? 500,
    metrics,
    log,
    switched: (model, before, after) => caches.get(model)?.switched(before, after),
    pinned: pinnedVersions(options.graphs ?? {}),
  });
  const uniform: Uniform = options.seed !== undefined ? seededUniform(options.seed) : Math.random;
  const shadowUniform: Uniform = options.seed !== undefined ? seededUniform(options.seed + 1) : Math.random;
  const lifecycle = { ready: false, draining: false };
  const monitor = options.monitoring === false ? undefined : new ServeMonitor(options.repository, metrics.registry, options.monitoring);
  const bandit = new BanditRouter(options.repository, metrics.registry, log, options.bandit);
  if (monitor) bandit.listen(monitor.feedback);
  const graphs = options.graphs && Object.keys(options.graphs).length > 0 ? new GraphServer(options.graphs, catalog, options.seed !== undefined ? seededUniform(options.seed + 2) : Math.random, (labels) => metrics.graphMemberRuns.inc(labels)) : undefined;
  const handle = createRequestHandler({ catalog, metrics, limits, log, uniform, shadowUniform, shadowLimit: options.shadowConcurrency ?? limits.concurrency, lifecycle, monitor, caches, graphs, bandit });
  let inFlight = 0;
  let idle: (() => void) | undefined;

  const server = http.createServer((req, res) => {
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (inFlight === 0) idle?.();
    });
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.requestTimeout = limits.timeoutMs + 5_000;

  try {
    await catalog.start();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    // A Redis connection left open would keep the process alive.
    await Promise.all([...caches.values()].map((c) => c.close()));
    throw err;
  }
  lifecycle.ready = true;
  const addr = server.address() as AddressInfo;
  const hostPart = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  log.write({ event: 'listening', url: `http://${hostPart}:${addr.port}`, repository: options.repository, models: [...catalog.models.keys()], ...(graphs ? { graphs: graphs.names() } : {}) });

  let closing: Promise<void> | undefined;
  return {
    url: `http://${hostPart}:${addr.port}`,
    port: addr.port,
    metrics,
    catalog,
    bandit,
    reload: () => catalog.scan(),
    close() {
      closing ??= (async () => {
        lifecycle.draining = true;
        lifecycle.ready = false;
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
        server.closeIdleConnections();
        await stopped;
        await catalog.close();
        await Promise.all([...caches.values()].map((c) => c.close()));
        await bandit.close();
        log.write({ event: 'stopped' });
        await log.close();
      })();
      return closing;
    },
  };
}
