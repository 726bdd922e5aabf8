import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ModelshipError } from '../../core/errors.js';
import { BANDIT_FILE, parseBanditFile, type BanditFile } from '../../core/bandit-file.js';
import { formatRoutingFile, nextRoutingFile, type RoutingFile } from '../../core/routing-file.js';
import { fsyncDir, sha256File, writeFileAtomic } from '../atomic.js';
import type { DeployTarget, DeploymentProvider, InstalledVersion, ProviderContext, TrafficState } from './provider.js';

const VERSION_NAME = /^[0-9A-Za-z][0-9A-Za-z._+-]{0,127}$/;

/**
 * The embedded default: a model repository folder `<root>/<model>/<version>/` (the layout Triton and TF
 * Serving load) plus `<root>/<model>/routing.json`. Version folders are written under a temp name and
 * renamed into place; routing.json is written atomically. Nothing a reader sees is ever half-written.
 */
export class LocalProvider implements DeploymentProvider {
  readonly type = 'local';
  constructor(readonly root: string) {}

  modelDir(model: string): string {
    return path.join(this.root, safeName(model, 'model'));
  }

  versionDir(model: string, version: string): string {
    return path.join(this.modelDir(model), safeName(version, 'version'));
  }

  routingFile(model: string): string {
    return path.join(this.modelDir(model), 'routing.json');
  }

  static artifactName(target: DeployTarget): string {
    return `model${path.extname(target.artifact) || '.onnx'}`;
  }

  async prepare(_ctx: ProviderContext, target: DeployTarget): Promise<string> {
    const dir = this.versionDir(target.model, target.version);
    const name = LocalProvider.artifactName(target);
    if (await exists(dir)) {
      const installed = await sha256File(path.join(dir, name)).catch(() => undefined);
      if (installed === target.sha256) return `${dir} already holds ${target.version} (sha256 ${short(target.sha256)})`;
      throw new ModelshipError(`${dir} holds a different artifact for version ${target.version} (sha256 ${installed ? short(installed) : 'unreadable'}, expected ${short(target.sha256)})`, {
        hint: 'a version is immutable: publish the change as a new version',
      });
    }
    await mkdir(this.modelDir(target.model), { recursive: true });
    const temp = path.join(this.modelDir(target.model), `.${target.version}.${randomBytes(4).toString('hex')}.tmp`);
    await mkdir(temp);
    try {
      await copyFile(target.artifact, path.join(temp, name));
      const copied = await sha256File(path.join(temp, name));
      if (copied !== target.sha256) throw new ModelshipError(`the copy of ${target.artifact} has sha256 ${short(copied)}, expected ${short(target.sha256)}: the artifact changed during the deploy`);
      await writeFile(path.join(temp, 'SHA256SUMS'), `${target.sha256}  ${name}\n`);
      const metadata = { model: target.model, version: target.version, sha256: target.sha256, format: target.format, ...(target.signature ? { signature: target.signature } : {}), ...(target.oci ? { oci: target.oci } : {}), deployedAt: new Date().toISOString() };
      await writeFile(path.join(temp, 'metadata.json'), `${JSON.stringify(metadata, null, 2)}\n`);
      await rename(temp, dir);
      await fsyncDir(this.modelDir(target.model));
    } catch (err) {
      await rm(temp, { recursive: true, force: true });
      throw err;
    }
    return `copied to ${dir} (sha256 ${short(target.sha256)})`;
  }

  async verify(_ctx: ProviderContext, target: DeployTarget): Promise<string> {
    const dir = this.versionDir(target.model, target.version);
    const file = path.join(dir, LocalProvider.artifactName(target));
    const actual = await sha256File(file).catch(() => undefined);
    if (actual !== target.sha256) throw new ModelshipError(`${file}: sha256 ${actual ? short(actual) : 'missing'}, expected ${short(target.sha256)}`);
    const metadata = JSON.parse(await readFile(path.join(dir, 'metadata.json'), 'utf8')) as { version?: string };
    if (metadata.version !== target.version) throw new ModelshipError(`${dir}/metadata.json names version ${metadata.version}, expected ${target.version}`);
    return `sha256 ${short(actual)} verified in ${dir}`;
  }

  async shiftTraffic(_ctx: ProviderContext, traffic: TrafficState, target: DeployTarget): Promise<string> {
    await this.writeRouting(target.model, traffic);
    return `routing ${describeTraffic(traffic)}`;
  }

  async finalize(_ctx: ProviderContext, traffic: TrafficState, target: DeployTarget): Promise<string> {
    await this.writeRouting(target.model, traffic);
    return `routing final: ${describeTraffic(traffic)}`;
  }

  async revert(ctx: ProviderContext, lastGood: TrafficState): Promise<string> {
    await this.writeRouting(ctx.model, lastGood);
    return `routing restored: ${describeTraffic(lastGood)}`;
  }

  async observe(ctx: ProviderContext): Promise<TrafficState | undefined> {
    return this.readRouting(ctx.model);
  }

  /** The version folder's artifact and the sha256 its SHA256SUMS records (prepare writes both). */
  async installed(ctx: ProviderContext, version: string): Promise<InstalledVersion | undefined> {
    const dir = this.versionDir(ctx.model, version);
    const sums = await readFile(path.join(dir, 'SHA256SUMS'), 'utf8').catch(() => undefined);
    const line = sums?.split('\n').map((l) => l.trim().match(/^([0-9a-f]{64})\s+\*?(\S.*)$/i)).find((m) => m !== null && m !== undefined);
    if (!line) return (await exists(dir)) ? { sha256: 'unreadable', artifact: dir } : undefined;
    return { sha256: line[1].toLowerCase(), artifact: path.join(dir, path.basename(line[2])) };
  }

  /** `<model>/bandit.json`, written by `modelship serve` as it re-allocates (src/serve/bandit.ts). */
  async experiment(ctx: ProviderContext): Promise<BanditFile | undefined> {
    const file = path.join(this.modelDir(ctx.model), BANDIT_FILE);
    const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    });
    if (text === undefined) return undefined;
    try {
      return parseBanditFile(text, file);
    } catch (err) {
      throw new ModelshipError((err as Error).message, { location: { file } });
    }
  }

  async readRouting(model: string): Promise<RoutingFile | undefined> {
    const file = this.routingFile(model);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    try {
      return JSON.parse(text) as RoutingFile;
    } catch (err) {
      throw new ModelshipError(`${file} is not valid JSON: ${(err as Error).message}`, { location: { file } });
    }
  }

  private async writeRouting(model: string, traffic: TrafficState): Promise<void> {
    for (const version of Object.keys(traffic.weights)) {
      if (!(await exists(this.versionDir(model, version)))) throw new ModelshipError(`cannot route to ${model} ${version}: ${this.versionDir(model, version)} does not exist`);
    }
    const previous = await this.readRouting(model).catch(() => undefined);
    // observe() hands back a whole routing file as the TrafficState: nextRoutingFile takes only its traffic.
    const routing = nextRoutingFile(model, traffic, previous?.generation ?? 0, new Date());
    await mkdir(this.modelDir(model), { recursive: true });
    await writeFileAtomic(this.routingFile(model), formatRoutingFile(routing));
  }
}

export function describeTraffic(t: TrafficState): string {
  const weights = Object.entries(t.weights).map(([v, w]) => `${v}=${w}%`).join(' ') || 'none';
  const extra = [t.shadow ? `shadow ${t.shadow.version} ${t.shadow.percent}%` : '', ...t.headerRoutes.map((r) => `${r.header}:${r.value}->${r.version}`)].filter(Boolean);
  return `${weights}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

function safeName(name: string, what: string): string {
  if (!VERSION_NAME.test(name) || name === '.' || name === '..') throw new ModelshipError(`${what} "${name}" cannot name a folder: use letters, digits, . _ + - (max 128)`);
  return name;
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
