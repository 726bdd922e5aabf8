import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { refNameProblem, TagFormat } from '../../src/version/tag-format.js';

describe('TagFormat', () => {
  it('formats and parses the default template', () => {
    const f = new TagFormat('iris');
    expect(f.format('1.2.3')).toBe('iris@v1.2.3');
    expect(f.parse('iris@v1.2.3')).toBe('1.2.3');
    expect(f.parse('iris@v1.3.0-rc.1')).toBe('1.3.0-rc.1');
    expect(f.prefix()).toBe('iris@v');
    expect(f.floatingMajor('2.4.1')).toBe('iris@v2');
  });

  it('ignores other models, floating tags and versions that are not strict semver', () => {
    const f = new TagFormat('iris');
    for (const tag of ['iris-large@v1.2.3', 'irisx@v1.0.0', 'iris@v1', 'iris@v1.2', 'iris@1.2.3', 'iris@vv1.2.3', 'iris@v01.2.3', 'iris@v1.2.3 ', 'v1.2.3', 'iris@v=1.2.3']) {
      expect([tag, f.parse(tag)]).toEqual([tag, undefined]);
    }
  });

  it('matches template text literally (dots and dashes are not regex wildcards)', () => {
    const f = new TagFormat('a.b', 'models/{model}/v{version}');
    expect(f.parse('models/a.b/v0.1.0')).toBe('0.1.0');
    expect(f.parse('models/aXb/v0.1.0')).toBeUndefined();
    expect(f.format('0.1.0')).toBe('models/a.b/v0.1.0');
  });

  it('refuses templates without {version}, with it twice, or that git would refuse', () => {
    expect(() => new TagFormat('iris', '{model}-latest')).toThrow(/no \{version\} placeholder/);
    expect(() => new TagFormat('iris', '{version}-{version}')).toThrow(/more than once/);
    expect(() => new TagFormat('iris', '{model} v{version}')).toThrow(/git refuses/);
    expect(() => new TagFormat('iris', '{model}..{version}')).toThrow(/git refuses/);
  });

  it('refNameProblem follows git check-ref-format', () => {
    expect(refNameProblem('iris@v1.2.3')).toBeUndefined();
    expect(refNameProblem('a/b/c')).toBeUndefined();
    for (const bad of ['', '-x', 'a..b', 'a b', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', 'a/', '/a', 'a//b', 'a.lock', 'a.', '.a', 'a/.b', 'a@{1}', '@']) {
      expect([bad, refNameProblem(bad)]).not.toEqual([bad, undefined]);
    }
  });

  it('property: parse(format(v)) round-trips every semver; random tags never throw', () => {
    const f = new TagFormat('m');
    const ver = fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000), fc.option(fc.constantFrom('rc.1', 'pr.12.3', 'alpha'), { nil: undefined }))
      .map(([a, b, c, p]) => `${a}.${b}.${c}${p ? `-${p}` : ''}`);
    fc.assert(fc.property(ver, (v) => f.parse(f.format(v)) === v));
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => {
      const v = f.parse(s);
      return v === undefined || f.format(v) === s;
    }), { numRuns: 500 });
  });
});
