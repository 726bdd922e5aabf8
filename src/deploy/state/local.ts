import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, open, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ModelshipError } from '../../core/errors.js';
import { sha256Text, writeFileAtomic } from '../atomic.js';
import type { ControlRequest, LockInfo, StepRecord } from '../types.js';
import { LockFile } from './lock-file.js';
import type { DeploymentPayload, DeploymentRecord, DeploymentStatus, DeploymentStore } from './store.js';

interface StateFile {
  schema: 1;
  environment: string;
  /** sha256 over environment and records: a file edited by hand or torn is detected, never trusted. */
  checksum: string;
  records: DeploymentRecord[];
}

/**
 * The local deployment state: one JSON file per environment (`<dir>/<env>.json`), written atomically
 * while the environment's lock is held, with a checksum so corruption is detected. The previous good
 * file is kept as `<env>.json.bak` so recovery is a copy, never a guess.
 */
export class LocalDeploymentStore implements DeploymentStore {
  /** A file read costs nothing: a waiting rollout sees a request within a quarter of a second. */
  readonly pollMs = 250;

  constructor(readonly dir: string) {}

  get location(): string {
    return this.dir;
  }

  fileFor(environment: string): string {
    return path.join(this.dir, `${environment}.json`);
  }

  private lockFile(environment: string): LockFile {
    return new LockFile(path.join(this.dir, `${environment}.lock`));
  }

  /** The records of one environment; [] when there is no file yet. Corruption throws. */
  async load(environment: string): Promise<DeploymentRecord[]> {
    const file = this.fileFor(environment);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new ModelshipError(`cannot read deployment state ${file}: ${(err as Error).message}`);
    }
    const corrupt = (why: string) =>
      new ModelshipError(`deployment state ${file} is corrupted: ${why}`, {
        location: { file },
        hint: `nothing was changed. Restore the last good copy (cp ${file}.bak ${file}) or move the file away to start a fresh history, after checking what is live`,
      });
    let parsed: StateFile;
    try {
      parsed = JSON.parse(text) as StateFile;
    } catch (err) {
      throw corrupt(`not valid JSON (${(err as Error).message})`);
    }
    if (parsed === null || typeof parsed !== 'object' || parsed.schema !== 1 || !Array.isArray(parsed.records)) throw corrupt('not a modelship state file (schema 1)');
    if (parsed.environment !== environment) throw corrupt(`it names environment "${String(parsed.environment)}", expected "${environment}"`);
    if (parsed.checksum !== checksumOf(environment, parsed.records)) throw corrupt('checksum mismatch (edited or torn)');
    return parsed.records;
  }

  private async save(environment: string, records: DeploymentRecord[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.fileFor(environment);
    // Keep the last good file as .bak: load() throws on a corrupted one, so only a valid file is copied.
    if ((await this.load(environment)).length > 0) await copyFile(file, `${file}.bak`);
    const state: StateFile = { schema: 1, environment, checksum: checksumOf(environment, records), records };
    await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
  }

  async environments(): Promise<string[]> {
    try {
      return (await readdir(this.dir)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
    } catch {
      return [];
    }
  }

  async current(environment: string, model: string): Promise<DeploymentRecord | undefined> {
    return (await this.history(environment, model)).find((r) => r.status === 'success');
  }

  async history(environment: string, model: string): Promise<DeploymentRecord[]> {
    return (await this.load(environment)).filter((r) => r.payload.model === model).reverse();
  }

  async create(environment: string, payload: DeploymentPayload, actor: string): Promise<DeploymentRecord> {
    const records = await this.load(environment);
    const now = new Date().toISOString();
    const record: DeploymentRecord = { id: `${environment}-${records.length + 1}`, environment, payload, status: 'in_progress', createdAt: now, updatedAt: now, actor, steps: [] };
    records.push(record);
    await this.save(environment, records);
    return record;
  }

  /** Writes of this process, one at a time: a heartbeat must not interleave with a journal write (lost update). */
  private writes: Promise<unknown> = Promise.resolve();

  private update(record: DeploymentRecord, change: (r: DeploymentRecord, all: DeploymentRecord[]) => void): Promise<void> {
    const next = this.writes.then(() => this.updateNow(record, change));
    this.writes = next.catch(() => {});
    return next;
  }

  private async updateNow(record: DeploymentRecord, change: (r: DeploymentRecord, all: DeploymentRecord[]) => void): Promise<void> {
    const records = await this.load(record.environment);
    const stored = records.find((r) => r.id === record.id);
    if (stored === undefined) throw new ModelshipError(`deployment ${record.id} is missing from ${this.fileFor(record.environment)}`);
    change(stored, records);
    stored.updatedAt = new Date().toISOString();
    await this.save(record.environment, records);
    Object.assign(record, stored);
  }

  async step(record: DeploymentRecord, step: StepRecord): Promise<void> {
    await this.update(record, (r) => void r.steps.push(step));
  }

  async finish(record: DeploymentRecord, status: DeploymentStatus, description: string, url?: string): Promise<void> {
    await this.update(record, (r, all) => {
      r.status = status;
      r.description = description;
      if (url) r.url = url;
      if (status === 'success') {
        for (const other of all) if (other !== r && other.payload.model === r.payload.model && other.status === 'success') other.status = 'inactive';
      }
    });
  }

  async lock(environment: string, info: Omit<LockInfo, 'environment' | 'createdAt'>, takeOver?: (held: LockInfo) => boolean): Promise<LockInfo> {
    return this.lockFile(environment).acquire({ environment, ...info, createdAt: new Date().toISOString() }, takeOver);
  }

  /** `<env>.requests/<deployment id>/`: one file per request, created exclusively, so writers never race the state file. */
  private requestDir(record: DeploymentRecord): string {
    return path.join(this.dir, `${record.environment}.requests`, record.id.replace(/[^A-Za-z0-9._-]/g, '_'));
  }

  async request(record: DeploymentRecord, request: ControlRequest): Promise<void> {
    const dir = this.requestDir(record);
    await mkdir(dir, { recursive: true });
    const name = `${String(Date.parse(request.at)).padStart(15, '0')}-${randomBytes(4).toString('hex')}.json`;
    const handle = await open(path.join(dir, name), 'wx', 0o644);
    try {
      await handle.writeFile(JSON.stringify(request));
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async requests(record: DeploymentRecord): Promise<ControlRequest[]> {
    const dir = this.requestDir(record);
    const names = await readdir(dir).catch(() => [] as string[]);
    const out: ControlRequest[] = [];
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      // A request is written in one small write and synced; one caught mid-write is read on the next poll.
      const parsed = await readFile(path.join(dir, name), 'utf8').then((t) => JSON.parse(t) as ControlRequest, () => undefined);
      if (parsed && typeof parsed.id === 'string' && typeof parsed.action === 'string') out.push(parsed);
    }
    return out;
  }

  async heartbeat(record: DeploymentRecord, _note: string): Promise<void> {
    await this.update(record, (r) => void (r.heartbeatAt = new Date().toISOString()));
  }

  async unlock(environment: string, owner: string, force = false): Promise<boolean> {
    return this.lockFile(environment).release(owner, force);
  }

  async lockInfo(environment: string): Promise<LockInfo | undefined> {
    return this.lockFile(environment).read();
  }
}

/** The owner of a process lock: `user@host:pid`. */
export function defaultOwner(actor?: string): string {
  return `${actor ?? osUser()}@${os.hostname()}:${process.pid}`;
}

/** The OS user running modelship (what `lock` and `deploy` record when no actor is given). */
export function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    // No passwd entry (some containers): the login name the shell exported, if any.
    return process.env.USER || process.env.USERNAME || 'unknown';
  }
}

/**
 * Who runs a command, the same for `lock`, `unlock`, `deploy`, `promote` and `rollback`: GITHUB_ACTOR when
 * set (Actions, chatops), else the OS user. A manual lock names this user, and lets this user deploy.
 */
export function userOf(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_ACTOR?.trim() || osUser();
}

function checksumOf(environment: string, records: DeploymentRecord[]): string {
  return sha256Text(JSON.stringify({ environment, records }));
}
