// The embedded OIP v2 server against references measured in the same run, same model, same machine:
//  - throughput: `modelship serve` run as users run it (its own process, started from the CLI, access log
//    to a file) under closed-loop HTTP load from this process, against (a) a minimal hand-written node:http
//    + onnxruntime-node server on the same model (the target: >= 1.0 on the example model), (b) the
//    constant-answer node:http server (the ceiling of Node's HTTP here), (c) a bare onnxruntime-node loop
//    (one session, one thread, batch 1, back to back) in this process. All are measured in alternating
//    rounds (the order flips every round) and each figure is the median round's ratio, so a busy neighbour
//    on a shared machine hits both sides alike. Requests carry one row each, as JSON and as binary tensor
//    data; the server batches them dynamically.
//  - p99 latency of the server (reported beside the minimal server's p99);
//  - CPU per inference: the server process (all its threads) vs the bare loop, which is what the
//    throughput ratio becomes when the cores are shared with other work;
//  - memory per loaded version: RSS growth of a server process per version loaded vs of a process per bare
//    session created, both as separate processes on the same model file.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import ort from 'onnxruntime-node';
import { createLatencyHistogram, summarize } from '../src/bench/measure.js';
import { encodeMlp } from '../test/bench/support/mlp-model.js';
import { blast } from '../test/serve/support/load.js';
import { addVersion, metricSum, parseMetrics, writeRouting } from '../test/serve/support/repository.js';
import type { BenchRow, BenchSuite } from './harness.js';

const ROUNDS = 7;
const WINDOW_MS = 1000;
const CONNECTIONS = 8;
const SETTLE_MS = 12_000;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** CPU seconds used so far by the process (all threads), or undefined off Linux. */
  cpu(): number | undefined;
  rssMb(): number | undefined;
  stop(): Promise<void>;
}

/** `modelship serve` from the sources, in its own process, as a user starts it. */
async function serveProcess(repository: string, logDir: string, extra: string[] = []): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'src/cli/index.ts'), 'serve', '--repository', repository, '--port', '0', '--format', 'json', '--access-log', path.join(logDir, 'access.log'), ...extra],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return childServer(child);
}

/** Waits for the `{"event":"listening","url"}` line of a server process. */
async function childServer(child: ChildProcess): Promise<ServerProcess> {
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      try {
        const msg = JSON.parse(line) as { event?: string; url?: string };
        if (msg.event === 'listening' && msg.url) resolve(msg.url);
      } catch {
        // not a JSON line
      }
    });
    child.once('exit', (code) => reject(new Error(`the server process exited with ${code} before listening: ${stderr}`)));
  });
  const stat = (): string | undefined => {
    try {
      return readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    } catch {
      return undefined;
    }
  };
  const ticks = 100; // USER_HZ on Linux
  return {
    url,
    child,
    cpu() {
      const s = stat();
      if (!s) return undefined;
      const fields = s.slice(s.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / ticks;
    },
    rssMb() {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return m ? Number(m[1]) / 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The floor: a node:http server that reads the body, parses the JSON and answers a constant OIP response,
 * with no model and no validation. No Node HTTP server can answer faster on this machine, so the server's
 * throughput against it shows what the server itself costs beyond HTTP.
 */
const FLOOR_SERVER = `
  const http = require('node:http');
  const answer = JSON.stringify({ model_name: 'm', model_version: '1', outputs: [{ name: 'label', datatype: 'INT64', shape: [1], data: [0] }] });
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
      res.end(answer);
    });
  });
  server.keepAliveTimeout = 65000;
  server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ event: 'listening', url: 'http://127.0.0.1:' + server.address().port })));
  process.on('SIGTERM', () => process.exit(0));`;

async function floorProcess(): Promise<ServerProcess> {
  return childServer(spawn(process.execPath, ['-e', FLOOR_SERVER], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
}

/**
 * The reference the target is set against: the server a user would write by hand with node:http and
 * onnxruntime-node, one session on the main thread, no validation, no batching, no metrics, no log. It
 * reads the body, parses the JSON, runs the session on every input as FP32 and answers every output as JSON.
 */
const MINIMAL_SERVER = `
  const http = require('node:http');
  const ort = require('onnxruntime-node');
  const OIP = { float32: 'FP32', float64: 'FP64', int64: 'INT64', int32: 'INT32', bool: 'BOOL' };
  ort.InferenceSession.create(process.env.MODEL_FILE, { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' }).then((session) => {
    const server = http.createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', async () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const feeds = {};
        for (const t of body.inputs) feeds[t.name] = new ort.Tensor('float32', Float32Array.from(t.data.flat(Infinity)), t.shape);
        const r = await session.run(feeds);
        const outputs = session.outputNames.map((name) => ({ name, datatype: OIP[r[name].type], shape: r[name].dims, data: Array.from(r[name].data, Number) }));
        const answer = JSON.stringify({ model_name: 'm', model_version: '1', outputs });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
        res.end(answer);
      });
    });
    server.keepAliveTimeout = 65000;
    server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ event: 'listening', url: 'http://127.0.0.1:' + server.address().port })));
  });
  process.on('SIGTERM', () => process.exit(0));`;

async function minimalProcess(file: string): Promise<ServerProcess> {
  return childServer(spawn(process.execPath, ['-e', MINIMAL_SERVER], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MODEL_FILE: file } }));
}

interface Tally {
  count: number;
  cpu: number;
  /** Per round: answers per second and p99 latency (ms). */
  rates: number[];
  latencies: number[];
}
const tally = (): Tally => ({ count: 0, cpu: 0, rates: [], latencies: [] });

async function bareWindow(session: ort.InferenceSession, feeds: Record<string, ort.Tensor>, into: Tally): Promise<number> {
  const h = createLatencyHistogram();
  let n = 0;
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  const end = start + BigInt(WINDOW_MS * 1e6);
  while (process.hrtime.bigint() < end) {
    const t0 = process.hrtime.bigint();
    await session.run(feeds);
    h.recordValue(Math.max(1, Number(process.hrtime.bigint() - t0)));
    n++;
  }
  const cpu = process.cpuUsage(cpu0);
  into.count += n;
  into.rates.push(n / (Number(process.hrtime.bigint() - start) / 1e9));
  into.cpu += (cpu.user + cpu.system) / 1e6;
  into.latencies.push(summarize(h).p99);
  return n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The round whose ratio is the median of the rounds' ratios (ours / reference, measured back to back): a
 * neighbour's burst during one window moves one round, not the figure.
 */
function medianRound(ours: number[], reference: number[]): { value: number; reference: number; ratio: number } {
  const rounds = ours.map((v, i) => ({ value: v, reference: reference[i], ratio: v / reference[i] })).sort((a, b) => a.ratio - b.ratio);
  return rounds[Math.floor(rounds.length / 2)];
}

/** The lowest and highest round ratio, so a reader sees how steady the median is. */
function spread(ours: number[], reference: number[]): string {
  const ratios = ours.map((v, i) => v / reference[i]).sort((a, b) => a - b);
  return `rounds ${ratios[0].toFixed(2)}–${ratios[ratios.length - 1].toFixed(2)}`;
}

async function throughput(label: string, bytes: Buffer, targets: { bare?: number; minimal?: number }, note: string): Promise<BenchRow[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'modelship-serve-bench-'));
  const logs = await mkdtemp(path.join(os.tmpdir(), 'modelship-serve-bench-logs-'));
  let server: ServerProcess | undefined;
  let floor: ServerProcess | undefined;
  let minimal: ServerProcess | undefined;
  const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' });
  try {
    await addVersion(root, label, '1.0.0', bytes);
    await writeRouting(root, label, { generation: 1, stable: '1.0.0' });
    const modelFile = path.join(logs, 'model.onnx');
    await writeFile(modelFile, bytes);
    const row = new Float32Array(4).fill(0.5);
    const feeds = { features: new ort.Tensor('float32', row, [1, 4]) };
    for (let i = 0; i < 500; i++) await session.run(feeds);
    server = await serveProcess(root, logs, ['--concurrency', String(CONNECTIONS), '--queue', '1024']);
    floor = await floorProcess();
    minimal = await minimalProcess(modelFile);
    const infer = `/v2/models/${label}/infer`;
    const json = { path: infer, body: Buffer.from(JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', data: Array.from(row) }] })), headers: { 'content-type': 'application/json' } };
    const header = Buffer.from(JSON.stringify({ inputs: [{ name: 'features', shape: [1, 4], datatype: 'FP32', parameters: { binary_data_size: 16 } }], parameters: { binary_data_output: true } }));
    const binary = { path: infer, body: Buffer.concat([header, Buffer.from(row.buffer)]), headers: { 'content-type': 'application/octet-stream', 'inference-header-content-length': String(header.length) } };
    // Warm-up: both paths, and the batching probe is long done.
    for (const r of [json, binary]) {
      const w = await blast(server.url, r, { connections: CONNECTIONS, durationMs: 400 });
      if (w.errors > 0 || w.requests === 0) throw new Error(`${label}: the server failed under load: ${w.firstError ?? 'no answers'}`);
    }
    for (const reference of [floor, minimal]) {
      const w = await blast(reference.url, json, { connections: CONNECTIONS, durationMs: 400 });
      if (w.errors > 0 || w.requests === 0) throw new Error(`${label}: a reference server failed under load: ${w.firstError ?? 'no answers'}`);
    }
    const metricsBefore = parseMetrics(await (await fetch(`${server.url}/metrics`)).text());
    const bare = tally();
    const served = { json: tally(), binary: tally() };
    const floorTally = tally();
    const minimalTally = tally();
    const measure = async (kind: 'json' | 'binary', request: typeof json) => {
      const cpu0 = server?.cpu();
      const r = await blast((server as ServerProcess).url, request, { connections: CONNECTIONS, durationMs: WINDOW_MS });
      const cpu1 = server?.cpu();
      if (r.errors > 0) throw new Error(`${label}: ${r.errors} failed requests under load (${kind}): ${r.firstError}`);
      served[kind].count += r.requests;
      served[kind].rates.push(r.perSecond);
      served[kind].cpu += cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : NaN;
      served[kind].latencies.push(r.latency_ms.p99);
    };
    const reference = async (target: ServerProcess, into: Tally) => {
      const cpu0 = target.cpu();
      const r = await blast(target.url, json, { connections: CONNECTIONS, durationMs: WINDOW_MS });
      const cpu1 = target.cpu();
      into.cpu += cpu0 !== undefined && cpu1 !== undefined ? cpu1 - cpu0 : NaN;
      if (r.errors > 0) throw new Error(`${label}: ${r.errors} failed requests to a reference server: ${r.firstError}`);
      into.count += r.requests;
      into.rates.push(r.perSecond);
      into.latencies.push(r.latency_ms.p99);
    };
    // Alternating rounds; the order inside a round flips every round, so neither side always runs first
    // (right after the bare loop has warmed the caches, or right after the other server's burst).
    for (let round = 0; round < ROUNDS; round++) {
      const steps = [() => reference(minimal as ServerProcess, minimalTally), () => measure('json', json), () => reference(floor as ServerProcess, floorTally), () => measure('binary', binary)];
      if (round % 2) steps.reverse();
      await bareWindow(session, feeds, bare);
      for (const step of steps) await step();
    }
    const metricsAfter = parseMetrics(await (await fetch(`${server.url}/metrics`)).text());
    const delta = (name: string) => metricSum(metricsAfter, name, { model: label }) - metricSum(metricsBefore, name, { model: label });
    const meanBatch = delta('modelship_batch_size_sum') / Math.max(1, delta('modelship_batch_size_count'));
    const cores = os.cpus().length;
    const context = `${cores} cores shared with the load generator (and any neighbour); ${CONNECTIONS} connections, 1 row per request; mean batch ${meanBatch.toFixed(1)} requests per run; median of ${ROUNDS} alternating rounds`;
    const vsMinimal = medianRound(served.json.rates, minimalTally.rates);
    const vsFloor = medianRound(served.json.rates, floorTally.rates);
    const rows: BenchRow[] = [
      {
        name: `serve JSON throughput vs a minimal node:http + onnxruntime-node server (${label})`,
        ...vsMinimal,
        unit: 'requests/s',
        target: targets.minimal === undefined ? {} : { min: targets.minimal },
        note: `${note}; ${context} (${spread(served.json.rates, minimalTally.rates)}); the reference itself is at ${(median(minimalTally.rates.map((v, i) => v / floorTally.rates[i]))).toFixed(2)}× the constant-answer server`,
      },
      { name: `serve JSON throughput vs the constant-answer node:http server (${label})`, ...vsFloor, unit: 'requests/s', target: {}, note: `the ceiling: reads and parses the body and answers a constant, no model (${spread(served.json.rates, floorTally.rates)})` },
      { name: `serve binary-tensor throughput vs a minimal node:http + onnxruntime-node server (${label})`, ...medianRound(served.binary.rates, minimalTally.rates), unit: 'requests/s', target: {}, note: `requests and answers as binary tensor data (Inference-Header-Content-Length) against the reference's JSON (${spread(served.binary.rates, minimalTally.rates)})` },
      { name: `serve JSON throughput vs bare onnxruntime loop (${label})`, ...medianRound(served.json.rates, bare.rates), unit: 'inferences/s', target: targets.bare === undefined ? {} : { min: targets.bare }, note: `one session, one thread, batch 1, back to back in the bench process (${spread(served.json.rates, bare.rates)})` },
      { name: `serve JSON p99 vs minimal server p99 (${label})`, value: median(served.json.latencies), reference: median(minimalTally.latencies), unit: 'ms', ratio: median(served.json.latencies) / median(minimalTally.latencies), target: {}, note: `closed loop, ${CONNECTIONS} connections: includes the HTTP round trip and waiting for the batch in flight` },
    ];
    const cpuPer = (t: Tally) => (t.cpu / t.count) * 1e6;
    if (Number.isFinite(served.json.cpu)) {
      rows.push({ name: `serve CPU per request vs the minimal server's (${label})`, value: cpuPer(served.json), reference: cpuPer(minimalTally), unit: 'µs', ratio: cpuPer(served.json) / cpuPer(minimalTally), target: {}, note: `each server process, all threads, JSON; steadier than throughput when neighbours take the cores (constant-answer server: ${cpuPer(floorTally).toFixed(1)} µs)` });
      rows.push({ name: `serve CPU per inference vs bare loop (${label})`, value: cpuPer(served.json), reference: cpuPer(bare), unit: 'µs', ratio: cpuPer(served.json) / cpuPer(bare), target: {}, note: `server process, all threads, JSON (binary: ${cpuPer(served.binary).toFixed(1)} µs); the load generator's CPU is not counted` });
    }
    return rows;
  } finally {
    await server?.stop();
    await floor?.stop();
    await minimal?.stop();
    await session.release();
    await rm(root, { recursive: true, force: true });
    await rm(logs, { recursive: true, force: true });
  }
}

/** RSS of a process that created `count` bare sessions on `file` (in a child, like the server). */
async function bareSessionsRss(file: string, count: number): Promise<number> {
  const script = `
    import ort from 'onnxruntime-node';
    import { readFileSync } from 'node:fs';
    const bytes = readFileSync(${JSON.stringify(file)});
    const sessions = [];
    for (let i = 0; i < ${count}; i++) sessions.push(await ort.InferenceSession.create(bytes, { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' }));
    await new Promise((r) => setTimeout(r, 300));
    console.log(/VmRSS:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))[1]);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  return Number(out.trim()) / 1024;
}

/**
 * RSS of a server process on `root`: just after it listens (the model files just read are still garbage
 * in the workers' heaps) and once settled (V8 has collected them, within ~10 s of idling).
 */
async function serverRss(root: string, logs: string): Promise<{ loaded: number; settled: number }> {
  const s = await serveProcess(root, logs);
  try {
    await new Promise((r) => setTimeout(r, 300));
    const loaded = s.rssMb() ?? NaN;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    return { loaded, settled: s.rssMb() ?? NaN };
  } finally {
    await s.stop();
  }
}

async function memoryPerVersion(bytes: Buffer): Promise<BenchRow | undefined> {
  if (process.platform !== 'linux') return undefined;
  const MORE = 6;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'modelship-serve-bench-'));
  try {
    const file = path.join(dir, 'model.onnx');
    await writeFile(file, bytes);
    const bare = ((await bareSessionsRss(file, 1 + MORE)) - (await bareSessionsRss(file, 1))) / MORE;
    const one = path.join(dir, 'one');
    const many = path.join(dir, 'many');
    await addVersion(one, 'mem', '1.0.0', bytes);
    for (let i = 0; i <= MORE; i++) await addVersion(many, 'mem', `1.${i}.0`, bytes);
    await writeRouting(many, 'mem', { generation: 1, stable: '1.0.0', weights: Object.fromEntries(Array.from({ length: MORE + 1 }, (_, i) => [`1.${i}.0`, 1])) });
    const [a, b] = [await serverRss(many, dir), await serverRss(one, dir)];
    const ours = (a.settled - b.settled) / MORE;
    const justLoaded = (a.loaded - b.loaded) / MORE;
    return { name: 'RSS per loaded version vs a bare session', value: ours, reference: bare, unit: 'MB', ratio: ours / bare, target: {}, note: `growth from 1 to ${1 + MORE} versions of a ${(bytes.length / 2 ** 20).toFixed(1)} MB model, each side in its own process, once settled (${justLoaded.toFixed(1)} MB right after loading, while the read model files await collection); a version is a worker thread with its own session` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const suite: BenchSuite = {
  name: 'serve',
  async run() {
    const iris = await readFile(path.join(ROOT, 'examples/iris/models/iris-v2/model.onnx'));
    const memory = await memoryPerVersion(encodeMlp({ hidden: 1024, layers: 4 }));
    return [
      ...(await throughput('iris', iris, { minimal: 1.0 }, 'the example model (µs per inference): the HTTP round trip dominates')),
      ...(await throughput('mlp-256x2', encodeMlp({ hidden: 256, layers: 2 }), {}, 'very small model (tens of µs per inference)')),
      ...(await throughput('mlp-1024x2', encodeMlp({ hidden: 1024, layers: 2 }), { bare: 0.7 }, 'small model (4 MB, about 0.1 ms per inference)')),
      ...(memory ? [memory] : []),
    ];
  },
};
export default suite;
