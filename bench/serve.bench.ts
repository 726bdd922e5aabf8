// The embedded OIP v2 server against references measured in the same run, same model, same cores:
//  - throughput: `modelship serve` under closed-loop HTTP load (the benchmark's runner) vs a bare
//    onnxruntime-node loop in-process; target >= 0.7 of the bare throughput for a small model;
//  - p99 latency of the server (reported beside the bare loop's p99);
//  - memory per loaded version: RSS growth per version loaded by the server vs per bare session.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ort from 'onnxruntime-node';
import { createLatencyHistogram, summarize } from '../src/bench/measure.js';
import { startServer } from '../src/serve/server.js';
import { encodeMlp } from '../test/bench/support/mlp-model.js';
import { drive } from '../test/serve/support/load.js';
import { addVersion, writeRouting } from '../test/serve/support/repository.js';
import type { BenchRow, BenchSuite } from './harness.js';

const DURATION_MS = 2000;

async function bareLoop(bytes: Buffer, batch: number): Promise<{ perSecond: number; p99: number }> {
  const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' });
  const feeds = { features: new ort.Tensor('float32', new Float32Array(4 * batch).fill(0.5), [batch, 4]) };
  for (let i = 0; i < 200; i++) await session.run(feeds);
  const h = createLatencyHistogram();
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(DURATION_MS * 1e6);
  while (process.hrtime.bigint() < end) {
    const t0 = process.hrtime.bigint();
    await session.run(feeds);
    h.recordValue(Math.max(1, Number(process.hrtime.bigint() - t0)));
    n++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await session.release();
  return { perSecond: (n * batch) / seconds, p99: summarize(h).p99 };
}

async function throughput(label: string, bytes: Buffer, minRatio: number | undefined, note: string): Promise<BenchRow[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'modelship-serve-bench-'));
  try {
    await addVersion(root, label, '1.0.0', bytes);
    await writeRouting(root, label, { generation: 1, stable: '1.0.0' });
    const bare = await bareLoop(bytes, 1);
    const server = await startServer({ repository: root, port: 0, limits: { concurrency: 4, queue: 1024 } });
    try {
      await drive(server.url, { model: label, durationMs: 500, concurrency: 4 });
      const trial = await drive(server.url, { model: label, durationMs: DURATION_MS, concurrency: 4 });
      if (trial.errors > 0) throw new Error(`${trial.errors} failed requests under load`);
      return [
        { name: `serve throughput vs bare onnxruntime loop (${label})`, value: trial.throughput_per_s, reference: bare.perSecond, unit: 'inferences/s', ratio: trial.throughput_per_s / bare.perSecond, target: minRatio === undefined ? {} : { min: minRatio }, note },
        { name: `serve p99 vs bare onnxruntime p99 (${label})`, value: trial.latency_ms.p99, reference: bare.p99, unit: 'ms', ratio: trial.latency_ms.p99 / bare.p99, target: {}, note: 'closed loop, 4 connections: includes queueing behind the other 3' },
      ];
    } finally {
      await server.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function memoryPerVersion(bytes: Buffer): Promise<BenchRow> {
  const VERSIONS = 6;
  const mb = () => process.memoryUsage.rss() / 2 ** 20;
  // Reference: bare sessions in this process.
  const before = mb();
  const sessions = [];
  for (let i = 0; i < VERSIONS; i++) sessions.push(await ort.InferenceSession.create(bytes, { intraOpNumThreads: 1, interOpNumThreads: 1 }));
  const bare = (mb() - before) / VERSIONS;
  for (const s of sessions) await s.release();
  const root = await mkdtemp(path.join(os.tmpdir(), 'modelship-serve-bench-'));
  try {
    for (let i = 0; i < VERSIONS; i++) await addVersion(root, 'mem', `1.${i}.0`, bytes);
    const weights = Object.fromEntries(Array.from({ length: VERSIONS }, (_, i) => [`1.${i}.0`, 1]));
    await writeRouting(root, 'mem', { generation: 1, stable: '1.0.0', weights });
    const start = mb();
    const server = await startServer({ repository: root, port: 0 });
    const ours = (mb() - start) / VERSIONS;
    await server.close();
    return { name: 'RSS per loaded version vs a bare session', value: ours, reference: Math.max(bare, 0.01), unit: 'MB', ratio: ours / Math.max(bare, 0.01), target: {}, note: `${VERSIONS} versions of a ${(bytes.length / 2 ** 20).toFixed(1)} MB model; each version is a worker thread (a V8 isolate) with its own session` };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const suite: BenchSuite = {
  name: 'serve',
  async run() {
    const small = encodeMlp({ hidden: 1024, layers: 2 });
    const iris = await import('node:fs/promises').then((fs) => fs.readFile(path.resolve('examples/iris/models/iris-v2/model.onnx')));
    return [
      ...(await throughput('mlp-1024x2', small, 0.7, 'small model (4 MB, about 1 ms per inference)')),
      ...(await throughput('mlp-256x2', encodeMlp({ hidden: 256, layers: 2 }), undefined, 'very small model (tens of µs per inference): HTTP + JSON dominate; informative')),
      ...(await throughput('iris', iris, undefined, 'tiny model (µs per inference): the HTTP round trip dominates; informative, no target')),
      await memoryPerVersion(encodeMlp({ hidden: 1024, layers: 4 })),
    ];
  },
};
export default suite;
