import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseCsv } from '../../../src/core/metrics/csv-parse.js';
import { parseCsvMetrics } from '../../../src/core/metrics/csv.js';
import { MetricSourceError } from '../../../src/core/metrics/index.js';

describe('parseCsv (RFC 4180)', () => {
  it('reads quotes, doubled quotes, embedded newlines, CRLF and a BOM', () => {
    const t = parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\n', 'f.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows.map((r) => r.cells)).toEqual([['x, y', 'say "hi"'], ['two\nlines', '3']]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
  });
  it('a ragged row is an error naming its line', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n', 'f.csv')).toThrow(/f\.csv:3: ragged row: 1 field\(s\), the header has 2/);
    expect(() => parseCsv('a,b\n1,2,3\n', 'f.csv')).toThrow(MetricSourceError);
  });
  it('rejects unclosed quotes, stray quotes, duplicate and empty header names, empty files', () => {
    expect(() => parseCsv('a\n"open\n', 'f.csv')).toThrow(/never closed/);
    expect(() => parseCsv('a\nx"y\n', 'f.csv')).toThrow(/quote inside an unquoted field/);
    expect(() => parseCsv('a,a\n1,2\n', 'f.csv')).toThrow(/names column "a" twice/);
    expect(() => parseCsv('a,\n1,2\n', 'f.csv')).toThrow(/empty column name/);
    expect(() => parseCsv('', 'f.csv')).toThrow(/empty/);
  });
  it('round-trips any table of strings (property)', () => {
    const cell = fc.string({ maxLength: 8, unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r', ' ', '1', 'é') });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 6 }), (width, rows) => {
        const header = Array.from({ length: width }, (_, i) => `c${i}`);
        const body = rows.map((r) => r.slice(0, width)).filter((r) => !(width === 1 && r[0] === ''));
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = [header.join(','), ...body.map((r) => r.map(quote).join(','))].join('\r\n');
        const t = parseCsv(text, 'p.csv');
        expect(t.header).toEqual(header);
        expect(t.rows.map((r) => r.cells)).toEqual(body);
      }),
      { numRuns: 300 },
    );
  });
  it('never crashes or hangs on random or mutated input: a table or a MetricSourceError', () => {
    const seed = 'id,species,correct\n1,setosa,1\n2,"vir,ginica",0\n';
    const mutated = fc.tuple(fc.nat(seed.length), fc.string({ maxLength: 3 }), fc.nat(3)).map(([at, ins, del]) => seed.slice(0, at) + ins + seed.slice(at + del));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), mutated), (text) => {
        try {
          const set = parseCsvMetrics(text, 'fuzz.csv');
          for (const k of set.keys()) set.get(k);
        } catch (err) {
          expect(err).toBeInstanceOf(MetricSourceError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('CSV metrics', () => {
  it('long layout: metric,value,slice', () => {
    const set = parseCsvMetrics('metric,value,slice\naccuracy,0.9,\nf1,0.8,species:setosa\nf1,nan,species=virginica\n', 'm.csv');
    expect(set.get('accuracy')).toEqual({ ok: true, value: 0.9 });
    expect(set.get('f1', { feature: 'species', value: 'setosa' })).toEqual({ ok: true, value: 0.8 });
    const nan = set.get('f1', { feature: 'species', value: 'virginica' });
    expect(nan.ok && Number.isNaN(nan.value)).toBe(true);
    expect(set.sliceValues('species')).toEqual(['setosa', 'virginica']);
    expect(() => parseCsvMetrics('metric,value\na,1\na,2\n', 'm.csv')).toThrow(/m\.csv:3: metric "a" appears twice/);
  });
  it('examples layout: column means, slices by text column, samples paired by id', () => {
    const set = parseCsvMetrics('id,species,correct,p\n1,setosa,1,0.9\n2,setosa,0,0.4\n3,virginica,True,0.8\n4,virginica,false,0.2\n', 'p.csv');
    expect(set.get('correct')).toEqual({ ok: true, value: 0.5 });
    expect(set.get('examples')).toEqual({ ok: true, value: 4 });
    expect(set.get('p', { feature: 'species', value: 'setosa' })).toEqual({ ok: true, value: 0.65 });
    expect(set.samples('correct', { feature: 'species', value: 'virginica' })).toEqual({ values: [1, 0], ids: ['3', '4'] });
    expect(set.sliceValues('species')).toEqual(['setosa', 'virginica']);
    expect(set.sliceValues('id')).toBeUndefined();
    const bad = set.get('species');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.kind).toBe('invalid');
    expect(!bad.ok && bad.reason).toMatch(/not numeric: line 2 has "setosa"/);
    const none = set.get('p', { feature: 'species', value: 'setsa' });
    expect(!none.ok && none.reason).toMatch(/did you mean "setosa"/);
    expect(() => parseCsvMetrics('id,x\n1,1\n1,2\n', 'p.csv')).toThrow(/id "1" appears twice/);
  });
});
