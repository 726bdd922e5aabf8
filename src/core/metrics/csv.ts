import { didYouMean } from '../text.js';
import { parseCsv, type CsvTable } from './csv-parse.js';
import { parseNumber, parseNumberOrBoolean } from './numbers.js';
import { MetricTree } from './tree.js';
import { MetricSourceError, type MetricLookup, type MetricSet, type SampleSet, type SliceRef } from './source.js';

/**
 * CSV metrics in one of two layouts, detected from the header unless configured:
 * - `long`: one metric per row, columns `metric,value` and optionally `slice` (`feature:value`, empty =
 *   overall), the shape TFMA and most notebooks export;
 * - `examples`: one evaluation example per row (the example's predictions.csv). Every numeric column
 *   (numbers, or true/false) is a metric whose value is the column mean and whose samples are the rows;
 *   every other column is a slicing feature. `examples` is the row count. An `id` column pairs examples.
 */
export type CsvLayout = 'auto' | 'long' | 'examples';

export interface CsvOptions {
  layout?: CsvLayout;
  /** Column that identifies an example, for pairing two models' rows (default `id` when present). */
  idColumn?: string;
}

export function parseCsvMetrics(text: string, origin: string, options: CsvOptions = {}): MetricSet {
  const table = parseCsv(text, origin);
  const layout = options.layout ?? 'auto';
  const isLong = layout === 'long' || (layout === 'auto' && table.header.includes('metric') && table.header.includes('value'));
  if (isLong) return longLayout(table, origin);
  return new ExampleTable(table, origin, options.idColumn);
}

function longLayout(table: CsvTable, origin: string): MetricSet {
  const col = (name: string) => table.header.indexOf(name);
  const [m, v, s] = [col('metric'), col('value'), col('slice')];
  if (m < 0 || v < 0) throw new MetricSourceError(`${origin}: the long CSV layout needs columns "metric" and "value" (found ${table.header.join(', ')})`);
  const root: Record<string, unknown> = {};
  const slices: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const { line, cells } of table.rows) {
    const metric = cells[m].trim();
    if (metric === '') throw new MetricSourceError(`${origin}:${line}: empty metric name`);
    const raw = cells[v].trim();
    const value = parseNumber(raw);
    const stored = value === undefined ? raw : value;
    const slice = s >= 0 ? cells[s].trim() : '';
    let target: Record<string, unknown> = root;
    if (slice !== '' && slice !== 'overall') {
      const sep = slice.search(/[:=]/);
      if (sep <= 0) throw new MetricSourceError(`${origin}:${line}: slice "${slice}" should be written feature:value`);
      const feature = slice.slice(0, sep);
      const fv = slice.slice(sep + 1);
      target = ((slices[feature] ??= {})[fv] ??= {});
    }
    if (Object.hasOwn(target, metric)) throw new MetricSourceError(`${origin}:${line}: metric "${metric}" appears twice${slice ? ` in slice ${slice}` : ''}`);
    target[metric] = stored;
  }
  if (Object.keys(slices).length > 0) root.slices = slices;
  return new MetricTree(origin, root);
}

interface Column {
  name: string;
  numbers?: number[];
  /** First row that is not a number, when the column is not numeric. */
  offender?: { line: number; text: string };
  texts: string[];
}

class ExampleTable implements MetricSet {
  private readonly columns = new Map<string, Column>();
  private readonly ids?: string[];

  constructor(table: CsvTable, private readonly origin: string, idColumn?: string) {
    table.header.forEach((name, c) => {
      const texts = table.rows.map((r) => r.cells[c]);
      const numbers: number[] = [];
      let offender: Column['offender'];
      for (let r = 0; r < texts.length && offender === undefined; r++) {
        const n = parseNumberOrBoolean(texts[r]);
        if (n === undefined) offender = { line: table.rows[r].line, text: texts[r] };
        else numbers.push(n);
      }
      this.columns.set(name, { name, texts, numbers: offender === undefined && texts.length > 0 ? numbers : undefined, offender });
    });
    const idName = idColumn ?? (this.columns.has('id') ? 'id' : undefined);
    if (idName !== undefined) {
      const idCol = this.columns.get(idName);
      if (!idCol) throw new MetricSourceError(`${origin}: id column "${idName}" is not in the header (${table.header.join(', ')})`);
      const seen = new Set<string>();
      idCol.texts.forEach((id, r) => {
        if (seen.has(id)) throw new MetricSourceError(`${origin}:${table.rows[r].line}: id "${id}" appears twice`);
        seen.add(id);
      });
      this.ids = idCol.texts;
      this.idName = idName;
    }
    if (table.rows.length === 0) throw new MetricSourceError(`${origin}: the CSV file has a header but no rows`);
  }

  private idName?: string;

  describe(): string {
    return this.origin;
  }

  get(metric: string, slice?: SliceRef): MetricLookup {
    const rows = this.rowsOf(slice);
    if (!rows.ok) return rows;
    if (metric === 'examples') return { ok: true, value: rows.rows.length };
    const col = this.numericColumn(metric);
    if (!col.ok) return col;
    let sum = 0;
    for (const r of rows.rows) sum += col.numbers[r];
    return { ok: true, value: sum / rows.rows.length };
  }

  sliceValues(feature: string): string[] | undefined {
    const col = this.columns.get(feature);
    if (!col || col.numbers !== undefined || feature === this.idName) return undefined;
    return [...new Set(col.texts)];
  }

  samples(metric: string, slice?: SliceRef): SampleSet | undefined {
    const rows = this.rowsOf(slice);
    const col = this.numericColumn(metric);
    if (!rows.ok || !col.ok) return undefined;
    return { values: rows.rows.map((r) => col.numbers[r]), ids: this.ids ? rows.rows.map((r) => this.ids![r]) : undefined };
  }

  keys(): string[] {
    return [...this.columns.values()].filter((c) => c.numbers !== undefined && c.name !== this.idName).map((c) => c.name).concat('examples');
  }

  private numericColumn(metric: string): { ok: true; numbers: number[] } | { ok: false; kind: 'missing' | 'invalid'; reason: string } {
    const col = this.columns.get(metric);
    if (!col) {
      const hint = didYouMean(metric, this.columns.keys());
      return { ok: false, kind: 'missing', reason: `column "${metric}" is not in ${this.origin}${hint ? `; ${hint}` : `; columns: ${[...this.columns.keys()].join(', ')}`}` };
    }
    if (col.numbers === undefined) {
      const o = col.offender;
      return { ok: false, kind: 'invalid', reason: `column "${metric}" of ${this.origin} is not numeric${o ? `: line ${o.line} has ${JSON.stringify(o.text.slice(0, 40))}` : ''}` };
    }
    return { ok: true, numbers: col.numbers };
  }

  private rowsOf(slice?: SliceRef): { ok: true; rows: number[] } | { ok: false; kind: 'missing'; reason: string } {
    const all = [...Array(this.columns.values().next().value?.texts.length ?? 0).keys()];
    if (!slice) return { ok: true, rows: all };
    const values = this.sliceValues(slice.feature);
    if (values === undefined) {
      const features = [...this.columns.values()].filter((c) => c.numbers === undefined && c.name !== this.idName).map((c) => c.name);
      const hint = didYouMean(slice.feature, features);
      return { ok: false, kind: 'missing', reason: `slice feature "${slice.feature}" is not a text column of ${this.origin}${hint ? `; ${hint}` : features.length ? `; features: ${features.join(', ')}` : ''}` };
    }
    if (!values.includes(slice.value)) {
      const hint = didYouMean(slice.value, values);
      return { ok: false, kind: 'missing', reason: `slice ${slice.feature}:${slice.value} does not exist in ${this.origin}${hint ? `; ${hint}` : `; values: ${values.join(', ')}`}` };
    }
    const texts = this.columns.get(slice.feature)!.texts;
    return { ok: true, rows: all.filter((r) => texts[r] === slice.value) };
  }
}
