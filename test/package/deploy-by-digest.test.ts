import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { request } from 'undici';
import { RegistryClient } from '../../src/package/registry/client.js';
import { cli } from '../support/cli.js';
import { CARD, CONFIG_ONE, onnxModel, TestRepo } from '../version/support/repo.js';
import { registryMissing, skopeo, startRegistry, type TestRegistry } from './registry-harness.js';

const ENVIRONMENTS = `environments:
  staging:
    provider: { type: local, root: .modelship/repository/staging }
    strategy: { type: direct }
  production:
    requires: staging
    provider: { type: local, root: .modelship/repository/production }
    strategy: { type: blue-green }
`;

/**
 * Done-when of issue #20: the model packaged, pushed to a real registry, deployed to staging by digest,
 * promoted to production by the same digest (checked against the registry at the hop), rolled back; skopeo
 * agrees with every digest.
 */
(registryMissing ? describe.skip : describe)(`deploy by digest from a real registry${registryMissing ? ` (skipped: ${registryMissing})` : ''}`, () => {
  let registry: TestRegistry;
  let repo: TestRepo;
  let env: NodeJS.ProcessEnv;
  const run = (args: string[]) => cli(args, { cwd: repo.dir, env });

  beforeAll(async () => {
    registry = await startRegistry();
    repo = new TestRepo('ms-oci-deploy-');
    repo.write('modelship.yml', CONFIG_ONE + ENVIRONMENTS).write('models/iris/model.onnx', onnxModel()).write('models/iris/README.md', CARD).write('models/iris/metrics.json', '{"accuracy": 0.95}\n').write('.gitignore', '.modelship/\n');
    repo.commit('feat: iris classifier');
    env = { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', PATH: process.env.PATH, HOME: repo.dir, MODELSHIP_REGISTRY_PLAIN_HTTP: '1' };
  }, 60_000);
  afterAll(async () => {
    await registry?.stop();
    repo?.cleanup();
  });

  async function packageAndPush(version: string): Promise<{ digest: string; reference: string; weights: string }> {
    const packaged = await run(['package', `iris@${version}`, '--output', `.modelship/pkg-${version}`, '--format', 'json']);
    expect(packaged.code).toBe(0);
    const pushed = await run(['push', `.modelship/pkg-${version}`, `${registry.host}/models/iris`, '--plain-http', '--format', 'json']);
    expect(pushed.code).toBe(0);
    const json = JSON.parse(pushed.stdout);
    // skopeo agrees: the tag resolves to the digest Modelship computed.
    const copy = path.join(repo.dir, '.modelship', `skopeo-${version}`);
    await skopeo(['copy', '--quiet', '--src-tls-verify=false', `docker://${registry.host}/models/iris:${version}`, `oci:${copy}:${version}`]);
    expect(JSON.parse(await readFile(path.join(copy, 'index.json'), 'utf8')).manifests[0].digest).toBe(json.digest);
    const weights = JSON.parse(packaged.stdout).layers[0].digest.slice(7);
    return { digest: json.digest, reference: json.digestReference, weights };
  }

  const metadata = async (envName: string, version: string) => JSON.parse(await readFile(path.join(repo.dir, '.modelship/repository', envName, 'iris', version, 'metadata.json'), 'utf8'));
  const routing = async (envName: string) => JSON.parse(await readFile(path.join(repo.dir, '.modelship/repository', envName, 'iris', 'routing.json'), 'utf8'));

  it('packages, pushes, deploys to staging by digest, promotes by the same digest, rolls back', async () => {
    const v1 = await packageAndPush('1.0.0');
    const tagged = await run(['deploy', 'staging', '1.0.0', '--artifact', `oci://${registry.host}/models/iris:1.0.0`]);
    expect(tagged.code).toBe(2);
    expect(tagged.stderr).toMatch(/not pinned by digest/);

    const staged = await run(['deploy', 'staging', '1.0.0', '--artifact', v1.reference, '--format', 'json']);
    expect(staged.stderr).toBe('');
    expect(staged.code).toBe(0);
    expect(JSON.parse(staged.stdout)).toMatchObject({ environment: 'staging', version: '1.0.0', outcome: 'deployed', sha256: v1.weights });
    expect(await metadata('staging', '1.0.0')).toMatchObject({ oci: v1.reference, sha256: v1.weights });
    const installed = await readFile(path.join(repo.dir, '.modelship/repository/staging/iris/1.0.0/model.onnx'));
    expect(createHash('sha256').update(installed).digest('hex')).toBe(v1.weights);

    const promoted = await run(['promote', 'iris', '--to', 'production', '--format', 'json']);
    expect(promoted.code).toBe(0);
    expect(await metadata('production', '1.0.0')).toMatchObject({ oci: v1.reference, sha256: v1.weights });

    // A second version, deployed and promoted the same way, then rolled back in production.
    repo.write('models/iris/model.onnx', onnxModel({ seed: 7 })).commit('fix: retrain iris');
    const v2 = await packageAndPush('1.1.0');
    expect(v2.digest).not.toBe(v1.digest);
    expect((await run(['deploy', 'staging', '1.1.0', '--artifact', v2.reference])).code).toBe(0);
    expect((await run(['promote', 'iris', '--to', 'production'])).code).toBe(0);
    expect((await routing('production')).stable).toBe('1.1.0');
    expect(await metadata('production', '1.1.0')).toMatchObject({ oci: v2.reference });

    const back = await run(['rollback', 'production', '--format', 'json']);
    expect(back.code).toBe(0);
    expect(JSON.parse(back.stdout)).toMatchObject({ version: '1.0.0', sha256: v1.weights });
    expect((await routing('production')).stable).toBe('1.0.0');

    // The hop check asks the registry: once v2's manifest is gone, promoting it again is refused.
    const del = await request(`http://${registry.host}/v2/models/iris/manifests/${v2.digest}`, { method: 'DELETE' });
    await del.body.dump();
    expect(del.statusCode).toBe(202);
    const refused = await run(['promote', 'iris', '--to', 'production']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${v2.reference} is gone from the registry`);
    expect((await routing('production')).stable).toBe('1.0.0');
  });

  it('release --oci pushes the released version and records its digest in the release notes and the tag', async () => {
    repo.write('models/iris/model.onnx', onnxModel({ seed: 11 })).commit('feat: wider iris');
    const released = await run(['release', 'iris', '--oci', `${registry.host}/released/iris`, '--format', 'json']);
    expect(released.stderr).toBe('');
    expect(released.code).toBe(0);
    const json = JSON.parse(released.stdout);
    expect(json.oci).toMatch(new RegExp(`^oci://${registry.host.replace(/\./g, '\\.')}/released/iris@sha256:[0-9a-f]{64}$`));
    expect(json.steps.map((s: { action: string }) => s.action)).toEqual(expect.arrayContaining(['package', 'tag']));
    expect(json.notes).toContain(json.oci);
    expect(repo.git('tag', '-l', '--format=%(contents)', json.tag)).toContain(json.oci);
    const copy = path.join(repo.dir, '.modelship', 'skopeo-released');
    await skopeo(['copy', '--quiet', '--src-tls-verify=false', `docker://${registry.host}/released/iris:${json.version}`, `oci:${copy}:x`]);
    expect(`oci://${registry.host}/released/iris@${JSON.parse(await readFile(path.join(copy, 'index.json'), 'utf8')).manifests[0].digest}`).toBe(json.oci);
    // The release notes ride along as a referrer of the released manifest.
    const client = new RegistryClient({ registry: registry.host, plainHttp: true });
    const notes = await client.referrers('released/iris', json.oci.split('@')[1], 'application/vnd.modelship.release-notes.v1+markdown');
    await client.close();
    expect(notes.manifests).toHaveLength(1);
    const staged = await run(['deploy', 'staging', json.version, '--artifact', json.oci, '--format', 'json']);
    expect(staged.code).toBe(0);
    expect(await metadata('staging', json.version)).toMatchObject({ oci: json.oci });
  });
});
