import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EngineOptions } from '../deploy/engine.js';
import type { DeploymentProvider } from '../deploy/providers/provider.js';
import { repositoryOfEnvironment } from '../serve/config.js';
import { figuresBetween, figuresByVersion, type VersionFigures } from '../core/metrics/exposition.js';
import { startServer, type RunningServer } from '../serve/server.js';
import type { DemoContext } from './step.js';
import { LoadGenerator } from './load.js';

/** Requests per second the demo's clients send: enough to judge a canary step in well under a second. */
export const DEMO_RATE = 500;

/**
 * One environment of the demo, live: `modelship serve` on its model repository, a steady client sending
 * inference requests, and the server's /metrics read back as per-version figures. The engine options it
 * hands out wrap the environment's provider so that the server re-reads routing.json as soon as the
 * engine writes it (it would notice on its own within its poll interval; the demo wants every window to
 * start at the write), and so that the caller hears of each routing change.
 */
export class LiveEnvironment {
  private constructor(
    readonly environment: string,
    readonly model: string,
    readonly server: RunningServer,
    readonly load: LoadGenerator,
    private readonly bodies: string[],
    /** The exposition text of the last scrape, for the report. */
    public lastExposition = '',
  ) {}

  static async start(ctx: DemoContext, environment: string, options: { rate?: number; seed?: number; label?: string } = {}): Promise<LiveEnvironment> {
    const root = repositoryOfEnvironment(ctx.config, environment);
    const server = await startServer({ repository: root, port: 0, seed: options.seed ?? 7 });
    try {
      const model = Object.keys(ctx.config.config.models)[0];
      if (!server.catalog.models.has(model)) throw new Error(`the ${environment} repository ${root} serves no model "${model}"`);
      const meta = (await (await fetch(`${server.url}/v2/models/${encodeURIComponent(model)}`)).json()) as { inputs?: Array<{ name: string; shape: number[] }> };
      const input = meta.inputs?.[0];
      if (!input) throw new Error(`${server.url}/v2/models/${model} lists no inputs`);
      const bodies = (await exampleRows(ctx.projectDir)).map((row) => JSON.stringify({ inputs: [{ name: input.name, shape: [1, row.length], datatype: 'FP32', data: row }] }));
      const load = new LoadGenerator({ url: server.url, model, rate: options.rate ?? DEMO_RATE, bodies }, options.label);
      return new LiveEnvironment(environment, model, server, load, bodies);
    } catch (err) {
      await server.close();
      throw err;
    }
  }

  /** Per-version figures of the model as the server counts them now. */
  async scrape(): Promise<Map<string, VersionFigures>> {
    const res = await fetch(`${this.server.url}/metrics`);
    this.lastExposition = await res.text();
    if (res.status !== 200) throw new Error(`${this.server.url}/metrics answered ${res.status}`);
    return figuresByVersion(this.lastExposition, this.model);
  }

  /** Scrapes until at least `n` more inference answers were counted than in `since`. */
  async waitForServed(since: Map<string, VersionFigures>, n: number, timeoutMs = 10_000): Promise<Map<string, VersionFigures>> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const now = await this.scrape();
      const served = [...figuresBetween(since, now).values()].reduce((s, f) => s + f.requests, 0);
      if (served >= n || performance.now() > deadline) return now;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /**
   * Sends `n` requests pinned to `version` (`/versions/{v}/infer`), a few at a time, whatever they answer: a
   * freshly loaded session's first answers are slower than the ones users see a minute later, and a canary
   * window of a few hundred requests should not judge that. Returns how many were answered 200.
   */
  async warmUp(version: string, n = 20): Promise<number> {
    const url = `${this.server.url}/v2/models/${encodeURIComponent(this.model)}/versions/${encodeURIComponent(version)}/infer`;
    let ok = 0;
    for (let i = 0; i < n; i += 4) {
      const batch = Array.from({ length: Math.min(4, n - i) }, (_, j) =>
        fetch(url, { method: 'POST', body: this.bodies[(i + j) % this.bodies.length], headers: { 'content-type': 'application/json' } }).then(async (r) => {
          await r.arrayBuffer();
          if (r.status === 200) ok++;
        }),
      );
      await Promise.all(batch);
    }
    return ok;
  }

  /** Engine options whose provider makes the server follow each routing write at once. */
  engineOptions(extra: EngineOptions & { onRouting?: (what: string) => Promise<void> } = {}): EngineOptions {
    const { onRouting, ...rest } = extra;
    const server = this.server;
    const follow = async (what: string, detail: string) => {
      await server.reload();
      await onRouting?.(what);
      return detail;
    };
    return {
      ...rest,
      provider: (env, fallback): DeploymentProvider => {
        const inner = rest.provider ? rest.provider(env, fallback) : fallback;
        if (env.name !== this.environment) return inner;
        return {
          type: inner.type,
          prepare: (c, t) => inner.prepare(c, t),
          verify: (c, t) => inner.verify(c, t),
          shiftTraffic: async (c, traffic, t) => follow('shift', await inner.shiftTraffic(c, traffic, t)),
          finalize: async (c, traffic, t) => follow('finalize', await inner.finalize(c, traffic, t)),
          revert: async (c, lastGood) => follow('revert', await inner.revert(c, lastGood)),
          ...(inner.observe ? { observe: (c: Parameters<NonNullable<DeploymentProvider['observe']>>[0]) => inner.observe!(c) } : {}),
        };
      },
    };
  }

  async close(): Promise<void> {
    try {
      await this.load.stop();
    } finally {
      await this.server.close();
    }
  }
}

/** A spread of the example's rows (4 features each), so requests are not all the same flower. */
async function exampleRows(projectDir: string): Promise<number[][]> {
  const text = await readFile(path.join(projectDir, 'data', 'iris.csv'), 'utf8').catch(() => '');
  const rows = text
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').slice(0, 4).map(Number))
    .filter((r) => r.length === 4 && r.every(Number.isFinite));
  const picked = rows.filter((_, i) => i % 10 === 0);
  return picked.length > 0 ? picked : [[5.1, 3.5, 1.4, 0.2]];
}
