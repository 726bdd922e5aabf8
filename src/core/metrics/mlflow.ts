import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MetricTree } from './tree.js';
import { parseNumber } from './numbers.js';
import { MetricSourceError, type MetricSet, type MetricSource, type SampleSet } from './source.js';
import { readTextFile } from './text-file.js';

/**
 * An MLflow run directory of the file store: `mlruns/<experiment>/<run>/metrics/<key>`, one line per
 * logged value, `<timestamp-ms> <value> <step>` (older files: no step = 0). Keys with `/` are nested
 * folders. The value is the latest one as MLflow's own `latest_metrics` defines it (highest step, then
 * newest timestamp) or, with `step`, the last value logged at that step; the history is kept as samples.
 */
export interface MlflowOptions {
  step?: number;
}

interface Point {
  timestamp: number;
  value: number;
  step: number;
  order: number;
}

export async function readMlflowRun(runDir: string, origin: string, options: MlflowOptions = {}): Promise<MetricSet> {
  const metricsDir = path.join(runDir, 'metrics');
  try {
    if (!(await stat(metricsDir)).isDirectory()) throw new Error('not a directory');
  } catch {
    throw new MetricSourceError(`${origin} is not an MLflow run directory: ${metricsDir} does not exist`, {
      hint: 'point at mlruns/<experiment-id>/<run-id> (the folder that holds meta.yaml, metrics/, params/)',
    });
  }
  const root: Record<string, number> = {};
  const samples = new Map<string, SampleSet>();
  const missing = new Map<string, string>();
  for (const key of await listFiles(metricsDir, '')) {
    const text = await readTextFile(path.join(metricsDir, key), 'MLflow metric file');
    const points = parseHistory(text, `${origin}/metrics/${key}`);
    const name = key.split(path.sep).join('/');
    if (points.length === 0) {
      missing.set(name, `metric "${name}" of ${origin} has no logged values`);
      continue;
    }
    const chosen = options.step === undefined ? points : points.filter((p) => p.step === options.step);
    if (chosen.length === 0) {
      missing.set(name, `metric "${name}" of ${origin} has no value at step ${options.step} (steps ${[...new Set(points.map((p) => p.step))].slice(0, 10).join(', ')})`);
      continue;
    }
    const latest = chosen.reduce((a, b) => (b.step > a.step || (b.step === a.step && (b.timestamp > a.timestamp || (b.timestamp === a.timestamp && b.order > a.order))) ? b : a));
    root[name] = latest.value;
    samples.set(name, { values: [...points].sort((a, b) => a.step - b.step || a.timestamp - b.timestamp || a.order - b.order).map((p) => p.value) });
  }
  return new MetricTree(origin, root, missing, samples);
}

function parseHistory(text: string, origin: string): Point[] {
  const points: Point[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const parts = line.trim().split(/\s+/);
    const [ts, v, st] = [parseNumber(parts[0] ?? ''), parseNumber(parts[1] ?? ''), parts[2] === undefined ? 0 : parseNumber(parts[2])];
    if (parts.length < 2 || parts.length > 3 || ts === undefined || v === undefined || st === undefined) {
      throw new MetricSourceError(`${origin}:${i + 1}: expected "<timestamp> <value> <step>", got ${JSON.stringify(line.slice(0, 60))}`);
    }
    points.push({ timestamp: ts, value: v, step: st, order: i });
  });
  return points;
}

async function listFiles(dir: string, prefix: string, depth = 0): Promise<string[]> {
  if (depth > 8) return [];
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel, depth + 1)));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

export class MlflowRunSource implements MetricSource {
  constructor(private readonly runDir: string, private readonly options: MlflowOptions = {}, private readonly label = runDir) {}
  describe(): string {
    return `MLflow run ${this.label}${this.options.step === undefined ? '' : ` at step ${this.options.step}`}`;
  }
  read(): Promise<MetricSet> {
    return readMlflowRun(this.runDir, this.label, this.options);
  }
}
