import { execFile } from 'node:child_process';
import { stringify } from 'yaml';
import { parseDuration } from '../../core/duration.js';
import { ModelshipError } from '../../core/errors.js';
import type { KubernetesProviderSpec } from '../config.js';
import { kserveChoice, ociDigestOf, storageUriProblem } from './kserve-runtimes.js';
import type { DeployTarget, DeploymentProvider, ProviderContext, TrafficState } from './provider.js';

type Target = Pick<DeployTarget, 'model' | 'version' | 'sha256' | 'oci'> & { format?: string };

/** What the previous rollout left: the version and KServe revision traffic returns to on a revert. */
interface Previous {
  version: string;
  revision?: string;
}

const ANNOTATION = {
  version: 'modelship.dev/version',
  sha256: 'modelship.dev/sha256',
  digest: 'modelship.dev/storage-digest',
  previousVersion: 'modelship.dev/previous-version',
  previousRevision: 'modelship.dev/previous-revision',
} as const;

/** The InferenceService name of a model: a DNS label starting with a letter (KServe's IsvcNameFmt). */
export function inferenceServiceName(spec: Pick<KubernetesProviderSpec, 'name'>, model: string): string {
  const name = (spec.name ?? model).toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63).replace(/^[-0-9]+|-+$/g, '');
  if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(name)) throw new ModelshipError(`cannot make a KServe InferenceService name from "${spec.name ?? model}"`, { hint: 'set provider.name: lowercase letters, digits and dashes, starting with a letter' });
  return name;
}

/**
 * Where KServe's storage initializer fetches the version: the digest it was deployed by (`deploy --artifact
 * oci://...@sha256:`, carried by promotion, so every environment serves the same bytes), else the configured
 * template with {model} and {version} filled in.
 */
function storageUriFor(spec: KubernetesProviderSpec, target: Target): string {
  return target.oci ?? spec.storageUri.replaceAll('{model}', target.model).replaceAll('{version}', target.version);
}

/**
 * A KServe v1beta1 InferenceService for `target`: `modelFormat` and `protocolVersion` from the model's format
 * and the runtime, `canaryTrafficPercent` when a canary runs. `previous` names what traffic returns to.
 */
export function renderInferenceService(spec: KubernetesProviderSpec, target: Target, canaryPercent?: number, previous?: Previous): Record<string, unknown> {
  const name = inferenceServiceName(spec, target.model);
  const { choice, problem } = kserveChoice(spec, target.format);
  if (choice === undefined) throw new ModelshipError(`provider.${problem!.field}: ${problem!.message}`, { hint: problem!.hint });
  const uriProblem = target.oci ? undefined : storageUriProblem(spec.storageUri);
  if (uriProblem) throw new ModelshipError(`provider.storageUri: ${uriProblem}`);
  if (!/^[0-9a-f]{64}$/.test(target.sha256)) throw new ModelshipError(`refusing to render ${target.model} ${target.version} without its sha256`, { hint: 'the version must be known by its bytes (a deployment record with its sha256)' });
  const storageUri = storageUriFor(spec, target);
  const model: Record<string, unknown> = { modelFormat: { name: choice.modelFormat }, protocolVersion: choice.protocolVersion, storageUri };
  if (choice.runtime) model.runtime = choice.runtime;
  if (spec.resources) model.resources = spec.resources;
  const predictor: Record<string, unknown> = { model };
  if (spec.serviceAccountName) predictor.serviceAccountName = spec.serviceAccountName;
  if (spec.minReplicas !== undefined) predictor.minReplicas = spec.minReplicas;
  if (spec.maxReplicas !== undefined) predictor.maxReplicas = spec.maxReplicas;
  if (spec.scaleTarget !== undefined) predictor.scaleTarget = spec.scaleTarget;
  if (spec.scaleMetric !== undefined) predictor.scaleMetric = spec.scaleMetric;
  if (spec.nodeSelector) predictor.nodeSelector = spec.nodeSelector;
  if (spec.tolerations) predictor.tolerations = spec.tolerations;
  if (canaryPercent !== undefined && canaryPercent < 100) predictor.canaryTrafficPercent = canaryPercent;
  const digest = ociDigestOf(storageUri);
  const annotations: Record<string, string> = { [ANNOTATION.version]: target.version, [ANNOTATION.sha256]: target.sha256, ...(digest ? { [ANNOTATION.digest]: digest } : {}) };
  if (previous) {
    annotations[ANNOTATION.previousVersion] = previous.version;
    if (previous.revision) annotations[ANNOTATION.previousRevision] = previous.revision;
  }
  // cpu/memory scaling is the HPA's: KServe's webhook accepts those metrics only with the HPA autoscaler class.
  if (spec.scaleMetric === 'cpu' || spec.scaleMetric === 'memory') annotations['serving.kserve.io/autoscalerClass'] = 'hpa';
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name,
      ...(spec.namespace ? { namespace: spec.namespace } : {}),
      labels: { 'app.kubernetes.io/managed-by': 'modelship', 'modelship.dev/model': name },
      annotations,
    },
    spec: { predictor },
  };
}

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}

interface TrafficTarget {
  revisionName?: string;
  percent?: number;
  latestRevision?: boolean;
  tag?: string;
}

/** The parts of an InferenceService's status the provider reads back. */
export interface InferenceServiceStatus {
  generation: number;
  observedGeneration: number;
  annotations: Record<string, string>;
  canaryTrafficPercent?: number;
  conditions: Condition[];
  traffic: TrafficTarget[];
  latestCreatedRevision?: string;
  latestReadyRevision?: string;
  latestRolledoutRevision?: string;
  previousRolledoutRevision?: string;
  url?: string;
}

export function statusOf(isvc: Record<string, any>): InferenceServiceStatus {
  const predictor = isvc.status?.components?.predictor ?? {};
  return {
    generation: isvc.metadata?.generation ?? 0,
    observedGeneration: isvc.status?.observedGeneration ?? 0,
    annotations: isvc.metadata?.annotations ?? {},
    canaryTrafficPercent: isvc.spec?.predictor?.canaryTrafficPercent,
    conditions: isvc.status?.conditions ?? [],
    traffic: predictor.traffic ?? [],
    latestCreatedRevision: predictor.latestCreatedRevision,
    latestReadyRevision: predictor.latestReadyRevision,
    latestRolledoutRevision: predictor.latestRolledoutRevision,
    previousRolledoutRevision: predictor.previousRolledoutRevision,
    url: isvc.status?.url,
  };
}

/** The percent of traffic each revision gets, by name (KServe's `latestRevision: true` resolves to the latest ready revision). */
function percentsOf(s: InferenceServiceStatus): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of s.traffic) {
    const name = t.revisionName ?? (t.latestRevision ? s.latestReadyRevision : undefined);
    if (name) out[name] = (out[name] ?? 0) + (t.percent ?? 0);
  }
  return out;
}

export function describeSplit(s: InferenceServiceStatus): string {
  const parts = Object.entries(percentsOf(s)).map(([rev, p]) => `${rev} ${p}%${rev === s.latestReadyRevision ? ' (latest)' : ''}`);
  return parts.length ? parts.join(', ') : 'no traffic';
}

/** A failed or not-ready condition, as KServe wrote it: the reason and message users look up. */
function whyNotReady(s: InferenceServiceStatus): string {
  const bad = s.conditions.filter((c) => c.status !== 'True' && (c.reason || c.message));
  return bad.length ? bad.map((c) => `${c.type}=${c.status} ${c.reason ?? ''}${c.message ? `: ${c.message}` : ''}`.trim()).join('; ') : 'no condition says why';
}

/**
 * KServe through kubectl, verified by reading the InferenceService's status back after every change.
 *
 * - prepare: with a version rolled out, the candidate is applied with `canaryTrafficPercent: 0` (KServe
 *   makes a new revision beside the rolled-out one, with no traffic); with nothing rolled out it is applied
 *   whole. verify: the candidate's revision is the latest ready one, `Ready` is True.
 * - shiftTraffic: `canaryTrafficPercent: N`, then the status must show N % on the latest revision and the
 *   rest on the last rolled-out one before anything else runs. finalize: the percent is removed, and the
 *   status must show 100 % on the candidate, now `latestRolledoutRevision`.
 * - revert: `canaryTrafficPercent: 0` on the spec in place sends all traffic to the revision KServe rolled
 *   out before (during a canary, `latestRolledoutRevision`; after one, KServe moves to
 *   `previousRolledoutRevision`), checked by name against the revision the candidate replaced, and the
 *   status must show all traffic on it (KServe's pinned rollback: the spec keeps the candidate at 0 %; the
 *   next deploy replaces it). When that revision is gone, the last good manifest, with its sha256 and
 *   digest, is applied again and rolled out.
 *
 * A failed revision or a timeout reports the conditions' reason and message. kubectl runs via execFile with
 * the YAML on stdin (client-side apply; the API server validates fields strictly).
 */
export class KubernetesProvider implements DeploymentProvider {
  readonly type = 'kubernetes';
  constructor(
    private readonly spec: KubernetesProviderSpec,
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async prepare(_ctx: ProviderContext, target: DeployTarget): Promise<string> {
    const live = await this.read(target.model);
    const rolledOut = live?.latestRolledoutRevision;
    if (live === undefined || rolledOut === undefined) {
      await this.apply(renderInferenceService(this.spec, target));
      return `applied ${this.name(target)} ${target.version} whole: nothing was rolled out before (storageUri ${this.storageUri(target)})`;
    }
    if (live.annotations[ANNOTATION.version] === target.version && live.latestReadyRevision === rolledOut && live.canaryTrafficPercent === undefined) return `${target.version} is already applied (revision ${rolledOut})`;
    // After a pinned rollback the spec names the rolled-back version at 0 %: what serves is the revision it pinned.
    const pinnedBack = live.canaryTrafficPercent === 0 && live.annotations[ANNOTATION.previousRevision] === rolledOut ? live.annotations[ANNOTATION.previousVersion] : undefined;
    const previous = { version: pinnedBack ?? live.annotations[ANNOTATION.version] ?? 'unknown', revision: rolledOut };
    await this.apply(renderInferenceService(this.spec, target, 0, previous));
    return `applied ${target.version} beside revision ${rolledOut} (${previous.version}) with canaryTrafficPercent 0 (storageUri ${this.storageUri(target)})`;
  }

  async verify(_ctx: ProviderContext, target: DeployTarget): Promise<string> {
    const s = await this.waitFor(target, `revision of ${target.version} ready`, (st) => st.latestCreatedRevision !== undefined && st.latestReadyRevision === st.latestCreatedRevision && isReady(st));
    return `revision ${s.latestReadyRevision} of ${target.version} is ready (sha256 ${s.annotations[ANNOTATION.sha256]?.slice(0, 12)}); traffic: ${describeSplit(s)}`;
  }

  async shiftTraffic(_ctx: ProviderContext, traffic: TrafficState, target: DeployTarget): Promise<string> {
    const percent = traffic.weights[target.version] ?? 0;
    if (percent === 0) return 'no traffic for the candidate: nothing to apply';
    if (percent >= 100) return this.rollOut(target, 'rolled out', true);
    const live = await this.read(target.model);
    const previous = live ? { version: live.annotations[ANNOTATION.previousVersion] ?? traffic.stable ?? 'unknown', revision: live.annotations[ANNOTATION.previousRevision] } : undefined;
    await this.apply(renderInferenceService(this.spec, target, percent, previous));
    const s = await this.waitFor(target, `${percent}% on the latest revision`, (st) => {
      const split = percentsOf(st);
      return st.latestReadyRevision === st.latestCreatedRevision && split[st.latestReadyRevision!] === percent && st.latestRolledoutRevision !== undefined && split[st.latestRolledoutRevision] === 100 - percent;
    });
    return `canaryTrafficPercent ${percent}: traffic ${describeSplit(s)} (rolled out before: ${s.latestRolledoutRevision})`;
  }

  async finalize(_ctx: ProviderContext, _traffic: TrafficState, target: DeployTarget): Promise<string> {
    return this.rollOut(target, 'rolled out', true);
  }

  async revert(ctx: ProviderContext, lastGood: TrafficState, lastGoodTarget?: DeployTarget): Promise<string> {
    if (lastGood.stable === null) return 'nothing was live before: left as is (delete the InferenceService by hand if wanted)';
    if (lastGoodTarget?.version !== lastGood.stable) throw new ModelshipError(`cannot revert ${ctx.model} to ${lastGood.stable}: its deployment (artifact and sha256) is not known`, { hint: 'nothing was applied; re-deploy the version by hand' });
    const good: Target = { ...lastGoodTarget };
    const live = await this.read(ctx.model);
    if (live === undefined || live.annotations[ANNOTATION.version] === good.version) return this.rollOut(good, 'restored');
    const pinned = live.annotations[ANNOTATION.previousVersion] === good.version ? live.annotations[ANNOTATION.previousRevision] : undefined;
    const stillThere = pinned !== undefined && (pinned === live.latestRolledoutRevision || pinned === live.previousRolledoutRevision) && /^[0-9a-f]{64}$/.test(live.annotations[ANNOTATION.sha256] ?? '');
    if (!stillThere) return `revision of ${good.version} gone: ${await this.rollOut(good, 're-applied')}`;
    // KServe's rollback: canaryTrafficPercent 0 on the spec in place (no new revision) routes everything to the rolled-out revision.
    const candidate: Target = { model: ctx.model, version: live.annotations[ANNOTATION.version], sha256: live.annotations[ANNOTATION.sha256], format: good.format };
    await this.apply(renderInferenceService(this.spec, candidate, 0, { version: good.version, revision: pinned }));
    const s = await this.waitFor(candidate, `all traffic back on revision ${pinned}`, (st) => percentsOf(st)[pinned] === 100, false);
    return `rolled back to revision ${pinned} (${good.version}, sha256 ${good.sha256.slice(0, 12)}): traffic ${describeSplit(s)}; the spec keeps ${candidate.version} at canaryTrafficPercent 0 (KServe's pinned rollback; the next deploy replaces it)`;
  }

  /**
   * What KServe serves, from the InferenceService's annotations and status: the rolled-out version, a
   * canary's split, or the version a pinned rollback returned to. Undefined when there is no
   * InferenceService or it does not say (not written by Modelship).
   */
  async observe(ctx: ProviderContext): Promise<TrafficState | undefined> {
    const live = await this.read(ctx.model);
    const version = live?.annotations[ANNOTATION.version];
    if (live === undefined || version === undefined) return undefined;
    const base = { candidate: null, previous: null, headerRoutes: [], sticky: null, shadow: null, strategy: 'canary' };
    if (live.latestRolledoutRevision === undefined) return { ...base, stable: null, weights: {} };
    const previous = live.annotations[ANNOTATION.previousVersion];
    const percent = live.canaryTrafficPercent;
    const pinnedRevision = live.annotations[ANNOTATION.previousRevision];
    if (percent === undefined) return { ...base, stable: version, previous: previous ?? null, weights: { [version]: 100 } };
    // A canary at N %, or (N = 0) the candidate installed beside / a pinned rollback: what serves is the revision it replaced.
    if (previous === undefined || pinnedRevision !== live.latestRolledoutRevision) return undefined;
    if (percent === 0) return { ...base, stable: previous, weights: { [previous]: 100 } };
    return { ...base, stable: previous, candidate: version, weights: { [previous]: 100 - percent, [version]: percent } };
  }

  /**
   * Applies `target` without a canary percent and waits until KServe reports it rolled out with all traffic.
   * `keepPrevious`: a canary's own rollout keeps naming the revision it replaced (a revert after the 100 %
   * step still finds it as KServe's `previousRolledoutRevision`).
   */
  private async rollOut(target: Target, verb: string, keepPrevious = false): Promise<string> {
    const live = keepPrevious ? await this.read(target.model) : undefined;
    const previous = live?.annotations[ANNOTATION.version] === target.version && live.annotations[ANNOTATION.previousVersion] ? { version: live.annotations[ANNOTATION.previousVersion], revision: live.annotations[ANNOTATION.previousRevision] } : undefined;
    await this.apply(renderInferenceService(this.spec, target, undefined, previous));
    const s = await this.waitFor(target, `100% on ${target.version}`, (st) => st.latestReadyRevision === st.latestCreatedRevision && percentsOf(st)[st.latestReadyRevision!] === 100 && st.latestRolledoutRevision === st.latestReadyRevision && isReady(st));
    return `${verb} ${target.version} as revision ${s.latestRolledoutRevision}${s.previousRolledoutRevision ? ` (previous rolled-out ${s.previousRolledoutRevision})` : ''}; traffic ${describeSplit(s)}${s.url ? `; ${s.url}` : ''}`;
  }

  /**
   * Reads the status until `done` holds for the current generation of `target`'s spec. A revision KServe
   * reports failed stops the wait at once (when `failFast`); a timeout names the conditions' reasons.
   */
  private async waitFor(target: Target, what: string, done: (s: InferenceServiceStatus) => boolean, failFast = true): Promise<InferenceServiceStatus> {
    const timeout = parseDuration(this.spec.readyTimeout ?? '5m', 'provider.readyTimeout');
    const every = parseDuration(this.spec.pollInterval ?? '2s', 'provider.pollInterval');
    const deadline = Date.now() + timeout;
    const name = this.name(target);
    for (;;) {
      const s = await this.read(target.model);
      if (s === undefined) throw new ModelshipError(`InferenceService ${name} is gone while waiting for ${what}`);
      const current = s.observedGeneration >= s.generation && s.annotations[ANNOTATION.version] === target.version;
      if (current && done(s)) return s;
      const failed = s.conditions.find((c) => c.status === 'False' && /Failed|Error/i.test(`${c.reason ?? ''}`));
      if (current && failFast && failed && s.latestCreatedRevision !== s.latestReadyRevision) {
        throw new ModelshipError(`revision ${s.latestCreatedRevision} of ${target.version} failed: ${failed.reason}: ${failed.message ?? ''}`.trim(), { hint: `traffic: ${describeSplit(s)}; kubectl describe inferenceservice ${name}` });
      }
      if (Date.now() >= deadline) {
        throw new ModelshipError(`InferenceService ${name} did not reach "${what}" within ${this.spec.readyTimeout ?? '5m'}: ${whyNotReady(s)}`, { hint: `traffic: ${describeSplit(s)}; generation ${s.generation}, observed ${s.observedGeneration}` });
      }
      await this.sleep(every);
    }
  }

  /** Applies an InferenceGraph (providers/kserve-graph.ts) and reads it back: what the API server stored. */
  async applyInferenceGraph(manifest: Record<string, unknown>): Promise<string> {
    const name = (manifest.metadata as { name: string }).name;
    await this.apply(manifest);
    const stored = JSON.parse(await this.kubectl(['get', `inferencegraph.serving.kserve.io/${name}`, '-o', 'json', ...this.scope()])) as { metadata?: { generation?: number }; spec?: { nodes?: Record<string, unknown> } };
    return `applied InferenceGraph ${name} (generation ${stored.metadata?.generation ?? '?'}, nodes: ${Object.keys(stored.spec?.nodes ?? {}).join(', ')})`;
  }

  /** The InferenceService's status, or undefined when it does not exist. */
  private async read(model: string): Promise<InferenceServiceStatus | undefined> {
    const name = inferenceServiceName(this.spec, model);
    try {
      const out = await this.kubectl(['get', `inferenceservice.serving.kserve.io/${name}`, '-o', 'json', ...this.scope()]);
      return statusOf(JSON.parse(out) as Record<string, any>);
    } catch (err) {
      // kubectl prints the API server's Status reason: "Error from server (NotFound): ...".
      if (/\(NotFound\)/.test((err as Error).message)) return undefined;
      throw err;
    }
  }

  private name(target: Pick<Target, 'model'>): string {
    return inferenceServiceName(this.spec, target.model);
  }

  private storageUri(target: Target): string {
    return storageUriFor(this.spec, target);
  }

  private scope(): string[] {
    return [...(this.spec.namespace ? ['--namespace', this.spec.namespace] : []), ...(this.spec.context ? ['--context', this.spec.context] : [])];
  }

  private apply(manifest: Record<string, unknown>): Promise<string> {
    return this.kubectl(['apply', '-f', '-', ...this.scope()], stringify(manifest));
  }

  private kubectl(args: string[], stdin?: string): Promise<string> {
    const bin = this.spec.kubectl ?? 'kubectl';
    return new Promise((resolve, reject) => {
      const child = execFile(bin, args, { env: this.env, timeout: 10 * 60_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
        if (err) {
          const out = `${stdout}${stderr}`.trim().slice(-2000);
          reject(new ModelshipError(`kubectl ${args[0]} failed: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? `${bin} not found` : out || err.message}`));
        } else resolve(stdout);
      });
      if (stdin !== undefined) child.stdin?.end(stdin);
    });
  }
}

function isReady(s: InferenceServiceStatus): boolean {
  return s.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
}
