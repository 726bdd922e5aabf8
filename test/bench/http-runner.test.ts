import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveBenchSettings } from '../../src/bench/config.js';
import { runBenchmark } from '../../src/bench/run.js';
import { parseConfig } from '../../src/core/config.js';
import { startOipServer, type OipServer } from './support/oip-server.js';
import { tempProject, type TempProject } from './support/project.js';

describe('http runner against a real OIP v2 server (onnxruntime-node behind node:http)', () => {
  let project: TempProject;
  let server: OipServer;
  beforeAll(async () => {
    project = await tempProject({ iris: { hidden: 32 } });
    server = await startOipServer({ iris: project.file('iris.onnx') });
  });
  afterAll(async () => {
    await server.close();
    await project.cleanup();
  });

  const settingsFor = (bench: string) => {
    const text = `version: 1\nmodels:\n  iris:\n    path: iris.onnx\nbench:\n${bench}`;
    const loaded = parseConfig(text, project.file('modelship.yml'));
    return { loaded, settings: resolveBenchSettings(loaded, { trials: 3, durationMs: 150, warmupMs: 20 }) };
  };

  it('generates OIP requests from the model metadata and measures closed-loop load', async () => {
    const { loaded, settings } = settingsFor(`  runner: http\n  batchSizes: [1, 4]\n  http:\n    url: ${server.url}\n    concurrency: 4\n`);
    server.requests = 0;
    const report = await runBenchmark({ settings, loaded, cwd: project.dir });
    expect(report.results).toHaveLength(2);
    for (const r of report.results) {
      expect(r.runner).toBe('http');
      expect(r.errors).toBe(0);
      expect(r.status).toMatchObject({ '200': r.samples });
      expect(r.samples).toBeGreaterThan(20);
      expect(r.latency_ms.p50).toBeGreaterThan(0);
      expect(r.target).toBe(`POST ${server.url}/v2/models/iris/infer`);
    }
    // Every counted answer reached the server (plus warm-up and the checked first request).
    expect(server.requests).toBeGreaterThanOrEqual(report.results.reduce((s, r) => s + r.samples, 0));
  });

  it('runs an open loop at a fixed rate, counting latency from when each request was due', async () => {
    const { loaded, settings } = settingsFor(`  runner: http\n  http:\n    url: ${server.url}\n    rate: 200\n    concurrency: 2\n`);
    const report = await runBenchmark({ settings, loaded, cwd: project.dir });
    const [r] = report.results;
    // 150 ms at 200/s = 30 requests per trial, 3 trials.
    expect(r.samples).toBe(90);
    expect(r.errors).toBe(0);
  });

  it('loads any URL with a payload file (raw protocol)', async () => {
    const payload = project.file('request.json');
    await writeFile(payload, JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] }));
    const { loaded, settings } = settingsFor(`  runner: http\n  http:\n    url: ${server.url}/v2/models/iris/infer\n    protocol: raw\n    payload: request.json\n    concurrency: 2\n`);
    const report = await runBenchmark({ settings, loaded, cwd: project.dir });
    expect(report.results[0].samples).toBeGreaterThan(10);
    expect(report.results[0].status).toEqual({ '200': report.results[0].samples });
  });

  it('refuses an unreachable endpoint with a clear error, never figures', async () => {
    const dead = http.createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const { port } = dead.address() as AddressInfo;
    await new Promise<void>((r) => dead.close(() => r()));
    const { loaded, settings } = settingsFor(`  runner: http\n  http:\n    url: http://127.0.0.1:${port}\n`);
    await expect(runBenchmark({ settings, loaded, cwd: project.dir })).rejects.toThrow(/cannot reach http:\/\/127\.0\.0\.1:\d+\/v2\/health\/ready: ECONNREFUSED/);
  });

  it('refuses an unknown model and a failing server', async () => {
    let { loaded, settings } = settingsFor(`  runner: http\n  http:\n    url: ${server.url}\n    model: nope\n`);
    await expect(runBenchmark({ settings, loaded, cwd: project.dir })).rejects.toThrow(/answered 404: no model "nope"/);
    ({ loaded, settings } = settingsFor(`  runner: http\n  http:\n    url: ${server.url}\n`));
    server.failWith = 500;
    try {
      await expect(runBenchmark({ settings, loaded, cwd: project.dir })).rejects.toThrow(/answered 500/);
    } finally {
      server.failWith = undefined;
    }
  });

  it('refuses URLs with credentials or other schemes', async () => {
    const { loaded, settings } = settingsFor(`  runner: http\n  http:\n    url: http://user:secret@127.0.0.1:1\n`);
    await expect(runBenchmark({ settings, loaded, cwd: project.dir })).rejects.toThrow(/must not carry credentials/);
    const other = settingsFor(`  runner: http\n  http:\n    url: ftp://127.0.0.1/\n`);
    await expect(runBenchmark({ settings: other.settings, loaded: other.loaded, cwd: project.dir })).rejects.toThrow(/http or https/);
  });
});
