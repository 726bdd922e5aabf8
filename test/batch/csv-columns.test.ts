import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { csvIsPlain, plainCsvHeader, readColumnBlocks } from '../../src/batch/csv-columns.js';
import { readRowBatches } from '../../src/batch/inputs.js';
import { planColumns, TensorBuilder, type ColumnPlan } from '../../src/batch/mapping.js';
import { tempDir } from './helpers.js';

// The fast CSV reader against the general path (csv-parse + the TensorBuilder) on the same bytes: the same
// rows, lines, values and error messages, whatever the file holds.

type Seen = { row: number; line?: number; values: number[]; ids: unknown[] } | { row: number; line?: number; error: string };

const INPUTS = [{ name: 'x', dtype: 'float32', shape: ['batch', 3] as Array<string | number> }];

function planFor(header: string[], columns = ['a', 'b', 'c'], ids = ['id']): ColumnPlan {
  return planColumns('t.csv', INPUTS, header, { x: columns }, ids);
}

async function general(file: string, plan: ColumnPlan): Promise<Seen[]> {
  const out: Seen[] = [];
  for await (const batch of readRowBatches({ path: file, rel: 't.csv', format: 'csv' }, plan.wanted)) {
    for (const r of batch) {
      if (r.error !== undefined || !r.cells) {
        out.push({ row: r.row, line: r.line, error: r.error ?? 'unreadable row' });
        continue;
      }
      const builder = new TensorBuilder(plan, 1);
      const why = builder.add(r.cells);
      if (why !== undefined) out.push({ row: r.row, line: r.line, error: why });
      else out.push({ row: r.row, line: r.line, values: Array.from(builder.columns()[0] as Float32Array), ids: r.cells.slice(plan.wanted.length - plan.passthrough.length) });
    }
  }
  return out;
}

async function fast(file: string, plan: ColumnPlan, blockRows: number): Promise<Seen[] | undefined> {
  const header = await plainCsvHeader(file, plan);
  if (!header) return undefined;
  const out: Seen[] = [];
  let expectedFirst = 1;
  for await (const b of readColumnBlocks(file, plan, header, blockRows, () => true)) {
    expect(b.firstRow).toBe(expectedFirst);
    expectedFirst += blockRows;
    const kept: Seen[] = [];
    for (let k = 0; k < b.rows; k++) kept.push({ row: b.rowOf[k], line: b.lineOf?.[k], values: Array.from(b.inputs[0].subarray(k * 3, k * 3 + 3)), ids: b.ids.map((c) => c[k]) });
    const all = [...kept, ...b.errors.map((e) => ({ row: e.row, line: e.line, error: e.reason }))].sort((x, y) => x.row - y.row);
    expect(all.length).toBe(b.sourceRows);
    out.push(...all);
  }
  return out;
}

async function both(text: string | Buffer, blockRows = 3, columns?: string[]): Promise<{ plain: boolean; general: Seen[]; fast: Seen[] | undefined }> {
  const dir = await tempDir('csv-columns-');
  const file = path.join(dir, 't.csv');
  await writeFile(file, text);
  const headerRow = (typeof text === 'string' ? text : text.toString('utf8')).replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
  const plan = planFor(headerRow, columns);
  return { plain: await csvIsPlain(file), general: await general(file, plan), fast: await fast(file, plan, blockRows) };
}

describe('the fast CSV reader reads what csv-parse reads', () => {
  it.each([
    ['LF', 'a,b,c,id\n1,2,3,r1\n4,5,6,r2\n'],
    ['CRLF', 'a,b,c,id\r\n1,2,3,r1\r\n4,5,6,r2\r\n'],
    ['a BOM', '\uFEFFa,b,c,id\n1,2,3,r1\n'],
    ['no final line ending', 'a,b,c,id\n1,2,3,r1\n4,5,6,r2'],
    ['blank lines (skipped, lines still counted)', 'a,b,c,id\n\n1,2,3,r1\n\n\n4,5,6,r2\n\n'],
    ['blank CRLF lines', 'a,b,c,id\r\n\r\n1,2,3,r1\r\n\r\n4,5,6,r2\r\n'],
    ['empty fields', 'a,b,c,id\n,2,3,r1\n1,,3,\n1,2,,r3\n,,,\n'],
    ['ragged rows, short and long, and a bad value in one', 'a,b,c,id\n1,2,r1\n1,2,3,r2,extra\nx,2,3\n7,8,9,r4\n'],
    ['a whitespace-only line', 'a,b,c,id\n   \n1,2,3,r1\n'],
    ['exponents, signs, dots', 'a,b,c,id\n1e3,-2.5E-2,+.5,r1\n5.,1e+2,-0,r2\n1e,e1,.,r3\n-,+,1.2.3,r4\n'],
    ['NaN and infinities (refused as the general path refuses them)', 'a,b,c,id\nNaN,1,2,r1\ninf,1,2,r2\n-Infinity,1,2,r3\nnan,1,2,r4\n'],
    ['out of float range and long mantissas', 'a,b,c,id\n1e400,-1e-400,3.4028235e38,r1\n0.1234567890123456789012,12345678901234567890,1e-30,r2\n9007199254740993,0.30000000000000004,1e22,r3\n1e23,123456789012345.6,2.2250738585072014e-308,r4\n'],
    ['spaces around numbers (the general converter accepts them)', 'a,b,c,id\n 1,2 , 3 ,r1\n\t4,5,6,r2\n'],
    ['hex, thousands separators, text', 'a,b,c,id\n0x10,1_000,1 000,r1\nabc,1,2,r2\n'],
    ['unicode ids', 'a,b,c,id\n1,2,3,élan\n4,5,6,日本\n'],
    ['columns in another order, extra columns, ids in the middle', 'c,id,z,a,b\n3,r1,zz,1,2\n6,r2,,4,5\n'],
    ['a header only', 'a,b,c,id\n'],
    ['rows across several blocks', `a,b,c,id\n${Array.from({ length: 20 }, (_, i) => `${i},${i / 10},${i * 1e-3},r${i}`).join('\n')}\n`],
  ])('%s', async (_, text) => {
    const r = await both(text);
    expect(r.plain).toBe(true);
    expect(r.fast).toEqual(r.general);
  });

  it('a huge line across the reader’s 1 MiB reads', async () => {
    const big = 'i'.repeat((1 << 20) + 7);
    const r = await both(`a,b,c,id\n1,2,3,${big}\n4,5,6,r2\n7,8,9,${big}x\n`, 2);
    expect(r.plain).toBe(true);
    expect(r.fast).toEqual(r.general);
    expect((r.fast?.[2] as { ids: string[] }).ids[0]).toHaveLength((1 << 20) + 8);
  });

  it('a file with a quote, a bare CR or mixed line endings is not plain: the general path reads it', async () => {
    const dir = await tempDir('csv-columns-');
    const file = path.join(dir, 't.csv');
    for (const text of ['a,b,c,id\n1,2,3,"r1"\n', 'a,b,c,id\r1,2,3,r1\r', 'a,b,c,id\r\n1,2,3,r1\n4,5,6,r2\r\n', 'a,b,c,id\n1,2,3,r\r1\n', 'a,b,c,id\n1,2,3,r1\r']) {
      await writeFile(file, text);
      expect(await csvIsPlain(file)).toBe(false);
    }
    // A CRLF split across the reader's 1 MiB reads is still one CRLF.
    await writeFile(file, `a,b,c,id\r\n1,2,3,${'i'.repeat((1 << 20) - 17)}\r\n4,5,6,r2\r\n`);
    expect(await csvIsPlain(file)).toBe(true);
  });

  it('a column mapped twice or missing from the header leaves the file to the general path', async () => {
    const dir = await tempDir('csv-columns-');
    const file = path.join(dir, 't.csv');
    await writeFile(file, 'a,b,c,id\n1,2,3,r1\n');
    expect(await plainCsvHeader(file, planFor(['a', 'b', 'c', 'id'], ['a', 'a', 'b']))).toBeUndefined();
    expect(await plainCsvHeader(file, planFor(['a', 'b', 'c', 'id'], ['a', 'b', 'c'], ['a']))).toBeUndefined();
  });

  it('random plain files (property): same rows, lines, values and errors', async () => {
    const cell = fc.stringMatching(/^[-+0-9.eE ax]{0,8}$/);
    const line = fc.array(cell, { minLength: 0, maxLength: 6 }).map((cells) => cells.join(','));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 12 }), fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 5 }), async (lines, crlf, bom, blockRows) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = `${bom ? '\uFEFF' : ''}a,b,c,id${eol}${lines.join(eol)}${lines.length > 0 && lines.length % 2 === 0 ? eol : ''}`;
        const r = await both(text, blockRows);
        expect(r.plain).toBe(true);
        expect(r.fast).toEqual(r.general);
      }),
      { numRuns: 150, seed: 19 },
    );
  });
});
