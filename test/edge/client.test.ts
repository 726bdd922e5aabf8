import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { DirectoryChannel } from '../../src/edge/channel.js';
import { fetchModel, type FetchRequest } from '../../src/edge/client.js';
import { deviceBucket, releaseFor, type EdgeManifest } from '../../src/edge/manifest.js';
import { generateSigningKeys, privateKeyFrom, publicKeyFrom, signPayload } from '../../src/edge/signing.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris/models');
const V1 = path.join(EXAMPLE, 'iris-v1/model.onnx');
const V2 = path.join(EXAMPLE, 'iris-v2/model.onnx');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

const keys = generateSigningKeys();
const privateKey = privateKeyFrom(keys.privateKey);
const publicKey = publicKeyFrom(keys.publicKey);

let tmp: string;
let channel: DirectoryChannel;
let device: string;
const fetchAs = (overrides: Partial<FetchRequest> = {}) => fetchModel({ channel: channel.root, model: 'iris', deviceId: 'device-1', publicKey, stateDir: device, ...overrides });

async function publish(version: string, file: string, extra: Partial<EdgeManifest> = {}): Promise<EdgeManifest> {
  const artifact = await channel.publishArtifact('iris', file, version, sha(file), 'onnx');
  return channel.publish('iris', { channel: 'devices', rolloutSalt: 'devices', current: { ...artifact, share: 100 }, ...extra }, privateKey, publicKey);
}

/** Rewrites the published manifest's payload (as an attacker on the channel would), keeping the signature. */
async function tamperManifest(change: (m: Record<string, any>) => void): Promise<void> {
  const envelope = JSON.parse(await readFile(channel.manifestFile('iris'), 'utf8'));
  const payload = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
  change(payload);
  envelope.payload = Buffer.from(JSON.stringify(payload)).toString('base64');
  await writeFile(channel.manifestFile('iris'), JSON.stringify(envelope));
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'modelship-edge-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
let round = 0;
beforeEach(async () => {
  round++;
  channel = new DirectoryChannel(path.join(tmp, `channel-${round}`));
  device = path.join(tmp, `device-${round}`);
  await publish('1.0.0', V1);
  expect(await fetchAs()).toMatchObject({ status: 'updated', version: '1.0.0', sequence: 1 });
});

const liveSha = async () => createHash('sha256').update(await readFile(path.join(device, 'model.onnx'))).digest('hex');

describe('edge fetch: the happy path', () => {
  it('installs the published model, then reports it unchanged, then swaps to the next release', async () => {
    expect(await liveSha()).toBe(sha(V1));
    expect(await fetchAs()).toMatchObject({ status: 'unchanged', version: '1.0.0', sequence: 1 });
    await publish('2.0.0', V2);
    expect(await fetchAs()).toMatchObject({ status: 'updated', version: '2.0.0', previousVersion: '1.0.0', sequence: 2 });
    expect(await liveSha()).toBe(sha(V2));
    expect(JSON.parse(await readFile(path.join(device, 'state.json'), 'utf8'))).toMatchObject({ version: '2.0.0', sequence: 2, sha256: sha(V2) });
  });

  it('reads a channel served over HTTP', async () => {
    await publish('2.0.0', V2);
    const server = http.createServer(async (req, res) => {
      try {
        res.end(await readFile(path.join(channel.root, decodeURIComponent(new URL(req.url!, 'http://x').pathname))));
      } catch {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      expect(await fetchAs({ channel: url })).toMatchObject({ status: 'updated', version: '2.0.0' });
      expect(await fetchAs({ channel: `${url}/missing` })).toMatchObject({ status: 'kept', version: '2.0.0', reason: expect.stringMatching(/channel unreachable: .*HTTP 404/) });
    } finally {
      server.close();
    }
  });
});

describe('edge fetch: faults keep the last good model', () => {
  afterEach(async () => {
    expect(await liveSha()).toBe(sha(V1));
    expect(JSON.parse(await readFile(path.join(device, 'state.json'), 'utf8'))).toMatchObject({ version: '1.0.0', sha256: sha(V1) });
  });

  it('refuses a manifest changed after signing', async () => {
    await publish('2.0.0', V2);
    await tamperManifest((m) => {
      m.current.sha256 = sha(V1);
    });
    expect(await fetchAs()).toMatchObject({ status: 'kept', version: '1.0.0', reason: expect.stringMatching(/signature does not verify/) });
  });

  it('refuses a manifest signed by another key', async () => {
    const artifact = await channel.publishArtifact('iris', V2, '2.0.0', sha(V2), 'onnx');
    const other = privateKeyFrom(generateSigningKeys().privateKey);
    const envelope = signPayload(Buffer.from(JSON.stringify({ schema: 'modelship.edge/v1', channel: 'devices', model: 'iris', sequence: 9, publishedAt: 'now', rolloutSalt: 'x', current: { ...artifact, share: 100 } })), other);
    await writeFile(channel.manifestFile('iris'), JSON.stringify(envelope));
    expect(await fetchAs()).toMatchObject({ status: 'kept', reason: expect.stringMatching(/signed by key [0-9a-f]{16}, not the trusted key/) });
  });

  it('refuses a model file changed on the channel (sha256), and one larger than the manifest says', async () => {
    const manifest = await publish('2.0.0', V2);
    const file = path.join(channel.modelDir('iris'), manifest.current.url);
    const bytes = await readFile(file);
    bytes[bytes.length - 1] ^= 0xff;
    await writeFile(file, bytes);
    expect(await fetchAs()).toMatchObject({ status: 'kept', reason: expect.stringMatching(/has sha256 [0-9a-f]{12}, the manifest says [0-9a-f]{12}: refused/) });
    await writeFile(file, Buffer.concat([readFileSync(V2), Buffer.from('more')]));
    expect(await fetchAs()).toMatchObject({ status: 'kept', reason: expect.stringMatching(/larger than \d+ bytes/) });
  });

  it('refuses a replayed older manifest', async () => {
    await publish('2.0.0', V2);
    await publish('1.0.0', V1); // sequence 3: back on 1.0.0
    expect(await fetchAs()).toMatchObject({ status: 'unchanged', sequence: 3 });
    // An attacker (or a stale mirror) serves sequence 2, validly signed, that names 2.0.0.
    await copyFile(path.join(channel.modelDir('iris'), 'manifests', '2.json'), channel.manifestFile('iris'));
    expect(await fetchAs()).toMatchObject({ status: 'kept', sequence: 3, reason: expect.stringMatching(/sequence 2 is older than the applied 3: a replayed manifest is refused/) });
  });

  it('keeps serving when the channel is unreachable', async () => {
    expect(await fetchAs({ channel: path.join(tmp, 'nowhere') })).toMatchObject({ status: 'kept', reason: expect.stringMatching(/channel unreachable: .*ENOENT/) });
    expect(await fetchAs({ channel: 'http://127.0.0.1:9', timeoutMs: 5000 })).toMatchObject({ status: 'kept', reason: expect.stringMatching(/channel unreachable/) });
  });

  it('refuses a signed manifest whose model path leaves the channel, and a runtime below minRuntime', async () => {
    const artifact = await channel.publishArtifact('iris', V2, '2.0.0', sha(V2), 'onnx');
    await channel.publish('iris', { channel: 'devices', rolloutSalt: 'x', current: { ...artifact, url: '../../../etc/passwd', share: 100 } }, privateKey, publicKey);
    expect(await fetchAs()).toMatchObject({ status: 'kept', reason: expect.stringMatching(/points outside the channel/) });
    await channel.publish('iris', { channel: 'devices', rolloutSalt: 'x', minRuntime: '>=1.20.0', current: { ...artifact, share: 100 } }, privateKey, publicKey);
    expect(await fetchAs({ runtimeVersion: '1.17.3' })).toMatchObject({ status: 'kept', reason: 'the model needs onnxruntime >=1.20.0; this device has 1.17.3' });
  });
});

describe('rollout share', () => {
  it('puts a stable, independently computed share of device ids on the new release', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `device-${i}`);
    const manifest = { rolloutSalt: 'devices:2.0.0', current: { version: '2.0.0', share: 10 }, fallback: { version: '1.0.0' } } as EdgeManifest;
    const chosen = ids.filter((id) => releaseFor(manifest, id).version === '2.0.0');
    // The rule, written out here: first 4 bytes of sha256("salt:id") as a fraction of 2^32.
    const expected = ids.filter((id) => createHash('sha256').update(`devices:2.0.0:${id}`).digest().readUInt32BE(0) / 2 ** 32 < 0.1);
    expect(chosen).toEqual(expected);
    expect(chosen.length).toBeGreaterThan(150);
    expect(chosen.length).toBeLessThan(250);
    expect(deviceBucket('device-1', 'a')).toBe(deviceBucket('device-1', 'a'));
    expect(releaseFor({ ...manifest, current: { ...manifest.current, share: 100 } } as EdgeManifest, 'device-1').version).toBe('2.0.0');
  });
});
