import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseConfig } from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';
import { parseBaseReport } from '../../src/score/compare.js';
import { scoreRepository } from '../../src/score/evaluate.js';
import { checkDependabot, checkRenovate } from '../../src/score/evidence/config-file.js';
import { parseIsoDate } from '../../src/score/evidence/manual.js';
import type { RepoFiles } from '../../src/score/repo/files.js';
import { normalizeRelative } from '../../src/score/repo/files.js';
import { nameMatches, pathMatches, scanTestFile } from '../../src/score/test-index.js';
import { shellCommands } from '../../src/score/shell.js';
import { findRunners } from '../../src/score/test-runners.js';
import { parseWorkflow } from '../../src/score/workflows.js';

const WORKFLOW = `name: CI
on:
  push: { branches: [main] }
  schedule: [{ cron: "0 1 * * *" }]
jobs:
  test:
    if: github.event_name == 'push'
    needs: [lint]
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m pytest
  lint:
    steps: [{ run: ruff . }]
`;

/** Random edits of a valid text: deletions, insertions and replaced characters. */
const mutated = (base: string) =>
  fc.array(fc.tuple(fc.nat(base.length), fc.nat(8), fc.string({ maxLength: 6 })), { maxLength: 6 }).map((edits) => {
    let s = base;
    for (const [at, del, ins] of edits) s = s.slice(0, at % (s.length + 1)) + ins + s.slice((at % (s.length + 1)) + del);
    return s;
  });

const YAMLISH = fc.oneof(fc.string({ maxLength: 300 }), mutated(WORKFLOW), fc.jsonValue().map((v) => stringify(v)));

describe('parsers never crash or hang on random and mutated input', () => {
  it('workflow parser: a workflow or findings, never an exception', () => {
    fc.assert(
      fc.property(YAMLISH, (text) => {
        const r = parseWorkflow('.github/workflows/x.yml', text, '/r/x.yml');
        expect(r.workflow !== undefined || r.findings.length > 0).toBe(true);
        for (const f of r.findings) expect(f.message).toMatch(/x\.yml/);
      }),
      { numRuns: 400 },
    );
  });

  it('test scanner: tests with ids that are rubric ids only', () => {
    const python = 'import pytest\n\n@pytest.mark.ml_test_score("model-6")\ndef test_data_1_a():\n    pass\n';
    const js = "describe('[infra-2] x', () => { it('model-6 y', () => {}); });\n";
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), mutated(python), mutated(js)), fc.constantFrom('tests/test_a.py', 'src/a.test.ts'), (text, file) => {
        for (const t of scanTestFile(file, text)) {
          for (const id of t.ids) expect(id).toMatch(/^(data|model|infra|monitor)-[1-7]$/);
          expect(t.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('run-script splitter and runner finder: commands or nothing, never an exception', async () => {
    const script = 'pip install pytest && CI=1 uv run python -m pytest -q tests || true\ncd web; npm test -- --ci # done\nbash -c "make test"';
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), mutated(script)), async (text) => {
        for (const c of shellCommands(text)) {
          expect(c.argv.length).toBeGreaterThan(0);
          expect(c.line).toBeGreaterThanOrEqual(1);
        }
        const workflow = parseWorkflow('.github/workflows/x.yml', `on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - run: ${JSON.stringify(text)}\n`, '/r/x.yml').workflow;
        if (!workflow) return;
        workflow.active = true;
        workflow.jobs[0].active = true;
        const files = { listFiles: async () => [], readText: async () => '{"scripts":{"test":"npm test"}}', kind: async () => undefined, label: 'x', root: '/r', live: false };
        const runners = await findRunners({ workflows: [workflow], findings: [], activeSteps: workflow.jobs[0].steps.map((step) => ({ workflow, job: workflow.jobs[0], step })), activeCalls: [] }, files);
        for (const r of runners) expect(['python', 'javascript']).toContain(r.invocation.language);
      }),
      { numRuns: 300 },
    );
  });

  it('base report reader: a report or one clear error', () => {
    const good = JSON.stringify({ score: 1, band: '(0,1]', sections: { data: 1, model: 1, infrastructure: 1, monitoring: 1 }, tests: [{ id: 'data-1', status: 'automated', points: 1 }] });
    fc.assert(
      fc.property(fc.oneof(mutated(good), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        try {
          expect(typeof parseBaseReport(text, 'b.json').score).toBe('number');
        } catch (err) {
          expect((err as Error).message).toMatch(/^b\.json is not/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('Dependabot and Renovate checks: undefined or a reason', () => {
    const dependabot = 'version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule: { interval: weekly }\n';
    fc.assert(
      fc.property(fc.oneof(mutated(dependabot), fc.string({ maxLength: 200 })), (text) => {
        for (const r of [checkDependabot(text), checkRenovate('renovate.json', text), checkRenovate('renovate.json5', text)]) {
          if (r !== undefined) expect(typeof r).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('patterns, dates and paths: total functions', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        expect(typeof nameMatches(a, b)).toBe('boolean');
        expect(typeof pathMatches(a, b)).toBe('boolean');
        const d = parseIsoDate(a);
        if (d !== undefined) expect(new Date(d).toISOString().slice(0, 10)).toBe(a.trim());
        const n = normalizeRelative(a);
        if (n !== undefined) expect(n.split('/')).not.toContain('..');
      }),
      { numRuns: 500 },
    );
  });

  it('random score sections: a ConfigError or a report, never a crash', async () => {
    const empty: RepoFiles = { label: 'empty', root: '/nonexistent', live: false, listFiles: async () => [], readText: async () => undefined, kind: async () => undefined };
    const entry = fc.record({
      manual: fc.option(fc.record({ document: fc.string(), reviewer: fc.string(), date: fc.oneof(fc.string(), fc.constant('2026-01-01'), fc.constant('2999-01-01')) }), { nil: undefined }),
      automated: fc.option(fc.record({ config: fc.string(), command: fc.array(fc.string(), { maxLength: 2 }) }, { requiredKeys: [] }), { nil: undefined }),
      notApplicable: fc.option(fc.string(), { nil: undefined }),
    }, { requiredKeys: [] });
    const section = fc.record({
      minimum: fc.option(fc.double({ noNaN: true }), { nil: undefined }),
      notApplicable: fc.option(fc.constantFrom('zero', 'exclude', 'other'), { nil: undefined }),
      tests: fc.dictionary(fc.oneof(fc.constantFrom('data-1', 'model-6', 'monitor-7', 'infra-9'), fc.string({ maxLength: 8 })), entry, { maxKeys: 4 }),
    }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(section, async (score) => {
        const text = stringify({ version: 1, models: { m: { path: 'm.onnx' } }, score: JSON.parse(JSON.stringify(score)) });
        let loaded;
        try {
          loaded = parseConfig(text, '/r/modelship.yml');
        } catch (err) {
          expect(err).toBeInstanceOf(ConfigError);
          return;
        }
        const report = await scoreRepository({ loaded, repo: empty, now: new Date('2026-06-01T00:00:00Z') });
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(7);
        for (const f of report.findings.filter((x) => x.test !== undefined && x.location)) expect(f.location!.file).toBe('/r/modelship.yml');
      }),
      { numRuns: 150 },
    );
  });
});
