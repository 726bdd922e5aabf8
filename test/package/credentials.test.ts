import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseChallenge, resolveCredentials } from '../../src/package/registry/credentials.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-creds-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function dockerConfig(config: unknown): Promise<NodeJS.ProcessEnv> {
  const sub = await mkdtemp(path.join(dir, 'cfg-'));
  await writeFile(path.join(sub, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return { DOCKER_CONFIG: sub };
}

describe('registry credentials', () => {
  it('takes MODELSHIP_REGISTRY_USERNAME/PASSWORD first, then GITHUB_TOKEN for ghcr.io only', async () => {
    expect(await resolveCredentials('r.example.com', { MODELSHIP_REGISTRY_USERNAME: 'u', MODELSHIP_REGISTRY_PASSWORD: 'p', GITHUB_TOKEN: 't' })).toMatchObject({ username: 'u', password: 'p' });
    expect(await resolveCredentials('ghcr.io', { GITHUB_TOKEN: 't', GITHUB_ACTOR: 'octo', HOME: dir })).toMatchObject({ username: 'octo', password: 't', from: 'GITHUB_TOKEN' });
    expect(await resolveCredentials('r.example.com', { GITHUB_TOKEN: 't', HOME: dir })).toBeUndefined();
  });

  it('reads Docker config.json auths: base64 auth, identity tokens, https:// keys', async () => {
    const auth = Buffer.from('alice:pa:ss').toString('base64');
    expect(await resolveCredentials('r.example.com', await dockerConfig({ auths: { 'https://r.example.com': { auth } } }))).toMatchObject({ username: 'alice', password: 'pa:ss' });
    expect(await resolveCredentials('r.example.com', await dockerConfig({ auths: { 'r.example.com': { identitytoken: 'tok' } } }))).toMatchObject({ password: 'tok' });
  });

  it('says so when a credential helper holds them, and names a broken config file', async () => {
    await expect(resolveCredentials('r.example.com', await dockerConfig({ credHelpers: { 'r.example.com': 'ecr-login' } }))).rejects.toThrow(/"docker-credential-ecr-login", which Modelship does not run/);
    expect(await resolveCredentials('r.example.com', await dockerConfig({ credsStore: 'desktop' }))).toBeUndefined();
    await expect(resolveCredentials('r.example.com', await dockerConfig('{not json'))).rejects.toThrow(/config\.json is not valid JSON/);
    await expect(resolveCredentials('r.example.com', await dockerConfig({ auths: { 'r.example.com': { auth: Buffer.from('nocolon').toString('base64') } } }))).rejects.toThrow(/not base64 of user:password/);
  });
});

describe('WWW-Authenticate challenges', () => {
  it('parses bearer parameters, quoted values with commas and escapes', () => {
    expect(parseChallenge('Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:a/b:pull,push"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.example.com/token', service: 'registry.example.com', scope: 'repository:a/b:pull,push' },
    });
    expect(parseChallenge('Basic realm="x \\"y\\""')).toEqual({ scheme: 'basic', params: { realm: 'x "y"' } });
    expect(parseChallenge('')).toEqual({ scheme: '', params: {} });
  });
});
