import { didYouMean } from '../text.js';
import { parseNumber } from './numbers.js';
import type { MetricLookup, MetricSet, SampleSet, SliceRef } from './source.js';

/**
 * A MetricSet over a nested document (JSON, YAML, a model card, an MLflow run):
 * - `a.b.c` walks nested mappings; a key that itself holds dots (`eval.accuracy`) is matched first;
 * - a leaf is a number, or `{value: n, samples: [...], ids: [...]}` carrying per-example values;
 * - slices live under `slices.<feature>.<value>.<metric>` (the layout of the example's metrics.json).
 */
export class MetricTree implements MetricSet {
  constructor(
    private readonly origin: string,
    private readonly root: unknown,
    /**
     * Keys known to be missing or unusable, with why (a Prometheus query without data: missing; several
     * series where one was needed: invalid). Slice keys are written `feature:value/metric`.
     */
    private readonly missing: ReadonlyMap<string, string | { kind: 'missing' | 'invalid'; reason: string }> = new Map(),
    /** Samples kept beside the tree (e.g. every point of a range query). */
    private readonly extraSamples: ReadonlyMap<string, SampleSet> = new Map(),
    private readonly slicesKey = 'slices',
  ) {}

  describe(): string {
    return this.origin;
  }

  get(metric: string, slice?: SliceRef): MetricLookup {
    const base = this.sliceRoot(slice);
    if (!base.ok) return base;
    const known = this.missing.get(slice ? `${slice.feature}:${slice.value}/${metric}` : metric);
    if (known !== undefined) return typeof known === 'string' ? { ok: false, kind: 'missing', reason: known } : { ok: false, ...known };
    const node = walk(base.node, metric);
    if (node === undefined) {
      const keys = slice ? leafKeys(base.node) : this.keys();
      const hint = didYouMean(metric, keys);
      return {
        ok: false,
        kind: 'missing',
        reason: `metric "${metric}" is not in ${this.origin}${slice ? ` (slice ${slice.feature}:${slice.value})` : ''}${hint ? `; ${hint}` : keys.length ? `; it has ${preview(keys)}` : ''}`,
      };
    }
    return leafValue(node, metric, this.origin);
  }

  sliceValues(feature: string): string[] | undefined {
    const slices = walk(this.root, this.slicesKey);
    if (!isRecord(slices)) return undefined;
    const byFeature = slices[feature];
    return isRecord(byFeature) ? Object.keys(byFeature) : undefined;
  }

  samples(metric: string, slice?: SliceRef): SampleSet | undefined {
    if (!slice && this.extraSamples.has(metric)) return this.extraSamples.get(metric);
    const base = this.sliceRoot(slice);
    if (!base.ok) return undefined;
    const node = walk(base.node, metric);
    if (!isRecord(node) || !Array.isArray(node.samples)) return undefined;
    const values = node.samples.map((v) => (typeof v === 'number' ? v : typeof v === 'string' ? parseNumber(v) ?? NaN : NaN));
    const ids = Array.isArray(node.ids) && node.ids.length === values.length ? node.ids.map(String) : undefined;
    return { values, ids };
  }

  keys(): string[] {
    const out = leafKeys(this.root).filter((k) => k !== this.slicesKey && !k.startsWith(`${this.slicesKey}.`));
    for (const k of this.missing.keys()) if (!k.includes('/')) out.push(k);
    return out;
  }

  private sliceRoot(slice: SliceRef | undefined): { ok: true; node: unknown } | { ok: false; kind: 'missing'; reason: string } {
    if (!slice) return { ok: true, node: this.root };
    const values = this.sliceValues(slice.feature);
    if (values === undefined) {
      const slices = walk(this.root, this.slicesKey);
      const features = isRecord(slices) ? Object.keys(slices) : [];
      const hint = didYouMean(slice.feature, features);
      return {
        ok: false,
        kind: 'missing',
        reason: `slice feature "${slice.feature}" does not exist in ${this.origin}${hint ? `; ${hint}` : features.length ? `; features: ${features.join(', ')}` : ' (it has no slices)'}`,
      };
    }
    if (!values.includes(slice.value)) {
      const hint = didYouMean(slice.value, values);
      return {
        ok: false,
        kind: 'missing',
        reason: `slice ${slice.feature}:${slice.value} does not exist in ${this.origin}${hint ? `; ${hint}` : `; values: ${values.join(', ')}`}`,
      };
    }
    return { ok: true, node: (walk(this.root, this.slicesKey) as Record<string, Record<string, unknown>>)[slice.feature][slice.value] };
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Walks a dotted key, preferring the longest literal key at each level (keys may contain dots). */
export function walk(node: unknown, key: string): unknown {
  if (key === '') return node;
  if (!isRecord(node)) return undefined;
  if (Object.hasOwn(node, key)) return node[key];
  const parts = key.split('.');
  for (let n = parts.length - 1; n >= 1; n--) {
    const head = parts.slice(0, n).join('.');
    if (Object.hasOwn(node, head)) {
      const found = walk(node[head], parts.slice(n).join('.'));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function leafValue(node: unknown, metric: string, origin: string): MetricLookup {
  const raw = isRecord(node) && Object.hasOwn(node, 'value') ? node.value : node;
  if (typeof raw === 'number') return { ok: true, value: raw };
  if (typeof raw === 'string') {
    // Only the spellings of NaN/Inf are accepted from strings: "0.93" in quotes is a data bug worth naming.
    const special = parseNumber(raw);
    if (special !== undefined && !Number.isFinite(special)) return { ok: true, value: special };
    return {
      ok: false,
      kind: 'invalid',
      reason: `metric "${metric}" in ${origin} is the string ${JSON.stringify(raw.slice(0, 40))}, expected a number${special !== undefined ? ' (remove the quotes)' : ''}`,
    };
  }
  const what = raw === null ? 'null' : Array.isArray(raw) ? 'a list' : isRecord(raw) ? 'a mapping without a numeric "value"' : `${typeof raw} ${String(raw)}`;
  return { ok: false, kind: 'invalid', reason: `metric "${metric}" in ${origin} is ${what}, expected a number` };
}

/** Dotted keys of every numeric (or value-bearing) leaf, capped so a huge document stays cheap. */
export function leafKeys(node: unknown, prefix = '', out: string[] = [], depth = 0): string[] {
  if (!isRecord(node) || depth > 8 || out.length > 500) return out;
  for (const [k, v] of Object.entries(node)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isRecord(v) && !Object.hasOwn(v, 'value')) leafKeys(v, key, out, depth + 1);
    else if (!Array.isArray(v)) out.push(key);
  }
  return out;
}

function preview(keys: string[]): string {
  return keys.length <= 8 ? keys.join(', ') : `${keys.slice(0, 8).join(', ')} and ${keys.length - 8} more`;
}
