/**
 * Numbers as ML tools write them. Python writes `nan`, `inf`, `-inf` (repr) and json.dump writes the
 * non-standard tokens `NaN`, `Infinity`, `-Infinity`; all of them are read as the IEEE values so the gate's
 * non-finite policy decides, instead of a parse error hiding what the metric was.
 */
const SPECIAL: Record<string, number> = {
  nan: NaN,
  '+nan': NaN,
  '-nan': NaN,
  inf: Infinity,
  '+inf': Infinity,
  infinity: Infinity,
  '+infinity': Infinity,
  '-inf': -Infinity,
  '-infinity': -Infinity,
};

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The number a text cell holds, or undefined when it is not one (empty, words, `1,5`, hex). */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (DECIMAL.test(t)) return Number(t);
  const special = SPECIAL[t.toLowerCase()];
  return special;
}

/** Booleans in per-example files (`correct` = True/False) count as 1/0. */
export function parseNumberOrBoolean(text: string): number | undefined {
  const n = parseNumber(text);
  if (n !== undefined) return n;
  const t = text.trim().toLowerCase();
  if (t === 'true') return 1;
  if (t === 'false') return 0;
  return undefined;
}

export function formatNumber(v: number | undefined): string {
  if (v === undefined) return '—';
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  if (abs >= 1e6 || abs < 1e-4) return v.toExponential(3);
  return String(Number(v.toPrecision(6)));
}
