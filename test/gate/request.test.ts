import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gateRequest, type GateSurface } from '../../src/gate/request.js';

const labels: GateSurface['labels'] = { candidate: '--candidate', baseline: '--baseline', baselineRef: '--baseline-ref', seed: '--seed', blessing: '--blessing' };

describe('gateRequest (one set of rules for the CLI and the action)', () => {
  it('splits FILE@REF after a path that exists, resolves paths against the surface folder, and names each argument', async () => {
    const cwd = await mkdtemp(path.join(os.tmpdir(), 'gate-request-'));
    try {
      await writeFile(path.join(cwd, 'metrics.json'), '{}');
      const r = gateRequest({ candidate: ['metrics.json'], baseline: ['metrics.json@iris@v1.0.0'], seed: '7', blessing: 'out' }, { cwd, labels });
      expect(r.overrides.candidate).toEqual([{ file: path.join(cwd, 'metrics.json'), ref: undefined }]);
      expect(r.overrides.baseline).toEqual([{ file: path.join(cwd, 'metrics.json'), ref: 'iris@v1.0.0' }]);
      expect(r.overrides.seed).toBe(7);
      expect(r.blessingDir).toBe(path.join(cwd, 'out'));
      expect(r.overrides.arguments).toEqual({ candidate: '--candidate "metrics.json"', baseline: '--baseline "metrics.json@iris@v1.0.0"', baselineRef: undefined });
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  it('pr-base is the pull request base commit, HEAD^ outside a pull request', () => {
    const base = 'b'.repeat(40);
    expect(gateRequest({ baselineRef: 'pr-base' }, { cwd: '/', labels, pullRequestBase: base }).overrides.baselineRef).toBe(base);
    expect(gateRequest({ baselineRef: 'pr-base' }, { cwd: '/', labels }).overrides.baselineRef).toBe('HEAD^');
    expect(gateRequest({ baselineRef: 'origin/main' }, { cwd: '/', labels }).overrides.baselineRef).toBe('origin/main');
  });

  it('empty lists are no override; a seed that is not an integer is refused, naming the option as the surface calls it', () => {
    const r = gateRequest({ candidate: [], baseline: [] }, { cwd: '/', labels });
    expect(r.overrides.candidate).toBeUndefined();
    expect(r.overrides.baseline).toBeUndefined();
    expect(() => gateRequest({ seed: '1.5' }, { cwd: '/', labels })).toThrow('--seed is "1.5", expected an integer');
    expect(() => gateRequest({ seed: 'x' }, { cwd: '/', labels: { ...labels, seed: 'input "seed"' } })).toThrow('input "seed" is "x", expected an integer');
  });
});
