/**
 * Pickle scanning: O(opcodes) time and bounded memory (DESIGN.md performance targets).
 * - a 14 MB opcode-heavy pickle (2M ints, 200k strings) scanned in < 1 s: ratio = our ms / 1000 ms;
 * - its peak RSS growth < 64 MB: ratio = growth / 64 MB;
 * - a 256 MB BINBYTES blob pickle: RSS growth stays bounded (ratio vs 64 MB), and the scan time relative
 *   to merely reading the file (informational: we skip the payload, so we should be far faster).
 * Each scan runs in a fresh child process so peak RSS (`maxRSS`) is the scan's own.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, openSync, writeSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow, BenchSuite } from './harness.js';

const MB = 1024 * 1024;
const here = fileURLToPath(import.meta.url);

function writeOpcodeHeavy(file: string): number {
  const fd = openSync(file, 'w');
  const chunks: Buffer[] = [Buffer.from([0x80, 0x04, 0x5d, 0x94])]; // PROTO 4, EMPTY_LIST, MEMOIZE
  let size = 0;
  const flush = (): void => { const b = Buffer.concat(chunks); size += b.length; writeSync(fd, b); chunks.length = 0; };
  for (let batch = 0; batch < 2000; batch++) {
    const b = Buffer.alloc(1 + 1000 * 5 + 1);
    b[0] = 0x28; // MARK
    for (let i = 0; i < 1000; i++) { b[1 + i * 5] = 0x4a; b.writeInt32LE(batch * 1000 + i + 70000, 2 + i * 5); } // BININT
    b[b.length - 1] = 0x65; // APPENDS
    chunks.push(b);
    if (batch % 100 === 99) flush();
  }
  for (let batch = 0; batch < 200; batch++) {
    const parts: Buffer[] = [Buffer.from([0x28])];
    for (let i = 0; i < 1000; i++) {
      const s = Buffer.from(`feature_${batch}_${i}_xyz`);
      parts.push(Buffer.from([0x8c, s.length]), s, Buffer.from([0x94])); // SHORT_BINUNICODE + MEMOIZE
    }
    parts.push(Buffer.from([0x65]));
    chunks.push(Buffer.concat(parts));
  }
  chunks.push(Buffer.from([0x2e]));
  flush();
  closeSync(fd);
  return size;
}

function writeBlob(file: string, bytes: number): void {
  const fd = openSync(file, 'w');
  const head = Buffer.alloc(11);
  head[0] = 0x80; head[1] = 0x04; head[2] = 0x8e; // PROTO 4, BINBYTES8
  head.writeBigUInt64LE(BigInt(bytes), 3);
  writeSync(fd, head);
  const chunk = Buffer.alloc(8 * MB, 0x41);
  for (let left = bytes; left > 0; left -= chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, left));
  writeSync(fd, Buffer.from([0x2e]));
  closeSync(fd);
}

interface WorkerResult { ms: number; rssGrowthMb: number; findings: number }

function runWorker(file: string): WorkerResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', here], { env: { ...process.env, PICKLE_BENCH_WORKER: file }, maxBuffer: 1 << 20 });
  return JSON.parse(out.toString().trim().split('\n').pop() as string) as WorkerResult;
}

async function readAllMs(file: string): Promise<number> {
  const t0 = process.hrtime.bigint();
  for await (const _ of createReadStream(file, { highWaterMark: 4 * MB })) { /* read only */ }
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function worker(file: string): Promise<void> {
  const { openFileSource } = await import('../src/validate/sources.js');
  const { scanPickles } = await import('../src/validate/pickle/machine.js');
  const { PicklePolicy } = await import('../src/validate/pickle/policy.js');
  const policy = new PicklePolicy(['pytorch', 'numpy', 'sklearn', 'data']);
  const limits = { maxPickleOpcodes: 50_000_000, maxPickleMemo: 1_000_000, timeoutMs: 60_000 };
  // Warm the code paths on a tiny pickle so the figure is the scan, not module compilation.
  const { bufferSource } = await import('../src/validate/sources.js');
  await scanPickles(bufferSource('warm', Buffer.from([0x80, 4, 0x5d, 0x4b, 1, 0x61, 0x2e])), { policy, limits });
  const base = process.memoryUsage().rss;
  const { source, close } = await openFileSource(file);
  const t0 = process.hrtime.bigint();
  const r = await scanPickles(source, { policy, limits });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  await close();
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ ms, rssGrowthMb: Math.max(0, peak - base) / MB, findings: r.findings.length }));
}

const suite: BenchSuite = {
  name: 'pickle',
  async run(): Promise<BenchRow[]> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'modelship-pickle-bench-'));
    try {
      const heavy = path.join(dir, 'opheavy.pkl');
      const size = writeOpcodeHeavy(heavy);
      const h = runWorker(heavy);
      const blob = path.join(dir, 'blob.pkl');
      writeBlob(blob, 256 * MB);
      const b = runWorker(blob);
      const readMs = await readAllMs(blob);
      if (h.findings || b.findings) throw new Error(`benchmark pickles produced findings (${h.findings}, ${b.findings})`);
      return [
        { name: `scan ${(size / MB).toFixed(1)} MB opcode-heavy pickle (2M ints, 200k strings) vs 1 s budget`, value: h.ms, reference: 1000, unit: 'ms', ratio: h.ms / 1000, target: { max: 1 } },
        { name: 'peak RSS growth scanning it vs 64 MB budget', value: h.rssGrowthMb, reference: 64, unit: 'MB', ratio: h.rssGrowthMb / 64, target: { max: 1 } },
        { name: 'peak RSS growth scanning a 256 MB BINBYTES8 blob pickle vs 64 MB budget', value: b.rssGrowthMb, reference: 64, unit: 'MB', ratio: b.rssGrowthMb / 64, target: { max: 1 } },
        { name: 'scan of the 256 MB blob vs merely reading the file (informational)', value: b.ms, reference: readMs, unit: 'ms', ratio: b.ms / readMs, target: {}, note: 'payload bytes are skipped, not read' },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;

if (process.env.PICKLE_BENCH_WORKER) await worker(process.env.PICKLE_BENCH_WORKER);
