import { bandFor } from './bands.js';
import { RUBRIC_BY_ID, SECTIONS, SECTION_TITLES, type SectionId } from './rubric.js';
import type { NotApplicablePolicy, SectionResult, TestStatus } from './types.js';

/** Points of one test under the 2017 rule: automated 1, manual 0.5, missing 0. */
export function pointsFor(status: TestStatus): number {
  return status === 'automated' ? 1 : status === 'manual' ? 0.5 : 0;
}

/** Points in half-point units, so sums and comparisons are exact integers. */
function halves(status: TestStatus): number {
  return status === 'automated' ? 2 : status === 'manual' ? 1 : 0;
}

export interface ScoredTest {
  id: string;
  status: TestStatus;
  applicable: boolean;
}

export interface Scoring {
  score: number;
  band: string;
  bandDescription: string;
  sections: SectionResult[];
  weakest: SectionId[];
}

/** Rounds away binary noise from the rescaling division; raw points are exact halves anyway. */
export function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}

/**
 * The paper's rule: sum each section, final score = the minimum of the four sums.
 * Under `exclude`, a section's sum is rescaled to 7 over its applicable tests (sum × 7 / applicable);
 * a section with no applicable test leaves the minimum. Under `zero`, not-applicable tests score 0.
 * Tests not in `tests` are missing.
 */
export function computeScore(tests: ReadonlyArray<ScoredTest>, policy: NotApplicablePolicy): Scoring {
  const byId = new Map(tests.map((x) => [x.id, x]));
  const sections: SectionResult[] = SECTIONS.map((section) => {
    let sumHalves = 0;
    let applicable = 0;
    for (const rubric of RUBRIC_BY_ID.values()) {
      if (rubric.section !== section) continue;
      const entry = byId.get(rubric.id);
      const isApplicable = entry?.applicable !== false;
      if (!isApplicable && policy === 'exclude') continue;
      applicable++;
      if (isApplicable && entry) sumHalves += halves(entry.status);
    }
    const points = sumHalves / 2;
    const excluded = applicable === 0;
    const score = excluded ? 0 : policy === 'exclude' ? round((sumHalves * 7) / (2 * applicable)) : points;
    return { id: section, title: SECTION_TITLES[section], score, points, applicable, excluded };
  });
  const counted = sections.filter((s) => !s.excluded);
  const score = counted.length === 0 ? 0 : Math.min(...counted.map((s) => s.score));
  const weakest = counted.length === 0 ? [] : counted.filter((s) => s.score === score).map((s) => s.id);
  const band = bandFor(score);
  return { score, band: band.label, bandDescription: band.description, sections, weakest };
}
