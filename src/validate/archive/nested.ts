import type { AnalyzeContext, ByteSource, Finding, NestedResult } from '../types.js';

/**
 * Findings of a nested source, re-anchored under `member` (nested members join with `!/`). The engine
 * already anchors the findings it adds itself (unknown member, disguised format, depth) at the hint, which
 * we pass as the member name: those are left as they are.
 */
export function underMember(findings: Finding[], member: string): Finding[] {
  return findings.map((f) => {
    const inner = f.location?.member;
    if (inner === member) return f;
    return { ...f, location: { ...f.location, member: inner ? `${member}!/${inner}` : member } };
  });
}

/**
 * Hands a member to the engine for content-based detection (the engine enforces maxArchiveDepth). Never
 * throws: a failure on a member is itself a failing finding.
 */
export async function analyzeMember(ctx: AnalyzeContext, source: ByteSource, member: string, options?: { requireModel?: boolean }): Promise<NestedResult> {
  try {
    const r = await ctx.analyzeNested(source, member, options);
    return { format: r.format, findings: underMember(r.findings, member) };
  } catch (err) {
    return { format: 'unknown', findings: [{ rule: 'archive/member-error', severity: 'error', message: `member could not be analysed: ${(err as Error).message}`, location: { member } }] };
  }
}
