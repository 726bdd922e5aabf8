import { ModelshipError } from '../core/errors.js';
import { didYouMean } from '../core/text.js';
import { ACTIONS } from './registry.js';
import type { ActionSpec } from './runtime/context.js';

/** The root action: its `command` input picks the capability, and that action runs with the same inputs. */
export const umbrellaAction: ActionSpec = {
  name: 'modelship',
  async run(ctx) {
    const command = ctx.inputs.requiredString('command');
    const load = ACTIONS[command];
    if (!load) {
      throw new ModelshipError(`input "command" is "${command}", expected one of ${Object.keys(ACTIONS).join(', ')}`, {
        hint: didYouMean(command, Object.keys(ACTIONS)),
      });
    }
    return (await load()).run(ctx);
  },
};
