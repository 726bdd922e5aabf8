import semver from 'semver';
import { ModelshipError } from '../core/errors.js';
import type { Bump } from './bump.js';
import type { TagFormat } from './tag-format.js';

export interface TaggedVersion {
  tag: string;
  version: string;
}

/** The model's versions among `tags`, highest first (by semver precedence, never by date or name). */
export function modelVersions(tags: Iterable<string>, format: TagFormat): TaggedVersion[] {
  const out: TaggedVersion[] = [];
  for (const tag of tags) {
    const version = format.parse(tag);
    if (version !== undefined) out.push({ tag, version });
  }
  return out.sort((a, b) => semver.rcompare(a.version, b.version) || (a.tag < b.tag ? -1 : 1));
}

/**
 * The current release: the highest version that is not a pre-release. Pre-releases (`1.3.0-rc.2`) are
 * trial builds of a future version; the next version is always computed from the last real release.
 */
export function currentRelease(versions: TaggedVersion[]): TaggedVersion | undefined {
  return versions.find((v) => semver.prerelease(v.version) === null);
}

/** The pre-release scheme: `rc` gives `-rc.N`, `pr.<number>` gives `-pr.<number>.N`. */
export type PrereleaseId = string;

export function parsePrerelease(value: string): PrereleaseId {
  const v = value.trim();
  if (v === 'rc' || /^pr\.[1-9][0-9]{0,9}$/.test(v)) return v;
  throw new ModelshipError(`pre-release "${value}" is not "rc" or "pr.<number>"`, { hint: 'e.g. --prerelease rc, or --prerelease pr.42 for pull request 42' });
}

export interface NextVersionInput {
  current?: string;
  bump: Bump;
  /** Used when there is no release yet (the first-release rule). */
  initialVersion: string;
  prerelease?: PrereleaseId;
  /** Every existing version of the model, to number pre-releases. */
  existing: TaggedVersion[];
}

/**
 * The next version. Without a previous release it is `initialVersion` whatever the changes (a first
 * release has no baseline to compare with). With `prerelease`, the version the bump leads to gets the
 * suffix `-<id>.N` where N is one more than the highest existing N for that base and id, so repeated
 * pull-request builds count up (`1.3.0-pr.42.1`, `1.3.0-pr.42.2`).
 */
export function nextVersion(input: NextVersionInput): string | undefined {
  let base: string;
  if (input.current === undefined) {
    base = input.initialVersion;
  } else {
    if (input.bump === 'none') return undefined;
    base = semver.inc(input.current, input.bump) as string;
  }
  if (input.prerelease === undefined) return base;
  const prefix = `${base}-${input.prerelease}.`;
  let n = 0;
  for (const { version } of input.existing) {
    if (!version.startsWith(prefix)) continue;
    const rest = version.slice(prefix.length);
    if (/^\d+$/.test(rest)) n = Math.max(n, Number(rest));
  }
  return `${prefix}${n + 1}`;
}

/** The bump a first release represents, measured from 0.0.0 (0.1.0 is a minor, 1.0.0 a major). */
export function initialBump(initialVersion: string): Bump {
  const d = semver.diff('0.0.0', initialVersion);
  return d === 'major' || d === 'premajor' ? 'major' : d === 'minor' || d === 'preminor' ? 'minor' : 'patch';
}
