import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding, ScoreReport } from '../score/index.js';
import type { ActionContext, ActionSpec, AnnotationLevel } from './runtime/context.js';

const LEVEL: Record<Finding['severity'], AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' };

/** The pull request of the triggering event, if any (its base SHA is the default base to compare with). */
function pullRequestOf(env: NodeJS.ProcessEnv): { number: number; baseSha?: string } | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { number?: number; base?: { sha?: string } } };
    const pr = event.pull_request;
    return pr && typeof pr.number === 'number' ? { number: pr.number, baseSha: pr.base?.sha } : undefined;
  } catch {
    return undefined;
  }
}

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
    const pr = pullRequestOf(ctx.env);
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
    if (pr && ctx.inputs.boolean('comment', true)) await comment(ctx, pr.number, markdown);
    ctx.info(`ML Test Score ${formatScore(report.score)} / 7 (band ${report.band})`);
    if (!report.passed) return { failed: belowMinimum(report, formatScore) };
  },
};

function belowMinimum(report: ScoreReport, formatScore: (n: number) => string): string {
  return `ML Test Score ${formatScore(report.score)} is below the minimum ${formatScore(report.minimum ?? 0)} (weakest: ${report.weakestSections.join(', ')})`;
}

/**
 * One sticky comment per pull request, updated in place on every run. A comment that cannot be written (a
 * fork's read-only token, an API outage) is a warning: the score, the summary and the verdict still stand.
 */
async function comment(ctx: ActionContext, prNumber: number, markdown: string): Promise<void> {
  const token = ctx.inputs.string('github-token');
  const [owner, repo] = (ctx.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) {
    ctx.warning('no pull-request comment: github-token or GITHUB_REPOSITORY is missing');
    return;
  }
  // Loaded on demand: Octokit is most of the bundle's start-up and runs without a pull request do not need it.
  const [{ createGitHubClient }, { upsertStickyComment }] = await Promise.all([import('../github/client.js'), import('../github/sticky-comment.js')]);
  try {
    const client = createGitHubClient({ token, env: ctx.env, log: { debug: (m) => ctx.debug(m), warning: (m) => ctx.warning(m) } });
    const result = await upsertStickyComment(client, { owner, repo, issueNumber: prNumber, key: 'test-score', body: markdown });
    ctx.info(`pull-request comment ${result.created ? 'created' : result.changed ? 'updated' : 'unchanged'}: ${result.url}`);
  } catch (err) {
    ctx.warning(`could not write the pull-request comment: ${(err as Error).message}`);
  }
}
