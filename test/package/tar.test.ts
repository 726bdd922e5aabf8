import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import { listTarEntries, tarStream } from '../../src/package/tar.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'modelship-tar-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const segment = fc.stringMatching(/^[a-zA-Z0-9_][a-zA-Z0-9._ -]{0,60}$/).filter((s) => s !== '.' && s !== '..' && !s.endsWith(' ') && !s.endsWith('.'));
const tree = fc.uniqueArray(fc.tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.uint8Array({ maxLength: 2000 })), { minLength: 1, maxLength: 8, selector: ([parts]) => parts.join('/').toLowerCase() });

describe('the reproducible tar writer, read back by GNU tar', () => {
  it('any folder of files (long names, nesting, empty files) lists and extracts exactly', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(tree, async (files) => {
        const root = path.join(tmp, `case-${run++}`);
        const names: string[] = [];
        for (const [parts, bytes] of files) {
          const rel = parts.join('/');
          // A file path that is also a folder of another entry cannot exist on disk: skip such cases.
          if (names.some((n) => n.startsWith(`${rel}/`) || rel.startsWith(`${n}/`))) continue;
          await mkdir(path.join(root, 'in', ...parts.slice(0, -1)), { recursive: true });
          await writeFile(path.join(root, 'in', ...parts), bytes);
          names.push(rel);
        }
        const tarFile = path.join(root, 'layer.tar');
        await pipeline(tarStream(await listTarEntries(path.join(root, 'in')), 1_700_000_000), createWriteStream(tarFile));
        const listed = execFileSync('tar', ['-tf', tarFile]).toString().trim().split('\n');
        expect(listed).toEqual([...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
        await mkdir(path.join(root, 'out'));
        execFileSync('tar', ['-xf', tarFile, '-C', path.join(root, 'out')]);
        for (const [parts, bytes] of files) {
          if (!names.includes(parts.join('/'))) continue;
          expect(await readFile(path.join(root, 'out', ...parts))).toEqual(Buffer.from(bytes));
        }
        await rm(root, { recursive: true, force: true });
      }),
      { numRuns: 15 },
    );
  });

  it('refuses a symlink inside the folder (it could point outside)', async () => {
    await mkdir(path.join(tmp, 'links'));
    await symlink('/etc/passwd', path.join(tmp, 'links', 'escape'));
    await expect(listTarEntries(path.join(tmp, 'links'))).rejects.toThrow(/escape is not a regular file or folder/);
  });
});
