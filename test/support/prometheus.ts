/**
 * A real Prometheus (Debian package `prometheus`, /usr/bin/prometheus; CI installs it with apt) scraping
 * given targets, for end-to-end tests. Like the other real-Prometheus suites, the tests that need it are
 * skipped only when the binary is missing and CI is not set; in CI a missing binary is a failure.
 */
import { describe } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

export const PROMETHEUS = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus';
export const prometheusAvailable = existsSync(PROMETHEUS);

/** `describe`, or `describe.skip` with a warning saying why when Prometheus is absent outside CI. */
export function describeWithPrometheus(what: string): typeof describe | typeof describe.skip {
  if (prometheusAvailable || process.env.CI) return describe;
  console.warn(`skipping ${what}: ${PROMETHEUS} is not installed (apt-get install prometheus, or set PROMETHEUS_BIN); it always runs in CI`);
  return describe.skip;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Sample {
  labels: Record<string, string>;
  value: number;
}

export interface RunningPrometheus {
  url: string;
  /** An instant query now; throws with Prometheus' own error when the query is refused. */
  query(promql: string): Promise<Sample[]>;
  /** The single value of a query, or undefined when it has no data. */
  value(promql: string): Promise<number | undefined>;
  /** Everything Prometheus wrote on stderr, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * Starts Prometheus on `port` with `scrapeInterval` (e.g. `1s`) over the targets (`host:port`, path
 * /metrics), storing into `dir`/tsdb, and waits until it is ready.
 */
export async function startPrometheus(opts: { dir: string; port: number; targets: string[]; scrapeInterval: string; job?: string }): Promise<RunningPrometheus> {
  if (!prometheusAvailable) throw new Error(`CI is set but ${PROMETHEUS} is missing: install the Debian package "prometheus"`);
  const config = path.join(opts.dir, 'prometheus.yml');
  await writeFile(
    config,
    [
      'global:',
      `  scrape_interval: ${opts.scrapeInterval}`,
      `  scrape_timeout: ${opts.scrapeInterval}`,
      'scrape_configs:',
      `  - job_name: ${opts.job ?? 'modelship'}`,
      '    static_configs:',
      `      - targets: [${opts.targets.map((t) => JSON.stringify(t)).join(', ')}]`,
      '',
    ].join('\n'),
  );
  const url = `http://127.0.0.1:${opts.port}`;
  let stderr = '';
  const child: ChildProcess = spawn(PROMETHEUS, [`--config.file=${config}`, `--storage.tsdb.path=${path.join(opts.dir, 'tsdb')}`, `--web.listen-address=127.0.0.1:${opts.port}`, '--log.level=warn'], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  const log = () => stderr;

  // Ready means the API answers; the first scrape follows about 5 s later (Prometheus' discovery manager
  // passes new targets on at most every 5 s), which the callers' waits absorb.
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus did not become ready on ${url}: ${stderr || '(no output)'}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const query = async (promql: string): Promise<Sample[]> => {
    const res = await fetch(`${url}/api/v1/query`, { method: 'POST', body: new URLSearchParams({ query: promql }), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const json = (await res.json()) as { status: string; error?: string; data?: { resultType: string; result: Array<{ metric: Record<string, string>; value: [number, string] }> } };
    if (json.status !== 'success' || !json.data) throw new Error(`Prometheus refused ${promql}: ${json.error ?? JSON.stringify(json)}`);
    if (json.data.resultType !== 'vector') throw new Error(`${promql}: expected an instant vector, got ${json.data.resultType}`);
    return json.data.result.map((r) => ({ labels: r.metric, value: Number(r.value[1]) }));
  };

  return {
    url,
    query,
    async value(promql) {
      const samples = await query(promql);
      if (samples.length > 1) throw new Error(`${promql}: expected at most one series, got ${samples.length}`);
      return samples[0]?.value;
    },
    log,
    stop,
  };
}
