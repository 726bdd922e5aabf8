import type { MetricLookup, MetricSet, SampleSet, SliceRef } from './source.js';

/**
 * Several sources read as one (metrics.json for the numbers, predictions.csv for per-example samples):
 * the first set that knows a key answers; a value that is present but invalid is not skipped over.
 */
export class MergedMetricSet implements MetricSet {
  constructor(private readonly sets: MetricSet[]) {}

  describe(): string {
    return this.sets.map((s) => s.describe()).join(' + ');
  }

  get(metric: string, slice?: SliceRef): MetricLookup {
    const reasons: string[] = [];
    for (const set of this.sets) {
      const r = set.get(metric, slice);
      if (r.ok || r.kind === 'invalid') return r;
      reasons.push(r.reason);
    }
    return { ok: false, kind: 'missing', reason: reasons.join('; and ') };
  }

  sliceValues(feature: string): string[] | undefined {
    for (const set of this.sets) {
      const v = set.sliceValues(feature);
      if (v !== undefined) return v;
    }
    return undefined;
  }

  samples(metric: string, slice?: SliceRef): SampleSet | undefined {
    for (const set of this.sets) {
      const s = set.samples(metric, slice);
      if (s !== undefined) return s;
    }
    return undefined;
  }

  keys(): string[] {
    return [...new Set(this.sets.flatMap((s) => s.keys()))];
  }
}
