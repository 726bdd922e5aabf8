import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import * as H from './corpus/healthy.js';
import { osSystem } from './corpus/malicious.js';

/** CPython's disassembler (never unpickles) agrees with our writer: the corpus is real pickles. */
function hasPython(): boolean {
  try { execFileSync('python3', ['-c', 'import pickletools'], { stdio: 'ignore' }); return true; } catch { return false; }
}

const DIS = 'import pickletools,sys\nf=open(sys.argv[1],"rb")\nfor _ in range(int(sys.argv[2])):\n  pickletools.dis(f, out=open("/dev/null","w"))\nprint(f.tell())';

describe('corpus writer vs pickletools.dis', () => {
  const run = hasPython() ? it : it.skip;
  const files: Array<[string, Buffer, number]> = [
    ['sklearn', H.sklearnLogisticRegression(), 1],
    ['torch data.pkl', H.torchStateDictPickle(), 1],
    ['protocol 0', H.protocol0Data(), 1],
    ['object array', H.objectArrayPickle(), 1],
    ['legacy torch (5 pickles)', H.pytorchLegacy(), 5],
    ['os.system', osSystem(), 1],
  ];
  run('every healthy and malicious pickle disassembles to its last byte', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'modelship-pickletools-'));
    try {
      for (const [name, data, count] of files) {
        const file = path.join(dir, 'p.pkl');
        writeFileSync(file, data);
        const end = Number(execFileSync('python3', ['-c', DIS, file, String(count)]).toString().trim());
        const expected = name.startsWith('legacy') ? data.length - (8 + 12 * 4) - (8 + 3 * 4) : data.length;
        expect([name, end]).toEqual([name, expected]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
