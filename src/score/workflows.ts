import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { SourceLocation } from '../core/errors.js';
import type { RepoFiles } from './repo/files.js';
import type { Finding } from './types.js';
import { locateIn } from './yaml-locate.js';

/**
 * GitHub Actions workflows read as evidence. A step counts only when it can run on its own and repeatedly:
 * its workflow is triggered by push, pull_request(_target), merge_group or a schedule with a cron (or it is a
 * reusable `workflow_call` workflow called from such a job), and neither the job, a job it needs, nor the
 * step is switched off with `if: false`. Commented-out lines are gone after YAML parsing.
 */

/**
 * Branch filters are checked against the default branch: `score.defaultBranch`, else `main` or `master`.
 * A push or pull_request trigger whose `branches`/`branches-ignore` can never match it runs on other
 * branches at best, so it is not evidence that the default branch is tested.
 */
export const DEFAULT_BRANCH_GUESSES = ['main', 'master'];

/** Triggers that make a workflow run without a person starting it, again and again. */
export const REPEATING_TRIGGERS: ReadonlySet<string> = new Set(['push', 'pull_request', 'pull_request_target', 'merge_group', 'schedule']);

export interface WorkflowStep {
  index: number;
  name?: string;
  uses?: string;
  run?: string;
  with: Record<string, unknown>;
  /** False when the step is switched off with `if: false`. */
  enabled: boolean;
  /** `continue-on-error: true`: the step's failure does not fail the job. */
  continueOnError: boolean;
  /** The shell the `run:` script is given to (`bash` unless the step, job or workflow says otherwise). */
  shell: string;
  /** Repository-relative folder the `run:` script starts in (`.` for the root). */
  workingDirectory: string;
  location: SourceLocation;
}

export interface WorkflowJob {
  id: string;
  /** `jobs.<id>.uses`: a reusable workflow this job calls. */
  uses?: string;
  with: Record<string, unknown>;
  needs: string[];
  ifExpression?: string;
  steps: WorkflowStep[];
  /** Set by indexWorkflows: the job runs automatically and repeatedly. */
  active: boolean;
  /** Why it is not active. */
  inactiveReason?: string;
  location: SourceLocation;
}

export interface Workflow {
  /** Repository-relative path, e.g. `.github/workflows/ci.yml`. */
  file: string;
  name?: string;
  triggers: string[];
  /** Runs on a repeating trigger by itself. */
  repeating: boolean;
  /** Has a `workflow_call` trigger (a reusable workflow). */
  callable: boolean;
  /** Set by indexWorkflows: repeating, or called from an active job. */
  active: boolean;
  inactiveReason?: string;
  jobs: WorkflowJob[];
  location: SourceLocation;
}

export interface ActiveStep {
  workflow: Workflow;
  job: WorkflowJob;
  step: WorkflowStep;
}

export interface WorkflowIndex {
  workflows: Workflow[];
  findings: Finding[];
  /** Every enabled step of every active job. */
  activeSteps: ActiveStep[];
  /** Every job that calls a reusable workflow and is active. */
  activeCalls: Array<{ workflow: Workflow; job: WorkflowJob }>;
}

const WORKFLOW_DIR = '.github/workflows';

/** `if: false`, `if: ${{ false }}`, `if: 'false'`: a job or step that never runs. */
export function isNeverTrue(value: unknown): boolean {
  if (value === false || value === 0) return true;
  if (typeof value !== 'string') return false;
  return /^\s*(\$\{\{\s*)?(false|0)(\s*\}\})?\s*$/.test(value);
}

function asRecord(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * GitHub's filter patterns (`*` within a path segment, `**` across, `?` and `+` on the previous character,
 * `[...]` classes) as a regular expression.
 */
export function filterPattern(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?' || c === '+') re += c;
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end === -1) re += '\\[';
      else {
        re += glob.slice(i, end + 1);
        i = end;
      }
    } else re += c.replace(/[.^${}()|\\\]]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return /(?!)/;
  }
}

/** Whether a push/pull_request trigger's branch filters let `branch` through (GitHub's rules: last match wins, `!` negates). */
export function branchFilterMatches(trigger: unknown, branch: string): boolean {
  const t = asRecord(trigger);
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : undefined);
  const branches = list(t.branches);
  const ignore = list(t['branches-ignore']);
  if (branches !== undefined) {
    let ok = false;
    for (const p of branches) {
      if (p.startsWith('!')) {
        if (filterPattern(p.slice(1)).test(branch)) ok = false;
      } else if (filterPattern(p).test(branch)) ok = true;
    }
    return ok;
  }
  if (ignore !== undefined) return !ignore.some((p) => filterPattern(p).test(branch));
  // A push filtered by tags only runs for tags, which are pushed again and again too (releases).
  return true;
}

function triggersOf(on: unknown, defaultBranches: string[]): { triggers: string[]; problems: string[] } {
  const problems: string[] = [];
  let names: string[] = [];
  if (typeof on === 'string') names = [on];
  else if (Array.isArray(on)) names = on.filter((x): x is string => typeof x === 'string');
  else if (on !== null && typeof on === 'object') {
    names = Object.keys(on);
    const schedule = (on as Record<string, unknown>).schedule;
    if ('schedule' in (on as object)) {
      const crons = Array.isArray(schedule) ? schedule.filter((s) => typeof asRecord(s).cron === 'string' && String(asRecord(s).cron).trim() !== '') : [];
      if (crons.length === 0) {
        problems.push('its `schedule` has no cron entry');
        names = names.filter((n) => n !== 'schedule');
      }
    }
    for (const event of ['push', 'pull_request', 'pull_request_target']) {
      if (!names.includes(event)) continue;
      const filter = (on as Record<string, unknown>)[event];
      if (!defaultBranches.some((b) => branchFilterMatches(filter, b))) {
        problems.push(`its \`${event}\` branch filter matches none of ${defaultBranches.join(', ')} (the default branch; set score.defaultBranch if it is another)`);
        names = names.filter((n) => n !== event);
      }
    }
  }
  return { triggers: names, problems };
}

/** Parses one workflow file; problems become findings and the workflow is simply left out. */
export function parseWorkflow(file: string, text: string, absoluteFile: string, defaultBranches: string[] = DEFAULT_BRANCH_GUESSES): { workflow?: Workflow; findings: Finding[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const locate = (keyPath: Array<string | number>) => locateIn(doc, lineCounter, absoluteFile, keyPath);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      findings: [{
        severity: 'warning',
        code: 'workflow-unparsable',
        message: `workflow ${file} is not valid YAML (${e.message.split('\n')[0]}): it is no evidence`,
        location: { file: absoluteFile, line: pos.line, column: pos.col },
      }],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return { findings: [{ severity: 'warning', code: 'workflow-unparsable', message: `workflow ${file} cannot be read: ${(err as Error).message}`, location: { file: absoluteFile } }] };
  }
  const root = asRecord(data);
  if (!('on' in root) || !('jobs' in root) || Object.keys(asRecord(root.jobs)).length === 0) {
    return {
      findings: [{ severity: 'warning', code: 'workflow-invalid', message: `workflow ${file} has no \`on:\` triggers or no jobs: it is no evidence`, location: locate([]) }],
    };
  }
  const { triggers, problems } = triggersOf(root.on, defaultBranches);
  const findings: Finding[] = problems.map((p) => ({ severity: 'note' as const, code: 'workflow-trigger', message: `workflow ${file}: ${p}`, location: locate(p.includes('schedule') ? ['on', 'schedule'] : ['on']) }));
  const runDefaults = (v: unknown) => asRecord(asRecord(asRecord(v).defaults).run);
  const workflowRun = runDefaults(root);
  const jobs: WorkflowJob[] = Object.entries(asRecord(root.jobs)).map(([id, raw]) => {
    const job = asRecord(raw);
    const jobRun = runDefaults(job);
    const needs = typeof job.needs === 'string' ? [job.needs] : Array.isArray(job.needs) ? job.needs.map(String) : [];
    const steps: WorkflowStep[] = (Array.isArray(job.steps) ? job.steps : []).map((s, index) => {
      const step = asRecord(s);
      return {
        index,
        name: typeof step.name === 'string' ? step.name : undefined,
        uses: typeof step.uses === 'string' ? step.uses.trim() : undefined,
        run: typeof step.run === 'string' ? step.run : undefined,
        with: asRecord(step.with),
        enabled: !isNeverTrue(step.if),
        continueOnError: step['continue-on-error'] === true || step['continue-on-error'] === 'true',
        shell: String(step.shell ?? jobRun.shell ?? workflowRun.shell ?? 'bash'),
        workingDirectory: normaliseFolder(step['working-directory'] ?? jobRun['working-directory'] ?? workflowRun['working-directory']),
        location: locate(['jobs', id, 'steps', index]),
      };
    });
    return {
      id,
      uses: typeof job.uses === 'string' ? job.uses.trim() : undefined,
      with: asRecord(job.with),
      needs,
      ifExpression: job.if === undefined ? undefined : String(job.if),
      steps,
      active: false,
      location: locate(['jobs', id]),
    };
  });
  return {
    workflow: {
      file,
      name: typeof root.name === 'string' ? root.name : undefined,
      triggers,
      repeating: triggers.some((t) => REPEATING_TRIGGERS.has(t)),
      callable: triggers.includes('workflow_call'),
      active: false,
      jobs,
      location: locate([]),
    },
    findings,
  };
}

/** `./a/../b/` as `b`; `.` for the root or for anything that is not a plain relative folder (`${{ }}`). */
function normaliseFolder(v: unknown): string {
  if (typeof v !== 'string' || v.includes('${{') || v.startsWith('/')) return '.';
  const out: string[] = [];
  for (const part of v.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/') || '.';
}

/** Decides which jobs run: `if: false` and jobs that need such a job never do (unless they run `always()`). */
function markJobs(workflow: Workflow): void {
  const byId = new Map(workflow.jobs.map((j) => [j.id, j]));
  for (const job of workflow.jobs) job.inactiveReason = undefined;
  const state = new Map<string, boolean>();
  const visit = (job: WorkflowJob, trail: Set<string>): boolean => {
    const known = state.get(job.id);
    if (known !== undefined) return known;
    if (trail.has(job.id)) {
      job.inactiveReason = 'its `needs:` form a cycle';
      state.set(job.id, false);
      return false;
    }
    trail.add(job.id);
    let ok = workflow.active;
    if (!ok) job.inactiveReason = workflow.inactiveReason;
    else if (job.ifExpression !== undefined && isNeverTrue(job.ifExpression)) {
      ok = false;
      job.inactiveReason = `job ${job.id} is switched off with \`if: ${job.ifExpression}\``;
    } else {
      const runsAnyway = /\balways\s*\(\s*\)|\bfailure\s*\(\s*\)/.test(job.ifExpression ?? '');
      for (const need of job.needs) {
        const dep = byId.get(need);
        if (dep === undefined) {
          ok = false;
          job.inactiveReason = `job ${job.id} needs "${need}", which does not exist`;
          break;
        }
        if (!visit(dep, trail) && !runsAnyway) {
          ok = false;
          job.inactiveReason = `job ${job.id} needs ${need}, which never runs`;
          break;
        }
      }
    }
    state.set(job.id, ok);
    job.active = ok;
    return ok;
  };
  for (const job of workflow.jobs) visit(job, new Set());
}

/** Reads every `.github/workflows/*.yml|yaml` (GitHub does not look in subfolders) and decides what is active. */
export async function indexWorkflows(repo: RepoFiles, defaultBranches: string[] = DEFAULT_BRANCH_GUESSES): Promise<WorkflowIndex> {
  const files = (await repo.listFiles()).filter((f) => {
    const dir = path.posix.dirname(f);
    return dir === WORKFLOW_DIR && /\.ya?ml$/.test(f);
  });
  const findings: Finding[] = [];
  const workflows: Workflow[] = [];
  for (const file of files) {
    const text = await repo.readText(file);
    if (text === undefined) continue;
    const parsed = parseWorkflow(file, text, path.join(repo.root, file), defaultBranches);
    findings.push(...parsed.findings);
    if (parsed.workflow) workflows.push(parsed.workflow);
  }

  // Repeating workflows first; then reusable workflows called from active jobs, until nothing changes.
  for (const w of workflows) {
    w.active = w.repeating;
    if (!w.active) {
      w.inactiveReason = w.callable
        ? `${w.file} is a reusable workflow that no active job calls`
        : `${w.file} never runs by itself (triggers that happen: ${w.triggers.join(', ') || 'none'}); it needs push or pull_request on the default branch, merge_group or schedule`;
    }
    markJobs(w);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const caller of workflows) {
      for (const job of caller.jobs) {
        if (!job.active || !job.uses?.startsWith('./')) continue;
        const target = workflows.find((w) => w.file === job.uses?.slice(2).split('@')[0]);
        if (target && target.callable && !target.active) {
          target.active = true;
          target.inactiveReason = undefined;
          markJobs(target);
          changed = true;
        }
      }
    }
  }
  const activeSteps: ActiveStep[] = [];
  const activeCalls: Array<{ workflow: Workflow; job: WorkflowJob }> = [];
  for (const workflow of workflows) {
    for (const job of workflow.jobs) {
      if (!job.active) continue;
      if (job.uses) activeCalls.push({ workflow, job });
      for (const step of job.steps) if (step.enabled) activeSteps.push({ workflow, job, step });
    }
  }
  return { workflows, findings, activeSteps, activeCalls };
}

/** Every job of every workflow that has any trigger at all (deploys often run on comments or by hand). */
export function runnableSteps(index: WorkflowIndex): ActiveStep[] {
  const out: ActiveStep[] = [];
  for (const workflow of index.workflows) {
    if (workflow.triggers.length === 0) continue;
    for (const job of workflow.jobs) {
      if (job.ifExpression !== undefined && isNeverTrue(job.ifExpression)) continue;
      for (const step of job.steps) if (step.enabled) out.push({ workflow, job, step });
    }
  }
  return out;
}
