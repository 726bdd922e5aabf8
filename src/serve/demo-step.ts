import type { DemoStep } from '../demo/pipeline.js';
import { repositoryOfEnvironment } from './config.js';
import { startServer } from './server.js';

/** Prometheus text → `{version: {code: count}}` of modelship_requests_total for one model. */
function requestsByVersion(text: string, model: string): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const line of text.split('\n')) {
    const m = /^modelship_requests_total\{(.*)\} (\S+)$/.exec(line);
    if (!m) continue;
    const labels = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (labels.model !== model) continue;
    const row = out.get(labels.version) ?? {};
    row[labels.code] = (row[labels.code] ?? 0) + Number(m[2]);
    out.set(labels.version, row);
  }
  return out;
}

/**
 * Serves the staging environment the deploy step just filled, sends requests the way clients would (routed
 * ones, plus a few pinned to each loaded version) and reads the split back from /metrics.
 */
export const serveDemoStep: DemoStep = {
  id: 'serve',
  title: 'Serve the staging environment over the Open Inference Protocol v2 and read /metrics',
  async run(ctx) {
    const root = repositoryOfEnvironment(ctx.config, 'staging');
    const server = await startServer({ repository: root, port: 0, seed: 1 });
    try {
      const model = [...server.catalog.models.keys()][0];
      if (!model) return { ok: false, summary: `no model in ${root}` };
      const state = server.catalog.models.get(model)?.state;
      const versions = [...(state?.versions.keys() ?? [])];
      const body = JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] });
      const send = (path: string) => fetch(`${server.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }).then((r) => r.status);
      const statuses = await Promise.all([
        ...Array.from({ length: 200 }, () => send(`/v2/models/${model}/infer`)),
        ...versions.flatMap((v) => Array.from({ length: 10 }, () => send(`/v2/models/${model}/versions/${v}/infer`))),
      ]);
      const split = requestsByVersion(await (await fetch(`${server.url}/metrics`)).text(), model);
      const ok = statuses.every((s) => s === 200);
      ctx.log(`    ${server.url}: ${statuses.length} requests, ${statuses.filter((s) => s === 200).length} answered 200`);
      const rows = [...split].map(([v, codes]) => `| ${v} | ${Object.entries(codes).map(([c, n]) => `${c}: ${n}`).join(', ')} |`);
      return {
        ok,
        summary: `${model} served from ${versions.join(', ')} (stable ${state?.routing.stable}); ${statuses.length} requests, ${ok ? 'all' : 'not all'} answered 200`,
        markdown: [`\`modelship serve --env staging\` at ${server.url}; \`modelship_requests_total\` by version:`, '', '| Version | Requests by status |', '| --- | --- |', ...rows].join('\n'),
      };
    } finally {
      await server.close();
    }
  },
};
