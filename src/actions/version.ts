import type { VersionPlan } from '../version/analyze.js';
import type { ReleaseResult } from '../version/release.js';
import { versionSummaryMarkdown } from '../version/render.js';
import type { ActionSpec } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

/** Computes (and with `release: true` publishes) each model's next semantic version. */
export const versionAction: ActionSpec = {
  name: 'version',
  async run(ctx) {
    const loaded = await ctx.loadConfig();
    // Loaded after the configuration: the domain (git, semver, the ONNX reader) is start-up cost a failing run need not pay.
    const [{ planVersions, releaseModels }, { prereleaseOf }] = await Promise.all([import('../version/service.js'), import('../version/request.js')]);
    const model = ctx.inputs.string('model');
    const release = ctx.inputs.boolean('release', false);
    const dryRun = ctx.inputs.boolean('dry-run', false);
    const floatingRaw = ctx.inputs.string('floating-major');
    const floatingMajor = floatingRaw === undefined ? undefined : ctx.inputs.boolean('floating-major', false);
    const prerelease = prereleaseOf(ctx.inputs.string('prerelease'), loaded, ctx.pullRequest()?.number, 'input "prerelease"');

    let plans: VersionPlan[];
    let results: ReleaseResult[] | undefined;
    if (release) {
      const { gitHubReleasePublisher } = await import('../github/releases.js');
      const publisher = await gitHubReleasePublisher({ token: ctx.inputs.string('github-token'), env: ctx.env, log: { debug: ctx.debug, warning: ctx.warning } });
      results = await releaseModels(loaded, ctx.env, model, () => publisher, { dryRun, floatingMajor, prerelease });
      plans = results.map((r) => r.plan);
    } else {
      plans = await planVersions(loaded, ctx.env, model, { prerelease });
    }

    const join = (f: (p: VersionPlan) => string | null) => plans.map((p) => f(p) ?? '').join(',');
    ctx.setOutput('model', join((p) => p.model));
    ctx.setOutput('current', join((p) => p.current));
    ctx.setOutput('next', join((p) => p.next));
    ctx.setOutput('bump', join((p) => p.bump));
    ctx.setOutput('tag', join((p) => p.tag));
    ctx.setOutput('released', String(results?.some((r) => r.status !== 'nothing-to-release' && !r.dryRun) ?? false));
    ctx.setOutput('versions', JSON.stringify(plans.map(({ model: m, current, next, bump, tag }) => ({ model: m, current, next, bump, tag }))));
    await ctx.writeReport('version', model === undefined ? (results ?? plans) : (results?.[0] ?? plans[0]));

    for (const p of plans) {
      if (p.bump !== 'major' || p.current === null) continue;
      const why = p.reasons.filter((r) => r.bump === 'major').map((r) => r.message).join('; ');
      ctx.annotate({ level: 'warning', title: `${p.model}: breaking change`, message: `${p.model} ${p.current} -> ${p.next} (major): ${why}`, location: loaded.locate(['models', p.model, 'path']) });
    }

    const markdown = versionSummaryMarkdown(plans, results, dryRun);
    ctx.summary(markdown);
    if (ctx.inputs.boolean('comment', true)) await ctx.stickyComment('version', markdown);
    for (const p of plans) ctx.info(p.bump === 'none' ? `${p.model}: ${p.current ?? 'unreleased'} (no change)` : `${p.model}: ${p.current ?? '(none)'} -> ${p.next} (${p.bump})`);
  },
};

/** Runs the action with the runner's environment: the entry point `dist/version/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(versionAction);
}
