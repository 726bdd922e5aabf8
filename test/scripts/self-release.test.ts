import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { nextSelfRelease } from '../../scripts/self-release.js';
import { actionlint } from '../support/actionlint.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const env = { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.invalid', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.invalid' };

function repo(): { dir: string; commit(message: string): void; tag(name: string): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'modelship-self-release-'));
  dirs.push(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  git('init', '-q');
  let n = 0;
  return {
    dir,
    commit(message) {
      writeFileSync(path.join(dir, 'file.txt'), String(++n));
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    tag: (name) => void git('tag', name),
  };
}

describe("Modelship's own releases", () => {
  it('starts at 1.0.0, so the @v1 refs in the docs exist after the first release', async () => {
    const r = repo();
    r.commit('first commit');
    const release = await nextSelfRelease(r.dir);
    expect(release).toMatchObject({ next: '1.0.0', tag: 'v1.0.0', majorTag: 'v1' });
    expect(release.notes).toContain('## Other changes\n\n- first commit');
  });

  it('bumps by conventional commits since the last vX.Y.Z tag, ignoring other tags and the release commit', async () => {
    const r = repo();
    r.commit('feat: start');
    r.tag('v1.4.2');
    r.tag('iris@v9.0.0');
    r.commit('fix(validate): zip64');
    r.commit('chore(release): v1.4.3');
    expect(await nextSelfRelease(r.dir)).toMatchObject({ current: '1.4.2', next: '1.4.3', bump: 'patch' });
    r.commit('feat(init): modelship init');
    expect(await nextSelfRelease(r.dir)).toMatchObject({ next: '1.5.0', bump: 'minor', majorTag: 'v1' });
    r.commit('refactor!: drop the old flag');
    const major = await nextSelfRelease(r.dir);
    expect(major).toMatchObject({ next: '2.0.0', bump: 'major', majorTag: 'v2' });
    expect(major.notes.indexOf('## Breaking changes')).toBeLessThan(major.notes.indexOf('## Features'));
    expect(major.commits.map((c) => c.subject)).not.toContain('chore(release): v1.4.3');
  });

  it('has nothing to release right after a release', async () => {
    const r = repo();
    r.commit('feat: x');
    r.tag('v1.0.0');
    expect(await nextSelfRelease(r.dir)).toMatchObject({ current: '1.0.0', bump: 'none', notes: '' });
  });

  it('runs from a workflow that actionlint accepts, verifies dist/ before tagging and moves the major tag', async () => {
    const file = '.github/workflows/release-modelship.yml';
    const text = readFileSync(file, 'utf8');
    expect(await actionlint(text, file)).toEqual([]);
    const steps = parseYaml(text).jobs.release.steps as Array<{ name?: string; run?: string }>;
    const names = steps.map((s) => s.name ?? '');
    expect(names.indexOf('dist/ and generated files are current')).toBeLessThan(names.indexOf('Commit, tag, move the major tag, publish the release'));
    const publish = steps.find((s) => s.name === 'Commit, tag, move the major tag, publish the release')!.run!;
    expect(publish).toContain('git push --force origin "refs/tags/$MAJOR_TAG"');
    // No expression is expanded inside a script: values reach it through env.
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
  });
});
