import { Pool } from 'undici';

/**
 * A steady client of an Open Inference Protocol v2 endpoint, for the demo's live rollouts: requests leave on a
 * fixed schedule (open loop, `rate` per second) over keep-alive connections, whatever the server does, and
 * every answer is tallied by the version that served it (`model_version` of the answer) and by failure. The
 * tally is split into labelled segments (`mark`), so "during the blue-green switch" can be told apart from
 * "before" and "after". A request belongs to the segment it was sent in.
 */
export interface LoadSegment {
  label: string;
  sent: number;
  ok: number;
  /** Anything but a 200 with a well-formed answer: HTTP errors, resets, timeouts. */
  failed: number;
  /** 200 answers by the version that served them. */
  byVersion: Record<string, number>;
  /** Failures by HTTP status or network error code. */
  failures: Record<string, number>;
  /** The first failure's detail, for the narration. */
  firstFailure?: string;
  startedAt: number;
  endedAt?: number;
}

export interface LoadOptions {
  /** Server origin, e.g. http://127.0.0.1:8080. */
  url: string;
  model: string;
  /** Requests per second. */
  rate: number;
  /** Request bodies, sent in turn. */
  bodies: string[];
  /** Keep-alive connections (default 4). */
  connections?: number;
  /** Requests waiting for an answer beyond which the schedule is skipped and counted (default 64). */
  maxInFlight?: number;
  timeoutMs?: number;
}

/** Width of one timeline slot. */
export const SLOT_MS = 100;

export class LoadGenerator {
  readonly segments: LoadSegment[] = [];
  /** Sends the schedule could not make because `maxInFlight` requests were already waiting. */
  skipped = 0;
  private readonly pool: Pool;
  private readonly path: string;
  private readonly timer: NodeJS.Timeout;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly start = performance.now();
  /** Answers per 100 ms slot since the start, by version (`failed` for failures): the timeline of a switch. */
  readonly slots: Array<Record<string, number>> = [];
  private scheduled = 0;
  private next = 0;
  private stopped = false;

  constructor(readonly options: LoadOptions, label = 'start') {
    if (!(options.rate > 0)) throw new RangeError(`load rate must be positive, got ${options.rate}`);
    if (options.bodies.length === 0) throw new RangeError('load needs at least one request body');
    this.pool = new Pool(options.url, { connections: options.connections ?? 4, keepAliveTimeout: 30_000 });
    this.path = `/v2/models/${encodeURIComponent(options.model)}/infer`;
    this.mark(label);
    this.timer = setInterval(() => this.tick(), 5);
  }

  /** Starts a new segment; the previous one ends now. */
  mark(label: string): LoadSegment {
    const now = performance.now();
    const last = this.segments[this.segments.length - 1];
    if (last) last.endedAt = now;
    const segment: LoadSegment = { label, sent: 0, ok: 0, failed: 0, byVersion: {}, failures: {}, startedAt: now };
    this.segments.push(segment);
    return segment;
  }

  get current(): LoadSegment {
    return this.segments[this.segments.length - 1];
  }

  /** Totals over every segment. */
  totals(): Omit<LoadSegment, 'label' | 'startedAt' | 'endedAt'> {
    const out = { sent: 0, ok: 0, failed: 0, byVersion: {} as Record<string, number>, failures: {} as Record<string, number>, firstFailure: undefined as string | undefined };
    for (const s of this.segments) {
      out.sent += s.sent;
      out.ok += s.ok;
      out.failed += s.failed;
      for (const [v, n] of Object.entries(s.byVersion)) out.byVersion[v] = (out.byVersion[v] ?? 0) + n;
      for (const [k, n] of Object.entries(s.failures)) out.failures[k] = (out.failures[k] ?? 0) + n;
      out.firstFailure ??= s.firstFailure;
    }
    return out;
  }

  /** Milliseconds since the load started (for placing events on the timeline). */
  elapsed(): number {
    return performance.now() - this.start;
  }

  /** Waits until `n` more answers arrived in the current segment (or `timeoutMs` passed). */
  async waitForAnswers(n: number, timeoutMs = 10_000): Promise<boolean> {
    const segment = this.current;
    const target = segment.ok + segment.failed + n;
    const deadline = performance.now() + timeoutMs;
    while (segment.ok + segment.failed < target) {
      if (performance.now() > deadline || this.stopped) return false;
      await new Promise((r) => setTimeout(r, 10));
    }
    return true;
  }

  /** Stops sending, waits for the answers still due, closes the connections. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    await Promise.all([...this.inFlight]);
    this.current.endedAt = performance.now();
    await this.pool.close();
  }

  private tick(): void {
    const due = Math.floor(((performance.now() - this.start) / 1000) * this.options.rate);
    while (this.scheduled < due) {
      this.scheduled++;
      if (this.inFlight.size >= (this.options.maxInFlight ?? 64)) {
        this.skipped++;
        continue;
      }
      const body = this.options.bodies[this.next++ % this.options.bodies.length];
      const p = this.send(this.current, body).finally(() => this.inFlight.delete(p));
      this.inFlight.add(p);
    }
  }

  private async send(segment: LoadSegment, body: string): Promise<void> {
    segment.sent++;
    const slot = (key: string) => {
      const i = Math.floor((performance.now() - this.start) / SLOT_MS);
      while (this.slots.length <= i) this.slots.push({});
      this.slots[i][key] = (this.slots[i][key] ?? 0) + 1;
    };
    const fail = (key: string, detail: string) => {
      slot('failed');
      segment.failed++;
      segment.failures[key] = (segment.failures[key] ?? 0) + 1;
      segment.firstFailure ??= detail;
    };
    try {
      const timeout = this.options.timeoutMs ?? 10_000;
      const res = await this.pool.request({ path: this.path, method: 'POST', headers: { 'content-type': 'application/json' }, body, headersTimeout: timeout, bodyTimeout: timeout });
      const text = await res.body.text();
      if (res.statusCode !== 200) return fail(String(res.statusCode), `HTTP ${res.statusCode}: ${text.slice(0, 200)}`);
      let version: unknown;
      try {
        version = (JSON.parse(text) as { model_version?: unknown }).model_version;
      } catch {
        version = undefined;
      }
      if (typeof version !== 'string') return fail('malformed', `a 200 answer without model_version: ${text.slice(0, 120)}`);
      slot(version);
      segment.ok++;
      segment.byVersion[version] = (segment.byVersion[version] ?? 0) + 1;
    } catch (err) {
      const e = err as { code?: string; message?: string };
      fail(e.code ?? 'network', e.message ?? String(err));
    }
  }
}
