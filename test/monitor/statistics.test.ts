import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { binShares, chiSquare, chiSquareSf, fillZeroes, jensenShannon, ksPValue, ksStatistic, psi, sturgesEdges, wasserstein, type WeightedSample } from '../../src/monitor/statistics.js';

/**
 * Every statistic against SciPy/NumPy: expected values come from test/fixtures/monitor/make_drift_fixtures.py
 * (committed with its output). Tolerances: 1e-9 relative for what is computed exactly (KS statistic,
 * Wasserstein, PSI, Jensen-Shannon, chi-square and its p-value) and for the KS p-value where it is computed
 * exactly (N d < 60, N = round(nm/(n+m)): 1e-6, SciPy itself approximates past N = 140); 1e-4 absolute where Stephens' approximation takes over (docs/monitor.md).
 */
interface NumericCase {
  name: string;
  reference: number[];
  current: number[];
  ks_statistic: number;
  ks_pvalue_asymp: number;
  ks_pvalue_auto: number;
  wasserstein: number;
  wasserstein_normed: number;
  sturges_edges: number[];
  psi: number;
  jensenshannon_binned: number;
}
interface CategoricalCase {
  name: string;
  reference_counts: number[];
  current_counts: number[];
  chi2: number;
  chi2_pvalue: number;
  dof: number;
  jensenshannon: number;
  psi: number;
}
const fixtures = JSON.parse(readFileSync(new URL('../fixtures/monitor/drift-fixtures.json', import.meta.url), 'utf8')) as {
  numeric: NumericCase[];
  categorical: CategoricalCase[];
  chi2_sf: Array<{ x: number; dof: number; sf: number }>;
  ks_grid: Array<{ n: number; m: number; d: number; pvalue: number }>;
};

function sample(values: number[]): WeightedSample {
  const sorted = Float64Array.from(values).sort();
  return { values: sorted, weights: new Float64Array(sorted.length).fill(1) };
}

/** The documented KS p-value tolerance: 1e-6 where Marsaglia-Tsang-Wang applies (exact; SciPy itself approximates past n = 140), 1e-4 elsewhere. */
function kstol(d: number, n: number, m: number): number {
  const en = Math.round((n * m) / (n + m));
  return en * d < 60 && en <= 100_000 ? 1e-6 : 1e-4;
}

function close(actual: number, expected: number, relative = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}

describe.each(fixtures.numeric)('numeric drift statistics vs SciPy: $name', (c) => {
  const a = sample(c.reference);
  const b = sample(c.current);

  it('KS statistic equals ks_2samp', () => close(ksStatistic(a, b), c.ks_statistic));

  it('KS p-value equals ks_2samp(method=asymp)', () => {
    const p = ksPValue(c.ks_statistic, c.reference.length, c.current.length);
    expect(Math.abs(p - c.ks_pvalue_asymp)).toBeLessThanOrEqual(kstol(c.ks_statistic, c.reference.length, c.current.length));
  });

  it('Wasserstein equals wasserstein_distance', () => close(wasserstein(a, b), c.wasserstein));

  it('Sturges bin edges equal numpy.histogram_bin_edges', () => {
    const all = [...c.reference, ...c.current];
    const edges = sturgesEdges(Math.min(...all), Math.max(...all), all.length);
    expect(edges).toHaveLength(c.sturges_edges.length);
    edges.forEach((e, i) => close(e, c.sturges_edges[i], 1e-12));
  });

  it('PSI (Evidently binning and zero filling) and binned Jensen-Shannon equal the NumPy/SciPy values', () => {
    const rp = binShares(a, c.sturges_edges);
    const cp = binShares(b, c.sturges_edges);
    expect(rp.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
    close(psi(fillZeroes(rp), fillZeroes(cp)), c.psi);
    close(jensenShannon(rp, cp), c.jensenshannon_binned);
  });
});

describe.each(fixtures.categorical)('categorical drift statistics vs SciPy: $name', (c) => {
  it('chi-square statistic and p-value equal chi2_contingency (Yates correction when dof = 1)', () => {
    const r = chiSquare(c.reference_counts, c.current_counts);
    expect(r.dof).toBe(c.dof);
    close(r.statistic, c.chi2);
    close(r.pvalue, c.chi2_pvalue, 1e-9);
  });

  it('Jensen-Shannon distance equals scipy.spatial.distance.jensenshannon', () => close(jensenShannon(c.reference_counts, c.current_counts), c.jensenshannon));

  it('PSI equals the Evidently formula in NumPy', () => {
    const share = (xs: number[]) => xs.map((x) => x / xs.reduce((s, y) => s + y, 0));
    close(psi(fillZeroes(share(c.reference_counts)), fillZeroes(share(c.current_counts))), c.psi);
  });
});

describe('distribution functions vs SciPy', () => {
  it.each(fixtures.chi2_sf)('chi2.sf($x, $dof)', ({ x, dof, sf }) => close(chiSquareSf(x, dof), sf, 1e-9));

  it('KS p-values over a grid of d and sample sizes stay within the documented tolerance of kstwo.sf', () => {
    const exact = fixtures.ks_grid.filter((g) => kstol(g.d, g.n, g.m) < 1e-5);
    expect(exact.length).toBeGreaterThan(50);
    expect(exact.length).toBeLessThan(fixtures.ks_grid.length);
    for (const g of fixtures.ks_grid) expect(Math.abs(ksPValue(g.d, g.n, g.m) - g.pvalue)).toBeLessThanOrEqual(kstol(g.d, g.n, g.m));
  });
});

describe('weighted samples', () => {
  it('a value with weight 2 is the same distribution as the value twice', () => {
    const twice = sample([1, 1, 2, 5, 5, 7]);
    const weighted: WeightedSample = { values: [1, 2, 5, 7], weights: [2, 1, 2, 1] };
    const other = sample([0.5, 2, 3, 6]);
    expect(ksStatistic(weighted, other)).toBe(ksStatistic(twice, other));
    close(wasserstein(weighted, other), wasserstein(twice, other), 1e-12);
  });

  it('identical samples have zero distance and p-value 1', () => {
    const a = sample([1, 2, 3, 4, 5]);
    expect(ksStatistic(a, a)).toBe(0);
    expect(wasserstein(a, a)).toBe(0);
    expect(ksPValue(0, 5, 5)).toBe(1);
    expect(jensenShannon([1, 2, 3], [2, 4, 6])).toBe(0);
  });
});
