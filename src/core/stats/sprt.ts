/**
 * A sequential probability ratio test (Wald 1945) on the error proportions of a canary and its stable
 * measured over the same windows: is the candidate's error rate `relativeRisk` times the stable's (H1), or
 * the same (H0)?
 *
 * Conditioning makes it exact whatever the traffic split and the stable's own error rate: in a window where
 * the candidate answered n_c requests and the stable n_s, and e errors happened between them, the number
 * e_c that were the candidate's is Binomial(e, π) with π = r·n_c / (r·n_c + n_s), r the ratio of the two
 * error rates (errors as Poisson events at rate p·n). Under H0 r = 1, under H1 r = relativeRisk. Each window
 * adds its log-likelihood ratio log Bin(e_c; e, π1) − log Bin(e_c; e, π0) (the binomial coefficients cancel)
 * to a running sum S. The test stops when S ≥ log((1−β)/α) (the candidate is worse) or S ≤ log(β/(1−α))
 * (it is not). Wald's inequalities bound the errors whatever the number of looks:
 *   P(says worse | H0) ≤ α/(1−β),   P(says not worse | H1) ≤ β/(1−α),
 * and a candidate better than the stable (r < 1) is called worse even less often. Windows with no errors,
 * or where one side answered nothing, carry no information and leave S unchanged: one noisy window never
 * decides on its own unless it holds enough errors to.
 */

export interface SprtOptions {
  /** Largest tolerated chance of calling a candidate as good as the stable worse (false alarm). */
  alpha: number;
  /** Largest tolerated chance of missing a candidate `relativeRisk` times worse. */
  beta: number;
  /** The error-rate ratio candidate/stable the test must detect (> 1), e.g. 2. */
  relativeRisk: number;
}

export interface SprtWindow {
  candidateRequests: number;
  candidateErrors: number;
  stableRequests: number;
  stableErrors: number;
}

export type SprtDecision = 'worse' | 'not-worse' | 'continue';

export interface SprtState {
  decision: SprtDecision;
  /** The running log-likelihood ratio and the two boundaries. */
  llr: number;
  upper: number;
  lower: number;
  /** Totals over the windows seen. */
  candidateRequests: number;
  candidateErrors: number;
  stableRequests: number;
  stableErrors: number;
  windows: number;
}

export const DEFAULT_SPRT: SprtOptions = { alpha: 0.05, beta: 0.2, relativeRisk: 2 };

export function sprtBoundaries(options: SprtOptions): { upper: number; lower: number } {
  const { alpha, beta } = options;
  if (!(alpha > 0 && alpha < 1 && beta > 0 && beta < 1 && alpha + beta < 1)) throw new RangeError(`SPRT needs 0 < alpha, beta < 1 and alpha + beta < 1, got alpha ${alpha}, beta ${beta}`);
  if (!(options.relativeRisk > 1 && Number.isFinite(options.relativeRisk))) throw new RangeError(`SPRT relativeRisk must be a finite number above 1, got ${options.relativeRisk}`);
  return { upper: Math.log((1 - beta) / alpha), lower: Math.log(beta / (1 - alpha)) };
}

/** The log-likelihood ratio one window adds (0 when it carries no information). */
export function windowLogLikelihoodRatio(w: SprtWindow, relativeRisk: number): number {
  const { candidateRequests: nc, stableRequests: ns, candidateErrors: ec, stableErrors: es } = w;
  for (const [k, v] of Object.entries(w)) if (!(Number.isInteger(v) && v >= 0)) throw new RangeError(`SPRT window ${k} must be a whole number >= 0, got ${v}`);
  if (ec > nc || es > ns) throw new RangeError(`SPRT window has more errors than requests (${ec}/${nc} candidate, ${es}/${ns} stable)`);
  if (nc === 0 || ns === 0 || ec + es === 0) return 0;
  const pi0 = nc / (nc + ns);
  const pi1 = (relativeRisk * nc) / (relativeRisk * nc + ns);
  return ec * Math.log(pi1 / pi0) + es * Math.log((1 - pi1) / (1 - pi0));
}

/** The test over windows as they come; once decided it stays decided. */
export class ErrorRateSprt {
  private s: SprtState;

  constructor(readonly options: SprtOptions = DEFAULT_SPRT) {
    const { upper, lower } = sprtBoundaries(options);
    this.s = { decision: 'continue', llr: 0, upper, lower, candidateRequests: 0, candidateErrors: 0, stableRequests: 0, stableErrors: 0, windows: 0 };
  }

  get state(): SprtState {
    return { ...this.s };
  }

  add(w: SprtWindow): SprtState {
    const inc = windowLogLikelihoodRatio(w, this.options.relativeRisk);
    if (this.s.decision !== 'continue') return this.state;
    const s = this.s;
    s.llr += inc;
    s.windows++;
    s.candidateRequests += w.candidateRequests;
    s.candidateErrors += w.candidateErrors;
    s.stableRequests += w.stableRequests;
    s.stableErrors += w.stableErrors;
    if (s.llr >= s.upper) s.decision = 'worse';
    else if (s.llr <= s.lower) s.decision = 'not-worse';
    return this.state;
  }
}
