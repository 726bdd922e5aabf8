import { describe, expect, it } from '@jest/globals';
import { SizeLanes } from '../../src/validate/lanes.js';

/** Resolves on the next turn of the event loop, so other lanes get to run in between. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('SizeLanes', () => {
  it('keeps the results in the order of the items while running several at once, never more than the lanes', async () => {
    const lanes = new SizeLanes(3, 100);
    let running = 0;
    let most = 0;
    const items = Array.from({ length: 20 }, (_, i) => i);
    const out = await lanes.map(items, async (i) => {
      running++;
      most = Math.max(most, running);
      // Later items finish first: the order of the results must not follow the order of finishing.
      for (let k = 0; k < 20 - i; k++) await tick();
      running--;
      return i * 2;
    });
    expect(out).toEqual(items.map((i) => i * 2));
    expect(most).toBe(3);
  });

  it('runs a large file alone: it waits for the small ones running and holds back the ones after it', async () => {
    const lanes = new SizeLanes(4, 100);
    const log: string[] = [];
    let running = 0;
    const sizes = [10, 10, 500, 10, 10, 10];
    await lanes.map(sizes, (size, i) =>
      lanes.withSize(size, async () => {
        running++;
        log.push(`start ${i} with ${running}`);
        for (let k = 0; k < 5; k++) await tick();
        running--;
        log.push(`end ${i}`);
      }),
    );
    const start = log.indexOf('start 2 with 1');
    expect(start).toBeGreaterThan(-1);
    // Nothing starts between the large one's start and its end; both small ones before it had ended.
    expect(log[start + 1]).toBe('end 2');
    expect(log.slice(0, start)).toEqual(expect.arrayContaining(['end 0', 'end 1']));
    expect(log.filter((l) => l.startsWith('start'))).toHaveLength(6);
  });

  it('frees the lane of a file whose validation throws, and passes the error on', async () => {
    const lanes = new SizeLanes(2, 100);
    await expect(lanes.withSize(500, async () => Promise.reject(new Error('read failed')))).rejects.toThrow('read failed');
    // Were the large slot still held, this would wait for ever.
    await expect(lanes.withSize(10, async () => 'ok')).resolves.toBe('ok');
    await expect(lanes.withSize(500, async () => 'ok')).resolves.toBe('ok');
  });

  it('maps an empty list to an empty list', async () => {
    await expect(new SizeLanes(4, 1).map([], async () => 1)).resolves.toEqual([]);
  });
});
