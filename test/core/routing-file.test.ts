import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatRoutingFile, nextRoutingFile, parseRouting, parseRoutingFile, RoutingError, type TrafficState } from '../../src/core/routing-file.js';

// routing.json is written by the local deploy provider and read by the server: what one writes, the other
// must accept exactly, and anything else must be refused with a RoutingError naming the field.

const FILE = '/repo/iris/routing.json';
const TRAFFIC: TrafficState = {
  stable: '1.0.0',
  candidate: '1.1.0',
  previous: '0.9.0',
  weights: { '1.0.0': 90, '1.1.0': 10 },
  headerRoutes: [{ header: 'X-Modelship-Version', value: 'canary', version: '1.1.0' }],
  sticky: { header: 'X-Request-Key' },
  shadow: { version: '1.2.0', percent: 50 },
  strategy: 'canary',
};
const base = () => JSON.parse(formatRoutingFile(nextRoutingFile('iris', TRAFFIC, 3, new Date('2026-01-02T03:04:05Z')))) as Record<string, unknown>;

describe('the routing file as written', () => {
  it('counts generations up from the one it replaces and keeps only the traffic fields', () => {
    const readBack = { ...nextRoutingFile('iris', TRAFFIC, 6, new Date(0)), extra: 'x' } as unknown as TrafficState;
    const next = nextRoutingFile('iris', readBack, 7, new Date('2026-01-02T03:04:05Z'));
    expect(next.generation).toBe(8);
    expect(Object.keys(next).sort()).toEqual(['candidate', 'generation', 'headerRoutes', 'model', 'previous', 'schema', 'shadow', 'stable', 'sticky', 'strategy', 'updatedAt', 'weights']);
    expect(next.updatedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(formatRoutingFile(next).endsWith('}\n')).toBe(true);
  });

  it('is read back by the parser as written (header names lower-cased)', () => {
    const written = nextRoutingFile('iris', TRAFFIC, 3, new Date('2026-01-02T03:04:05Z'));
    const read = parseRouting(formatRoutingFile(written), FILE, 'iris');
    expect(read).toEqual({ ...written, headerRoutes: [{ header: 'x-modelship-version', value: 'canary', version: '1.1.0' }], sticky: { header: 'x-request-key' } });
  });

  it('says "nothing live" when a revert empties a first deployment, and refuses a null stable that still routes', () => {
    const empty: TrafficState = { stable: null, candidate: null, previous: null, weights: {}, headerRoutes: [], sticky: null, shadow: null, strategy: 'direct' };
    expect(parseRoutingFile(formatRoutingFile(nextRoutingFile('iris', empty, 1, new Date(0))), FILE, 'iris')).toBeNull();
    const routes = formatRoutingFile(nextRoutingFile('iris', { ...empty, weights: { '1.0.0': 100 } }, 1, new Date(0)));
    expect(() => parseRoutingFile(routes, FILE, 'iris')).toThrow(/"stable" is null \(nothing live\) but the routing sends traffic somewhere/);
  });
});

describe('parseRouting', () => {
  it('reads the contract, lower-casing header names', () => {
    const r = parseRouting(JSON.stringify(base()), FILE, 'iris');
    expect(r).toMatchObject({ generation: 4, stable: '1.0.0', candidate: '1.1.0', weights: { '1.0.0': 90, '1.1.0': 10 }, sticky: { header: 'x-request-key' }, shadow: { version: '1.2.0', percent: 50 } });
    expect(r.headerRoutes[0].header).toBe('x-modelship-version');
  });

  const cases: Array<[string, (o: Record<string, unknown>) => unknown, RegExp]> = [
    ['half a file', () => JSON.stringify(base()).slice(0, 40), /not valid JSON/],
    ['an array', () => [], /expected a JSON object/],
    ['schema 2', (o) => ({ ...o, schema: 2 }), /"schema" must be 1/],
    ['another model', (o) => ({ ...o, model: 'wine' }), /"model" is "wine" but the file is in the folder of model "iris"/],
    ['a negative generation', (o) => ({ ...o, generation: -1 }), /"generation" must be a non-negative integer/],
    ['no stable', (o) => ({ ...o, stable: undefined }), /"stable" must be a version string/],
    ['a path as a version', (o) => ({ ...o, stable: '../etc' }), /"stable" must be a version string/],
    ['a negative weight', (o) => ({ ...o, weights: { '1.0.0': -1 } }), /"weights.1.0.0" must be a non-negative number/],
    ['zero weights', (o) => ({ ...o, weights: { '1.0.0': 0 } }), /must give some version a positive weight/],
    ['a bad header route', (o) => ({ ...o, headerRoutes: [{ header: 'x', value: 1, version: '1.0.0' }] }), /"headerRoutes\[0\]" must be/],
    ['a bad sticky', (o) => ({ ...o, sticky: { header: 'bad header' } }), /"sticky" must be/],
    ['shadow over 100%', (o) => ({ ...o, shadow: { version: '1.1.0', percent: 150 } }), /"shadow" must be/],
    ['an unknown key', (o) => ({ ...o, weight: {} }), /unknown key "weight"/],
  ];
  it.each(cases)('refuses %s, naming the field', (_name, mutate, message) => {
    const text = JSON.stringify(mutate(base()));
    expect(() => parseRouting(typeof mutate(base()) === 'string' ? (mutate(base()) as string) : text, FILE, 'iris')).toThrow(message);
    expect(() => parseRouting(typeof mutate(base()) === 'string' ? (mutate(base()) as string) : text, FILE, 'iris')).toThrow(RoutingError);
  });

  it('never throws anything but a RoutingError on random or mutated input (fuzz)', () => {
    const valid = JSON.stringify(base());
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.tuple(fc.nat(valid.length), fc.nat(valid.length), fc.string({ maxLength: 8 })).map(([a, b, s]) => valid.slice(0, Math.min(a, b)) + s + valid.slice(Math.max(a, b)))), (text) => {
        try {
          const r = parseRouting(text, FILE, 'iris');
          expect(Object.values(r.weights).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
        } catch (err) {
          expect(err).toBeInstanceOf(RoutingError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the bandit object', () => {
  const BANDIT = { id: '1.1.0@2026-01-02T03:04:05.000Z', arms: ['1.0.0', '1.1.0'], algorithm: 'thompson' as const, reward: 'binary' as const, floor: 0.05, epsilon: 0.1, bound: 0.95, minRewards: 200 };
  const withBandit = (b: unknown) => JSON.stringify({ ...base(), bandit: b });

  it('round-trips: what the provider writes, the server reads', () => {
    const written = formatRoutingFile(nextRoutingFile('iris', { ...TRAFFIC, strategy: 'bandit', bandit: BANDIT }, 1, new Date(0)));
    expect(parseRouting(written, FILE, 'iris').bandit).toEqual(BANDIT);
    // Without a bandit nothing is written, and nothing is read.
    expect(parseRouting(formatRoutingFile(nextRoutingFile('iris', TRAFFIC, 1, new Date(0))), FILE).bandit).toBeUndefined();
  });

  it.each([
    [{ ...BANDIT, arms: ['1.0.0'] }, /"bandit.arms" must be a list of two or more distinct versions/],
    [{ ...BANDIT, arms: ['1.0.0', '1.0.0'] }, /"bandit.arms" must be a list of two or more distinct versions/],
    [{ ...BANDIT, arms: ['1.0.0', '3.0.0'] }, /"bandit.arms" names 3.0.0, which has no entry in "weights"/],
    [{ ...BANDIT, algorithm: 'ucb' }, /"bandit.algorithm" must be "thompson" or "epsilon-greedy", got "ucb"/],
    [{ ...BANDIT, reward: 'money' }, /"bandit.reward" must be "binary" or "continuous"/],
    [{ ...BANDIT, floor: 0.6 }, /"bandit.floor" must be a number from 0 to 0.5, got 0.6/],
    [{ ...BANDIT, bound: 0.4 }, /"bandit.bound" must be a number from 0.5 to 1/],
    [{ ...BANDIT, minRewards: -1 }, /"bandit.minRewards" must be a non-negative integer/],
    [{ ...BANDIT, id: '../x y' }, /"bandit.id" must be an experiment id/],
    [{ ...BANDIT, extra: 1 }, /"bandit" has an unknown key "extra"/],
    ['thompson', /"bandit." must be an object/],
  ])('refuses %j, naming the field', (b, message) => {
    expect(() => parseRouting(withBandit(b), FILE)).toThrow(RoutingError);
    expect(() => parseRouting(withBandit(b), FILE)).toThrow(message);
  });
});
