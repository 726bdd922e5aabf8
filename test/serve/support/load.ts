/** Load for the server: the benchmark's HTTP runner (tests) and a lean raw HTTP/1.1 client (the bench). */
import net from 'node:net';
import { DEFAULT_REGRESSION, type BenchSettings } from '../../../src/bench/config.js';
import { createLatencyHistogram, summarize } from '../../../src/bench/measure.js';
import { httpRunner } from '../../../src/bench/runners/http.js';
import type { TrialResult } from '../../../src/bench/types.js';

/** Closed-loop load from the benchmark's HTTP runner (the same code `modelship bench --runner http` uses). */
export async function drive(url: string, opts: { model?: string; durationMs?: number; iterations?: number; concurrency?: number; headers?: Record<string, string> } = {}): Promise<TrialResult> {
  const settings: BenchSettings = {
    runner: 'http',
    trials: 1,
    durationMs: opts.durationMs ?? 500,
    warmupMs: 0,
    iterations: opts.iterations,
    batchSizes: [1],
    dims: {},
    seed: 7,
    threads: { intraOp: 1, interOp: 1 },
    http: { url, protocol: 'oip', method: 'POST', concurrency: opts.concurrency ?? 8, timeoutMs: 10_000, model: opts.model ?? 'iris', headers: opts.headers },
    regression: DEFAULT_REGRESSION,
    history: { maxAgeMs: 0, maxRuns: 0 },
  };
  const session = await httpRunner.open({ model: opts.model ?? 'iris' }, settings);
  try {
    const batch = await session.prepare(1);
    return await session.trial({ durationMs: settings.durationMs, iterations: opts.iterations, warmupMs: 0, batch });
  } finally {
    await session.close();
  }
}

export interface BlastResult {
  requests: number;
  /** Answers other than 200, and connection errors. */
  errors: number;
  seconds: number;
  perSecond: number;
  latency_ms: { p50: number; p99: number };
  /** The first non-200 answer, for the error message. */
  firstError?: string;
}

/**
 * A closed loop of `connections` keep-alive connections sending one prepared request back to back, with a
 * minimal response reader (status line, Content-Length, body skipped). Much cheaper per request than a
 * general HTTP client, so on a small shared machine the client takes as little CPU from the server as it
 * can: the bench measures the server, and in production the client is on another machine.
 */
export async function blast(url: string, request: { path: string; body: Buffer; headers?: Record<string, string> }, opts: { connections: number; durationMs: number }): Promise<BlastResult> {
  const target = new URL(url);
  const head = [`POST ${request.path} HTTP/1.1`, `host: ${target.host}`, 'connection: keep-alive', `content-length: ${request.body.length}`, ...Object.entries(request.headers ?? {}).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  const wire = Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), request.body]);
  const h = createLatencyHistogram();
  let requests = 0;
  let errors = 0;
  let firstError: string | undefined;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(opts.durationMs * 1e6));
  const one = () =>
    new Promise<void>((resolve) => {
      const socket = net.connect({ host: target.hostname, port: Number(target.port) });
      socket.setNoDelay(true);
      let pending: Buffer = Buffer.alloc(0);
      let sentAt = 0n;
      const send = () => {
        if (process.hrtime.bigint() >= end) {
          socket.end();
          return resolve();
        }
        sentAt = process.hrtime.bigint();
        socket.write(wire);
      };
      socket.on('connect', send);
      socket.on('data', (chunk: Buffer) => {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        for (;;) {
          const headerEnd = pending.indexOf('\r\n\r\n');
          if (headerEnd < 0) return;
          const header = pending.toString('latin1', 0, headerEnd);
          const m = /\r\ncontent-length: *(\d+)/i.exec(header);
          const length = m ? Number(m[1]) : 0;
          if (pending.length < headerEnd + 4 + length) return;
          const status = Number(header.slice(9, 12));
          if (status === 200) {
            requests++;
            h.recordValue(Math.max(1, Number(process.hrtime.bigint() - sentAt)));
          } else {
            errors++;
            firstError ??= `${status}: ${pending.toString('utf8', headerEnd + 4, headerEnd + 4 + Math.min(length, 300))}`;
          }
          pending = pending.subarray(headerEnd + 4 + length);
          send();
        }
      });
      socket.on('error', (err) => {
        errors++;
        firstError ??= err.message;
        resolve();
      });
      socket.on('close', () => resolve());
    });
  await Promise.all(Array.from({ length: opts.connections }, one));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const s = summarize(h);
  return { requests, errors, seconds, perSecond: requests / seconds, latency_ms: { p50: s.p50, p99: s.p99 }, firstError };
}
