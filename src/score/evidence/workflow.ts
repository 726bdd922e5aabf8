import type { WorkflowEvidenceConfig } from '../config.js';
import { patternArgv, shellCommands } from '../shell.js';
import type { ActiveStep, Workflow } from '../workflows.js';
import { stepProof } from './proof.js';
import { notCredited, type EvidenceVerifier } from './verifier.js';

/**
 * `run: "pytest tests/data"` matches a step that runs a command starting with those words (after
 * `NAME=value` assignments), not a script that merely contains the text (`echo pytest tests/data`).
 */
export function runMatches(pattern: string, script: string | undefined): boolean {
  if (script === undefined) return false;
  const want = patternArgv(pattern);
  if (want.length === 0) return false;
  return shellCommands(script).some((c) => want.every((w, i) => c.argv[i] === w));
}

/** `actions/checkout@v4` matches `actions/checkout`; a pattern with `@` must match the ref too. */
export function usesMatches(pattern: string, uses: string): boolean {
  if (pattern.includes('@')) return uses === pattern;
  return uses.split('@')[0].replace(/\/+$/, '') === pattern.replace(/\/+$/, '');
}

function fileMatches(pattern: string, workflow: Workflow): boolean {
  const clean = pattern.replace(/^\.\//, '');
  return workflow.file === clean || workflow.file === `.github/workflows/${clean}`;
}

function stepMatches(config: WorkflowEvidenceConfig, s: ActiveStep): boolean {
  if (config.job !== undefined && s.job.id !== config.job) return false;
  if (config.uses !== undefined && (s.step.uses === undefined || !usesMatches(config.uses, s.step.uses))) return false;
  if (config.run !== undefined && !runMatches(config.run, s.step.run)) return false;
  if (config.step !== undefined && !(s.step.name ?? '').includes(config.step)) return false;
  return true;
}

function describe(config: WorkflowEvidenceConfig): string {
  const parts = [
    config.uses && `uses: ${config.uses}`,
    config.run && `running \`${config.run}\``,
    config.step && `step named "${config.step}"`,
    config.job && `in job ${config.job}`,
    config.file && `in ${config.file}`,
  ].filter(Boolean);
  return `workflow step ${parts.join(', ')}`;
}

/** A matching step in a job that runs automatically and repeatedly (see workflows.ts for the rules). */
export const workflowVerifier: EvidenceVerifier<WorkflowEvidenceConfig> = {
  kind: 'workflow',
  level: 'automated',
  async verify(config, ctx, keyPath, testId) {
    const description = describe(config);
    const candidates = ctx.workflows.workflows.filter((w) => config.file === undefined || fileMatches(config.file, w));
    if (config.file !== undefined && candidates.length === 0) {
      const exists = (await ctx.repo.kind(config.file)) === 'file' || (await ctx.repo.kind(`.github/workflows/${config.file}`)) === 'file';
      return notCredited(description, exists ? `workflow ${config.file} could not be read` : `no workflow ${config.file} in .github/workflows`, [{
        severity: 'error',
        code: exists ? 'evidence-workflow-unreadable' : 'evidence-path-missing',
        test: testId,
        message: exists ? `${testId}: workflow ${config.file} could not be parsed (see its finding)` : `${testId}: workflow "${config.file}" does not exist in .github/workflows`,
        location: ctx.settings.locate([...keyPath, 'file']),
      }]);
    }
    const hit = ctx.workflows.activeSteps.find((s) => candidates.includes(s.workflow) && stepMatches(config, s));
    if (hit) {
      return {
        credited: true,
        description: `${description}: ${hit.workflow.file} job ${hit.job.id} (on: ${hit.workflow.triggers.join(', ')})`,
        location: hit.step.location,
        findings: [],
        proof: [`${hit.workflow.file} job ${hit.job.id} has a step that ${[config.uses && `uses ${hit.step.uses}`, config.run && `runs \`${config.run}\` as a command (not merely as text)`, config.step && `is named "${hit.step.name}"`].filter(Boolean).join(' and ') || 'matches'}`, ...stepProof(hit)],
      };
    }
    // Say why: the step exists but cannot run, or it does not exist at all.
    for (const w of candidates) {
      for (const job of w.jobs) {
        for (const step of job.steps) {
          if (!stepMatches(config, { workflow: w, job, step })) continue;
          const reason = !w.active ? w.inactiveReason : !job.active ? job.inactiveReason : `the step is switched off with \`if: false\``;
          return notCredited(description, `the step in ${w.file} never runs automatically: ${reason}`, [], step.location);
        }
      }
    }
    return notCredited(description, `no step in ${config.file ?? 'the workflows'} matches`);
  },
};
