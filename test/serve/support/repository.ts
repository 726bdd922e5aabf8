/**
 * Lays out a local model repository per the serve ↔ deploy contract, the way the local provider does:
 * version folders complete before they appear (written aside, then renamed), routing.json replaced by rename.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples/iris/models');
export const IRIS_V1 = path.join(EXAMPLES, 'iris-v1/model.onnx');
export const IRIS_V2 = path.join(EXAMPLES, 'iris-v2/model.onnx');
export const IRIS_DEGRADED = path.join(EXAMPLES, 'iris-degraded/model.onnx');

export async function tempRepository(): Promise<{ root: string; cleanup(): Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'modelship-serve-'));
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export async function addVersion(root: string, model: string, version: string, source: string | Buffer, opts: { sha256?: string } = {}): Promise<void> {
  const bytes = typeof source === 'string' ? await readFile(source) : source;
  const sha256 = opts.sha256 ?? createHash('sha256').update(bytes).digest('hex');
  const staging = path.join(root, model, `.staging-${version}-${process.hrtime.bigint()}`);
  await mkdir(staging, { recursive: true });
  await writeFile(path.join(staging, 'model.onnx'), bytes);
  await writeFile(path.join(staging, 'SHA256SUMS'), `${sha256}  model.onnx\n`);
  await writeFile(path.join(staging, 'metadata.json'), JSON.stringify({ model, version, sha256, format: 'onnx', deployedAt: new Date().toISOString() }));
  await rename(staging, path.join(root, model, version));
}

export interface RoutingInput {
  generation: number;
  stable: string;
  candidate?: string | null;
  previous?: string | null;
  weights?: Record<string, number>;
  headerRoutes?: Array<{ header: string; value: string; version: string }>;
  sticky?: { header: string } | null;
  shadow?: { version: string; percent: number } | null;
  strategy?: string;
}

export function routingJson(model: string, r: RoutingInput): string {
  return JSON.stringify({
    schema: 1,
    model,
    generation: r.generation,
    stable: r.stable,
    candidate: r.candidate ?? null,
    previous: r.previous ?? null,
    weights: r.weights ?? { [r.stable]: 100 },
    headerRoutes: r.headerRoutes ?? [],
    sticky: r.sticky ?? null,
    shadow: r.shadow ?? null,
    strategy: r.strategy ?? 'direct',
    updatedAt: new Date().toISOString(),
  });
}

export async function writeRouting(root: string, model: string, r: RoutingInput): Promise<void> {
  const file = path.join(root, model, 'routing.json');
  const tmp = `${file}.${process.pid}.${process.hrtime.bigint()}.tmp`;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(tmp, routingJson(model, r));
  await rename(tmp, file);
}

/** The iris request body for `rows` rows. */
export function irisBody(rows = 1, id?: string): string {
  const data: number[] = [];
  for (let i = 0; i < rows; i++) data.push(5.1 + i * 0.01, 3.5, 1.4, 0.2);
  return JSON.stringify({ ...(id ? { id } : {}), inputs: [{ name: 'features', shape: [rows, 4], datatype: 'FP32', data }] });
}

/** Parses Prometheus text into `name{labels}` → value for assertions. */
export function parseMetrics(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const m = /^(\S+?)(\{.*\})? (\S+)$/.exec(line);
    if (m) out.set(`${m[1]}${m[2] ?? ''}`, Number(m[3]));
  }
  return out;
}

/** Sum of a metric over series whose labels include every given label. */
export function metricSum(metrics: Map<string, number>, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const [key, value] of metrics) {
    if (!key.startsWith(`${name}{`) && key !== name) continue;
    if (Object.entries(labels).every(([k, v]) => key.includes(`${k}="${v}"`))) sum += value;
  }
  return sum;
}

/** Polls until `check` holds (repository changes are picked up asynchronously). */
export async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for: ${what}`);
}
