import { figuresBetween, figuresByVersion, histogramQuantile, histogramSamples, type VersionFigures } from './exposition.js';
import { MetricSourceError, SourceNotFoundError, type MetricSet, type MetricSource, type SampleSet } from './source.js';
import { MetricTree } from './tree.js';

/**
 * `modelship serve`'s own /metrics as a metric source: no Prometheus needed. One read scrapes the server,
 * waits `window`, scrapes again and differences the counters and histogram buckets, so every figure
 * describes that window for one version of one model: requests, errors, rates and latency quantiles
 * (Prometheus' histogram_quantile rule). The sources of one measurement (a gate's candidate and baseline,
 * the sequential test) share a ServeMeasurement, so the candidate and the stable are measured over the
 * same two scrapes.
 */

export interface ServeSourceOptions {
  /** The server's base URL (`http://127.0.0.1:8080`) or its /metrics URL. */
  url: string;
  model: string;
  version: string;
  windowMs: number;
  fetch?: typeof fetch;
  measurement?: ServeMeasurement;
  sleep?: (ms: number) => Promise<void>;
}

/** Two scrapes of one server and the time between them. */
export interface ServeWindow {
  figures: Map<string, VersionFigures>;
  seconds: number;
  url: string;
}

const SCRAPE_TIMEOUT_MS = 10_000;

/** The /metrics URL of a serve base URL (kept as is when it already names /metrics). */
export function metricsUrlOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new MetricSourceError(`serve source: "${url}" is not a URL`, { hint: 'write the address of modelship serve, e.g. http://127.0.0.1:8080' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new MetricSourceError(`serve source: "${url}" is not an http(s) URL`);
  if (!parsed.pathname.endsWith('/metrics')) parsed.pathname = `${parsed.pathname.replace(/\/+$/, '')}/metrics`;
  return parsed.toString();
}

/** One scrape: every version's counters of `model` as the server counts them now (since it started). */
export async function scrapeServe(url: string, model: string, fetchImpl: typeof fetch = fetch): Promise<Map<string, VersionFigures>> {
  const target = metricsUrlOf(url);
  let res: Response;
  try {
    res = await fetchImpl(target, { signal: AbortSignal.timeout(SCRAPE_TIMEOUT_MS) });
  } catch (err) {
    throw new MetricSourceError(`modelship serve at ${target} did not answer: ${(err as Error).message}`, { kind: 'unavailable', cause: err });
  }
  const text = await res.text();
  if (res.status !== 200) throw new MetricSourceError(`modelship serve at ${target} answered HTTP ${res.status}`, { kind: 'unavailable' });
  return figuresByVersion(text, model);
}

/** The scrapes of one measurement, shared by every serve source that reads the same server and window. */
export class ServeMeasurement {
  private readonly windows = new Map<string, Promise<ServeWindow>>();

  constructor(private readonly options: { fetch?: typeof fetch; sleep?: (ms: number) => Promise<void> } = {}) {}

  /** The /metrics URLs this measurement read. */
  urls(): string[] {
    return [...new Set([...this.windows.keys()].map((k) => k.split('\n')[0]))];
  }

  window(url: string, model: string, windowMs: number): Promise<ServeWindow> {
    const key = `${metricsUrlOf(url)}\n${model}\n${windowMs}`;
    let w = this.windows.get(key);
    if (!w) {
      w = measureWindow(url, model, windowMs, this.options.fetch, this.options.sleep);
      this.windows.set(key, w);
    }
    return w;
  }
}

async function measureWindow(url: string, model: string, windowMs: number, fetchImpl: typeof fetch = fetch, sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))): Promise<ServeWindow> {
  const before = await scrapeServe(url, model, fetchImpl);
  const start = performance.now();
  await sleep(windowMs);
  const after = await scrapeServe(url, model, fetchImpl);
  const seconds = Math.max((performance.now() - start) / 1000, 1e-3);
  try {
    return { figures: figuresBetween(before, after), seconds, url: metricsUrlOf(url) };
  } catch (err) {
    // A counter that went down: the server restarted inside the window. Not the candidate's fault.
    throw new MetricSourceError((err as Error).message, { kind: 'unavailable', cause: err });
  }
}

/** The figures of one version in a window as a metric set (keys listed in docs/gate.md, "serve"). */
export function windowMetricSet(window: ServeWindow, version: string, origin: string): MetricSet {
  const f = window.figures.get(version);
  const routed = [...window.figures.values()].filter((x) => x.version !== '').reduce((s, x) => s + x.requests, 0);
  const root: Record<string, number> = { requests: f?.requests ?? 0, errors: f?.errors ?? 0, server_errors: f?.serverErrors ?? 0, window_seconds: window.seconds, request_rate: (f?.requests ?? 0) / window.seconds };
  const missing = new Map<string, string>();
  const none = `${version} answered no request in the ${window.seconds.toFixed(1)} s window`;
  if (routed > 0) root.traffic_share = (100 * (f?.requests ?? 0)) / routed;
  else missing.set('traffic_share', 'no request was routed in the window');
  if (f && f.requests > 0) {
    root.error_rate = f.errors / f.requests;
    root.server_error_rate = f.serverErrors / f.requests;
  } else for (const k of ['error_rate', 'server_error_rate']) missing.set(k, none);
  const samples = new Map<string, SampleSet>();
  if (f && f.latency.count > 0) {
    for (const q of [50, 90, 95, 99]) root[`latency_p${q}_ms`] = histogramQuantile(q / 100, f.latency) * 1000;
    root.latency_mean_ms = (1000 * f.latency.sum) / f.latency.count;
    samples.set('latency_ms', { values: histogramSamples(f.latency).map((x) => x * 1000) });
  } else for (const k of ['latency_p50_ms', 'latency_p90_ms', 'latency_p95_ms', 'latency_p99_ms', 'latency_mean_ms']) missing.set(k, none);
  return new MetricTree(origin, root, missing, samples);
}

export class ServeSource implements MetricSource {
  constructor(private readonly options: ServeSourceOptions) {
    metricsUrlOf(options.url);
    if (!options.model) throw new MetricSourceError('a serve source needs "model"');
    if (!options.version) throw new MetricSourceError('a serve source needs "version" (write {{candidate}} or {{stable}} in an analysis)');
  }

  describe(): string {
    return `modelship serve ${metricsUrlOf(this.options.url)} (${this.options.model} ${this.options.version}, ${this.options.windowMs / 1000} s window)`;
  }

  async read(): Promise<MetricSet> {
    const measurement = this.options.measurement ?? new ServeMeasurement({ fetch: this.options.fetch, sleep: this.options.sleep });
    const window = await measurement.window(this.options.url, this.options.model, this.options.windowMs);
    // A version that answered nothing in the window has no figures: as a baseline, "no baseline" (the gate's
    // onMissingBaseline decides); as a candidate, a measurement that could not be taken, never a pass.
    if ((window.figures.get(this.options.version)?.requests ?? 0) === 0) {
      throw new SourceNotFoundError(`${this.options.model} ${this.options.version} answered no request in the ${window.seconds.toFixed(1)} s window of ${window.url}`, { hint: 'send it traffic during the analysis (a canary weight, or requests to /v2/models/M/versions/V/infer for a preview)' });
    }
    return windowMetricSet(window, this.options.version, this.describe());
  }
}
