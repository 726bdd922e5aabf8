import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cli } from '../support/cli.js';
import { writeMlp } from './support/mlp-model.js';
import { tempProject, type TempProject } from './support/project.js';
import { takeTimingTurn } from '../support/timing-turn.js';

let releaseTurn: (() => Promise<void>) | undefined;

describe('modelship bench', () => {
  let project: TempProject;
  beforeAll(async () => {
    releaseTurn = await takeTimingTurn();
    project = await tempProject({ mlp: { hidden: 64 } }, 'bench:\n  trials: 3\n  duration: 50ms\n  warmup: 10ms\n');
  }, 360_000); // the wait for the timing turn (test/support/timing-turn.ts)
  afterAll(async () => {
    await project.cleanup();
    await releaseTurn?.();
  });
  const run = (args: string[]) => cli(['--config', project.file('modelship.yml'), ...args], { cwd: project.dir });

  it('prints the DESIGN.md JSON shape and saves the run to the history folder', async () => {
    const { code, stdout } = await run(['bench', '--format', 'json', '--save', 'hist']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.results[0]).toMatchObject({ model: 'mlp', runner: 'onnx', batch: 1 });
    for (const k of ['p50', 'p90', 'p95', 'p99', 'mean']) expect(typeof json.results[0].latency_ms[k]).toBe('number');
    expect(typeof json.results[0].samples).toBe('number');
    expect(typeof json.results[0].throughput_per_s).toBe('number');
    expect(typeof json.results[0].rss_mb).toBe('number');
    expect(json.comparison).toEqual([]);
    expect(json.machine.cpuModel).toBeTruthy();
    const index = JSON.parse(await readFile(project.file('hist/index.json'), 'utf8'));
    expect(index.runs).toHaveLength(1);
    await writeFile(project.file('baseline.json'), stdout);
  });

  it('compares with a stored report from this machine, and refuses one from another machine type', async () => {
    const same = await run(['bench', '--format', 'json', '--baseline', 'baseline.json']);
    // 3 trials a side cannot reach alpha 0.01: inconclusive (exit 3), said why, never a blind pass.
    const sameJson = JSON.parse(same.stdout);
    expect(sameJson.comparison[0]).toMatchObject({ verdict: 'inconclusive', test: 'mann-whitney', paired: false, pValueFor: 'worse', regressed: false });
    expect(sameJson.comparison[0].reason).toMatch(/cannot reach alpha 0.01.*raise bench.trials/);
    expect(sameJson).toMatchObject({ verdict: 'inconclusive', inconclusive: true, regressed: false });
    expect(same.code).toBe(3);
    const sameText = await run(['bench', '--baseline', 'baseline.json']);
    expect(sameText.code).toBe(3);
    expect(sameText.stdout).toMatch(/INCONCLUSIVE\s+mlp batch 1 p50/);
    expect(sameText.stdout).toMatch(/verdict: inconclusive/);
    const other = JSON.parse(await readFile(project.file('baseline.json'), 'utf8'));
    other.machine.cpuModel = 'Some Other CPU';
    await writeFile(project.file('other.json'), JSON.stringify(other));
    const res = await run(['bench', '--format', 'json', '--baseline', 'other.json']);
    expect(res.code).toBe(0);
    const c = JSON.parse(res.stdout).comparison[0];
    expect(c.verdict).toBe('incomparable');
    expect(c.reason).toMatch(/another machine type.*Some Other CPU/);
    expect(c.ratio).toBeNull(); // NaN in JSON: no figure that looks valid
  });

  it('measures the model at a git ref side by side and exits 1 on a regression', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: project.dir, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'add', 'mlp.onnx', 'modelship.yml');
    git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-q', '-m', 'base');
    // The candidate: a much heavier model under the same name.
    await writeMlp(project.file('mlp.onnx'), { hidden: 512, layers: 4 });
    // 8 trials a side: a 5-a-side test needs perfect separation to reach alpha 0.01, which one noisy trial breaks.
    const { code, stdout } = await run(['bench', '--format', 'json', '--baseline', 'HEAD', '--trials', '8']);
    const json = JSON.parse(stdout);
    expect(json.comparison[0].baselineSource).toMatch(/^ref:HEAD@[0-9a-f]{12}$/);
    expect(json.comparison[0]).toMatchObject({ verdict: 'regressed', test: 'wilcoxon', paired: true, pairs: 8, pValueFor: 'worse' });
    expect(json.verdict).toBe('fail');
    expect(code).toBe(1);
    const text = await run(['bench', '--baseline', 'HEAD', '--trials', '8']);
    expect(text.stdout).toMatch(/REGRESSED\s+mlp batch 1 p50/);
  });

  it('a model added since the ref is measured alone and reported as new, not an error', async () => {
    const fresh = await tempProject({ mlp: { hidden: 16 } }, 'bench:\n  trials: 3\n  duration: 20ms\n  warmup: 5ms\n');
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: fresh.dir, stdio: 'pipe' });
      git('init', '-q');
      git('-c', 'user.email=t@t', '-c', 'user.name=t', 'commit', '-q', '--allow-empty', '-m', 'before the model');
      const r = await cli(['--config', fresh.file('modelship.yml'), 'bench', '--format', 'json', '--baseline', 'HEAD'], { cwd: fresh.dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.results.map((x: { role: string }) => x.role)).toEqual(['candidate']);
      expect(json.comparison[0]).toMatchObject({ model: 'mlp', verdict: 'incomparable', regressed: false });
      expect(json.comparison[0].reason).toMatch(/a new model: mlp\.onnx does not exist at HEAD \([0-9a-f]{12}\)/);
    } finally {
      await fresh.cleanup();
    }
  });

  it('exits 2 on usage errors with a clear message', async () => {
    let r = await run(['bench', '--runner', 'gpu']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--runner is "gpu"/);
    r = await run(['bench', '--trials', 'two']);
    expect(r.code).toBe(2);
    r = await run(['bench', '--trials', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/at least 3 trials/);
    r = await run(['bench', '--baseline', 'no-such-branch']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such commit/);
    r = await run(['bench', '--model', 'ghost']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no model "ghost"/);
    r = await run(['bench', '--runner', 'http']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs a URL/);
  });
});
