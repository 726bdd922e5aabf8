import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fc from 'fast-check';
import { writeFile } from 'node:fs/promises';
import { resolveBenchSettings } from '../../src/bench/config.js';
import { runBenchmark } from '../../src/bench/run.js';
import { parseCommandOutput } from '../../src/bench/runners/command.js';
import { ModelshipError } from '../../src/core/errors.js';
import { parseConfig } from '../../src/core/config.js';
import { tempProject, type TempProject } from './support/project.js';

const plan = { durationMs: 100, warmupMs: 0, batch: 2 };

describe('command runner', () => {
  let project: TempProject;
  beforeAll(async () => {
    project = await tempProject({ m: {} });
    await writeFile(project.file('good.mjs'), `const n = 50; const lat = Array.from({length: n}, (_, i) => 1 + (i % 5) * 0.1);\nconsole.log('some log line');\nconsole.log(JSON.stringify({ latencies_ms: lat, rss_mb: 42, load_ms: 7, batch: Number(process.env.MODELSHIP_BENCH_BATCH), arg: process.argv[2] }));\n`);
    await writeFile(project.file('garbage.mjs'), `console.log('Traceback: something went wrong');\n`);
    await writeFile(project.file('fails.mjs'), `console.error('no GPU'); process.exit(3);\n`);
  });
  afterAll(async () => project.cleanup());

  const run = (argv: string[]) => {
    const text = `version: 1\nmodels:\n  m:\n    path: m.onnx\nbench:\n  runner: command\n  command: ${JSON.stringify(argv)}\n`;
    const loaded = parseConfig(text, project.file('modelship.yml'));
    return runBenchmark({ settings: resolveBenchSettings(loaded, { trials: 3, durationMs: 10, warmupMs: 0, batchSizes: [2] }), loaded, cwd: project.dir });
  };

  it('runs the command once per trial with placeholders and reads its JSON', async () => {
    const report = await run([process.execPath, project.file('good.mjs'), '{batch}']);
    const [r] = report.results;
    expect(r.runner).toBe('command');
    expect(r.trials).toHaveLength(3);
    expect(r.samples).toBe(150);
    expect(r.latency_ms.p50).toBeCloseTo(1.2, 2);
    expect(r.rss_mb).toBe(42);
    expect(r.loadMs).toBe(7);
    expect(r.target).toContain('good.mjs {batch}');
  });

  it('refuses garbage output, a failing command and a missing one', async () => {
    await expect(run([process.execPath, project.file('garbage.mjs')])).rejects.toThrow(/printed no JSON object; its output was: Traceback/);
    await expect(run([process.execPath, project.file('fails.mjs')])).rejects.toThrow(/exited with 3: no GPU/);
    await expect(run(['/nonexistent/benchmark-tool'])).rejects.toThrow(/command not found/);
  });

  it('accepts a summary shape and refuses malformed ones', () => {
    const r = parseCommandOutput('{"samples": 10, "latency_ms": {"p50": 2, "mean": 2.5, "p99": 9}}', plan, 'cmd');
    expect(r.latency_ms.p99).toBe(9);
    expect(r.throughput_per_s).toBeCloseTo(800, 6);
    for (const bad of ['{"latencies_ms": []}', '{"latencies_ms": [1, -2]}', '{"latencies_ms": ["1"]}', '{"samples": 0, "latency_ms": {"p50": 1, "mean": 1}}', '[1,2]', '{"samples": 3}']) {
      expect(() => parseCommandOutput(bad, plan, 'cmd')).toThrow(ModelshipError);
    }
  });

  it('property: any output either parses to finite figures or fails with a clear error', () => {
    const json = fc.oneof(
      fc.json(),
      fc.record({ latencies_ms: fc.array(fc.oneof(fc.double(), fc.integer(), fc.string()), { maxLength: 20 }) }).map((o) => JSON.stringify(o)),
      fc.record({ samples: fc.oneof(fc.integer(), fc.double()), latency_ms: fc.dictionary(fc.constantFrom('p50', 'mean', 'p99'), fc.double()) }).map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(json, fc.string()), { maxLength: 4 }), (lines) => {
        try {
          const r = parseCommandOutput(lines.join('\n'), plan, 'cmd');
          expect(Number.isFinite(r.latency_ms.p50)).toBe(true);
          expect(Number.isFinite(r.throughput_per_s)).toBe(true);
          expect(r.samples).toBeGreaterThan(0);
        } catch (err) {
          expect(err).toBeInstanceOf(ModelshipError);
          expect((err as Error).message).toMatch(/cmd: /);
        }
      }),
      { numRuns: 500 },
    );
  });
});
