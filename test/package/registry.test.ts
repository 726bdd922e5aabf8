import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackage } from '../../src/package/build.js';
import { OciLayout } from '../../src/package/layout.js';
import type { ImageManifest } from '../../src/package/oci-types.js';
import { RegistryClient } from '../../src/package/registry/client.js';
import { attachReferrer, pullToLayout, pushLayout } from '../../src/package/transfer.js';
import { registryMissing, skopeo, skopeoTransportFlags, startRegistry, type TestRegistry } from './registry-harness.js';

const MODELS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris/models/iris-v2');

/** The same scenario against the registry without auth over HTTP, and with htpasswd over TLS. */
for (const mode of [{ name: 'anonymous over HTTP', auth: false, tls: false }, { name: 'htpasswd over TLS', auth: true, tls: true }]) {
  (registryMissing ? describe.skip : describe)(`OCI push/pull against docker-registry, ${mode.name}${registryMissing ? ` (skipped: ${registryMissing})` : ''}`, () => {
    let registry: TestRegistry;
    let tmp: string;
    let layout: OciLayout;
    let manifestDigest: string;
    let manifest: ImageManifest;
    const logs: string[] = [];
    const client = (over: { chunkSize?: number; password?: string } = {}) =>
      new RegistryClient({
        registry: registry.host,
        plainHttp: !mode.tls,
        ca: registry.ca,
        credentials: registry.user ? { username: registry.user, password: over.password ?? registry.password!, from: 'test' } : undefined,
        chunkSize: over.chunkSize,
        retryDelayMs: 5,
        log: (l) => logs.push(l),
      });

    beforeAll(async () => {
      registry = await startRegistry({ auth: mode.auth, tls: mode.tls });
      tmp = await mkdtemp(path.join(os.tmpdir(), 'modelship-oci-'));
      const built = await buildPackage({ model: 'iris', version: '2.0.0', artifact: path.join(MODELS, 'model.onnx'), format: 'onnx', card: path.join(MODELS, 'README.md'), metrics: path.join(MODELS, 'metrics.json'), validation: { verdict: 'pass' }, created: '2026-03-01T12:00:00Z' }, path.join(tmp, 'layout'));
      layout = await OciLayout.open(built.layout);
      manifestDigest = built.manifest.digest;
      manifest = JSON.parse((await layout.readBlob(built.manifest)).toString()) as ImageManifest;
    }, 60_000);
    afterAll(async () => {
      await registry?.stop();
      await rm(tmp, { recursive: true, force: true });
    });

    it('pushes in chunks; skopeo reads the manifest with its media types and copies it with the same digests', async () => {
      const c = client({ chunkSize: 500 });
      const pushed = await pushLayout(c, layout, '2.0.0', { registry: registry.host, repository: 'models/iris', tag: '2.0.0' });
      await c.close();
      expect(pushed.digest).toBe(manifestDigest);
      expect(pushed.digestReference).toBe(`oci://${registry.host}/models/iris@${manifestDigest}`);
      expect(pushed.blobs.map((b) => b.outcome)).toEqual(manifest.layers.map(() => 'uploaded').concat('uploaded'));
      const raw = await skopeo(['inspect', '--raw', ...skopeoTransportFlags(registry, 'inspect'), `docker://${registry.host}/models/iris:2.0.0`]);
      const served = JSON.parse(raw) as ImageManifest;
      expect(served.artifactType).toBe('application/vnd.cncf.model.manifest.v1+json');
      expect(served.config.mediaType).toBe('application/vnd.cncf.model.config.v1+json');
      expect(served.layers.map((l) => l.mediaType)).toEqual(manifest.layers.map((l) => l.mediaType));
      const copy = path.join(tmp, 'skopeo-copy');
      await skopeo(['copy', '--quiet', ...skopeoTransportFlags(registry, 'src'), `docker://${registry.host}/models/iris@${manifestDigest}`, `oci:${copy}:2.0.0`]);
      const index = JSON.parse(await readFile(path.join(copy, 'index.json'), 'utf8'));
      expect(index.manifests[0].digest).toBe(manifestDigest);
      const blobs = (await readdir(path.join(copy, 'blobs', 'sha256'))).sort();
      expect(blobs).toEqual([manifestDigest, manifest.config.digest, ...manifest.layers.map((l) => l.digest)].map((d) => d.slice(7)).sort());
    });

    it('pushing again uploads nothing: every blob is found with HEAD', async () => {
      const c = client();
      const again = await pushLayout(c, layout, '2.0.0', { registry: registry.host, repository: 'models/iris', tag: '2.0.0' });
      await c.close();
      expect(new Set(again.blobs.map((b) => b.outcome))).toEqual(new Set(['exists']));
    });

    it('mounts blobs from another repository instead of uploading them', async () => {
      const c = client();
      const mounted = await pushLayout(c, layout, '2.0.0', { registry: registry.host, repository: 'staging/iris', tag: '2.0.0' }, 'models/iris');
      await c.close();
      expect(new Set(mounted.blobs.map((b) => b.outcome))).toEqual(new Set(['mounted']));
      expect(mounted.digest).toBe(manifestDigest);
    });

    it('pulls by digest and by tag into a layout, bytes identical to what was packaged', async () => {
      const c = client();
      const target = await OciLayout.create(path.join(tmp, 'pulled'));
      const pulled = await pullToLayout(c, { registry: registry.host, repository: 'models/iris', digest: manifestDigest }, target);
      expect(pulled.blobs.every((b) => b.outcome === 'pulled')).toBe(true);
      expect(await readFile(target.blobPath(manifest.layers[0].digest))).toEqual(await readFile(path.join(MODELS, 'model.onnx')));
      const byTag = await pullToLayout(c, { registry: registry.host, repository: 'models/iris', tag: '2.0.0' }, target);
      await c.close();
      expect(byTag.digest).toBe(manifestDigest);
      expect(byTag.blobs.every((b) => b.outcome === 'exists')).toBe(true);
    });

    it('pulls what skopeo pushed', async () => {
      await skopeo(['copy', '--quiet', ...skopeoTransportFlags(registry, 'dest'), `oci:${layout.dir}:2.0.0`, `docker://${registry.host}/by-skopeo/iris:2.0.0`]);
      const c = client();
      const target = await OciLayout.create(path.join(tmp, 'from-skopeo'));
      const pulled = await pullToLayout(c, { registry: registry.host, repository: 'by-skopeo/iris', tag: '2.0.0' }, target);
      await c.close();
      expect(pulled.digest).toBe(manifestDigest);
      expect(await readFile(target.blobPath(manifest.layers[0].digest))).toEqual(await readFile(path.join(MODELS, 'model.onnx')));
    });

    it('attaches the validation report as a referrer (tag-schema fallback: distribution 2.8 has no referrers API) and lists it', async () => {
      const c = client();
      const subject = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: manifestDigest, size: Buffer.byteLength(JSON.stringify(manifest)) };
      const attached = await attachReferrer(c, 'models/iris', subject, 'application/vnd.modelship.validation.v1+json', { bytes: Buffer.from('{"verdict":"pass"}'), mediaType: 'application/json', title: 'validation.json' });
      const notes = await attachReferrer(c, 'models/iris', subject, 'application/vnd.modelship.release-notes.v1+markdown', { bytes: Buffer.from('# iris 2.0.0\n'), mediaType: 'text/markdown', title: 'release-notes.md' });
      expect(attached.via).toBe('tag');
      const all = await c.referrers('models/iris', manifestDigest);
      expect(all.manifests.map((m) => m.digest).sort()).toEqual([attached.digest, notes.digest].sort());
      const onlyValidation = await c.referrers('models/iris', manifestDigest, 'application/vnd.modelship.validation.v1+json');
      expect(onlyValidation.manifests.map((m) => m.digest)).toEqual([attached.digest]);
      // Attaching the same document twice does not duplicate it; skopeo sees the fallback index.
      await attachReferrer(c, 'models/iris', subject, 'application/vnd.modelship.validation.v1+json', { bytes: Buffer.from('{"verdict":"pass"}'), mediaType: 'application/json', title: 'validation.json' });
      expect((await c.referrers('models/iris', manifestDigest)).manifests).toHaveLength(2);
      await c.close();
      const raw = await skopeo(['inspect', '--raw', ...skopeoTransportFlags(registry, 'inspect'), `docker://${registry.host}/models/iris:${manifestDigest.replace(':', '-')}`]);
      expect(JSON.parse(raw).manifests).toHaveLength(2);
    });

    if (mode.auth) {
      it('a wrong password is a clear authentication error (exit code 2) that names where the credentials came from', async () => {
        const c = client({ password: 'wrong' });
        const target = await OciLayout.create(path.join(tmp, 'denied'));
        await expect(pullToLayout(c, { registry: registry.host, repository: 'models/iris', tag: '2.0.0' }, target)).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/HTTP 401.*credentials: test/) });
        await c.close();
      });
    }
  });
}
