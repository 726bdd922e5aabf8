import { ModelshipError } from '../errors.js';

/** Longer than any real branch, tag or object id; a bound on what reaches git's argument list. */
export const MAX_REF_LENGTH = 256;

/** A ref Modelship refuses to hand to git; `reason` says which rule it broke. */
export class UnsafeRefError extends ModelshipError {
  constructor(readonly ref: string, readonly reason: string) {
    super(`"${printable(ref)}" is not a git ref Modelship accepts: ${reason}`, {
      hint: 'use a branch, tag or commit, e.g. main, origin/main, v1.2.0 or a SHA (optionally with ~N, ^N or ^{commit})',
    });
    this.name = 'UnsafeRefError';
  }
}

/**
 * Revision suffixes kept after a ref name: `~N`, `^N` and the peels `^{}` / `^{commit}` / `^{tag}` / `^{tree}`.
 * Everything else git's revision syntax offers is refused: `:` (which turns a ref into `rev:path`), `..` and
 * `...` (ranges), `@{...}` (reflog and upstream lookups), `^{/text}` (a commit-message search), `^!`, `^@`, `^-`.
 */
const SUFFIXES = /(?:~\d{0,6}|\^\d{0,6}|\^\{(?:commit|tag|tree)?\})*$/;

/**
 * The reason `ref` is unsafe, or undefined when it is safe. Safe means: a name git's own rules accept
 * (`git check-ref-format --allow-onelevel`, which the tests use as the oracle), optionally followed by the
 * suffixes above, and also not starting with `-` (git would read it as an option), at most MAX_REF_LENGTH
 * characters, and free of any Unicode control, format or separator character (git itself allows e.g. a
 * no-break space or a right-to-left override; a ref that prints as something else is refused).
 */
export function unsafeRefReason(ref: unknown): string | undefined {
  if (typeof ref !== 'string' || ref === '') return 'it is empty';
  if (ref.length > MAX_REF_LENGTH) return `it is longer than ${MAX_REF_LENGTH} characters`;
  if (ref.startsWith('-')) return 'it starts with "-", which git would read as an option';
  if (/[\p{C}\p{Z}]/u.test(ref)) return 'it contains a space or a control character';
  if (ref.includes(':')) return 'it contains ":" (a ref, not a rev:path)';
  if (ref.includes('..')) return 'it contains ".." (a ref, not a range)';
  if (ref.includes('@{')) return 'it contains "@{" (reflog and upstream lookups are not accepted)';
  const name = ref.replace(SUFFIXES, '');
  if (name === '') return 'it has no name before its ~ or ^ suffix';
  if (/[~^?*[\\]/.test(name)) return 'it contains one of ~ ^ ? * [ \\ outside a ~N / ^N / ^{commit} suffix';
  if (name === '@') return 'a lone "@" is not a ref name';
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'it has an empty path component ("/" at an end or "//")';
  if (name.endsWith('.')) return 'it ends with "."';
  for (const component of name.split('/')) {
    if (component.startsWith('.')) return `its component "${component}" starts with "."`;
    if (component.endsWith('.lock')) return `its component "${component}" ends with ".lock"`;
  }
  return undefined;
}

/** Throws UnsafeRefError unless `ref` is safe (see unsafeRefReason); returns it otherwise. */
export function assertSafeRef(ref: string): string {
  const reason = unsafeRefReason(ref);
  if (reason !== undefined) throw new UnsafeRefError(String(ref), reason);
  return ref;
}

/** The ref as it may be printed in a message: control characters escaped, length bounded. */
function printable(ref: string): string {
  const shown = ref.length > 80 ? `${ref.slice(0, 80)}…` : ref;
  return shown.replace(/[\p{C}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
