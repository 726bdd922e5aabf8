import { describe, expect, it } from '@jest/globals';
import { mapLimit, valuesInOrder } from '../../src/core/map-limit.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('mapLimit', () => {
  it('runs at most `limit` at a time and gives the outcomes in the items\' order, not the order of finishing', async () => {
    let running = 0;
    let most = 0;
    const outcomes = await mapLimit([5, 1, 4, 2, 3, 0], 3, async (n, i) => {
      running++;
      most = Math.max(most, running);
      for (let k = 0; k < n; k++) await tick();
      running--;
      return `${i}:${n}`;
    });
    expect(most).toBe(3);
    expect(valuesInOrder(outcomes)).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0']);
  });

  it('keeps going past a failure and reports each outcome; valuesInOrder throws the first failure in order', async () => {
    const outcomes = await mapLimit([3, 0, 1], 2, async (n, i) => {
      for (let k = 0; k < n; k++) await tick();
      if (i > 0) throw new Error(`item ${i}`);
      return n;
    });
    // Item 2 failed before item 1 did in time; in order, item 1's failure comes first.
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(() => valuesInOrder(outcomes)).toThrow('item 1');
  });

  it('runs one at a time with a limit below 1, and maps nothing to nothing', async () => {
    let running = 0;
    let most = 0;
    await mapLimit([1, 2, 3], 0, async () => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
    });
    expect(most).toBe(1);
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });
});
