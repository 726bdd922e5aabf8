import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '../support/cli.js';
import { registryMissing, skopeo, startRegistry, type TestRegistry } from './registry-harness.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris');
let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), 'modelship-package-cli-'));
  await cp(EXAMPLE, workspace, { recursive: true });
});
afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => cli(args, { cwd: workspace, env: { HOME: workspace, ...env } });

describe('modelship package', () => {
  it('packages the example model reproducibly and names digest, media types and layers in JSON', async () => {
    const one = await run(['package', 'iris@2.0.0', '--output', 'out/one', '--created', '2026-03-01T00:00:00Z', '--format', 'json']);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    const json = JSON.parse(one.stdout);
    expect(json).toMatchObject({ model: 'iris', version: '2.0.0', tag: '2.0.0', artifactType: 'application/vnd.cncf.model.manifest.v1+json', manifest: { digest: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) } });
    expect(json.layers.map((l: { mediaType: string }) => l.mediaType)).toContain('application/vnd.cncf.model.weight.v1.raw');
    const two = await run(['package', 'iris@2.0.0', '--output', 'out/two', '--format', 'json'], { SOURCE_DATE_EPOCH: String(Date.parse('2026-03-01T00:00:00Z') / 1000) });
    expect(JSON.parse(two.stdout).manifest.digest).toBe(json.manifest.digest);
  });

  it('refuses an unknown model and a bad creation time (exit code 2)', async () => {
    const unknown = await run(['package', 'nope@1.0.0']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/model "nope" is not configured/);
    const bad = await run(['package', 'iris@1.0.0', '--created', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/RFC 3339/);
  });

  it('refuses plain HTTP to a remote registry and references without a host', async () => {
    const remote = await run(['push', 'out/one', 'registry.example.com/ml/iris', '--plain-http']);
    expect(remote.code).toBe(2);
    expect(remote.stderr).toMatch(/--plain-http is refused for registry\.example\.com/);
    const noHost = await run(['pull', 'iris:1.0.0']);
    expect(noHost.code).toBe(2);
    expect(noHost.stderr).toMatch(/has no registry host/);
  });
});

(registryMissing ? describe.skip : describe)(`modelship push and pull against docker-registry${registryMissing ? ` (skipped: ${registryMissing})` : ''}`, () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  }, 60_000);
  afterAll(async () => {
    await registry?.stop();
  });

  it('pushes the layout with its validation report attached, then pulls it by digest and extracts the model', async () => {
    await writeFile(path.join(workspace, 'score.json'), '{"score":3.5,"band":"reasonably tested"}\n');
    const pushed = await run(['push', 'out/one', `${registry.host}/models/iris`, '--plain-http', '--attach-score', 'score.json', '--format', 'json']);
    expect(pushed.code).toBe(0);
    const json = JSON.parse(pushed.stdout);
    expect(json.tag).toBe('2.0.0');
    expect(json.referrers.map((r: { artifactType: string }) => r.artifactType)).toEqual(['application/vnd.modelship.validation.v1+json', 'application/vnd.modelship.score.v1+json']);
    const missing = await run(['push', 'out/one', `${registry.host}/models/iris`, '--plain-http', '--attach-score', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--attach-score nope\.json: ENOENT/);
    expect(json.digestReference).toBe(`oci://${registry.host}/models/iris@${json.digest}`);
    const raw = JSON.parse(await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/models/iris:2.0.0`]));
    expect(raw.artifactType).toBe('application/vnd.cncf.model.manifest.v1+json');
    const pulled = await run(['pull', json.digestReference, '--plain-http', '--output', 'pulled', '--extract', 'extracted', '--format', 'json']);
    expect(pulled.code).toBe(0);
    expect(JSON.parse(pulled.stdout).digest).toBe(json.digest);
    expect(await readFile(path.join(workspace, 'extracted', 'model.onnx'))).toEqual(await readFile(path.join(workspace, 'models/iris-v2/model.onnx')));
    expect(JSON.parse(await readFile(path.join(workspace, 'extracted', '.modelship', 'validation.json'), 'utf8')).verdict).toBe('pass');
  });

  it('pull --install puts a digest reference into a model repository that modelship serve verifies and loads', async () => {
    const pushed = JSON.parse((await run(['push', 'out/one', `${registry.host}/models/iris`, '--plain-http', '--format', 'json'])).stdout);
    const installed = await run(['pull', pushed.digestReference, '--plain-http', '--install', 'repo', '--format', 'json']);
    expect(installed.code).toBe(0);
    expect(JSON.parse(installed.stdout)).toMatchObject({ model: 'iris', version: '2.0.0', reference: pushed.digestReference });
    const { readVerifiedVersion } = await import('../../src/serve/repository.js');
    const { metadata, bytes } = await readVerifiedVersion(path.join(workspace, 'repo'), 'iris', '2.0.0');
    expect(bytes).toEqual(await readFile(path.join(workspace, 'models/iris-v2/model.onnx')));
    expect(metadata).toMatchObject({ model: 'iris', version: '2.0.0' });
    expect(JSON.parse(await readFile(path.join(workspace, 'repo/iris/2.0.0/metadata.json'), 'utf8')).oci).toBe(pushed.digestReference);
    const again = await run(['pull', pushed.digestReference, '--plain-http', '--install', 'repo']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already holds 2\.0\.0/);
  });
});
