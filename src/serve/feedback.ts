/**
 * Ground truth joined to logged predictions, in bounded memory. The server logs what each request with an
 * `id` was answered (one prediction per row); `POST /v2/models/{m}/feedback` later brings the true label or
 * value for that id. Joined outcomes feed a sliding window per version: accuracy for labels, MAE and RMSE for
 * values. Ids never seen (or evicted: the log keeps the most recent `capacity` ids per model) are counted and
 * reported, never stored. Other consumers (bandit rewards) subscribe with `onJoined`.
 */
export type Prediction = number | string;

export interface FeedbackItem {
  id: string;
  /** The true class, for classifiers: compared with the logged prediction (as text, so 2 matches "2"). */
  label?: Prediction | Prediction[];
  /** The true value, for regressors: the error is prediction - value. */
  value?: number | number[];
}

export interface JoinedFeedback {
  model: string;
  version: string;
  id: string;
  kind: 'label' | 'value';
  predictions: Prediction[];
  truth: Prediction[];
}

export type FeedbackResult = 'joined' | 'unknown' | 'invalid';

export interface QualityFigures {
  /** Outcomes in the window, per kind. */
  labels: number;
  values: number;
  accuracy: number | null;
  mae: number | null;
  rmse: number | null;
}

/** The last `size` outcomes, in a ring. */
class Window {
  private readonly ring: Float64Array;
  private next = 0;
  private filled = 0;

  constructor(size: number) {
    this.ring = new Float64Array(size);
  }

  push(x: number): void {
    if (this.filled < this.ring.length) this.filled++;
    this.ring[this.next] = x;
    this.next = (this.next + 1) % this.ring.length;
  }

  get count(): number {
    return this.filled;
  }

  /** Mean and root mean square, summed afresh on each call (a scrape), so no running sum drifts. */
  stats(): { mean: number; rms: number } | null {
    if (this.filled === 0) return null;
    let s = 0;
    let sq = 0;
    for (let i = 0; i < this.filled; i++) {
      s += this.ring[i];
      sq += this.ring[i] * this.ring[i];
    }
    return { mean: s / this.filled, rms: Math.sqrt(sq / this.filled) };
  }
}

interface Logged {
  version: string;
  predictions: Prediction[];
}

export interface FeedbackOptions {
  /** Ids remembered per model (oldest forgotten first). Default 10000. */
  capacity?: number;
  /** Outcomes per version in the quality window. Default 1000. */
  window?: number;
}

export class FeedbackStore {
  private readonly capacity: number;
  private readonly windowSize: number;
  private readonly logs = new Map<string, Map<string, Logged>>();
  private readonly quality = new Map<string, { correct: Window; absolute: Window }>();
  private readonly listeners: Array<(joined: JoinedFeedback) => void> = [];
  readonly counts = new Map<string, number>();

  constructor(options: FeedbackOptions = {}) {
    this.capacity = options.capacity ?? 10_000;
    this.windowSize = options.window ?? 1000;
    if (!(Number.isInteger(this.capacity) && this.capacity >= 1)) throw new RangeError(`feedback capacity must be a positive integer, got ${this.capacity}`);
    if (!(Number.isInteger(this.windowSize) && this.windowSize >= 1)) throw new RangeError(`feedback window must be a positive integer, got ${this.windowSize}`);
  }

  /** Ids held for a model now (at most `capacity`). */
  logged(model: string): number {
    return this.logs.get(model)?.size ?? 0;
  }

  onJoined(listener: (joined: JoinedFeedback) => void): void {
    this.listeners.push(listener);
  }

  /** Remembers what request `id` was answered; a repeated id replaces the older entry. */
  logPrediction(model: string, version: string, id: string, predictions: Prediction[]): void {
    let log = this.logs.get(model);
    if (!log) this.logs.set(model, (log = new Map()));
    log.delete(id);
    log.set(id, { version, predictions });
    if (log.size > this.capacity) log.delete(log.keys().next().value as string);
  }

  /** Joins one item of feedback; the id is forgotten once joined, so a repeat counts as unknown. */
  record(model: string, item: FeedbackItem): { result: FeedbackResult; version?: string; reason?: string } {
    const logged = this.logs.get(model)?.get(item.id);
    if (!logged) return this.count(model, '', 'unknown', { reason: `no logged prediction for id "${item.id}" (never seen, already joined, or older than the last ${this.capacity})` });
    const kind = item.label !== undefined ? 'label' : 'value';
    const truth = ([] as Prediction[]).concat(kind === 'label' ? (item.label as Prediction | Prediction[]) : (item.value as number | number[]));
    if (truth.length !== logged.predictions.length) {
      return this.count(model, logged.version, 'invalid', { reason: `id "${item.id}": ${truth.length} ${kind}(s) for a request of ${logged.predictions.length} row(s)` });
    }
    if (kind === 'value' && logged.predictions.some((p) => typeof p !== 'number')) {
      return this.count(model, logged.version, 'invalid', { reason: `id "${item.id}": a value was given but the model answered labels` });
    }
    this.logs.get(model)!.delete(item.id);
    const q = this.windows(model, logged.version);
    for (let i = 0; i < truth.length; i++) {
      if (kind === 'label') q.correct.push(String(logged.predictions[i]) === String(truth[i]) ? 1 : 0);
      else {
        const error = (logged.predictions[i] as number) - (truth[i] as number);
        q.absolute.push(Math.abs(error));
      }
    }
    const joined: JoinedFeedback = { model, version: logged.version, id: item.id, kind, predictions: logged.predictions, truth };
    for (const l of this.listeners) l(joined);
    return this.count(model, logged.version, 'joined', {});
  }

  /** Quality over the window of one version. */
  figures(model: string, version: string): QualityFigures {
    const q = this.quality.get(key(model, version));
    const correct = q?.correct.stats() ?? null;
    const absolute = q?.absolute.stats() ?? null;
    return {
      labels: q?.correct.count ?? 0,
      values: q?.absolute.count ?? 0,
      accuracy: correct ? correct.mean : null,
      mae: absolute ? absolute.mean : null,
      rmse: absolute ? absolute.rms : null,
    };
  }

  /** Every model and version with a quality window. */
  versions(): Array<{ model: string; version: string }> {
    return [...this.quality.keys()].map((k) => JSON.parse(k) as [string, string]).map(([model, version]) => ({ model, version }));
  }

  private windows(model: string, version: string) {
    const k = key(model, version);
    let q = this.quality.get(k);
    if (!q) this.quality.set(k, (q = { correct: new Window(this.windowSize), absolute: new Window(this.windowSize) }));
    return q;
  }

  private count(model: string, version: string, result: FeedbackResult, extra: { reason?: string }): { result: FeedbackResult; version?: string; reason?: string } {
    const k = JSON.stringify([model, version, result]);
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
    return { result, ...(version ? { version } : {}), ...extra };
  }
}

function key(model: string, version: string): string {
  return JSON.stringify([model, version]);
}
