// Inference graphs in `modelship serve` (docs/graphs.md): an ensemble of k members against k single runs of
// one member, both through the same in-process server, same model size, same machine, in alternating rounds.
// Members are k versions of one MLP (different weights, one worker thread each). The target: an
// ensemble of k costs about k model runs, less where cores allow them to run in parallel; the ratio
// ensemble / (k × single) must stay <= 1.15 (the graph's own work: resolving members, combining outputs).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../src/serve/server.js';
import { encodeMlp } from '../test/bench/support/mlp-model.js';
import { addVersion, writeRouting } from '../test/serve/support/repository.js';
import type { BenchRow, BenchSuite } from './harness.js';

const ROUNDS = 5;
const REQUESTS = 60;
const ROWS = 32;

async function timeRequests(url: string, body: string): Promise<number> {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < REQUESTS; i++) {
    const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
  return Number(process.hrtime.bigint() - t0) / 1e6 / REQUESTS;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function ensembleRow(k: number): Promise<BenchRow> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'modelship-graph-bench-'));
  const versions = Array.from({ length: k }, (_, i) => `1.${i}.0`);
  for (const [i, v] of versions.entries()) await addVersion(root, 'mlp', v, encodeMlp({ hidden: 512, layers: 3, seed: i + 1 }));
  await writeRouting(root, 'mlp', { generation: 1, stable: versions[0] });
  const server = await startServer({
    repository: root,
    port: 0,
    monitoring: false,
    batch: { maxSize: 1 },
    graphs: { ensemble: { graph: { type: 'ensemble', members: versions.map((version) => ({ model: 'mlp', version })) } } },
  });
  try {
    const data = Array.from({ length: ROWS * 4 }, (_, i) => (i % 7) / 7);
    const body = JSON.stringify({ inputs: [{ name: 'features', shape: [ROWS, 4], datatype: 'FP32', data }] });
    const single = `${server.url}/v2/models/mlp/versions/${versions[0]}/infer`;
    const graph = `${server.url}/v2/models/ensemble/infer`;
    await timeRequests(single, body);
    await timeRequests(graph, body);
    const singles: number[] = [];
    const ensembles: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      singles.push(await timeRequests(single, body));
      ensembles.push(await timeRequests(graph, body));
    }
    const one = median(singles);
    const all = median(ensembles);
    return {
      name: `ensemble of ${k} members vs ${k} single runs`,
      value: all,
      reference: k * one,
      unit: 'ms/request',
      ratio: all / (k * one),
      target: { max: 1.15 },
      note: `one request of ${ROWS} rows, back to back; a single run ${one.toFixed(2)} ms, the ensemble ${all.toFixed(2)} ms (${(all / one).toFixed(2)}× one run); ${os.availableParallelism()} cores`,
    };
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}

const suite: BenchSuite = {
  name: 'graphs',
  async run() {
    return [await ensembleRow(2), await ensembleRow(3)];
  },
};
export default suite;
