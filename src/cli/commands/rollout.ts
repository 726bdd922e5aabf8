import type { Command } from 'commander';
import { ExitCode, ModelshipError } from '../../core/errors.js';
import { ROLLOUT_ACTIONS, type RolloutAction } from '../../deploy/types.js';
import { contextFor, execute, type CliIo } from '../context.js';
import { abortOnSignals } from '../../core/signals.js';

const engine = () => import('../../deploy/engine.js');

const HELP = `
Actions (Argo Rollouts' verbs), through the environment's state journal:
  pause         hold the running rollout at its next step boundary (or past the end of its current pause)
  resume        lift a pause request (an indefinite \`pause: {}\` step still waits for promote)
  promote       end the current pause now (or the next one); analysis still judges the step
  promote-full  skip every remaining step, pause and analysis: all traffic to the new version
  abort         stop and return to the last good version (status: Degraded); with no process running the
                rollout, it is reverted here and now
  retry         re-run the newest rollout that failed or was aborted, from its first step (runs it here)

The running rollout applies a request between steps, or within a poll interval while it waits (local state
file: 250 ms; GitHub Deployments: 15 s). Exit codes: 0 requested (retry: deployed); 1 retry aborted;
2 refused: nothing in progress, nothing to retry, interrupted rollout, usage.

Examples:
  $ modelship rollout pause staging
  $ modelship rollout promote staging
  $ modelship rollout abort production
  $ modelship rollout retry staging`;

/** `modelship rollout ACTION ENV`: control of a running rollout (src/deploy/engine.ts control and retry). */
export function registerRolloutCommand(program: Command, io: CliIo, done: (code: number) => void): void {
  program
    .command('rollout')
    .description('steer a running rollout: pause, resume, promote, promote-full, abort, or retry an aborted one')
    .argument('<action>', ROLLOUT_ACTIONS.join('|'))
    .argument('<environment>', 'environment under `environments:`')
    .option('--model <name>', 'model (default: the only one)')
    .option('--dry-run', 'say what would be done; change nothing')
    .addHelpText('after', HELP)
    .action(async (action: string, environment: string, opts: { model?: string }, command: Command) => {
      const ctx = contextFor(command, io);
      done(
        await execute(ctx, async () => {
          if (!(ROLLOUT_ACTIONS as readonly string[]).includes(action)) throw new ModelshipError(`unknown rollout action "${action}"`, { hint: `actions: ${ROLLOUT_ACTIONS.join(', ')}` });
          const loaded = await ctx.loadConfig();
          const dryRun = command.opts().dryRun === true;
          const request = { environment, model: opts.model, action: action as RolloutAction, actor: (await import('../../deploy/state/local.js')).userOf(ctx.env) };
          const api = await engine();
          if (action === 'retry') {
            const result = await abortOnSignals((signal) => api.retry(loaded, request, { dryRun, signal }));
            const text = (await import('../../deploy/render.js')).renderResultText(result);
            return { exitCode: api.exitCodeOf(result), json: result, text, verdict: text.split('\n')[0] };
          }
          const result = await api.control(loaded, { ...request, action: action as Exclude<RolloutAction, 'retry'> }, { dryRun });
          return { exitCode: ExitCode.Pass, json: result, text: `${result.outcome.toUpperCase()}: ${result.message}` };
        }),
      );
    });
}
