import path from 'node:path';
import type { Finding, ScoreReport } from '../score/index.js';
import type { ActionSpec, AnnotationLevel } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

const LEVEL: Record<Finding['severity'], AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };

/** Scores the repository, compares with the base branch, writes the badge; fails below the minimum. */
export const testScoreAction: ActionSpec = {
  name: 'test-score',
  async run(ctx) {
    const loaded = await ctx.loadConfig();
    // Loaded after the configuration: a run that stops early (no config) starts as fast as bare node.
    const [{ resolveInside }, { formatScore, renderMarkdown, scoreProject }] = await Promise.all([import('../core/config.js'), import('../score/index.js')]);
    const minimum = ctx.inputs.number('minimum', { min: 0, max: 7 });
    const rootInput = ctx.inputs.string('root');
    const badgeInput = ctx.inputs.string('badge-path');
    const baseReportInput = ctx.inputs.string('base-report');
    const pr = ctx.pullRequest();
    const baseRef = ctx.inputs.string('base-ref') ?? pr?.baseSha;
    const report = await scoreProject({
      loaded,
      root: rootInput ? resolveInside(ctx.workspace, rootInput) : undefined,
      minimum,
      badge: badgeInput ? resolveInside(ctx.workspace, badgeInput) : undefined,
      baseReport: baseReportInput ? path.resolve(ctx.workspace, baseReportInput) : undefined,
      baseRef: baseReportInput ? undefined : baseRef,
    });
    await ctx.writeReport('test-score', report);
    ctx.setOutput('score', report.score);
    ctx.setOutput('band', report.band);
    if (badgeInput) ctx.setOutput('badge', resolveInside(ctx.workspace, badgeInput));
    for (const f of report.findings) {
      ctx.annotate({ level: LEVEL[f.severity], title: `ML Test Score${f.test ? `: ${f.test}` : ''}`, message: f.hint ? `${f.message} (${f.hint})` : f.message, location: f.location });
    }
    const markdown = renderMarkdown(report);
    ctx.summary(markdown);
    if (ctx.inputs.boolean('comment', true)) await ctx.stickyComment('test-score', markdown);
    ctx.info(`ML Test Score ${formatScore(report.score)} / 7 (band ${report.band})`);
    if (!report.passed) return { failed: belowMinimum(report, formatScore) };
  },
};

function belowMinimum(report: ScoreReport, formatScore: (n: number) => string): string {
  return `ML Test Score ${formatScore(report.score)} is below the minimum ${formatScore(report.minimum ?? 0)} (weakest: ${report.weakestSections.join(', ')})`;
}

/** Runs the action with the runner's environment: the entry point `dist/test-score/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(testScoreAction);
}
