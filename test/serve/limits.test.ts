import { describe, expect, it } from '@jest/globals';
import { ConcurrencyLimiter, Overloaded, resolveLimits, TimedOut } from '../../src/serve/limits.js';

describe('ConcurrencyLimiter', () => {
  it('runs up to the limit, queues FIFO up to the queue, refuses beyond', async () => {
    const l = new ConcurrencyLimiter('iris', 2, 1);
    const far = Date.now() + 60_000;
    const a = await l.acquire(far);
    const b = await l.acquire(far);
    const order: string[] = [];
    const c = l.acquire(far).then((r) => (order.push('c'), r));
    await expect(l.acquire(far)).rejects.toBeInstanceOf(Overloaded);
    expect([l.active, l.queued]).toEqual([2, 1]);
    a();
    a(); // releasing twice is harmless
    const rc = await c;
    expect(order).toEqual(['c']);
    expect([l.active, l.queued]).toEqual([2, 0]);
    b();
    rc();
    expect(l.active).toBe(0);
  });

  it('times out a waiter and removes it from the queue', async () => {
    const l = new ConcurrencyLimiter('iris', 1, 5);
    const a = await l.acquire(Date.now() + 60_000);
    await expect(l.acquire(Date.now() + 10)).rejects.toBeInstanceOf(TimedOut);
    expect(l.queued).toBe(0);
    a();
    expect(l.active).toBe(0);
  });
});

describe('resolveLimits', () => {
  it('applies defaults and parses durations', () => {
    expect(resolveLimits({ timeoutMs: '2s', queue: '0' })).toMatchObject({ timeoutMs: 2000, queue: 0, concurrency: 8 });
    expect(resolveLimits({ timeoutMs: 250 }).timeoutMs).toBe(250);
  });
  it.each([[{ concurrency: 0 }, /concurrency must be an integer >= 1/], [{ queue: -1 }, /queue must be an integer >= 0/], [{ maxBodyBytes: 'lots' }, /maxBodyBytes/], [{ timeoutMs: 'soon' }, /not a duration/]])('refuses %j', (bad, message) => {
    expect(() => resolveLimits(bad as never)).toThrow(message);
  });
});
