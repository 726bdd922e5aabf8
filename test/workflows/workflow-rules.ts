/**
 * Checks of the reusable workflows in `workflows/` that actionlint cannot make: inputs passed to our own
 * actions against their action.yml, and the project's security rules. Each check returns findings
 * (`file:line message`) instead of throwing, so the tests can run it on deliberately bad workflows too and
 * prove it can fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/** The one form workflows use for our actions: `modelship/modelship/actions/<name>@v1` (root: `modelship/modelship@v1`). */
export const OWN_ACTION = /^modelship\/modelship(?:\/actions\/([a-z0-9-]+))?@(v\d+)$/;

export interface ParsedWorkflow {
  file: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
  /** 1-based line of the node at this key path (falls back to the nearest ancestor). */
  lineOf(path: (string | number)[]): number;
}

export function parseWorkflow(file: string, text: string): ParsedWorkflow {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0]!.message}`);
  return {
    file,
    data: doc.toJS(),
    lineOf(path) {
      // The line of the key (for a map entry) or of the item (for a list entry), like an editor shows it.
      for (let n = path.length; n > 0; n--) {
        const parent = doc.getIn(path.slice(0, n - 1), true);
        const last = path[n - 1];
        let range: [number, number, number] | null | undefined;
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === last);
          range = pair && isScalar(pair.key) ? pair.key.range : undefined;
        } else if (isSeq(parent) && typeof last === 'number') {
          range = (parent.items[last] as Node | undefined)?.range;
        }
        if (range) return lineCounter.linePos(range[0]).line;
      }
      return 1;
    },
  };
}

export interface ActionMetadata {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  outputs: Record<string, unknown>;
}

/** action.yml of `name` (undefined for the root action) under repoRoot, or a reason it is missing. */
export function loadActionMetadata(repoRoot: string, name: string | undefined): ActionMetadata | string {
  const rel = name ? join('actions', name, 'action.yml') : 'action.yml';
  const file = join(repoRoot, rel);
  if (!existsSync(file)) return `${rel} does not exist (yet)`;
  const data = parseDocument(readFileSync(file, 'utf8')).toJS() ?? {};
  return { inputs: data.inputs ?? {}, outputs: data.outputs ?? {} };
}

interface StepRef {
  jobId: string;
  index: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  step: any;
}

function* steps(wf: ParsedWorkflow): Generator<StepRef> {
  for (const [jobId, job] of Object.entries<any>(wf.data?.jobs ?? {})) {
    const list = Array.isArray(job?.steps) ? job.steps : [];
    for (let index = 0; index < list.length; index++) yield { jobId, index, step: list[index] };
  }
}

const at = (wf: ParsedWorkflow, path: (string | number)[]) => `${wf.file}:${wf.lineOf(path)}`;

/** Every `with:` key of our actions exists in its action.yml, every required input is given, and outputs read exist. */
export function checkActionInputs(wf: ParsedWorkflow, repoRoot: string): string[] {
  const findings: string[] = [];
  const stepAction = new Map<string, { jobId: string; name: string; meta: ActionMetadata }>();
  for (const { jobId, index, step } of steps(wf)) {
    const uses = typeof step?.uses === 'string' ? step.uses : undefined;
    if (!uses || !uses.startsWith('modelship/')) continue;
    const path = ['jobs', jobId, 'steps', index];
    const m = OWN_ACTION.exec(uses);
    if (!m) {
      findings.push(`${at(wf, [...path, 'uses'])} "${uses}" is not of the form modelship/modelship/actions/<name>@v1`);
      continue;
    }
    const meta = loadActionMetadata(repoRoot, m[1]);
    if (typeof meta === 'string') {
      findings.push(`${at(wf, [...path, 'uses'])} uses ${uses}, but ${meta}`);
      continue;
    }
    const given = step.with && typeof step.with === 'object' ? step.with : {};
    for (const key of Object.keys(given)) {
      if (!Object.hasOwn(meta.inputs, key)) {
        findings.push(`${at(wf, [...path, 'with', key])} input "${key}" is unknown to ${uses}; it has: ${Object.keys(meta.inputs).join(', ')}`);
      }
    }
    for (const [key, spec] of Object.entries(meta.inputs)) {
      if (spec?.required === true && spec.default === undefined && !Object.hasOwn(given, key)) {
        findings.push(`${at(wf, path)} ${uses} needs the required input "${key}"`);
      }
    }
    if (typeof step.id === 'string') stepAction.set(`${jobId}/${step.id}`, { jobId, name: uses, meta });
  }
  // `steps.<id>.outputs.<name>` anywhere in a job must name an output of that step's action.
  for (const [jobId, job] of Object.entries<any>(wf.data?.jobs ?? {})) {
    const text = JSON.stringify(job);
    for (const m of text.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
      const target = stepAction.get(`${jobId}/${m[1]}`);
      if (target && !Object.hasOwn(target.meta.outputs, m[2]!)) {
        findings.push(`${at(wf, ['jobs', jobId])} job "${jobId}" reads output "${m[2]}" of step "${m[1]}", which ${target.name} does not have`);
      }
    }
  }
  return findings;
}

/**
 * Contexts an outsider controls (issue/PR/comment text, branch names, commit messages...). They must reach a
 * script only through `env:`; the rule below is stricter still: no `${{ }}` at all inside run or script text.
 */
export const UNTRUSTED = /github\.(event\.(comment|issue|pull_request|review|review_comment|discussion|pages|commits|head_commit|workflow_run)\b|head_ref)/;

export function checkSecurity(wf: ParsedWorkflow): string[] {
  const findings: string[] = [];
  const on = wf.data?.on;
  const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {});
  const prTarget = triggers.includes('pull_request_target');

  // Permissions: declared at the top, read-only there, and each job states its own.
  const perms = wf.data?.permissions;
  if (perms === undefined) findings.push(`${wf.file}:1 no top-level permissions: (the default token would be broad)`);
  else if (typeof perms === 'string') findings.push(`${at(wf, ['permissions'])} top-level permissions "${perms}": list them, read-only`);
  else {
    for (const [scope, level] of Object.entries(perms ?? {})) {
      if (level !== 'read' && level !== 'none') findings.push(`${at(wf, ['permissions', scope])} top-level permission ${scope}: ${String(level)}; grant writes per job`);
    }
  }
  for (const [jobId, job] of Object.entries<any>(wf.data?.jobs ?? {})) {
    if (job?.permissions === undefined) findings.push(`${at(wf, ['jobs', jobId])} job "${jobId}" does not declare its permissions`);
    else if (typeof job.permissions === 'string') findings.push(`${at(wf, ['jobs', jobId, 'permissions'])} job "${jobId}" uses permissions "${job.permissions}"`);
  }

  for (const { jobId, index, step } of steps(wf)) {
    const path = ['jobs', jobId, 'steps', index];
    const uses = typeof step?.uses === 'string' ? step.uses : '';
    if (uses.startsWith('actions/checkout@')) {
      const pc = step.with?.['persist-credentials'];
      if (pc !== false && pc !== 'false') findings.push(`${at(wf, path)} checkout without persist-credentials: false`);
      const ref = String(step.with?.ref ?? '');
      if (/head_ref|head\.ref|ref_name|\.label\b/.test(ref)) findings.push(`${at(wf, [...path, 'with', 'ref'])} checkout of a mutable branch name "${ref}"; check out a pinned SHA`);
      if (prTarget && /pull_request\.head|head_ref|refs\/pull/.test(ref)) {
        findings.push(`${at(wf, [...path, 'with', 'ref'])} pull_request_target with a checkout of the pull request's head`);
      }
    }
    for (const key of ['run'] as const) {
      if (typeof step?.[key] === 'string' && step[key].includes('${{')) {
        const kind = UNTRUSTED.test(step[key]) ? 'untrusted expression' : 'expression';
        findings.push(`${at(wf, [...path, key])} ${kind} inside a run script; pass it through env:`);
      }
    }
    if (uses.startsWith('actions/github-script@') && typeof step.with?.script === 'string' && step.with.script.includes('${{')) {
      const kind = UNTRUSTED.test(step.with.script) ? 'untrusted expression' : 'expression';
      findings.push(`${at(wf, [...path, 'with', 'script'])} ${kind} inside a github-script script; pass it through env:`);
    }
  }
  return findings;
}

/** Jobs that deploy (our deploy action, or chatops executing commands) are serialised per environment. */
export function checkDeployConcurrency(wf: ParsedWorkflow): string[] {
  const findings: string[] = [];
  let keyed = 0;
  for (const [jobId, job] of Object.entries<any>(wf.data?.jobs ?? {})) {
    const deploys = (job?.steps ?? []).some((s: any) => typeof s?.uses === 'string' && /\/actions\/deploy@/.test(s.uses));
    if (!deploys) continue;
    const group = String(job?.concurrency?.group ?? (typeof job?.concurrency === 'string' ? job.concurrency : ''));
    if (!/\b(inputs\.environment|outputs\.env(ironment)?)\b/.test(group)) {
      findings.push(`${at(wf, ['jobs', jobId])} job "${jobId}" deploys without a concurrency group keyed by the environment`);
      continue;
    }
    if (job.concurrency?.['cancel-in-progress'] !== false) {
      findings.push(`${at(wf, ['jobs', jobId, 'concurrency'])} job "${jobId}" may cancel a deployment mid-way (set cancel-in-progress: false)`);
      continue;
    }
    keyed++;
  }
  if (keyed === 0 && findings.length === 0) findings.push(`${wf.file}:1 no deploying job with a per-environment concurrency group`);
  return findings;
}

/** `on: workflow_call` only, with a description on every input, secret and output. */
export function checkCallable(wf: ParsedWorkflow): string[] {
  const findings: string[] = [];
  const on = wf.data?.on;
  const keys = on && typeof on === 'object' && !Array.isArray(on) ? Object.keys(on) : [String(on)];
  if (keys.length !== 1 || keys[0] !== 'workflow_call') findings.push(`${at(wf, ['on'])} triggers are ${keys.join(', ')}; expected only workflow_call`);
  const call = on?.workflow_call ?? {};
  for (const section of ['inputs', 'secrets', 'outputs'] as const) {
    for (const [name, spec] of Object.entries<any>(call[section] ?? {})) {
      if (typeof spec?.description !== 'string' || spec.description.trim() === '') {
        findings.push(`${at(wf, ['on', 'workflow_call', section, name])} ${section.slice(0, -1)} "${name}" has no description`);
      }
    }
  }
  return findings;
}
