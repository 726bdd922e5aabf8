import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../support/cli.js';

// `modelship score` is the first command a curious user runs, often before any modelship.yml exists.
async function bareRepository(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ms-score-bare-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

interface Report {
  score: number;
  band: string;
  tests: Array<{ id: string; status: string }>;
  nextSteps: Array<{ test: string }>;
  findings: Array<{ code: string; message: string }>;
}

describe('modelship score without modelship.yml', () => {
  it('scores a bare repository 0 with the three cheapest next tests (exit 0)', async () => {
    const dir = await bareRepository();
    const r = await cli(['score', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.score).toBe(0);
    expect(report.band).toBe('0');
    expect(report.tests).toHaveLength(28);
    expect(report.tests.every((t) => t.status === 'missing')).toBe(true);
    expect(report.nextSteps).toHaveLength(3);
    expect(report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'no-config', message: expect.stringContaining(`no modelship.yml in ${dir}`) })]));
    const text = await cli(['score'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/ML Test Score 0 \/ 7/);
    expect(text.stdout).toMatch(/Next steps \(cheapest first[^\n]*\n {2}1\. [^\n]*\n[^\n]*\n {2}2\. [^\n]*\n[^\n]*\n {2}3\. /);
  });

  it('credits what the repository already holds (Dependabot watching its dependencies)', async () => {
    const dir = await bareRepository();
    await mkdir(path.join(dir, '.github'), { recursive: true });
    await writeFile(path.join(dir, '.github', 'dependabot.yml'), 'version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule:\n      interval: weekly\n');
    const bare = JSON.parse((await cli(['score', '--format', 'json'], { cwd: await bareRepository() })).stdout) as Report;
    const withCi = JSON.parse((await cli(['score', '--format', 'json'], { cwd: dir })).stdout) as Report;
    const credited = (r: Report) => r.tests.filter((t) => t.status !== 'missing').map((t) => t.id);
    expect(credited(bare)).toEqual([]);
    expect(credited(withCi)).toEqual(['monitor-1']);
  });

  it('a --minimum still judges it: exit 1 below', async () => {
    const r = await cli(['score', '--minimum', '1'], { cwd: await bareRepository() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/score 0 is below the minimum 1/);
  });

  it('an explicit --config that does not exist is still a usage error (exit 2)', async () => {
    const r = await cli(['score', '--config', 'missing.yml'], { cwd: await bareRepository() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/configuration file not found/);
  });
});
