import { round } from './scoring.js';
import { SECTIONS, type SectionId } from './rubric.js';
import type { ScoreComparison, ScoreReport, TestChange, TestStatus } from './types.js';

/** What changed from a base report (the base branch's score) to this one. */
export function compareReports(head: Pick<ScoreReport, 'score' | 'sections' | 'tests'>, base: Pick<ScoreReport, 'score' | 'band' | 'sections' | 'tests'>, baseLabel: string): ScoreComparison {
  const baseStatus = new Map(base.tests.map((t) => [t.id, t]));
  const changes: TestChange[] = [];
  for (const t of head.tests) {
    const b = baseStatus.get(t.id);
    const from: TestStatus | 'absent' = b?.status ?? 'absent';
    if (from !== t.status) changes.push({ id: t.id, from, to: t.status, pointsDelta: round(t.points - (b?.points ?? 0)) });
  }
  const sectionDeltas = Object.fromEntries(SECTIONS.map((s) => [s, round((head.sections[s] ?? 0) - (base.sections?.[s] ?? 0))])) as Record<SectionId, number>;
  return { baseLabel, baseScore: base.score, baseBand: base.band, scoreDelta: round(head.score - base.score), sectionDeltas, changes };
}

/** Reads a previous report (`--base-report`), checking the fields the comparison needs. */
export function parseBaseReport(text: string, file: string): Pick<ScoreReport, 'score' | 'band' | 'sections' | 'tests'> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file} is not JSON: ${(err as Error).message}`);
  }
  const r = (data !== null && typeof data === 'object' && !Array.isArray(data) ? data : {}) as Partial<ScoreReport>;
  const sectionsOk = r.sections !== null && r.sections !== undefined && typeof r.sections === 'object' && SECTIONS.every((s) => typeof r.sections?.[s] === 'number');
  const testsOk = Array.isArray(r.tests) && r.tests.every((t) => t !== null && typeof t === 'object' && typeof t.id === 'string' && typeof t.status === 'string' && typeof t.points === 'number');
  if (typeof r.score !== 'number' || typeof r.band !== 'string' || !sectionsOk || !testsOk) {
    throw new Error(`${file} is not a report of \`modelship score --format json\` (needs score, band, sections.{data,model,infrastructure,monitoring} and tests[].{id,status,points})`);
  }
  return { score: r.score, band: r.band, sections: r.sections!, tests: r.tests! };
}
