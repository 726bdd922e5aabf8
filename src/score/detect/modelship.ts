import path from 'node:path';
import type { SourceLocation } from '../../core/errors.js';
import { runnableSteps, type ActiveStep } from '../workflows.js';
import { findKey, findStrategy, walk } from './config-walk.js';
import { detected, type DetectContext, type Detected, type Detector } from './detector.js';
import { capabilitiesOfCall, capabilitiesOfStep, type Capability } from './modelship-steps.js';

interface Use {
  file: string;
  where: string;
  location: SourceLocation;
}

/** Where each capability runs: `repeating` in active (push/PR/schedule) jobs, `any` in jobs with any trigger. */
function capabilityUses(ctx: DetectContext): { repeating: Map<Capability, Use>; any: Map<Capability, Use> } {
  const repeating = new Map<Capability, Use>();
  const any = new Map<Capability, Use>();
  const add = (map: Map<Capability, Use>, caps: Capability[], s: Pick<ActiveStep, 'workflow' | 'job'>, location: SourceLocation) => {
    for (const c of caps) if (!map.has(c)) map.set(c, { file: s.workflow.file, where: `${s.workflow.file} job ${s.job.id} (on: ${s.workflow.triggers.join(', ')})`, location });
  };
  for (const s of ctx.workflows.activeSteps) add(repeating, capabilitiesOfStep(s.step), s, s.step.location);
  for (const c of ctx.workflows.activeCalls) add(repeating, capabilitiesOfCall(c.job), c, c.job.location);
  for (const s of runnableSteps(ctx.workflows)) add(any, capabilitiesOfStep(s.step), s, s.step.location);
  for (const w of ctx.workflows.workflows) {
    if (w.triggers.length === 0) continue;
    for (const job of w.jobs) add(any, capabilitiesOfCall(job), { workflow: w, job }, job.location);
  }
  for (const [c, u] of repeating) if (!any.has(c)) any.set(c, u);
  return { repeating, any };
}

const SLICE_KEY = /^(slice|slices|perSlice|sliceBy|slicing)$/i;

/** A check on slices: `slices: [overall]` alone is the global metric, not a slice. */
function findSlices(value: unknown, base: Array<string | number>): Array<string | number> | undefined {
  for (const e of walk(value, base)) {
    if (typeof e.key !== 'string' || !SLICE_KEY.test(e.key)) continue;
    const items = Array.isArray(e.value) ? e.value : [e.value];
    if (items.some((v) => v !== null && v !== undefined && v !== '' && v !== 'overall' && v !== false)) return e.path;
  }
  return undefined;
}
const FAIRNESS_KEY = /^(crossSlice|crossSlices|fairness|maxGap|gap|gaps|disparity|parity)$/i;

function configLine(ctx: DetectContext, keyPath: Array<string | number>): string {
  const loc = ctx.locateConfig(keyPath);
  return `${path.basename(loc.file)}${loc.line ? `:${loc.line}` : ''}`;
}

/**
 * What Modelship itself automates, read from the workflows and modelship.yml:
 * - infra-4: a metric gate runs before serving (the gate action or CLI in an active job, with gates configured;
 *   or environments with gates, deployed by a workflow: promotion runs them first);
 * - model-6: that gate checks slices; model-7: it checks a cross-slice (fairness) gap;
 * - infra-6: an environment deploys with the canary strategy, through a workflow;
 * - infra-7: deployments through a workflow with a rollback path configured (a rollback rule, blue-green or
 *   canary with automatic rollback, `/rollback` via the chatops action, or a rollback step);
 * - monitor-6: the benchmark action or `modelship bench` in an active job (it judges regressions).
 * The validate action checks artifacts, not quality: alone it earns nothing and says so on infra-4.
 */
export const modelshipDetector: Detector = {
  name: 'modelship',
  async detect(ctx) {
    const out: Detected[] = [];
    const { repeating, any } = capabilityUses(ctx);
    const gates = ctx.config.gates;
    const environments = ctx.config.environments ?? {};
    const gatesConfigured = gates !== undefined && Object.keys(gates).length > 0;
    const envGates = findKey(environments, /^gates?$/, ['environments']);
    const deploy = any.get('deploy') ?? any.get('chatops');

    let gateEvidence: string | undefined;
    // A gate in the deploy workflow runs before every deploy even when that workflow is started by hand.
    const anyGate = any.get('gate');
    const gateStep = repeating.get('gate') ?? (anyGate && deploy && anyGate.file === deploy.file ? anyGate : undefined);
    if (gateStep && gatesConfigured) {
      gateEvidence = `gate runs in ${gateStep.where}`;
      out.push(detected('infra-4', 'modelship-gate', true, `metric gate (${Object.keys(gates!).join(', ')}) runs in ${gateStep.where}`, { location: gateStep.location }));
    } else if (deploy && envGates) {
      gateEvidence = `environment gates (${configLine(ctx, envGates)}) run before each deploy from ${deploy.where}`;
      out.push(detected('infra-4', 'modelship-environment-gates', true, gateEvidence, { location: deploy.location }));
    } else if (gateStep) {
      out.push(detected('infra-4', 'modelship-gate', false, `gate step in ${gateStep.where}`, { problem: 'no gates are configured in modelship.yml', location: gateStep.location }));
    } else if (repeating.has('validate')) {
      const v = repeating.get('validate')!;
      out.push(detected('infra-4', 'modelship-validate', false, `validate runs in ${v.where}`, {
        problem: 'validate checks the artifact (format, integrity, signature, unsafe code), not its quality: add a metric gate to earn infra-4',
        location: v.location,
      }));
    }

    if (gateEvidence) {
      const slices = findSlices(gates ?? {}, ['gates']) ?? findSlices(environments, ['environments']);
      if (slices) out.push(detected('model-6', 'modelship-sliced-gate', true, `gate checks slices (${configLine(ctx, slices)}); ${gateEvidence}`));
      const fairness = findKey(gates ?? {}, FAIRNESS_KEY, ['gates']) ?? findKey(environments, FAIRNESS_KEY, ['environments']);
      if (fairness) out.push(detected('model-7', 'modelship-fairness-gate', true, `gate checks a cross-slice gap (${configLine(ctx, fairness)}); ${gateEvidence}`));
    }

    const canary = findStrategy(environments, /^canary$/i, ['environments']);
    if (canary && deploy) {
      out.push(detected('infra-6', 'modelship-canary', true, `canary strategy (${configLine(ctx, canary)}), deployed from ${deploy.where}`, { location: deploy.location }));
    } else if (canary) {
      out.push(detected('infra-6', 'modelship-canary', false, `canary strategy (${configLine(ctx, canary)})`, { problem: 'no workflow deploys with Modelship (deploy or chatops action, or `modelship deploy`)' }));
    }

    const rollbackPaths = [
      findStrategy(environments, /^(blue-?green|canary)$/i, ['environments']) && 'blue-green/canary strategy with automatic rollback',
      any.has('chatops') && `/rollback comment command (${any.get('chatops')!.where})`,
      any.has('rollback') && `rollback step (${any.get('rollback')!.where})`,
    ].filter((x): x is string => typeof x === 'string');
    if (deploy && rollbackPaths.length > 0) {
      out.push(detected('infra-7', 'modelship-rollback', true, `deploys from ${deploy.where} can roll back: ${rollbackPaths.join('; ')}`, { location: deploy.location }));
    } else if (rollbackPaths.length > 0) {
      out.push(detected('infra-7', 'modelship-rollback', false, rollbackPaths.join('; '), { problem: 'no workflow deploys with Modelship' }));
    }

    const bench = repeating.get('benchmark');
    if (bench) {
      const rule = ctx.config.bench && 'regression' in ctx.config.bench ? ` with the regression rule at ${configLine(ctx, ['bench', 'regression'])}` : ' with the default regression rule';
      out.push(detected('monitor-6', 'modelship-benchmark', true, `benchmark runs in ${bench.where}${rule}`, { location: bench.location }));
    } else if (any.has('benchmark')) {
      const b = any.get('benchmark')!;
      out.push(detected('monitor-6', 'modelship-benchmark', false, `benchmark in ${b.where}`, { problem: 'its workflow never runs automatically (push, pull_request, merge_group or schedule)', location: b.location }));
    }
    return { detected: out, findings: [] };
  },
};
