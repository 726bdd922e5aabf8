import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cp, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FEATURES, IRIS, IRIS_CSV, snapshot, tempDir } from './helpers.js';

const REPO = path.resolve('.');
const TSX = pathToFileURL(path.join(REPO, 'node_modules/tsx/dist/loader.mjs')).href;
const CLI = path.join(REPO, 'src/cli/index.ts');
const CHUNK_ROWS = 1000;

/** `modelship batch run` as its own process, as a scheduler runs it (the source through tsx: dist may be stale). */
function startRun(root: string, out: string, extra: string[] = []) {
  const args = ['--import', TSX, CLI, 'batch', 'run', '--model', 'iris@2.0.0', '--artifact', 'model.onnx', '--input', 'big.csv', '--output', out, '--columns', `features=${FEATURES.join(',')}`, '--id', 'id', '--chunk-rows', String(CHUNK_ROWS), ...extra];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, exit };
}

async function committedChunks(out: string): Promise<number> {
  const text = await readFile(path.join(out, '.modelship-batch/progress.json'), 'utf8').catch(() => '');
  if (!text) return 0;
  try {
    return Object.keys((JSON.parse(text) as { chunks: object }).chunks).length;
  } catch {
    return 0; // renamed into place atomically, so never partial; tolerate anyway
  }
}

describe('batch run killed for real', () => {
  it('SIGKILLed after its first committed chunk, then resumed: the output is byte-identical to an uninterrupted run', async () => {
    const root = await tempDir('batch-kill-');
    await cp(path.join(IRIS, 'models/iris-v2/model.onnx'), path.join(root, 'model.onnx'));
    await writeFile(path.join(root, 'modelship.yml'), 'version: 1\nmodels:\n  iris:\n    path: model.onnx\n    format: onnx\n');
    // 120,000 rows (iris repeated, with a row id): 120 chunks, far more than are written before the kill.
    const rows = (await readFile(IRIS_CSV, 'utf8')).trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 4).join(','));
    const lines = [`${FEATURES.join(',')},id`];
    for (let i = 0; i < 120_000; i++) lines.push(`${rows[i % rows.length]},${i}`);
    await writeFile(path.join(root, 'big.csv'), `${lines.join('\n')}\n`);

    const clean = await startRun(root, 'clean').exit;
    expect(clean).toMatchObject({ code: 0 });

    const killed = startRun(root, 'killed');
    let seen = 0;
    for (let waited = 0; seen === 0 && waited < 120_000; waited += 10) {
      await new Promise((r) => setTimeout(r, 10));
      seen = await committedChunks(path.join(root, 'killed'));
    }
    expect(seen).toBeGreaterThan(0);
    killed.child.kill('SIGKILL');
    const end = await killed.exit;
    expect(end.signal).toBe('SIGKILL');
    // Killed mid-run: no manifest, fewer chunk files than the clean run, nothing written under a final name half-way.
    const names = await readdir(path.join(root, 'killed'));
    expect(names).not.toContain('manifest.json');
    const parts = names.filter((n) => n.startsWith('part-'));
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.length).toBeLessThan(120);
    const cleanNames = new Set(await readdir(path.join(root, 'clean')));
    for (const p of parts) {
      expect(cleanNames.has(p)).toBe(true);
      // A committed chunk's bytes are final (a chunk renamed but not yet recorded is scored again and replaced).
      expect((await stat(path.join(root, 'killed', p))).size).toBe((await stat(path.join(root, 'clean', p))).size);
    }

    const resumed = await startRun(root, 'killed', ['--resume', '--format', 'json']).exit;
    expect(resumed).toMatchObject({ code: 0 });
    const manifest = JSON.parse(await readFile(path.join(root, 'killed/manifest.json'), 'utf8')) as { resumedChunks: number; rows: number };
    expect(manifest.resumedChunks).toBeGreaterThan(0);
    expect(manifest.rows).toBe(120_000);
    expect(await snapshot(path.join(root, 'killed'))).toEqual(await snapshot(path.join(root, 'clean')));
  }, 240_000);
});
