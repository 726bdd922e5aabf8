import { repositoryOfEnvironment } from '../../serve/config.js';
import { startServer } from '../../serve/server.js';
import type { DemoStep } from '../step.js';

const ROWS = [
  [5.1, 3.5, 1.4, 0.2],
  [6.3, 2.5, 4.9, 1.5],
  [6.0, 2.2, 5.0, 1.5],
  [6.3, 3.3, 6.0, 2.5],
];

interface Answer {
  model_version?: string;
  outputs?: Array<{ name: string; data: number[] }>;
}

/**
 * The example's inference graph (docs/graphs.md): `iris-ensemble` of modelship.yml, v1 and v2 answering
 * together, served by `modelship serve --env staging` once the canary left both versions there. Its answer is
 * checked against the mean of the two versions' own answers, and its member runs are read from /metrics.
 */
export const graphDemoStep: DemoStep = {
  id: 'graph',
  title: 'Serve the example\'s ensemble of v1 and v2 as one model (inference graph)',
  async run(ctx) {
    const graphs = ctx.config.config.graphs ?? {};
    const name = Object.keys(graphs).find((g) => graphs[g].graph.type === 'ensemble');
    if (!name) return { ok: false, summary: 'the example declares no ensemble graph' };
    const server = await startServer({ repository: repositoryOfEnvironment(ctx.config, 'staging'), port: 0, seed: 3, graphs });
    try {
      const body = JSON.stringify({ inputs: [{ name: 'features', shape: [ROWS.length, 4], datatype: 'FP32', data: ROWS.flat() }] });
      const infer = async (p: string): Promise<{ status: number; answer: Answer }> => {
        const r = await fetch(`${server.url}${p}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
        return { status: r.status, answer: (await r.json()) as Answer };
      };
      const graph = await infer(`/v2/models/${name}/infer`);
      const members = graphs[name].graph.type === 'ensemble' ? (graphs[name].graph as { members: Array<{ model: string; version?: string }> }).members : [];
      const direct = await Promise.all(members.map((m) => infer(`/v2/models/${m.model}${m.version ? `/versions/${m.version}` : ''}/infer`)));
      const probabilities = (a: Answer) => a.outputs?.find((o) => o.name === 'probabilities')?.data ?? [];
      const mean = probabilities(direct[0]?.answer ?? {}).map((_, i) => Math.fround(direct.reduce((s, d) => s + probabilities(d.answer)[i], 0) / direct.length));
      const got = probabilities(graph.answer);
      const equal = got.length > 0 && got.length === mean.length && got.every((p, i) => p === mean[i]);
      const runs = (await (await fetch(`${server.url}/metrics`)).text()).split('\n').filter((l) => l.startsWith('modelship_graph_member_runs_total{'));
      const ok = graph.status === 200 && direct.every((d) => d.status === 200) && equal && runs.length === members.length;
      const show = (xs: number[]) => `[${xs.slice(0, 3).map((x) => x.toFixed(3)).join(', ')}, …]`;
      ctx.log(`    POST /v2/models/${name}/infer → ${graph.status} from ${graph.answer.model_version}; probabilities ${show(got)}`);
      ctx.log(`    the members alone: ${direct.map((d) => `${d.answer.model_version} ${show(probabilities(d.answer))}`).join('; ')}; their mean ${equal ? 'equals' : 'differs from'} the ensemble's answer`);
      return {
        ok,
        summary: `${name} answered by ${graph.answer.model_version ?? 'nothing'} (${graph.status}); probabilities ${equal ? 'equal' : 'differ from'} the mean of ${members.length} members' answers`,
        markdown: [
          `\`${name}\` (an \`ensemble\` graph of modelship.yml: ${members.map((m) => `${m.model}@${m.version ?? 'routed'}`).join(', ')}) served by \`modelship serve --env staging\` at ${server.url}: \`POST /v2/models/${name}/infer\` → ${graph.status}, \`model_version\` \`${graph.answer.model_version}\`.`,
          '',
          `Its probabilities ${equal ? 'equal' : '**differ from**'} the element-wise mean of the members' own answers (${ROWS.length} rows). Member runs in \`/metrics\`:`,
          '',
          '```',
          ...runs,
          '```',
        ].join('\n'),
      };
    } finally {
      await server.close();
    }
  },
};
