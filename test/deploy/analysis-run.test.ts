/**
 * The measurement semantics of one analysis run (src/deploy/analysis-run.ts), with a scripted runner:
 * Argo's failureLimit / inconclusiveLimit / consecutiveErrorLimit, what each outcome makes the rollout do,
 * and the strategy's reaction (actOnAnalysis) with and without a person to ask.
 */
import { describe, expect, it } from '@jest/globals';
import type { AnalysisContext, AnalysisRunner } from '../../src/deploy/analysis.js';
import { runAnalysis } from '../../src/deploy/analysis-run.js';
import { actOnAnalysis, RolloutAborted, type StrategyContext } from '../../src/deploy/strategies/strategy.js';

type Script = Array<'successful' | 'failed' | 'inconclusive' | 'error' | 'throw'>;

function scripted(script: Script): AnalysisRunner & { calls: number } {
  const runner = {
    calls: 0,
    async analyze() {
      const what = script[Math.min(runner.calls, script.length - 1)];
      runner.calls++;
      if (what === 'throw') throw new Error('Prometheus answered HTTP 503');
      if (what === 'error') return { phase: 'inconclusive' as const, reasons: [], error: 'the candidate metrics could not be read' };
      return { phase: what, reasons: [`#${runner.calls} ${what}`] };
    },
  };
  return runner;
}

const context: AnalysisContext = { environment: 'staging', model: 'iris', stable: '1.0.0', candidate: '1.1.0', step: 1, weight: 10, gate: 'g' };

async function run(script: Script, spec: Parameters<typeof runAnalysis>[0]) {
  const runner = scripted(script);
  const sleeps: number[] = [];
  const result = await runAnalysis({ gate: 'g', ...spec }, context, { runner, sleep: async (ms) => void sleeps.push(ms) });
  return { result, calls: runner.calls, sleeps };
}

describe('an analysis run', () => {
  it('takes one measurement by default, and count measurements interval apart', async () => {
    expect((await run(['successful'], {})).calls).toBe(1);
    const five = await run(['successful'], { interval: '2s', count: 5 });
    expect(five).toMatchObject({ calls: 5, sleeps: [2000, 2000, 2000, 2000], result: { runPhase: 'successful', action: 'continue' } });
    await expect(run(['successful'], { count: 3 })).rejects.toThrow(/count 3 needs an interval/);
  });

  it('fails when failed measurements exceed failureLimit, and stops there', async () => {
    const tolerated = await run(['failed', 'successful', 'successful'], { interval: 1, count: 3, failureLimit: 1 });
    expect(tolerated.result).toMatchObject({ runPhase: 'successful', action: 'continue' });
    const failed = await run(['failed', 'successful', 'failed', 'successful'], { interval: 1, count: 4, failureLimit: 1 });
    expect(failed.calls).toBe(3);
    expect(failed.result).toMatchObject({ runPhase: 'failed', phase: 'failed', action: 'abort', stoppedEarly: 'failureLimit 1 exceeded' });
    expect(failed.result.reasons[0]).toBe('failed measurements exceed failureLimit 1');
  });

  it('pauses for a person when inconclusive measurements exceed inconclusiveLimit', async () => {
    const r = await run(['inconclusive'], {});
    expect(r.result).toMatchObject({ runPhase: 'inconclusive', action: 'pause' });
    expect((await run(['inconclusive', 'successful'], { interval: 1, count: 2, inconclusiveLimit: 1 })).result.action).toBe('continue');
  });

  it('does not count a measurement that could not be taken as failed; only a source down beyond the budget aborts', async () => {
    // Errors in a row reset on a good measurement: 4 + 4 errors stay within the default limit of 4.
    const flaky = await run(['error', 'throw', 'error', 'throw', 'successful', 'error', 'error', 'error', 'error', 'successful'], { interval: 1, count: 10 });
    expect(flaky.result).toMatchObject({ runPhase: 'successful', action: 'continue' });
    const down = await run(['throw'], { interval: 1, count: 10, consecutiveErrorLimit: 2 });
    expect(down.calls).toBe(3);
    expect(down.result).toMatchObject({ runPhase: 'error', phase: 'failed', action: 'abort', stoppedEarly: 'consecutiveErrorLimit 2 exceeded' });
    expect(down.result.reasons[0]).toMatch(/could not be taken 3 times in a row \(consecutiveErrorLimit 2\): the source is down longer than the budget/);
    expect(down.result.reasons).toContain('measurement could not be taken: Prometheus answered HTTP 503');
    // A run in which nothing could ever be measured judged nothing: it is not a pass.
    expect((await run(['error'], {})).result).toMatchObject({ runPhase: 'error', action: 'abort', reasons: ['the candidate metrics could not be read'] });
  });

  it('needs a server for the sequential test', async () => {
    await expect(runAnalysis({ sequential: {} }, context, { sleep: async () => {} })).rejects.toThrow(/sequential: no modelship serve to read/);
  });
});

describe('what a strategy does with a run', () => {
  const ctx = (waitForPerson?: (why: string) => Promise<void>) => ({ waitForPerson }) as unknown as StrategyContext;

  it('goes on, aborts, or asks a person', async () => {
    const ok = await run(['successful'], {});
    await expect(actOnAnalysis(ctx(), ok.result, 'at step 1')).resolves.toBeUndefined();
    await expect(actOnAnalysis(ctx(), undefined, 'at step 1')).resolves.toBeUndefined();
    const failed = await run(['failed'], {});
    await expect(actOnAnalysis(ctx(), failed.result, 'at step 1')).rejects.toThrow(RolloutAborted);
    const inconclusive = (await run(['inconclusive'], {})).result;
    await expect(actOnAnalysis(ctx(), inconclusive, 'at step 2')).rejects.toThrow(/analysis inconclusive at step 2: #1 inconclusive \(nobody can be asked/);
    const asked: string[] = [];
    await expect(actOnAnalysis(ctx(async (why) => void asked.push(why)), inconclusive, 'at step 2')).resolves.toBeUndefined();
    expect(asked).toEqual(['analysis inconclusive at step 2: #1 inconclusive']);
    await expect(actOnAnalysis(ctx(async () => { throw new RolloutAborted('aborted by alice'); }), inconclusive, 'at step 2')).rejects.toThrow('aborted by alice');
  });
});

describe('analysis configuration', () => {
  it('is checked when the configuration is read, at its line, before anything runs', async () => {
    const { createProject } = await import('./helpers.js');
    const { environmentsOf } = await import('../../src/deploy/config.js');
    const p = await createProject(`  staging:\n    strategy:\n      type: canary\n      analysis:\n        gate: g\n        count: 3\n`);
    try {
      expect(() => environmentsOf(p.loaded)).toThrow(/environments\.staging\.strategy\.analysis: count 3 needs an interval/);
      await (await import('node:fs/promises')).writeFile(`${p.dir}/modelship.yml`, `version: 1\nmodels:\n  iris:\n    path: m.onnx\nenvironments:\n  staging:\n    strategy:\n      type: canary\n      postPromotionAnalysis: { gate: g }\n`);
      await expect(p.reload().then((l) => environmentsOf(l))).rejects.toThrow(/postPromotionAnalysis is for blue-green; a canary rollout never runs it/);
    } finally {
      await p.cleanup();
    }
  });
});

describe('docs/deploy.md "Analysis"', () => {
  it('shows a configuration the schema and the engine accept', async () => {
    const { readFile, writeFile, mkdtemp, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const { loadConfig } = await import('../../src/core/config.js');
    const { environmentsOf } = await import('../../src/deploy/config.js');
    const doc = await readFile(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Analysis'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1];
    const dir = await mkdtemp(`${os.tmpdir()}/modelship-analysis-doc-`);
    try {
      await writeFile(`${dir}/modelship.yml`, `version: 1\nmodels:\n  iris:\n    path: m.onnx\n    format: onnx\n${yaml}`);
      const envs = environmentsOf(await loadConfig(`${dir}/modelship.yml`));
      expect(envs.map((e) => [e.name, e.strategy.type])).toEqual([['staging', 'canary'], ['production', 'blue-green']]);
      expect(envs[0].strategy.analysis).toMatchObject({ gate: 'serve-health', count: 6, sequential: { relativeRisk: 2 } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
