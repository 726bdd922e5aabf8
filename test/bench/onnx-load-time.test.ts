import { describe, it, expect, jest, beforeAll, afterAll } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The load time of the first model must not include onnxruntime's own start-up. A stand-in runtime whose
 * first session costs 800 ms of a fake clock (the runtime starting) and every later one 5 ms shows what
 * `loadMs` counts, with no real time measured.
 */
let clock = 0;
const created: Array<{ bytes: Uint8Array }> = [];
class FakeTensor {
  constructor(readonly type: string, readonly data: unknown, readonly dims: number[]) {}
}
const fakeOrt = {
  env: { versions: { node: '9.9.9' } },
  Tensor: FakeTensor,
  InferenceSession: {
    async create(bytes: Uint8Array) {
      clock += created.length === 0 ? 800 : 5;
      created.push({ bytes });
      return {
        inputMetadata: [{ name: 'features', isTensor: true, type: 'float32', shape: ['batch', 4] }],
        async run() {
          return {};
        },
        async release() {},
      };
    },
  },
};
jest.unstable_mockModule('onnxruntime-node', () => ({ default: fakeOrt, ...fakeOrt }));

const { onnxRunner } = await import('../../src/bench/runners/onnx.js');
const { resolveBenchSettings } = await import('../../src/bench/config.js');

describe('onnx runner load time', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ms-load-'));
    await writeFile(path.join(dir, 'a.onnx'), 'model a bytes');
    await writeFile(path.join(dir, 'b.onnx'), 'model b bytes');
    jest.spyOn(performance, 'now').mockImplementation(() => clock);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it("leaves onnxruntime's start-up out of the first model's load time", async () => {
    const settings = resolveBenchSettings(undefined, { trials: 3 });
    const first = await onnxRunner.open({ model: 'a', modelPath: path.join(dir, 'a.onnx') }, settings);
    const second = await onnxRunner.open({ model: 'b', modelPath: path.join(dir, 'b.onnx') }, settings);
    // The runtime started on a throwaway session before the first model's timer began.
    expect(created).toHaveLength(3);
    expect(Buffer.from(created[0].bytes).toString()).not.toContain('model a bytes');
    expect(Buffer.from(created[1].bytes).toString()).toBe('model a bytes');
    expect(first.loadMs).toBe(5);
    expect(second.loadMs).toBe(first.loadMs);
    await first.close();
    await second.close();
  });
});
