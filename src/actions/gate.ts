import { ConfigError } from '../core/errors.js';
import type { ActionSpec } from './runtime/context.js';
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
    const [{ runGate }, { renderMarkdown, renderCheckRun }, { writeBlessing }, { crossCheck }, { gateRequest }] = await Promise.all([
      import('../gate/run.js'),
      import('../gate/render.js'),
      import('../gate/blessing.js'),
      import('../config-check/cross-check.js'),
      import('../gate/request.js'),
    ]);
    // The same cross-check as `config check`: a file it rejects is never gated.
    const issues = await crossCheck(loaded);
    if (issues.length > 0) throw new ConfigError(issues);
    const request = gateRequest(
      { candidate: ctx.inputs.list('candidate'), baseline: ctx.inputs.list('baseline'), baselineRef: ctx.inputs.string('baseline-ref'), seed: ctx.inputs.string('seed'), blessing: ctx.inputs.string('blessing-dir') },
      {
        cwd: ctx.workspace,
        labels: { candidate: 'input candidate', baseline: 'input baseline', baselineRef: 'input baseline-ref', seed: 'input "seed"', blessing: 'input blessing-dir' },
        pullRequestBase: ctx.pullRequest()?.baseSha,
      },
    );
    const run = await runGate(loaded, ctx.inputs.string('gate'), {
      ...request.overrides,
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
    if (request.blessingDir) {
      await writeBlessing(request.blessingDir, run.verdict, run.gates.map((g) => ({ gate: g.gate, verdict: g.verdict, reason: g.reason })));
      ctx.setOutput('blessing', request.blessingDir);
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
    // Neither the comment nor the check run is the verdict: the runtime turns their failures into warnings.
    if (ctx.inputs.boolean('comment', true)) {
      const url = await ctx.stickyComment('gate', markdown);
      if (url) ctx.setOutput('comment-url', url);
    }
    if (ctx.inputs.boolean('check-run', false)) {
      const id = await ctx.checkRun(renderCheckRun(run, markdown));
      if (id !== undefined) ctx.setOutput('check-run-id', id);
    }
    ctx.info(`gate verdict: ${run.verdict} (${run.gates.map((g) => `${g.gate}: ${g.reason}`).join('; ')})`);
    if (run.verdict !== 'pass') return { failed: `gate ${run.verdict}: ${run.gates.filter((g) => g.verdict !== 'pass').map((g) => `${g.gate}: ${g.reason}`).join('; ')}` };
  },
};

/** Runs the action with the runner's environment: the entry point `dist/gate/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(gateAction);
}
