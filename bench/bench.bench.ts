// The benchmark harness against references measured in the same run:
//  - in-process: our closed-loop trial (hrtime pair + HDR record per call) vs a bare onnxruntime-node loop
//    on the example model, interleaved; ratio of time per inference, target <= 1.05;
//  - HTTP: our runner vs autocannon against the same local OIP v2 server; ratio of requests/s, target >= 0.8.
import autocannon from 'autocannon';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ort from 'onnxruntime-node';
import { resolveBenchSettings } from '../src/bench/config.js';
import { runClosedLoopTrial } from '../src/bench/measure.js';
import { httpRunner } from '../src/bench/runners/http.js';
import { median } from '../src/core/stats/descriptive.js';
import { startOipServer } from '../test/bench/support/oip-server.js';
import { writeMlp } from '../test/bench/support/mlp-model.js';
import type { BenchRow, BenchSuite } from './harness.js';

const EXAMPLE = path.resolve('examples/iris/models/iris-v2/model.onnx');

async function harnessOverhead(model: string): Promise<BenchRow> {
  const session = await ort.InferenceSession.create(model, { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential' });
  const feeds = { [session.inputNames[0]]: new ort.Tensor('float32', new Float32Array(4).fill(0.5), [1, 4]) };
  const N = 20_000;
  const bare: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < 500; i++) await session.run(feeds);
  for (let round = 0; round < 9; round++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < N; i++) await session.run(feeds);
    bare.push(Number(process.hrtime.bigint() - t0) / N);
    const trial = await runClosedLoopTrial(() => session.run(feeds), { durationMs: 0, warmupMs: 0, iterations: N, batch: 1 });
    ours.push((trial.durationMs * 1e6) / trial.samples);
  }
  await session.release();
  const value = median(ours) / 1000;
  const reference = median(bare) / 1000;
  return { name: `harness vs bare onnxruntime loop (${path.basename(path.dirname(model))})`, value, reference, unit: 'µs/inference', ratio: value / reference, target: { max: 1.05 } };
}

async function httpVsAutocannon(): Promise<BenchRow> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ms-bench-http-'));
  const model = await writeMlp(path.join(dir, 'iris.onnx'), { hidden: 16 });
  const server = await startOipServer({ iris: model });
  try {
    const connections = 8;
    const seconds = 3;
    const body = JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] });
    const settings = resolveBenchSettings(undefined, { trials: 3, durationMs: seconds * 1000, warmupMs: 300 });
    settings.runner = 'http';
    settings.http = { url: server.url, protocol: 'oip', method: 'POST', concurrency: connections, timeoutMs: 10_000, model: 'iris' };
    const session = await httpRunner.open({ model: 'iris' }, settings);
    await session.prepare(1);
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let round = 0; round < 3; round++) {
      const t = await session.trial({ durationMs: seconds * 1000, warmupMs: 300, batch: 1 });
      ours.push(t.samples / (t.durationMs / 1000));
      const r = await autocannon({ url: `${server.url}/v2/models/iris/infer`, method: 'POST', body, headers: { 'content-type': 'application/json' }, connections, pipelining: 1, duration: seconds });
      theirs.push(r.requests.total / seconds);
    }
    await session.close();
    const value = median(ours);
    const reference = median(theirs);
    return { name: 'http runner vs autocannon (same local OIP v2 server)', value, reference, unit: 'req/s', ratio: value / reference, target: { min: 0.8 } };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const suite: BenchSuite = {
  name: 'bench',
  async run() {
    let model = EXAMPLE;
    let tmp: string | undefined;
    if (!existsSync(model)) {
      tmp = mkdtempSync(path.join(os.tmpdir(), 'ms-bench-'));
      model = await writeMlp(path.join(tmp, 'model.onnx'));
    }
    try {
      return [await harnessOverhead(model), await httpVsAutocannon()];
    } finally {
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    }
  },
};
export default suite;
