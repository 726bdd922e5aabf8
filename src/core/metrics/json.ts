import { MetricTree } from './tree.js';
import { MetricSourceError, type MetricSet } from './source.js';
import { lineColumn } from './text-file.js';

/**
 * JSON metrics: `{"accuracy": 0.93, "slices": {"species": {"setosa": {"f1": 1.0}}}}`. Python's json.dump
 * writes NaN and Infinity as bare tokens (invalid JSON); they are accepted so the non-finite policy decides.
 */
export function parseJsonMetrics(text: string, origin: string): MetricSet {
  return new MetricTree(origin, parseLenientJson(text, origin));
}

export function parseLenientJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (first) {
    const rewritten = quotePythonSpecials(text);
    if (rewritten !== text) {
      try {
        return JSON.parse(rewritten);
      } catch {
        // fall through to report the original error
      }
    }
    const message = (first as Error).message;
    const pos = /position (\d+)/.exec(message);
    const where = pos ? (({ line, column }) => `:${line}:${column}`)(lineColumn(text, Number(pos[1]))) : '';
    throw new MetricSourceError(`${origin}${where}: invalid JSON: ${message.replace(/^JSON\.parse: /, '')}`, {
      hint: 'a metrics file is a JSON object of numbers, e.g. {"accuracy": 0.93}',
    });
  }
}

/** Quotes bare NaN / Infinity / -Infinity outside strings; leaves everything else byte for byte. */
function quotePythonSpecials(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^(-?Infinity|NaN)\b/.exec(text.slice(i, i + 9));
    if (m && !/[\w.]/.test(text[i - 1] ?? '')) {
      out += `"${m[1]}"`;
      i += m[1].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
