import { columnsOf, listInputs, readRowBatches } from '../batch/inputs.js';
import { ModelshipError } from '../core/errors.js';
import { addCell, Profile, type SketchOptions } from './profile.js';

export interface ProfileDataOptions extends SketchOptions {
  /** Columns profiled as outputs (predictions) rather than inputs. */
  outputs?: string[];
  /** Only these input columns (default: every column but the outputs). */
  columns?: string[];
  /** Tensors the columns feed, in order (`features` -> [a, b, c, d]): recorded so serve names its live features alike. */
  tensors?: Record<string, string[]>;
}

/**
 * Profiles data files (CSV, Parquet, JSON Lines; a file, a folder or a glob, read by batch's readers) into
 * one profile. Rows the readers cannot read are counted in `unreadable` with the first few reasons, never
 * silently dropped; a file that cannot be read at all is an error.
 */
export async function profileData(spec: string, cwd: string, options: ProfileDataOptions = {}): Promise<{ profile: Profile; files: string[]; unreadable: { rows: number; first: string[] } }> {
  const files = (await listInputs(spec, cwd)).filter((f) => f.format !== 'npy');
  if (files.length === 0) throw new ModelshipError(`${spec}: no CSV, Parquet or JSON Lines file to profile`);
  const profile = new Profile(options);
  profile.tensors = options.tensors ?? {};
  const unreadable = { rows: 0, first: [] as string[] };
  const outputs = new Set(options.outputs ?? []);
  for (const file of files) {
    const available = await columnsOf(file);
    if (available === undefined) throw new ModelshipError(`${file.rel}: cannot be read as ${file.format}`);
    for (const c of [...outputs, ...(options.columns ?? []), ...Object.values(options.tensors ?? {}).flat()]) {
      if (!available.includes(c)) throw new ModelshipError(`${file.rel}: no column "${c}"`, { hint: `columns: ${available.join(', ')}` });
    }
    const wanted = options.columns ? [...options.columns, ...[...outputs].filter((c) => !options.columns!.includes(c))] : available;
    const features = wanted.map((c) => profile.feature(outputs.has(c) ? 'outputs' : 'inputs', c));
    const textNumbers = file.format === 'csv';
    for await (const batch of readRowBatches(file, wanted)) {
      for (const row of batch) {
        if (!row.cells) {
          unreadable.rows++;
          if (unreadable.first.length < 5) unreadable.first.push(`${file.rel}:${row.line ?? `row ${row.row}`}: ${row.error}`);
          if (row.fatal) throw new ModelshipError(`${file.rel}${row.line ? `:${row.line}` : ''}: ${row.error}`);
          continue;
        }
        profile.rows++;
        for (let k = 0; k < features.length; k++) addCell(features[k], row.cells[k], textNumbers);
      }
    }
  }
  return { profile, files: files.map((f) => f.rel), unreadable };
}
