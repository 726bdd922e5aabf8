import type { ActiveStep } from '../workflows.js';

/**
 * Sentences that say why a workflow step counts as running automatically: its workflow's triggers (branch
 * filters already checked against the default branch), the job's `if:` and `needs:`, the step's `if:`.
 */
export function stepProof(s: ActiveStep): string[] {
  const w = s.workflow;
  const how = w.repeating ? `on ${w.triggers.join(', ')}` : 'as a reusable workflow called from an active job';
  const job = s.job;
  const gates = [job.ifExpression !== undefined ? `its \`if: ${job.ifExpression}\` is not a constant false` : 'it has no `if:`', job.needs.length ? `every job it needs (${job.needs.join(', ')}) runs` : 'it needs no other job'].join(' and ');
  return [
    `${w.file} runs ${how} (push/pull_request branch filters let the default branch through)`,
    `job ${job.id} runs: ${gates}`,
    `the step (${s.step.name ? `"${s.step.name}"` : `#${s.step.index + 1}`}) is enabled${s.step.continueOnError ? '' : ' and its failure fails the job'}`,
  ];
}
