import type { VersionMetricsRecord } from '../../version/version-metrics.js';
import type { ControlRequest, LockInfo, StepRecord } from '../types.js';

/**
 * The deployment state, shared with the serve and chatops capabilities. Two implementations: the local
 * JSON state file (`local.ts`) and the GitHub Deployments API (`src/github/deployments.ts`). The engine
 * only knows this port.
 */

export type DeploymentStatus = 'in_progress' | 'success' | 'failure' | 'inactive';

/** What was deployed: enough to re-deploy it through the same provider (rollback never guesses). */
export interface DeploymentPayload {
  model: string;
  version: string;
  sha256: string;
  /** Absolute path (or URI) of the artifact that was deployed. */
  artifact: string;
  strategy: string;
  provider: string;
  previousVersion: string | null;
  /** Absolute path of the version's metrics file, when known: what the live-baseline gate source reads. */
  metrics?: string;
  /** The version's metrics files with their sha256 and release tag (src/version/version-metrics.ts): what promotion gates verify and judge. */
  versionMetrics?: VersionMetricsRecord;
  /** `oci://registry/repository@sha256:...` when it was deployed by digest: carried by promotion, checked at each hop. */
  oci?: string;
}

export interface DeploymentRecord {
  id: string;
  environment: string;
  payload: DeploymentPayload;
  status: DeploymentStatus;
  createdAt: string;
  updatedAt: string;
  actor: string;
  /** Every step, written before (`started`) and after (`ok`/`failed`) it runs: the journal. */
  steps: StepRecord[];
  url?: string;
  description?: string;
  /** The last sign of life of a running rollout that is waiting (a pause): its progress deadline counts from here. */
  heartbeatAt?: string;
}

export interface DeploymentStore {
  /** Where the state lives, for messages (a file path, `github:owner/repo`). */
  readonly location: string;
  /** The live deployment: the newest with status success, or undefined. */
  current(environment: string, model: string): Promise<DeploymentRecord | undefined>;
  /** Newest first. */
  history(environment: string, model: string): Promise<DeploymentRecord[]>;
  /**
   * The histories of several models of one environment, read at once (optional): a store over an API lists the
   * environment's deployments once for all of them instead of once per model. Same records as history().
   */
  histories?(environment: string, models: string[]): Promise<Map<string, DeploymentRecord[]>>;
  /** Creates a deployment record (status in_progress) and returns it with its id. */
  create(environment: string, payload: DeploymentPayload, actor: string): Promise<DeploymentRecord>;
  /** Appends a journal step to a deployment. */
  step(record: DeploymentRecord, step: StepRecord): Promise<void>;
  /** Sets a deployment's final status; success marks the environment's earlier successes inactive. */
  finish(record: DeploymentRecord, status: DeploymentStatus, description: string, url?: string): Promise<void>;
  /**
   * Takes the environment's lock or throws a ModelshipError naming the holder. `takeOver` says whether a held
   * lock may be replaced (recovery of a rollout past its progress deadline); one process wins a takeover.
   */
  lock(environment: string, info: Omit<LockInfo, 'environment' | 'createdAt'>, takeOver?: (held: LockInfo) => boolean): Promise<LockInfo>;
  /** Releases the lock; only its owner (same owner string) may, unless `force`. */
  unlock(environment: string, owner: string, force?: boolean): Promise<boolean>;
  /** The current lock, if any (stale local locks are reported as such by the implementation). */
  lockInfo(environment: string): Promise<LockInfo | undefined>;
  /**
   * Adds a control request (`modelship rollout pause|resume|promote|promote-full|abort`) to a running
   * deployment's journal. Written without the environment's lock (the running rollout holds it), so it
   * never rewrites what the rollout writes.
   */
  request(record: DeploymentRecord, request: ControlRequest): Promise<void>;
  /** The control requests of a deployment, oldest first. */
  requests(record: DeploymentRecord): Promise<ControlRequest[]>;
  /** Records that a waiting rollout is alive (`heartbeatAt`), so its progress deadline starts again. */
  heartbeat(record: DeploymentRecord, note: string): Promise<void>;
  /** How often a waiting rollout reads control requests (an API store has a request budget). */
  readonly pollMs: number;
}
