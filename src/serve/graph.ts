import type { GraphConditionConfig, GraphConfig, GraphMemberConfig, SignatureSpec, TensorSpec } from '../core/config-types.js';
import { comparisonOf, graphSignature, isFloatType, membersOf } from '../core/graph.js';
import type { ModelCatalog, ModelHost } from './catalog.js';
import type { DecodedTensor, OutputTensor, TensorData, TensorMeta } from './protocol.js';
import type { Uniform } from './random.js';
import { chooseVersion, type RouteRequest } from './routing.js';
import type { LoadedVersion } from './sessions.js';

/**
 * Inference graphs served as one Open Inference Protocol model (docs/graphs.md). Each request resolves every
 * member to a loaded version (a pinned one, else what the member's own routing chooses for this request),
 * checks once per set of versions that their signatures connect (core/graph.ts, the rules `config check`
 * applies), then runs: a sequence step by step, a switch's first matching route, an ensemble's members all
 * at once (each on its own model's worker pool) combined element by element, a splitter's member by weight.
 */

export type GraphDefinitions = Readonly<Record<string, { graph: GraphConfig }>>;

/** A graph that cannot answer now (a member not loaded, members that do not connect): 503. */
export class GraphUnavailable extends Error {}
/** Members answered in ways that cannot be combined (shapes differ at run time): 500. */
export class GraphFailed extends Error {}

type Resolved =
  | { kind: 'model'; member: GraphMemberConfig; host: ModelHost; loaded: LoadedVersion; label: string }
  | { kind: 'graph'; member: GraphMemberConfig; name: string; config: GraphConfig; children: Resolved[]; label: string };

interface Plan {
  inputs: TensorMeta[];
  outputs: TensorMeta[];
  /** Why the loaded members do not connect. */
  problem?: string;
}

export interface GraphAnswer {
  outputs: OutputTensor[];
  /** The member versions that answered, e.g. `iris@1.0.0+iris@1.1.0`: the response's model_version. */
  version: string;
}

const specOf = (m: TensorMeta): TensorSpec => ({ name: m.name, dtype: m.dtype as TensorSpec['dtype'], shape: m.shape.map((d) => (d === null ? '?' : d)) });

/** Pinned member versions per model, so the catalog keeps them loaded though no routing names them. */
export function pinnedVersions(graphs: GraphDefinitions): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [name, { graph }] of Object.entries(graphs)) {
    for (const { member } of membersOf(name, graph)) {
      if (member.version === undefined || Object.hasOwn(graphs, member.model)) continue;
      if (!out.has(member.model)) out.set(member.model, new Set());
      out.get(member.model)!.add(member.version);
    }
  }
  return out;
}

export class GraphServer {
  /** Plans by the versions they were made for: a request pays the signature check once per set of versions. */
  private readonly plans = new Map<string, Plan>();

  constructor(
    private readonly graphs: GraphDefinitions,
    private readonly catalog: ModelCatalog,
    private readonly uniform: Uniform,
    /** Counts each member run (the server's `modelship_graph_member_runs_total`). */
    private readonly counted: (labels: { graph: string; model: string; version: string; result: 'ok' | 'error' }) => void = () => {},
  ) {}

  has(name: string): boolean {
    return Object.hasOwn(this.graphs, name);
  }

  names(): string[] {
    return Object.keys(this.graphs);
  }

  /** Every member resolved to a loaded version for this request, or GraphUnavailable naming the first that is not. */
  private resolve(name: string, headers: RouteRequest['headers'], member: GraphMemberConfig = { model: name }): Resolved {
    const config = this.graphs[name].graph;
    const children = membersOf(name, config).map(({ member: m }) => {
      if (Object.hasOwn(this.graphs, m.model)) return this.resolve(m.model, headers, m);
      const host = this.catalog.models.get(m.model);
      const state = host?.state;
      if (!host || !state) throw new GraphUnavailable(`member "${m.model}" of graph "${name}" has no version ready to serve`);
      let version = m.version;
      if (version === undefined) version = chooseVersion(state.routing, { headers }, (v) => state.versions.has(v), this.uniform)?.version;
      const loaded = version === undefined ? undefined : state.versions.get(version);
      if (!loaded) throw new GraphUnavailable(`member "${m.model}${m.version ? `@${m.version}` : ''}" of graph "${name}" is not loaded; loaded: ${[...state.versions.keys()].join(', ') || 'none'}`);
      return { kind: 'model' as const, member: m, host, loaded, label: `${m.model}@${loaded.version}` };
    });
    return { kind: 'graph', member, name, config, children, label: children.map((c) => c.label).join('+') };
  }

  private plan(r: Extract<Resolved, { kind: 'graph' }>): Plan {
    const cached = this.plans.get(`${r.name}:${r.label}`);
    if (cached) return cached;
    const plan = this.makePlan(r);
    if (this.plans.size > 1024) this.plans.clear();
    this.plans.set(`${r.name}:${r.label}`, plan);
    return plan;
  }

  private makePlan(r: Extract<Resolved, { kind: 'graph' }>): Plan {
    const metas = r.children.map((c) => (c.kind === 'model' ? { inputs: c.loaded.inputs, outputs: c.loaded.outputs, problem: undefined } : this.plan(c)));
    const inner = metas.find((m) => m.problem);
    const inputs = metas[0].inputs;
    const outputs = r.config.type === 'sequence' ? metas[metas.length - 1].outputs : metas[0].outputs;
    if (inner) return { inputs, outputs, problem: inner.problem };
    const byMember = new Map<GraphMemberConfig, SignatureSpec>(r.children.map((c, i) => [c.member, { inputs: metas[i].inputs.map(specOf), outputs: metas[i].outputs.map(specOf) }]));
    const checked = graphSignature(r.name, r.config, (m) => byMember.get(m) ?? { unknown: m.model });
    const problem = checked.issues[0] ? `the loaded versions (${r.label}) do not connect: ${checked.issues[0].message}` : undefined;
    return { inputs, outputs, problem };
  }

  /** Inputs and outputs with the versions that would answer now; GraphUnavailable when a member is not ready. */
  metadata(name: string, headers: RouteRequest['headers'] = {}): { inputs: TensorMeta[]; outputs: TensorMeta[]; version: string } {
    const r = this.resolve(name, headers) as Extract<Resolved, { kind: 'graph' }>;
    const plan = this.plan(r);
    if (plan.problem) throw new GraphUnavailable(`graph "${name}": ${plan.problem}`);
    return { inputs: plan.inputs, outputs: plan.outputs, version: r.label };
  }

  ready(name: string): boolean {
    try {
      this.metadata(name);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Decodes with the graph's inputs (`decode` is the protocol's decoder, given the plan's tensors) and runs
   * the graph. `only` keeps the outputs asked for.
   */
  async infer<D extends { inputs: DecodedTensor[]; outputs?: string[] }>(name: string, headers: RouteRequest['headers'], decode: (inputs: TensorMeta[], outputs: TensorMeta[]) => D, deadline: number): Promise<GraphAnswer & { decoded: D }> {
    const r = this.resolve(name, headers) as Extract<Resolved, { kind: 'graph' }>;
    const plan = this.plan(r);
    if (plan.problem) throw new GraphUnavailable(`graph "${name}": ${plan.problem}`);
    const decoded = decode(plan.inputs, plan.outputs);
    const answer = await this.run(r, decoded.inputs, headers, deadline);
    const wanted = decoded.outputs;
    return { decoded, version: answer.version, outputs: wanted ? answer.outputs.filter((o) => wanted.includes(o.name)) : answer.outputs };
  }

  private async runMember(graph: string, r: Resolved, inputs: readonly DecodedTensor[], headers: RouteRequest['headers'], deadline: number): Promise<GraphAnswer> {
    if (r.kind === 'graph') return this.run(r, inputs, headers, deadline);
    const labels = { graph, model: r.host.name, version: r.loaded.version };
    const unref = r.loaded.acquire();
    if (!unref) throw new GraphUnavailable(`${r.label} is being retired; retry`);
    try {
      // A member's run counts against its own model's concurrency, as a direct request would.
      const release = await r.host.limiter.acquire(deadline);
      try {
        // Only the tensors the model declares: a graph step may hand on more (a previous step's other outputs);
        // onnxruntime tolerates extra feeds today, but they would also split dynamic batches needlessly.
        const taken = inputs.length === r.loaded.inputs.length ? inputs : inputs.filter((t) => r.loaded.inputs.some((i) => i.name === t.name));
        const outputs = await r.loaded.run(taken, undefined, deadline);
        this.counted({ ...labels, result: 'ok' });
        return { outputs, version: r.label };
      } catch (err) {
        this.counted({ ...labels, result: 'error' });
        throw err;
      } finally {
        release();
      }
    } finally {
      unref();
    }
  }

  private async run(r: Extract<Resolved, { kind: 'graph' }>, inputs: readonly DecodedTensor[], headers: RouteRequest['headers'], deadline: number): Promise<GraphAnswer> {
    const config = r.config;
    switch (config.type) {
      case 'sequence': {
        let current: readonly DecodedTensor[] = inputs;
        const versions: string[] = [];
        let last: OutputTensor[] = [];
        for (let k = 0; k < r.children.length; k++) {
          if (k > 0) current = feed(last, config.steps[k].map ?? {}, r.children[k]);
          const answer = await this.runMember(r.name, r.children[k], current, headers, deadline);
          versions.push(answer.version);
          last = answer.outputs;
        }
        return { outputs: last, version: versions.join('+') };
      }
      case 'switch': {
        const index = config.routes.findIndex((route) => conditionHolds(route.when, inputs, headers));
        return this.runMember(r.name, r.children[index >= 0 ? index : config.routes.length], inputs, headers, deadline);
      }
      case 'splitter': {
        let x = this.uniform() * 100;
        let chosen = r.children.length - 1;
        for (let i = 0; i < config.members.length; i++) {
          x -= config.members[i].weight ?? 0;
          if (x < 0) {
            chosen = i;
            break;
          }
        }
        return this.runMember(r.name, r.children[chosen], inputs, headers, deadline);
      }
      case 'ensemble': {
        // All members at once: each queues on its own worker pool (and batches with other requests there).
        const answers = await Promise.all(r.children.map((c) => this.runMember(r.name, c, inputs, headers, deadline)));
        const weights = config.members.map((m) => (config.combine === 'weighted-average' ? (m.weight as number) : 1));
        return { outputs: combine(answers.map((a) => a.outputs), weights, config.combine ?? 'average'), version: answers.map((a) => a.version).join('+') };
      }
    }
  }
}

/** The next step's inputs from the previous step's outputs: `map` output -> input, else the same name. */
function feed(outputs: readonly OutputTensor[], map: Record<string, string>, next: Resolved): DecodedTensor[] {
  const tensor = (name: string, o: OutputTensor): DecodedTensor => ({ name, dtype: o.dtype, dims: [...o.dims], data: o.data as TensorData });
  // A graph step takes the previous outputs under their mapped names (its own first member picks what it needs).
  if (next.kind === 'graph') return outputs.map((o) => tensor(map[o.name] ?? o.name, o));
  const sourceOf = new Map<string, string>(Object.entries(map).map(([o, i]) => [i, o]));
  const out: DecodedTensor[] = [];
  for (const input of next.loaded.inputs) {
    const source = outputs.find((o) => o.name === (sourceOf.get(input.name) ?? input.name));
    if (source) out.push(tensor(input.name, source)); // else an optional input nothing feeds (the plan refused required ones)
  }
  return out;
}

function headerValue(headers: RouteRequest['headers'], name: string): string | undefined {
  const v = headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** Whether a switch route's condition holds for this request (an element past the end never matches). */
export function conditionHolds(when: GraphConditionConfig, inputs: readonly DecodedTensor[], headers: RouteRequest['headers']): boolean {
  if (when.header !== undefined) return headerValue(headers, when.header) === when.equals;
  const tensor = inputs.find((t) => t.name === when.input);
  const index = when.index ?? 0;
  if (!tensor || index >= tensor.data.length) return false;
  const raw = (tensor.data as ArrayLike<unknown>)[index];
  const value = typeof raw === 'bigint' ? Number(raw) : typeof raw === 'boolean' ? Number(raw) : (raw as number);
  const comparison = comparisonOf(when);
  if (comparison === undefined) return false;
  // In the tensor's own precision: 4.8 sent as FP32 is 4.800000190734863, and must equal a configured 4.8.
  const bound = tensor.dtype === 'float32' ? Math.fround(Number(when[comparison])) : Number(when[comparison]);
  switch (comparison) {
    case 'equals':
      return value === bound;
    case 'above':
      return value > bound;
    case 'atLeast':
      return value >= bound;
    case 'below':
      return value < bound;
    case 'atMost':
      return value <= bound;
  }
}

/**
 * Combines the members' outputs element by element: float outputs averaged (weighted by `weights`) unless
 * `majority-vote`; every other output (and every output under `majority-vote`) voted, each member's vote
 * counting its weight, a tie going to the value the earliest member gave. float16 arrives as raw bits, so it
 * is voted too.
 */
export function combine(answers: ReadonlyArray<readonly OutputTensor[]>, weights: readonly number[], how: 'average' | 'weighted-average' | 'majority-vote'): OutputTensor[] {
  const first = answers[0];
  return first.map((head) => {
    const parts = answers.map((outputs, m) => {
      const t = outputs.find((o) => o.name === head.name);
      if (!t || t.dtype !== head.dtype || t.dims.join(',') !== head.dims.join(',')) throw new GraphFailed(`ensemble member ${m} answered "${head.name}" as ${t ? `${t.dtype}[${t.dims.join(', ')}]` : 'nothing'}, member 0 as ${head.dtype}[${head.dims.join(', ')}]`);
      return t.data as ArrayLike<unknown>;
    });
    const n = head.data.length;
    const averaged = how !== 'majority-vote' && isFloatType(head.dtype) && head.dtype !== 'float16' && head.dtype !== 'bfloat16';
    const data = averaged ? average(parts as Array<ArrayLike<number>>, weights, n, head.dtype) : vote(parts, weights, n, head.data);
    return { name: head.name, dtype: head.dtype, dims: [...head.dims], data };
  });
}

function average(parts: Array<ArrayLike<number>>, weights: readonly number[], n: number, dtype: string): Float32Array | Float64Array {
  const out = dtype === 'float64' ? new Float64Array(n) : new Float32Array(n);
  const total = weights.reduce((s, w) => s + w, 0);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let m = 0; m < parts.length; m++) sum += weights[m] * parts[m][i];
    out[i] = sum / total;
  }
  return out;
}

function vote(parts: Array<ArrayLike<unknown>>, weights: readonly number[], n: number, like: ArrayLike<unknown>): ArrayLike<unknown> {
  const Ctor = (like as { constructor: unknown }).constructor;
  const out: { [i: number]: unknown; length: number } = Array.isArray(like) ? new Array(n) : new (Ctor as new (n: number) => { [i: number]: unknown; length: number })(n);
  const counts = new Map<unknown, number>();
  for (let i = 0; i < n; i++) {
    counts.clear();
    for (let m = 0; m < parts.length; m++) counts.set(parts[m][i], (counts.get(parts[m][i]) ?? 0) + weights[m]);
    let best = parts[0][i];
    let bestCount = counts.get(best) as number;
    for (let m = 1; m < parts.length; m++) {
      const c = counts.get(parts[m][i]) as number;
      if (c > bestCount) {
        best = parts[m][i];
        bestCount = c;
      }
    }
    out[i] = best;
  }
  return out as ArrayLike<unknown>;
}
