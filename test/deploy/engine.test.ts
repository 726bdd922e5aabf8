import { afterEach, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnalysisRunner } from '../../src/deploy/analysis.js';
import { deploy, promote, rollback, status } from '../../src/deploy/engine.js';
import { ModelshipError } from '../../src/core/errors.js';
import { createProject, failingProvider, LOCAL_ENVS, type Project, type ProviderStep } from './helpers.js';

const projects: Project[] = [];
afterEach(async () => {
  await Promise.all(projects.splice(0).map((p) => p.cleanup()));
});
async function project(envs = LOCAL_ENVS, extra = ''): Promise<Project> {
  const p = await createProject(envs, extra);
  projects.push(p);
  return p;
}
const routing = async (p: Project, repo = '.modelship/repository') => JSON.parse(await readFile(path.join(p.dir, repo, 'iris', 'routing.json'), 'utf8'));

const CANARY = `  staging:
    provider: { type: local }
    strategy:
      type: canary
      steps: [{ weight: 10 }, { weight: 50 }, { weight: 100 }]
      analysis: { gate: live, failureLimit: 0 }
`;

function scripted(phases: Array<'successful' | 'failed' | 'inconclusive'>): AnalysisRunner & { calls: number } {
  const runner = {
    calls: 0,
    async analyze() {
      const phase = phases[Math.min(runner.calls, phases.length - 1)];
      runner.calls++;
      return { phase, reasons: [`scripted ${phase} #${runner.calls}`] };
    },
  };
  return runner;
}

describe('deploy', () => {
  it('deploys directly, writes the repository layout, and a re-run is a noop', async () => {
    const p = await project();
    const artifact = await p.artifact('1.0.0');
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact });
    expect(r).toMatchObject({ outcome: 'deployed', environment: 'staging', model: 'iris', version: '1.0.0', previousVersion: null, strategy: 'direct', provider: 'local', liveVersion: '1.0.0', dryRun: false });
    expect(r.steps.map((s) => s.name)).toEqual(['prepare', 'verify', 'shift-traffic', 'finalize']);
    const dir = path.join(p.dir, '.modelship/repository/iris/1.0.0');
    const meta = JSON.parse(await readFile(path.join(dir, 'metadata.json'), 'utf8'));
    expect(meta).toMatchObject({ model: 'iris', version: '1.0.0', sha256: r.sha256, format: 'onnx' });
    expect(await readFile(path.join(dir, 'SHA256SUMS'), 'utf8')).toBe(`${r.sha256}  model.onnx\n`);
    expect(await routing(p)).toMatchObject({ schema: 1, model: 'iris', stable: '1.0.0', candidate: null, weights: { '1.0.0': 100 } });
    const again = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact });
    expect(again.outcome).toBe('noop');
  });

  it('refuses the same version with different bytes (versions are immutable)', async () => {
    const p = await project();
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    const other = await p.artifact('other', 'different bytes');
    await expect(deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: other })).rejects.toThrow(/immutable|sha256/);
  });

  it('refuses an artifact whose SHA256SUMS disagrees, before touching anything', async () => {
    const p = await project();
    const artifact = await p.artifact('1.0.0');
    await writeFile(path.join(p.dir, 'models/1.0.0/SHA256SUMS'), `${'0'.repeat(64)}  model.onnx\n`);
    await expect(deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact })).rejects.toThrow(/SHA256SUMS/);
    const s = await status(p.loaded, { environment: 'staging' });
    expect(s.environments[0].liveVersion).toBeNull();
  });

  it('unknown environment is a usage error with a suggestion', async () => {
    const p = await project();
    const err = await deploy(p.loaded, { environment: 'stagin', version: '1', artifact: await p.artifact('1') }).catch((e) => e);
    expect(err).toBeInstanceOf(ModelshipError);
    expect((err as ModelshipError).exitCode).toBe(2);
    expect((err as ModelshipError).hint).toMatch(/staging/);
  });

  it('dry run plans the steps and changes nothing', async () => {
    const p = await project();
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { dryRun: true });
    expect(r.outcome).toBe('planned');
    expect(r.steps.every((s) => s.status === 'planned')).toBe(true);
    await expect(readFile(path.join(p.dir, '.modelship/deployments/staging.json'))).rejects.toThrow();
    await expect(routing(p)).rejects.toThrow();
  });

  const STEPS: ProviderStep[] = ['prepare', 'verify', 'shiftTraffic', 'finalize'];
  for (const step of STEPS) {
    it(`a provider failing at ${step} leaves the environment on its last good version`, async () => {
      const p = await project();
      await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
      const artifact = await p.artifact('1.1.0');
      let wrapped: ReturnType<typeof failingProvider> | undefined;
      const r = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact }, { provider: (_e, inner) => (wrapped = failingProvider(inner, { step })) });
      expect(r.outcome).toBe('aborted');
      expect(r.liveVersion).toBe('1.0.0');
      expect(r.message).toMatch(/left on its last good version, 1\.0\.0/);
      expect(r.steps.at(-1)).toMatchObject({ name: 'revert', status: 'reverted' });
      expect(wrapped!.calls.at(-1)).toBe('revert');
      expect(await routing(p)).toMatchObject({ stable: '1.0.0', weights: { '1.0.0': 100 } });
      const s = (await status(p.loaded, { environment: 'staging' })).environments[0];
      expect(s).toMatchObject({ liveVersion: '1.0.0', interrupted: null, lock: null });
      expect(s.history[0]).toMatchObject({ version: '1.1.0', status: 'failure' });
    });
  }

  it('says so when the revert itself fails', async () => {
    const p = await project();
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') }, {
      provider: (_e, inner) => failingProvider(failingProvider(inner, { step: 'revert' }), { step: 'finalize' }),
    });
    expect(r.outcome).toBe('aborted');
    expect(r.message).toMatch(/REVERT FAILED/);
    expect(r.liveVersion).toBeNull();
  });
});

describe('canary', () => {
  it('walks the steps with analysis between them and finishes on the candidate', async () => {
    const p = await project(CANARY);
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { analysis: scripted(['successful']) });
    const analysis = scripted(['successful']);
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') }, { analysis });
    expect(r.outcome).toBe('deployed');
    expect(analysis.calls).toBe(3);
    expect(r.steps.filter((s) => s.weights).map((s) => s.weights!['1.1.0'] ?? 0)).toEqual([10, 50, 100, 100]);
    expect(await routing(p)).toMatchObject({ stable: '1.1.0', previous: '1.0.0', candidate: null, weights: { '1.1.0': 100 } });
  });

  it('writes at every step a routing.json that modelship serve accepts, with a generation that keeps growing', async () => {
    const { parseRouting } = await import('../../src/core/routing-file.js');
    const p = await project(CANARY);
    const file = path.join(p.dir, '.modelship/repository/iris/routing.json');
    const seen: Array<{ stable: string; candidate: string | null; generation: number }> = [];
    // At each analysis (after each step's write), read the file as the server does.
    const analysis: AnalysisRunner = {
      async analyze() {
        const r = parseRouting(await readFile(file, 'utf8'), file, 'iris');
        seen.push({ stable: r.stable, candidate: r.candidate, generation: r.generation });
        return { phase: 'successful', reasons: [] };
      },
    };
    // First deploy: nothing live, the candidate takes everything from the first step and is the stable one.
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { analysis });
    expect(seen.map((x) => `${x.stable}/${x.candidate}`)).toEqual(['1.0.0/null', '1.0.0/null', '1.0.0/null']);
    await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') }, { analysis });
    expect(seen.slice(3).map((x) => `${x.stable}/${x.candidate}`)).toEqual(['1.0.0/1.1.0', '1.0.0/1.1.0', '1.1.0/null']);
    // One write per step plus finalize: 1..3 and finalize (4) for 1.0.0, then 5..7 for 1.1.0 (observed state carried an old generation).
    expect(seen.map((x) => x.generation)).toEqual([1, 2, 3, 5, 6, 7]);
    expect((await routing(p)).generation).toBe(8);
  });

  it('metrics going bad at step 2 abort the rollout and restore the weights', async () => {
    const p = await project(CANARY);
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { analysis: scripted(['successful']) });
    const seen: unknown[] = [];
    const r = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') }, {
      analysis: scripted(['successful', 'failed']),
      provider: (_e, inner) => ({ ...inner, type: inner.type, prepare: inner.prepare.bind(inner), verify: inner.verify.bind(inner), finalize: inner.finalize.bind(inner), revert: inner.revert.bind(inner), observe: inner.observe?.bind(inner), shiftTraffic: async (c, t, g) => (seen.push(t.weights), inner.shiftTraffic(c, t, g)) }),
    });
    expect(r.outcome).toBe('aborted');
    expect(r.message).toMatch(/analysis failed at step 2 \(50%\)/);
    expect(seen).toEqual([{ '1.0.0': 90, '1.1.0': 10 }, { '1.0.0': 50, '1.1.0': 50 }]);
    expect(await routing(p)).toMatchObject({ stable: '1.0.0', candidate: null, weights: { '1.0.0': 100 } });
    expect(r.liveVersion).toBe('1.0.0');
  });

  it('tolerates failures up to failureLimit, and aborts on inconclusive beyond inconclusiveLimit', async () => {
    const p = await project(CANARY.replace('failureLimit: 0', 'failureLimit: 1'));
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { analysis: scripted(['successful']) });
    const tolerated = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') }, { analysis: scripted(['failed', 'successful']) });
    expect(tolerated.outcome).toBe('deployed');
    // Inconclusive waits for a person for at most progressDeadline (an instant clock here), then aborts.
    const inconclusive = await deploy(p.loaded, { environment: 'staging', version: '1.2.0', artifact: await p.artifact('1.2.0') }, { analysis: scripted(['inconclusive']), sleep: async () => {} });
    expect(inconclusive.outcome).toBe('aborted');
    expect(inconclusive.message).toMatch(/inconclusive at step 1.*nobody promoted it within 10m/);
    expect(inconclusive.steps.some((s) => s.name.startsWith('paused: analysis inconclusive at step 1'))).toBe(true);
    expect(inconclusive.liveVersion).toBe('1.1.0');
  });

  it('uses the gate engine as analysis when none is injected', async () => {
    const p = await project(CANARY, `gates:\n  live:\n    candidate: metrics.json\n    checks:\n      - { metric: accuracy, direction: higher, value: { min: 0.9 } }\n`);
    await writeFile(path.join(p.dir, 'metrics.json'), JSON.stringify({ accuracy: 0.95 }));
    const good = await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    expect(good.outcome).toBe('deployed');
    await writeFile(path.join(p.dir, 'metrics.json'), JSON.stringify({ accuracy: 0.5 }));
    const bad = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') });
    expect(bad.outcome).toBe('aborted');
    expect(bad.steps.find((s) => s.name === 'analysis 1')?.detail).toMatch(/failed/);
  });
});

describe('promote and rollback', () => {
  it('promotes only what is live in the previous environment, verifying the sha256', async () => {
    const p = await project();
    await expect(promote(p.loaded, { to: 'production' })).rejects.toThrow(/nothing is live in staging/);
    await expect(promote(p.loaded, { to: 'staging' })).rejects.toThrow(/first environment/);
    const artifact = await p.artifact('1.0.0');
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact });
    await expect(promote(p.loaded, { to: 'production', version: '2.0.0' })).rejects.toThrow(/staging runs 1\.0\.0/);
    const r = await promote(p.loaded, { to: 'production' });
    expect(r).toMatchObject({ outcome: 'deployed', environment: 'production', version: '1.0.0', strategy: 'blue-green' });
    expect(r.steps.map((s) => s.name)).toEqual(['prepare', 'verify', 'switch', 'verify-after-switch', 'finalize']);
    expect(await routing(p, '.modelship/prod-repository')).toMatchObject({ stable: '1.0.0' });
    // The artifact changes after staging verified it: the hop check refuses.
    await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') });
    await writeFile(path.join(p.dir, 'models/1.1.0/model.onnx'), 'tampered');
    await expect(promote(p.loaded, { to: 'production' })).rejects.toThrow(/has sha256 .* but staging verified/);
  });

  it('rolls back to the previous successful version, or a named one, never guessing', async () => {
    const p = await project();
    await expect(rollback(p.loaded, { environment: 'staging' })).rejects.toThrow(/nothing to roll back to/);
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') });
    // a failed 1.2.0 is never a rollback target
    await deploy(p.loaded, { environment: 'staging', version: '1.2.0', artifact: await p.artifact('1.2.0') }, { provider: (_e, i) => failingProvider(i, { step: 'verify' }) });
    await deploy(p.loaded, { environment: 'staging', version: '1.3.0', artifact: await p.artifact('1.3.0') });
    expect((await status(p.loaded, { environment: 'staging' })).environments[0].rollbackTarget).toBe('1.1.0');
    const r = await rollback(p.loaded, { environment: 'staging' });
    expect(r).toMatchObject({ outcome: 'rolled-back', version: '1.1.0', previousVersion: '1.3.0', liveVersion: '1.1.0', strategy: 'rollback' });
    expect(await routing(p)).toMatchObject({ stable: '1.1.0', weights: { '1.1.0': 100 } });
    await expect(rollback(p.loaded, { environment: 'staging', to: '1.2.0' })).rejects.toThrow(/never successfully deployed/);
    const named = await rollback(p.loaded, { environment: 'staging', to: '1.0.0' });
    expect(named.liveVersion).toBe('1.0.0');
    // the rollback works from the repository copy even when the source artifact is gone
    expect((await rollback(p.loaded, { environment: 'staging', to: '1.3.0' })).liveVersion).toBe('1.3.0');
  });
});

describe('ab and shadow', () => {
  it('ab: header route and weight, the candidate becomes stable only when it wins', async () => {
    const p = await project(`  staging:\n    strategy: { type: ab, weight: 20, header: { name: x-arm, value: b }, winnerGate: ab }\n`);
    await deploy(p.loaded, { environment: 'staging', version: '1.0.0', artifact: await p.artifact('1.0.0') }, { analysis: scripted(['successful']) });
    const lost = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') }, { analysis: scripted(['failed']) });
    expect(lost.outcome).toBe('aborted');
    expect(lost.steps.find((s) => s.name.startsWith('split'))?.weights).toEqual({ '1.0.0': 80, '1.1.0': 20 });
    expect(await routing(p)).toMatchObject({ stable: '1.0.0', headerRoutes: [], weights: { '1.0.0': 100 } });
    const won = await deploy(p.loaded, { environment: 'staging', version: '1.1.0', artifact: await p.artifact('1.1.0') }, { analysis: scripted(['successful']) });
    expect(won.outcome).toBe('deployed');
    expect(await routing(p)).toMatchObject({ stable: '1.1.0' });
  });

  it('shadow: mirrors without user impact and never makes the candidate live', async () => {
    const envs = (strategy: string) => `  staging:\n    strategy: { type: direct }\n  shadowed:\n    requires: staging\n    strategy: ${strategy}\n    stateDir: .modelship/shadow-state\n    provider: { type: local, root: shadow-repo }\n`;
    const p = await project(envs('{ type: direct }'));
    await deploy(p.loaded, { environment: 'shadowed', version: '1.0.0', artifact: await p.artifact('1.0.0') });
    // The environment switches to shadow once a version is live there (shadow needs something to mirror).
    await writeFile(path.join(p.dir, 'modelship.yml'), (await readFile(path.join(p.dir, 'modelship.yml'), 'utf8')).replace(envs('{ type: direct }'), envs('{ type: shadow, percent: 25, minRequests: 0 }')));
    await p.reload();
    const seen: unknown[] = [];
    const spy = (_e: unknown, inner: import('../../src/deploy/providers/provider.js').DeploymentProvider) => ({ ...inner, type: inner.type, prepare: inner.prepare.bind(inner), verify: inner.verify.bind(inner), revert: inner.revert.bind(inner), observe: inner.observe?.bind(inner), installed: inner.installed?.bind(inner), finalize: async (c: any, t: any, g: any) => (seen.push(['finalize', t.shadow, t.weights]), inner.finalize(c, t, g)), shiftTraffic: async (c: any, t: any, g: any) => (seen.push(['shift', t.shadow, t.weights]), inner.shiftTraffic(c, t, g)) });
    const r = await deploy(p.loaded, { environment: 'shadowed', version: '1.1.0', artifact: await p.artifact('1.1.0') }, { analysis: scripted(['successful']), provider: spy });
    expect(r.outcome).toBe('deployed');
    expect(r.liveVersion).toBe('1.0.0');
    expect(seen).toEqual([['shift', { version: '1.1.0', percent: 25 }, { '1.0.0': 100 }], ['finalize', null, { '1.0.0': 100 }]]);
    expect(await routing(p, 'shadow-repo')).toMatchObject({ stable: '1.0.0', shadow: null, weights: { '1.0.0': 100 } });
    expect((await status(p.loaded, { environment: 'shadowed' })).environments[0]).toMatchObject({ liveVersion: '1.0.0', rollbackTarget: null });
    const failed = await deploy(p.loaded, { environment: 'shadowed', version: '1.2.0', artifact: await p.artifact('1.2.0') }, { analysis: scripted(['failed']) });
    expect(failed.outcome).toBe('aborted');
    expect(await routing(p, 'shadow-repo')).toMatchObject({ stable: '1.0.0', shadow: null, weights: { '1.0.0': 100 } });
  });
});
