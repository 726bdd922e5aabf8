import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DirectoryChannel } from '../../src/edge/channel.js';
import { privateKeyFrom, publicKeyFrom } from '../../src/edge/signing.js';
import { cli } from '../support/cli.js';

const MODEL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris/models/iris-v2/model.onnx');
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'modelship-edge-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('modelship edge', () => {
  it('keygen writes a key pair (private key mode 600) and never overwrites one', async () => {
    const first = await cli(['edge', 'keygen', '--out', 'keys', '--format', 'json'], { cwd: tmp });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(statSync(path.join(tmp, 'keys/edge-signing.key')).mode & 0o777).toBe(0o600);
    const again = await cli(['edge', 'keygen', '--out', 'keys'], { cwd: tmp });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/EEXIST/);
  });

  it('fetch installs the published model (exit 0), then keeps it when the manifest is tampered with (exit 1)', async () => {
    const privateKey = privateKeyFrom(readFileSync(path.join(tmp, 'keys/edge-signing.key'), 'utf8'));
    const publicKey = publicKeyFrom(readFileSync(path.join(tmp, 'keys/edge-signing.pub'), 'utf8'));
    const channel = new DirectoryChannel(path.join(tmp, 'channel'));
    const sha = createHash('sha256').update(readFileSync(MODEL)).digest('hex');
    const artifact = await channel.publishArtifact('iris', MODEL, '1.0.0', sha, 'onnx');
    await channel.publish('iris', { channel: 'devices', rolloutSalt: 's', current: { ...artifact, share: 100 } }, privateKey, publicKey);
    const args = ['edge', 'fetch', '--channel', 'channel', '--model', 'iris', '--device-id', 'd1', '--public-key', 'keys/edge-signing.pub', '--state', 'device'];
    const ok = await cli([...args, '--format', 'json'], { cwd: tmp });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ status: 'updated', version: '1.0.0', sequence: 1 });
    const envelope = JSON.parse(await readFile(channel.manifestFile('iris'), 'utf8'));
    envelope.signature = Buffer.alloc(64, 1).toString('base64');
    await writeFile(channel.manifestFile('iris'), JSON.stringify(envelope));
    const refused = await cli(args, { cwd: tmp });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^kept 1\.0\.0 \(last good\): the manifest signature does not verify/);
  });

  it('fetch without a trusted key is a usage error (exit 2)', async () => {
    const r = await cli(['edge', 'fetch', '--channel', 'channel', '--model', 'iris', '--device-id', 'd1'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no trusted public key: pass --public-key FILE or set MODELSHIP_EDGE_PUBLIC_KEY/);
    const bad = await cli(['edge', 'fetch', '--channel', 'channel', '--model', 'iris', '--device-id', 'd1'], { cwd: tmp, env: { MODELSHIP_EDGE_PUBLIC_KEY: 'bm90IGEga2V5' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/MODELSHIP_EDGE_PUBLIC_KEY is not an Ed25519 public key/);
  });
});
