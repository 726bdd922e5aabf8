/**
 * An A/B experiment on a running server, decided by its winner gate (issue 25): two arms serving the same
 * model, users kept on one arm by a sticky key, each request's correctness recorded per arm from what the
 * server answered. A gate that requires a 5% improvement (`change: {minRelative: 0.05}` with Mann-Whitney)
 * must not crown a candidate that is no better: the rollout is aborted and the stable version keeps serving.
 * Deterministic: the sticky hash and the rows sent decide every assignment; nothing depends on timing.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readIris, SPECIES } from '../../examples/iris/train/data.js';
import { deploy } from '../../src/deploy/engine.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { createProject, type Project } from '../deploy/helpers.js';
import { eventually } from './support/repository.js';

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
        change: { minRelative: 0.05 }
        statistics: { method: mannWhitney, confidence: 0.95 }
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

it('does not crown a candidate that is no better: a required 5% improvement needs evidence, on live answers', async () => {
  const first = await deploy(project.loaded, { environment: 'staging', version: '1.0.0', artifact: await project.artifact('1.0.0') });
  expect(first.outcome).toBe('deployed');
  server = await startServer({ repository: path.join(project.dir, 'repo'), port: 0, pollMs: 50 });
  // Then the experiment's configuration: an A/B with the winner gate.
  await writeFile(path.join(project.dir, 'modelship.yml'), (await readFile(path.join(project.dir, 'modelship.yml'), 'utf8')).replace(DIRECT, AB));
  await project.reload();
  const candidate = await project.artifact('1.1.0'); // the same graph, other bytes: an arm that is no better

  // The experiment's observation window: 300 users, each sends one iris row; what each arm answered is recorded.
  const observe = async () => {
    await eventually(async () => ((await (await fetch(`${server!.url}/v2/models/iris`)).json()) as { versions: string[] }).versions.includes('1.1.0'), 'the candidate is loaded');
    const correct: Record<string, number[]> = { '1.0.0': [], '1.1.0': [] };
    for (let user = 0; user < 300; user++) {
      const row = rows[(user * 7) % rows.length];
      const res = await fetch(`${server!.url}/v2/models/iris/infer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-user': `user-${user}` },
        body: JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: row.features }] }),
      });
      expect(res.status).toBe(200);
      const answer = (await res.json()) as { model_version: string; outputs: Array<{ name: string; data: number[] }> };
      const label = answer.outputs.find((o) => o.name === 'label')!.data[0];
      correct[answer.model_version].push(Number(label) === SPECIES.indexOf(row.species) ? 1 : 0);
    }
    await mkdir(path.join(project.dir, 'out'), { recursive: true });
    const leaf = (samples: number[]) => ({ value: samples.reduce((a, b) => a + b, 0) / samples.length, samples });
    // The candidate's file names the version it measured: run-time evidence for exactly that version.
    await writeFile(path.join(project.dir, 'out/candidate.json'), JSON.stringify({ candidate: { model: 'iris', version: '1.1.0' }, correct: leaf(correct['1.1.0']) }));
    await writeFile(path.join(project.dir, 'out/baseline.json'), JSON.stringify({ correct: leaf(correct['1.0.0']) }));
    return correct;
  };
  let observed: Record<string, number[]> = {};
  const ab = await deploy(project.loaded, { environment: 'staging', version: '1.1.0', artifact: candidate }, { sleep: async () => void (observed = await observe()) });

  // Both arms answered, about half each, with the same model.
  expect(observed['1.0.0'].length).toBeGreaterThan(100);
  expect(observed['1.1.0'].length).toBeGreaterThan(100);
  expect(ab.outcome).toBe('aborted');
  expect(ab.message).toMatch(/the candidate did not win/);
  expect(ab.message).toMatch(/no evidence/);
  expect(ab.message).not.toMatch(/≥ \+5% holds/);
  const routing = JSON.parse(await readFile(path.join(project.dir, 'repo/iris/routing.json'), 'utf8'));
  expect(routing).toMatchObject({ stable: '1.0.0', weights: { '1.0.0': 100 } });
  // And the server follows: every user is back on the stable version.
  await eventually(async () => {
    const res = await fetch(`${server!.url}/v2/models/iris/infer`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-user': 'user-1' }, body: JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: rows[0].features }] }) });
    return ((await res.json()) as { model_version: string }).model_version === '1.0.0';
  }, 'the server to route everyone to 1.0.0');
}, 60_000);
