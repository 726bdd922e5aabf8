import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { createMetricSource, MetricSourceError, parseFileSpec, SourceNotFoundError, splitFileAtRef, type MetricSourceSpec } from '../../../src/core/metrics/index.js';
import { parseJsonMetrics } from '../../../src/core/metrics/json.js';
import { parseModelCardMetrics } from '../../../src/core/metrics/model-card.js';
import { parseYamlMetrics } from '../../../src/core/metrics/yaml.js';
import { reduceValues } from '../../../src/core/metrics/reduce.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-metrics-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ctx = () => ({ root: dir, resolvePath: (p: string) => path.resolve(dir, p) });
const read = (spec: MetricSourceSpec) => createMetricSource(spec, ctx()).read();

describe('JSON and YAML', () => {
  it('accepts the NaN/Infinity tokens Python json.dump writes, outside strings only', () => {
    const set = parseJsonMetrics('{"a": NaN, "b": -Infinity, "c": "NaN-ish", "d": 1}', 'py.json');
    const a = set.get('a');
    expect(a.ok && Number.isNaN(a.value)).toBe(true);
    expect(set.get('b')).toEqual({ ok: true, value: -Infinity });
    expect(set.get('c').ok).toBe(false);
  });
  it('reports invalid JSON with its line and column', () => {
    expect(() => parseJsonMetrics('{\n  "a": 1,\n  oops\n}', 'bad.json')).toThrow(/bad\.json:3:\d+: invalid JSON/);
  });
  it('never crashes on random or mutated JSON: a set or a MetricSourceError', () => {
    const seed = '{"accuracy": 0.9, "slices": {"species": {"setosa": {"f1": 1}}}}';
    const mutated = fc.tuple(fc.nat(seed.length), fc.string({ maxLength: 4 }), fc.nat(4)).map(([at, s, d]) => seed.slice(0, at) + s + seed.slice(at + d));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), mutated, fc.json().map(String)), (text) => {
        try {
          const set = parseJsonMetrics(text, 'fuzz.json');
          for (const k of set.keys()) set.get(k);
          set.get('slices.species', { feature: 'species', value: 'setosa' });
        } catch (err) {
          expect(err).toBeInstanceOf(MetricSourceError);
        }
      }),
      { numRuns: 400 },
    );
  });
  it('YAML: .nan/.inf, nested keys, slices; invalid YAML names the line', () => {
    const set = parseYamlMetrics('accuracy: .nan\nlatency:\n  p95: 12.5\nslices:\n  region:\n    eu: {accuracy: 0.8}\n', 'm.yaml');
    expect(set.get('latency.p95')).toEqual({ ok: true, value: 12.5 });
    expect(set.get('accuracy', { feature: 'region', value: 'eu' })).toEqual({ ok: true, value: 0.8 });
    expect(() => parseYamlMetrics('a: [1,\n', 'bad.yaml')).toThrow(/bad\.yaml:\d+:\d+: invalid YAML/);
  });
  it('YAML: an alias with no anchor, or an alias bomb, is a MetricSourceError naming the file', () => {
    expect(() => parseYamlMetrics('accuracy: *nope\n', 'm.yaml')).toThrow(MetricSourceError);
    expect(() => parseYamlMetrics('accuracy: *nope\n', 'm.yaml')).toThrow(/m\.yaml: invalid YAML: Unresolved alias/);
    const rows = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]'];
    for (let i = 1; i <= 6; i++) rows.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    expect(() => parseYamlMetrics(rows.join('\n'), 'bomb.yaml')).toThrow(/bomb\.yaml: invalid YAML: .*alias/i);
    expect(() => parseModelCardMetrics('---\nmodel-index: *x\n---\n', 'README.md')).toThrow(/README\.md: invalid YAML: Unresolved alias/);
  });
});

describe('Hugging Face model card', () => {
  const card = (results: string) => `---\nlicense: mit\nmodel-index:\n- name: iris\n  results:\n${results}---\n# Iris\n`;
  const result = (ds: string, metrics: string) => `  - task: {type: text-classification}\n    dataset: {name: ${ds}, type: ${ds}}\n    metrics:\n${metrics}`;
  it('reads model-index metrics by type, values as numbers or numeric strings', () => {
    const set = parseModelCardMetrics(card(result('iris', '    - {type: accuracy, value: 0.96}\n    - {type: f1, value: "0.95"}\n')), 'README.md');
    expect(set.get('accuracy')).toEqual({ ok: true, value: 0.96 });
    expect(set.get('f1')).toEqual({ ok: true, value: 0.95 });
  });
  it('a type reported for two datasets is ambiguous until a dataset is chosen', () => {
    const text = card(result('a', '    - {type: accuracy, value: 0.9}\n') + result('b', '    - {type: accuracy, value: 0.7}\n'));
    const set = parseModelCardMetrics(text, 'README.md');
    expect(set.get('accuracy').ok).toBe(false);
    expect(set.get('b.accuracy')).toEqual({ ok: true, value: 0.7 });
    expect(parseModelCardMetrics(text, 'README.md', { dataset: 'a' }).get('accuracy')).toEqual({ ok: true, value: 0.9 });
    expect(() => parseModelCardMetrics(text, 'README.md', { dataset: 'c' })).toThrow(/no results for dataset "c"/);
  });
  it('a key written twice in the front matter is allowed, the last one counting (the Hub does not refuse it)', () => {
    const text = card(result('iris', '    - {type: accuracy, value: 0.5}\n')).replace('license: mit\n', 'license: mit\nlicense: apache-2.0\n');
    expect(parseModelCardMetrics(text, 'README.md').get('accuracy')).toEqual({ ok: true, value: 0.5 });
  });
  it('YAML metrics read the same through either reader: plain, and with an anchor only the yaml library takes', () => {
    const plain = 'accuracy: 0.9\nloss: .inf\nslices:\n  setosa: { f1: 1e0 }\n';
    const anchored = 'accuracy: &a 0.9\nloss: .inf\nslices:\n  setosa: { f1: 1e0 }\ncopy: *a\n';
    for (const text of [plain, anchored]) {
      const set = parseYamlMetrics(text, 'm.yaml');
      expect([set.get('accuracy'), set.get('loss'), set.get('slices.setosa.f1')]).toEqual([{ ok: true, value: 0.9 }, { ok: true, value: Infinity }, { ok: true, value: 1 }]);
    }
  });
  it('no front matter, or no model-index, is a clear error', () => {
    expect(() => parseModelCardMetrics('# just text', 'README.md')).toThrow(/no YAML front matter/);
    expect(() => parseModelCardMetrics('---\nlicense: mit\n---\n', 'README.md')).toThrow(/no "model-index"/);
  });
});

describe('MLflow run folder', () => {
  it('latest value = highest step then newest timestamp; `step` picks one; history is the samples; nested keys', async () => {
    const run = path.join(dir, 'mlruns', '0', 'abc123');
    await mkdir(path.join(run, 'metrics', 'val'), { recursive: true });
    await writeFile(path.join(run, 'metrics', 'accuracy'), '1700000000000 0.5 0\n1700000001000 0.9 2\n1700000002000 0.7 1\n');
    await writeFile(path.join(run, 'metrics', 'val', 'loss'), '1700000000000 nan 0\n1700000003000 0.3 0\n');
    await writeFile(path.join(run, 'metrics', 'old'), '1700000000000 0.25\n');
    const set = await read({ mlflow: 'mlruns/0/abc123' });
    expect(set.get('accuracy')).toEqual({ ok: true, value: 0.9 });
    expect(set.get('val/loss')).toEqual({ ok: true, value: 0.3 });
    expect(set.get('old')).toEqual({ ok: true, value: 0.25 });
    expect(set.samples('accuracy')?.values).toEqual([0.5, 0.7, 0.9]);
    const at1 = await read({ mlflow: { run: 'mlruns/0/abc123', step: 1 } });
    expect(at1.get('accuracy')).toEqual({ ok: true, value: 0.7 });
    const at5 = at1.get('val/loss');
    expect(at5.ok).toBe(false);
    expect(!at5.ok && at5.reason).toMatch(/no value at step 1/);
    await writeFile(path.join(run, 'metrics', 'broken'), 'yesterday 0.3 0\n');
    await expect(read({ mlflow: 'mlruns/0/abc123' })).rejects.toThrow(/metrics\/broken:1: expected "<timestamp> <value> <step>"/);
    await expect(read({ mlflow: 'mlruns/0' })).rejects.toThrow(/not an MLflow run directory/);
  });
});

describe('bench and score reports', () => {
  it('bench: one result by model/batch, trials as samples, batches as slices', async () => {
    const result = (batch: number, p95: number) => ({
      model: 'iris', runner: 'onnx', batch, role: 'candidate', samples: 100,
      latency_ms: { p50: p95 / 2, p90: p95, p95, p99: p95, mean: p95 / 2 }, throughput_per_s: 1000 / batch, rss_mb: 50, errors: 0,
      trials: [{ latency_ms: { p50: 1, p95: p95 - 1 }, throughput_per_s: 10 }, { latency_ms: { p50: 2, p95: p95 + 1 }, throughput_per_s: 12 }],
    });
    await writeFile(path.join(dir, 'bench.json'), JSON.stringify({ version: 1, results: [result(1, 2), result(16, 8)], comparison: [] }));
    const set = await read({ bench: { file: 'bench.json', batch: 1 } });
    expect(set.get('latency_ms.p95')).toEqual({ ok: true, value: 2 });
    expect(set.get('latency_ms.p95', { feature: 'batch', value: '16' })).toEqual({ ok: true, value: 8 });
    expect(set.samples('latency_ms.p95')?.values).toEqual([1, 3]);
    // Several batch sizes and none selected: the batch sizes are slices, as documented (once exit 2, "2 benchmark results match").
    const sliced = await read({ bench: 'bench.json' });
    expect(sliced.sliceValues('batch')).toEqual(['1', '16']);
    expect(sliced.get('latency_ms.p95', { feature: 'batch', value: '1' })).toEqual({ ok: true, value: 2 });
    expect(sliced.get('throughput_per_s', { feature: 'batch', value: '16' })).toEqual({ ok: true, value: 62.5 });
    expect(sliced.samples('latency_ms.p95', { feature: 'batch', value: '16' })?.values).toEqual([7, 9]);
    const overall = sliced.get('latency_ms.p95');
    expect(overall.ok).toBe(false);
    expect(!overall.ok && overall.reason).toMatch(/holds batch sizes 1, 16 of iris\/onnx: read one as a slice \(slices: \[batch\] or batch:1 on the check\)/);
    // Two models are still ambiguous: that is a question the source must answer.
    await writeFile(path.join(dir, 'bench2.json'), JSON.stringify({ results: [result(1, 2), { ...result(1, 3), model: 'other' }] }));
    await expect(read({ bench: 'bench2.json' })).rejects.toThrow(/2 benchmark results match/);
    expect((await read({ bench: { file: 'bench2.json', model: 'other' } })).get('latency_ms.p95')).toEqual({ ok: true, value: 3 });
    // A bench report named as plain JSON is recognised by its content.
    await expect(read({ file: 'bench.json', batch: 16 })).resolves.toBeDefined();
  });
  it('score: score, sections and test points', async () => {
    await writeFile(path.join(dir, 'score.json'), JSON.stringify({ score: 1.5, band: 'x', sections: { data: { score: 2 }, model: 1.5 }, tests: [{ id: 'data-1', points: 1 }] }));
    const set = await read({ score: 'score.json' });
    expect(set.get('score')).toEqual({ ok: true, value: 1.5 });
    expect(set.get('sections.data')).toEqual({ ok: true, value: 2 });
    expect(set.get('sections.model')).toEqual({ ok: true, value: 1.5 });
    expect(set.get('tests.data-1')).toEqual({ ok: true, value: 1 });
    await expect(read({ score: 'bench.json' })).rejects.toThrow(/not an ML Test Score report/);
  });
});

describe('registry', () => {
  it('picks the format by extension, merges lists (first answer wins), refuses unknown shapes', async () => {
    await writeFile(path.join(dir, 'm.json'), '{"accuracy": 0.9}');
    await writeFile(path.join(dir, 'p.csv'), 'id,correct\n1,1\n2,0\n');
    const set = await read(['m.json', 'p.csv']);
    expect(set.get('accuracy')).toEqual({ ok: true, value: 0.9 });
    expect(set.get('correct')).toEqual({ ok: true, value: 0.5 });
    expect(set.describe()).toBe('m.json + p.csv');
    const missing = set.get('nope');
    expect(!missing.ok && missing.reason).toMatch(/m\.json.*; and .*p\.csv/);
    expect(() => createMetricSource('metrics.txt', ctx())).toThrow(/cannot tell the format/);
    let hint: string | undefined;
    try {
      createMetricSource({ prometeus: {} } as never, ctx());
    } catch (err) {
      hint = (err as MetricSourceError).hint;
    }
    expect(hint).toMatch(/did you mean "prometheus"/);
    await expect(read('absent.json')).rejects.toBeInstanceOf(SourceNotFoundError);
  });
  it('FILE@REF splits at the last "@" unless a file has that very name', () => {
    expect(parseFileSpec('models/metrics.json@main', undefined, () => false)).toEqual({ file: 'models/metrics.json', ref: 'main' });
    expect(parseFileSpec('a@b/m.json', undefined, (p) => p === 'a@b/m.json')).toEqual({ file: 'a@b/m.json', ref: undefined });
    expect(parseFileSpec('m.json', 'origin/main', () => true)).toEqual({ file: 'm.json', ref: 'origin/main' });
  });
  it('FILE@REF with a tag that holds "@" (the default {model}@v{version}): split at the first "@" after a path that exists', () => {
    const exists = (files: string[]) => (p: string) => files.includes(p);
    expect(splitFileAtRef('metrics.json@iris@v1.0.0', exists(['metrics.json']))).toEqual({ file: 'metrics.json', ref: 'iris@v1.0.0' });
    // A file only at the ref: the first "@".
    expect(splitFileAtRef('old/metrics.json@iris@v1.0.0', exists([]))).toEqual({ file: 'old/metrics.json', ref: 'iris@v1.0.0' });
    // Paths that hold "@": the first split whose file exists; the whole text when it is a file.
    expect(splitFileAtRef('runs@2/m.json@iris@v1', exists(['runs@2/m.json']))).toEqual({ file: 'runs@2/m.json', ref: 'iris@v1' });
    expect(splitFileAtRef('runs@2/m.json', exists(['runs@2/m.json']))).toEqual({ file: 'runs@2/m.json' });
    expect(splitFileAtRef('m.json@origin/main', exists(['m.json']))).toEqual({ file: 'm.json', ref: 'origin/main' });
    expect(splitFileAtRef('@x', exists([]))).toEqual({ file: '@x' });
    expect(splitFileAtRef('m.json@', exists([]))).toEqual({ file: 'm.json@' });
    expect(parseFileSpec('metrics.json@iris@v1.0.0', undefined, exists(['metrics.json']))).toEqual({ file: 'metrics.json', ref: 'iris@v1.0.0' });
  });
  it('reads a file at a git ref with git (no shell); absent at the ref → SourceNotFoundError; bad refs are refused', async () => {
    const repo = path.join(dir, 'repo');
    await mkdir(path.join(repo, 'sub'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    await writeFile(path.join(repo, 'sub', 'm.json'), '{"accuracy": 0.8}');
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    await writeFile(path.join(repo, 'sub', 'm.json'), '{"accuracy": 0.95}');
    await writeFile(path.join(repo, 'sub', 'new.json'), '{"accuracy": 0.5}');
    const rctx = { root: repo, resolvePath: (p: string) => path.resolve(repo, p) };
    const atMain = await createMetricSource('sub/m.json@main', rctx).read();
    expect(atMain.get('accuracy')).toEqual({ ok: true, value: 0.8 });
    expect(atMain.describe()).toBe('sub/m.json@main');
    expect((await createMetricSource('sub/m.json', rctx).read()).get('accuracy')).toEqual({ ok: true, value: 0.95 });
    await expect(createMetricSource('sub/new.json@main', rctx).read()).rejects.toThrow(/does not exist at git ref main/);
    await expect(createMetricSource('sub/m.json@nosuchbranch', rctx).read()).rejects.toThrow(/does not resolve to a commit/);
    await expect(createMetricSource({ file: 'sub/m.json', ref: '--output=/tmp/x' }, rctx).read()).rejects.toThrow(/not a git ref Modelship accepts/);
    await expect(createMetricSource({ file: 'sub/m.json', ref: 'main;touch${IFS}x' }, rctx).read()).rejects.toThrow(/does not resolve/);
    await expect(createMetricSource({ file: 'sub/m.json', ref: 'main x' }, rctx).read()).rejects.toThrow(/not a git ref Modelship accepts/);
  });
});

describe('reduceValues', () => {
  it('reduces in order; NaN propagates; quantiles interpolate', () => {
    expect(reduceValues([1, 2, 3, 4], 'last')).toBe(4);
    expect(reduceValues([1, 2, 3, 4], 'mean')).toBe(2.5);
    expect(reduceValues([1, 2, 3, 4, 5], 'p95')).toBeCloseTo(4.8, 12);
    expect(reduceValues([1, NaN], 'max')).toBeNaN();
    expect(reduceValues([1, Infinity], 'max')).toBe(Infinity);
    expect(() => reduceValues([], 'mean')).toThrow();
  });
});

describe('reading a metrics file', () => {
  it('refuses a FIFO (a read could block for ever) and a directory, naming the file; reads small and large files alike', async () => {
    const fifo = path.join(dir, 'metrics-fifo.json');
    execFileSync('mkfifo', [fifo]);
    await expect(read(fifo)).rejects.toThrow(`${fifo} is not a regular file`);
    await mkdir(path.join(dir, 'metrics-dir.json'));
    await expect(read(path.join(dir, 'metrics-dir.json'))).rejects.toThrow('is a directory, expected a file');
    // Above 1 MiB the file is read through the thread pool, below with one synchronous call: same answer.
    const padding = ' '.repeat(2 * 1024 * 1024);
    await writeFile(path.join(dir, 'small.json'), '\ufeff{"accuracy": 0.91}');
    await writeFile(path.join(dir, 'large.json'), `\ufeff{"accuracy": 0.91${padding}}`);
    for (const f of ['small.json', 'large.json']) expect((await read(path.join(dir, f))).get('accuracy')).toEqual({ ok: true, value: 0.91 });
  });
});
