import { ModelshipError } from '../core/errors.js';
import { didYouMean } from '../core/text.js';
import { ACTIONS } from './registry.js';
import type { ActionSpec } from './runtime/context.js';
import { runActionSpec } from './runtime/main.js';

/** The root action: its `command` input picks the capability, and that action runs with the same inputs. */
export const umbrellaAction: ActionSpec = {
  name: 'modelship',
  async run(ctx) {
    const command = ctx.inputs.requiredString('command');
    const { DEPLOY_COMMANDS } = await import('../deploy/request.js');
    // promote, rollback and status are the deploy action's own commands: it reads them from the same `command` input.
    const load = ACTIONS[command] ?? ((DEPLOY_COMMANDS as readonly string[]).includes(command) ? ACTIONS.deploy : undefined);
    const known = [...new Set([...Object.keys(ACTIONS), ...DEPLOY_COMMANDS])];
    if (!load) {
      throw new ModelshipError(`input "command" is "${command}", expected one of ${known.join(', ')}`, {
        hint: didYouMean(command, known),
      });
    }
    return (await load()).run(ctx);
  },
};

/** Runs the action with the runner's environment: the entry point `dist/main/index.js` calls it. */
export function run(): Promise<void> {
  return runActionSpec(umbrellaAction);
}
