import { describe, expect, it } from '@jest/globals';
import { stringify } from 'yaml';
import { compareMetrics, flattenMetrics } from '../../src/version/notes.js';

describe('metrics in release notes', () => {
  const doc = { accuracy: 0.96, loss: 0.1, name: 'iris', slices: { species: { setosa: { f1: 1 }, virginica: { f1: 0.9 } } }, curve: [1, 2] };

  it('reads numeric leaves, dotted, from JSON and from YAML alike', () => {
    const expected = new Map([['accuracy', 0.96], ['loss', 0.1], ['slices.species.setosa.f1', 1], ['slices.species.virginica.f1', 0.9]]);
    expect(flattenMetrics(JSON.stringify(doc, null, 2))).toEqual(expected);
    expect(flattenMetrics(stringify(doc))).toEqual(expected);
    // YAML with an anchor goes to the yaml library; the leaves are the same.
    expect(flattenMetrics('accuracy: &a 0.96\nloss: 0.1\nname: iris\nslices:\n  species:\n    setosa: { f1: 1 }\n    virginica: { f1: 0.9 }\n')).toEqual(expected);
  });

  it('reads the JSON Python writes with NaN (not JSON) as YAML, leaving the NaN out', () => {
    expect(flattenMetrics('{"accuracy": 0.9, "auc": NaN, "loss": Infinity}')).toEqual(new Map([['accuracy', 0.9]]));
  });

  it('leaves unreadable or missing metrics out rather than failing', () => {
    expect(flattenMetrics(undefined)).toEqual(new Map());
    expect(flattenMetrics('{"accuracy": ')).toEqual(new Map());
    expect(flattenMetrics('a: [1,\n')).toEqual(new Map());
  });

  it('compares previous and current, top-level metrics first', () => {
    const rows = compareMetrics(flattenMetrics('{"accuracy": 0.9, "slices": {"a": {"f1": 0.5}}}'), flattenMetrics('accuracy: 0.95\nslices: {a: {f1: 0.6}}\nlatency: 3\n'), 10);
    expect(rows.map((r) => r.metric)).toEqual(['accuracy', 'latency', 'slices.a.f1']);
    expect(rows[0].delta).toBeCloseTo(0.05);
  });
});
