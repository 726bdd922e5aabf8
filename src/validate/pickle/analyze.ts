/**
 * Runs the pickle machine for a container (raw pickle, PyTorch, joblib, NumPy object array) and shapes the
 * outcome as an analyzer result: the policy's profiles default by container unless modelship.yml sets them.
 */
import type { AnalyzeContext, AnalyzerResult, Finding } from '../types.js';
import type { RandomAccess } from './byte-window.js';
import { scanPickles, type PickleScanOptions, type PickleScanResult } from './machine.js';
import { PicklePolicy } from './policy.js';
import { DEFAULT_PROFILES } from './profiles.js';

export type PickleContainer = 'pickle' | 'pytorch' | 'joblib' | 'numpy' | 'torchscript';

const CONTEXT_ALLOW: Partial<Record<PickleContainer, string[]>> = {
  // TorchScript archives are read by torch's C++ unpickler, which resolves only these (no Python import).
  torchscript: ['__torch__.*', 'torch.jit._pickle.*'],
};

export function policyFor(ctx: AnalyzeContext, container: PickleContainer): PicklePolicy {
  const configured = ctx.pickle?.profiles ?? [];
  const profiles = configured.length ? configured : DEFAULT_PROFILES[container === 'torchscript' ? 'pytorch' : container];
  return new PicklePolicy(profiles, ctx.pickle?.allow ?? [], ctx.pickle?.deny ?? [], CONTEXT_ALLOW[container] ?? []);
}

export function policyFindings(policy: PicklePolicy): Finding[] {
  return policy.unknownProfiles.map((p) => ({
    rule: 'pickle/unknown-profile',
    severity: 'error' as const,
    message: `validate.pickle.profiles names ${JSON.stringify(p)}, which is not a profile (pytorch, numpy, sklearn, xgboost, lightgbm, data)`,
  }));
}

export async function runPickleScan(source: RandomAccess, ctx: AnalyzeContext, container: PickleContainer, extra: Partial<PickleScanOptions> = {}): Promise<PickleScanResult & { policy: PicklePolicy }> {
  const policy = policyFor(ctx, container);
  const result = await scanPickles(source, {
    policy,
    limits: ctx.limits,
    persistentIds: container === 'pytorch' || container === 'torchscript' ? 'allowed' : 'unexpected',
    joblib: true,
    signal: ctx.signal,
    ...extra,
  });
  result.findings.unshift(...policyFindings(policy));
  return { ...result, policy };
}

/** Details worth showing for a scanned pickle stream. */
export function pickleDetails(r: PickleScanResult & { policy: PicklePolicy }): Record<string, unknown> {
  return {
    pickles: r.pickles.map((p) => ({ offset: p.offset, protocol: p.protocol, opcodes: p.opcodes })),
    opcodes: r.opcodes,
    profiles: r.policy.profiles,
    globals: r.globals.slice(0, 200).map((g) => ({ name: g.name, verdict: g.verdict, count: g.count })),
  };
}

export function toResult(r: PickleScanResult & { policy: PicklePolicy }, extraFindings: Finding[] = [], details: Record<string, unknown> = {}): AnalyzerResult {
  return { findings: [...r.findings, ...extraFindings], details: { ...pickleDetails(r), ...details } };
}
