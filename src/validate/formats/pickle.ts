/** Raw pickle files (`.pkl`, `.pickle`, `.dat`, `.bin`...): every pickle in the stream is scanned. */
import { runPickleScan, toResult } from '../pickle/analyze.js';
import { sniffPickle } from '../pickle/sniff.js';
import type { FormatAnalyzer } from '../types.js';

export const pickleAnalyzer: FormatAnalyzer = {
  format: 'pickle',
  sniff: (head, size) => sniffPickle(head, size),
  async analyze(source, ctx) {
    const r = await runPickleScan(source, ctx, 'pickle');
    const joblib = r.globals.some((g) => g.name.startsWith('joblib.numpy_pickle.'));
    return toResult(r, [], joblib ? { container: 'joblib' } : {});
  },
};
