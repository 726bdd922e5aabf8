import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { commitBump, parseConventionalCommit } from '../../src/version/conventional-commits.js';

describe('conventional commits', () => {
  it('parses type, scope, ! and description', () => {
    expect(parseConventionalCommit('feat(iris): add logits output')).toEqual({ type: 'feat', scope: 'iris', breaking: false, description: 'add logits output' });
    expect(parseConventionalCommit('fix!: drop input')).toMatchObject({ type: 'fix', breaking: true });
  });
  it('finds BREAKING CHANGE / BREAKING-CHANGE footers at a line start only', () => {
    expect(parseConventionalCommit('chore: x\n\nBREAKING CHANGE: the input is now float64')?.breaking).toBe(true);
    expect(parseConventionalCommit('chore: x\n\nBREAKING-CHANGE: y')?.breaking).toBe(true);
    expect(parseConventionalCommit('chore: x\n\nno BREAKING CHANGE: here')?.breaking).toBe(false);
  });
  it('maps to bumps', () => {
    const b = (m: string) => commitBump(parseConventionalCommit(m));
    expect(b('feat: x')).toBe('minor');
    expect(b('Feat: x')).toBe('minor');
    expect(b('fix: x')).toBe('patch');
    expect(b('perf: x')).toBe('patch');
    expect(b('docs: x')).toBe('none');
    expect(b('refactor!: x')).toBe('major');
    expect(b('retrain on new data')).toBe('none');
    expect(b('feat:missing space')).toBe('none');
    expect(b('feat(a)(b): x')).toBe('none');
  });
  it('property: any message parses or not without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      const c = parseConventionalCommit(s);
      expect(['major', 'minor', 'patch', 'none']).toContain(commitBump(c));
    }), { numRuns: 1000 });
  });
});
