import type { DeploymentPayload, DeploymentRecord, DeploymentStatus, DeploymentStore } from '../deploy/state/store.js';
import type { ControlRequest, LockInfo, StepRecord } from '../deploy/types.js';
import type { GitHubClient, RepoRef } from './client.js';
import { acquireLock, readLock, releaseLock } from './locks.js';

/** Statuses that are journal entries, not a state change: control requests and heartbeats of a waiting rollout. */
const REQUEST = /^request: ([a-z-]+) by (\S+) \(([A-Za-z0-9-]+)\)$/;
const isJournalOnly = (description: string | null | undefined) => description?.startsWith('request: ') === true || description?.startsWith('heartbeat: ') === true;

/** The `task` of every deployment modelship creates, so other deployments in the repository are ignored. */
export const DEPLOY_TASK = 'deploy:modelship';

export interface GitHubDeploymentStoreOptions {
  client: GitHubClient;
  repo: RepoRef;
  /** The commit being deployed (GITHUB_SHA). */
  ref: string;
  /** modelship environment → GitHub environment (`githubEnvironment`, default the same name). */
  githubEnvironment?: (environment: string) => string;
  /** Environments whose deployments are `production_environment: true`. */
  production?: (environment: string) => boolean;
  /** The workflow run, as each status's log_url. */
  logUrl?: string;
}

/**
 * The Deployments API as the system of record: one deployment per change (payload = model, version,
 * sha256, artifact, strategy, provider, previousVersion), statuses in_progress → success | failure, and
 * GitHub's auto-inactivation marking the replaced success `inactive`. `auto_merge: false` because the
 * commit is already chosen (merging the default branch in would deploy something else), and
 * `required_contexts: []` because modelship's own gates already ran; commit-status checks would block a
 * rollback to an older commit. The journal of steps is kept as in_progress statuses ("step: NAME").
 */
export class GitHubDeploymentStore implements DeploymentStore {
  /**
   * A waiting rollout lists its deployment's statuses this often: 240 calls an hour, within a GITHUB_TOKEN's
   * 1,000 requests per hour per repository with room for everything else a job does.
   */
  readonly pollMs = 15_000;

  constructor(private readonly options: GitHubDeploymentStoreOptions) {}

  get location(): string {
    return `github:${this.options.repo.owner}/${this.options.repo.repo}`;
  }

  private ghEnv(environment: string): string {
    return this.options.githubEnvironment?.(environment) ?? environment;
  }

  async history(environment: string, model: string): Promise<DeploymentRecord[]> {
    return (await this.histories(environment, [model])).get(model) ?? [];
  }

  /** One listing of the environment's deployments for every model asked (a monorepo's status is not one per model). */
  async histories(environment: string, models: string[]): Promise<Map<string, DeploymentRecord[]>> {
    const { client, repo } = this.options;
    const { data } = await client.rest.repos.listDeployments({ ...repo, environment: this.ghEnv(environment), task: DEPLOY_TASK, per_page: 100 });
    const result = new Map<string, DeploymentRecord[]>(models.map((m) => [m, []]));
    // GitHub's auto_inactive marks every earlier success of the *environment* inactive, whatever model it
    // deployed, so a latest status of `inactive` does not say the model was replaced. The newest deployment
    // of this model that ever succeeded is its live one; its earlier successes are the inactive ones.
    const liveFound = new Set<string>();
    for (const d of data) {
      const payload = (typeof d.payload === 'string' ? safeJson(d.payload) : d.payload) as DeploymentPayload | undefined;
      const records = payload && result.get(payload.model);
      if (!payload || !records) continue;
      const model = payload.model;
      // Statuses have no listing across deployments in the REST API: one call per deployment of the models asked.
      const all = (await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: d.id, per_page: 100 })).data;
      // A request or heartbeat written as (or after) the rollout ends must not make it look in progress again.
      const statuses = all.filter((s) => !isJournalOnly(s.description));
      const latest = statuses[0];
      const heartbeat = all.find((s) => s.description?.startsWith('heartbeat: '));
      const succeeded = statuses.some((s) => s.state === 'success') && (latest.state === 'success' || latest.state === 'inactive');
      let status: DeploymentStatus;
      if (succeeded) {
        status = liveFound.has(model) ? 'inactive' : 'success';
        liveFound.add(model);
      } else {
        status = !latest ? 'in_progress' : latest.state === 'inactive' ? 'inactive' : latest.state === 'failure' || latest.state === 'error' ? 'failure' : 'in_progress';
      }
      const steps: StepRecord[] = statuses
        .filter((s) => s.state === 'in_progress' && s.description?.startsWith('step: '))
        .reverse()
        .map((s) => ({ name: s.description!.slice(6), status: 'started', detail: '', at: s.created_at }));
      records.push({ id: String(d.id), environment, payload, status, createdAt: d.created_at, updatedAt: latest?.created_at ?? d.updated_at, actor: d.creator?.login ?? 'unknown', steps, url: latest?.environment_url ?? undefined, description: latest?.description ?? undefined, ...(heartbeat ? { heartbeatAt: heartbeat.created_at } : {}) });
    }
    return result;
  }

  async current(environment: string, model: string): Promise<DeploymentRecord | undefined> {
    return (await this.history(environment, model)).find((r) => r.status === 'success');
  }

  async create(environment: string, payload: DeploymentPayload, actor: string): Promise<DeploymentRecord> {
    const { client, repo } = this.options;
    const env = this.ghEnv(environment);
    const { data } = await client.rest.repos.createDeployment({
      ...repo,
      ref: this.options.ref,
      task: DEPLOY_TASK,
      auto_merge: false,
      required_contexts: [],
      environment: env,
      payload: payload as unknown as Record<string, unknown>,
      description: `${payload.model} ${payload.version} (${payload.strategy})`.slice(0, 140),
      transient_environment: false,
      production_environment: this.options.production?.(environment) ?? /prod/i.test(env),
    });
    const id = (data as { id?: number }).id;
    if (id === undefined) throw new Error(`GitHub did not create the deployment: ${(data as { message?: string }).message ?? 'no id'}`);
    await this.status(id, 'in_progress', 'starting');
    const now = new Date().toISOString();
    return { id: String(id), environment, payload, status: 'in_progress', createdAt: now, updatedAt: now, actor, steps: [] };
  }

  private async status(id: number, state: 'in_progress' | 'success' | 'failure' | 'inactive', description: string, url?: string): Promise<void> {
    await this.options.client.rest.repos.createDeploymentStatus({
      ...this.options.repo,
      deployment_id: id,
      state,
      description: description.slice(0, 140),
      ...(this.options.logUrl ? { log_url: this.options.logUrl } : {}),
      ...(url ? { environment_url: url } : {}),
      auto_inactive: true,
    });
  }

  async step(record: DeploymentRecord, step: StepRecord): Promise<void> {
    record.steps.push(step);
    // One status per step start keeps the API calls bounded; the outcome is in the final status.
    if (step.status === 'started') await this.status(Number(record.id), 'in_progress', `step: ${step.name}`);
  }

  async finish(record: DeploymentRecord, status: DeploymentStatus, description: string, url?: string): Promise<void> {
    await this.status(Number(record.id), status === 'in_progress' ? 'in_progress' : status, description, url);
    record.status = status;
  }

  async lock(environment: string, info: Omit<LockInfo, 'environment' | 'createdAt'>, takeOver?: (held: LockInfo) => boolean): Promise<LockInfo> {
    const full = { environment, ...info, createdAt: new Date().toISOString() };
    try {
      return await acquireLock(this.options.client, this.options.repo, full);
    } catch (err) {
      const held = takeOver ? await this.lockInfo(environment) : undefined;
      if (!held || !takeOver!(held)) throw err;
      // A rollout past its progress deadline: its lock branch is replaced. Creating the ref again is atomic, so
      // of two processes doing this at once one gets the lock and the other is refused.
      await releaseLock(this.options.client, this.options.repo, environment, held.owner, true);
      return acquireLock(this.options.client, this.options.repo, full);
    }
  }

  async request(record: DeploymentRecord, request: ControlRequest): Promise<void> {
    await this.status(Number(record.id), 'in_progress', `request: ${request.action} by ${request.actor} (${request.id})`);
  }

  async requests(record: DeploymentRecord): Promise<ControlRequest[]> {
    const { client, repo } = this.options;
    const statuses = (await client.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: Number(record.id), per_page: 100 })).data;
    const out: ControlRequest[] = [];
    for (const s of [...statuses].reverse()) {
      const m = REQUEST.exec(s.description ?? '');
      if (m) out.push({ action: m[1] as ControlRequest['action'], actor: m[2], id: m[3], at: s.created_at });
    }
    return out;
  }

  async heartbeat(record: DeploymentRecord, note: string): Promise<void> {
    await this.status(Number(record.id), 'in_progress', `heartbeat: ${note}`);
  }

  async unlock(environment: string, owner: string, force = false): Promise<boolean> {
    return releaseLock(this.options.client, this.options.repo, environment, owner, force);
  }

  async lockInfo(environment: string): Promise<LockInfo | undefined> {
    return readLock(this.options.client, this.options.repo, environment);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
