import { describe, expect, it } from '@jest/globals';
import { renderBadge } from '../../src/score/badge.js';
import { compareReports } from '../../src/score/compare.js';
import { cell, renderMarkdown } from '../../src/score/render/markdown.js';
import { renderText } from '../../src/score/render/text.js';
import { RUBRIC } from '../../src/score/rubric.js';
import { computeScore } from '../../src/score/scoring.js';
import type { ScoreReport, TestResult } from '../../src/score/types.js';
import { plain } from './support/repo.js';

function report(overrides: Partial<ScoreReport> = {}): ScoreReport {
  const tests: TestResult[] = RUBRIC.map((r) => ({ id: r.id, section: r.section, title: r.title, status: 'missing', points: 0, applicable: true, effort: r.effort, evidence: [] }));
  tests[0] = { ...tests[0], status: 'automated', points: 1, evidence: [{ kind: 'workflow', source: 'configured', level: 'automated', credited: true, description: 'run `a | b`\nthen <script>' }] };
  tests[1] = { ...tests[1], evidence: [{ kind: 'manual', source: 'configured', level: 'manual', credited: false, description: 'doc.md', problem: 'expired' }] };
  tests[8] = { ...tests[8], applicable: false, notApplicableReason: 'no online traffic' };
  const s = computeScore(tests, 'zero');
  return {
    score: s.score, band: s.band, bandDescription: s.bandDescription, sections: { data: 1, model: 0, infrastructure: 0, monitoring: 0 }, sectionDetail: s.sections, weakestSections: s.weakest,
    tests, findings: [{ severity: 'error', code: 'unknown-test-id', message: 'bad | id', location: { file: '/r/modelship.yml', line: 7, column: 5 } }],
    nextSteps: [], naPolicy: 'zero', minimum: 1, passed: false, rubric: 'breck-2017', scoring: { manual: 0.5, automated: 1, final: 'minimum of the four section scores' },
    root: '/r', config: '/r/modelship.yml', generatedAt: '2026-01-01T00:00:00.000Z', ...overrides,
  };
}

describe('Markdown summary', () => {
  it('escapes evidence text so tables hold and no HTML gets through', () => {
    expect(cell('a | b\nc <b>')).toBe('a \\| b c &lt;b>');
    const md = renderMarkdown(report());
    expect(md).toContain('✔ run `a \\| b` then &lt;script>');
    expect(md).toContain('✘ doc.md — *expired*');
    expect(md).toContain('➖ not applicable (no online traffic)');
    expect(md).toContain('| error | `/r/modelship.yml:7:5` | bad \\| id |');
    expect(md).toContain('❌ below the minimum 1');
    expect(md).not.toContain('Change against');
  });

  it('shows the change against the base with signed deltas', () => {
    const head = report();
    const base = report({ score: 0.5, band: '(0,1]', sections: { data: 0.5, model: 1, infrastructure: 0, monitoring: 0 } });
    base.tests = base.tests.map((t) => (t.id === 'data-1' ? { ...t, status: 'manual', points: 0.5 } : t));
    const md = renderMarkdown({ ...head, comparison: compareReports(head, base, 'main') });
    expect(md).toContain('**Change against main:** 0.5 → 0 (−0.5), band (0,1] → 0');
    expect(md).toContain('| `data-1` | manual | automated | +0.5 |');
    expect(md).toContain("| **Model** (weakest) | 0 | −1 | 0 | 0 | 6 |");
  });
});

describe('text report', () => {
  it('lists every test with its mark, points and evidence, and findings relative to cwd', () => {
    const text = renderText(report(), plain, '/r');
    expect(text.split('\n')[0]).toBe('ML Test Score 0 / 7 — band 0: More of a research project than a productionized system.');
    expect(text).toContain('  ● data-1      1  Feature expectations are captured in a schema. [automated]');
    expect(text).toContain('      ✘ doc.md — expired');
    expect(text).toContain('[not applicable: no online traffic]');
    expect(text).toContain('error modelship.yml:7:5: bad | id');
    expect(text).toContain('✗ score 0 is below the minimum 1');
  });
});

describe('badge', () => {
  it('escapes its label and widens with the text', () => {
    const a = renderBadge(2.5);
    const b = renderBadge(2.5, 'Score <&> of a much longer project name');
    expect(a).toContain('>2.5 / 7</text>');
    expect(b).toContain('Score &lt;&amp;&gt; of a much longer project name');
    const width = (svg: string) => Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)![1]);
    expect(width(b)).toBeGreaterThan(width(a));
    expect(renderBadge(1 / 3)).toContain('>0.33 / 7<');
  });
});
