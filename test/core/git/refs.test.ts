import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { assertSafeRef, MAX_REF_LENGTH, unsafeRefReason, UnsafeRefError } from '../../../src/core/git/index.js';

/** The independent oracle: git's own rules for a ref name, asked of the real git binary. */
function gitAcceptsName(name: string): boolean {
  const r = spawnSync('git', ['check-ref-format', '--allow-onelevel', name], { stdio: 'ignore' });
  if (r.error) throw r.error;
  return r.status === 0; // 1: invalid; 129: git read it as an option (a leading "-")
}

/** The rules Modelship adds on top of git's, each one a documented tightening. */
function withinModelshipLimits(ref: string): boolean {
  return !ref.startsWith('-') && ref.length <= MAX_REF_LENGTH && !/[\p{C}\p{Z}]/u.test(ref);
}

// Characters and pieces around every rule of git-check-ref-format(1), plus Unicode that git allows and we refuse.
const unit = fc.constantFrom(
  'a', 'b', 'Z', '0', '9', '_', '.', '/', '-', '@', '{', '}', ':', '?', '*', '[', ']', '\\', ' ', '\t', '\x7f', '\x01', '\n',
  ';', '$', '!', '#', '%', '+', '=', ',', 'é', '\u00a0', '\u202e', '\u200b', '.lock', 'HEAD', 'refs/', '@{', '..',
);
const nameLike = fc.string({ unit, maxLength: 10 });
const suffix = fc.array(fc.constantFrom('~', '~1', '~12', '^', '^2', '^{}', '^{commit}', '^{tag}', '^{tree}'), { minLength: 1, maxLength: 3 }).map((a) => a.join(''));

describe('assertSafeRef', () => {
  it.each(['main', 'origin/main', 'refs/tags/iris/v1.2.0', 'v1.2.0', 'iris@v9.9.9', 'HEAD', 'HEAD~1', 'HEAD^', 'main^2', 'v1.0.0^{commit}', 'v1^{}', 'HEAD~2^{tree}',
    '0123456789abcdef0123456789abcdef01234567', 'feature/été', 'main;touch${IFS}x', 'a{b}'])('accepts %j', (ref) => {
    expect(assertSafeRef(ref)).toBe(ref);
  });

  it.each([
    ['', /empty/],
    ['-x', /starts with "-"/],
    ['--output=/tmp/x', /starts with "-"/],
    ['main..evil', /"\.\."/],
    ['main...evil', /"\.\."/],
    ['HEAD:secret.txt', /":"/],
    [':secret.txt', /":"/],
    ['main x', /space or a control/],
    ['main\nx', /space or a control/],
    ['main\0', /space or a control/],
    ['main\u202e', /space or a control/],
    ['main\u00a0x', /space or a control/],
    ['main@{1}', /"@\{"/],
    ['@{upstream}', /"@\{"/],
    ['@', /lone "@"/],
    ['HEAD^{/fix}', /~ \^ \? \* \[/],
    ['HEAD^!', /~ \^ \? \* \[/],
    ['HEAD^@', /~ \^ \? \* \[/],
    ['HEAD^-1', /~ \^ \? \* \[/],
    ['a~b', /~ \^ \? \* \[/],
    ['a*', /~ \^ \? \* \[/],
    ['~1', /no name/],
    ['a.lock', /\.lock/],
    ['a/.hidden', /starts with "\."/],
    ['a/', /empty path component/],
    ['a//b', /empty path component/],
    ['a.', /ends with "\."/],
    ['x'.repeat(MAX_REF_LENGTH + 1), /longer than/],
  ])('refuses %j, saying why', (ref, why) => {
    let error: unknown;
    try {
      assertSafeRef(ref);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UnsafeRefError);
    expect((error as Error).message).toMatch(/is not a git ref Modelship accepts/);
    expect((error as Error).message).toMatch(why);
    // The message never carries a raw control character (it is printed to logs and job summaries).
    expect((error as Error).message).not.toMatch(/[\0-\x1f\x7f\u202e]/);
  });

  it('refuses what is not a string (a YAML number or null reaching a ref field)', () => {
    expect(unsafeRefReason(12)).toBe('it is empty');
    expect(unsafeRefReason(null)).toBe('it is empty');
  });

  it('agrees with `git check-ref-format` on ref names, apart from its own documented tightenings', () => {
    fc.assert(
      fc.property(nameLike, (name) => {
        const ours = unsafeRefReason(name) === undefined;
        expect(ours).toBe(gitAcceptsName(name) && withinModelshipLimits(name));
      }),
      { numRuns: 300 },
    );
  });

  it('a ~N / ^N / ^{commit} suffix keeps exactly the verdict of the name before it', () => {
    fc.assert(
      fc.property(nameLike.filter((n) => n !== '' && !/[~^]$/.test(n)), suffix, (name, tail) => {
        expect(unsafeRefReason(name + tail) === undefined).toBe(unsafeRefReason(name) === undefined);
      }),
      { numRuns: 1000 },
    );
  });

  it('never lets through an option, a range, a rev:path, a reflog lookup or a control character, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit, maxLength: 20 }), fc.tuple(nameLike, suffix).map(([n, s]) => n + s)), (ref) => {
        if (unsafeRefReason(ref) !== undefined) return;
        expect(ref.startsWith('-')).toBe(false);
        expect(ref).not.toMatch(/\.\.|:|@\{|[\p{C}\p{Z}]/u);
        expect(ref.length).toBeLessThanOrEqual(MAX_REF_LENGTH);
        // What is left once the suffix grammar is removed is a name git itself accepts.
        expect(gitAcceptsName(ref.replace(/(?:~\d*|\^\d*|\^\{[a-z]*\})*$/, ''))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
