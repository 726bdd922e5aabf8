/**
 * bandit.json: what serve writes the deploy strategy (and serve, after a restart) reads back exactly; anything
 * else is refused with an Error naming the field, never a crash (fast-check over random and mutated files).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { formatBanditFile, parseBanditFile, type BanditFile } from '../../src/core/bandit-file.js';

const STATE: BanditFile = {
  schema: 1,
  model: 'iris',
  id: '2.0.0@2026-01-01T00:00:00.000Z',
  algorithm: 'thompson',
  reward: 'binary',
  arms: ['1.0.0', '2.0.0'],
  stats: { '1.0.0': { n: 10, mean: 0.7, m2: 2.1 }, '2.0.0': { n: 30, mean: 0.9, m2: 2.7 } },
  allocation: { '1.0.0': 0.1, '2.0.0': 0.9 },
  probabilityBest: { '1.0.0': 0.04, '2.0.0': 0.96 },
  means: { '1.0.0': 0.67, '2.0.0': 0.88 },
  rewards: 40,
  regret: 2.1,
  winner: '2.0.0',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('bandit.json', () => {
  it('round-trips', () => expect(parseBanditFile(formatBanditFile(STATE), 'bandit.json')).toEqual(STATE));

  it.each([
    [{ ...STATE, schema: 2 }, /"schema" must be 1/],
    [{ ...STATE, winner: '3.0.0' }, /"winner" must be one of the arms, or null/],
    [{ ...STATE, allocation: { '1.0.0': 1.5, '2.0.0': 0 } }, /"allocation.1.0.0" must be a number from 0 to 1/],
    [{ ...STATE, stats: { '1.0.0': { n: -1, mean: 0, m2: 0 }, '2.0.0': STATE.stats['2.0.0'] } }, /"stats.1.0.0" must be/],
    [{ ...STATE, arms: ['1.0.0'] }, /"arms" must be a list of two or more versions/],
    [{ ...STATE, algorithm: 'ucb' }, /"algorithm" must be "thompson" or "epsilon-greedy"/],
  ])('refuses %#, naming the field', (bad, message) => {
    expect(() => parseBanditFile(JSON.stringify(bad), '/repo/iris/bandit.json')).toThrow(message);
    expect(() => parseBanditFile(JSON.stringify(bad), '/repo/iris/bandit.json')).toThrow(/^\/repo\/iris\/bandit.json: /);
  });

  it('never crashes on random or mutated text: it parses or throws an Error that names the file', () => {
    const text = formatBanditFile(STATE);
    const mutated = fc.tuple(fc.nat(text.length - 1), fc.nat(text.length), fc.string({ maxLength: 8 })).map(([i, j, s]) => text.slice(0, i) + s + text.slice(Math.max(i, j)));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), mutated), (input) => {
        try {
          const parsed = parseBanditFile(input, 'bandit.json');
          expect(parsed.arms.length).toBeGreaterThanOrEqual(2);
        } catch (err) {
          expect(err).toBeInstanceOf(Error);
          expect((err as Error).message).toMatch(/^bandit.json: /);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
