import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/core/config.js';
import { MetricTree } from '../../src/core/metrics/index.js';
import { staticLiveBaselines } from '../../src/gate/baseline.js';
import { runGate } from '../../src/gate/run.js';
import { cli } from '../support/cli.js';

const EXAMPLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples/iris');
let dir: string;
let project: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-gate-'));
  project = path.join(dir, 'iris');
  await cp(EXAMPLE, project, { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const json = (stdout: string) => JSON.parse(stdout) as { verdict: string; checks: Array<Record<string, unknown>>; gates: Array<Record<string, unknown>> };

/** A modelship.yml in its own folder beside copies of the example's models. */
async function project2(gates: string): Promise<string> {
  const root = await mkdtemp(path.join(dir, 'p-'));
  await cp(path.join(EXAMPLE, 'models'), path.join(root, 'models'), { recursive: true });
  await writeFile(path.join(root, 'modelship.yml'), `version: 1\nmodels:\n  iris:\n    path: models/iris-v2/model.onnx\n    metrics: models/iris-v2/metrics.json\ngates:\n${gates}`);
  return root;
}

describe('modelship gate on the example project', () => {
  it('v2 (candidate) vs v1 (baseline) passes: exit 0, every check with inputs, bound, reason and its modelship.yml line', async () => {
    const r = await cli(['gate', '--format', 'json'], { cwd: project });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    expect(out.verdict).toBe('pass');
    const f1 = out.checks.find((c) => c.kind === 'change' && c.metric === 'macro_f1')!;
    expect(f1).toMatchObject({ gate: 'quality', slice: 'overall', candidate: 0.966583, baseline: 0.866667, passed: true, status: 'pass', bound: 'Δ ≥ -0.01' });
    expect((f1.location as { line: number }).line).toBeGreaterThan(1);
    expect(out.checks.filter((c) => c.check === 'per-class f1' && c.kind === 'value').map((c) => c.slice)).toEqual(['species:setosa', 'species:versicolor', 'species:virginica']);
    const boot = out.checks.find((c) => c.statistics)!;
    expect(boot.statistics).toMatchObject({ method: 'pairedBootstrap', seed: 42, resamples: 2000, n: { candidate: 30, baseline: 30, paired: 30 } });
    for (const c of out.checks) for (const key of ['metric', 'slice', 'candidate', 'baseline', 'passed', 'reason']) expect(c).toHaveProperty(key);
  });

  it('the degraded model fails: exit 1, the critical accuracy check and the fairness gap named, NOT_BLESSED written', async () => {
    const blessing = path.join(dir, 'blessing');
    const r = await cli(['gate', 'quality', '--candidate', 'models/iris-degraded/metrics.json', '--candidate', 'models/iris-degraded/predictions.csv', '--blessing', blessing, '--no-color'], { cwd: project });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/gate quality: FAIL — critical check failed: accuracy/);
    expect(r.stdout).toMatch(/gap 0\.777778 .* > 0\.15 allowed/);
    expect((await readdir(blessing)).sort()).toEqual(['NOT_BLESSED', 'blessing.json']);
    expect(JSON.parse(await readFile(path.join(blessing, 'blessing.json'), 'utf8'))).toMatchObject({ blessed: 0, verdict: 'fail' });
    // The same folder blessed by a passing run: the stale marker goes.
    expect((await cli(['gate', '--blessing', blessing], { cwd: project })).code).toBe(0);
    expect((await readdir(blessing)).sort()).toEqual(['BLESSED', 'blessing.json']);
  });

  it('usage errors exit 2 with a suggestion: unknown gate, missing candidate file', async () => {
    const unknown = await cli(['gate', 'qualty'], { cwd: project });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown gate "qualty".*\n.*did you mean "quality"/);
    const missing = await cli(['gate', '--candidate', 'nope.json'], { cwd: project });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/metrics file not found: .*nope\.json/);
  });
});

describe('baselines', () => {
  it('the same file at a git ref; first run (absent at the ref) follows onMissingBaseline', async () => {
    const root = await project2(`  q:\n    candidate: current.json\n    policies: { onMissingBaseline: skip }\n    checks:\n      - { metric: accuracy, direction: higher, value: { min: 0.5 }, change: { minAbsolute: -0.01 } }\n`);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    git('add', 'modelship.yml');
    git('commit', '-q', '-m', 'init');
    await writeFile(path.join(root, 'current.json'), '{"accuracy": 0.9}');
    const first = json((await cli(['gate', '--baseline-ref', 'main', '--format', 'json'], { cwd: root })).stdout);
    expect(first.verdict).toBe('pass');
    expect(first.checks[1]).toMatchObject({ kind: 'change', status: 'skip' });
    expect(first.checks[1].reason).toMatch(/current\.json does not exist at git ref main/);
    git('add', 'current.json');
    git('commit', '-q', '-m', 'baseline');
    await writeFile(path.join(root, 'current.json'), '{"accuracy": 0.85}');
    const second = await cli(['gate', '--baseline-ref', 'main', '--format', 'json'], { cwd: root });
    expect(second.code).toBe(1);
    expect(json(second.stdout).checks[1]).toMatchObject({ candidate: 0.85, baseline: 0.9, status: 'fail' });
    const explicit = await cli(['gate', '--baseline', 'current.json@main', '--format', 'json'], { cwd: root });
    expect(json(explicit.stdout).checks[1]).toMatchObject({ baseline: 0.9 });
  });

  it('the version live in an environment, through the injected provider; nothing live → policy', async () => {
    const root = await project2(`  q:\n    model: iris\n    baseline: { live: { environment: production } }\n    checks:\n      - { metric: accuracy, direction: higher, change: { minAbsolute: 0 } }\nenvironments:\n  production: { provider: { type: local } }\n`);
    const loaded = await loadConfig(path.join(root, 'modelship.yml'));
    const live = staticLiveBaselines({ production: { iris: new MetricTree('production iris@1.0.0', { accuracy: 0.99 }) } });
    const run = await runGate(loaded, 'q', { live });
    expect(run.verdict).toBe('fail');
    expect(run.checks[0]).toMatchObject({ baseline: 0.99, candidate: 0.966667 });
    const none = await runGate(loaded, 'q', { live: staticLiveBaselines({}) });
    expect(none.checks[0].reason).toMatch(/no version of iris is live in production yet/);
    await expect(runGate(loaded, 'q')).rejects.toThrow(/no deployment state is available here/);
  });
});

describe('verdicts and configuration errors', () => {
  it('an unreachable Prometheus makes the gate inconclusive (exit 3), never a pass', async () => {
    const root = await project2(`  live:\n    candidate: { prometheus: { url: "http://127.0.0.1:9", timeout: 2s, queries: { up: up } } }\n    checks:\n      - { metric: up, direction: higher, value: { min: 1 } }\n`);
    const r = await cli(['gate', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(3);
    const out = json(r.stdout);
    expect(out.verdict).toBe('inconclusive');
    expect(out.gates[0].reason).toMatch(/could not be read: .*did not answer/);
  });
  it('a weighted gate in the marginal band exits 3', async () => {
    const root = await project2(
      `  w:\n    model: iris\n    aggregate: { mode: score, pass: 90, marginal: 50 }\n    checks:\n      - { metric: accuracy, direction: higher, value: { min: 0.9 }, weight: 3 }\n      - { metric: log_loss, direction: lower, value: { max: 0.01 }, weight: 1 }\n`,
    );
    const r = await cli(['gate', '--format', 'json'], { cwd: root });
    expect(r.code).toBe(3);
    expect(json(r.stdout).gates[0]).toMatchObject({ score: 75, verdict: 'inconclusive' });
  });
  it('schema and semantic errors name the line in modelship.yml (exit 2)', async () => {
    const typo = await project2(`  q:\n    checks:\n      - { metric: accuracy, direction: up, value: { min: 0.9 } }\n`);
    const r1 = await cli(['gate'], { cwd: typo });
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/modelship\.yml:9:\d+: .*direction is "up", expected one of "higher", "lower"/);
    const empty = await project2(`  q:\n    model: iris\n    checks:\n      - { metric: accuracy, direction: higher, value: { min: 0.9, max: 0.5 } }\n      - metric: f1\n        direction: higher\n`);
    const r2 = await cli(['gate'], { cwd: empty });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/modelship\.yml:10:\d+: value\.min 0\.9 is above value\.max 0\.5/);
    expect(r2.stderr).toMatch(/modelship\.yml:11:\d+: check 2 \(f1\) has nothing to check/);
    const escape = await project2(`  q:\n    candidate: ../../etc/passwd.json\n    checks:\n      - { metric: a, direction: higher, value: { min: 1 } }\n`);
    const r3 = await cli(['gate'], { cwd: escape });
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/leaves the project folder/);
  });
});

describe('a bench report with several batch sizes (issue 15)', () => {
  it('is a metric source with slices batch:<n>: each batch size is checked, with its trials as samples', async () => {
    const result = (batch: number, p95: number) => ({
      model: 'iris', runner: 'onnxruntime-node', batch, samples: 200,
      latency_ms: { p50: p95 / 2, p90: p95, p95, p99: p95 * 1.1, mean: p95 / 2 }, throughput_per_s: 1000 / p95, rss_mb: 80, errors: 0,
      trials: Array.from({ length: 6 }, (_, i) => ({ latency_ms: { p95: p95 + i * 0.01 }, throughput_per_s: 1000 / p95 })),
    });
    const root = await project2(
      `  speed:\n    candidate: { bench: cand.json }\n    baseline: { bench: base.json }\n    checks:\n      - metric: latency_ms.p95\n        direction: lower\n        slices: [batch]\n        value: { max: 5 }\n        change: { minRelative: -0.5 }\n        statistics: { method: mannWhitney }\n`,
    );
    await writeFile(path.join(root, 'cand.json'), JSON.stringify({ results: [result(1, 1), result(8, 4)] }));
    await writeFile(path.join(root, 'base.json'), JSON.stringify({ results: [result(1, 1), result(8, 1)] }));
    const r = await cli(['gate', '--format', 'json'], { cwd: root });
    expect(r.stderr).toBe('');
    const out = json(r.stdout);
    expect(out.checks.map((c) => `${c.kind} ${c.slice} ${c.status}`)).toEqual(['value batch:1 pass', 'change batch:1 pass', 'value batch:8 pass', 'change batch:8 fail']);
    expect(r.code).toBe(1);
    expect(out.checks[3].reason).toMatch(/latency_ms\.p95 in slice batch:8 went from 1 to 4 .*significant/);
  });
});

describe('FILE@REF with the default tag format, and errors that name the argument (issue 15)', () => {
  it('metrics.json@iris@v1.0.0 reads the file at the tag iris@v1.0.0; --baseline-ref iris@v1.0.0 too', async () => {
    const root = await project2(`  q:\n    candidate: current.json\n    checks:\n      - { metric: accuracy, direction: higher, change: { minAbsolute: -0.01 } }\n`);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    await writeFile(path.join(root, 'current.json'), '{"accuracy": 0.9}');
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    git('tag', 'iris@v1.0.0');
    await writeFile(path.join(root, 'current.json'), '{"accuracy": 0.95}');
    for (const args of [['--baseline', 'current.json@iris@v1.0.0'], ['--baseline', 'current.json', '--baseline-ref', 'iris@v1.0.0'], ['--baseline-ref', 'iris@v1.0.0']]) {
      const r = await cli(['gate', ...args, '--format', 'json'], { cwd: root });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(json(r.stdout).checks[0]).toMatchObject({ candidate: 0.95, baseline: 0.9, status: 'pass' });
    }
  });

  it('a ref that does not resolve is blamed on the argument, not on a line of modelship.yml', async () => {
    const root = await project2(`  q:\n    candidate: current.json\n    checks:\n      - { metric: accuracy, direction: higher, change: { minAbsolute: -0.01 } }\n`);
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'init'], { cwd: root });
    await writeFile(path.join(root, 'current.json'), '{"accuracy": 0.95}');
    const r = await cli(['gate', '--baseline', 'current.json@iris@v9.9.9'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --baseline "current\.json@iris@v9\.9\.9": git ref "iris@v9\.9\.9" does not resolve/);
    expect(r.stderr).not.toMatch(/modelship\.yml:\d+/);
    expect(r.stderr).toMatch(/first "@" after a path that exists/);
    const badFormat = await cli(['gate', '--candidate', 'current.txt'], { cwd: root });
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/^error: --candidate "current\.txt": cannot tell the format of metrics file/);
    const badRef = await cli(['gate', '--baseline-ref', 'nope@v0'], { cwd: root });
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toMatch(/^error: --baseline-ref "nope@v0": git ref "nope@v0" does not resolve/);
  });
});

describe('gate and config check validate the configuration the same way (issue 15)', () => {
  it('an environment naming an unknown gate stops `gate` (exit 2) with the issue `config check` reports', async () => {
    const root = await project2(`  quality:\n    model: iris\n    checks:\n      - { metric: accuracy, direction: higher, value: { min: 0.5 } }\nenvironments:\n  dev:\n    provider: { type: local }\n    gates: [qualty]\n`);
    const check = await cli(['config', 'check'], { cwd: root });
    expect(check.code).toBe(2);
    const issue = /environment "dev" names gate "qualty", which is not configured under gates/;
    expect(check.stderr).toMatch(issue);
    const gate = await cli(['gate', 'quality'], { cwd: root });
    expect(gate.code).toBe(2);
    expect(gate.stderr).toMatch(issue);
    expect(gate.stderr).toMatch(/modelship\.yml:\d+:\d+: /);
    expect(gate.stdout).toBe('');
  });
});
