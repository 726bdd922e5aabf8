import { MetricTree, isRecord } from './tree.js';
import { MetricSourceError, type MetricSet } from './source.js';

/**
 * The JSON report of `modelship score` (`{"score","band","sections":{...},"tests":[{"id","points"}]}`),
 * read as `score`, `sections.<data|model|infrastructure|monitoring>` and `tests.<id>` (points).
 */
export function isScoreReport(data: unknown): boolean {
  return isRecord(data) && typeof data.score === 'number' && isRecord(data.sections) && Array.isArray(data.tests);
}

export function scoreMetrics(data: unknown, origin: string): MetricSet {
  if (!isScoreReport(data)) throw new MetricSourceError(`${origin} is not an ML Test Score report (expected "score", "sections" and "tests", as \`modelship score --format json\` writes)`);
  const report = data as { score: number; sections: Record<string, unknown>; tests: unknown[] };
  const sections: Record<string, unknown> = {};
  for (const [id, s] of Object.entries(report.sections)) sections[id] = isRecord(s) ? s.score : s;
  const tests: Record<string, unknown> = {};
  for (const t of report.tests) if (isRecord(t) && typeof t.id === 'string') tests[t.id] = t.points;
  return new MetricTree(origin, { score: report.score, sections, tests });
}
