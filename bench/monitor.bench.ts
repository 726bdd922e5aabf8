// Monitoring costs (docs/monitor.md), as ratios in one run:
// - profiling 1M rows x 20 numeric features from Parquet vs only reading the same file with the same reader
//   (target >= 0.5x the reading speed);
// - serve throughput with the live profile and feedback log on vs `--no-monitoring`, same model, same load,
//   rounds interleaved (target >= 0.95: the profile costs at most 5%);
// - drift between two profiles of 1M rows vs 10k rows: independent of the data's size.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readRowBatches } from '../src/batch/inputs.js';
import { createRandom } from '../src/core/stats/random.js';
import { computeDrift } from '../src/monitor/drift.js';
import { Profile } from '../src/monitor/profile.js';
import { profileData } from '../src/monitor/profile-data.js';
import { blast } from '../test/serve/support/load.js';
import { addVersion, IRIS_V2, writeRouting } from '../test/serve/support/repository.js';
import { medianMs, type BenchRow, type BenchSuite } from './harness.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ROWS = Number(process.env.MONITOR_BENCH_ROWS ?? 1_000_000);
const FEATURES = 20;

async function profileVsRead(): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-monitor-bench-'));
  try {
    const file = path.join(dir, 'data.parquet');
    const r = createRandom('monitor-bench');
    const names = Array.from({ length: FEATURES }, (_, j) => `f${j}`);
    const columnData = names.map((name, j) => ({ name, type: 'DOUBLE', data: Array.from({ length: ROWS }, () => j + r.normal()) }));
    await writeFile(file, Buffer.from(parquetWriteBuffer({ columnData: columnData as never, rowGroupSize: 65536 })));
    const input = { path: file, rel: 'data.parquet', format: 'parquet' as const };
    let checksum = 0;
    const readOnly = await medianMs(3, async () => {
      for await (const batch of readRowBatches(input, names)) for (const row of batch) for (const c of row.cells ?? []) checksum += c as number;
    });
    let profiled: Profile | undefined;
    const profile = await medianMs(3, async () => {
      profiled = (await profileData(file, dir)).profile;
    });
    if (!Number.isFinite(checksum) || profiled?.rows !== ROWS) throw new Error(`profiled ${profiled?.rows} rows of ${ROWS}`);
    // Drift between profiles: the same work at 1M rows as at 10k (the sketches are full in both).
    const small = new Profile();
    small.rows = 10_000;
    for (const name of names) for (let i = 0; i < 10_000; i++) small.feature('inputs', name).addNumber(r.normal());
    const big = await medianMs(5, () => computeDrift(profiled!, profiled!));
    const tenK = await medianMs(5, () => computeDrift(small, small));
    return [
      { name: `profile ${ROWS} rows x ${FEATURES} features from Parquet vs reading it`, value: (ROWS / profile) * 1000, reference: (ROWS / readOnly) * 1000, unit: 'rows/s', ratio: readOnly / profile, target: { min: 0.5 }, note: `read ${readOnly.toFixed(0)} ms, profile (read included) ${profile.toFixed(0)} ms; the same hyparquet reader` },
      { name: `drift between ${ROWS}-row profiles vs 10k-row profiles (${FEATURES} features)`, value: big, reference: tenK, unit: 'ms', ratio: big / tenK, target: { max: 2 }, note: 'sketch-sized work: independent of the rows profiled' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Server {
  url: string;
  /** CPU seconds the server process used so far (Linux /proc), or NaN elsewhere. */
  cpu(): number;
  stop(): Promise<void>;
}

async function serve(repository: string, extra: string[]): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/index.ts'), 'serve', '--repository', repository, '--port', '0', '--format', 'json', '--access-log', path.join(repository, `access-${extra.length}.log`), '--concurrency', '8', '--queue', '1024', ...extra], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      try {
        const msg = JSON.parse(line) as { event?: string; url?: string };
        if (msg.event === 'listening' && msg.url) resolve(msg.url);
      } catch {
        // not a JSON line
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const cpu = () => {
    try {
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return Number.NaN;
    }
  };
  return { url, cpu, stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM')))) };
}

async function serveCost(): Promise<BenchRow[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'modelship-monitor-serve-'));
  const servers: Server[] = [];
  try {
    await addVersion(root, 'iris', '2.0.0', IRIS_V2);
    await writeRouting(root, 'iris', { generation: 1, stable: '2.0.0' });
    const on = await serve(root, []);
    servers.push(on);
    const off = await serve(root, ['--no-monitoring']);
    servers.push(off);
    const request = { path: '/v2/models/iris/infer', body: Buffer.from(JSON.stringify({ id: 'bench', inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: [5.1, 3.5, 1.4, 0.2] }] })), headers: { 'content-type': 'application/json' } };
    for (const s of servers) await blast(s.url, request, { connections: 8, durationMs: 500 });
    const rounds: Array<{ on: number; off: number }> = [];
    const cpu = { on: { seconds: 0, requests: 0 }, off: { seconds: 0, requests: 0 } };
    const measured = async (which: 'on' | 'off') => {
      const s = which === 'on' ? on : off;
      const before = s.cpu();
      const r = await blast(s.url, request, { connections: 8, durationMs: 1000 });
      cpu[which].seconds += s.cpu() - before;
      cpu[which].requests += r.requests;
      return r;
    };
    for (let i = 0; i < 7; i++) {
      // The order alternates, so a neighbour's load that grows or fades through a round favours neither side.
      const first = await measured(i % 2 === 0 ? 'on' : 'off');
      const second = await measured(i % 2 === 0 ? 'off' : 'on');
      const [a, b] = i % 2 === 0 ? [first, second] : [second, first];
      if (a.errors > 0 || b.errors > 0) throw new Error(`failed requests under load: ${a.firstError ?? b.firstError}`);
      rounds.push({ on: a.perSecond, off: b.perSecond });
    }
    rounds.sort((x, y) => x.on / x.off - y.on / y.off);
    const mid = rounds[Math.floor(rounds.length / 2)];
    const perRequest = (c: { seconds: number; requests: number }) => (c.seconds / Math.max(1, c.requests)) * 1e6;
    return [
      { name: 'serve CPU per request with monitoring vs --no-monitoring', value: perRequest(cpu.on), reference: perRequest(cpu.off), unit: 'µs', ratio: perRequest(cpu.on) / perRequest(cpu.off), target: { max: 1.05 }, note: 'server process CPU (utime + stime, 10 ms ticks) over all rounds: what the profile costs, whatever the machine\'s other load does to throughput' },
      { name: 'serve throughput with monitoring vs --no-monitoring (iris, 1 row, JSON)', value: mid.on, reference: mid.off, unit: 'req/s', ratio: mid.on / mid.off, target: { min: 0.95 }, note: `median of 7 interleaved rounds (${rounds.map((x) => (x.on / x.off).toFixed(2)).join(', ')}); live profile + feedback log per request` }];
  } finally {
    for (const s of servers) await s.stop();
    await rm(root, { recursive: true, force: true });
  }
}

const suite: BenchSuite = {
  name: 'monitor',
  async run() {
    return [...(await profileVsRead()), ...(await serveCost())];
  },
};
export default suite;
