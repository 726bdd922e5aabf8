import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The Iris data set (Fisher 1936) as committed in examples/iris/data/iris.csv, and its fixed split. */

export const FEATURES = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'] as const;
export const SPECIES = ['setosa', 'versicolor', 'virginica'] as const;
export type Species = (typeof SPECIES)[number];

export interface IrisRow {
  /** 1-based row number in iris.csv (the numbering R and most papers use for this data set). */
  id: number;
  features: [number, number, number, number];
  species: Species;
  /** Class index into SPECIES. */
  label: number;
}

export interface IrisData {
  rows: IrisRow[];
  /** sha256 of the CSV bytes, recorded in each model's metadata for provenance. */
  sha256: string;
}

export function readIris(csvPath: string): IrisData {
  const bytes = readFileSync(csvPath);
  return { rows: parseIrisCsv(bytes.toString('utf8')), sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function parseIrisCsv(text: string): IrisRow[] {
  const [header, ...lines] = text.trimEnd().split('\n');
  const expectedHeader = [...FEATURES, 'species'].join(',');
  if (header !== expectedHeader) throw new Error(`iris.csv: header is "${header}", expected "${expectedHeader}"`);
  return lines.map((line, index) => {
    const cells = line.split(',');
    const species = cells[4] as Species;
    const label = SPECIES.indexOf(species);
    const features = cells.slice(0, 4).map(Number);
    if (cells.length !== 5 || label < 0 || features.some((value) => !Number.isFinite(value))) {
      throw new Error(`iris.csv line ${index + 2}: cannot read "${line}"`);
    }
    return { id: index + 1, features: features as IrisRow['features'], species, label };
  });
}

export const SPLIT_DESCRIPTION = 'test = every 5th row of each species (its 5th, 10th, ... row); 120 train, 30 test';

/**
 * The fixed, stratified split: within each species, every 5th row (the 5th, 10th, ...) is a test row.
 * 40 + 10 rows per species, so 120 train and 30 test; no randomness, so no seed to carry around.
 */
export function splitTrainTest(rows: readonly IrisRow[]): { train: IrisRow[]; test: IrisRow[] } {
  const seen = new Map<Species, number>();
  const train: IrisRow[] = [];
  const test: IrisRow[] = [];
  for (const row of rows) {
    const position = (seen.get(row.species) ?? 0) + 1;
    seen.set(row.species, position);
    (position % 5 === 0 ? test : train).push(row);
  }
  return { train, test };
}
