import { createPublicKey, type KeyObject } from 'node:crypto';
import type { LoadedConfig } from '../../core/config.js';
import { ModelshipError } from '../../core/errors.js';
import { DirectoryChannel } from '../../edge/channel.js';
import type { EdgeArtifact, EdgeManifest } from '../../edge/manifest.js';
import { privateKeyFrom } from '../../edge/signing.js';
import { sha256File } from '../atomic.js';
import type { EdgeProviderSpec, Environment } from '../config.js';
import type { DeployTarget, DeploymentProvider, InstalledVersion, ProviderContext, TrafficState } from './provider.js';

/**
 * Devices as an environment: deploying publishes a signed manifest to a channel that devices poll
 * (`modelship edge fetch`). Traffic is the manifest: a canary weight is the share of device ids (by a
 * stable hash) that take the new version, the rest keep the stable one; a revert publishes the last good
 * traffic again with a higher sequence, so devices that already updated go back.
 */
export class EdgeProvider implements DeploymentProvider {
  readonly type = 'edge';
  private readonly publicKey: KeyObject;

  constructor(readonly channel: DirectoryChannel, private readonly privateKey: KeyObject, private readonly options: { environment: string; baseUrl?: string; minRuntime?: string }) {
    this.publicKey = createPublicKey(privateKey);
  }

  static fromSpec(spec: EdgeProviderSpec, loaded: LoadedConfig, env: Environment): EdgeProvider {
    const where = (key: string) => loaded.locate(['environments', env.name, 'provider', key]);
    if (!['direct', 'blue-green', 'canary'].includes(env.strategy.type)) {
      throw new ModelshipError(`environment "${env.name}": devices take one model each, so strategy "${env.strategy.type}" does not apply to the edge provider`, { location: loaded.locate(['environments', env.name, 'strategy', 'type']), hint: 'use direct, blue-green or canary (a share of device ids)' });
    }
    if (!spec.signingKey) throw new ModelshipError(`environment "${env.name}": the edge provider's signingKey is empty`, { location: where('signingKey'), hint: 'write signingKey: ${env:MODELSHIP_EDGE_KEY} (modelship edge keygen makes a key pair)' });
    let key: KeyObject;
    try {
      key = privateKeyFrom(spec.signingKey, `environment "${env.name}": signingKey`);
    } catch (err) {
      throw new ModelshipError((err as Error).message, { location: where('signingKey') });
    }
    return new EdgeProvider(new DirectoryChannel(loaded.resolvePath(spec.channel, ['environments', env.name, 'provider', 'channel'])), key, { environment: env.name, baseUrl: spec.baseUrl, minRuntime: spec.minRuntime });
  }

  async prepare(_ctx: ProviderContext, target: DeployTarget): Promise<string> {
    const published = await this.channel.publishArtifact(target.model, target.artifact, target.version, target.sha256, target.format, this.options.baseUrl);
    return `published ${published.url} (${published.size} bytes, sha256 ${target.sha256.slice(0, 12)})`;
  }

  async verify(_ctx: ProviderContext, target: DeployTarget): Promise<string> {
    const entry = (await this.channel.versions(target.model))[target.version];
    if (!entry || entry.sha256 !== target.sha256) throw new ModelshipError(`channel ${this.channel.root}: version ${target.version} is ${entry ? `sha256 ${entry.sha256.slice(0, 12)}` : 'not published'}, expected ${target.sha256.slice(0, 12)}`);
    const file = `${this.channel.modelDir(target.model)}/models/${target.sha256}.onnx`;
    const actual = await sha256File(file).catch(() => undefined);
    if (actual !== target.sha256) throw new ModelshipError(`${file}: sha256 ${actual ? actual.slice(0, 12) : 'missing'}, expected ${target.sha256.slice(0, 12)}`);
    return `sha256 ${actual.slice(0, 12)} verified in the channel`;
  }

  shiftTraffic(ctx: ProviderContext, traffic: TrafficState): Promise<string> {
    return this.publishTraffic(ctx.model, traffic);
  }

  finalize(ctx: ProviderContext, traffic: TrafficState): Promise<string> {
    return this.publishTraffic(ctx.model, traffic);
  }

  async revert(ctx: ProviderContext, lastGood: TrafficState): Promise<string> {
    if (!lastGood.stable && !lastGood.candidate) {
      const latest = await this.channel.latest(ctx.model, this.publicKey);
      return latest ? `nothing was live before; the channel still names ${latest.current.version} (sequence ${latest.sequence}): withdraw it by deploying a version` : 'nothing was published';
    }
    return `reverted: ${await this.publishTraffic(ctx.model, lastGood)}`;
  }

  async observe(ctx: ProviderContext): Promise<TrafficState | undefined> {
    const latest = await this.channel.latest(ctx.model, this.publicKey);
    if (!latest) return undefined;
    const settled = !latest.fallback || latest.current.share >= 100;
    const stable = settled ? latest.current.version : latest.fallback!.version;
    const candidate = settled ? null : latest.current.version;
    const weights = settled ? { [stable]: 100 } : { [latest.current.version]: latest.current.share, [stable]: 100 - latest.current.share };
    return { stable, candidate, previous: null, weights, headerRoutes: [], sticky: null, shadow: null, strategy: settled ? 'direct' : 'canary' };
  }

  async installed(ctx: ProviderContext, version: string): Promise<InstalledVersion | undefined> {
    const entry = (await this.channel.versions(ctx.model))[version];
    return entry ? { sha256: entry.sha256, artifact: `${this.channel.modelDir(ctx.model)}/models/${entry.sha256}.onnx` } : undefined;
  }

  /** Publishes the manifest for a traffic state, unless the channel already says exactly that. */
  private async publishTraffic(model: string, traffic: TrafficState): Promise<string> {
    const versions = await this.channel.versions(model);
    const artifact = (version: string): EdgeArtifact => {
      const entry = versions[version];
      if (!entry) throw new ModelshipError(`channel ${this.channel.root}: version ${version} of ${model} was never published to it`, { hint: 'deploy that version to this environment first' });
      return entry;
    };
    const stable = traffic.stable;
    const candidate = traffic.candidate && traffic.candidate !== stable ? traffic.candidate : null;
    const share = candidate ? Math.max(0, Math.min(100, traffic.weights[candidate] ?? 0)) : 100;
    const currentVersion = candidate ?? stable;
    if (!currentVersion) throw new ModelshipError('nothing to publish: the traffic names no version');
    const next: Omit<EdgeManifest, 'sequence' | 'publishedAt' | 'schema' | 'model'> = {
      channel: this.options.environment,
      ...(this.options.minRuntime ? { minRuntime: this.options.minRuntime } : {}),
      rolloutSalt: `${this.options.environment}:${currentVersion}`,
      current: { ...artifact(currentVersion), share },
      ...(candidate && stable && share < 100 ? { fallback: artifact(stable) } : {}),
    };
    const latest = await this.channel.latest(model, this.publicKey);
    if (latest && sameRelease(latest, next)) return `manifest ${latest.sequence} already names ${describe(latest)}`;
    const published = await this.channel.publish(model, next, this.privateKey, this.publicKey);
    return `manifest ${published.sequence}: ${describe(published)}`;
  }
}

function sameRelease(a: Pick<EdgeManifest, 'current' | 'fallback' | 'minRuntime'>, b: Pick<EdgeManifest, 'current' | 'fallback' | 'minRuntime'>): boolean {
  return a.current.version === b.current.version && a.current.sha256 === b.current.sha256 && a.current.share === b.current.share && a.fallback?.version === b.fallback?.version && a.minRuntime === b.minRuntime;
}

function describe(m: Pick<EdgeManifest, 'current' | 'fallback'>): string {
  return m.fallback ? `${m.current.version} to ${m.current.share}% of devices, ${m.fallback.version} to the rest` : `${m.current.version} to every device`;
}
