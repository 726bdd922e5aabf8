import type http from 'node:http';
import { VERSION as SERVER_VERSION } from '../generated/version.js';
import type { ServeLog } from './access-log.js';
import type { PredictionCache } from './cache.js';
import type { BanditRouter } from './bandit.js';
import type { ModelCatalog, ModelHost } from './catalog.js';
import { Overloaded, TimedOut, type ServeLimits } from './limits.js';
import type { ServeMetrics } from './metrics.js';
import { GraphFailed, GraphUnavailable, type GraphServer } from './graph.js';
import { monitorRoute } from './monitor-routes.js';
import type { ServeMonitor } from './monitoring.js';
import { decodeInferRequest, encodeBinaryResponse, encodeInferResponse, metadataTensor, ProtocolError, wantsBinary, type DecodedRequest } from './protocol.js';
import type { Uniform } from './random.js';
import { chooseVersion } from './routing.js';
import type { LoadedVersion } from './sessions.js';

/**
 * The HTTP routes of the Open Inference Protocol v2 server: health, server and model metadata, readiness,
 * inference (with shadow mirroring) and /metrics, with per-request metrics and the access log. The server
 * (server.ts) owns the lifecycle: the catalog, the listening socket, draining and closing.
 */

export interface RouteContext {
  catalog: ModelCatalog;
  metrics: ServeMetrics;
  limits: ServeLimits;
  log: ServeLog;
  /** Draws for the weighted router and for shadow sampling. */
  uniform: Uniform;
  shadowUniform: Uniform;
  /** Shadow inferences running at once; beyond it mirrors are dropped (and counted). */
  shadowLimit: number;
  /** Read on every request: ready once listening, draining once closing. */
  lifecycle: { ready: boolean; draining: boolean };
  /** Live profiles, drift and feedback (monitoring.ts); absent when monitoring is off. */
  monitor?: ServeMonitor;
  /** Prediction caches of the models that opted in (cache.ts). */
  caches?: ReadonlyMap<string, PredictionCache>;
  /** Inference graphs served as models (graph.ts); absent when none is configured. */
  graphs?: GraphServer;
  /** Bandit routing: the allocation replaces the weights of a routing with `bandit`. */
  bandit?: BanditRouter;
}

const SERVER_NAME = 'modelship';

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}, contentType = 'application/json'): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': contentType, 'content-length': typeof body === 'string' ? Buffer.byteLength(body) : body.length, ...headers });
  res.end(body);
}
const sendJson = (res: http.ServerResponse, status: number, body: unknown, headers?: Record<string, string>) => send(res, status, JSON.stringify(body), headers);

/** The binary tensor data extension's header: the length of the JSON part of the body. */
const HEADER_LENGTH = 'inference-header-content-length';
/** Marks an answer of a model with a prediction cache: `hit` (from the cache) or `miss` (from the model). */
const CACHE_HEADER = 'x-modelship-cache';

/** Splits a request body into its JSON header and the binary tensor data after it. */
function splitBody(body: Buffer, header: string | string[] | undefined): { json: Buffer; binary?: Uint8Array } {
  if (header === undefined) return { json: body };
  const text = Array.isArray(header) ? header.join(', ') : header;
  const n = /^\s*\d{1,15}\s*$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= body.length)) {
    throw new ProtocolError(`the Inference-Header-Content-Length header is ${JSON.stringify(text.slice(0, 40))}: expected the byte length of the JSON part of the body, an integer from 1 to ${body.length} (the body length)`);
  }
  return { json: body.subarray(0, n), binary: body.subarray(n) };
}

/** The JSON of an inference request (and its binary part): a body that is not JSON is a protocol error (400). */
function parseInferBody(body: Buffer, header: string | string[] | undefined): { parsed: unknown; parts: { json: Buffer; binary?: Uint8Array } } {
  const parts = splitBody(body, header);
  try {
    return { parsed: JSON.parse(parts.json.toString('utf8')), parts };
  } catch (err) {
    throw new ProtocolError(`the ${parts.binary ? 'JSON header of the request' : 'request body'} is not valid JSON: ${(err as Error).message}`);
  }
}

function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.reject(new HttpError(413, `request body of ${declared} bytes is over the limit of ${max} bytes`, { connection: 'close' }));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new HttpError(413, `request body is over the limit of ${max} bytes`, { connection: 'close' }));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)));
    req.on('error', reject);
  });
}

function safeDecode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

const MODEL_PATH = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?$/;

/** The request handler: routes a request, answers it, and records it (metrics, access log). It never throws. */
export function createRequestHandler(ctx: RouteContext): (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> {
  const { catalog, metrics, limits, log, uniform, shadowUniform, shadowLimit, lifecycle } = ctx;
  let shadowRunning = 0;

  const modelOf = (raw: string): ModelHost => {
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      throw new HttpError(400, 'malformed model name in the path');
    }
    const host = catalog.models.get(name);
    if (!host) throw new HttpError(404, `no model "${name}" in this repository; served: ${[...catalog.models.keys()].join(', ') || 'none'}`);
    return host;
  };

  const versionOf = (host: ModelHost, version: string): LoadedVersion => {
    const v = host.state?.versions.get(version);
    if (!v) throw new HttpError(404, `version "${version}" of model "${host.name}" is not served; served: ${[...(host.state?.versions.keys() ?? [])].join(', ') || 'none'}`);
    return v;
  };

  const mirror = (host: ModelHost, primary: string, decoded: DecodedRequest): void => {
    const shadow = host.state?.routing.shadow;
    if (!shadow || shadow.version === primary || shadowUniform() * 100 >= shadow.percent) return;
    const labels = { model: host.name, version: shadow.version };
    const target = host.state?.versions.get(shadow.version);
    const ref = target?.acquire();
    if (!target || !ref) return void metrics.shadow.inc({ ...labels, result: 'error' });
    // Bounded so a slow shadow can never take the primary's memory or cores: beyond it the mirror is dropped.
    if (shadowRunning >= shadowLimit) {
      ref();
      return void metrics.shadow.inc({ ...labels, result: 'dropped' });
    }
    shadowRunning++;
    const started = process.hrtime.bigint();
    target
      .run(decoded.inputs)
      .finally(() => metrics.shadowDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9))
      .then(
        () => metrics.shadow.inc({ ...labels, result: 'ok' }),
        (err: Error) => {
          metrics.shadow.inc({ ...labels, result: 'error' });
          log.write({ event: 'shadow-error', model: host.name, version: shadow.version, error: err.message });
        },
      )
      .finally(() => {
        shadowRunning--;
        ref();
      });
  };

  const infer = async (req: http.IncomingMessage, res: http.ServerResponse, host: ModelHost, explicit: string | undefined, start: bigint): Promise<{ version: string; status: number; cache?: 'hit' | 'miss' }> => {
    const deadline = Date.now() + limits.timeoutMs;
    // The version label of the answer: set only once a served version is chosen, so that requests naming
    // versions that do not exist are counted under "" and cannot add label values to /metrics.
    let version = '';
    if (req.method !== 'POST') throw Object.assign(new HttpError(405, 'inference is POST'), { version });
    const body = await readBody(req, limits.maxBodyBytes);
    let release: () => void;
    try {
      release = await host.limiter.acquire(deadline);
    } catch (err) {
      if (err instanceof Overloaded) throw new HttpError(503, err.message, { 'retry-after': '1' });
      if (err instanceof TimedOut) throw new HttpError(504, err.message);
      throw err;
    }
    let unref: (() => void) | undefined;
    try {
      const state = host.state;
      if (!state) throw new HttpError(503, `model "${host.name}" has no version ready to serve`, { 'retry-after': '1' });
      const routing = ctx.bandit ? ctx.bandit.routingFor(host.name, state.routing) : state.routing;
      const choice = chooseVersion(routing, { explicit, headers: req.headers }, (v) => state.versions.has(v), uniform);
      if (!choice) throw new HttpError(503, `model "${host.name}" has no version ready to serve`, { 'retry-after': '1' });
      const loaded = versionOf(host, choice.version);
      version = choice.version;
      unref = loaded.acquire();
      if (!unref) throw new HttpError(503, `version "${version}" is being retired; retry`, { 'retry-after': '0' });
      // The prediction cache: a hit is the bytes this version answered to these exact bytes (cache.ts).
      const cache = ctx.caches?.get(host.name);
      const cacheKey = cache?.serves(state, version) ? cache.key(version, loaded.sha256, req.headers[HEADER_LENGTH], body) : undefined;
      if (cacheKey !== undefined) {
        const hit = await (cache as PredictionCache).lookup(version, cacheKey);
        if (hit) {
          const headers: Record<string, string> = { [CACHE_HEADER]: 'hit', ...(lifecycle.draining ? { connection: 'close' } : {}) };
          if (hit.headerLength) send(res, 200, hit.body, { [HEADER_LENGTH]: String(hit.headerLength), ...headers }, 'application/octet-stream');
          else send(res, 200, hit.body, headers);
          return { version, status: 200, cache: 'hit' };
        }
      }
      const { parsed, parts } = parseInferBody(body, req.headers[HEADER_LENGTH]);
      const decoded = decodeInferRequest(parsed, loaded.inputs, loaded.outputs, parts.binary);
      const running = loaded.run(decoded.inputs, decoded.outputs, deadline);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new HttpError(504, `inference did not finish within ${limits.timeoutMs} ms`)), Math.max(0, deadline - Date.now()));
      });
      let outputs;
      try {
        outputs = await Promise.race([running, timeout]);
      } catch (err) {
        if (err instanceof HttpError) {
          // The run cannot be cancelled: its slot and its session reference are held until it really ends.
          const slot = release;
          const ref = unref;
          release = () => undefined;
          unref = undefined;
          void running.catch(() => undefined).finally(() => {
            slot();
            ref();
          });
          throw Object.assign(err, { version });
        }
        if (err instanceof TimedOut) throw new HttpError(504, `inference did not start within ${limits.timeoutMs} ms`);
        throw new HttpError(500, `inference failed: ${(err as Error).message}`);
      } finally {
        clearTimeout(timer);
      }
      const close: Record<string, string> = lifecycle.draining ? { connection: 'close' } : {};
      if (cacheKey !== undefined) close[CACHE_HEADER] = 'miss';
      let answer: { headerLength: number; body: string | Buffer };
      if (decoded.binaryOutputs && outputs.some((o) => wantsBinary(decoded, o.name))) {
        answer = encodeBinaryResponse(host.name, version, decoded.id, outputs, (name) => wantsBinary(decoded, name));
        send(res, 200, answer.body, { [HEADER_LENGTH]: String(answer.headerLength), ...close }, 'application/octet-stream');
      } else send(res, 200, (answer = { headerLength: 0, body: encodeInferResponse(host.name, version, decoded.id, outputs) }).body, close);
      // Stored only while the version still gets traffic: a retired version's entries must not come back.
      if (cacheKey !== undefined && host.state && cache?.serves(host.state, version) && host.state.versions.get(version) === loaded) {
        cache.store(version, cacheKey, { headerLength: answer.headerLength, body: typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body });
      }
      ctx.monitor?.observe(host.name, version, decoded.id, decoded.inputs, outputs);
      mirror(host, version, decoded);
      return { version, status: 200, ...(cacheKey !== undefined ? { cache: 'miss' as const } : {}) };
    } catch (err) {
      throw Object.assign(err as Error, { version });
    } finally {
      unref?.();
      release();
      void start;
    }
  };

  /** A graph's metadata, readiness and inference: the same protocol as a model, its members resolved per request. */
  const graphRoute = async (req: http.IncomingMessage, res: http.ServerResponse, graphs: GraphServer, name: string, route: string | undefined): Promise<{ version: string; status: number }> => {
    try {
      if (route === '/ready') {
        const ready = graphs.ready(name);
        sendJson(res, ready ? 200 : 400, { name, ready });
        return { version: '', status: ready ? 200 : 400 };
      }
      if (route === undefined) {
        const m = graphs.metadata(name, req.headers);
        sendJson(res, 200, { name, versions: [m.version], platform: 'modelship_graph', inputs: m.inputs.map(metadataTensor), outputs: m.outputs.map(metadataTensor) });
        return { version: '', status: 200 };
      }
      if (req.method !== 'POST') throw new HttpError(405, 'inference is POST');
      const body = await readBody(req, limits.maxBodyBytes);
      const { parsed, parts } = parseInferBody(body, req.headers[HEADER_LENGTH]);
      const deadline = Date.now() + limits.timeoutMs;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new HttpError(504, `inference did not finish within ${limits.timeoutMs} ms`)), Math.max(0, deadline - Date.now()));
      });
      // A member run cannot be cancelled: it keeps its slot and session reference until it really ends.
      const running = graphs.infer(name, req.headers, (inputs, outputs) => decodeInferRequest(parsed, inputs, outputs, parts.binary), deadline);
      running.catch(() => undefined); // its failure after a timeout was answered has no one left to hear it
      const answer = await Promise.race([running, timeout]).finally(() => clearTimeout(timer));
      const { decoded, outputs, version } = answer;
      const close: Record<string, string> = lifecycle.draining ? { connection: 'close' } : {};
      if (decoded.binaryOutputs && outputs.some((o) => wantsBinary(decoded, o.name))) {
        const r = encodeBinaryResponse(name, version, decoded.id, outputs, (n) => wantsBinary(decoded, n));
        send(res, 200, r.body, { [HEADER_LENGTH]: String(r.headerLength), ...close }, 'application/octet-stream');
      } else send(res, 200, encodeInferResponse(name, version, decoded.id, outputs), close);
      return { version, status: 200 };
    } catch (err) {
      if (err instanceof GraphUnavailable) throw new HttpError(503, err.message, { 'retry-after': '1' });
      if (err instanceof GraphFailed) throw new HttpError(500, err.message);
      if (err instanceof TimedOut) throw new HttpError(504, `inference did not start within ${limits.timeoutMs} ms`);
      if (err instanceof Overloaded) throw new HttpError(503, err.message, { 'retry-after': '1' });
      if (err instanceof HttpError || err instanceof ProtocolError) throw err;
      throw new HttpError(500, `inference failed: ${(err as Error).message}`);
    }
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const start = process.hrtime.bigint();
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const pathname = q >= 0 ? url.slice(0, q) : url;
    let model: string | undefined;
    let version: string | undefined;
    let status = 200;
    let isInfer = false;
    let failure: string | undefined;
    let cache: string | undefined;
    try {
      if (pathname === '/v2/health/live') return sendJson(res, 200, { live: true });
      if (pathname === '/v2/health/ready') return lifecycle.ready && !lifecycle.draining ? sendJson(res, 200, { ready: true }) : sendJson(res, 503, { ready: false });
      if (pathname === '/v2' || pathname === '/v2/') return sendJson(res, 200, { name: SERVER_NAME, version: SERVER_VERSION, extensions: ['binary_tensor_data'] });
      if (pathname === '/metrics') {
        const m = await metrics.exposition();
        return send(res, 200, m.body, {}, m.contentType);
      }
      const watched = ctx.monitor ? await monitorRoute(ctx.monitor, catalog, req, pathname) : undefined;
      if (watched) {
        ({ model, version, status } = watched);
        return sendJson(res, watched.status, watched.body);
      }
      const match = MODEL_PATH.exec(pathname);
      if (!match) throw new HttpError(404, `no route for ${req.method} ${pathname}`);
      const graphName = ctx.graphs && match[2] === undefined ? safeDecode(match[1]) : undefined;
      if (graphName !== undefined && ctx.graphs?.has(graphName)) {
        model = graphName;
        isInfer = match[3] === '/infer';
        ({ version, status } = await graphRoute(req, res, ctx.graphs, graphName, match[3]));
        return;
      }
      const host = modelOf(match[1]);
      model = host.name;
      let explicit: string | undefined;
      try {
        explicit = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
      } catch {
        throw new HttpError(400, 'malformed version in the path');
      }
      if (match[3] === '/infer') {
        isInfer = true;
        const r = await infer(req, res, host, explicit, start);
        version = r.version;
        status = r.status;
        cache = r.cache;
        return;
      }
      const state = host.state;
      if (match[3] === '/ready') {
        const ok = explicit ? state?.versions.has(explicit) === true : (state?.versions.size ?? 0) > 0;
        return sendJson(res, ok ? 200 : 400, { name: host.name, ...(explicit ? { version: explicit } : {}), ready: ok });
      }
      const shown = explicit ? versionOf(host, explicit) : state ? (state.versions.get(state.routing.stable) ?? [...state.versions.values()][0]) : undefined;
      if (!shown) throw new HttpError(503, `model "${host.name}" has no version ready to serve`);
      return sendJson(res, 200, {
        name: host.name,
        versions: [...(state?.versions.keys() ?? [])],
        // The Open Inference Protocol's platform name for ONNX models (as Triton reports it).
        platform: 'onnx_onnxv1',
        inputs: shown.inputs.map(metadataTensor),
        outputs: shown.outputs.map(metadataTensor),
      });
    } catch (err) {
      version = (err as { version?: string }).version ?? version;
      if (err instanceof HttpError || err instanceof ProtocolError) {
        status = err.status;
        if (status >= 500) failure = err.message;
        sendJson(res, status, { error: err.message }, err instanceof HttpError ? err.headers : {});
      } else {
        status = 500;
        failure = `internal error: ${(err as Error)?.message ?? String(err)}`;
        log.write({ event: 'error', path: pathname, error: (err as Error)?.message ?? String(err) });
        sendJson(res, 500, { error: 'internal error' });
      }
    } finally {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (isInfer && model !== undefined) {
        const labels = { model, version: version ?? '' };
        metrics.requests.inc({ ...labels, code: String(status) });
        if (status >= 400) metrics.errors.inc({ ...labels, code: String(status) });
        metrics.duration.observe(labels, seconds);
      }
      const access: Record<string, unknown> = { event: 'access', method: req.method, path: pathname, status, model, version, ms: Number((seconds * 1000).toFixed(3)) };
      if (failure !== undefined) access.error = failure;
      if (cache !== undefined) access.cache = cache;
      log.write(access);
    }
  };

  return handle;
}
