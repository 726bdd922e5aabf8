import { existsSync } from 'node:fs';
import path from 'node:path';
import type { GateRun } from '../gate/run.js';
import { ConfigError, describeError } from '../core/errors.js';
import type { ActionContext, ActionSpec } from './runtime/context.js';
import type { PullRequestRef } from './runtime/pull-request.js';
import { runActionSpec } from './runtime/main.js';

/**
 * Evaluates metric gates: outputs and a JSON report, a blessing folder, a job summary table, annotations
 * on the modelship.yml lines of failed checks, a check run carrying the same annotations, and one sticky
 * comment on the pull request. Fails the step on `fail` and on `inconclusive`: a gate that could not
 * evaluate never lets a model through.
 */
export const gateAction: ActionSpec = {
  name: 'gate',
  async run(ctx) {
    const loaded = await ctx.loadConfig();
    // Loaded here, not at the top: the sources and statistics are most of the bundle's start-up.
    const [{ runGate }, { renderMarkdown }, { writeBlessing }, { crossCheck }, { splitFileAtRef }] = await Promise.all([
      import('../gate/run.js'),
      import('../gate/render.js'),
      import('../gate/blessing.js'),
      import('../config-check/cross-check.js'),
      import('../core/metrics/index.js'),
    ]);
    // The same cross-check as `config check`: a file it rejects is never gated.
    const issues = await crossCheck(loaded);
    if (issues.length > 0) throw new ConfigError(issues);
    const pr = ctx.pullRequest();
    // `FILE@REF` names the file at a git ref: split at the first "@" after a path that exists (tags hold "@").
    const fromWorkspace = (p: string) => {
      const { file, ref } = splitFileAtRef(p, (f) => existsSync(path.resolve(ctx.workspace, f)));
      return { file: path.resolve(ctx.workspace, file), ref };
    };
    const candidateInput = ctx.inputs.list('candidate');
    const baselineInput = ctx.inputs.list('baseline');
    let baselineRef = ctx.inputs.string('baseline-ref');
    // `pr-base` names the pull request's base commit without an expression in the workflow.
    if (baselineRef === 'pr-base') baselineRef = pr?.baseSha ?? 'HEAD^';
    const named = (input: string, values: string[]) => (values.length ? `input ${input} (${values.map((v) => JSON.stringify(v)).join(', ')})` : undefined);
    const run = await runGate(loaded, ctx.inputs.string('gate'), {
      candidate: candidateInput.length ? candidateInput.map(fromWorkspace) : undefined,
      baseline: baselineInput.length ? baselineInput.map(fromWorkspace) : undefined,
      baselineRef,
      arguments: { candidate: named('candidate', candidateInput), baseline: named('baseline', baselineInput), baselineRef: baselineRef === undefined ? undefined : named('baseline-ref', [baselineRef]) },
      seed: ctx.inputs.number('seed', { integer: true }),
      // `baseline: {live: {environment}}` reads the deployment state the deploy action writes (input `state`),
      // built only when a gate asks: a gate without a live baseline needs no token and makes no call.
      live: {
        metricsForLiveVersion: async (environment, model) => {
          const [{ deploymentStoreFor }, { liveBaselinesFromState }] = await Promise.all([import('./runtime/deployment-store.js'), import('../deploy/live-baseline.js')]);
          const { store } = await deploymentStoreFor(ctx, loaded);
          return liveBaselinesFromState(loaded, { store }).metricsForLiveVersion(environment, model);
        },
      },
    });

    await ctx.writeReport('gate', { verdict: run.verdict, checks: run.checks, gates: run.gates });
    const blessingDir = ctx.inputs.string('blessing-dir');
    if (blessingDir) {
      const dir = path.resolve(ctx.workspace, blessingDir);
      await writeBlessing(dir, run.verdict, run.gates.map((g) => ({ gate: g.gate, verdict: g.verdict, reason: g.reason })));
      ctx.setOutput('blessing', dir);
    }
    ctx.setOutput('verdict', run.verdict);
    ctx.setOutput('passed-count', run.checks.filter((c) => c.status === 'pass').length);
    ctx.setOutput('failed-count', run.checks.filter((c) => c.status === 'fail').length);

    for (const c of run.checks) {
      if (c.status === 'pass' || c.status === 'skip') continue;
      ctx.annotate({
        level: c.status === 'warn' ? 'warning' : 'error',
        title: `gate ${c.gate}: ${c.check} [${c.slice}] ${c.status}`,
        message: c.reason,
        location: c.location,
      });
    }
    const markdown = renderMarkdown(run);
    ctx.summary(markdown);
    await publish(ctx, run, markdown, pr);
    ctx.info(`gate verdict: ${run.verdict} (${run.gates.map((g) => `${g.gate}: ${g.reason}`).join('; ')})`);
    if (run.verdict !== 'pass') return { failed: `gate ${run.verdict}: ${run.gates.filter((g) => g.verdict !== 'pass').map((g) => `${g.gate}: ${g.reason}`).join('; ')}` };
  },
};

/**
 * The check run and the sticky comment. Neither is the verdict: a token that may not write them (a fork's
 * read-only token, `checks: write` not granted) or an outage is a warning, and the step's result stands.
 */
async function publish(ctx: ActionContext, run: GateRun, markdown: string, pr: PullRequestRef | undefined): Promise<void> {
  if (ctx.inputs.boolean('comment', true) && pr !== undefined) {
    // The runtime's sticky-comment path: one comment per key, edited in place; failures are warnings.
    const url = await ctx.stickyComment('gate', markdown);
    if (url) ctx.setOutput('comment-url', url);
  }
  if (!ctx.inputs.boolean('check-run', false)) return;
  const token = ctx.inputs.string('github-token');
  if (!token) {
    ctx.warning('no check run: the github-token input is empty');
    return;
  }
  const headSha = pr?.headSha ?? ctx.env.GITHUB_SHA;
  if (!headSha) {
    ctx.warning('no head SHA (GITHUB_SHA): skipping the check run');
    return;
  }
  try {
    const [{ createGitHubClient, repoFromEnv }, { createCheckRun }] = await Promise.all([import('../github/client.js'), import('../github/check-runs.js')]);
    const client = createGitHubClient({ token, env: ctx.env, log: { debug: ctx.debug, warning: ctx.warning } });
    const failing = run.checks.filter((c) => c.status === 'fail' || c.status === 'error' || c.status === 'warn');
    const result = await createCheckRun(client, {
      ...repoFromEnv(ctx.env),
      name: `modelship gate${run.gates.length === 1 ? `: ${run.gates[0].gate}` : ''}`,
      headSha,
      conclusion: run.verdict === 'pass' ? 'success' : run.verdict === 'fail' ? 'failure' : 'neutral',
      title: `Gate ${run.verdict}: ${run.checks.filter((c) => c.status === 'pass').length} passed, ${run.checks.filter((c) => c.status === 'fail').length} failed`,
      summary: markdown,
      workspace: ctx.workspace,
      annotations: failing
        .filter((c) => c.location?.line !== undefined)
        .map((c) => ({
          path: c.location!.file,
          startLine: c.location!.line!,
          level: c.status === 'warn' ? ('warning' as const) : ('failure' as const),
          title: `${c.gate}: ${c.check} [${c.slice}]`,
          message: c.reason,
        })),
    });
    ctx.setOutput('check-run-id', result.id);
  } catch (err) {
    ctx.warning(`could not create the check run (it needs \`checks: write\`; a fork's token is read-only): ${describeError(err)}`);
  }
}

/** Runs the action with the runner's environment: the entry point `dist/gate/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(gateAction);
}
