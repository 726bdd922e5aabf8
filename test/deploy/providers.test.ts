import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CommandProvider } from '../../src/deploy/providers/command.js';
import { SIGNATURE_HEADER, signBody, WebhookProvider } from '../../src/deploy/providers/webhook.js';
import { LocalProvider } from '../../src/deploy/providers/local.js';
import { settledTraffic, type DeployTarget } from '../../src/deploy/providers/provider.js';
import { deploy } from '../../src/deploy/engine.js';
import { createProject } from './helpers.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});
async function tmp(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-provider-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
const ctx = { environment: 'staging', model: 'iris', log: () => {} };
const target = (artifact: string, sha256 = 'f'.repeat(64)): DeployTarget => ({ model: 'iris', version: '1.0.0', artifact, sha256, format: 'onnx' });

describe('local provider', () => {
  it('refuses names that would escape the repository and routes only to installed versions', async () => {
    const root = await tmp();
    const p = new LocalProvider(root);
    expect(() => p.versionDir('iris', '../x')).toThrow(/cannot name a folder/);
    expect(() => p.versionDir('..', '1')).toThrow(/cannot name a folder/);
    await expect(p.shiftTraffic(ctx, settledTraffic('1.0.0', null, 'direct'), target('/nope'))).rejects.toThrow(/does not exist/);
    await expect(p.prepare(ctx, target(path.join(root, 'missing.onnx')))).rejects.toThrow();
    expect(await p.readRouting('iris')).toBeUndefined();
  });

  it('increments the routing generation on every write and leaves no temp files', async () => {
    const root = await tmp();
    const art = path.join(root, 'a.onnx');
    await writeFile(art, 'x');
    const { sha256File } = await import('../../src/deploy/atomic.js');
    const t = target(art, await sha256File(art));
    const p = new LocalProvider(path.join(root, 'repo'));
    await p.prepare(ctx, t);
    await p.shiftTraffic(ctx, settledTraffic('1.0.0', null, 'direct'), t);
    await p.finalize(ctx, settledTraffic('1.0.0', null, 'direct'), t);
    expect((await p.readRouting('iris'))?.generation).toBe(2);
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(path.join(root, 'repo/iris'))).sort()).toEqual(['1.0.0', 'routing.json']);
  });
});

describe('command provider', () => {
  it('runs argument arrays without a shell, passing deploy values only through the environment', async () => {
    const dir = await tmp();
    const out = path.join(dir, 'out.jsonl');
    const script = path.join(dir, 'step.mjs');
    await writeFile(script, `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(out)}, JSON.stringify({ argv: process.argv.slice(2), v: process.env.MODELSHIP_VERSION, w: process.env.MODELSHIP_WEIGHT, custom: process.env.CUSTOM, step: process.env.MODELSHIP_STEP }) + '\\n');\nconsole.log('step done');\n`);
    const spec = { type: 'command' as const, prepare: [process.execPath, script, 'prepare', '$(touch pwned)'], shiftTraffic: [process.execPath, script, 'shift'], env: { CUSTOM: 'v={version};w={weight};{unknown}' } };
    const p = new CommandProvider(spec, dir);
    const evil: DeployTarget = { ...target('/a'), version: '1.0.0;rm -rf /' };
    expect(await p.prepare(ctx, evil)).toMatch(/prepare ok: step done/);
    await p.shiftTraffic(ctx, { ...settledTraffic('x', null, 'canary'), weights: { x: 75, [evil.version]: 25 } }, evil);
    expect(await p.verify(ctx, evil)).toMatch(/no verify command/);
    const lines = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ argv: ['prepare', '$(touch pwned)'], v: '1.0.0;rm -rf /', w: '0', custom: 'v=1.0.0;rm -rf /;w=0;{unknown}', step: 'prepare' });
    expect(lines[1]).toMatchObject({ w: '25', custom: 'v=1.0.0;rm -rf /;w=25;{unknown}' });
    await expect(readFile(path.join(dir, 'pwned'))).rejects.toThrow();
  });

  it('reports a failing command with its output, a missing one, and a timeout', async () => {
    const dir = await tmp();
    const failing = new CommandProvider({ type: 'command', verify: [process.execPath, '-e', 'console.error("model not healthy"); process.exit(3)'] }, dir);
    await expect(failing.verify(ctx, target('/a'))).rejects.toThrow(/exited with 3\nmodel not healthy/);
    const missing = new CommandProvider({ type: 'command', verify: ['/no/such/binary-modelship'] }, dir);
    await expect(missing.verify(ctx, target('/a'))).rejects.toThrow(/command not found/);
    const slow = new CommandProvider({ type: 'command', verify: [process.execPath, '-e', 'setTimeout(() => {}, 10000)'], timeout: '200ms' }, dir);
    await expect(slow.verify(ctx, target('/a'))).rejects.toThrow(/timed out after 200ms/);
  });

  it('a command-provider deploy that fails at each step in turn is reverted through the revert command', async () => {
    for (const failing of ['prepare', 'verify', 'shiftTraffic', 'finalize']) {
      const steps = ['prepare', 'verify', 'shiftTraffic', 'finalize', 'revert'];
      const yaml = steps.map((s) => `      ${s}: [${JSON.stringify(process.execPath)}, "-e", "require('fs').appendFileSync('log.txt', '${s} ' + process.env.MODELSHIP_VERSION + '\\\\n'); process.exit(${s === failing ? 1 : 0})"]`).join('\n');
      const p = await createProject(`  staging:\n    provider:\n      type: command\n${yaml}\n`);
      cleanups.push(() => p.cleanup());
      const r = await deploy(p.loaded, { environment: 'staging', version: '2.0.0', artifact: await p.artifact('2.0.0') });
      expect(r.outcome).toBe('aborted');
      const log = (await readFile(path.join(p.dir, 'log.txt'), 'utf8')).trim().split('\n');
      expect(log.at(-2)).toBe(`${failing} 2.0.0`);
      expect(log.at(-1)).toMatch(/^revert/);
    }
  });
});

describe('webhook provider', () => {
  async function receiver(statuses: number[]): Promise<{ url: string; bodies: Array<{ body: string; headers: IncomingMessage['headers'] }>; server: Server }> {
    const bodies: Array<{ body: string; headers: IncomingMessage['headers'] }> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        bodies.push({ body, headers: req.headers });
        const expected = Buffer.from(signBody('s3cret', body));
        const got = Buffer.from(String(req.headers[SIGNATURE_HEADER] ?? ''));
        if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
          res.writeHead(401).end('bad signature');
          return;
        }
        res.writeHead(statuses.shift() ?? 200).end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => server.close(r)));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook?token=abc`, bodies, server };
  }

  it('signs each step, retries 5xx with backoff, and succeeds', async () => {
    const r = await receiver([503, 500]);
    const p = new WebhookProvider({ type: 'webhook', url: r.url, secret: 's3cret', retries: 3 }, { backoffMs: 1 });
    expect(await p.prepare(ctx, target('/a'))).toMatch(/prepare: HTTP 200 after 3 attempts/);
    expect(r.bodies).toHaveLength(3);
    const payload = JSON.parse(r.bodies[0].body);
    expect(payload).toMatchObject({ step: 'prepare', environment: 'staging', model: 'iris', target: { version: '1.0.0' } });
    expect(r.bodies[0].headers['x-modelship-delivery']).toBe(payload.delivery);
  });

  it('does not retry a 4xx refusal, gives up after the retries, and never leaks the URL query', async () => {
    const r = await receiver([422, 500, 500, 500, 500]);
    const p = new WebhookProvider({ type: 'webhook', url: r.url, secret: 's3cret', retries: 2 }, { backoffMs: 1 });
    const refused = await p.verify(ctx, target('/a')).catch((e: Error) => e);
    expect((refused as Error).message).toMatch(/HTTP 422/);
    expect((refused as Error).message).not.toContain('token=abc');
    expect(r.bodies).toHaveLength(1);
    await expect(p.verify(ctx, target('/a'))).rejects.toThrow(/HTTP 500/);
    expect(r.bodies).toHaveLength(4);
    const wrongKey = new WebhookProvider({ type: 'webhook', url: r.url, secret: 'wrong', retries: 0 }, { backoffMs: 1 });
    await expect(wrongKey.prepare(ctx, target('/a'))).rejects.toThrow(/401 bad signature/);
  });

  it('reports an unreachable receiver after retrying', async () => {
    const p = new WebhookProvider({ type: 'webhook', url: 'http://127.0.0.1:1/hook', secret: 'k', retries: 1 }, { backoffMs: 1 });
    await expect(p.revert(ctx, settledTraffic('1.0.0', null, 'direct'))).rejects.toThrow(/webhook revert to http:\/\/127\.0\.0\.1:1\/hook failed/);
  });
});
