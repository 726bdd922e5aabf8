import { describe, expect, it } from '@jest/globals';
import type { LoadedConfig } from '../../src/core/config.js';
import { prereleaseOf } from '../../src/version/request.js';

const withScheme = (prerelease?: string) => ({ config: { models: {}, release: prerelease ? { prerelease } : undefined } }) as unknown as LoadedConfig;

describe('prereleaseOf (one rule for `--prerelease` and the action input)', () => {
  it('given: rc and pr.<n> as written, none is none, pr takes the pull request number', () => {
    expect(prereleaseOf('rc', withScheme(), undefined, '--prerelease')).toBe('rc');
    expect(prereleaseOf('pr.7', withScheme(), undefined, '--prerelease')).toBe('pr.7');
    expect(prereleaseOf('none', withScheme(), 12, 'input "prerelease"')).toBeUndefined();
    expect(prereleaseOf('pr', withScheme(), 12, 'input "prerelease"')).toBe('pr.12');
  });

  it('pr outside a pull request is refused, naming the option as the surface calls it', () => {
    expect(() => prereleaseOf('pr', withScheme(), undefined, '--prerelease')).toThrow('--prerelease is "pr" but this is not a pull request');
  });

  it('not given: the configured scheme on a pull request, none elsewhere', () => {
    expect(prereleaseOf(undefined, withScheme('pr'), 5, 'input "prerelease"')).toBe('pr.5');
    expect(prereleaseOf(undefined, withScheme('rc'), 5, 'input "prerelease"')).toBe('rc');
    expect(prereleaseOf(undefined, withScheme('rc'), undefined, '--prerelease')).toBeUndefined();
  });
});
