import type { DeploymentPayload, DeploymentRecord, DeploymentStatus, DeploymentStore } from '../deploy/state/store.js';
import type { ControlRequest, LockInfo, StepRecord } from '../deploy/types.js';
import type { ExecutionProgress, ExecutionStep } from './executor.js';

/**
 * The engine's deployment store, watched: it passes every call to the real store (the GitHub Deployments API
 * or the local state file, per environment) and reports progress when the deployment is recorded and when
 * each step ends, so a reply can show a long canary as it goes. Nothing is decided here: what the engine
 * reads and writes is exactly what the real store answers. A progress report that fails is swallowed; the
 * rollout never waits on, or stops for, the reply.
 */
export class ProgressStore implements DeploymentStore {
  private readonly stores = new Map<string, DeploymentStore>();
  private readonly steps: ExecutionStep[] = [];
  private deploymentUrl?: string;

  constructor(
    private readonly resolve: (environment: string) => DeploymentStore,
    /** The environment the command changes, whose store names the state in messages. */
    private readonly primary: string,
    private readonly onProgress: (update: ExecutionProgress) => Promise<void>,
    private readonly linkOf?: (environment: string, id: string) => string | undefined,
  ) {}

  private of(environment: string): DeploymentStore {
    let store = this.stores.get(environment);
    if (!store) {
      store = this.resolve(environment);
      this.stores.set(environment, store);
    }
    return store;
  }

  get location(): string {
    return this.of(this.primary).location;
  }

  current(environment: string, model: string): Promise<DeploymentRecord | undefined> {
    return this.of(environment).current(environment, model);
  }

  history(environment: string, model: string): Promise<DeploymentRecord[]> {
    return this.of(environment).history(environment, model);
  }

  async create(environment: string, payload: DeploymentPayload, actor: string): Promise<DeploymentRecord> {
    const record = await this.of(environment).create(environment, payload, actor);
    this.deploymentUrl = httpUrl(this.linkOf?.(environment, record.id));
    await this.report();
    return record;
  }

  async step(record: DeploymentRecord, step: StepRecord): Promise<void> {
    await this.of(record.environment).step(record, step);
    // A step is journaled when it starts and when it ends; people are told when it ends.
    if (step.status === 'started') return;
    this.steps.push({ name: step.name, status: step.status, detail: step.detail });
    await this.report();
  }

  finish(record: DeploymentRecord, status: DeploymentStatus, description: string, url?: string): Promise<void> {
    return this.of(record.environment).finish(record, status, description, url);
  }

  lock(environment: string, info: Omit<LockInfo, 'environment' | 'createdAt'>, takeOver?: (held: LockInfo) => boolean): Promise<LockInfo> {
    return this.of(environment).lock(environment, info, takeOver);
  }

  get pollMs(): number {
    return this.of(this.primary).pollMs;
  }

  request(record: DeploymentRecord, request: ControlRequest): Promise<void> {
    return this.of(record.environment).request(record, request);
  }

  requests(record: DeploymentRecord): Promise<ControlRequest[]> {
    return this.of(record.environment).requests(record);
  }

  heartbeat(record: DeploymentRecord, note: string): Promise<void> {
    return this.of(record.environment).heartbeat(record, note);
  }

  unlock(environment: string, owner: string, force?: boolean): Promise<boolean> {
    return this.of(environment).unlock(environment, owner, force);
  }

  lockInfo(environment: string): Promise<LockInfo | undefined> {
    return this.of(environment).lockInfo(environment);
  }

  private async report(): Promise<void> {
    try {
      await this.onProgress({ steps: [...this.steps], ...(this.deploymentUrl ? { deploymentUrl: this.deploymentUrl } : {}) });
    } catch {
      // The reply is feedback, not the record: the caller reports its own failures.
    }
  }
}

/** Only plain http(s) links reach a reply. */
export function httpUrl(value: string | undefined): string | undefined {
  return value && /^https?:\/\/[^\s()<>]+$/.test(value) ? value : undefined;
}
