import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { tableCell, tableRow, withoutHtml } from '../../src/core/markdown.js';
import { plansMarkdown } from '../../src/version/render.js';
import type { VersionPlan } from '../../src/version/analyze.js';

/**
 * The cells of one GFM table row, split as GitHub's parser (cmark-gfm) splits them: `\\|` is part of a cell,
 * any other `|` ends one.
 */
function splitRow(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && row[i + 1] === '|') {
      current += '\\|';
      i++;
    } else if (row[i] === '|') {
      cells.push(current);
      current = '';
    } else current += row[i];
  }
  cells.push(current);
  // A row starts and ends with a pipe: drop the empty text outside them.
  return cells.slice(1, -1);
}

describe('tableCell', () => {
  it('keeps any text inside its cell and its row', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', '|', '\\', '\n', '\r', ' ', '`', '<') }), { minLength: 1, maxLength: 4 }), (texts) => {
        const row = tableRow(texts.map((t) => `x${tableCell(t)}x`));
        expect(row).not.toMatch(/[\r\n]/);
        // Every pipe of the text is escaped: the row splits into exactly the cells given.
        expect(splitRow(row)).toHaveLength(texts.length);
      }),
    );
  });

  it('escapes pipes and turns every kind of line break into a space', () => {
    expect(tableCell('a|b\r\nc\rd\ne')).toBe('a\\|b c d e');
  });

  it('withoutHtml leaves no tag opener', () => {
    expect(withoutHtml('<img src=x onerror=alert(1)> a < b')).toBe('&lt;img src=x onerror=alert(1)> a &lt; b');
  });
});

describe('a table that used its own escaping', () => {
  it('version plans: a reason with a carriage return stays in its row (it ended the row before)', () => {
    const plan: VersionPlan = {
      model: 'iris',
      current: '1.0.0',
      next: '2.0.0',
      bump: 'major',
      tag: 'iris@v2.0.0',
      reasons: [{ bump: 'major', kind: 'signature', message: 'input x removed\rnow y | z' } as VersionPlan['reasons'][number]],
      previousTag: 'iris@v1.0.0',
      commit: 'a'.repeat(40),
      prerelease: null,
    };
    const row = plansMarkdown([plan]).split('\n').find((l) => l.startsWith('| major | signature |'));
    expect(row).toBe('| major | signature | input x removed now y \\| z |');
  });
});
