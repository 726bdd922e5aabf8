import { describe, expect, it } from '@jest/globals';
import { TagFormat } from '../../src/version/tag-format.js';
import { currentRelease, initialBump, modelVersions, nextVersion, parsePrerelease } from '../../src/version/versions.js';

const f = new TagFormat('iris');

describe('modelVersions / currentRelease', () => {
  it('orders by semver, not by name or date, and skips other models and invalid tags', () => {
    const vs = modelVersions(['iris@v1.9.0', 'iris@v1.10.0', 'other@v9.0.0', 'iris@v2.0.0-rc.1', 'iris@vjunk', 'iris@v1'], f);
    expect(vs.map((v) => v.version)).toEqual(['2.0.0-rc.1', '1.10.0', '1.9.0']);
    expect(currentRelease(vs)).toEqual({ tag: 'iris@v1.10.0', version: '1.10.0' });
  });
  it('has no current release when only pre-releases exist', () => {
    expect(currentRelease(modelVersions(['iris@v0.1.0-rc.1'], f))).toBeUndefined();
  });
});

describe('nextVersion', () => {
  const existing = modelVersions(['iris@v1.2.0', 'iris@v1.3.0-rc.1', 'iris@v1.3.0-rc.2', 'iris@v1.3.0-pr.7.1'], f);
  it('bumps the current release', () => {
    expect(nextVersion({ current: '1.2.0', bump: 'major', initialVersion: '0.1.0', existing })).toBe('2.0.0');
    expect(nextVersion({ current: '1.2.0', bump: 'minor', initialVersion: '0.1.0', existing })).toBe('1.3.0');
    expect(nextVersion({ current: '1.2.0', bump: 'patch', initialVersion: '0.1.0', existing })).toBe('1.2.1');
    expect(nextVersion({ current: '1.2.0', bump: 'none', initialVersion: '0.1.0', existing })).toBeUndefined();
  });
  it('starts at initialVersion without a release', () => {
    expect(nextVersion({ bump: 'none', initialVersion: '1.0.0', existing: [] })).toBe('1.0.0');
  });
  it('numbers pre-releases after the highest existing one of the same base and scheme', () => {
    expect(nextVersion({ current: '1.2.0', bump: 'minor', initialVersion: '0.1.0', prerelease: 'rc', existing })).toBe('1.3.0-rc.3');
    expect(nextVersion({ current: '1.2.0', bump: 'minor', initialVersion: '0.1.0', prerelease: 'pr.7', existing })).toBe('1.3.0-pr.7.2');
    expect(nextVersion({ current: '1.2.0', bump: 'minor', initialVersion: '0.1.0', prerelease: 'pr.8', existing })).toBe('1.3.0-pr.8.1');
    expect(nextVersion({ current: '1.2.0', bump: 'major', initialVersion: '0.1.0', prerelease: 'rc', existing })).toBe('2.0.0-rc.1');
  });
  it('parsePrerelease accepts rc and pr.<number> only', () => {
    expect(parsePrerelease('rc')).toBe('rc');
    expect(parsePrerelease(' pr.42 ')).toBe('pr.42');
    for (const bad of ['pr', 'pr.0', 'pr.x', 'beta', 'rc.1', 'pr.1.2', '']) expect(() => parsePrerelease(bad)).toThrow(/not "rc" or "pr.<number>"/);
  });
  it('initialBump measures the first release from 0.0.0', () => {
    expect(initialBump('0.1.0')).toBe('minor');
    expect(initialBump('1.0.0')).toBe('major');
    expect(initialBump('0.0.1')).toBe('patch');
  });
});
