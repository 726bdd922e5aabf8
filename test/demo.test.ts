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
    expect(ids.slice(ids.indexOf('deploy'))).toEqual(['deploy', 'serve', 'canary', 'graph', 'canary-degraded', 'promote', 'rollback', 'batch']);
    const section = (id: string) => {
      const i = ids.indexOf(id) + 1;
      const start = markdown.indexOf(`\n## ${i}. `);
      const end = markdown.indexOf(`\n## ${i + 1}. `);
      expect(start).toBeGreaterThan(0);
      return markdown.slice(start, end < 0 ? undefined : end);
    };
    // The example's ensemble of v1 and v2, served as one model and checked against its members' answers.
    expect(section('graph')).toContain('`model_version` `iris@1.0.0+iris@1.1.0`');
    expect(section('graph')).toContain('Its probabilities equal the element-wise mean');

    // The canary of 1.1.0, judged from what the server counted: one row per step, every verdict successful.
    const canary = section('canary');
    const rows = [...canary.matchAll(/^\| (\d) \| (\d+)% \| (\d+) in [\d.]+ s \| (\d+|—) \/ (\d+) \| ([\d.]+)% \| (—|[\d.]+%) \/ ([\d.]+)% \|.*\| (✅ pass|❌ fail|❔ inconclusive) \| (✅|❌|❔) \| (.+) \|$/gm)];
    expect(rows.map((r) => `${r[1]}:${r[2]}%:${r[9]}:${r[11]}`)).toEqual(['1:10%:✅ pass:✅ successful', '2:50%:✅ pass:✅ successful', '3:100%:✅ pass:✅ successful']);
    expect([rows[0][7], rows[1][7], rows[2][7]]).toEqual(['0.0%', '0.0%', '—']); // the stable's error rate (none at 100 %)
    expect(rows.map((r) => r[8])).toEqual(['0.0', '0.0', '0.0']); // the candidate's
    // The server saw both versions: the stable beside the candidate at 10 % and 50 %, the candidate alone at 100 %.
    expect(Number(rows[0][4])).toBeGreaterThan(Number(rows[0][5]));
    expect(Number(rows[1][4])).toBeGreaterThan(0);
    expect(Number(rows[1][5])).toBeGreaterThan(0);
    expect([rows[2][4], Number(rows[2][6])]).toEqual(['—', 100]);
    expect(canary).toMatch(/```mermaid\nxychart-beta\n {2}title "1\.1\.0 share of live traffic per canary step"/);
    expect(canary).toMatch(/\*\*0 failed\*\*/);

    // The broken re-export: refused by the live analysis at 10 %, staging left on 1.1.0.
    const degraded = section('canary-degraded');
    expect(degraded).toMatch(/\| 1 \| 10% \|.*\| 0\.0% \/ 100\.0% \|.*\| ❌ fail \| ✅ \| ❌ failed \|/);
    expect(degraded).toMatch(/routing restored: 1\.1\.0=100%/);
    expect(report.steps.find((s: { id: string }) => s.id === 'canary-degraded').expectedFailure).toBe(true);

    // Blue-green to production while serving: the client lost nothing, and after the switch only 1.1.0 answered.
    const promote = section('promote');
    expect(promote).toMatch(/\*\*0 requests failed\*\* over \d+/);
    expect(promote).toMatch(/\| during the blue-green switch \| [\d.]+ s \| (\d+) \| \1 \| 0 \|/);
    expect(promote).toMatch(/\| after \(1\.1\.0 live\) \| [\d.]+ s \| (\d+) \| \1 \| 0 \| 1\.1\.0: \1 \|/);
    expect(promote).toMatch(/\| after the blue-green switch \| 1\.1\.0 \| \d+ \| 0 \|/);

    // The rollback, observed the same way, restored 1.0.0.
    const rollback = section('rollback');
    expect(rollback).toMatch(/\*\*0 requests failed\*\*/);
    expect(rollback).toMatch(/\| after \(1\.0\.0 live\) \| [\d.]+ s \| (\d+) \| \1 \| 0 \| 1\.0\.0: \1 \|/);
    expect(rollback).toMatch(/\| production \| 1\.0\.0 \| 1\.1\.0 \|/);
  }, 180_000);

  it('refuses a work folder that already holds a project', async () => {
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'ms-demo-'));
    await mkdir(path.join(workDir, 'project'));
    const again = await cli(['demo', '--workdir', workDir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists: pass an empty --workdir/);
  });
});
