import { benchWithOptions } from '../bench/options.js';
import { readFile } from 'node:fs/promises';
import { renderMarkdown } from '../bench/render.js';
import type { ActionContext, ActionSpec } from './runtime/context.js';

/** Benchmarks the models, compares with the baseline, and fails the step on a regression. */
export const benchmarkAction: ActionSpec = {
  name: 'benchmark',
  async run(ctx) {
    const loaded = await ctx.loadConfig();
    const outcome = await benchWithOptions(
      loaded,
      {
        models: ctx.inputs.list('model'),
        runner: ctx.inputs.string('runner'),
        baseline: ctx.inputs.string('baseline'),
        save: ctx.inputs.string('save'),
        trials: ctx.inputs.string('trials'),
        duration: ctx.inputs.string('duration'),
        warmup: ctx.inputs.string('warmup'),
        batch: ctx.inputs.string('batch'),
        url: ctx.inputs.string('url'),
      },
      { cwd: ctx.workspace, env: ctx.env, log: (line) => ctx.info(line) },
    );
    const { report } = outcome;
    await ctx.writeReport('benchmark', { ...report, savedAs: outcome.savedAs });
    const head = report.results.find((r) => r.role === 'candidate');
    ctx.setOutput('regressed', report.regressed);
    if (head) {
      ctx.setOutput('p50-ms', head.latency_ms.p50);
      ctx.setOutput('p99-ms', head.latency_ms.p99);
      ctx.setOutput('throughput', head.throughput_per_s);
      ctx.setOutput('rss-mb', head.rss_mb);
    }
    ctx.setOutput('comparison', JSON.stringify(report.comparison.map((c) => ({ model: c.model, batch: c.batch, metric: c.metric, change: c.change, verdict: c.verdict }))));
    const markdown = renderMarkdown(report, outcome.history);
    ctx.summary(markdown);
    const pr = await pullRequestNumber(ctx);
    if (pr !== undefined) await comment(ctx, pr, markdown);
    for (const w of report.warnings) ctx.annotate({ level: 'warning', title: 'benchmark', message: w });
    const modelsSection = (name: string) => loaded.locate(['models', name, 'path']);
    for (const c of report.comparison.filter((x) => x.regressed)) {
      ctx.annotate({ level: 'error', title: `benchmark regression: ${c.model}`, message: `batch ${c.batch}: ${c.reason}`, location: modelsSection(c.model) });
    }
    if (report.regressed) {
      const n = report.comparison.filter((c) => c.regressed).length;
      return { failed: `benchmark: ${n} regression(s) detected` };
    }
  },
};

/** The pull request of this run, from the event payload; undefined outside pull requests. */
async function pullRequestNumber(ctx: ActionContext): Promise<number | undefined> {
  const file = ctx.env.GITHUB_EVENT_PATH;
  if (!file) return undefined;
  try {
    const event = JSON.parse(await readFile(file, 'utf8')) as { pull_request?: { number?: unknown }; issue?: { number?: unknown; pull_request?: unknown } };
    const n = event.pull_request?.number ?? (event.issue?.pull_request ? event.issue.number : undefined);
    return typeof n === 'number' ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One sticky comment per pull request, updated in place. A comment that cannot be written (a fork's
 * read-only token, an outage) is a warning: the figures, the summary and the verdict still stand.
 */
async function comment(ctx: ActionContext, prNumber: number, markdown: string): Promise<void> {
  const token = ctx.inputs.string('github-token');
  const [owner, repo] = (ctx.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) {
    ctx.warning('no pull-request comment: github-token or GITHUB_REPOSITORY is missing');
    return;
  }
  const [{ createGitHubClient }, { upsertStickyComment }] = await Promise.all([import('../github/client.js'), import('../github/sticky-comment.js')]);
  try {
    const client = createGitHubClient({ token, env: ctx.env, log: { debug: (m) => ctx.debug(m), warning: (m) => ctx.warning(m) } });
    const result = await upsertStickyComment(client, { owner, repo, issueNumber: prNumber, key: 'benchmark', body: markdown });
    ctx.info(`pull-request comment ${result.created ? 'created' : result.changed ? 'updated' : 'unchanged'}: ${result.url}`);
  } catch (err) {
    ctx.warning(`could not write the pull-request comment: ${(err as Error).message}`);
  }
}
