/**
 * joblib dumps: a pickle whose NumpyArrayWrapper objects are each followed by the array's raw bytes (or,
 * for object arrays, a nested pickle). The machine skips exactly the bytes the wrapper state describes and
 * resumes scanning after them; compressed joblib files arrive here through the gzip/zlib analyzers, and
 * bz2/xz/lzma ones fail closed there.
 */
import { runPickleScan, toResult } from '../pickle/analyze.js';
import { sniffPickle } from '../pickle/sniff.js';
import type { FormatAnalyzer } from '../types.js';

export const joblibAnalyzer: FormatAnalyzer = {
  format: 'joblib',
  sniff: (head, size) => sniffPickle(head, size) && head.includes('joblib.numpy_pickle'),
  async analyze(source, ctx) {
    return toResult(await runPickleScan(source, ctx, 'joblib'), [], { container: 'joblib' });
  },
};
