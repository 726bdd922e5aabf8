import { formatNumber, type MetricLookup, type MetricSet, type SliceRef } from '../core/metrics/index.js';
import type { ChangeBounds, CheckSpec, GateConfig, MissingPolicy } from './config.js';
import type { CheckKind, CheckResult, CheckStatus, GateResult, JsonNumber, Verdict } from './result.js';
import { changeStatistics, StatisticsError, type ChangeStatistics } from './statistics.js';

/**
 * The gate engine: a pure function from a configured gate and two metric sets to a verdict. Semantics
 * (docs/gate.md has the worked arithmetic):
 * - value: pass iff min ≤ c ≤ max (inclusive, exact);
 * - change: Δ = s·(c − b), ρ = Δ / |b| with s = +1 (higher is better) or −1 (lower is better); pass iff
 *   Δ ≥ minAbsolute, ρ ≥ minRelative, Δ ≤ maxAbsolute, ρ ≤ maxRelative (each optional). Dividing by |b|
 *   keeps the sign of ρ meaning "better" for negative baselines (MLflow divides by signed b);
 * - with statistics, Δ is replaced by the confidence bound worst for the candidate (the lower bound for
 *   minimums, the upper for maximums); with Mann-Whitney a positive minimum needs a significant shift beyond
 *   it, and any other bound fails only on a significant crossing (one-sided tests of the shifted sample);
 * - significance is p < α = 1 − confidence, strictly, with α rounded to its decimal value;
 * - cross-slice: gap = max − min of the metric over a feature's slices; pass iff gap ≤ maxGap;
 * - Δ, ρ and the gap tolerate 1e-12 relative rounding, so 0.93 − 0.94 ≥ −0.01 holds as in decimal arithmetic.
 * A check that could not evaluate is `error`; missing data, no baseline, zero baselines and NaN/Inf
 * follow the gate's explicit policies. A gate with an error, or with nothing evaluated, never passes.
 */
export interface EvaluateOptions {
  /** Overrides the gate's seed for statistics. */
  seed?: number;
}

export interface GateInputs {
  candidate: MetricSet;
  baseline?: MetricSet;
  /** Why there is no baseline (e.g. "baseline.json does not exist at main"), for reasons. */
  baselineNote?: string;
}

const TOLERANCE = 1e-12;
/** MLflow's fallback for a zero baseline: strictly better by at least this much. */
const STRICT_IMPROVEMENT = 1e-10;

export function evaluateGate(gate: GateConfig, inputs: GateInputs, options: EvaluateOptions = {}): GateResult {
  const seed = options.seed ?? gate.seed;
  const rows: CheckResult[] = [];
  gate.checks.forEach((check, index) => rows.push(...evaluateCheck(gate, check, index, inputs, seed)));
  const counts: Record<CheckStatus, number> = { pass: 0, fail: 0, warn: 0, skip: 0, error: 0 };
  for (const r of rows) counts[r.status]++;
  const { verdict, reason, score } = aggregate(gate, rows);
  return {
    gate: gate.name,
    verdict,
    reason,
    score,
    aggregate: gate.aggregate.mode,
    candidate: inputs.candidate.describe(),
    baseline: inputs.baseline?.describe() ?? null,
    baselineNote: inputs.baseline ? undefined : inputs.baselineNote,
    counts,
    checks: rows,
    seed,
  };
}

function evaluateCheck(gate: GateConfig, check: CheckSpec, index: number, inputs: GateInputs, seed: number): CheckResult[] {
  const out: CheckResult[] = [];
  const name = check.name ?? check.metric;
  const base = (kind: CheckKind, slice: string): RowBase => ({
    check: name,
    checkIndex: index,
    kind,
    metric: check.metric,
    slice,
    candidate: null,
    baseline: null,
    critical: check.critical === true,
    weight: check.weight ?? 1,
  });
  // The reason names where the policy was set: the check's own onMissingMetric, or the gate's.
  const missingPolicy: MissingRule =
    check.onMissingMetric !== undefined ? { policy: check.onMissingMetric, setting: `checks[${index}].onMissingMetric` } : { policy: gate.policies.onMissingMetric, setting: 'policies.onMissingMetric' };
  const wantsChange = check.change !== undefined || check.statistics !== undefined;
  for (const target of expandSlices(check, inputs.candidate)) {
    const kinds: CheckKind[] = [...(check.value ? ['value' as const] : []), ...(wantsChange ? ['change' as const] : [])];
    if (target.problem !== undefined) {
      for (const kind of kinds) out.push(finish({ ...base(kind, target.label), bound: boundText(kind, check) }, missing(missingPolicy, target.problem)));
      continue;
    }
    if (check.value) out.push(valueRow(gate, check, base('value', target.label), inputs.candidate, target.slice, missingPolicy));
    if (wantsChange) out.push(changeRow(gate, check, base('change', target.label), inputs, target.slice, missingPolicy, seed));
  }
  if (check.crossSlice) out.push(gapRow(gate, check, base('crossSlice', `${check.crossSlice.feature}:*`), inputs, missingPolicy));
  return out;
}

interface SliceTarget {
  label: string;
  slice?: SliceRef;
  problem?: string;
}

/** `overall`, a feature (each of its slices in the candidate) or `feature:value`. */
function expandSlices(check: CheckSpec, candidate: MetricSet): SliceTarget[] {
  if (!check.slices || check.slices.length === 0) return check.value || check.change || check.statistics ? [{ label: 'overall' }] : [];
  const out: SliceTarget[] = [];
  for (const entry of check.slices) {
    if (entry === 'overall') {
      out.push({ label: 'overall' });
      continue;
    }
    const sep = entry.indexOf(':');
    if (sep > 0) {
      const slice = { feature: entry.slice(0, sep), value: entry.slice(sep + 1) };
      out.push({ label: entry, slice });
      continue;
    }
    const values = candidate.sliceValues(entry);
    if (values === undefined || values.length === 0) {
      const probe = candidate.get(check.metric, { feature: entry, value: '' });
      out.push({ label: `${entry}:*`, problem: probe.ok ? `slice feature "${entry}" has no values in the candidate` : probe.reason.replace(/^slice [^ ]+ does not exist/, `slice feature "${entry}" has no values`) });
      continue;
    }
    for (const value of values) out.push({ label: `${entry}:${value}`, slice: { feature: entry, value } });
  }
  return out;
}

type Outcome = { status: CheckStatus; reason: string };
type RowBase = Omit<CheckResult, 'status' | 'passed' | 'reason' | 'bound'>;

function finish(row: Omit<CheckResult, 'status' | 'passed' | 'reason'>, outcome: Outcome): CheckResult {
  return { ...row, status: outcome.status, passed: outcome.status === 'pass', reason: outcome.reason };
}

interface MissingRule {
  policy: MissingPolicy;
  setting: string;
}

function missing(rule: MissingRule, reason: string): Outcome {
  const status: CheckStatus = rule.policy === 'fail' ? 'fail' : rule.policy === 'warn' ? 'warn' : 'skip';
  return { status, reason: `${reason} (${rule.setting}: ${rule.policy})` };
}

/** Lookup problems and non-finite values, turned into an outcome by policy; undefined when the value is usable. */
function screen(gate: GateConfig, lookup: MetricLookup, missingPolicy: MissingRule, side: 'candidate' | 'baseline', metric: string): Outcome | undefined {
  if (!lookup.ok) {
    if (lookup.kind === 'invalid') return { status: 'error', reason: lookup.reason };
    return missing(missingPolicy, side === 'baseline' ? `baseline: ${lookup.reason}` : lookup.reason);
  }
  if (!Number.isFinite(lookup.value)) {
    const p = gate.policies.onNonFinite;
    const status: CheckStatus = p === 'fail' ? 'fail' : p === 'warn' ? 'warn' : 'skip';
    return { status, reason: `the ${side} value of ${metric} is ${formatNumber(lookup.value)}, not a finite number (policies.onNonFinite: ${p})` };
  }
  return undefined;
}

function valueRow(gate: GateConfig, check: CheckSpec, row: RowBase, candidate: MetricSet, slice: SliceRef | undefined, missingPolicy: MissingRule): CheckResult {
  const bound = boundText('value', check);
  const lookup = candidate.get(check.metric, slice);
  const base = { ...row, bound, candidate: lookup.ok ? json(lookup.value) : null };
  const problem = screen(gate, lookup, missingPolicy, 'candidate', check.metric);
  if (problem) return finish(base, problem);
  const c = (lookup as { value: number }).value;
  const { min, max } = check.value!;
  const where = slice ? ` in slice ${slice.feature}:${slice.value}` : '';
  if (min !== undefined && c < min) return finish(base, { status: 'fail', reason: `${check.metric}${where} is ${formatNumber(c)}, below the minimum ${formatNumber(min)}` });
  if (max !== undefined && c > max) return finish(base, { status: 'fail', reason: `${check.metric}${where} is ${formatNumber(c)}, above the maximum ${formatNumber(max)}` });
  return finish(base, { status: 'pass', reason: `${check.metric}${where} is ${formatNumber(c)}, within ${bound.replace('c', check.metric)}` });
}

interface Bound {
  key: keyof ChangeBounds;
  limit: number;
  side: 'min' | 'max';
  relative: boolean;
}

function bounds(change: ChangeBounds | undefined): Bound[] {
  const out: Bound[] = [];
  if (!change) return out;
  if (change.minAbsolute !== undefined) out.push({ key: 'minAbsolute', limit: change.minAbsolute, side: 'min', relative: false });
  if (change.minRelative !== undefined) out.push({ key: 'minRelative', limit: change.minRelative, side: 'min', relative: true });
  if (change.maxAbsolute !== undefined) out.push({ key: 'maxAbsolute', limit: change.maxAbsolute, side: 'max', relative: false });
  if (change.maxRelative !== undefined) out.push({ key: 'maxRelative', limit: change.maxRelative, side: 'max', relative: true });
  return out;
}

function changeRow(
  gate: GateConfig,
  check: CheckSpec,
  row: RowBase,
  inputs: GateInputs,
  slice: SliceRef | undefined,
  missingPolicy: MissingRule,
  seed: number,
): CheckResult {
  const bound = boundText('change', check);
  const c = inputs.candidate.get(check.metric, slice);
  let base: Omit<CheckResult, 'status' | 'passed' | 'reason'> = { ...row, bound, candidate: c.ok ? json(c.value) : null };
  const cProblem = screen(gate, c, missingPolicy, 'candidate', check.metric);
  if (cProblem) return finish(base, cProblem);
  if (!inputs.baseline) {
    const p = gate.policies.onMissingBaseline;
    const why = `no baseline${inputs.baselineNote ? ` (${inputs.baselineNote})` : ''}`;
    return finish(base, p === 'fail'
      ? { status: 'fail', reason: `${why}: the change of ${check.metric} cannot be checked (policies.onMissingBaseline: fail)` }
      : { status: 'skip', reason: `${why}: change bounds skipped, as on a first run (policies.onMissingBaseline: skip)` });
  }
  const b = inputs.baseline.get(check.metric, slice);
  base = { ...base, baseline: b.ok ? json(b.value) : null };
  const bProblem = screen(gate, b, missingPolicy, 'baseline', check.metric);
  if (bProblem) return finish(base, bProblem);
  const cv = (c as { value: number }).value;
  const bv = (b as { value: number }).value;
  const s = check.direction === 'higher' ? 1 : -1;
  const delta = s * (cv - bv);
  const zero = Math.abs(bv) < gate.policies.zeroEpsilon;
  const rho = zero ? undefined : delta / Math.abs(bv);
  base = { ...base, change: { absolute: json(delta), relative: rho === undefined ? null : json(rho) } };
  const where = slice ? ` in slice ${slice.feature}:${slice.value}` : '';
  const moved = `${check.metric}${where} went from ${formatNumber(bv)} to ${formatNumber(cv)} (Δ ${signed(delta)}${rho === undefined ? '' : `, ρ ${percent(rho)}`}, ${check.direction} is better)`;

  let stats: ChangeStatistics | undefined;
  if (check.statistics) {
    const key = check.statistics.samples ?? check.metric;
    const cs = inputs.candidate.samples(key, slice);
    const bs = inputs.baseline.samples(key, slice);
    if (!cs || !bs) {
      return finish(base, missing(missingPolicy, `statistics need per-example samples "${key}"${where} in both ${cs ? '' : 'the candidate'}${!cs && !bs ? ' and ' : ''}${bs ? '' : 'the baseline'}`.replace('both  and', 'both')));
    }
    try {
      stats = changeStatistics(check.statistics, check.direction, cs, bs, seed);
    } catch (err) {
      if (err instanceof StatisticsError) return finish(base, { status: 'error', reason: `statistics for ${check.metric}${where}: ${err.message}` });
      throw err;
    }
    base = {
      ...base,
      statistics: {
        method: stats.method,
        confidence: stats.confidence,
        estimate: json(stats.estimate),
        lower: stats.lower === undefined ? undefined : json(stats.lower),
        upper: stats.upper === undefined ? undefined : json(stats.upper),
        pWorse: stats.pWorse === undefined ? undefined : json(stats.pWorse),
        pBetter: stats.pBetter === undefined ? undefined : json(stats.pBetter),
        resamples: stats.resamples,
        seed: stats.seed,
        n: stats.n,
        ...(stats.requiredPerArm !== undefined ? { requiredPerArm: stats.requiredPerArm } : {}),
        decidedOn: check.statistics.decideOn ?? 'bound',
      },
    };
  }
  const decideOnBound = stats !== undefined && (check.statistics?.decideOn ?? 'bound') === 'bound';
  const list = bounds(check.change);
  const notes: string[] = [];
  const held: string[] = [];
  const violations: string[] = [];
  if (stats && !decideOnBound) notes.push('decided on the point estimate Δ, the interval is reported only (statistics.decideOn: pointEstimate)');

  if (decideOnBound && stats!.method === 'mannWhitney' && list.length === 0) {
    // Mann-Whitney alone: fail on any significant regression.
    const { alpha } = stats!;
    if (stats!.pWorse! < alpha) violations.push(`the candidate is significantly worse (Mann-Whitney one-sided p = ${formatNumber(stats!.pWorse!)} < α ${formatNumber(alpha)}, shift ${signed(stats!.estimate)})`);
    else held.push(`no significant regression (Mann-Whitney one-sided p(worse) = ${formatNumber(stats!.pWorse!)} ≥ α ${formatNumber(alpha)})`);
  }

  for (const bnd of list) {
    if (bnd.relative && zero) {
      const p = gate.policies.onZeroBaseline;
      const zeroWhy = `the baseline is ${formatNumber(bv)} (|b| < zeroEpsilon ${gate.policies.zeroEpsilon}) so ${bnd.key} ${percent(bnd.limit)} is undefined`;
      if (p === 'skip') return finish(base, { status: 'skip', reason: `${moved}; ${zeroWhy}: change check skipped (policies.onZeroBaseline: skip)` });
      if (p === 'fail') {
        violations.push(`${zeroWhy}: it cannot be met (policies.onZeroBaseline: fail)`);
        continue;
      }
      if (p === 'absoluteOnly' || bnd.side === 'max') {
        notes.push(`${zeroWhy}: ignored (policies.onZeroBaseline: ${p})`);
        continue;
      }
      // strictImprovement, as MLflow: a relative minimum becomes "strictly better than the baseline".
      const outcome = judgeBound({ key: bnd.key, limit: STRICT_IMPROVEMENT, side: 'min', relative: false }, delta, 1, stats, decideOnBound);
      const replaced = `${zeroWhy}, replaced by a strict improvement Δ ≥ 1e-10 (policies.onZeroBaseline: strictImprovement)`;
      if (outcome.violation) violations.push(`${replaced}: ${outcome.violation}`);
      else held.push(`${replaced}: ${outcome.held}`);
      continue;
    }
    const outcome = judgeBound(bnd, delta, bv, stats, decideOnBound);
    if (outcome.violation) violations.push(outcome.violation);
    else held.push(outcome.held!);
  }
  if (violations.length === 0 && held.length === 0) return finish(base, { status: 'skip', reason: `${moved}; no change bound could be evaluated: ${notes.join('; ')}` });
  const noteText = notes.length ? `; ${notes.join('; ')}` : '';
  const statText = stats ? ` [${statSummary(stats)}]` : '';
  if (violations.length > 0) return finish(base, { status: 'fail', reason: `${moved}${statText}: ${violations.join('; ')}${noteText}` });
  return finish(base, { status: 'pass', reason: `${moved}${statText}: ${held.join('; ')}${noteText}` });
}

/**
 * One change bound against Δ, its confidence bound, or (Mann-Whitney) a one-sided test against the bound:
 * a sentence saying why it holds, or why it is violated. A reason never states a bound that was not shown:
 * - bootstrap (decideOn bound): the lower (minimums) or upper (maximums) confidence bound of Δ must clear it;
 * - Mann-Whitney, a positive minimum (a required improvement): holds only when the shift beyond it is
 *   significant (one-sided test of the shifted sample, p(Δ > min) < α); every other bound (a tolerated
 *   regression, a maximum) is violated only when crossing it is significant (p(Δ < min) or p(Δ > max) < α).
 */
function judgeBound(bnd: Bound, delta: number, b: number, stats: ChangeStatistics | undefined, decideOnBound: boolean): { held?: string; violation?: string } {
  const symbol = bnd.relative ? 'ρ' : 'Δ';
  const scale = bnd.relative ? Math.abs(b) : 1;
  const show = (x: number) => (bnd.relative ? percent(x) : signed(x));
  const limitText = bnd.relative ? percent(bnd.limit) : formatNumber(bnd.limit);
  const meaning =
    bnd.side === 'max'
      ? 'a suspiciously large improvement: check for leakage or a changed evaluation set'
      : bnd.limit < 0
        ? `more regression than the ${bnd.relative ? percent(-bnd.limit) : formatNumber(-bnd.limit)} tolerated`
        : bnd.limit > 0
          ? `less than the required improvement of ${bnd.relative ? percent(bnd.limit) : formatNumber(bnd.limit)}`
          : 'a regression';
  if (stats && decideOnBound && stats.method === 'mannWhitney') {
    const alpha = formatNumber(stats.alpha);
    const x = stats.estimate / scale;
    const margin = bnd.limit * scale;
    if (bnd.side === 'min' && bnd.limit > 0) {
      const p = stats.pShift!(margin, 'above');
      if (p < stats.alpha && !below(x, bnd.limit)) return { held: `${bnd.key}: shift ${symbol} ${show(x)} > ${limitText} is significant (one-sided p(${symbol} > ${limitText}) = ${formatNumber(p)} < α ${alpha})` };
      return { violation: `${bnd.key}: no evidence of the required improvement: shift ${symbol} ${show(x)}, one-sided p(${symbol} > ${limitText}) = ${formatNumber(p)} ≥ α ${alpha}: ${meaning}` };
    }
    const tail = bnd.side === 'min' ? 'below' : 'above';
    const op = bnd.side === 'min' ? '<' : '>';
    const p = stats.pShift!(margin, tail);
    const beyond = bnd.side === 'min' ? below(x, bnd.limit) : above(x, bnd.limit);
    const pText = `one-sided p(${symbol} ${op} ${limitText}) = ${formatNumber(p)}`;
    if (beyond && p < stats.alpha) return { violation: `${bnd.key}: shift ${symbol} ${show(x)} ${op} ${limitText} and significant (${pText} < α ${alpha}): ${meaning}` };
    if (!beyond) return { held: `${bnd.key}: shift ${symbol} ${show(x)} ${bnd.side === 'min' ? '≥' : '≤'} ${limitText} (${pText})` };
    return { held: `${bnd.key}: shift ${symbol} ${show(x)} ${op} ${limitText}, but not significantly (${pText} ≥ α ${alpha}): no evidence to fail on` };
  }
  let x = delta;
  let label = symbol;
  if (stats && decideOnBound) {
    x = bnd.side === 'min' ? stats.lower! : stats.upper!;
    label = `${symbol} ${bnd.side === 'min' ? 'lower' : 'upper'} ${Math.round(stats.confidence * 100)}% bound`;
  }
  const value = x / scale;
  if (bnd.side === 'min' && below(value, bnd.limit)) return { violation: `${bnd.key}: ${label} ${show(value)} < ${limitText}: ${meaning}` };
  if (bnd.side === 'max' && above(value, bnd.limit)) return { violation: `${bnd.key}: ${label} ${show(value)} > ${limitText}: ${meaning}` };
  return { held: `${label} ${show(value)} ${bnd.side === 'min' ? '≥' : '≤'} ${limitText} holds` };
}

/** x < limit beyond rounding noise (1e-12 relative to the numbers involved, at least 1e-12 absolute). */
function below(x: number, limit: number): boolean {
  return x < limit - TOLERANCE * Math.max(1, Math.abs(limit), Math.abs(x));
}
function above(x: number, limit: number): boolean {
  return x > limit + TOLERANCE * Math.max(1, Math.abs(limit), Math.abs(x));
}

function gapRow(gate: GateConfig, check: CheckSpec, row: RowBase, inputs: GateInputs, missingPolicy: MissingRule): CheckResult {
  const spec = check.crossSlice!;
  const bound = `gap ≤ ${formatNumber(spec.maxGap)}`;
  const base = { ...row, bound };
  const values = spec.values ?? inputs.candidate.sliceValues(spec.feature);
  if (values === undefined) {
    const probe = inputs.candidate.get(check.metric, { feature: spec.feature, value: '' });
    return finish(base, missing(missingPolicy, probe.ok ? `slice feature "${spec.feature}" does not exist` : probe.reason));
  }
  const gap = (set: MetricSet, side: 'candidate' | 'baseline'): { ok: true; gap: number; hi: [string, number]; lo: [string, number] } | { ok: false; outcome: Outcome } => {
    let hi: [string, number] | undefined;
    let lo: [string, number] | undefined;
    for (const v of values) {
      const lookup = set.get(check.metric, { feature: spec.feature, value: v });
      const problem = screen(gate, lookup, missingPolicy, side, `${check.metric} (slice ${spec.feature}:${v})`);
      if (problem) return { ok: false, outcome: problem };
      const x = (lookup as { value: number }).value;
      if (!hi || x > hi[1]) hi = [v, x];
      if (!lo || x < lo[1]) lo = [v, x];
    }
    return { ok: true, gap: hi![1] - lo![1], hi: hi!, lo: lo! };
  };
  if (values.length < 2) return finish(base, { status: 'error', reason: `a cross-slice gap needs at least two slices of "${spec.feature}", found ${values.length}` });
  const c = gap(inputs.candidate, 'candidate');
  if (!c.ok) return finish(base, c.outcome);
  const b = inputs.baseline ? gap(inputs.baseline, 'baseline') : undefined;
  const withBaseline = { ...base, candidate: json(c.gap), baseline: b?.ok ? json(b.gap) : null };
  const text = `${check.metric} across ${spec.feature} ranges from ${formatNumber(c.lo[1])} (${c.lo[0]}) to ${formatNumber(c.hi[1])} (${c.hi[0]}): gap ${formatNumber(c.gap)}${b?.ok ? ` (baseline gap ${formatNumber(b.gap)})` : ''}`;
  if (above(c.gap, spec.maxGap)) return finish(withBaseline, { status: 'fail', reason: `${text} > ${formatNumber(spec.maxGap)} allowed` });
  return finish(withBaseline, { status: 'pass', reason: `${text} ≤ ${formatNumber(spec.maxGap)}` });
}

function aggregate(gate: GateConfig, rows: CheckResult[]): { verdict: Verdict; reason: string; score?: number } {
  const label = (r: CheckResult) => `${r.check}${r.slice === 'overall' ? '' : ` [${r.slice}]`} (${r.kind})`;
  const failed = rows.filter((r) => r.status === 'fail');
  const errors = rows.filter((r) => r.status === 'error');
  const criticalFailed = failed.filter((r) => r.critical);
  const passed = rows.filter((r) => r.status === 'pass');
  const list = (rs: CheckResult[]) => rs.slice(0, 5).map(label).join(', ') + (rs.length > 5 ? ` and ${rs.length - 5} more` : '');
  if (criticalFailed.length > 0) return { verdict: 'fail', reason: `critical check failed: ${list(criticalFailed)}`, score: gate.aggregate.mode === 'score' ? 0 : undefined };

  if (gate.aggregate.mode === 'all') {
    if (failed.length > 0) return { verdict: 'fail', reason: `${failed.length} of ${rows.length} check(s) failed: ${list(failed)}` };
    if (errors.length > 0) return { verdict: 'inconclusive', reason: `${errors.length} check(s) could not be evaluated: ${list(errors)}` };
    if (passed.length === 0) return { verdict: 'inconclusive', reason: rows.length === 0 ? 'the gate has no checks to evaluate' : 'no check was evaluated (all skipped or warned): a gate that evaluated nothing never passes' };
    const others = rows.length - passed.length;
    return { verdict: 'pass', reason: `all ${passed.length} evaluated check(s) passed${others ? ` (${others} skipped or warned)` : ''}` };
  }

  // Weighted score over configured checks: a check passes when all its rows pass (warn/skip rows ignored).
  const byCheck = new Map<number, CheckResult[]>();
  for (const r of rows) byCheck.set(r.checkIndex, [...(byCheck.get(r.checkIndex) ?? []), r]);
  let total = 0;
  let earned = 0;
  for (const rs of byCheck.values()) {
    const statuses = new Set(rs.map((r) => r.status));
    if (!statuses.has('pass') && !statuses.has('fail') && !statuses.has('error')) continue;
    const w = rs[0].weight;
    total += w;
    if (!statuses.has('fail') && !statuses.has('error')) earned += w;
  }
  if (total === 0) return { verdict: 'inconclusive', reason: 'no check was evaluated (all skipped or warned): a gate that evaluated nothing never passes' };
  const score = Math.round((10000 * earned) / total) / 100;
  const { pass, marginal, onMarginal } = gate.aggregate;
  const failing = failed.length ? `; failing: ${list(failed)}` : '';
  if (errors.length > 0) return { verdict: 'inconclusive', reason: `score ${score}, but ${errors.length} check(s) could not be evaluated: ${list(errors)}`, score };
  if (score >= pass) return { verdict: 'pass', reason: `score ${score} ≥ pass ${pass}${failing}`, score };
  if (score >= marginal) {
    const verdict: Verdict = onMarginal === 'pass' ? 'pass' : onMarginal === 'fail' ? 'fail' : 'inconclusive';
    return { verdict, reason: `score ${score} is marginal (${marginal} ≤ score < ${pass}; aggregate.onMarginal: ${onMarginal})${failing}`, score };
  }
  return { verdict: 'fail', reason: `score ${score} < marginal ${marginal}${failing}`, score };
}

/** The configured bounds of a row kind, as a formula. */
export function boundText(kind: CheckKind, check: CheckSpec): string {
  if (kind === 'value') {
    const { min, max } = check.value ?? {};
    if (min !== undefined && max !== undefined) return `${formatNumber(min)} ≤ c ≤ ${formatNumber(max)}`;
    if (min !== undefined) return `c ≥ ${formatNumber(min)}`;
    if (max !== undefined) return `c ≤ ${formatNumber(max)}`;
    return 'c finite';
  }
  if (kind === 'crossSlice') return `gap ≤ ${formatNumber(check.crossSlice?.maxGap)}`;
  const parts = bounds(check.change).map((b) => `${b.relative ? 'ρ' : 'Δ'} ${b.side === 'min' ? '≥' : '≤'} ${b.relative ? percent(b.limit) : formatNumber(b.limit)}`);
  const stats = check.statistics ? ` (${check.statistics.method}, ${Math.round((check.statistics.confidence ?? 0.95) * 100)}%)` : '';
  return `${parts.length ? parts.join(', ') : 'no significant regression'}${stats}`;
}

function statSummary(s: ChangeStatistics): string {
  const pct = `${Math.round(s.confidence * 100)}%`;
  if (s.method === 'twoProportion' || s.method === 'welch') {
    const name = s.method === 'welch' ? `Welch t = ${formatNumber(s.statistic!)} (df ${formatNumber(s.df!)})` : `two-proportion z = ${formatNumber(s.statistic!)}`;
    return `${name}, p(worse) = ${formatNumber(s.pWorse)}, p(better) = ${formatNumber(s.pBetter)}, ${pct} CI of Δ [${signed(s.lower!)}, ${signed(s.upper!)}], n = ${s.n.candidate}/${s.n.baseline}${s.requiredPerArm !== undefined ? ` (${s.requiredPerArm} per arm required)` : ''}`;
  }
  if (s.method === 'mannWhitney') return `Mann-Whitney: shift ${signed(s.estimate)}, p(worse) = ${formatNumber(s.pWorse)}, p(better) = ${formatNumber(s.pBetter)}, n = ${s.n.candidate}/${s.n.baseline}`;
  return `${s.method === 'pairedBootstrap' ? 'paired bootstrap' : 'bootstrap'} ${pct} CI of Δ [${signed(s.lower!)}, ${signed(s.upper!)}], ${s.resamples} resamples, seed ${s.seed}, n = ${s.n.paired ?? `${s.n.candidate}/${s.n.baseline}`}`;
}

export function json(v: number): JsonNumber {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  return v;
}

function signed(v: number): string {
  const t = formatNumber(v);
  return v > 0 ? `+${t}` : t;
}

function percent(v: number): string {
  const t = `${formatNumber(Number((v * 100).toPrecision(6)))}%`;
  return v > 0 ? `+${t}` : t;
}
