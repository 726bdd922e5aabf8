import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode, ModelshipError } from '../core/errors.js';
import { nodeFs, writeAtomically } from './fs-port.js';
import type { BatchMergeRequest } from './request.js';
import type { BatchManifest } from './run.js';

export interface MergeResult {
  manifest: BatchManifest;
  manifestPath: string;
  exitCode: ExitCode;
}

/**
 * Checks that N shard manifests cover every chunk of every input exactly once (same model bytes, same
 * inputs, same chunking; each shard index once; each output file present with its sha256), then writes
 * the combined manifest. A duplicate or a gap is a refusal naming what is wrong; nothing is written then.
 */
export async function mergeShards(request: BatchMergeRequest): Promise<MergeResult> {
  const found: Array<{ file: string; manifest: BatchManifest }> = [];
  for (const source of request.sources) {
    const info = await stat(source).catch(() => undefined);
    if (!info) throw new ModelshipError(`${source}: no such folder or manifest`);
    const files = info.isDirectory() ? (await readdir(source)).filter((n) => /^manifest-shard-\d+-of-\d+\.json$/.test(n)).sort().map((n) => path.join(source, n)) : [source];
    if (files.length === 0) throw new ModelshipError(`${source}: no shard manifest (manifest-shard-I-of-N.json)`);
    for (const file of files) {
      let manifest: BatchManifest;
      try {
        manifest = JSON.parse(await readFile(file, 'utf8')) as BatchManifest;
      } catch (err) {
        throw new ModelshipError(`${file}: not a readable manifest: ${(err as Error).message}`);
      }
      if (manifest.kind !== 'run' || !manifest.shard) throw new ModelshipError(`${file}: not the manifest of a shard run`);
      found.push({ file, manifest });
    }
  }
  const first = found[0].manifest;
  const refuse = (message: string, hint?: string): never => {
    throw new ModelshipError(`cannot merge: ${message}`, { exitCode: ExitCode.Failed, hint });
  };
  const count = first.shard.count;
  const byIndex = new Map<number, string>();
  for (const { file, manifest: m } of found) {
    if (m.shard.count !== count) refuse(`${file} is shard ${m.shard.index}/${m.shard.count}, ${found[0].file} is of ${count} shards`);
    if (m.sha256 !== first.sha256 || m.version !== first.version) refuse(`${file} scored with ${m.model} ${m.version} (sha256 ${m.sha256.slice(0, 12)}), ${found[0].file} with ${first.version} (sha256 ${first.sha256.slice(0, 12)})`);
    if (m.chunkRows !== first.chunkRows || m.outputFormat !== first.outputFormat) refuse(`${file} used other chunking or output format than ${found[0].file}`);
    if (JSON.stringify(m.inputs.map((i) => [i.path, i.sha256, i.rows])) !== JSON.stringify(first.inputs.map((i) => [i.path, i.sha256, i.rows]))) refuse(`${file} read other inputs (paths, sha256 or rows differ) than ${found[0].file}`);
    const seen = byIndex.get(m.shard.index);
    if (seen !== undefined) refuse(`shard ${m.shard.index}/${count} appears twice: ${seen} and ${file}`, 'keep one manifest per shard (a re-run shard writes the same chunks: drop the older copy)');
    byIndex.set(m.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !byIndex.has(i));
  if (missing.length > 0) refuse(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing`, 'run the missing shards (or pass their folders) before merging');

  // Every chunk of every input exactly once.
  const owner = new Map<string, string>();
  for (const { file, manifest: m } of found) {
    for (const c of m.chunks) {
      const key = `${c.source}#${c.chunk}`;
      const other = owner.get(key);
      if (other !== undefined) refuse(`chunk ${c.chunk} of ${c.source} is in ${other} and in ${file}`);
      owner.set(key, file);
    }
  }
  for (const input of first.inputs) {
    for (let c = 0; c < input.chunks; c++) if (!owner.has(`${input.path}#${c}`)) refuse(`chunk ${c} of ${input.path} (rows ${c * first.chunkRows + 1}-${Math.min((c + 1) * first.chunkRows, input.rows)}) is in no shard manifest`);
  }
  const totalChunks = first.inputs.reduce((n, i) => n + i.chunks, 0);
  if (owner.size !== totalChunks) refuse(`the shards hold ${owner.size} chunks, the inputs make ${totalChunks}`);

  // Outputs on disk as recorded; paths rewritten relative to the merged manifest.
  const outputs: BatchManifest['outputs'] = [];
  const chunks: BatchManifest['chunks'] = [];
  const errorFiles: string[] = [];
  for (const { file, manifest: m } of found.sort((a, b) => a.manifest.shard.index - b.manifest.shard.index)) {
    const dir = path.dirname(file);
    for (const o of m.outputs) {
      const at = path.join(dir, o.path);
      const sha = await readFile(at).then((b) => createHash('sha256').update(b).digest('hex'), () => undefined);
      if (sha !== o.sha256) refuse(`${at}: ${sha ? `sha256 ${sha.slice(0, 12)}, the manifest says ${o.sha256.slice(0, 12)}` : 'missing'}`);
      outputs.push({ ...o, path: relative(request.outputDir, at) });
    }
    for (const c of m.chunks) chunks.push({ ...c, path: relative(request.outputDir, path.join(dir, c.path)), errorsPath: c.errorsPath ? relative(request.outputDir, path.join(dir, c.errorsPath)) : undefined });
    if (m.errors.path) errorFiles.push(path.join(dir, m.errors.path));
  }
  outputs.sort((a, b) => (a.source === b.source ? a.chunk - b.chunk : first.inputs.findIndex((i) => i.path === a.source) - first.inputs.findIndex((i) => i.path === b.source)));
  chunks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const errorRows = found.reduce((n, f) => n + f.manifest.errors.rows, 0);
  let errorsPath: string | null = null;
  let errorsSha: string | null = null;
  if (errorRows > 0) {
    // Errors in input order (source file order, then row), whichever shard found them.
    const records: Array<{ source: string; row: number }> = [];
    for (const f of errorFiles) for (const line of (await readFile(f, 'utf8')).split('\n')) if (line) records.push(JSON.parse(line) as { source: string; row: number });
    const order = new Map(first.inputs.map((i, k) => [i.path, k]));
    records.sort((a, b) => ((order.get(a.source) ?? 0) - (order.get(b.source) ?? 0)) || a.row - b.row);
    const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    errorsPath = 'errors.jsonl';
    errorsSha = createHash('sha256').update(text).digest('hex');
    await nodeFs.mkdir(request.outputDir);
    await writeAtomically(nodeFs, path.join(request.outputDir, errorsPath), text, randomBytes(4).toString('hex'));
  }
  const starts = found.map((f) => Date.parse(f.manifest.startedAt));
  const ends = found.map((f) => Date.parse(f.manifest.endedAt));
  const rows = found.reduce((n, f) => n + f.manifest.rows, 0);
  const sourceRows = chunks.reduce((n, c) => n + c.sourceRows, 0);
  const durationMs = Math.max(...ends) - Math.min(...starts);
  const errorRate = sourceRows === 0 ? 0 : errorRows / sourceRows;
  const manifest: BatchManifest = {
    ...first,
    kind: 'merged',
    status: found.every((f) => f.manifest.status === 'succeeded') && errorRate <= first.maxErrorRate ? 'succeeded' : 'failed',
    outputs,
    chunks,
    errors: { rows: errorRows, path: errorsPath, sha256: errorsSha },
    rows,
    rows_per_s: durationMs > 0 ? Math.round((rows / durationMs) * 10000) / 10 : 0,
    shard: { index: 0, count },
    errorRate,
    startedAt: new Date(Math.min(...starts)).toISOString(),
    endedAt: new Date(Math.max(...ends)).toISOString(),
    durationMs,
    throughput: [],
    resumedChunks: found.reduce((n, f) => n + f.manifest.resumedChunks, 0),
  };
  const manifestPath = path.join(request.outputDir, 'manifest.json');
  await nodeFs.mkdir(request.outputDir);
  await writeAtomically(nodeFs, manifestPath, `${JSON.stringify(manifest, null, 2)}\n`, randomBytes(4).toString('hex'));
  return { manifest, manifestPath, exitCode: manifest.status === 'succeeded' ? ExitCode.Pass : ExitCode.Failed };
}

function relative(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}
