/**
 * A/B routing from modelship.yml to a running server: the engine's `ab` strategy with `sticky` and a cookie
 * route matched by a regular expression writes routing.json through the local provider; `modelship serve`
 * over that repository routes by them. The checks run while the A/B split is live (as the analysis step).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../src/core/config.js';
import type { AnalysisContext, AnalysisRunner } from '../../src/deploy/analysis.js';
import { deploy } from '../../src/deploy/engine.js';
import { startServer, type RunningServer } from '../../src/serve/server.js';
import { createProject, type Project } from '../deploy/helpers.js';
import { eventually, IRIS_V1, IRIS_V2, irisBody } from './support/repository.js';

const DIRECT = `  staging:\n    provider: { type: local, root: repo }\n    strategy: { type: direct }\n`;
const AB = `  staging:
    provider: { type: local, root: repo }
    strategy:
      type: ab
      weight: 30
      sticky: { header: X-User }
      header: { cookie: arm, match: regex, value: "^b(-[0-9]+)?$" }
`;

let project: Project;
let server: RunningServer | undefined;
beforeAll(async () => {
  project = await createProject(DIRECT);
  for (const [version, file] of [['1.0.0', IRIS_V1], ['1.1.0', IRIS_V2]] as const) {
    await mkdir(path.join(project.dir, 'models', version), { recursive: true });
    await copyFile(file, path.join(project.dir, 'models', version, 'model.onnx'));
  }
});
afterAll(async () => {
  await server?.close();
  await project.cleanup();
});

const versionFor = async (headers: Record<string, string>): Promise<string> => {
  const res = await fetch(`${server!.url}/v2/models/iris/infer`, { method: 'POST', body: irisBody(), headers: { 'content-type': 'application/json', ...headers } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { model_version: string }).model_version;
};

it('sticky keys and a regex cookie route configured in modelship.yml route a running server during the A/B', async () => {
  const first = await deploy(project.loaded, { environment: 'staging', version: '1.0.0', artifact: 'models/1.0.0/model.onnx' });
  expect(first.outcome).toBe('deployed');
  server = await startServer({ repository: path.join(project.dir, 'repo'), port: 0, pollMs: 50 });

  // The A/B configuration: `config check` and the loader accept `sticky:` and a cookie route.
  await writeFile(path.join(project.dir, 'modelship.yml'), (await readFile(path.join(project.dir, 'modelship.yml'), 'utf8')).replace(DIRECT, AB));
  const loaded = await loadConfig(path.join(project.dir, 'modelship.yml'));
  const observed: Record<string, unknown> = {};
  const analysis: AnalysisRunner = {
    async analyze(context: AnalysisContext) {
      const routing = JSON.parse(await readFile(path.join(project.dir, 'repo/iris/routing.json'), 'utf8'));
      observed.routing = { sticky: routing.sticky, headerRoutes: routing.headerRoutes, weights: routing.weights };
      await eventually(async () => (await (await fetch(`${server!.url}/v2/models/iris`)).json() as { versions: string[] }).versions.includes('1.1.0'), 'the candidate is loaded');
      // The cookie route, by regular expression.
      observed.cookie = [await versionFor({ cookie: 'session=x; arm=b' }), await versionFor({ cookie: 'arm=b-42' })];
      // Sticky: each user twice, always the same arm; about 30 % on the candidate.
      let onCandidate = 0;
      const moved: string[] = [];
      for (let u = 0; u < 200; u++) {
        const a = await versionFor({ 'x-user': `user-${u}` });
        if ((await versionFor({ 'x-user': `user-${u}` })) !== a) moved.push(`user-${u}`);
        if (a === '1.1.0') onCandidate++;
      }
      observed.sticky = { moved, onCandidate, context: context.candidate };
      return { phase: 'successful', reasons: [] };
    },
  };
  const ab = await deploy(loaded, { environment: 'staging', version: '1.1.0', artifact: 'models/1.1.0/model.onnx' }, { analysis });
  expect(ab.outcome).toBe('deployed');
  expect(ab.steps.map((s) => s.name)).toContain('split 30% + cookie arm, sticky by X-User');
  expect(observed.routing).toEqual({ sticky: { header: 'X-User' }, headerRoutes: [{ header: 'cookie', cookie: 'arm', value: '^b(-[0-9]+)?$', version: '1.1.0', match: 'regex' }], weights: { '1.0.0': 70, '1.1.0': 30 } });
  const cookie = observed.cookie as string[];
  expect(cookie).toEqual(['1.1.0', '1.1.0']);
  const sticky = observed.sticky as { moved: string[]; onCandidate: number; context: string };
  expect(sticky.moved).toEqual([]);
  expect(sticky.context).toBe('1.1.0');
  // 200 users at 30 %: 60 expected, sd ≈ 6.5; 30..90 is beyond 4.5 sd either way.
  expect(sticky.onCandidate).toBeGreaterThan(30);
  expect(sticky.onCandidate).toBeLessThan(90);
}, 60_000);

it('refuses a cookie route that also names a header, and a regular expression that does not compile, at the line at fault', async () => {
  for (const [header, message] of [
    ['{ name: x-arm, cookie: arm, value: b }', /give exactly one of "name" \(a header\) and "cookie"/],
    ['{ name: x-arm, match: regex, value: "(b" }', /strategy\.header\.value is not a valid regular expression/],
  ] as const) {
    await writeFile(path.join(project.dir, 'modelship.yml'), `version: 1\nmodels:\n  iris:\n    path: models/1.0.0/model.onnx\nenvironments:\n  staging:\n    provider: { type: local, root: repo }\n    strategy: { type: ab, header: ${header} }\n`);
    const loaded = await loadConfig(path.join(project.dir, 'modelship.yml'));
    const error = (await deploy(loaded, { environment: 'staging', version: '1.0.0' }, { dryRun: true }).catch((e: unknown) => e)) as { message: string; location?: { line?: number } };
    expect(error.message).toMatch(message);
    expect(error.location?.line).toBe(8);
  }
});
