/**
 * An A/B decided by the winner test on the outcome (issue 22 item 2): the example's iris v1 (live) against
 * v2 on a running server, users kept on one arm by a sticky key, each answer's correctness recorded per arm
 * from what the server answered, and the `ab` strategy's winner gate a two-proportion test whose sample size
 * per arm (a 5-point difference from a 0.9 baseline, alpha 0.05, power 0.8: 435, SciPy's norm.ppf by hand: 434.43 rounded up) is computed up front. v2 wins
 * on evidence and is promoted. Deterministic: the sticky hash and the rows sent decide every assignment.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readIris, SPECIES } from '../../examples/iris/train/data.js';
import { sampleSizeTwoProportions } from '../../src/core/stats/ab-test.js';
import { deploy } from '../../src/deploy/engine.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { createProject, type Project } from '../deploy/helpers.js';
import { eventually, IRIS_V1, IRIS_V2 } from './support/repository.js';

const DIRECT = `  staging:\n    provider: { type: local, root: repo }\n    strategy: { type: direct }\n`;
const AB = `  staging:
    provider: { type: local, root: repo }
    strategy:
      type: ab
      weight: 50
      sticky: { header: X-User }
      duration: 1m
      winnerGate: ab-winner
`;
const GATE = `gates:
  ab-winner:
    candidate: out/candidate.json
    baseline: out/baseline.json
    checks:
      - metric: correct
        direction: higher
        change: { minAbsolute: 0 }
        statistics: { method: twoProportion, minimumDetectableEffect: 0.05, baselineRate: 0.9, power: 0.8, confidence: 0.95 }
`;

const rows = readIris(path.resolve('examples/iris/data/iris.csv')).rows;
let project: Project;
let server: RunningServer | undefined;
beforeAll(async () => {
  project = await createProject(DIRECT, GATE);
});
afterAll(async () => {
  await server?.close();
  await project.cleanup();
});

async function artifact(version: string, source: string): Promise<string> {
  await mkdir(path.join(project.dir, 'models', version), { recursive: true });
  await copyFile(source, path.join(project.dir, 'models', version, 'model.onnx'));
  return `models/${version}/model.onnx`;
}

it('promotes v2 when the two-proportion test on correct answers shows it better, with the sample it sized up front', async () => {
  expect(sampleSizeTwoProportions(0.9, 0.05, 0.05, 0.8)).toBe(435);
  expect((await deploy(project.loaded, { environment: 'staging', version: '1.0.0', artifact: await artifact('1.0.0', IRIS_V1) })).outcome).toBe('deployed');
  server = await startServer({ repository: path.join(project.dir, 'repo'), port: 0, pollMs: 50 });
  await writeFile(path.join(project.dir, 'modelship.yml'), (await readFile(path.join(project.dir, 'modelship.yml'), 'utf8')).replace(DIRECT, AB));
  await project.reload();
  const candidate = await artifact('2.0.0', IRIS_V2);

  const observe = async () => {
    await eventually(async () => ((await (await fetch(`${server!.url}/v2/models/iris`)).json()) as { versions: string[] }).versions.includes('2.0.0'), 'the candidate is loaded');
    const correct: Record<string, number[]> = { '1.0.0': [], '2.0.0': [] };
    for (let user = 0; user < 1200; user++) {
      const row = rows[(user * 7) % rows.length];
      const res = await fetch(`${server!.url}/v2/models/iris/infer`, { method: 'POST', headers: { 'x-user': `user-${user}` }, body: JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: row.features }] }) });
      const answer = (await res.json()) as { model_version: string; outputs: Array<{ name: string; data: number[] }> };
      const label = answer.outputs.find((o) => o.name === 'label')!.data[0];
      correct[answer.model_version].push(Number(label) === SPECIES.indexOf(row.species) ? 1 : 0);
    }
    await mkdir(path.join(project.dir, 'out'), { recursive: true });
    const leaf = (samples: number[]) => ({ value: samples.reduce((a, b) => a + b, 0) / samples.length, samples });
    await writeFile(path.join(project.dir, 'out/candidate.json'), JSON.stringify({ candidate: { model: 'iris', version: '2.0.0' }, correct: leaf(correct['2.0.0']) }));
    await writeFile(path.join(project.dir, 'out/baseline.json'), JSON.stringify({ correct: leaf(correct['1.0.0']) }));
    return correct;
  };
  let observed: Record<string, number[]> = {};
  const ab = await deploy(project.loaded, { environment: 'staging', version: '2.0.0', artifact: candidate }, { sleep: async () => void (observed = await observe()) });
  expect(Math.min(observed['1.0.0'].length, observed['2.0.0'].length)).toBeGreaterThanOrEqual(435);
  expect(ab.outcome).toBe('deployed');
  const analysis = ab.steps.find((s) => s.name === 'analysis 1')!;
  expect(analysis.status).toBe('ok');
  const routing = JSON.parse(await readFile(path.join(project.dir, 'repo/iris/routing.json'), 'utf8'));
  expect(routing).toMatchObject({ stable: '2.0.0', weights: { '2.0.0': 100 } });
}, 120_000);
