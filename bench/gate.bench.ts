import { pairedBootstrapCI } from '../src/core/stats/bootstrap.js';
import { mean } from '../src/core/stats/descriptive.js';
import { parseCsvMetrics } from '../src/core/metrics/csv.js';
import { gateConfig } from '../src/gate/config.js';
import { evaluateGate } from '../src/gate/engine.js';
import { medianMs, type BenchSuite } from './harness.js';

/**
 * The gate's own cost over the statistics it runs: a full evaluation (CSV parsing of two 5 000-example
 * prediction files, pairing by id, a 2000-resample paired bootstrap, slices) against the bare
 * pairedBootstrapCI on the same arrays. And CSV parsing against JSON.parse of the same data.
 */
const N = 5_000;
function predictions(flip: number): string {
  const rows = ['id,species,correct,p_correct'];
  for (let i = 0; i < N; i++) rows.push(`${i},${['setosa', 'versicolor', 'virginica'][i % 3]},${(i * 7919 + flip) % 10 < 9 ? 1 : 0},${((i * 31) % 100) / 100}`);
  return `${rows.join('\n')}\n`;
}

const suite: BenchSuite = {
  name: 'gate',
  async run() {
    const cText = predictions(3);
    const bText = predictions(0);
    const gate = gateConfig('bench', {
      checks: [
        { metric: 'correct', direction: 'higher', change: { minAbsolute: -0.01 }, statistics: { method: 'pairedBootstrap', resamples: 2000, seed: 1 } },
        { metric: 'correct', direction: 'higher', slices: ['species'], value: { min: 0.5 }, crossSlice: { feature: 'species', maxGap: 0.2 } },
      ],
    });
    const full = await medianMs(5, () => {
      const result = evaluateGate(gate, { candidate: parseCsvMetrics(cText, 'c.csv'), baseline: parseCsvMetrics(bText, 'b.csv') });
      if (result.checks.length !== 5) throw new Error('unexpected result');
    });
    const c = parseCsvMetrics(cText, 'c.csv').samples('correct')!.values;
    const b = parseCsvMetrics(bText, 'b.csv').samples('correct')!.values;
    const bare = await medianMs(5, () => pairedBootstrapCI(c, b, (x, y) => mean(x) - mean(y), { iterations: 2000, seed: 1 }));
    const asJson = JSON.stringify(cText.trim().split('\n').slice(1).map((l) => l.split(',')));
    const csv = await medianMs(9, () => parseCsvMetrics(cText, 'c.csv').get('correct'));
    const json = await medianMs(9, () => JSON.parse(asJson));
    return [
      { name: `gate evaluation (${N} paired examples, 2000 resamples) vs bare paired bootstrap`, value: full, reference: bare, unit: 'ms', ratio: full / bare, target: { max: 1.5 } },
      { name: `CSV metrics parse (${N} rows) vs JSON.parse of the same cells`, value: csv, reference: json, unit: 'ms', ratio: csv / json, target: { max: 5 }, note: 'RFC 4180 with line tracking, in JS' },
    ];
  },
};

export default suite;
