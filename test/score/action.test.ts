import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { webhookEvent } from '../support/events.js';
import { GitHubStandIn } from '../support/github-stand-in.js';
import { runAction } from '../support/run-action.js';
import { automatedRepo, RESEARCH_REPO } from './support/fixtures.js';
import { gitCommitAll, makeRepo, writeFiles } from './support/repo.js';

const bundle = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/test-score/index.js');
const describeBuilt = existsSync(bundle) ? describe : describe.skip;

describeBuilt('the test-score action (built bundle, run as the runner does)', () => {
  let gh: GitHubStandIn;
  let repo: Awaited<ReturnType<typeof makeRepo>>;
  let baseSha: string;
  beforeAll(async () => {
    gh = await GitHubStandIn.start();
    // The base branch is the research repository; the pull request turns it into the automated one.
    repo = await makeRepo(RESEARCH_REPO);
    baseSha = gitCommitAll(repo.root, 'research', true);
    const { ['modelship.yml']: config, ...rest } = automatedRepo();
    await writeFiles(repo.root, { ...rest, 'modelship.yml': config.replace('score:\n  minimum: 3\n', 'score:\n  minimum: 3\n  tests:\n    modle-6: { notApplicable: typo }\n').replace(/\n  tests:\n(?=    data-2)/, '\n') });
  });
  afterAll(async () => {
    await gh.close();
    await repo.cleanup();
  });

  const prEvent = () => webhookEvent('pull_request', { action: 'opened', overrides: { pull_request: { base: { sha: baseSha } } } });

  it('scores the pull request against its base, writes outputs, badge, summary, annotations and one sticky comment', async () => {
    const event = prEvent();
    // RUNNER_TEMP inside the repository folder so the report outlives the harness's own temp folder.
    const result = await runAction('test-score', { cwd: repo.root, event, standIn: gh, inputs: { 'badge-path': 'docs/ml-test-score.svg' }, env: { RUNNER_TEMP: path.join(repo.root, '.runner-temp') } });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ score: '4', band: '(3,5]', badge: path.join(repo.root, 'docs/ml-test-score.svg'), report: path.join(repo.root, '.runner-temp/modelship/test-score.json') });
    const report = JSON.parse(await readFile(result.outputs.report, 'utf8'));
    expect(report.comparison).toMatchObject({ baseLabel: baseSha, baseScore: 0, scoreDelta: 4 });
    expect(await readFile(path.join(repo.root, 'docs/ml-test-score.svg'), 'utf8')).toContain('4 / 7');

    // The summary a reviewer sees: the score, the band, the change, the chart and every section.
    expect(result.summary).toContain('### ML Test Score: **4** / 7 · band (3,5] — ✅ at or above the minimum 3');
    expect(result.summary).toContain(`**Change against ${baseSha}:** 0 → 4 (+4), band 0 → (3,5]`);
    expect(result.summary).toContain('  bar [4.5, 5, 5.5, 4]');
    expect(result.summary).toContain('| **Monitoring** (weakest) | 4 | +4 | 3 | 2 | 2 |');
    expect(result.summary).toMatch(/\| `infra-4` \| Model quality is validated before serving\. \| 🟢 automated \| 1 \| ✔ metric gate \(quality\) runs in \.github\/workflows\/ci\.yml job model/);

    // The unknown id is annotated on its line of modelship.yml.
    const typo = result.annotations.find((a) => a.message.includes('modle-6'));
    const typoLine = (await readFile(path.join(repo.root, 'modelship.yml'), 'utf8')).split('\n').findIndex((l) => l.includes('modle-6')) + 1;
    expect(typo).toMatchObject({ level: 'error', file: 'modelship.yml', line: typoLine, col: 5 });

    const comments = gh.world.commentsOn(event.payload.pull_request.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.startsWith('<!-- modelship:test-score -->\n### ML Test Score: **4** / 7')).toBe(true);
    expect(gh.violations).toEqual([]);

    // A second run updates the same comment.
    await runAction('test-score', { cwd: repo.root, event, standIn: gh, inputs: { minimum: 4.5 } });
    const again = gh.world.commentsOn(event.payload.pull_request.number);
    expect(again).toHaveLength(1);
    expect(again[0].body).toContain('❌ below the minimum 4.5');
  });

  it('fails the step below the minimum, naming the weakest section', async () => {
    const result = await runAction('test-score', { cwd: repo.root, event: prEvent(), standIn: gh, inputs: { minimum: 5, comment: false } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.some((a) => a.level === 'error' && a.message.includes('ML Test Score 4 is below the minimum 5 (weakest: monitoring)'))).toBe(true);
    expect(result.outputs.score).toBe('4');
    expect(result.apiCalls).toEqual([]);
  });

  it('on a push there is no comment, and a broken configuration fails with its line', async () => {
    const push = await runAction('test-score', { cwd: repo.root, event: webhookEvent('push'), standIn: gh });
    expect(push.exitCode).toBe(0);
    expect(push.apiCalls).toEqual([]);
    const broken = await makeRepo({ 'modelship.yml': 'version: 1\nmodels:\n  m: { path: a }\nscore:\n  minimum: high\n' });
    try {
      const r = await runAction('test-score', { cwd: broken.root, event: webhookEvent('push'), standIn: gh });
      expect(r.exitCode).toBe(1);
      expect(r.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'modelship.yml', line: 5 }));
    } finally {
      await broken.cleanup();
    }
  });
});
