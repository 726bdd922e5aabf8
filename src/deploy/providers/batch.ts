import { ModelshipError } from '../../core/errors.js';
import type { BatchProviderSpec } from '../../batch/config.js';
import { defaultBatchRoot } from '../../batch/config.js';
import type { LoadedConfig } from '../../core/config.js';
import type { Environment } from '../config.js';
import { LocalProvider } from './local.js';
import type { DeployTarget, DeploymentProvider, ProviderContext, TrafficState } from './provider.js';

/**
 * A scheduled scoring environment: versions are installed as in the local model repository
 * (`<root>/<model>/<version>/model.onnx`, verified by sha256), and "traffic" is which version the next
 * `modelship batch run ENV` loads. There is no live traffic to split, so only direct and blue-green apply.
 */
export class BatchProvider implements DeploymentProvider {
  readonly type = 'batch';
  readonly repository: LocalProvider;

  constructor(root: string) {
    this.repository = new LocalProvider(root);
  }

  static fromSpec(spec: BatchProviderSpec, loaded: LoadedConfig, env: Environment): BatchProvider {
    if (env.strategy.type !== 'direct' && env.strategy.type !== 'blue-green') {
      throw new ModelshipError(`environment "${env.name}": a batch environment switches whole runs, so strategy "${env.strategy.type}" does not apply`, {
        location: loaded.locate(['environments', env.name, 'strategy', 'type']),
        hint: 'use strategy direct or blue-green, and gate the switch on `modelship batch compare`',
      });
    }
    return new BatchProvider(loaded.resolvePath(spec.root ?? defaultBatchRoot(env.name), ['environments', env.name, 'provider', 'root']));
  }

  /** The installed artifact of a version: what a run loads (then checks against the recorded sha256). */
  artifactOf(model: string, version: string, artifact: string): string {
    return `${this.repository.versionDir(model, version)}/${LocalProvider.artifactName({ artifact } as DeployTarget)}`;
  }

  prepare(ctx: ProviderContext, target: DeployTarget): Promise<string> {
    return this.repository.prepare(ctx, target);
  }

  verify(ctx: ProviderContext, target: DeployTarget): Promise<string> {
    return this.repository.verify(ctx, target);
  }

  async shiftTraffic(ctx: ProviderContext, traffic: TrafficState, target: DeployTarget): Promise<string> {
    return `next runs: ${(await this.repository.shiftTraffic(ctx, traffic, target)).replace(/^routing /, '')}`;
  }

  finalize(ctx: ProviderContext, traffic: TrafficState, target: DeployTarget): Promise<string> {
    return this.repository.finalize(ctx, traffic, target);
  }

  revert(ctx: ProviderContext, lastGood: TrafficState): Promise<string> {
    return this.repository.revert(ctx, lastGood);
  }

  observe(ctx: ProviderContext): Promise<TrafficState | undefined> {
    return this.repository.observe(ctx);
  }
}
