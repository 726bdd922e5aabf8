/**
 * Tolerant reads of other sections of modelship.yml (gates, environments, bench). Those sections have
 * their own schemas and owners; the score only asks "is there a sliced gate / a canary / a rollback rule",
 * so it looks for the keys that say so at any depth rather than binding to every field of their shape.
 */

export type KeyPath = Array<string | number>;

/** Every (path, key, value) in a JSON-like value, depth-first, bounded. */
export function* walk(value: unknown, path: KeyPath = [], depth = 0): Generator<{ path: KeyPath; key: string | number; value: unknown }> {
  if (depth > 12 || value === null || typeof value !== 'object') return;
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const p = [...path, key];
    yield { path: p, key, value: child };
    yield* walk(child, p, depth + 1);
  }
}

function nonEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return v !== '';
}

/** The first key path whose key matches and whose value is non-empty. */
export function findKey(value: unknown, key: RegExp, base: KeyPath = []): KeyPath | undefined {
  for (const e of walk(value, base)) if (typeof e.key === 'string' && key.test(e.key) && nonEmpty(e.value)) return e.path;
  return undefined;
}

/** The first key path where `strategy: <name>`, `strategy: {type: <name>}` or a `<name>:` block appears. */
export function findStrategy(value: unknown, names: RegExp, base: KeyPath = []): KeyPath | undefined {
  for (const e of walk(value, base)) {
    if (e.key === 'strategy' && typeof e.value === 'string' && names.test(e.value)) return e.path;
    if ((e.key === 'type' || e.key === 'name') && typeof e.value === 'string' && names.test(e.value) && e.path.includes('strategy')) return e.path;
    if (typeof e.key === 'string' && names.test(e.key) && e.value !== null && typeof e.value === 'object' && e.path.includes('strategy')) return e.path;
  }
  return undefined;
}
