import { readFile } from 'node:fs/promises';
import { ModelshipError } from '../core/errors.js';
import { parseCsv } from '../core/metrics/csv-parse.js';

/** Labelled evaluation rows: the features of each row (every column but the label, in file order) and its class index. */
export interface EvalData {
  file: string;
  features: Float32Array;
  width: number;
  rows: number;
  labels: number[];
  classes: string[];
}

/**
 * Reads a CSV of numeric feature columns and one label column. Labels are class indices, or names mapped
 * to indices by `classes` (the order of the model's output) and, without it, by sorted name.
 */
export async function readEvalData(file: string, label: string, classes?: readonly string[]): Promise<EvalData> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ModelshipError(`cannot read the evaluation data ${file}: ${(err as Error).message}`);
  }
  const table = parseCsv(text, file);
  const labelAt = table.header.indexOf(label);
  if (labelAt < 0) throw new ModelshipError(`${file}:1: no label column "${label}" (columns: ${table.header.join(', ')})`, { hint: 'name the label column with --label' });
  const names = table.rows.map((r) => r.cells[labelAt] ?? '');
  const numeric = names.every((n) => /^\d+$/.test(n));
  const order = classes?.length ? [...classes] : numeric ? [] : [...new Set(names)].sort();
  const width = table.header.length - 1;
  const features = new Float32Array(table.rows.length * width);
  const labels: number[] = [];
  table.rows.forEach((row, r) => {
    let k = 0;
    row.cells.forEach((cell, c) => {
      if (c === labelAt) return;
      const value = Number(cell);
      if (cell.trim() === '' || !Number.isFinite(value)) throw new ModelshipError(`${file}:${row.line}: column "${table.header[c]}" is "${cell}", expected a number`);
      features[r * width + k++] = value;
    });
    const name = names[r];
    const index = order.length ? order.indexOf(name) : Number(name);
    if (index < 0) throw new ModelshipError(`${file}:${row.line}: label "${name}" is not one of the classes ${order.join(', ')}`);
    labels.push(index);
  });
  if (labels.length === 0) throw new ModelshipError(`${file}: no rows to evaluate on`);
  return { file, features, width, rows: labels.length, labels, classes: order };
}
