import { DEFAULT_CANARY_STEPS } from './strategies/canary.js';
import type { Environment } from './config.js';
import { deadlineOf, lastProgressMs } from './recovery.js';
import type { DeploymentRecord } from './state/store.js';
import type { RolloutView } from './types.js';

/** A step that waits: a pause (of a step, or by request) or an observation. Started and not ended = Paused. */
const WAITING = /^(pause|observe)\b/;

/**
 * A rollout's state as Argo Rollouts names it (its four phases; "aborted" is Degraded), read from the
 * newest deployment record of the model in the environment:
 *
 * - Progressing: in progress and moving; Paused: in progress and waiting (a pause step, a pause request);
 * - Degraded: the newest rollout failed or was aborted, so the version wanted is not the one live (retry
 *   re-runs it), or an interrupted one is past its progress deadline;
 * - Healthy: the newest rollout finished (or nothing was ever deployed).
 */
export function rolloutView(history: DeploymentRecord[], env: Environment, now = Date.now()): RolloutView {
  const newest = history[0];
  const stepCount = env.strategy.type === 'canary' ? (env.strategy.steps?.length ? env.strategy.steps.length : DEFAULT_CANARY_STEPS.length) : null;
  if (newest === undefined) return { phase: 'Healthy', version: null, deploymentId: null, step: null, stepNumber: null, stepCount, weight: null, analysis: null, message: `nothing deployed to ${env.name} yet`, deadline: null };
  const steps = newest.steps;
  const weightSteps = steps.filter((s) => /^set-weight \d+%/.test(s.name) || s.name === 'switch' || s.name === 'finalize');
  const lastWeight = weightSteps.at(-1);
  const weight = lastWeight ? (lastWeight.weights?.[newest.payload.version] ?? (lastWeight.name.startsWith('set-weight') ? Number(/(\d+)%/.exec(lastWeight.name)![1]) : 100)) : null;
  const stepNumber = new Set(steps.filter((s) => s.name.startsWith('set-weight')).map((s) => s.name)).size || null;
  const analysisStep = [...steps].reverse().find((s) => s.name.startsWith('analysis') && s.status !== 'started');
  const analysis = analysisStep ? { name: analysisStep.name, status: analysisStep.status, detail: analysisStep.detail } : null;
  const base = { version: newest.payload.version, deploymentId: newest.id, stepNumber, stepCount, weight, analysis };
  if (newest.status === 'in_progress') {
    const last = steps.at(-1);
    const deadline = new Date(deadlineOf(newest, env)).toISOString();
    if (now > Date.parse(deadline)) {
      return { ...base, phase: 'Degraded', step: last?.name ?? null, deadline, message: `no progress since ${new Date(lastProgressMs(newest)).toISOString()}: past its progress deadline (${deadline}); the next modelship command here reverts it` };
    }
    if (last && last.status === 'started' && WAITING.test(last.name)) {
      const until = last.name.includes('until promoted') ? `modelship rollout promote ${env.name} goes on` : last.name.includes('requested') ? `modelship rollout resume ${env.name} goes on` : 'it goes on when the pause ends, or on modelship rollout promote';
      return { ...base, phase: 'Paused', step: last.name, deadline, message: `${newest.payload.version} paused at "${last.name}": ${until}` };
    }
    return { ...base, phase: 'Progressing', step: last?.name ?? null, deadline, message: `${newest.payload.version} rolling out${last ? `: ${last.name}` : ''}` };
  }
  const last = steps.at(-1);
  if (newest.status === 'failure') {
    return { ...base, phase: 'Degraded', step: last?.name ?? null, deadline: null, message: `${newest.description ?? `${newest.payload.version} failed`} — re-run it: modelship rollout retry ${env.name}` };
  }
  return { ...base, phase: 'Healthy', step: last?.name ?? null, deadline: null, message: newest.description ?? `${newest.payload.version} live` };
}
