import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Gauge, type Registry } from 'prom-client';
import { BANDIT_FILE, formatBanditFile, parseBanditFile, type BanditFile } from '../core/bandit-file.js';
import type { BanditRouting, RoutingState } from '../core/routing-file.js';
import { addReward, allocate, emptyArm, estimatedRegret, type ArmStats } from '../core/stats/bandit.js';
import type { ServeLog } from './access-log.js';
import type { FeedbackStore, JoinedFeedback } from './feedback.js';

/**
 * Bandit routing in serve: for a model whose routing.json carries `bandit`, rewards from joined feedback
 * (feedback.ts) update each arm's posterior, and the allocation is recomputed from them — once per burst of
 * rewards, on a short timer, never per request — then written to `<model>/bandit.json` (atomically) and
 * handed to the router as the weights of a routing object built once per allocation. A request pays one map
 * lookup and an identity check; the pick itself stays the router's weighted pick. On start the state of the
 * same experiment (same `bandit.id`) is read back from bandit.json, so a restart loses no reward.
 */
export interface BanditOptions {
  /** Delay between a reward and the re-allocation it triggers, coalescing bursts (default 50 ms; at least 19x the last re-allocation's time). */
  recomputeMs?: number;
  /** Monte-Carlo draws per re-allocation (default 10 000). */
  draws?: number;
}

class ModelBandit {
  readonly arms: Map<string, ArmStats>;
  private allocation?: BanditFile;
  /** The routing the weights were last built for, and the routing built from it. */
  private source?: RoutingState;
  private routed?: RoutingState;
  private loaded = false;
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;
  /** How long the last re-allocation took (ms). */
  private lastMs = 0;
  readonly loading: Promise<void>;

  constructor(
    readonly model: string,
    /** Replaced by an identical-experiment spec when routing.json is re-read (bound and minRewards may change). */
    public spec: BanditRouting,
    private readonly file: string,
    private readonly options: Required<BanditOptions>,
    private readonly log: ServeLog,
  ) {
    this.arms = new Map(spec.arms.map((a) => [a, emptyArm()]));
    this.loading = this.load();
  }

  get state(): BanditFile | undefined {
    return this.allocation;
  }

  /** The routing built for `base` and the current allocation, when there is one. */
  routedFor(base: RoutingState): RoutingState | undefined {
    return this.source === base ? this.routed : undefined;
  }

  /** The routing with the current allocation as its weights (the same object until the allocation changes). */
  routing(base: RoutingState): RoutingState {
    if (this.source === base && this.routed) return this.routed;
    if (!this.allocation) return base;
    {
      const weights: Record<string, number> = { ...base.weights };
      for (const a of this.spec.arms) weights[a] = this.allocation.allocation[a] * 100;
      this.routed = { ...base, weights };
      this.source = base;
    }
    return this.routed;
  }

  reward(version: string, rewards: number[]): void {
    const arm = this.arms.get(version);
    if (!arm) return;
    for (const r of rewards) addReward(arm, r);
    this.dirty = true;
    if (this.loaded) this.schedule();
  }

  private schedule(): void {
    if (this.timer) return;
    // A re-allocation runs on the event loop (tens of milliseconds for 10 000 draws): spaced by at least 19
    // times its last duration, it never takes more than 5% of the loop however fast rewards arrive.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.recompute();
    }, Math.max(this.options.recomputeMs, 19 * this.lastMs));
    this.timer.unref();
  }

  /** Re-allocates from the rewards so far and writes bandit.json; resolves when written. */
  recompute(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.dirty) return this.writing;
    this.dirty = false;
    const arms = this.spec.arms.map((a) => this.arms.get(a) as ArmStats);
    const rewards = arms.reduce((s, a) => s + a.n, 0);
    const started = performance.now();
    const a = allocate({ arms, kind: this.spec.reward, algorithm: this.spec.algorithm, floor: this.spec.floor, epsilon: this.spec.epsilon, seed: `${this.spec.id}:${rewards}`, draws: this.options.draws });
    this.lastMs = performance.now() - started;
    const per = (xs: number[]) => Object.fromEntries(this.spec.arms.map((v, i) => [v, xs[i]]));
    const top = a.probabilityBest.indexOf(Math.max(...a.probabilityBest));
    const winner = rewards >= this.spec.minRewards && a.probabilityBest[top] >= this.spec.bound ? this.spec.arms[top] : null;
    this.allocation = {
      schema: 1,
      model: this.model,
      id: this.spec.id,
      algorithm: this.spec.algorithm,
      reward: this.spec.reward,
      arms: this.spec.arms,
      stats: Object.fromEntries(this.spec.arms.map((v) => [v, { ...(this.arms.get(v) as ArmStats) }])),
      allocation: per(a.shares),
      probabilityBest: per(a.probabilityBest),
      means: per(a.means),
      rewards,
      regret: estimatedRegret(arms, a.means),
      winner,
      updatedAt: new Date().toISOString(),
    };
    this.routed = undefined;
    const snapshot = this.allocation;
    this.writing = this.writing.then(() => this.write(snapshot));
    return this.writing;
  }

  private async write(state: BanditFile): Promise<void> {
    const temp = path.join(path.dirname(this.file), `.${BANDIT_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await writeFile(temp, formatBanditFile(state));
      await rename(temp, this.file);
    } catch (err) {
      await rm(temp, { force: true }).catch(() => undefined);
      this.log.write({ event: 'bandit-write-error', model: this.model, file: this.file, error: (err as Error).message });
    }
  }

  /** Restores the rewards of this experiment from bandit.json; another experiment's file (or none) starts afresh. */
  private async load(): Promise<void> {
    try {
      const text = await readFile(this.file, 'utf8').catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return undefined;
        throw err;
      });
      if (text !== undefined) {
        const saved = parseBanditFile(text, this.file);
        const same = saved.id === this.spec.id && saved.model === this.model && saved.reward === this.spec.reward && this.spec.arms.every((a) => saved.arms.includes(a));
        if (same) {
          // Rewards that arrived while reading are added to the saved ones.
          for (const a of this.spec.arms) {
            const live = this.arms.get(a) as ArmStats;
            const merged = { ...saved.stats[a] };
            mergeInto(merged, live);
            this.arms.set(a, merged);
          }
          this.dirty = true;
          this.log.write({ event: 'bandit-restored', model: this.model, id: this.spec.id, rewards: saved.rewards });
        }
      }
    } catch (err) {
      this.log.write({ event: 'bandit-unreadable', model: this.model, file: this.file, error: (err as Error).message });
    }
    this.loaded = true;
    if (this.dirty) await this.recompute();
  }

  async close(): Promise<void> {
    await this.loading;
    await this.recompute();
  }
}

/** Merges the statistics of `b` into `a` (Chan et al.'s parallel update of mean and sum of squares). */
function mergeInto(a: ArmStats, b: ArmStats): void {
  if (b.n === 0) return;
  const n = a.n + b.n;
  const d = b.mean - a.mean;
  a.m2 += b.m2 + (d * d * a.n * b.n) / n;
  a.mean += (d * b.n) / n;
  a.n = n;
}

/** The rewards of one joined feedback item: 1/0 per row for labels, -|error| per row for values. */
export function rewardsOf(joined: JoinedFeedback, kind: BanditRouting['reward']): number[] | undefined {
  if (kind === 'binary' && joined.kind === 'label') return joined.truth.map((t, i) => (String(joined.predictions[i]) === String(t) ? 1 : 0));
  if (kind === 'continuous' && joined.kind === 'value') return joined.truth.map((t, i) => -Math.abs((joined.predictions[i] as number) - (t as number)));
  return undefined;
}

export class BanditRouter {
  private readonly models = new Map<string, ModelBandit>();
  private readonly options: Required<BanditOptions>;
  private lastRouting?: RoutingState;
  private lastBandit?: ModelBandit;

  constructor(
    private readonly root: string,
    registry: Registry,
    private readonly log: ServeLog,
    options: BanditOptions = {},
  ) {
    this.options = { recomputeMs: options.recomputeMs ?? 50, draws: options.draws ?? 10_000 };
    this.registerMetrics(registry);
  }

  /** Takes rewards from joined feedback. */
  listen(feedback: FeedbackStore): void {
    feedback.onJoined((joined) => {
      const bandit = this.models.get(joined.model);
      if (!bandit) return;
      const rewards = rewardsOf(joined, bandit.spec.reward);
      if (rewards) bandit.reward(joined.version, rewards);
    });
  }

  /** The routing a request of `model` is routed by: `routing` itself, or with the bandit's allocation as weights. */
  routingFor(model: string, routing: RoutingState): RoutingState {
    // The routing objects of a model are immutable and replaced as a whole: the last one seen names its
    // bandit and the routing built for its allocation, with no map lookup (the per-request cost must stay
    // within 5% of the weighted pick itself).
    if (routing === this.lastRouting) {
      const routed = (this.lastBandit as ModelBandit).routedFor(routing);
      if (routed) return routed;
    }
    const spec = routing.bandit;
    if (!spec) {
      // The experiment ended (promoted, reverted): its figures leave /metrics, its last state stays in bandit.json.
      if (this.models.size !== 0 && this.models.has(model)) this.retire(model);
      return routing;
    }
    let bandit = this.models.get(model);
    if (!bandit || bandit.spec !== spec) {
      if (bandit && sameExperiment(bandit.spec, spec)) bandit.spec = spec;
      else {
        bandit = new ModelBandit(model, spec, path.join(this.root, model, BANDIT_FILE), this.options, this.log);
        this.models.set(model, bandit);
      }
    }
    this.lastRouting = routing;
    this.lastBandit = bandit;
    return bandit.routing(routing);
  }

  private retire(model: string): void {
    const bandit = this.models.get(model) as ModelBandit;
    this.models.delete(model);
    if (this.lastBandit === bandit) this.lastRouting = this.lastBandit = undefined;
    void bandit.close();
  }

  /** The state of a model's bandit (undefined before its first allocation). */
  state(model: string): BanditFile | undefined {
    return this.models.get(model)?.state;
  }

  /** Re-allocates every bandit now and waits for bandit.json to be written (tests, close). */
  async flush(): Promise<void> {
    await Promise.all([...this.models.values()].map(async (b) => (await b.loading, await b.recompute())));
  }

  async close(): Promise<void> {
    await Promise.all([...this.models.values()].map((b) => b.close()));
  }

  private registerMetrics(registry: Registry): void {
    const states = () => [...this.models.values()].flatMap((b) => (b.state ? [b.state] : []));
    const perArm = (name: string, help: string, pick: (s: BanditFile, arm: string) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['model', 'version'],
        registers: [registry],
        collect() {
          this.reset();
          for (const s of states()) for (const arm of s.arms) this.set({ model: s.model, version: arm }, pick(s, arm));
        },
      });
    perArm('modelship_bandit_allocation', 'Share of traffic (0 to 1) the bandit gives each arm now.', (s, a) => s.allocation[a]);
    perArm('modelship_bandit_probability_best', 'Posterior probability that the arm has the highest mean reward (Monte-Carlo).', (s, a) => s.probabilityBest[a]);
    perArm('modelship_bandit_rewards', 'Rewards joined to the arm in this experiment.', (s, a) => s.stats[a].n);
    perArm('modelship_bandit_reward_mean', 'Posterior mean reward of the arm.', (s, a) => s.means[a]);
    new Gauge({
      name: 'modelship_bandit_regret',
      help: 'Estimated cumulative regret of the experiment: rewards lost to arms that look worse than the best (sum of n x gap of posterior means).',
      labelNames: ['model'],
      registers: [registry],
      collect() {
        this.reset();
        for (const s of states()) this.set({ model: s.model }, s.regret);
      },
    });
  }
}

/** The same experiment: a routing.json re-read (new generation) keeps the bandit's rewards. */
function sameExperiment(a: BanditRouting, b: BanditRouting): boolean {
  return a.id === b.id && a.algorithm === b.algorithm && a.reward === b.reward && a.floor === b.floor && a.epsilon === b.epsilon && a.arms.join('\n') === b.arms.join('\n');
}
