import type { ActionSpec } from './runtime/context.js';

/** Every action by the name the umbrella action's `command` input uses; loaded on demand. */
export const ACTIONS: Record<string, () => Promise<ActionSpec>> = {
  'config-check': async () => (await import('./config-check.js')).configCheckAction,
};
