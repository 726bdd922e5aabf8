import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Counter, Gauge, type Registry } from 'prom-client';
import { computeDrift, type DriftReport } from '../monitor/drift.js';
import { addCell, Profile } from '../monitor/profile.js';
import { FeedbackStore, type FeedbackOptions, type Prediction } from './feedback.js';

/**
 * What serve watches per model version: a rolling profile of the inputs it receives and the outputs it
 * answers (fixed memory: `windows` profiles of `windowRows` rows each, the oldest dropped whole), drift of
 * that profile against the version's reference profile (`<root>/<model>/<version>/reference-profile.json`,
 * optional), and the quality that feedback brings (feedback.ts). Everything is exported on /metrics as
 * gauges computed at scrape time.
 */
export interface MonitorOptions {
  /** Rows per window of the rolling profile (default 1000). */
  windowRows?: number;
  /** Full windows kept (default 10): the profile covers them and the window filling now, at most (windows + 1) x windowRows rows. */
  windows?: number;
  /** Drift is exported once the live profile holds this many rows (default 100): drift on a handful of rows is noise. */
  minRows?: number;
  feedback?: FeedbackOptions;
}

/** A tensor with more values per row than this is not profiled (an image is not a set of features). */
export const MAX_VALUES_PER_ROW = 64;
export const REFERENCE_FILE = 'reference-profile.json';
const REFERENCE_RETRY_MS = 60_000;

export interface ReferenceProfile {
  profile?: Profile;
  problem?: string;
}

interface Tensor {
  name: string;
  dims: readonly number[];
  data: ArrayLike<unknown>;
}

/**
 * A float32 as the decimal it was written as: 5.1 arrives as 5.099999904632568, which would never tie with
 * the reference's 5.1 (read from text as a double) and would make KS see drift in identical data. The value
 * rounded to 6 decimals is used when it is the same float32; otherwise the float32 itself.
 */
function decimalOf(x: number): number {
  const y = Math.round(x * 1e6) / 1e6;
  return Math.fround(y) === x ? y : x;
}

interface Slot {
  perRow: number;
  rank: number;
  features: ReturnType<Profile['feature']>[];
}

/** The last few windows of rows: the live profile of one version. */
class RollingProfile {
  private readonly done: Profile[] = [];
  private current = new Profile();

  constructor(private readonly windowRows: number, private readonly windows: number) {}

  /** The current window's feature profiles of each tensor, so a request builds no names and no arrays. */
  private slots = { inputs: new Map<string, Slot>(), outputs: new Map<string, Slot>() };

  add(side: 'inputs' | 'outputs', tensors: readonly Tensor[], rowsCounted: boolean): void {
    let rows = 0;
    for (const t of tensors) {
      const n = t.dims.length === 0 ? 1 : t.dims[0];
      if (n > rows) rows = n;
      const perRow = n === 0 ? 0 : t.data.length / n;
      if (perRow > MAX_VALUES_PER_ROW || !Number.isInteger(perRow)) continue;
      let slot = this.slots[side].get(t.name);
      if (!slot || slot.perRow !== perRow || slot.rank !== t.dims.length) {
        slot = { perRow, rank: t.dims.length, features: Array.from({ length: perRow }, (_, j) => this.current.feature(side, perRow === 1 && t.dims.length <= 1 ? t.name : `${t.name}[${j}]`)) };
        this.slots[side].set(t.name, slot);
      }
      const features = slot.features;
      const data = t.data;
      if (data instanceof Float32Array) {
        for (let r = 0; r < n; r++) for (let j = 0; j < perRow; j++) addCell(features[j], decimalOf(data[r * perRow + j]), false);
      } else for (let r = 0; r < n; r++) for (let j = 0; j < perRow; j++) addCell(features[j], data[r * perRow + j], false);
    }
    if (!rowsCounted) return;
    this.current.rows += rows;
    if (this.current.rows >= this.windowRows) {
      this.done.push(this.current);
      if (this.done.length > this.windows) this.done.shift();
      this.current = new Profile();
      this.slots = { inputs: new Map(), outputs: new Map() };
    }
  }

  rows(): number {
    return this.done.reduce((s, p) => s + p.rows, this.current.rows);
  }

  snapshot(): Profile {
    const merged = new Profile();
    for (const p of [...this.done, this.current]) merged.merge(p);
    return merged;
  }
}

/** The prediction of each row for feedback: the first one-value-per-row output, else the argmax of the first output. */
export function rowPredictions(outputs: readonly Tensor[]): Prediction[] {
  const perRowOf = (t: Tensor) => (t.dims.length === 0 ? 1 : t.data.length / Math.max(1, t.dims[0]));
  const single = outputs.find((t) => perRowOf(t) === 1);
  const toPrediction = (v: unknown): Prediction => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' || typeof v === 'string' ? v : String(v));
  if (single) return Array.from({ length: single.data.length }, (_, i) => toPrediction(single.data[i]));
  const first = outputs[0];
  if (!first) return [];
  const k = perRowOf(first);
  const rows = first.data.length / k;
  return Array.from({ length: rows }, (_, r) => {
    let best = 0;
    for (let j = 1; j < k; j++) if (Number(first.data[r * k + j]) > Number(first.data[r * k + best])) best = j;
    return best;
  });
}

export class ServeMonitor {
  readonly feedback: FeedbackStore;
  private readonly profiles = new Map<string, { model: string; version: string; profile: RollingProfile }>();
  /** model -> version -> the entry above, so a request looks its profile up without building a key. */
  private readonly byModel = new Map<string, Map<string, RollingProfile>>();
  private readonly references = new Map<string, { at: number; profile: Promise<ReferenceProfile> }>();
  private readonly windowRows: number;
  private readonly windows: number;
  private readonly minRows: number;

  constructor(private readonly root: string, registry: Registry, options: MonitorOptions = {}) {
    this.windowRows = options.windowRows ?? 1000;
    this.windows = options.windows ?? 10;
    this.minRows = options.minRows ?? 100;
    for (const [name, v] of [['windowRows', this.windowRows], ['windows', this.windows], ['minRows', this.minRows]] as const) {
      if (!(Number.isInteger(v) && v >= 1)) throw new RangeError(`serve monitoring ${name} must be a positive integer, got ${v}`);
    }
    this.feedback = new FeedbackStore(options.feedback);
    this.registerMetrics(registry);
  }

  /** One answered request: its inputs and outputs join the version's live profile; its predictions are logged when it has an id. */
  observe(model: string, version: string, id: string | undefined, inputs: readonly Tensor[], outputs: readonly Tensor[]): void {
    let versions = this.byModel.get(model);
    if (!versions) this.byModel.set(model, (versions = new Map()));
    let profile = versions.get(version);
    if (!profile) {
      profile = new RollingProfile(this.windowRows, this.windows);
      versions.set(version, profile);
      this.profiles.set(JSON.stringify([model, version]), { model, version, profile });
    }
    profile.add('inputs', inputs, false);
    profile.add('outputs', outputs, true);
    if (id !== undefined) this.feedback.logPrediction(model, version, id, rowPredictions(outputs));
  }

  /**
   * The live profile of a version, or undefined when it has answered nothing yet. Tensor slots are named by
   * the reference profile's `tensors` when it has them (`features[2]` -> petal_length).
   */
  async profile(model: string, version: string): Promise<Profile | undefined> {
    const live = this.profiles.get(JSON.stringify([model, version]))?.profile.snapshot();
    if (!live) return undefined;
    const reference = await this.reference(model, version);
    return reference ? live.renamed(reference.tensors) : live;
  }

  /** Drift of the live profile against the version's reference profile; undefined without either, or below minRows. */
  async drift(model: string, version: string): Promise<{ report: DriftReport; rows: number } | undefined> {
    const live = await this.profile(model, version);
    if (!live || live.rows < this.minRows) return undefined;
    const reference = await this.reference(model, version);
    if (!reference) return undefined;
    return { report: computeDrift(reference, live), rows: live.rows };
  }

  /** The reference profile beside the model, or undefined without a usable one. */
  async reference(model: string, version: string): Promise<Profile | undefined> {
    return (await this.referenceStatus(model, version)).profile;
  }

  /**
   * The reference profile and why there is none: read once per version, and again after a minute when it
   * was absent or broken (a reference added beside a live version is picked up without a restart).
   */
  referenceStatus(model: string, version: string): Promise<ReferenceProfile> {
    const k = JSON.stringify([model, version]);
    const cached = this.references.get(k);
    if (cached && Date.now() - cached.at < REFERENCE_RETRY_MS) return cached.profile;
    const file = path.join(this.root, model, version, REFERENCE_FILE);
    const profile = readFile(file, 'utf8').then(
      (text): ReferenceProfile => {
        try {
          return { profile: Profile.fromJSON(JSON.parse(text), REFERENCE_FILE) };
        } catch (err) {
          return { problem: (err as Error).message };
        }
      },
      (): ReferenceProfile => ({ problem: `no ${REFERENCE_FILE} beside the model (make one with modelship monitor profile)` }),
    );
    // A usable reference is kept for good: a version's files never change once served.
    void profile.then((r) => this.references.set(k, { at: r.profile ? Infinity : Date.now(), profile }));
    this.references.set(k, { at: Date.now(), profile });
    return profile;
  }

  private registerMetrics(registry: Registry): void {
    const monitor = this;
    const versions = () => [...this.profiles.values()];
    // One drift computation per scrape, shared by the three drift gauges (a registry collects them concurrently).
    let pending: Promise<Array<{ model: string; version: string; report: DriftReport }>> | undefined;
    const driftNow = () =>
      (pending ??= (async () => {
        try {
          const out: Array<{ model: string; version: string; report: DriftReport }> = [];
          for (const { model, version } of versions()) {
            const drift = await monitor.drift(model, version);
            if (drift) out.push({ model, version, report: drift.report });
          }
          return out;
        } finally {
          setImmediate(() => (pending = undefined));
        }
      })());
    new Gauge({
      name: 'modelship_drift_share',
      help: 'Share of input features drifted in the live traffic of a version, against its reference profile.',
      labelNames: ['model', 'version'],
      registers: [registry],
      async collect() {
        const all = await driftNow();
        this.reset();
        for (const { model, version, report } of all) this.set({ model, version }, report.share);
      },
    });
    new Gauge({
      name: 'modelship_drift_score',
      help: "Drift score of each feature of the live traffic against the reference profile (the method's statistic; see docs/monitor.md), by model, version, side (input/output), feature and method.",
      labelNames: ['model', 'version', 'side', 'feature', 'method'],
      registers: [registry],
      async collect() {
        const all = await driftNow();
        this.reset();
        for (const { model, version, report } of all) {
          for (const f of report.features) if (f.method !== null && f.score !== null) this.set({ model, version, side: f.side, feature: f.name, method: f.method }, f.score);
        }
      },
    });
    new Gauge({
      name: 'modelship_drift_detected',
      help: "1 when the feature drifted (its method's threshold crossed, after the multiple-testing correction), else 0.",
      labelNames: ['model', 'version', 'side', 'feature'],
      registers: [registry],
      async collect() {
        const all = await driftNow();
        this.reset();
        for (const { model, version, report } of all) {
          for (const f of report.features) if (f.method !== null) this.set({ model, version, side: f.side, feature: f.name }, f.drifted ? 1 : 0);
        }
      },
    });
    new Gauge({
      name: 'modelship_profile_rows',
      help: 'Rows in the live profile of a version (the last windows of traffic).',
      labelNames: ['model', 'version'],
      registers: [registry],
      collect() {
        this.reset();
        for (const { model, version, profile } of versions()) this.set({ model, version }, profile.rows());
      },
    });
    const feedback = this.feedback;
    const quality = (name: string, help: string, pick: (f: ReturnType<FeedbackStore['figures']>) => number | null) =>
      new Gauge({
        name,
        help,
        labelNames: ['model', 'version'],
        registers: [registry],
        collect() {
          this.reset();
          for (const { model, version } of feedback.versions()) {
            const v = pick(feedback.figures(model, version));
            if (v !== null) this.set({ model, version }, v);
          }
        },
      });
    quality('modelship_feedback_accuracy', 'Accuracy of the labels fed back for a version, over its sliding window of joined feedback.', (f) => f.accuracy);
    quality('modelship_feedback_mae', 'Mean absolute error of the values fed back for a version, over its sliding window.', (f) => f.mae);
    quality('modelship_feedback_rmse', 'Root mean squared error of the values fed back for a version, over its sliding window.', (f) => f.rmse);
    quality('modelship_feedback_window', 'Outcomes in the sliding quality window of a version (labels and values together).', (f) => f.labels + f.values);
    new Counter({
      name: 'modelship_feedback_total',
      help: 'Feedback items received: joined to a logged prediction, unknown id (never seen, already joined or forgotten), or invalid; version "" when unknown.',
      labelNames: ['model', 'version', 'result'],
      registers: [registry],
      collect() {
        this.reset();
        for (const [k, n] of feedback.counts) {
          const [model, version, result] = JSON.parse(k) as [string, string, string];
          this.inc({ model, version, result }, n);
        }
      },
    });
  }
}
