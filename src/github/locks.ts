import { ExitCode, ModelshipError } from '../core/errors.js';
import type { LockInfo } from '../deploy/types.js';
import type { GitHubClient, RepoRef } from './client.js';

/**
 * A lock that survives the job, in the manner of github/branch-deploy: a branch
 * `modelship-lock/<environment>` whose only commit holds `lock.json`. Creating the ref is atomic on
 * GitHub (422 "Reference already exists" when someone holds it), so two jobs racing cannot both win;
 * unlocking deletes the branch.
 */
export function lockBranch(environment: string): string {
  return `modelship-lock/${environment}`;
}

function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
}

export async function readLock(client: GitHubClient, repo: RepoRef, environment: string): Promise<LockInfo | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repo, path: 'lock.json', ref: `heads/${lockBranch(environment)}` });
    const content = (data as { content?: string }).content;
    if (!content) return undefined;
    return JSON.parse(Buffer.from(content, 'base64').toString('utf8')) as LockInfo;
  } catch (err) {
    if (statusOf(err) === 404) return undefined;
    throw err;
  }
}

export async function acquireLock(client: GitHubClient, repo: RepoRef, info: LockInfo): Promise<LockInfo> {
  const text = `${JSON.stringify(info, null, 2)}\n`;
  const blob = await client.rest.git.createBlob({ ...repo, content: Buffer.from(text).toString('base64'), encoding: 'base64' });
  const tree = await client.rest.git.createTree({ ...repo, tree: [{ path: 'lock.json', mode: '100644', type: 'blob', sha: blob.data.sha }] });
  const commit = await client.rest.git.createCommit({ ...repo, message: `lock ${info.environment}: ${info.reason}`.slice(0, 200), tree: tree.data.sha, parents: [] });
  try {
    await client.rest.git.createRef({ ...repo, ref: `refs/heads/${lockBranch(info.environment)}`, sha: commit.data.sha });
    return info;
  } catch (err) {
    if (statusOf(err) !== 422) throw err;
    const held = await readLock(client, repo, info.environment);
    if (held && held.owner === info.owner) return held;
    throw new ModelshipError(`environment "${info.environment}" is locked by ${held?.owner ?? 'someone'} since ${held?.createdAt ?? '?'}: ${held?.reason || 'no reason given'}`, {
      exitCode: ExitCode.Usage,
      hint: `the lock is the branch ${lockBranch(info.environment)}; its holder unlocks it (or delete the branch)`,
    });
  }
}

export async function releaseLock(client: GitHubClient, repo: RepoRef, environment: string, owner: string, force: boolean): Promise<boolean> {
  const held = await readLock(client, repo, environment);
  if (!held) return false;
  if (!force && held.owner !== owner) throw new ModelshipError(`lock on "${environment}" is held by ${held.owner}, not ${owner}`, { hint: 'pass force to break it' });
  try {
    await client.rest.git.deleteRef({ ...repo, ref: `heads/${lockBranch(environment)}` });
  } catch (err) {
    if (statusOf(err) !== 422 && statusOf(err) !== 404) throw err;
  }
  return true;
}
