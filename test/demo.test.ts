import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cli } from './support/cli.js';

describe('modelship demo', () => {
  it('runs every step on a copy of the example and leaves a report a person can open', async () => {
    const workDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'ms-demo-')), 'run');
    const r = await cli(['demo', '--workdir', workDir, '--format', 'json']);
    const report = JSON.parse(r.stdout);
    const failed = report.steps.filter((s: { ok: boolean }) => !s.ok).map((s: { id: string; summary: string }) => `${s.id}: ${s.summary}`);
    expect(failed).toEqual([]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(report.ok).toBe(true);
    const ids = report.steps.map((s: { id: string }) => s.id);
    expect(ids[0]).toBe('config');
    expect(ids).toEqual(expect.arrayContaining(['validate', 'score', 'bench', 'version']));
    for (const step of report.steps) expect(step.ok).toBe(true);
    // The refusals the demo shows are narrated as expected failures, not hidden.
    expect(report.steps.some((s: { expectedFailure: boolean }) => s.expectedFailure)).toBe(true);
    const markdown = await readFile(report.reportPath, 'utf8');
    expect(markdown).toMatch(/^# Modelship demo report/);
    expect(markdown).toContain('pickle/dangerous-global');
    expect(markdown).toMatch(/\| *Model *\|/);
  }, 180_000);

  it('refuses a work folder that already holds a project', async () => {
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'ms-demo-'));
    await mkdir(path.join(workDir, 'project'));
    const again = await cli(['demo', '--workdir', workDir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists: pass an empty --workdir/);
  });
});
