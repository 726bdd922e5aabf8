import path from 'node:path';
import { ModelshipError } from '../core/errors.js';
import type { ActionSpec } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

/**
 * Packages a model as a CNCF ModelPack OCI artifact and, with `repository`, pushes it (tag = version) with
 * its validation report attached as a referrer. Outputs the digest and the `oci://...@sha256:` reference
 * that deploys run by.
 */
export const packageAction: ActionSpec = {
  name: 'package',
  async run(ctx) {
    const loaded = await ctx.loadConfig();
    const spec = ctx.inputs.requiredString('model');
    const at = spec.indexOf('@');
    const model = at > 0 ? spec.slice(0, at) : spec;
    let version = at > 0 ? spec.slice(at + 1).replace(/^v/, '') : undefined;
    if (version === undefined) {
      const { planVersions } = await import('../version/service.js');
      version = (await planVersions(loaded, ctx.env, model))[0]?.current ?? undefined;
      if (!version) throw new ModelshipError(`input model: "${model}" has no released version yet; give MODEL@VERSION`);
    }
    // Credentials go to the registry client through its environment, never into a URL or a report.
    const env: NodeJS.ProcessEnv = { ...ctx.env };
    const username = ctx.inputs.string('registry-username');
    const password = ctx.inputs.string('registry-password');
    if (password) ctx.secret(password);
    if (username && password) Object.assign(env, { MODELSHIP_REGISTRY_USERNAME: username, MODELSHIP_REGISTRY_PASSWORD: password });
    const token = ctx.inputs.string('github-token');
    if (token) {
      ctx.secret(token);
      env.GITHUB_TOKEN = token;
    }
    const outputRoot = path.resolve(ctx.workspace, ctx.inputs.string('output-dir', { default: '.modelship/package' })!);
    const repository = ctx.inputs.string('repository');
    let digest: string;
    let layout: string;
    let reference: string | undefined;
    let report: unknown;
    if (repository) {
      const { shipPackage } = await import('../package/ship.js');
      const shipped = await shipPackage(loaded, model, version, repository, env, { outputRoot, log: (l) => ctx.info(l) });
      ({ digest } = shipped.push);
      reference = shipped.push.digestReference;
      layout = shipped.package.layout;
      report = { model, version, layout, ...shipped.push, referrers: shipped.referrers };
    } else {
      const [{ packageSourceOf }, { buildPackage }] = await Promise.all([import('../package/source.js'), import('../package/build.js')]);
      const source = await packageSourceOf(loaded, model, version, env);
      if (source.verdict !== 'pass') return { failed: `${source.artifact} fails validation: it is not packaged` };
      const built = await buildPackage(source, path.join(outputRoot, `${model}-${version}`));
      digest = built.manifest.digest;
      layout = built.layout;
      report = { model, version, ...built };
    }
    ctx.setOutput('digest', digest);
    ctx.setOutput('layout', layout);
    if (reference) ctx.setOutput('reference', reference);
    ctx.setOutput('report', await ctx.writeReport('package', report));
    ctx.summary(`### ${model} ${version}: ModelPack artifact\n\n| | |\n|---|---|\n| digest | \`${digest}\` |\n${reference ? `| deploy by digest | \`${reference}\` |\n` : ''}| layout | \`${path.relative(ctx.workspace, layout)}\` |\n`);
    ctx.info(`${model} ${version}: ${reference ?? digest}`);
  },
};

/** Runs the action with the runner's environment: the entry point `dist/package/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(packageAction);
}
