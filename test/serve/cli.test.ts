import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../../src/core/config.js';
import { cacheSettingsOf, repositoryOfEnvironment } from '../../src/serve/config.js';
import { cli } from '../support/cli.js';
import { addVersion, IRIS_V1, irisBody, tempRepository } from './support/repository.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let repo: Awaited<ReturnType<typeof tempRepository>>;

beforeAll(async () => {
  repo = await tempRepository();
  await addVersion(path.join(repo.root, 'envs/local'), 'iris', '1.0.0', IRIS_V1);
});
afterAll(() => repo.cleanup());

const config = (environments: string) => `version: 1\nmodels:\n  iris: { path: m.onnx }\n${environments}`;

describe('repository of an environment', () => {
  it('reads provider.root of a local environment, relative to modelship.yml', () => {
    const loaded = parseConfig(config('environments:\n  local:\n    provider: { type: local, root: envs/local }\n'), path.join(repo.root, 'modelship.yml'));
    expect(repositoryOfEnvironment(loaded, 'local')).toBe(path.join(repo.root, 'envs/local'));
  });
  it('defaults to the local provider and its .modelship/repository root', () => {
    const loaded = parseConfig(config('environments:\n  dev: {}\n'), path.join(repo.root, 'modelship.yml'));
    expect(repositoryOfEnvironment(loaded, 'dev')).toBe(path.join(repo.root, '.modelship/repository'));
  });
  it.each([
    ['an unknown environment', 'environments:\n  local:\n    provider: { type: local }\n', 'loca', /no environment "loca".*\n.*local/],
    ['another provider', 'environments:\n  prod:\n    provider: { type: command }\n', 'prod', /uses provider "command"/],
    ['a root escaping the project', 'environments:\n  local:\n    provider: { type: local, root: ../../etc }\n', 'local', /leaves the project folder/],
  ])('refuses %s', (_n, envs, env, message) => {
    let text = '';
    try {
      repositoryOfEnvironment(parseConfig(config(envs), path.join(repo.root, 'modelship.yml')), env);
    } catch (err) {
      text = (err as { describe(): string }).describe();
    }
    expect(text).toMatch(message);
  });
});

describe('cache settings of modelship.yml', () => {
  it('reads models.<name>.cache and refuses a bad one at its line', () => {
    const file = path.join(repo.root, 'modelship.yml');
    const loaded = parseConfig('version: 1\nmodels:\n  iris: { path: m.onnx, cache: { redis: "redis://127.0.0.1:6379", ttl: 1h } }\n  other: { path: o.onnx }\n', file);
    expect(cacheSettingsOf(loaded)).toEqual({ iris: { redis: 'redis://127.0.0.1:6379', ttl: '1h' } });
    const refusal = (cache: string) => {
      try {
        parseConfig(`version: 1\nmodels:\n  iris:\n    path: m.onnx\n    cache: ${cache}\n`, file);
      } catch (err) {
        return (err as { describe(): string }).describe();
      }
      return 'accepted';
    };
    expect(refusal('{ maxBytes: 4096, redis: "redis://h" }')).toMatch(/modelship\.yml:5:5: models\.iris\.cache must match exactly one/);
    expect(refusal('{ ttl: 5m }')).toMatch(/modelship\.yml:5:5: missing required key "maxBytes"/);
    expect(refusal('{ maxBytes: 10 }')).toMatch(/modelship\.yml:5:\d+: models\.iris\.cache\.maxBytes must be >= 1024/);
    expect(refusal('{ redis: "http://h" }')).toMatch(/models\.iris\.cache\.redis/);
    expect(refusal('{ maxBytes: 4096, ttl: soon }')).toMatch(/models\.iris\.cache\.ttl/);
  });
});

describe('modelship serve', () => {
  it('refuses to start without a repository (exit 2)', async () => {
    const r = await cli(['serve', '--port', '0'], { cwd: repo.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/give --env ENV .* or --repository DIR/);
    const missing = await cli(['serve', '--repository', 'nowhere', '--port', '0'], { cwd: repo.root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere is not a folder/);
    const badPort = await cli(['serve', '--repository', '.', '--port', '99999'], { cwd: repo.root });
    expect(badPort.stderr).toMatch(/--port must be an integer from 0 to 65535/);
    const badBatch = await cli(['serve', '--repository', '.', '--port', '0', '--max-batch', '0'], { cwd: repo.root });
    expect(badBatch.code).toBe(2);
    expect(badBatch.stderr).toMatch(/--max-batch must be an integer from 1 to 65536, got "0"/);
    const badDelay = await cli(['serve', '--repository', '.', '--port', '0', '--batch-delay', 'soon'], { cwd: repo.root });
    expect(badDelay.stderr).toMatch(/--batch-delay must be an integer from 0 to 1000, got "soon"/);
  });

  it('serves --env from modelship.yml in a real process, prints the URL, and exits 0 on SIGTERM after in-flight requests', async () => {
    await mkdir(repo.root, { recursive: true });
    // models.iris.cache of modelship.yml turns the prediction cache on.
    await writeFile(path.join(repo.root, 'modelship.yml'), config('environments:\n  local:\n    provider: { type: local, root: envs/local }\n').replace('iris: { path: m.onnx }', 'iris: { path: m.onnx, cache: { maxBytes: 65536, ttl: 5m } }'));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/index.ts'), 'serve', '--config', path.join(repo.root, 'modelship.yml'), '--env', 'local', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c;
        const m = /at (http:\/\/\S+) /.exec(stdout);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    const res = await fetch(`${url}/v2/models/iris/infer`, { method: 'POST', body: irisBody() });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-modelship-cache')).toBe('miss');
    expect((await fetch(`${url}/v2/models/iris/infer`, { method: 'POST', body: irisBody() })).headers.get('x-modelship-cache')).toBe('hit');
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toMatch(/stopped on SIGTERM/);
    const access = stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(access.some((l) => l.event === 'access' && l.status === 200 && l.version === '1.0.0')).toBe(true);
    expect(access[access.length - 1].event).toBe('stopped');
    // The tiny example model runs on the main thread by default.
    expect(access.find((l) => l.event === 'loaded')?.execution).toEqual(expect.objectContaining({ mode: 'inline' }));
  });

  it('keeps every model on worker threads with --no-inline', async () => {
    await mkdir(repo.root, { recursive: true });
    await writeFile(path.join(repo.root, 'modelship.yml'), config('environments:\n  local:\n    provider: { type: local, root: envs/local }\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/index.ts'), 'serve', '--config', path.join(repo.root, 'modelship.yml'), '--env', 'local', '--port', '0', '--no-inline'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c;
        const m = /at (http:\/\/\S+) /.exec(stdout);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    expect((await fetch(`${url}/v2/models/iris/infer`, { method: 'POST', body: irisBody() })).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const lines = stderr.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.event === 'loaded')?.execution).toEqual({ mode: 'worker', reason: 'inline execution is off' });
  });
});
