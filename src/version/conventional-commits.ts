import type { Bump } from './bump.js';

export interface ConventionalCommit {
  type: string;
  scope?: string;
  breaking: boolean;
  description: string;
}

// `type(scope)!: description` as in the Conventional Commits 1.0.0 spec; type and scope are nouns.
const HEADER = /^([A-Za-z][\w-]{0,31})(?:\(([^()\r\n]{1,64})\))?(!)?: (\S.*)$/;
// The spec requires the footer token at the start of a line; "BREAKING-CHANGE" is its synonym.
const BREAKING_FOOTER = /^BREAKING[ -]CHANGE: \S/m;

/** Parses a commit message; undefined when its subject is not a conventional commit header. */
export function parseConventionalCommit(message: string): ConventionalCommit | undefined {
  const [subject, ...rest] = message.replace(/\r\n/g, '\n').split('\n');
  const m = HEADER.exec(subject.trim());
  if (!m) return undefined;
  const body = rest.join('\n');
  return { type: m[1].toLowerCase(), scope: m[2], breaking: m[3] === '!' || BREAKING_FOOTER.test(body), description: m[4] };
}

/**
 * The bump a commit asks for: `!` or a BREAKING CHANGE footer -> major, `feat` -> minor, `fix`/`perf` ->
 * patch, anything else (and non-conventional messages) -> none. Commits can only raise the bump the
 * content analysis found, never lower it, and never create a release where no file changed.
 */
export function commitBump(c: ConventionalCommit | undefined): Bump {
  if (!c) return 'none';
  if (c.breaking) return 'major';
  if (c.type === 'feat') return 'minor';
  if (c.type === 'fix' || c.type === 'perf') return 'patch';
  return 'none';
}
