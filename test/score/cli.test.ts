import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cli } from '../support/cli.js';
import { automatedRepo, RESEARCH_REPO } from './support/fixtures.js';
import { gitCommitAll, makeRepo, writeFiles } from './support/repo.js';

const run = promisify(execFile);

/** Well-formed XML, checked by a real XML parser (Python's expat), not by our own eyes. */
async function parseXml(file: string): Promise<string> {
  const { stdout } = await run('python3', ['-c', 'import sys, xml.dom.minidom as m; d = m.parse(sys.argv[1]); print(d.documentElement.tagName, d.documentElement.getAttribute("xmlns"))', file]);
  return stdout.trim();
}

describe('modelship score', () => {
  let research: Awaited<ReturnType<typeof makeRepo>>;
  let automated: Awaited<ReturnType<typeof makeRepo>>;
  beforeAll(async () => {
    research = await makeRepo(RESEARCH_REPO);
    automated = await makeRepo(automatedRepo());
  });
  afterAll(async () => {
    await research.cleanup();
    await automated.cleanup();
  });

  it('prints the DESIGN.md JSON and exits 0 at or above the minimum', async () => {
    const r = await cli(['score', '--config', 'modelship.yml', '--format', 'json'], { cwd: automated.root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['score', 'band', 'sections', 'tests', 'findings', 'nextSteps', 'naPolicy', 'weakestSections']));
    expect(json.score).toBe(4);
    expect(json.band).toBe('(3,5]');
    expect(json.sections).toEqual({ data: 4.5, model: 5, infrastructure: 5.5, monitoring: 4 });
    expect(json.tests).toHaveLength(28);
    for (const t of json.tests) {
      expect(['automated', 'manual', 'missing']).toContain(t.status);
      expect([0, 0.5, 1]).toContain(t.points);
      expect(Array.isArray(t.evidence)).toBe(true);
    }
  });

  it('exits 1 below the minimum (score.minimum or --minimum) and says so', async () => {
    const below = await cli(['score', '--minimum', '4.5'], { cwd: automated.root });
    expect(below.code).toBe(1);
    expect(below.stdout).toContain('✗ score 4 is below the minimum 4.5');
    const research0 = await cli(['score', '--minimum', '0.5'], { cwd: research.root });
    expect(research0.code).toBe(1);
    const noMinimum = await cli(['score'], { cwd: research.root });
    expect(noMinimum.code).toBe(0);
    expect(noMinimum.stdout).toContain('ML Test Score 0 / 7 — band 0: More of a research project');
  });

  it('exits 2 on usage and configuration errors', async () => {
    expect((await cli(['score', '--minimum', 'lots'], { cwd: research.root })).code).toBe(2);
    expect((await cli(['score', '--minimum', '8'], { cwd: research.root })).stderr).toMatch(/from 0 to 7/);
    const missing = await cli(['score', '--config', 'nope.yml'], { cwd: research.root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('configuration file not found');
    const bad = await makeRepo({ 'modelship.yml': 'version: 1\nmodels:\n  m: { path: a }\nscore:\n  notApplicable: skip\n' });
    const r = await cli(['score'], { cwd: bad.root });
    await bad.cleanup();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/modelship\.yml:5:\d+: score\.notApplicable is "skip", expected one of "zero", "exclude"/);
    expect((await cli(['score', '--base-report', 'a.json', '--base-ref', 'main'], { cwd: research.root })).code).toBe(2);
  });

  it('writes a valid SVG badge with the score', async () => {
    const badge = path.join(automated.root, 'docs', 'badge.svg');
    const r = await cli(['score', '--badge', 'docs/badge.svg'], { cwd: automated.root });
    expect(r.code).toBe(0);
    const svg = await readFile(badge, 'utf8');
    expect(await parseXml(badge)).toBe('svg http://www.w3.org/2000/svg');
    expect(svg).toContain('>4 / 7</text>');
    expect(svg).toContain('aria-label="ML Test Score: 4 / 7"');
    expect(svg).toContain('#97ca00'); // the (3,5] colour
  });

  it('compares with a base report', async () => {
    const base = path.join(automated.root, 'base.json');
    await writeFile(base, (await cli(['score', '--format', 'json'], { cwd: research.root })).stdout);
    const r = await cli(['score', '--format', 'json', '--base-report', 'base.json'], { cwd: automated.root });
    const json = JSON.parse(r.stdout);
    expect(json.comparison).toMatchObject({ baseLabel: 'base.json', baseScore: 0, scoreDelta: 4, sectionDeltas: { data: 4.5, model: 5, infrastructure: 5.5, monitoring: 4 } });
    // Every test that is not missing in the automated repository changed: data 6 + model 6 + infrastructure 6 + monitoring 5.
    expect(json.comparison.changes).toHaveLength(6 + 6 + 6 + 5);
    await writeFile(base, '{"score": "high"}');
    const bad = await cli(['score', '--base-report', 'base.json'], { cwd: automated.root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a report of `modelship score --format json`');
    expect((await cli(['score', '--base-report', 'missing.json'], { cwd: automated.root })).stderr).toContain('cannot read the base report');
  });

  it('honours --root for a configuration in a sub-folder, and hints at it otherwise', async () => {
    const repo = await makeRepo({ ...Object.fromEntries(Object.entries(automatedRepo()).filter(([f]) => f !== 'modelship.yml').map(([f, c]) => [f, c])), 'ml/modelship.yml': automatedRepo()['modelship.yml'] });
    try {
      const hinted = JSON.parse((await cli(['score', '--config', 'ml/modelship.yml', '--format', 'json'], { cwd: repo.root })).stdout);
      expect(hinted.findings.find((f: { code: string }) => f.code === 'root-without-workflows').message).toContain(`${repo.root} has`);
      const rooted = JSON.parse((await cli(['score', '--config', 'ml/modelship.yml', '--root', '.', '--format', 'json'], { cwd: repo.root })).stdout);
      expect(rooted.score).toBe(4);
    } finally {
      await repo.cleanup();
    }
  });
});

describe('modelship score --base-ref (a real git repository)', () => {
  let repo: Awaited<ReturnType<typeof makeRepo>>;
  beforeAll(async () => {
    repo = await makeRepo(RESEARCH_REPO);
    gitCommitAll(repo.root, 'research', true);
    // The pull request: CI with pytest, Dependabot, and a renamed test.
    await writeFiles(repo.root, {
      '.github/workflows/ci.yml': 'on: pull_request\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: pytest\n',
      '.github/dependabot.yml': 'version: 2\nupdates:\n  - { package-ecosystem: pip, directory: /, schedule: { interval: weekly } }\n',
    });
  });
  afterAll(() => repo.cleanup());

  it('scores the base commit from git and lists what changed', async () => {
    const r = await cli(['score', '--format', 'json', '--base-ref', 'HEAD'], { cwd: repo.root });
    const json = JSON.parse(r.stdout);
    expect(json.comparison).toMatchObject({ baseLabel: 'HEAD', baseScore: 0, scoreDelta: 0 });
    // data-1 (scratch/test_idea.py now run by pytest) and monitor-1 (Dependabot) became automated.
    expect(json.comparison.changes).toEqual([
      { id: 'data-1', from: 'missing', to: 'automated', pointsDelta: 1 },
      { id: 'monitor-1', from: 'missing', to: 'automated', pointsDelta: 1 },
    ]);
    expect(json.comparison.sectionDeltas).toEqual({ data: 1, model: 0, infrastructure: 0, monitoring: 1 });
  });

  it('a ref that does not exist is a note, not a failure', async () => {
    const r = await cli(['score', '--format', 'json', '--base-ref', 'no-such-branch'], { cwd: repo.root });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.comparison).toBeUndefined();
    expect(json.findings.find((f: { code: string }) => f.code === 'base-unavailable').message).toContain('git ref "no-such-branch" was not found');
  });

  it('refuses refs that look like options', async () => {
    const json = JSON.parse((await cli(['score', '--format', 'json', '--base-ref=--output=/tmp/x'], { cwd: repo.root })).stdout);
    expect(json.findings.find((f: { code: string }) => f.code === 'base-unavailable').message).toContain('is not a git ref Modelship accepts');
  });
});
