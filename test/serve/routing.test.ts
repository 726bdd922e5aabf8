import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { seededUniform, hashUnit } from '../../src/serve/random.js';
import { parseRouting } from '../../src/core/routing-file.js';
import { chooseVersion, compareVersions, referencedVersions } from '../../src/serve/routing.js';
import { routingJson } from './support/repository.js';

const FILE = '/repo/iris/routing.json';
const base = () => JSON.parse(routingJson('iris', { generation: 4, stable: '1.0.0', candidate: '1.1.0', previous: '0.9.0', weights: { '1.0.0': 90, '1.1.0': 10 }, headerRoutes: [{ header: 'X-Modelship-Version', value: 'canary', version: '1.1.0' }], sticky: { header: 'X-Request-Key' }, shadow: { version: '1.2.0', percent: 50 }, strategy: 'canary' })) as Record<string, unknown>;

describe('referencedVersions', () => {
  it('names every version the routing can send traffic to, and previous for rollback', () => {
    const r = parseRouting(JSON.stringify(base()), FILE, 'iris');
    expect([...referencedVersions(r)].sort()).toEqual(['0.9.0', '1.0.0', '1.1.0', '1.2.0']);
  });
});

describe('chooseVersion', () => {
  const r = parseRouting(JSON.stringify(base()), FILE, 'iris');
  const all = () => true;

  it('follows the precedence explicit > header > sticky > weighted', () => {
    const u = seededUniform(1);
    expect(chooseVersion(r, { explicit: '0.9.0', headers: { 'x-modelship-version': 'canary' } }, all, u)).toEqual({ version: '0.9.0', reason: 'explicit' });
    expect(chooseVersion(r, { headers: { 'x-modelship-version': 'canary', 'x-request-key': 'k' } }, all, u)).toEqual({ version: '1.1.0', reason: 'header' });
    expect(chooseVersion(r, { headers: { 'x-modelship-version': 'other', 'x-request-key': 'k' } }, all, u)?.reason).toBe('sticky');
    expect(chooseVersion(r, { headers: { 'x-request-key': '' } }, all, u)?.reason).toBe('weighted');
  });

  it('splits by weight (seeded) and keeps each sticky key on one version', () => {
    const u = seededUniform(99);
    let canary = 0;
    for (let i = 0; i < 20000; i++) if (chooseVersion(r, { headers: {} }, all, u)?.version === '1.1.0') canary++;
    expect(canary / 20000).toBeGreaterThan(0.09);
    expect(canary / 20000).toBeLessThan(0.11);
    let stickyCanary = 0;
    for (let k = 0; k < 5000; k++) {
      const first = chooseVersion(r, { headers: { 'x-request-key': `user-${k}` } }, all, u)?.version;
      expect(chooseVersion(r, { headers: { 'x-request-key': `user-${k}` } }, all, u)?.version).toBe(first);
      if (first === '1.1.0') stickyCanary++;
    }
    expect(stickyCanary / 5000).toBeGreaterThan(0.08);
    expect(stickyCanary / 5000).toBeLessThan(0.12);
  });

  it('keeps every sticky key on its version whatever the order of the keys in routing.json', () => {
    const file = (weights: Record<string, number>) => parseRouting(routingJson('iris', { generation: 1, stable: '1.0.0', candidate: '1.1.0', weights, sticky: { header: 'X-User' } }), FILE, 'iris');
    // The same weights, written in both orders (the case: 600 of 1,000 users moved).
    const a = file({ '1.0.0': 70, '1.1.0': 30 });
    const b = file({ '1.1.0': 30, '1.0.0': 70 });
    expect(Object.keys(b.weights)).toEqual(['1.1.0', '1.0.0']);
    const u = seededUniform(5);
    let onB = 0;
    for (let k = 0; k < 1000; k++) {
      const headers = { 'x-user': `user-${k}` };
      const va = chooseVersion(a, { headers }, all, u)?.version;
      expect({ k, version: chooseVersion(b, { headers }, all, u)?.version }).toEqual({ k, version: va });
      if (va === '1.1.0') onB++;
    }
    // And the split still follows the weights.
    expect(onB).toBeGreaterThan(250);
    expect(onB).toBeLessThan(350);
  });

  it('lays the weights out in canonical version order: semver precedence, then other names by text', () => {
    expect(['10.0.0', '2.0.0', 'canary', '2.0.0-rc.1', '1.10.0', '1.9.0', 'blue'].sort(compareVersions)).toEqual(['1.9.0', '1.10.0', '2.0.0-rc.1', '2.0.0', '10.0.0', 'blue', 'canary']);
    // The documented mapping: a key's point in [0, 1) falls in the versions' weights laid out in that order.
    const r = parseRouting(routingJson('iris', { generation: 1, stable: '2.0.0', weights: { '10.0.0': 1, '2.0.0': 1 }, sticky: { header: 'k' } }), FILE, 'iris');
    const key = [...Array(200).keys()].map((i) => `u${i}`).find((k) => hashUnit(k) < 0.5)!;
    expect(chooseVersion(r, { headers: { k: key } }, all, seededUniform(1))?.version).toBe('2.0.0');
    const high = [...Array(200).keys()].map((i) => `u${i}`).find((k) => hashUnit(k) >= 0.5)!;
    expect(chooseVersion(r, { headers: { k: high } }, all, seededUniform(1))?.version).toBe('10.0.0');
  });

  it('matches header routes by exact value, by regular expression, and by cookie (Flagger-style A/B)', () => {
    const routes = [
      { cookie: 'canary', value: 'always', version: '1.1.0' },
      { header: 'X-User-Agent', match: 'regex', value: '(?:Android|iPhone)', version: '1.2.0' },
      { cookie: 'tier', match: 'regex', value: '^beta-\\d+$', version: '1.2.0' },
      { header: 'Cookie', match: 'regex', value: '^(.*?;)?\\s*insider=yes(;.*)?$', version: '0.9.0' },
      { header: 'X-Arm', value: 'b', version: '1.1.0' },
    ];
    const r = parseRouting(JSON.stringify({ ...base(), headerRoutes: routes, sticky: null }), FILE, 'iris');
    expect(r.headerRoutes.map((h) => [h.header, h.cookie, h.match])).toEqual([['cookie', 'canary', undefined], ['x-user-agent', undefined, 'regex'], ['cookie', 'tier', 'regex'], ['cookie', undefined, 'regex'], ['x-arm', undefined, undefined]]);
    const to = (headers: Record<string, string | string[]>) => chooseVersion(r, { headers }, all, () => 0)?.version;
    expect(to({ cookie: 'session=1; canary=always; theme=dark' })).toBe('1.1.0');
    expect(to({ cookie: 'canary="always"' })).toBe('1.1.0');
    expect(to({ cookie: 'canary=always-not' })).toBe('1.0.0');
    expect(to({ cookie: 'xcanary=always' })).toBe('1.0.0');
    expect(to({ 'x-user-agent': 'Mozilla/5.0 (Linux; Android 14)' })).toBe('1.2.0');
    expect(to({ 'x-user-agent': 'Mozilla/5.0 (X11; Linux)' })).toBe('1.0.0');
    expect(to({ cookie: 'a=1; tier=beta-42' })).toBe('1.2.0');
    expect(to({ cookie: 'tier=beta-x' })).toBe('1.0.0');
    expect(to({ cookie: 'a=1; insider=yes' })).toBe('0.9.0');
    expect(to({ cookie: ['a=1', 'canary=always'] })).toBe('1.1.0');
    expect(to({ 'x-arm': 'b' })).toBe('1.1.0');
    expect(to({ 'x-arm': 'B' })).toBe('1.0.0');
    // Only the first 4 KiB of a header are matched: a huge header costs no more than that.
    expect(to({ 'x-user-agent': `${'x'.repeat(5000)}Android` })).toBe('1.0.0');
  });

  it.each([
    ['an invalid regular expression', { header: 'x-a', match: 'regex', value: '(unclosed', version: '1.1.0' }, /headerRoutes\[0\].value" is not a valid regular expression/],
    ['an unknown match', { header: 'x-a', match: 'glob', value: '*', version: '1.1.0' }, /"headerRoutes\[0\]" must be/],
    ['a cookie route naming another header', { header: 'x-a', cookie: 'c', value: 'v', version: '1.1.0' }, /"headerRoutes\[0\]" must be/],
    ['a cookie name that is not a token', { cookie: 'a b', value: 'v', version: '1.1.0' }, /"headerRoutes\[0\]" must be/],
    ['an unknown key', { header: 'x-a', value: 'v', version: '1.1.0', regex: true }, /"headerRoutes\[0\]" has an unknown key "regex"/],
  ])('refuses a header route with %s', (_what, route, message) => {
    expect(() => parseRouting(JSON.stringify({ ...base(), headerRoutes: [route] }), FILE, 'iris')).toThrow(message);
  });

  it('skips versions that are not serving and falls back to stable, or to nothing', () => {
    const u = seededUniform(3);
    const onlyStable = (v: string) => v === '1.0.0';
    for (let i = 0; i < 200; i++) expect(chooseVersion(r, { headers: { 'x-modelship-version': 'canary' } }, onlyStable, u)?.version).toBe('1.0.0');
    expect(chooseVersion(r, { headers: {} }, () => false, u)).toBeUndefined();
  });

  it('hashes keys uniformly into [0, 1)', () => {
    fc.assert(fc.property(fc.string(), (k) => hashUnit(k) >= 0 && hashUnit(k) < 1));
  });
});
