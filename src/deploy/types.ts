import type { BanditFile } from '../core/bandit-file.js';
import type { MirrorReport } from './mirror.js';

/**
 * The deploy engine's public types: requests in, one result out. Shared with the CLI, the action, the
 * chatops engineer (comment commands call the engine) and the serve engineer (who follows routing.json).
 */

export type Outcome = 'deployed' | 'rolled-back' | 'aborted' | 'noop' | 'planned' | 'adopted';
export type StepStatus = 'planned' | 'started' | 'ok' | 'failed' | 'skipped' | 'reverted';

/** One step the engine took (or, with dryRun, would take). `at` is an ISO time. */
export interface StepRecord {
  name: string;
  status: StepStatus;
  detail: string;
  at: string;
  /** Traffic weights after this step, when it moved traffic. */
  weights?: Record<string, number>;
}

/** `modelship rollout ACTION ENV`: the control verbs of a rollout (Argo Rollouts' kubectl plugin verbs). */
export const ROLLOUT_ACTIONS = ['pause', 'resume', 'promote', 'promote-full', 'abort', 'retry'] as const;
export type RolloutAction = (typeof ROLLOUT_ACTIONS)[number];

/** A request to a running rollout, journaled by `modelship rollout` and applied by the rollout between steps or while it waits. */
export interface ControlRequest {
  id: string;
  action: Exclude<RolloutAction, 'retry'>;
  actor: string;
  at: string;
}

/** The JSON result of deploy/promote/rollback (DESIGN.md's CLI contract, plus fields). */
export interface DeployResult {
  environment: string;
  model: string;
  version: string | null;
  previousVersion: string | null;
  strategy: string;
  provider: string;
  dryRun: boolean;
  outcome: Outcome;
  steps: StepRecord[];
  /** sha256 of the artifact, verified at each hop. */
  sha256?: string;
  url?: string;
  /** The version the environment is on after this run (the last good one when aborted). */
  liveVersion: string | null;
  /** One sentence for people: what happened and where the environment is now. */
  message: string;
  deploymentId?: string;
  /** On an aborted rollout: the requests the candidate answered before it, and how many failed (modelship serve's counts). */
  blastRadius?: { version: string; requests: number; errors: number };
  /** shadow: the mirror's error rate and latency against stable over the observation, and the verdict. */
  mirror?: MirrorReport;
  /** bandit: the experiment's last state (allocation, probability of being best, rewards, regret) and how it ended. */
  bandit?: BanditReport;
}

/** The bandit figures of a deploy result: serve's last bandit.json, and what decided. */
export type BanditReport = Pick<BanditFile, 'id' | 'arms' | 'algorithm' | 'reward' | 'allocation' | 'probabilityBest' | 'means' | 'rewards' | 'regret' | 'winner'> & {
  /** `bound`: an arm's probability of being best reached the bound; `promote`: a person ended the experiment. */
  decidedBy: 'bound' | 'promote' | 'promote-full' | 'undecided';
};

export interface DeployRequest {
  environment: string;
  /** Defaults to the only configured model. */
  model?: string;
  /** Required, except with `resume`: then the interrupted deployment's version and artifact are used. */
  version?: string;
  /** Artifact path relative to the project root; defaults to the model's `path`. */
  artifact?: string;
  /** Re-run a deployment that was interrupted (process killed): it is reverted first, then run again. */
  resume?: boolean;
  /** Who asks (CLI user, chatops commenter): written into the lock and the record. */
  actor?: string;
}

export interface PromoteRequest {
  model?: string;
  to: string;
  /** Defaults to the version live in the environment before `to`. */
  version?: string;
  actor?: string;
}

export interface RollbackRequest {
  environment: string;
  model?: string;
  /** A version that was successfully deployed here before; default: the one before the current. */
  to?: string;
  actor?: string;
}

export interface StatusRequest {
  environment?: string;
  model?: string;
}

export interface EnvironmentStatus {
  environment: string;
  model: string;
  order: number;
  provider: string;
  strategy: string;
  url?: string;
  liveVersion: string | null;
  sha256: string | null;
  deployedAt: string | null;
  /** What `rollback` would restore (never guessed: the previous successful deployment). */
  rollbackTarget: string | null;
  /** A deployment that started and never finished (process killed): resume or roll back. */
  interrupted: { version: string; step: string; startedAt: string; id: string } | null;
  /** `stale`: a process lock whose process is gone (or older than 24 h): the next deploy takes it over. */
  lock: (LockInfo & { stale?: boolean }) | null;
  /** What the provider serves, when it can tell (local: routing.json); null when it cannot or serves nothing yet. */
  observed?: { stable: string | null; weights: Record<string, number> } | null;
  /** Set when the state and the provider disagree (e.g. a lost state file): what each says. Deploys refuse until reconciled. */
  disagreement?: string | null;
  history: Array<{ version: string; status: string; at: string; strategy: string }>;
  /** The newest rollout, as Argo Rollouts' phases name its state. */
  rollout?: RolloutView;
  /** Interrupted rollouts past their progress deadline that this status reverted (journaled). */
  recovered?: string[];
}

export type RolloutPhase = 'Progressing' | 'Paused' | 'Degraded' | 'Healthy';

/** A rollout a person can read: its phase, where it is, what the last analysis said, and why. */
export interface RolloutView {
  phase: RolloutPhase;
  version: string | null;
  deploymentId: string | null;
  /** The last step journaled. */
  step: string | null;
  /** canary: the weight step reached (1-based) and how many there are. */
  stepNumber: number | null;
  stepCount: number | null;
  /** The candidate's share of traffic after the last traffic step, in percent. */
  weight: number | null;
  analysis: { name: string; status: string; detail: string } | null;
  /** Why it is in this phase, and what moves it on. */
  message: string;
  /** In progress: when it fails unless it shows progress (ISO). */
  deadline: string | null;
}

export interface RolloutRequest {
  environment: string;
  model?: string;
  action: RolloutAction;
  actor?: string;
}

/** `modelship rollout ACTION ENV` (except retry, which runs the rollout: a DeployResult). */
export interface RolloutControlResult {
  environment: string;
  model: string;
  action: Exclude<RolloutAction, 'retry'>;
  /** requested: journaled for the running rollout; reverted: no process was running it, so it was reverted here. */
  outcome: 'requested' | 'reverted' | 'planned';
  deploymentId: string;
  version: string;
  requestId?: string;
  message: string;
}

export interface AdoptRequest {
  environment: string;
  model?: string;
  actor?: string;
}

export interface StatusResult {
  environments: EnvironmentStatus[];
}

export interface LockInfo {
  environment: string;
  owner: string;
  pid: number;
  host: string;
  reason: string;
  createdAt: string;
}

export interface LockRequest {
  environment: string;
  reason?: string;
  actor?: string;
}

export interface LockResult {
  environment: string;
  locked: boolean;
  lock: LockInfo | null;
  message: string;
}
