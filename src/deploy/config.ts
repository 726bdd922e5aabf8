import type { BatchProviderSpec } from '../batch/config.js';
import type { LoadedConfig } from '../core/config.js';
import { parseDuration } from '../core/duration.js';
import { ModelshipError } from '../core/errors.js';
import { didYouMean } from '../core/text.js';

/** The `environments:` section of modelship.yml (schema/sections/environments.json is the authority). */

export interface LocalProviderSpec {
  type: 'local';
  /** The model repository folder, relative to the project. Default `.modelship/repository`. */
  root?: string;
}

export interface CommandProviderSpec {
  type: 'command';
  /** One argument array per step; a missing step does nothing. Placeholders only in `env` values. */
  prepare?: string[];
  shiftTraffic?: string[];
  verify?: string[];
  finalize?: string[];
  revert?: string[];
  env?: Record<string, string>;
  timeout?: string | number;
}

export interface WebhookProviderSpec {
  type: 'webhook';
  url: string;
  /** The HMAC key; write `${env:NAME}` so it never sits in the file. */
  secret: string;
  timeout?: string | number;
  retries?: number;
}

export interface KubernetesProviderSpec {
  type: 'kubernetes';
  namespace?: string;
  /** InferenceService name; default the model name. */
  name?: string;
  /** Template of the storage URI (s3, gs, pvc, hf, https, or oci pinned by digest); `{model}` and `{version}` are replaced. */
  storageUri: string;
  /** KServe `modelFormat.name`; default from the model's format (onnx, torchscript/pytorch, savedmodel, safetensors). */
  modelFormat?: 'onnx' | 'sklearn' | 'xgboost' | 'lightgbm' | 'pytorch' | 'tensorflow' | 'triton' | 'huggingface';
  /** Inference protocol of the runtime (default v2, the Open Inference Protocol). */
  protocolVersion?: 'v1' | 'v2';
  runtime?: string;
  /** The service account whose secrets carry the storage credentials. */
  serviceAccountName?: string;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  minReplicas?: number;
  maxReplicas?: number;
  scaleTarget?: number;
  scaleMetric?: 'concurrency' | 'rps' | 'cpu' | 'memory';
  nodeSelector?: Record<string, string>;
  tolerations?: Array<{ key?: string; operator?: 'Exists' | 'Equal'; value?: string; effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute'; tolerationSeconds?: number }>;
  kubectl?: string;
  context?: string;
  readyTimeout?: string | number;
  /** How often the InferenceService's status is read back while waiting (default 2s). */
  pollInterval?: string | number;
}

export interface EdgeProviderSpec {
  type: 'edge';
  /** The channel folder devices read (served, synced or committed), relative to the project. */
  channel: string;
  /** Ed25519 private key (PEM or base64 PKCS#8 DER); write `${env:NAME}` so it never sits in the file. */
  signingKey: string;
  /** Absolute base URL of the model files in manifests; default relative to the manifest. */
  baseUrl?: string;
  /** onnxruntime versions the model needs (a semver range), checked by devices. */
  minRuntime?: string;
}

export type ProviderSpec = LocalProviderSpec | CommandProviderSpec | WebhookProviderSpec | KubernetesProviderSpec | BatchProviderSpec | EdgeProviderSpec;

export interface CanaryStep {
  weight: number;
  /** A duration, `{duration}`, or `{}`: wait until `modelship rollout promote` (Argo's indefinite pause). */
  pause?: string | number | { duration?: string | number };
}

/** Argo Rollouts' `progressDeadlineSeconds` default (600 s): a rollout that shows no progress for this long has failed. */
export const DEFAULT_PROGRESS_DEADLINE = '10m';

export interface AnalysisSpec {
  /**
   * The analysis template: a gate under `gates:` judged at each measurement (its sources may be live:
   * Prometheus, modelship serve; its strings may use {{candidate}}, {{stable}}, {{model}}, {{environment}},
   * {{args.NAME}}). Optional when `sequential` judges alone.
   */
  gate?: string;
  /** Values of the template's {{args.NAME}} placeholders, per environment. */
  args?: Record<string, string>;
  /** Time between measurements (Argo `interval`); needed when count > 1. */
  interval?: string | number;
  /** Measurements per analysis run (default 1). */
  count?: number;
  /** Failed measurements tolerated (Argo `failureLimit`): the run fails when failures > limit. */
  failureLimit?: number;
  /** Inconclusive measurements tolerated: beyond it the rollout pauses for a person. */
  inconclusiveLimit?: number;
  /** Measurements that could not be taken, in a row, tolerated (default 4): beyond it the rollout aborts. */
  consecutiveErrorLimit?: number;
  /** Candidate vs stable error proportions, compared by a sequential test over the same windows. */
  sequential?: SequentialSpec;
}

export interface SequentialSpec {
  /** The modelship serve whose /metrics is read (default: the origin of the environment's url). */
  url?: string;
  /** Each measurement's window (two scrapes this far apart; default 10s). */
  window?: string | number;
  alpha?: number;
  beta?: number;
  relativeRisk?: number;
}

/** strategy `bandit`: traffic allocated by outcomes (docs/deploy.md "Bandit"). */
export interface BanditSpec {
  /** `thompson` (default) or `epsilon-greedy`. */
  algorithm?: 'thompson' | 'epsilon-greedy';
  /** `binary` (default): labels fed back, reward 1 when the answer matched; `continuous`: values fed back, reward -|error|. */
  reward?: 'binary' | 'continuous';
  /** The least share of traffic each arm keeps (default 0.05). */
  floor?: number;
  /** epsilon-greedy: the share explored (default 0.1). */
  epsilon?: number;
  /** The posterior probability of being best that decides the winner (default 0.95). */
  bound?: number;
  /** Rewards over all arms before deciding (default 200). */
  minRewards?: number;
  /** How often the rollout reads the experiment's state (default 30s). */
  interval?: string | number;
  /** More arms: versions already installed in the environment, beside the live and the new one. */
  arms?: string[];
}

export const BANDIT_DEFAULTS = { algorithm: 'thompson', reward: 'binary', floor: 0.05, epsilon: 0.1, bound: 0.95, minRewards: 200, interval: '30s' } as const;

export interface StrategySpec {
  type: 'direct' | 'blue-green' | 'canary' | 'ab' | 'shadow' | 'bandit';
  /** bandit: the experiment's settings. */
  bandit?: BanditSpec;
  steps?: CanaryStep[];
  analysis?: AnalysisSpec;
  /** blue-green: judged on the preview before the switch; a failure leaves the active version untouched. */
  prePromotionAnalysis?: AnalysisSpec;
  /** blue-green: judged after the switch; a failure (or error) switches back. */
  postPromotionAnalysis?: AnalysisSpec;
  /** ab: candidate weight (0-100) and/or header routes. */
  weight?: number;
  header?: { name?: string; cookie?: string; value: string; match?: 'exact' | 'regex' };
  /** ab/canary: hash this header's value onto the weights, so each user stays on one version. */
  sticky?: { header: string };
  /** ab: the gate that picks the winner (a statistical test over the two arms' metrics). */
  winnerGate?: string;
  /** shadow: share of traffic mirrored to the candidate. */
  percent?: number;
  /** shadow/ab: how long to observe before judging. */
  duration?: string | number;
  /** shadow: the /metrics of the modelship serve that mirrors (default for local: `url`'s origin, else 127.0.0.1:8080). */
  metricsUrl?: string;
  /** shadow: fail when the mirror's error rate exceeds stable's by more than this (default 0.01). */
  maxErrorRateIncrease?: number;
  /** shadow: mirrored requests needed for a judgement (default 100); fewer fails as "not enough traffic". */
  minRequests?: number;
  /** A rollout with no journaled progress (step, heartbeat) for this long has failed and is reverted. Default 10m. */
  progressDeadline?: string | number;
}

export interface EnvironmentSpec {
  order?: number;
  provider?: ProviderSpec;
  strategy?: StrategySpec;
  gates?: string[];
  githubEnvironment?: string;
  url?: string;
  requires?: string;
  /** Folder of the local state file and locks, relative to the project. Default `.modelship/deployments`. */
  stateDir?: string;
}

/** One environment with defaults applied and its place in the order. */
export interface Environment {
  name: string;
  order: number;
  provider: ProviderSpec;
  strategy: StrategySpec;
  gates: string[];
  githubEnvironment?: string;
  url?: string;
  /** The environment a version must be live in before promotion here (null for the first). */
  requires: string | null;
  stateDir: string;
}

export const DEFAULT_REPOSITORY = '.modelship/repository';
export const DEFAULT_STATE_DIR = '.modelship/deployments';

/** All environments in promotion order (explicit `order`, else position in the file). */
export function environmentsOf(loaded: LoadedConfig): Environment[] {
  const section = (loaded.config.environments ?? {}) as Record<string, EnvironmentSpec>;
  const list = Object.entries(section).map(([name, spec], index) => ({ name, spec, order: spec.order ?? index }));
  list.sort((a, b) => a.order - b.order);
  return list.map(({ name, spec, order }, i) => {
    const requires = spec.requires ?? (i > 0 ? list[i - 1].name : null);
    if (requires !== null && !Object.hasOwn(section, requires)) {
      throw new ModelshipError(`environment "${name}" requires unknown environment "${requires}"`, {
        location: loaded.locate(['environments', name, 'requires']),
        hint: didYouMean(requires, Object.keys(section)) ?? `environments: ${Object.keys(section).join(', ')}`,
      });
    }
    const strategy = spec.strategy ?? { type: 'direct' };
    for (const [k, step] of (strategy.steps ?? []).entries()) pauseMsOf(step.pause, `environments.${name}.strategy.steps[${k}].pause`);
    if (parseDuration(strategy.progressDeadline ?? DEFAULT_PROGRESS_DEADLINE, `environments.${name}.strategy.progressDeadline`) <= 0) {
      throw new ModelshipError(`environments.${name}.strategy.progressDeadline must be longer than 0`, { location: loaded.locate(['environments', name, 'strategy', 'progressDeadline']) });
    }
    checkHeaderRoute(loaded, name, strategy);
    checkBandit(loaded, name, strategy, spec.provider?.type ?? 'local');
    checkAnalyses(loaded, name, strategy);
    return {
      name,
      order,
      provider: spec.provider ?? { type: 'local' },
      strategy,
      gates: spec.gates ?? [],
      githubEnvironment: spec.githubEnvironment,
      url: spec.url,
      requires,
      stateDir: spec.stateDir ?? DEFAULT_STATE_DIR,
    };
  });
}

/** A step's pause in ms: undefined for none, null for `{}` (until promoted). */
export function pauseMsOf(pause: CanaryStep['pause'], what: string): number | null | undefined {
  if (pause === undefined) return undefined;
  if (typeof pause === 'object' && pause !== null) return pause.duration === undefined ? null : parseDuration(pause.duration, `${what}.duration`);
  return parseDuration(pause, what);
}

/** The environment's progress deadline in ms. */
export function progressDeadlineMs(env: Environment): number {
  return parseDuration(env.strategy.progressDeadline ?? DEFAULT_PROGRESS_DEADLINE, `environments.${env.name}.strategy.progressDeadline`);
}

export function environmentOf(loaded: LoadedConfig, name: string): Environment {
  const all = environmentsOf(loaded);
  const found = all.find((e) => e.name === name);
  if (found === undefined) {
    throw new ModelshipError(`unknown environment "${name}" in ${loaded.file}`, {
      location: loaded.locate(['environments']),
      hint: didYouMean(name, all.map((e) => e.name)) ?? (all.length ? `environments: ${all.map((e) => e.name).join(', ')}` : 'add an `environments:` section (see docs/deploy.md)'),
    });
  }
  return found;
}

/** The model a request names, or the only configured one. */
export function modelNameOf(loaded: LoadedConfig, requested: string | undefined): string {
  const names = Object.keys(loaded.config.models);
  if (requested !== undefined) {
    if (!Object.hasOwn(loaded.config.models, requested)) {
      throw new ModelshipError(`unknown model "${requested}" in ${loaded.file}`, { hint: didYouMean(requested, names) ?? `models: ${names.join(', ')}` });
    }
    return requested;
  }
  if (names.length !== 1) throw new ModelshipError(`${loaded.file} configures ${names.length} models: pass --model NAME`, { hint: `models: ${names.join(', ')}` });
  return names[0];
}

/** What the schema cannot say of an analysis: durations that parse, and `count > 1` only with an `interval`. */
function checkAnalyses(loaded: LoadedConfig, env: string, strategy: StrategySpec): void {
  for (const key of ['analysis', 'prePromotionAnalysis', 'postPromotionAnalysis'] as const) {
    const a = strategy[key];
    if (!a) continue;
    const where = `environments.${env}.strategy.${key}`;
    if (a.interval !== undefined) parseDuration(a.interval, `${where}.interval`);
    if (a.sequential?.window !== undefined) parseDuration(a.sequential.window, `${where}.sequential.window`);
    if ((a.count ?? 1) > 1 && a.interval === undefined) {
      throw new ModelshipError(`${where}: count ${a.count} needs an interval between the measurements`, { location: loaded.locate(['environments', env, 'strategy', key, 'count']), hint: 'add e.g. interval: 30s' });
    }
    if (key !== 'analysis' && strategy.type !== 'blue-green') {
      throw new ModelshipError(`${where} is for blue-green; a ${strategy.type} rollout never runs it`, { location: loaded.locate(['environments', env, 'strategy', key]), hint: 'use strategy.analysis' });
    }
  }
}

/** What the schema cannot say of a bandit: the local provider (serve allocates), a floor every arm can keep, a parsable interval. */
function checkBandit(loaded: LoadedConfig, env: string, strategy: StrategySpec, provider: string): void {
  if (strategy.type !== 'bandit') {
    if (strategy.bandit) throw new ModelshipError(`environments.${env}.strategy.bandit is for strategy type bandit, not ${strategy.type}`, { location: loaded.locate(['environments', env, 'strategy', 'bandit']) });
    return;
  }
  const at = ['environments', env, 'strategy'];
  if (provider !== 'local') {
    throw new ModelshipError(`environments.${env}: strategy bandit needs the local provider (modelship serve allocates the traffic), not ${provider}`, { location: loaded.locate([...at, 'type']), hint: 'use strategy ab with a winner gate on other providers' });
  }
  const b = strategy.bandit ?? {};
  const arms = 2 + (b.arms?.length ?? 0);
  const floor = b.floor ?? BANDIT_DEFAULTS.floor;
  if (floor * arms > 1) throw new ModelshipError(`environments.${env}.strategy.bandit.floor ${floor} cannot hold for ${arms} arms (floor x arms must be at most 1)`, { location: loaded.locate([...at, 'bandit', 'floor']) });
  if (parseDuration(b.interval ?? BANDIT_DEFAULTS.interval, `environments.${env}.strategy.bandit.interval`) <= 0) throw new ModelshipError(`environments.${env}.strategy.bandit.interval must be longer than 0`, { location: loaded.locate([...at, 'bandit', 'interval']) });
  if (strategy.duration !== undefined) parseDuration(strategy.duration, `environments.${env}.strategy.duration`);
}

/** The A/B header route: exactly one of `name` and `cookie`, and a regular expression that compiles. */
function checkHeaderRoute(loaded: LoadedConfig, env: string, strategy: StrategySpec): void {
  const h = strategy.header;
  if (!h) return;
  const at = ['environments', env, 'strategy', 'header'];
  if ((h.name === undefined) === (h.cookie === undefined)) {
    throw new ModelshipError(`environments.${env}.strategy.header: give exactly one of "name" (a header) and "cookie"`, { location: loaded.locate(at) });
  }
  if (h.match === 'regex') {
    try {
      new RegExp(h.value, 'u');
    } catch (err) {
      throw new ModelshipError(`environments.${env}.strategy.header.value is not a valid regular expression: ${(err as Error).message}`, { location: loaded.locate([...at, 'value']) });
    }
  }
}
