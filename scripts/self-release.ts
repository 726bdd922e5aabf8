#!/usr/bin/env -S npx tsx
/**
 * The next release of Modelship itself, from the commits since its last `vX.Y.Z` tag, by the conventional-
 * commit rules Modelship applies to models (src/version/conventional-commits.ts): a breaking change ->
 * major, feat -> minor, fix/perf -> patch. Commits that follow no convention still ship, so any of them is
 * at least a patch. The first release is 1.0.0: the docs' `@v1` refs exist from it on.
 *
 *   npx tsx scripts/self-release.ts [--json] [--notes FILE] [--github-output]
 *
 * Used by .github/workflows/release-modelship.yml; prints, changes nothing.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import semver from 'semver';
import { commitBump, parseConventionalCommit } from '../src/version/conventional-commits.js';
import { openGit } from '../src/core/git/index.js';

type Bump = 'major' | 'minor' | 'patch' | 'none';
const ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];
const FIRST = '1.0.0';

export interface SelfRelease {
  current?: string;
  next?: string;
  bump: Bump;
  tag?: string;
  majorTag?: string;
  commits: Array<{ sha: string; subject: string; bump: Bump; kind: 'breaking' | 'feat' | 'fix' | 'other' }>;
  notes: string;
}

export async function nextSelfRelease(dir: string): Promise<SelfRelease> {
  const { git, head } = await openGit(dir);
  if (!head) throw new Error('the repository has no commit yet');
  const versions = (await git.tags()).filter((t) => /^v\d+\.\d+\.\d+$/.test(t)).map((t) => t.slice(1)).sort(semver.rcompare);
  const current = versions[0];
  const range = current ? [`v${current}..HEAD`] : ['HEAD'];
  const log = await git.text(['log', '--format=%H%x00%B%x1e', ...range]);
  const commits: SelfRelease['commits'] = [];
  for (const record of log.split('\x1e')) {
    const [sha, message] = record.replace(/^\n/, '').split('\x00');
    if (!sha || message === undefined) continue;
    const parsed = parseConventionalCommit(message);
    const bump = parsed ? commitBump(parsed) : 'patch';
    // The release commit itself carries no change of its own.
    if (parsed?.type === 'chore' && parsed.scope === 'release') continue;
    const kind = parsed?.breaking ? 'breaking' : parsed?.type === 'feat' ? 'feat' : parsed?.type === 'fix' || parsed?.type === 'perf' ? 'fix' : 'other';
    commits.push({ sha, subject: message.split('\n')[0].trim(), bump: bump === 'none' ? 'patch' : bump, kind });
  }
  const bump = commits.reduce<Bump>((max, c) => (ORDER.indexOf(c.bump) > ORDER.indexOf(max) ? c.bump : max), 'none');
  if (bump === 'none') return { current, bump, commits, notes: '' };
  const next = current ? semver.inc(current, bump)! : FIRST;
  return { current, next, bump, tag: `v${next}`, majorTag: `v${semver.major(next)}`, commits, notes: notesFor(next, commits) };
}

function notesFor(version: string, commits: SelfRelease['commits']): string {
  const sections: Array<[SelfRelease['commits'][number]['kind'], string]> = [
    ['breaking', 'Breaking changes'],
    ['feat', 'Features'],
    ['fix', 'Fixes'],
    ['other', 'Other changes'],
  ];
  const lines = [`Modelship v${version}`, ''];
  for (const [kind, title] of sections) {
    const mine = commits.filter((c) => c.kind === kind);
    if (!mine.length) continue;
    lines.push(`## ${title}`, '', ...mine.map((c) => `- ${c.subject} (${c.sha.slice(0, 7)})`), '');
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const release = await nextSelfRelease(process.cwd());
  const notesAt = argv.indexOf('--notes');
  if (notesAt >= 0) writeFileSync(argv[notesAt + 1], release.notes);
  if (argv.includes('--github-output') && process.env.GITHUB_OUTPUT) {
    appendFileSync(process.env.GITHUB_OUTPUT, `bump=${release.bump}\nversion=${release.next ?? ''}\nmajor-tag=${release.majorTag ?? ''}\n`);
  }
  if (argv.includes('--json')) console.log(JSON.stringify(release, null, 2));
  else console.log(release.next ? `v${release.current ?? '(none)'} -> ${release.tag} (${release.bump}), ${release.commits.length} commit(s)` : `nothing to release since v${release.current}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  });
}
