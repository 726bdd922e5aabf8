import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { resolveBenchSettings } from '../../src/bench/config.js';
import { loadConfig, type LoadedConfig } from '../../src/core/config.js';
import type { AnalysisRunner } from '../../src/deploy/analysis.js';
import { deploy, rollback } from '../../src/deploy/engine.js';
import { fetchModel } from '../../src/edge/client.js';
import { generateSigningKeys, publicKeyFrom } from '../../src/edge/signing.js';
import { runGate } from '../../src/gate/run.js';
import { runOptimize, type OptimizeReport } from '../../src/optimize/run.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris');
const keys = generateSigningKeys();
const DEVICES = Array.from({ length: 120 }, (_, i) => `sensor-${String(i).padStart(3, '0')}`);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let dir: string;
let loaded: LoadedConfig;
let report: OptimizeReport;

const CONFIG = `version: 1
models:
  iris:
    path: models/original.onnx
    format: onnx
gates:
  int8-edge:
    description: int8 only if accuracy drops by less than 0.5 points, outputs stay close and the browser runtime runs it
    candidate: [optimized/int8/metrics.json]
    baseline: [optimized/original/metrics.json]
    checks:
      - { metric: accuracy, direction: higher, change: { minAbsolute: -0.005 } }
      - { metric: max_abs_diff, direction: lower, value: { max: 0.05 } }
      - { metric: web_runs, direction: higher, value: { min: 1 } }
environments:
  devices:
    provider: { type: edge, channel: .modelship/edge, signingKey: "\${env:MODELSHIP_EDGE_KEY}", minRuntime: ">=1.16.0" }
    strategy:
      type: canary
      steps: [{ weight: 10, pause: 1s }, { weight: 100 }]
      analysis: { gate: int8-edge }
`;

/** Every simulated device polls the channel once; returns the version each one serves. */
async function poll(): Promise<Map<string, string | null>> {
  const versions = new Map<string, string | null>();
  for (const id of DEVICES) {
    const result = await fetchModel({ channel: path.join(dir, '.modelship/edge'), model: 'iris', deviceId: id, publicKey: publicKeyFrom(keys.publicKey), stateDir: path.join(dir, 'devices', id), runtimeVersion: '1.30.0' });
    expect(result.status).not.toBe('kept');
    versions.set(id, result.version);
  }
  return versions;
}
const count = (versions: Map<string, string | null>, version: string) => [...versions.values()].filter((v) => v === version).length;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-edge-rollout-'));
  await mkdir(path.join(dir, 'models'), { recursive: true });
  await copyFile(path.join(EXAMPLE, 'models/iris-v2/model.onnx'), path.join(dir, 'models/original.onnx'));
  await writeFile(path.join(dir, 'modelship.yml'), CONFIG);
  loaded = await loadConfig(path.join(dir, 'modelship.yml'), { env: { MODELSHIP_EDGE_KEY: keys.privateKey } });
  report = await runOptimize({
    model: 'iris', modelPath: path.join(dir, 'models/original.onnx'), outDir: path.join(dir, 'optimized'), variants: ['fp16', 'int8'], graphLevel: 'basic', float16: {}, int8: {},
    evalData: { file: path.join(EXAMPLE, 'data/iris.csv'), label: 'species' }, bench: resolveBenchSettings(undefined, { trials: 3, durationMs: 30, warmupMs: 5, batchSizes: [1] }), web: true,
  });
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('done when: the example model optimised, int8 gated, published to devices, canaried to 10% of them, rolled back', () => {
  it('optimises the example into fp16 and int8 variants with their reports, and the gate passes int8', async () => {
    expect(report.verdict).toBe('pass');
    expect(report.variants.map((v) => [v.name, v.validate, v.web?.loads])).toEqual([['fp16', 'pass', true], ['int8', 'pass', true]]);
    const gate = await runGate(loaded, 'int8-edge');
    expect(gate.verdict).toBe('pass');
  });

  it('publishes 1.0.0 to every device, then 2.0.0 (int8) to 10% of device ids, and rolls it back when its analysis fails', async () => {
    const first = await deploy(loaded, { environment: 'devices', version: '1.0.0', artifact: 'models/original.onnx' });
    expect(first.outcome).toBe('deployed');
    const before = await poll();
    expect(count(before, '1.0.0')).toBe(DEVICES.length);

    // The canary pauses at 10%: devices poll during the pause; then the analysis fails and the engine reverts.
    let during = new Map<string, string | null>();
    const failing: AnalysisRunner = { analyze: async () => ({ phase: 'failed', reasons: ['field telemetry: error rate 4% (simulated)'] }) };
    const canary = await deploy(loaded, { environment: 'devices', version: '2.0.0', artifact: 'optimized/int8/model.onnx' }, { analysis: failing, sleep: async () => { during = await poll(); } });
    expect(canary.outcome).toBe('aborted');
    const inShare = count(during, '2.0.0');
    const expected = DEVICES.filter((id) => createHash('sha256').update(`devices:2.0.0:${id}`).digest().readUInt32BE(0) / 2 ** 32 < 0.1).length;
    expect(inShare).toBe(expected);
    expect(inShare).toBeGreaterThan(3);
    expect(inShare).toBeLessThan(30);
    const int8 = sha(await readFile(path.join(dir, 'optimized/int8/model.onnx')));
    for (const [id, version] of during) if (version === '2.0.0') expect(sha(await readFile(path.join(dir, 'devices', id, 'model.onnx')))).toBe(int8);

    // The revert published the last good manifest with a higher sequence: the canary devices go back.
    const after = await poll();
    expect(count(after, '1.0.0')).toBe(DEVICES.length);
    const state = JSON.parse(await readFile(path.join(dir, 'devices', [...during].find(([, v]) => v === '2.0.0')![0], 'state.json'), 'utf8'));
    expect(state).toMatchObject({ version: '1.0.0', sequence: 3 }); // 1: 1.0.0, 2: 2.0.0 at 10%, 3: the revert
  }, 120_000);

  it('rolls a completed rollout back with `rollback`: a new manifest naming the previous release', async () => {
    const ok: AnalysisRunner = { analyze: async () => ({ phase: 'successful', reasons: [] }) };
    expect((await deploy(loaded, { environment: 'devices', version: '2.0.0', artifact: 'optimized/int8/model.onnx' }, { analysis: ok, sleep: async () => {} })).outcome).toBe('deployed');
    expect(count(await poll(), '2.0.0')).toBe(DEVICES.length);
    const back = await rollback(loaded, { environment: 'devices' });
    expect(back.outcome).toBe('rolled-back');
    expect(count(await poll(), '1.0.0')).toBe(DEVICES.length);
  }, 120_000);
});
