/**
 * Runs `work` over the items, at most `limit` at a time, and gives each item's outcome in the items' order
 * (whatever order they finish in). Outcomes, not a rejection: the caller decides which failure to report,
 * e.g. the first in order, as a loop one at a time would have.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<Array<PromiseSettledResult<R>>> {
  const outcomes = new Array<PromiseSettledResult<R>>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        outcomes[i] = { status: 'fulfilled', value: await work(items[i], i) };
      } catch (reason) {
        outcomes[i] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, lane));
  return outcomes;
}

/** The values of the outcomes, in order; throws the first failure in order. */
export function valuesInOrder<R>(outcomes: ReadonlyArray<PromiseSettledResult<R>>): R[] {
  return outcomes.map((o) => {
    if (o.status === 'rejected') throw o.reason;
    return o.value;
  });
}
