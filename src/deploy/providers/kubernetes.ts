import { execFile } from 'node:child_process';
import { stringify } from 'yaml';
import { parseDuration } from '../../core/duration.js';
import { ModelshipError } from '../../core/errors.js';
import type { KubernetesProviderSpec } from '../config.js';
import type { DeployTarget, DeploymentProvider, ProviderContext, TrafficState } from './provider.js';

/** A KServe v1beta1 InferenceService for `target`, with `canaryTrafficPercent` when a canary runs. */
export function renderInferenceService(spec: KubernetesProviderSpec, target: Pick<DeployTarget, 'model' | 'version' | 'sha256'>, canaryPercent?: number): Record<string, unknown> {
  const name = (spec.name ?? target.model).toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63).replace(/^-+|-+$/g, '');
  const storageUri = spec.storageUri.replaceAll('{model}', target.model).replaceAll('{version}', target.version);
  const model: Record<string, unknown> = { modelFormat: { name: 'onnx' }, storageUri };
  if (spec.runtime) model.runtime = spec.runtime;
  if (spec.resources) model.resources = spec.resources;
  const predictor: Record<string, unknown> = { model };
  if (canaryPercent !== undefined && canaryPercent < 100) predictor.canaryTrafficPercent = canaryPercent;
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: {
      name,
      ...(spec.namespace ? { namespace: spec.namespace } : {}),
      labels: { 'app.kubernetes.io/managed-by': 'modelship', 'modelship.dev/model': name },
      annotations: { 'modelship.dev/version': target.version, 'modelship.dev/sha256': target.sha256 },
    },
    spec: { predictor },
  };
}

/**
 * KServe through kubectl. KServe itself keeps the previous revision while `canaryTrafficPercent` < 100,
 * so a canary step is a re-apply with the new storage URI and the percent; finalize removes the percent;
 * revert re-applies the last good version's manifest. kubectl runs via execFile with the YAML on stdin.
 */
export class KubernetesProvider implements DeploymentProvider {
  readonly type = 'kubernetes';
  constructor(
    private readonly spec: KubernetesProviderSpec,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  async prepare(_ctx: ProviderContext, target: DeployTarget): Promise<string> {
    return `manifest for ${target.version} rendered (storageUri ${String((renderInferenceService(this.spec, target).spec as { predictor: { model: { storageUri: string } } }).predictor.model.storageUri)})`;
  }

  async shiftTraffic(_ctx: ProviderContext, traffic: TrafficState, target: DeployTarget): Promise<string> {
    const percent = traffic.weights[target.version] ?? 0;
    if (percent === 0) return 'no traffic for the candidate: nothing to apply';
    return this.apply(renderInferenceService(this.spec, target, percent));
  }

  async verify(_ctx: ProviderContext, target: DeployTarget): Promise<string> {
    const name = (renderInferenceService(this.spec, target).metadata as { name: string }).name;
    const timeout = `${Math.ceil(parseDuration(this.spec.readyTimeout ?? '5m', 'provider.readyTimeout') / 1000)}s`;
    return this.kubectl(['wait', '--for=condition=Ready', `inferenceservice/${name}`, `--timeout=${timeout}`, ...this.scope()]);
  }

  async finalize(_ctx: ProviderContext, _traffic: TrafficState, target: DeployTarget): Promise<string> {
    return this.apply(renderInferenceService(this.spec, target));
  }

  async revert(ctx: ProviderContext, lastGood: TrafficState, lastGoodTarget?: DeployTarget): Promise<string> {
    if (lastGood.stable === null) return 'nothing was live before: left as is (delete the InferenceService by hand if wanted)';
    return this.apply(renderInferenceService(this.spec, { model: ctx.model, version: lastGood.stable, sha256: lastGoodTarget?.version === lastGood.stable ? lastGoodTarget.sha256 : '' }));
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
      const child = execFile(bin, args, { env: this.env, timeout: 10 * 60_000, maxBuffer: 1 << 20 }, (err, stdout, stderr) => {
        const out = `${stdout}${stderr}`.trim().slice(-2000);
        if (err) reject(new ModelshipError(`kubectl ${args[0]} failed: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? `${bin} not found` : out || err.message}`));
        else resolve(`kubectl ${args[0]}: ${out}`);
      });
      if (stdin !== undefined) child.stdin?.end(stdin);
    });
  }
}
