import { watch, type FSWatcher } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import type { ServeLog } from './access-log.js';
import { ConcurrencyLimiter, type ServeLimits } from './limits.js';
import type { ServeMetrics } from './metrics.js';
import { listModels, listVersions, readVerifiedVersion, routingFingerprint, VersionRefused } from './repository.js';
import { parseRoutingFile, type RoutingState } from '../core/routing-file.js';
import { referencedVersions } from './routing.js';
import { loadVersion, type LoadedVersion, type SessionOptions } from './sessions.js';

/** What a model serves right now. Replaced as a whole on reload, so a request sees one consistent state. */
export interface ModelState {
  routing: RoutingState;
  /** True when routing.json exists; false when synthesised (highest version takes everything). */
  routed: boolean;
  versions: ReadonlyMap<string, LoadedVersion>;
}

export interface CatalogOptions {
  root: string;
  limits: ServeLimits;
  session: SessionOptions;
  pollMs: number;
  metrics: ServeMetrics;
  log: ServeLog;
  /** Told of every switch of a model's state (the prediction cache drops versions that stop getting traffic). */
  switched?: (model: string, before: ModelState | undefined, after: ModelState | undefined) => void;
  /** Versions kept loaded though no routing names them: those inference graphs pin (serve/graph.ts). */
  pinned?: ReadonlyMap<string, ReadonlySet<string>>;
}

function compareVersions(a: string, b: string): number {
  const va = semver.valid(a);
  const vb = semver.valid(b);
  if (va && vb) return semver.compare(va, vb);
  if (va) return 1;
  if (vb) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One model: its routing, its loaded versions and its concurrency limiter. */
export class ModelHost {
  state?: ModelState;
  readonly limiter: ConcurrencyLimiter;
  private routingPrint?: string;
  /** null: routing.json says nothing of this model is live (a reverted first deployment), so nothing is served. */
  private lastGood?: RoutingState | null;
  /** Refused versions by fingerprint: not retried (nor counted again) until the folder changes. */
  private readonly refused = new Map<string, string>();
  private reloading?: Promise<void>;
  private dirty = false;
  private watcher?: FSWatcher;

  constructor(readonly name: string, private readonly opts: CatalogOptions) {
    this.limiter = new ConcurrencyLimiter(name, opts.limits.concurrency, opts.limits.queue);
  }

  get dir(): string {
    return path.join(this.opts.root, this.name);
  }

  watch(onChange: () => void): void {
    try {
      this.watcher = watch(this.dir, { persistent: false }, () => onChange());
      this.watcher.on('error', () => this.watcher?.close());
    } catch {
      // Polling still picks changes up where fs.watch is unavailable (some network and container file systems).
    }
  }

  /** Reloads, coalescing bursts of events into at most one extra pass. */
  reload(): Promise<void> {
    if (this.reloading) {
      this.dirty = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      try {
        do {
          this.dirty = false;
          await this.reloadOnce();
        } while (this.dirty);
      } finally {
        this.reloading = undefined;
      }
    })();
    return this.reloading;
  }

  private async readRouting(): Promise<void> {
    const file = path.join(this.dir, 'routing.json');
    const print = await routingFingerprint(file);
    if (print === this.routingPrint) return;
    this.routingPrint = print;
    if (print === undefined) return;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      this.routingPrint = undefined; // replaced between stat and read: try again on the next pass
      return;
    }
    try {
      const next = parseRoutingFile(text, file, this.name);
      this.lastGood = next;
      this.opts.metrics.routingReloads.inc({ model: this.name, result: 'applied' });
      this.opts.log.write(next ? { event: 'routing', model: this.name, generation: next.generation, strategy: next.strategy, weights: next.weights } : { event: 'routing', model: this.name, stable: null, weights: {} });
    } catch (err) {
      this.opts.metrics.routingReloads.inc({ model: this.name, result: 'invalid' });
      this.opts.log.write({ event: 'routing-invalid', model: this.name, error: (err as Error).message, kept: this.lastGood?.generation ?? null });
    }
  }

  private async reloadOnce(): Promise<void> {
    await this.readRouting();
    const present = await listVersions(this.dir);
    if (this.lastGood === null) {
      // The routing says nothing is live: versions present on disk (an aborted first deployment) are not served.
      this.swap(undefined);
      return;
    }
    let routing = this.lastGood;
    const routed = routing !== undefined;
    if (!routing) {
      // No routing.json yet: the highest version present serves everything.
      const loadable = [...present.keys()].filter((v) => this.refused.get(v) !== present.get(v)).sort(compareVersions);
      const top = loadable[loadable.length - 1];
      if (!top) {
        this.swap(undefined);
        return;
      }
      routing = { schema: 1, model: this.name, generation: 0, stable: top, candidate: null, previous: null, weights: { [top]: 100 }, headerRoutes: [], sticky: null, shadow: null, strategy: 'direct', updatedAt: '' };
    }
    const wanted = [...new Set([...referencedVersions(routing), ...(this.opts.pinned?.get(this.name) ?? [])])].filter((v) => present.has(v));
    const current = this.state?.versions ?? new Map<string, LoadedVersion>();
    const next = new Map<string, LoadedVersion>();
    for (const v of wanted) {
      const loaded = current.get(v);
      if (loaded) {
        next.set(v, loaded);
        continue;
      }
      const print = present.get(v) as string;
      if (this.refused.get(v) === print) continue;
      const fresh = await this.load(v, print);
      if (fresh) next.set(v, fresh);
    }
    this.swap({ routing, routed, versions: next });
  }

  private async load(version: string, print: string): Promise<LoadedVersion | undefined> {
    const t0 = performance.now();
    try {
      let read;
      try {
        read = await readVerifiedVersion(this.opts.root, this.name, version);
      } catch (err) {
        if (err instanceof VersionRefused) throw err;
        throw new VersionRefused('missing', (err as Error).message);
      }
      let loaded: LoadedVersion;
      try {
        const labels = { model: this.name, version };
        loaded = await loadVersion(this.name, version, read.metadata.sha256, read.bytes, this.opts.session, {
          batch: (requests) => this.opts.metrics.batchSize.observe(labels, requests),
          event: (record) => this.opts.log.write(record),
        });
      } catch (err) {
        throw new VersionRefused('load', `onnxruntime cannot load ${this.name}/${version}: ${(err as Error).message}`);
      }
      const seconds = (performance.now() - t0) / 1000;
      this.opts.metrics.loadSeconds.observe({ model: this.name, version }, seconds);
      const b = loaded.batching;
      this.opts.log.write({ event: 'loaded', model: this.name, version, sha256: loaded.sha256, seconds: Number(seconds.toFixed(4)), batching: b.enabled, ...(b.enabled ? {} : { batchingOff: b.reason }), execution: loaded.execution });
      this.refused.delete(version);
      return loaded;
    } catch (err) {
      const reason = err instanceof VersionRefused ? err.reason : 'load';
      this.refused.set(version, print);
      this.opts.metrics.loadFailures.inc({ model: this.name, version, reason });
      this.opts.log.write({ event: 'refused', model: this.name, version, reason, error: (err as Error).message });
      return undefined;
    }
  }

  /** Switches atomically, then drains and releases what is no longer served. */
  private swap(next: ModelState | undefined): void {
    const old = this.state;
    this.state = next;
    this.opts.switched?.(this.name, old, next);
    if (!old) return;
    for (const [v, loaded] of old.versions) {
      if (next?.versions.get(v) !== loaded) {
        this.opts.log.write({ event: 'retiring', model: this.name, version: v, inFlight: loaded.inFlight });
        void loaded.retire();
      }
    }
  }

  async close(): Promise<void> {
    this.watcher?.close();
    await this.reloading?.catch(() => undefined);
    const versions = this.state ? [...this.state.versions.values()] : [];
    this.state = undefined;
    await Promise.all(versions.map((v) => v.retire()));
  }
}

/**
 * Every model of the repository, kept in step with the folder: fs.watch for promptness, a poll as the
 * fallback that always works. Changes apply without a restart.
 */
export class ModelCatalog {
  readonly models = new Map<string, ModelHost>();
  private rootWatcher?: FSWatcher;
  private poll?: NodeJS.Timeout;
  private closed = false;
  private scanning?: Promise<void>;

  constructor(private readonly opts: CatalogOptions) {}

  async start(): Promise<void> {
    await this.scan();
    try {
      this.rootWatcher = watch(this.opts.root, { persistent: false }, () => void this.scan());
      this.rootWatcher.on('error', () => this.rootWatcher?.close());
    } catch {
      // poll only
    }
    const tick = () => {
      if (this.closed) return;
      void this.scan().finally(() => {
        if (!this.closed) {
          this.poll = setTimeout(tick, this.opts.pollMs);
          this.poll.unref();
        }
      });
    };
    this.poll = setTimeout(tick, this.opts.pollMs);
    this.poll.unref();
  }

  /** Finds new models and reloads all of them; resolves when the repository is in step. */
  scan(): Promise<void> {
    if (this.scanning) return this.scanning;
    this.scanning = (async () => {
      try {
        for (const name of await listModels(this.opts.root)) {
          if (this.closed) return;
          if (!this.models.has(name)) {
            const host = new ModelHost(name, this.opts);
            this.models.set(name, host);
            host.watch(() => void host.reload());
          }
        }
        await Promise.all([...this.models.values()].map((h) => h.reload()));
      } catch (err) {
        this.opts.log.write({ event: 'scan-error', error: (err as Error).message });
      } finally {
        this.scanning = undefined;
      }
    })();
    return this.scanning;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.poll);
    this.rootWatcher?.close();
    await this.scanning?.catch(() => undefined);
    await Promise.all([...this.models.values()].map((h) => h.close()));
  }
}
