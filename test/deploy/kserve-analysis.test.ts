import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

// The analysis templates docs/deploy.md gives for KServe are evaluated by Prometheus's own engine
// (`promtool test rules`, from Debian's prometheus package) on series shaped like Knative's queue-proxy
// metrics for two revisions: the queries must parse, group by revision and give the expected figures.
const here = path.dirname(fileURLToPath(import.meta.url));
const PROMTOOL = process.env.PROMTOOL_BIN ?? '/usr/bin/promtool';
const run = existsSync(PROMTOOL) || process.env.CI ? describe : describe.skip;

async function templates(): Promise<Record<string, { query: string; sliceBy: string }>> {
  const docs = await readFile(path.join(here, '../../docs/deploy.md'), 'utf8');
  const block = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('kserve-canary:') && b.startsWith('gates:'));
  if (!block) throw new Error('docs/deploy.md has no `gates: kserve-canary` block');
  return parse(block).gates['kserve-canary'].candidate.prometheus.queries;
}

const labels = (revision: string, extra = '') => `{namespace_name="models",configuration_name="iris-predictor",service_name="iris-predictor",revision_name="${revision}"${extra}}`;

run('KServe analysis templates (docs/deploy.md) under promtool', () => {
  it('give request rate, error ratio and p99 latency per revision', async () => {
    const queries = await templates();
    expect(Object.keys(queries)).toEqual(['request_rate', 'error_ratio', 'p99_seconds']);
    for (const q of Object.values(queries)) expect(q.sliceBy).toBe('revision_name');
    const old = 'iris-predictor-00001';
    const canary = 'iris-predictor-00002';
    // Per minute: the old revision answers 600 requests, all 2xx, all under 50 ms; the canary 60, six of them
    // 5xx, half of them between 100 ms and 500 ms.
    const input_series = [
      { series: `revision_request_count${labels(old, ',response_code="200",response_code_class="2xx"')}`, values: '0+600x10' },
      { series: `revision_request_count${labels(canary, ',response_code="200",response_code_class="2xx"')}`, values: '0+54x10' },
      { series: `revision_request_count${labels(canary, ',response_code="500",response_code_class="5xx"')}`, values: '0+6x10' },
      ...[['50', 600], ['100', 600], ['500', 600], ['+Inf', 600]].map(([le, n]) => ({ series: `revision_request_latencies_bucket${labels(old, `,le="${le}"`)}`, values: `0+${n}x10` })),
      ...[['50', 30], ['100', 30], ['500', 60], ['+Inf', 60]].map(([le, n]) => ({ series: `revision_request_latencies_bucket${labels(canary, `,le="${le}"`)}`, values: `0+${n}x10` })),
    ];
    const expected: Record<string, Record<string, number>> = {
      request_rate: { [old]: 10, [canary]: 1 },
      error_ratio: { [old]: 0, [canary]: 0.1 },
      // p99 by linear interpolation in the bucket: old 50 * 0.99 ms; canary 100 + (59.4 - 30) / 30 * 400 ms
      p99_seconds: { [old]: 0.0495, [canary]: 0.492 },
    };
    const tests = [{
      interval: '1m',
      input_series,
      promql_expr_test: Object.entries(queries).map(([name, q]) => ({ expr: q.query, eval_time: '10m', exp_samples: Object.entries(expected[name]).map(([rev, value]) => ({ labels: `{revision_name="${rev}"}`, value })) })),
    }];
    const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-kserve-promtool-'));
    try {
      const file = path.join(dir, 'kserve-analysis.test.yml');
      await writeFile(file, stringify({ rule_files: [], evaluation_interval: '1m', tests }));
      const result = await new Promise<{ code: number; out: string }>((resolve) => execFile(PROMTOOL, ['test', 'rules', file], { timeout: 60_000 }, (err, stdout, stderr) => resolve({ code: err ? 1 : 0, out: `${stdout}${stderr}` })));
      expect(result.out).toContain('SUCCESS');
      expect(result.code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
