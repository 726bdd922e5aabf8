import { describe, expect, it } from '@jest/globals';
import { encodeChunk, type ChunkTable } from '../../src/batch/writers.js';

describe('CSV encoding of a chunk', () => {
  it('quotes only text that needs it; numbers, bigints, NaN, infinities and -0 as before the fast writer', () => {
    const table: ChunkTable = {
      passthrough: ['id', 'n'],
      ids: [['a', 'b,c', ' d', 'e"f', undefined, null, 'x\ny'], [1, 2.5, NaN, Infinity, -Infinity, 10n, true]],
      rows: 7,
      outputs: [
        { name: 'label', dtype: 'int64', rowSize: 1, values: BigInt64Array.from([1n, -2n, 3n, 4n, 5n, 6n, 7n]) },
        { name: 'p', dtype: 'float32', rowSize: 2, values: Float32Array.from([0.1, NaN, Infinity, -Infinity, -0, 1e-40, 3.4e38, 0.5, 1, 2, 3, 4, 5, 6]) },
        { name: 's', dtype: 'string', rowSize: 1, values: ['q', 'w,e', '', ' r', 's"', 't', 'u'] },
      ],
    };
    expect(encodeChunk(table, 'csv').toString()).toBe(
      'id,n,label,p_0,p_1,s\n' +
        'a,1,1,0.10000000149011612,nan,q\n' +
        '"b,c",2.5,-2,inf,-inf,"w,e"\n' +
        '" d",nan,3,0,9.99994610111476e-41,\n' +
        '"e""f",inf,4,3.3999999521443642e+38,0.5," r"\n' +
        ',-inf,5,1,2,"s"""\n' +
        ',10,6,3,4,t\n' +
        '"x\ny",true,7,5,6,u\n',
    );
  });
});
