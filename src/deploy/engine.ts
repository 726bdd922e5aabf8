/**
 * The deploy engine: the one API the CLI, the deploy action and chatops call.
 *
 *   deploy(loaded, {environment, model?, version?, artifact?, resume?, actor?}, options) → DeployResult
 *   promote(loaded, {model?, to, version?, actor?}, options)                              → DeployResult
 *   rollback(loaded, {environment, model?, to?, actor?}, options)                         → DeployResult
 *   status(loaded, {environment?, model?}, options)                                       → StatusResult
 *   lock(loaded, {environment, reason?, actor?}, options) / unlock(...)                   → LockResult
 *   adopt(loaded, {environment, model?, actor?}, options)                                 → DeployResult
 *
 * options: {dryRun?, store?: DeploymentStore (default: the local state file of the environment), log?,
 * analysis?: AnalysisRunner (default: the gate engine), provider?: (env, default) => DeploymentProvider
 * (wrap or replace, e.g. in tests), sleep?, live?: LiveBaselineProvider (for gates)}.
 *
 * Guarantees: one deploy per environment at a time (the lock; refused → ModelshipError exit 2 naming the
 * holder); every step is journaled before and after it runs, so a killed process is found by the next
 * run (`status` shows it; `deploy --resume` — version and artifact from the journal — or `rollback`
 * clear it); any failure reverts through the provider to the last good traffic and the result says which
 * version is live (`liveVersion`); what ships is validated (format by content, safety, signature) and its
 * sha256 checked against its manifest and against the previous environment on promotion; a version is
 * immutable (other bytes under a known version are refused); deploying what is already live is a `noop`;
 * `dryRun` plans without touching anything. The user is `actor`, else the OS user: a manual lock lets its
 * holder deploy. Refusals (unknown environment, artifact not valid or changed, promotion not allowed, lock
 * held, interrupted deploy, state and provider disagreeing) throw ModelshipError with exit code 2 before
 * anything is recorded; a failed or aborted rollout returns outcome `aborted` (exit 1).
 */
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { getModel, type LoadedConfig } from '../core/config.js';
import { ExitCode, ModelshipError } from '../core/errors.js';
import type { LiveBaselineProvider } from '../gate/baseline.js';
import { runGate } from '../gate/run.js';
import { blastRadius, runAnalysis, type AnalysisRunResult } from './analysis-run.js';
import { GateAnalysisRunner, type AnalysisRunner } from './analysis.js';
import { checkDigestReference, fetchModelByDigest } from '../package/fetch-model.js';
import { isOciUri } from '../package/reference.js';
import { checkArtifact } from './artifact-check.js';
import { sha256File } from './atomic.js';
import { environmentOf, environmentsOf, modelNameOf, progressDeadlineMs, type AnalysisSpec, type Environment } from './config.js';
import { RolloutControl } from './control.js';
import { recoverStalled, targetOf } from './recovery.js';
import { rolloutView } from './rollout-status.js';
import { formatDuration } from '../core/duration.js';
import { providerFor } from './providers/index.js';
import { describeTraffic } from './providers/local.js';
import { emptyTraffic, settledTraffic, type DeployTarget, type DeploymentProvider, type ProviderContext, type TrafficState } from './providers/provider.js';
import { liveBaselinesFromState } from './live-baseline.js';
import { candidateMetrics, recordVersionMetrics } from './version-metrics.js';
import { LockFile } from './state/lock-file.js';
import { defaultOwner, osUser } from './state/local.js';
import { storeFor } from './state/select.js';
import type { DeploymentPayload, DeploymentRecord, DeploymentStore } from './state/store.js';
import { strategyFor } from './strategies/index.js';
import { RolloutAborted, type AnalysisKey, type StrategyContext } from './strategies/strategy.js';
import type { AdoptRequest, DeployRequest, DeployResult, EnvironmentStatus, LockRequest, LockResult, PromoteRequest, RollbackRequest, RolloutAction, RolloutControlResult, RolloutRequest, StatusRequest, StatusResult, StepRecord } from './types.js';

export type * from './types.js';

export interface EngineOptions {
  dryRun?: boolean;
  store?: DeploymentStore;
  log?: (line: string) => void;
  analysis?: AnalysisRunner;
  provider?: (env: Environment, fallback: DeploymentProvider) => DeploymentProvider;
  sleep?: (ms: number) => Promise<void>;
  live?: LiveBaselineProvider;
  /** Registry credentials and settings for oci:// artifacts (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Aborts the running rollout (SIGINT/SIGTERM, a cancelled job): it reverts to the last good version and says why. */
  signal?: AbortSignal;
  /** How often a waiting rollout reads `modelship rollout` requests; default the store's (local 250 ms, GitHub 15 s). */
  controlPollMs?: number;
}

/** The exit code for a result: 0 deployed/rolled back/noop/planned, 1 aborted. */
export function exitCodeOf(result: DeployResult): ExitCode {
  return result.outcome === 'aborted' ? ExitCode.Failed : ExitCode.Pass;
}

export { storeFor } from './state/select.js';

/** Gates with `baseline: {live}` read the state this engine writes, unless the caller brings its own provider. */
function liveOf(loaded: LoadedConfig, options: EngineOptions): LiveBaselineProvider {
  return options.live ?? liveBaselinesFromState(loaded, options);
}

export async function deploy(loaded: LoadedConfig, request: DeployRequest, options: EngineOptions = {}): Promise<DeployResult> {
  const env = environmentOf(loaded, request.environment);
  const model = modelNameOf(loaded, request.model);
  const modelConfig = getModel(loaded, model);
  if (request.version === undefined) {
    if (request.resume !== true) throw new ModelshipError(`deploy to ${env.name} needs a version`, { hint: `modelship deploy ${env.name} VERSION` });
    return rollout(loaded, env, await resumeTarget(loaded, env, model, options), request.actor, options, { resume: true, gates: true });
  }
  // oci://registry/repository@sha256:... is pulled, verified and extracted into the project's cache first.
  const fetched = request.artifact !== undefined && isOciUri(request.artifact) ? await fetchModelByDigest(request.artifact, path.join(loaded.root, '.modelship', 'oci'), options.env ?? process.env) : undefined;
  const artifact = fetched?.file ?? loaded.resolvePath(request.artifact ?? modelConfig.path, request.artifact ? [] : ['models', model, 'path']);
  const sha256 = await verifiedSha256(artifact, request.artifact === undefined ? `model "${model}" (models.${model}.path in ${path.basename(loaded.file)})` : '--artifact');
  const { format } = await checkArtifact(loaded, model, request.version, artifact, sha256);
  const target: DeployTarget = { model, version: request.version, artifact, sha256, format, signature: modelConfig.signature, metrics: await metricsFor(loaded, model, artifact), ...(fetched ? { oci: fetched.reference } : {}) };
  target.versionMetrics = await recordVersionMetrics(loaded, env, model, request.version, { firstDeploy: true });
  return rollout(loaded, env, target, request.actor, options, { resume: request.resume === true, gates: true });
}

/** `deploy ENV --resume` without a version: the interrupted deployment's own version and artifact, from its journal. */
async function resumeTarget(loaded: LoadedConfig, env: Environment, model: string, options: EngineOptions): Promise<DeployTarget> {
  const history = await storeFor(loaded, env, options).history(env.name, model);
  const interrupted = history.find((r) => r.status === 'in_progress');
  if (interrupted === undefined) {
    throw new ModelshipError(`nothing to resume in ${env.name}: no deployment of ${model} was interrupted`, { hint: `modelship status ${env.name} shows what is live; to deploy a version: modelship deploy ${env.name} VERSION` });
  }
  const { version, artifact, sha256: recorded, metrics, versionMetrics } = interrupted.payload;
  const sha256 = await sha256File(artifact).catch(() => {
    throw new ModelshipError(`cannot resume ${model} ${version} in ${env.name}: its artifact ${artifact} is gone`, { hint: `go back instead: modelship rollback ${env.name}` });
  });
  if (sha256 !== recorded) {
    throw new ModelshipError(`cannot resume ${model} ${version} in ${env.name}: ${artifact} has sha256 ${sha256.slice(0, 12)}, but the interrupted deployment shipped ${recorded.slice(0, 12)}`, { hint: `the file changed since; go back (modelship rollback ${env.name}) and deploy the new bytes as a new version` });
  }
  const { format } = await checkArtifact(loaded, model, version, artifact, sha256);
  return { model, version, artifact, sha256, format, signature: getModel(loaded, model).signature, ...(metrics ? { metrics } : {}), ...(versionMetrics ? { versionMetrics } : {}) };
}

export async function promote(loaded: LoadedConfig, request: PromoteRequest, options: EngineOptions = {}): Promise<DeployResult> {
  const env = environmentOf(loaded, request.to);
  const model = modelNameOf(loaded, request.model);
  if (env.requires === null) {
    throw new ModelshipError(`"${env.name}" is the first environment: there is nothing to promote from`, { hint: `use: modelship deploy ${env.name} VERSION` });
  }
  const from = environmentOf(loaded, env.requires);
  const fromStore = storeFor(loaded, from, options);
  const history = await fromStore.history(from.name, model);
  const live = history.find((r) => r.status === 'success');
  const interrupted = history.find((r) => r.status === 'in_progress');
  if (live === undefined) throw new ModelshipError(`cannot promote ${model} to ${env.name}: nothing is live in ${from.name}`, { hint: `deploy it there first: modelship deploy ${from.name} VERSION` });
  if (request.version !== undefined && request.version !== live.payload.version) {
    throw new ModelshipError(`cannot promote ${model} ${request.version} to ${env.name}: ${from.name} runs ${live.payload.version}`, { hint: 'only a version live and healthy in the previous environment can be promoted' });
  }
  if (interrupted) throw new ModelshipError(`cannot promote from ${from.name}: a deployment there was interrupted at "${lastStep(interrupted)}"`, { hint: `finish it first: modelship deploy ${from.name} --resume, or modelship rollback ${from.name}` });
  // The hop check: the artifact must still be the bytes that were verified in the previous environment.
  const sha256 = await sha256File(live.payload.artifact).catch(() => {
    throw new ModelshipError(`cannot promote: the artifact ${live.payload.artifact} deployed to ${from.name} is gone`);
  });
  if (sha256 !== live.payload.sha256) {
    // A refusal before anything runs (exit 2): nothing was changed, so nothing was reverted.
    throw new ModelshipError(`cannot promote ${model} ${live.payload.version} to ${env.name}: ${live.payload.artifact} has sha256 ${sha256.slice(0, 12)}, but ${from.name} verified ${live.payload.sha256.slice(0, 12)}`, { hint: `nothing was changed. The file changed since it was deployed to ${from.name}; release the change as a new version and deploy it there first` });
  }
  // Deployed by digest: the registry must still serve those bytes under that digest.
  if (live.payload.oci) await checkDigestReference(live.payload.oci, live.payload.sha256, options.env ?? process.env);
  const modelConfig = getModel(loaded, model);
  const { format } = await checkArtifact(loaded, model, live.payload.version, live.payload.artifact, sha256);
  const target: DeployTarget = { model, version: live.payload.version, artifact: live.payload.artifact, sha256, format, signature: modelConfig.signature, metrics: live.payload.metrics, ...(live.payload.oci ? { oci: live.payload.oci } : {}) };
  // The promoted version's metrics: at its release tag, checked against what the previous environment recorded.
  target.versionMetrics = await recordVersionMetrics(loaded, env, model, target.version, { recorded: live.payload.versionMetrics, firstDeploy: false });
  return rollout(loaded, env, target, request.actor, options, { resume: false, gates: true });
}

export async function rollback(loaded: LoadedConfig, request: RollbackRequest, options: EngineOptions = {}): Promise<DeployResult> {
  const env = environmentOf(loaded, request.environment);
  const model = modelNameOf(loaded, request.model);
  const store = storeFor(loaded, env, options);
  const history = await store.history(env.name, model);
  const current = history.find((r) => r.status === 'success');
  const interrupted = history.find((r) => r.status === 'in_progress');
  let target: DeploymentRecord | undefined;
  if (request.to !== undefined) {
    target = history.find((r) => r.payload.version === request.to && wasLive(r));
    if (target === undefined) throw new ModelshipError(`cannot roll ${env.name} back to ${model} ${request.to}: it was never successfully deployed there`, { hint: `versions deployed successfully: ${successfulVersions(history).join(', ') || '(none)'}` });
  } else if (interrupted) {
    // A killed deploy: rolling back means returning to the last good version (or to nothing).
    target = current;
  } else {
    target = history.find((r) => r.status === 'inactive' && wasLive(r) && r.payload.version !== current?.payload.version);
    if (target === undefined) throw new ModelshipError(`nothing to roll back to in ${env.name}: no earlier successful deployment of ${model}`, { hint: 'rollback never guesses; pass --to VERSION naming a version deployed here before' });
  }
  if (target === undefined) {
    // Interrupted first deployment: restore "nothing live".
    return rollout(loaded, env, null, request.actor, options, { resume: true, gates: false, rollback: true });
  }
  const t: DeployTarget = { model, version: target.payload.version, artifact: target.payload.artifact, sha256: target.payload.sha256, format: getModel(loaded, model).format ?? 'onnx', signature: getModel(loaded, model).signature, metrics: target.payload.metrics, versionMetrics: target.payload.versionMetrics, ...(target.payload.oci ? { oci: target.payload.oci } : {}) };
  return rollout(loaded, env, t, request.actor, options, { resume: true, gates: false, rollback: true });
}

interface RolloutMode {
  resume: boolean;
  gates: boolean;
  rollback?: boolean;
}

async function rollout(loaded: LoadedConfig, env: Environment, target: DeployTarget | null, actor: string | undefined, options: EngineOptions, mode: RolloutMode): Promise<DeployResult> {
  const model = target?.model ?? modelNameOf(loaded, undefined);
  const store = storeFor(loaded, env, options);
  const fallback = providerFor(loaded, env);
  const provider = options.provider ? options.provider(env, fallback) : fallback;
  const strategySpec = mode.rollback ? { type: 'direct' as const } : env.strategy;
  const strategy = strategyFor(strategySpec.type);
  const log = options.log ?? (() => {});
  const pctx: ProviderContext = { environment: env.name, model, log };
  const steps: StepRecord[] = [];
  const now = () => new Date().toISOString();
  const result = (outcome: DeployResult['outcome'], liveVersion: string | null, message: string, previousVersion: string | null, extra: Partial<DeployResult> = {}): DeployResult => ({
    environment: env.name, model, version: target?.version ?? null, previousVersion, strategy: mode.rollback ? 'rollback' : strategySpec.type, provider: provider.type,
    dryRun: options.dryRun === true, outcome, steps, sha256: target?.sha256, url: env.url, liveVersion, message, ...extra,
  });

  // Who deploys: the actor given (GITHUB_ACTOR, a chatops commenter), else the OS user, as `lock` records it.
  const user = actor ?? osUser();
  const owner = defaultOwner(user);
  const reason = `${mode.rollback ? 'rollback' : 'deploy'} ${model} ${target?.version ?? '(nothing)'}`;
  const held = await store.lockInfo(env.name);
  // A manual lock (`modelship lock`) lets its own holder deploy; anything else must take the lock.
  const manualLockByActor = held !== undefined && held.pid <= 0 && held.owner === user;
  // An interrupted rollout past its progress deadline is reverted first (journaled), as by any command here.
  if (!options.dryRun) await recoverStalled(loaded, env, [model], options, { actor });
  if (!options.dryRun && !manualLockByActor) await store.lock(env.name, { owner, pid: process.pid, host: (await import('node:os')).hostname(), reason });
  try {
    const history = await store.history(env.name, model);
    const current = history.find((r) => r.status === 'success');
    const interrupted = history.find((r) => r.status === 'in_progress');
    const previousVersion = current?.payload.version ?? null;
    const observed = provider.observe ? await provider.observe(pctx) : undefined;
    if (interrupted && !mode.resume) {
      throw new ModelshipError(`a deployment of ${model} ${interrupted.payload.version} to ${env.name} was interrupted at "${lastStep(interrupted)}" (${interrupted.id}, by ${interrupted.actor})`, {
        hint: `resume it: modelship deploy ${env.name} --resume, or go back: modelship rollback ${env.name}`,
      });
    }
    // Refused only when the provider serves a version the state does not know as live: deploying over it
    // would record a wrong previous version, and a revert would restore the wrong traffic. (A provider
    // serving nothing while the state names a version is reported by status; a deploy or rollback mends it.)
    const disagreement = interrupted || !observed?.stable ? null : disagreementOf(previousVersion, observed);
    if (disagreement) {
      throw new ModelshipError(`the deployment state of ${env.name} (${store.location}) and the ${provider.type} provider disagree: ${disagreement}`, {
        hint: `nothing was changed. If the state was lost, restore it (a local state file keeps its last good copy as .bak), or record what the provider serves: modelship adopt ${env.name}${Object.keys(loaded.config.models).length > 1 ? ` --model ${model}` : ''}`,
      });
    }
    const base: TrafficState = current ? (observed && !interrupted ? observed : settledTraffic(current.payload.version, current.payload.previousVersion, current.payload.strategy)) : emptyTraffic(strategySpec.type);
    const lastGoodTarget = current ? targetOf(loaded, current.payload) : undefined;
    if (target && !mode.rollback) await refuseOtherBytes(provider, pctx, history, env.name, target);
    if (target && !mode.rollback && strategySpec.type === 'shadow' && base.stable === null) {
      throw new ModelshipError(`cannot shadow ${model} ${target.version} in ${env.name}: nothing is live there to mirror`, { hint: `deploy a first version with another strategy, or to another environment: shadow only observes a candidate beside a live version` });
    }
    if (!interrupted && target && current && current.payload.version === target.version) {
      steps.push({ name: 'check', status: 'skipped', detail: `${target.version} is already live`, at: now() });
      return result('noop', target.version, `${model} ${target.version} is already live in ${env.name}: nothing to do`, previousVersion);
    }

    // Gates and analysis judge the target version's own metrics (its release tag), never the checkout's files.
    const candidateVersion = mode.gates && target ? await candidateMetrics(loaded, env, model, target.version, target.versionMetrics) : undefined;
    if (mode.gates && target) {
      for (const gate of env.gates) {
        const run = await runGate(loaded, gate, { live: liveOf(loaded, options), candidateVersion });
        const ok = run.verdict === 'pass';
        steps.push({ name: `gate ${gate}`, status: ok ? 'ok' : 'failed', detail: run.gates.map((g) => g.reason).join('; '), at: now() });
        if (!ok) return result('aborted', previousVersion, `gate "${gate}" did not pass (${run.verdict}): nothing was changed, ${env.name} stays on ${previousVersion ?? 'nothing'}`, previousVersion);
      }
    }

    if (options.dryRun) {
      const plan = recordingProvider(provider.type);
      if (interrupted) steps.push({ name: 'revert-interrupted', status: 'planned', detail: `restore ${describeTraffic(base)}`, at: now() });
      if (target) await strategy.run(strategyContext(strategySpec, plan, pctx, target, base, steps, undefined, async () => {}, true, undefined, undefined, env.url, undefined, undefined, progressDeadlineMs(env)));
      else steps.push({ name: 'revert', status: 'planned', detail: 'restore: nothing live', at: now() });
      return result('planned', previousVersion, `dry run: ${steps.length} step(s) planned for ${env.name}; nothing was changed`, previousVersion);
    }

    if (interrupted) {
      const detail = await provider.revert(pctx, base, lastGoodTarget);
      steps.push({ name: 'revert-interrupted', status: 'reverted', detail, at: now() });
      await store.step(interrupted, steps[steps.length - 1]);
      await store.finish(interrupted, 'failure', `interrupted at "${lastStep(interrupted)}"; reverted by ${owner}`);
    }
    if (target === null) {
      return result('rolled-back', null, `${env.name} restored to its state before the interrupted first deployment: nothing is live`, previousVersion);
    }
    if (mode.rollback && current && current.payload.version === target.version && !interrupted) {
      return result('noop', target.version, `${target.version} is already live in ${env.name}`, previousVersion);
    }

    const payload: DeploymentPayload = { model, version: target.version, sha256: target.sha256, artifact: target.artifact, strategy: mode.rollback ? 'rollback' : strategySpec.type, provider: provider.type, previousVersion, ...(target.metrics ? { metrics: target.metrics } : {}), ...(target.versionMetrics ? { versionMetrics: target.versionMetrics } : {}), ...(target.oci ? { oci: target.oci } : {}) };
    const record = await store.create(env.name, payload, user);
    const analysis = options.analysis ?? (strategySpec.analysis || strategySpec.winnerGate || strategySpec.prePromotionAnalysis || strategySpec.postPromotionAnalysis ? new GateAnalysisRunner(loaded, liveOf(loaded, options), candidateVersion) : undefined);
    // The modelship serve processes analysis read: on an abort they say how many requests the candidate served.
    const servers = new Set<string>();
    const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const deadlineMs = progressDeadlineMs(env);
    const journalStep = async (step: StepRecord) => {
      steps.push(step);
      await store.step(record, step);
    };
    const control = new RolloutControl({ store, record, journal: journalStep, sleep: options.sleep, signal: options.signal, deadlineMs, pollMs: options.controlPollMs });
    try {
      const ctx = strategyContext(strategySpec, provider, pctx, target, base, steps, record, sleep, false, analysis, store, env.url, servers, control, deadlineMs);
      const outcome = await strategy.run(ctx);
      if (!outcome.live) {
        const judged = outcome.details?.mirror ? ` (mirror ${outcome.details.mirror.state}: ${outcome.details.mirror.reason})` : '';
        await store.finish(record, 'inactive', `${strategySpec.type} run of ${target.version} passed${judged}; ${previousVersion ?? 'nothing'} stays live`);
        return result('deployed', previousVersion, `${strategySpec.type}: ${target.version} observed without user traffic${judged}; ${env.name} stays on ${previousVersion ?? 'nothing'}`, previousVersion, { deploymentId: record.id, ...outcome.details });
      }
      await store.finish(record, 'success', `${target.version} live (${describeTraffic(outcome.traffic)})`, env.url);
      const verb = mode.rollback ? 'rolled back to' : 'now runs';
      return result(mode.rollback ? 'rolled-back' : 'deployed', target.version, `${env.name} ${verb} ${model} ${target.version}${previousVersion ? ` (was ${previousVersion})` : ''}`, previousVersion, { deploymentId: record.id, ...outcome.details });
    } catch (err) {
      const why = err instanceof ModelshipError ? err.message : err instanceof RolloutAborted ? err.message : `${(err as Error).message}`;
      const revertStep: StepRecord = { name: 'revert', status: 'started', detail: `restore ${describeTraffic(base)}`, at: now() };
      let reverted = true;
      try {
        await store.step(record, revertStep);
        revertStep.detail = await provider.revert(pctx, base, lastGoodTarget);
        revertStep.status = 'reverted';
      } catch (revertErr) {
        reverted = false;
        revertStep.status = 'failed';
        revertStep.detail = `revert failed: ${(revertErr as Error).message}`;
      }
      steps.push({ ...revertStep, at: now() });
      await store.step(record, steps[steps.length - 1]).catch(() => {});
      const where = reverted ? `${env.name} is left on its last good version, ${previousVersion ?? 'nothing'}` : `REVERT FAILED: ${env.name} may be serving ${target.version}; run modelship rollback ${env.name}`;
      // Blast radius: what the candidate served before the abort, first in the description (GitHub keeps 140 characters).
      const blast = servers.size > 0 ? await blastRadius(servers, model, target.version).catch(() => undefined) : undefined;
      const blastText = blast ? `blast radius: ${target.version} served ${blast.requests} request(s), ${blast.errors} failed` : undefined;
      if (blast) {
        steps.push({ name: 'blast-radius', status: 'ok', detail: `${blastText} (counted by modelship serve at ${blast.sources.join(', ')} since it started)`, at: now() });
        await store.step(record, steps[steps.length - 1]).catch(() => {});
      }
      await store.finish(record, 'failure', `${blastText ? `${blastText}; ` : ''}${why}; ${where}`).catch(() => {});
      return result('aborted', reverted ? previousVersion : null, `${mode.rollback ? 'rollback' : 'deploy'} of ${target.version} aborted: ${why}. ${where}${blastText ? ` (${blastText})` : ''}`, previousVersion, { deploymentId: record.id, ...(blast ? { blastRadius: { version: target.version, requests: blast.requests, errors: blast.errors } } : {}), ...(err instanceof RolloutAborted ? err.details : {}) });
    }
  } finally {
    if (!options.dryRun && !manualLockByActor) await store.unlock(env.name, owner).catch(() => {});
  }
}

function strategyContext(spec: Environment['strategy'], provider: DeploymentProvider, pctx: ProviderContext, target: DeployTarget, base: TrafficState, steps: StepRecord[], record: DeploymentRecord | undefined, sleep: (ms: number) => Promise<void>, dryRun: boolean, analysis: AnalysisRunner | undefined, store: DeploymentStore | undefined, environmentUrl: string | undefined, servers: Set<string> | undefined, control: RolloutControl | undefined, deadlineMs: number): StrategyContext {
  const journal = async (s: StepRecord) => {
    steps.push(s);
    if (record && store) await store.step(record, s);
  };
  const ctx: StrategyContext = {
    spec, provider, providerContext: pctx, target, base, analysis, sleep, dryRun, environmentUrl,
    async skip(name, why) {
      await journal({ name, status: 'skipped', detail: why, at: new Date().toISOString() });
    },
    async checkpoint() {
      if (control) await control.checkpoint((name, run) => this.step(name, run, undefined, true));
    },
    async pause(name, ms) {
      if (dryRun || !control) {
        return this.step(name, async () => (ms === null ? 'would wait until promoted (modelship rollout promote)' : dryRun ? `would wait ${name.replace(/^\S+ /, '')}` : (await sleep(ms), 'waited')));
      }
      return this.step(name, () => control.wait(ms), undefined, true);
    },
    promotedFullyBy: () => control?.promotedFullyBy ?? null,
    async step(name, run, weights, waiting = false) {
      if (dryRun) {
        const detail = await run();
        await journal({ name, status: 'planned', detail, at: new Date().toISOString(), ...(weights ? { weights } : {}) });
        return detail;
      }
      // Journaled before it runs: a process killed inside this step is found by the next run.
      if (record && store) await store.step(record, { name, status: 'started', detail: '', at: new Date().toISOString() });
      try {
        // A step that does not wait must end within the progress deadline; a wait heartbeats instead.
        const detail = !waiting ? await withinDeadline(run(), deadlineMs, name) : control ? await control.heartbeating(name, run) : await run();
        const done: StepRecord = { name, status: 'ok', detail, at: new Date().toISOString(), ...(weights ? { weights } : {}) };
        await journal(done);
        return detail;
      } catch (err) {
        await journal({ name, status: 'failed', detail: (err as Error).message, at: new Date().toISOString() });
        throw err;
      }
    },
    async analyze(step, weight, which: AnalysisKey = 'analysis'): Promise<AnalysisRunResult | undefined> {
      const aspec: AnalysisSpec | undefined = which === 'analysis' ? (spec.analysis ?? (spec.winnerGate ? { gate: spec.winnerGate } : undefined)) : spec[which];
      const gate = which === 'analysis' ? (spec.winnerGate ?? aspec?.gate) : aspec?.gate;
      const name = which === 'analysis' ? `analysis ${step}` : which;
      if (dryRun) {
        if (!aspec) return undefined;
        await journal({ name, status: 'planned', detail: [gate ? `gate ${gate}` : undefined, aspec.sequential ? 'sequential test' : undefined].filter(Boolean).join(' + ') || '(injected)', at: new Date().toISOString() });
        return undefined;
      }
      // An injected runner (tests, the demo) judges whenever the strategy asks for the main analysis.
      if (!aspec && !(which === 'analysis' && analysis)) return undefined;
      const run = aspec ?? {};
      let res: AnalysisRunResult;
      try {
        res = await runAnalysis(run, { environment: pctx.environment, model: pctx.model, stable: base.stable, candidate: target.version, step, weight, gate: gate ?? '' }, {
          runner: gate !== undefined || !run.sequential ? analysis : undefined,
          sleep,
          serveUrl: environmentUrl,
          onServer: (url) => servers?.add(url),
        }, `environments.${pctx.environment}.strategy.${which}`);
      } catch (err) {
        // An analysis that cannot run at all (a bad spec) judges nothing: journaled as failed, and the rollout aborts.
        await journal({ name, status: 'failed', detail: `error: ${(err as Error).message}`, at: new Date().toISOString() });
        throw new RolloutAborted(`${name} could not run (${(err as Error).message})`);
      }
      const early = res.stoppedEarly ? ` (stopped early: ${res.stoppedEarly})` : '';
      await journal({ name, status: res.runPhase === 'successful' ? 'ok' : 'failed', detail: `${res.runPhase}${early}${res.reasons.length ? `: ${res.reasons.join('; ')}` : ''}`, at: new Date().toISOString() });
      return res;
    },
  };
  // An inconclusive analysis waits for a person (`modelship rollout promote|abort`, `/rollout ...`) where the
  // rollout can be steered from outside, for at most the progress deadline: a CI job nobody watches must not
  // hold a split for hours, so an unanswered pause aborts. A dry run or an unsteerable rollout aborts at once.
  if (control && !dryRun) {
    ctx.waitForPerson = async (why) => {
      const detail = await ctx.step(`paused: ${why}`, () => control.wait(deadlineMs), undefined, true);
      if (!detail.startsWith('ended by promote')) {
        throw new RolloutAborted(`${why}; nobody promoted it within ${formatDuration(deadlineMs)} (strategy.progressDeadline), so it is not promoted`);
      }
    };
  }
  return ctx;
}

/** The step's result, or RolloutAborted when it shows no progress within the deadline (the step keeps running, unheeded). */
async function withinDeadline<T>(work: Promise<T>, deadlineMs: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RolloutAborted(`progress deadline exceeded: step "${name}" ran longer than ${formatDuration(deadlineMs)} (strategy.progressDeadline)`)), deadlineMs);
    timer.unref();
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** A provider that only describes what it would do (dry run). */
function recordingProvider(type: string): DeploymentProvider {
  return {
    type,
    prepare: async (_c, t) => `would install ${t.version} (sha256 ${t.sha256.slice(0, 12)})`,
    verify: async (_c, t) => `would verify ${t.version}`,
    shiftTraffic: async (_c, traffic) => `would route ${describeTraffic(traffic)}`,
    finalize: async (_c, traffic) => `would finalize ${describeTraffic(traffic)}`,
    revert: async (_c, traffic) => `would restore ${describeTraffic(traffic)}`,
  };
}

export async function status(loaded: LoadedConfig, request: StatusRequest = {}, options: EngineOptions = {}): Promise<StatusResult> {
  const envs = request.environment ? [environmentOf(loaded, request.environment)] : environmentsOf(loaded);
  const models = request.model ? [modelNameOf(loaded, request.model)] : Object.keys(loaded.config.models);
  const out: EnvironmentStatus[] = [];
  for (const env of envs) {
    const store = storeFor(loaded, env, options);
    // Status reverts interrupted rollouts past their progress deadline (journaled), and says so; a failure
    // to do it is reported, never thrown: status still answers.
    const recovered = options.dryRun ? [] : await recoverStalled(loaded, env, models, options).then((r) => r.map((x) => x.message), (err: Error) => [`could not revert an interrupted rollout: ${err.message}`]);
    const held = await store.lockInfo(env.name);
    const lockInfo = held ? { ...held, stale: LockFile.isStale(held) } : null;
    const provider = providerOrUndefined(loaded, env, options);
    // One read of the environment for every model where the store can (the Deployments API: one listing).
    const histories = store.histories ? await store.histories(env.name, models) : undefined;
    for (const model of models) {
      const history = histories ? (histories.get(model) ?? []) : await store.history(env.name, model);
      const current = history.find((r) => r.status === 'success');
      const interrupted = history.find((r) => r.status === 'in_progress');
      // Status never fails on what the provider says; it reports what it could see.
      const seen = provider?.observe ? await provider.observe({ environment: env.name, model, log: () => {} }).catch(() => undefined) : undefined;
      const disagreement = interrupted ? null : disagreementOf(current?.payload.version ?? null, seen);
      const rollbackTarget = interrupted ? (current?.payload.version ?? null) : (history.find((r) => r.status === 'inactive' && wasLive(r) && r.payload.version !== current?.payload.version)?.payload.version ?? null);
      out.push({
        environment: env.name, model, order: env.order, provider: env.provider.type, strategy: env.strategy.type, url: env.url,
        liveVersion: current?.payload.version ?? null, sha256: current?.payload.sha256 ?? null, deployedAt: current?.updatedAt ?? null,
        rollbackTarget,
        interrupted: interrupted ? { version: interrupted.payload.version, step: lastStep(interrupted), startedAt: interrupted.createdAt, id: interrupted.id } : null,
        lock: lockInfo,
        observed: seen ? { stable: seen.stable, weights: seen.weights } : null,
        disagreement: disagreement ? `${disagreement} (state: ${store.location})` : null,
        history: history.slice(0, 10).map((r) => ({ version: r.payload.version, status: r.status, at: r.updatedAt, strategy: r.payload.strategy })),
        rollout: rolloutView(history, env),
        ...(recovered.length ? { recovered } : {}),
      });
    }
  }
  return { environments: out };
}

/**
 * `modelship rollout pause|resume|promote|promote-full|abort ENV`: a request journaled for the rollout in
 * progress, which applies it between steps or while it waits. An abort of a rollout whose process is gone
 * reverts it here and now. Refused (exit 2) when nothing is rolling out, or when a request other than abort
 * is for a rollout no process runs.
 */
export async function control(loaded: LoadedConfig, request: RolloutRequest & { action: Exclude<RolloutAction, 'retry'> }, options: EngineOptions = {}): Promise<RolloutControlResult> {
  const env = environmentOf(loaded, request.environment);
  const model = modelNameOf(loaded, request.model);
  const store = storeFor(loaded, env, options);
  const actor = request.actor ?? osUser();
  if (!options.dryRun) await recoverStalled(loaded, env, [model], options, { actor });
  const history = await store.history(env.name, model);
  const record = history.find((r) => r.status === 'in_progress');
  if (record === undefined) {
    const newest = history[0];
    const hint = newest?.status === 'failure' ? `the last rollout (${newest.payload.version}) ended: ${newest.description ?? 'failed'}; re-run it: modelship rollout retry ${env.name}` : `modelship status ${env.name} shows what is live`;
    throw new ModelshipError(`no rollout of ${model} is in progress in ${env.name}: nothing to ${request.action}`, { hint });
  }
  const result = (outcome: RolloutControlResult['outcome'], message: string, requestId?: string): RolloutControlResult => ({ environment: env.name, model, action: request.action, outcome, deploymentId: record.id, version: record.payload.version, ...(requestId ? { requestId } : {}), message });
  const held = await store.lockInfo(env.name);
  const running = held !== undefined && held.pid > 0 && !LockFile.isStale(held);
  if (!running) {
    if (request.action !== 'abort') {
      throw new ModelshipError(`the rollout of ${model} ${record.payload.version} in ${env.name} is interrupted: no process runs it, so it cannot ${request.action}`, { hint: `abort it (modelship rollout abort ${env.name}: back to the last good version), or resume it: modelship deploy ${env.name} --resume` });
    }
    if (options.dryRun) return result('planned', `dry run: would revert the interrupted rollout of ${model} ${record.payload.version} in ${env.name}`);
    const [done] = await recoverStalled(loaded, env, [model], options, { actor, reason: `aborted by ${actor} (modelship rollout abort); no process was running it`, force: (r) => r.id === record.id });
    if (!done?.reverted) throw new ModelshipError(done?.message ?? `could not abort ${model} ${record.payload.version} in ${env.name}`);
    return result('reverted', `no process was running ${model} ${record.payload.version} in ${env.name}: reverted it here to ${done.liveVersion ?? 'nothing'}`);
  }
  if (options.dryRun) return result('planned', `dry run: would ask the rollout of ${model} ${record.payload.version} in ${env.name} to ${request.action}`);
  const id = randomUUID();
  await store.request(record, { id, action: request.action, actor, at: new Date().toISOString() });
  return result('requested', `${request.action} requested for ${model} ${record.payload.version} in ${env.name} (run by ${held!.owner}); it applies it at the next step boundary, or within ${formatDuration(options.controlPollMs ?? store.pollMs)} while it waits`, id);
}

/**
 * `modelship rollout retry ENV`: re-runs the newest rollout when it failed or was aborted (Degraded), from
 * its first step, with the bytes it recorded (checked again), as Argo Rollouts' `retry`.
 */
export async function retry(loaded: LoadedConfig, request: Omit<RolloutRequest, 'action'>, options: EngineOptions = {}): Promise<DeployResult> {
  const env = environmentOf(loaded, request.environment);
  const model = modelNameOf(loaded, request.model);
  const newest = (await storeFor(loaded, env, options).history(env.name, model))[0];
  if (newest === undefined || newest.status !== 'failure' || newest.payload.strategy === 'rollback') {
    const state = newest === undefined ? 'nothing was deployed' : newest.status === 'in_progress' ? `${newest.payload.version} is still rolling out` : newest.status === 'failure' ? `the last change was a rollback` : `${newest.payload.version} went through`;
    throw new ModelshipError(`nothing to retry in ${env.name}: ${state}`, { hint: 'retry re-runs the newest rollout of the environment when it failed or was aborted (status Degraded)' });
  }
  const { version, artifact, sha256: recorded, metrics, versionMetrics } = newest.payload;
  const sha256 = await sha256File(artifact).catch(() => {
    throw new ModelshipError(`cannot retry ${model} ${version} in ${env.name}: its artifact ${artifact} is gone`);
  });
  if (sha256 !== recorded) throw new ModelshipError(`cannot retry ${model} ${version} in ${env.name}: ${artifact} has sha256 ${sha256.slice(0, 12)}, but the aborted rollout shipped ${recorded.slice(0, 12)}`, { hint: 'release the change as a new version' });
  const { format } = await checkArtifact(loaded, model, version, artifact, sha256);
  const target: DeployTarget = { model, version, artifact, sha256, format, signature: getModel(loaded, model).signature, ...(metrics ? { metrics } : {}), ...(versionMetrics ? { versionMetrics } : {}) };
  return rollout(loaded, env, target, request.actor, options, { resume: false, gates: true });
}

/**
 * Records what the provider serves as the live version when the state lost track of it (a deleted or
 * replaced state file): the reconcile step a refused deploy points to. Only a settled version is adopted
 * (all traffic on it, no canary or mirror), from the provider's own copy (its sha256 and artifact), and
 * only while state and provider disagree.
 */
export async function adopt(loaded: LoadedConfig, request: AdoptRequest, options: EngineOptions = {}): Promise<DeployResult> {
  const env = environmentOf(loaded, request.environment);
  const model = modelNameOf(loaded, request.model);
  const store = storeFor(loaded, env, options);
  const fallback = providerFor(loaded, env);
  const provider = options.provider ? options.provider(env, fallback) : fallback;
  const pctx: ProviderContext = { environment: env.name, model, log: options.log ?? (() => {}) };
  const user = request.actor ?? osUser();
  const owner = defaultOwner(user);
  const steps: StepRecord[] = [];
  if (!provider.observe || !provider.installed) {
    throw new ModelshipError(`the ${provider.type} provider of ${env.name} cannot tell what it serves: there is nothing to adopt from`, { hint: 'restore the state instead (a local state file keeps its last good copy as .bak)' });
  }
  const held = await store.lockInfo(env.name);
  const manualLockByUser = held !== undefined && held.pid <= 0 && held.owner === user;
  if (!options.dryRun && !manualLockByUser) await store.lock(env.name, { owner, pid: process.pid, host: (await import('node:os')).hostname(), reason: `adopt ${model}` });
  try {
    const history = await store.history(env.name, model);
    const current = history.find((r) => r.status === 'success');
    const interrupted = history.find((r) => r.status === 'in_progress');
    const previousVersion = current?.payload.version ?? null;
    if (interrupted) throw new ModelshipError(`a deployment of ${model} ${interrupted.payload.version} to ${env.name} was interrupted: the state is not lost`, { hint: `resume it (modelship deploy ${env.name} --resume) or go back (modelship rollback ${env.name})` });
    const observed = await provider.observe(pctx);
    const served = observed?.stable ?? null;
    const result = (outcome: DeployResult['outcome'], message: string, extra: Partial<DeployResult> = {}): DeployResult => ({
      environment: env.name, model, version: served, previousVersion, strategy: 'adopt', provider: provider.type, dryRun: options.dryRun === true, outcome, steps, url: env.url, liveVersion: outcome === 'adopted' ? served : previousVersion, message, ...extra,
    });
    if (served === previousVersion) return result('noop', `state and ${provider.type} provider agree: ${served ?? 'nothing'} is live in ${env.name}; nothing to adopt`);
    if (served === null) {
      throw new ModelshipError(`the ${provider.type} provider of ${env.name} serves nothing, but the state says ${previousVersion} is live: there is nothing to adopt`, { hint: `make ${previousVersion} live again (modelship rollback ${env.name} --to ${previousVersion}) or deploy another version` });
    }
    if (observed!.candidate !== null || observed!.shadow !== null || observed!.headerRoutes.length > 0 || Object.keys(observed!.weights).some((v) => v !== served)) {
      throw new ModelshipError(`the ${provider.type} provider of ${env.name} is in the middle of a rollout (${describeTraffic(observed!)}): only a settled version can be adopted`, { hint: 'finish or revert that rollout where it runs, then adopt' });
    }
    const installed = await provider.installed(pctx, served);
    if (installed === undefined || !/^[0-9a-f]{64}$/.test(installed.sha256)) {
      throw new ModelshipError(`the ${provider.type} provider of ${env.name} routes to ${model} ${served} but does not hold a verifiable copy of it`, { hint: 'deploy a version again instead' });
    }
    const actual = await sha256File(installed.artifact).catch(() => undefined);
    if (actual !== installed.sha256) {
      throw new ModelshipError(`the installed copy of ${model} ${served} (${installed.artifact}) has sha256 ${actual?.slice(0, 12) ?? 'unreadable'}, but its SHA256SUMS says ${installed.sha256.slice(0, 12)}`, { hint: 'the repository was changed by hand; deploy a version again instead' });
    }
    const detail = `recorded ${served} as live: the ${provider.type} provider serves it (sha256 ${installed.sha256.slice(0, 12)}, ${installed.artifact}); the state said ${previousVersion ?? 'nothing'}`;
    if (options.dryRun) {
      steps.push({ name: 'adopt', status: 'planned', detail, at: new Date().toISOString() });
      return result('planned', `dry run: would record ${model} ${served} as live in ${env.name}; nothing was changed`, { sha256: installed.sha256 });
    }
    const payload: DeploymentPayload = { model, version: served, sha256: installed.sha256, artifact: installed.artifact, strategy: 'adopt', provider: provider.type, previousVersion };
    const record = await store.create(env.name, payload, user);
    const step: StepRecord = { name: 'adopt', status: 'ok', detail, at: new Date().toISOString() };
    steps.push(step);
    await store.step(record, step);
    await store.finish(record, 'success', `${served} adopted from the ${provider.type} provider by ${user}`, env.url);
    return result('adopted', `${env.name} state now records ${model} ${served} as live, as the ${provider.type} provider serves it (was ${previousVersion ?? 'nothing'})`, { sha256: installed.sha256, deploymentId: record.id });
  } finally {
    if (!options.dryRun && !manualLockByUser) await store.unlock(env.name, owner).catch(() => {});
  }
}

export async function lock(loaded: LoadedConfig, request: LockRequest, options: EngineOptions = {}): Promise<LockResult> {
  const env = environmentOf(loaded, request.environment);
  const store = storeFor(loaded, env, options);
  const owner = request.actor ?? osUser();
  if (options.dryRun) return { environment: env.name, locked: false, lock: (await store.lockInfo(env.name)) ?? null, message: `dry run: would lock ${env.name} for ${owner}` };
  // pid -1: a manual lock, held until unlocked (never taken over as stale).
  const info = await store.lock(env.name, { owner, pid: -1, host: (await import('node:os')).hostname(), reason: request.reason ?? 'locked by hand' });
  return { environment: env.name, locked: true, lock: info, message: `${env.name} locked by ${owner}` };
}

export async function unlock(loaded: LoadedConfig, request: LockRequest & { force?: boolean }, options: EngineOptions = {}): Promise<LockResult> {
  const env = environmentOf(loaded, request.environment);
  const store = storeFor(loaded, env, options);
  const held = (await store.lockInfo(env.name)) ?? null;
  if (options.dryRun) return { environment: env.name, locked: held !== null, lock: held, message: `dry run: would unlock ${env.name}` };
  const owner = request.actor ?? osUser();
  const released = await store.unlock(env.name, owner, request.force === true);
  return { environment: env.name, locked: false, lock: null, message: released ? `${env.name} unlocked` : `${env.name} was not locked` };
}

/** sha256 of the artifact, checked against a SHA256SUMS manifest beside it when there is one. */
async function verifiedSha256(artifact: string, from: string): Promise<string> {
  const info = await stat(artifact).catch(() => undefined);
  if (!info) throw new ModelshipError(`the artifact of ${from} is missing: ${artifact} does not exist`, { hint: from === '--artifact' ? 'pass the path of an existing file' : 'build or fetch the model first, fix the path in modelship.yml, or pass --artifact PATH' });
  if (!info.isFile()) throw new ModelshipError(`the artifact of ${from}, ${artifact}, is not a file`);
  const sha256 = await sha256File(artifact);
  const manifest = await readFile(path.join(path.dirname(artifact), 'SHA256SUMS'), 'utf8').catch(() => undefined);
  if (manifest !== undefined) {
    const name = path.basename(artifact);
    const line = manifest.split('\n').map((l) => l.trim().match(/^([0-9a-f]{64})\s+\*?(.+)$/i)).find((m) => m && path.basename(m[2]) === name);
    if (line && line[1].toLowerCase() !== sha256) {
      throw new ModelshipError(`${artifact} has sha256 ${sha256.slice(0, 12)} but its SHA256SUMS says ${line[1].slice(0, 12)}`, { hint: 'nothing was changed: the artifact is not the one that was released' });
    }
  }
  return sha256;
}

/** Where state and provider disagree about the live version, in words; null when they agree or the provider cannot tell. */
function disagreementOf(stateVersion: string | null, observed: TrafficState | undefined): string | null {
  if (observed === undefined || observed.stable === stateVersion) return null;
  // A routing with no stable version names no live version: the provider serves nothing.
  if (observed.stable === null && Object.keys(observed.weights).length === 0) return stateVersion === null ? null : `the state says ${stateVersion} is live, but the provider serves nothing`;
  return `the state says ${stateVersion ?? 'nothing'} is live, but the provider serves ${observed.stable ?? describeTraffic(observed)}`;
}

/** The provider of an environment for status, which must not fail on a provider that cannot be built (e.g. an unset secret). */
function providerOrUndefined(loaded: LoadedConfig, env: Environment, options: EngineOptions): DeploymentProvider | undefined {
  try {
    const fallback = providerFor(loaded, env);
    return options.provider ? options.provider(env, fallback) : fallback;
  } catch {
    return undefined;
  }
}

/**
 * A version is immutable: the same version with other bytes is refused before anything runs (no record,
 * no routing change), whether the state has it (live, replaced, failed) or the provider already holds it.
 */
async function refuseOtherBytes(provider: DeploymentProvider, pctx: ProviderContext, history: DeploymentRecord[], environment: string, target: DeployTarget): Promise<void> {
  const known = history.find((r) => r.payload.version === target.version && r.payload.sha256 !== target.sha256);
  const installed = known ? undefined : await provider.installed?.(pctx, target.version);
  const other = known ? { sha256: known.payload.sha256, where: `the ${known.status} deployment ${known.id} in ${environment}` } : installed && installed.sha256 !== target.sha256 ? { sha256: installed.sha256, where: `the ${provider.type} provider's copy (${installed.artifact})` } : undefined;
  if (other) {
    throw new ModelshipError(`${target.model} ${target.version} already exists with other bytes: sha256 ${other.sha256.slice(0, 12)} in ${other.where}, but this artifact has ${target.sha256.slice(0, 12)}`, {
      hint: 'nothing was changed. A version is immutable: release the change as a new version',
    });
  }
}

function lastStep(record: DeploymentRecord): string {
  return record.steps[record.steps.length - 1]?.name ?? 'start';
}

function successfulVersions(history: DeploymentRecord[]): string[] {
  return [...new Set(history.filter(wasLive).map((r) => r.payload.version))];
}

/** Success, or success later superseded (inactive); a shadow run is inactive but was never live. */
function wasLive(r: DeploymentRecord): boolean {
  return r.status === 'success' || (r.status === 'inactive' && r.payload.strategy !== 'shadow');
}

/** The metrics of the artifact's version: `metrics.json` beside it, else the model's configured metrics when it is the configured artifact. */
async function metricsFor(loaded: LoadedConfig, model: string, artifact: string): Promise<string | undefined> {
  const beside = path.join(path.dirname(artifact), 'metrics.json');
  if (await stat(beside).then((s) => s.isFile(), () => false)) return beside;
  const config = getModel(loaded, model);
  if (config.metrics && loaded.resolvePath(config.path, ['models', model, 'path']) === artifact) return loaded.resolvePath(config.metrics, ['models', model, 'metrics']);
  return undefined;
}
