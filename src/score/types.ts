import type { SourceLocation } from '../core/errors.js';
import type { Effort, SectionId } from './rubric.js';

/** The paper's three states of a test: run automatically (1), run by hand with documented results (0.5), not done (0). */
export type TestStatus = 'automated' | 'manual' | 'missing';

/** How not-applicable tests count: `zero` as the paper's teams did, or `exclude` them and rescale the section to 7. */
export type NotApplicablePolicy = 'zero' | 'exclude';

export type FindingSeverity = 'error' | 'warning' | 'note';

/** A problem with the evidence or the configuration. Findings never stop the score from being computed. */
export interface Finding {
  severity: FindingSeverity;
  /** Stable machine-readable code, e.g. `unknown-test-id`, `manual-expired`. */
  code: string;
  message: string;
  location?: SourceLocation;
  test?: string;
  hint?: string;
}

/** One piece of evidence considered for a test, credited or not, and where it came from. */
export interface EvidenceRecord {
  /** `manual`, `workflow`, `tests`, `config-file`, `command`, or a detector name such as `modelship-gate`. */
  kind: string;
  /** `configured` under score.tests in modelship.yml, or `detected` by Modelship in the repository. */
  source: 'configured' | 'detected';
  /** The level this evidence would earn. */
  level: 'automated' | 'manual';
  /** True when Modelship verified it; false with `problem` saying why not. */
  credited: boolean;
  description: string;
  problem?: string;
  /** Where the evidence itself is (a workflow step, a test file, a document). */
  location?: SourceLocation;
  /** Where it is declared in modelship.yml (configured evidence only). */
  declaredAt?: SourceLocation;
  /** Credited evidence: each fact Modelship checked that makes it count (shown by `score --explain`). */
  proof?: string[];
}

export interface TestResult {
  id: string;
  section: SectionId;
  title: string;
  status: TestStatus;
  points: number;
  applicable: boolean;
  notApplicableReason?: string;
  effort: Effort;
  /** Every piece of evidence considered, credited first. */
  evidence: EvidenceRecord[];
}

export interface SectionResult {
  id: SectionId;
  title: string;
  /** The section's score as it enters the minimum (rescaled under the `exclude` policy). */
  score: number;
  /** Plain sum of the tests' points. */
  points: number;
  /** Tests that count (7 minus the excluded not-applicable ones under `exclude`). */
  applicable: number;
  /** True when every test was excluded as not applicable: the section then does not enter the minimum. */
  excluded: boolean;
}

export interface NextStep {
  test: string;
  section: SectionId;
  title: string;
  from: TestStatus;
  to: 'automated';
  effort: Effort;
  /** The final score once this step and the ones before it are done. */
  scoreAfter: number;
  how: string;
}

export interface TestChange {
  id: string;
  from: TestStatus | 'absent';
  to: TestStatus;
  pointsDelta: number;
}

export interface ScoreComparison {
  baseLabel: string;
  baseScore: number;
  baseBand: string;
  scoreDelta: number;
  sectionDeltas: Record<SectionId, number>;
  changes: TestChange[];
}

/** The JSON of `modelship score` (DESIGN.md): score, band, sections, tests, plus the details below. */
export interface ScoreReport {
  score: number;
  band: string;
  bandDescription: string;
  sections: Record<SectionId, number>;
  sectionDetail: SectionResult[];
  /** The section(s) whose score is the final score. */
  weakestSections: SectionId[];
  tests: TestResult[];
  findings: Finding[];
  nextSteps: NextStep[];
  naPolicy: NotApplicablePolicy;
  minimum: number | null;
  passed: boolean;
  rubric: 'breck-2017';
  scoring: { manual: 0.5; automated: 1; final: 'minimum of the four section scores' };
  root: string;
  config: string;
  generatedAt: string;
  comparison?: ScoreComparison;
}
