import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '../support/cli.js';

/** No Docker daemon here: the Dockerfile is parsed and every file and command it relies on is checked. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const text = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const instructions = text
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [keyword, ...rest] = l.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
  });
const stages: Array<typeof instructions> = [];
for (const i of instructions) {
  if (i.keyword === 'FROM') stages.push([]);
  stages.at(-1)?.push(i);
}
const final = stages.at(-1)!;
const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1).replace(/\/$/, ''));

describe('the serving Dockerfile', () => {
  it('is multi-stage and runs the server as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const user = final.filter((i) => i.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0', '0:0']).not.toContain(user);
  });

  it('copies only files that exist and that .dockerignore lets into the build context', () => {
    const sources = instructions.filter((i) => i.keyword === 'COPY' && !i.args.includes('--from=')).flatMap((i) => i.args.split(/\s+/).filter((a) => !a.startsWith('--')).slice(0, -1));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect([source, existsSync(path.join(ROOT, source))]).toEqual([source, true]);
      expect([source, ignored.some((keep) => source === keep || source.startsWith(`${keep}/`))]).toEqual([source, true]);
    }
    expect(existsSync(path.join(ROOT, 'dist/cli/index.js'))).toBe(true);
  });

  it('starts an executable entrypoint script that parses, and every modelship flag it uses exists', async () => {
    const entrypoint = JSON.parse(final.find((i) => i.keyword === 'ENTRYPOINT')!.args) as string[];
    const copy = final.find((i) => i.keyword === 'COPY' && i.args.endsWith(` ${entrypoint[0]}`));
    expect(copy).toBeDefined();
    const script = path.join(ROOT, copy!.args.split(/\s+/)[0]);
    expect(statSync(script).mode & 0o111).not.toBe(0);
    execFileSync('sh', ['-n', script]);
    const body = readFileSync(script, 'utf8');
    const used = [...body.matchAll(/index\.js (\w+) [^\n]*/g), ...text.matchAll(/index\.js (\w+) [^\n;]*/g)].map((m) => ({ command: m[1], flags: [...m[0].matchAll(/(--[a-z-]+)/g)].map((f) => f[1]) }));
    expect(used.map((u) => u.command).sort()).toEqual(['pull', 'pull', 'serve']);
    for (const { command, flags } of used) {
      const help = await cli([command, '--help']);
      for (const flag of flags) expect([command, flag, help.stdout.includes(flag)]).toEqual([command, flag, true]);
    }
  });
});
