import type { Command } from 'commander';
import type { LoadedConfig } from '../../core/config.js';
import { ExitCode, ModelshipError } from '../../core/errors.js';
import type { DeploySurface } from '../../deploy/request.js';
import type { DeployResult } from '../../deploy/types.js';
import { contextFor, execute, type CliContext, type CliIo } from '../context.js';
import { abortOnSignals } from '../../core/signals.js';

// The engine loads when a command runs: `modelship --help` should not pay for it.
const engine = () => import('../../deploy/engine.js');
const renderer = () => import('../../deploy/render.js');

const EXIT_HELP = `
Exit codes: 0 deployed, rolled back, nothing to do or planned (--dry-run); 1 the rollout failed or was
aborted (the environment is left on its last good version, and the output says which); 2 refused: usage or
configuration error, unknown environment, promotion not allowed, environment locked, interrupted deploy.`;

const requests = () => import('../../deploy/request.js');

/** How the deploy request names the command line's options. */
function cliSurface(ctx: CliContext): DeploySurface {
  return {
    cwd: ctx.cwd,
    env: ctx.env,
    labels: { environment: 'ENVIRONMENT', model: '--model', version: 'VERSION', artifact: '--artifact', to: '--to' },
    versionHint: (environment, version) => `modelship deploy ${environment} ${version} (or --model-version ${version})`,
    log: (line) => {
      if (!ctx.quiet && ctx.format === 'text') ctx.err(line);
    },
  };
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
          // An inference graph (docs/graphs.md) has no versions: its KServe InferenceGraph is applied.
          if (opts.model !== undefined && loaded.config.graphs?.[opts.model]) {
            if (positional !== undefined || opts.modelVersion !== undefined) throw new ModelshipError(`"${opts.model}" is an inference graph: it has no versions to deploy`, { hint: `modelship deploy ${environment} --model ${opts.model} (its members deploy as models)` });
            return (await import('../../deploy/graph-deploy.js')).deployGraph(loaded, environment, opts.model, { dryRun, env: ctx.env });
          }
          const request = await (await requests()).deployRequest(loaded, { environment, model: opts.model, version: positional ?? opts.modelVersion, artifact: opts.artifact, resume: opts.resume }, cliSurface(ctx));
          const { deploy } = await engine();
          return abortOnSignals((signal) => deploy(loaded, request, { dryRun, signal, env: ctx.env }));
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
          const request = (await requests()).promoteRequest({ model: positional ?? opts.model, to: opts.to, version: opts.modelVersion }, cliSurface(ctx));
          const { promote } = await engine();
          return abortOnSignals((signal) => promote(loaded, request, { dryRun, signal, env: ctx.env }));
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
      done(await run(command, async (ctx, loaded, dryRun) => (await engine()).rollback(loaded, (await requests()).rollbackRequest({ environment, model: opts.model, to: opts.to }, cliSurface(ctx)), { dryRun, env: ctx.env })));
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
      done(await run(command, async (ctx, loaded, dryRun) => (await engine()).adopt(loaded, { environment, model: opts.model, actor: (await import('../../deploy/state/local.js')).userOf(ctx.env) }, { dryRun })));
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
          const request = (await requests()).lockRequest(name, { environment, reason: opts.reason, force: opts.force }, cliSurface(ctx));
          const result = name === 'lock' ? await (await engine()).lock(loaded, request, { dryRun }) : await (await engine()).unlock(loaded, request, { dryRun });
          return { exitCode: ExitCode.Pass, json: result, text: result.message };
        }),
      );
    });
  }
}
