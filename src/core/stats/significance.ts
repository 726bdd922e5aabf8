/**
 * Significance levels from confidence levels. `1 - 0.95` is 0.050000000000000044 in binary floating point,
 * so a p-value of exactly 0.05 would pass `p < 1 - 0.95`; the level is rounded to 12 significant digits
 * (far below any meaningful difference between levels) so that the documented strict inequality holds.
 */
export function significanceLevel(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  return Number((1 - confidence).toPrecision(12));
}

/** The documented rule everywhere: significant iff p < α = 1 − confidence, strictly. */
export function isSignificant(pValue: number, confidence: number): boolean {
  return pValue < significanceLevel(confidence);
}
