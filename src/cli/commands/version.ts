import path from 'node:path';
import { Command, Option } from 'commander';
import type { LoadedConfig } from '../../core/config.js';
import { ExitCode } from '../../core/errors.js';
import type { ReleasePublisher } from '../../version/publisher.js';
import { contextFor, execute, type CliIo } from '../context.js';

// Domains load when their command runs: `modelship --help` should not pay for onnxruntime, git and YAML.
const lazy = {
  m0: () => import('../../version/git-publisher.js'),
  m1: () => import('../../version/render.js'),
  m2: () => import('../../version/service.js'),
  m3: () => import('../../version/request.js'),
};

interface VersionOpts {
  prerelease?: string;
  as?: string;
}

interface ReleaseOpts extends VersionOpts {
  dryRun?: boolean;
  push?: boolean;
  floatingMajor?: boolean;
  publisher: 'git' | 'github';
  oci?: string;
}

/** `modelship version [MODEL]` and `modelship release [MODEL]`. */
export function registerVersionCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('version [model]')
    .description('compute the next semantic version of each model from what changed since its last tag')
    .option('--prerelease <id>', 'pre-release: rc (-rc.N) or pr.<number> (-pr.<number>.N)')
    .option('--as <version>', 'use this version instead of the computed one (must be above the current one)')
    .addHelpText(
      'after',
      `
JSON: one {"model","current","next","bump","tag","reasons":[{kind,message,bump}],...} for MODEL,
an array of them (configuration order) when MODEL is omitted.

Examples:
  $ modelship version iris
  $ modelship version --format json
  $ modelship version iris --prerelease pr.42`,
    )
    .action(async (model: string | undefined, opts: VersionOpts, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const loaded = await ctx.loadConfig();
          const prerelease = (await lazy.m3()).prereleaseOf(opts.prerelease, loaded, undefined, '--prerelease');
          const plans = await (await lazy.m2()).planVersions(loaded, ctx.env, model, { prerelease, as: opts.as });
          const texts = plans.map((await lazy.m1()).planText);
          // -q: one line per model (current -> next, tag), without the reasons.
          return { exitCode: ExitCode.Pass, json: model === undefined ? plans : plans[0], text: texts.join('\n\n'), verdict: texts.map(firstLine).join('\n') };
        }),
      );
    });

  program
    .command('release [model]')
    .description('tag the next version of each model and publish its release notes')
    .option('--dry-run', 'print what would be done and change nothing')
    .option('--push', 'push the tags to the remote (release.remote, default origin)')
    .option('--floating-major', 'also move the floating major tag (e.g. iris@v1)')
    .option('--no-floating-major', 'do not move the floating major tag, whatever release.floatingMajor says')
    .option('--prerelease <id>', 'pre-release: rc (-rc.N) or pr.<number> (-pr.<number>.N)')
    .option('--as <version>', 'release this version instead of the computed one (must be above the current one)')
    .option('--oci <registry/repository>', 'also package each released version as a ModelPack OCI artifact, push it (tag = version) and put its digest in the notes')
    .addOption(new Option('--publisher <kind>', 'git: annotated tags in this clone; github: tag and GitHub Release through the API (GITHUB_TOKEN, GITHUB_REPOSITORY)').choices(['git', 'github']).default('git'))
    .addHelpText(
      'after',
      `
Refuses, changing nothing, when: the model's files have uncommitted changes, the tag exists on another
commit, a higher version is already tagged, or the tag cannot be pushed. Running it twice creates nothing
twice. Exit codes: 0 released (or nothing to release), 1 refused, 2 usage or configuration error.

Examples:
  $ modelship release iris --dry-run
  $ modelship release iris --push --floating-major
  $ GITHUB_TOKEN=... GITHUB_REPOSITORY=o/r modelship release --publisher github`,
    )
    .action(async (model: string | undefined, opts: ReleaseOpts, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const loaded = await ctx.loadConfig();
          const prerelease = (await lazy.m3()).prereleaseOf(opts.prerelease, loaded, undefined, '--prerelease');
          const github = opts.publisher === 'github' ? await (await import('../../github/releases.js')).gitHubReleasePublisher({ token: ctx.env.GITHUB_TOKEN ?? ctx.env.GH_TOKEN, env: ctx.env, tokenFrom: 'GITHUB_TOKEN (or GH_TOKEN)' }) : undefined;
          const { GitPublisher } = await lazy.m0();
          const results = await (await lazy.m2()).releaseModels(
            loaded,
            ctx.env,
            model,
            (repo): ReleasePublisher => github ?? new GitPublisher(repo.git, { push: opts.push === true, remote: repo.settings.remote }),
            { dryRun: opts.dryRun === true, floatingMajor: opts.floatingMajor, prerelease, as: opts.as, ship: shipTo(opts.oci, loaded, ctx.cwd, ctx.env) },
          );
          await attachNotes(results, ctx.env);
          const texts = results.map((await lazy.m1()).releaseText);
          return { exitCode: ExitCode.Pass, json: model === undefined ? results : results[0], text: texts.join('\n\n'), verdict: texts.map(firstLine).join('\n') };
        }),
      );
    });
}

/** The release notes of each version pushed with --oci, attached to its manifest as a referrer. */
async function attachNotes(results: Array<{ oci?: string; notes?: string }>, env: NodeJS.ProcessEnv): Promise<void> {
  for (const r of results) {
    if (!r.oci || !r.notes) continue;
    const [{ attachDocument }, { REFERRER_TYPE }] = await Promise.all([import('../../package/ship.js'), import('../../package/media-types.js')]);
    await attachDocument(r.oci, REFERRER_TYPE.releaseNotes, { bytes: Buffer.from(r.notes), mediaType: 'text/markdown', title: 'release-notes.md' }, env, { plainHttp: plainHttpFrom(env) });
  }
}

const plainHttpFrom = (env: NodeJS.ProcessEnv) => env.MODELSHIP_REGISTRY_PLAIN_HTTP === '1' || env.MODELSHIP_REGISTRY_PLAIN_HTTP === 'true';

const firstLine = (text: string) => text.split('\n')[0];

/** `release --oci REPO`: each released version packaged and pushed; its digest reference goes into the notes. */
function shipTo(repository: string | undefined, loaded: LoadedConfig, cwd: string, env: NodeJS.ProcessEnv) {
  if (repository === undefined) return undefined;
  return async (model: string, version: string) => {
    const { shipPackage } = await import('../../package/ship.js');
    const shipped = await shipPackage(loaded, model, version, repository, env, { plainHttp: plainHttpFrom(env), outputRoot: path.join(cwd, '.modelship', 'package') });
    return { reference: shipped.push.digestReference };
  };
}
