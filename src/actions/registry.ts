import type { ActionSpec } from './runtime/context.js';

/** Every action by the name the umbrella action's `command` input uses; loaded on demand. */
export const ACTIONS: Record<string, () => Promise<ActionSpec>> = {
  'config-check': async () => (await import('./config-check.js')).configCheckAction,
  'test-score': async () => (await import('./test-score.js')).testScoreAction,
  benchmark: async () => (await import('./benchmark.js')).benchmarkAction,
  version: async () => (await import('./version.js')).versionAction,
  gate: async () => (await import('./gate.js')).gateAction,
  validate: async () => (await import('./validate.js')).validateAction,
  deploy: async () => (await import('./deploy.js')).deployAction,
  chatops: async () => (await import('./chatops.js')).chatopsAction,
  batch: async () => (await import('./batch.js')).batchAction,
  monitor: async () => (await import('./monitor.js')).monitorAction,
  package: async () => (await import('./package.js')).packageAction,
  optimize: async () => (await import('./optimize.js')).optimizeAction,
};
