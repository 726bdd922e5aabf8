import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { buildPackage } from '../../src/package/build.js';
import { OciLayout } from '../../src/package/layout.js';
import { RegistryClient } from '../../src/package/registry/client.js';
import { attachReferrer, pullToLayout, pushLayout } from '../../src/package/transfer.js';
import { startFaultProxy, type Fault, type FaultProxy } from './fault-proxy.js';
import { registryMissing, skopeo, startRegistry, type TestRegistry } from './registry-harness.js';

(registryMissing ? describe.skip : describe)(`OCI client against a faulty registry (a proxy in front of docker-registry)${registryMissing ? ` (skipped: ${registryMissing})` : ''}`, () => {
  let registry: TestRegistry;
  let tmp: string;
  let layout: OciLayout;
  let weights: Buffer;
  let weightDigest: string;
  const proxies: FaultProxy[] = [];

  beforeAll(async () => {
    registry = await startRegistry();
    tmp = await mkdtemp(path.join(os.tmpdir(), 'modelship-oci-faults-'));
    // 200 KiB of deterministic pseudo-random weights: several chunks at a 64 KiB chunk size.
    weights = Buffer.alloc(200 * 1024);
    let x = 12345;
    for (let i = 0; i < weights.length; i++) weights[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    await writeFile(path.join(tmp, 'model.bin'), weights);
    const built = await buildPackage({ model: 'm', version: '1.0.0', artifact: path.join(tmp, 'model.bin'), created: '2026-01-01T00:00:00Z' }, path.join(tmp, 'layout'));
    layout = await OciLayout.open(built.layout);
    weightDigest = built.layers[0].digest;
  }, 60_000);
  afterAll(async () => {
    for (const p of proxies) await p.stop();
    await registry?.stop();
    await rm(tmp, { recursive: true, force: true });
  });

  async function through(decide: (req: IncomingMessage, n: Map<string, number>) => Fault, bearer?: { user: string; password: string }) {
    const counts = new Map<string, number>();
    const proxy = await startFaultProxy(
      registry.host,
      (req) => {
        const key = `${req.method} ${req.url?.split('?')[0].replace(/uploads\/[^/]+$/, 'uploads/<id>')}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        return decide(req, counts);
      },
      { bearer },
    );
    proxies.push(proxy);
    const logs: string[] = [];
    const client = new RegistryClient({ registry: proxy.host, plainHttp: true, chunkSize: 64 * 1024, retryDelayMs: 5, retries: 3, log: (l) => logs.push(l), credentials: bearer ? { username: bearer.user, password: bearer.password, from: 'test' } : undefined });
    return { proxy, client, logs, counts };
  }

  it('retries 5xx answers and finishes the push', async () => {
    let failures = 0;
    const { client, logs } = await through((req) => (req.method === 'PUT' && failures++ < 2 ? 'status-503' : 'pass'));
    const pushed = await pushLayout(client, layout, '1.0.0', { registry: 'x', repository: 'faults/retry', tag: '1.0.0' });
    await client.close();
    expect(logs.filter((l) => /HTTP 503; retrying|503/.test(l)).length).toBeGreaterThanOrEqual(1);
    expect(pushed.blobs.every((b) => b.outcome === 'uploaded')).toBe(true);
    const raw = await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${registry.host}/faults/retry:1.0.0`]);
    expect(JSON.parse(raw).layers[0].digest).toBe(weightDigest);
  });

  it('gives up after its retries with the registry reason (exit code 1)', async () => {
    const { client } = await through(() => 'status-503');
    await expect(pushLayout(client, layout, '1.0.0', { registry: 'x', repository: 'faults/down', tag: '1.0.0' })).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/HEAD \/v2\/faults\/down\/blobs\/sha256:[0-9a-f]{64} answered HTTP 503/) });
    await client.close();
  });

  it('resumes a chunked upload where the registry stopped after the connection drops mid-chunk', async () => {
    const { client, logs } = await through((req, n) => (req.method === 'PATCH' && n.get('PATCH /v2/faults/resume/blobs/uploads/<id>') === 2 ? 'drop-request' : 'pass'));
    const pushed = await pushLayout(client, layout, '1.0.0', { registry: 'x', repository: 'faults/resume', tag: '1.0.0' });
    await client.close();
    expect(pushed.blobs.find((b) => b.digest === weightDigest)?.outcome).toBe('uploaded');
    const resumed = logs.find((l) => l.includes('resuming at byte'));
    expect(resumed).toMatch(/resuming at byte 65536$/);
    // What landed is whole: an independent client copies it and the bytes are the original ones.
    const copy = path.join(tmp, 'resumed-copy');
    await skopeo(['copy', '--quiet', '--src-tls-verify=false', `docker://${registry.host}/faults/resume:1.0.0`, `oci:${copy}:x`]);
    expect(await readFile(path.join(copy, 'blobs', 'sha256', weightDigest.slice(7)))).toEqual(weights);
  });

  it('retries a pull whose connection drops mid-blob and lands only the verified blob', async () => {
    const { client, logs } = await through((req, n) => (req.method === 'GET' && req.url?.includes(weightDigest) && n.get(`GET /v2/faults/retry/blobs/${weightDigest}`) === 1 ? 'cut-response' : 'pass'));
    const target = await OciLayout.create(path.join(tmp, 'pull-cut'));
    const pulled = await pullToLayout(client, { registry: 'x', repository: 'faults/retry', tag: '1.0.0' }, target);
    await client.close();
    expect(logs.some((l) => l.startsWith(`download of ${weightDigest} failed`))).toBe(true);
    expect(pulled.blobs.find((b) => b.digest === weightDigest)?.outcome).toBe('pulled');
    expect(await readFile(target.blobPath(weightDigest))).toEqual(weights);
  });

  it('refuses a blob whose bytes do not match its digest and never writes it in place', async () => {
    const { client } = await through((req) => (req.method === 'GET' && req.url?.includes(weightDigest) ? 'corrupt-response' : 'pass'));
    const target = await OciLayout.create(path.join(tmp, 'pull-corrupt'));
    await expect(pullToLayout(client, { registry: 'x', repository: 'faults/retry', tag: '1.0.0' }, target)).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(new RegExp(`expected ${weightDigest}.*refused, nothing written`)) });
    await client.close();
    const files = await readdir(path.join(target.dir, 'blobs', 'sha256'));
    expect(files).not.toContain(weightDigest.slice(7));
    expect(files.filter((f) => f.startsWith('.tmp'))).toEqual([]);
  });

  it('refuses a manifest whose bytes do not match the digest asked for', async () => {
    const pushedDigest = (await layout.resolve('1.0.0')).digest;
    const { client } = await through((req) => (req.url?.includes('/manifests/') ? 'corrupt-response' : 'pass'));
    const target = await OciLayout.create(path.join(tmp, 'pull-corrupt-manifest'));
    await expect(pullToLayout(client, { registry: 'x', repository: 'faults/retry', digest: pushedDigest }, target)).rejects.toMatchObject({ exitCode: 1, message: expect.stringMatching(/refused/) });
    await client.close();
  });

  it('answers a bearer challenge: fetches a token from the realm with the credentials, then pushes and pulls', async () => {
    const bearer = { user: 'ci', password: 's3cret' };
    const { client, proxy } = await through(() => 'pass', bearer);
    await pushLayout(client, layout, '1.0.0', { registry: 'x', repository: 'faults/bearer', tag: '1.0.0' });
    const target = await OciLayout.create(path.join(tmp, 'pull-bearer'));
    const pulled = await pullToLayout(client, { registry: 'x', repository: 'faults/bearer', tag: '1.0.0' }, target);
    await client.close();
    expect(pulled.blobs.every((b) => b.outcome === 'pulled')).toBe(true);
    expect(proxy.tokenRequests.length).toBeGreaterThanOrEqual(1);
    expect(new Set(proxy.tokenRequests)).toEqual(new Set(['ci:s3cret']));
  });

  it('does not trust an OCI-Subject header when the registry has no referrers API (ECR): keeps the tag index', async () => {
    const { client } = await through((req) => (req.method === 'PUT' && req.url?.includes('/manifests/') ? 'claim-subject' : 'pass'));
    const pushed = await pushLayout(client, layout, '1.0.0', { registry: 'x', repository: 'faults/ecr', tag: '1.0.0' });
    const subject = { mediaType: pushed.mediaType, digest: pushed.digest, size: 1 };
    const attached = await attachReferrer(client, 'faults/ecr', subject, 'application/vnd.modelship.validation.v1+json', { bytes: Buffer.from('{}'), mediaType: 'application/json', title: 'validation.json' });
    expect(attached.via).toBe('tag');
    expect((await client.referrers('faults/ecr', pushed.digest)).manifests.map((m) => m.digest)).toEqual([attached.digest]);
    await client.close();
  });
});
