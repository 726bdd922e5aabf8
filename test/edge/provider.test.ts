import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { loadConfig } from '../../src/core/config.js';
import { environmentOf } from '../../src/deploy/config.js';
import { providerFor } from '../../src/deploy/providers/index.js';
import { parseManifest } from '../../src/edge/manifest.js';
import { generateSigningKeys } from '../../src/edge/signing.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-edge-provider-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function providerWith(provider: string, strategy = 'direct', env: NodeJS.ProcessEnv = {}) {
  await writeFile(path.join(dir, 'modelship.yml'), `version: 1\nmodels:\n  iris: { path: m.onnx, format: onnx }\nenvironments:\n  devices:\n    provider: ${provider}\n    strategy: { type: ${strategy} }\n`);
  const loaded = await loadConfig(path.join(dir, 'modelship.yml'), { env });
  return providerFor(loaded, environmentOf(loaded, 'devices'));
}

describe('edge provider configuration', () => {
  it('builds from a channel folder and a key taken from the environment', async () => {
    const provider = await providerWith('{ type: edge, channel: edge, signingKey: "${env:KEY}" }', 'canary', { KEY: generateSigningKeys().privateKey });
    expect(provider.type).toBe('edge');
  });

  it.each([
    ['{ type: edge, channel: edge, signingKey: "not a key" }', 'direct', /environment "devices": signingKey is not an Ed25519 private key/],
    ['{ type: edge, channel: edge, signingKey: "${env:KEY}" }', 'shadow', /devices take one model each, so strategy "shadow" does not apply/],
    ['{ type: edge, signingKey: x }', 'direct', /channel/],
  ])('refuses %s (strategy %s) with a clear error', async (provider, strategy, message) => {
    await expect(providerWith(provider, strategy, { KEY: generateSigningKeys().privateKey })).rejects.toThrow(message);
  });

  it('refuses an RSA key where an Ed25519 one is expected', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    await expect(providerWith('{ type: edge, channel: edge, signingKey: "${env:KEY}" }', 'direct', { KEY: rsa })).rejects.toThrow(/it is a rsa key/);
  });
});

describe('manifest parser', () => {
  it('never crashes on arbitrary or mutated payloads: it returns a manifest or throws a clear error', () => {
    const valid = { schema: 'modelship.edge/v1', channel: 'c', model: 'm', sequence: 1, publishedAt: 'now', rolloutSalt: 's', current: { version: '1', url: 'models/x.onnx', sha256: 'a'.repeat(64), size: 1, format: 'onnx', share: 100 } };
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.record({ key: fc.constantFrom('sequence', 'current', 'schema', 'model', 'fallback', 'minRuntime'), value: fc.jsonValue() }).map(({ key, value }) => JSON.stringify({ ...valid, [key]: value }))), (text) => {
        try {
          parseManifest(Buffer.from(text));
        } catch (err) {
          expect((err as Error).message).toMatch(/^invalid edge manifest: /);
        }
      }),
      { numRuns: 300 },
    );
    expect(parseManifest(Buffer.from(JSON.stringify(valid))).sequence).toBe(1);
  });
});
