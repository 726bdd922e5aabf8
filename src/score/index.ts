/** The ML Test Score capability: public API for the CLI, the action and the demo. */
export { scoreProject, writeAtomically, type ScoreProjectOptions } from './project.js';
export { scoreRepository, type ScoreOptions } from './evaluate.js';
export { scoreAtRef } from './base.js';
export { compareReports, parseBaseReport } from './compare.js';
export { computeScore, pointsFor } from './scoring.js';
export { bandFor } from './bands.js';
export { renderBadge, formatScore } from './badge.js';
export { renderMarkdown } from './render/markdown.js';
export { renderText, type TextStyle } from './render/text.js';
export { nextSteps } from './next-steps.js';
export { RUBRIC, RUBRIC_BY_ID, TEST_IDS, SECTIONS, SECTION_TITLES, type RubricTest, type SectionId } from './rubric.js';
export { WorkingTree } from './repo/working-tree.js';
export { CommitFiles } from './repo/commit-files.js';
export type * from './types.js';
