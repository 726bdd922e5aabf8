/** Shared statistics: descriptive summaries, Mann-Whitney U, Wilcoxon signed-rank, seeded bootstrap intervals. */
export * from './random.js';
export * from './descriptive.js';
export * from './normal.js';
export * from './mann-whitney.js';
export * from './bootstrap.js';
export * from './significance.js';
export * from './wilcoxon.js';
