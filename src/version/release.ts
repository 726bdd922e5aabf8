import semver from 'semver';
import { analyzeModel, type Analysis, type PlanOptions, type VersionPlan, type VersionRepository } from './analyze.js';
import { allPaths } from './model-snapshot.js';
import { releaseNotes, provenanceFrom } from './notes.js';
import type { ReleasePublisher } from './publisher.js';
import { ReleaseRefusal } from './refusal.js';
import { metricsFilesAt } from './version-metrics.js';

export interface ReleaseOptions extends PlanOptions {
  dryRun: boolean;
  /** Move `<model>@v<major>` too; default from release.floatingMajor. */
  floatingMajor?: boolean;
  /**
   * Packages and pushes the version (e.g. as an OCI artifact tagged with the version) before it is tagged;
   * the `oci://...@sha256:` reference it returns goes into the release notes: what deploys run by digest.
   */
  ship?: (model: string, version: string) => Promise<{ reference: string }>;
}

export type StepStatus = 'done' | 'planned' | 'unchanged' | 'skipped';

export interface ReleaseStep {
  action: 'package' | 'tag' | 'floating-tag' | 'release';
  target: string;
  status: StepStatus;
  detail?: string;
}

/** The answer of `modelship release` for one model: JSON-ready. */
export interface ReleaseResult {
  model: string;
  /** `released` (something was written or would be, in a dry run), `already-released` (HEAD carries the current tag; missing pieces were completed), `nothing-to-release`. */
  status: 'released' | 'already-released' | 'nothing-to-release';
  version: string | null;
  tag: string | null;
  commit: string;
  bump: VersionPlan['bump'];
  dryRun: boolean;
  publisher: ReleasePublisher['kind'];
  steps: ReleaseStep[];
  url?: string;
  notes?: string;
  /** `oci://registry/repository@sha256:...` of the pushed package, when `ship` ran. */
  oci?: string;
  plan: VersionPlan;
}

/**
 * Releases one model: refuse what must not happen, then tag, move the floating major tag and
 * create/update the release. Every refusal is checked before the first write. Re-running is safe:
 * when HEAD already carries the model's current tag, only missing pieces (release, floating tag) are
 * completed, so a run that died half-way can simply be repeated.
 */
export async function releaseModel(repo: VersionRepository, name: string, publisher: ReleasePublisher, options: ReleaseOptions): Promise<ReleaseResult> {
  let analysis = await analyzeModel(repo, name, options);
  let status: ReleaseResult['status'] = 'released';
  if (analysis.plan.bump === 'none') {
    const { tag: currentTag, current } = analysis.plan;
    const tagged = currentTag ? await publisher.tagCommit(currentTag) : undefined;
    if (!currentTag || tagged !== repo.head) {
      const plan = analysis.plan;
      return { model: name, commit: repo.head, bump: plan.bump, dryRun: options.dryRun, publisher: publisher.kind, plan, status: 'nothing-to-release', version: plan.current, tag: plan.previousTag, steps: [] };
    }
    // HEAD is the current release: describe it against the release before it, so re-running completes
    // missing pieces with the same notes instead of "nothing changed" ones.
    status = 'already-released';
    const again = await analyzeModel({ ...repo, tags: repo.tags.filter((t) => t !== currentTag) }, name, { ...options, as: undefined });
    analysis = { ...again, versions: analysis.versions, plan: { ...again.plan, next: current, tag: currentTag } };
  }
  const { plan } = analysis;
  const base = { model: name, commit: repo.head, bump: plan.bump, dryRun: options.dryRun, publisher: publisher.kind, plan };
  const version = plan.next as string;
  const tag = plan.tag as string;

  await refuseDirtyTree(repo, analysis);
  // Backwards first: a clone without tags computes a version the remote has already passed, and "fetch the
  // tags" is the answer, whether or not that exact tag also exists there.
  await refuseBackwards(analysis, publisher, version);
  const existing = await publisher.tagCommit(tag);
  if (existing !== undefined && existing !== repo.head) {
    const where = await whereIs(publisher, tag);
    throw new ReleaseRefusal('tag-on-other-commit', `tag ${tag} already exists${where} on commit ${existing.slice(0, 12)}, not on HEAD ${repo.head.slice(0, 12)}`, 'a released version never moves: commit the change and release again (the version will be computed above it), or fetch tags if your clone is behind');
  }
  // A tag made on HEAD by an earlier run without --push still has to reach the remote.
  const unpublished = existing !== undefined && publisher.isPublished !== undefined && !(await publisher.isPublished(tag));
  if ((existing === undefined || unpublished) && !options.dryRun) await publisher.checkWritable(tag, repo.head);

  const metricsFiles = await metricsFilesAt(repo.history.tree(repo.head), repo.configDir, repo.loaded, name);
  let notes = await releaseNotes(analysis, repo.settings, provenanceFrom(repo.head, repo.env), metricsFiles);
  const steps: ReleaseStep[] = [];
  const act = async (step: Omit<ReleaseStep, 'status'>, already: boolean, run: () => Promise<StepStatus | void>) => {
    if (already) steps.push({ ...step, status: 'unchanged' });
    else if (options.dryRun) steps.push({ ...step, status: 'planned' });
    else steps.push({ ...step, status: (await run()) ?? 'done' });
  };

  let oci: string | undefined;
  if (options.ship) {
    const ship = options.ship;
    await act({ action: 'package', target: `${name} ${version}`, detail: 'ModelPack artifact pushed; its digest goes into the notes' }, false, async () => {
      oci = (await ship(name, version)).reference;
      notes = `${notes.trimEnd()}\n\nOCI artifact (deploy by digest): \`${oci}\`\n`;
    });
  }
  await act({ action: 'tag', target: tag, detail: `annotated tag on ${repo.head.slice(0, 12)}${unpublished ? ' (made earlier, now pushed)' : ''}` }, existing !== undefined && !unpublished, () => publisher.createTag(tag, repo.head, notes));

  const prerelease = semver.prerelease(version) !== null;
  const floating = options.floatingMajor ?? repo.settings.floatingMajor;
  if (floating && !prerelease && isHighestOfMajor(analysis, version)) {
    const ftag = analysis.format.floatingMajor(version);
    const at = await publisher.tagCommit(ftag);
    await act({ action: 'floating-tag', target: ftag, detail: `-> ${tag}` }, at === repo.head, async () => {
      const r = await publisher.moveTag(ftag, repo.head, `${name} ${version} (floating major tag)`);
      return r === 'unchanged' ? 'unchanged' : 'done';
    });
  }

  let url: string | undefined;
  await act({ action: 'release', target: tag, detail: publisher.kind === 'git' ? 'notes are the annotated tag\'s message' : `GitHub release "${name} ${version}"` }, false, async () => {
    const r = await publisher.upsertRelease({ tag, name: `${name} ${version}`, body: notes, prerelease, commit: repo.head });
    url = r.url;
    return r.status === 'skipped' ? 'skipped' : r.status === 'unchanged' ? 'unchanged' : 'done';
  });
  return { ...base, status, version, tag, steps, url, notes, ...(oci ? { oci } : {}) };
}

/** A new floating major tag must not be dragged back by a late patch of an older minor. */
function isHighestOfMajor(analysis: Analysis, version: string): boolean {
  const major = semver.major(version);
  return !analysis.versions.some((v) => semver.prerelease(v.version) === null && semver.major(v.version) === major && semver.gt(v.version, version));
}

async function refuseBackwards(analysis: Analysis, publisher: ReleasePublisher, version: string): Promise<void> {
  const remote = await publisher.listTags(analysis.format.prefix());
  const higher = remote
    .map((t) => ({ tag: t, v: analysis.format.parse(t) }))
    .filter((x): x is { tag: string; v: string } => x.v !== undefined && semver.prerelease(x.v) === null && semver.gt(x.v, version))
    .sort((a, b) => semver.rcompare(a.v, b.v));
  if (higher.length > 0) {
    const where = await whereIs(publisher, higher[0].tag);
    throw new ReleaseRefusal('version-backwards', `version ${version} would go backwards: ${higher[0].tag} already exists${where}`, 'fetch every tag (actions/checkout with fetch-depth: 0, or git fetch --tags) so the version is computed from the latest release');
  }
}

/** ` on remote "origin"`, ` on GitHub` or nothing: where a refused tag was found. */
async function whereIs(publisher: ReleasePublisher, tag: string): Promise<string> {
  const where = publisher.whereIs ? await publisher.whereIs(tag) : publisher.kind === 'github' ? 'on GitHub' : '';
  return where ? ` ${where}` : '';
}

/** Refuses uncommitted work: a release describes a commit, and what is released must be what was reviewed. */
async function refuseDirtyTree(repo: VersionRepository, analysis: Analysis): Promise<void> {
  const dirty = repo.settings.cleanTree === 'repository'
    ? await repo.history.uncommitted()
    : await repo.history.uncommitted([...new Set([...allPaths(analysis.head.paths), repo.configFile])]);
  if (dirty.length > 0) {
    const shown = dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? ` and ${dirty.length - 5} more` : '');
    throw new ReleaseRefusal('dirty-tree', `uncommitted changes ${repo.settings.cleanTree === 'repository' ? 'in the repository' : `in model "${analysis.plan.model}"`}: ${shown}`, 'commit or stash them first: a release tags a commit, not the working tree');
  }
}
