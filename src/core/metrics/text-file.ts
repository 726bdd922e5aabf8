import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { MetricSourceError, SourceNotFoundError } from './source.js';

/** Metric files are small; anything larger is a mistake (a model file named by accident), not metrics. */
export const MAX_METRICS_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Up to this size a file is read with synchronous calls: microseconds each, where the promise API costs a
 * trip through the thread pool per call (a monorepo's gate run reads hundreds of small metrics files).
 */
const SYNC_READ_BYTES = 1024 * 1024;

/** Reads a metrics file as UTF-8, with errors that say which file and what went wrong. */
export async function readTextFile(file: string, what = 'metrics file'): Promise<string> {
  let size: number;
  try {
    const s = statSync(file);
    if (s.isDirectory()) throw new MetricSourceError(`${what} ${file} is a directory, expected a file`);
    // A FIFO or device could block the read for ever.
    if (!s.isFile()) throw new MetricSourceError(`${what} ${file} is not a regular file`);
    size = s.size;
  } catch (err) {
    if (err instanceof MetricSourceError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SourceNotFoundError(`${what} not found: ${file}`);
    throw new MetricSourceError(`cannot read ${what} ${file}: ${(err as Error).message}`);
  }
  if (size > MAX_METRICS_FILE_BYTES) throw new MetricSourceError(`${what} ${file} is ${size} bytes, more than the ${MAX_METRICS_FILE_BYTES}-byte limit for metrics`);
  let text: string;
  try {
    text = size <= SYNC_READ_BYTES ? readFileSync(file, 'utf8') : await readFile(file, 'utf8');
  } catch (err) {
    throw new MetricSourceError(`cannot read ${what} ${file}: ${(err as Error).message}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
