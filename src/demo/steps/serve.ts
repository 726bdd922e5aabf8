import type { DemoStep } from '../step.js';
import { repositoryOfEnvironment } from '../../serve/config.js';
import { figuresByVersion, histogramQuantile, REQUESTS_METRIC } from '../../core/metrics/exposition.js';
import { startServer } from '../../serve/server.js';

const fmt = (x: number) => (Number.isFinite(x) ? (x * 1000).toFixed(3) : '—');

/**
 * Serves the staging environment the deploy step filled, the way a client meets it: readiness, the model's
 * metadata, one inference over the Open Inference Protocol v2, then a burst of routed requests read back
 * from /metrics as per-version figures — the figures the canary analysis judges next.
 */
export const serveDemoStep: DemoStep = {
  id: 'serve',
  title: 'Serve staging over the Open Inference Protocol v2 (modelship serve) and read /metrics',
  async run(ctx) {
    const root = repositoryOfEnvironment(ctx.config, 'staging');
    const server = await startServer({ repository: root, port: 0, seed: 1 });
    try {
      const model = [...server.catalog.models.keys()][0];
      if (!model) return { ok: false, summary: `no model in ${root}` };
      const get = async (p: string) => {
        const r = await fetch(`${server.url}${p}`);
        return { status: r.status, body: (await r.json()) as Record<string, unknown> };
      };
      const ready = await get('/v2/health/ready');
      const meta = await get(`/v2/models/${model}`);
      const inputs = (meta.body.inputs as Array<{ name: string; datatype: string; shape: number[] }> | undefined) ?? [];
      const input = inputs[0];
      if (!input) return { ok: false, summary: `${server.url}/v2/models/${model} lists no inputs (HTTP ${meta.status})` };
      const body = JSON.stringify({ inputs: [{ name: input.name, shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] });
      const send = (p: string) => fetch(`${server.url}${p}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
      const first = await send(`/v2/models/${model}/infer`);
      const answer = (await first.json()) as { model_version?: string; outputs?: Array<{ name: string; data: unknown[] }> };
      ctx.log(`    ${server.url}: ready ${ready.status}; ${model} versions ${JSON.stringify(meta.body.versions)}, input ${input.name} ${input.datatype} ${JSON.stringify(input.shape)}`);
      ctx.log(`    POST /v2/models/${model}/infer → ${first.status} from ${answer.model_version}: ${(answer.outputs ?? []).map((o) => `${o.name} ${JSON.stringify(o.data.map((x) => (typeof x === 'number' ? Number(x.toFixed(3)) : x)))}`).join(', ')}`);
      const statuses = await Promise.all(Array.from({ length: 200 }, () => send(`/v2/models/${model}/infer`).then(async (r) => (await r.arrayBuffer(), r.status))));
      const exposition = await (await fetch(`${server.url}/metrics`)).text();
      const figures = figuresByVersion(exposition, model);
      const answered = statuses.filter((s) => s === 200).length;
      const ok = ready.status === 200 && first.status === 200 && answered === statuses.length && figures.size > 0;
      ctx.log(`    ${statuses.length + 1} requests, ${answered + (first.status === 200 ? 1 : 0)} answered 200; /metrics: ${[...figures.values()].map((f) => `${f.version} ${f.requests} requests, ${f.errors} errors, p99 ${fmt(histogramQuantile(0.99, f.latency))} ms`).join('; ')}`);
      const rows = [...figures.values()].map((f) => `| ${f.version} | ${f.requests} | ${f.errors} | ${fmt(histogramQuantile(0.5, f.latency))} | ${fmt(histogramQuantile(0.99, f.latency))} |`);
      const excerpt = exposition.split('\n').filter((l) => l.startsWith(REQUESTS_METRIC) || (l.startsWith('modelship_request_duration_seconds') && !l.includes('_bucket'))).join('\n');
      return {
        ok,
        summary: `${model} served from ${[...figures.keys()].join(', ')} (ready ${ready.status}); ${statuses.length + 1} requests, ${ok ? 'all' : 'not all'} answered 200`,
        markdown: [
          `\`modelship serve --env staging\` at ${server.url}: \`GET /v2/health/ready\` → ${ready.status}; \`GET /v2/models/${model}\` → versions ${JSON.stringify(meta.body.versions)}, input \`${input.name}\` ${input.datatype} ${JSON.stringify(input.shape)}.`,
          '',
          `One inference answered by ${answer.model_version}: ${(answer.outputs ?? []).map((o) => `\`${o.name}\` = \`${JSON.stringify(o.data)}\``).join(', ')}.`,
          '',
          `Then ${statuses.length} requests at once; \`/metrics\` read back per version (p50/p99 from the latency histogram, as Prometheus' \`histogram_quantile\`):`,
          '',
          '| Version | Requests | Errors | p50 ms | p99 ms |',
          '| --- | --- | --- | --- | --- |',
          ...rows,
          '',
          '<details><summary>The exposition lines behind it</summary>',
          '',
          '```',
          excerpt,
          '```',
          '</details>',
        ].join('\n'),
      };
    } finally {
      await server.close();
    }
  },
};
