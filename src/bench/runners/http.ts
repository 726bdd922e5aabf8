import { readFile } from 'node:fs/promises';
import { Pool } from 'undici';
import { ModelshipError } from '../../core/errors.js';
import type { BenchSettings } from '../config.js';
import { generateInputs, type InputSpec } from '../inputs.js';
import { createLatencyHistogram, summarize, type TrialPlan } from '../measure.js';
import type { BenchRunner, BenchSession, BenchTarget } from '../runner.js';
import type { TrialResult } from '../types.js';

/** Open Inference Protocol datatypes by element type. */
const OIP_DATATYPE: Record<string, string> = {
  bool: 'BOOL', uint8: 'UINT8', uint16: 'UINT16', uint32: 'UINT32', uint64: 'UINT64', int8: 'INT8', int16: 'INT16',
  int32: 'INT32', int64: 'INT64', float16: 'FP16', float32: 'FP32', float64: 'FP64', string: 'BYTES',
};
const DTYPE_OF = Object.fromEntries(Object.entries(OIP_DATATYPE).map(([k, v]) => [v, k]));

interface Endpoint {
  origin: string;
  path: string;
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ModelshipError(`bench.http.url "${raw}" is not a URL`, { hint: 'e.g. http://127.0.0.1:8080' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ModelshipError(`bench.http.url must be http or https, got ${url.protocol}`);
  if (url.username || url.password) throw new ModelshipError('bench.http.url must not carry credentials', { hint: 'send a token in bench.http.headers with ${env:NAME}' });
  return url;
}

function describeNetworkError(url: string, err: unknown): ModelshipError {
  const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.code ?? e.cause?.code;
  return new ModelshipError(`cannot reach ${url}: ${code ?? e.message ?? String(err)}`, {
    hint: 'start the server first and check bench.http.url (the benchmark never reports figures without answers)',
  });
}

async function getJson(pool: Pool, origin: string, path: string, timeoutMs: number, headers: Record<string, string>): Promise<{ status: number; body: unknown }> {
  try {
    const res = await pool.request({ path, method: 'GET', headers, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
    const text = await res.body.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: res.statusCode, body };
  } catch (err) {
    throw describeNetworkError(origin + path, err);
  }
}

/** The payload of an OIP v2 inference request for generated inputs. */
export function oipPayload(specs: readonly InputSpec[], batch: number, dims: Record<string, number>, seed: number): string {
  const tensors = generateInputs(specs, batch, dims, seed);
  return JSON.stringify({
    inputs: tensors.map((t) => ({
      name: t.name,
      shape: t.dims,
      datatype: OIP_DATATYPE[t.dtype],
      data: Array.from(t.data as ArrayLike<number | bigint | string>, (v) => (typeof v === 'bigint' ? Number(v) : v)),
    })),
  });
}

/**
 * Load against a running endpoint over HTTP/1.1 keep-alive connections (undici). Closed loop: `concurrency`
 * callers send back to back. Open loop (`rate`): requests leave on a fixed schedule whatever the server
 * does, and each latency is measured from when the request was due, so a stalled server shows up in the
 * percentiles instead of hiding (no coordinated omission).
 */
export const httpRunner: BenchRunner = {
  name: 'http',
  async open(target: BenchTarget, settings: BenchSettings): Promise<BenchSession> {
    const cfg = settings.http;
    if (!cfg) throw new ModelshipError('the http runner needs bench.http');
    const url = parseUrl(cfg.url);
    const origin = url.origin;
    const basePath = url.pathname.replace(/\/+$/, '');
    const pool = new Pool(origin, { connections: cfg.concurrency, pipelining: 1, keepAliveTimeout: 30_000 });
    const headers: Record<string, string> = { ...(cfg.headers ?? {}) };
    const warnings: string[] = [];
    let endpoint: Endpoint;
    let specs: InputSpec[] = [];
    let body: string | Buffer | undefined;
    const modelName = cfg.model ?? target.model;
    try {
      if (cfg.protocol === 'oip') {
        const modelPath = `${basePath}/v2/models/${encodeURIComponent(modelName)}`;
        const ready = await getJson(pool, origin, `${basePath}/v2/health/ready`, cfg.timeoutMs, headers);
        if (ready.status !== 200) throw new ModelshipError(`${origin}${basePath}/v2/health/ready answered ${ready.status}: the server is not ready`);
        const meta = await getJson(pool, origin, modelPath, cfg.timeoutMs, headers);
        if (meta.status !== 200) throw new ModelshipError(`${origin}${modelPath} answered ${meta.status}: no model "${modelName}" on this server`, { hint: 'set bench.http.model to the served model name' });
        const inputs = (meta.body as { inputs?: Array<{ name?: unknown; datatype?: unknown; shape?: unknown }> } | undefined)?.inputs;
        if (!Array.isArray(inputs) || inputs.length === 0) throw new ModelshipError(`${origin}${modelPath}: the model metadata lists no inputs, so requests cannot be generated`);
        specs = inputs.map((i) => {
          if (typeof i.name !== 'string' || typeof i.datatype !== 'string' || !Array.isArray(i.shape)) {
            throw new ModelshipError(`${origin}${modelPath}: malformed input metadata ${JSON.stringify(i).slice(0, 200)}`);
          }
          const dtype = DTYPE_OF[i.datatype];
          if (!dtype) throw new ModelshipError(`${origin}${modelPath}: input "${i.name}" has datatype ${i.datatype}, which cannot be generated`);
          return { name: i.name, dtype, shape: (i.shape as number[]).map((d) => (d < 0 ? null : d)) };
        });
        endpoint = { origin, path: `${modelPath}/infer` };
        headers['content-type'] = 'application/json';
      } else {
        endpoint = { origin, path: `${url.pathname}${url.search}` };
        if (cfg.payloadFile) {
          try {
            body = await readFile(cfg.payloadFile);
          } catch (err) {
            throw new ModelshipError(`cannot read bench.http.payload ${cfg.payloadFile}: ${(err as Error).message}`);
          }
          headers['content-type'] = cfg.contentType ?? 'application/json';
        }
      }
    } catch (err) {
      await pool.destroy();
      throw err;
    }

    const send = async (): Promise<number> => {
      const res = await pool.request({ path: endpoint.path, method: cfg.method, headers, body, headersTimeout: cfg.timeoutMs, bodyTimeout: cfg.timeoutMs });
      await res.body.dump();
      return res.statusCode;
    };

    return {
      description: `${cfg.method} ${origin}${endpoint.path}`,
      warnings,
      async prepare(batch: number): Promise<number> {
        if (cfg.protocol === 'oip') body = oipPayload(specs, batch, settings.dims, settings.seed);
        // One checked request first: a server that cannot answer must fail here, not yield figures.
        let status: number;
        let text: string;
        try {
          const res = await pool.request({ path: endpoint.path, method: cfg.method, headers, body, headersTimeout: cfg.timeoutMs, bodyTimeout: cfg.timeoutMs });
          status = res.statusCode;
          text = await res.body.text();
        } catch (err) {
          throw describeNetworkError(origin + endpoint.path, err);
        }
        if (status < 200 || status >= 300) {
          throw new ModelshipError(`${cfg.method} ${origin}${endpoint.path} answered ${status}: ${text.slice(0, 300)}`, { hint: 'fix the payload or the server before measuring it' });
        }
        if (cfg.protocol === 'oip') {
          let outputs: unknown;
          try {
            outputs = (JSON.parse(text) as { outputs?: unknown }).outputs;
          } catch {
            outputs = undefined;
          }
          if (!Array.isArray(outputs)) throw new ModelshipError(`${origin}${endpoint.path}: the answer is not an Open Inference Protocol response (no outputs): ${text.slice(0, 200)}`);
        }
        return cfg.protocol === 'oip' ? batch : 1;
      },
      trial: (plan: TrialPlan) => (cfg.rate ? openLoopTrial(send, plan, cfg.rate, cfg.concurrency) : closedLoopTrial(send, plan, cfg.concurrency)),
      async close() {
        await pool.close();
      },
    };
  },
};

interface Tally {
  samples: number;
  errors: number;
  status: Record<string, number>;
  firstError?: unknown;
}

function record(tally: Tally, status: number | undefined, err?: unknown): boolean {
  if (status === undefined) {
    tally.errors++;
    tally.firstError ??= err;
    const key = `error:${(err as { code?: string }).code ?? 'unknown'}`;
    tally.status[key] = (tally.status[key] ?? 0) + 1;
    return false;
  }
  tally.status[String(status)] = (tally.status[String(status)] ?? 0) + 1;
  if (status < 200 || status >= 400) {
    tally.errors++;
    return false;
  }
  return true;
}

function finish(tally: Tally, h: ReturnType<typeof createLatencyHistogram>, startNs: bigint, plan: TrialPlan): TrialResult {
  const durationMs = Number(process.hrtime.bigint() - startNs) / 1e6;
  if (tally.samples === 0) {
    const codes = Object.entries(tally.status).map(([k, v]) => `${k} x${v}`).join(', ');
    throw new ModelshipError(`every request failed (${codes || 'no answer'})${tally.firstError ? `: ${(tally.firstError as Error).message}` : ''}`, {
      hint: 'the endpoint is down or rejects the payload; no figures are reported',
    });
  }
  return {
    samples: tally.samples,
    durationMs,
    latency_ms: summarize(h),
    throughput_per_s: (tally.samples * plan.batch) / (durationMs / 1000),
    rss_mb: process.memoryUsage.rss() / 2 ** 20,
    errors: tally.errors,
    status: tally.status,
  };
}

async function warmUp(send: () => Promise<number>, plan: TrialPlan, concurrency: number): Promise<void> {
  const end = process.hrtime.bigint() + BigInt(Math.round(plan.warmupMs * 1e6));
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (process.hrtime.bigint() < end) await send().catch(() => undefined);
    }),
  );
}

async function closedLoopTrial(send: () => Promise<number>, plan: TrialPlan, concurrency: number): Promise<TrialResult> {
  await warmUp(send, plan, concurrency);
  const h = createLatencyHistogram();
  const tally: Tally = { samples: 0, errors: 0, status: {} };
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(plan.durationMs * 1e6));
  const perWorker = plan.iterations !== undefined ? Math.ceil(plan.iterations / concurrency) : Infinity;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = 0; i < perWorker && (plan.iterations !== undefined || process.hrtime.bigint() < end); i++) {
        const t0 = process.hrtime.bigint();
        let status: number | undefined;
        let error: unknown;
        try {
          status = await send();
        } catch (err) {
          error = err;
        }
        if (record(tally, status, error)) {
          h.recordValue(Math.max(1, Number(process.hrtime.bigint() - t0)));
          tally.samples++;
        }
      }
    }),
  );
  return finish(tally, h, start, plan);
}

async function openLoopTrial(send: () => Promise<number>, plan: TrialPlan, rate: number, concurrency: number): Promise<TrialResult> {
  await warmUp(send, { ...plan, warmupMs: Math.min(plan.warmupMs, 500) }, concurrency);
  const h = createLatencyHistogram();
  const tally: Tally = { samples: 0, errors: 0, status: {} };
  const intervalNs = 1e9 / rate;
  const total = plan.iterations ?? Math.max(1, Math.floor((plan.durationMs / 1000) * rate));
  const start = process.hrtime.bigint();
  const inflight = new Set<Promise<void>>();
  for (let i = 0; i < total; i++) {
    const due = start + BigInt(Math.round(i * intervalNs));
    const wait = Number(due - process.hrtime.bigint()) / 1e6;
    if (wait > 1) await new Promise((r) => setTimeout(r, Math.floor(wait)));
    const p = send().then(
      (status) => {
        if (record(tally, status)) {
          h.recordValue(Math.max(1, Number(process.hrtime.bigint() - due)));
          tally.samples++;
        }
      },
      (err) => void record(tally, undefined, err),
    );
    const tracked = p.finally(() => inflight.delete(tracked));
    inflight.add(tracked);
  }
  await Promise.all(inflight);
  return finish(tally, h, start, plan);
}
