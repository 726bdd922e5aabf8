import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GateRun } from '../gate/run.js';
import type { ActionContext, ActionSpec } from './runtime/context.js';

interface EventInfo {
  prNumber?: number;
  baseSha?: string;
  headSha?: string;
}

function eventInfo(env: NodeJS.ProcessEnv): EventInfo {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { number?: number; base?: { sha?: string }; head?: { sha?: string } } };
    const pr = event.pull_request;
    return pr && typeof pr.number === 'number' ? { prNumber: pr.number, baseSha: pr.base?.sha, headSha: pr.head?.sha } : {};
  } catch {
    return {};
  }
}

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
    const [{ runGate }, { renderMarkdown }, { writeBlessing }] = await Promise.all([import('../gate/run.js'), import('../gate/render.js'), import('../gate/blessing.js')]);
    const event = eventInfo(ctx.env);
    // `FILE@REF` names the file at a git ref, unless a file has that very name.
    const fromWorkspace = (p: string) => {
      const at = p.lastIndexOf('@');
      if (at > 0 && at < p.length - 1 && !existsSync(path.resolve(ctx.workspace, p))) return `${path.resolve(ctx.workspace, p.slice(0, at))}@${p.slice(at + 1)}`;
      return path.resolve(ctx.workspace, p);
    };
    const candidate = ctx.inputs.list('candidate').map((p) => path.resolve(ctx.workspace, p));
    const baseline = ctx.inputs.list('baseline').map(fromWorkspace);
    let baselineRef = ctx.inputs.string('baseline-ref');
    // `pr-base` names the pull request's base commit without an expression in the workflow.
    if (baselineRef === 'pr-base') baselineRef = event.baseSha ?? 'HEAD^';
    const run = await runGate(loaded, ctx.inputs.string('gate'), {
      candidate: candidate.length ? candidate : undefined,
      baseline: baseline.length ? baseline : undefined,
      baselineRef,
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
    await publish(ctx, run, markdown, event);
    ctx.info(`gate verdict: ${run.verdict} (${run.gates.map((g) => `${g.gate}: ${g.reason}`).join('; ')})`);
    if (run.verdict !== 'pass') return { failed: `gate ${run.verdict}: ${run.gates.filter((g) => g.verdict !== 'pass').map((g) => `${g.gate}: ${g.reason}`).join('; ')}` };
  },
};

/** The check run and the sticky comment; GitHub modules load only when they are used. */
async function publish(ctx: ActionContext, run: GateRun, markdown: string, event: EventInfo): Promise<void> {
  const wantCheckRun = ctx.inputs.boolean('check-run', false);
  const wantComment = ctx.inputs.boolean('comment', true) && event.prNumber !== undefined;
  if (!wantCheckRun && !wantComment) return;
  const token = ctx.inputs.string('github-token');
  if (!token) {
    ctx.warning('no github-token: skipping the check run and the pull request comment');
    return;
  }
  const { createGitHubClient, repoFromEnv } = await import('../github/client.js');
  const client = createGitHubClient({ token, env: ctx.env, log: { debug: ctx.debug, warning: ctx.warning } });
  const repo = repoFromEnv(ctx.env);
  if (wantCheckRun) {
    const headSha = event.headSha ?? ctx.env.GITHUB_SHA;
    if (!headSha) ctx.warning('no head SHA (GITHUB_SHA): skipping the check run');
    else {
      const { createCheckRun } = await import('../github/check-runs.js');
      const failing = run.checks.filter((c) => c.status === 'fail' || c.status === 'error' || c.status === 'warn');
      const result = await createCheckRun(client, {
        ...repo,
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
    }
  }
  if (wantComment) {
    const { upsertStickyComment } = await import('../github/sticky-comment.js');
    const result = await upsertStickyComment(client, { ...repo, issueNumber: event.prNumber!, key: 'gate', body: markdown });
    ctx.setOutput('comment-url', result.url);
  }
}
