import type { ActiveStep, WorkflowJob } from '../workflows.js';

/** Modelship capabilities as its actions name them. */
export type Capability = 'validate' | 'test-score' | 'benchmark' | 'gate' | 'version' | 'deploy' | 'chatops' | 'rollback';

const ACTION_NAMES: ReadonlySet<string> = new Set(['validate', 'test-score', 'benchmark', 'gate', 'version', 'deploy', 'chatops']);

/** CLI sub-commands and the capability each exercises. */
const CLI_COMMANDS: Record<string, Capability[]> = {
  validate: ['validate'],
  score: ['test-score'],
  bench: ['benchmark'],
  gate: ['gate'],
  version: ['version'],
  release: ['version'],
  deploy: ['deploy'],
  promote: ['deploy'],
  rollback: ['deploy', 'rollback'],
};

/** `<owner>/modelship/actions/<name>@ref`, `./actions/<name>` (inside Modelship's own repository). */
const ACTION_USES = /^(?:[A-Za-z0-9_.-]+\/modelship|\.)\/actions\/([a-z-]+)\/?(?:@\S+)?$/;
/** `<owner>/modelship@ref`: the umbrella action, whose `command` input picks the capability. */
const UMBRELLA_USES = /^[A-Za-z0-9_.-]+\/modelship(?:@\S+)?$/;
/** `<owner>/modelship/.github/workflows/<file>@ref` or `<owner>/modelship/workflows/<file>@ref`. */
const REUSABLE_USES = /^[A-Za-z0-9_.-]+\/modelship\/(?:\.github\/)?workflows\/([A-Za-z0-9_.-]+)\.ya?ml(?:@\S+)?$/;
const CLI_RUN = /\bmodelship\s+(validate|score|bench|gate|version|release|deploy|promote|rollback)\b/g;

/** The Modelship capabilities one workflow step runs, through an action or the CLI. */
export function capabilitiesOfStep(step: ActiveStep['step']): Capability[] {
  const out = new Set<Capability>();
  if (step.uses) {
    const action = ACTION_USES.exec(step.uses);
    if (action && ACTION_NAMES.has(action[1])) out.add(action[1] as Capability);
    if (UMBRELLA_USES.test(step.uses)) {
      const command = String(step.with.command ?? '').trim();
      if (ACTION_NAMES.has(command)) out.add(command as Capability);
    }
  }
  if (step.run) {
    for (const m of step.run.matchAll(CLI_RUN)) for (const c of CLI_COMMANDS[m[1]]) out.add(c);
  }
  return [...out];
}

/**
 * A job calling one of Modelship's reusable workflows: the file name says what it runs. Names are matched
 * on words so `pr-checks.yml` or `deploy.yml` need no table that goes stale.
 */
export function capabilitiesOfCall(job: WorkflowJob): Capability[] {
  const m = job.uses ? REUSABLE_USES.exec(job.uses) : null;
  if (!m) return [];
  const name = m[1].toLowerCase();
  const out: Capability[] = [];
  if (/validat|check/.test(name)) out.push('validate');
  if (/gate|promot/.test(name)) out.push('gate');
  if (/bench/.test(name)) out.push('benchmark');
  if (/deploy|promot/.test(name)) out.push('deploy');
  if (/chatops|comment/.test(name)) out.push('chatops');
  if (/release|version/.test(name)) out.push('version');
  if (/score/.test(name)) out.push('test-score');
  return out;
}
