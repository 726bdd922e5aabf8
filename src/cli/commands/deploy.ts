import path from 'node:path';
import type { Command } from 'commander';
import type { LoadedConfig } from '../../core/config.js';
import { ExitCode, ModelshipError } from '../../core/errors.js';
import { userOf } from '../../deploy/state/local.js';
import type { DeployResult } from '../../deploy/types.js';
import { contextFor, execute, type CliContext, type CliIo } from '../context.js';

// The engine loads when a command runs: `modelship --help` should not pay for it.
const engine = () => import('../../deploy/engine.js');
const renderer = () => import('../../deploy/render.js');

const EXIT_HELP = `
Exit codes: 0 deployed, rolled back, nothing to do or planned (--dry-run); 1 the rollout failed or was
aborted (the environment is left on its last good version, and the output says which); 2 refused: usage or
configuration error, unknown environment, promotion not allowed, environment locked, interrupted deploy.`;

/**
 * With no version given, deploy the model's latest release, and only when HEAD's model is still what was
 * released: a changed model under an old version number would break "same version = same sha256".
 */
async function latestRelease(ctx: CliContext, loaded: LoadedConfig, environment: string, model: string | undefined): Promise<string> {
  const usage = `modelship deploy ${environment} 1.2.0 (or --model-version 1.2.0)`;
  let plans;
  try {
    const { planVersions } = await import('../../version/service.js');
    plans = await planVersions(loaded, ctx.env, model);
  } catch (err) {
    throw new ModelshipError(`deploy needs a version: none was given and the latest release could not be read (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`, { hint: usage });
  }
  if (plans.length !== 1) throw new ModelshipError(`deploy needs a version and a model: ${plans.length} models are configured (${Object.keys(loaded.config.models).join(', ')})`, { hint: `${usage} --model NAME` });
  const plan = plans[0];
  if (plan.current === null) {
    throw new ModelshipError(`deploy needs a version: none was given and ${plan.model} has no release yet`, { hint: `release it first (modelship release ${plan.model}), or name the version: modelship deploy ${environment} ${plan.next ?? '1.0.0'}` });
  }
  if (plan.bump !== 'none') {
    throw new ModelshipError(`deploy needs a version: ${plan.model} changed since its latest release ${plan.current} (a ${plan.bump} change: ${plan.next} when released)`, { hint: `release it first (modelship release ${plan.model}), or deploy the new version explicitly: modelship deploy ${environment} ${plan.next}` });
  }
  if (!ctx.quiet && ctx.format === 'text') ctx.err(`deploying ${plan.model} ${plan.current}, its latest release (${plan.tag ?? 'tagged'})`);
  return plan.current;
}

/** deploy, promote, rollback, status, lock, unlock: thin wrappers over src/deploy/engine.ts. */
export function registerDeployCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const run = (command: Command, body: (ctx: CliContext, loaded: LoadedConfig, dryRun: boolean) => Promise<DeployResult>) => {
    const ctx = contextFor(command, io);
    const dryRun = command.opts().dryRun === true;
    return execute(ctx, async () => {
      const loaded = await ctx.loadConfig();
      const result = await body(ctx, loaded, dryRun);
      const text = (await renderer()).renderResultText(result);
      // -q: the first line says what happened (DEPLOYED / ABORTED / PLANNED ...: message).
      return { exitCode: (await engine()).exitCodeOf(result), json: result, text, verdict: text.split('\n')[0] };
    });
  };

  program
    .command('deploy')
    .description('deploy a model version to an environment with its provider and strategy')
    .argument('<environment>', 'environment under `environments:`')
    .argument('[version]', 'version to deploy (immutable: same version = same sha256); default: the model\'s latest release, when HEAD\'s model is still that release')
    .option('--model <name>', 'model (default: the only one)')
    // `--version` is taken by the program (prints modelship's version), so the option is --model-version.
    .option('--model-version <version>', 'version to deploy (same as the VERSION argument)')
    .option('--artifact <path>', 'artifact file (default: the model\'s path)')
    .option('--resume', 'resume a deployment that was interrupted (it is reverted, then run again); without VERSION, the interrupted one\'s version and artifact')
    .option('--dry-run', 'plan the steps; change nothing')
    .addHelpText('after', `${EXIT_HELP}\n\nExamples:\n  $ modelship deploy staging 1.1.0\n  $ modelship deploy staging 1.1.0 --artifact models/v2/model.onnx --dry-run\n  $ modelship deploy staging --resume`)
    .action(async (environment: string, positional: string | undefined, opts: { model?: string; modelVersion?: string; artifact?: string; resume?: boolean }, command: Command) => {
      done(
        await run(command, async (ctx, loaded, dryRun) => {
          if (positional !== undefined && opts.modelVersion !== undefined && positional !== opts.modelVersion) throw new ModelshipError(`two different versions given: ${positional} and --model-version ${opts.modelVersion}`);
          // --resume alone: the engine takes the version and artifact from the interrupted deployment's journal.
          const version = positional ?? opts.modelVersion ?? (opts.resume && opts.artifact === undefined ? undefined : await latestRelease(ctx, loaded, environment, opts.model));
          let artifact: string | undefined;
          if (opts.artifact !== undefined) {
            artifact = path.relative(loaded.root, path.resolve(ctx.cwd, opts.artifact));
            if (artifact.startsWith('..') || path.isAbsolute(artifact)) throw new ModelshipError(`--artifact ${opts.artifact} is outside the project ${loaded.root}`);
          }
          return (await engine()).deploy(loaded, { environment, model: opts.model, version, artifact, resume: opts.resume, actor: userOf(ctx.env) }, { dryRun });
        }),
      );
    });

  program
    .command('promote')
    .description('promote the version live in the previous environment to the next one')
    .argument('[model]', 'model (default: the only one)')
    .option('--model <name>', 'model (same as the MODEL argument)')
    .requiredOption('--to <environment>', 'target environment')
    .option('--model-version <version>', 'must equal the version live in the previous environment')
    .option('--dry-run', 'plan the steps; change nothing')
    .addHelpText('after', `${EXIT_HELP}\n\nExamples:\n  $ modelship promote iris --to production\n  $ modelship promote --model iris --to production`)
    .action(async (positional: string | undefined, opts: { to: string; model?: string; modelVersion?: string }, command: Command) => {
      done(
        await run(command, async (ctx, loaded, dryRun) => {
          if (positional !== undefined && opts.model !== undefined && positional !== opts.model) throw new ModelshipError(`two different models given: ${positional} and --model ${opts.model}`);
          return (await engine()).promote(loaded, { model: positional ?? opts.model, to: opts.to, version: opts.modelVersion, actor: userOf(ctx.env) }, { dryRun });
        }),
      );
    });

  program
    .command('rollback')
    .description('re-deploy the previous successful version (or --to VERSION); never guesses')
    .argument('<environment>', 'environment')
    .option('--model <name>', 'model (default: the only one)')
    .option('--to <version>', 'a version deployed successfully here before')
    .option('--dry-run', 'plan the steps; change nothing')
    .addHelpText('after', `${EXIT_HELP}\n\nExamples:\n  $ modelship rollback production\n  $ modelship rollback production --to 1.0.0`)
    .action(async (environment: string, opts: { model?: string; to?: string }, command: Command) => {
      done(await run(command, async (ctx, loaded, dryRun) => (await engine()).rollback(loaded, { environment, model: opts.model, to: opts.to, actor: userOf(ctx.env) }, { dryRun })));
    });

  program
    .command('adopt')
    .description('record in the deployment state the version the provider serves, when the state lost track of it (e.g. a deleted state file)')
    .argument('<environment>', 'environment')
    .option('--model <name>', 'model (default: the only one)')
    .option('--dry-run', 'say what would be recorded; change nothing')
    .addHelpText('after', `\nOnly while \`status\` reports that the state and the provider disagree, and only a settled version (all traffic on it)
whose installed copy matches its SHA256SUMS. Exit codes: 0 adopted or nothing to do; 2 refused.\n\nExamples:\n  $ modelship status staging\n  $ modelship adopt staging`)
    .action(async (environment: string, opts: { model?: string }, command: Command) => {
      done(await run(command, async (ctx, loaded, dryRun) => (await engine()).adopt(loaded, { environment, model: opts.model, actor: userOf(ctx.env) }, { dryRun })));
    });

  program
    .command('status')
    .description('what runs where, interrupted deployments, locks, and what rollback would restore')
    .argument('[environment]', 'one environment (default: all)')
    .option('--model <name>', 'one model (default: all)')
    .option('--dry-run', 'accepted for symmetry; status never changes anything')
    .action(async (environment: string | undefined, opts: { model?: string }, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const result = await (await engine()).status(await ctx.loadConfig(), { environment, model: opts.model });
          const text = (await renderer()).renderStatusText(result);
          // Status is an answer, not a verdict: -q prints all of it.
          return { exitCode: ExitCode.Pass, json: result, text, verdict: text };
        }),
      );
    });

  for (const name of ['lock', 'unlock'] as const) {
    const cmd = program
      .command(name)
      .description(name === 'lock' ? 'hold an environment: no deploys by others until unlocked; the holder (GITHUB_ACTOR, else the OS user) still deploys through it' : 'release an environment lock (the holder, or anyone with --force)')
      .argument('<environment>', 'environment')
      .option('--reason <text>', 'why (shown to whoever is refused)')
      .option('--dry-run', 'change nothing');
    if (name === 'unlock') cmd.option('--force', 'break a lock held by someone else');
    cmd.action(async (environment: string, opts: { reason?: string; force?: boolean }, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          const loaded = await ctx.loadConfig();
          const dryRun = opts && (command.opts() as { dryRun?: boolean }).dryRun === true;
          const actor = userOf(ctx.env);
          const result = name === 'lock' ? await (await engine()).lock(loaded, { environment, reason: opts.reason, actor }, { dryRun }) : await (await engine()).unlock(loaded, { environment, actor, force: opts.force }, { dryRun });
          return { exitCode: ExitCode.Pass, json: result, text: result.message };
        }),
      );
    });
  }
}
