import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildPackage, type PackageSource } from '../../src/package/build.js';
import { OciLayout } from '../../src/package/layout.js';
import type { ImageManifest } from '../../src/package/oci-types.js';

const run = promisify(execFile);
const MODELS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris/models/iris-v2');
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'modelship-package-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const source = (over: Partial<PackageSource> = {}): PackageSource => ({
  model: 'iris',
  version: '2.0.0',
  artifact: path.join(MODELS, 'model.onnx'),
  format: 'onnx',
  card: path.join(MODELS, 'README.md'),
  metrics: path.join(MODELS, 'metrics.json'),
  signature: { inputs: [{ name: 'features', dtype: 'float32', shape: ['batch', 4] }] },
  validation: { verdict: 'pass', artifacts: [] },
  created: '2026-03-01T12:00:00Z',
  revision: '0123456789abcdef0123456789abcdef01234567',
  source: 'https://github.com/example/iris',
  description: 'iris classifier',
  ...over,
});

async function manifestOf(dir: string): Promise<{ manifest: ImageManifest; digest: string }> {
  const layout = await OciLayout.open(dir);
  const desc = await layout.resolve('2.0.0');
  return { manifest: JSON.parse((await layout.readBlob(desc)).toString()) as ImageManifest, digest: desc.digest };
}

describe('modelship package: a ModelPack artifact in an OCI image layout', () => {
  it('writes oci-layout, index.json and blobs with the ModelPack media types and annotations', async () => {
    const dir = path.join(tmp, 'a');
    const result = await buildPackage(source(), dir);
    expect(JSON.parse(await readFile(path.join(dir, 'oci-layout'), 'utf8'))).toEqual({ imageLayoutVersion: '1.0.0' });
    const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8'));
    expect(index.manifests).toEqual([expect.objectContaining({ digest: result.manifest.digest, annotations: { 'org.opencontainers.image.ref.name': '2.0.0' } })]);
    const { manifest } = await manifestOf(dir);
    expect(manifest.artifactType).toBe('application/vnd.cncf.model.manifest.v1+json');
    expect(manifest.config.mediaType).toBe('application/vnd.cncf.model.config.v1+json');
    expect(manifest.layers.map((l) => [l.mediaType, l.annotations?.['org.cncf.model.filepath']])).toEqual([
      ['application/vnd.cncf.model.weight.v1.raw', 'model.onnx'],
      ['application/vnd.cncf.model.doc.v1.raw', 'README.md'],
      ['application/vnd.cncf.model.doc.v1.raw', 'metrics.json'],
      ['application/vnd.cncf.model.doc.v1.raw', '.modelship/signature.json'],
      ['application/vnd.cncf.model.doc.v1.raw', '.modelship/validation.json'],
    ]);
    expect(manifest.annotations).toMatchObject({
      'org.opencontainers.image.version': '2.0.0',
      'org.opencontainers.image.revision': source().revision,
      'org.opencontainers.image.source': source().source,
      'org.opencontainers.image.created': source().created,
      'org.opencontainers.image.title': 'iris 2.0.0',
      'org.opencontainers.image.description': 'iris classifier',
    });
    // The weight blob holds the model's bytes; the config follows the ModelPack schema's required keys.
    const layout = await OciLayout.open(dir);
    expect(await layout.readBlob(manifest.layers[0])).toEqual(await readFile(path.join(MODELS, 'model.onnx')));
    const config = JSON.parse((await layout.readBlob(manifest.config)).toString());
    expect(Object.keys(config).sort()).toEqual(['config', 'descriptor', 'modelfs']);
    expect(config.modelfs).toEqual({ type: 'layers', diffIds: [manifest.layers[0].digest] });
    expect(config.descriptor).toMatchObject({ name: 'iris', version: '2.0.0', createdAt: source().created });
    const metadata = JSON.parse(manifest.layers[0].annotations!['org.cncf.model.file.metadata+json']);
    expect(metadata).toMatchObject({ name: 'model.onnx', typeflag: 48, uid: 0, gid: 0 });
  });

  it('is reproducible: the same inputs give the same manifest digest, another time another', async () => {
    const one = await buildPackage(source(), path.join(tmp, 'r1'));
    const two = await buildPackage(source(), path.join(tmp, 'r2'));
    expect(two.manifest.digest).toBe(one.manifest.digest);
    const later = await buildPackage(source({ created: '2026-03-02T12:00:00Z' }), path.join(tmp, 'r3'));
    expect(later.manifest.digest).not.toBe(one.manifest.digest);
  });

  it('packs a folder as one sorted tar layer with fixed mtimes, byte-identical whatever the creation order', async () => {
    const make = async (dir: string, order: string[]) => {
      for (const name of order) {
        await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
        await writeFile(path.join(dir, name), `content of ${name}\n`);
      }
    };
    const names = ['weights/b.bin', 'config.json', 'weights/a.bin', `${'long-'.repeat(30)}name.txt`];
    await make(path.join(tmp, 'f1', 'model'), names);
    await make(path.join(tmp, 'f2', 'model'), [...names].reverse());
    const one = await buildPackage(source({ artifact: path.join(tmp, 'f1', 'model') }), path.join(tmp, 'l1'));
    const two = await buildPackage(source({ artifact: path.join(tmp, 'f2', 'model') }), path.join(tmp, 'l2'));
    expect(one.layers[0].annotations?.['org.cncf.model.filepath']).toBe('model');
    expect(one.layers[0].mediaType).toBe('application/vnd.cncf.model.weight.v1.tar');
    expect(one.layers[0].digest).toBe(two.layers[0].digest);
    expect(one.manifest.digest).toBe(two.manifest.digest);
    // An independent reader (GNU tar) lists the entries in order, with the long name intact and mtime fixed.
    const blob = (await OciLayout.open(path.join(tmp, 'l1'))).blobPath(one.layers[0].digest);
    const { stdout } = await run('tar', ['--list', '--verbose', '--full-time', '--numeric-owner', '-f', blob]);
    const lines = stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/).slice(5).join(' '))).toEqual([...names].sort().map((n) => n));
    expect(lines.every((l) => l.startsWith('-rw-r--r-- 0/0') && l.includes('2026-03-01 12:00:00'))).toBe(true);
    const out = path.join(tmp, 'x1');
    await mkdir(out);
    await run('tar', ['-xf', blob, '-C', out]);
    expect(await readFile(path.join(out, names[3]), 'utf8')).toBe(`content of ${names[3]}\n`);
  });

  it('refuses what it cannot package, naming the file', async () => {
    await expect(buildPackage(source({ artifact: path.join(tmp, 'absent.onnx') }), path.join(tmp, 'e1'))).rejects.toThrow(/absent\.onnx does not exist/);
    await expect(buildPackage(source({ card: path.join(tmp, 'no-card.md') }), path.join(tmp, 'e2'))).rejects.toThrow(/no-card\.md does not exist/);
    await expect(buildPackage(source({ created: 'yesterday' }), path.join(tmp, 'e3'))).rejects.toThrow(/RFC 3339/);
    await mkdir(path.join(tmp, 'empty'));
    await expect(buildPackage(source({ artifact: path.join(tmp, 'empty') }), path.join(tmp, 'e4'))).rejects.toThrow(/empty folder/);
  });

  const skopeoMissing = existsSync('/usr/bin/skopeo') ? undefined : '/usr/bin/skopeo is not installed';
  (skopeoMissing ? it.skip : it)(`skopeo reads the layout and copies it to another layout with the same digests${skopeoMissing ? ` (skipped: ${skopeoMissing})` : ''}`, async () => {
    const dir = path.join(tmp, 'a');
    const { manifest, digest } = await manifestOf(dir);
    const { stdout } = await run('/usr/bin/skopeo', ['--insecure-policy', 'inspect', '--raw', `oci:${dir}:2.0.0`]);
    expect(JSON.parse(stdout)).toEqual(manifest);
    await run('/usr/bin/skopeo', ['--insecure-policy', 'copy', '--quiet', `oci:${dir}:2.0.0`, `oci:${path.join(tmp, 'copy')}:2.0.0`]);
    const copied = JSON.parse(await readFile(path.join(tmp, 'copy', 'index.json'), 'utf8'));
    expect(copied.manifests[0].digest).toBe(digest);
    expect((await readdir(path.join(tmp, 'copy', 'blobs', 'sha256'))).sort()).toEqual([digest, manifest.config.digest, ...manifest.layers.map((l) => l.digest)].map((d) => d.slice(7)).sort());
  });
});
