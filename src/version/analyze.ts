import path from 'node:path';
import semver from 'semver';
import { getModel, parseConfig, type LoadedConfig } from '../core/config.js';
import type { ModelConfig } from '../core/config-types.js';
import { ExitCode, ModelshipError } from '../core/errors.js';
import { highestBump, maxBump, type Bump, type Reason } from './bump.js';
import { compareSnapshots } from './changes.js';
import { releaseSettings, type ReleaseSettings } from './config.js';
import { commitBump, parseConventionalCommit } from './conventional-commits.js';
import { NotInRepositoryError, openGit, type Git } from '../core/git/index.js';
import { RepositoryHistory } from './history.js';
import { allPaths, modelPaths, ModelSnapshot } from './model-snapshot.js';
import { TagFormat } from './tag-format.js';
import { currentRelease, initialBump, modelVersions, nextVersion, parsePrerelease, type TaggedVersion } from './versions.js';

/** The answer of `modelship version`: JSON-ready. */
export interface VersionPlan {
  model: string;
  /** The highest release (not pre-release) tagged for this model, or null before the first release. */
  current: string | null;
  /** The version HEAD would be released as; equal to `current` when the bump is none. */
  next: string | null;
  bump: Bump;
  /** Tag of `next`. */
  tag: string | null;
  reasons: Reason[];
  previousTag: string | null;
  /** The commit the plan describes (HEAD). */
  commit: string;
  prerelease: string | null;
}

/** A plan with the snapshots it came from, for release notes. */
export interface Analysis {
  plan: VersionPlan;
  format: TagFormat;
  versions: TaggedVersion[];
  head: ModelSnapshot;
  previous?: ModelSnapshot;
}

export interface VersionRepository {
  git: Git;
  toplevel: string;
  loaded: LoadedConfig;
  settings: ReleaseSettings;
  /** Folder of modelship.yml, repository-relative ('' at the root). */
  configDir: string;
  configFile: string;
  head: string;
  tags: string[];
  env: NodeJS.ProcessEnv;
  /** Git reads shared by every model of this run. */
  history: RepositoryHistory;
}

/** `models`: how many models this run plans; with several, git is read for all of them at once. */
export async function openVersionRepository(loaded: LoadedConfig, env: NodeJS.ProcessEnv = process.env, models = 1): Promise<VersionRepository> {
  const { git, toplevel, head, shallow } = await openGit(loaded.root, env).catch((err: unknown) => {
    if (err instanceof NotInRepositoryError) throw new ModelshipError(err.message, { hint: 'versions come from git tags: run modelship version in a clone (git init for a new project)' });
    throw err;
  });
  if (!head) throw new ModelshipError(`the repository ${toplevel} has no commits yet`, { hint: 'commit the model first: versions describe commits' });
  if (shallow) {
    throw new ModelshipError('the repository is a shallow clone: the previous versions and their tags are missing', {
      hint: 'with actions/checkout set `fetch-depth: 0` (it fetches history and tags); locally run `git fetch --unshallow --tags`',
    });
  }
  const real = await realpathOr(loaded.root);
  const configDir = path.relative(await realpathOr(toplevel), real).split(path.sep).join('/');
  return {
    git,
    toplevel,
    loaded,
    settings: releaseSettings(loaded.config),
    configDir,
    configFile: path.posix.join(configDir, path.basename(loaded.file)),
    head,
    tags: await git.tags(),
    env,
    history: new RepositoryHistory(git, models > 1),
  };
}

async function realpathOr(p: string): Promise<string> {
  const { realpath } = await import('node:fs/promises');
  try {
    return await realpath(p);
  } catch {
    return p;
  }
}

export interface PlanOptions {
  /** `rc` or `pr.<number>`. */
  prerelease?: string;
  /** An explicit version (like release-please's Release-As); must be above the current one. */
  as?: string;
}

/** Every configured model, in the order of modelship.yml, or the one named. */
export function modelNames(loaded: LoadedConfig, name?: string): string[] {
  if (name !== undefined) {
    getModel(loaded, name);
    return [name];
  }
  return Object.keys(loaded.config.models);
}

/**
 * Before many models are analysed one by one: read the small files of all of them, at HEAD and at each
 * model's last release, with one git process per commit instead of several per model.
 */
export async function prefetchModels(repo: VersionRepository, names: string[]): Promise<void> {
  if (names.length < 2) return;
  const atHead: string[] = [];
  const byBase = new Map<string, string[]>();
  for (const name of names) {
    const model = getModel(repo.loaded, name);
    const paths = allPaths(modelPaths(model, repo.configDir));
    atHead.push(...paths);
    const current = currentRelease(modelVersions(repo.tags, new TagFormat(name, model.tagFormat, repo.loaded.locate(['models', name, 'tagFormat']))));
    const base = current && (await repo.history.tagCommit(current.tag));
    // The paths of today's configuration: where a model moved since, its files are simply read later.
    if (base) byBase.set(base, [...(byBase.get(base) ?? []), ...paths]);
  }
  await repo.history.prefetch(repo.head, atHead);
  for (const [base, paths] of byBase) await repo.history.prefetch(base, paths);
}

export async function analyzeModel(repo: VersionRepository, name: string, options: PlanOptions = {}): Promise<Analysis> {
  const model = getModel(repo.loaded, name);
  const format = new TagFormat(name, model.tagFormat, repo.loaded.locate(['models', name, 'tagFormat']));
  const prerelease = options.prerelease === undefined ? undefined : parsePrerelease(options.prerelease);
  const versions = modelVersions(repo.tags, format);
  const current = currentRelease(versions);

  const head = await ModelSnapshot.load(repo.history.tree(repo.head), model, modelPaths(model, repo.configDir));
  if (head.artifact.length === 0) {
    throw new ModelshipError(`model "${name}": ${head.paths.artifact} is not in commit ${repo.head.slice(0, 12)}`, {
      location: repo.loaded.locate(['models', name, 'path']),
      hint: 'versions describe commits: commit the model (uncommitted files are not released)',
    });
  }

  let reasons: Reason[];
  let bump: Bump;
  let previous: ModelSnapshot | undefined;
  if (!current) {
    bump = initialBump(repo.settings.initialVersion);
    reasons = [{ kind: 'initial', bump, message: `first release: no tag matching ${format.format('<version>')} exists, so it starts at release.initialVersion ${repo.settings.initialVersion}` }];
  } else {
    const base = await repo.history.tagCommit(current.tag);
    if (!base) throw new ModelshipError(`tag ${current.tag} does not point at a commit`);
    const oldModel = (await configAt(repo, base, name)) ?? model;
    previous = await ModelSnapshot.load(repo.history.tree(base), oldModel, modelPaths(oldModel, repo.configDir));
    reasons = await compareSnapshots(previous, head);
    const contentBump = highestBump(reasons.map((r) => r.bump));
    const commits = await commitReasons(repo.history, base, [...new Set([...allPaths(previous.paths), ...allPaths(head.paths)])]);
    if (contentBump === 'none') {
      for (const c of commits) if (c.bump !== 'none') reasons.push({ ...c, bump: 'none', message: `${c.message} (not counted: no file of the model changed since ${current.tag})` });
    } else {
      reasons.push(...commits);
    }
    bump = contentBump === 'none' ? 'none' : maxBump(contentBump, highestBump(commits.map((c) => c.bump)));
  }

  let next: string | undefined;
  if (options.as !== undefined) {
    const as = options.as.replace(/^v/, '');
    if (semver.valid(as) !== as) throw new ModelshipError(`"${options.as}" is not a semantic version`, { hint: 'e.g. --as 2.0.0' });
    if (current && !semver.gt(as, current.version)) {
      throw new ModelshipError(`version ${as} would go backwards: ${current.tag} is already released`, { exitCode: ExitCode.Failed, hint: `pick a version above ${current.version}` });
    }
    next = as;
    const d = current ? semver.diff(current.version, as) : null;
    const asBump: Bump = d === null ? initialBump(as) : d.includes('major') ? 'major' : d.includes('minor') ? 'minor' : 'patch';
    reasons.push({ kind: 'override', bump: asBump, message: `version set explicitly to ${as}` });
    bump = asBump;
  } else {
    next = nextVersion({ current: current?.version, bump, initialVersion: repo.settings.initialVersion, prerelease, existing: versions });
    if (next !== undefined && prerelease !== undefined) next = (await prereleaseAtHead(repo, versions, next)) ?? next;
  }

  const nextOrCurrent = next ?? current?.version ?? null;
  return {
    plan: {
      model: name,
      current: current?.version ?? null,
      next: nextOrCurrent,
      bump,
      tag: nextOrCurrent === null ? null : format.format(nextOrCurrent),
      reasons,
      previousTag: current?.tag ?? null,
      commit: repo.head,
      prerelease: next !== undefined && prerelease !== undefined ? prerelease : null,
    },
    format,
    versions,
    head,
    previous,
  };
}

/** The model's configuration as committed at `commit`, or undefined when it cannot be read there. */
async function configAt(repo: VersionRepository, commit: string, name: string): Promise<ModelConfig | undefined> {
  // Missing or rejected by today's schema: the model's current paths are the best guess of where it lived.
  return (await repo.history.configAt(commit, repo.configFile, repo.loaded, repo.env))?.config.models[name];
}

/** Conventional commits since `base` touching the model's paths, newest first. */
async function commitReasons(history: RepositoryHistory, base: string, paths: string[]): Promise<Reason[]> {
  const reasons: Reason[] = [];
  for (const { sha, message } of await history.commitsSince(base, paths)) {
    const parsed = parseConventionalCommit(message.trim());
    const bump = commitBump(parsed);
    if (bump === 'none') continue;
    const subject = message.trim().split('\n')[0];
    const why = parsed?.breaking ? 'breaking change' : parsed?.type;
    reasons.push({ kind: 'commit', bump, commit: sha, message: `commit ${sha.slice(0, 7)} "${subject}" (${why})` });
  }
  return reasons;
}

/** A pre-release of the same base and scheme already on HEAD is reused: re-running a PR build is idempotent. */
async function prereleaseAtHead(repo: VersionRepository, versions: TaggedVersion[], next: string): Promise<string | undefined> {
  const prefix = next.replace(/\.\d+$/, '.');
  for (const v of versions) {
    if (v.version.startsWith(prefix) && /^\d+$/.test(v.version.slice(prefix.length)) && (await repo.git.commitOf(`refs/tags/${v.tag}`)) === repo.head) return v.version;
  }
  return undefined;
}
