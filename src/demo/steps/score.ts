import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DemoStep } from '../step.js';
import { formatScore } from '../../score/badge.js';
import { scoreProject } from '../../score/project.js';
import { renderMarkdown } from '../../score/render/markdown.js';
import { Git } from '../../core/git/index.js';

/** The CI a team adds to the example: Modelship's actions on pull requests, and Dependabot. */
export const DEMO_WORKFLOW = `name: Model checks
on:
  pull_request:
  push:
    branches: [main]
jobs:
  model:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - uses: modelship/modelship/actions/validate@v1
      - uses: modelship/modelship/actions/gate@v1
        with: { gate: quality }
      - uses: modelship/modelship/actions/benchmark@v1
      - uses: modelship/modelship/actions/test-score@v1
        with: { badge-path: ml-test-score.svg }
`;

export const DEMO_DEPENDABOT = `version: 2
updates:
  - package-ecosystem: npm
    directory: /
    schedule:
      interval: weekly
`;

const DEMO_IDENTITY = { GIT_AUTHOR_NAME: 'modelship demo', GIT_AUTHOR_EMAIL: 'demo@modelship.invalid', GIT_COMMITTER_NAME: 'modelship demo', GIT_COMMITTER_EMAIL: 'demo@modelship.invalid' };

async function git(cwd: string, ...args: string[]): Promise<void> {
  await new Git(cwd, { ...process.env, ...DEMO_IDENTITY }).text(args);
}

/**
 * Scores the example as it is (documents only: manual evidence), then in a git copy adds the CI workflow
 * and Dependabot a team would add, and scores again against the first commit: Modelship detects its own
 * gate (infra-4, model-6 with slices, model-7 with the cross-slice gap), the benchmark (monitor-6) and
 * Dependabot (monitor-1).
 */
export const scoreDemoStep: DemoStep = {
  id: 'score',
  title: 'Score the project with the ML Test Score (and again after adding CI)',
  async run(ctx) {
    const before = await scoreProject({ loaded: ctx.config, root: ctx.projectDir });
    const repo = path.join(ctx.workDir, 'score-repo');
    await cp(ctx.projectDir, repo, { recursive: true });
    await git(repo, 'init', '-q', '-b', 'main');
    await git(repo, 'add', '-A');
    await git(repo, 'commit', '-q', '-m', 'example project');
    await mkdir(path.join(repo, '.github', 'workflows'), { recursive: true });
    await writeFile(path.join(repo, '.github', 'workflows', 'model-checks.yml'), DEMO_WORKFLOW);
    await writeFile(path.join(repo, '.github', 'dependabot.yml'), DEMO_DEPENDABOT);
    const { loadConfig } = await import('../../core/config.js');
    const loaded = await loadConfig(path.join(repo, 'modelship.yml'));
    const badge = path.join(ctx.workDir, 'ml-test-score.svg');
    const after = await scoreProject({ loaded, root: repo, baseRef: 'HEAD', badge });
    ctx.log(`    as checked in: ${formatScore(before.score)} (band ${before.band}); with CI: ${formatScore(after.score)} (band ${after.band}); badge ${badge}`);
    const credited = after.comparison?.changes.map((c) => `${c.id} ${c.from}→${c.to}`).join(', ') ?? '';
    return {
      ok: true,
      summary: `ML Test Score ${formatScore(before.score)} as checked in; ${formatScore(after.score)} (band ${after.band}) once CI runs Modelship's gate and benchmark with Dependabot on (${credited})`,
      markdown: renderMarkdown(after, { heading: '###' }),
    };
  },
};
